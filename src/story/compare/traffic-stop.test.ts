import { describe, expect, it } from 'vitest';
import { story, entries } from '../invented.fixture.js';

/**
 * A player's drink-driving arrest, a crime clan's round-up and a cut cable, told by several
 * outlets (stop 38). Fictional stories.
 */

const stop = (level: string, speed: string) => `Wolves defender Arno Pell charged after traffic stop
May 4, 2031
Defenseman Arno Pell was arrested early Saturday on suspicion of drunken driving on Route 9, police said.
Pell was driving ${speed} mph in a 50 mph zone, according to the police report.
A breath test put his blood-alcohol level at ${level}, police said.`;
const other = `Pell charged with drunken driving
May 4, 2031
Troopers said Arno Pell's car was travelling at 88 mph when it was stopped.
His blood-alcohol content was 0.12 percent, nearly twice the legal limit of 0.08, police said.`;

describe("a driver's blood-alcohol level (fact:blood-alcohol, figure:rounding-touch)", () => {
  it('sets 0.13 against 0.12, the legal limit apart', () => {
    expect(entries(story(stop('0.13', '88'), other), 'quantity')).toEqual([['0.12', '0.13']]);
  });
  it('control: the same level told two ways agrees', () => {
    expect(entries(story(stop('.12', '88'), other), 'quantity')).toEqual([]);
  });
});

describe("a road's speed limit is no speed anyone went (fact:speed-limit)", () => {
  it('sets 94 mph against 88 mph, the 50 mph zone apart', () => {
    expect(entries(story(stop('0.12', '94'), other), 'quantity')).toEqual([['88 mph', '94 mph']]);
  });
  it('control: the same speed agrees', () => {
    expect(entries(story(stop('0.12', '88'), other), 'quantity')).toEqual([]);
  });
});

describe('a sentence-opening position before a name (PROFESSIONS)', () => {
  const arrest = `Wolves defenseman Pell charged after traffic stop
May 4, 2031
Defenseman Arno Pell was arrested early Saturday on suspicion of drunken driving, police said.
Pell, 27, was driving 94 mph, according to the police report.`;
  const aged = (age: number) => `Pell to miss opener
May 5, 2031
Arno Pell, ${age}, will miss the season opener, the team said.`;
  it('gives `Defenseman Arno Pell` the age of Arno Pell', () => {
    expect(entries(story(arrest, aged(28)), 'age')).toEqual([['27', '28']]);
  });
  it('control: the same age agrees', () => {
    expect(entries(story(arrest, aged(27)), 'age')).toEqual([]);
  });
});

describe('a sum told between a deal’s term and its noun (fact:sum-of-deal)', () => {
  const deal = (noun: string, sum: string) => `Pell's deal
May 5, 2031
The Wolves signed Pell to a four-year, $${sum} million ${noun} in July.
He was freed on $5,000 bail on Saturday.`;
  const mine = `Pell's contract
May 5, 2031
Arno Pell posted $5,000 bail on Saturday and left the county jail with his lawyer.
He signed a four-year, $36 million contract extension last summer.`;
  it('sets a $32 million extension against a $36 million contract extension', () => {
    expect(entries(story(mine, deal('extension', '32')), 'quantity')).toEqual([
      ['$32 million', '$36 million'],
    ]);
  });
  it('control: the same sum agrees', () => {
    expect(entries(story(mine, deal('extension', '36')), 'quantity')).toEqual([]);
  });
});

describe("a person's name has no demonym (name:person-no-demonym)", () => {
  const raid = (name: string) => `Police arrest 40 in raids
June 3, 2032
Police arrested 40 people in dawn raids on Tuesday, prosecutor Ilva ${name} said.`;
  it('reads Sant / Santi as one surname written two ways', () => {
    expect(entries(story(raid('Sant'), raid('Santi')), 'spelling')).toEqual([['Ilva Sant', 'Ilva Santi']]);
  });
  it('control: a place and its demonym are no spelling', () => {
    const d = story(
      `Raids in Estravia\nPolice in Estravia arrested 40 people on Tuesday.`,
      `Estravian raids\nEstravian police arrested 40 people on Tuesday.`,
    );
    expect(entries(d, 'spelling')).toEqual([]);
  });
});

describe('a number that names a thing before `was` (labelsThing)', () => {
  it('reads no count of cables in `the SEA-LINK 4 cable was cut`', () => {
    const d = story(
      `Cable cut\nJanuary 21, 2032\nThe SEA-LINK 4 cable was cut in the Red Sea on Wednesday, its operator said.`,
      `Cables damaged\nJanuary 22, 2032\nTwo undersea cables were damaged in the Red Sea on Wednesday, operators said.`,
    );
    expect((d.facts ?? []).filter((f) => f.kind === 'count').map((f) => f.value)).toEqual([2]);
  });
});
