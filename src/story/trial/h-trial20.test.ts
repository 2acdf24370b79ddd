import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../model/dossier.js';
import { PROTEST } from './h-trial20.fixture.js';
import { findFacts } from '../facts.js';
import {
  analyze,
  briefFaults,
  cited,
  claimMembersSaying,
  commentatorNames,
  datedEntries,
  docNumber,
  entries,
  factualValues,
  hedgedMembers,
  notCitingOwn,
  oneArticle,
  relayChains,
  repeatedClaims,
} from './read.js';

// A fictional mass street protest over a registry law (a wire on the night of the march, a
// relay that trims and hedges it, a city paper with its own reporters, the wire's update the
// next day with the arrests updated and the minister's denial of rubber bullets against a
// rights group's statement, an analysis with a political scientist), read as a demanding
// fact-checker reads the dossier: the arrests on Saturday (112 against 121), their update on
// Sunday (146), the injured officers (14, then 19), the organiser's age and surname, the
// square's name and the time the crowd was dispersed are discrepancies; the crowd as police and
// organisers put it (told by every outlet alike), `20 000` against `20,000`, `more than 100`
// arrests, the injured protesters, the 2031 protests, Tuesday against 10 April and the vote are
// not.

const outletOf = (d: Dossier, n: number): string | undefined => d.documents[n - 1]?.outlet ?? undefined;
const valuesOf = (d: Dossier, pick: (x: Dossier['discrepancies'][number]) => boolean): string[] =>
  d.discrepancies
    .filter(pick)
    .flatMap((x) => x.values.map((v) => `${v.text} (${docNumber(d, v.doc)})`))
    .sort();

describe('the trial story of a street protest: discrepancies', () => {
  const story = analyze(PROTEST);
  it('reports the arrests on Saturday, 112 (the wire) against 121 (the city paper)', () => {
    expect(entries(story, 'count')).toEqual([['112 people (1)', '121 people (3)']]);
  });
  // Before `fact:tally-noun-moves` (`facts.ts`, `TALLY_NOUN_MOVES`, `movedTallyAt`), the
  // update's headline `Arrests rise to 146 after Corvessa protest` was a count of those who
  // protested (`146 after Corvessa protest`) and was set as an update against the organisers'
  // 85,000 in the relay; the arrests were never updated.
  it('reports the arrests updated on Sunday to 146, and never against the crowd', () => {
    const arrests = story.discrepancies.filter((x) => x.kind === 'update' && x.note.includes('arrested'));
    expect(arrests.flatMap((x) => x.values.map((v) => `${v.text} (${docNumber(story, v.doc)})`))).toEqual(
      expect.arrayContaining(['112 people (1)', '121 people (3)', '146 (4)']),
    );
    expect(factualValues(story)).not.toMatch(/85,000|146 after/);
  });
  it('reports the injured police officers updated from 14 to 19, never against the injured protesters', () => {
    expect(valuesOf(story, (x) => x.note.includes('injured'))).toEqual([
      '14 police officers (1)',
      'Nineteen police officers (4)',
    ]);
    expect(factualValues(story)).not.toMatch(/protesters|Dozens/);
  });
  it("reports the organiser's age, 34 against 36", () => {
    expect(entries(story, 'age')).toEqual([['34 (1)', '36 (3)']]);
  });
  // Before the fix to `fact:time-of-day` (`facts.ts`: a full stop after `pm` without dots is
  // the sentence's), the wire's time was written `9 pm.`.
  it('reports the time the crowd was dispersed, shortly after 9 pm against about 10 pm', () => {
    expect(entries(story, 'time')).toEqual([['10 pm (3)', '9 pm (1)']]);
  });
  it("reports the square's name and the organiser's surname each written two ways", () => {
    const spelled = story.discrepancies
      .filter((x) => x.kind === 'spelling')
      .map((x) => [...new Set(x.values.map((v) => v.text))].sort());
    expect(spelled).toEqual(
      expect.arrayContaining([
        ['Vetrano Square', 'Vettrano Square'],
        ['Mirela Ostrova', 'Mirela Ostrowa'],
      ]),
    );
    expect(spelled.length).toBe(2);
  });
  it('sets no look-alike against another: the crowd by police and organisers, its notations, `more than 100`, 2031, the vote, the route', () => {
    const values = factualValues(story);
    for (const look of [/20,000|20 000|85,000/, /\b100\b/, /150,000|300|2031/, /82|61|votes/, /3 km/])
      expect(values).not.toMatch(look);
    for (const kind of ['date', 'place', 'quantity', 'duration'])
      expect(
        story.discrepancies.filter((x) => x.kind === kind),
        kind,
      ).toEqual([]);
  });
});

