import { describe, expect, it } from 'vitest';
import { story, entries } from '../invented.fixture.js';

/**
 * A halted drug trial, a cruise-ship outbreak, a solo sailor's voyage (h-disc48). Fictional
 * firms, ships and people; each outlet's other lines its own (a line every outlet runs word for
 * word is boilerplate).
 */
const trial = (line: string, outlet = 0) =>
  [
    `Trial of kidney drug halted\nMay 6, 2050\nA trial of the kidney drug Nephrix was halted on Tuesday, its maker Oskel Bio said.\n${line}\nShares in Oskel fell sharply.`,
    `Oskel stops Nephrix study\nMay 6, 2050\nOskel Bio stopped its study of Nephrix after patients fell ill.\n${line}\nRegulators have been told.`,
  ][outlet]!;

describe('an unnamed person who died (fact:age-died)', () => {
  it('sets `A 58-year-old patient died` against `A patient aged 54 died`', () => {
    const d = story(
      trial('A 58-year-old patient died last month.'),
      trial('A patient aged 54 died in April after liver failure.', 1),
    );
    expect(entries(d, 'age').map((e) => [...e].sort())).toEqual([['54', '58']]);
  });
  it('control: a patient who died is not a patient who recovered', () => {
    const d = story(
      trial('A 58-year-old patient died last month.'),
      trial('A patient aged 54 recovered in April after liver failure.', 1),
    );
    expect(entries(d, 'age')).toEqual([]);
  });
});

const cruise = (line: string, outlet = 0) =>
  [
    `Virus sickens cruise passengers\nJuly 2, 2050\nDozens of passengers on the liner Coralind fell ill with a stomach bug, its operator said on Sunday.\n${line}\nThe ship docked in Perrow overnight.`,
    `Coralind outbreak\nJuly 2, 2050\nThe Coralind reached Perrow with many passengers sick.\n${line}\nThe operator offered refunds.`,
  ][outlet]!;
const race = (line: string, outlet = 0) =>
  [
    `Ossley wins the Tarn rowing race\nAugust 9, 2050\nRower Jem Ossley won the solo Tarn race on Saturday.\n${line}\nA crowd lined the quay.`,
    `Record row for Ossley\nAugust 9, 2050\nJem Ossley set a new record in the Tarn race.\n${line}\nHe thanked his coach.`,
  ][outlet]!;

describe('going aboard and crossing the line are moments (fact:time-of-moment, `at:boarding`, `at:finish`)', () => {
  it('sets `Inspectors boarded the ship at 9:30 a.m.` against `went aboard at 11:30 a.m.`', () => {
    const d = story(
      cruise('Health inspectors boarded the ship at 9:30 a.m. to take samples.'),
      cruise('Inspectors from the agency went aboard at 11:30 a.m., officials said.', 1),
    );
    expect(entries(d, 'time').map((e) => [...e].sort())).toEqual([['11:30 a.m.', '9:30 a.m.']]);
  });
  it('control: inspectors boarding is not the ship docking', () => {
    const d = story(
      cruise('Health inspectors boarded the ship at 9:30 a.m. to take samples.'),
      cruise('Inspectors from the agency waited until the ship docked at 11:30 a.m.', 1),
    );
    expect(entries(d, 'time')).toEqual([]);
  });
  it('sets `crossed the finish line at 3:15 p.m.` against `crossed the line at 5:15 p.m.`', () => {
    const d = story(
      race('He crossed the finish line at 3:15 p.m. to loud cheers.'),
      race('Ossley crossed the line at 5:15 p.m., race officials said.', 1),
    );
    expect(entries(d, 'time').map((e) => [...e].sort())).toEqual([['3:15 p.m.', '5:15 p.m.']]);
  });
  it('control: crossing the line is not the prize-giving', () => {
    const d = story(
      race('He crossed the finish line at 3:15 p.m. to loud cheers.'),
      race('Ossley was given the trophy at 5:15 p.m., race officials said.', 1),
    );
    expect(entries(d, 'time')).toEqual([]);
  });
});

describe('an ailment suffered or developed is falling ill (fact:developed-ailment)', () => {
  it('sets `9 patients suffered kidney damage` against `11 patients developed kidney problems`', () => {
    const d = story(
      trial('The trial was stopped after 9 patients suffered kidney damage.'),
      trial('Oskel acted after 11 patients developed kidney problems, a spokesman said.', 1),
    );
    expect(entries(d, 'count').map((e) => [...e].sort())).toEqual([
      ['11 patients developed kidney', '9 patients suffered kidney'],
    ]);
  });
  it('control: patients who developed an ailment are not patients who recovered', () => {
    const d = story(
      trial('The trial was stopped after 9 patients suffered kidney damage.'),
      trial('Oskel said 11 patients recovered fully, a spokesman said.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe('a size before a name, a rounding word after it (fact:number-adjective-name)', () => {
  it('sets `rowed the 7-metre Skua some 3,000 miles` against `rowed the 8-metre Skua, built in Dask,`', () => {
    const d = story(
      race('Ossley rowed the 7-metre Skua some 3,000 miles alone.'),
      race('Ossley rowed the 8-metre Skua, built in Dask, across the bay.', 1),
    );
    expect(entries(d, 'quantity').map((e) => [...e].sort())).toEqual([['7-metre', '8-metre']]);
  });
  it('control: a size before a name and a noun after it measures that noun', () => {
    const d = story(
      race('Ossley rowed the 7-metre Skua some 3,000 miles alone.'),
      race('He trained on the 8-metre Tarn canal every morning.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});
