import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 57's invented stories (a tram derailment, a city blackout, a livestock lorry overturned,
 * a mayoral recount), keyed before their first run: what the first run missed. Fictional places,
 * people and figures throughout.
 */
const undated = (headline: string, lines: string): string => `${headline}\n${lines}`;

describe('an incident clocked in the daytime is no night told from two sides (date:clocked-in-daytime)', () => {
  const derail = (time: string) =>
    entries(
      story(
        undated(
          'Tram derails in Castor',
          `A tram derailed in central Castor on Friday morning, injuring 11 people. The tram left the tracks at ${time} on Mill Street.`,
        ),
        undated(
          'Castor tram derailment',
          'A Castor tram derailed near the cathedral on Thursday, leaving 11 injured.',
        ),
      ),
      'date',
    );
  it('`derailed on Friday morning` at 9: 10 a. m. is set against `derailed on Thursday`', () => {
    expect(derail('9: 10 a. m.')).toEqual([['Friday', 'Thursday']]);
  });
  it('control: clocked at 1: 20 a. m., Thursday night and Friday morning may be one night', () => {
    expect(derail('1: 20 a. m.')).toEqual([]);
  });
});

describe('animals a lorry carried are its load, apart from those killed (fact:livestock-carried)', () => {
  const lorry = (a: string) =>
    entries(
      story(
        undated(
          'Cattle lorry overturns near Brell',
          'A lorry carrying 80 cows overturned near Brell on Friday. Police said 12 cows died.',
        ),
        undated(
          'Brell cattle lorry crash',
          `A cattle lorry overturned near Brell on Friday. Twelve cows were killed. ${a}`,
        ),
      ),
      'count',
    );
  it('`had 95 cows on board` is set against `carrying 80 cows`', () => {
    expect(lorry('The lorry had 95 cows on board, the haulier said.')).toEqual([
      ['80 cows overturned', '95 cows'],
    ]);
  });
  it('control: the same load, and the toll is no load', () => {
    expect(lorry('The lorry had 80 cows on board, the haulier said.')).toEqual([]);
  });
});

describe('power back is a service running again (fact:time-resumed, widened)', () => {
  const outage = (a: string) =>
    entries(
      story(
        undated('Blackout in Dunley', `About 40, 000 homes in Dunley lost power on Sunday. ${a}`),
        undated(
          'Dunley power cut',
          'About 40, 000 homes in Dunley lost power on Sunday. Power was restored at 9 p. m., the operator said.',
        ),
      ),
      'time',
    );
  it('`Power was back at 11 p. m.` is set against `restored at 9 p. m.`', () => {
    expect(outage('Power was back at 11 p. m., the operator said.')).toEqual([['11 p. m.', '9 p. m.']]);
  });
  it('control: a crew back at 11 p. m. is no service running again', () => {
    expect(outage('The repair crew was back at 11 p. m., the operator said.')).toEqual([]);
  });
});

describe('a span in months meets one in years (fact:span-months-in-years)', () => {
  const offer = (a: string) =>
    entries(
      story(
        undated(
          'Tarn Bank data theft',
          'Tarn Bank said it would offer free credit monitoring for 18 months.',
        ),
        undated('Tarn Bank breach', `Customers of Tarn Bank had their data stolen. ${a}`),
      ),
      'quantity',
    );
  it('`for three years` is set against `for 18 months`', () => {
    expect(offer('The bank will offer free credit monitoring for three years.')).toEqual([
      ['18 months', 'three years'],
    ]);
  });
  it('control: `for 1. 5 years` is 18 months', () => {
    expect(offer('The bank will offer free credit monitoring for 1. 5 years.')).toEqual([]);
  });
});

describe('a breach is an intrusion or a hack (synonym breach)', () => {
  const found = (a: string) =>
    entries(
      story(
        undated('Orla Telecom breach', 'Orla Telecom said the breach was discovered on May 4.'),
        undated('Orla Telecom hacked', a),
      ),
      'date',
    );
  it('`The intrusion was detected on May 9` is set against `the breach was discovered on May 4`', () => {
    expect(found('The intrusion was detected on May 9, the company said.')).toEqual([['May 4', 'May 9']]);
  });
  it('control: a leak in a pipe detected on May 9 is another event', () => {
    expect(found('A leak in a water pipe was detected on May 9, the company said.')).toEqual([]);
  });
});
