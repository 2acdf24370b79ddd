import { describe, expect, it } from 'vitest';
import { compatible } from '../compare/figures.js';
import type { FactInContext } from '../facts.js';
import { H_TRIAL23 } from './h-trial23.fixture.js';
import {
  analyze,
  cited,
  commentatorNames,
  datedEntries,
  entries,
  factualValues,
  headlines,
  hedgedMembers,
  notCitingOwn,
  relayChains,
  repeatedClaims,
} from './read.js';

// A fictional football cup final and the fighting after it, covered over two days (a wire, a relay
// that hedges the wire, the winners' home-town paper with its reporter and a supporters' trust, the
// wire's update with the police's arrests, an analysis with a pundit), read as a demanding
// fact-checker reads the dossier: the score, the scorer's spelling, the manager's age, the
// stadium's town and the arrests on Saturday night are discrepancies; the minute of the winner
// should be one; the arrests rising to 23 the next day is an update; the score in three notations, the
// crowd of 61,000 against about 60,000, the injured fans and police officers, the striker's 24,
// the 2019 final and its 4-0, and the pundit's last half hour are not.

describe('the trial story of a cup final: discrepancies', () => {
  const story = analyze(H_TRIAL23);
  // Before `beating` and the other participles in `RESULT` (facts.ts), `beating Dunmore Athletic
  // 3-1` was no score, and the town's paper's 3-1 stood against nothing.
  it('reports the score, 2-1 (in two notations) against 3-1, with who says each', () => {
    expect(entries(story, 'quantity')).toContainEqual(['2-1 (1)', '2–1 (2)', '3-1 (3)']);
    expect(story.discrepancies.find((x) => x.kind === 'quantity' && /score/.test(x.note))?.note).toMatch(
      /3-1 vs 2-1/,
    );
  });
  it("never sets the 2019 final's 4-0 against this final's score", () => {
    expect(factualValues(story)).not.toMatch(/4-0/);
  });
  it('reports the scorer written two ways, Keane and Kean', () => {
    expect(entries(story, 'spelling')).toEqual([['Tomas Kean (3)', 'Tomas Keane (1)']]);
  });
  it("reports the manager's age, 52 against 54, and never the striker's 24", () => {
    expect(entries(story, 'age')).toEqual([['52 (1)', '54 (3)']]);
    expect(story.discrepancies.find((x) => x.kind === 'age')?.note).toMatch(/Edda Morrow: 54 vs 52/);
  });
  it('reports the arrests on Saturday, 14 against 19', () => {
    const arrests = entries(story, 'count').find((e) => e.includes('19 people (3)'));
    expect(arrests).toEqual(expect.arrayContaining(['14 people (1)', '14 people (2)', '19 people (3)']));
  });
  // The arrests of Sunday's update (23) and the analysis's `at least 20` join Saturday's 14 and
  // 19 in one count entry (`19 people vs 20 arrests / 23 arrests vs 14 people`): the update is
  // not told apart as a rise between days, and `at least 20` stands against 19.
  it.fails('shows the arrests rising to 23 on Sunday as an update, never as a conflict', () => {
    const counts = story.discrepancies.filter((x) => x.kind === 'count').map((x) => x.note);
    expect(counts.filter((n) => /\b2[03]\b/.test(n))).toEqual([]);
    expect(story.discrepancies.find((x) => x.kind === 'update' && /arrested/.test(x.note))?.note).toMatch(
      /14 .*→ 23/,
    );
  });
  // No fact reads the minute of a match (`in the 78th minute`): no value, no discrepancy.
  it.fails('reports the minute of the winner, the 78th against the 82nd', () => {
    expect(factualValues(story)).toMatch(/78th.*82nd|82nd.*78th/);
  });
  // Before `VENUE` in facts.ts (`fact:place-of-venue`), the town of a named ground (`at Calder
  // Park in Brennport`) was read by no place rule: only a firm's works and an incident had one.
  it("reports the stadium's town, Brennport against Castlebrook", () => {
    expect(entries(story, 'place')).toEqual([['Brennport (1)', 'Castlebrook (3)']]);
  });
  it('sets no look-alike against another: the crowd, the injured, the red card, the durations', () => {
    for (const kind of ['date', 'duration', 'name', 'time'])
      expect(
        story.discrepancies.filter((x) => x.kind === kind),
        kind,
      ).toEqual([]);
    const values = factualValues(story);
    for (const look of [/61,000|60,000/, /Six|fans|three|officers/i, /64th/, /half hour|ten men/, /2019/])
      expect(values).not.toMatch(look);
  });
});

