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
