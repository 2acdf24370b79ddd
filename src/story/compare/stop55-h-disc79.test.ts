import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 55 (h-disc79): misses and false alarms on invented stories of genres nobody tuned on (a
 * gas explosion in a block of flats, a missing fishing-boat crew found alive, a court ruling on a
 * singer's tax case), keyed before their first run. Fictional places, people and figures, in
 * ECB+'s tokenised shape.
 */
describe('a weekday after `since` is where a state began (fact:date:since-weekday)', () => {
  const crew = (a: string) =>
    entries(
      story(
        a,
        'Four crew from a fishing boat were rescued alive on Sunday after days adrift off the Varne coast.',
      ),
      'date',
    );
  it('`missing off the Varne coast since Tuesday` is no day of the rescue', () => {
    expect(crew('A trawler crew missing off the Varne coast since Tuesday has been found alive.')).toEqual(
      [],
    );
  });
  it('control: `rescued alive ... on Tuesday` still conflicts with `rescued alive on Sunday`', () => {
    expect(crew('A trawler crew was rescued alive off the Varne coast on Tuesday.')).toEqual([
      ['Sunday', 'Tuesday'],
    ]);
  });
});

describe('prison terms of a tax case', () => {
  const report = (headline: string, line: string): string => `${headline}\n\n${line}\n`;
  const terms = (a: string, b = 'Singer Lia Varne was sentenced to 24 months in prison for tax fraud.') =>
    entries(story(report('Varne case', a), report('Singer sentenced', b)), 'quantity');
  describe('a term adjective written apart, `suspended` before its noun (fact:term-sentence, widened)', () => {
    it('`a 30 - month suspended prison term` is a term of 30 months', () => {
      expect(terms('Singer Lia Varne was given a 30 - month suspended prison term for tax fraud.')).toEqual([
        ['24 months', '30 - month'],
      ]);
    });
    it('control: `a 24 - month suspended prison term` agrees', () => {
      expect(terms('Singer Lia Varne was given a 24 - month suspended prison term for tax fraud.')).toEqual(
        [],
      );
    });
  });
  describe('a sentence told by its length after `of` (fact:term-sentence, widened)', () => {
    it('`a suspended sentence of 30 months` is a term of 30 months', () => {
      expect(terms('Singer Lia Varne was handed a suspended sentence of 30 months for tax fraud.')).toEqual([
        ['24 months', '30 months'],
      ]);
    });
    it('control: `a suspended sentence of 24 months` agrees', () => {
      expect(terms('Singer Lia Varne was handed a suspended sentence of 24 months for tax fraud.')).toEqual(
        [],
      );
    });
  });
  describe('a term in years is compared in months, exactly (fact:term-in-months)', () => {
    it('`five years in prison` is not `24 months in prison`', () => {
      expect(terms('Singer Lia Varne was sentenced to five years in prison for tax fraud.')).toEqual([
        ['24 months', 'five years'],
      ]);
    });
    it('`a two - year prison sentence` is not `21 months in prison`', () => {
      expect(
        terms(
          'Singer Lia Varne was given a two - year prison sentence for tax fraud.',
          'Singer Lia Varne was sentenced to 21 months in prison for tax fraud.',
        ),
      ).toEqual([['21 months', 'two - year']]);
    });
    it('control: `two years in prison` is `24 months in prison`', () => {
      expect(terms('Singer Lia Varne was sentenced to two years in prison for tax fraud.')).toEqual([]);
    });
  });
});

describe('a rescue is a moment of its own (fact:time-rescued)', () => {
  const report = (headline: string, line: string): string => `${headline}\n\n${line}\n`;
  const times = (a: string) =>
    entries(
      story(
        report('Trawler crew found', a),
        report(
          'Fishermen rescued',
          'The four were lifted to safety by helicopter at 9: 05 a. m. and flown to Varne hospital.',
        ),
      ),
      'time',
    );
  it('`winched the men aboard at 7: 20 a. m.` conflicts with `lifted to safety ... at 9: 05 a. m.`', () => {
    expect(times('A rescue helicopter winched the men aboard at 7: 20 a. m.')).toEqual([
      ['7: 20 a. m.', '9: 05 a. m.'],
    ]);
  });
  it('control: the men `spotted ... at around 7: 20 a. m.` are no rescue', () => {
    expect(times('The men were spotted by a rescue helicopter at around 7: 20 a. m.')).toEqual([]);
  });
});
