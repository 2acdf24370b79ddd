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

describe('a stranding and a refloating are two events, a refloating a rescue (stranded:aground, refloated:rescue)', () => {
  const whale = (b: string) =>
    entries(
      story(
        undated(
          'Whale stranded at Corby Sands',
          'A minke whale, nine metres long, was stranded at Corby Sands on Sunday afternoon.',
        ),
        undated('Corby whale saved', b),
      ),
      'date',
    );
  it('control: `was refloated near Corby Sands early on Monday` is not set against `was stranded ... on Sunday`', () => {
    expect(
      whale('A stranded nine - metre minke whale was refloated near Corby Sands early on Monday.'),
    ).toEqual([]);
  });
  it('two strandings a day apart still differ', () => {
    expect(
      whale('A minke whale, nine metres long, was stranded at Corby Sands on Saturday afternoon.'),
    ).toEqual([['Saturday', 'Sunday']]);
  });
});

describe('refloated and freed are moments of a rescue (fact:time-rescued, widened)', () => {
  const freed = (b: string) =>
    entries(
      story(
        undated(
          'Whale refloated at Corby',
          'Rescuers refloated the whale at 6: 10 a. m. on Monday, the coastguard said.',
        ),
        undated('Corby whale swims free', b),
      ),
      'time',
    );
  it('`The whale was freed at 5: 10 a. m.` is set against `refloated the whale at 6: 10 a. m.`', () => {
    expect(freed('The whale was freed at 5: 10 a. m. as the tide rose.')).toEqual([
      ['5: 10 a. m.', '6: 10 a. m.'],
    ]);
  });
  it('control: a time the tide turned is no rescue', () => {
    expect(freed('The tide turned at 5: 10 a. m., the coastguard said.')).toEqual([]);
  });
});

describe('works attributed to a maker are works of art (fact:count-artworks, widened)', () => {
  const seized = (a: string) =>
    entries(
      story(
        undated('Forgers held in Aldor', `Police arrested four people in Aldor on Monday. ${a}`),
        undated(
          'Aldor forgery raids',
          'Police arrested four people in Aldor on Monday. Officers seized 45 fake paintings.',
        ),
      ),
      'count',
    );
  it('`seized 54 fake works attributed to old masters` is set against `45 fake paintings`', () => {
    expect(seized('Officers seized 54 fake works attributed to old masters.')).toEqual([
      ['45 fake paintings', '54 fake works attributed'],
    ]);
  });
  it('control: 54 works of road repair are no paintings', () => {
    expect(seized('The council approved 54 works on local roads.')).toEqual([]);
  });
});

describe('a capacity told in tokenised thousands is one number (fact:capacity-bare, stop 57)', () => {
  const ground = (b: string) =>
    entries(
      story(
        undated(
          'Rell Park naming deal',
          'The club said Rell Park, which opened in 1991, holds 38, 000 fans.',
        ),
        undated('Rell Park renamed', b),
      ),
      'quantity',
    );
  it('control: `has a capacity of 38, 000` is the same 38, 000, not 38', () => {
    expect(ground('The ground, opened in 1991, has a capacity of 38, 000.')).toEqual([]);
  });
  it('`has a capacity of 36, 000` is set against `holds 38, 000 fans`', () => {
    expect(ground('The ground, opened in 1991, has a capacity of 36, 000.')).toEqual([
      ['36, 000', '38, 000 fans'],
    ]);
  });
});

describe('killed or died, one toll of things or animals (align:one-toll-of-things)', () => {
  const fish = (b: string) =>
    entries(
      story(
        undated(
          'Fish killed in River Tor',
          'About 9, 000 fish were killed after a chemical leak into the River Tor on Saturday.',
        ),
        undated('River Tor pollution', b),
      ),
      'count',
    );
  it('`More than 15, 000 fish died` is set against `About 9, 000 fish were killed`', () => {
    expect(fish('More than 15, 000 fish died when chemicals leaked into the River Tor on Saturday.')).toEqual(
      [['15, 000 fish died', '9, 000 fish']],
    );
  });
  it('control: fish rescued are no toll', () => {
    expect(fish('More than 15, 000 fish were rescued from the River Tor on Saturday.')).toEqual([]);
  });
});

describe("a bare age after a sentence opening on a role is that role's (fact:age-bare-subject-of-role)", () => {
  const hiker = (b: string) =>
    entries(
      story(
        undated(
          'Hiker hurt by bear in Telva park',
          'A 61-year-old hiker was injured by a bear in Telva park on Monday.',
        ),
        undated('Telva bear attack', b),
      ),
      'age',
    );
  it('`The hiker ... is stable. The 16-year-old was airlifted` is set against `a 61-year-old hiker`', () => {
    expect(
      hiker(
        'The hiker attacked by a bear in Telva park is in a stable condition. The 16-year-old was airlifted to hospital.',
      ),
    ).toEqual([['16', '61']]);
  });
  it('control: a sentence opening on the weather gives the age to no one', () => {
    expect(
      hiker('The weather in Telva park was clear on Monday. The 16-year-old was airlifted to hospital.'),
    ).toEqual([]);
  });
});

describe('a setting off from a place named with `the`, or after the day (fact:date:departure-from-place, widened)', () => {
  const voyage = (b: string) =>
    entries(
      story(
        undated(
          'Rower lands in Barbuda',
          'Kira Sund set off from the Azores on March 2 and reached Barbuda on Sunday.',
        ),
        undated('Sund rows the Atlantic', b),
      ),
      'date',
    );
  it('`She set out on March 5 from Flores` is set against `set off from the Azores on March 2`', () => {
    expect(voyage('She set out on March 5 from Flores and rowed alone.')).toEqual([['March 2', 'March 5']]);
  });
  it('control: `She trained on March 5` is another act', () => {
    expect(voyage('She trained on March 5 in Flores.')).toEqual([]);
  });
});

describe('what will take place is held, and a background year excuses no day (take place:hold, date:year-excuses-no-day)', () => {
  const resit = (b: string) =>
    entries(
      story(
        undated(
          'Leaked exam to be resat',
          "Ida Moss, 49, the board's chief examiner, said the resit would be held on May 14. It is the second leak in three years; in 2031 an English paper was shared online.",
        ),
        undated('Exam resit date', b),
      ),
      'date',
    );
  it('`The resit will take place on May 17` is set against `held on May 14` beside a year of another leak', () => {
    expect(resit('The resit will take place on May 17.')).toEqual([['May 14', 'May 17']]);
  });
  it('control: the same day', () => {
    expect(resit('The resit will take place on May 14.')).toEqual([]);
  });
});
