import { describe, expect, it } from 'vitest';
import { entries, factual, story } from '../invented.fixture.js';
import { processText } from '../../pipeline/document.js';

/**
 * A race's result as sports pages write it: times (`1:53.27`, `2: 05: 37` in tokenised text),
 * margins in seconds or fractions of one (`by 0.01 seconds`, `one hundredth of a second`,
 * `0.38 seconds back`) and in lengths (`by 2 1/2 lengths`). Found by stop 49's invented stories
 * (a ski race, a horse race). Fictional places and people throughout.
 */
const report = (headline: string, lines: string): string => `${headline}\nMarch 9, 2046\n${lines}`;
const quantities = (text: string) => {
  const d = processText(text, { kind: 'record', location: 'a.txt' }, { known: { language: 'en' } });
  return d.quantities.map((q) => [d.text.slice(q.start, q.end), q.value, q.unit, q.rule]);
};

describe('times and margins in seconds (quantities:race-time, quantities:seconds, quantities:mixed-fraction)', () => {
  it('reads race times, margins in seconds and mixed fractions as measures', () => {
    expect(
      quantities(
        'Orla Fenn won in 2: 14. 08, by 0. 4 seconds, and her team by 3 1 / 2 lengths.\nHe ran 2:09:51 and was 1 minute 12 seconds behind.\nShe won by two tenths of a second.',
      ),
    ).toEqual([
      ['2: 14. 08', 134.08, 's', 'quantities:race-time'],
      ['0. 4 seconds', 0.4, 's', 'quantities:seconds'],
      ['3 1 / 2 lengths', 3.5, 'length', 'quantities:mixed-fraction'],
      ['2:09:51', 7791, 's', 'quantities:race-time'],
      ['1 minute 12 seconds', 72, 's', 'quantities:seconds'],
      ['two tenths of a second', 0.2, 's', 'quantities:seconds'],
    ]);
  });
  it('control: a clock time, a span of whole seconds and a date are none of these', () => {
    expect(
      quantities(
        'The alarm rang at 10:42:05 and lasted 30 seconds.\nThe vote was 7 1/2 weeks ago at 6:15 p.m.',
      ),
    ).toEqual([['7 1/2 weeks', 7.5, 'week', 'quantities:mixed-fraction']]);
  });
});

