import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 54 (h-disc76): misses and false alarms on invented stories of genres nobody tuned on (an
 * elephant calf's birth at a zoo, a ferry's engine failure that left passengers stranded
 * overnight, a university admissions bribery scandal), keyed before their first run. Fictional
 * places, people and figures, in ECB+'s tokenised shape.
 */
const report = (headline: string, date: string, lines: string): string => `${headline}\n${date}\n${lines}`;

describe('a 24-hour clock with a space after its colon (fact:time-bare-clock, widened)', () => {
  const birth = (a: string) =>
    entries(
      story(
        report('Elephant calf born at zoo', '11: 20 a. m. April 9, 2043', a),
        report(
          'Zoo shows its newborn elephant',
          '9: 30 a. m. April 10, 2043',
          'The calf was born at 5: 40 a. m., the zoo said.',
        ),
      ),
      'time',
    );
  it('`was born at 03: 40` against `at 5: 40 a. m.`: two times of the birth', () => {
    expect(birth('The calf was born at 03: 40 after a long labour, keepers said.')).toEqual([
      ['03: 40', '5: 40 a. m.'],
    ]);
  });
  it('control: `at 05: 40` is `5: 40 a. m.`, no entry', () => {
    expect(birth('The calf was born at 05: 40 after a long labour, keepers said.')).toEqual([]);
  });
});

describe("an engine's failure is the incident's moment (fact:time-engine-failed)", () => {
  const ferry = (b: string) =>
    entries(
      story(
        report(
          'Ferry passengers stranded',
          '6: 10 a. m. October 15, 2043',
          "The ferry's engine failed at 9: 30 p. m. on Wednesday off Valen Island.",
        ),
        report('Operator apologises', '1: 15 p. m. October 15, 2043', b),
      ),
      'time',
    );
  it('`The ferry lost power at 11: 30 p. m.` against `The engine failed at 9: 30 p. m.`', () => {
    expect(ferry('The ferry lost power at 11: 30 p. m. on Wednesday, the coastguard said.')).toEqual([
      ['11: 30 p. m.', '9: 30 p. m.'],
    ]);
  });
  it('control: homes that lost power in a storm tell no engine failure', () => {
    expect(
      ferry('Thousands of homes on Valen Island lost power at 11: 30 p. m. on Wednesday in the storm.'),
    ).toEqual([]);
  });
});

describe('someone who began doing something tells no moment of the event (fact:time-began-doing)', () => {
  const ferry = (a: string) =>
    entries(
      story(
        report(
          'Ferry towed back to port',
          '11: 40 a. m. October 15, 2043',
          `The engine cut out at about 9: 30 p. m. as the ship crossed to Valen Island. ${a}`,
        ),
        report(
          'Operator apologises',
          '1: 15 p. m. October 15, 2043',
          'The ferry lost power at 11: 30 p. m. on Wednesday, the coastguard said.',
        ),
      ),
      'time',
    );
  it('`A tug began towing the ferry at 7 a. m.` is no second time of the failure', () => {
    expect(ferry('A tug began towing the ferry at 7 a. m. on Thursday.')).toEqual([
      ['11: 30 p. m.', '9: 30 p. m.'],
    ]);
  });
  it("control: `A fire began at 7 a. m.` is still the event's, two times of it in one report left unread", () => {
    expect(ferry('A fire began at 7 a. m. on Thursday.')).toEqual([]);
  });
});

describe('those left stranded, or who spent the night stranded, are one count (fact:left-stranded, align:same-event-count)', () => {
  const ferry = (b: string) =>
    entries(
      story(
        report(
          'Hundreds stranded overnight as ferry engine fails',
          '6: 10 a. m. October 15, 2043',
          'More than 300 passengers spent the night stranded at sea after the ferry lost power off Valen Island.\nSeven passengers were checked by paramedics when the ship docked.',
        ),
        report('Operator apologises', '1: 15 p. m. October 15, 2043', b),
      ),
      'count',
    );
  it('`213 passengers were left stranded overnight` against `More than 300 passengers spent the night stranded`', () => {
    expect(
      ferry('The operator apologised on Thursday after 213 passengers were left stranded overnight.'),
    ).toEqual([['213 passengers', '300 passengers spent']]);
  });
  it('control: passengers left behind at the port are no one stranded aboard', () => {
    expect(
      ferry(
        'The operator apologised on Thursday after 213 passengers were left behind at the port in Orsby.',
      ),
    ).toEqual([]);
  });
});

describe('stuck for a span is stranded for it (fact:duration-stuck)', () => {
  const ferry = (b: string) =>
    entries(
      story(
        report(
          'Ferry passengers stranded for 14 hours',
          '11: 40 a. m. October 15, 2043',
          "Passengers aboard the Kestrel Star were stranded for 14 hours after the ferry's engine failed.",
        ),
        report('Operator apologises', '1: 15 p. m. October 15, 2043', b),
      ),
      'quantity',
    );
  it('`were stuck on board for 19 hours` against `were stranded for 14 hours`', () => {
    expect(
      ferry('Passengers were stuck on board for 19 hours before the ship was towed back to Orsby.'),
    ).toEqual([['14 hours', '19 hours']]);
  });
  it('control: a tug crew that worked for 19 hours tells no time stranded', () => {
    expect(ferry('The tug crew worked for 19 hours before the ship was towed back to Orsby.')).toEqual([]);
  });
});
