import { describe, expect, it } from 'vitest';
import { story, entries } from '../invented.fixture.js';

/**
 * A prison riot, a doping ban, a teachers' strike and a bird-flu cull, each told by two outlets
 * (stop 40, third batch). Fictional places and people.
 */
const riot = (line: string) => `Riot at Dorn prison\nAugust 8, 2051\n${line}`;

describe('people named by their post are people: what befell them is keyed by its family', () => {
  it('sets `nine guards were hurt` against `11 guards injured`', () => {
    const d = story(
      riot('Two inmates were killed and 11 guards injured during a riot at Dorn prison on Sunday.'),
      riot('Two prisoners died and nine guards were hurt in the riot at Dorn prison on Sunday.'),
    );
    expect(entries(d, 'count')).toEqual([['11 guards injured', 'nine guards']]);
  });
  it('control: guards injured are not guards sent in', () => {
    const d = story(
      riot('Two inmates were killed and 11 guards injured during a riot at Dorn prison on Sunday.'),
      riot('Officials sent in nine guards after the riot at Dorn prison on Sunday.'),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe('what lasted: the noun after its article, its verbs and the clause between', () => {
  it('reads `a riot that lasted eight hours` as the riot’s (the article’s noun, not `that`)', () => {
    const d = story(
      riot('The riot began at about 2 p.m. in C wing and lasted six hours.'),
      riot('Police regained control on Sunday night after a riot that lasted eight hours.'),
    );
    expect(entries(d, 'quantity')).toEqual([['eight hours', 'six hours']]);
  });
  it('reads `the strike would last two days` and `would continue for three days` as the strike’s', () => {
    const strike = (line: string) => `Teachers strike in Valdor\nMay 4, 2052\n${line}`;
    const d = story(
      strike('Union leader Marta Ilves said the strike would last two days.'),
      strike('Union leader Marta Ilves said the strike would continue for three days.'),
    );
    expect(entries(d, 'quantity')).toEqual([['three days', 'two days']]);
  });
  it('control: `in the last two days` is a period, not what something lasted', () => {
    const d = story(
      riot('The riot in the last two days has left two inmates dead.'),
      riot('Police regained control on Sunday night after a riot that lasted eight hours.'),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('the length of a ban (fact:ban-term)', () => {
  const ban = (date: string, line: string) => `Okafor banned\n${date}\n${line}`;
  it('sets `her three-year ban` against `banned for four years`', () => {
    const d = story(
      ban('March 12, 2049', 'Sprinter Lara Okafor has been banned for four years after testing positive.'),
      ban('March 12, 2049', 'Lara Okafor said she would appeal against her three-year ban.'),
    );
    expect(entries(d, 'quantity')).toEqual([['four years', 'three-year']]);
  });
  it('control: an earlier ban of someone else, told `In 2044 ...`, is another ban', () => {
    const d = story(
      ban('March 12, 2049', 'Sprinter Lara Okafor has been banned for four years after testing positive.'),
      ban('March 12, 2049', 'In 2044 her coach was banned for two years.'),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('a sprinter, a swimmer or a jockey written before a name is a title, not part of it', () => {
  it('gives `Sprinter Lara Okafor` and `Lara Okafor, 25,` one person, whose ages differ', () => {
    const d = story(
      `Okafor banned\nMarch 12, 2049\nSprinter Lara Okafor has been banned.\nThe 24-year-old tested positive in October.`,
      `Okafor banned\nMarch 12, 2049\nLara Okafor, 25, was suspended on Tuesday.`,
    );
    expect(entries(d, 'age')).toEqual([['24', '25']]);
  });
  it('control: a name that merely starts like a profession (`Runnerton`) is kept whole', () => {
    const facts =
      story(`Talks\nMarch 12, 2049\nMayor Ada Runnerton, 51, opened the track on Tuesday.`).facts ?? [];
    expect(facts.filter((f) => f.kind === 'age').map((f) => f.about)).toEqual(['person:ada-runnerton']);
  });
});

describe('a raise is a pay rise', () => {
  const strike = (line: string) => `Teachers strike in Valdor\nMay 4, 2052\n${line}`;
  it('sets `a 12% raise` against `a 9% pay rise`', () => {
    const d = story(
      strike('The teachers’ union is demanding a 9% pay rise, while the government has offered 4%.'),
      strike('The teachers’ union wants a 12% raise, while the government has offered 4%.'),
    );
    expect(entries(d, 'quantity')).toEqual([['12%', '9%']]);
  });
  it('control: a rise in prices is no pay rise', () => {
    const d = story(
      strike('The teachers’ union is demanding a 9% pay rise, while the government has offered 4%.'),
      strike('The teachers’ union says a 12% rise in prices has eaten their pay.'),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('hens are chickens', () => {
  const cull = (line: string) => `Bird flu at Hemmel farm\nNovember 20, 2050\n${line}`;
  it('sets `54,000 chickens` against `45,000 hens` culled', () => {
    const d = story(
      cull('All 45,000 hens on the farm near Hemmel will be culled after bird flu was found.'),
      cull('Authorities will cull 54,000 chickens at the farm near Hemmel after bird flu was found.'),
    );
    expect(entries(d, 'count')).toEqual([['45,000 hens', '54,000 chickens']]);
  });
  it('control: ducks are not chickens', () => {
    const d = story(
      cull('All 45,000 hens on the farm near Hemmel will be culled after bird flu was found.'),
      cull('Authorities will cull 54,000 ducks at the farm near Hemmel after bird flu was found.'),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe('how full something is is its share of capacity (fact:percent-full)', () => {
  const drought = (line: string) => `Hosepipe ban in Alder\nJuly 3, 2055\n${line}`;
  it('sets `were 45% full` against `at 41% of capacity`', () => {
    const d = story(
      drought('Alder Water said its reservoirs are at 41% of capacity after a dry June.'),
      drought('Alder Water said its reservoirs were 45% full after a dry June.'),
    );
    expect(entries(d, 'quantity')).toEqual([['41%', '45%']]);
  });
  it('control: a share of something else (`45% of customers`) is not how full', () => {
    const d = story(
      drought('Alder Water said its reservoirs are at 41% of capacity after a dry June.'),
      drought('Alder Water said 45% of customers used less water after a dry June.'),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('a described person named later `named as` or `identified as` (fact:age-noun-named-later)', () => {
  const fall = (line: string) => `Man dies in fall\nJuly 22, 2046\n${line}`;
  it('gives `A 38-year-old man ... The man, named as Jens Holm,` Holm’s age, set against `Jens Holm, 36`', () => {
    const d = story(
      fall(
        'A 38-year-old man from Denmark died on Mount Sarrow on Tuesday after a fall.\nThe man, named as Jens Holm, was part of a group of climbers.',
      ),
      fall('Jens Holm, 36, fell while climbing the north face of Mount Sarrow on Tuesday.'),
    );
    expect(entries(d, 'age')).toEqual([['36', '38']]);
  });
  it('control: another noun named later (`The guide, named as Jens Holm,`) leaves the man’s age his own', () => {
    const d = story(
      fall(
        'A 38-year-old man from Denmark died on Mount Sarrow on Tuesday after a fall.\nThe guide, named as Jens Holm, raised the alarm.',
      ),
      fall('Jens Holm, 36, raised the alarm from the north face of Mount Sarrow on Tuesday.'),
    );
    expect(entries(d, 'age')).toEqual([]);
  });
});

describe('a runner’s finishing time (fact:finish-time)', () => {
  const race = (line: string) => `Record for Kiptoo in Halden\nOctober 8, 2040\n${line}`;
  it('sets `set a course record of 2:04:21` against `won the Halden Marathon in 2:04:12`', () => {
    const d = story(
      race('Daniel Kiptoo won the Halden Marathon on Sunday in 2:04:12, breaking the course record.'),
      race('Daniel Kiptoo set a course record of 2:04:21 at the Halden Marathon on Sunday.'),
    );
    expect(entries(d, 'quantity')).toEqual([['2:04:12', '2:04:21']]);
  });
  it('control: the runner-up’s time is another runner’s', () => {
    const d = story(
      race('Daniel Kiptoo won the Halden Marathon on Sunday in 2:04:12, breaking the course record.'),
      race('Abel Tesfaye finished second at the Halden Marathon on Sunday in 2:05:02.'),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
  it('reads a named race (`the Halden Marathon`) as no person', () => {
    const facts =
      story(race('Daniel Kiptoo won the Halden Marathon on Sunday in 2:04:12, breaking the course record.'))
        .facts ?? [];
    expect(facts.filter((f) => f.rule === 'fact:finish-time').map((f) => f.about)).toEqual([
      'during:finish-time|person:daniel-kiptoo',
    ]);
  });
});

describe('a pound written as an adjective after a scale is money (quantities:money-word-scaled)', () => {
  const sacked = (line: string) => `Kell sacked by Orlin City\nMay 2, 2050\n${line}`;
  it('sets `a 4.5 million pound payoff` against `a £5 million payoff`', () => {
    const d = story(
      sacked('Orlin City agreed a 4.5 million pound payoff with manager Tom Kell on Monday.'),
      sacked('Orlin City agreed a £5 million payoff with manager Tom Kell on Monday.'),
    );
    expect(
      d.discrepancies
        .filter((x) => x.kind !== 'single-outlet')
        .map((x) => x.values.map((v) => v.text).sort()),
    ).toEqual([['4.5 million pound', '£5 million']]);
  });
  it('control: a weight in pounds without a scale is no money (`a 300-pound safe`)', () => {
    const facts =
      story(sacked('Thieves took a 300-pound safe from the Orlin City ground on Monday.')).facts ?? [];
    expect(facts.filter((f) => f.unit === 'GBP')).toEqual([]);
  });
});
