import { describe, expect, it } from 'vitest';
import { story, entries, factual } from '../invented.fixture.js';

/**
 * A wildfire, a prison break, a hijacked ship and a fired coach, each told by two or three
 * outlets (stop 39). Fictional places and people.
 */

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

describe('how a vehicle left the road is the moment of the accident (fact:time-of-moment)', () => {
  const first = (verb: string) =>
    `Bus crash in the hills\nOctober 3, 2036\nThe bus was carrying pilgrims when it ${verb} near the town of Amrel at about 6 p.m., police said.`;
  const second = `Bus crash kills 23\nOctober 3, 2036\nThe accident happened at around 5:30 p.m., officials said.`;
  it('sets `veered off the road ... at about 6 p.m.` against `happened at around 5:30 p.m.`', () => {
    expect(entries(story(first('veered off the road'), second), 'time')).toEqual([['5:30 p.m.', '6 p.m.']]);
  });
  it('control: a stop on the way (`stopped for fuel`) is no moment of the accident', () => {
    expect(entries(story(first('stopped for fuel'), second), 'time')).toEqual([]);
  });
});

describe('a plane’s landing is a moment of its own (fact:time-of-moment, at:landing)', () => {
  const first = `Jet lands after engine fire\nMarch 12, 2038\nThe plane landed safely at 11:42 a.m., airport officials said.`;
  const second = (verb: string) =>
    `Engine fire forces jet down\nMarch 12, 2038\nThe Nordvik jet ${verb} at 11:55 a.m., about half an hour after the crew reported the fire.`;
  it('sets `landed safely at 11:42 a.m.` against `touched down at 11:55 a.m.`', () => {
    expect(entries(story(first, second('touched down')), 'time')).toEqual([['11:42 a.m.', '11:55 a.m.']]);
  });
  it('control: the landing is not set against the take-off', () => {
    expect(entries(story(first, second('took off')), 'time')).toEqual([]);
  });
});

describe('an age before a name stops at a preposition (fact:age-adjective)', () => {
  const ages = (text: string) =>
    (story(`Arrest after stabbing\n${text}`).facts ?? [])
      .filter((f) => f.kind === 'age')
      .map((f) => `${f.about} ${f.value}`);
  it('does not give Marsh the age of `a 32-year-old man` arrested after his stabbing', () => {
    expect(
      ages('Police have arrested a 32-year-old man after Owen Marsh, 27, was fatally stabbed outside a bar.'),
    ).not.toContain('person:owen-marsh 32');
  });
  it('control: `the 45-year-old engineer Ana Lee` is Lee’s age', () => {
    expect(ages('The 45-year-old engineer Ana Lee was hurt in the blast.')).toContain('person:ana-lee 45');
  });
});

describe('people a disaster is forcing to leave were evacuated (fact:forced-to-leave)', () => {
  it('sets `forcing about 5,000 people to leave` against `about 7,000 residents have been evacuated`', () => {
    const d = story(
      `Volcano erupts\nAugust 4, 2038\nMount Ferro erupted on Tuesday, forcing about 5,000 people to leave nearby villages, officials said.`,
      `Ferro eruption\nAugust 4, 2038\nAbout 7,000 residents have been evacuated from the slopes of Mount Ferro, officials said.`,
    );
    expect(entries(d, 'count')).toEqual([['5,000 people', '7,000 residents']]);
  });
});

describe('a height reached in the air (fact:height-into-air)', () => {
  const first = `Mount Ferro erupts\nAugust 4, 2038\nMount Ferro erupted on Tuesday, sending a column of ash 8 kilometres into the sky, officials said.`;
  it('sets `spewed ash 10 km into the air` against `ash 8 kilometres into the sky`', () => {
    const d = story(
      first,
      `Ferro eruption\nAugust 4, 2038\nThe Ferro volcano spewed ash 10 km into the air on Tuesday.`,
    );
    expect(entries(d, 'quantity')).toEqual([['10 km', '8 kilometres']]);
  });
  it('control: a distance from the volcano is another figure', () => {
    const d = story(
      first,
      `Ferro eruption\nAugust 4, 2038\nThe airport, 10 km from the volcano, was closed on Tuesday.`,
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('what a ship was carrying is its cargo, not what it spilled (fact:cargo)', () => {
  const first = `Tanker leaks oil\nMay 18, 2039\nThe Alva Crest ran aground on Friday, spilling about 2,000 tonnes of crude, the coast guard said.\nThe tanker was carrying 80,000 tonnes of oil from Verna to Rotterdam.`;
  it('sets no update from the 80,000 tonnes carried to the 2,000 tonnes spilled', () => {
    const d = story(
      `Tanker leaks oil\nMay 18, 2039\nThe tanker Alva Crest was carrying 80,000 tonnes of oil from Verna to Rotterdam.`,
      `Clean-up begins\nMay 20, 2039\nCrews began removing oil from the beaches two days after the Alva Crest spilled 2,000 tonnes of oil.`,
    );
    expect(factual(d)).toEqual([]);
  });
  it('and sets 85,000 tonnes carried against 80,000 as a conflict, not an update', () => {
    const d = story(
      first,
      `Clean-up begins\nMay 20, 2039\nThe tanker, which was carrying 85,000 tonnes, was refloated on Saturday.`,
    );
    expect(entries(d, 'quantity')).toEqual([['80,000 tonnes', '85,000 tonnes']]);
  });
});

describe('one who quit resigned: the day is a resignation’s (DATED_EVENTS quit)', () => {
  const first = `New minister\nApril 7, 2039\nIrena Holt quit on March 30 after a row over hospital funding.`;
  it('sets `quit on March 30` against `stepped down on March 31`', () => {
    const d = story(
      first,
      `Minister named\nApril 8, 2039\nLanza replaces Irena Holt, who stepped down on March 31.`,
    );
    expect(entries(d, 'date')).toEqual([['March 30', 'March 31']]);
  });
  it('and is not set against a date of another event (it was set against any date before)', () => {
    const d = story(
      first,
      `Minister named\nApril 8, 2039\nLanza replaces Irena Holt, who was appointed on March 31.`,
    );
    expect(entries(d, 'date')).toEqual([]);
  });
});