describe('the trial story of a cup final: who says it', () => {
  const story = analyze(H_TRIAL23);
  const origins = (story.provenance.origins ?? []).map((o) => o.label);
  it('reads the relay as passing on the wire, and the pundit as a commentator, never an origin', () => {
    expect(relayChains(story)).toEqual([[[2], ['n:org:norrith-press-agency']]]);
    expect(commentatorNames(story)).toEqual(['Joss Harlan']);
    expect(origins.filter((o) => /Harlan|goalwire/i.test(o))).toEqual([]);
  });
  it('has the police, the supporters’ trust, the losing club and the manager among its origins', () => {
    expect(origins).toEqual(
      expect.arrayContaining([
        'Brennport police',
        'Rovers Supporters Trust',
        'Dunmore Athletic',
        'Rovers manager Edda Morrow',
      ]),
    );
  });
  it('reads the relay as hedging the wire it passes on', () => {
    const relay = hedgedMembers(story, 2);
    expect(relay.length).toBeGreaterThanOrEqual(2);
    for (const m of relay) expect(m.certainty, m.text).toBe('hedged');
  });
  it('names the relay by the address on its outlet line', () => {
    expect(story.documents[1]!.outlet).toBe('goalwire.net');
  });
});

describe('the trial story of a cup final: claims', () => {
  const story = analyze(H_TRIAL23);
  it('has distinct claims, none repeating another', () => {
    expect(repeatedClaims(story)).toEqual([]);
  });
  it("leaves the pundit's words out of every claim", () => {
    for (const c of story.claims)
      expect(
        c.members.filter((m) => /Harlan/.test(m.text)),
        c.text,
      ).toEqual([]);
  });
  it("ties the winner's two tellings, and the manager's two ages, each in one claim", () => {
    for (const [a, b] of [
      ['Tomas Keane scored', 'Tomas Kean, 24'],
      ['Edda Morrow, 52', 'Edda Morrow, 54'],
    ]) {
      const claim = story.claims.find((c) => c.members.some((m) => m.text.includes(a!)));
      expect(
        claim?.members.some((m) => m.text.includes(b!)),
        a,
      ).toBe(true);
    }
  });
});

describe('the trial story of a cup final: timeline', () => {
  const story = analyze(H_TRIAL23);
  const dated = datedEntries(story);
  it('dates nothing after its report', () => {
    for (const e of dated)
      expect(e.date <= H_TRIAL23[e.doc - 1]!.published, `${e.date} ${e.text}`).toBe(true);
  });
  it('dates the final on Saturday the 16th in four outlets, the update on Sunday, the last won final in 2019', () => {
    expect(dated.filter((e) => e.date === '2037-05-16').map((e) => e.doc)).toEqual([1, 2, 3, 4]);
    expect(dated.filter((e) => /risen to 23/.test(e.text)).map((e) => e.date)).toEqual(['2037-05-17']);
    expect(dated.filter((e) => e.date === '2019').map((e) => e.doc)).toEqual([3, 3]);
  });
  // Before `LAST_STRETCH` in mentions/dates.ts, the pundit's `for the last half hour` (of the
  // match) was dated the day before the analysis, read as half an hour before publication.
  it("dates no stretch of the match: the pundit's last half hour is no date", () => {
    expect(dated.filter((e) => /half hour/.test(e.text))).toEqual([]);
  });
});

describe('the trial story of a cup final: the brief', () => {
  const story = analyze(H_TRIAL23);
  it('has 4 to 10 distinct body sentences, none a headline', () => {
    expect(story.brief.length).toBeGreaterThanOrEqual(4);
    expect(story.brief.length).toBeLessThanOrEqual(10);
    expect(new Set(story.brief.map((b) => b.text)).size).toBe(story.brief.length);
    const heads = headlines(H_TRIAL23);
    expect(story.brief.filter((b) => heads.includes(b.text))).toEqual([]);
  });
  it('cites every item to the document whose sentence it is', () => {
    expect(notCitingOwn(story)).toEqual([]);
  });
  it('never tells the hedged relay or the pundit', () => {
    expect(story.brief.filter((b) => /reportedly|said to/.test(b.text))).toEqual([]);
    expect(story.brief.filter((b) => /Harlan/.test(b.text))).toEqual([]);
  });
  // Once `RESULT` read `beating ... 3-1`, the three scores stood side by side each on its own
  // (`compatible` found no written result compatible even with itself): the wire's 2-1 and the
  // relay's 2–1 were each outvoted, and the brief left the final's result out. Before the
  // string-value branch of `compatible` (compare/figures.ts) this failed.
  it("tells the final's result, 2-1, cited to the wire and its relay, never the town's 3-1", () => {
    const item = story.brief.find((b) => /beat Dunmore Athletic 2[-–]1/.test(b.text));
    expect(item && cited(story, item)).toEqual([1, 2]);
    expect(story.brief.filter((b) => /3-1/.test(b.text))).toEqual([]);
  });
  // The claims join the match and the fighting (both `the Vessland Cup final`), so Sunday's
  // `risen to 23` is a member of the final's claim, told once by the result; the update's day is
  // then told by its other sentence (`officers had reviewed video`). It was told, cited to
  // documents 1, 4 and 5, only while the brief left the result out (see above).
  it.fails("tells Sunday's 23 arrests, cited to the update", () => {
    const item = story.brief.find((b) => b.text.includes('risen to 23'));
    expect(item && cited(story, item)).toEqual([4]);
  });
});

