import { describe, expect, it } from 'vitest';
import { story, entries, factual } from '../invented.fixture.js';

/**
 * A volcano's eruption, a city's blackout, a crush at a concert and a painting's sale (stop 43).
 * Fictional places, firms and people; each outlet's other lines its own.
 */
const eruption = (line: string, outlet = 0, day = 14) =>
  [
    `Mount Orvel erupts\nMarch ${day}, 2051\nMount Orvel on the island of Skarn erupted early on Tuesday, officials said.\n${line}\nFlights from Skarn were suspended.`,
    `Skarn volcano spews ash\nMarch ${day}, 2051\nThe volcano on Skarn began erupting before dawn, the observatory said.\n${line}\nVillagers were moved to a school gym.`,
  ][outlet]!;
const blackout = (line: string, outlet = 0, day = 2) =>
  [
    `Blackout hits Tolvar\nAugust ${day}, 2051\nA fire broke out at the Lenning Road substation on Monday evening.\n${line}\nTraffic lights failed across the centre.`,
    `Tolvar left in the dark\nAugust ${day}, 2051\nThe utility Brightmere Power blamed a transformer fire.\n${line}\nAn inquiry will report within six weeks.`,
  ][outlet]!;
const concert = (line: string, outlet = 0) =>
  [
    `Fans hurt at Dovrin Arena\nJune 8, 2051\nSeveral fans were hurt before a concert by the singer Lio Marr on Saturday.\n${line}\nThe promoter apologised.`,
    `Crush at Lio Marr show\nJune 8, 2051\nAmbulances were called to Dovrin Arena on Saturday evening.\n${line}\nThe mayor ordered an inquiry.`,
  ][outlet]!;
const sale = (line: string, outlet = 0) =>
  [
    `Record for Ebba Strand painting\nNovember 18, 2051\nA painting by Ebba Strand sold for $64 million in Ostend on Wednesday.\n${line}\nThe buyer was not named.`,
    `Strand's 'Fjord in Winter' fetches $64m\nNovember 18, 2051\nEbba Strand's "Fjord in Winter" was sold at the Marlow rooms on Wednesday.\n${line}\nIt was her first sale above $50 million.`,
  ][outlet]!;

