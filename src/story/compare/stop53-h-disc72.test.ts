import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 53 (h-disc72): invented stories of genres nobody tuned on (a volcano's eruption, food
 * poisoning at a summer festival, a city's blackout, a cruise ship aground, a chess world
 * championship game), keyed before their first run: what the first run missed or set wrongly
 * against each other. Fictional places, people and figures, in ECB+'s tokenised shape.
 */
const report = (headline: string, date: string, lines: string): string => `${headline}\n${date}\n${lines}`;

describe('a number adjective whose thousands are written apart (fact:thousands-apart)', () => {
  const ship = (a: string, b: string) =>
    entries(
      story(
        report('Cruise ship runs aground', '7: 15 a. m. October 16, 2037', a),
        report('Salvage teams reach ship', '5: 50 p. m. October 16, 2037', b),
      ),
      'quantity',
    );
  it('`The 114, 500 - tonne ship` / `about 114, 000 tonnes`: one weight, not 500 tonnes', () => {
    expect(
      ship(
        'The 114, 500 - tonne ship was built in 2009.',
        'The ship, which weighs about 114, 000 tonnes, was listing at 12 degrees.',
      ),
    ).toEqual([]);
  });
  it('control: joined thousands agree as before, and two weights far apart conflict', () => {
    expect(
      ship(
        'The 114,500-tonne ship was built in 2009.',
        'The ship, which weighs about 114,000 tonnes, was listing.',
      ),
    ).toEqual([]);
    expect(
      ship(
        'The 114,500-tonne ship was built in 2009.',
        'The ship, which weighs about 96,000 tonnes, was listing.',
      ),
    ).toEqual([['114,500-tonne', '96,000 tonnes']]);
  });
});

describe('the level `the number of` reaches, its thousands written apart (fact:thousands-apart)', () => {
  const evacuees = (b: string) =>
    story(
      report(
        'Volcano erupts, thousands flee',
        '7: 40 a. m. March 3, 2037',
        'Mount Selvar erupted on Tuesday, forcing about 12, 000 people from their homes, officials said.',
      ),
      report('Thousands more flee', '9: 05 a. m. March 4, 2037', b),
    );
  it('`The number of people evacuated ... rose to 18, 000`: the level 18,000, not 18', () => {
    const d = evacuees(
      'The number of people evacuated from around Mount Selvar rose to 18, 000 on Wednesday, officials said.',
    );
    expect(entries(d, 'update')).toEqual([['12, 000 people', '18, 000']]);
  });
  it('control: a level with no thousands is read as before', () => {
    expect(
      entries(
        evacuees(
          'The number of people evacuated from around Mount Selvar rose to 18 on Wednesday, officials said.',
        ),
        'update',
      ),
    ).toEqual([['12, 000 people', '18']]);
  });
});

describe("a background event's year excuses no weekday of the story's (date:year-excuses-no-weekday)", () => {
  const grounding = (a: string, b: string) =>
    entries(
      story(
        report('Cruise ship runs aground', '7: 15 a. m. October 16, 2037', a),
        report(
          'Passengers describe panic',
          '9: 40 a. m. October 16, 2037',
          `${b}\nIn 2031, the cruise ship Belle Sirena ran aground off Corva, killing 32 people.`,
        ),
      ),
      'date',
    );
  it('`In 2031, the cruise ship Belle Sirena ran aground` does not excuse `Wednesday night` / `Thursday night`', () => {
    expect(
      grounding(
        'The cruise ship Aurora Meridian ran aground off Kessa on Thursday night with 2, 140 passengers aboard, the coast guard said.',
        'The cruise ship Aurora Meridian ran aground off Kessa on Wednesday night with 2, 140 passengers aboard, its operator said.',
      ),
    ).toEqual([['Thursday', 'Wednesday']]);
  });
  it('control: the same night both ways, beside the background year, agrees', () => {
    expect(
      grounding(
        'The cruise ship Aurora Meridian ran aground off Kessa on Thursday night with 2, 140 passengers aboard, the coast guard said.',
        'The cruise ship Aurora Meridian ran aground off Kessa on Thursday night with 2, 140 passengers aboard, its operator said.',
      ),
    ).toEqual([]);
  });
});

