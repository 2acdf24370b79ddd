import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';
import type { Dossier } from '../../model/dossier.js';

// A former mayor and a developer sentenced for bribery, told by two outlets. Invented story.
const story = (a: string, b: string): Dossier =>
  analyzeTexts(
    [`Former Corvel mayor jailed\n\n${a}\n`, `Reyes sentenced\n\n${b}\n`].map((text, i) => ({
      location: `court-${i + 1}.txt`,
      text,
      known: { language: 'en' },
    })),
  );
const terms = (d: Dossier): string[] =>
  (d.facts ?? []).filter((f) => f.about === 'during:sentence').map((f) => `${f.text}=${f.value}`);

describe('prison terms: `and a half`, and a term received (fact:term-sentence, fact:term-received)', () => {
  it('reads `four and a half years` as 4.5', () => {
    const d = story(
      'Former Corvel mayor Tomas Reyes was sentenced on Friday to four and a half years in prison for bribery.',
      'Former Corvel mayor Tomas Reyes was sentenced on Friday to four years in prison for bribery.',
    );
    expect(terms(d)).toEqual(['four and a half years=4.5', 'four years=4']);
  });
  it('reads a term received in a story of a sentencing', () => {
    expect(
      terms(
        story(
          'Former Corvel mayor Tomas Reyes was sentenced on Friday to six years in prison.',
          'His co-defendant, developer Lars Moen, received four years.',
        ),
      ),
    ).toEqual(['six years=6', 'four years=4']);
  });
  it('control: years a contractor got to finish a bridge are no term', () => {
    const d = analyzeTexts(
      [
        'Corvel bridge\n\nThe contractor got two years to finish the Corvel bridge.\n',
        'Corvel bridge cost\n\nThe Corvel bridge will cost 40 million euros.\n',
      ].map((text, i) => ({ location: `bridge-${i + 1}.txt`, text, known: { language: 'en' } })),
    );
    expect(terms(d)).toEqual([]);
  });
});
