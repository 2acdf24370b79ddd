import { describe, expect, it } from 'vitest';
import { findMojibake } from './mojibake.js';
import { repairedView } from './view.js';

const fix = (s: string): string => repairedView(s, findMojibake(s)).text;

// Fictional lines (invented people and places), Stop 58, h-moji28. Each case failed on the commit this branch
// started from (66c51290); each control passed there and passes now.
describe('Romanian in windows-1250 read as windows-1252', () => {
  it('reads a line whose ş shows as º opening a word and ă as ã ending one', () => {
    expect(fix('Directorul muzeului din Pârâul Rece a spus cã ºantierul se închide în mai')).toBe(
      'Directorul muzeului din Pârâul Rece a spus că şantierul se închide în mai',
    );
  });
  it('reads º between letters that a UTF-8 reading took with the â before it (`câºtig`)', () => {
    expect(fix('Echipa din Cârlibaba a obþinut un câºtig mic la concursul de toamnã')).toBe(
      'Echipa din Cârlibaba a obţinut un câştig mic la concursul de toamnă',
    );
    expect(findMojibake('Echipa din Cârlibaba a obþinut un câºtig mic la concursul de toamnã')[0]!.rule).toBe(
      'mojibake:windows-1250-romanian',
    );
  });
  it('reads a capital Ş shown as ª opening a name', () => {
    expect(fix('Podul de la ªendreni a fost închis pentru o sãptãmânã')).toBe(
      'Podul de la Şendreni a fost închis pentru o săptămână',
    );
  });
  it('controls: ordinals after a digit or a capital, Portuguese ã, Icelandic þ, Romanian written right', () => {
    for (const s of [
      'A irmã do maestro ficou em 1º lugar e a Nº 7 em 2º, disse a organização',
      'Ela tocou a 3ª sinfonia; a irmã cantou a ária',
      'Alþingi samþykkti lögin í gær, sagði Þórdís',
      'Primăria din Vâlcea a spus că şcoala va fi gata până în toamnă',
      'El equipo quedó 2º en la regata; la 3ª plaza fue para Sotoalbo',
    ])
      expect(fix(s)).toBe(s);
  });
});

describe('words whose lost byte only one letter makes a listed word of', () => {
  it('reads two listed words in a line no function word tells (`sociÃtÃ`, `l’ÃtÃ`)', () => {
    expect(fix('Une sociÃtÃ de Bréhaniel organise la fête de l’ÃtÃ samedi')).toBe(
      'Une société de Bréhaniel organise la fête de l’été samedi',
    );
  });
  it('the two words tell French for the other lost bytes of the line (`rÃgate`, `annoncÃ`)', () => {
    expect(fix('Le dÃputÃ a annoncÃ la rÃgate de Penmarzel, la sociÃtÃ paiera')).toBe(
      'Le député a annoncé la régate de Penmarzel, la société paiera',
    );
  });
  it('reads two listed Spanish words in a heading with no function word (`segÃn`, `tambiÃn`)', () => {
    expect(fix('Horario nuevo segÃn Capitanía: tambiÃn domingos')).toBe(
      'Horario nuevo según Capitanía: también domingos',
    );
  });
  it('reads one listed word in a line told Italian (`piÃ`, not the à the older rules read)', () => {
    expect(fix('Il panettiere di Borgo Ulmo ha cotto piÃ di mille pani per la festa')).toBe(
      'Il panettiere di Borgo Ulmo ha cotto più di mille pani per la festa',
    );
  });
  it('controls: one such word in a line told nothing, capitals, a correct line', () => {
    for (const s of [
      'He says sociÃtÃ was a typo.',
      'Ask Zé about sociÃtÃ, he said.',
      'O ÃRBITRO E O TREINADOR',
    ])
      expect(findMojibake(s).every((r) => r.rule !== 'mojibake:lost-byte-by-listed-words')).toBe(true);
    expect(fix('Une fête à Bréhaniel, déjà l’été')).toBe('Une fête à Bréhaniel, déjà l’été');
  });
});
