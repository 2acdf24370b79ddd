import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 54 (h-disc74): misses and false alarms on invented stories of genres nobody tuned on (a
 * cable car stalled with passengers, a gas pipeline rupture, a bird-flu cull, a stadium roof
 * collapse in a storm, a glacier collapse burying hikers), keyed before their first run.
 * Fictional places, people and figures, in ECB+'s tokenised shape.
 */
const report = (headline: string, date: string, lines: string): string => `${headline}\n${date}\n${lines}`;

describe('an age the copula states after a name (fact:age-copula)', () => {
  const glacier = (b: string) =>
    entries(
      story(
        report(
          'Glacier collapse buries hikers',
          '4: 45 p. m. July 9, 2041',
          "The group's guide, Ennio Bracht, 34, was among the injured.",
        ),
        report('Four dead, guide hurt in glacier collapse', '10: 00 a. m. July 10, 2041', b),
      ),
      'age',
    );
  it('`The guide, Ennio Bracht, is 39` / `Bracht is 39 and` against `Ennio Bracht, 34`', () => {
    expect(glacier('The guide, Ennio Bracht, is 39 and remains in hospital, police said.')).toEqual([
      ['34', '39'],
    ]);
    expect(glacier('Their guide was Ennio Bracht. Bracht, who is 39, remains in hospital.')).toEqual([
      ['34', '39'],
    ]);
  });
  it('control: the same age, a rank or a measure after `is` is no conflict', () => {
    expect(glacier('The guide, Ennio Bracht, is 34 and remains in hospital, police said.')).toEqual([]);
    expect(glacier('The guide, Ennio Bracht, is 39th on the list of the injured, police said.')).toEqual([]);
    expect(glacier('Ennio Bracht was 12 when he first climbed the peak, police said.')).toEqual([]);
  });
});

describe('those who needed hospital treatment (fact:needed-hospital-treatment)', () => {
  const roof = (b: string) =>
    entries(
      story(
        report(
          'Stadium roof collapses in storm',
          '10: 40 p. m. November 23, 2041',
          '23 people were hurt, police said.\nThe crowd of 18, 400 was moved onto the pitch.',
        ),
        report('Arena roof gives way as storm hits match', '11: 30 p. m. November 23, 2041', b),
      ),
      'count',
    );
  it('`31 spectators needed hospital treatment` is no count of the crowd of 18, 400', () => {
    expect(roof('In all, 31 spectators needed hospital treatment, the health service said.')).toEqual([]);
  });
  it('control: two outlets giving those treated in hospital two figures still conflict', () => {
    expect(
      entries(
        story(
          report(
            'Roof collapse',
            '10: 40 p. m. November 23, 2041',
            '25 spectators needed hospital treatment.',
          ),
          report(
            'Roof gives way',
            '11: 30 p. m. November 23, 2041',
            'In all, 31 spectators needed hospital treatment.',
          ),
        ),
        'count',
      ),
    ).toEqual([['25 spectators needed hospital', '31 spectators needed hospital']]);
  });
});

describe('what a craft carries up to (fact:count-capacity, widened)', () => {
  const cable = (b: string) =>
    entries(
      story(
        report(
          'Cable car strands 58',
          '7: 30 p. m. August 17, 2041',
          'A power failure left 58 people stranded in two cabins of the cable car on Saturday.',
        ),
        report('Passengers lowered on ropes', '5: 00 p. m. August 17, 2041', b),
      ),
      'count',
    );
  it("`The line's two cabins each carry up to 35 people` is no count of those stranded", () => {
    expect(cable("The line's two cabins each carry up to 35 people.")).toEqual([]);
    expect(cable('Each cabin holds as many as 35 people.')).toEqual([]);
  });
  it('control: those stranded given another figure still conflict', () => {
    expect(cable('A power failure left 35 people stranded in the cable car.')).toEqual([
      ['35 people stranded', '58 people stranded'],
    ]);
  });
});

describe('a weekday told beside a daytime clock, a day apart (clause:relative-past-verb, date:clock-daytime)', () => {
  const pipeline = (first: string, second: string) =>
    entries(
      story(
        report('Gas pipeline ruptures near Belvin', '9: 15 p. m. October 14, 2042', first),
        report('Investigators search for cause of rupture', '10: 30 a. m. October 15, 2042', second),
      ),
      'date',
    );
  const later = (clock: string) =>
    `Investigators began on Wednesday to examine a section of gas pipeline that burst near Belvin on Monday at about ${clock}, police said.`;
  it('`burst ... on Monday at about 3: 40 p. m.` (next day) against `ruptured ... on Tuesday`: two days', () => {
    expect(
      pipeline(
        'A gas pipeline burst near the town of Belvin on Tuesday, officials said.',
        later('3: 40 p. m.'),
      ),
    ).toEqual([['Monday', 'Tuesday']]);
    expect(
      pipeline(
        'A gas pipeline ruptured near the town of Belvin on Tuesday afternoon, officials said.',
        later('3: 40 p. m.'),
      ),
    ).toEqual([['Monday', 'Tuesday']]);
  });
  it('control: a clock time late at night may be the night told from its two sides', () => {
    expect(
      pipeline(
        'A gas pipeline burst near the town of Belvin on Tuesday, officials said.',
        later('11: 40 p. m.'),
      ),
    ).toEqual([]);
  });
});

describe('a death told by its ordinal later the same day (figure:toll-ordinal-step)', () => {
  const toll = (b: string) =>
    story(
      report(
        'Four dead in glacier collapse',
        '10: 00 a. m. July 10, 2041',
        'Four hikers died when a block of the glacier broke away on Tuesday, police said on Wednesday.',
      ),
      report('Glacier collapse: death toll rises', '8: 20 p. m. July 10, 2041', b),
    )
      .discrepancies.filter((x) => x.kind === 'count' || x.kind === 'update')
      .map((x) => x.kind);
  it('`A fifth hiker has died in hospital` the same day as `Four hikers died`: an update, no conflict', () => {
    expect(
      toll("A fifth hiker has died in hospital after Tuesday's collapse of the glacier, police said."),
    ).toEqual(['update']);
  });
  it('control: a same-day report of five dead told with no ordinal still conflicts', () => {
    expect(toll("Five hikers died in Tuesday's collapse of the glacier, police said.")).toEqual(['count']);
  });
});
