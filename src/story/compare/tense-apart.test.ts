import { describe, expect, it } from 'vitest';
import { story } from '../invented.fixture.js';

/**
 * A date of what is to come and a date of what happened are two events (`date:tense-apart`):
 * an entry about the day a crack was found does not take in the day repairs will start.
 * Fictional stories.
 */
const dates = (d: ReturnType<typeof story>) =>
  d.discrepancies
    .filter((x) => x.kind === 'date')
    .map((x) => [...new Set(x.values.map((v) => v.text))].sort());

describe('dates of what is to come and of what happened', () => {
  it('keeps the day repairs will start out of the days the crack was found', () => {
    const d = story(
      `Dam repair to start in May, officials say\nKESSEL, April 14, 2031 - Repairs to the cracked Orvel dam are scheduled for May, the regional water board said on Monday.\nThe crack was found during an inspection on Thursday, April 10.\nThe dam was built in 1962 and last repaired in January.`,
      `Cracked dam to be fixed from May\nKESSEL, April 14, 2031 - The Orvel dam will be repaired from May 5, the water board said on Monday.\nInspectors found the crack last Tuesday during a routine inspection.`,
      `Orvel dam crack found\nApril 15, 2031\nThe crack in the Orvel dam was found on Thursday, April 10, the water board said.`,
    );
    expect(dates(d).filter((x) => x.includes('May 5'))).toEqual([]);
  });

  it('control: a day planned, then the day it happened after the plan was told, still disagree', () => {
    const d = story(
      `Dam road to reopen on May 5\nKESSEL, April 14, 2031 - The Orvel dam road will reopen on May 5, the regional water board said on Monday.`,
      `Dam road reopens\nKESSEL, May 14, 2031 - The Orvel dam road reopened on Monday, the water board said.`,
    );
    expect(dates(d)).toEqual([['May 5', 'Monday']].map((x) => x.sort()));
  });

  it('control: two days a road will reopen still disagree', () => {
    const d = story(
      `Dam to reopen in May\nKESSEL, April 14, 2031 - The Orvel dam road will reopen on May 5, the regional water board said on Monday.`,
      `Dam road to reopen\nKESSEL, April 14, 2031 - The Orvel dam road will reopen on May 12, the water board said on Monday.`,
    );
    expect(dates(d)).toEqual([['May 12', 'May 5']]);
  });
});
