import { describe, expect, it } from 'vitest';
import { story, entries, factual } from '../invented.fixture.js';

/**
 * Stop 47: stories written as tokenised corpora and wire copy write them (an address line, a
 * headline, a date line led by its time, one sentence a line, decimals and times written apart).
 * Fictional places and people; each outlet's other lines its own.
 */
const signing = (lines: string, outlet = 0) =>
  [
    `http: / / www. teskpost. com / sport / 2052 / 11 / 04 / owls-sign-morland\nOwls sign Morland\n7: 15 p. m. Nov. 4, 2052\n${lines}\nThe Owls finished ninth last season.`,
    `http: / / www. owlsbeat. com / 2052 / 11 / 05 / morland-deal\nMorland joins the Owls on two-year deal\nNov. 5, 2052\n${lines}\nThe club's fans welcomed the news.`,
  ][outlet]!;

describe('a lone surname with an age after it is a person, the story one of that surname (mentions:name-with-age, fact:age-of-surname)', () => {
  it('sets `Morland, 33,` under an article that spells him `Piet Morlan` against `Piet Morland, 31,`', () => {
    const d = story(
      signing(
        'Piet Morland, 31, signed a two-year contract with the Tesk Owls on Monday.\nMorland scored 12 goals for Velden last season.',
      ),
      signing(
        'The Tesk Owls have signed striker Piet Morlan on a two-year contract.\nMorland, 33, scored 12 goals for Velden last season.',
        1,
      ),
    );
    expect(entries(d, 'age')).toEqual([['31', '33']]);
  });
  it('control: with two people of that surname in the story, the lone surname stays apart', () => {
    const d = story(
      signing(
        'Piet Morland, 31, signed a two-year contract with the Tesk Owls on Monday.\nHis sister Lena Morland plays for Velden.',
      ),
      signing(
        'The Tesk Owls have signed striker Piet Morlan on a two-year contract.\nMorland, 33, scored 12 goals for Velden last season.',
        1,
      ),
    );
    expect(entries(d, 'age')).toEqual([]);
  });
});

describe('the subject of a stance verb is whom the next sentence goes on about (fact:stance-subject-named, mentions:descriptor-before-name)', () => {
  it('gives `The 31-year-old` after `Right-hander Piet Morland agreed on Monday to a deal` to Morland', () => {
    const d = story(
      signing(
        'Right-hander Piet Morland agreed on Monday to a two-year deal with the Tesk Owls, the club said.\nThe 31-year-old won 14 games for Velden last season.',
      ),
      signing(
        'Piet Morland, 33, signed a two-year deal with the Tesk Owls on Monday.\nHe won 14 games for Velden last season.',
        1,
      ),
    );
    expect(entries(d, 'age')).toEqual([['31', '33']]);
  });
  it('control: a speaker the sentence cites is not whom it goes on about', () => {
    const d = story(
      signing(
        'The Tesk Owls signed a pitcher on Monday, club president Ola Brand said.\nThe 58-year-old won 14 games for Velden in his day.',
      ),
      signing('Ola Brand, 61, is the president of the Tesk Owls.\nThe Owls signed a pitcher on Monday.', 1),
    );
    expect(entries(d, 'age')).toEqual([]);
  });
});

const arrest = (lines: string, outlet = 0) =>
  [
    `http: / / www. fenwatch. com / news / 2052 / 06 / 20 / finch-arrested\nTV chef Dale Finch arrested\n4: 10 p. m. June 20, 2052\n${lines}\nA spokesman for Finch did not return calls.`,
    `http: / / www. marrowlocal. com / finch-held\nFinch held on drink-driving charge\nJune 20, 2052\n${lines}\nFinch's show airs on weeknights.`,
  ][outlet]!;

describe('an age set off by commas closes no clause before a time (fact:time-past-age)', () => {
  it('sets the stop at `about 1: 10 a. m.` after `stopped Finch, 52,` against one at 1: 45', () => {
    const d = story(
      arrest('Officers stopped Dale Finch, 52, at about 1: 10 a. m. on Saturday in Marrow, police said.'),
      arrest('Police said Finch was pulled over around 1: 45 a. m. on Saturday in Marrow.', 1),
    );
    expect(entries(d, 'time')).toEqual([['1: 10 a. m.', '1: 45 a. m.']]);
  });
  it('control: the time he was released is another moment than the stop', () => {
    const d = story(
      arrest('Officers stopped Dale Finch, 52, at about 1: 10 a. m. on Saturday in Marrow, police said.'),
      arrest('Police said Finch was released from the Marrow jail at about 6: 45 a. m. on Saturday.', 1),
    );
    expect(entries(d, 'time')).toEqual([]);
  });
});

const deal = (lines: string, outlet = 0) =>
  [
    `http: / / www. ledgerwire. com / 2052 / 03 / 05 / acme-buys-bolt\nAcme to buy Bolt Labs\nMarch 5, 2052 8: 12 AM\nAcme Corp. said on Monday it will buy Bolt Labs.\n${lines}`,
    `http: / / www. marketdaily. com / acme-bolt\nAcme agrees Bolt Labs deal\n9: 30 a. m. March 6, 2052\nAcme has agreed to acquire Bolt Labs, the companies said.\n${lines}`,
  ][outlet]!;

