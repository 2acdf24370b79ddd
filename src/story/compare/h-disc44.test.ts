import { describe, expect, it } from 'vitest';
import { story, entries, factual } from '../invented.fixture.js';

/**
 * h-disc44: six unseen stories (a casting announcement, a chess title match, a stock-market
 * debut, a dinosaur find, carbon monoxide at a hostel, a minimum-wage rise), each told by three
 * outlets (issue 12). Fictional places, firms and people.
 */
const find = (line: string) => `New dinosaur named at Brask\nMay 3, 2047\n${line}`;

describe('letters whose mark is in their shape (name:letters-without-marks)', () => {
  it('reads `Ingrid Søberg` and `Ingrid Soberg` as one spelling', () => {
    const d = story(
      find('The fossil was described by a team led by Ingrid Søberg, the museum said.'),
      find('Lead author Ingrid Soberg said the animal was a plant eater, the museum said.'),
    );
    expect(entries(d, 'spelling')).toEqual([]);
  });
  it('control: another vowel for the letter is still another spelling', () => {
    const d = story(
      find('The fossil was described by a team led by Ingrid Søberg, the museum said.'),
      find('Lead author Ingrid Seberg said the animal was a plant eater, the museum said.'),
    );
    expect(entries(d, 'spelling')).toEqual([['Ingrid Seberg', 'Ingrid Søberg']]);
  });
});
