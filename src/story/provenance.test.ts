import { describe, expect, it } from 'vitest';
import { corpus, describeShared } from '../../test/shared.js';
import { loadDocuments } from '../analyze.js';
import { processText } from '../pipeline/document.js';
import { provenanceGraph } from './provenance.js';

const doc = (text: string, outlet: string) =>
  processText(text, { kind: 'record', location: outlet }, { known: { outlet, language: 'en' } });

describe('provenanceGraph', () => {
  it('links outlets to the news organisations they relay and those to their sources, merging aliases', () => {
    const g = provenanceGraph([
      doc(
        'The mayor resigned on Friday, The Harbour Gazette reported, citing two council members.',
        'Coast Radio',
      ),
      doc('Council members told the HG that the mayor had resigned over the budget.', 'Marsh Weekly'),
      doc('The mayor resigned, according to a statement from the council.', 'Fen Post Online'),
    ]);
    const label = new Map(g.nodes.map((n) => [n.id, n.label]));
    const edges = g.edges.map((e) => `${label.get(e.from)} ${e.kind} ${label.get(e.to)}`).sort();
    expect(edges).toContain('Coast Radio relays Harbour Gazette');
    expect(edges).toContain('Harbour Gazette cites two council members');
    expect(edges).toContain('Marsh Weekly relays Harbour Gazette');
    expect(edges).not.toContain('Marsh Weekly relays HG'); // the acronym is the same newspaper
    expect(edges).toContain('Fen Post Online cites Council');
  });
  it('leaves pronouns and stray phrases out', () => {
    const g = provenanceGraph([
      doc('It was late, he said. With experts in the room, the plan was discussed, she added.', 'X'),
    ]);
    expect(g.nodes.map((n) => n.label)).toEqual(['X']);
  });
});

describeShared('provenance on nk-assets (../shared)', () => {
  it('shows most outlets relaying the New York Times', () => {
    const { documents } = loadDocuments([corpus('nk-assets')]);
    const g = provenanceGraph(documents);
    const nyt = g.nodes.find((n) => /New York Times/.test(n.label) && n.kind === 'news-organization')!;
    expect(nyt).toBeDefined();
    const relaying = new Set(
      g.edges.filter((e) => e.to === nyt.id && e.kind === 'relays').map((e) => e.from),
    );
    expect(relaying.size).toBeGreaterThanOrEqual(4);
    expect(
      g.edges.some(
        (e) =>
          e.from === nyt.id &&
          e.kind === 'cites' &&
          /officials/i.test(g.nodes.find((n) => n.id === e.to)!.label),
      ),
    ).toBe(true);
  });
});
