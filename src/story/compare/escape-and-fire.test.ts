import { describe, expect, it } from 'vitest';
import { story } from '../invented.fixture.js';

/**
 * A wildfire, a prison break, a hijacked ship and a fired coach, each told by two or three
 * outlets (stop 39). Fictional places and people.
 */
const entries = (d: ReturnType<typeof story>, kind: string) =>
  d.discrepancies.filter((x) => x.kind === kind).map((x) => [...new Set(x.values.map((v) => v.text))].sort());
const factual = (d: ReturnType<typeof story>) =>
  d.discrepancies
    .filter((x) => !['single-outlet', 'certainty', 'source'].includes(x.kind))
    .map((x) => x.kind);

describe('the area a fire has reached, whatever the verb (fact:area-affected)', () => {
  const first = `Wildfire near Orrin Vale\nJuly 21, 2036\nA wildfire that started on Saturday has burned about 12,000 acres near Orrin Vale, fire officials said.`;
  it('sets `has grown to 15,000 acres` against `has burned about 12,000 acres near ...`', () => {
    const d = story(
      first,
      `Orrin Vale fire grows\nJuly 21, 2036\nThe Tarn fire near Orrin Vale has grown to 15,000 acres, officials said Monday.`,
    );
    expect(entries(d, 'quantity')).toEqual([['12,000 acres', '15,000 acres']]);
  });
  it('control: an area no spreading verb tells (`the ranch spans 15,000 acres`) is another figure', () => {
    const d = story(
      first,
      `Orrin Vale fire grows\nJuly 21, 2036\nThe fire started on the Dell ranch, which spans 15,000 acres, officials said Monday.`,
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
  it('reads a place-preposition after an area as no noun of it (`acres near`)', () => {
    const about = (story(first).facts ?? []).filter((f) => f.kind === 'quantity').map((f) => f.about);
    expect(about).toEqual(['noun:area-affected']);
  });
});

describe('a sentence opening with an earlier period gives that period’s figure (fact:period-opening-last)', () => {
  const first = `Wildfire near Orrin Vale\nJuly 21, 2036\nThe wildfire has burned 15,000 acres near Orrin Vale, fire officials said.`;
  const second = (opening: string) =>
    `Orrin Vale fire\nJuly 21, 2036\n${opening}, a fire near Dunley burned 3,200 acres, officials said.`;
  it('does not set `Last year, a fire ... burned 3,200 acres` against this fire’s 15,000', () => {
    expect(entries(story(first, second('Last year')), 'quantity')).toEqual([]);
  });
  it('control: `On Monday, ...` opens no earlier period', () => {
    expect(entries(story(first, second('On Monday')), 'quantity')).toEqual([['15,000 acres', '3,200 acres']]);
  });
});

describe('people made to leave were evacuated (fact:forced-to-leave)', () => {
  const first = (verb: string) =>
    `Fire forces thousands out\nJuly 21, 2036\nThe wildfire has forced 3,000 residents to ${verb} their homes, officials said.`;
  const second = `Thousands flee fire\nJuly 21, 2036\nAbout 3,500 people have been evacuated from Orrin Vale, officials said.`;
  it('sets `forced 3,000 residents to leave their homes` against `3,500 people have been evacuated`', () => {
    expect(entries(story(first('leave'), second), 'count')).toEqual([['3,000 residents', '3,500 people']]);
  });
  it('control: residents forced to do something else are not the evacuated', () => {
    expect(entries(story(first('seal'), second), 'count')).toEqual([]);
  });
});

describe('people counted by their nationality (fact:count-nationals)', () => {
  const first = `Pirates seize the Corra Star\nApril 2, 2035\nThe Corra Star had a crew of 21, including 14 Filipinos, the operator said.`;
  it('sets `15 Filipinos aboard` against `including 14 Filipinos`', () => {
    const d = story(
      first,
      `Crew held\nApril 2, 2035\nMost of the crew are from the Philippines, with 15 Filipinos aboard, an official said.`,
    );
    expect(entries(d, 'count')).toEqual([['14 Filipinos', '15 Filipinos aboard']]);
  });
  it('control: nationals of another country are another count', () => {
    const d = story(
      first,
      `Crew held\nApril 2, 2035\nThe crew are from several countries, with 15 Indonesians aboard, an official said.`,
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe('a whole a relative clause names is that figure, not its part (fact:whole-named-by-clause)', () => {
  const first = `Three inmates escape from Dorne prison\nMarch 3, 2034\nThree inmates escaped from Dorne State Prison early Sunday by cutting through a fence, officials said.`;
  it('reads `Two of the three inmates who escaped ... were captured` as three who escaped: no update', () => {
    const d = story(
      first,
      `Two escapees captured\nMarch 4, 2034\nTwo of the three inmates who escaped from Dorne State Prison on Sunday were captured Monday in a barn, police said.`,
    );
    expect(factual(d)).toEqual([]);
  });
  it('control: a part no clause names is still read as the part (`won 54 of the 100 seats`)', () => {
    const counts = (story(`Vote count\nThe Green Party won 54 of the 100 seats, officials said.`).facts ?? [])
      .filter((f) => f.kind === 'count')
      .map((f) => f.value);
    expect(counts).toEqual([54]);
  });
});

describe('two estimates agree only when one lies in the other’s margin (figure:two-estimates)', () => {
  const report = (n: number) =>
    `Ship hijacked\nApril 2, 2035\nThe ship was seized about ${n} nautical miles east of the port of Dunmore, the operator said.`;
  it('sets `about 300 nautical miles` against `about 250 nautical miles`', () => {
    expect(entries(story(report(300), report(250)), 'count')).toEqual([
      ['250 nautical miles east', '300 nautical miles east'],
    ]);
  });
  it('control: `about 300` and `about 290` agree', () => {
    expect(entries(story(report(300), report(290)), 'count')).toEqual([]);
  });
});

describe('a record’s games tell the span it covers (result:games-played-apart)', () => {
  const first = (record: string) =>
    `Coach fired\nNovember 8, 2034\nLen Marek, 58, was in his third season with the Rovers and had a record of ${record}.`;
  const second = `Rovers sack Marek\nNovember 8, 2034\nLen Marek was dismissed on Tuesday, with the Rovers at 3-12 this season.`;
  it('does not set a season’s 3-12 against a tenure’s 71-89', () => {
    expect(entries(story(first('71-89'), second), 'quantity')).toEqual([]);
  });
  it('control: one record told two ways (71-89 / 71-88) is reported', () => {
    const d = story(
      first('71-89'),
      `Rovers sack Marek\nNovember 8, 2034\nLen Marek was in his third season with the Rovers and had a record of 71-88.`,
    );
    expect(entries(d, 'quantity')).toEqual([['71-88', '71-89']]);
  });
});

describe('a crowd drawn to a place (fact:count-of-group)', () => {
  const first = `Vral keeps title\nJune 14, 2036\nAbout 18,000 fans watched the fight at the Kampa Arena in Dolin.`;
  it('sets `drew a crowd of 20,000 to the arena` against `about 18,000 fans watched`', () => {
    const d = story(
      first,
      `Vral stops Bannet\nJune 14, 2036\nThe fight drew a crowd of 20,000 to the Kampa Arena.`,
    );
    expect(entries(d, 'count')).toEqual([['18,000 fans watched', '20,000']]);
  });
  it('control: `a crowd of 19,000` agrees with about 18,000', () => {
    const d = story(
      first,
      `Vral stops Bannet\nJune 14, 2036\nThe fight drew a crowd of 19,000 to the Kampa Arena.`,
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe('a floor written as an adjective (fact:ordinal-floor)', () => {
  const floors = (text: string) =>
    (story(`Museum theft\n${text}`).facts ?? []).filter((f) => f.about === 'noun:floor').map((f) => f.value);
  it('reads `through a first-floor window` as the first floor', () => {
    expect(floors('The burglars entered through a first-floor window shortly before 4 a.m.')).toEqual([1]);
  });
  it('control: `first-floor` with no noun after it is not read', () => {
    expect(floors('The burglars entered the building through the first-floor.')).toEqual([]);
  });
});
