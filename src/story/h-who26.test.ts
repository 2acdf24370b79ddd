import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../analyze.js';
import { outletStory } from './invented.fixture.js';

// h-who26 (issue 13, "who says it"): provenance reaches the independent origins; fictional
// stories only; docs/origins.md, `2026-12-06, h-who26`.

/** The dossier of articles, each of its own outlet `Outlet 1`, `Outlet 2` ... */
const dossier = outletStory;

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

/** A dossier of articles given as headline and body, each of its own outlet. */
const titled = (articles: ReadonlyArray<readonly [string, string]>) =>
  analyzeTexts(
    articles.map(([title, body], i) => ({
      text: `${title}\n\n${body}`,
      location: `t${i + 1}.txt`,
      known: { outlet: `Outlet ${i + 1}`, title, language: 'en' },
    })),
  );
/** The labels of the origins of the claim one of whose members the pattern finds. */
const titledOrigins = (articles: ReadonlyArray<readonly [string, string]>, member: RegExp) => {
  const d = titled(articles);
  const label = new Map(d.provenance.nodes.map((n) => [n.id, n.label]));
  return d.claims
    .find((c) => c.outlets > 1 && c.members.some((m) => member.test(m.text)))
    ?.origins.map((o) => label.get(o) ?? o)
    .sort();
};

const HACK_1 = [
  'Hackers shut down Orvel Gas pumping station',
  'Hackers broke into the control systems of Orvel Gas on Sunday night and forced staff to run its pumping station by hand, the company said on Monday.\n' +
    'Security expert Ruth Palm of Tarnby University said small firms were easy targets.',
] as const;
const HACK_2 = [
  'Police trace Orvel Gas hack abroad',
  'Hackers who broke into the control systems of Orvel Gas on Sunday night forced staff to run its pumping station by hand, police said.',
] as const;

describe('h-who26: `the company said` and the institutions an article names (`company-not-institution`)', () => {
  it('pair: beside an expert of a university, `the company said` is not the university', () => {
    const d = titled([HACK_1, HACK_2]);
    const label = new Map(d.provenance.nodes.map((n) => [n.id, n.label]));
    const lead = d.claims.flatMap((c) => c.members).find((m) => /the company said/.test(m.text));
    expect(lead?.sources.map((s) => label.get(s))).not.toContain('Tarnby University');
  });
  it('control: the one company an article names stands for `the company`', () => {
    const d = titled([
      ['Velo to cut jobs', 'Velo Inc will cut 500 jobs at its plant in Arnby, the company said on Monday.'],
      ['Velo cuts 500 jobs', 'Velo Inc will cut 500 jobs at its Arnby plant, union leader Ada Brook said.'],
    ]);
    const label = new Map(d.provenance.nodes.map((n) => [n.id, n.label]));
    const lead = d.claims.flatMap((c) => c.members).find((m) => /the company said/.test(m.text));
    expect(lead?.sources.map((s) => label.get(s))).toEqual([expect.stringMatching(/Velo/)]);
  });
});

describe('h-who26: a company noun the trace cannot resolve, and a headline over it, add no outlet origin (`company-noun-unread`, `headline-lead-unread`)', () => {
  it('pair: `..., the company said` with no company read, and its headline: no Outlet 1', () => {
    const alone = [HACK_1[0], HACK_1[1].split('\n')[0]!] as const;
    expect(titledOrigins([alone, HACK_2], /forced staff to run/)).toEqual(['Police']);
  });
  it('control: a lead and headline naming no one stay the outlet`s own reporting', () => {
    const got = titledOrigins(
      [
        ['Blackout hits Arnby', 'A blackout cut power to 40,000 homes in Arnby on Tuesday evening.'],
        ['Arnby in the dark', 'Power was cut to 40,000 homes in Arnby on Tuesday evening, police said.'],
      ],
      /40,000 homes/,
    );
    expect(got).toContain('Outlet 1');
  });
});

describe('h-who26: a founder named with a relative clause speaks for the company (`founder-clause`)', () => {
  const CATER_1 =
    'Thirty guests at a wedding in Lusk fell ill after the dinner on Saturday.\n' +
    'Mona Brask, who founded Brask Catering, said the firm had stopped all deliveries while tests were carried out.';
  const CATER_2 =
    'Thirty wedding guests in Lusk fell ill on Saturday.\n' +
    'Brask Catering, which cooked the dinner, said it had stopped all deliveries while tests were carried out.';
  it('pair: `Name, who founded X, said` and `X said`: one origin, the company', () => {
    const got = originsOf([CATER_1, CATER_2], /stopped all deliveries/);
    expect(got).toHaveLength(1);
    expect(got?.[0]).toMatch(/^Brask Catering/);
  });
  it('control: `Name, who saw the dinner, said` stays a person of their own', () => {
    const got = originsOf(
      [CATER_1.replace('who founded Brask Catering', 'who ate at the wedding'), CATER_2],
      /stopped all deliveries/,
    );
    expect(got).toHaveLength(2);
  });
});

describe('h-who26: a speaker cited only for a community in mourning reacts (`mourning-of-others`)', () => {
  const roleOf = (texts: readonly string[], who: RegExp): string | undefined => {
    const d = dossier(texts);
    if ((d.provenance.commentators ?? []).some((c) => who.test(c.label))) return 'commentator';
    if ((d.provenance.origins ?? []).some((c) => who.test(c.label))) return 'origin';
    return undefined;
  };
  const FLOOD = 'Floodwater swept through the village of Harn on Monday, killing three people, police said.';
  it('pair: `Mayor Ida Venn said the village was in mourning` is a reaction', () => {
    expect(roleOf([`${FLOOD}\nMayor Ida Venn said the village was in mourning.`, FLOOD], /Ida Venn/)).toBe(
      'commentator',
    );
  });
  it('control: the mayor telling what the village did stays an origin', () => {
    expect(
      roleOf(
        [`${FLOOD}\nMayor Ida Venn said the village had opened its school to 40 families.`, FLOOD],
        /Ida Venn/,
      ),
    ).toBe('origin');
  });
});
