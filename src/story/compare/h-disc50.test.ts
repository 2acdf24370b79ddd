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
  it('control: `about six hours` sets no bound against `more than six hours`', () => {
    const d = story(
      rescue('The rescue took about six hours, the mountain service said.'),
      rescue('The rescue took more than six hours in high winds.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});
