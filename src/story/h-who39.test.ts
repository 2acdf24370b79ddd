import { describe, expect, it } from 'vitest';
import { tokenised } from './who.fixture.js';

// h-who39 (issue 13, "who says it"): fictional stories only; docs/origins.md, `Stop 57 (h-who39)`.

const HEAD = (site: string) =>
  `http: / / www. ${site}. com / 2039 / 09 / 02 / dam\nDam gates to open\nSeptember 2, 2039\n`;

/** The labels of the sources of the first article's member opening with `start`. */
const sourcesOf = (d: ReturnType<typeof tokenised>, start: string): string[] => {
  const label = (id: string) => d.provenance.nodes.find((n) => n.id === id)?.label ?? id;
  const first = d.documents[0]!.id;
  const m = d.claims.flatMap((c) => c.members).find((x) => x.doc === first && x.text.startsWith(start));
  return (m?.sources ?? []).map(label);
};

const OTHER =
  HEAD('valleynews') +
  'The gates of the Lunde dam will open on Thursday, flooding the lower meadows.\n' +
  'Farmers must move their cattle by Wednesday night, officials said.\n';

describe('h-who39: a document from someone is its sender`s (`document-from`)', () => {
  it('pair: `A letter from X to Y said` rests on X, not on whom it went to', () => {
    const d = tokenised(
      HEAD('dalenpost') +
        'The gates of the Lunde dam will open on Thursday, flooding the lower meadows.\n' +
        'A letter from the Water Directorate to farmers said cattle must be moved by Wednesday night.\n',
      OTHER,
    );
    expect(sourcesOf(d, 'A letter from')).toEqual(['Water Directorate']);
  });
  it('pair: `A separate notice from X said` rests on X alone', () => {
    const d = tokenised(
      HEAD('dalenpost') +
        'The gates of the Lunde dam will open on Thursday, flooding the lower meadows.\n' +
        'A separate notice from the Water Directorate said cattle must be moved by Wednesday night.\n',
      OTHER,
    );
    expect(sourcesOf(d, 'A separate notice')).toEqual(['Water Directorate']);
  });
  it('control: a sentence opening with its speaker keeps the speaker (`to` names no sender)', () => {
    const d = tokenised(
      HEAD('dalenpost') +
        'The gates of the Lunde dam will open on Thursday, flooding the lower meadows.\n' +
        'Dam keeper Ola Brekke wrote to farmers that cattle must be moved by Wednesday night.\n',
      OTHER,
    );
    expect(sourcesOf(d, 'Dam keeper')).toEqual(['Dam keeper Ola Brekke']);
  });
});
