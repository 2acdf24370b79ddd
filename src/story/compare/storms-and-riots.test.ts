import { describe, expect, it } from 'vitest';
import { story, entries, factual } from '../invented.fixture.js';

/**
 * A tornado, a lost climber, a river spill and a prison riot; a motorway pile-up, a phone scam,
 * a meteorite's fall and a collision in a canal; a bird strike, a gas blast in a block of flats and
 * a plant's closure; a police chase, a mine rescue and an oil output cut (stop 44). Fictional places and
 * people; each outlet's other lines its own.
 */
const storm = (line: string, outlet = 0, day = 9) =>
  [
    `Tornado hits Brask\nMay ${day}, 2052\nA tornado hit the town of Brask on Tuesday evening, officials said.\n${line}\nSchools will stay shut on Wednesday.`,
    `Brask clears up after twister\nMay ${day}, 2052\nVolunteers cleared roads in Brask after Tuesday's storm.\n${line}\nPower was restored to most streets.`,
  ][outlet]!;
const climb = (line: string, outlet = 0) =>
  [
    `Climber found alive on Orm\nJuly 4, 2052\nA climber missing on Mount Orm was found alive on Saturday, rescuers said.\n${line}\nShe was flown to hospital in Dunmere.`,
    `Rescue on the Orm massif\nJuly 4, 2052\nRescuers reached a climber stranded on the Orm massif on Saturday.\n${line}\nHer family thanked the volunteers.`,
  ][outlet]!;
const jail = (line: string, outlet = 0, day = 3) =>
  [
    `Unrest at Kelby jail\nMarch ${day}, 2052\nInmates rioted at Kelby jail on Sunday, the justice ministry said.\n${line}\nVisits were cancelled.`,
    `Kelby jail riot ends\nMarch ${day}, 2052\nRiot police retook Kelby jail late on Sunday.\n${line}\nThe governor ordered an inquiry.`,
  ][outlet]!;

const road = (line: string, outlet = 0, day = 14) =>
  [
    `Fog crash on the E7\nNovember ${day}, 2052\nDozens of cars collided in fog on the E7 near Hult on Wednesday, police said.\n${line}\nDrivers were urged to slow down.`,
    `E7 pile-up near Hult\nNovember ${day}, 2052\nThick fog caused a pile-up on the E7 on Wednesday morning.\n${line}\nThe weather office had issued a warning.`,
  ][outlet]!;
const fraud = (line: string, outlet = 0) =>
  [
    `Scam gang arrested\nApril 2, 2052\nPolice arrested nine people in raids in Tarrow on Tuesday.\n${line}\nThe suspects will appear in court on Friday.`,
    `Nine held over phone fraud\nApril 2, 2052\nNine suspects were detained in Tarrow on Tuesday, police said.\n${line}\nVictims were urged to come forward.`,
  ][outlet]!;
const rock = (line: string, outlet = 0) =>
  [
    `Meteorite hits house in Skog\nJune 3, 2052\nA meteorite crashed through a roof in Skog on Saturday night.\n${line}\nNo one was hurt.`,
    `Space rock lands in Skog\nJune 3, 2052\nA meteorite struck a family home in Skog late on Saturday.\n${line}\nScientists took it away for study.`,
  ][outlet]!;

