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
    // The radio relays the Herald, which cites the coast guard: both articles rest on the coast
    // guard and on the Herald's own report (its headline, told by no one else), never on the radio.
    expect(lead).toBe(
      '2 articles from 2 outlets rest on 2 independent origins: coast guard [1][2]; Fen Herald [1][2].',
    );
  });

  it('lists relays and commentators apart from the origins', () => {
    const d = analyzeTexts(
      [
        [
          'Fen Herald',
          'The Pellham ferry caught fire on Monday night, the coast guard said. "The fire spread fast," said Ola Brenn, a maritime safety expert at Kelvin University.',
        ],
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
    const lines = renderMarkdown(d).split('\n');
    const relays = lines.indexOf('Relays (they pass on another report; not origins):');
    expect(relays).toBeGreaterThan(0);
    expect(lines[relays + 2]).toBe('- Marsh Radio [2], passing on Fen Herald');
    const commentators = lines.indexOf('Commentators (they give a view; not origins of a fact):');
    expect(commentators).toBeGreaterThan(0);
    expect(lines[commentators + 2]).toMatch(/^- Ola Brenn.* \[1\]$/);
    // Neither is an origin.
    expect(lines.find((l) => l.includes(' rest on '))).not.toMatch(/Marsh Radio|Ola Brenn/);
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

describe('the Markdown report names the claim an entry is about', () => {
  it('by its number in the claims table, so two claims that drift alike read apart', async () => {
    const { TARIFF } = await import('../story/trial/tariff.fixture.js');
    const d = analyzeTexts(
      TARIFF.map((a) => ({ location: a.location, text: a.text, known: { language: 'en' } })),
    );
    const lines = renderMarkdown(d).split('\n');
    const drift = d.discrepancies.find((x) => x.kind === 'certainty' && x.claim)!;
    const n = d.claims.findIndex((c) => c.id === drift.claim) + 1;
    expect(n).toBeGreaterThan(0);
    expect(lines.some((l) => l.startsWith(`- **certainty** (claim ${n}): `))).toBe(true);
    // Control: an entry of figures, about no one claim, names none.
    expect(lines.find((l) => l.startsWith('- **count**'))).toMatch(/^- \*\*count\*\*: /);
  });
});
