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
