import { describe, expect, it } from 'vitest';
import { story, entries, factual } from '../invented.fixture.js';

/**
 * h-disc43: six unseen stories (a wedding's food poisoning, a sightseeing helicopter's crash, a
 * council hit by ransomware, a crane's collapse, a whale stranding, a mayor's embezzlement
 * verdict), each told by three outlets (issue 12). Fictional places, firms and people.
 */
const shore = (date: string, body: string) => `Dolphins stranded at Orle Bay\n${date}\n${body}`;

describe('the number of those that died (fact:number-of-relative-verb)', () => {
  const first = shore(
    'March 7, 2046',
    'About 70 dolphins stranded at Orle Bay on Tuesday, officials said. At least 28 dolphins died on the sand.',
  );
  it('reads `the number of dolphins that died ... rose to 36` as a later toll of the dead, not of the stranded', () => {
    const d = story(
      first,
      shore(
        'March 8, 2046',
        'The number of dolphins that died after stranding at Orle Bay rose to 36 on Wednesday.',
      ),
    );
    expect(entries(d, 'update')).toEqual([['28 dolphins died', '36']]);
  });
  it('control: a number of the stranded told plainly is still a later figure of the stranded', () => {
    const d = story(
      first,
      shore('March 8, 2046', 'The number of dolphins stranded at Orle Bay rose to 80 on Wednesday.'),
    );
    expect(entries(d, 'update')).toEqual([['70 dolphins stranded', '80']]);
  });
  it('the number of those refloated is no toll of the dead, nor of the stranded', () => {
    const d = story(
      first,
      shore(
        'March 8, 2046',
        'The number of dolphins that were refloated at Orle Bay rose to 36 on Wednesday.',
      ),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('a deadline given to a named party (fact:deadline, an object of several words)', () => {
  const council = (line: string) => `Hackers target Brell council\nApril 2, 2045\n${line}`;
  it('sets `gave the town council seven days to pay` against `have given the council 10 days to pay`', () => {
    const d = story(
      council('The hackers gave the town council seven days to pay, according to a note.'),
      council('The hackers have given the council 10 days to pay, officials said.'),
    );
    expect(entries(d, 'quantity')).toEqual([['10 days', 'seven days']]);
  });
  it('control: days the systems were offline are no deadline', () => {
    const d = story(
      council('The hackers gave the town council seven days to pay, according to a note.'),
      council('The council has been offline for 10 days, officials said.'),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('a role set off before a name opening or closing a sentence (role:apposition-before)', () => {
  const council = (line: string) => `Hackers target Brell council\nApril 2, 2045\n${line}`;
  const cto = council('Chief technology officer Mira Tollan said backups were being used.');
  it('reads `said the council’s chief information officer, Mira Tollan.` and sets it against a CTO', () => {
    const d = story(
      council('"We will not pay," said the council\'s chief information officer, Mira Tollan.'),
      cto,
    );
    expect(entries(d, 'role')).toEqual([
      ['Chief technology officer', "the council's chief information officer"],
    ]);
  });
  it('reads `The council’s chief information officer, Mira Tollan, said` at a sentence’s start', () => {
    const d = story(
      council("The council's chief information officer, Mira Tollan, said no ransom would be paid."),
      cto,
    );
    expect(entries(d, 'role')).toEqual([
      ['Chief technology officer', "The council's chief information officer"],
    ]);
  });
  it('control: the same post in both wordings is no discrepancy', () => {
    const d = story(
      council("The council's chief technology officer, Mira Tollan, said no ransom would be paid."),
      cto,
    );
    expect(entries(d, 'role')).toEqual([]);
  });
});

describe('a term the prosecution asked for, no word of prison after it (fact:term-sought)', () => {
  const verdict = (date: string, line: string) => `Former mayor of Dorva jailed\n${date}\n${line}`;
  const sentenced = 'A court sentenced former mayor Ivo Serran to five years in prison.';
  it('sets `Prosecutors had asked for seven years` against `Prosecutors had sought nine years`', () => {
    const d = story(
      verdict('May 3, 2050', `${sentenced} Prosecutors had asked for seven years.`),
      verdict('May 3, 2050', `${sentenced} Prosecutors had sought nine years.`),
    );
    expect(entries(d, 'quantity')).toEqual([['nine years', 'seven years']]);
  });
  it('control: a term sought is never set against the term imposed', () => {
    const d = story(
      verdict('May 3, 2050', `${sentenced} Prosecutors had asked for seven years.`),
      verdict('May 3, 2050', 'A court sentenced former mayor Ivo Serran to five years in prison.'),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('a part told after `Of those,` (fact:toll-of-those-opening)', () => {
  const feast = (line: string) => `Dozens ill after banquet in Serro\nOctober 4, 2049\n${line}`;
  const other = feast('A total of 19 people were treated in hospital, the health authority said.');
  it('sets `Of those, 12 were taken to hospital` against `19 people were treated in hospital`', () => {
    const d = story(
      feast('At least 60 guests fell ill after the banquet. Of those, 12 were taken to hospital.'),
      other,
    );
    expect(entries(d, 'count')).toEqual([['12', '19 people']]);
  });
  it('control: `Of those, 12 were seen by a doctor` is no count of the hospitalised', () => {
    const d = story(
      feast('At least 60 guests fell ill after the banquet. Of those, 12 were seen by a doctor.'),
      other,
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('a weight told by a verb of weighing or as an adjective (fact:weight)', () => {
  const site = (date: string, line: string) => `Crane falls in Marrow Street\n${date}\n${line}`;
  it('sets `The crane, which weighed 16 tonnes,` against `The 21-tonne crane`', () => {
    const d = story(
      site('June 1, 2048', 'The crane, which weighed 16 tonnes, also crushed two cars.'),
      site('June 2, 2048', 'The 21-tonne crane fell across Marrow Street shortly after 8 a.m.'),
    );
    expect(entries(d, 'quantity')).toEqual([['16 tonnes', '21-tonne']]);
  });
  it('control: one weight in both wordings agrees; a load carried is no weight of the crane', () => {
    const d = story(
      site('June 1, 2048', 'The crane, which weighed 16 tonnes, was lifting 3 tonnes of steel.'),
      site('June 2, 2048', 'The 16-tonne crane fell across Marrow Street shortly after 8 a.m.'),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('the time since departure told in the past perfect (fact:elapsed-since-departure)', () => {
  const crash = (line: string) => `Helicopter down off Sarn\nJuly 9, 2047\n${line}`;
  it('sets `had taken off from Lisk 15 minutes earlier` against `had left Lisk 25 minutes before the crash`', () => {
    const d = story(
      crash(
        'A tour helicopter crashed into the sea off Sarn. It had taken off from Lisk 15 minutes earlier.',
      ),
      crash('A tour helicopter plunged into the sea off Sarn. It had left Lisk 25 minutes before the crash.'),
    );
    expect(entries(d, 'quantity')).toEqual([['15 minutes', '25 minutes']]);
  });
  it('control: a wait told in minutes is no time since departure', () => {
    const d = story(
      crash(
        'A tour helicopter crashed into the sea off Sarn. It had taken off from Lisk 15 minutes earlier.',
      ),
      crash('A tour helicopter plunged into the sea off Sarn. Rescuers reached it 25 minutes later.'),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('two spellings of one person given one part and one age (name:same-part-and-age)', () => {
  const crash = (line: string) => `Helicopter down off Sarn\nJuly 9, 2047\n${line}`;
  it('reports `The pilot, Ivo Brandt, 48,` and `The pilot, Ivo Brandtner, 48,` as one name written two ways', () => {
    const d = story(
      crash('The pilot, Ivo Brandt, 48, was pulled from the water.'),
      crash('The pilot, Ivo Brandtner, 48, survived the crash.'),
    );
    expect(entries(d, 'spelling')).toEqual([['Ivo Brandt', 'Ivo Brandtner']]);
  });
  it('control: two people of one first name given two ages are two people', () => {
    const d = story(
      crash('The pilot, Ivo Brandt, 48, was pulled from the water.'),
      crash('The pilot, Ivo Brandtner, 31, survived the crash.'),
    );
    expect(entries(d, 'spelling')).toEqual([]);
  });
});
