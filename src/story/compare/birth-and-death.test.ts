import { describe, expect, it } from 'vitest';
import { story } from '../invented.fixture.js';

/** The time of a birth and of a death are moments of their own (stop 38). Fictional stories. */
const times = (d: ReturnType<typeof story>) =>
  d.discrepancies
    .filter((x) => x.kind === 'time')
    .map((x) => [...new Set(x.values.map((v) => v.text))].sort());

const palace = `Princess Mirel gives birth to a boy
Princess Mirel of Osterland gave birth to a boy at 4:12 a.m. on Saturday at the Holm clinic, the palace said.
The baby weighed 3.4 kilograms, the palace said in a statement.`;

describe('the time of a birth (moment at:birth)', () => {
  it('sets `was born at 4:21 a.m.` against `gave birth ... at 4:12 a.m.`', () => {
    const d = story(
      palace,
      `A boy for Princess Mirel\nThe prince was born at 4:21 a.m. and weighed 3.4 kilograms, a palace spokeswoman said.`,
    );
    expect(times(d)).toEqual([['4:12 a.m.', '4:21 a.m.']]);
  });
  it('control: the same time agrees', () => {
    const d = story(
      palace,
      `A boy for Princess Mirel\nThe prince was born at 4:12 a.m. and weighed 3.4 kilograms, a palace spokeswoman said.`,
    );
    expect(times(d)).toEqual([]);
  });
});

describe('the time of a death (moment at:death)', () => {
  const first = `Singer Tova Renk dies at 71\nTova Renk died at 11:05 p.m. on Friday at her home in Aldra, her manager said.`;
  it('sets `was pronounced dead at 11:40 p.m.` against `died at 11:05 p.m.`', () => {
    const d = story(
      first,
      `Tova Renk dead at 71\nThe singer was pronounced dead at 11:40 p.m. after collapsing on stage, a hospital spokesman said.`,
    );
    expect(times(d)).toEqual([['11:05 p.m.', '11:40 p.m.']]);
  });
  it('control: the time a show began that night is another moment', () => {
    const d = story(
      first,
      `Tova Renk dead at 71\nHer last show began at 8:30 p.m. on Friday, her family said.`,
    );
    expect(times(d)).toEqual([]);
  });
});
