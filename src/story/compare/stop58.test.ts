import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 58 (main): discrepancies of stories never seen. Fictional places, people and figures,
 * in ECB+'s tokenised shape where the case needs it.
 */
describe('what a place holds is its population (fact:count-held)', () => {
  const escape =
    'Three inmates flee Dorrel jail\nJune 6, 2031\nDORREL, Amsenia - Three inmates escaped from Dorrel jail on Thursday night, officials said.\nPolice are searching the woods.';
  it('`Three inmates escaped` / later `the jail holds 640 inmates`: no update of one count', () => {
    const d = story(
      escape,
      'Two Dorrel escapees caught\nJune 8, 2031\nDORREL, Amsenia - Police caught two of the men on Saturday.\nThe jail holds 640 inmates, the ministry said.',
    );
    expect([...entries(d, 'update'), ...entries(d, 'count')]).toEqual([]);
  });
  it('so does `is home to` (a camp and the refugees who left it)', () => {
    const d = story(
      'Forty refugees leave Harl camp\nJune 6, 2031\nHARL, Amsenia - Forty refugees left the Harl camp on Thursday for the capital, officials said.',
      'Harl camp strained\nJune 8, 2031\nHARL, Amsenia - The camp is home to some 9,000 refugees, aid workers said on Saturday.',
    );
    expect([...entries(d, 'update'), ...entries(d, 'count')]).toEqual([]);
  });
  it('control: two populations of one jail told differently still conflict', () => {
    const d = story(
      `${escape}\nThe jail holds 640 inmates.`,
      'Dorrel jailbreak\nJune 6, 2031\nDORREL, Amsenia - Three men broke out of Dorrel jail on Thursday night.\nThe jail holds 910 inmates, a guard said.',
    );
    expect(entries(d, 'count')).toEqual([['640 inmates', '910 inmates']]);
  });
  it('control: people held by someone (`police held 12 people`) are no population', () => {
    const d = story(
      'Raid in Dorrel\nJune 6, 2031\nDORREL, Amsenia - Police held 12 people after a raid on Thursday, officials said.',
      'Dorrel raid\nJune 6, 2031\nDORREL, Amsenia - Police held 15 people after a raid on Thursday.',
    );
    expect(entries(d, 'count')).toEqual([['12 people', '15 people']]);
  });
});

