import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';
import { processText } from '../../pipeline/document.js';
import type { Dossier } from '../../model/dossier.js';
import { COACH } from './h-trial18.fixture.js';
import {
  analyze,
  briefFaults,
  cited,
  datedEntries,
  docNumber,
  entries,
  factualValues,
  notCitingOwn,
  relayChains,
  repeatedClaims,
} from './read.js';

// A fictional club firing its head coach and hiring another (a wire citing the club and its
// general manager, a relay that hedges the wire and tells the deal in prospect, the city's paper
// with two people familiar with the deal, the wire's update a day later, a columnist's analysis
// with a former executive), read as a demanding fact-checker reads the dossier: the contract's
// length and sum, the new coach's age, the team's record, the day of the firing, her previous
// post and her name told two ways are discrepancies, and whether the club spoke to her first is
// contested; the fired coach's age, last season's record, the game's score, the yearly pay, the
// sum owed to the old coach, the 2029-30 season and the 2031 final are not.

describe('the trial story of a coach fired and another hired: discrepancies', () => {
  const story = analyze(COACH);
  it("reports the contract's sum, $20 million against $24 million, with who says each", () => {
    const sum = story.discrepancies.find((x) => x.kind === 'quantity' && x.note.includes('$24 million'))!;
    expect(entries(story, 'quantity')).toContainEqual([
      '$20 million (1)',
      '$22 million (4)',
      '$24 million (3)',
    ]);
    expect(sum.note).toMatch(
      /\$24 million \(.*two people familiar with the deal\) vs \$20 million \(Pell Ostrander\)/,
    );
  });
  // Before the term read with its sum between (`AGREEMENT_TERM`, `TERM_SUM` in facts.ts), `a
  // four-year, $20 million contract` gave no term at all; and a term was compared only between
  // two sentences of one claim (compare/figures.ts, `withSum`).
  it("reports the contract's length, four years against five, apart from its sum", () => {
    expect(entries(story, 'quantity')).toContainEqual(['five-year (3)', 'four-year (1)']);
  });
  // Before `DEFINITE_AGE_COACH` (facts.ts), `The 53-year-old coach` was a vehicle's age, as a
  // bus is a coach.
  it("reports the new coach's age, 54 against the city paper's `53-year-old coach`, and never the fired coach's 61", () => {
    expect(entries(story, 'age')).toEqual([['53 (3)', '54 (1)', '54 (2)']]);
    expect(story.discrepancies.find((x) => x.kind === 'age')?.note).toMatch(/Maranth/);
  });
  // Before `RESULT`'s record where a game left a team (facts.ts), `with the team at 12-20` and
  // `left them at 12-21` were no record. The wire's lead, telling the hire, is no sentence alike
  // the city paper's, so only the relay's firing is set against it.
  it("reports the team's record, 12-20 against 12-21, and never last season's 40-42 or the game's 104-97", () => {
    expect(entries(story, 'quantity')).toContainEqual(['12-20 (2)', '12-21 (3)']);
    expect(factualValues(story)).not.toMatch(/40-42|104-97|\b104\b/);
  });
  // Saturday against Sunday are two days in a row: `nightAndMorning` (compare/dates.ts) reads them
  // as one moment told from two sides (a night and the next morning, two time zones), on purpose
  // (the `weekdays` control in compare.test.ts).
  it.fails('reports the day Venn was fired, Sunday against Saturday', () => {
    expect(entries(story, 'date')).toContainEqual(['Saturday (3)', 'Sunday (1)']);
  });
  // `head coach of the Tessaly Gulls` / `an assistant coach with the Tessaly Gulls`: no role fact
  // is read from a predicate (`Maranth was head coach of`) of a post held before.
  it.fails('reports her previous post, head coach against assistant coach of the Tessaly Gulls', () => {
    expect(
      story.discrepancies
        .filter((x) => x.kind === 'role')
        .map((x) => x.note)
        .join(' '),
    ).toMatch(/assistant/);
  });
  it('reports her name written two ways, Maranth against Marranth', () => {
    const spelling = story.discrepancies.find((x) => x.kind === 'spelling')!;
    expect(spelling.note).toBe('one name, written 2 ways: Ilse Maranth / Ilse Marranth');
    expect(
      spelling.values.filter((v) => v.text === 'Ilse Marranth').map((v) => docNumber(story, v.doc)),
    ).toEqual([5]);
  });
  it('sets no look-alike against another: $5 million a year, the $6 million owed, 2029-30, 2031, the three seasons', () => {
    for (const kind of ['date', 'duration', 'update', 'time', 'count'])
      expect(
        story.discrepancies.filter((x) => x.kind === kind),
        kind,
      ).toEqual([]);
    const values = factualValues(story);
    for (const look of [/\$5 million/, /\$6 million/, /2029|2031/, /\b61\b/, /third|season/, /Friday/])
      expect(values).not.toMatch(look);
  });
  // Before `WORTH_SUBJECT` (facts.ts), the update's `her four-year contract is worth $22 million`
  // was a sum of nothing, a single-outlet note. It is no update: the earlier reports disagree
  // (20 against 24) and 22 is higher than neither, so the three sums are one conflict.
  it("sets the update's $22 million with the contract's sums, not as an update", () => {
    expect(entries(story, 'update')).toEqual([]);
    expect(story.discrepancies.find((x) => x.note.includes('$22 million'))?.note).toMatch(
      /^outlets give different figures for contract: /,
    );
  });
});

