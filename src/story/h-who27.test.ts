import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../analyze.js';
import { wireAgency } from './provenance.js';

// h-who27 (issue 13, "who says it"): fictional stories only; docs/origins.md, `2026-12-06, h-who27`.

/** A dossier of articles, each of the outlet given beside it. */
const byOutlet = (articles: ReadonlyArray<readonly [string, string]>) =>
  analyzeTexts(
    articles.map(([outlet, text], i) => ({
      text,
      location: `a${i + 1}.txt`,
      known: { outlet, language: 'en' },
    })),
  );

/** The labels of the origins of the claim run by two outlets or more one of whose members the pattern finds. */
const claimOrigins = (d: ReturnType<typeof byOutlet>, member: RegExp): string[] | undefined => {
  const label = new Map(d.provenance.nodes.map((n) => [n.id, n.label]));
  return d.claims
    .find((c) => c.outlets > 1 && c.members.some((m) => member.test(m.text)))
    ?.origins.map((o) => label.get(o) ?? o)
    .sort();
};

/** A dossier of tokenised articles, each opening with its address written apart (its outlet). */
const tokenised = (...texts: string[]) =>
  analyzeTexts(texts.map((text, i) => ({ text, location: `a${i + 1}.txt`, known: { language: 'en' } })));

const THEFT_OWN =
  'http: / / www. lunbycourier. com / 2013 / 01 / 08 / varn-painting-stolen\n' +
  'Varn painting stolen from Vessel Gallery\nJanuary 8, 2013\n' +
  'Thieves stole a painting by Ida Varn from the Vessel Gallery in Tarsk early on Monday, police said.\n' +
  'Two masked men broke a rear window, police spokesman Ivo Rand said.\n' +
  'Gallery director Ana Mott told the Lunby Courier in an interview that the painting had been on loan.';
const theftCiting = (paper: string) =>
  'http: / / www. orsatribune. com / arts / varn-theft\nMasked thieves take Varn painting\nJanuary 8, 2013\n' +
  'Two masked men stole a painting by Ida Varn from the Vessel Gallery in Tarsk on Monday, a police spokesman said.\n' +
  `Ana Mott, the gallery 's director, told the ${paper} that the painting had been on loan.`;
const THEFT_THIRD =
  'http: / / www. dalbypost. com / 2013 / 01 / 09 / gallery-theft\nPolice appeal after gallery theft\nJanuary 9, 2013\n' +
  'Police appealed for witnesses after two masked men stole a painting by Ida Varn from the Vessel Gallery in Tarsk.\n' +
  'The thieves broke a rear window, police spokesman Ivo Rand said.';

/** The documents the story's origin of that label rests on, by position (`a1`, `a2` ...). */
const originDocs = (d: ReturnType<typeof tokenised>, label: string): string[] =>
  (d.provenance.origins ?? [])
    .find((o) => o.label === label)
    ?.documents.map((id) => `a${d.documents.findIndex((x) => x.id === id) + 1}`)
    .sort() ?? [];

describe('h-who27: an outlet of the story credited for a named speaker`s interview (`interview-credit`)', () => {
  it('pair: `Mott told the Lunby Courier` in another outlet`s article: the Courier is no origin of that article', () => {
    const d = tokenised(THEFT_OWN, theftCiting('Lunby Courier'), THEFT_THIRD);
    expect(originDocs(d, 'Lunby Courier')).not.toContain('a2');
    // The speaker stays the origin of what she told the Courier.
    expect(claimOrigins(d, /on loan/)?.some((l) => /Ana Mott/.test(l))).toBe(true);
  });
  it('control: a news organisation with no article in the story keeps its interview as its report', () => {
    const d = tokenised(THEFT_OWN, theftCiting('Kessel Herald'), THEFT_THIRD);
    expect(originDocs(d, 'Kessel Herald')).toContain('a2');
  });
});

const COPY =
  'A ferry with 140 passengers ran aground off Tarsk on Sunday, operator Brisk Ferries said.\n' +
  'Nobody was hurt and the ship was towed to port, company spokesman Ola Fenn said.';

describe('h-who27: a wire dateline written apart by tokenised text (`spaced-dateline`)', () => {
  it('pair: `TARSK ( Pressline ) -` is the agency`s dateline', () => {
    expect(wireAgency(`TARSK , Velmar ( Pressline ) - ${COPY}`)).toBe('Pressline');
    expect(wireAgency(`Ferry aground off Tarsk\nMay 4, 2014\nTARSK ( Pressline ) - ${COPY}`)).toBe(
      'Pressline',
    );
  });
  it('pair: two runs of spaced copy beside `According to Pressline, ...` rest on the operator, not the agency', () => {
    const citing =
      'A ferry with 140 passengers ran aground off Tarsk on Sunday, operator Brisk Ferries said.\n' +
      'According to Pressline, Ola Fenn said nobody was hurt.';
    const d = byOutlet([
      ['Lunby Courier', `TARSK ( Pressline ) - ${COPY}`],
      ['Orsa Tribune', `TARSK ( Pressline ) - ${COPY}`],
      ['Dalby Post', citing],
    ]);
    expect(
      d.provenance.relays?.some(
        (r) =>
          r.rule === 'provenance:shared-copy' &&
          /Pressline/.test(r.of.map((o) => d.provenance.nodes.find((n) => n.id === o)?.label ?? o).join(' ')),
      ),
    ).toBe(true);
  });
  it('control: a bracketed number or a lower-case aside is no dateline', () => {
    expect(wireAgency('TARSK ( 2 ) - A ferry ran aground.')).toBeNull();
    expect(wireAgency('The ferry ( pictured ) - which ran aground - was towed.')).toBeNull();
  });
});

