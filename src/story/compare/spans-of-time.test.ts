import { describe, expect, it } from 'vitest';
import { story, entries } from '../invented.fixture.js';

/**
 * Spans of time, ages of things and the weekdays of acts (issue 12). Fictional people, places
 * and firms; each outlet's other lines its own.
 */
const jackpot = (line: string, outlet = 0) =>
  [
    `Retired porter wins jackpot\nMay 20, 2056\nRetired porter Ilse Varrow won 8 million crowns in the Tollan draw.\n${line}\nShe plans to share the prize with her sons.`,
    `Tollan jackpot goes to Varrow\nMay 21, 2056\nThe winner of the Tollan draw is Ilse Varrow of Pennick.\n${line}\nThe retired porter said she would buy a boat.`,
  ][outlet]!;

describe('the weekday of one act of one person (fact:date:weekday-of-act, date:weekday-of-act)', () => {
  it('sets `bought the winning ticket on Thursday` against `bought her ticket on Friday`', () => {
    const d = story(
      jackpot('Varrow bought the winning ticket on Thursday at a kiosk in Pennick.'),
      jackpot('Ilse Varrow bought her ticket on Friday at a newsagent in Pennick.', 1),
    );
    expect(entries(d, 'date')).toEqual([['Friday', 'Thursday']]);
  });
  it('control: buying on Thursday is not selling on Friday', () => {
    const d = story(
      jackpot('Varrow bought the winning ticket on Thursday at a kiosk in Pennick.'),
      jackpot('The kiosk in Pennick sold the winning ticket on Friday, Ilse Varrow said.', 1),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
});

const open = (line: string, outlet = 0) =>
  [
    `Orla Venn wins the Carrick Open\nJuly 12, 2057\nOrla Venn won the Carrick Open on Sunday, two shots clear of Bea Strand.\n${line}\nIt was her second title of the year.`,
    `Venn takes Carrick title\nJuly 13, 2057\nOrla Venn held off Bea Strand to win at Carrick.\n${line}\nVenn collects 400,000 crowns.`,
  ][outlet]!;

describe('a player’s score for a round (fact:round-score)', () => {
  it('sets `Venn won with a final-round 68` against `Venn carded a closing 67`', () => {
    const d = story(
      open('Venn won with a final-round 68 in windy conditions.'),
      open('Orla Venn carded a closing 67 to finish on 12 under par.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['67', '68']]);
  });
  it('control: the runner-up’s final round is not the winner’s', () => {
    const d = story(
      open('Venn won with a final-round 68 in windy conditions.'),
      open('Bea Strand was second after a final round of 67.', 1),
    );
    expect([...entries(d, 'quantity'), ...entries(d, 'update')]).toEqual([]);
  });
});

const ditching = (line: string, outlet = 0) =>
  [
    `Freighter sinks off Harrow Point\nOctober 4, 2054\nThe freighter Lune Carrow sank off Harrow Point on Sunday; all 14 crew were rescued.\n${line}\nThe coastguard said the sea was calm.`,
    `Crew saved as Lune Carrow goes down\nOctober 4, 2054\nFourteen sailors were lifted from the sea after the Lune Carrow sank off Harrow Point.\n${line}\nInvestigators will examine the hull.`,
  ][outlet]!;

describe('the age of a craft, as the year it was built (fact:age-of-craft)', () => {
  it('sets `the 23-year-old freighter` against `The ship, which was 19 years old`', () => {
    const d = story(
      ditching('The 23-year-old freighter was carrying timber to Oskel.'),
      ditching('The ship, which was 19 years old, had been sold to a Pennick firm in 2050.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['23-year-old freighter', 'The ship, which was 19 years old']]);
  });
  it('control: a ship’s age is not its captain’s', () => {
    const d = story(
      ditching('The 23-year-old freighter was carrying timber to Oskel.'),
      ditching('The ship’s 19-year-old deckhand raised the alarm.', 1),
    );
    expect([...entries(d, 'quantity'), ...entries(d, 'age')]).toEqual([]);
  });
});

const bridge = (line: string, outlet = 0) =>
  [
    `Kessel bridge opens to traffic\nApril 2, 2053\nThe Marrow Gap bridge in Kessel opened to traffic on Monday.\n${line}\nAbout 40,000 cars are expected to cross it each day.`,
    `Marrow Gap crossing opens\nApril 3, 2053\nDrivers crossed the new Marrow Gap bridge for the first time on Monday.\n${line}\nThe toll will be 4 crowns.`,
  ][outlet]!;
const breach = (line: string, outlet = 0) =>
  [
    `Hollin Mutual says customer data stolen\nJune 10, 2052\nHollin Mutual said hackers had stolen data on 800,000 customers.\n${line}\nThe insurer apologised to customers.`,
    `Hackers hit Hollin Mutual\nJune 11, 2052\nThe insurer Hollin Mutual was hit by a cyberattack, it said on Tuesday.\n${line}\nIts shares fell 3 percent.`,
  ][outlet]!;

describe('how long an act took or will last, keyed by the act (fact:duration-of-act)', () => {
  it('sets `took six years to build` against `was built over seven years`', () => {
    const d = story(
      bridge('The bridge took six years to build and cost 400 million crowns.'),
      bridge('The bridge was built over seven years by a Tollan firm.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['seven years', 'six years']]);
  });
  it('control: the bridge’s building is not its repairs, nor `more than six years` seven', () => {
    const d = story(
      bridge('The bridge took six years to build and cost 400 million crowns.'),
      bridge(
        'Its building lasted more than six years; the repairs to the old ramp took two months to finish.',
        1,
      ),
    );
    expect([...entries(d, 'quantity'), ...entries(d, 'update')]).toEqual([]);
  });
  it('sets `credit monitoring for two years` against `a year of free credit monitoring`', () => {
    const d = story(
      breach('Customers will be offered credit monitoring for two years, the insurer said.'),
      breach('Hollin Mutual will give customers a year of free credit monitoring.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['a year', 'two years']]);
  });
  it('sets `A review, expected to last six months` against `the review would run for nine months`', () => {
    const d = story(
      breach('A review, expected to last six months, will look at the insurer’s systems.'),
      breach('Chief executive Ana Pell said the review of its systems would run for nine months.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['nine months', 'six months']]);
  });
  it('control: a review’s length is not how long the hackers went unseen', () => {
    const d = story(
      breach('A review, expected to last six months, will look at the insurer’s systems.'),
      breach('The hackers were inside its systems for nine months before they were found.', 1),
    );
    expect([...entries(d, 'quantity'), ...entries(d, 'update')]).toEqual([]);
  });
  it('control: a day of protests before the clashes is not the five days of them', () => {
    const d = story(
      bridge('The opening follows five days of protests by residents of Lusk.'),
      bridge('Scuffles broke out at the toll booths following a day of protests.', 1),
    );
    expect([...entries(d, 'quantity'), ...entries(d, 'update')]).toEqual([]);
  });
  it('sets a named person’s `spent 187 days in orbit` against `after 186 days in orbit`', () => {
    const d = story(
      `Astronaut lands\nSeptember 14, 2053\nAstronaut Pim Ostrova landed near Durlan on Friday after spending 187 days in orbit.\nShe made four spacewalks.`,
      `Ostrova back on Earth\nSeptember 15, 2053\nPim Ostrova returned to Earth after 186 days in orbit, the agency said.\nDoctors examined her at Durlan.`,
    );
    expect(entries(d, 'quantity')).toEqual([['186 days', '187 days']]);
  });
});

const downed = (line: string, outlet = 0) =>
  [
    `Mail plane crashes near Brisk\nNovember 2, 2054\nTwo pilots of a Halden Air mail plane were killed near Brisk on Monday.\n${line}\nThe airline grounded its other planes.`,
    `Halden Air pilots killed\nNovember 3, 2054\nA Halden Air mail plane from Brisk crashed on Monday, killing both pilots.\n${line}\nInvestigators reached the site by noon.`,
  ][outlet]!;

describe('how long after take-off a flight failed, told loosely (fact:elapsed-to-failure-loose)', () => {
  it('sets `crashed into a field ... minutes after take-off` against `came down an hour after take-off`', () => {
    const d = story(
      downed('The plane crashed into a field near Brisk minutes after take-off.'),
      downed('The plane came down an hour after take-off from Brisk.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['an hour', 'minutes']]);
  });
  it('control: `shortly after take-off` allows either', () => {
    const d = story(
      downed('The plane crashed into a field near Brisk minutes after take-off.'),
      downed('The plane came down shortly after take-off from Brisk.', 1),
    );
    expect([...entries(d, 'quantity'), ...entries(d, 'update')]).toEqual([]);
  });
});
