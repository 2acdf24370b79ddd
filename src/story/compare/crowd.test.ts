import { describe, expect, it } from 'vitest';
import { story } from '../invented.fixture.js';

/**
 * A protest's crowd told by an idiom (`took to the streets`, `The march drew N people`) is those
 * who marched (`fact:crowd-of-protest`), and counted once: a later report's figure is a conflict,
 * not an update (`figure:crowd-counted-once`). Fictional stories.
 */
const entries = (d: ReturnType<typeof story>) =>
  d.discrepancies
    .filter((x) => !['single-outlet', 'certainty', 'source'].includes(x.kind))
    .map((x) => `${x.kind}: ${[...new Set(x.values.map((v) => v.text))].sort().join(' / ')}`);

const FIRST = `Tens of thousands march in Velmar against pension reform\nVELMAR, June 3, 2031 - About 80,000 people marched through Velmar on Saturday against the pension reform, organisers said.`;

describe('the crowd of a protest', () => {
  it('sets the crowds of three reports against each other, the next day’s as a conflict', () => {
    const d = story(
      FIRST,
      `Pension protest draws crowds in Velmar\nVELMAR, June 3, 2031 - Some 35,000 people took to the streets of Velmar on Saturday to protest the pension reform, police said.`,
      `Velmar march against pension changes\nJune 4, 2031\nThe march drew 100,000 people on Saturday, according to the organisers.`,
    );
    expect(entries(d)).toEqual(['count: 100,000 people / 35,000 people took / 80,000 people marched']);
  });

  it('control: people who joined a company are no crowd of the protest', () => {
    const d = story(
      FIRST,
      `Pension protest in Velmar\nVELMAR, June 3, 2031 - Some 35,000 workers joined the state rail company in May, officials said.`,
    );
    expect(entries(d)).toEqual([]);
  });

  it('control: a toll that rises a day later is still an update', () => {
    const d = story(
      `Clashes at Velmar pension march\nVELMAR, June 3, 2031 - Twelve people were injured in clashes at the pension march on Saturday, police said.`,
      `Velmar march injuries rise\nJune 4, 2031\nThe number of people injured in Saturday's clashes at the pension march rose to 20, police said.`,
    );
    expect(entries(d).filter((e) => e.startsWith('update'))).toHaveLength(1);
  });
});
