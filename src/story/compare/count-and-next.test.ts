import { describe, expect, it } from 'vitest';
import { story } from '../invented.fixture.js';

/** A count followed by the next one of its kind, or more of what befell them (stop 38). Fictional stories. */
const counts = (d: ReturnType<typeof story>) =>
  d.discrepancies
    .filter((x) => x.kind === 'count' || x.kind === 'update')
    .map((x) => [...new Set(x.values.map((v) => v.text))].sort());

const total = `Smuggling ring broken up at Tarnow docks
Five people were arrested after customs officers found cigarettes worth 2 million euros in a container at Tarnow docks, the customs agency said.`;

describe('a count followed by the next one of its kind is a part (fact:count-and-next)', () => {
  it('reads `four ... and a fifth` as at least four', () => {
    const d = story(
      total,
      `Tarnow cigarette haul\nFour men were arrested at the docks and a fifth was detained later at his flat in Orvel, the customs agency said.`,
    );
    expect(counts(d)).toEqual([]);
  });
  it('reads `arrested four ..., and a man was arrested` as at least four', () => {
    const d = story(
      total,
      `Tarnow cigarette haul\nPolice arrested four dock workers, and a man was arrested at his flat in Orvel on Wednesday, the customs agency said.`,
    );
    expect(counts(d)).toEqual([]);
  });
  it('control: four with nothing more is set against five', () => {
    const d = story(
      total,
      `Tarnow cigarette haul\nFour men were arrested at the docks on Tuesday, the customs agency said.`,
    );
    expect(counts(d)).toEqual([['Five people', 'Four men']]);
  });
  it('control: a fifth of something else leaves the count whole', () => {
    const d = story(
      total,
      `Tarnow cigarette haul\nFour men were arrested at the docks and a fifth day of searches began on Wednesday, the customs agency said.`,
    );
    expect(counts(d)).toEqual([['Five people', 'Four men']]);
  });
  it('control: the next one with another outcome leaves the count whole', () => {
    const d = story(
      `Avalanche on Mount Orle\nThree climbers died in an avalanche on Mount Orle on Sunday, rescuers said.`,
      `Two die on Mount Orle\nTwo climbers died and a third was rescued after an avalanche on Mount Orle on Sunday, rescuers said.`,
    );
    expect(counts(d)).toEqual([['Three climbers died', 'Two climbers died']]);
  });
});
