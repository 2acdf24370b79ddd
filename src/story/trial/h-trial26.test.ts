import { describe, expect, it } from 'vitest';
import { H_TRIAL26 } from './h-trial26.fixture.js';
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
  headlines,
  hedgedMembers,
  notCitingOwn,
  oneArticle,
  relayChains,
  repeatedClaims,
} from './read.js';

// A fictional film academy names the host of its awards ceremony (a trade paper's scoop on
// unnamed sources, two relays that hedge it, the academy's confirmation by a wire, the wire's
// update with a publicist's denial, an analysis with a columnist), read as a demanding
// fact-checker reads the dossier: the host's age (41 against 42), the ceremony's day (13 against
// 20 March), last year's viewers (16.2 against 18 million) and the denial of a co-host are found;
// the academy head's title (president against chief executive) and the relays' chain to the trade
// paper are not yet. The broadcast time told in another zone, the age at the ceremony, `twice
// before` against `third time`, the previous hosts, the rounding `about 16 million` and the rival
// show's host are look-alikes.

describe('the trial story of an awards host: discrepancies', () => {
  const story = analyze(H_TRIAL26);
  it("reports the host's age, 41 against 42, with who says each", () => {
    expect(entries(story, 'age')).toEqual([['41 (1)', '41 (4)', '42 (6)']]);
  });
  it("reports last year's viewers, 16.2 million against 18 million, and leaves `about 16 million` with 16.2", () => {
    const viewers = story.discrepancies.filter((x) => /viewers/.test(x.note));
    expect(viewers).toHaveLength(1);
    expect(viewers[0]!.kind).toBe('count');
    expect(viewers[0]!.note).toMatch(/16 million viewers \/ 16\.2 million viewers vs 18 million viewers/);
  });
  it("reports the ceremony's day, 13 March against 20 March", () => {
    expect(entries(story, 'date')).toContainEqual(['on 13 March (1)', 'on 13 March (4)', 'on 20 March (3)']);
  });
  // Before `time:other-zone` (compare/figures.ts, `otherZone`), `broadcast live at 7 p.m.` and
  // `broadcast at 10 p.m. in Dask` were an entry: one moment told in two zones.
  it('sets the broadcast time told in another zone against no other time', () => {
    expect(entries(story, 'time')).toEqual([]);
  });
  it('sets no look-alike against another: the age at the ceremony, the previous hosts, the rival show', () => {
    for (const kind of ['place', 'duration', 'update', 'spelling'])
      expect(
        story.discrepancies.filter((x) => x.kind === kind),
        kind,
      ).toEqual([]);
    const values = factualValues(story);
    for (const look of [
      /55|38|Farrant|Lisset/,
      /47|9\.4|Ashe/,
      /2034|2035|2036|2037/,
      /twice|third/,
      /Wednesday/,
    ])
      expect(values).not.toMatch(look);
  });
  // Before `fact:date-of-infinitive` (facts.ts, `TASK_INFINITIVE`), the analysis's `picked Juno
  // Marsh, 42, to host the Aurel Awards on 13 March` (the hosting's day) was set against the
  // update's `named Marsh as host on 12 May` (the naming's): one claim, two events.
  it('sets the day of the naming against no day of the ceremony', () => {
    expect(entries(story, 'date')).toEqual([['on 13 March (1)', 'on 13 March (4)', 'on 20 March (3)']]);
  });
  // Since `role:apposition-before` reads a common noun's possessive (roles.ts), the wire's `the
  // academy’s president, Alva Renke,` is a role fact; but `president` against `chief executive`
  // is not read as a conflict (compare/roles.ts: one person may hold both, `president and CEO`).
  it.fails("reports the academy head's title, president against chief executive", () => {
    expect(entries(story, 'role')).toEqual([['Chief executive (6)', 'president (4)']]);
  });
});

describe('the trial story of an awards host: who says it', () => {
  const story = analyze(H_TRIAL26);
  const origins = (story.provenance.origins ?? []).map((o) => o.label);
  it('reads the columnist as a commentator, never an origin', () => {
    expect(commentatorNames(story)).toEqual(['columnist Rhea Dunmore']);
    expect(origins.filter((o) => /Dunmore/i.test(o))).toEqual([]);
  });
  it("has the trade paper's unnamed sources, the academy and the publicist among its origins", () => {
    expect(origins).toEqual(
      expect.arrayContaining([
        'people familiar with the plans',
        'Veldan Screen Academy',
        'publicist, Cael Ibsen',
      ]),
    );
  });
  it('reads both relays as hedging the trade paper they pass on', () => {
    for (const n of [2, 3]) {
      const relay = hedgedMembers(story, n);
      expect(relay.length, `document ${n}`).toBeGreaterThanOrEqual(1);
      for (const m of relay) expect(m.certainty, m.text).toBe('hedged');
    }
  });
  it('names each outlet by its outlet line', () => {
    expect(story.documents.map((d) => d.outlet)).toEqual([
      'Stagebill',
      'screenbuzz.net',
      'The Porthollow Courier',
      'Meridian Press Agency',
      'Meridian Press Agency',
      'The Saltmere Observer',
    ]);
  });
  // Since h-who12's `paper-kind-named` (provenance.ts, `OUTLET_KIND_NAMED`), `the trade paper
  // Stagebill reported on Monday` names the outlet Stagebill, so the Courier relays it too.
  it('reads both relays as passing on the trade paper, and neither as an origin', () => {
    expect(relayChains(story).map(([docs]) => docs)).toEqual([[2], [3]]);
    expect(origins.filter((o) => /screenbuzz|Porthollow Courier/.test(o))).toEqual([]);
  });
});

