import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../analyze.js';
import { isoTime } from './markup.js';
import { clockTime } from './plain.js';

/** Stop 56 (h-disc83): the time of day of a publication date, when the source gives one (`metadata:date-line-time`). */
describe('the clock time of a date line (metadata:date-line-time)', () => {
  it('reads tokenised and plain times, on a 24-hour clock', () => {
    expect(clockTime('6: 30 a. m. March 4, 2031')).toBe('06:30');
    expect(clockTime('1: 05 p. m. EST March 4, 2031')).toBe('13:05');
    expect(clockTime('12: 10 a. m. March 4, 2031')).toBe('00:10');
    expect(clockTime('Updated 9:53 AM, MON 22 JUL 2013')).toBe('09:53');
    expect(clockTime('Published 2031-03-04 13:05')).toBe('13:05');
  });
  it('control: none, two, or an hour no clock shows', () => {
    expect(clockTime('March 4, 2031')).toBeNull();
    expect(clockTime('Published 6: 30 a. m., updated 1: 05 p. m. March 4, 2031')).toBeNull();
    expect(clockTime('25: 10 March 4, 2031')).toBeNull();
    expect(clockTime('13: 05 p. m. March 4, 2031')).toBeNull();
  });
  it('an ISO date-time keeps its time and zone; a date alone has none', () => {
    expect(isoTime('2031-03-04T13:05:00-05:00')).toBe('13:05-05:00');
    expect(isoTime('2031-03-04T06:30Z')).toBe('06:30Z');
    expect(isoTime('2031-03-04')).toBeNull();
    expect(isoTime(null)).toBeNull();
  });
  it('a document keeps the time of its date line beside its day', () => {
    const [doc] = analyzeTexts([
      {
        text: 'Ferry death toll rises\n1: 05 p. m. March 4, 2031\nThe death toll rose to three on Wednesday, officials said.',
        location: 'a1.txt',
        known: { language: 'en' },
      },
    ]).documents;
    expect([doc!.published, doc!.publishedTime]).toEqual(['2031-03-04', '13:05']);
  });
  it('control: a date line without a time gives none', () => {
    const [doc] = analyzeTexts([
      {
        text: 'Ferry death toll rises\nMarch 4, 2031\nThe death toll rose to three on Wednesday, officials said.',
        location: 'a1.txt',
        known: { language: 'en' },
      },
    ]).documents;
    expect([doc!.published, doc!.publishedTime]).toEqual(['2031-03-04', undefined]);
  });
});
