import { describe, expect, it } from 'vitest';
import { story, factual } from '../invented.fixture.js';

/**
 * Six unseen genres (h-disc55): looted artefacts returned, a university admissions scandal, a
 * cyclist's hour record, a celebrity divorce, a locust swarm, a tram crash. Fictional places and
 * people; each outlet's other lines its own.
 */
const museum = (line: string, outlet = 0) =>
  [
    `Orlin museum returns carvings to Tavesh\nApril 2, 2067\nThe Orlin Museum returned 312 wooden carvings to Tavesh on Monday, its director said.\n${line}\nThe carvings were taken in a raid in 1881.`,
    `Tavesh welcomes back carvings\nApril 2, 2067\nThe carvings will go on show in the Tavesh national gallery in May.\n${line}\nThe ceremony drew about 200 guests.`,
  ][outlet]!;

describe('hundreds written in words are one number (quantities:hundreds-in-words)', () => {
  it('reads `Three hundred and twelve carvings` as 312, no discrepancy with `312 carvings`', () => {
    const d = story(
      museum('The 312 carvings left by ship.'),
      museum('Three hundred and twelve carvings left by ship.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
  it('control: `Three hundred and forty carvings` against 312 is still a discrepancy', () => {
    const d = story(
      museum('The 312 carvings left by ship.'),
      museum('Three hundred and forty carvings left by ship.', 1),
    );
    expect(factual(d).length).toBe(1);
  });
});

const ride = (line: string, outlet = 0) =>
  [
    `Vell breaks hour record\nAugust 20, 2067\nCyclist Ona Vell set a new hour record on Tuesday, riding 50.112 kilometres.\n${line}\nShe trained for a year.`,
    `Vell rides 50.1km\nAugust 20, 2067\nOna Vell became the first woman to ride more than 50 kilometres in an hour on Tuesday.\n${line}\nA crowd watched.`,
  ][outlet]!;
const ages = (d: ReturnType<typeof story>) => factual(d).filter((k) => k === 'age');
const held = 'covered 50.112km, beating the old record of 49.254km held by Pia Rusk since 2058.';

describe('a year in an apposition with its agent dates the noun (figure:year-in-apposition-agent)', () => {
  it('sets `The 31-year-old beat the previous mark of 49.254 km, set by Pia Rusk in 2058, by ...` against `The 32-year-old`', () => {
    const d = story(
      ride(
        'The 31-year-old beat the previous mark of 49.254 km, set by Pia Rusk in 2058, by more than 850 metres.',
      ),
      ride(`The 32-year-old ${held}`, 1),
    );
    expect(ages(d).length).toBe(1);
  });
  it('control: the same age on both sides is no discrepancy', () => {
    const d = story(
      ride(
        'The 31-year-old beat the previous mark of 49.254 km, set by Pia Rusk in 2058, by more than 850 metres.',
      ),
      ride(`The 31-year-old ${held}`, 1),
    );
    expect(ages(d)).toEqual([]);
  });
});

const lease = (line: string, outlet = 0) =>
  [
    `Club signs stadium lease\nMay 3, 2067\nThe Orvik Rovers football club signed a ten-year lease on the Delm stadium on Monday.\n${line}\nThe club moves in next season.`,
    `Rovers to play at Delm\nMay 3, 2067\nOrvik Rovers will play home games at the Delm stadium from next season, the club said.\n${line}\nFans welcomed the move.`,
  ][outlet]!;
const sums = (d: ReturnType<typeof story>) =>
  d.discrepancies.filter((x) => x.kind === 'quantity' || x.kind === 'update');

describe('a rate told before its noun is a sum per its period (fact:rate-before-period)', () => {
  it('sets `the monthly rent of 45,000 dollars` against `rent of 40,000 dollars a month`', () => {
    const d = story(
      lease('The club will pay rent of 40,000 dollars a month.'),
      lease('Under the deal the monthly rent of 45,000 dollars is fixed for ten years.', 1),
    );
    expect(sums(d).length).toBe(1);
  });
  it('control: the same rate told both ways is no discrepancy', () => {
    const d = story(
      lease('The club will pay rent of 40,000 dollars a month.'),
      lease('Under the deal the monthly rent of 40,000 dollars is fixed for ten years.', 1),
    );
    expect(sums(d)).toEqual([]);
  });
});

const blaze = (line: string, outlet = 0) =>
  [
    `Warehouse fire in Orvik\nMay 9, 2067\nA fire destroyed a warehouse in the port of Orvik on Tuesday night.\n${line}\nNo one was hurt.`,
    `Orvik warehouse burns\nMay 9, 2067\nA warehouse in Orvik's port burned down overnight, the city said.\n${line}\nThe cause is not yet known.`,
  ][outlet]!;
const roles = (d: ReturnType<typeof story>) => factual(d).filter((k) => k === 'role');

describe('a chief heads one service, a coach trains one sport (role:field-of-head)', () => {
  it('sets `Fire chief Nils Odo` against `Police chief Nils Odo`', () => {
    const d = story(
      blaze('Fire chief Nils Odo said crews worked through the night.'),
      blaze('Police chief Nils Odo said crews worked through the night.', 1),
    );
    expect(roles(d).length).toBe(1);
  });
  it('sets `the club’s rowing coach, Ada Lenz` against `the club’s tennis coach, Ada Lenz`', () => {
    const d = story(
      blaze("The club's rowing coach, Ada Lenz, raised the alarm."),
      blaze("The club's tennis coach, Ada Lenz, raised the alarm.", 1),
    );
    expect(roles(d).length).toBe(1);
  });
  it('control: `Fire brigade chief` against `Fire chief`', () => {
    const d = story(
      blaze('Fire brigade chief Nils Odo said crews worked through the night.'),
      blaze('Fire chief Nils Odo said crews worked through the night.', 1),
    );
    expect(roles(d)).toEqual([]);
  });
  it('control: `Fire chief` against `Orvik fire chief`, `head coach` against `rowing coach`', () => {
    const d = story(
      blaze('Fire chief Nils Odo said crews worked through the night. Head coach Ada Lenz raised the alarm.'),
      blaze(
        'Orvik fire chief Nils Odo said crews worked through the night. Rowing coach Ada Lenz raised the alarm.',
        1,
      ),
    );
    expect(roles(d)).toEqual([]);
  });
});

const raid = (line: string, outlet = 0) =>
  [
    `Six held over Delm bank raid\nMarch 8, 2067\n${line}\nAll six are from Orvik.\nThe bank reopened on Wednesday.`,
    `Delm bank raid: more charged\nMarch 11, 2067\n${line}\nThe raid netted 2 million crowns, police said.\nThe accused will appear in court next month.`,
  ][outlet]!;
const first = 'Police on Tuesday charged six people over the raid on a bank in Delm.';
const dates = (d: ReturnType<typeof story>) => factual(d).filter((k) => k === 'date');

describe('a further round of an act is dated apart (date:further-round)', () => {
  it('leaves `Police on Friday charged four more people` (a later report) apart from `on Tuesday charged six people`', () => {
    const d = story(
      raid(first),
      raid(
        'Police on Friday charged four more people over the raid on a bank in Delm, bringing the number of accused to ten.',
        1,
      ),
    );
    expect(dates(d)).toEqual([]);
  });
  it('control: `Police on Friday charged six people` (no further round) is set against `on Tuesday`', () => {
    const d = story(
      raid(first),
      raid('Police on Friday charged six people over the raid on a bank in Delm.', 1),
    );
    expect(dates(d).length).toBe(1);
  });
});

const barn = (line: string, outlet = 0) =>
  [
    `Man charged over Delm fire\nApril 14, 2067\n${line}\nThe fire destroyed a barn.`,
    `Arson charge over barn fire\nApril 14, 2067\n${line}\nHe will appear in court.`,
  ][outlet]!;
const arrested = 'Police arrested a man on Saturday and charged him with arson on Monday, a spokesman said.';

describe('`and` before a verb of the past opens a clause between two days (clause:and-past-verb)', () => {
  it('sets `arrested a man on Saturday and charged him on Monday` against `arrested a man on Tuesday`', () => {
    const d = story(
      barn(arrested),
      barn('Police arrested a man on Tuesday over the barn fire in Delm, a spokesman said.', 1),
    );
    expect(dates(d).length).toBe(1);
  });
  it('control: the same day of the arrest is no discrepancy; `on Monday and Tuesday` stays one span', () => {
    const d = story(
      barn(arrested),
      barn('Police arrested a man on Saturday over the barn fire in Delm, a spokesman said.', 1),
    );
    expect(dates(d)).toEqual([]);
    const e = story(
      barn('Police questioned a man on Monday and Tuesday, a spokesman said.'),
      barn('Police questioned a man on Friday, a spokesman said.', 1),
    );
    expect(dates(e)).toEqual([]);
  });
});
