import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 57 (h-disc84): discrepancies of stories never seen. Fictional places, people and figures,
 * in ECB+'s tokenised shape.
 */
describe('a hard landing is a crash (date:hard-landing)', () => {
  const first =
    'Balloon comes down near Pellow\nMay 10, 2031\nPELLOW, Tessary - Six people were hurt when a hot-air balloon made a hard landing in a wheat field near Pellow on Saturday morning, police said.\nThe basket tipped over after a gust of wind.';
  it('`made a hard landing ... on Saturday` / `that made a hard landing ... on Sunday`: two days of one incident', () => {
    const d = story(
      first,
      'Balloon firm halts flights\nMay 12, 2031\nPELLOW, Tessary - The operator of a hot-air balloon that made a hard landing near Pellow on Sunday has halted all flights, the company said on Monday.\nAn inquiry has begun.',
    );
    expect(entries(d, 'date')).toEqual([['Saturday', 'Sunday']]);
  });
  it('so does a crash landing', () => {
    const d = story(
      first,
      'Balloon firm halts flights\nMay 12, 2031\nPELLOW, Tessary - The operator of a hot-air balloon that survived a crash landing near Pellow on Sunday has halted all flights, the company said on Monday.\nAn inquiry has begun.',
    );
    expect(entries(d, 'date')).toEqual([['Saturday', 'Sunday']]);
  });
  it('control: another day of another act (`went to hospital on Sunday`) is no second account of the landing', () => {
    const d = story(
      first,
      'Balloon firm halts flights\nMay 12, 2031\nPELLOW, Tessary - Two more passengers of the balloon went to hospital on Sunday with back pain, the company said on Monday.\nAn inquiry has begun.',
    );
    expect(entries(d, 'date')).toEqual([]);
  });
  it('control: the same day in both reports is no discrepancy', () => {
    const d = story(
      first,
      'Balloon firm halts flights\nMay 12, 2031\nPELLOW, Tessary - The operator of a hot-air balloon that made a hard landing near Pellow on Saturday has halted all flights, the company said on Monday.\nAn inquiry has begun.',
    );
    expect(entries(d, 'date')).toEqual([]);
  });
});

describe("a step of a staged rise is its year's (fact:percent-staged-year)", () => {
  const strike = (offer: string) =>
    story(
      `Tram drivers strike in Pellow\nMarch 3, 2031\nPELLOW, Tessary - Tram drivers in Pellow walked out on Monday in a dispute over pay.\n${offer}`,
      'Pellow tram strike halts city\nMarch 3, 2031\nPELLOW, Tessary - Trams stood still in Pellow on Monday as drivers began a strike over pay.\nUnion leader Ivo Marsh said members had rejected a 9 percent offer spread over two years.',
    );
  it('`offered 5 percent this year and 4 percent next year` / `a 9 percent offer spread over two years`: no conflict', () => {
    const d = strike('The city has offered 5 percent this year and 4 percent next year.');
    expect(entries(d, 'quantity')).toEqual([]);
  });
  it('control: a bare offer (`has offered 5 percent`) still conflicts with the 9 percent', () => {
    const d = strike('The city has offered 5 percent.');
    expect(entries(d, 'quantity')).toEqual([['5 percent', '9 percent']]);
  });
  it("control: two outlets giving one year's step differently still conflict", () => {
    const d = story(
      'Tram drivers strike in Pellow\nMarch 3, 2031\nPELLOW, Tessary - The city has offered 5 percent this year and 4 percent next year, officials said.',
      'Pellow tram strike halts city\nMarch 3, 2031\nPELLOW, Tessary - The city has offered 6 percent this year and 4 percent next year, the union said.',
    );
    expect(entries(d, 'quantity')).toEqual([['5 percent', '6 percent']]);
  });
});
