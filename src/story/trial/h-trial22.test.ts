import { describe, expect, it } from 'vitest';
import { H_TRIAL22 } from './h-trial22.fixture.js';
import {
  analyze,
  cited,
  commentatorNames,
  datedEntries,
  docNumber,
  entries,
  factualValues,
  headlines,
  hedgedMembers,
  notCitingOwn,
  relayChains,
  repeatedClaims,
} from './read.js';

// A fictional listed company's third-quarter results and job cuts, covered over three days (a wire
// with the company's figures, a relay that trims and hedges the wire, a business paper with people
// familiar with the matter, the wire's update with the union's reaction, an analysis with a bank's
// analyst), read as a demanding fact-checker reads the dossier: the net profit (310 against 301
// million), the job cuts (2,000 against 3,000 on one day), the closing plant's town (Kirnau
// against Velden) and the chief financial officer's spelling are discrepancies; the revenue
// against the profit, the quarter against last year, the restructuring's one amount in three
// notations, year-on-year against quarter-on-quarter, a change against percentage points, the
// analysts' expected profit, the guidance for 2037, `about 2,000`, the plant's 850 people, the
// 2031 cuts and the shares' move through Thursday are not.

describe('the trial story of quarterly results: discrepancies', () => {
  const story = analyze(H_TRIAL22);
  it('reports the job cuts on Thursday, 2,000 against 3,000, with who says each', () => {
    const jobs = story.discrepancies.filter((x) => x.kind === 'count');
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.note).toMatch(
      /2,000 jobs \(.*Hallberg Werke.*\) vs 3,000 jobs \(people familiar with the matter\)/,
    );
    expect(entries(story, 'count')[0]).toEqual(
      expect.arrayContaining(['2,000 jobs (1)', '2,000 jobs (2)', '3,000 jobs (3)']),
    );
  });
  // Before `fact:sum-change-reaches` (facts.ts, `CHANGE_REACHES`), a sum a change reaches (`net
  // profit fell 18% to €310 million`) was about no noun and compared with no other outlet's.
  it('reports the net profit, €310 million against €301 million, with who says each', () => {
    expect(entries(story, 'quantity')).toEqual([
      ['€301 million (3)', '€310 million (1)', '€310 million (2)', '€310 million (4)'],
    ]);
    expect(story.discrepancies.find((x) => x.kind === 'quantity')!.note).toMatch(
      /figures for profit: €310 million/,
    );
  });
  // Before `fact:place-of-own-facility` (facts.ts, `OWN_FACILITY`), `close its gearbox plant in
  // Kirnau` placed no works of the firm: only `the Hallberg Werke plant in` did.
  it("reports the closing plant's town, Kirnau against Velden, and never the relay's `a plant`", () => {
    expect(entries(story, 'place')).toEqual([['Kirnau (1)', 'Kirnau (4)', 'Velden (3)']]);
  });
  // Before `soundsAlike` (compare/names.ts), `Marquardt` / `Markwardt` (two letters apart, `qu`
  // against `kw`, one sound) was no slip of one name.
  it("reports the chief financial officer's surname written two ways", () => {
    expect(entries(story, 'spelling')).toContainEqual(['Lena Markwardt (3)', 'Lena Marquardt (1)']);
  });
  // Before `fact:analysts-forecast` (facts.ts, `ANALYSTS_FORECAST`), the analysts' expected €340
  // million was a profit of the wire's: with the sum-change rule it was set against the paper's 301.
  it('sets no look-alike against another: revenue, last year, one amount three ways, the changes, the forecasts', () => {
    for (const kind of ['date', 'duration', 'name', 'age'])
      expect(
        story.discrepancies.filter((x) => x.kind === kind),
        kind,
      ).toEqual([]);
    const values = factualValues(story);
    for (const look of [
      /4\.8|19\.5|billion|bn/,
      /1,200|1\.2/,
      /%|percent|points?/,
      /340/,
      /850|1,500/,
      /2031|2037|Monday|Thursday/,
    ])
      expect(values).not.toMatch(look);
  });
  it("shows the shares' move through Thursday (6% in the morning, 8.5% at the close) as no conflict", () => {
    expect(story.discrepancies.filter((x) => /6%|8\.5%/.test(x.note))).toEqual([]);
  });
});

