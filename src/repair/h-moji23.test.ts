import { describe, expect, it } from 'vitest';
import { findMojibake } from './mojibake.js';
import { repairedView } from './view.js';

const fix = (s: string): string => repairedView(s, findMojibake(s)).text;
const rules = (s: string): string[] =>
  findMojibake(s).map((r) => `${s.slice(r.start, r.end)}→${r.replacement} ${r.rule}`);

// Fictional lines (invented people and places), 2026-12-07, h-moji23. Each case failed on the commit this
// branch started from (ec1dd9d); each control passed there and passes now.
describe('windows-1250 text read as windows-1252 or Latin-1, told by its alphabet', () => {
  it('reads Czech, Hungarian and Croatian lines whose letters fit no Western alphabet', () => {
    expect(fix('Místostarosta Pøemysl Koøínek øekl, že oprava potrvá do záøí')).toBe(
      'Místostarosta Přemysl Kořínek řekl, že oprava potrvá do září',
    );
    expect(fix('A jegyzõ szerint a tûzijáték hétfõn lesz a fõtéren')).toBe(
      'A jegyző szerint a tűzijáték hétfőn lesz a főtéren',
    );
    expect(fix('Župan Ðuro Matiæ otvorio je novi most kod Èazme')).toBe(
      'Župan Đuro Matić otvorio je novi most kod Čazme',
    );
    expect(rules('Župan Ðuro Matiæ otvorio je novi most kod Èazme')[0]).toBe(
      'Ðuro→Đuro mojibake:windows-1250-by-alphabet',
    );
  });
  it('reads Latin-1’s C1 controls as windows-1250’s letters there (`\\u009akoly`: školy, not šoly)', () => {
    expect(
      fix('Øeditel \u009akoly Tomá\u009a \u008a\u009dastný øekl, \u009ee \u009akola zùstane otevøená'),
    ).toBe('Ředitel školy Tomáš Šťastný řekl, že škola zůstane otevřená');
  });
  it('leaves lines whose words each fit a Western language, and Central European text written right', () => {
    for (const line of [
      'Søren Bøgh visited the Crèche in Lyon with Ærø’s mayor',
      'Søren Ærø and Åse Øvrebø met in Tromsø',
      'Tárrega, Pèrez i Giménez: la cançó de l’estiu',
      'A tanácsülés hétfőn lesz, mondta Kővári Ödön',
      'T = Tº + t Y bzw. Tr = Trº – r Y',
      'Þórunn og Ýr fóru í Ðalbæ',
    ])
      expect(findMojibake(line), line).toEqual([]);
  });
});

describe('ISO-8859-15 and Latin-1 read one as the other', () => {
  it('reads ISO-8859-15’s € and œ where Latin-1 shows ¤ and ½ (`15 ¤`, `c½ur`, `¼uvre`)', () => {
    expect(fix('Entrée : 15 ¤ par personne, 9 ¤ pour les étudiants')).toBe(
      'Entrée : 15 € par personne, 9 € pour les étudiants',
    );
    expect(fix('Le c½ur du village bat encore, a dit la maire')).toBe(
      'Le cœur du village bat encore, a dit la maire',
    );
    expect(fix('¼uvres complètes de Léon Marsac')).toBe('Œuvres complètes de Léon Marsac');
    expect(rules('Le c½ur du village')).toEqual(['½→œ mojibake:iso-8859-15-as-latin-1']);
  });
  it('reads Š, ž opening words only where two signs so read stand in the line', () => {
    expect(fix('Tiit ¦ilov ütles, et ¸ürii koguneb reedel')).toBe(
      'Tiit Šilov ütles, et žürii koguneb reedel',
    );
  });
  it('reads Latin-1’s fractions where ISO-8859-15 shows œ, Œ, Ÿ after a digit or alone between words', () => {
    expect(fix('The pool is 2œ metres deep at the shallow end')).toBe(
      'The pool is 2½ metres deep at the shallow end',
    );
    expect(fix('Mezcle œ taza de harina con agua')).toBe('Mezcle ½ taza de harina con agua');
  });
  it('leaves the signs and letters written right', () => {
    for (const line of [
      'Price: ¤ is the generic currency sign',
      'Add ½ cup of sugar; the path is 1½ km long',
      'Sa sœur travaille à l’Œuvre de Saint-Loup',
      'Ÿ is rare; L’Haÿ-les-Roses keeps it',
      'Don´t panic, said the sign at Müller´s bakery',
      'Spis: ¦roda w Krakowie',
    ])
      expect(findMojibake(line), line).toEqual([]);
  });
});

describe('a lost byte in a French word no list holds, read by French spelling', () => {
  it('reads é in an open syllable, è before a consonant and a mute e (not í, which French never writes)', () => {
    expect(fix('Le garde champÃªtre a retrouvÃ© le bÃlier dans le prÃ© du voisin')).toBe(
      'Le garde champêtre a retrouvé le bélier dans le pré du voisin',
    );
    expect(fix('La cinquiÃme Ã©dition du festival est annulÃ©e par la mairie')).toBe(
      'La cinquième édition du festival est annulée par la mairie',
    );
    expect(fix('Un cycliste ÃmÃ©chÃ© a Ã©tÃ© arrÃªtÃ© par les gendarmes')).toBe(
      'Un cycliste éméché a été arrêté par les gendarmes',
    );
    expect(rules('La mairie a amÃnagÃ© le parking de la gare pour les cars')[0]).toBe(
      'Ã→é mojibake:lost-byte-by-spelling',
    );
  });
  it('leaves lines of other languages, words the lists tell, and a line’s end', () => {
    expect(fix('La polÃtica de MarÃa en el pueblo')).toBe('La política de María en el pueblo');
    expect(fix('Le maire a rencontrÃ© les Ã©lus de la rÃ©gion, prÃ')).toBe(
      'Le maire a rencontré les élus de la région, prÃ',
    );
    expect(fix('Il est parti aprÃs la sÃ©ance, sans un mot pour les Ã©lus')).toBe(
      'Il est parti après la séance, sans un mot pour les élus',
    );
    expect(fix('La cittÃ  di Vallombra ha una nuova piazza')).toBe(
      'La città di Vallombra ha una nuova piazza',
    );
  });
});
