import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Phenomena of news language the discrepancy finder did not read (h-disc63), found on invented
 * three-outlet stories of genres nobody tuned on (a league lockout, a dividend cut, a
 * no-confidence vote, a patent verdict, a bank cyberattack). Fictional places and people
 * throughout.
 */

const market = (headline: string, date: string, line: string) =>
  `${headline}\n${date}\nOstrava Mills said Tuesday it will sell its paper unit to Kelsey Pulp.\n${line}\nThe sale is expected to close in March.`;

describe('two sums exact to the cent agree when they are the same (figure:exact-sums-same)', () => {
  it('does not report `at $ 23. 75` against `to close at $ 23. 75`', () => {
    const d = story(
      market(
        'Ostrava Mills sells unit',
        'Nov. 3, 2015',
        'Shares of Ostrava Mills closed down 5 percent at $ 23. 75 on the Lindholm exchange.',
      ),
      market(
        'Ostrava Mills to sell paper arm',
        'Nov. 4, 2015',
        'Ostrava Mills shares fell 4 percent to close at $ 23. 75.',
      ),
    );
    expect(entries(d, 'quantity').flat()).not.toContain('$ 23. 75');
  });
  it('control: two sums to the cent that differ are still set against each other', () => {
    const d = story(
      market(
        'Ostrava Mills sells unit',
        'Nov. 3, 2015',
        'Ostrava Mills shares fell 5 percent to close at $ 23. 75.',
      ),
      market(
        'Ostrava Mills to sell paper arm',
        'Nov. 3, 2015',
        'Ostrava Mills shares fell 5 percent to close at $ 21. 10.',
      ),
    );
    expect(entries(d, 'quantity')).toContainEqual(['$ 21. 10', '$ 23. 75']);
  });
});

const chain = (headline: string, line: string) =>
  `${headline}\nMarch 9, 2016\nThe Pellow Bakery chain said a flood at its main mill in Ardwick cut its flour supply.\n${line}\nThe mill is expected to reopen next month.`;

describe('a part told with a qualified whole (fact:count-part-of-total, count:part-whole-qualifier)', () => {
  it('sets `22 of its more than 300 outlets` closed against `40 outlets` closed, not the whole', () => {
    const d = story(
      chain('Pellow shuts shops', 'Pellow closed 22 of its more than 300 outlets on Friday.'),
      chain('Flood hits Pellow', 'Pellow closed 40 outlets on Friday.'),
    );
    const found = entries(d, 'count').concat(entries(d, 'update'));
    expect(found.flat()).not.toContain('300 outlets');
    expect(found).toContainEqual(['22 of its more than 300 outlets', '40 outlets']);
  });
  it('control: a further round (`12 more outlets`) is still not set against a total', () => {
    const d = story(
      chain('Pellow shuts shops', 'Pellow closed 12 more outlets on Friday.'),
      chain('Flood hits Pellow', 'Pellow closed 40 outlets on Friday.'),
    );
    expect(entries(d, 'count').concat(entries(d, 'update')).flat()).not.toContain('40 outlets');
  });
});

const council = (headline: string, line: string) =>
  `${headline}\nMay 4, 2017\nThe Dorvale city council met on Tuesday in the town hall on Quarry Street.\n${line}\nThe council meets again in June.`;

describe('a tally set off after the vote it counts (fact:vote-tally-set-off)', () => {
  it('reads `after losing a council vote, 9 to 4` and sets it against `voted 9 to 6`', () => {
    const d = story(
      council(
        'Mayor loses budget vote',
        'Mayor Ines Corradi withdrew her budget after losing a council vote, 9 to 4.',
      ),
      council('Council rejects budget', 'The council voted 9 to 6 against the budget of Mayor Ines Corradi.'),
    );
    expect(entries(d, 'count')).toContainEqual(['4', '6']);
  });
  it('control: a score set off after a match it ends is no tally of votes', () => {
    const d = story(
      council('Rovers lose', 'The Dorvale Rovers lost the final on Tuesday, 3 to 1.'),
      council('Rovers beaten', 'The Dorvale Rovers lost the final on Tuesday, 3 to 2.'),
    );
    expect(entries(d, 'count').flat()).not.toContain('1');
  });
});

