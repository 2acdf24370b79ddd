import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';
import type { Dossier } from '../../model/dossier.js';

// A company cutting jobs, told by two outlets. Invented story.
const story = (a: string, b: string): Dossier =>
  analyzeTexts(
    [`Orrin Systems to cut jobs\n\n${a}\n`, `Orrin Systems plans layoffs\n\n${b}\n`].map((text, i) => ({
      location: `orrin-${i + 1}.txt`,
      text,
      known: { language: 'en' },
    })),
  );
const counts = (d: Dossier): string[][] =>
  d.discrepancies.filter((x) => x.kind === 'count').map((x) => x.values.map((v) => v.text).sort());

describe('workers laid off are jobs cut (fact:layoffs-are-jobs)', () => {
  it('sets `lay off 1,500 workers` against `cut 1,200 jobs`', () => {
    expect(
      counts(
        story(
          'Orrin Systems said on Tuesday it would cut 1,200 jobs after quarterly profit fell.',
          'Orrin Systems plans to lay off 1,500 workers after quarterly profit fell, according to a person familiar with the matter.',
        ),
      ),
    ).toEqual([['1,200 jobs', '1,500 workers']]);
  });
  it('control: the workers a company employs are not jobs cut', () => {
    expect(
      counts(
        story(
          'Orrin Systems said on Tuesday it would cut 1,200 jobs after quarterly profit fell.',
          'Orrin Systems, which employs 15,000 workers, said quarterly profit fell.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a figure of an earlier period named after it (fact:period-before)', () => {
  it('is not set against the figure of the story', () => {
    expect(
      counts(
        story(
          'Orrin Systems said on Tuesday it would cut 1,200 jobs after quarterly profit fell.',
          'Orrin Systems, whose quarterly profit fell, cut 900 jobs last year.',
        ),
      ),
    ).toEqual([]);
  });
  it('control: figures of that same earlier period are compared', () => {
    expect(
      counts(
        story(
          'Orrin Systems, whose quarterly profit fell, cut 1,000 jobs last year.',
          'Orrin Systems, whose quarterly profit fell, cut 900 jobs last year.',
        ),
      ),
    ).toHaveLength(1);
  });
});