describe('the trial story of a coach fired and another hired: the contested approach', () => {
  const story = analyze(COACH);
  it("ties the general manager's denial to the two people's account, contested", () => {
    const approach = story.claims.find((c) => c.members.some((m) => m.text.includes('first approached')))!;
    expect(approach.contested).toBe(true);
    expect(
      approach.members.filter((m) => m.certainty === 'denied').map((m) => docNumber(story, m.doc)),
    ).toEqual([4]);
  });
});

describe('the trial story of a coach fired and another hired: who says it', () => {
  const story = analyze(COACH);
  const origins = (story.provenance.origins ?? []).map((o) => o.label);
  // The column passes on the network it cites (`..., the Westbay Sports Network reported`), as an
  // outlet citing another's report does (since the network is read as a news organisation).
  it('reads the relay as passing on the wire, and the column as passing on the network it cites', () => {
    expect(relayChains(story)).toEqual([
      [[2], ['n:org:tidewater-press-agency']],
      [[5], ['n:org:westbay-sports-network']],
    ]);
  });
  // Before `sports network` among `NEWS_WORDS` (provenance.ts), the network the column cites
  // (`..., the Westbay Sports Network reported`) was a source speaking first-hand.
  it('reads the network the column cites as a news organisation, an origin of reporting', () => {
    const node = story.provenance.nodes.find((n) => n.label === 'Westbay Sports Network');
    expect(node?.kind).toBe('news-organization');
    expect((story.provenance.origins ?? []).find((o) => o.label === 'Westbay Sports Network')?.rule).toBe(
      'provenance:reporting',
    );
  });
  it('has the general manager, the two people familiar with the deal and the cited network among its origins', () => {
    expect(origins).toEqual(
      expect.arrayContaining([
        'general manager Pell Ostrander',
        'two people familiar with the deal',
        'Westbay Sports Network',
      ]),
    );
  });
  // `Ilse Maranth agreed to a five-year ... contract ..., two people familiar with the deal told
  // the Courier`: `agreed` is read as a cue of saying (as `agreed to explain` is, attribution),
  // so the coach who signs is an origin of the city paper's figures. A rule reading `agreed to a
  // deal` as no cue was dropped: it moved half A's provenance labels only (987 -> 985); so was
  // h-who14's `deed-not-report` (stop 37: PolNeAR half A only).
  it.fails('never takes the coach who agreed to the contract for a source', () => {
    expect(origins).not.toContain('Ilse Maranth');
  });
  // Before `NOW_A_PUNDIT` (provenance.ts), the former executive `who now works as a broadcaster`
  // was an origin of the column.
  it('reads the former executive as a commentator, not an origin', () => {
    expect(origins.filter((o) => o.includes('Tobin Rhee'))).toEqual([]);
    expect((story.provenance.commentators ?? []).map((c) => c.label)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Tobin Rhee/)]),
    );
  });
});

describe('the trial story of a coach fired and another hired: claims', () => {
  const story = analyze(COACH);
  it('has distinct claims, none repeating another', () => {
    expect(repeatedClaims(story)).toEqual([]);
  });
  // Before `PROSPECT` (attribution/cues.ts, `certainty:prospect`), a deal still to come was read
  // as done: `are expected to sign` and `is close to a four-year deal` were only attributed.
  it("reads the relay's deal in prospect (`are expected to sign`, `is close to a deal`) as hedged", () => {
    const prospect = story.claims
      .flatMap((c) => c.members)
      .filter((m) => /are expected to sign|is close to/.test(m.text));
    expect(prospect.map((m) => m.certainty)).toEqual(['hedged', 'hedged']);
  });
});

