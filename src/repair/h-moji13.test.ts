import { describe, expect, it } from 'vitest';
import { breakText } from './generate.js';
import { findMojibake } from './mojibake.js';
import { repairedView } from './view.js';

const fix = (s: string): string => repairedView(s, findMojibake(s)).text;
const rules = (s: string): string[] => findMojibake(s).map((r) => r.rule);

// Fictional lines (invented people and places), 2026-12-06, h-moji13. Each case failed on the commit this
// branch started from; each control is near text the rule must leave as it is.
describe('UTF-8 read by Greek, Turkish and Baltic Windows systems (windows-1253, -1254, -1257)', () => {
  it('repairs Greek and Latin text misread in windows-1253', () => {
    const greek = 'Ο δήμαρχος της Ορεινής είπε ότι το λιμάνι θα ανοίξει.';
    expect(breakText(greek, 'windows-1253')).toContain('Ξ');
    expect(fix(breakText(greek, 'windows-1253'))).toBe(greek);
    expect(rules(breakText(greek, 'windows-1253'))).toContain('mojibake:utf8-as-windows-1253');
    const latin = 'A café owner in Tarnholm called it “naïve”.';
    expect(fix(breakText(latin, 'windows-1253'))).toBe(latin);
  });
  it('repairs Cyrillic and emoji misread in windows-1254', () => {
    const line = 'Мэр Зеленогорска сказал, что мост откроют 😀';
    expect(breakText(line, 'windows-1254')).toMatch(/Ğ/);
    expect(fix(breakText(line, 'windows-1254'))).toBe(line);
  });
  it('repairs Estonian and Lithuanian text misread in windows-1257', () => {
    for (const line of [
      'Kärdla linnapea ütles, et sild avatakse sügisel.',
      'Rasvyniai meras sakė, kad tiltas bus atidarytas rudenį.',
    ])
      expect(fix(breakText(line, 'windows-1257'))).toBe(line);
  });
  it('leaves correct Greek, Turkish, Baltic and Polish text alone', () => {
    for (const line of [
      'Ο δήμαρχος της Ορεινής είπε ότι το λιμάνι θα ανοίξει.',
      'Η Β΄ Λυκείου της Ορεινής κέρδισε «ΟΧΙ» και «Β» σε δύο ψηφοφορίες.',
      'Belediye başkanı İzmir’de ağır konuştu, ılık bir gün.',
      'Rasvyniai meras sakė, kad tiltas bus atidarytas rudenį.',
      'Ćwiczenia w Żarnowie są łatwe.',
    ])
      expect(findMojibake(line), line).toEqual([]);
  });
  it('leaves a line holding no character those charsets read otherwise than windows-1252 to windows-1252', () => {
    // A stylised name with a currency-sign letter beside a correct dash: windows-1252 leaves it, and so must
    // a charset that reads every one of its characters as windows-1252 does.
    expect(findMojibake('Kettle – SkÃ¥lvik')).toEqual([]);
  });
});

describe('a no-break space turned into a space between two scripts', () => {
  it('leaves odd Latin text alone (`Ã ` and `é© ` would be à and 驠)', () => {
    expect(findMojibake('ÉÉÉ ÂÂÂ ÃÃÃ é© ñ®')).toEqual([]);
    expect(findMojibake('ÃÃÃ é© ñ®')).toEqual([]);
  });
  it('still repairs a word whose no-break space byte became a space inside one script', () => {
    const word = 'Ростов';
    const broken = breakText(word, 'windows-1252').replace(/\u00a0/g, ' ');
    expect(broken).toMatch(/^Ð Ð¾/);
    expect(fix(broken)).toBe(word);
  });
});

describe('HTML entities inside mojibake, escaped twice or set in capitals', () => {
  it('reads a no-break space entity right after a misread lead (`Ã&nbsp;` for à)', () => {
    const broken = 'Le maire a dÃ©clarÃ© que la salle rouvrirait Ã&nbsp; Tarnholm.';
    expect(fix(broken)).toBe('Le maire a déclaré que la salle rouvrirait à Tarnholm.');
    expect(findMojibake(broken).some((r) => /written as HTML entities: 'Ã&nbsp;'/.test(r.reason))).toBe(true);
    expect(fix('Il a payé 12Â&nbsp;€.')).toBe('Il a payé 12\u00a0€.');
  });
  it('reads entities escaped a second time and names in capitals', () => {
    expect(fix('Jos&amp;Atilde;&amp;copy; Marvell')).toBe('José Marvell');
    expect(fix('R&ATILDE;&SUP3;DANO VENCE EN TARNHOLM')).toBe('RóDANO VENCE EN TARNHOLM');
    expect(fix('LA CIT&ATILDE;&NBSP; &ATILDE;&UML; PRONTA')).toBe('LA CITà è PRONTA');
  });
  it('leaves correct entities alone', () => {
    for (const line of [
      'Prix&nbsp;: 12&nbsp;€, «&nbsp;Oui&nbsp;», dit Marvell.',
      'caf&eacute; &amp; th&eacute; &AMP; more',
      '&COPY; 2024 TARNHOLM NEWS',
      'Written as &amp;copy; in the source of Tarnholm’s page',
    ])
      expect(findMojibake(line), line).toEqual([]);
  });
});

