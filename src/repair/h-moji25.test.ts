import { describe, expect, it } from 'vitest';
import { findMojibake } from './mojibake.js';
import { repairedView } from './view.js';

const fix = (s: string): string => repairedView(s, findMojibake(s)).text;
const rules = (s: string): string[] =>
  findMojibake(s).map((r) => `${s.slice(r.start, r.end)}→${r.replacement} ${r.rule}`);

// Fictional lines (invented people and places), 2026-12-07, h-moji25. Each case failed on the commit this
// branch started from (e907440); each control passed there and passes now.
describe('a Spanish or Portuguese lost byte told by an ending or a listed word', () => {
  it('reads `-iÃn` as -ión in a Spanish line, not only after c or s (camión, avión)', () => {
    expect(fix('El conductor del camiÃn y el piloto del aviÃn declararon ante el juez')).toBe(
      'El conductor del camión y el piloto del avión declararon ante el juez',
    );
  });
  it('reads `-arÃn` as the future’s -arán, over a dropped soft hyphen’s í', () => {
    expect(fix('Los concejales votarÃn el lunes la ordenanza de terrazas')).toBe(
      'Los concejales votarán el lunes la ordenanza de terrazas',
    );
  });
  it('reads Portuguese `-Ãrio` words by the list (secretário, relatório, ministério)', () => {
    expect(fix('O secretÃrio entregou o relatÃrio ao ministÃrio da Fazenda')).toBe(
      'O secretário entregou o relatório ao ministério da Fazenda',
    );
  });
  it('controls: a name’s í kept, a word no list holds left as the older rules read it', () => {
    expect(fix('El concejal MartÃn Olmedo presentó la moción')).toBe(
      'El concejal Martín Olmedo presentó la moción',
    );
    expect(fix('O sanitÃrio da praça foi fechado pela prefeitura')).toBe(
      'O sanitírio da praça foi fechado pela prefeitura',
    );
  });
});

describe('Turkish in windows-1254 read as windows-1252, told by a letter Icelandic never writes', () => {
  it('repairs a line whose words hold ğ and İ but no ı (`Ýnegöl’de doðum günü`)', () => {
    const line = 'Ýnegöl’de doðum günü etkinliði düzenlendi';
    expect(fix(line)).toBe('İnegöl’de doğum günü etkinliği düzenlendi');
    expect(rules(line)[0]).toBe('Ýnegöl→İnegöl mojibake:windows-1254-as-windows-1252');
  });
  it('controls: Icelandic written right; Icelandic with ð and no Turkish-only letter', () => {
    expect(findMojibake('Borgarstjórinn í Hafnarfirði, Þórunn Guðmundsdóttir')).toEqual([]);
    expect(findMojibake('Ýmir og Guðrún fóru til Reykjavíkur')).toEqual([]);
  });
});

describe('Central European text in windows-1250 read as windows-1252, few changed letters', () => {
  it('reads one changed letter where the letters the charsets share are Czech (`Hasièi … požáru`)', () => {
    expect(fix('Hasièi vyjeli k požáru v Lounech')).toBe('Hasiči vyjeli k požáru v Lounech');
    expect(fix('Starosta Novotný øekl, že silnice bude hotova')).toBe(
      'Starosta Novotný řekl, že silnice bude hotova',
    );
  });
  it('reads a sign between letters beside a letter a Western alphabet holds (`Mieszkañcy … zebra³a`)', () => {
    expect(fix('Mieszkañcy wsi zebra³a siê w szkole')).toBe('Mieszkańcy wsi zebrała się w szkole');
    expect(fix('Mieszkañcy Nowin protestowali w czwartek wieczorem, powiedzia³a')).toBe(
      'Mieszkańcy Nowin protestowali w czwartek wieczorem, powiedziała',
    );
  });
  it('controls: a Danish name beside Czech ones; Estonian š ž; one changed letter in a name; `m³`', () => {
    expect(findMojibake('José Žák met Søren Bøgh in Århus')).toEqual([]);
    expect(findMojibake('Søren Žák met José')).toEqual([]);
    expect(findMojibake('Le défenseur slovaque Marek Škvarka a été très bon, selon son entraîneur')).toEqual(
      [],
    );
    expect(findMojibake('Il portiere Vaclík è stato il migliore, poi Hamšík')).toEqual([]);
    expect(findMojibake('Tšempion Šmidt ja Žürii kohtusid Søreniga')).toEqual([]);
    expect(findMojibake('Policie hledá muže, který ukradl kolo v Mostì')).toEqual([]);
    expect(findMojibake('El precio del piso en Peñíscola: 2.100 € por m³')).toEqual([]);
  });
});

describe('`Â` named in a correct line', () => {
  it('keeps a lone `Â` in a line writing a lowercase accented letter right and no misread pair', () => {
    expect(findMojibake('The letter Â opens the Romanian word âncora and sits in château.')).toEqual([]);
  });
  it('controls: a no-break space misread beside other misreadings, and before a digit', () => {
    expect(fix('Le prix atteint 12Â euros Ã  Montréal')).toBe('Le prix atteint 12\u00a0euros à Montréal');
    expect(fix('CafÃ© Â prix 10 à payer')).toBe('Café \u00a0prix 10 à payer');
  });
});