const leak = (headline: string, line: string) =>
  `${headline}\nJune 8, 2018\nA chemical leak closed the Varrow Tanning plant in Osterby on Thursday.\n${line}\nNo one was hurt, the company said.`;

describe('a time something was detected is its discovery (fact:time-detected)', () => {
  it('sets a leak `detected around 6 a. m.` against one `detected at about 8: 30 a. m.`', () => {
    const d = story(
      leak(
        'Leak shuts tannery',
        'The company said a leak detected around 6 a. m. forced 40 workers out of the building.',
      ),
      leak('Tannery closed after leak', 'The leak was detected at about 8: 30 a. m. Thursday.'),
    );
    expect(entries(d, 'time')).toContainEqual(['6 a. m.', '8: 30 a. m.']);
  });
  it('control: a time of a verb that names no moment is still not compared', () => {
    const d = story(
      leak(
        'Leak shuts tannery',
        'The company said a leak reported by staff around 6 a. m. forced 40 workers out.',
      ),
      leak(
        'Tannery closed after leak',
        'The plant manager spoke to reporters at about 8: 30 a. m. Thursday.',
      ),
    );
    expect(entries(d, 'time')).toEqual([]);
  });
});

const ruling = (headline: string, line: string) =>
  `${headline}\nFeb. 2, 2019\nA judge in Lisca ruled on Friday in a dispute between Tarrow Freight and the port authority.\n${line}\nTarrow Freight said it would appeal.`;

describe('a sum paid or lost is the payment or the loss (fact:sum-paid-or-lost)', () => {
  it('sets `ordered Tarrow to pay $ 14 million` against `must pay the authority $ 41 million`', () => {
    const d = story(
      ruling(
        'Tarrow told to pay',
        'The judge ordered Tarrow Freight to pay $ 14 million to the port authority.',
      ),
      ruling('Port wins case', 'Under the ruling, Tarrow Freight must pay the authority $ 41 million.'),
    );
    expect([...entries(d, 'quantity'), ...entries(d, 'update')]).toContainEqual([
      '$ 14 million',
      '$ 41 million',
    ]);
  });
  it('control: a sum lost is not set against a sum paid', () => {
    const d = story(
      ruling('Tarrow told to pay', 'Tarrow Freight lost $ 14 million last year, its accounts show.'),
      ruling('Port wins case', 'Under the ruling, Tarrow Freight must pay the authority $ 41 million.'),
    );
    expect([...entries(d, 'quantity'), ...entries(d, 'update')].flat()).not.toContain('$ 14 million');
  });
});

const mayor = (headline: string, line: string) =>
  `${headline}\nApril 2, 2020\nThe mayor of Quenby, Otto Farrance, resigned on Wednesday amid a row over a land deal.\n${line}\nA caretaker will be named next week.`;

describe('a tenure told before or after its span is the time in office (fact:duration-in-office)', () => {
  it('sets `had been in office for 14 months` against `leaves office after 18 months`', () => {
    const d = story(
      mayor('Quenby mayor quits', 'Farrance had been in office for 14 months.'),
      mayor('Farrance resigns', 'Farrance leaves office after 18 months, the council said.'),
    );
    expect(entries(d, 'quantity')).toContainEqual(['14 months', '18 months']);
  });
  it('control: a span out of office is no tenure', () => {
    const d = story(
      mayor('Quenby mayor quits', 'Farrance had been in office for 14 months.'),
      mayor('Farrance resigns', 'Farrance had been out of office for 18 months before his election.'),
    );
    expect(entries(d, 'quantity').flat()).not.toContain('18 months');
  });
});