describe('a count whose noun an earlier count gives, in the unit that noun counts in (fact:count-elided-auxiliary)', () => {
  it('sets `homes were damaged and 35 destroyed` against `houses were damaged and 53 were destroyed`', () => {
    const d = story(
      storm('About 120 homes were damaged and 35 destroyed, the mayor said.'),
      storm('Some 120 houses were damaged and 53 were destroyed, the mayor said.', 1),
    );
    expect(entries(d, 'count')).toEqual([['35', '53']]);
  });
  it('control: the same number destroyed in both is no discrepancy', () => {
    const d = story(
      storm('About 120 homes were damaged and 35 destroyed, the mayor said.'),
      storm('Some 120 houses were damaged and 35 were destroyed, the mayor said.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('`one` singled out of a count counts nothing (fact:count-elided-subject)', () => {
  it('leaves `Two guards were arrested, and one was charged with assault` apart from `Two guards were charged`', () => {
    const d = story(
      jail('Two guards were charged over the riot on Monday.'),
      jail('Two guards were arrested, and one was charged with assault.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
  it('control: a number of them still counts (`Five guards were arrested, and three were charged`)', () => {
    const d = story(
      jail('Two guards were charged over the riot on Monday.'),
      jail('Five guards were arrested, and three were charged with assault.', 1),
    );
    expect(entries(d, 'count')).toEqual([['Two guards', 'three']]);
  });
});

describe('a tornado touching down is its strike (fact:time-of-moment)', () => {
  it('sets `The tornado touched down at about 6:40 p.m.` against `struck at around 7:40 p.m.`', () => {
    const d = story(
      storm('The tornado touched down at about 6:40 p.m., forecasters said.'),
      storm('The tornado struck at around 7:40 p.m., witnesses said.', 1),
    );
    expect(entries(d, 'time')).toEqual([['6:40 p.m.', '7:40 p.m.']]);
  });
  it('control: a plane touching down is its landing, not the storm’s strike', () => {
    const d = story(
      storm('The tornado struck at around 7:40 p.m., witnesses said.'),
      storm('A relief plane touched down at 6:40 p.m. with tents.', 1),
    );
    expect(entries(d, 'time')).toEqual([]);
  });
});

describe('a toll in an earlier year its clause names (fact:period-year-clause)', () => {
  it('sets `since 2031, when a tornado killed eight` against `The last deadly tornado, in 2031, killed nine people`', () => {
    const d = story(
      storm('Two people were killed. It was the deadliest storm since 2031, when a tornado killed eight.'),
      storm('Two people were killed. The last deadly tornado in the county, in 2031, killed nine people.', 1),
    );
    expect(entries(d, 'count')).toEqual([['eight', 'nine people']]);
    expect(entries(d, 'update')).toEqual([]);
  });
  it('control: the earlier year’s toll is not set against the story’s own toll', () => {
    const d = story(
      storm('Two people were killed. It was the deadliest storm since 2031, when a tornado killed nine.'),
      storm('Two people were killed. The last deadly tornado in the county, in 2031, killed nine people.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('a mountain’s height by its name or its words (fact:number-adjective-name, align:one-thing-size)', () => {
  it('sets `the 2,310-metre Orm Peak alone` against `the 2,130-metre summit`', () => {
    const d = story(
      climb('She had set out to climb the 2,310-metre Orm Peak alone on Monday.'),
      climb('She was found 300 metres below the 2,130-metre summit.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['2,130-metre', '2,310-metre']]);
  });
  it('control: one height in metres and in meters is no discrepancy', () => {
    const d = story(
      climb('She had set out to climb the 2,310-metre Orm Peak alone on Monday.'),
      climb('She was found 300 metres below the 2,310-meter summit.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('how many a place holds, whatever the verb, and that it is no update (fact:event-held, figure:held-fixed)', () => {
  it('sets `a wing holding 310 prisoners` against `a wing housing 130 prisoners` a day later as a count', () => {
    const d = story(
      jail('The riot began in a wing holding 310 prisoners.'),
      jail('The riot began in a wing housing 130 prisoners.', 1, 4),
    );
    expect(entries(d, 'count')).toEqual([['130 prisoners', '310 prisoners']]);
    expect(entries(d, 'update')).toEqual([]);
  });
  it('control: prisoners held and prisoners moved are two figures', () => {
    const d = story(
      jail('The riot began in a wing holding 310 prisoners.'),
      jail('After the riot 130 prisoners were moved to other jails.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe('a closure told by its verb or its end (fact:duration-closed)', () => {
  it('sets `The motorway was closed for nine hours` against `The road reopened after seven hours`', () => {
    const d = story(
      road('The motorway was closed for nine hours.'),
      road('The road reopened after seven hours.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['nine hours', 'seven hours']]);
  });
  it('sets `blocked the canal for 36 hours` against `reopened on Tuesday, 30 hours after`; `shut for` is closed', () => {
    const d = story(
      road('The collision blocked the road for 36 hours.'),
      road('The road reopened on Friday, 30 hours after the crash.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['30 hours', '36 hours']]);
    const e = story(
      road('The motorway was shut for nine hours.'),
      road('The road reopened after nine hours.', 1),
    );
    expect(factual(e)).toEqual([]);
  });
  it('control: how long a search lasted is no closure', () => {
    const d = story(
      road('The motorway was closed for nine hours.'),
      road('Rescuers searched the wreckage for seven hours.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('an earlier year set right after the subject (fact:period-year-clause)', () => {
  it('sets `In 2039, a pile-up ... involved 41 cars` against `A pile-up on the same stretch in 2039 involved 14 vehicles`', () => {
    const d = story(
      road('Sixty cars were involved. In 2039, a pile-up on the same stretch involved 41 cars.'),
      road('Sixty cars were involved. A pile-up on the same stretch in 2039 involved 14 vehicles.', 1),
    );
    expect(entries(d, 'count')).toEqual([['14 vehicles', '41 cars']]);
  });
  it('control: a firm founded in a year employs its staff now', () => {
    const d = story(
      road('The haulier Vemo, founded in 1998, employs 420 drivers.'),
      road('The haulier Vemo founded in 1998 employs 380 drivers.', 1),
    );
    expect(entries(d, 'count')).toEqual([['380 drivers', '420 drivers']]);
  });
});

describe('a sum victims were cheated of (fact:sum-defrauded)', () => {
  it('sets `cheated elderly people out of 3.2 million euros` against `a fraud that cost pensioners €2.3 million`', () => {
    const d = story(
      fraud('The gang cheated elderly people out of 3.2 million euros, prosecutors said.'),
      fraud('They are accused of a phone fraud that cost pensioners €2.3 million.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['3.2 million euros', '€2.3 million']]);
  });
  it('control: one sum in two notations, and the cash seized, are no discrepancy', () => {
    const d = story(
      fraud('The gang swindled about 320 elderly people out of €3.2m. Police seized €41,000 in cash.'),
      fraud('They are accused of a phone fraud that cost pensioners 3.2 million euros.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('who someone is in a local story is no part of their name (PROFESSIONS)', () => {
  it('sets `Frey, 62,` after `resident Agnes Frey` against `Homeowner Agnes Frey, 64,`', () => {
    const d = story(
      rock(
        'The rock landed at 11:38 p.m., resident Agnes Frey said. Frey, 62, said the bang woke the street.',
      ),
      rock('Homeowner Agnes Frey, 64, said it fell at 11:38 p.m.', 1),
    );
    expect(entries(d, 'age')).toEqual([['62', '64']]);
  });
  it('control: the same age is no discrepancy', () => {
    const d = story(
      rock(
        'The rock landed at 11:38 p.m., resident Agnes Frey said. Frey, 62, said the bang woke the street.',
      ),
      rock('Homeowner Agnes Frey, 62, said it fell at 11:38 p.m.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('a ship’s crew does not move between reports (figure:crew-fixed)', () => {
  it('sets `the 46 crew members on both ships` against `64 crew members` a day later as a count', () => {
    const d = story(
      road('No one was hurt among the 46 crew members on both ships.'),
      road('The two ships carried 64 crew members between them.', 1, 15),
    );
    expect(entries(d, 'count')).toEqual([['46 crew members', '64 crew members']]);
    expect(entries(d, 'update')).toEqual([]);
  });
  it('control: a toll a day later is still an update, of crew members too', () => {
    const d = story(road('Two people were killed.'), road('Three people were killed.', 1, 15));
    expect(entries(d, 'update')).toEqual([['Three people', 'Two people']]);
    const e = story(road('Two crew members were injured.'), road('Three crew members were injured.', 1, 15));
    expect(entries(e, 'update')).toEqual([['Three crew members', 'Two crew members']]);
  });
});

const flight = (line: string, outlet = 0, day = 10) =>
  [
    `Jet turns back after bird strike\nMay ${day}, 2052\nA Skyra jet hit a flock of geese after leaving Orvik on Friday, the airline said.\n${line}\nNo one was hurt.`,
    `Geese force Skyra plane back\nMay ${day}, 2052\nA Skyra plane returned to Orvik on Friday after striking birds.\n${line}\nThe engines will be inspected.`,
  ][outlet]!;
const block = (line: string, outlet = 0, day = 18) =>
  [
    `Gas blast in Hamra\nJanuary ${day}, 2052\nA gas explosion tore through an apartment block in Hamra early on Wednesday.\n${line}\nThe cause is being investigated.`,
    `Hamra explosion\nJanuary ${day}, 2052\nFirefighters searched the rubble of a block of flats in Hamra on Wednesday.\n${line}\nResidents were given shelter in a school.`,
  ][outlet]!;
const closure = (line: string, outlet = 0) =>
  [
    `Tamber to close Velt plant\nSeptember 15, 2052\nThe carmaker Tamber will close its plant in Velt next year, it said on Monday.\n${line}\nThe union called it a betrayal.`,
    `Velt factory to shut\nSeptember 15, 2052\nTamber said on Monday it would shut its Velt factory by 2053.\n${line}\nShares rose 2 percent.`,
  ][outlet]!;

describe('a span after a moment its sentence gives (fact:elapsed-since-moment)', () => {
  it('sets `left at 9:12 a.m. and returned 18 minutes later` against `took off at 9:12 a.m. and landed 25 minutes later`', () => {
    const d = story(
      flight('The flight had left at 9:12 a.m. and returned 18 minutes later.'),
      flight('The plane took off at 9:12 a.m. and landed 25 minutes later.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['18 minutes', '25 minutes']]);
  });
  it('control: spans after two different moments are two figures', () => {
    const d = story(
      flight('The flight had left at 9:12 a.m. and returned 18 minutes later.'),
      flight('The geese were seen at 9:20 a.m. and the plane landed 25 minutes later.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('a building’s flats, by either word, are no update, and a participle’s year is not theirs (align:one-building, figure:held-fixed, fact:period-year-clause)', () => {
  it('sets `The building, built in 1972, had 54 flats` against `The block housed 45 flats` a day later as a count', () => {
    const d = story(
      block('The building, built in 1972, had 54 flats.'),
      block('The block, completed in 1972, housed 45 flats.', 1, 19),
    );
    expect(entries(d, 'count')).toEqual([['45 flats', '54 flats']]);
    expect(entries(d, 'update')).toEqual([]);
  });
  it('control: 54 flats and 54 apartments are one figure', () => {
    const d = story(
      block('The building, built in 1972, had 54 flats.'),
      block('The building had nine floors and 54 apartments.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('workers who will lose their jobs are jobs cut (fact:layoffs-are-jobs)', () => {
  it('sets `cutting 1,800 jobs` against `About 1,500 workers will lose their jobs`', () => {
    const d = story(
      closure('Tamber will close the Velt plant, cutting 1,800 jobs.'),
      closure('About 1,500 workers will lose their jobs when Tamber closes the Velt plant.', 1),
    );
    expect(entries(d, 'count')).toEqual([['1,500 workers', '1,800 jobs']]);
  });
  it('control: the workers a plant has are not the jobs it cuts', () => {
    const d = story(
      closure('Tamber will close the Velt plant, cutting 1,800 jobs.'),
      closure('About 1,500 workers at the Velt plant build vans.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

const chase = (line: string, outlet = 0, day = 8) =>
  [
    `Two dead after chase in Orrin\nMarch ${day}, 2052\nA car chased by police crashed into a bus shelter in Orrin on Saturday night.\n${line}\nThe driver was arrested.`,
    `Orrin chase ends in crash\nMarch ${day}, 2052\nA car fleeing police hit a shelter in Orrin late on Saturday.\n${line}\nA watchdog will investigate.`,
  ][outlet]!;
const mine = (line: string, outlet = 0) =>
  [
    `Miners freed at Tesk\nNovember 20, 2052\nRescuers freed seven miners at the Tesk copper mine on Thursday.\n${line}\nThey were taken to hospital.`,
    `Tesk miners rescued\nNovember 20, 2052\nAll seven miners trapped at the Tesk mine were brought to the surface on Thursday.\n${line}\nThe company thanked the rescuers.`,
  ][outlet]!;

describe('two ceilings agree within the rounding each one’s writing allows (figure:two-ceilings)', () => {
  it('leaves `speeds of up to 160 km/h` and `up to 100 mph` as one ceiling', () => {
    const d = story(
      chase('The car reached speeds of up to 160 km/h, police said.'),
      chase('The car was travelling at up to 100 mph.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
  it('control: `up to 160 km/h` and `up to 120 mph` are two ceilings', () => {
    const d = story(
      chase('The car reached speeds of up to 160 km/h, police said.'),
      chase('The car was travelling at up to 120 mph.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['120 mph', '160 km/h']]);
  });
});

describe('those at a place when it happened are no count of what befell some of them (fact:count-present)', () => {
  it('leaves `About 60 miners were working in the mine` apart from `seven miners had been trapped`', () => {
    const d = story(
      mine('The seven miners had been trapped 380 metres underground after a tunnel collapsed.'),
      mine('About 60 miners were working in the mine when the tunnel collapsed.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
  it('control: two counts of miners at work are one figure', () => {
    const d = story(
      mine('About 60 miners were working in the mine when the tunnel gave way.'),
      mine('Some 90 miners were working underground when the tunnel gave way.', 1),
    );
    expect(entries(d, 'count')).toEqual([['60 miners', '90 miners']]);
  });
});

describe('a lone `m` after a number is metres, not a million (quantities:measure)', () => {
  it('leaves `at a depth of 380 m` and `380 metres below ground` as one depth', () => {
    const d = story(
      mine('They had been trapped at a depth of 380 m for two days.'),
      mine('They had been trapped 380 metres below ground.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
  it('control: `380 m` against `830 metres` still differs, and `€3.2m` is still 3.2 million', () => {
    const d = story(
      mine('They had been trapped at a depth of 380 m for two days. Repairs will cost €3.2m.'),
      mine('They had been trapped 830 metres below ground. Repairs will cost 3.2 million euros.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['380 m', '830 metres']]);
  });
});

describe('how long a chase lasted, past a clock time, by either word (fact:duration-lasted)', () => {
  it('sets `The chase began at 11:05 p.m. ... and lasted about 12 minutes` against `The pursuit lasted 20 minutes`', () => {
    const d = story(
      chase('The chase began at 11:05 p.m. after the car failed to stop and lasted about 12 minutes.'),
      chase('The pursuit lasted 20 minutes, the watchdog said.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['12 minutes', '20 minutes']]);
  });
  it('control: how long the road was shut is no chase', () => {
    const d = story(
      chase('The chase began at 11:05 p.m. after the car failed to stop and lasted about 12 minutes.'),
      chase('The road was closed for 20 minutes.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('how long a meeting lasted (`met for`), and which of its kind an event is, fixed (figure:ordinal-fixed)', () => {
  it('sets `met in Vienna for six hours` against `met for eight hours`, and `the third chase this year` against `the fourth` a day later as a count', () => {
    const d = story(
      chase(
        'Ministers met in Vienna for six hours. It was the third fatal police chase in the county this year.',
      ),
      chase(
        'Ministers met for eight hours. It is the fourth fatal police chase in the county this year.',
        1,
        9,
      ),
    );
    expect(entries(d, 'quantity')).toEqual([['eight hours', 'six hours']]);
    expect(entries(d, 'count')).toEqual([['fourth', 'third']]);
    expect(entries(d, 'update')).toEqual([]);
  });
  it('control: the same place in the count, and the same meeting’s hours, agree', () => {
    const d = story(
      chase(
        'Ministers met in Vienna for six hours. It was the third fatal police chase in the county this year.',
      ),
      chase('Ministers met for six hours. It is the third fatal police chase in the county this year.', 1, 9),
    );
    expect(factual(d)).toEqual([]);
  });
});
