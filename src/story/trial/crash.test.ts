import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../model/dossier.js';
import { CRASH } from './crash.fixture.js';
import {
  analyze,
  cited,
  datedEntries,
  docNumber,
  entries,
  factualValues,
  notCitingOwn,
  repeatedClaims,
  briefFaults,
  commentatorNames,
} from './read.js';

// A fictional air crash (a wire report, a second agency with the police's figures, a relay that
// hedges the wire, the local paper near the site, the wire's update with a higher toll, an
// analysis with an aviation analyst), read as a demanding fact-checker reads the dossier: the
// passengers, the crew, the survivors, the hour and the captain's age told two ways are
// discrepancies; the parts of the people on board, a flight number and an aircraft type, one
// moment in local time and GMT, a floor under the toll, the toll rising the next day, an earlier
// crash, an altitude with its conversion, the aircraft's age and two victims' ages are not.
const docsOf = (d: Dossier, c: Dossier['claims'][number]): number[] =>
  [...new Set(c.members.map((m) => docNumber(d, m.doc)))].sort((a, b) => a - b);

describe('the trial story of an air crash: discrepancies', () => {
  const story = analyze(CRASH);
  it('reports the passengers, 174 against 171, with who says each', () => {
    expect(entries(story, 'count')).toContainEqual([
      '171 passengers (2)',
      '174 passengers (1)',
      '174 passengers (3)',
      '174 passengers (4)',
    ]);
  });
  // The agency's count takes the verb after it (`eight crew members crashed`), as a count's text
  // takes the adverb after it in the strike story (`32 people shortly`).
  it('reports the crew, six against eight', () => {
    expect(entries(story, 'count')).toContainEqual([
      'eight crew members crashed (2)',
      'six crew (1)',
      'six crew (3)',
    ]);
  });
  it('reports the survivors, seven against nine, whichever way each outlet counts them', () => {
    expect(entries(story, 'count')).toContainEqual([
      'Nine people survived (2)',
      'Seven survivors (3)',
      'seven survivors (1)',
    ]);
  });
  it('names who gives each figure: the officials and the airline against the police, the airline against the brother', () => {
    const notes = story.discrepancies
      .filter((x) => x.kind === 'count' || x.kind === 'age')
      .map((x) => x.note);
    expect(notes).toEqual(
      expect.arrayContaining([
        'outlets give different figures for passengers: 174 passengers (rescue officials, airline) vs 171 passengers (police)',
        'outlets give different number of people survived: Seven survivors (agency, civil aviation authority) vs Nine people survived (Anton Pell)',
        'outlets give different age of Mirek Halloran: 52 (Tarnic Airways) vs 47 (Tomas Halloran)',
      ]),
    );
  });
  it("reports the captain's age, 52 against 47, and no other age", () => {
    expect(entries(story, 'age')).toEqual([['47 (4)', '52 (1)']]);
  });
  it('reports the hour of the crash, 7:42 a.m. against about 8:15 a.m., GMT set against nothing', () => {
    expect(entries(story, 'time')).toEqual([['7:42 a.m. (1)', '7:42 a.m. (5)', '8:15 a.m. (2)']]);
  });
  // Before a departure was read (`DEPARTURE` in facts.ts) and two swapped letters made one lone
  // name (`transposed` in names.ts), only the dateline `OSTERY` was a place.
  it('reports the departure city written two ways, Ostery against Ostrey', () => {
    expect(story.discrepancies.filter((x) => x.kind === 'spelling').map((x) => x.note)).toEqual([
      'one name, written 2 ways: Ostery / Ostrey',
    ]);
  });
  it('reads the toll rising to 61 the next day as an update from `at least 40` and 43, not a conflict', () => {
    const killed = story.discrepancies.filter((x) => x.note.includes('killed'));
    expect(killed.map((x) => x.kind)).toEqual(['update']);
    expect(killed[0]!.note).toMatch(/40 people \/ 43 → 61$/);
  });
  it('sets none of the people on board against its parts, the passengers and the crew', () => {
    expect(factualValues(story)).not.toMatch(/180|179/);
  });
  it('sets no look-alike against another: a flight number, an aircraft type, GMT, a conversion, an earlier crash', () => {
    expect(story.discrepancies.filter((x) => x.kind === 'spelling')).toHaveLength(1);
    for (const kind of ['date', 'place', 'role', 'quantity', 'duration'])
      expect(
        story.discrepancies.filter((x) => x.kind === kind),
        kind,
      ).toEqual([]);
    const values = factualValues(story);
    for (const look of [
      /412|737|800/,
      /GMT|0542/,
      /feet|metres|miles|kilometres/,
      /157|2019/,
      /5,000/,
      /12|34|68|58/,
    ])
      expect(values).not.toMatch(look);
  });
});

