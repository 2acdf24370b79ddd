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

describe("a group's size before, told beside its size now (fact:count-before-now)", () => {
  const ELEPHANT = [
    "Elephant calf born at Brenmoor Zoo\n11: 20 a. m. April 9, 2043\nA female elephant calf was born at Brenmoor Zoo early on Thursday, the zoo's second elephant birth in its history.\nThe calf was born at 3: 40 a. m. after a labour of about six hours, keepers said.\nShe weighed 112 kilograms (247 pounds) at birth and was standing within an hour.\nHer mother, Mali, 23, came to Brenmoor from a park in Thailand in 2031.\nThe father, Tembo, 31, was moved to a zoo in Denmark last year.\nThe calf joins a herd of seven elephants, which is now eight strong.\n`` Mother and calf are doing well, '' said head keeper Rosa Ilves.\n",
    "Brenmoor Zoo welcomes baby elephant after 22 - month pregnancy\n2: 05 p. m. April 9, 2043\nKeepers at Brenmoor Zoo are celebrating the birth of a female Asian elephant calf on Thursday.\nThe calf arrived at 03: 40 after her mother, Mali, had been in labour for about six hours.\nThe newborn weighed about 110 kilograms, the zoo said.\nMali, 23, carried the calf for 22 months.\nThe zoo's first elephant calf, born in 2036, died when she was 11 days old.\nMore than 1, 000 visitors came to the elephant house on Thursday afternoon.\nHead keeper Rosa Ilves, 44, said the calf had fed for the first time by 6 a. m.\n",
    "First photos of Brenmoor's newborn elephant\n9: 30 a. m. April 10, 2043\nBrenmoor Zoo has released the first photos of the elephant calf born on Thursday.\nThe calf was born at 5: 40 a. m., the zoo said in a statement on Friday.\nShe weighed 121 kilograms at birth, a healthy weight for an Asian elephant, vets said.\nHer mother, Mali, 28, and the rest of the herd have been kept indoors.\nThe herd now numbers eight elephants, three of them calves under five.\nSome 1, 200 people visited the zoo on Thursday, up from about 800 on a normal April day.\nA public vote to name the calf will close on April 20.\n",
    "Zoo's elephant calf gains weight in first day\n4: 45 p. m. April 10, 2043\nThe female calf born at Brenmoor Zoo on Thursday has put on weight in her first day, keepers said.\nShe was born weighing 112 kg and now weighs 115 kg.\nTickets to see the calf cost 18 euro ($20), the zoo said.\nIt was the second calf born at the zoo, after one born in 2036 that lived for 11 days.\nKeeper Rosa Ilves said the mother, who is 23, had been `` very calm '' during the birth.\nAbout 60 percent of the zoo's visitors on Friday went to the elephant house first.\n",
  ];
  const herd = (first: string) => entries(story(first, ...ELEPHANT.slice(1)), 'count');
  it('`joins a herd of seven elephants, which is now eight strong` against `now numbers eight elephants`', () => {
    expect(herd(ELEPHANT[0]!)).toEqual([]);
  });
  it('control: `a herd of seven elephants` told with no size now still conflicts with eight', () => {
    expect(herd(ELEPHANT[0]!.replace(', which is now eight strong', ' at the zoo'))).toEqual([
      ['eight elephants', 'seven elephants'],
    ]);
  });
});