describe('the trial story of quarterly results: who says it', () => {
  const story = analyze(H_TRIAL22);
  const origins = (story.provenance.origins ?? []).map((o) => o.label);
  it('reads the relay as passing on the wire, and the analyst as a commentator, never an origin', () => {
    expect(relayChains(story)).toEqual([[[2], ['n:org:corvane-press-agency']]]);
    expect(commentatorNames(story)).toEqual(['Piet Varga']);
    expect(origins.filter((o) => /Varga|Oosterlin|tickerbeat/i.test(o))).toEqual([]);
  });
  it("has the company, the paper's people familiar with the matter, the union and its chairman among its origins", () => {
    expect(origins).toEqual(
      expect.arrayContaining([
        'Hallberg Werke',
        'people familiar with the matter',
        'Metalworkers Union of Veldmark',
        'union chairman Rudi Falk',
      ]),
    );
  });
  it('reads the relay as hedging the wire it passes on', () => {
    const relay = hedgedMembers(story, 2);
    expect(relay.length).toBeGreaterThanOrEqual(2);
    for (const m of relay) expect(m.certainty, m.text).toBe('hedged');
  });
  it('names the relay by the address on its outlet line', () => {
    expect(story.documents[1]!.outlet).toBe('tickerbeat.com');
  });
  // `Revenue fell 4% ... to €4.8 billion, the company said.`: `the company` said it; a bare `the
  // company` the trace cannot resolve adds no origin (h-who26's `company-noun-unread`), so the
  // wire is no longer its origin.
  it("rests the wire's revenue on the company, not on the wire", () => {
    const revenue = story.claims.find((c) => c.text.startsWith('Revenue fell 4%'))!;
    expect(revenue.origins).not.toContain('n:org:corvane-press-agency');
  });
});

describe('the trial story of quarterly results: claims', () => {
  const story = analyze(H_TRIAL22);
  it('has distinct claims, none repeating another', () => {
    expect(repeatedClaims(story)).toEqual([]);
  });
  it("leaves the analyst's words out of every claim but the margin he names", () => {
    for (const c of story.claims)
      expect(
        c.members.filter((m) => /Varga/.test(m.text) && !/margin/.test(m.text)),
        c.text,
      ).toEqual([]);
  });
  it('ties the restructuring cost of the wire, the relay and the paper in one claim (one amount)', () => {
    const cost = story.claims.filter((c) => c.members.some((m) => /€1\.2bn/.test(m.text)))!;
    expect(cost).toHaveLength(1);
    expect(cost[0]!.members.map((m) => docNumber(story, m.doc)).sort()).toEqual([1, 2, 3]);
  });
  // The lead's claim also holds the union's fight and its chairman's quote, and the shares' close:
  // the claim stage joins them on `Hallberg`, `plant`, `Kirnau`, `Thursday`.
  it.fails("keeps the union's reaction and the shares' close out of the lead's claim", () => {
    const lead = story.claims.find((c) =>
      c.members.some((m) => m.text.includes('would cut 2,000 jobs and close')),
    )!;
    expect(lead.members.filter((m) => /Metalworkers|betrayal|closed down/.test(m.text))).toEqual([]);
  });
});

