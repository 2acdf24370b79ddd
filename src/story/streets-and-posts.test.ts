import { describe, expect, it } from 'vitest';
import { tell } from './trial/read.js';

// The street an incident happened on, and a post told by `is` or by a title before a surname
// alone (h-probe). Invented places and people.
const story = (a: string, b: string) =>
  tell(
    ['Delmor warehouse fire', '', `Fire destroyed a warehouse in Delmor on Tuesday. ${a}`],
    ['Warehouse lost to fire', '', `A fire gutted a Delmor warehouse on Tuesday. ${b}`],
  );
const values = (d: ReturnType<typeof tell>, kind?: string): string[][] =>
  d.discrepancies
    .filter((x) => (kind ? x.kind === kind : !['certainty', 'single-outlet', 'source'].includes(x.kind)))
    .map((x) => [...new Set(x.values.map((v) => v.text))].sort());

describe('the street of the incident (fact:street-of-incident)', () => {
  it('pair: `a warehouse on Harlan Street` against `on Carver Street`, a blaze and a fire', () => {
    const d = story(
      'The blaze broke out at a warehouse on Harlan Street.',
      'The fire destroyed a warehouse on Carver Street.',
    );
    expect(values(d)).toEqual([['Carver Street', 'Harlan Street']]);
    expect(d.facts!.filter((f) => f.rule === 'fact:street-of-incident').length).toBe(2);
  });
  it('pair: `at 14 Mill Lane` against `at 41 Mill Lane`', () => {
    const d = story('The fire started at 14 Mill Lane.', 'The fire started at 41 Mill Lane.');
    expect(values(d)).toEqual([['14 Mill Lane', '41 Mill Lane']]);
  });
  it('controls: one street with and without its number, `St.` for `Street`, a street near', () => {
    expect(
      values(story('The fire started at 14 Mill Lane.', 'The fire started at a warehouse on Mill Lane.')),
    ).toEqual([]);
    expect(
      values(
        story('The fire broke out on Harlan St. early Tuesday.', 'The fire broke out on Harlan Street.'),
      ),
    ).toEqual([]);
    expect(
      values(
        story(
          'The fire broke out at a warehouse on Harlan Street.',
          'The fire broke out at a warehouse near Harlan Street.',
        ),
      ),
    ).toEqual([]);
  });
  it('controls: a street where a witness lives, where a man was arrested, or another fire', () => {
    expect(
      values(
        story(
          'The fire broke out at a warehouse on Harlan Street.',
          'The fire broke out at a warehouse on Harlan Street. Jo Pell, who lives on Carver Street, saw the flames.',
        ),
      ),
    ).toEqual([]);
    expect(
      values(
        story(
          'The fire broke out at a warehouse on Harlan Street.',
          'Police arrested a man on Carver Street hours after the fire. The fire spread to homes on Carver Street.',
        ),
      ),
    ).toEqual([]);
    expect(
      values(
        story(
          'The fire on Harlan Street was the second in a month.',
          'A similar fire on Carver Street in 2029 killed two people.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a post told by `is` (fact:role:copula)', () => {
  it('pair: `Mara Tennet is the city’s fire chief` against `Mara Tennet, the deputy fire chief,`', () => {
    const d = story(
      'Mara Tennet is the city’s fire chief. She said the building was empty.',
      'Mara Tennet, the deputy fire chief, said the building was empty.',
    );
    expect(values(d, 'role')).toEqual([['the city’s fire chief', 'the deputy fire chief']]);
  });
  it('controls: a former post, two posts held at once, a relation to the holder', () => {
    expect(
      values(
        story(
          'Mara Tennet is a former fire chief. She said the building was empty.',
          'Mara Tennet, the deputy fire chief, said the building was empty.',
        ),
        'role',
      ),
    ).toEqual([]);
    expect(
      values(
        story(
          'Mara Tennet, who is the deputy fire chief and the city’s fire marshal, said it was empty.',
          'Mara Tennet is the fire marshal.',
        ),
        'role',
      ),
    ).toEqual([]);
    expect(
      values(
        story('Mara Tennet is the daughter of the fire chief.', 'Mara Tennet is the deputy fire chief.'),
        'role',
      ),
    ).toEqual([]);
  });
});

describe('a title before a surname alone (fact:role:title-before-surname)', () => {
  it('pair: `Chief Tennet` against `Deputy Chief Tennet`, each after the full name', () => {
    const d = story(
      'Mara Tennet said the building was empty. Chief Tennet added that no one was hurt.',
      'Mara Tennet said the building was empty. Deputy Chief Tennet added that no one was hurt.',
    );
    expect(values(d, 'role')).toEqual([['Chief', 'Deputy Chief']]);
  });
  it('controls: two people of one surname, and a title of another person', () => {
    expect(
      values(
        story(
          'Mara Tennet and Ivo Tennet said the building was empty. Chief Tennet added that no one was hurt.',
          'Mara Tennet said the building was empty. Deputy Chief Tennet added that no one was hurt.',
        ),
        'role',
      ),
    ).toEqual([]);
    expect(
      values(
        story(
          'Mara Tennet said the building was empty. Ivo Garr, the fire chief, agreed.',
          'Mara Tennet, the deputy fire chief, said the building was empty.',
        ),
        'role',
      ),
    ).toEqual([]);
  });
});

describe('a temperature in the thousands (quantities:temperature)', () => {
  it('pair: `800 degrees Celsius` against `1,200 degrees Celsius`', () => {
    const d = story(
      'Flames reached temperatures of 800 degrees Celsius.',
      'Flames reached temperatures of 1,200 degrees Celsius.',
    );
    expect(values(d)).toEqual([['1,200 degrees Celsius', '800 degrees Celsius']]);
  });
  it('control: `1,100 degrees Celsius` and `2,012 degrees Fahrenheit` are one heat', () => {
    expect(
      values(story('Flames reached 1,100 degrees Celsius.', 'Flames reached 2,012 degrees Fahrenheit.')),
    ).toEqual([]);
  });
});

describe('a share told by a fraction (quantities:fraction-of)', () => {
  it('pair: `A third of the stock` against `40 percent of the stock`', () => {
    const d = story('A third of the stock was lost.', '40 percent of the stock was lost, the owner said.');
    expect(values(d)).toEqual([['40 percent', 'A third']]);
  });
  it('controls: `a third` against 35 percent (a round figure), and a quarter of an hour', () => {
    expect(
      values(story('A third of the stock was lost.', 'About 35 percent of the stock was lost.')),
    ).toEqual([]);
    expect(
      values(
        story(
          'Crews arrived a quarter of an hour later. A quarter of the roof fell.',
          'Crews arrived soon after. A quarter of the roof fell.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a home town told by `is from` (fact:home-town-from)', () => {
  it('pair: `Ivo Garr, is from Castelmar` against `is from Vell Harbour`', () => {
    const d = story('The owner, Ivo Garr, is from Castelmar.', 'The owner, Ivo Garr, is from Vell Harbour.');
    expect(values(d)).toEqual([['Castelmar', 'Vell Harbour']]);
  });
  it('controls: `, who is from Castelmar,` against `is from Castelmar`, and a firm one is from', () => {
    expect(
      values(story('Ivo Garr, who is from Castelmar, owns it.', 'The owner, Ivo Garr, is from Castelmar.')),
    ).toEqual([]);
    expect(
      values(
        story(
          'Ivo Garr is from Acme Holdings, the owner.',
          'Ivo Garr, who comes from Vell Harbour, owns it.',
        ),
      ),
    ).toEqual([]);
  });
});
