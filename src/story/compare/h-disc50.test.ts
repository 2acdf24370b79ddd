import { describe, expect, it } from 'vitest';
import { story, entries } from '../invented.fixture.js';

/**
 * General phenomena of news language the discrepancy finder missed (h-disc50). Fictional
 * people, places and firms; each outlet's other lines its own.
 */
const smuggler = (line: string, outlet = 0) =>
  [
    `Fisherman jailed for smuggling\nMay 3, 2047\nA fisherman was jailed on Tuesday for smuggling cigarettes into Port Varrow.\n${line}\nCustoms officers found the goods in his boat.`,
    `Smuggler sent to prison\nMay 3, 2047\nA Port Varrow fisherman has been jailed for bringing in untaxed cigarettes.\n${line}\nHe had denied the charge.`,
  ][outlet]!;

describe('a surname heard with and without an `-er` ending (name:heard-two-ways)', () => {
  it('reports `Dorran Grange` / `Dorran Grainger` and sets his age and term against each other', () => {
    const d = story(
      smuggler('Dorran Grange, 46, was sentenced to six years in prison by a judge in Halsey.'),
      smuggler('Dorran Grainger, 48, was given eight years in prison at Halsey Crown Court.', 1),
    );
    expect(entries(d, 'spelling')).toEqual([['Dorran Grainger', 'Dorran Grange']]);
    expect(entries(d, 'age')).toEqual([['46', '48']]);
    expect(entries(d, 'quantity')).toEqual([['eight years', 'six years']]);
  });
  it('control: two people of other surnames stay apart', () => {
    const d = story(
      smuggler('Dorran Grange, 46, was sentenced to six years in prison by a judge in Halsey.'),
      smuggler('Dorran Pellew, 48, was given eight years in prison at Halsey Crown Court.', 1),
    );
    expect(entries(d, 'spelling')).toEqual([]);
    expect(entries(d, 'age')).toEqual([]);
  });
  it('control: another consonant is another surname (`Grange` / `Grant`)', () => {
    const d = story(
      smuggler('Dorran Grange, 46, was sentenced to six years in prison by a judge in Halsey.'),
      smuggler('Dorran Grant, 48, was given eight years in prison at Halsey Crown Court.', 1),
    );
    expect(entries(d, 'spelling')).toEqual([]);
  });
});

const rescue = (line: string, outlet = 0) =>
  [
    `Climbers rescued from Mount Orrel\nMay 3, 2047\nTwo climbers were rescued from Mount Orrel on Sunday after a storm.\n${line}\nBoth were taken to hospital in Tallin Cross.`,
    `Orrel climbers saved\nMay 3, 2047\nA helicopter crew saved two climbers stranded on Mount Orrel on Sunday.\n${line}\nNeither was badly hurt.`,
  ][outlet]!;

