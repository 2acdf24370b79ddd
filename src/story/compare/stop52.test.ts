import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 52's invented stories (an oil spill, a painting's auction, a medical helicopter crash),
 * keyed before their first run: what the first run missed or set wrongly against each other.
 * Fictional places, people and figures throughout.
 */
const report = (headline: string, lines: string): string => `${headline}\nApril 2, 2046\n${lines}`;
/** A report with no date line: no publication date to order reports by. */
const undated = (headline: string, lines: string): string => `${headline}\n${lines}`;

/** A crash story: the lead of one report and a sentence after it, against a report of five dead. */
const crash = (a: string) =>
  entries(
    story(
      report('Helicopter crash near Orlen', `A helicopter crashed near Orlen on Saturday. ${a}`),
      report(
        'Five dead in Orlen crash',
        'Five people died when a helicopter crashed near Orlen on Saturday.',
      ),
    ),
    'count',
  );

describe('a figure of an earlier event the story comes after (fact:period-came-after-event)', () => {
  it('`The crash came six months after a helicopter went down near Lent, killing three` is no toll of this crash', () => {
    expect(crash('The crash came six months after a helicopter went down near Lent, killing three.')).toEqual(
      [],
    );
    expect(
      crash('It came only three weeks after another helicopter crashed near Lent, killing three people.'),
    ).toEqual([]);
  });
  it('control: the toll told of the crash itself is set against the other', () => {
    expect(crash('The crash came shortly after take-off, killing three.')).toHaveLength(1);
  });
});

describe('a count of an event its clause dates by a month (fact:count-in-month)', () => {
  it("`three people died in a crash in March` is that month's", () => {
    expect(crash('It was the second such crash this year; three people died in a crash in March.')).toEqual(
      [],
    );
  });
  it('control: a count dated by a weekday or a day of the month is still compared', () => {
    expect(crash('Three people died in the crash on Saturday, police said.')).toHaveLength(1);
    expect(crash('Three people died in the crash on March 4, police said.')).toHaveLength(1);
  });
});

describe('a toll told with people still missing (count:toll-with-missing)', () => {
  const crash = (a: string, b: string) => {
    const d = story(undated('Helicopter down near Orlen', a), undated('Helicopter crash near Orlen', b));
    return { count: entries(d, 'count'), update: entries(d, 'update') };
  };
  it('`Four people were killed and one was missing` and `killing five` are the toll before and after', () => {
    expect(
      crash(
        'Four people were killed and one was missing after a helicopter crashed near Orlen on Saturday.',
        'A helicopter crashed near Orlen on Saturday, killing five people.',
      ),
    ).toEqual({ count: [], update: [['Four people', 'five people']] });
  });
  it('control: a toll above the dead and the missing together, or one told with people injured, is a conflict', () => {
    expect(
      crash(
        'Three people were killed and one was missing after a helicopter crashed near Orlen on Saturday.',
        'A helicopter crashed near Orlen on Saturday, killing five people.',
      ),
    ).toEqual({ count: [['Three people', 'five people']], update: [] });
    expect(
      crash(
        'Four people were killed and one was injured after a helicopter crashed near Orlen on Saturday.',
        'A helicopter crashed near Orlen on Saturday, killing five people.',
      ),
    ).toEqual({ count: [['Four people', 'five people']], update: [] });
  });
});

describe('an age told in apposition after a possessive or by an apposition (fact:age-apposition-noun, fact:age-apposition-head)', () => {
  const spill = (a: string, b: string) =>
    entries(
      story(
        report('Tanker aground off Varn', `A tanker ran aground off Varn on Tuesday. ${a}`),
        report('Oil spill off Varn', `A tanker ran aground off Varn on Tuesday. ${b}`),
      ),
      'age',
    );
  it("`Its captain, 45,` against `The tanker's captain, a 54-year-old Greek national,`", () => {
    expect(
      spill(
        'Its captain, 45, was being questioned by police.',
        "The tanker's captain, a 54-year-old Greek national, was detained.",
      ),
    ).toEqual([['45', '54']]);
    expect(
      spill(
        "The ship's captain, 45, was being questioned.",
        'The captain, a 54 - year - old Greek national, was detained.',
      ),
    ).toEqual([['45', '54']]);
  });
  it("`The driver, a 45-year-old man,` is the driver's age", () => {
    expect(
      spill('The driver, a 45-year-old man, was arrested.', 'The 44-year-old driver was arrested.'),
    ).toEqual([['44', '45']]);
  });
  it('control: the same age both ways, or the ages of two people, is no conflict', () => {
    expect(
      spill(
        'Its captain, 54, was being questioned.',
        'The captain, a 54-year-old Greek national, was detained.',
      ),
    ).toEqual([]);
    expect(
      spill('Its captain, 45, was being questioned.', 'A 54-year-old Greek national was detained.'),
    ).toEqual([]);
  });
});

