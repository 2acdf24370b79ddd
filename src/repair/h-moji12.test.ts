import { describe, expect, it } from 'vitest';
import { findMojibake } from './mojibake.js';
import { repairedView } from './view.js';

/** Correct text typed beside mojibake after the misreading, 2026-12-05 (h-moji12). Invented lines. */
const fix = (s: string): string => repairedView(s, findMojibake(s)).text;

describe('an ellipsis added after the misreading (runs.ts, CURLED)', () => {
  // A preview or a tweet cut short after the text was misread: `…` (85 in windows-1252) stands after `Ã¶`
  // and reads as a stray continuation byte of ö, which left the whole word unrepaired.
  it('repairs the word the ellipsis ends', () => {
    const broken = 'Der FÃ¤hrmann aus KÃ¼hlberg sagte, es sei schÃ¶…';
    expect(fix(broken)).toBe('Der Fährmann aus Kühlberg sagte, es sei schö…');
    const last = findMojibake(broken).at(-1)!;
    expect([last.start, last.end, last.replacement, last.rule]).toEqual([
      45,
      47,
      'ö',
      'mojibake:utf8-as-windows-1252',
    ]);
    expect(last.reason).toMatch(/beside '…', typed after the misreading/);
    expect(fix('Neue FÃ¤hre nach Ã…lesund ab Montag…')).toBe('Neue Fähre nach Ålesund ab Montag…');
    expect(findMojibake(fix(broken))).toEqual([]);
  });
  it('control: an ellipsis that is a byte of the misreading is read as one, correct text is left', () => {
    // `Ã…` is Å (C3 85): the ellipsis there is the second byte.
    expect(fix('Die Fähre nach Ã…lesund')).toBe('Die Fähre nach Ålesund');
    expect(findMojibake('Der Fährmann sagte, es sei schö…')).toEqual([]);
    expect(findMojibake('Ça suffit… Déjà?')).toEqual([]);
  });
});

describe('letters mended by hand beside mojibake in one word (runs.ts, typedAfter)', () => {
  // Someone replaced `Ã©` by `é` and left the rest; or a word was put together from two sources. The
  // correct letter starts no sequence (no continuation byte follows it), so the word is read in pieces.
  it('repairs the misread letters of a word that holds a correct one', () => {
    const french = 'Les élÃ¨ves du collÃ¨ge de Valbrune ont visité la forÃªt.';
    expect(fix(french)).toBe('Les élèves du collège de Valbrune ont visité la forêt.');
    const first = findMojibake(french)[0]!;
    expect([first.start, first.end, first.replacement, first.rule]).toEqual([
      6,
      8,
      'è',
      'mojibake:utf8-as-windows-1252',
    ]);
    expect(first.reason).toMatch(/beside 'é', typed after the misreading/);
    expect(fix('Die BÃ¤ckerin aus Moosried grüÃŸte die GÃ¤ste.')).toBe(
      'Die Bäckerin aus Moosried grüßte die Gäste.',
    );
    expect(fix('Kotimatkalla Ylämäen henkilöÃ¤ ei nÃ¤kynyt')).toBe(
      'Kotimatkalla Ylämäen henkilöä ei näkynyt',
    );
    // ß (DF) alone is a two-byte lead, as what a strict decoder leaves of с (`Ñ`) is: the one lowercase
    // letter among those leads is mended text.
    expect(fix('Die neue SchuhgrÃ¶ße passt')).toBe('Die neue Schuhgröße passt');
    expect(findMojibake(fix(french))).toEqual([]);
  });
  it('control: a symbol or a lead before a continuation byte is no typed letter', () => {
    // `‚Ä¢` is MacRoman's •: its `‚` is no letter, so windows-1252 does not read `Ä¢` (Ģ) beside it.
    expect(fix('‚Ä¢ Preisliste f√ºr KÃ¤se und BrÃ¶tchen')).toBe('• Preisliste für Käse und Brötchen');
    // What a strict decoder left of с (D1 81) is no typed letter: the word is read as before.
    expect(fix('ÐœÐ¾ÑÐºÐ²Ð° Ð¸ ÐšÐ¸ÐµÐ²')).toBe('МоÑква и Киев');
    // Correct text is left.
    expect(findMojibake('Les élèves du collège ont visité la forêt.')).toEqual([]);
    expect(findMojibake('Größe × Länge · Höhe')).toEqual([]);
  });
});

describe('a decomposed mark after a letter as written (decomposed.ts)', () => {
  // A letter written correctly before misread marks is ASCII: a non-ASCII one would be misread too, and
  // decomposed text holds no letter NFD splits. A row of odd capitals is no decomposed text.
  it('leaves a row of accented capitals alone', () => {
    expect(findMojibake('ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ ÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß')).toEqual([]);
    expect(findMojibake('Sigla: ÂÃÄ, ÊËÌ')).toEqual([]);
  });
  it('control: a mark misread after an ASCII letter is still composed', () => {
    expect(fix('Le cafe\u00cc\u0081 du quai')).toBe('Le café du quai');
    expect(fix('Der Schlu\u00c3\u00e0ssel liegt dort')).toBe('Der Schlüssel liegt dort');
  });
});