describe('the trial story of a street protest: the rubber bullets', () => {
  const story = analyze(PROTEST);
  it('reads the minister’s denial as denied', () => {
    const denial = story.claims.flatMap((c) => c.members).find((m) => m.text.includes('denied that police'));
    expect(denial?.certainty).toBe('denied');
  });
  // The denial joins the claim of the organisers' `Dozens of protesters were hurt` (with the
  // injured officers and the crowd's estimate), not the organiser's and the rights group's
  // statements that police fired rubber bullets, which join no claim together: the claims
  // stage groups members by their shared words, and `rubber bullets` is two words among many.
  it.fails('contests the statements that police fired rubber bullets with the minister’s denial', () => {
    const bullets = story.claims.find((c) =>
      c.members.some((m) => m.text.includes('Civic Watch said in a statement')),
    );
    expect(bullets?.members.map((m) => docNumber(story, m.doc))).toEqual(expect.arrayContaining([3, 4]));
    expect(bullets?.contested).toBe(true);
  });
});

describe('the trial story of a street protest: what the denial contests', () => {
  const story = analyze(PROTEST);
  // The same misplaced denial makes the organisers' injured protesters contested, though
  // nobody denies them.
  it.fails('leaves the organisers’ injured protesters uncontested', () => {
    const hurt = story.claims.find((c) => c.members.some((m) => m.text.startsWith('Dozens of protesters')));
    expect(hurt?.contested ?? false).toBe(false);
  });
});

describe('the trial story of a street protest: who says it', () => {
  const story = analyze(PROTEST);
  it('reads each outlet from its line under the headline', () => {
    expect([1, 2, 3, 4, 5].map((n) => outletOf(story, n))).toEqual([
      'Corvan Press Agency',
      'Meridian Online',
      'The Corvessa Ledger',
      'Corvan Press Agency',
      'The Northgate Review',
    ]);
  });
  it('reads the relay as passing on the wire, and nothing else as a relay', () => {
    expect(relayChains(story)).toEqual([[[2], ['n:org:corvan-press-agency']]]);
  });
  it('reads the relay as hedging the wire it passes on', () => {
    const relay = hedgedMembers(story, 2);
    expect(relay.length).toBeGreaterThanOrEqual(1);
    for (const m of relay) expect(m.certainty, m.text).toBe('hedged');
  });
  it('reads the political scientist as a commentator, never an origin', () => {
    expect(commentatorNames(story)).toContain('Oskar Lind');
    expect((story.provenance.origins ?? []).filter((o) => /Lind/.test(o.label))).toEqual([]);
  });
  it('notes the organisers, the minister and the city paper as origins', () => {
    const labels = (story.provenance.origins ?? []).map((o) => o.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        // (A relative clause is no part of a label: h-who30's `relative-clause-label`.)
        'Open Streets Coalition',
        'Interior Minister Aurel Vantz',
        'The Corvessa Ledger',
      ]),
    );
  });
  // Before `provenance:first-hand-own-witnesses` (`provenance.ts`, `OWN_WITNESSES` in `roleOf`),
  // the rights group telling what its observers saw (`its observers saw police fire rubber
  // bullets`) was a commentator (`rights group`, `provenance:commentator-role`).
  it('reads the rights group as an origin of what its observers saw, not a commentator', () => {
    expect((story.provenance.commentators ?? []).map((x) => x.label)).not.toContain(
      'rights group Civic Watch',
    );
    expect((story.provenance.origins ?? []).map((x) => x.label)).toContain('rights group Civic Watch');
  });
  // `police` with nothing more is an origin only when some claim's origins hold it
  // (`BARE_GENERIC` in `storyOrigins`). A first form of the month rule below, in the date
  // mentions (`mentions/dates.ts`), moved the claims and lost it (and was dropped); the kept
  // rule reads the timeline only.
  it('notes the police as an origin of the arrests and its crowd estimate', () => {
    expect((story.provenance.origins ?? []).map((o) => o.label)).toContain('Police');
  });
});