describe('the trial story of an awards host: claims', () => {
  const story = analyze(H_TRIAL26);
  it('has distinct claims, none repeating another, none told by a headline', () => {
    expect(repeatedClaims(story)).toEqual([]);
    const heads = headlines(H_TRIAL26);
    expect(story.claims.filter((c) => heads.includes(c.text))).toEqual([]);
  });
  it("leaves the columnist's opinion out of every claim", () => {
    expect(claimMembersSaying(story, /safest choice/)).toEqual([]);
  });
  it('ties the denial to the report of a co-host it denies, and shows that claim contested', () => {
    const cohost = story.claims.find((c) => c.members.some((m) => /adding a co-host/.test(m.text)))!;
    expect(
      cohost.members.filter((m) => m.certainty === 'denied').map((m) => docNumber(story, m.doc)),
    ).toEqual([5]);
  });
});

describe('the trial story of an awards host: timeline', () => {
  const story = analyze(H_TRIAL26);
  const dated = datedEntries(story);
  const on = (re: RegExp): Array<[string, number]> =>
    dated.filter((e) => re.test(e.text)).map((e) => [e.date, e.doc]);
  it('dates nothing after its report but the ceremony', () => {
    for (const e of dated.filter((x) => !/ceremony will|to host the Aurel Awards on/.test(x.text)))
      expect(e.date <= H_TRIAL26[e.doc - 1]!.published, `${e.date} ${e.text}`).toBe(true);
  });
  it('dates the ceremony in the coming March, the confirmation on Wednesday the 12th, the previous hosts in their years', () => {
    expect(on(/ceremony will/)).toEqual([
      ['2039-03-13', 1],
      ['2039-03-13', 4],
      ['2039-03-20', 3],
    ]);
    expect(on(/confirmed on Wednesday|named Marsh as host on 12 May/)).toEqual([
      ['2038-05-12', 4],
      ['2038-05-12', 5],
    ]);
    expect(on(/reported on Monday/)).toEqual([['2038-05-10', 3]]);
    expect(on(/Ode Farrant/)).toEqual([['2037', 4]]);
  });
  // Before `CHOSEN_TO` (mentions/dates.ts), `has picked Juno Marsh, 42, to host the Aurel Awards
  // on 13 March` was read in the tense of `has picked`: the March before the report.
  it("dates the analysis's `to host ... on 13 March` in the coming March", () => {
    expect(on(/to host the Aurel Awards on 13 March/)).toEqual([['2039-03-13', 6]]);
  });
});

describe('the trial story of an awards host: the brief', () => {
  const story = analyze(H_TRIAL26);
  it('has 4 to 10 distinct body sentences, none a headline, each citing its own document', () => {
    expect(briefFaults(story, H_TRIAL26)).toEqual([]);
    expect(notCitingOwn(story)).toEqual([]);
  });
  it("tells the publicist's denial, cited to the update, and never the columnist", () => {
    const denial = story.brief.find((b) => /denied a report/.test(b.text));
    expect(denial && cited(story, denial)).toEqual([5]);
    expect(story.brief.filter((b) => /Dunmore|safest/.test(b.text))).toEqual([]);
  });
  // The host is told by the Courier's hedged `is said to be the next host` (cited to all six), not
  // by the wire's confirmation; and the head's words by the analysis, cited to screenbuzz too.
  it.fails("tells the host by the academy's confirmation, not by a relay's hedge", () => {
    expect(story.brief.filter((b) => /said to be|reportedly/.test(b.text))).toEqual([]);
  });
});

// Two fictional reports of one evening, each with its own outlet and day, for the rules' unit pairs.
const two = (a: readonly string[], b: readonly string[], pa = '2031-05-06', pb = '2031-05-07') =>
  analyze([
    {
      location: 'unit/1.txt',
      published: pa,
      text: `Gala set for June\nVelmar Post\n${pa}\n${a.join('\n')}\n`,
    },
    { location: 'unit/2.txt', published: pb, text: `Gala in June\nOrlin Courier\n${pb}\n${b.join('\n')}\n` },
  ]);

