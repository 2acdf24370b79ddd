import { describe, expect, it } from 'vitest';
import { breakText } from './generate.js';
import { findMojibake } from './mojibake.js';
import { repairedView } from './view.js';

const fix = (s: string): string => repairedView(s, findMojibake(s)).text;
const w = (s: string): string => breakText(s, 'windows-1252');

// Fictional lines (invented people and places), 2026-12-06, h-moji17. Each case failed on the commit this
// branch started from (31868ab); each control is near text the rule must leave as it is.
describe('guillemets and a low opening quote glued to a misread word', () => {
  it('repairs the word the quote is glued to (`mÃ©dicos»`, `„Ã–ffentliche`, `cittÃ\u00a0»`)', () => {
    for (const [broken, want] of [
      [
        `«La ${w('región necesita más médicos')}», dijo Marta Ibáñez`,
        '«La región necesita más médicos», dijo Marta Ibáñez',
      ],
      [
        `«${w('Más médicos')}», pidió la alcaldesa de Peñafría`,
        '«Más médicos», pidió la alcaldesa de Peñafría',
      ],
      [`Titel: „${w('Öffentliche Räume')}“`, 'Titel: „Öffentliche Räume“'],
      [`L’assessore: «${w('È una città')}»`, 'L’assessore: «È una città»'],
      [`Va dir: «${w('Què és això')}»`, 'Va dir: «Què és això»'],
    ]) {
      expect(fix(broken!)).toBe(want);
      const quoted = findMojibake(broken!).find((r) => r.reason.includes('typed after the misreading'));
      expect(quoted?.rule).toBe('mojibake:utf8-as-windows-1252');
    }
  });
  it('leaves correct text with glued guillemets, and a continuation byte after a lead, as they are', () => {
    for (const line of ['«Más médicos», pidió; „Räume“ – ‹ok›', 'Ce «Ð» est une lettre, «×» un signe']) {
      expect(fix(line)).toBe(line);
    }
    // `Ð»` is л read in windows-1252, not a letter and a closing quote.
    expect(fix(w('Мэр Светлогорска: лето'))).toBe('Мэр Светлогорска: лето');
  });
});

describe('`â€?`: a character whose last byte was lost, a mark in its place', () => {
  it('stays lost even closing a quotation (ftfy and the generator keep U+FFFD; the rule was tried, dropped)', () => {
    const lossy = (s: string): string => w(s).replace(/\u009d/g, '?');
    const broken = lossy('“Nous avons gagné”, dit Élodie Marchetti à Valbrenne');
    expect(broken).toContain('â€?');
    expect(fix(broken)).toBe('“Nous avons gagné\ufffd, dit Élodie Marchetti à Valbrenne');
    expect(fix('Itâ€?s the café of Fenbury, said Ana')).toBe('It\ufffds the café of Fenbury, said Ana');
  });
});

describe('letters of Kazakh, Mongolian, Armenian and Georgian beside letters of their own script', () => {
  it('repairs words of those languages misread in windows-1252', () => {
    for (const line of [
      'Қарағанды облысында жаңа көпір ашылды',
      'Ulaanbaatar: Өнөөдөр шинэ гүүр нээгдлээ',
      'Մեծամոր քաղաքի քաղաքապետը բացեց նոր կամուրջ',
      'Yerevan: Արմավիրում նոր դպրոց է բացվել',
      'თბილისში ახალი სკოლა გაიხսნა'.replace('ս', 'ს'),
    ]) {
      const broken = w(line);
      expect(fix(broken)).toBe(line);
      expect(findMojibake(broken).every((r) => r.rule === 'mojibake:utf8-as-windows-1252')).toBe(true);
    }
  });
  it('leaves a lone pair that only such a letter would explain, and correct lines, as they are', () => {
    // `Õ…` is Estonian `Õ` and an ellipsis, not Armenian `Յ` (ftfy's negative case has the same shape).
    for (const line of [
      'PÄRNU KOOL Õ… ja veel',
      'Ó“ and Ò’ in a list of odd glyphs, Fenbury',
      'Մեծամոր քաղաքի քաղաքապետը, Երևան',
      'თბილისი და ზესტაფონი, საქართველო',
      'Қарағанды, Өскемен және Ақтөбе',
    ]) {
      expect(fix(line)).toBe(line);
    }
  });
});

describe('the ʻokina and the modifier apostrophe before the letter they mark', () => {
  it('repairs `Ê»` before a Latin letter in a misread line', () => {
    const line = 'Ka ʻōlelo Hawaiʻi ma Kailua, wahi a Leilani';
    expect(fix(w(line))).toBe(line);
  });
  it('leaves `Ê»` before a space as it is (Portuguese capitals before a glued guillemet)', () => {
    for (const line of ['«VOCÊ» e «ÔNIBUS» – manchete de Itamirim', 'A palavra «VOCÊ» – Fenbury']) {
      expect(fix(line)).toBe(line);
    }
  });
});

describe('UTF-8 read on Arabic and Hebrew Windows systems (windows-1256, windows-1255)', () => {
  it('repairs Arabic, Hebrew and French lines read so', () => {
    for (const [line, charset] of [
      ['افتتح رئيس بلدية الوردان جسرا جديدا يوم السبت', 'windows-1256'],
      ['ראש העיר של גבעת הדס פתח גשר חדש בשבת', 'windows-1255'],
      ['Le café des écluses rouvre à Valbrenne', 'windows-1256'],
    ] as const) {
      const broken = breakText(line, charset);
      expect(fix(broken)).toBe(line);
      expect(findMojibake(broken).every((r) => r.rule === `mojibake:utf8-as-${charset}`)).toBe(true);
    }
  });
  it('leaves correct Arabic and Hebrew with `ط`, `ظ`, `׳` as they are', () => {
    for (const line of [
      'طلب ظافر من الطلاب الحضور، وظل الطقس حارا',
      'ظهرت نتائج الانتخابات في طرابلس § 3',
      'שלום׳ – גבעת הדס, ד״ר כהן',
    ]) {
      expect(fix(line)).toBe(line);
    }
  });
});

describe('UTF-8 read on Russian DOS and Unix systems (cp866, KOI8-R)', () => {
  it('repairs Russian lines read so (cp437 alone read pieces of cp866 and garbled them)', () => {
    for (const [line, charset] of [
      ['Мэр Светлогорска открыл мост', 'cp866'],
      ['В субботу в Озёрске пройдёт ярмарка', 'koi8-r'],
    ] as const) {
      const broken = breakText(line, charset);
      expect(fix(broken)).toBe(line);
      expect(findMojibake(broken).every((r) => r.rule === `mojibake:utf8-as-${charset}`)).toBe(true);
    }
  });
  it('leaves box drawing and Russian abbreviations as they are', () => {
    for (const line of ['╔══════╗ Fenbury ║ ok ║ ╚══════╝', 'Россия: п. 3 и я. 4 – Светлогорск']) {
      expect(fix(line)).toBe(line);
    }
  });
});