describe('the trial story of a street protest: claims', () => {
  const story = analyze(PROTEST);
  it('has distinct claims, none repeating another', () => {
    expect(repeatedClaims(story)).toEqual([]);
  });
  it("leaves the political scientist's quote out of every claim", () => {
    expect(claimMembersSaying(story, /misjudged/)).toEqual([]);
  });
});

describe('the trial story of a street protest: timeline', () => {
  const story = analyze(PROTEST);
  const dated = datedEntries(story);
  // Before `timeline:lower-case-month-word` (`timeline.ts`, `LOWER_CASE_MONTH`), `organised the
  // march` was dated March 2035 and `would march again next Saturday` March 2036.
  it('reads no month in the noun or the verb `march`', () => {
    expect(dated.filter((e) => /-03$/.test(e.date))).toEqual([]);
  });
  it('dates nothing after its report but the march announced for next Saturday, the 21st', () => {
    const after = dated.filter((e) => e.date > PROTEST[e.doc - 1]!.published);
    expect(after.map((e) => [e.date, e.doc, e.text])).toEqual([
      ['2035-04-21', 4, 'it would march again next Saturday'],
    ]);
  });
  it('dates the law passed on Tuesday (the wire) and on 10 April (the analysis) alike', () => {
    const law = dated.filter((e) => /passed/.test(e.text) && e.date === '2035-04-10').map((e) => e.doc);
    expect(law).toEqual([1, 5]);
  });
  it('dates the march on Saturday the 14th in the wire, the relay and the city paper', () => {
    const sat = dated.filter((e) => e.date === '2035-04-14').map((e) => e.doc);
    expect(sat).toEqual(expect.arrayContaining([1, 2, 3]));
  });
  it('dates the 2031 protests in their background paragraph, and nothing else before 2035', () => {
    const years = dated.filter((e) => e.date < '2035').map((e) => [e.date, e.doc]);
    expect(years).toEqual([
      ['2031', 1],
      ['2031', 5],
    ]);
  });
});

describe('the trial story of a street protest: the brief', () => {
  const story = analyze(PROTEST);
  it('has 4 to 10 distinct body sentences, none a headline', () => {
    expect(briefFaults(story, PROTEST)).toEqual([]);
  });
  it('cites every item to the document whose sentence it is', () => {
    expect(notCitingOwn(story)).toEqual([]);
  });
  it('tells the minister’s denial, cited to the update alone', () => {
    const item = story.brief.find((b) => b.text.includes('denied that police'));
    expect(item && cited(story, item)).toEqual([4]);
  });
  // `The number of people arrested ... rose to 146` is cited to the wire and the analysis too,
  // neither of which gives 146 (the wire gives 112 on Saturday).
  it.fails('cites the arrests risen to 146 to the update alone', () => {
    const item = story.brief.find((b) => b.text.includes('rose to 146'));
    expect(item && cited(story, item)).toEqual([4]);
  });
  // Before `fact:crowd-put-at` (`facts.ts`, `CROWD_PUT_AT`), the police's and the organisers'
  // crowd was cited to the update too, which gives no crowd: the sentence held no figure, so the
  // brief's figure check kept no document out.
  it('cites the crowd as police and organisers put it to the wire and the city paper, not the update', () => {
    const item = story.brief.find((b) => /crowd at 20,000/.test(b.text));
    expect(item && cited(story, item)).toEqual([1, 3]);
  });
  it('sets the police’s crowd against no other figure: no crowd entry', () => {
    expect(story.discrepancies.filter((x) => /crowd/.test(x.note))).toEqual([]);
  });
  // As in the earlier trials, the relay's hedged twin of the city paper's tear gas sentence
  // stands in the brief.
  it.fails("drops the relay's hedged twins of items the brief already holds", () => {
    expect(story.brief.filter((b) => /reportedly|said to/.test(b.text))).toEqual([]);
  });
});