describe('the height a plume reached, told `high` after it (fact:height-of-plume)', () => {
  it('sets `sending ash nine kilometres high` against `a column of ash 12 kilometres into the sky`', () => {
    const d = story(
      eruption('The eruption sent a column of ash 12 kilometres into the sky.'),
      eruption('The volcano was sending ash nine kilometres high by mid-morning.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['12 kilometres', 'nine kilometres']]);
  });
  it('control: the volcano’s own height, told `high`, is no plume’s', () => {
    const d = story(
      eruption('The eruption sent a column of ash 12 kilometres into the sky.'),
      eruption('The volcano, 2,140 metres high, last erupted in 2038.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('a thing’s height told after it, and a size that does not move (fact:height-of-subject, figure:size-fixed)', () => {
  it('sets `the 2,410-metre volcano` against `The volcano, 2,140 metres high`, a day later too', () => {
    const d = story(
      eruption('The 2,410-metre volcano last erupted in 2038.'),
      eruption('The volcano, 2,140 metres high, last erupted in 2038.', 1, 15),
    );
    expect(entries(d, 'quantity')).toEqual([['2,140 metres', '2,410-metre']]);
    expect(entries(d, 'update')).toEqual([]);
  });
  it('control: the same height in two notations is no discrepancy', () => {
    const d = story(
      eruption('The 2,410-metre volcano last erupted in 2038.'),
      eruption('The volcano, 2,410 metres high, last erupted in 2038.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('a figure in a clause hung on an earlier year (fact:period-year-clause)', () => {
  it('sets `in 2038, when two people were killed` against `in 2038, killing three people` as a conflict, not an update', () => {
    const d = story(
      eruption('The volcano last erupted in 2038, when two people were killed.'),
      eruption('Orvel last erupted in 2038, killing three people.', 1, 15),
    );
    expect(entries(d, 'count')).toEqual([['three people', 'two people']]);
    expect(entries(d, 'update')).toEqual([]);
  });
  it('control: a toll of the story’s own eruption told a day later is an update', () => {
    const d = story(
      eruption('Two people were killed by falling rocks, officials said.'),
      eruption('Three people were killed by falling rocks, officials said.', 1, 15),
    );
    expect(entries(d, 'update')).toEqual([['Three people', 'Two people']]);
  });
});

describe('customers cut off are the homes cut off (fact:customers-cut-off)', () => {
  it('sets `180,000 homes and businesses ... lost power` against `cutting power to 250,000 customers`', () => {
    const d = story(
      blackout('About 180,000 homes and businesses in Tolvar lost power, the utility said.'),
      blackout('The fire cut power to 250,000 customers, Brightmere Power said.', 1),
    );
    expect(entries(d, 'count')).toEqual([['180,000 homes', '250,000 customers']]);
  });
  it('control: a firm’s customers told beside no power cut are no homes', () => {
    const d = story(
      blackout('About 180,000 homes and businesses in Tolvar lost power, the utility said.'),
      blackout('Brightmere Power, which has 250,000 customers, blamed a transformer.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('a sentence opening on another event (figure:separate-incident)', () => {
  it('does not set the story’s `180,000 homes` against `In a separate incident last month, 12,000 homes`', () => {
    const d = story(
      blackout('The fire cut power to 180,000 homes, the utility said.'),
      blackout('In a separate incident last month, 12,000 homes in Pallby lost power for two hours.', 1, 3),
    );
    expect(factual(d)).toEqual([]);
  });
  it('control: the story’s own figure told a day later is still an update', () => {
    const d = story(
      blackout('The fire cut power to 180,000 homes, the utility said.'),
      blackout('By Tuesday, 12,000 homes in Tolvar were still without power.', 1, 3),
    );
    expect(factual(d)).toEqual(['update']);
  });
});

describe('a capacity told as a bare number (fact:capacity-bare, align:one-venue)', () => {
  it('sets `holds 21,000 people` against `has a capacity of 18,000` and `the 21,000-capacity arena`', () => {
    const d = story(
      concert('The arena holds 21,000 people, the promoter said.'),
      concert('The venue, which has a capacity of 18,000, was sold out.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['18,000', '21,000 people']]);
    const e = story(
      concert('The singer played the 21,000-capacity arena for the first time.'),
      concert('The venue, which has a capacity of 18,000, was sold out.', 1),
    );
    expect(entries(e, 'quantity')).toEqual([['18,000', '21,000']]);
  });
  it('control: a capacity crowd is the crowd, not the venue’s seats', () => {
    const d = story(
      concert('The singer played to a capacity crowd of 21,000 for the first time.'),
      concert('The venue, which has a capacity of 18,000, was sold out.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('how late an act was (fact:duration-late)', () => {
  it('sets `the gates opened 45 minutes late` against `Gates opened an hour late`', () => {
    const d = story(
      concert('The crush began after the gates opened 45 minutes late.'),
      concert('Gates opened an hour late, fans said.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['45 minutes late', 'an hour']]);
  });
  it('control: a concert’s delay is not how late the gates opened', () => {
    const d = story(
      concert('The crush began after the gates opened 45 minutes late.'),
      concert('The concert went ahead after a delay of an hour.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('the year a work of art was made (fact:year-made)', () => {
  it('sets `painted in 1911` against `The 1913 canvas` and `The painting, completed in 1911`', () => {
    const d = story(
      sale('"Fjord in Winter", painted in 1911, had been estimated at $40 million.'),
      sale('The 1913 canvas had a pre-sale estimate of about $45 million.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['1911', '1913']]);
    const e = story(
      sale('The painting, completed in 1911, was sold by the heirs of a shipowner.'),
      sale('The 1913 canvas had a pre-sale estimate of about $45 million.', 1),
    );
    expect(entries(e, 'quantity')).toEqual([['1911', '1913']]);
  });
  it('control: a sale completed in a year is no work’s making', () => {
    const d = story(
      sale('The purchase of the gallery, completed in 2049, cost $12 million.'),
      sale('The 1913 canvas had a pre-sale estimate of about $45 million.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

/** A bus crash, a minister's resignation and a long swim (stop 43, second batch). */
const crash = (line: string, outlet = 0, day = 3) =>
  [
    `Bus crash in Dalmor province\nOctober ${day}, 2051\nA bus plunged into a ravine in Dalmor province on Thursday, police said.\n${line}\nRescuers worked through the night.`,
    `Dalmor bus falls into gorge\nOctober ${day}, 2051\nThe bus left a mountain road near the town of Vesk on Thursday afternoon.\n${line}\nThe governor declared a day of mourning.`,
  ][outlet]!;
const resignation = (line: string, outlet = 0) =>
  [
    `Minister Rena Kolt resigns\nFebruary 12, 2051\nHealth minister Rena Kolt resigned on Monday after an audit of her expenses.\n${line}\nThe opposition called for an inquiry.`,
    `Kolt quits over audit\nFebruary 12, 2051\nRena Kolt stepped down as health minister on Monday, her office said.\n${line}\nHer deputy will stand in.`,
  ][outlet]!;
const swim = (line: string, outlet = 0) =>
  [
    `Record swim across the Brell Channel\nAugust 20, 2051\nA teenager from Osby swam the Brell Channel on Saturday, the swimming association said.\n${line}\nShe was met by her family on the beach.`,
    `Ada Venn breaks channel record\nAugust 20, 2051\nAda Venn set off from Cape Orm at dawn on Saturday.\n${line}\nThe water was cold and choppy.`,
  ][outlet]!;

describe('travellers a craft carried, named by who they are (fact:travellers-carried)', () => {
  it('sets `The bus, which was carrying 41 passengers` against `The bus was carrying 45 pilgrims`', () => {
    const d = story(
      crash('The bus, which was carrying 41 passengers, fell 60 metres.'),
      crash('The bus was carrying 45 pilgrims home from a shrine.', 1),
    );
    expect(entries(d, 'count')).toEqual([['41 passengers', '45 pilgrims home']]);
  });
  it('control: pilgrims injured are not those the bus carried', () => {
    const d = story(
      crash('The bus, which was carrying 41 passengers, fell 60 metres.'),
      crash('Officials said 45 pilgrims were injured, some seriously.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('a toll of an earlier year, hung on `since 2044, when` (fact:period-year-clause, figure:background-own-finding)', () => {
  it('sets `since 2044, when a truck crash killed 19 people` against `In 2044, 17 people died`, apart from the story’s toll', () => {
    const d = story(
      crash(
        'Fourteen people were killed, the deadliest accident in the province since 2044, when a truck crash killed 19 people.',
      ),
      crash('Sixteen people died. In 2044, 17 people died in a similar crash on the same road.', 1, 4),
    );
    expect(entries(d, 'count')).toEqual([['17 people died', '19 people']]);
    expect(entries(d, 'update').map((e) => e.includes('19 people') || e.includes('17 people died'))).toEqual([
      false,
    ]);
  });
  it('control: the same earlier toll in two outlets is no discrepancy', () => {
    const d = story(
      crash('It was the deadliest accident in the province since 2044, when a truck crash killed 19 people.'),
      crash('In 2044, 19 people died in a similar crash on the same road.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('a sentence opening on an age alone (fact:age-bare-subject)', () => {
  it('sets `The 55-year-old, a minister since 2046,` after a sentence naming her against `Kolt, 57,`', () => {
    const d = story(
      resignation('Kolt, 57, had been in the post since 2047.'),
      resignation(
        'Auditors said Rena Kolt had wrongly claimed expenses. The 55-year-old denied wrongdoing.',
        1,
      ),
    );
    expect(entries(d, 'age')).toEqual([['55', '57']]);
  });
  it('control: after a sentence naming two people, the age is no one’s', () => {
    const d = story(
      resignation('Kolt, 57, had been in the post since 2047.'),
      resignation(
        'Prime Minister Ivo Sand accepted the resignation of Rena Kolt. The 55-year-old denied wrongdoing.',
        1,
      ),
    );
    expect(entries(d, 'age')).toEqual([]);
  });
});

describe('a finishing time after `finishing in` or `in a record` (fact:finish-time-words)', () => {
  it('sets `finishing in 9 hours and 21 minutes` against `swam the channel in a record 9 hours and 12 minutes`', () => {
    const d = story(
      swim('Ada Venn swam the channel in a record 9 hours and 12 minutes.'),
      swim('Venn reached Osby beach in the afternoon, finishing in 9 hours and 21 minutes.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['9 hours and 12 minutes', '9 hours and 21 minutes']]);
  });
  it('control: the same time told two ways is no discrepancy', () => {
    const d = story(
      swim('Ada Venn swam the channel in a record 9 hours and 12 minutes.'),
      swim('Venn reached Osby beach in the afternoon, finishing in 9 hours and 12 minutes.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('a measure’s noun before a number word (NOT_HEAD)', () => {
  it('sets `the 34-km crossing two years ago` against `the 38-km crossing`', () => {
    const d = story(
      swim('Ada Venn began training for the 34-km crossing two years ago.'),
      swim('Venn, who finished the 38-km crossing in the afternoon, thanked her coach.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['34-km', '38-km']]);
  });
  it('control: one length told twice is no discrepancy', () => {
    const d = story(
      swim('Ada Venn began training for the 34-km crossing two years ago.'),
      swim('Venn, who finished the 34-km crossing in the afternoon, thanked her coach.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

/** A firm's results, a derailment and a planet's discovery (stop 43, third batch). */
const results = (line: string, outlet = 0, day = 24) =>
  [
    `Quorn Data profit rises\nApril ${day}, 2051\nQuorn Data reported its first-quarter results on Thursday.\n${line}\nThe shares rose after hours.`,
    `Quorn beats forecasts\nApril ${day}, 2051\nQuorn Data's results beat analysts' forecasts, the company said.\n${line}\nIt will hire 2,000 engineers.`,
  ][outlet]!;
const derailment = (line: string, outlet = 0) =>
  [
    `Train derails near Abbin\nMarch 5, 2051\nA passenger train derailed near the town of Abbin on Sunday, the operator said.\n${line}\nInvestigators were at the scene.`,
    `Abbin derailment\nMarch 5, 2051\nA Railco train came off the rails near Abbin on Sunday morning.\n${line}\nThe line will stay closed until Wednesday.`,
  ][outlet]!;
const planet = (line: string, outlet = 0) =>
  [
    `Earth-sized planet found\nSeptember 2, 2051\nAstronomers have found an Earth-sized planet orbiting a red dwarf, the Tarn Institute said.\n${line}\nThe findings were published on Tuesday.`,
    `New world spotted\nSeptember 2, 2051\nThe planet Orla-2c circles a small star 39 light years away, scientists said.\n${line}\nIt may have water.`,
  ][outlet]!;

describe('a firm’s result of the period (align:results-figure, figure:results-fixed)', () => {
  it('sets `Revenue climbed to $11.2 billion` against `Revenue rose to $11.4 billion` a day later, not as an update', () => {
    const d = story(
      results('Revenue climbed to $11.2 billion from $9.8 billion a year earlier.'),
      results('Revenue rose to $11.4 billion, the company said.', 1, 25),
    );
    expect(entries(d, 'quantity')).toEqual([['$11.2 billion', '$11.4 billion']]);
    expect(entries(d, 'update')).toEqual([]);
  });
  it('control: last year’s revenue is not this quarter’s', () => {
    const d = story(
      results('Revenue climbed to $11.2 billion, the company said.'),
      results('Revenue was $38.4 billion last year, the company said.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('a planet’s period, however told (fact:orbit-period)', () => {
  it('sets `orbits its star every 12 days` against `completes an orbit every 16 days` and `takes 12 days to orbit`', () => {
    const d = story(
      planet('The planet orbits its star every 12 days.'),
      planet('Orla-2c completes an orbit every 16 days.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['12 days', '16 days']]);
    const e = story(
      planet('The planet takes 12 days to orbit its star.'),
      planet('Orla-2c completes an orbit every 16 days.', 1),
    );
    expect(entries(e, 'quantity')).toEqual([['12 days', '16 days']]);
  });
  it('control: days since a find are no period', () => {
    const d = story(
      planet('The planet orbits its star every 12 days.'),
      planet('It was first seen 16 days ago.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('carriages that left the rails, whichever words an outlet chose (fact:derailed)', () => {
  it('sets `Five of the train’s eight carriages left the tracks` against `six carriages came off the rails`', () => {
    const d = story(
      derailment('Five of the train’s eight carriages left the tracks at about 11 a.m.'),
      derailment('Six carriages of the train came off the rails, Railco said.', 1),
    );
    expect(entries(d, 'count')).toEqual([['Five of the train’s eight carriages left', 'Six carriages']]);
  });
  it('control: carriages that stayed on the rails are not those that left them', () => {
    const d = story(
      derailment('Five of the train’s eight carriages left the tracks at about 11 a.m.'),
      derailment('Six carriages of the train were taken to a depot for checks, Railco said.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

/** A balloon's crash and a sinkhole (stop 43, fourth batch). */
const balloon = (line: string, outlet = 0) =>
  [
    `Balloon crash in Merra valley\nMay 20, 2051\nA hot-air balloon crashed in the Merra valley on Saturday morning, officials said.\n${line}\nThe operator suspended all flights.`,
    `Balloon hits power line\nMay 20, 2051\nA hot-air balloon carrying tourists came down near Merra on Saturday.\n${line}\nAn inquiry has begun.`,
  ][outlet]!;
const sinkhole = (line: string, outlet = 0) =>
  [
    `Sinkhole opens in Tessford\nFebruary 8, 2051\nA sinkhole opened on Orchard Street in Tessford early on Wednesday, the council said.\n${line}\nNo one was injured.`,
    `Tessford street swallowed\nFebruary 8, 2051\nResidents of Orchard Street were moved out on Wednesday morning.\n${line}\nA burst water main was blamed.`,
  ][outlet]!;

describe('a time told after take-off is its clause’s moment (fact:time-after-phase)', () => {
  it('sets `hit power lines shortly after take-off at about 6:15 a.m.` against `The crash happened at 6:50 a.m.`', () => {
    const d = story(
      balloon(
        'The balloon hit power lines shortly after take-off at about 6:15 a.m., the aviation authority said.',
      ),
      balloon('The crash happened at 6:50 a.m., police said.', 1),
    );
    expect(entries(d, 'time')).toEqual([['6:15 a.m.', '6:50 a.m.']]);
  });
  it('control: the time it took off is not the crash’s', () => {
    const d = story(
      balloon('The balloon took off at about 6:15 a.m., the aviation authority said.'),
      balloon('The crash happened at 6:50 a.m., police said.', 1),
    );
    expect(entries(d, 'time')).toEqual([]);
  });
});

describe('a width however worded (fact:width)', () => {
  it('sets `about 12 metres wide` against `a 15-metre-wide hole` and `The hole, 12 metres across`', () => {
    const d = story(
      sinkhole('The sinkhole is about 12 metres wide and 8 metres deep.'),
      sinkhole('A 15-metre-wide sinkhole swallowed two cars.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['12 metres', '15-metre-wide']]);
    const e = story(
      sinkhole('The hole, 12 metres across, swallowed three cars.'),
      sinkhole('A 15-metre-wide hole swallowed three cars.', 1),
    );
    expect(entries(e, 'quantity')).toEqual([['12 metres', '15-metre-wide']]);
  });
  it('control: one width told two ways is no discrepancy', () => {
    const d = story(
      sinkhole('The sinkhole is about 12 metres wide and 8 metres deep.'),
      sinkhole('A 12-metre-wide sinkhole swallowed two cars.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});