describe('the trial story of an air crash: who says it', () => {
  const story = analyze(CRASH);
  it('reads the relay as passing on the first wire, and the analyst as a commentator, never an origin', () => {
    const relays = story.provenance.relays ?? [];
    expect(relays.map((x) => [x.label, x.documents.map((id) => docNumber(story, id)), x.of])).toEqual([
      ['lindmoorgazette.com', [3], ['n:org:brennic-news-agency']],
    ]);
    expect(commentatorNames(story)).toEqual(['Rona Vell']);
    expect((story.provenance.origins ?? []).filter((o) => /Vell|Lindmoor/i.test(o.label))).toEqual([]);
  });
  it('has the civil aviation authority, the police, the minister and a resident among its origins', () => {
    expect((story.provenance.origins ?? []).map((o) => o.label)).toEqual(
      expect.arrayContaining([
        'civil aviation authority',
        'police',
        'Transport Minister Ilse Varro',
        'Ulla Brandt',
      ]),
    );
  });
  it('reads the relay as hedging the wire it passes on', () => {
    const relay = story.claims
      .flatMap((c) => c.members)
      .filter((m) => docNumber(story, m.doc) === 3 && /reportedly|said to be/.test(m.text));
    expect(relay.length).toBeGreaterThanOrEqual(3);
    for (const m of relay) expect(m.certainty, m.text).toBe('hedged');
  });
});

describe('the trial story of an air crash: claims', () => {
  const story = analyze(CRASH);
  it('has distinct claims, none repeating another', () => {
    expect(repeatedClaims(story)).toEqual([]);
  });
  it("joins the captain's two ages into one claim, and the earlier crash of both reports into one", () => {
    const captain = story.claims.find((c) => c.members.some((m) => m.text.startsWith('The captain, Mirek')))!;
    expect(docsOf(story, captain)).toEqual([1, 4]);
    const earlier = story.claims.find((c) => c.members.some((m) => m.text.startsWith('In 2019')))!;
    expect(docsOf(story, earlier)).toEqual([1, 6]);
  });
  it('joins the survivors of the wire and the relay into one claim', () => {
    const survivors = story.claims.find((c) =>
      c.members.some((m) => m.text.startsWith('Rescuers pulled seven')),
    )!;
    expect(docsOf(story, survivors)).toEqual(expect.arrayContaining([1, 3]));
  });
  // Before `survive` was a word family (synonyms.ts), the agency's `Nine people survived the
  // crash and were taken to hospital` stayed alone (a single-outlet note).
  it("joins the agency's nine survivors to the survivors' claim", () => {
    const survivors = story.claims.find((c) =>
      c.members.some((m) => m.text.startsWith('Rescuers pulled seven')),
    )!;
    expect(docsOf(story, survivors)).toEqual(expect.arrayContaining([1, 2, 3]));
  });
  // Before the word of an age stopped counting as shared content (`AGE_WORD` in align.ts),
  // `Among the dead was a 12-year-old girl ..., the airline said` joined `The 12-year-old
  // aircraft had last been inspected in January, the airline said`.
  it('keeps the 12-year-old girl among the dead apart from the 12-year-old aircraft', () => {
    const both = story.claims.filter(
      (c) =>
        c.members.some((m) => m.text.includes('12-year-old girl')) &&
        c.members.some((m) => m.text.includes('aircraft')),
    );
    expect(both).toEqual([]);
  });
});