describe('a failure in any form of its verb (fact:elapsed-to-failure, widened)', () => {
  const first =
    'Rocket lost after launch\nMarch 4, 2031\nDELVE, Ostmark - A rocket carrying a radar satellite exploded 80 seconds after lift-off on Tuesday, the space agency said.';
  it('`caused the rocket to explode 105 seconds after lift-off` / `exploded 80 seconds after lift-off`: a conflict', () => {
    const d = story(
      first,
      'Valve blamed for rocket loss\nMarch 6, 2031\nDELVE, Ostmark - A stuck valve caused the rocket to explode 105 seconds after lift-off on Tuesday, investigators said.',
    );
    expect(entries(d, 'quantity')).toEqual([['105 seconds', '80 seconds']]);
  });
  it('control: the same span in any form is no conflict', () => {
    const d = story(
      first,
      'Valve blamed for rocket loss\nMarch 6, 2031\nDELVE, Ostmark - A stuck valve caused the rocket to explode 80 seconds after lift-off on Tuesday, investigators said.',
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('captives freed or released are one count, and fewer later is a conflict (align:one-release, figure:freed-not-retaken)', () => {
  const first =
    'Six sailors freed by pirates\nJune 10, 2031\nKESSA, Ruvala - Pirates have released six sailors held since April, the shipping company said on Tuesday.';
  it('`released six sailors` / next day `The five sailors freed`: a count conflict, not an update', () => {
    const d = story(
      first,
      'Freed sailors fly home\nJune 11, 2031\nKESSA, Ruvala - The five sailors freed by pirates flew home on Wednesday, the company said.',
    );
    expect(entries(d, 'count')).toEqual([['Six sailors freed', 'five sailors freed', 'six sailors held']]);
    expect(entries(d, 'update')).toEqual([]);
  });
  it('control: more freed in a later report is an update', () => {
    const d = story(
      first,
      'More sailors freed\nJune 12, 2031\nKESSA, Ruvala - Pirates have now freed eight sailors, the company said on Thursday.',
    );
    expect(entries(d, 'count')).toEqual([]);
    expect(entries(d, 'update')).toEqual([['Six sailors freed', 'eight sailors', 'six sailors held']]);
  });
  it('control: sailors freed are not sailors seized', () => {
    const d = story(
      first,
      'Pirates seize ship\nJune 11, 2031\nKESSA, Ruvala - Pirates seized nine sailors in a second attack on Wednesday, the navy said.',
    );
    expect([...entries(d, 'count'), ...entries(d, 'update')]).toEqual([]);
  });
});

describe('someone goes missing once (date:one-disappearance, clause:restrictive-relative)', () => {
  const found =
    'Girl found safe in hills\nJuly 14, 2031\nKARNA, Osteland - A four-year-old girl who went missing in the hills above Karna on Friday was found safe on Monday morning, police said.';
  it('`who went missing ... on Friday was found on Monday` / `She went missing on Thursday afternoon`: a date entry', () => {
    const d = story(
      found,
      'Karna girl home from hospital\nJuly 16, 2031\nKARNA, Osteland - Ina Moll, who spent three nights alone in the hills, left hospital on Wednesday.\nShe went missing on Thursday afternoon from a picnic site.',
    );
    expect(entries(d, 'date')).toEqual([['Friday', 'Thursday']]);
  });
  it('so does `disappeared`', () => {
    const d = story(
      found,
      'Karna girl home from hospital\nJuly 16, 2031\nKARNA, Osteland - Ina Moll, who spent three nights alone in the hills, left hospital on Wednesday.\nShe disappeared in the hills on Thursday afternoon.',
    );
    expect(entries(d, 'date')).toEqual([['Friday', 'Thursday']]);
  });
  it('control: the same day in both is none', () => {
    const d = story(
      found,
      'Karna girl home from hospital\nJuly 16, 2031\nKARNA, Osteland - Ina Moll, who spent three nights alone in the hills, left hospital on Wednesday.\nShe went missing on Friday afternoon from a picnic site.',
    );
    expect(entries(d, 'date')).toEqual([]);
  });
  it('control: two weekdays with nothing between clauses (`closed on Monday and Tuesday`) stay unread', () => {
    const d = story(
      'Karna road shut\nJuly 14, 2031\nKARNA, Osteland - The road that went missing from maps was closed on Monday and Tuesday, police said.',
      'Karna road\nJuly 16, 2031\nKARNA, Osteland - The road was closed on Friday, police said.',
    );
    expect(entries(d, 'date')).toEqual([]);
  });
});

describe('an age-word descriptor after a dateline is no part of a name (mentions:descriptor-before-name, widened)', () => {
  it('`KARNA, Osteland - Seven-year-old Leo Varga left hospital` / `Leo Varga, 6,`: an age entry', () => {
    const d = story(
      'Boy found in forest\nJuly 14, 2031\nKARNA, Osteland - A boy who went missing near Karna was found alive on Monday.\nThe boy, Leo Varga, 6, was taken to hospital.',
      'Boy home from hospital\nJuly 16, 2031\nKARNA, Osteland - Seven-year-old Leo Varga left hospital on Wednesday, his family said.',
    );
    expect(entries(d, 'age')).toEqual([['6', 'Seven']]);
  });
  it('control: the same age in words and digits is none', () => {
    const d = story(
      'Boy found in forest\nJuly 14, 2031\nKARNA, Osteland - A boy who went missing near Karna was found alive on Monday.\nThe boy, Leo Varga, 7, was taken to hospital.',
      'Boy home from hospital\nJuly 16, 2031\nKARNA, Osteland - Seven-year-old Leo Varga left hospital on Wednesday, his family said.',
    );
    expect(entries(d, 'age')).toEqual([]);
  });
});

describe('a described person whose name outlets spell two ways (fact:age-of-role-spelt-apart)', () => {
  const first =
    'Blast at fireworks store\nDecember 28, 2031\nPELLA, Sandria - An explosion at a fireworks store killed two people on Sunday, police said.\nIts owner, Dario Menz, 52, was arrested on Monday.';
  it('`The owner, Dario Mentz,` elsewhere, then `The store owner, 54,`: the age meets the one spelling given with an age', () => {
    const d = story(
      first,
      'Two dead in Pella blast\nDecember 28, 2031\nPELLA, Sandria - Two people died when a fireworks store exploded on Sunday.\nThe owner, Dario Mentz, has been detained.',
      'Pella store owner in court\nDecember 30, 2031\nPELLA, Sandria - The store owner, 54, appeared in court on Tuesday charged with manslaughter.',
    );
    expect(entries(d, 'age')).toEqual([['52', '54']]);
  });
  it('control: two owners of different names leave the age the noun’s', () => {
    const d = story(
      first,
      'Two dead in Pella blast\nDecember 28, 2031\nPELLA, Sandria - Two people died when a fireworks store exploded on Sunday.\nThe owner, Marko Lind, has been detained.',
      'Pella store owner in court\nDecember 30, 2031\nPELLA, Sandria - The store owner, 54, appeared in court on Tuesday charged with manslaughter.',
    );
    expect(entries(d, 'age')).toEqual([]);
  });
});

describe('a change a thing will undergo, sized with `by` (fact:percent-rate, widened)', () => {
  const first =
    'Vell budget passed\nFebruary 3, 2032\nVELL, Nordvik - Mayor Ines Dal said property tax would rise by 3 percent, the first rise since 2026.';
  it('`property tax would rise by 3 percent` / `Property tax will go up 4 percent`: a conflict', () => {
    const d = story(
      first,
      'Vell tax rise\nFebruary 3, 2032\nVELL, Nordvik - Property tax will go up 4 percent, Mayor Ines Dal said.',
    );
    expect(entries(d, 'quantity')).toEqual([['3 percent', '4 percent']]);
  });
  it('control: the same rise in other words is none', () => {
    const d = story(
      first,
      'Vell tax rise\nFebruary 3, 2032\nVELL, Nordvik - Property tax will go up 3 percent, Mayor Ines Dal said.',
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
  it('control: a rise of another thing (`water bills will rise by 5 percent`) is no rise of the tax', () => {
    const d = story(
      first,
      'Vell tax rise\nFebruary 3, 2032\nVELL, Nordvik - Water bills will rise by 5 percent, Mayor Ines Dal said.',
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('a participle after a determiner tells no dated act (fact:date:attributive-participle)', () => {
  const first =
    'Tanker runs aground off Kessa\nAugust 3, 2032\nKESSA, Lusitra - A tanker ran aground off Kessa on Sunday, spilling crude oil into the sea, the coast guard said.';
  it('`Oil from the stranded tanker reached the beaches on Tuesday`: no second day of the grounding', () => {
    const d = story(
      first,
      'Oil reaches Kessa beaches\nAugust 5, 2032\nKESSA, Lusitra - Oil from the stranded tanker reached the beaches of Kessa on Tuesday as workers began cleaning up.',
    );
    expect(entries(d, 'date')).toEqual([]);
  });
  it('control: `the tanker, which was stranded on Tuesday,` still dates the grounding', () => {
    const d = story(
      first,
      'Oil reaches Kessa beaches\nAugust 5, 2032\nKESSA, Lusitra - The tanker was stranded off Kessa on Tuesday, the coast guard said.',
    );
    expect(entries(d, 'date')).toEqual([['Sunday', 'Tuesday']]);
  });
});

describe('people moved to shelters, told after a toll with their noun left out (fact:count-elided-subject, fact:told-to-leave widened)', () => {
  const first =
    'Cyclone Nell hits Orra\nMarch 11, 2032\nORRA, Korrin - At least 12 people were killed and 60,000 were moved to shelters as Cyclone Nell struck Orra on Wednesday, officials said.';
  it('`12 people were killed and 60,000 were moved to shelters` / `About 80,000 people had been evacuated`: a count entry', () => {
    const d = story(
      first,
      'Cyclone Nell kills 12\nMarch 11, 2032\nORRA, Korrin - Twelve people died when Cyclone Nell struck Orra on Wednesday.\nAbout 80,000 people had been evacuated to shelters.',
    );
    expect(entries(d, 'count')).toEqual([['60,000', '80,000 people']]);
  });
  it('control: the same number evacuated is none', () => {
    const d = story(
      first,
      'Cyclone Nell kills 12\nMarch 11, 2032\nORRA, Korrin - Twelve people died when Cyclone Nell struck Orra on Wednesday.\nSome 60,000 people had been evacuated to shelters.',
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe('a date set off by commas after the event’s noun (fact:date:appositive-of-event)', () => {
  const eventOf = (sentence: string, day: string) =>
    story(`Napola\nSeptember 17, 2032\nNAPOLA, Italica - ${sentence}`).facts?.find(
      (f) => f.kind === 'date' && f.text === day,
    )?.event;
  it('`The raid, on Monday, followed a six-month investigation`: the day is the raid’s', () => {
    expect(eventOf('The raid, on Monday, followed a six-month investigation.', 'Monday')).toBe('raid');
  });
  it('control: a day set off after a noun of no event (`The mayor, on Monday, thanked police`) is no raid', () => {
    expect(eventOf('The mayor, on Monday, thanked police for the raid.', 'Monday')).not.toBe('raid');
  });
});
