import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';

// Scraped reports with no date of an escape and of a death: each outlet names the weekday.
// Invented stories.
const story = (first: string, second: string) =>
  analyzeTexts(
    [first, second].map((text, i) => ({ location: `undated-${i + 1}.txt`, text, known: { language: 'en' } })),
  );
const dates = (d: ReturnType<typeof analyzeTexts>) =>
  d.discrepancies.filter((x) => x.kind === 'date').map((x) => x.note);
const escape = (day: string) =>
  story(
    'Inmate escapes from Varn prison\n\nConvicted robber Dorin Malek escaped from Varn prison on Sunday, officials said.\nHe climbed a fence during an exercise period.\n',
    `Manhunt for escaped inmate\n\nPolice are searching for Dorin Malek, who escaped from Varn prison ${day}.\nMalek climbed over a fence during exercise, officials said.\n`,
  );

describe('weekdays of one incident in undated reports (date:undated-weekdays)', () => {
  it('sets Sunday against Thursday for one escape when neither report carries a date', () => {
    expect(dates(escape('on Thursday'))).toEqual(['outlets date this event differently: Sunday vs Thursday']);
  });
  it('controls: the same day, and a night before the day, are one day', () => {
    expect(dates(escape('on Sunday'))).toEqual([]);
    expect(dates(escape('late on Saturday'))).toEqual([]);
  });
});
