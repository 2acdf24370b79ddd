import { describe, expect, it } from 'vitest';
import { story, entries } from '../invented.fixture.js';

/**
 * Six unseen genres (h-disc49): a hospital fire, a roller coaster's derailment, a banker's
 * extradition, a drought's water rationing, a lost submersible, fireworks fired into a crowd.
 * Fictional places, firms and people; each outlet's other lines its own.
 */
const clinic = (line: string, outlet = 0) =>
  [
    `Fire at Orvale clinic\nMarch 3, 2049\nA fire swept through the Orvale Heart Clinic on Monday, officials said.\n${line}\nPatients were moved to other wards.`,
    `Orvale clinic blaze\nMarch 3, 2049\nFlames tore through a ward at the Orvale Heart Clinic.\n${line}\nFire crews stayed overnight.`,
  ][outlet]!;

describe("a date in a relative clause is its clause's (date:relative-clause)", () => {
  it('sets `The clinic opened in 1971` against `The clinic, which opened in 1973, failed an inspection last year`', () => {
    const d = story(
      clinic('The clinic opened in 1971 and was due for renovation.'),
      clinic('The clinic, which opened in 1973, had failed an inspection last year, local papers said.', 1),
    );
    expect(entries(d, 'date').map((e) => [...e].sort())).toEqual([['1971', '1973']]);
  });
  it('control: two dates of one clause are still left alone', () => {
    const d = story(
      clinic('The clinic opened in 1971 and was due for renovation.'),
      clinic('The clinic opened in 1973 and failed an inspection last year, local papers said.', 1),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
});

describe("a date after a second act of one clause is that act's (fact:date-of-nearest-act)", () => {
  it('sets `opened in 2031 and was repaired in May` against `opened in 2033`', () => {
    const d = story(
      clinic('The clinic opened in 2031 and was repaired in May, the council said.'),
      clinic('The clinic opened in 2033, its owners said.', 1),
    );
    expect(entries(d, 'date').map((e) => [...e].sort())).toEqual([['2031', '2033']]);
  });
  it("control: a date after the dated verb itself stays that verb's", () => {
    const d = story(
      clinic('The clinic opened in 2031 and then in May, the council said.'),
      clinic('The clinic opened in 2033, its owners said.', 1),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
});

const drought = (line: string, outlet = 0) =>
  [
    `Dunmere rations water\nAugust 2, 2051\nDunmere will ration water from Monday, its utility said.\n${line}\nLawns may not be watered.`,
    `Dry summer in Dunmere\nAugust 2, 2051\nThe city of Dunmere asked people to save water.\n${line}\nRain is not expected soon.`,
  ][outlet]!;

describe("a percentage hung on an earlier year is that year's (fact:percent-year-clause)", () => {
  it('leaves `last rationed in 2039, when reservoirs dropped to 12 percent` apart from `reservoirs fell to 18%`', () => {
    const d = story(
      drought('Its reservoirs fell to 18% this week.'),
      drought('The city last rationed water in 2039, when reservoirs dropped to 12 percent.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
  it("control: the same level told of the story's own week is set against it", () => {
    const d = story(
      drought('Its reservoirs fell to 18% this week.'),
      drought('The city rations water now, as reservoirs dropped to 12 percent.', 1),
    );
    expect(entries(d, 'quantity').map((e) => [...e].sort())).toEqual([['12 percent', '18%']]);
  });
});

const dive = (line: string, outlet = 0) =>
  [
    `Search for the submersible Orra\nApril 4, 2052\nA search began for the research submersible Orra on Sunday, its operator said.\n${line}\nShips from three ports joined in.`,
    `Orra missing at sea\nApril 4, 2052\nThe Orra has not been heard from since its dive.\n${line}\nFamilies gathered at the harbour.`,
  ][outlet]!;

describe('contact lost, in the passive too, is a moment (fact:time-of-moment, `at:lost`)', () => {
  it('sets `lost contact at 9:47 a.m.` against `Contact was lost at 8:47 a.m.`', () => {
    const d = story(
      dive('The craft lost contact with its ship at 9:47 a.m., an hour into the dive.'),
      dive('Contact was lost at 8:47 a.m., the coast guard said.', 1),
    );
    expect(entries(d, 'time').map((e) => [...e].sort())).toEqual([['8:47 a.m.', '9:47 a.m.']]);
  });
  it('control: a time of another act is not the moment contact was lost', () => {
    const d = story(
      dive('The craft lost contact with its ship at 9:47 a.m., an hour into the dive.'),
      dive('A rescue plane was sent at 8:47 a.m., the coast guard said.', 1),
    );
    expect(entries(d, 'time')).toEqual([]);
  });
});

describe("a rate told past the figure's conversion in brackets (fact:rate-past-brackets)", () => {
  it('sets `120 litres (32 gallons) a day` against `150 litres a day`', () => {
    const d = story(
      drought('Households will be limited to 120 litres (32 gallons) a day.'),
      drought('Each household will be allowed 150 litres a day.', 1),
    );
    expect(entries(d, 'count').map((e) => [...e].sort())).toEqual([['120 litres', '150 litres']]);
  });
  it('control: a rate is not set against a total', () => {
    const d = story(
      drought('Households will be limited to 120 litres (32 gallons) a day.'),
      drought('Each household used 150 litres in the last storm.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

const coaster = (line: string, outlet = 0) =>
  [
    `Coaster derails at Brindle Park\nJuly 8, 2049\nThe Skyhook roller coaster at Brindle Park derailed on Saturday, the park said.\n${line}\nThe park was closed.`,
    `Brindle Park ride leaves its track\nJuly 8, 2049\nA train on the Skyhook ride at Brindle Park came off its track.\n${line}\nInspectors arrived at dusk.`,
  ][outlet]!;

describe("a ride's riders carried are its passengers (fact:travellers-carried)", () => {
  it('sets `carrying 24 riders` against `carrying 28 passengers`', () => {
    const d = story(
      coaster('The train, which was carrying 24 riders, left the track on a curve.'),
      coaster('The train was carrying 28 passengers when it came off the track.', 1),
    );
    expect(entries(d, 'count').map((e) => [...e].sort())).toEqual([['24 riders', '28 passengers']]);
  });
  it('control: riders hurt are not those carried', () => {
    const d = story(
      coaster('Six riders were hurt when the train left the track.'),
      coaster('The train was carrying 28 passengers when it came off the track.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

const banker = (line: string, outlet = 0) =>
  [
    `Fugitive banker returned to Ostmark\nMarch 4, 2050\nThe banker Tobin Vale was flown back to Ostmark on Tuesday, police said.\n${line}\nHe had lived abroad for years.`,
    `Vale extradited\nMarch 4, 2050\nTobin Vale landed in Ostmark under police escort.\n${line}\nHis trial is set for the autumn.`,
  ][outlet]!;

describe('a sum a verb of wrongful taking governs is the sum taken (fact:sum-taken)', () => {
  it('sets `accused of embezzling 340 million euros` against `he embezzled 430 million euros`', () => {
    const d = story(
      banker('Vale is accused of embezzling 340 million euros from clients.'),
      banker('Prosecutors say he embezzled 430 million euros.', 1),
    );
    expect(entries(d, 'quantity').map((e) => [...e].sort())).toEqual([
      ['340 million euros', '430 million euros'],
    ]);
  });
  it('control: a sum of another act is not the sum taken', () => {
    const d = story(
      banker('Vale is accused of embezzling 340 million euros from clients.'),
      banker('Prosecutors say the bank paid 430 million euros in fees.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('how long a supply lasts (fact:supply-lasts)', () => {
  it('sets `carrying enough oxygen for 96 hours` against `had oxygen for 72 hours`', () => {
    const d = story(
      dive('It was carrying enough oxygen for 96 hours, the operator said.'),
      dive('The craft had oxygen for 72 hours when it set off.', 1),
    );
    expect(entries(d, 'quantity').map((e) => [...e].sort())).toEqual([['72 hours', '96 hours']]);
  });
  it("control: a span of another thing is not the supply's", () => {
    const d = story(
      dive('It was carrying enough oxygen for 96 hours, the operator said.'),
      dive('The search went on for 72 hours before it was widened.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

const festival = (line: string, outlet = 0) =>
  [
    `Rockets hit crowd at Marlow festival\nNovember 6, 2053\nRockets from a fireworks display flew into the crowd at the Lantern Night festival in Marlow on Saturday, police said.\n${line}\nSeveral people were treated for burns.`,
    `Marlow fireworks accident\nNovember 6, 2053\nA battery of rockets tipped over during Marlow's Lantern Night display.\n${line}\nThe organisers apologised.`,
  ][outlet]!;

describe('people watching a display or gathered for it are its crowd (fact:people-attending)', () => {
  it('sets `some 15,000 people had gathered` against `around 20,000 people were watching the display`', () => {
    const d = story(
      festival('The accident happened in Quay Park, where some 15,000 people had gathered.'),
      festival('Around 20,000 people were watching the display at the time.', 1),
    );
    expect(entries(d, 'count').map((e) => [...e].sort())).toEqual([['15,000 people', '20,000 people']]);
  });
  it('control: people gathered somewhere afterwards are no crowd of the show', () => {
    const d = story(
      festival('The accident happened in Quay Park, where some 15,000 people had gathered.'),
      festival('Around 20,000 people were evacuated from the streets nearby.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe("a date of an act told as repeated is that act's (fact:date-of-nearest-act)", () => {
  it('sets `The coaster opened in 2044` against `which opened in 2045, was last inspected in May`', () => {
    const d = story(
      coaster('The coaster opened in 2044, park staff said on Saturday.'),
      coaster(
        'The coaster, which opened in 2045, was last inspected in May, its manager said on Saturday.',
        1,
      ),
    );
    expect(entries(d, 'date').map((e) => [...e].sort())).toEqual([['2044', '2045']]);
  });
  it('control: the same year with the inspection is no discrepancy', () => {
    const d = story(
      coaster('The coaster opened in 2044, park staff said on Saturday.'),
      coaster(
        'The coaster, which opened in 2044, was last inspected in May, its manager said on Saturday.',
        1,
      ),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
});
