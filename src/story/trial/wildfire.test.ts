import { describe, expect, it } from 'vitest';
import { WILDFIRE } from './wildfire.fixture.js';
import {
  analyze,
  briefFaults,
  cited,
  commentatorNames,
  datedEntries,
  docNumber,
  entries,
  factualValues,
  hedgedMembers,
  notCitingOwn,
  relayChains,
  repeatedClaims,
} from './read.js';

// A fictional wildfire during a heatwave (a wire report, a second agency with the fire service's
// figures, a relay that hedges the wire, the wire's update the next day, the valley's local paper,
// a climate explainer with a scientist), read as a demanding fact-checker reads the dossier: the
// area burned, the people evacuated, the homes destroyed, the containment on one day, the injured
// firefighter's age and the village where the fire began told two ways are discrepancies; an area
// with its acres, a temperature with its Fahrenheit, homes damaged against homes destroyed, the
// fire growing and its containment rising the next day, last year's fire, a floor under the
// firefighters, the night's low against the day's high, a wind in km/h and mph are not.

describe('the trial story of a wildfire: discrepancies', () => {
  const story = analyze(WILDFIRE);
  it('reports the people evacuated, about 8,000 against 5,500, with who says each', () => {
    expect(entries(story, 'count')).toContainEqual(['5,500 people (2)', '8,000 people (1)']);
    expect(story.discrepancies.map((x) => x.note)).toContain(
      'outlets give different number of people evacuated: 5,500 people (fire service) vs 8,000 people (officials)',
    );
  });
  it('reports the homes destroyed, 140 against 95, never the 300 damaged', () => {
    expect(entries(story, 'count')).toContainEqual(['140 homes (1)', '140 homes (5)', '95 homes (2)']);
    expect(factualValues(story)).not.toMatch(/300/);
  });
  // Before a percentage a participle follows was the part done (`PARTICIPLE_AFTER` in facts.ts),
  // `The fire was 35 per cent contained` was a rate of the fire, apart from `contained 20 per
  // cent of the fire`: the wire's 20 per cent went straight to Tuesday's 45 as an update.
  it("reports Monday's containment, 20 per cent against 35 per cent, and Tuesday's 45 as an update of both", () => {
    expect(entries(story, 'quantity')).toContainEqual(['20 per cent (1)', '35 per cent (2)']);
    const rising = story.discrepancies.filter((x) => x.kind === 'update' && x.note.includes('45 per cent'));
    expect(rising.map((x) => x.note)).toEqual([
      'the figures for fire change between reports in publication order: 35 per cent / 20 per cent → 45 per cent',
    ]);
  });
  it("reports the injured firefighter's age, 34 against 43, and no other age", () => {
    expect(entries(story, 'age')).toEqual([['34 (1)', '43 (2)']]);
  });
  // Before an area of land named no other thing (`LAND_OF` in facts.ts), the wire's `12,000
  // hectares (29,650 acres) of forest and farmland` was about the forest, the agency's `15,000
  // hectares` about nothing: the two were never compared, and the agency's 15,000 alone went to
  // Tuesday's 18,500 as an update. Before an area a fire has burned was one figure whatever the
  // verb (`fact:area-affected`, stop 39), the relay's `The fire has reportedly burned 12,000
  // hectares` was not listed: a measure no noun names is compared only between sentences alike
  // in most of their words, and the relay's short sentence is not alike enough to the agency's.
  it("reports the area burned on Monday, 12,000 hectares against 15,000, and Tuesday's 18,500 as an update of both", () => {
    expect(entries(story, 'quantity')).toContainEqual([
      '12,000 hectares (1)',
      '12,000 hectares (3)',
      '15,000 hectares (2)',
    ]);
    expect(
      story.discrepancies.filter((x) => x.kind === 'update' && x.note.includes('18,500')).map((x) => x.note),
    ).toEqual([
      // The update moves on from the figure two of the earlier reports share (12,000).
      'the figures for area affected change between reports in publication order: 12,000 hectares → 18,500 hectares',
    ]);
  });
  it("lists the relay's 12,000 hectares beside the wire's", () => {
    expect(entries(story, 'quantity')).toContainEqual([
      '12,000 hectares (1)',
      '12,000 hectares (3)',
      '15,000 hectares (2)',
    ]);
  });
  // Before a village the entity finder does not know was where an incident began (`near the
  // village of Carvelle`, `started near Carvel`; `INCIDENT_PLACE` in facts.ts, `wildfire` an
  // incident, `that broke out` its verb, a dateline's dash a clause's start) and a name written
  // with its last consonant doubled and an `e` was one name (`doubledEnding` in names.ts, read as
  // one place by `placeAliases`), no place of the fire was read.
  it('reports the village where the fire began written two ways, Carvelle against Carvel, and no place conflict', () => {
    expect(story.discrepancies.filter((x) => x.kind === 'spelling').map((x) => x.note)).toEqual([
      'one name, written 2 ways: Carvelle / Carvel',
    ]);
    expect(
      story.discrepancies
        .filter((x) => x.kind === 'spelling')
        .flatMap((x) => x.values.map((v) => docNumber(story, v.doc)))
        .sort(),
    ).toEqual([1, 2, 5]);
  });
  it('reads the area growing to 18,500 hectares the next day as an update, not a conflict', () => {
    const grown = story.discrepancies.filter((x) => x.values.some((v) => v.text === '18,500 hectares'));
    expect(grown.map((x) => x.kind)).toEqual(['update']);
  });
  it('sets no look-alike against another: acres, Fahrenheit, the night low, the winds, last year, the firefighters', () => {
    for (const kind of ['date', 'place', 'role', 'duration', 'time'])
      expect(
        story.discrepancies.filter((x) => x.kind === kind),
        kind,
      ).toEqual([]);
    const values = factualValues(story);
    for (const look of [
      /acres|29,650/,
      /41|106|27C|°|F\b/,
      /km|mph|60|37/,
      /3,200|Brenmoor/,
      /\b2,000|2,300|firefighters/,
      /1\.5/,
      /300/,
    ])
      expect(values).not.toMatch(look);
  });
});