describe('the trial story of an air crash: timeline', () => {
  const story = analyze(CRASH);
  const dated = datedEntries(story);
  it('dates nothing after its report', () => {
    for (const e of dated) {
      const published = CRASH[e.doc - 1]!.published;
      expect(e.date <= published, `${e.date} ${e.text}`).toBe(true);
    }
  });
  it('dates the crash on Thursday 13 March in every report that tells it with its day', () => {
    expect([...new Set(dated.filter((e) => e.date === '2031-03-13').map((e) => e.doc))].sort()).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
  });
  it("dates the update's possessive `Thursday's crash of Tarnic Airways Flight 412` whole, its flight number kept", () => {
    expect(dated.filter((e) => e.doc === 5 && e.date === '2031-03-13').map((e) => e.text)).toContain(
      "Thursday's crash of Tarnic Airways Flight 412",
    );
  });
  it('dates the toll rising on Friday, and the earlier crash in 2019', () => {
    expect(dated.filter((e) => e.date === '2031-03-14').map((e) => e.text)).toContainEqual(
      expect.stringMatching(/rose to 61 on Friday/),
    );
    expect(dated.filter((e) => e.date === '2019').map((e) => e.doc)).toEqual([1, 6]);
  });
});

describe('the trial story of an air crash: the brief', () => {
  const story = analyze(CRASH);
  it('has 5 to 10 distinct body sentences, none a headline', () => {
    expect(briefFaults(story, CRASH, 5, 10)).toEqual([]);
  });
  it('cites every item to the document whose sentence it is', () => {
    expect(notCitingOwn(story)).toEqual([]);
  });
  it("tells the second day's news, the toll rising to 61, cited to the update alone", () => {
    const item = story.brief.find((b) => b.text.includes('rose to 61'));
    expect(item && cited(story, item)).toEqual([5]);
  });
  it("tells the captain's age cited to the wire alone (the local paper gives another)", () => {
    const item = story.brief.find((b) => b.text.startsWith('The captain'));
    expect(item && cited(story, item)).toEqual([1]);
  });
  it('cites the survivors to the wire and the relay, not to the agency giving nine', () => {
    const item = story.brief.find((b) => /seven survivors/i.test(b.text));
    expect(item && cited(story, item)).toEqual([1, 3]);
  });
  it('tells the earlier crash cited to both reports that tell it', () => {
    const item = story.brief.find((b) => b.text.startsWith('In 2019'));
    expect(item && cited(story, item)).toEqual([1, 6]);
  });
  it("tells the hour of the crash cited to the wire and the relay, not to the agency's other hour", () => {
    const item = story.brief.find((b) => b.text.includes('went down at'));
    expect(item && cited(story, item)).not.toContain(2);
  });
  // Before a document had to give half the item's figures, the lead (180 people on board, at
  // least 40 killed) was cited to the local paper too, whose `The plane was carrying 174
  // passengers, the airline said` sits in its claim and gives one of its four figures.
  it('tells the lead cited to the wire and the relay, not to the paper that gives no toll', () => {
    const item = story.brief.find((b) => b.text.includes('180 people on board'));
    expect(item && cited(story, item)).toEqual([1, 3]);
  });
  // Before the hedged copy yielded to its firmer twin (`firmerTwin` in brief.ts), the relay's
  // `Seven survivors were reportedly pulled from the wreckage, the agency said` was told.
  it("tells the wire's own sentence of the survivors, not the relay's hedged copy", () => {
    expect(story.brief.filter((b) => /reportedly|said to be/.test(b.text))).toEqual([]);
  });
});
