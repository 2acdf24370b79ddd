import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Phenomena of news language the discrepancy finder did not read (h-disc64), found on invented
 * three-outlet stories of genres nobody tuned on (a carjacking, a theme-park ride that stopped, a
 * singer's overdose, a hand transplant, an elevator that fell), written as tokenised news corpora
 * write them. Fictional places and people throughout.
 */

const tokenised = (slug: string, headline: string, ...lines: string[]) =>
  [
    `http: / / www. ${slug}. com / 2019 / 05 / 02 / story`,
    headline,
    '4: 10 p. m. May 2, 2019',
    ...lines,
  ].join('\n');

describe('a year before an incident noun dates the incident (fact:year-before-incident-noun)', () => {
  const lead = 'Rower Ingvild Sarnes, who uses a wheelchair, won a gold medal in Tessaly on Thursday.';
  it('sets `in a 1997 car accident` against `in a car accident in 1999`', () => {
    const d = story(
      tokenised(
        'harbourpost',
        'Sarnes wins gold',
        lead,
        'Sarnes was paralysed in a car accident in 1999, her coach said.',
      ),
      tokenised(
        'valleynews',
        'Gold for Sarnes',
        lead,
        'Sarnes was paralysed in a 1997 car accident, her coach said.',
      ),
    );
    expect(entries(d, 'date')).toContainEqual(['1997', '1999']);
  });
  it('control: the same year written both ways is no discrepancy', () => {
    const d = story(
      tokenised(
        'harbourpost',
        'Sarnes wins gold',
        lead,
        'Sarnes was paralysed in a car accident in 1997, her coach said.',
      ),
      tokenised(
        'valleynews',
        'Gold for Sarnes',
        lead,
        'Sarnes was paralysed in a 1997 car accident, her coach said.',
      ),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
});

const crash =
  'A bus carrying a school choir overturned on a hill road near Orrin on Tuesday, injuring 14 people, police said.';

describe('taken to a hospital named is hospitalised (fact:taken-to-named-hospital)', () => {
  it('sets `were taken to Saint Brannock Medical Center` against `were taken to hospital`', () => {
    const d = story(
      tokenised(
        'orrinherald',
        'Choir bus overturns',
        crash,
        'Six people were taken to Saint Brannock Medical Center, police said.',
      ),
      tokenised(
        'hillnews',
        'Bus overturns near Orrin',
        crash,
        'Eight people were taken to hospital, police said.',
      ),
    );
    expect(entries(d, 'count')).toContainEqual(['Eight people', 'Six people']);
  });
  it('control: a count taken to a named place that is no hospital is not hospitalised', () => {
    const d = story(
      tokenised(
        'orrinherald',
        'Choir bus overturns',
        crash,
        'Six people were taken to Orrin Town Hall, police said.',
      ),
      tokenised(
        'hillnews',
        'Bus overturns near Orrin',
        crash,
        'Eight people were taken to hospital, police said.',
      ),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe('a part of the hurt told at a sentence opening is counted (fact:part-of-the-hurt-opening)', () => {
  it('sets `Five of the injured, among them the driver, were flown to ... Infirmary` against `Three people were taken to hospital`', () => {
    const d = story(
      tokenised(
        'orrinherald',
        'Choir bus overturns',
        crash,
        'Five of the injured, among them the driver, were flown to Kestle Royal Infirmary.',
      ),
      tokenised(
        'hillnews',
        'Bus overturns near Orrin',
        crash,
        'Three people were taken to hospital, police said.',
      ),
    );
    expect(entries(d, 'count')).toContainEqual(['Five', 'Three people']);
  });
  it('control: a part that was treated where it lay is not counted as hospitalised', () => {
    const d = story(
      tokenised(
        'orrinherald',
        'Choir bus overturns',
        crash,
        'Five of the injured, among them the driver, were treated at the roadside.',
      ),
      tokenised(
        'hillnews',
        'Bus overturns near Orrin',
        crash,
        'Three people were taken to hospital, police said.',
      ),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe('a machine that carries people and stopped is the incident (fact:time-machine-stopped)', () => {
  const gondola = 'Forty skiers were stranded for three hours above Pelmora on Saturday, the resort said.';
  it('sets `the gondola stopped at 11: 10 a. m.` against `The breakdown happened at 11: 40 a. m.`', () => {
    const d = story(
      tokenised(
        'alpinepost',
        'Skiers stranded',
        gondola,
        'The gondola stopped at 11: 10 a. m. over a ravine, the resort said.',
      ),
      tokenised(
        'pelmoranews',
        'Gondola breaks down',
        gondola,
        'The breakdown happened at 11: 40 a. m., the resort said.',
      ),
    );
    expect(entries(d, 'time')).toContainEqual(['11: 10 a. m.', '11: 40 a. m.']);
  });
  it('control: a car stopped by police is no incident of the story', () => {
    const d = story(
      tokenised(
        'alpinepost',
        'Skiers stranded',
        gondola,
        'Police stopped a car at 11: 10 a. m. on the resort road.',
      ),
      tokenised(
        'pelmoranews',
        'Gondola breaks down',
        gondola,
        'The breakdown happened at 11: 40 a. m., the resort said.',
      ),
    );
    expect(entries(d, 'time')).toEqual([]);
  });
});

describe('a second act with its object dates that act (fact:date-of-second-act-object)', () => {
  const pool =
    'The Varrow municipal pool was closed on Tuesday after a chlorine leak sent nine swimmers to hospital.';
  it('frees the opening year: `opened in 2004 and passed a safety audit in May` against `opened in 2006`', () => {
    const d = story(
      tokenised(
        'varrowpost',
        'Pool closed',
        pool,
        'The pool opened in 2004 and passed a safety audit in May, the city said.',
      ),
      tokenised(
        'coastnews',
        'Chlorine leak at pool',
        pool,
        'The pool, which opened in 2006, had been due for repairs, the city said.',
      ),
    );
    expect(entries(d, 'date')).toContainEqual(['2004', '2006']);
  });
  it('control: the same opening year beside a second act is no discrepancy', () => {
    const d = story(
      tokenised(
        'varrowpost',
        'Pool closed',
        pool,
        'The pool opened in 2006 and passed a safety audit in May, the city said.',
      ),
      tokenised(
        'coastnews',
        'Chlorine leak at pool',
        pool,
        'The pool, which opened in 2006, had been due for repairs, the city said.',
      ),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
});

const rescue =
  'Doctors at Fenwick General Hospital reattached the arm of a farmer, Odo Brask, 38, the hospital said on Friday.';

describe('surgery is the operation (fact:duration-surgery-operation)', () => {
  it('sets `a nine-hour operation` against `The 11-hour surgery`', () => {
    const d = story(
      tokenised(
        'fenwickpost',
        'Farmer gets arm back',
        rescue,
        'Brask underwent a nine-hour operation, the hospital said.',
      ),
      tokenised(
        'valleyecho',
        'Surgeons reattach arm',
        rescue,
        'The 11-hour surgery went well, the hospital said.',
      ),
    );
    expect(entries(d, 'quantity')).toContainEqual(['11-hour', 'nine-hour']);
  });
  it('control: a surgery against a hospital stay is no discrepancy', () => {
    const d = story(
      tokenised(
        'fenwickpost',
        'Farmer gets arm back',
        rescue,
        'Brask will spend nine days in hospital, the hospital said.',
      ),
      tokenised(
        'valleyecho',
        'Surgeons reattach arm',
        rescue,
        'The 11-hour surgery went well, the hospital said.',
      ),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('what lasted a span past a dated clause (fact:duration-lasted-past-date)', () => {
  it('reads `The operation started at 6 a. m. on Oct. 2 and lasted nine hours` as the operation', () => {
    const d = story(
      tokenised(
        'fenwickpost',
        'Farmer gets arm back',
        rescue,
        'The operation started at 6 a. m. on Oct. 2 and lasted nine hours, the hospital said.',
      ),
      tokenised(
        'valleyecho',
        'Surgeons reattach arm',
        rescue,
        'Brask underwent an 11-hour operation, the hospital said.',
      ),
    );
    expect(entries(d, 'quantity')).toContainEqual(['11-hour', 'nine hours']);
  });
  it('control: a span after a sentence break is not the operation', () => {
    const d = story(
      tokenised(
        'fenwickpost',
        'Farmer gets arm back',
        rescue,
        'The operation started at 6 a. m. on Oct. 2. Brask had waited nine hours for it.',
      ),
      tokenised(
        'valleyecho',
        'Surgeons reattach arm',
        rescue,
        'Brask underwent an 11-hour operation, the hospital said.',
      ),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('a chief of a unit is below the service chief (role:unit-chief)', () => {
  const fire = 'A fire gutted a warehouse in Brellick on Monday, and no one was hurt, officials said.';
  it('sets `Division Chief Anselm Rook` against `Fire Chief Anselm Rook`', () => {
    const d = story(
      tokenised(
        'brellickpost',
        'Warehouse burns',
        fire,
        'Division Chief Anselm Rook said the cause was not known.',
      ),
      tokenised(
        'rivernews',
        'Fire guts warehouse',
        fire,
        'Fire Chief Anselm Rook said the cause was not known.',
      ),
    );
    expect(entries(d, 'role').length).toBe(1);
  });
  it('control: the same unit chief told with and without the service is no discrepancy', () => {
    const d = story(
      tokenised(
        'brellickpost',
        'Warehouse burns',
        fire,
        'Division Chief Anselm Rook said the cause was not known.',
      ),
      tokenised(
        'rivernews',
        'Fire guts warehouse',
        fire,
        'Brellick Fire Division Chief Anselm Rook said the cause was not known.',
      ),
    );
    expect(entries(d, 'role')).toEqual([]);
  });
});

describe('the second floor of a move, its noun left out, is a level (fact:ordinal-floor-elided)', () => {
  const lift = 'A lift at the Orwin Hotel in Kelso fell on Monday, injuring three guests, police said.';
  it('sets `from the ninth floor to the second` against `from the ninth floor to the fourth floor`', () => {
    const d = story(
      tokenised(
        'kelsopost',
        'Lift falls',
        lift,
        'The lift fell from the ninth floor to the second, police said.',
      ),
      tokenised(
        'tarnnews',
        'Hotel lift falls',
        lift,
        'The lift fell from the ninth floor to the fourth floor, police said.',
      ),
    );
    expect(entries(d, 'quantity')).toContainEqual(['fourth floor', 'second']);
  });
  it('control: the same floor told with and without its noun is no discrepancy', () => {
    const d = story(
      tokenised(
        'kelsopost',
        'Lift falls',
        lift,
        'The lift fell from the ninth floor to the fourth, police said.',
      ),
      tokenised(
        'tarnnews',
        'Hotel lift falls',
        lift,
        'The lift fell from the ninth floor to the fourth floor, police said.',
      ),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});