describe('the trial story of a wildfire: temperatures', () => {
  const story = analyze(WILDFIRE);
  const temperatures = (story.facts ?? []).filter((f) => f.unit === '°C').map((f) => `${f.text} ${f.about}`);
  // Before a change by some degrees was its own figure (`TEMPERATURE_CHANGE` in facts.ts), the
  // scientist's `warmed by about 1.5C` was a temperature, a value against the day's 41C.
  it("reads the scientist's 1.5C of warming as a change, the night's 27C as a low, 106F as the day's 41C", () => {
    expect(temperatures).toEqual(
      expect.arrayContaining([
        '1.5C noun:temperature-change',
        '27C noun:temperature-low',
        '106F noun:temperature',
        '41C noun:temperature',
      ]),
    );
  });
});

describe('the trial story of a wildfire: who says it', () => {
  const story = analyze(WILDFIRE);
  it('reads the relay as passing on the wire, and the scientist as a commentator, never an origin', () => {
    expect(relayChains(story)).toEqual([[[3], ['n:org:corran-press']]]);
    expect(commentatorNames(story)).toEqual(['Ansel Roeg']);
    expect((story.provenance.origins ?? []).filter((o) => /Roeg|valleywatch/i.test(o.label))).toEqual([]);
  });
  it('has the fire service and the mayor among its origins', () => {
    expect((story.provenance.origins ?? []).map((o) => o.label)).toEqual(
      expect.arrayContaining(['fire service', 'Mayor Elena Vasquin']),
    );
  });
  it('reads the relay as hedging the wire it passes on', () => {
    const relay = hedgedMembers(story, 3);
    expect(relay.length).toBeGreaterThanOrEqual(3);
    for (const m of relay) expect(m.certainty, m.text).toBe('hedged');
  });
});

