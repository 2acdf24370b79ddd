import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../analyze.js';

// h-who26 (issue 13, "who says it"): provenance reaches the independent origins; fictional
// stories only; docs/origins.md, `2026-12-06, h-who26`.

/** The dossier of articles, each of its own outlet `Outlet 1`, `Outlet 2` ... */
const dossier = (texts: readonly string[]) =>
  analyzeTexts(
    texts.map((text, i) => ({
      text,
      location: `a${i + 1}.txt`,
      known: { outlet: `Outlet ${i + 1}`, language: 'en' },
    })),
  );

/** The labels of the independent origins of the claim one of whose members the pattern finds. */
const originsOf = (texts: readonly string[], member: RegExp): string[] | undefined => {
  const d = dossier(texts);
  const label = new Map(d.provenance.nodes.map((n) => [n.id, n.label]));
  return d.claims
    .find((c) => c.outlets > 1 && c.members.some((m) => member.test(m.text)))
    ?.origins.map((o) => label.get(o) ?? o)
    .sort();
};

const COPY =
  'Twenty miners were trapped underground at the Brosk copper mine on Monday, the Varn Mining Inspectorate said.\n' +
  'Rescuers reached the shaft by evening, Inspectorate spokesman Lev Aro told Pressline.';
const CITING =
  'Twenty miners were trapped underground at the Brosk copper mine on Monday.\n' +
  'According to Pressline, Lev Aro said rescuers had reached the shaft by evening.';

describe('h-who26: an agency dropped for the source its copy cites keeps that source (`chain-keeps-source`)', () => {
  it('pair: two runs of an agency`s copy beside an article citing the agency: the inspectorate, not nothing', () => {
    const again = COPY.replace('reached the shaft', 'had reached the shaft');
    const texts = [`BROSK (Pressline) - ${COPY}`, `BROSK (Pressline) - ${again}`, CITING];
    expect(originsOf(texts, /were trapped underground/)).toEqual(['Varn Mining Inspectorate']);
    expect(originsOf(texts, /reached the shaft/)).toEqual(['Varn Mining Inspectorate']);
  });
  it('control: the agency`s own unattributed copy beside an outlet`s own lead stays the agency`s', () => {
    const own = 'Twenty miners were trapped underground at the Brosk copper mine on Monday.';
    const texts = [
      `BROSK (Pressline) - ${own}`,
      `BROSK (Pressline) - ${own} Rescue teams were on site.`,
      CITING,
    ];
    expect(originsOf(texts, /were trapped underground/)).toContain('Pressline');
  });
});
