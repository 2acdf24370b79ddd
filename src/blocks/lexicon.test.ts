import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JUNK_PATTERNS } from './lexicon.js';

/** Lines each alternative of a gated pattern matches (fictional furniture). */
const EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  legal: [
    '© 2031 Lowmarsh Courier',
    'COPYRIGHT Lowmarsh Courier Ltd',
    'All Rights Reserved.',
    'Read our Privacy and Cookie Policy',
    'Cookies settings',
    'We use cookies to improve your visit.',
    'Click Accept All Cookies to continue',
    'Privacy statement',
    'Terms of Service | Terms and Conditions',
    'Reprints and permissions',
    'Not to be reproduced without written permission.',
    'Quoting requires an active hyperlink.',
    'Manage consent preferences',
  ],
  donation: [
    'Donate to the Courier',
    'Please consider donating today.',
    'Support independent journalism in Lowmarsh',
    'We rely on your support.',
    'Make a contribution',
    'Contribute now',
    'Chip in $5',
    'Join us on Patreon',
    'Help fund our reporting',
    'Payment methods accepted',
    'Support monthly',
  ],
};

describe('junk patterns gates', () => {
  const gated = JUNK_PATTERNS.filter((p) => p.gate);

  it('let through every line the pattern matches', () => {
    expect(gated.map((p) => p.id).sort()).toEqual(Object.keys(EXAMPLES).sort());
    for (const p of gated)
      for (const line of EXAMPLES[p.id]!) {
        expect(p.pattern.test(line), `${p.id}: ${line}`).toBe(true);
        expect(p.gate!.test(line), `${p.id}: ${line}`).toBe(true);
      }
  });

  it('never stop a line the pattern matches (words of the patterns mixed with others)', () => {
    const words = [
      ...Object.values(EXAMPLES).flatMap((lines) => lines.flatMap((l) => l.split(' '))),
      'the',
      'of',
      'our',
      'a',
      'river',
      'ſupport',
      'K',
      '2031',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 8 }), (ws) => {
        const line = ws.join(' ');
        for (const p of gated) if (p.pattern.test(line)) expect(p.gate!.test(line)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('stop lines that hold none of their words', () => {
    const line = 'The council of Lowmarsh voted on Friday to close the old bridge.';
    for (const p of gated) expect(p.gate!.test(line), p.id).toBe(false);
  });
});