describe('the trial story of quarterly results: timeline', () => {
  const story = analyze(H_TRIAL22);
  const dated = datedEntries(story);
  it('dates nothing after its report but the guidance for 2037', () => {
    for (const e of dated.filter((x) => !/2037/.test(x.text)))
      expect(e.date <= H_TRIAL22[e.doc - 1]!.published, `${e.date} ${e.text}`).toBe(true);
  });
  it("dates the results on Thursday the 23rd, the board's approval on Monday the 20th, the union on Friday", () => {
    expect(
      dated.filter((e) => /would cut 2,000 jobs and close/.test(e.text)).map((e) => [e.date, e.doc]),
    ).toEqual([['2036-10-23', 1]]);
    expect(dated.filter((e) => /board approved/.test(e.text)).map((e) => e.date)).toEqual(['2036-10-20']);
    expect(dated.filter((e) => /Metalworkers/.test(e.text)).map((e) => e.date)).toEqual(['2036-10-24']);
    expect(dated.filter((e) => /shed 1,500/.test(e.text)).map((e) => e.date)).toEqual(['2031']);
  });
  // The company's guidance (`expected revenue to grow by 2% to 3% in 2037`) is a forecast, dated
  // in 2037 after the wire's day; and `their biggest one-day fall since 2031` is dated 2031, though
  // 2031 is only the point the comparison counts from.
  it.fails('dates no forecast and no `since` of a comparison', () => {
    expect(dated.filter((e) => e.date === '2037')).toEqual([]);
    expect(dated.filter((e) => /since 2031/.test(e.text))).toEqual([]);
  });
});

describe('the trial story of quarterly results: the brief', () => {
  const story = analyze(H_TRIAL22);
  it('has 4 to 10 distinct body sentences, none a headline', () => {
    expect(story.brief.length).toBeGreaterThanOrEqual(4);
    expect(story.brief.length).toBeLessThanOrEqual(10);
    expect(new Set(story.brief.map((b) => b.text)).size).toBe(story.brief.length);
    const heads = headlines(H_TRIAL22);
    expect(story.brief.filter((b) => heads.includes(b.text))).toEqual([]);
  });
  it('cites every item to the document whose sentence it is', () => {
    expect(notCitingOwn(story)).toEqual([]);
  });
  it("tells the lead by the wire, never the analyst, the hedged relay or the analysts' forecast", () => {
    const lead = story.brief.find((b) => b.text.includes('would cut 2,000 jobs and close'));
    expect(lead && cited(story, lead)).toEqual([1, 2, 4]);
    expect(story.brief.filter((b) => /Varga|reportedly|said to|Analysts polled/.test(b.text))).toEqual([]);
  });
  it("tells the union's reaction of Friday, cited to the update", () => {
    const item = story.brief.find((b) => b.text.includes('Metalworkers Union'));
    expect(item && cited(story, item)).toEqual([4]);
  });
});

// Two fictional reports of one event, each with its own outlet, for the rules' unit pairs.
const two = (a: string, b: string) =>
  analyze([
    {
      location: 'unit/1.txt',
      published: '2031-05-02',
      text: `Orvane results\nVelmar Post\n2 May 2031\n${a}\n`,
    },
    {
      location: 'unit/2.txt',
      published: '2031-05-02',
      text: `Orvane results\nOrlin Courier\n2 May 2031\n${b}\n`,
    },
  ]);
const sums = (d: ReturnType<typeof analyze>) => entries(d, 'quantity');

