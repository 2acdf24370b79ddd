import { describe, expect, it } from 'vitest';
import { story } from '../invented.fixture.js';

/** A quake's magnitude, its aftershocks' and an earlier quake's (stop 38). Fictional stories. */
const magnitudes = (d: ReturnType<typeof story>) =>
  d.discrepancies
    .filter((x) => x.kind === 'quantity')
    .map((x) => [...new Set(x.values.map((v) => v.text))].sort());

const first = `Strong quake hits Vesna
March 3, 2033
A magnitude 6.1 earthquake struck the northern province of Vesna early on Monday, killing nine people, officials said.
A magnitude 5.2 aftershock shook the province two hours later.
In 2011, a magnitude 6.8 earthquake in the same province killed 140 people.`;
const later = (magnitude: string) => `Vesna quake toll rises
March 4, 2033
Rescuers in Vesna searched collapsed homes on Tuesday after Monday's earthquake.
The Global Seismic Centre put the quake's magnitude at ${magnitude}.
More than 30 aftershocks have followed, the strongest of magnitude 5.4.
The province was devastated by a quake of magnitude 6.8 in 2011.`;

describe("a quake's magnitude told as put at a figure (fact:magnitude)", () => {
  it('sets `put the magnitude at 6.4` against a magnitude 6.1 earthquake', () => {
    expect(magnitudes(story(first, later('6.4')))).toEqual([['6.1', '6.4']]);
  });
  it('control: the same magnitude agrees', () => {
    expect(magnitudes(story(first, later('6.1')))).toEqual([]);
  });
});

describe("an aftershock's magnitude is its own figure (fact:magnitude-aftershock)", () => {
  const aftershocks = (quake: string) => `Aftershocks rattle Vesna
March 4, 2033
Monday's magnitude ${quake} quake was followed by dozens of aftershocks.
An aftershock of magnitude 5.6 struck the northern province of Vesna early on Tuesday, killing two people, officials said.`;
  it('sets neither the aftershocks nor an earlier year’s quake against the story’s quake', () => {
    expect(magnitudes(story(first, aftershocks('6.1')))).toEqual([]);
  });
  it('control: a quake measured otherwise in the same report is set against it', () => {
    expect(magnitudes(story(first, aftershocks('5.8')))).toEqual([['5.8', '6.1']]);
  });
});