describe("a figure of a year opening its sentence without a comma is that year's (fact:period-opening-year, figure:one-year-tied)", () => {
  it('sets `In 2049 it paid $ 1. 6 billion for Quarry Soft` against `bought Quarry Soft for $ 1. 2 billion in 2049`', () => {
    const d = story(
      deal("It is Acme's largest deal since it bought Quarry Soft for $ 1. 2 billion in 2049."),
      deal('In 2049 it paid $ 1. 6 billion for Quarry Soft.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['$ 1.2 billion', '$ 1.6 billion']]);
  });
  it('keeps figures of two different years apart (a false alarm before)', () => {
    const d = story(
      deal("It is Acme's largest deal since it bought Quarry Soft for $ 1. 2 billion in 2047."),
      deal('In 2049 it paid $ 1. 6 billion for Quarry Soft.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
  it('control: one figure of one year, told both ways, is no discrepancy', () => {
    const d = story(
      deal("It is Acme's largest deal since it bought Quarry Soft for $ 1. 2 billion in 2049."),
      deal('In 2049 it paid $ 1. 2 billion for Quarry Soft.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

const crash = (lines: string, outlet = 0) =>
  [
    `http: / / www. harlowpost. com / 2052 / 06 / 12 / plane-lake-orn\nFour killed as plane crashes into Lake Orn\n6: 40 p. m. June 12, 2052\nA small plane crashed into Lake Orn on Saturday, killing four people.\n${lines}`,
    `http: / / www. kvrn. com / story / 1488 / lake-orn\nPlane crashes into Lake Orn ; 4 dead\nJune 12, 2052 9: 05 PM\nFour people died when a small plane plunged into Lake Orn on Saturday.\n${lines}`,
  ][outlet]!;

describe('one holder of a sole post, the surname alike in two letters, is one person spelt two ways (name:one-post-alike)', () => {
  it('sets `Sheriff Wade Orrings` against `Sheriff Wade Orens`', () => {
    const d = story(
      crash('The plane went down north of the airport, Sheriff Wade Orrings said.'),
      crash('Sheriff Wade Orens said witnesses saw the plane fall into the water.', 1),
    );
    expect(entries(d, 'spelling')).toEqual([['Wade Orens', 'Wade Orrings']]);
  });
  it('control: a sheriff and a coach of one first name are two people', () => {
    const d = story(
      crash('The plane went down north of the airport, Sheriff Wade Orrings said.'),
      crash('Coach Wade Orens said the team would hold a vigil.', 1),
    );
    expect(entries(d, 'spelling')).toEqual([]);
  });
});

describe('two first names before one surname are two people of that surname (mentions:shared-surname)', () => {
  it('sets `Ray and Edda Pickard` against `Edda Pikard`', () => {
    const d = story(
      crash('Also killed were Ray and Edda Pickard, a couple from Velm.'),
      crash('Ray Pikard and his wife, Edda Pikard, were also aboard.', 1),
    );
    expect(entries(d, 'spelling')).toContainEqual(['Edda Pickard', 'Edda Pikard']);
  });
  it('control: the same couple spelt one way, and the halves of a country, are no discrepancy', () => {
    const d = story(
      crash('Also killed were Ray and Edda Pikard, who had flown to North and South Vessia.'),
      crash('Ray Pikard and his wife, Edda Pikard, were also aboard.', 1),
    );
    expect(entries(d, 'spelling')).toEqual([]);
  });
});

describe('a deal turned down, or what a side offered, is one offer (fact:sum-of-offer)', () => {
  it('sets `rejected a three-year, $ 40 million extension` against `turned down a three-year, $ 36 million offer`', () => {
    const d = story(
      signing('Morland turned down a three-year, $ 36 million offer from Velden in May.'),
      signing('Morland rejected a three-year, $ 40 million extension from Velden in the spring.', 1),
    );
    expect(entries(d, 'quantity').concat(entries(d, 'update'))).toEqual([['$ 36 million', '$ 40 million']]);
  });
  it('control: the offer he refused is not the deal he signed', () => {
    const d = story(
      signing('Morland turned down a three-year, $ 36 million offer from Velden in May.'),
      signing('Morland signed a three-year, $ 40 million contract with the Tesk Owls on Monday.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('two people given one age are each that age (fact:age-both)', () => {
  it('sets `Ray and Edda Pikard, both 61,` against `Ray Pikard, 63,`', () => {
    const d = story(
      crash('The passengers were Ray and Edda Pikard, both 61, a couple from Velm.'),
      crash('Ray Pikard, 63, and his wife, Edda Pikard, 61, were also aboard.', 1),
    );
    expect(entries(d, 'age')).toEqual([['61', '63']]);
  });
  it('control: both of one age in each report is no discrepancy', () => {
    const d = story(
      crash('The passengers were Ray and Edda Pikard, both 61, a couple from Velm.'),
      crash('Ray Pikard, 61, and his wife, Edda Pikard, 61, were also aboard.', 1),
    );
    expect(entries(d, 'age')).toEqual([]);
  });
});