// The rules this story asked for, each a fictional pair (failing before its rule) and its
// control (passing before and after).
const one = oneArticle;
const factsOf = (d: Dossier) => findFacts(d.documents.map((x) => ({ ...x, messages: [] })));

describe('rules from the street protest: a month’s name in lower case', () => {
  const dates = (sentence: string) =>
    datedEntries(one(['Farmers march on Tessin', 'The Harrow Courier', '3 May 2031', sentence])).map(
      (e) => e.date,
    );
  it('pair: `the march` (a noun) is no month', () => {
    expect(dates('The farmers’ union, which called the march, said 4,000 tractors took part.')).toEqual([]);
  });
  it('pair: `would march again` (a verb) is no month', () => {
    expect(dates('The farmers said they would march again.')).toEqual([]);
  });
  it('control: `in March`, capitalised, is the month', () => {
    expect(dates('The farmers first marched on Tessin in March.')).toEqual(['2031-03']);
  });
});

describe('rules from the street protest: a tally moved to a figure', () => {
  const counts = (line: string) =>
    factsOf(one([line, 'The Harrow Courier', '3 May 2031', 'Farmers marched on Tessin on Friday.']))
      .filter((f) => f.kind === 'count')
      .map((f) => [f.text, f.about, f.rule]);
  it('pair: `Arrests rise to 46 after ...` is a count of people arrested, not of the noun after it', () => {
    expect(counts('Arrests rise to 46 after Tessin farm protest')).toEqual([
      ['46', 'event:arrested', 'fact:tally-noun-moves'],
    ]);
  });
  it('pair: `Deaths climb to 12 in ...` is a count of people killed', () => {
    expect(counts('Deaths climb to 12 in Tessin flood')).toEqual([
      ['12', 'event:killed', 'fact:tally-noun-moves'],
    ]);
  });
  it('control: `Arrests rise to 46 farmers` is read as a count of farmers, as before', () => {
    expect(counts('Police arrests rise to 46 farmers')).not.toContainEqual(
      expect.arrayContaining(['fact:tally-noun-moves']),
    );
  });
  const two = (first: string, second: string) =>
    analyze([
      {
        location: 'unit/a.txt',
        published: '2031-05-03',
        text: `Farmers march on Tessin\nThe Harrow Courier\n3 May 2031\n${first}\n`,
      },
      {
        location: 'unit/b.txt',
        published: '2031-05-04',
        text: `Arrests rise to 46 after Tessin farm protest\nThe Tessin Post\n4 May 2031\n${second}\n`,
      },
    ]);
  it('pair: the moved tally is an update of the arrests, never of the marchers', () => {
    const d = two(
      'About 4,000 people marched on Tessin on Friday, and police said 31 people were arrested.',
      'Police in Tessin said the farmers would be charged on Monday.',
    );
    const values = factualValues(d);
    expect(values).toMatch(/31 people/);
    expect(values).not.toMatch(/4,000/);
  });
});

