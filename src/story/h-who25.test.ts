import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../analyze.js';

// h-who25 (issue 13, "who says it"): provenance reaches the independent origins. A news
// organisation crediting a speaker's words passes them on; fictional stories only;
// docs/origins.md, `2026-12-06, h-who25`.

/** The dossier of articles, each of its own outlet `Outlet 1`, `Outlet 2` ... */
const dossier = (texts: readonly string[]) =>
  analyzeTexts(
    texts.map((text, i) => ({
      text,
      location: `a${i + 1}.txt`,
      known: { outlet: `Outlet ${i + 1}`, language: 'en' },
    })),
  );

/** Each claim run by two outlets or more: its text and the labels of its independent origins. */
const claimOrigins = (texts: readonly string[]): Array<{ text: string; origins: string[] }> => {
  const d = dossier(texts);
  const label = new Map(d.provenance.nodes.map((n) => [n.id, n.label]));
  return d.claims
    .filter((c) => c.outlets > 1)
    .map((c) => ({ text: c.text, origins: c.origins.map((o) => label.get(o) ?? o).sort() }));
};
const originsOf = (list: Array<{ text: string; origins: string[] }>, text: RegExp) =>
  list.find((c) => text.test(c.text))?.origins;

const APPEAL_1 =
  'A court in Varnholm on Tuesday sentenced the former mayor of Lisk, Oren Batt, to four years in prison for taking bribes from builders.\n' +
  '"We will appeal," his lawyer Mira Ostrand said, according to Reuters.\n' +
  'Batt was taken away by guards after the hearing.';
const APPEAL_2 =
  'Oren Batt, who ran the town of Lisk for a decade, must spend four years in jail, judges ruled on Tuesday.\n' +
  '"We will appeal," said Mira Ostrand, who defends him.\n' +
  'Prosecutors had asked for six years.';

describe('h-who25: a news organisation credited after a speaker passes on the speaker`s word (`credited-after-speaker`)', () => {
  it('pair: `X said, according to Reuters`: X is the one origin, Reuters a relay of X', () => {
    const got = originsOf(claimOrigins([APPEAL_1, APPEAL_2]), /We will appeal/);
    expect(got).toEqual([expect.stringMatching(/Mira Ostrand/)]);
    const d = dossier([APPEAL_1, APPEAL_2]);
    const label = new Map(d.provenance.nodes.map((n) => [n.id, n.label]));
    expect((d.provenance.origins ?? []).map((o) => o.label)).not.toContain('Reuters');
    const relay = (d.provenance.relays ?? []).find((r) => r.label === 'Reuters');
    expect(relay?.rule).toBe('provenance:passes-on');
    expect(relay?.of.map((x) => label.get(x))).toEqual([expect.stringMatching(/Mira Ostrand/)]);
  });
  it('control: unnamed officials credited to Reuters stay Reuters` own reporting', () => {
    const got = originsOf(
      claimOrigins([
        APPEAL_1.replace('his lawyer Mira Ostrand said', 'court officials said'),
        APPEAL_2.replace('said Mira Ostrand, who defends him', 'court officials said'),
      ]),
      /We will appeal/,
    );
    expect(got).toContain('Reuters');
  });
});

/** The labels of the story's origins, the articles' own outlets left out. */
const storyOrigins = (texts: readonly string[]): string[] =>
  (dossier(texts).provenance.origins ?? []).map((o) => o.label).filter((l) => !/^Outlet \d$/.test(l));
const plant = (head: string): string[] => [
  'Acme Corp said it would close its bottling plant in Derrow next spring, cutting 240 jobs.\n' +
    'Workers were told at a meeting on Monday morning.',
  'About 240 people will lose their jobs when the Acme bottling plant in Derrow shuts next year.\n' +
    `"Nobody buys glass any more," ${head} said in a statement.\n` +
    'The mayor called it a hard day.',
];

describe('h-who25: a company`s head titled in lower case speaks for the company (`company-titled-head`)', () => {
  it('pair: `Acme president Jane Doe` beside `Acme Corp`: one origin, the company', () => {
    expect(storyOrigins(plant('Acme president Jane Doe'))).toEqual(['Acme Corp']);
    expect(storyOrigins(plant('Acme founder Jane Doe'))).toEqual(['Acme Corp']);
  });
  it('control: a head of state titled in capitals (`Velmar President Jane Doe`) stays apart', () => {
    expect(storyOrigins(plant('Velmar President Jane Doe')).sort()).toEqual([
      'Acme Corp',
      'Velmar President Jane Doe',
    ]);
  });
});
