import { describe, expect, it } from 'vitest';
import { story, entries } from '../invented.fixture.js';

/**
 * Four unseen genres (h-disc51): a hunger strike, a measles outbreak at schools, a stadium roof's
 * collapse, a marathon's results. Fictional places and people; each outlet's other lines its own.
 */
const race = (line: string, outlet = 0) =>
  [
    `Lenna Voss wins Calder marathon\nApril 6, 2053\nLenna Voss won the Calder Marathon on Sunday, organisers said.\n${line}\nRain fell for most of the race.`,
    `Voss takes Calder title\nApril 6, 2053\nThe Calder Marathon went to Lenna Voss.\n${line}\nCrowds lined the river path.`,
  ][outlet]!;
const prison = (line: string, outlet = 0) =>
  [
    `Jailed campaigner Odo Rask refuses food\nJune 2, 2048\nOdo Rask, held at Marrow prison, is on hunger strike, his lawyer said.\n${line}\nSupporters gathered at the gates.`,
    `Odo Rask's hunger strike goes on\nJune 2, 2048\nThe jailed campaigner Odo Rask is still refusing food.\n${line}\nThe prison declined to comment.`,
  ][outlet]!;
const arena = (line: string, outlet = 0) =>
  [
    `Roof falls in at Tessan Hall\nFebruary 9, 2051\nPart of the roof of Tessan Hall fell in on Monday, police said.\n${line}\nNobody was inside.`,
    `Tessan Hall roof gives way\nFebruary 9, 2051\nA section of the Tessan Hall roof gave way under snow.\n${line}\nEngineers inspected the site.`,
  ][outlet]!;

describe('a finishing time in hours, minutes and seconds is one time (fact:finish-time-words)', () => {
  it('leaves `in 2 hours 21 minutes 15 seconds` with `in 2:21:15`', () => {
    const d = story(
      race('Voss won in 2 hours 21 minutes 15 seconds, a course record.'),
      race('Voss finished in 2:21:15, a course record.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
  it('control: a time in words that differs still meets `2:21:15`', () => {
    const d = story(
      race('Voss won in 2 hours 24 minutes 15 seconds, a course record.'),
      race('Voss finished in 2:21:15, a course record.', 1),
    );
    expect(entries(d, 'quantity').length).toBe(1);
  });
});

describe("going without food is an act, and its span before an act a year dates is that year's (fact:supply-refused, fact:period-year-after)", () => {
  it('leaves `refusing food for 40 days` apart from an earlier prisoner `refusing food for 61 days`', () => {
    const d = story(
      prison('Rask has been refusing food for 40 days, his lawyer said.'),
      prison('Jon Hale died at Marrow in 2039 after refusing food for 61 days.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
    expect(entries(d, 'duration')).toEqual([]);
  });
  it('control: two spans of going without food, of one striker, still meet', () => {
    const d = story(
      prison('Rask has been refusing food for 40 days, his lawyer said.'),
      prison('Rask has been refusing food for 46 days, his lawyer said.', 1),
    );
    expect(entries(d, 'quantity').length + entries(d, 'duration').length).toBe(1);
  });
  it('control: a supply carried for a span is still compared', () => {
    const d = story(
      prison('The boat carried enough food for 40 days, the crew said.'),
      prison('The boat had food for 61 days, the crew said.', 1),
    );
    expect(entries(d, 'quantity').length + entries(d, 'duration').length).toBe(1);
  });
});

describe('a sentence being served is the one imposed (fact:term-serving)', () => {
  it('sets `is serving a five-year sentence` against `was jailed for seven years`', () => {
    const d = story(
      prison('Rask is serving a five-year sentence for arson.'),
      prison('Rask was jailed for seven years for arson.', 1),
    );
    expect(entries(d, 'quantity').concat(entries(d, 'duration')).length).toBe(1);
  });
  it('control: a sentence already served is not read', () => {
    const d = story(
      prison('Rask had already served a five-year sentence for arson.'),
      prison('Rask was jailed for seven years for arson.', 1),
    );
    expect(entries(d, 'quantity').concat(entries(d, 'duration'))).toEqual([]);
  });
});

describe('the month May is no modal `may` (fact:may-the-month)', () => {
  it('sets `was sentenced in May to seven years` against `was sentenced to five years`', () => {
    const d = story(
      prison('Rask was sentenced to five years for arson, his lawyer said.'),
      prison('Rask was sentenced in May to seven years for arson.', 1),
    );
    expect(entries(d, 'quantity').concat(entries(d, 'duration')).length).toBe(1);
  });
  it('control: a term he `may` get is still the most he faces, not a term imposed', () => {
    const d = story(
      prison('Rask was sentenced to five years for arson, his lawyer said.'),
      prison('Rask may get seven years for arson, his lawyer said.', 1),
    );
    expect(entries(d, 'quantity').concat(entries(d, 'duration'))).toEqual([]);
  });
});

describe("a date after a second act with its own subject is that act's (fact:date-of-nearest-act)", () => {
  it('sets `opened in 2031 and its roof was repaired in 2046` against `opened in 2033`', () => {
    const d = story(
      arena('The hall was opened in 2031 and its roof was repaired in 2046, the council said.'),
      arena('The hall was opened in 2033, the council said.', 1),
    );
    expect(entries(d, 'date').map((e) => [...e].sort())).toEqual([['2031', '2033']]);
  });
  it('control: two dates of one act stay uncompared', () => {
    const d = story(
      arena('The hall was opened in 2031 and again in 2046, the council said.'),
      arena('The hall was opened in 2033, the council said.', 1),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
});

describe("a participle opening its sentence gives its date's event (fact:date-of-opening-participle)", () => {
  it('sets `Opened in 2033, the hall` against `The hall was opened in 2031`', () => {
    const d = story(
      arena('The hall was opened in 2031, the council said.'),
      arena('Opened in 2033, the hall seats 9,000 people.', 1),
    );
    expect(entries(d, 'date').map((e) => [...e].sort())).toEqual([['2031', '2033']]);
  });
  it('control: an opening year is not set against a repair year', () => {
    const d = story(
      arena('The roof of the hall was repaired in 2035, the council said.'),
      arena('Opened in 2033, the hall seats 9,000 people.', 1),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
});

describe('dates of two events one subject links are an entry each (date:entry-per-event)', () => {
  it('gives the opening and the repair their own entries', () => {
    const d = story(
      arena('The hall was opened in 2031 and its roof was repaired in 2046.'),
      arena('Opened in 2033, the hall is home to Tessan Rovers.', 1),
      arena("The hall's roof was last repaired in 2045.", 0),
    );
    expect(
      entries(d, 'date')
        .map((e) => [...e].sort())
        .sort(),
    ).toEqual([
      ['2031', '2033'],
      ['2045', '2046'],
    ]);
  });
  it('control: three outlets dating one opening two ways are one entry', () => {
    const d = story(
      arena('The hall was opened in 2031, the council said.'),
      arena('Opened in 2033, the hall seats 9,000 people.', 1),
      arena('The hall was opened in 2031, engineers said.', 0),
    );
    expect(entries(d, 'date').map((e) => [...e].sort())).toEqual([['2031', '2033']]);
  });
});
