import { describe, expect, it } from 'vitest';
import { story, entries, factual } from '../invented.fixture.js';

/**
 * An auction, a footbridge collapse, an expulsion of diplomats and a zoo escape, each told by
 * two outlets (stop 40). Fictional places, people and things.
 */
const auction = (line: string) =>
  `Record for Velm painting\nMay 15, 2044\nA painting by Oda Velm sold for a record price at Harlow's on Tuesday.\n${line}`;

describe('a bare noun opening a sentence is what lasted (fact:duration-lasted-bare)', () => {
  it('sets `Bidding lasted about 20 minutes` against `Bidding lasted 14 minutes`', () => {
    const d = story(auction('Bidding lasted 14 minutes.'), auction('Bidding lasted about 20 minutes.'));
    expect(entries(d, 'quantity')).toEqual([['14 minutes', '20 minutes']]);
  });
  it('control: what another bare noun lasted is another span (`Voting lasted`)', () => {
    const d = story(auction('Bidding lasted 14 minutes.'), auction('Viewing lasted about 20 minutes.'));
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('a sum told with what it holds is another measure (sums:with-extras)', () => {
  const sale = (sum: string) =>
    `Record for Velm painting\nMay 15, 2044\nOda Velm's painting Dusk at Varn fetched ${sum} at Harlow's on Tuesday evening, a record for the artist.`;
  it('does not set `$62.5 million including fees` against `$61 million`', () => {
    expect(factual(story(sale('$61 million'), sale('$62.5 million including fees')))).toEqual([]);
  });
  it('control: a plain sum that differs is still a discrepancy', () => {
    const d = story(sale('$61 million'), sale('$62.5 million'));
    expect(
      d.discrepancies
        .filter((x) => x.kind !== 'single-outlet')
        .map((x) => x.values.map((v) => v.text).sort()),
    ).toEqual([['$61 million', '$62.5 million']]);
  });
  it('control: two sums both told with fees still differ', () => {
    expect(
      factual(story(sale('$61 million including fees'), sale('$62.5 million including fees'))),
    ).toHaveLength(1);
  });
});

describe('a measure before a material is the thing’s (fact:number-adjective)', () => {
  const bridge = (line: string) => `Footbridge falls in Tarvel\nJune 12, 2041\n${line}`;
  it('sets `the 40-metre steel bridge` against `the 45-metre bridge`', () => {
    const d = story(
      bridge('The 40-metre steel bridge over the Sarn fell into the river on Wednesday.'),
      bridge('The 45-metre bridge over the Sarn fell into the river on Wednesday.'),
    );
    expect(entries(d, 'quantity')).toEqual([['40-metre', '45-metre']]);
  });
  it('control: a measure of another thing (`a 45-metre crane`) is not the bridge’s', () => {
    const d = story(
      bridge('The 40-metre steel bridge over the Sarn fell into the river on Wednesday.'),
      bridge('A 45-metre crane was brought to the Sarn on Wednesday.'),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('a structure giving way is the event’s moment', () => {
  const bridge = (line: string) => `Footbridge falls in Tarvel\nJune 12, 2041\n${line}`;
  it('sets `gave way at 6:15 p.m.` against `collapsed at 7:40 p.m.`', () => {
    const d = story(
      bridge('The footbridge in Tarvel gave way at 6:15 p.m. on Wednesday as crowds crossed it.'),
      bridge('The footbridge in Tarvel collapsed at 7:40 p.m. on Wednesday as crowds crossed it.'),
    );
    expect(entries(d, 'time')).toEqual([['6:15 p.m.', '7:40 p.m.']]);
  });
  it('control: the time rescuers arrived is another moment', () => {
    const d = story(
      bridge('The footbridge in Tarvel gave way at 6:15 p.m. on Wednesday as crowds crossed it.'),
      bridge('Rescuers arrived at the footbridge in Tarvel at 7:40 p.m. on Wednesday.'),
    );
    expect(entries(d, 'time')).toEqual([]);
  });
});

describe('people ordered to leave the country were expelled (fact:ordered-out-of-country)', () => {
  const head = `Norland expels Estovan diplomats\nNovember 2, 2047\n`;
  it('sets `ordered five diplomats to leave the country` against `has expelled six diplomats`', () => {
    const d = story(
      head +
        'Norland on Thursday ordered five Estovan diplomats to leave the country, accusing them of spying.',
      head + 'Norland has expelled six Estovan diplomats, accusing them of spying.',
    );
    expect(entries(d, 'count')).toEqual([['five Estovan diplomats', 'six Estovan diplomats']]);
  });
  it('control: residents ordered to leave their homes were evacuated, not expelled', () => {
    const facts =
      story(head + 'Police ordered 500 residents to leave their homes near the river.').facts ?? [];
    expect(facts.filter((f) => f.kind === 'count').map((f) => f.event)).toEqual(['evacuat']);
  });
});

describe('the time someone is given to do something (fact:deadline, with hours and `within` after an order)', () => {
  const head = `Norland expels Estovan diplomats\nNovember 2, 2047\n`;
  it('sets `giving them 48 hours to leave` against `to leave the country within 72 hours`', () => {
    const d = story(
      head + 'Norland ordered the Estovan diplomats to leave the country within 72 hours.',
      head + 'Norland expelled the Estovan diplomats on Thursday, giving them 48 hours to leave.',
    );
    expect(entries(d, 'quantity')).toEqual([['48 hours', '72 hours']]);
  });
  it('control: a span of another act (`talks lasted 72 hours`) is not the time allowed', () => {
    const d = story(
      head + 'Talks between the Estovan diplomats and Norland officials lasted 72 hours.',
      head + 'Norland expelled the Estovan diplomats on Thursday, giving them 48 hours to leave.',
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('a zoo or an aquarium named by its last word is a place, not a person', () => {
  it('reads `Merrow Zoo` as a place and gives no one the age of `the eight-year-old male`', () => {
    const d = story(
      `Tiger escapes at zoo\nAugust 20, 2045\nA tiger escaped from its enclosure at Merrow Zoo on Saturday.\nThe eight-year-old male was caught after 90 minutes.`,
    );
    expect((d.facts ?? []).filter((f) => f.kind === 'age').map((f) => f.about)).not.toContain(
      'person:merrow-zoo',
    );
    expect((d.facts ?? []).some((f) => f.about === 'place:merrow-zoo')).toBe(true);
  });
  it('control: a person named with a capitalised word is still a person', () => {
    const d = story(
      `Keeper honoured\nAugust 20, 2045\nAnna Merrow, 41, a keeper at the zoo, was honoured on Saturday.`,
    );
    expect((d.facts ?? []).filter((f) => f.kind === 'age').map((f) => f.about)).toEqual([
      'person:anna-merrow',
    ]);
  });
});

describe('an age written `aged N` after its noun (fact:age-aged-noun)', () => {
  const blast = (line: string) =>
    `Gas blast in Lerin\nDecember 14, 2045\nThree people died when a gas explosion destroyed a block of flats in Lerin on Thursday.\n${line}`;
  it('sets `a woman aged 74` among the dead against `a 72-year-old woman` among them', () => {
    const d = story(
      blast('A 72-year-old woman was among the dead.'),
      blast('One of the dead was a woman aged 74.'),
    );
    expect(entries(d, 'age')).toEqual([['72', '74']]);
  });
  it('control: `aged` after a name is that person’s age, not the noun’s', () => {
    const facts = story(blast('Among the dead was Mira Solt, aged 74.')).facts ?? [];
    expect(facts.filter((f) => f.kind === 'age').map((f) => f.about)).toEqual(['person:mira-solt']);
  });
});

describe('how far someone fell, and how long a thing measures (fact:distance-fallen, fact:length-measures)', () => {
  const fall = (line: string) => `Climber dies on Mount Sarrow\nJuly 22, 2046\n${line}`;
  it('sets `fell 200 metres` against `after falling about 300 metres`', () => {
    const d = story(
      fall(
        'A climber from Denmark died on Mount Sarrow on Tuesday after falling about 300 metres, rescuers said.',
      ),
      fall('Jens Holm, 36, fell 200 metres while climbing the north face of Mount Sarrow.'),
    );
    expect(entries(d, 'quantity')).toEqual([['200 metres', '300 metres']]);
  });
  it('control: a height is not a fall (`the 4,210-metre peak` / `climbed 300 metres`)', () => {
    const d = story(
      fall('Jens Holm died on Mount Sarrow on Tuesday after falling about 300 metres.'),
      fall('Jens Holm had climbed 200 metres of the north face of Mount Sarrow on Tuesday.'),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
  const frog = (line: string) => `New frog species\nFebruary 6, 2047\n${line}`;
  it('sets `measures just 11 millimetres` against `13 millimetres long`', () => {
    const d = story(
      frog('The new tree frog from the Tarsa forest measures just 11 millimetres.'),
      frog('The new tree frog from the Tarsa forest is 13 millimetres long.'),
    );
    expect(entries(d, 'quantity')).toEqual([['11 millimetres', '13 millimetres']]);
  });
  it('control: one side of two (`measures 3 metres by 2 metres`) is no length', () => {
    const facts = story(frog('The new tank for the frogs measures 3 metres by 2 metres.')).facts ?? [];
    expect(facts.filter((f) => f.about === 'noun:long')).toEqual([]);
  });
});

describe('a numbered part of the incident’s place (fact:numbered-part-of-incident)', () => {
  const crush = (line: string) => `Crush at Korvel stadium\nApril 3, 2043\n${line}`;
  it('sets `the crush began at gate 9` against `the crush happened at gate 7`', () => {
    const d = story(
      crush('Police said the crush happened at gate 7 as fans tried to leave.'),
      crush('Witnesses said the crush began at gate 9 when stewards locked an exit.'),
    );
    expect(entries(d, 'place')).toEqual([['gate 7', 'gate 9']]);
  });
  it('control: a gate no incident happened at (`fans queued at gate 9`) is not set against it', () => {
    const d = story(
      crush('Police said the crush happened at gate 7 as fans tried to leave.'),
      crush('Before the match, fans queued at gate 9 for an hour.'),
    );
    expect(entries(d, 'place')).toEqual([]);
  });
});

describe('the people a place holds are its seats (fact:capacity)', () => {
  const venue = (line: string) => `Crush at Korvel stadium\nApril 3, 2043\n${line}`;
  it('sets `the stadium holds 45,000 people` against `the 40,000-seat stadium`, in any order', () => {
    const d = story(
      venue('The Korvel stadium holds 45,000 people, but more were inside on Saturday.'),
      venue('The 40,000-seat Korvel stadium was over capacity on Saturday.'),
    );
    expect(entries(d, 'quantity')).toEqual([['40,000-seat', '45,000 people']]);
  });
  it('control: people a stadium was holding that night (`held 52,000 people`) are no capacity', () => {
    const d = story(
      venue('The Korvel stadium held 52,000 people on Saturday night.'),
      venue('The 40,000-seat Korvel stadium was over capacity on Saturday.'),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});
