import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 57 (h-disc87), issue #12: a toll given in two named parts joined by `and` under one verb.
 * Fictional ships, schools and figures, in ECB+'s tokenised shape.
 */
describe('a toll told in two named parts (fact:toll-part-joined)', () => {
  const ill = (a: string, b: string) => entries(story(a, b), 'count');
  it('`96 passengers and 31 crew had reported symptoms`: the crew part is no side against `127 people`', () => {
    expect(
      ill(
        'The operator said 96 passengers and 31 crew had reported symptoms on the Sella Dane.',
        'The operator said 127 people had reported symptoms on the Sella Dane.',
      ),
    ).toEqual([]);
  });
  it('`12 pupils and two teachers were injured`: the teachers are no side against `14 people`', () => {
    expect(
      ill(
        'Police said 12 pupils and two teachers were injured in the crash near Tarnby.',
        'Police said 14 people were injured in the crash near Tarnby.',
      ),
    ).toEqual([]);
  });
  it('the part still meets the same group: `two teachers` / `Three teachers were injured`', () => {
    expect(
      ill(
        'Police said 12 pupils and two teachers were injured in the crash near Tarnby.',
        'Police said three teachers were injured in the crash near Tarnby.',
      ),
    ).toEqual([['three teachers', 'two teachers']]);
  });
  it('control: `31 crew` told alone still conflicts with another outlet`s `25 crew`', () => {
    expect(
      ill(
        'The operator said 31 crew had reported symptoms on the Sella Dane.',
        'The operator said 25 crew had reported symptoms on the Sella Dane.',
      ),
    ).toEqual([['25 crew', '31 crew']]);
  });
  it('control: `31 crew were ill` / `25 crew were ill` still conflict', () => {
    expect(
      ill(
        'Officials said 31 crew were ill on the Sella Dane.',
        'Officials said 25 crew were ill on the Sella Dane.',
      ),
    ).toEqual([['25 crew', '31 crew']]);
  });
  it('control: a total told alone still conflicts with another total', () => {
    expect(
      ill(
        'The operator said 127 people had reported symptoms on the Sella Dane.',
        'The operator said 140 people had reported symptoms on the Sella Dane.',
      ),
    ).toEqual([['127 people', '140 people']]);
  });
});