describe('the trial story of a coach fired and another hired: timeline', () => {
  const story = analyze(COACH);
  const dated = datedEntries(story);
  it('dates the firing on Sunday in the wire and the relay, on Saturday in the city paper, the hire on Monday', () => {
    const fired = dated.filter((e) => /fired/.test(e.text) && !/approached/.test(e.text));
    expect(fired.map((e) => [e.date, e.doc])).toEqual([
      ['2033-01-08', 3],
      ['2033-01-09', 1],
      ['2033-01-09', 2],
    ]);
    expect(dated.filter((e) => /hired Ilse Maranth/.test(e.text)).map((e) => e.date)).toEqual(['2033-01-10']);
  });
  it('dates the introduction on Tuesday, the first approach in December, the final in 2031', () => {
    expect(dated.filter((e) => /introduced/.test(e.text)).map((e) => e.date)).toEqual(['2033-01-11']);
    expect(dated.filter((e) => /first approached/.test(e.text)).map((e) => e.date)).toEqual(['2032-12']);
    expect(dated.filter((e) => e.date === '2031').map((e) => e.doc)).toEqual([1]);
  });
  // The update's `first game in charge will be on Friday` is dated Friday 14 January, after the
  // report of the 11th: the timeline has no kind for what is planned.
  it.fails('dates nothing after its report', () => {
    for (const e of dated) expect(e.date <= COACH[e.doc - 1]!.published, `${e.date} ${e.text}`).toBe(true);
  });
});

describe('the trial story of a coach fired and another hired: the brief', () => {
  const story = analyze(COACH);
  it('has 4 to 10 distinct body sentences, none a headline', () => {
    expect(briefFaults(story, COACH)).toEqual([]);
  });
  it('cites every item to the document whose sentence it is', () => {
    expect(notCitingOwn(story)).toEqual([]);
  });
  it('tells the hire, cited to the wire and its relay', () => {
    const item = story.brief.find((b) => b.text.includes('hired Ilse Maranth'));
    expect(item && cited(story, item)).toEqual([1, 2]);
  });
  it("tells the general manager's denial, cited to the update alone", () => {
    const item = story.brief.find((b) => b.text.includes('denied'));
    expect(item && cited(story, item)).toEqual([4]);
  });
  // On its branch the brief told the contract by the relay's `Maranth, 54, is close to a
  // four-year deal ..., according to the agency`, a deal in prospect (hedged), not by the wire's
  // `Maranth, 54, signed a four-year, $20 million contract`: the wire's sentence states `$20
  // million` and `four-year`, each set against the city paper's one to one, so it was outvoted
  // (`minorityValues`). Merged with the heist trial's rule (a hedged copy yields to an original
  // disputed one against one) and the mine trial's (values that agree are one side), it holds.
  it("tells the contract by the wire's signed deal, not the relay's deal in prospect", () => {
    expect(story.brief.filter((b) => /is close to|expected to/.test(b.text))).toEqual([]);
  });
  // The city paper's firing (`left them at 12-21`) and the update's first game share the Port
  // Ellery Kings and are one claim: the brief tells the first game, cited to the city paper too.
  it.fails('cites each item only to documents that state it', () => {
    const item = story.brief.find((b) => b.text.includes('first game'));
    expect(item && cited(story, item)).not.toContain(3);
  });
  it("leaves the columnist's opinion out", () => {
    expect(story.brief.filter((b) => /In my view/.test(b.text))).toEqual([]);
  });
  // The column's opening line, `Firing Dario Venn was the easy part for the Carrowmouth Harriers.`,
  // is an item cited to the column: a view with no cue of opinion (`In my view`) is read as a fact.
  it.fails("leaves the column's opening view out", () => {
    expect(story.brief.filter((b) => /easy part/.test(b.text))).toEqual([]);
  });
});

// Rules of news language this story asked for, each a fictional pair (failing before its rule)
// and its control (passing before and after).
const pair = (a: string, b: string): Dossier =>
  analyzeTexts(
    [a, b].map((text, i) => ({
      location: `h18-${i}.txt`,
      text: `Sports report\nThe ${i ? 'Velmar' : 'Orlin'} Chronicle\n10 January 2033\n${text}\n`,
      known: { language: 'en', published: '2033-01-10' },
    })),
  );