describe('a work of art dated to a year (fact:year-made-dated)', () => {
  const sale = (a: string, b: string) =>
    entries(
      story(
        report(
          'Venn painting sells for $48 million',
          `A painting by Hendrik Venn sold for $48 million on Thursday. ${a}`,
        ),
        report('Record for Venn', `A painting by Hendrik Venn fetched $48 million on Thursday. ${b}`),
      ),
      'quantity',
    );
  it('`The canvas, dated 1645,` against `was painted in 1654`', () => {
    expect(sale('The work was painted in 1654.', 'The canvas, dated 1645, was found in an attic.')).toEqual([
      ['1645', '1654'],
    ]);
    expect(sale('The work was painted in 1654.', 'The painting, from 1645, was found in an attic.')).toEqual([
      ['1645', '1654'],
    ]);
  });
  it('control: the same year, or a span of years of several works, is no conflict', () => {
    expect(sale('The work was painted in 1654.', 'The canvas, dated 1654, was found in an attic.')).toEqual(
      [],
    );
    expect(
      sale('The work was painted in 1654.', 'The paintings, from 1645 to 1660, were found in an attic.'),
    ).toEqual([]);
  });
});

describe('what a place was built for is its capacity (fact:count-capacity, widened)', () => {
  const prison = (a: string) =>
    entries(
      story(
        report('Riot at Kelm prison', `Inmates rioted at Kelm prison on Sunday. ${a}`),
        report(
          'Kelm prison riot ends',
          'A riot at Kelm prison ended on Monday. The prison holds about 1,200 inmates.',
        ),
      ),
      'count',
    );
  it('`built in 1961 for 800 inmates` is no count of those it holds', () => {
    expect(prison('The prison, built in 1961 for 800 inmates, now holds more than 1,200.')).toEqual([]);
    expect(prison('The prison, designed to house 800 inmates, is overcrowded.')).toEqual([]);
  });
  it('control: a count of those it holds is set against the other', () => {
    expect(prison('The prison, built in 1961, now holds 800 inmates.')).toHaveLength(1);
  });
});

describe('an age in an apposition with capitalised words before its noun (fact:age-in-apposition, widened)', () => {
  const ban = (a: string, b: string) =>
    entries(
      story(
        report('Sprinter banned', `${a} was banned for four years on Thursday.`),
        report('Rell banned', `${b} was banned for four years on Thursday.`),
      ),
      'age',
    );
  it('`Dana Rell, the 28-year-old Olympic 100 metres champion,` against `Dana Rell, 26,`', () => {
    expect(
      ban('Sprinter Dana Rell, the 28-year-old Olympic 100 metres champion,', 'Sprinter Dana Rell, 26,'),
    ).toEqual([['26', '28']]);
  });
  it('control: the same age both ways is no conflict', () => {
    expect(
      ban('Sprinter Dana Rell, the 26-year-old Olympic 100 metres champion,', 'Sprinter Dana Rell, 26,'),
    ).toEqual([]);
  });
});

describe("a headline's bare noun is no name (fact:age-apposition-noun)", () => {
  const ageOf = (text: string, value: string) => {
    const d = story(text);
    const doc = d.documents[0]!;
    return (d.facts ?? []).find((f) => f.kind === 'age' && doc.text.slice(f.start, f.end) === value)?.about;
  };
  it('`Man, 44, held after girl snatched` is the age of a man, not of someone named Man', () => {
    expect(
      ageOf(
        'Man, 44, held after girl snatched from park\nApril 2, 2046\nA girl was taken from a park in Norbury on Saturday.',
        '44',
      ),
    ).toBe('noun:man');
  });
  it('control: a surname that is also a noun, named in full in the document, stays a person', () => {
    expect(
      ageOf(
        'Driver, 45, wins award\nApril 2, 2046\nThe actress Minnie Driver won the award on Saturday.',
        '45',
      ),
    ).toMatch(/^person:/);
  });
});

describe('a term told with a spaced hyphen (fact:ban-term, count:number-adjective-spaced)', () => {
  const ban = (a: string, b: string) =>
    story(
      report('Sprinter banned', `Dana Rell ${a} on Thursday.`),
      report('Rell banned', `Dana Rell ${b} on Thursday.`),
    );
  it('`was handed a four - year ban` against `was banned for three years`, and no single year against several', () => {
    const d = ban('was handed a four - year ban', 'was banned for three years');
    expect(d.discrepancies.filter((x) => x.kind === 'count')).toEqual([]);
    expect(entries(d, 'quantity')).toEqual([['four - year', 'three years']]);
  });
  it('control: the same term both ways is no conflict of any kind', () => {
    const d = ban('was handed a four - year ban', 'was banned for four years');
    expect(entries(d, 'quantity')).toEqual([]);
    expect(d.discrepancies.filter((x) => x.kind === 'count')).toEqual([]);
  });
});

