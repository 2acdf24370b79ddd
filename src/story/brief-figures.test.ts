import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../analyze.js';

const story = (bodies: readonly string[]) =>
  analyzeTexts(
    bodies.map((b, i) => ({
      location: `${i + 1}.txt`,
      text: `Velmari funds freed, report ${i + 1}\n\n${b}\n`,
    })),
  );
const cited = (d: ReturnType<typeof story>, re: RegExp): number[] | undefined =>
  d.brief.find((b) => re.test(b.text))?.docs.map((id) => d.documents.findIndex((x) => x.id === id) + 1);

describe('a brief item giving two figures is stated by documents giving both', () => {
  const FRACTION =
    'The $9 million is only a fraction of about $30 million in Velmari assets frozen at a Tarnovian bank, officials said.';
  const RELEASED =
    'Tarnovia has released $9 million in frozen Velmari funds to pay for fuel, officials said.';
  it('does not cite a report of the $9 million alone for `a fraction of $30 million`', () => {
    const d = story([`${RELEASED} ${FRACTION}`, FRACTION, RELEASED]);
    expect(cited(d, /fraction/)).toEqual([1, 2]);
  });
  it('cites a report giving both figures in other words (control)', () => {
    const d = story([
      `${RELEASED} ${FRACTION}`,
      FRACTION,
      'Tarnovia has freed $9 million, a fraction of the $30 million in Velmari assets frozen there, officials said.',
    ]);
    expect(cited(d, /fraction/)).toEqual([1, 2, 3]);
  });
});
