import { describe, expect, it } from 'vitest';
import { findMojibake } from './mojibake.js';
import { repairedView } from './view.js';

const fix = (s: string): string => repairedView(s, findMojibake(s)).text;
const flags = (s: string): string[] =>
  findMojibake(s)
    .filter((r) => r.rule.startsWith('mojibake:flag-'))
    .map((r) => `${s.slice(r.start, r.end)}@${r.start} ${r.rule}`);

// Fictional lines (invented people and places), 2026-12-07, h-moji20. Each case failed on the commit this
// branch started from (4bce8cd); each control passed there and passes now.
describe('à whose A0 was trimmed at a line’s end (`voilÃ`)', () => {
  it('repairs voilà, déjà and hyphened -là at a line’s end', () => {
    expect(fix('Le maire a tranchÃ© : la fÃªte aura lieu, voilÃ')).toBe(
      'Le maire a tranché : la fête aura lieu, voilà',
    );
    expect(fix('Pour MÃ©lodie Varenne, tout est dit depuis longtemps dÃ©jÃ')).toBe(
      'Pour Mélodie Varenne, tout est dit depuis longtemps déjà',
    );
    expect(fix('Sur la nouvelle piste cyclable, on ira au-delÃ')).toBe(
      'Sur la nouvelle piste cyclable, on ira au-delà',
    );
    expect(findMojibake('Cette dÃ©cision-lÃ').at(-1)?.rule).toBe('mojibake:nbsp-trimmed-at-end');
  });
  it('leaves a Portuguese word in capitals and a lowercase ã at a line’s end as they are', () => {
    for (const line of ['PREÇO DA LÃ SOBE EM ITAPEVA: A IRMÃ', 'Ela é irmã da prefeita e chegou amanhã']) {
      expect(findMojibake(line)).toEqual([]);
    }
  });
});

describe('a lead left alone by a lost byte: flagged, not guessed', () => {
  it('flags a lone lead ending a line (à trimmed, or a character cut) and keeps it', () => {
    const cut = 'Mairie de SÃ©vrac : dÃ©claration du dÃ©putÃ';
    expect(fix(cut)).toBe('Mairie de Sévrac : déclaration du députÃ');
    expect(flags(cut)).toEqual([`Ã@${cut.length - 1} mojibake:flag-cut-at-end`]);
    // Italian `città` or a cut `é`: nothing but a lexicon tells; the `lÃ` of a cut German `lä` too.
    expect(fix('Auf den Bildern von KÃ¼hlingen lÃ')).toBe('Auf den Bildern von Kühlingen lÃ');
    expect(flags('La nova biblioteca de Serramar obrirÃ')).toHaveLength(1);
  });
  it('flags a lone lead right before another misread character inside a word', () => {
    const line = 'Die GrÃÃŸe des Neubaus in KÃ¼hlingen Ã¼berrascht';
    expect(fix(line)).toBe('Die GrÃße des Neubaus in Kühlingen überrascht');
    expect(flags(line)).toEqual(['Ã@6 mojibake:flag-lost-byte']);
  });
  it('records nothing on correct text ending in a Latin-1 capital or ß', () => {
    for (const line of [
      'Herzliche Grüße aus Kühlingen, Ihr Fuß',
      'Kazakh Latin: Qazaqstan, Ä, Ö, Ü, Ğ, Ñ, Ş',
      'AÑO NUEVO EN PEÑAVERDE: «PEÑA»',
    ]) {
      expect(findMojibake(line)).toEqual([]);
    }
  });
});

describe('Portuguese Ã in capitals before a closing quote', () => {
  it('leaves `“IRMÃ”` and `«CAPITÃ»` (a quote opened with a correct mark) as they are', () => {
    for (const line of ['“IRMÃ”, DIZ O CARTAZ DA PROCISSÃO', '«CAPITÃ» É O NOVO LIVRO DE ROSA LIMA']) {
      expect(findMojibake(line)).toEqual([]);
    }
  });
  it('still repairs Ô and û where no correct opening mark waits for its close', () => {
    expect(fix('â€œO METRÃ” CHEGOUâ€ em Itapeva')).toBe('“O METRÔ CHEGOU” em Itapeva');
    expect(fix('“O METRÃ” CHEGOU” disse JoÃ£o')).toBe('“O METRÔ CHEGOU” disse João');
  });
});

describe('Turkish in windows-1254 read as windows-1252, in capitals', () => {
  it('reads `Ý` `Þ` `Ð` back in a headline in capitals', () => {
    expect(fix('BAÞKAN AÇIKLADI: ÝZMÝR’DE SU KESÝNTÝSÝ')).toBe('BAŞKAN AÇIKLADI: İZMİR’DE SU KESİNTİSİ');
    expect(fix('ÞÝÞLÝ BELEDÝYESÝ YENÝ PARKI AÇTI')).toBe('ŞİŞLİ BELEDİYESİ YENİ PARKI AÇTI');
    expect(findMojibake('ÞÝÞLÝ BELEDÝYESÝ YENÝ PARKI AÇTI')[0]?.rule).toBe(
      'mojibake:windows-1254-as-windows-1252',
    );
  });
  it('leaves Icelandic in capitals as it is', () => {
    for (const line of [
      'ÞETTA ER NÝJA ÞÝSKALAND',
      'ALÞINGI SAMÞYKKTI NÝ LÖG UM ÝMIS MÁL',
      'GUÐRÚN ÞÓRÐARDÓTTIR KJÖRIN FORMAÐUR',
      'ÞINGMENN SAMÞYKKTU FRUMVARP',
    ]) {
      expect(findMojibake(line)).toEqual([]);
    }
  });
});

describe('a lone lead ending the line is no correct text beside a single misread letter', () => {
  it('repairs `Ã¨` in a line whose only other non-ASCII character is a lead cut at its end', () => {
    const line = 'Nuovo sindaco a Valdorso: Ã¨ la cittÃ';
    expect(fix(line)).toBe('Nuovo sindaco a Valdorso: è la cittÃ');
    expect(flags(line)).toEqual([`Ã@${line.length - 1} mojibake:flag-cut-at-end`]);
  });
  it('still leaves a single misread word beside correct accented text, and beside a final ß', () => {
    expect(fix('Nuovo sindaco a Valdorso: Ã¨ la città')).toBe('Nuovo sindaco a Valdorso: Ã¨ la città');
    expect(fix('Il sindaco Ã¨ partito a piedi, zu Fuß')).toBe('Il sindaco Ã¨ partito a piedi, zu Fuß');
  });
});

describe('MacRoman’s decomposed reading gives way to a windows-1252 letter of another base', () => {
  it('does not read `SÃ£O` (São uppercased, windows-1252) as MacRoman’s S with a dot below', () => {
    const line = 'O “SÃ£O PAULO” venceu';
    expect(fix(line)).not.toContain('Ṣ');
    expect(findMojibake(line).filter((r) => r.rule === 'mojibake:decomposed-utf8-as-macroman')).toEqual([]);
  });
  it('still reads decomposed French read in MacRoman (`FrancÃßais`, `ReÃÅmy`)', () => {
    expect(fix('Les FrancÃßais aÃÄ Saint-ReÃÅmy')).toBe('Les Français à Saint-Rémy');
  });
});
