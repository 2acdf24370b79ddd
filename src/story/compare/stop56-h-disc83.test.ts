import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 56 (h-disc83): reports of one day ordered by the clock times of their date lines
 * (`figure:same-day-by-time`). Fictional places, people and figures, in ECB+'s tokenised shape.
 */
const ferry = (first: string, second: string, later: string) =>
  story(
    `Two dead as ferry capsizes off Varrow Point\n${first}\nVARROW, Kelland - Two people died when a passenger ferry capsized off Varrow Point late on Tuesday, the coast guard said.\nRescue boats pulled 31 people from the water overnight.`,
    `Ferry death toll rises\n${second}\nVARROW, Kelland - ${later}\nInvestigators are examining whether the ferry was overloaded.`,
  );
const risen =
  'The death toll from the capsizing of the Marlin Star rose to three on Wednesday after divers recovered a body near the wreck.';

describe('reports of one day ordered by their times (figure:same-day-by-time)', () => {
  it('`two dead` at 6: 30 a. m., `the death toll rose to three` at 1: 05 p. m. the same day is an update', () => {
    const d = ferry('6: 30 a. m. March 4, 2031', '1: 05 p. m. March 4, 2031', risen);
    expect(entries(d, 'count')).toEqual([]);
    expect(entries(d, 'update')).toEqual([['Two dead', 'Two people died', 'three']]);
    expect(d.discrepancies.find((x) => x.kind === 'update')!.note).toMatch(/Two dead → three$/);
  });
  it('so do 24-hour times (`Published 2031-03-04 06:30`, `Published 2031-03-04 13:05`)', () => {
    const d = ferry('Published 2031-03-04 06:30', 'Published 2031-03-04 13:05', risen);
    expect(entries(d, 'update')).toEqual([['Two dead', 'Two people died', 'three']]);
  });
  it('and date-times a caller declares (`2031-03-04T06:30Z`, `2031-03-04T13:05Z`)', () => {
    const at = (text: string, published: string, i: number) => ({
      text,
      location: `a${i}.txt`,
      known: { language: 'en', published },
    });
    const d = analyzeTexts([
      at(
        'Two people died when a passenger ferry capsized off Varrow Point late on Tuesday.',
        '2031-03-04T06:30Z',
        1,
      ),
      at(risen, '2031-03-04T13:05Z', 2),
    ]);
    expect(entries(d, 'count')).toEqual([]);
    expect(entries(d, 'update')).toEqual([['Two people died', 'three']]);
  });
  it('control: the same reports without times (`March 4, 2031` both) still conflict, as before', () => {
    const d = ferry('March 4, 2031', 'March 4, 2031', risen);
    expect(entries(d, 'count')).toEqual([['Two dead', 'Two people died', 'three']]);
    expect(entries(d, 'update')).toEqual([]);
  });
  it('control: a time on one report only orders nothing', () => {
    const d = ferry('6: 30 a. m. March 4, 2031', 'March 4, 2031', risen);
    expect(entries(d, 'count')).toEqual([['Two dead', 'Two people died', 'three']]);
  });
  it('control: the later report LOWER (`one person died` at 1: 05 p. m.) still conflicts', () => {
    const d = ferry(
      '6: 30 a. m. March 4, 2031',
      '1: 05 p. m. March 4, 2031',
      'One person died when the Marlin Star capsized off Varrow Point late on Tuesday, the operator said.',
    );
    expect(entries(d, 'count')).toEqual([['One person died', 'Two dead', 'Two people died']]);
    expect(entries(d, 'update')).toEqual([]);
  });
  it('control: a later, higher figure hours apart with no word of a rise still conflicts', () => {
    const d = ferry(
      '6: 30 a. m. March 4, 2031',
      '1: 05 p. m. March 4, 2031',
      'Three people died when the Marlin Star capsized off Varrow Point late on Tuesday, the operator said.',
    );
    expect(entries(d, 'count')).toEqual([['Three people died', 'Two dead', 'Two people died']]);
  });
});

describe('a day of timed reports, those agreeing one step (figure:same-day-by-time)', () => {
  const flood = (last: string) =>
    story(
      'Two hikers dead in Pellam Gorge flood\n10: 00 p. m. July 23, 2041\nTwo hikers died when a flash flood swept through Pellam Gorge on Tuesday, park officials said.',
      'Pellam Gorge toll reaches four\n9: 00 a. m. July 24, 2041\nFour hikers died in the flash flood in Pellam Gorge, park officials said on Wednesday.',
      'Pellam Gorge search goes on\n1: 00 p. m. July 24, 2041\nFour people have been confirmed dead, park officials said.',
      `Pellam Gorge toll rises\n6: 00 p. m. July 24, 2041\n${last}`,
    );
  it('`four` at 9 a. m. and 1 p. m., then `raising the death toll ... to five` at 6 p. m.: one update', () => {
    const d = flood(
      "Rescuers found a fifth body late on Wednesday, raising the death toll from Tuesday's flash flood in Pellam Gorge to five.",
    );
    expect(entries(d, 'count')).toEqual([]);
    expect(d.discrepancies.filter((x) => x.kind === 'update').map((x) => x.note)).toEqual([
      expect.stringMatching(/Two hikers dead → four → five$/),
    ]);
  });
  it('control: `Five hikers have been confirmed dead` at 6 p. m., no word of a rise, still conflicts', () => {
    const d = flood(
      'Five hikers have been confirmed dead after the flash flood in Pellam Gorge, rescuers said.',
    );
    expect(entries(d, 'count').length).toBe(1);
  });
});
