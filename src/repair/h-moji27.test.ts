import { describe, expect, it } from 'vitest';
import { findMojibake } from './mojibake.js';
import { repairedView } from './view.js';

const fix = (s: string): string => repairedView(s, findMojibake(s)).text;

// Fictional lines (invented people and places), Stop 57, h-moji27. Each case failed on the commit this branch
// started from (cf512e3); each control passed there and passes now.
describe('a Portuguese word ending in a lost byte', () => {
  it('reads a listed word before a space or a comma (`sÃ vai`, `cafÃ do`, `amanhÃ,`)', () => {
    expect(fix('O cafÃ do largo sÃ abre amanhÃ, disse o dono, o senhor Abílio')).toBe(
      'O café do largo só abre amanhã, disse o dono, o senhor Abílio',
    );
  });
  it('reads a listed word over the soft hyphen’s í (`ninguÃm`, `terÃa`)', () => {
    expect(fix('A reunião foi marcada para terÃa, mas ninguÃm da câmara apareceu.')).toBe(
      'A reunião foi marcada para terça, mas ninguém da câmara apareceu.',
    );
  });
  it('controls: an Italian à before a comma, a Portuguese à, a line’s end', () => {
    expect(fix('Il sindaco ha detto che la città di Valdaria sarà pronta, forse')).toBe(
      'Il sindaco ha detto che la città di Valdaria sarà pronta, forse',
    );
    expect(fix('Ele foi à praça e não voltou até às dez')).toBe('Ele foi à praça e não voltou até às dez');
  });
});

describe('Lithuanian and Latvian in windows-1257 read as windows-1252', () => {
  it('reads a Lithuanian line whose letters fit no Western alphabet', () => {
    expect(fix('Alytaus meras paþadëjo naujà ligoninæ iki rudens')).toBe(
      'Alytaus meras pažadėjo naują ligoninę iki rudens',
    );
  });
  it('reads a Latvian line', () => {
    expect(fix('Cçsu novada domes priekðsçdçtâjs atklâja jauno skolu')).toBe(
      'Cēsu novada domes priekšsēdētājs atklāja jauno skolu',
    );
  });
  it('controls: names of two Western languages, Icelandic, Albanian', () => {
    for (const s of [
      'Søren Bøgh and Þórunn Ólafsdóttir met in Ærøskøbing.',
      'Aðalsteinn Þórhallsson var kjörinn formaður í gær.',
      'Kryetari i bashkisë së Korçës tha që ura do të hapet',
      'Noël Dumoulin a visité la forêt de Brocéliande.',
    ])
      expect(fix(s)).toBe(s);
  });
});

describe('a lone Ã or Â named before an English function word', () => {
  it('leaves the letters named in a correct English line', () => {
    for (const s of [
      'The teacher wrote Ã and Â on the blackboard for the pupils.',
      'In that font Â is drawn wider than A.',
    ])
      expect(fix(s)).toBe(s);
  });
  it('controls: à before a French word, a no-break space after a word, à and two spaces', () => {
    expect(fix('Rendez-vous Ã Lyon et Ã  Paris')).toBe('Rendez-vous à Lyon et à Paris');
    expect(fix('Le prix est de 12Â euros, payable Ã la caisse')).toBe(
      'Le prix est de 12\u00a0euros, payable à la caisse',
    );
  });
});
