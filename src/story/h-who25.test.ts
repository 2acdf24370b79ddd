import { describe, expect, it } from 'vitest';
import { outletStory } from './invented.fixture.js';

// h-who25 (issue 13, "who says it"): provenance reaches the independent origins. A news
// organisation crediting a speaker's words passes them on; fictional stories only;
// docs/origins.md, `2026-12-06, h-who25`.

/** The dossier of articles, each of its own outlet `Outlet 1`, `Outlet 2` ... */
const dossier = outletStory;

/** Each claim run by two outlets or more: its text and the labels of its independent origins. */
const claimOrigins = (
  texts: readonly string[],
): Array<{ text: string; members: string[]; origins: string[] }> => {
  const d = dossier(texts);
  const label = new Map(d.provenance.nodes.map((n) => [n.id, n.label]));
  return d.claims
    .filter((c) => c.outlets > 1)
    .map((c) => ({
      text: c.text,
      members: c.members.map((m) => m.text),
      origins: c.origins.map((o) => label.get(o) ?? o).sort(),
    }));
};
/** The origins of the claim whose text, or else one of whose members, the pattern finds. */
const originsOf = (list: Array<{ text: string; members: string[]; origins: string[] }>, text: RegExp) =>
  (list.find((c) => text.test(c.text)) ?? list.find((c) => c.members.some((m) => text.test(m))))?.origins;

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

const SHOT_1 =
  'A man was shot dead outside a bar in the town of Tesk late on Saturday.\n' +
  'According to police, the man, aged 34, was shot dead outside the Red Lamp bar in Tesk shortly after 11 p.m.\n' +
  'Neighbours said the street was usually quiet.';
const SHOT_2 =
  'A man has been shot dead outside a bar in Tesk, the second killing in the town this year.\n' +
  'Police said the 34-year-old man was shot dead as he left the Red Lamp bar in Tesk on Saturday night.\n' +
  'The bar was closed on Sunday.';
const shot = (list: Array<{ text: string; members: string[]; origins: string[] }>) =>
  originsOf(list, /^A man was shot dead/);

describe('h-who25: a lead restated with its source in the next sentence rests on it (`lead-restated`)', () => {
  it('pair: two outlets` unattributed leads, each restated `according to police`: police alone', () => {
    expect(shot(claimOrigins([SHOT_1, SHOT_2]))).toEqual(['Police']);
    const d = dossier([SHOT_1, SHOT_2]);
    const doc1 = d.documents.find((x) => x.outlet === 'Outlet 1')!;
    const member = d.claims
      .flatMap((c) => c.members)
      .find((m) => m.doc === doc1.id && /^A man was shot dead/.test(m.text));
    expect(member?.carried?.rule).toBe('claims:lead-restated');
    expect(doc1.text.slice(member!.carried!.source.start, member!.carried!.source.end)).toBe('police');
    expect(doc1.text.slice(member!.carried!.from.start, member!.carried!.from.end)).toMatch(
      /^According to police/,
    );
  });
  it('pair: the outlets` speakers are different nodes (police, a council spokeswoman): no outlet', () => {
    const got = shot(
      claimOrigins([
        SHOT_1,
        SHOT_2.replace('Police said the 34-year-old man', 'The 34-year-old man').replace(
          'on Saturday night.',
          'on Saturday night, a spokeswoman for the town council said.',
        ),
      ]),
    );
    expect(got?.filter((o) => /^Outlet \d$/.test(o))).toEqual([]);
    expect(got).toContain('police');
  });
  it('control: a next sentence telling another thing (the gunman`s escape) carries nothing', () => {
    const got = shot(
      claimOrigins([
        SHOT_1.replace(
          'the man, aged 34, was shot dead outside the Red Lamp bar in Tesk shortly after 11 p.m.',
          'the gunman fled in a grey car towards the coast road.',
        ),
        SHOT_2.replace(
          'the 34-year-old man was shot dead as he left the Red Lamp bar in Tesk on Saturday night.',
          'the gunman escaped in a grey car and has not been found.',
        ),
      ]),
    );
    expect(got).toEqual(['Outlet 1', 'Outlet 2']);
  });
});