describe('h-trial26 rules: a clock time told in another zone', () => {
  const wire = ['The Orlin Gala will be held on 6 June in Velmar and broadcast live at 7 p.m.'];
  it('pair: `at 10 p.m. in Dask`, a place the other report never names, is the same moment in another zone', () => {
    expect(entries(two(wire, ['The Orlin Gala will be broadcast live at 10 p.m. in Dask.']), 'time')).toEqual(
      [],
    );
  });
  it('pair: `at 0200 GMT`-style abbreviations: `at 11 p.m. GMT` is another zone', () => {
    expect(entries(two(wire, ['The Orlin Gala will be broadcast live at 11 p.m. GMT.']), 'time')).toEqual([]);
  });
  it('control: a time told without a zone, an hour apart, is still an entry', () => {
    expect(entries(two(wire, ['The Orlin Gala will be broadcast live at 8 p.m.']), 'time')).toEqual([
      ['7 p.m. (1)', '8 p.m. (2)'],
    ]);
  });
  it('control: `at 8 p.m. in Velmar`, the place both reports name, is the event’s own zone: still an entry', () => {
    expect(
      entries(two(wire, ['The Orlin Gala in Velmar will be broadcast live at 8 p.m. in Velmar.']), 'time'),
    ).toEqual([['7 p.m. (1)', '8 p.m. (2)']]);
  });
  it('control: `at 10 p.m. in June` names a month, no zone: still an entry', () => {
    expect(entries(two(wire, ['The Orlin Gala will be broadcast live at 10 p.m. in June.']), 'time')).toEqual(
      [['10 p.m. (2)', '7 p.m. (1)']],
    );
  });
  it('control: a zone that does not account for the minutes (`10:30 p.m. in Dask`) is still an entry', () => {
    expect(
      entries(two(wire, ['The Orlin Gala will be broadcast live at 10:30 p.m. in Dask.']), 'time'),
    ).toEqual([['10:30 p.m. (2)', '7 p.m. (1)']]);
  });
});

describe('h-trial26 rules: the date of a task someone is chosen for', () => {
  const when = (d: ReturnType<typeof analyze>, re: RegExp) =>
    datedEntries(d)
      .filter((e) => re.test(e.text))
      .map((e) => e.date);
  it('pair: `has picked Ada Quill to host the gala on 6 June` in a report of May is the coming June', () => {
    const d = two(['The Orlin Society has picked Ada Quill to host the gala on 6 June.'], []);
    expect(when(d, /to host the gala/)).toEqual(['2031-06-06']);
  });
  it('control: `named to the board on 2 May` (a place, no task) is the May before', () => {
    const d = two(['The Orlin Society said Ada Quill was named to the board on 2 May.'], []);
    expect(when(d, /named to the board/)).toEqual(['2031-05-02']);
  });
  it('pair: `named Quill as host on 2 May` against `picked Quill to host the gala on 6 June` is no date entry', () => {
    const d = two(
      ['The Orlin Society named Ada Quill as host of the Orlin Gala on 2 May.'],
      ['The Orlin Society has picked Ada Quill to host the Orlin Gala on 6 June.'],
    );
    expect(entries(d, 'date')).toEqual([]);
  });
  it('control: `named Quill as host on 2 May` against `named Quill as host on 3 May` is still an entry', () => {
    const d = two(
      ['The Orlin Society named Ada Quill as host of the Orlin Gala on 2 May.'],
      ['The Orlin Society named Ada Quill as host of the Orlin Gala on 3 May.'],
    );
    expect(entries(d, 'date')).toEqual([['on 2 May (1)', 'on 3 May (2)']]);
  });
});

describe('h-trial26 rules: a role before a name, owned by a common noun', () => {
  const roles = (text: string) =>
    (oneArticle(['Gala set for June', 'Velmar Post', '2031-05-06', text]).facts ?? [])
      .filter((f) => f.kind === 'role')
      .map((f) => [f.text, f.unit, f.about, f.rule]);
  it('pair: `the academy’s president, Alva Renke, said` gives Renke the role of president', () => {
    expect(roles('The gala will be held in June, the academy’s president, Alva Renke, said.')).toEqual([
      ['the academy’s president', 'president', 'person:alva-renke', 'fact:role:apposition-before'],
    ]);
  });
  it('control: `the academy’s choice, Juno Marsh, said` (no role noun) gives no role', () => {
    expect(roles('The gala will be held in June, the academy’s choice, Juno Marsh, said.')).toEqual([]);
  });
  it('control: `Orrin’s chief executive, Marta Quell, said` is read as before', () => {
    expect(roles('The gala will be held in June, Orrin’s chief executive, Marta Quell, said.')).toEqual([
      ['Orrin’s chief executive', 'executive', 'person:marta-quell', 'fact:role:apposition-before'],
    ]);
  });
});
