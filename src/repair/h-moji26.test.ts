import { describe, expect, it } from 'vitest';
import { findMojibake } from './mojibake.js';
import { repairedView } from './view.js';

const fix = (s: string): string => repairedView(s, findMojibake(s)).text;

// Fictional lines (invented people and places), Stop 56, h-moji26. Each case failed on the commit this branch
// started from (52e1b43); each control passed there and passes now.
describe('a Spanish word ending in a lost byte before a space', () => {
  it('reads the preterite’s ó and the future’s á in a line only its function words and -o words tell', () => {
    expect(fix('El concejal de Valdeoro anunciÃ ayer que el mercado estarÃ listo en marzo')).toBe(
      'El concejal de Valdeoro anunció ayer que el mercado estará listo en marzo',
    );
  });
  it('reads ó before a word holding a lost byte of its own (`decretÃ prisiÃn`)', () => {
    expect(fix('La jueza decretÃ prisiÃn provisional para el conductor del tractor')).toBe(
      'La jueza decretó prisión provisional para el conductor del tractor',
    );
  });
  it('reads a listed preterite in -ró (declaró), not the future', () => {
    expect(fix('La alcaldesa declarÃ ayer que los vecinos del barrio están contentos con la obra')).toBe(
      'La alcaldesa declaró ayer que los vecinos del barrio están contentos con la obra',
    );
  });
  it('controls: a Catalan future, an Italian à', () => {
    expect(fix('El consell va dir que el pont estarà llest al març')).toBe(
      'El consell va dir que el pont estarà llest al març',
    );
    expect(fix('Il sindaco ha detto che la cittÃ di Valdaria sarà pronta')).toBe(
      'Il sindaco ha detto che la città di Valdaria sarà pronta',
    );
  });
});

describe('a French word ending in a lost byte before a space', () => {
  it('reads é, the participle’s, where French ends no such word in à', () => {
    expect(fix('Le maire de Saint-Orvin a annoncÃ la fermeture du pont pour travaux')).toBe(
      'Le maire de Saint-Orvin a annoncé la fermeture du pont pour travaux',
    );
  });
  it('reads è before `que` and a mute e (bibliothèque)', () => {
    expect(fix('La bibliothÃque de Vaulnoy a rouvert ses portes lundi')).toBe(
      'La bibliothèque de Vaulnoy a rouvert ses portes lundi',
    );
  });
  it('controls: voilà, déjà and au-delà keep their à', () => {
    expect(fix('Le maire est dÃ©jÃ parti et voilÃ le conseil sans président')).toBe(
      'Le maire est déjà parti et voilà le conseil sans président',
    );
  });
});

describe('windows-1250 text read as windows-1252, a changed letter ending a word or few changed', () => {
  it('reads Croatian `-iæ` as -ić with one more changed letter', () => {
    expect(fix('Gradonaèelnik Zoran Periæ rekao je da æe cesta biti gotova')).toBe(
      'Gradonačelnik Zoran Perić rekao je da će cesta biti gotova',
    );
  });
  it('reads two lowercase words no Western alphabet holds together (øekl … zùstane, osumnjièenog … kraðu)', () => {
    expect(fix('Starosta Karel Vondra øekl, že most v Lounech zùstane zavøený')).toBe(
      'Starosta Karel Vondra řekl, že most v Lounech zůstane zavřený',
    );
    expect(fix('Policija u Vinkovcima uhitila je osumnjièenog za kraðu bicikla')).toBe(
      'Policija u Vinkovcima uhitila je osumnjičenog za krađu bicikla',
    );
  });
  it('reads one changed letter in a lowercase word no Western alphabet holds (kôò)', () => {
    expect(fix('Farmár z obce Hrádok povedal, že kôò ušiel cez plot')).toBe(
      'Farmár z obce Hrádok povedal, že kôň ušiel cez plot',
    );
  });
  it('controls: names of two Western languages, Latin’s -iæ, Italian ì ending a name', () => {
    for (const line of [
      'Søren Bøgh met the chef of the Crèche in Århus',
      'The seminar read the Historiæ of Tacitus and the Annales',
      'Il sindaco di Mostì ha detto che sarà così',
    ])
      expect(fix(line)).toBe(line);
  });
});

describe('Polish Ł read as £ opening a word', () => {
  it('reads `£ukasz` in an English line', () => {
    expect(fix('The Polish sprinter £ukasz Gawron won the 200 metres.')).toBe(
      'The Polish sprinter Łukasz Gawron won the 200 metres.',
    );
  });
  it('controls: prices, amounts, the pound named', () => {
    for (const line of [
      'The fund raised £1.2m and £3bn; tickets cost £12.50 each.',
      'Prices in £ and € were shown, and the £/$ rate fell.',
      'const label = `£${price}`; // £euro is no currency',
    ])
      expect(fix(line)).toBe(line);
  });
});

describe('Portuguese -ção, -ções with both bytes after the leads lost', () => {
  it('reads `ÃÃo` and `ÃÃes` ending a lowercase word', () => {
    expect(fix('A inauguraÃÃo da ponte e as obrigaÃÃes do municÃpio')).toBe(
      'A inauguração da ponte e as obrigações do município',
    );
  });
  it('controls: capitals and a correct `Ã` between capitals are left', () => {
    for (const line of [
      'A CONSTRUÇÃO DA PONTE EM GUIMARÃES',
      'He wrote ÃÃ on the board to show the two leads.',
    ])
      expect(fix(line)).toBe(line);
  });
});

describe('a lost byte in a common name, in a line of any language', () => {
  it('reads João, Tomé, José and Cortés in English lines', () => {
    expect(fix('The Brazilian defender JoÃo Ferraz joined the club from SÃo TomÃ last week.')).toBe(
      'The Brazilian defender João Ferraz joined the club from São Tomé last week.',
    );
    expect(fix('The study was led by JosÃ Ortega and Elena CortÃs of the institute.')).toBe(
      'The study was led by José Ortega and Elena Cortés of the institute.',
    );
  });
  it('controls: a name two letters make (António, Antônio) and a name the older reading makes are left', () => {
    expect(fix('The coach, AntÃnio Reis, resigned.')).not.toBe('The coach, António Reis, resigned.');
    expect(fix('The coach, AntÃnio Reis, resigned.')).not.toBe('The coach, Antônio Reis, resigned.');
    expect(fix('The midfielder MartÃn Sosa scored.')).toBe('The midfielder Martín Sosa scored.');
  });
});
