import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * The day of the act each report is news of, told in its lead (stop 48): two verbs of one act
 * (`opened fire` / `shot`), a vote and the act it decided, a filing, a possessive weekday.
 * Fictional places and people throughout; each report is dated by its date line (Thursday
 * 7 May 2043).
 */
const report = (headline: string, lead: string, rest: string): string =>
  `${headline}\n7: 40 p. m. May 7, 2043\n${lead}\n${rest}`;

describe('one act told in two leads by two verbs (date:lead-act, date:opened-fire-shoots)', () => {
  const rest = 'The bakery, owned by the Ferrand family, has 14 staff.';
  const first = (day: string) =>
    report(
      'Gunman kills baker in Ostry',
      `A former delivery driver opened fire inside an Ostry bakery on ${day}, killing the owner and wounding two others, police said.`,
      rest,
    );
  const second = (day: string) =>
    report(
      'Ostry bakery attack leaves one dead',
      `A man shot three people at the Ferrand bakery in Ostry on ${day}, killing one, before fleeing in a van, police said.`,
      rest,
    );
  it('sets `Monday morning` against `Tuesday`', () => {
    expect(entries(story(first('Monday morning'), second('Tuesday')), 'date')).toEqual([
      ['Monday', 'Tuesday'],
    ]);
  });
  it('control: the same day agrees', () => {
    expect(entries(story(first('Monday morning'), second('Monday')), 'date')).toEqual([]);
  });
  it('control: a night told from its two sides (`late Monday` / `early Tuesday`) is one moment', () => {
    expect(entries(story(first('late Monday'), second('early Tuesday')), 'date')).toEqual([]);
  });
  it('control: days of acts outside the leads are not set against each other', () => {
    const d = story(
      report(
        'Ostry bakery reopens',
        'The Ferrand bakery in Ostry reopened on Wednesday to long queues.',
        `${rest}\nA former delivery driver opened fire inside the bakery on Monday.`,
      ),
      report(
        'Ostry bakery back in business',
        'Customers returned to the Ferrand bakery in Ostry on Wednesday.',
        `${rest}\nA man shot three people at the bakery on Saturday.`,
      ),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
});

describe('a vote dates the act it decided (fact:date:vote-is-act, date:office-act-days)', () => {
  const rest = 'She had led the museum since 2036.';
  const voted = (day: string) =>
    report(
      'Museum board ousts director',
      `The Quillan Museum board voted 6-1 on ${day} to fire director Odile Marsant after a year of losses, trustees said.`,
      rest,
    );
  const fired = (day: string) =>
    report(
      'Quillan Museum fires Marsant',
      `The Quillan Museum board fired director Odile Marsant on ${day} after a year of losses.`,
      rest,
    );
  it('sets `voted on Wednesday night to fire` against `fired on Tuesday`', () => {
    expect(entries(story(voted('Wednesday night'), fired('Tuesday')), 'date')).toEqual([
      ['Tuesday', 'Wednesday'],
    ]);
  });
  it('sets two bare days in a row of an act done in office hours against each other', () => {
    expect(entries(story(voted('Wednesday'), fired('Tuesday')), 'date')).toEqual([['Tuesday', 'Wednesday']]);
  });
  it('control: the same day agrees', () => {
    expect(entries(story(voted('Tuesday'), fired('Tuesday')), 'date')).toEqual([]);
  });
  it('control: a vote to do what no dated event names gives the day no act', () => {
    const d = story(
      report(
        'Museum board orders review',
        'The Quillan Museum board voted 6-1 on Wednesday to review its director, trustees said.',
        rest,
      ),
      fired('Tuesday'),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
});

describe('a filing told by its object in any words (date:filed-for)', () => {
  const rest = 'The chain employs 2,300 people.';
  it('sets `filed for Chapter 11 protection on Monday` against `filed for bankruptcy on Sunday`', () => {
    const d = story(
      report(
        'Vendra Foods seeks protection',
        'Grocer Vendra Foods filed for Chapter 11 protection on Monday and said it would close 20 shops.',
        rest,
      ),
      report(
        'Vendra Foods in bankruptcy',
        'Grocer Vendra Foods filed for bankruptcy on Sunday, saying it would close 20 shops.',
        rest,
      ),
    );
    expect(entries(d, 'date')).toEqual([['Monday', 'Sunday']]);
  });
  it('control: two bare days in a row of an incident may be one night (a blast)', () => {
    const d = story(
      report(
        'Blast at Vendra depot',
        'A gas tank exploded at a Vendra Foods depot on Monday, injuring two workers.',
        rest,
      ),
      report(
        'Vendra depot explosion',
        'A gas tank exploded at the Vendra Foods depot on Sunday, injuring two workers.',
        rest,
      ),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
});

describe('a possessive weekday dates the event it owns (fact:date:possessive-weekday)', () => {
  it('reads `in Tuesday’s shooting` as the shooting’s day, set against another lead’s day', () => {
    const d = story(
      report(
        'Second victim of Ostry shooting dies',
        "A second man wounded in Tuesday's shooting at an Ostry bakery has died, police said.",
        'The bakery has 14 staff.',
      ),
      report(
        'Gunman kills baker in Ostry',
        'A former delivery driver shot three people at an Ostry bakery on Sunday, killing the owner, police said.',
        'The bakery has 14 staff.',
      ),
    );
    const facts = d.facts!.filter((f) => f.rule === 'fact:date:possessive-weekday');
    expect(facts.map((f) => [f.text, f.event])).toEqual([['Tuesday', 'shoot']]);
    expect(entries(d, 'date')).toEqual([['Sunday', 'Tuesday']]);
  });
  it('control: a possessive weekday before no event’s noun is no date (`Sunday’s meeting`)', () => {
    const d = story(
      report(
        'Ostry council meets',
        "Councillors discussed the bakery at Sunday's meeting, the mayor said.",
        'The bakery has 14 staff.',
      ),
    );
    expect(d.facts!.filter((f) => f.kind === 'date' && f.text === 'Sunday')).toEqual([]);
  });
});
