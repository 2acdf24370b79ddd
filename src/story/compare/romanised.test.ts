import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';
import { spellingVariants } from './names.js';

// A name from another script reaches outlets romanised by different systems: `kh` or `h`, `dzh`
// or `j`, `y` or `i`, a doubled letter or not. Invented names throughout.
describe('a name romanised two ways (name:romanised-two-ways)', () => {
  it('reads the usual choices of romanisation as one name, both words differing or one', () => {
    expect(spellingVariants('Gulnara Berdymukhamedova', 'Gulnara Berdimuhamedova', true)).toBe(true);
    expect(spellingVariants('Tadzhigul Orazova', 'Tajigul Orazova', true)).toBe(true);
    expect(spellingVariants('Yevgeny Sorokin', 'Evgeny Sorokin', true)).toBe(true);
    expect(spellingVariants('Aleksei Mironov', 'Alexei Mironov', true)).toBe(true);
    expect(spellingVariants('Gurbanguly Akhmedov', 'Gurbanguli Ahmedov', true)).toBe(true);
  });
  it('keeps other names apart (controls)', () => {
    // Another ending is another name, and a word of four letters is no romanisation.
    expect(spellingVariants('Ivan Petrov', 'Ivan Petrenko', true)).toBe(false);
    expect(spellingVariants('Oleg Yakhin', 'Olga Yahin', true)).toBe(false);
    // Not a person's name: places and bodies are compared by their own rules.
    expect(spellingVariants('Dashkhovuz Yaylasy Province', 'Dashovuz Yailasy Province', false)).toBe(false);
    // Different first letters are different names.
    expect(spellingVariants('Kurbanmurad Annayev', 'Gurbanmurat Annayev', true)).toBe(false);
  });
  it('reports the spellings in a story as one name written two ways', () => {
    const d = analyzeTexts(
      [
        'Minister dismissed\n\nASHGAL (Wire) - Deputy minister Gulnara Berdymukhamedova was dismissed on Monday, the presidency said.\n',
        'Deputy minister out\n\nThe presidency dismissed deputy minister Gulnara Berdimuhamedova on Monday, it said in a statement.\n',
      ].map((text, i) => ({ location: `romanised-${i + 1}.txt`, text, known: { language: 'en' } })),
    );
    const spelling = d.discrepancies.filter((x) => x.kind === 'spelling').map((x) => x.note);
    expect(spelling).toEqual([
      'one name, written 2 ways: Gulnara Berdymukhamedova / Gulnara Berdimuhamedova',
    ]);
    // Control: one spelling in both outlets is no entry.
    const same = analyzeTexts(
      [
        'Minister dismissed\n\nDeputy minister Gulnara Berdymukhamedova was dismissed on Monday, the presidency said.\n',
        'Deputy minister out\n\nThe presidency dismissed deputy minister Gulnara Berdymukhamedova on Monday.\n',
      ].map((text, i) => ({ location: `same-${i + 1}.txt`, text, known: { language: 'en' } })),
    );
    expect(same.discrepancies.filter((x) => x.kind === 'spelling')).toEqual([]);
  });
});
