import { describe, expect, it } from 'vitest';
import { tokenised } from './who.fixture.js';

// h-who33 (issue 13, "who says it"): fictional stories only; docs/origins.md, `Stop 54 (h-who33)`.

type Story = ReturnType<typeof tokenised>;
/** The labels of the sources of the member opening with `start`. */
const sourcesOf = (d: Story, start: string): string[] => {
  const label = (id: string) => d.provenance.nodes.find((n) => n.id === id)?.label ?? id;
  const m = d.claims.flatMap((c) => c.members).find((x) => x.text.startsWith(start));
  return (m?.sources ?? []).map(label);
};

const unitStory = (other: string) =>
  'http: / / www. tarnposten. com / 2034 / 10 / 20 / mayor\nProsecutors investigate Tarn mayor\nOctober 20, 2034\n' +
  'Prosecutors have opened an investigation into the mayor of Tarn over bridge contracts, the Economic Crime Unit said on Monday.\n' +
  other +
  "The unit said the contracts had gone to a firm owned by the mayor's cousin without a tender.";
const UNIT_WIRE =
  'http: / / www. ntbnews. no / en / 2034 / 10 / 20 / tarn\nTarn mayor investigated\nOctober 20, 2034\n' +
  "TARN (NTB) - The contracts went to a firm owned by the mayor's cousin without a tender, the unit said.";

describe('h-who33: a body read again by its noun (`body-noun-again`)', () => {
  it('pair: `The unit said` after `the Economic Crime Unit` is that unit', () => {
    const d = tokenised(unitStory(''), UNIT_WIRE);
    expect(sourcesOf(d, 'The unit said')).toEqual(['Economic Crime Unit']);
  });
  it('control: with two units named, `The unit said` stays unread', () => {
    const d = tokenised(unitStory('The Cyber Crime Unit said it had seized two laptops.\n'), UNIT_WIRE);
    expect(sourcesOf(d, 'The unit said')).toEqual([]);
  });
});