const values = (d: Dossier, kind: string): string[][] =>
  d.discrepancies.filter((x) => x.kind === kind).map((x) => [...new Set(x.values.map((v) => v.text))].sort());

describe('h-trial18 rules: an agreement told by its length and its sum', () => {
  it('`a four-year, $20 million contract` against `a five-year, $24 million contract` is a term told two ways', () => {
    const d = pair(
      'Ada Quell signed a four-year, $20 million contract with the Velmar Hawks on Monday, the club said. The Hawks fired Tom Reyes on Sunday after a poor start.',
      'The Velmar Hawks hired Ada Quell on Monday, a day after firing Tom Reyes. Ada Quell agreed to a five-year, $24 million contract to coach the Hawks, two people familiar with the deal said.',
    );
    expect(values(d, 'quantity')).toEqual(expect.arrayContaining([['five-year', 'four-year']]));
    const term = (d.facts ?? []).find((f) => f.kind === 'duration' && f.text === 'four-year');
    expect(term?.rule).toBe('fact:agreement-term-with-sum');
  });
  it('control: two terms without a sum, in sentences of two statements (two deals), are not compared', () => {
    const d = pair(
      'Ada Quell signed a four-year contract with the Velmar Hawks on Monday, the club said. The Hawks fired Tom Reyes on Sunday after a poor start.',
      'The Velmar Hawks hired Ada Quell on Monday, a day after firing Tom Reyes. In 2029, Ada Quell turned down a five-year contract from the Orlin Foxes to stay with the national team.',
    );
    expect(values(d, 'quantity').flat()).not.toContain('four-year');
  });
});

describe("h-trial18 rules: a team's record where a game left it, and another season's kept apart", () => {
  it('`left them at 12-20` against `dropped the team to 12-21` is a record told two ways', () => {
    const d = pair(
      'The Harriers fired Venn on Sunday after a loss to the Kings left them at 12-20.',
      'The Harriers fired Venn on Sunday after a loss to the Kings dropped the team to 12-21.',
    );
    expect(values(d, 'quantity')).toEqual([['12-20', '12-21']]);
  });
  it("control: two named teams' records are not one record", () => {
    const d = pair(
      'The Carrowmouth Harriers fired Venn on Sunday after a loss that left the Harriers at 12-20.',
      'The Port Ellery Kings hired Venn on Sunday after a win that left the Kings at 20-12.',
    );
    expect(values(d, 'quantity')).toEqual([]);
  });
  it("last season's `went 40-42` is not set against this season's `went 12-21`", () => {
    const d = pair(
      'The Harriers went 40-42 last season, and Venn was fired on Sunday.',
      'The Harriers went 12-21, and Venn was fired on Sunday.',
    );
    expect(values(d, 'quantity')).toEqual([]);
    expect((d.facts ?? []).find((f) => f.text === '40-42')?.rule).toBe('fact:result-record-other-season');
  });
  it('control: two records of last season are compared', () => {
    const d = pair(
      'The Harriers went 40-42 last season, and Venn was fired on Sunday.',
      'The Harriers went 38-44 last season, and Venn was fired on Sunday.',
    );
    expect(values(d, 'quantity')).toEqual([['38-44', '40-42']]);
  });
});

describe('h-trial18 rules: the age of someone described by a post', () => {
  it('`The 47-year-old coach` after a sentence naming a coach is her age', () => {
    const d = pair(
      'Ada Quell, 48, was named head coach of the Velmar Hawks on Monday.',
      'Ada Quell was an assistant coach with the Orlin Foxes. The 47-year-old coach grew up in Velmar.',
    );
    expect(values(d, 'age')).toEqual([['47', '48']]);
    expect((d.facts ?? []).find((f) => f.kind === 'age' && f.text === '47')?.rule).toBe(
      'fact:age-definite-post',
    );
  });
  it('control: where no one coaches, `the 12-year-old coach` is a bus', () => {
    const d = pair(
      'Ada Quell, 48, drove the bus for the Orlin Foxes on Monday.',
      'Ada Quell drove the bus for the Orlin Foxes. The 12-year-old coach overturned near Velmar.',
    );
    expect(values(d, 'age')).toEqual([]);
    expect((d.facts ?? []).filter((f) => f.kind === 'age' && f.text === '12')).toEqual([]);
  });
});