describe("a title's participle after a name is no verb (role:title-participle-after-name)", () => {
  const posts = (b: string) =>
    entries(
      story(
        report(
          'Blackout plunges city into darkness',
          '6: 30 a. m. August 13, 2037',
          "`` We are deeply sorry, '' said Tomas Brandt, chief executive of Marrick Power.",
        ),
        report('Blackout lasted 14 hours', '11: 20 a. m. August 13, 2037', b),
      ),
      'role',
    );
  it("`Tomas Brandt, the utility's chief operating officer, said` / `chief executive`: two posts", () => {
    expect(
      posts(
        "Tomas Brandt, the utility's chief operating officer, said an overheated transformer was to blame.",
      ),
    ).toEqual([['chief executive of Marrick Power', "the utility's chief operating officer"]]);
  });
  it('control: the same post agrees, and a clause after the name is no post', () => {
    expect(
      posts("Tomas Brandt, the utility's chief executive, said an overheated transformer was to blame."),
    ).toEqual([]);
    expect(
      posts('Tomas Brandt, speaking at the substation, said an overheated transformer was to blame.'),
    ).toEqual([]);
  });
});

describe('what a possessive names right before `lasted` (fact:duration-lasted-possessive)', () => {
  const game = (b: string) =>
    entries(
      story(
        report(
          'Mehra wins ninth game',
          '11: 45 p. m. November 20, 2037',
          'Challenger Tarun Mehra beat world champion Arvid Lund on Friday.\nThe game lasted almost seven hours, the longest of the match so far.',
        ),
        report(
          'Lund vows to fight back',
          '9: 30 a. m. November 21, 2037',
          `World chess champion Arvid Lund said on Saturday he would fight back after losing to Tarun Mehra.\n${b}`,
        ),
      ),
      'quantity',
    );
  it("`Friday's game lasted five hours` / `The game lasted almost seven hours`: one game's length", () => {
    expect(game("Friday's game lasted five hours and ended in Lund's resignation.")).toEqual([
      ['five hours', 'seven hours'],
    ]);
  });
  it('control: the same length agrees, and a span of another act after the possessive is no length', () => {
    expect(game("Friday's game lasted nearly seven hours and ended in Lund's resignation.")).toEqual([]);
    expect(game("Lund's team spent five hours preparing for the game.")).toEqual([]);
  });
});

describe('plurals of a sentence told of many (count:plural-of-many)', () => {
  const wraps = (a: string) =>
    entries(
      story(
        report(
          'Dozens in hospital after festival food poisoning',
          '10: 15 a. m. July 20, 2037',
          `More than 200 people fell ill after eating at the Summer Sound festival in Belmora, health officials said.\n${a}`,
        ),
        report(
          'Salmonella outbreak hits summer festival',
          '1: 30 p. m. July 20, 2037',
          'A 9 - year - old boy was being treated in intensive care, officials said.\nHis mother said the family had shared a chicken wrap from the stall on Saturday evening.',
        ),
      ),
      'count',
    );
  it("`Most had eaten chicken wraps from the stall` / `the family had shared a chicken wrap`: each one's wrap", () => {
    expect(
      wraps('Most had eaten chicken wraps from the stall on Saturday, the regional health agency said.'),
    ).toEqual([]);
  });
  it('control: a plural told of no quantifier of many still stands against the one', () => {
    expect(
      wraps(
        'The family had shared chicken wraps from the stall on Saturday, the regional health agency said.',
      ),
    ).toEqual([['a chicken wrap', 'chicken wraps']]);
  });
});