describe('h-trial22 rules: the sum a change reaches', () => {
  it('pair: `profit rose 9% to $52 million` against `profit climbed to $55 million` sets two profits', () => {
    const d = two(
      'Orvane Mining said on Friday its quarterly profit rose 9% to $52 million.',
      "The miner's quarterly profit climbed to $55 million, helped by higher copper prices.",
    );
    expect(sums(d)).toEqual([['$52 million (1)', '$55 million (2)']]);
    expect(d.discrepancies.find((x) => x.kind === 'quantity')!.note).toMatch(/figures for profit/);
  });
  it('control: a change from another sum, or the same sum told twice, is no conflict', () => {
    expect(
      sums(
        two(
          'Orvane Mining said on Friday its quarterly profit rose from $40 million to $52 million.',
          'Orvane Mining said on Friday its quarterly profit rose 9% to $52 million.',
        ),
      ),
    ).toEqual([]);
    expect(
      sums(
        two(
          'Orvane Mining said on Friday its quarterly profit rose 9% to $52 million.',
          'Orvane Mining said on Friday its quarterly profit rose 9% to $52 million.',
        ),
      ),
    ).toEqual([]);
  });
  // Before it, two sums no noun named in sentences alike were one statement's sum told two ways.
  it('pair: the revenue a change reaches is not set against the profit another reaches', () => {
    const d = two(
      'Orvane Mining said on Friday its quarterly profit rose 9% to $52 million.',
      'Orvane Mining said on Friday its quarterly revenue rose 4% to $520 million.',
    );
    expect(sums(d)).toEqual([]);
  });
  it('control: one sum no noun names, told two ways in sentences alike, is still a conflict', () => {
    const d = two(
      'Orvane Mining said on Friday it spent $52 million on new trucks.',
      'Orvane Mining said on Friday it spent $55 million on new trucks.',
    );
    expect(sums(d)).toEqual([['$52 million (1)', '$55 million (2)']]);
  });
});

describe("h-trial22 rules: analysts' forecast", () => {
  it('pair: the profit analysts expected is not set against the profit the company reported', () => {
    const d = two(
      'Orvane Mining reported a quarterly profit of $52 million on Friday.',
      'Analysts had expected a quarterly profit of $58 million.',
    );
    expect(sums(d)).toEqual([]);
  });
  it('control: a profit told to analysts, expecting nothing, is still a figure', () => {
    const d = two(
      'Orvane Mining reported a quarterly profit of $52 million on Friday.',
      'Orvane Mining told analysts it made a quarterly profit of $55 million.',
    );
    expect(sums(d)).toEqual([['$52 million (1)', '$55 million (2)']]);
  });
});

describe("h-trial22 rules: a firm's works told by `its`", () => {
  it('pair: `Orvane Mining will close its smelter in Dask` against `in Brell` places the smelter two ways', () => {
    const d = two(
      'Orvane Mining said on Friday it will close its copper smelter in Dask next year.',
      'Orvane Mining will close its copper smelter in Brell next year, officials said.',
    );
    expect(entries(d, 'place')).toEqual([['Brell (2)', 'Dask (1)']]);
  });
  it("control: a smelter and a warehouse, or `a smelter`, are not the firm's one works", () => {
    expect(
      entries(
        two(
          'Orvane Mining said on Friday it will close its copper smelter in Dask next year.',
          'Orvane Mining will close its warehouse in Brell next year, officials said.',
        ),
        'place',
      ),
    ).toEqual([]);
    expect(
      entries(
        two(
          'Orvane Mining said on Friday it will close its copper smelter in Dask next year.',
          'Orvane Mining will close a smelter in Brell next year, officials said.',
        ),
        'place',
      ),
    ).toEqual([]);
  });
});

describe('h-trial22 rules: one sound written two ways in a surname', () => {
  it('pair: `Ada Rudolphsen` against `Ada Rudolfsen` is one name written two ways', () => {
    const d = two(
      'Orvane Mining finance chief Ada Rudolphsen said profit fell on Friday.',
      'Orvane Mining finance chief Ada Rudolfsen said profit fell on Friday.',
    );
    expect(entries(d, 'spelling')).toEqual([['Ada Rudolfsen (2)', 'Ada Rudolphsen (1)']]);
  });
  it('control: two surnames two other letters apart are two people', () => {
    // (A part many hold, a geologist: the one finance chief of a firm is one person whose name
    // may be written two ways, `name:one-post-alike`'s field-chief reading, stop 48.)
    const d = two(
      'Orvane Mining geologist Ada Marquardt said profit fell on Friday.',
      'Orvane Mining geologist Ada Marquette said profit fell on Friday.',
    );
    expect(entries(d, 'spelling')).toEqual([]);
  });
});
