import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 51's invented stories (a festival crowd crush, a software takeover, a river flood), keyed
 * before their first run: what the first run missed or set wrongly against each other. Fictional
 * places, people and figures throughout.
 */
const report = (headline: string, lines: string): string => `${headline}\nApril 2, 2046\n${lines}`;

describe('a height water peaked at is its level (fact:water-level-not-altitude)', () => {
  const flood = (a: string, b: string) =>
    entries(story(report('The Tarn floods Orlen', a), report('Orlen under water', b)), 'quantity');
  it('`The river peaked at 5.8 metres` and `rose to 5.6 metres at its peak` are two levels', () => {
    expect(
      flood(
        'The river Tarn peaked at 5.8 metres at the Orlen gauge on Wednesday afternoon.',
        'The river Tarn rose to 5.6 metres at its peak on Wednesday.',
      ),
    ).toEqual([['5.6 metres', '5.8 metres']]);
  });
  it('control: a height a slide broke loose at is still an altitude, compared as one', () => {
    const slide = (a: string, b: string) =>
      entries(story(report('Avalanche at Orlen', a), report('Skiers buried at Orlen', b)), 'quantity');
    expect(
      slide(
        'The avalanche broke loose at 2,400 metres on Wednesday.',
        'The avalanche broke loose at 2,900 metres on Wednesday.',
      ),
    ).toHaveLength(1);
  });
});

describe('the year records start (date:records-began)', () => {
  const flood = (a: string, b: string) =>
    entries(
      story(
        report(
          'The Tarn floods Orlen',
          `The river Tarn peaked at 5.8 metres at the Orlen gauge on Wednesday. ${a}`,
        ),
        report('Orlen under water', `The river Tarn rose to 5.8 metres at its peak on Wednesday. ${b}`),
      ),
      'date',
    );
  it('`since records began in 1921` and `Records at the gauge go back to 1912` are one start told two ways', () => {
    expect(
      flood(
        'It was the highest level at the Orlen gauge since records began in 1921.',
        'Records at the Orlen gauge go back to 1912.',
      ),
    ).toEqual([['1912', '1921']]);
    expect(
      flood(
        'It was the highest level at the Orlen gauge since records began in 1921.',
        'Records at the Orlen gauge date back to 1912.',
      ),
    ).toEqual([['1912', '1921']]);
  });
  it("control: another series' start, or a year something else began, is no conflict", () => {
    expect(
      flood(
        'It was the wettest March in Velmar since records began in 1910.',
        'Records at the Orlen gauge go back to 1912.',
      ),
    ).toEqual([]);
    expect(
      flood(
        'It was the highest level at the Orlen gauge since records began in 1921.',
        'The flood barrier at the Orlen gauge began operating in 1912.',
      ),
    ).toEqual([]);
    expect(
      flood(
        'It was the highest level at the Orlen gauge since records began in 1921.',
        'Records at the Orlen gauge go back to 1921.',
      ),
    ).toEqual([]);
  });
});

describe('two people then two ages (fact:ages-respectively)', () => {
  const couple = (b: string) =>
    entries(
      story(
        report(
          'Two die in Orlen floods',
          'Two people died near Heddal on Wednesday. The couple were named as Piet and Anna Rask, 64 and 62.',
        ),
        report('Floods kill couple', `Two people died near Heddal on Wednesday. ${b}`),
      ),
      'age',
    );
  it('`Piet and Anna Rask, 64 and 62`: she is 62, so `Anna Rask, 62` agrees', () => {
    expect(couple('Among them was Anna Rask, 62, a retired teacher.')).toEqual([]);
    expect(couple('Among them was Piet Rask, 64, a farmer.')).toEqual([]);
  });
  it('control: `Anna Rask, 61` is another age of her', () => {
    expect(couple('Among them was Anna Rask, 61, a retired teacher.')).toEqual([['61', '62']]);
  });
});