describe('punctuation misread and stored in Latin-1 (`â??`)', () => {
  it('gives one replacement character for `â` and the two marks Latin-1 left of `€™`', () => {
    expect(fix('Marvell said itâ??s fine.')).toBe('Marvell said it\uFFFDs fine.');
    expect(fix('Marvell said itâ\uFFFD\uFFFDs fine.')).toBe('Marvell said it\uFFFDs fine.');
    expect(fix('A cafÃ© in Tarnholm called it â??naÃ¯ve.')).toBe(
      'A café in Tarnholm called it \uFFFDnaïve.',
    );
    expect(findMojibake('Marvell said itâ??s fine.')[0]!.rule).toBe('mojibake:lossy-utf8-as-windows-1252');
  });
  it('leaves an accented letter before question marks alone', () => {
    for (const line of ['¿Qué?? dijo Marvell.', 'O vovô?? perguntou a Tarnholm.', 'Is it the café?? Yes.'])
      expect(findMojibake(line), line).toEqual([]);
  });
});

describe('a line title-cased after the misreading', () => {
  it('repairs it lowercased and title-cases the repair again', () => {
    const line = 'Le Maire De Tarnholm A Déclaré Que L’École Rouvrira À Noël';
    const broken = breakText(line, 'windows-1252').replace(
      /\p{L}+/gu,
      (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(),
    );
    expect(broken).toContain('Dã©Clarã©');
    expect(fix(broken)).toBe(line);
    expect(findMojibake(broken).every((r) => /title-cased after the misreading/.test(r.reason))).toBe(true);
    expect(fix('Der Bã¼Rgermeister Von Kelsdorf Ã„Uãÿerte Sich')).toBe(
      'Der Bürgermeister Von Kelsdorf Äußerte Sich',
    );
  });
  it('leaves correct title-cased lines and the older lowercase-word repair as they were', () => {
    for (const line of [
      'Le Maire De Tarnholm A Déclaré Que L’École Rouvrira À Noël',
      'Der Bürgermeister Von Kelsdorf Äußerte Sich Zur Brücke',
      'Ο Δήμαρχος Της Ορεινής Είπε',
    ])
      expect(findMojibake(line), line).toEqual([]);
    expect(fix('Le #cafã© de l’Ã‰cole de Tarnholm')).toBe('Le #café de l’École de Tarnholm');
  });
});

describe('a Central European or Cyrillic line misread, one letter then mended by hand', () => {
  const mended = (text: string, charset: string, letter: string): string =>
    breakText(text, charset).split(breakText(letter, charset)).join(letter);
  it('reads the words in pieces between the mended letters, in windows-1250 and windows-1251', () => {
    for (const [text, charset, letter] of [
      ['Mieszkańcy Żarnowa skarżą się na hałas przy ulicy Źródlanej.', 'windows-1250', 'ó'],
      ['A polgármester szerint az új híd Kővárban készül el.', 'windows-1250', 'ü'],
      ['Жители Зеленогорска жалуются на шум со стройки.', 'windows-1251', 'а'],
    ] as const) {
      const broken = mended(text, charset, letter);
      expect(broken).toContain(letter);
      expect(fix(broken), broken).toBe(text);
    }
  });
  it('leaves correct Central European and Cyrillic lines alone', () => {
    for (const line of [
      'Mieszkańcy Żarnowa skarżą się na hałas przy ulicy Źródlanej.',
      'Жители Зеленогорска жалуются на шум со стройки.',
      'Starosta Kelnova řekl, že nová škola bude otevřena v září.',
    ])
      expect(findMojibake(line), line).toEqual([]);
  });
});

describe('one Latin-1 symbol misread in windows-1253 or windows-1257 (`Β©`, `Ā»`)', () => {
  it('repairs `Β` or `Ā` and a symbol standing where a symbol stands', () => {
    expect(fix('Β© 2024 Kelsdorf Media')).toBe('© 2024 Kelsdorf Media');
    expect(fix('Startseite Β» Kelsdorf Β» Hafen')).toBe('Startseite » Kelsdorf » Hafen');
    expect(fix('Startseite Ā» Kelsdorf')).toBe('Startseite » Kelsdorf');
  });
  it('leaves a Greek capital quoted or with its numeral sign alone', () => {
    for (const line of ['Η «Β» ομάδα της Ορεινής κέρδισε.', 'Η Β΄ Λυκείου της Ορεινής.'])
      expect(findMojibake(line), line).toEqual([]);
  });
});

describe('one Latin-1 letter misread in windows-1253 or windows-1257 (`DΓ­az`, `MĆ¼ller`)', () => {
  it('repairs `Γ` or `Ć` and a mark before a lowercase letter, as `Ă` in windows-1250', () => {
    expect(fix('DΓ­az Marvell insta a Kelsdorf')).toBe('Díaz Marvell insta a Kelsdorf');
    expect(fix('Herr MĆ¼ller aus Kelsdorf')).toBe('Herr Müller aus Kelsdorf');
  });
  it('leaves Greek numerals and Polish Ć alone', () => {
    for (const line of ['Η Γ΄ Λυκείου της Ορεινής.', 'Ćwiczenia w Żarnowie są łatwe.'])
      expect(findMojibake(line), line).toEqual([]);
  });
});
