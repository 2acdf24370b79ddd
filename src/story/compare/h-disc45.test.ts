import { describe, expect, it } from 'vitest';
import { story, entries } from '../invented.fixture.js';

/**
 * A crew's return from orbit and a town council's budget vote (h-disc45). Fictional places,
 * agencies and people; each outlet's other lines its own.
 */
const landing = (line: string, outlet = 0) =>
  [
    `Crew back from Orla station\nMay 3, 2049\nThree astronauts came home from the Orla station near Vesk on Monday.\n${line}\nThey spent 120 days in orbit.`,
    `Orla crew lands\nMay 3, 2049\nA capsule carrying the Orla crew parachuted onto the plain outside Vesk.\n${line}\nDoctors said all three were well.`,
  ][outlet]!;
const vote = (line: string, outlet = 0) =>
  [
    `Dornach council passes budget\nOctober 9, 2049\nThe council of Dornach approved its spending plan for 2050.\n${line}\nMayor Ida Brenn welcomed the result.`,
    `Dornach budget adopted\nOctober 9, 2049\nDornach's spending plan was adopted after a long debate.\n${line}\nThe opposition called it reckless.`,
  ][outlet]!;

describe('the noun `touchdown` is the landing (fact:time-of-moment, `touchdown`)', () => {
  it('sets `touched down at 9:42 a.m.` against `Touchdown came at 10:15 a.m.`', () => {
    const d = story(
      landing('The capsule touched down at 9:42 a.m. under a striped parachute.'),
      landing('Touchdown came at 10:15 a.m., the agency said.', 1),
    );
    expect(entries(d, 'time')).toEqual([['10:15 a.m.', '9:42 a.m.']]);
  });
  it('control: the time the recovery team arrived is another moment', () => {
    const d = story(
      landing('The capsule touched down at 9:42 a.m. under a striped parachute.'),
      landing('Recovery teams arrived at 10:15 a.m., the agency said.', 1),
    );
    expect(entries(d, 'time')).toEqual([]);
  });
});

describe('a tally followed by when the vote came (fact:vote-tally, `late on`)', () => {
  it('sets `voted 27 to 15 late on Thursday` against `by 27 votes to 14`', () => {
    const d = story(
      vote('The plan passed by 27 votes to 14 on Thursday.'),
      vote('Councillors voted 27 to 15 late on Thursday to adopt it.', 1),
    );
    expect(entries(d, 'count')).toEqual([['14', '15']]);
  });
  it('control: the same tally told with a time after it is no discrepancy', () => {
    const d = story(
      vote('The plan passed by 27 votes to 14 on Thursday.'),
      vote('Councillors voted 27 to 14 late on Thursday to adopt it.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

const stall = (line: string, outlet = 0) =>
  [
    `Cable car stalls above Nerra valley\nFebruary 2, 2050\nA cable car stopped in mid-air above the Nerra valley on Sunday.\n${line}\nRescuers lowered all 30 passengers by rope.`,
    `Passengers stranded in Nerra cable car\nFebruary 2, 2050\nThirty people were stuck for hours when the Nerra line broke down.\n${line}\nThe operator blamed a power fault.`,
  ][outlet]!;

describe('a length above the ground is one height (fact:height-above-ground)', () => {
  it('sets `hanging 80 metres above the ground` against `some 120 metres above a forest`', () => {
    const d = story(
      stall('A power fault cut the main motor, leaving the cabin hanging 80 metres above the ground.'),
      stall('Officials said the cabin was left dangling some 120 metres above a forest.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['120 metres', '80 metres']]);
  });
  it('control: a station’s altitude above sea level is no height of the cabin', () => {
    const d = story(
      stall('A power fault cut the main motor, leaving the cabin hanging 80 metres above the ground.'),
      stall('Officials said the cabin’s top station stands 1,200 metres above sea level.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('the votes against after the votes for (fact:vote-against-after-for)', () => {
  it('sets `voted in favour and 15 against` against `by 27 votes to 14`', () => {
    const d = story(
      vote('Councillors passed the plan by 27 votes to 14 on Thursday.'),
      vote('Twenty-seven councillors voted in favour and 15 against.', 1),
    );
    expect(entries(d, 'count')).toEqual([['14', '15']]);
  });
  it('control: the same votes against told so agree', () => {
    const d = story(
      vote('Councillors passed the plan by 27 votes to 14 on Thursday.'),
      vote('Twenty-seven councillors voted in favour and 14 against.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});
