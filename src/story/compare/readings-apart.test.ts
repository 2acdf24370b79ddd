import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';
import type { Dossier } from '../../model/dossier.js';

// An election in an invented country, told by two outlets.
const story = (a: string, b: string): Dossier =>
  analyzeTexts(
    [`Velmar to hold two-party election\n\n${a}\n`, `Velmar opposition party registered\n\n${b}\n`].map(
      (text, i) => ({ location: `velmar-${i + 1}.txt`, text, known: { language: 'en' } }),
    ),
  );
const of = (d: Dossier, kind: string): string[][] =>
  d.discrepancies.filter((x) => x.kind === kind).map((x) => x.values.map((v) => v.text).sort());

describe('a share with a qualifier (`more than half of the 140 candidates`) gives no figure', () => {
  it('is not set against the whole', () => {
    expect(
      of(
        story(
          'More than half of the 140 candidates running for the 60 seats are members of the ruling party.',
          'A total of 140 candidates are running for the 60 seats.',
        ),
        'count',
      ),
    ).toEqual([]);
  });
  it('control: a share without one is that part of the whole', () => {
    const d = story(
      'Half of the 140 candidates running for the 60 seats are members of the ruling party.',
      'A total of 140 candidates are running for the 60 seats.',
    );
    expect((d.facts ?? []).filter((f) => f.rule === 'fact:count-part-of-total').map((f) => f.value)).toEqual([
      70,
    ]);
  });
});

describe('a number before a conjunction counts nothing of its clause (quantities:no-count-before-clause)', () => {
  it('sets no `minus 18 as firefighters battled` against a count of firefighters', () => {
    expect(
      of(
        story(
          'It was minus 18 as firefighters battled a blaze at the commission warehouse.',
          'About 30 firefighters battled a blaze at the commission warehouse.',
        ),
        'count',
      ),
    ).toEqual([]);
  });
  it('control: two counts of firefighters are compared', () => {
    expect(
      of(
        story(
          'About 20 firefighters battled a blaze at the commission warehouse.',
          'About 30 firefighters battled a blaze at the commission warehouse.',
        ),
        'count',
      ),
    ).toHaveLength(1);
  });
});

describe('a title ends at a preposition (role:title-before-name)', () => {
  it('reads no `vote held under President` post', () => {
    expect(
      of(
        story(
          'It will be the first vote held under President Arkan Dobrev, who took office in 2021.',
          'President Arkan Dobrev has promised a fair vote.',
        ),
        'role',
      ),
    ).toEqual([]);
  });
  it('control: the title after the preposition is still read', () => {
    const d = story(
      'It will be the first vote held under President Arkan Dobrev, who took office in 2021.',
      'President Arkan Dobrev has promised a fair vote.',
    );
    expect((d.facts ?? []).filter((f) => f.kind === 'role').map((f) => f.value)).toEqual([
      'President',
      'President',
    ]);
  });
});

describe('the day a source spoke and the day of what is to come (date:statement-against-plan)', () => {
  it('are not one date told two ways', () => {
    expect(
      of(
        story(
          'Parliamentary elections in Velmar scheduled for March 3 will be held with two parties for the first time, according to the election commission.',
          "For the first time in Velmar's history, its parliamentary elections will have two parties, the state news agency reported January 12.",
        ),
        'date',
      ),
    ).toEqual([]);
  });
  it('control: two days of the election are', () => {
    expect(
      of(
        story(
          'Parliamentary elections in Velmar scheduled for March 3 will be held with two parties for the first time, according to the election commission.',
          'Parliamentary elections in Velmar scheduled for March 10 will be held with two parties for the first time, the state news agency reported.',
        ),
        'date',
      ),
    ).toHaveLength(1);
  });
});

// `Organisation` / `Organization` read as one house spelling took a right entry and two
// look-alike traps out of half B's entries: dropped under the halves rule (docs/story-level.md,
// stop 37). The case is kept as it.fails.
describe('British and American spelling of one name (name:house-spelling, dropped)', () => {
  it.fails('is no misspelling', () => {
    expect(
      of(
        story(
          'Observers from the Organisation for Trade and Co-operation in Tarnovia were invited to the poll.',
          'Observers from the Organization for Trade and Cooperation in Tarnovia were invited to the poll.',
        ),
        'spelling',
      ),
    ).toEqual([]);
  });
});

// A march after a vigil, told by two outlets two days apart. Invented story.
const march = (a: string, b: string): Dossier =>
  analyzeTexts([
    {
      location: 'march-1.txt',
      text: `Vigil turns to protest in Marlow\n\nMore than 200 people marched to the Marlow police station on Tuesday night after a vigil for a teenager shot by officers.\nMarchers chanted ${a} as they walked to the station.\n`,
      known: { language: 'en', published: '2031-03-12' },
    },
    {
      location: 'march-2.txt',
      text: `Marlow protest\n\nHundreds of people marched to the Marlow police station after a vigil for a teenager shot by officers.\nMarchers chanted ${b} as they walked to the station.\n`,
      known: { language: 'en', published: '2031-03-14' },
    },
  ]);

describe('`today` inside a quotation is the speaker’s day (fact:date:quoted-today)', () => {
  it('dates nothing of the reports', () => {
    expect(
      of(march('"how many kids will you shoot today"', '"how many kids did you shoot today"'), 'date'),
    ).toEqual([]);
  });
  it('control: `today` in two reports two days apart names two days', () => {
    expect(of(march('today', 'today'), 'date')).toHaveLength(1);
  });
});