describe('h-trial18 rules: a deal in prospect is hedged', () => {
  const certainty = (text: string) =>
    processText(text, { kind: 'record', location: 't' }, { known: { language: 'en' } }).certainties[0]!;
  it('`are expected to sign`, `is close to a four-year deal`, `are in advanced talks over a merger` are hedged', () => {
    for (const text of [
      'The Velmar Hawks are expected to sign Ada Quell as head coach, the Orlin Chronicle reported.',
      'Ada Quell is close to a four-year deal worth $20 million, according to the agency.',
      'Corvel Foods and Orla Supply are in advanced talks over a merger, two people familiar with the matter said.',
    ]) {
      const c = certainty(text);
      expect([text, c.certainty]).toEqual([text, 'hedged']);
      expect(c.cues.map((x) => x.rule)).toContain('certainty:prospect');
    }
  });
  it('control: a deal signed, and what someone is expected to do besides a deal, stay attributed', () => {
    for (const text of [
      'The Velmar Hawks signed Ada Quell as head coach, the Orlin Chronicle reported.',
      'Ada Quell is expected to speak to reporters on Tuesday, the club said.',
      'Ada Quell was close to tears as she left the arena, the agency reported.',
    ])
      expect([text, certainty(text).certainty]).toEqual([text, 'attributed']);
  });
});

describe('h-trial18 rules: what a thing is worth', () => {
  it("`her contract is worth $24 million` is the contract's sum, set against `a $20 million contract`", () => {
    const d = pair(
      'Ada Quell signed a four-year, $20 million contract with the Velmar Hawks on Monday, the club said. The Hawks fired Tom Reyes on Sunday after a poor start.',
      'The Velmar Hawks introduced Ada Quell as head coach on Tuesday at the arena. The club said her contract is worth $24 million.',
    );
    expect(values(d, 'quantity')).toEqual([['$20 million', '$24 million']]);
  });
  it("control: what another thing is worth is not the contract's sum", () => {
    const d = pair(
      'Ada Quell signed a four-year, $20 million contract with the Velmar Hawks on Monday, the club said. The Hawks fired Tom Reyes on Sunday after a poor start.',
      'The Velmar Hawks introduced Ada Quell as head coach on Tuesday at the arena. The club said the arena is worth $24 million.',
    );
    expect(values(d, 'quantity')).toEqual([]);
  });
});

describe('h-trial18 rules: someone who now comments for a living', () => {
  const roles = (quote: string) => {
    const d = pair(
      'The Velmar Hawks hired Ada Quell as head coach on Monday, general manager Tom Reyes said.',
      `The Velmar Hawks hired Ada Quell as head coach on Monday. ${quote}`,
    );
    return {
      origins: (d.provenance.origins ?? []).map((o) => o.label),
      commentators: (d.provenance.commentators ?? []).map((c) => c.label),
    };
  };
  it('`a former league executive who now works as a broadcaster` is a commentator', () => {
    const r = roles(
      '"She wins with young players," said Lena Dorr, a former league executive who now works as a broadcaster.',
    );
    expect(r.commentators).toEqual(expect.arrayContaining([expect.stringMatching(/Lena Dorr/)]));
    expect(r.origins.filter((o) => o.includes('Lena Dorr'))).toEqual([]);
  });
  it('control: a club executive who works as its spokesman is an origin', () => {
    const r = roles('"She starts on Friday," said Lena Dorr, a club executive who works as its spokeswoman.');
    expect(r.origins).toEqual(expect.arrayContaining([expect.stringMatching(/Lena Dorr/)]));
  });
});

describe('h-trial18 rules: a sports network cited is a news organisation', () => {
  const kindOf = (sentence: string, label: string) =>
    pair(
      'The Velmar Hawks hired Ada Quell as head coach on Monday, general manager Tom Reyes said.',
      `The Velmar Hawks hired Ada Quell as head coach on Monday. ${sentence}`,
    ).provenance.nodes.find((n) => n.label === label)?.kind;
  it('`the Orlin Sports Network reported` cites a news organisation', () => {
    expect(
      kindOf(
        'Quell turned down the Kelso Pumas last summer, the Orlin Sports Network reported.',
        'Orlin Sports Network',
      ),
    ).toBe('news-organization');
  });
  it('control: a league cited is a source', () => {
    expect(
      kindOf(
        'Quell turned down the Kelso Pumas last summer, the Orlin Basketball League said.',
        'Orlin Basketball League',
      ),
    ).toBe('source');
  });
});
