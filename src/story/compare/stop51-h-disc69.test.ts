import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 51 (h-disc69): invented stories of genres nobody tuned on (a science prize, a car recall,
 * a zoo birth, a garage collapse, a singer's arrest), keyed before their first run: what the
 * first run missed or set wrongly against each other. Fictional places, people and figures.
 */
const report = (headline: string, lines: string): string => `${headline}\nOctober 8, 2031\n${lines}`;

describe('an ordinal among all of a kind who did the act (fact:ordinal-of-kind)', () => {
  const prize = (b: string) =>
    entries(
      story(
        report('Brenna wins the Orvel Prize', 'Ines Brenna is only the fourth woman to win the Orvel Prize.'),
        report('Orvel Prize to Brenna', b),
      ),
      'count',
    );
  it('`the fourth woman to win` / `the fifth woman to be honoured`: one count, two figures', () => {
    expect(prize('Brenna is the fifth woman to be honoured with the award since 1950.')).toEqual([
      ['fifth', 'fourth'],
    ]);
  });
  it('`the fourth gorilla born at the zoo` / `the sixth gorilla born at the zoo`', () => {
    expect(
      entries(
        story(
          report('Zoo birth', 'The infant is the fourth gorilla born at the Tarnby Zoo.'),
          report('Baby gorilla', 'The baby is the sixth gorilla born at the Tarnby Zoo.'),
        ),
        'count',
      ),
    ).toEqual([['fourth', 'sixth']]);
  });
  it('control: the same ordinal agrees, and a day of an event is no count of the kind', () => {
    expect(prize('Brenna becomes the fourth woman to receive the prize.')).toEqual([]);
    expect(prize('It was the second day to be given over to the ceremony.')).toEqual([]);
  });
});

describe('two offices of one named body (role:offices-of-one-body)', () => {
  const roles = (a: string, b: string) =>
    entries(
      story(
        report('Orvel Prize announced', `${a} Olav Brekke said the winner was chosen from 300 names.`),
        report('Orvel Prize to Brenna', `${b} Olav Brekke told reporters the choice was unanimous.`),
      ),
      'role',
    );
  it('`committee chairman` / `Committee secretary` of one man: a body has one of each', () => {
    expect(roles('Committee chairman', 'Committee secretary')).toEqual([
      ['Committee chairman', 'Committee secretary'],
    ]);
  });
  it('control: `chair` and `chairman` are one office; two bodies, or no body, are no conflict', () => {
    expect(roles('Committee chairman', 'Committee chair')).toEqual([]);
    expect(roles('Committee chairman', 'Academy secretary')).toEqual([]);
    expect(roles('Chairman', 'Secretary')).toEqual([]);
  });
});

describe('a birth date set only against a birth date (date:birth-only-birth)', () => {
  it('`one other offspring, born in 2026` is not the year the father `came from Ohio in 2022`', () => {
    expect(
      entries(
        story(
          report('Zoo birth', 'The father, Tomo, 27, came to Tarnby from a zoo in Ohio in 2022.'),
          report(
            'Baby gorilla',
            'The mother, Lumi, 21, and the father, Tomo, 27, have one other offspring, born in 2026.',
          ),
        ),
        'date',
      ),
    ).toEqual([]);
  });
  it('control: two years of one birth still conflict', () => {
    expect(
      entries(
        story(
          report('Obituary', 'The actor Ivo Renk, born in 1941 in Tarnby, died on Sunday.'),
          report('Renk dies', 'Ivo Renk, who was born in 1942, died on Sunday in Tarnby.'),
        ),
        'date',
      ),
    ).toEqual([['1941', '1942']]);
  });
});

describe('a school name ends before `and` and a person (entities:and-after-institution)', () => {
  const ages = (a: string) =>
    entries(
      story(
        report(
          'Orvel Prize',
          `The prize went on Wednesday to Ines Brenna, 71, of ${a} and Pieter Holm, 56, of Tarnby University.`,
        ),
        report(
          'Orvel Prize shared',
          'Brenna will share the prize with the physicist Pieter Holm, 58, of Tarnby University.',
        ),
      ),
      'age',
    );
  it('`Velmar University and Pieter Holm, 56,` gives Holm his age, set against 58', () => {
    expect(ages('Velmar University')).toEqual([['56', '58']]);
  });
  it('control: a name that goes on past `and` on its first word is not cut', () => {
    expect(
      story(
        report('Union vote', 'Members of the University and College Union voted on Tuesday to strike.'),
      ).entities.map((e) => e.label),
    ).toContain('University and College Union');
  });
});

describe('an estimate written to a decimal (figure:about-decimal)', () => {
  const weight = (b: string) =>
    entries(
      story(
        report('Zoo birth', 'The infant weighed about 2.1 kilograms, keeper Ana Holt said.'),
        report('Baby gorilla', `The male infant weighed ${b} at birth, keepers said.`),
      ),
      'quantity',
    );
  it('`about 2.1 kilograms` is not `2.4 kilograms`: the estimate is to its tenth', () => {
    expect(weight('2.4 kilograms')).toEqual([['2.1 kilograms', '2.4 kilograms']]);
  });
  it('control: `2.2 kilograms` is within a step of the tenth; a sum of money keeps its tenth of play', () => {
    expect(weight('2.2 kilograms')).toEqual([]);
    expect(
      entries(
        story(
          report('Fine', 'The club was fined about $2.1 million by the league on Tuesday.'),
          report('Club fined', 'The club was fined $2.3 million by the league on Tuesday.'),
        ),
        'quantity',
      ),
    ).toEqual([]);
  });
});

describe('a sentence of names with a lower-case auxiliary is prose (entities:prose-auxiliary)', () => {
  const labels = (s: string) => story(report('Orvel Prize', s)).entities.map((e) => e.label);
  it('`The Orvel Prize for Physics was awarded ... to Ines Brenna ... and Pieter Holm ...` names both', () => {
    expect(
      labels(
        'The Orvel Prize for Physics was awarded on Wednesday to Ines Brenna, 71, of Velmar University and Pieter Holm, 56, of Tarnby University.',
      ),
    ).toEqual(expect.arrayContaining(['Ines Brenna', 'Pieter Holm']));
  });
  it('control: a Title Case line whose auxiliary is capitalised is still a headline, its capitals no names', () => {
    expect(labels('Orvel Prize Was Awarded To Velmar University Physicist For Cold Atom Work.')).toEqual([]);
  });
});

describe('a one-word name written two ways is one for its age (names:one-word-aliases)', () => {
  const ages = (b: string) =>
    entries(
      story(
        report('Zoo birth', 'The infant was born to Lumira, 19, keepers at the Tarnby Zoo said.'),
        report('Baby gorilla', b),
      ),
      'age',
    );
  it('`Lumira, 19` / `Lumara, 21`: one mother, two ages', () => {
    expect(ages('The mother, Lumara, 21, is doing well, keepers at the Tarnby Zoo said.')).toEqual([
      ['19', '21'],
    ]);
  });
  it('control: a report naming both forms tells two animals apart', () => {
    expect(
      ages('The mother, Lumara, 21, shares her enclosure with Lumira, 19, keepers at the Tarnby Zoo said.'),
    ).toEqual([]);
  });
});

describe('a newborn arriving is its birth (fact:time-newborn-arrived)', () => {
  const times = (b: string) =>
    entries(
      story(
        report('Zoo birth', 'The infant was born at 4:50 a.m. to Lumira, keepers at the Tarnby Zoo said.'),
        report('Baby gorilla', b),
      ),
      'time',
    );
  it('`The baby arrived at 5:40 a.m.` is the birth told at another time', () => {
    expect(times('The baby arrived at 5:40 a.m., keepers at the Tarnby Zoo said.')).toEqual([
      ['4:50 a.m.', '5:40 a.m.'],
    ]);
  });
  it('control: a keeper arriving is no birth', () => {
    expect(times('The head keeper arrived at 5:40 a.m., staff at the Tarnby Zoo said.')).toEqual([]);
  });
});