/** The labels of a story's origins. */
const originLabels = (d: ReturnType<typeof tokenised>): string[] =>
  (d.provenance.origins ?? []).map((o) => o.label).sort();

const SPILL_1 =
  'The tanker Varo ran aground off the coast of Tesk on Friday and began leaking oil, the Tesk Coast Guard said.\n' +
  'About 300 tonnes of crude had spilled by midday, the coast guard said.';
const SPILL_2 =
  'About 300 tonnes of crude spilled from the tanker Varo after it ran aground off Tesk on Friday, coast guard spokesman Lt. Ivo Brandt said.\n' +
  'The crew of 19 was taken off the ship, Brandt said.';

describe('h-who27: a speaker titled by a named body`s last words in lower case (`lower-named-body-member`)', () => {
  it('pair: `coast guard spokesman Lt. Ivo Brandt` speaks for the Tesk Coast Guard: one origin', () => {
    const labels = originLabels(tokenised(SPILL_1, SPILL_2));
    expect(labels).toContain('Tesk Coast Guard');
    expect(labels.filter((l) => /Brandt/.test(l))).toEqual([]);
  });
  it('control: with two coast guards cited, the spokesman stays apart', () => {
    const other = `${SPILL_1}\nA second ship was on its way, the Varn Coast Guard said.`;
    const labels = originLabels(tokenised(other, SPILL_2));
    expect(labels.some((l) => /Brandt/.test(l))).toBe(true);
  });
});

describe('h-who27: a predicate after a name set off by commas is no role (`apposition-not-predicate`)', () => {
  const court =
    'Two men escaped from Brask prison overnight, prison officials said.\n' +
    '"My client had been threatened for months," the lawyer said.\n' +
    'The lawyer, Mira Ostrand, represents one of the escaped men, Tor Lund.';
  const other =
    'Two men escaped from Brask prison overnight, the prison service said.\n' +
    'Mira Ostrand, a lawyer for inmate Tor Lund, said her client had been threatened for months.';
  it('pair: `The lawyer, Mira Ostrand, represents one of ...`: her label holds no `represents`', () => {
    const d = tokenised(court, other);
    const label = d.provenance.nodes.find((n) => /Ostrand/.test(n.label))?.label ?? '';
    expect(label).toMatch(/Ostrand/);
    expect(label).not.toMatch(/represents/);
  });
  it('control: a role whose first word ends in s (`sales director of Velo Foods`) stays her role', () => {
    const d = tokenised(
      'Velo Foods will close its Brask plant, the company said.\n' +
        'Mira Ostrand, sales director of Velo Foods, said 200 jobs would go.',
      'Velo Foods is closing its Brask plant, Mira Ostrand said.',
    );
    expect(d.provenance.nodes.some((n) => /Ostrand, sales director/.test(n.label))).toBe(true);
  });
});

describe('h-who27: `"...," the lawyer said, the Tarsk Herald reported.` (`credit-after-speaker`)', () => {
  const named =
    'Two men escaped from Brask prison overnight, the prison service said.\n' +
    'Mira Ostrand, a lawyer for inmate Tor Lund, said her client had been threatened in prison for months.';
  const credited =
    'Two men escaped from Brask prison overnight, the prison service said.\n' +
    "`` My client had been threatened in prison for months, '' the lawyer said, the Tarsk Herald reported.";
  it('pair: the Tarsk Herald relays the lawyer; it is no origin of the claim, nor is the outlet', () => {
    const d = tokenised(named, credited);
    const label = new Map(d.provenance.nodes.map((n) => [n.id, n.label]));
    expect(
      d.provenance.relays?.some(
        (r) => label.get(r.id) === 'Tarsk Herald' && r.rule === 'provenance:passes-on',
      ),
    ).toBe(true);
    const origins = claimOrigins(d, /threatened in prison/) ?? [];
    expect(origins.some((l) => /Tarsk Herald|unknown outlet/.test(l))).toBe(false);
  });
  it('control: `"...," the lawyer said.` alone rests on the lawyer', () => {
    const d = tokenised(named, credited.replace(', the Tarsk Herald reported', ''));
    expect(d.provenance.relays?.some((r) => /Tarsk Herald/.test(r.label))).toBe(false);
  });
});