describe('a figure short of a value against one past it (figure:opposite-bounds)', () => {
  it('sets `nearly six hours` against `more than six hours`', () => {
    const d = story(
      rescue('The rescue took nearly six hours, the mountain service said.'),
      rescue('The rescue took more than six hours in high winds.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['six hours']]);
  });
  it('sets `rescued nearly six hours after they called` against `rescued more than six hours after` (fact:elapsed-after)', () => {
    const d = story(
      rescue('The pair were rescued nearly six hours after they called for help.'),
      rescue('They were rescued more than six hours after they called for help.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['six hours']]);
  });
  it('control: spans of two acts from one moment are apart (fact:elapsed-after)', () => {
    const d = story(
      rescue('Protests started two days after the election, police said.'),
      rescue('The final results were announced three days after the election.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
  it('control: `about six hours` sets no bound against `more than six hours`', () => {
    const d = story(
      rescue('The rescue took about six hours, the mountain service said.'),
      rescue('The rescue took more than six hours in high winds.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

const shark = (line: string, outlet = 0, date = 'May 3, 2047') =>
  [
    `Shark attack closes Penmor beach\n${date}\n${line}\nThe man, 31, was taken to hospital with leg wounds.`,
    `Penmor swimmer bitten by shark\n${date}\n${line}\nLifeguards closed the beach.`,
  ][outlet]!;
const strike = (line: string, outlet = 0, date = 'May 3, 2047') =>
  [
    `Dock strike continues at Harlow\n${date}\n${line}\nShips are queuing offshore.`,
    `Harlow dock strike drags on\n${date}\n${line}\nUnion leaders met the port owners.`,
  ][outlet]!;

describe('an event counted by its ordinal in a period (fact:ordinal-in-period)', () => {
  it('sets `the third attack this year` against `the second attack this year`', () => {
    const d = story(
      shark('A swimmer was bitten by a shark off Penmor on Saturday, the third attack this year.'),
      shark('A shark bit a swimmer at Penmor on Saturday in the second attack this year on the coast.', 1),
    );
    expect(entries(d, 'count')).toEqual([['second', 'third']]);
  });
  it('control: another event of the period is counted apart', () => {
    const d = story(
      shark('A swimmer was bitten by a shark off Penmor on Saturday, the third attack this year.'),
      shark('A swimmer drowned at Penmor on Saturday, the second drowning this year on the coast.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
  it('control: a day of one strike counts no events (`the third day of the strike`, a day later `the second day`)', () => {
    const d = story(
      strike('Dock workers at Harlow stayed out on Tuesday, the second day of the strike.'),
      strike(
        'Dock workers at Harlow stayed out on Wednesday, the third day of the strike.',
        1,
        'May 4, 2047',
      ),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

const refunds = (line: string, outlet = 0) =>
  [
    `Airline offers partial refunds\nMay 3, 2047\n${line}\nHundreds of flights were cancelled last week.`,
    `Skyvel refunds anger passengers\nMay 3, 2047\n${line}\nMany had demanded a full refund.`,
  ][outlet]!;

describe('a share refunded, by a percentage or a fraction word (fact:share-refunded)', () => {
  it('sets `refunds of 40 percent` against `half their money back`', () => {
    const d = story(
      refunds('Skyvel Air said passengers on cancelled flights would get refunds of 40 percent.'),
      refunds(
        'Skyvel Air passengers on cancelled flights will get half their money back, the airline said.',
        1,
      ),
    );
    expect(entries(d, 'quantity')).toEqual([['40 percent', 'half']]);
  });
  it('control: `half` is `50 percent`', () => {
    const d = story(
      refunds('Skyvel Air said passengers on cancelled flights would get refunds of 50 percent.'),
      refunds(
        'Skyvel Air passengers on cancelled flights will get half their money back, the airline said.',
        1,
      ),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

const attack = (line: string, outlet = 0) =>
  [
    `Shark kills surfer off Kell Point\nMay 3, 2047\n${line}\nBeaches along the coast were closed.`,
    `Surfer dies in shark attack\nMay 3, 2047\n${line}\nFishermen searched the reef.`,
  ][outlet]!;

describe('a measure before two nouns measures the second (fact:number-adjective-compound)', () => {
  it('sets `a three-metre tiger shark` against `a four-metre shark`', () => {
    const d = story(
      attack('A surfer was killed by a three-metre tiger shark off Kell Point on Monday.'),
      attack('A four-metre shark attacked a surfer off Kell Point on Monday, killing him.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['four-metre', 'three-metre']]);
  });
  it('control: a shark and a crocodile of one story are two animals', () => {
    const d = story(
      attack('A surfer was killed by a three-metre tiger shark off Kell Point on Monday.'),
      attack(
        'A shark attacked a surfer off Kell Point. Earlier a four-metre crocodile was seen near the reef.',
        1,
      ),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

const painting = (line: string, outlet = 0) =>
  [
    `Lost painting found in attic\nMay 3, 2047\nA lost work by Ilsa Marven, a Swedish painter, was found in an attic in Brora on Monday.\n${line}\nIt will be sold next month.`,
    `Marven canvas turns up in Brora\nMay 3, 2047\nA canvas by Ilsa Marven was found in a Brora attic on Monday.\n${line}\nExperts say it is genuine.`,
  ][outlet]!;

describe('a death told through a role noun is the death of the role holder (date:once-of-described, date:event-word-family)', () => {
  it('sets `The painter, who died in 1952,` against `Marven, who died in 1953,`', () => {
    const d = story(
      painting('The painter, who died in 1952, left few works.'),
      painting('Marven, who died in 1953, is little known abroad.', 1),
    );
    expect(entries(d, 'date')).toEqual([['1952', '1953']]);
  });
  it("another person's death, named, is not the painter's (`her husband, the sculptor Oren Dahl, who died in 1960`)", () => {
    const d = story(
      painting('The painter, who died in 1952, left few works.'),
      painting('Her husband, the sculptor Oren Dahl, who died in 1960, kept it hidden.', 1),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
  it("another role holder's death is not the painter's (`Oren Dahl, a sculptor` ... `The sculptor, who died in 1960`)", () => {
    const d = story(
      painting('The painter, who died in 1952, left few works.'),
      painting('It was kept by Oren Dahl, a sculptor. The sculptor, who died in 1960, had hidden it.', 1),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
});

const blast = (line: string, outlet = 0) =>
  [
    `Gas blast wrecks Orlin flats\nMay 3, 2047\n${line}\nFirefighters searched the rubble.`,
    `Orlin flats hit by blast\nMay 3, 2047\n${line}\nResidents were moved to a school.`,
  ][outlet]!;

describe('a clock time with no half of the day (fact:time-bare-clock)', () => {
  it('sets `at about 11:20` against `at 11:02`: 18 minutes, past what `about` allows', () => {
    const d = story(
      blast('A gas explosion wrecked a block of flats in Orlin at about 11:20 on Friday.'),
      blast('A gas explosion tore through flats in Orlin at 11:02 on Friday.', 1),
    );
    expect(entries(d, 'time')).toEqual([['11:02', '11:20']]);
  });
  it('control: `at about 11:20` and `at 11:12` are one time, as `about` rounds', () => {
    const d = story(
      blast('A gas explosion wrecked a block of flats in Orlin at about 11:20 on Friday.'),
      blast('A gas explosion tore through flats in Orlin at 11:12 on Friday.', 1),
    );
    expect(entries(d, 'time')).toEqual([]);
  });
  it('control: `at 4:30` may be the afternoon (`at 4:30 p.m.`)', () => {
    const d = story(
      blast('A gas explosion wrecked a block of flats in Orlin at 4:30 on Friday.'),
      blast('A gas explosion tore through flats in Orlin at 4:30 p.m. on Friday.', 1),
    );
    expect(entries(d, 'time')).toEqual([]);
  });
  it('control: `about 38 metres` and `36 metres` are one width, as `about` rounds', () => {
    const d = story(
      blast('A gas explosion wrecked flats in Orlin. The blast left a crater about 38 metres wide.'),
      blast('A gas explosion tore through flats in Orlin. The blast left a crater 36 metres wide.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});
