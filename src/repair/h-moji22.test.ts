import { describe, expect, it } from 'vitest';
import { guessLanguage } from './language.js';
import { findMojibake } from './mojibake.js';
import { repairedView } from './view.js';

const fix = (s: string): string => repairedView(s, findMojibake(s)).text;
const rules = (s: string): string[] =>
  findMojibake(s).map((r) => `${s.slice(r.start, r.end)}→${r.replacement} ${r.rule}`);

// Fictional lines (invented people and places), 2026-12-07, h-moji22. Each case failed on the commit this
// branch started from (7cb393d); each control passed there and passes now.
describe('a lone `Ã` whose second byte was lost, read by the line’s language', () => {
  it('reads the letter a French, Portuguese or Spanish word needs (`dÃputé`, `aprÃs`, `nÃo`, `poblaciÃn`)', () => {
    expect(fix('Le dÃputÃ© Jules Armand a votÃ© contre le projet de la mairie')).toBe(
      'Le député Jules Armand a voté contre le projet de la mairie',
    );
    expect(fix('Elle est partie aprÃs la sÃ©ance, sans un mot pour les Ã©lus')).toBe(
      'Elle est partie après la séance, sans un mot pour les élus',
    );
    expect(fix('O vereador nÃo compareceu Ã  sessÃ£o de ontem')).toBe(
      'O vereador não compareceu à sessão de ontem',
    );
    expect(fix('La poblaciÃn de Torrebaja creciÃ³ este aÃ±o segÃºn el ayuntamiento')).toBe(
      'La población de Torrebaja creció este año según el ayuntamiento',
    );
    expect(rules('Le dÃputÃ© Jules Armand a votÃ© contre le projet de la mairie')[0]).toBe(
      'Ã→é mojibake:lost-byte-by-language',
    );
  });
  it('reads Portuguese ã whose second byte became a space (`nÃ o`, `SÃ o`, `cidadÃ os`)', () => {
    expect(fix('Os vereadores nÃ o aprovaram a proposta do prefeito')).toBe(
      'Os vereadores não aprovaram a proposta do prefeito',
    );
    expect(fix('Os cidadÃ os de Serra Clara votam hoje')).toBe('Os cidadãos de Serra Clara votam hoje');
  });
  it('flags the lead in a line whose words tell no language (`hÃtel`: not hítel)', () => {
    const untold = 'SÃ©vrac â€” hÃtel BrÃ©vaux';
    expect(fix(untold)).toBe('Sévrac — hÃtel Brévaux');
    expect(rules(untold)).toContain('Ã→Ã mojibake:flag-lost-byte');
  });
  it('leaves a reading that makes a word, a line’s end and capitals', () => {
    expect(fix('La polÃtica de MarÃa en el pueblo')).toBe('La política de María en el pueblo');
    expect(fix('Le maire a rencontrÃ© les Ã©lus de la rÃ©gion, prÃ')).toBe(
      'Le maire a rencontré les élus de la région, prÃ',
    );
    expect(fix('Sur la nouvelle piste cyclable, on ira au-delÃ')).toBe(
      'Sur la nouvelle piste cyclable, on ira au-delà',
    );
    for (const line of [
      '“IRMÃ”, DIZ O CARTAZ DA PROCISSÃO',
      'NÃO HÁ VAGAS EM SÃO CAETANO',
      'Sarà o non sarà? La città è pronta',
    ])
      expect(findMojibake(line), line).toEqual([]);
  });
  it('keeps à ending a word before a space in Italian and French (`cittÃ di`)', () => {
    expect(fix('La cittÃ  di Vallombra ha una nuova piazza')).toBe(
      'La città di Vallombra ha una nuova piazza',
    );
  });
});

describe('a capital whose second byte a strict decoder dropped at a word’s start (`Ãlvaro`, `Ãris`)', () => {
  it('reads Á or Í by the name or word it opens', () => {
    expect(fix('Ãlvaro Mendes Ribeiro assume a secretaria de obras')).toBe(
      'Álvaro Mendes Ribeiro assume a secretaria de obras',
    );
    expect(fix('A cantora Ãris Valente lanÃ§a disco em SÃ£o Paulo')).toBe(
      'A cantora Íris Valente lança disco em São Paulo',
    );
    expect(rules('Por Ãcaro Nunes, de Fortaleza')).toEqual(['Ã→Í mojibake:lost-capital-by-word']);
  });
  it('flags what no word tells', () => {
    expect(rules('Ãr KristjÃ¡nsdÃ³ttir skrifar')[0]).toBe('Ã→Ã mojibake:flag-lost-byte');
  });
  it('leaves a line that writes its letters correctly', () => {
    expect(findMojibake('O Ãlvaro disse: é o fim')).toEqual([]);
    expect(findMojibake('Álvaro Ínsua e Ícaro Ângelo')).toEqual([]);
  });
});

describe('guessLanguage', () => {
  it('names a language from function words, or none when they do not tell', () => {
    expect(guessLanguage('il est parti après la séance sans un mot pour les élus'.split(' '))).toBe('fr');
    expect(guessLanguage('os vereadores aprovaram a proposta do prefeito'.split(' '))).toBe('pt');
    expect(guessLanguage('Sévrac hôtel Brévaux'.split(' '))).toBeNull();
  });
});
