import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../analyze.js';
import { renderMarkdown } from './markdown.js';

describe('the Markdown report opens on where the story comes from', () => {
  it('says how many articles from how many outlets rest on which origins, cited by number', () => {
    const d = analyzeTexts(
      [
        ['Fen Herald', 'The Pellham ferry caught fire on Monday night, the coast guard said.'],
        [
          'Marsh Radio',
          'The Pellham ferry burned on Monday night, the coast guard said, according to the Fen Herald.',
        ],
      ].map(([outlet, text], i) => ({
        location: `${i}.txt`,
        text: `Ferry fire\n\n${text}\n`,
        known: { published: '2032-09-08', outlet: outlet! },
      })),
    );
    const lead = renderMarkdown(d)
      .split('\n')
      .find((l) => l.includes(' rest on '))!;
    // The radio relays the Herald: both articles rest on the Herald's report.
    expect(lead).toBe('2 articles from 2 outlets rest on 1 independent origin: Fen Herald [1][2].');
  });
});

describe('the Markdown report names documents as a reader knows them', () => {
  it('by headline (else the start of the body) and outlet (else the web site), then where it came from', () => {
    const d = analyzeTexts([
      {
        location: 'notes/ferry.txt',
        text: 'The Pellham ferry caught fire on Monday night, the coast guard said.\n',
      },
      {
        location: 'b.txt',
        text: 'Ferry fire\n\nThe Pellham ferry burned on Monday night, the coast guard said.\n',
        known: { outlet: 'Marsh Radio', title: 'Ferry fire' },
      },
    ]);
    const lines = renderMarkdown(d)
      .split('\n')
      .filter((l) => /^\d\. /.test(l));
    expect(lines).toContain(
      '1. The Pellham ferry caught fire on Monday night, the coast guard said. (unknown outlet; notes/ferry.txt)',
    );
    expect(lines).toContain('2. Ferry fire (Marsh Radio; b.txt)');
  });
});