describe('the trial story of a wildfire: claims', () => {
  const story = analyze(WILDFIRE);
  it('has distinct claims, none repeating another', () => {
    expect(repeatedClaims(story)).toEqual([]);
  });
  it("leaves the scientist's words out of every claim of the fire's figures", () => {
    for (const c of story.claims)
      if (c.members.some((m) => /hectares|evacuated|homes/.test(m.text)))
        expect(c.members.filter((m) => /Roeg|rare fifty years/.test(m.text))).toEqual([]);
  });
});

describe('the trial story of a wildfire: timeline', () => {
  const story = analyze(WILDFIRE);
  const dated = datedEntries(story);
  it('dates nothing after its report', () => {
    for (const e of dated) {
      const published = WILDFIRE[e.doc - 1]!.published;
      expect(e.date <= published, `${e.date} ${e.text}`).toBe(true);
    }
  });
  it('dates the outbreak on Sunday 18 July in the wire, the agency, the local paper and the explainer', () => {
    const sunday = dated.filter((e) => e.date === '2032-07-18' && /broke out|started|began/.test(e.text));
    expect([...new Set(sunday.map((e) => e.doc))].sort()).toEqual([1, 2, 5, 6]);
  });
  it("dates Monday's and Tuesday's containment on their days, and last year's fire in 2031", () => {
    expect(dated.filter((e) => /per cent/.test(e.text)).map((e) => [e.date, e.doc])).toEqual([
      ['2032-07-19', 1],
      ['2032-07-19', 2],
      ['2032-07-20', 4],
    ]);
    expect(dated.filter((e) => e.date === '2031').map((e) => e.doc)).toEqual([4]);
  });
});

describe('the trial story of a wildfire: the brief', () => {
  const story = analyze(WILDFIRE);
  it('has 5 to 10 distinct body sentences, none a headline', () => {
    expect(briefFaults(story, WILDFIRE, 5, 10)).toEqual([]);
  });
  it('cites every item to the document whose sentence it is', () => {
    expect(notCitingOwn(story)).toEqual([]);
  });
  it('cites the 140 homes to the wire and the local paper, not to the agency giving 95', () => {
    const item = story.brief.find((b) => b.text.includes('140 homes'));
    expect(item && cited(story, item)).toEqual([1, 5]);
  });
  // The lead's claim (the fire breaking out and the area burned) is told by the explainer's `The
  // Orsanne fire broke out during a heatwave that pushed temperatures to 106F in the valley on
  // Sunday`, which gives none of the contested areas: the area burned is in no item of the brief.
  it.fails('cites the 12,000 hectares to the wire and the relay, not to the agency giving 15,000', () => {
    const item = story.brief.find((b) => b.text.includes('12,000 hectares'));
    expect(item && cited(story, item)).toEqual([1, 3]);
  });
  it("tells the second day's news, the fire grown to 18,500 hectares, cited to the update alone", () => {
    const item = story.brief.find((b) => b.text.includes('18,500'));
    expect(item && cited(story, item)).toEqual([4]);
  });
  it('never tells the scientist as the news', () => {
    expect(story.brief.filter((b) => b.text.includes('Roeg'))).toEqual([]);
  });
  // The relay's hedged `About 8,000 people have reportedly been evacuated ..., the Corran Press
  // reported` is told, not the wire's own `About 8,000 people have been evacuated from villages in
  // the valley, officials said`: the two differ in more words than the hedge (`firmerTwin` in
  // brief.ts wants the same sentence but for it).
  it.fails("tells the wire's own sentence of the evacuation, not the relay's hedged copy", () => {
    expect(story.brief.filter((b) => /reportedly|said to/.test(b.text))).toEqual([]);
  });
});