describe('one race, one result (fact:race-time, fact:time-margin, align:one-race, figure:race-fixed)', () => {
  const race = (time: string, margin: string, extra = '') =>
    report(
      'Fenn wins Dalby slalom',
      `Orla Fenn won the slalom in Dalby on Sunday, finishing in ${time}.\nFenn, 24, beat Ines Varo by ${margin}.\n${extra}`,
    );
  it('sets two winning times and two margins of one race against each other, as a conflict', () => {
    const d = story(
      race('1: 41. 27', '0. 15 seconds'),
      report(
        'Slalom to Fenn',
        'Skier Orla Fenn won the slalom in Dalby in 1: 41. 72.\nFenn edged Varo by 0. 51 seconds.',
      ),
    );
    expect(entries(d, 'quantity').sort()).toEqual([
      ['0. 15 seconds', '0. 51 seconds'],
      ['1: 41. 27', '1: 41. 72'],
    ]);
  });
  it('control: one time and one margin told two ways agree', () => {
    const d = story(race('1: 41. 27', 'one hundredth of a second'), race('1:41.27', '0.01 seconds'));
    expect(factual(d)).toEqual([]);
  });
  it("control: another skier's margin, a training run and last year's race are other figures", () => {
    const d = story(
      race('1: 41. 27', '0. 15 seconds', 'Varo was fastest in Friday’s training run in 1: 42. 05.'),
      race(
        '1: 41. 27',
        '0. 15 seconds',
        'Tilde Moe was third, 0. 62 seconds behind.\nVaro won last year’s race in 1: 43. 10.',
      ),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('a margin told past the race it won (fact:count-margin, a longer lead)', () => {
  const derby = (margin: string) =>
    report(
      'Storm Quay wins Hallow Stakes',
      `Storm Quay, ridden by jockey Pia Laine, won the 61st Hallow Stakes at Crane Park on Saturday by ${margin}.`,
    );
  it('reads `won the 61st Hallow Stakes at Crane Park on Saturday by two lengths` as the margin', () => {
    const d = story(derby('two lengths'), derby('four lengths'));
    expect(entries(d, 'count')).toEqual([['four lengths', 'two lengths']]);
    expect(d.facts!.find((f) => f.unit === 'margin-length')?.rule).toBe('fact:count-margin');
  });
  it('control: a count far from any word of winning is no margin', () => {
    const d = story(
      report(
        'Yard sold',
        'The Crane Park yard, which trains horses for owners in Varn and Dalby, has 40 stables.',
      ),
    );
    expect(d.facts!.some((f) => f.unit === 'margin-length' || f.about.startsWith('noun:margin'))).toBe(false);
  });
});

describe('a place and a career count of one competitor (fact:finishing-place, fact:ordinal-of-outing)', () => {
  const result = (line: string) =>
    report('Fenn wins Dalby slalom', `Orla Fenn won the slalom in Dalby on Sunday.\n${line}`);
  it('sets `Tilde Moe finished fourth` against `Tilde Moe, the favourite, faded to sixth`', () => {
    const d = story(
      result('Tilde Moe finished fourth after a fall.'),
      result('Tilde Moe, the overnight leader, faded to sixth.'),
    );
    expect(entries(d, 'count')).toEqual([['fourth', 'sixth']]);
  });
  it('control: two competitors’ places, and second in command, are no conflict', () => {
    const d = story(
      result('Tilde Moe finished fourth after a fall.\nCoach Ivo Strand was second in command.'),
      result('Ines Varo finished sixth.\nIvo Strand was third in command.'),
    );
    expect(factual(d)).toEqual([]);
  });
  it('sets `her fifth World Cup victory` against `her fourth career win` of one skier', () => {
    const d = story(
      result('It was Fenn’s fifth World Cup victory.'),
      result('Fenn celebrated her fourth career win in the snow.'),
    );
    expect(entries(d, 'count')).toEqual([['fifth', 'fourth']]);
  });
  it('control: a streak is not a career count, nor one skier’s count another’s', () => {
    const d = story(
      result('It was Fenn’s fifth World Cup victory.'),
      result('Fenn celebrated her third straight win.\nVaro claimed her fourth career win last week.'),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('`ill` right after the counted noun (fact:fell-ill)', () => {
  const ship = (line: string) =>
    report('Virus on the Serin Star', `${line}\nThe ship carries 2,100 passengers.`);
  it('sets `sickened 140 passengers` against a later `with 188 people ill`', () => {
    const d = story(
      ship('A stomach virus sickened 140 passengers on the Serin Star, the operator said.'),
      ship('The Serin Star docked in Varn with 188 people ill, health officials said.').replace(
        'March 9, 2046',
        'March 10, 2046',
      ),
    );
    expect(entries(d, 'update')).toEqual([['140 passengers', '188 people ill']]);
  });
  it('control: `ill and` or `ill of` after the noun is no count of the ill', () => {
    const d = story(ship('Some 30 crew ill and tired stayed aboard.'));
    expect(d.facts!.some((f) => f.about === 'event:ill')).toBe(false);
  });
});

describe('an edition told without the event’s name (fact:edition-unnamed)', () => {
  const race = (line: string, more = '') =>
    report('Quay wins', `Storm Quay won the Hallow Stakes at Crane Park on Saturday.\n${line}${more}`);
  it('sets `the 61st Hallow Stakes` against `the 62nd running of the race`', () => {
    const d = story(race('It was the 61st Hallow Stakes.'), race('It was the 62nd running of the race.'));
    expect(entries(d, 'count')).toEqual([['61st', '62nd']]);
  });
  it('control: a report naming two events leaves the running unread', () => {
    const d = story(
      race('It was the 61st Hallow Stakes.'),
      race('It was the 62nd running of the race.', '\nHe runs next in the Varn Cup.'),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('how early the story’s act came (fact:duration-early)', () => {
  const ferry = (line: string) =>
    report('Ferry back early', `The ferry Orla Mae ${line}\nIt carries 400 cars.`);
  it('sets `two days earlier than planned` against `three days early`', () => {
    const d = story(
      ferry('docked in Varn on Tuesday, two days earlier than planned.'),
      ferry('returned to Varn on Tuesday, three days early.'),
    );
    expect(entries(d, 'quantity')).toEqual([['three days early', 'two days']]);
  });
  it('control: `early on`, `early next week` and a span of the voyage are no such span', () => {
    const d = story(
      ferry('sailed for two days early on in the season.'),
      ferry('will sail for three days early next week.'),
    );
    expect(d.facts!.some((f) => f.about === 'during:early')).toBe(false);
  });
});

describe('a body’s size told as an adjective (fact:size-of-body, align:one-body-size)', () => {
  const verdict = (line: string) =>
    report('Jury backs Telvo', `A jury in Varn found that Orlo Chips copied two Telvo designs.\n${line}`);
  it('sets `The eight-member jury` against `The nine-member jury deliberated`, as a conflict', () => {
    const d = story(
      verdict('The eight-member jury awarded Telvo $ 12 million.'),
      verdict('The nine-member jury deliberated for two days.'),
    );
    expect(entries(d, 'count')).toEqual([['eight-member jury', 'nine-member jury']]);
  });
  it('control: a jury and a board are two bodies', () => {
    const d = story(
      verdict('The eight-member jury awarded Telvo $ 12 million.'),
      verdict('Telvo’s nine-member board met on Monday.'),
    );
    expect(factual(d)).toEqual([]);
  });
});