describe('rules from the street protest: a time at the end of its sentence', () => {
  const times = (sentence: string) =>
    factsOf(one(['Farmers march on Tessin', 'The Harrow Courier', '3 May 2031', sentence]))
      .filter((f) => f.kind === 'time')
      .map((f) => [f.text, f.value]);
  it('pair: `9 pm.` at the end of a sentence is `9 pm`', () => {
    expect(times('Police cleared the square shortly after 9 pm.')).toEqual([['9 pm', 1260]]);
  });
  it('control: `9 p.m.` keeps its dots', () => {
    expect(times('Police cleared the square shortly after 9 p.m. on Friday.')).toEqual([['9 p.m.', 1260]]);
  });
});

describe('rules from the street protest: what a body’s own people saw', () => {
  const roles = (sentence: string) => {
    const d = one([
      'Farmers march on Tessin',
      'The Harrow Courier',
      '3 May 2031',
      'About 4,000 farmers marched on Tessin on Friday, police said.',
      sentence,
    ]);
    return {
      origins: (d.provenance.origins ?? []).map((o) => o.label),
      commentators: (d.provenance.commentators ?? []).map((o) => o.label),
    };
  };
  it('pair: a rights group telling what its observers saw is an origin, not a commentator', () => {
    const r = roles('The rights group Fair Fields said its observers saw police beat two farmers.');
    expect(r.commentators).toEqual([]);
    expect(r.origins.some((l) => /Fair Fields/.test(l))).toBe(true);
  });
  it('control: a rights group giving its view is a commentator', () => {
    const r = roles('The rights group Fair Fields said the police response was heavy-handed.');
    expect(r.commentators.some((l) => /Fair Fields/.test(l))).toBe(true);
  });
});

describe('rules from the street protest: a crowd as someone puts it', () => {
  const crowd = (sentence: string) =>
    factsOf(one(['Farmers march on Tessin', 'The Harrow Courier', '3 May 2031', sentence]))
      .filter((f) => f.kind === 'count')
      .map((f) => [f.text, f.value, f.about, f.rule]);
  it('pair: `Police put the crowd at 4,000` is the crowd as the police put it', () => {
    expect(crowd('Police put the crowd at 4,000, and the farmers’ union gave no figure.')).toEqual([
      ['4,000', 4000, 'noun:crowd-put-by-police', 'fact:crowd-put-at'],
    ]);
  });
  it('pair: `organisers estimated the turnout at 9 000` is the organisers’ figure, in either notation', () => {
    expect(crowd('The organisers estimated the turnout at 9 000.')).toEqual([
      ['9 000', 9000, 'noun:crowd-put-by-organiser', 'fact:crowd-put-at'],
    ]);
  });
  const two = (first: string, second: string) =>
    analyze([
      {
        location: 'unit/a.txt',
        published: '2031-05-03',
        text: `Farmers march on Tessin\nThe Harrow Courier\n3 May 2031\nFarmers marched on Tessin on Friday. ${first}\n`,
      },
      {
        location: 'unit/b.txt',
        published: '2031-05-03',
        text: `Farmers besiege Tessin\nThe Tessin Post\n3 May 2031\nFarmers marched on Tessin on Friday. ${second}\n`,
      },
    ]);
  it('pair: the police’s crowd put at 4,000 in one report and 6,000 in another is a discrepancy', () => {
    const d = two('Police put the crowd at 4,000.', 'Police put the crowd at 6,000.');
    expect(factualValues(d)).toMatch(/4,000/);
    expect(factualValues(d)).toMatch(/6,000/);
  });
  it('control: the police’s figure in one report and the organisers’ in another are no discrepancy', () => {
    const d = two('Police put the crowd at 4,000.', 'Organisers put the crowd at 9,000.');
    expect(factualValues(d)).toBe('');
  });
  it('control: `a crowd of 4,000` is read as before', () => {
    expect(crowd('A crowd of 4,000 marched on Tessin.').map((x) => x[3])).not.toContain('fact:crowd-put-at');
  });
});