describe('a month, a comma, then a count (dates:month-before-count)', () => {
  const dates = (text: string) =>
    story(report('Boat sinks off Lessa', text)).documents[0]!.dates.map((x) => x.value);
  const counts = (text: string) =>
    story(report('Boat sinks off Lessa', text)).documents[0]!.quantities.map((x) => x.value);
  it('`In June, 41 people drowned` is a June, not June 2041, and 41 people', () => {
    const text = 'In June, 41 people drowned when a fishing boat sank off Lessa.';
    expect(dates(text)).toEqual(['2045-06']);
    expect(counts(text)).toContain(41);
  });
  it('control: `In June, 2041, a boat sank` is June 2041', () => {
    expect(dates('In June, 2041, a fishing boat sank off Lessa.')).toEqual(['2041-06']);
  });
});

describe('people missing in a report that tells the toll risen (count:missing-as-toll-rises)', () => {
  const wreck = (b: string) => {
    const d = story(
      undated(
        'Boat capsizes off Lessa',
        'A boat capsized off Lessa on Wednesday. At least 27 people died and 12 people were still missing.',
      ),
      undated('Lessa shipwreck', b),
    );
    return { count: entries(d, 'count'), update: entries(d, 'update') };
  };
  it('`12 people were still missing` then `has risen to 33 ... Six people are still missing` is the missing found', () => {
    expect(
      wreck(
        'The number of people who died when a boat capsized off Lessa has risen to 33. Six people are still missing.',
      ),
    ).toEqual({ count: [], update: [['12 people', 'Six people']] });
  });
  it('control: with no word of the toll rising, the two counts of the missing are a conflict', () => {
    expect(
      wreck('Thirty - three people died when a boat capsized off Lessa. Six people are still missing.').count,
    ).toContainEqual(['12 people', 'Six people']);
  });
});

describe('a departure from a coast (fact:date:departure-from-place, widened)', () => {
  const events = (text: string) =>
    (story(report('Boat sinks off Lessa', text)).facts ?? [])
      .filter((f) => f.kind === 'date')
      .map((f) => f.event);
  it("`had left the coast of Marra on Monday` dates the journey's start", () => {
    expect(events('The boat had left the coast of Marra on Monday with about 100 people on board.')).toEqual([
      'depart',
    ]);
  });
  it('control: a coast not left is no departure', () => {
    expect(
      events('The boat was seen off the coast of Marra on Monday with about 100 people on board.'),
    ).not.toContain('depart');
  });
});

describe('a scaled measure and a measure told as a spaced adjective (quantities:scaled-measure, quantities:number-adjective-spaced)', () => {
  const probe = (a: string, b: string) =>
    story(
      report('Probe lands on Kessa', `A probe landed on the asteroid Kessa on Tuesday. ${a}`),
      report('Lantern lands', `The Lantern probe landed on Kessa on Tuesday. ${b}`),
    );
  it('`260 million kilometres from Earth` is a distance, no count of kilometres set against the journey', () => {
    const d = probe(
      'It travelled 4.2 billion kilometres to get there.',
      'Kessa is 260 million kilometres from Earth.',
    );
    expect(entries(d, 'count')).toEqual([]);
    expect(d.documents[1]!.quantities.map((q) => [q.kind, q.value, q.unit])).toContainEqual([
      'measure',
      260000000,
      'km',
    ]);
  });
  it('`The 610 - kilogram spacecraft` counts no spacecraft', () => {
    const d = probe('The probe weighs 610 kg.', 'The 610 - kilogram spacecraft cost $780 million.');
    expect(d.documents[1]!.quantities.filter((q) => q.kind === 'count')).toEqual([]);
  });
  it('control: a count of things after a scale word stays a count', () => {
    const d = probe(
      'It carries 2 million dollars of instruments.',
      'Some 1.2 million people watched the landing.',
    );
    expect(d.documents[1]!.quantities.map((q) => [q.kind, q.value])).toContainEqual(['count', 1200000]);
  });
});

describe('what a project cost (fact:sum-cost-of-project)', () => {
  const probe = (a: string, b: string) =>
    entries(
      story(
        report('Probe lands on Kessa', `A probe landed on the asteroid Kessa on Tuesday. ${a}`),
        report('Lantern lands', `The Lantern probe landed on Kessa on Tuesday. ${b}`),
      ),
      'quantity',
    );
  it('`The mission cost $870 million` against `cost $780 million to build and launch`', () => {
    expect(
      probe('The mission cost $870 million.', 'The mission cost $780 million to build and launch.'),
    ).toEqual([['$780 million', '$870 million']]);
  });
  it('control: the same cost both ways is no conflict', () => {
    expect(
      probe('The mission cost $780 million.', 'The mission cost $780 million to build and launch.'),
    ).toEqual([]);
  });
});