describe('a number joined to its noun by a spaced hyphen (quantities:number-adjective-spaced)', () => {
  const blast = (b: string) =>
    entries(
      story(
        report(
          'Blast in Harlen',
          'A gas explosion destroyed a five - storey block on Keel Street in Harlen on Tuesday.',
        ),
        report('Harlen blast', `A gas explosion on Tuesday destroyed ${b} on Keel Street in Harlen.`),
      ),
      'quantity',
    );
  it('tokenised `five - storey block` and `four - storey building` are two heights of one building', () => {
    expect(blast('a four - storey building')).toEqual([['five - storey', 'four - storey']]);
  });
  it('control: the same storeys agree, and `four - storey` is no count of buildings', () => {
    expect(blast('a five - storey building')).toEqual([]);
    expect(
      entries(
        story(
          report(
            'Blast in Harlen',
            'A gas explosion destroyed a five - storey block and two shops in Harlen on Tuesday.',
          ),
          report(
            'Harlen blast',
            'A gas explosion destroyed a five - storey block and three shops in Harlen on Tuesday.',
          ),
        ),
        'count',
      ),
    ).toEqual([['three shops', 'two shops']]);
  });
});

describe('those sent to an emergency, whatever the verb (align:one-response)', () => {
  const fire = (a: string, b: string) =>
    entries(
      story(
        report('Blast in Harlen', `Three people were killed in a gas explosion in Harlen on Tuesday. ${a}`),
        report('Harlen blast', `Three people were killed in a gas explosion in Harlen on Tuesday. ${b}`),
      ),
      'count',
    );
  it('`About 80 firefighters were sent` and `More than 100 firefighters were called` count one response', () => {
    expect(
      fire(
        'About 80 firefighters were sent to the scene.',
        'More than 100 firefighters were called to Keel Street.',
      ),
    ).toEqual([['100 firefighters', '80 firefighters']]);
    expect(
      fire(
        'Some 80 firefighters tackled the blaze.',
        'More than 100 firefighters were called to Keel Street.',
      ),
    ).toHaveLength(1);
  });
  it('control: firefighters hurt are not those sent', () => {
    expect(fire('About 80 firefighters were sent to the scene.', 'Two firefighters were injured.')).toEqual(
      [],
    );
  });
});

describe('a pronoun owner of an outing ordinal, a sentence or more back (fact:ordinal-of-outing)', () => {
  const swim = (b: string) =>
    entries(
      story(
        report(
          'Kova breaks world record',
          "Lena Kova set a world record in Velmar on Saturday. It was Kova's third world record this year.",
        ),
        report(
          'Record for Kova',
          `Lena Kova set a world record in Velmar on Saturday. The old record had stood since 2041. ${b}`,
        ),
      ),
      'count',
    );
  it('`It was her second world record`, two sentences after Kova is named, is hers', () => {
    expect(swim('It was her second world record of the year.')).toEqual([['second', 'third']]);
  });
  it('control: the same ordinal agrees; a sentence naming another swimmer in between makes `her` nobody sure', () => {
    expect(swim('It was her third world record of the year.')).toEqual([]);
    expect(
      swim('Lena Kova beat Mia Torres by two seconds. It was her second world record of the year.'),
    ).toEqual([]);
  });
});

describe('travellers a participle of carrying governs, whatever verb follows (fact:carried-whatever-verb)', () => {
  const bus = (a: string, b: string) =>
    entries(story(report('Bus crash on Serra Pass', a), report('Bus plunges into ravine', b)), 'count');
  it('`A bus carrying 52 tourists plunged` and `a tour bus carrying 50 passengers fell` count those aboard', () => {
    expect(
      bus(
        'A bus carrying 52 tourists plunged into a ravine on the Serra Pass on Sunday.',
        'A tour bus carrying 50 passengers fell into a ravine on the Serra Pass on Sunday.',
      ),
    ).toEqual([['50 passengers fell', '52 tourists plunged']]);
  });
  it('control: the same count agrees, and those hurt are not those carried', () => {
    expect(
      bus(
        'A bus carrying 52 tourists plunged into a ravine on the Serra Pass on Sunday.',
        'A tour bus carrying 52 passengers fell into a ravine on the Serra Pass on Sunday.',
      ),
    ).toEqual([]);
    expect(
      bus(
        'A bus carrying 52 tourists plunged into a ravine on the Serra Pass on Sunday.',
        'A bus plunged into a ravine on the Serra Pass on Sunday. Twenty passengers were hurt.',
      ),
    ).toEqual([]);
  });
});

