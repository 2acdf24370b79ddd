import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Phenomena of news language the discrepancy finder did not read (h-disc66), found on invented
 * stories of genres nobody tuned on (a bank hostage standoff, a dam failure, a football transfer,
 * a drug trial's result, an avalanche at a ski resort), written as tokenised news corpora write
 * them. Fictional places and people throughout.
 */

const tokenised = (slug: string, headline: string, ...lines: string[]) =>
  [
    `http: / / www. ${slug}. com / 2015 / 03 / 10 / story`,
    headline,
    '8: 05 p. m. March 10, 2015',
    ...lines,
  ].join('\n');

describe('an age set off by spaced commas is the name’s (fact:age-apposition-spaced)', () => {
  const lead = 'A gunman held 11 people hostage in a Tallow Bridge bank on Tuesday , police said .';
  it('sets `Ivo Marek , 42 ,` against `Ivo Marek , 44 ,`', () => {
    const d = story(
      tokenised(
        'tallowpost',
        'Bank standoff ends',
        lead,
        'Police named the man as Ivo Marek , 42 , of Tallow Bridge .',
      ),
      tokenised(
        'bridgenews',
        'Gunman surrenders',
        lead,
        'The man , Ivo Marek , 44 , gave himself up , police said .',
      ),
    );
    expect(entries(d, 'age')).toContainEqual(['42', '44']);
  });
  it('control: a number set off after a name that ends no apposition is no age', () => {
    const d = story(
      tokenised(
        'tallowpost',
        'Bank standoff ends',
        lead,
        'Police named the man as Ivo Marek , 42 , of Tallow Bridge .',
      ),
      tokenised(
        'bridgenews',
        'Gunman surrenders',
        lead,
        'Hostages held by Ivo Marek , 44 hours earlier , walked free , police said .',
      ),
    );
    expect(entries(d, 'age')).toEqual([]);
  });
});

describe('a span before a compound is the head event’s (fact:duration-adjective-compound)', () => {
  const lead = 'A gunman surrendered at a bank in Tallow Bridge on Tuesday , police said .';
  it('sets `a nine-hour hostage standoff` against `a standoff that lasted seven hours`', () => {
    const d = story(
      tokenised(
        'tallowpost',
        'Standoff ends',
        lead,
        'A nine-hour hostage standoff ended when the man gave up , police said .',
      ),
      tokenised(
        'bridgenews',
        'Gunman gives up',
        lead,
        'He surrendered after a standoff that lasted seven hours , police said .',
      ),
    );
    expect(entries(d, 'quantity')).toContainEqual(['nine-hour', 'seven hours']);
  });
  it('control: the same span told both ways is no discrepancy', () => {
    const d = story(
      tokenised(
        'tallowpost',
        'Standoff ends',
        lead,
        'A seven-hour hostage standoff ended when the man gave up , police said .',
      ),
      tokenised(
        'bridgenews',
        'Gunman gives up',
        lead,
        'He surrendered after a standoff that lasted seven hours , police said .',
      ),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('an instructor, a coach, a trainer are aged as people (fact:age-adjective-noun, AGED)', () => {
  const lead = 'An avalanche buried five skiers at the Kestrel Peak resort on Saturday , police said .';
  it('sets `a 34-year-old ski instructor` against `a 38-year-old ski instructor`', () => {
    const d = story(
      tokenised(
        'alpspost',
        'Avalanche kills two',
        lead,
        'Among the dead was a 34-year-old ski instructor , police said .',
      ),
      tokenised(
        'peaknews',
        'Two die in avalanche',
        lead,
        'One of those killed was a 38-year-old ski instructor , police said .',
      ),
    );
    expect(entries(d, 'age')).toContainEqual(['34', '38']);
  });
  it('control: an instructor and a snowboarder of different ages are two people', () => {
    const d = story(
      tokenised(
        'alpspost',
        'Avalanche kills two',
        lead,
        'Among the dead was a 34-year-old ski instructor , police said .',
      ),
      tokenised(
        'peaknews',
        'Two die in avalanche',
        lead,
        'A 17-year-old snowboarder was flown to hospital , police said .',
      ),
    );
    expect(entries(d, 'age')).toEqual([]);
  });
});

describe('a sum demanded is the demand, whatever it is in (fact:sum-demanded)', () => {
  const lead = 'A gunman held 11 people hostage in a Tallow Bridge bank on Tuesday , police said .';
  it('sets `had demanded $ 2 million and a car` against `had demanded $ 3 million in cash`', () => {
    const d = story(
      tokenised(
        'tallowpost',
        'Standoff ends',
        lead,
        'The man had demanded $ 2 million and a car , police said .',
      ),
      tokenised(
        'bridgenews',
        'Gunman gives up',
        lead,
        'The gunman had demanded $ 3 million in cash , a police spokeswoman said .',
      ),
    );
    expect(entries(d, 'quantity')).toContainEqual(['$ 2 million', '$ 3 million']);
  });
  it('control: a sum demanded is not set against a sum the bank holds', () => {
    const d = story(
      tokenised(
        'tallowpost',
        'Standoff ends',
        lead,
        'The man had demanded $ 2 million and a car , police said .',
      ),
      tokenised(
        'bridgenews',
        'Gunman gives up',
        lead,
        'The branch held $ 3 million in cash that day , a police spokeswoman said .',
      ),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('a length water rose to is its level (fact:water-level-reached)', () => {
  const lead =
    'The Marrow Dam on the Tessel River gave way early on Monday , flooding villages , officials said .';
  it('sets `had risen to 48 metres` against `at a level of 46 metres`', () => {
    const d = story(
      tokenised(
        'tesselpost',
        'Dam bursts',
        lead,
        'The water in the reservoir had risen to 48 metres , engineers said .',
      ),
      tokenised(
        'rivernews',
        'Dam gives way',
        lead,
        'The dam had been holding back water at a level of 46 metres , engineers said .',
      ),
    );
    expect(entries(d, 'quantity').concat(entries(d, 'update'))).toContainEqual(['46 metres', '48 metres']);
  });
  it('control: a rise by a length is not the level', () => {
    const d = story(
      tokenised(
        'tesselpost',
        'Dam bursts',
        lead,
        'The water in the reservoir had risen 3 metres in two hours , engineers said .',
      ),
      tokenised(
        'rivernews',
        'Dam gives way',
        lead,
        'The dam had been holding back water at a level of 46 metres , engineers said .',
      ),
    );
    expect(entries(d, 'quantity').concat(entries(d, 'update'))).toEqual([]);
  });
});

describe('people a study enrolled are its enrolment (fact:count-enrolled)', () => {
  const lead =
    'A heart drug from Ostrava Labs cut the risk of death by 31 percent in a large trial , researchers said .';
  const enrolled = (d: ReturnType<typeof story>) =>
    (d.facts ?? []).filter((f) => f.about === 'noun:patient-enrolled').map((f) => f.text);
  it('keys `enrolled 1, 840 patients` and `1,480 patients took part` as the enrolment', () => {
    const d = story(
      tokenised(
        'healthpost',
        'Heart drug cuts deaths',
        lead,
        'The trial enrolled 1, 840 patients at 212 hospitals .',
        'Of those , 1, 612 patients completed the study .',
        'An earlier , smaller study in 2015 involved 600 patients .',
      ),
      tokenised(
        'pharmanews',
        'Trial meets goal',
        lead,
        'About 1,480 patients in 21 countries took part in the trial.',
      ),
    );
    expect(enrolled(d)).toEqual(['1,840 patients', '1,480 patients']);
    expect(entries(d, 'count').concat(entries(d, 'update'))).toContainEqual([
      '1,480 patients',
      '1,840 patients',
    ]);
  });
  it('control: those who completed and another study’s are not the enrolment', () => {
    const d = story(
      tokenised(
        'healthpost',
        'Heart drug cuts deaths',
        lead,
        'In all , 1, 612 patients completed the study .',
      ),
      tokenised('pharmanews', 'Trial meets goal', lead, 'An earlier study in 2015 involved 600 patients.'),
    );
    expect(enrolled(d)).toEqual([]);
  });
});

describe('the altitude an event happened at is one figure (fact:altitude-at, align:one-altitude)', () => {
  const lead = 'An avalanche buried five skiers at the Kestrel Peak resort on Saturday , police said .';
  it('sets `at an altitude of 2, 400 metres` against `started at 2, 700 metres`', () => {
    const d = story(
      tokenised(
        'alpspost',
        'Avalanche kills two',
        lead,
        'The avalanche broke loose at an altitude of 2, 400 metres , a resort spokesman said .',
      ),
      tokenised(
        'peaknews',
        'Two die in avalanche',
        lead,
        'The slide started at 2, 700 metres , police said .',
      ),
    );
    expect(entries(d, 'quantity').concat(entries(d, 'update'))).toContainEqual([
      '2,400 metres',
      '2,700 metres',
    ]);
  });
  it('control: a distance told after `at` is no altitude', () => {
    const d = story(
      tokenised(
        'alpspost',
        'Avalanche kills two',
        lead,
        'The avalanche broke loose at an altitude of 2, 400 metres , a resort spokesman said .',
      ),
      tokenised(
        'peaknews',
        'Two die in avalanche',
        lead,
        'Rescuers found a skier at 300 metres from the lift , police said .',
      ),
    );
    expect(entries(d, 'quantity').concat(entries(d, 'update'))).toEqual([]);
  });
});

describe('a figure’s thousands mark closes no clause before a time (fact:time-past-figure)', () => {
  const lead = 'An avalanche buried five skiers at the Kestrel Peak resort on Saturday , police said .';
  it('sets `broke loose at ... 2, 400 metres shortly after 11 a. m.` against `started at 2, 700 metres at about 1: 30 p. m.`', () => {
    const d = story(
      tokenised(
        'alpspost',
        'Avalanche kills two',
        lead,
        'The avalanche broke loose at an altitude of 2, 400 metres shortly after 11 a. m. , a spokesman said .',
      ),
      tokenised(
        'peaknews',
        'Two die in avalanche',
        lead,
        'The slide started at 2, 700 metres at about 1: 30 p. m. , police said .',
      ),
    );
    expect(entries(d, 'time')).toContainEqual(['11 a. m.', '1: 30 p. m.']);
  });
  it('control: a time of another moment past a figure is not the event’s', () => {
    const d = story(
      tokenised(
        'alpspost',
        'Avalanche kills two',
        lead,
        'The avalanche broke loose at an altitude of 2, 400 metres shortly after 11 a. m. , a spokesman said .',
      ),
      tokenised(
        'peaknews',
        'Two die in avalanche',
        lead,
        'A helicopter brought 1, 200 kilograms of gear at about 1: 30 p. m. , police said .',
      ),
    );
    expect(entries(d, 'time')).toEqual([]);
  });
});

describe('a tally over a number of games is a record apart (fact:count-in-games)', () => {
  const lead = 'Hallow Town signed striker Ben Arkwright from Castlemere on Thursday , the club said .';
  it('sets `19 goals last season` against `17 goals last season`, `31 goals in 88 appearances` apart', () => {
    const d = story(
      tokenised(
        'footdesk',
        'Arkwright joins Hallow',
        lead,
        'Arkwright scored 19 league goals last season and 31 goals in 88 appearances for Castlemere .',
      ),
      tokenised(
        'sportline',
        'Hallow sign Arkwright',
        lead,
        'Arkwright scored 17 league goals last season , the club said .',
      ),
    );
    const found = entries(d, 'count').concat(entries(d, 'update'));
    expect(found.flat().some((t) => t.startsWith('17'))).toBe(true);
    expect(found.flat().some((t) => t.startsWith('31'))).toBe(false);
  });
  it('control: two outlets’ tallies over games are still set against each other', () => {
    const d = story(
      tokenised(
        'footdesk',
        'Arkwright joins Hallow',
        lead,
        'He has scored 31 goals in 88 appearances for Castlemere .',
      ),
      tokenised(
        'sportline',
        'Hallow sign Arkwright',
        lead,
        'Arkwright scored 35 goals in 88 games for Castlemere , the club said .',
      ),
    );
    expect(entries(d, 'count').concat(entries(d, 'update'))).toContainEqual(['31 goals', '35 goals']);
  });
});

describe('a name a move is from or to is no party to the deal (fact:agreement-term-not-from-to)', () => {
  const lead = 'Hallow Town signed striker Ben Arkwright from Monte Rosco on Thursday , the club said .';
  it('sets `signing a four-year deal` after `from Monte Rosco` against `a five-year contract`', () => {
    const d = story(
      tokenised(
        'footdesk',
        'Arkwright joins Hallow',
        lead,
        'Ben Arkwright completed a move to Hallow Town from Monte Rosco on Thursday , signing a four-year deal .',
      ),
      tokenised(
        'sportline',
        'Hallow sign Arkwright',
        lead,
        'Ben Arkwright signed a five-year contract , the club said .',
      ),
    );
    expect(entries(d, 'quantity')).toContainEqual(['five-year', 'four-year']);
  });
  it('control: the same term told both ways is no discrepancy', () => {
    const d = story(
      tokenised(
        'footdesk',
        'Arkwright joins Hallow',
        lead,
        'Ben Arkwright completed a move to Hallow Town from Monte Rosco on Thursday , signing a five-year deal .',
      ),
      tokenised(
        'sportline',
        'Hallow sign Arkwright',
        lead,
        'Ben Arkwright signed a five-year contract , the club said .',
      ),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});