// Two fictional reports of one match, each with its own outlet, for the rules' unit pairs.
const two = (a: string, b: string) =>
  analyze([
    {
      location: 'unit/1.txt',
      published: '2031-05-04',
      text: `Corvel win the shield\nVelmar Post\n4 May 2031\n${a}\n`,
    },
    {
      location: 'unit/2.txt',
      published: '2031-05-04',
      text: `Corvel win the shield\nOrlin Courier\n4 May 2031\n${b}\n`,
    },
  ]);
const results = (d: ReturnType<typeof analyze>) =>
  d.discrepancies.filter((x) => x.kind === 'quantity' && /result/.test(x.note)).map((x) => x.note);

describe('rules from the cup final: a score after a participle', () => {
  it('pair: `beating Orlin 4-2` is a score, against `beat Orlin 3-2`', () => {
    const d = two(
      'Corvel City beat Orlin Town 3-2 in the shield final at Marren Road on Saturday.',
      'Corvel City won the shield on Saturday, beating Orlin Town 4-2 at Marren Road.',
    );
    expect(entries(d, 'quantity')).toEqual([['3-2 (1)', '4-2 (2)']]);
  });
  it('control: one score in two notations, or a participle with no score, is no conflict', () => {
    expect(
      results(
        two(
          'Corvel City beat Orlin Town 3-2 in the shield final at Marren Road on Saturday.',
          'Corvel City won the shield on Saturday, beating Orlin Town 3–2 at Marren Road.',
        ),
      ),
    ).toEqual([]);
    expect(
      results(
        two(
          'Corvel City beat Orlin Town 3-2 in the shield final at Marren Road on Saturday.',
          'Corvel City won the shield on Saturday, beating Orlin Town at Marren Road in 2-3 weather.',
        ),
      ),
    ).toEqual([]);
  });
});

const one = (body: string) =>
  analyze([
    {
      location: 'unit/1.txt',
      published: '2031-05-04',
      text: `Corvel win the shield\nVelmar Post\n4 May 2031\n${body}\n`,
    },
  ]);
const dates = (d: ReturnType<typeof analyze>) => d.timeline.map((t) => t.date);

describe('rules from the cup final: the last stretch of an event', () => {
  it('pair: `for the last half hour` and `in the final 20 minutes` are no dates', () => {
    expect(dates(one('Orlin played with ten men for the last half hour, the coach said.'))).toEqual([]);
    expect(dates(one('Corvel scored twice in the final 20 minutes, the coach said.'))).toEqual([]);
  });
  it('control: `last Saturday` and `last night` are still dates', () => {
    expect(dates(one('Corvel won the shield last Saturday, the coach said.'))).toEqual(['2031-05-03']);
    expect(dates(one('Fans fought outside the ground last night, police said.'))).toHaveLength(1);
  });
});

// A score as the facts read it (`beat Orlin 3-2`): a value written as no number.
const score = (value: string, text = value): FactInContext => ({
  id: text,
  doc: 'unit',
  start: 0,
  end: text.length,
  kind: 'quantity',
  text,
  value,
  unit: 'result',
  qualifier: null,
  about: 'noun:score',
  aboutText: 'score',
  rule: 'fact:result-score',
  sentence: 0,
  decimals: 0,
  context: new Set(),
});

describe('rules from the cup final: a result is compatible with itself', () => {
  it('pair: `3-2` and `3–2` (one result in two notations) are compatible', () => {
    expect(compatible(score('3-2'), score('3-2', '3–2'))).toBe(true);
  });
  it('control: `3-2` and `4-2` are not, nor a result and a number', () => {
    expect(compatible(score('3-2'), score('4-2'))).toBe(false);
    expect(compatible(score('3-2'), { ...score('3-2'), value: 3 })).toBe(false);
  });
});

describe('rules from the cup final: the town of a named ground', () => {
  it('pair: `at Marren Park in Corvel` against `in Dunmarsh` places the ground two ways', () => {
    const d = two(
      'Corvel City beat Orlin Town 3-2 at Marren Park in Corvel on Saturday.',
      'Corvel City won the shield at Marren Park in Dunmarsh on Saturday.',
    );
    expect(entries(d, 'place')).toEqual([['Corvel (1)', 'Dunmarsh (2)']]);
  });
  it('control: two grounds, or a ground and a month, are not one place', () => {
    expect(
      entries(
        two(
          'Corvel City beat Orlin Town 3-2 at Marren Park in Corvel on Saturday.',
          'Corvel City won the shield at Orlin Stadium in Dunmarsh on Saturday.',
        ),
        'place',
      ),
    ).toEqual([]);
    expect(
      entries(
        two(
          'Corvel City beat Orlin Town 3-2 at Marren Park in Corvel on Saturday.',
          'Corvel City won the shield at Marren Park in May, the club said.',
        ),
        'place',
      ),
    ).toEqual([]);
  });
});