describe('a vehicle leaving the road is the accident (fact:time-left-road)', () => {
  const bus = (b: string) =>
    entries(
      story(
        report(
          'Bus crash on Serra Pass',
          'A bus plunged into a ravine on Sunday. The accident happened at around 4:20 p.m.',
        ),
        report('Bus plunges into ravine', `A bus plunged into a ravine on Sunday. ${b}`),
      ),
      'time',
    );
  it('`The bus left the road at 4:50 p.m.` is the time of the accident', () => {
    expect(bus('The bus, carrying 52 people, left the road at 4:50 p.m.')).toHaveLength(1);
  });
  it('control: leaving a place is no accident', () => {
    expect(bus('The bus left the hotel at 9:50 a.m.')).toEqual([]);
  });
});

describe('a level forecast is kept apart (fact:forecast-level)', () => {
  const heat = (b: string) =>
    entries(
      story(
        report(
          'Record heat in Velmar',
          'Temperatures in Velmar reached 41.2C on Tuesday, a national record.',
        ),
        report('Velmar swelters', `Velmar set a national heat record on Tuesday. ${b}`),
      ),
      'quantity',
    );
  it('`are forecast to reach 38C on Wednesday`, `would stay above 35C` are no measured temperature', () => {
    expect(heat('Temperatures are forecast to reach 38C on Wednesday.')).toEqual([]);
    expect(heat('The weather service said temperatures would stay above 35C until the weekend.')).toEqual([]);
  });
  it('control: a temperature measured in another report still conflicts', () => {
    expect(
      entries(
        story(
          report(
            'Record heat in Velmar',
            'Temperatures in Velmar reached 41.2C on Tuesday, a national record.',
          ),
          report('Velmar swelters', 'Velmar recorded a temperature of 41.8C on Tuesday, a national record.'),
        ),
        'quantity',
      ),
    ).toHaveLength(1);
  });
});

describe('the year an earlier record was set (date:record-set)', () => {
  const heat = (a: string, b: string) =>
    entries(
      story(
        report(
          'Record heat in Velmar',
          `Temperatures in Velmar reached 41.2C on Tuesday, a national record. ${a}`,
        ),
        report(
          'Velmar swelters',
          `Velmar recorded a temperature of 41.2C on Tuesday, a national record. ${b}`,
        ),
      ),
      'date',
    );
  it('`The previous record of 40.3C was set in Orlen in 2039` / `The old record was set in Orlen in 2029`', () => {
    expect(
      heat(
        'The previous record of 40.3C was set in Orlen in 2039.',
        'The old record was set in Orlen in 2029.',
      ),
    ).toEqual([['2029', '2039']]);
  });
  it('control: the same year agrees; another earlier event of that place is another background date', () => {
    expect(
      heat(
        'The previous record of 40.3C was set in Orlen in 2039.',
        'The old record was set in Orlen in 2039.',
      ),
    ).toEqual([]);
    expect(
      heat(
        'The previous record of 40.3C was set in Orlen in 2039.',
        'A previous heatwave hit Orlen in 2029.',
      ),
    ).toEqual([]);
  });
});

describe('a rate told as a noun of its level (fact:percent-rate-of)', () => {
  const vote = (b: string) =>
    entries(
      story(
        report(
          'Orlen elects mayor',
          'Ana Lind won the Orlen mayoral election on Sunday. Turnout was 41 percent.',
        ),
        report('Lind is Orlen mayor', `Ana Lind won the Orlen mayoral election on Sunday. ${b}`),
      ),
      'quantity',
    );
  it('`a turnout of 43 percent` is the turnout `Turnout was 41 percent` gives', () => {
    expect(vote('The vote saw a turnout of 43 percent.')).toEqual([['41 percent', '43 percent']]);
  });
  it('control: the same turnout agrees; `a rate of 43 percent` names no rate', () => {
    expect(vote('The vote saw a turnout of 41 percent.')).toEqual([]);
    expect(vote('Lind won with a margin of 43 percent.')).toEqual([]);
  });
});
