import { describe, expect, it } from 'vitest';
import { story, entries } from '../invented.fixture.js';

/** A shark attack told by three outlets: the victim's age, how far offshore (stop 38). Fictional. */

const first = `Surfer killed by shark off Wrenna Beach
January 14, 2033
A 34-year-old surfer was killed by a shark off Wrenna Beach on Saturday morning, police said.
The shark struck about 50 metres from the shore, a lifeguard said.`;

describe('the age of someone named by what they were doing (AGED)', () => {
  it('sets `a surfer, 36,` against `a 34-year-old surfer`', () => {
    const d = story(
      first,
      `Shark kills surfer\nJanuary 14, 2033\nA surfer, 36, died after a shark attack at Wrenna Beach.`,
    );
    expect(entries(d, 'age')).toEqual([['34', '36']]);
  });
  it('control: the same age agrees', () => {
    const d = story(
      first,
      `Shark kills surfer\nJanuary 14, 2033\nA surfer, 34, died after a shark attack at Wrenna Beach.`,
    );
    expect(entries(d, 'age')).toEqual([]);
  });
});

describe('how far offshore, however it is worded (fact:distance-offshore)', () => {
  const later = (m: number) =>
    `Wrenna shark victim named\nJanuary 15, 2033\nThe surfer had been paddling with two friends when the shark struck about ${m} metres offshore.`;
  it('sets `100 metres offshore` against `50 metres from the shore`, no update', () => {
    expect(entries(story(first, later(100)), 'quantity')).toEqual([['100 metres', '50 metres']]);
  });
  it('control: the same distance agrees', () => {
    expect(entries(story(first, later(50)), 'quantity')).toEqual([]);
  });
});

describe('a noun the sum is `of` names it before what it is paid in (fact:sum-of-noun-first)', () => {
  const sums = (text: string) =>
    (story(`Hackers hit Orvo\n${text}`).facts ?? []).filter((f) => f.kind === 'quantity').map((f) => f.about);
  it('reads `a ransom of $1 million in cryptocurrency` as a ransom', () => {
    expect(sums('The hackers demanded a ransom of $1 million in cryptocurrency, Orvo said.')).toEqual([
      'noun:ransom',
    ]);
  });
  it('control: `a total of $4 million in aid` is aid', () => {
    expect(sums('The government sent a total of $4 million in aid to Orvo, officials said.')).toEqual([
      'noun:aid',
    ]);
  });
});

describe('an act’s noun before `of` leaves the sum to what it is in (fact:sum-of-noun-first)', () => {
  // (Since stop 55 a theft's sum is the value stolen, `fact:sum-of-loot`, as `stole jewels worth`
  // is: the jewels another outlet names are no other figure. Still never keyed by `theft`.)
  it('reads `the theft of 4.2 million euros in jewels` as the value stolen, not the theft', () => {
    const d = story(
      `Museum theft\nThe theft of 4.2 million euros in jewels from the Orvo museum shocked the city.`,
    );
    expect((d.facts ?? []).filter((f) => f.kind === 'quantity').map((f) => f.about)).toEqual(['noun:loot']);
  });
});
