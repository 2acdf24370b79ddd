import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';
import { withoutDateline } from '../brief.js';
import type { Dossier } from '../../model/dossier.js';
import { FERRY, HOTEL, type TrialArticle } from './trial-stories.fixture.js';

// Issue 12's trial: two fictional stories told by five outlets each (a wire, two relays, an
// outlet with its own reporting, a later update), read as a new user would read the dossier.
const analyze = (articles: readonly TrialArticle[]): Dossier =>
  analyzeTexts(articles.map((a) => ({ location: a.location, text: a.text, known: { language: 'en' } })));
/** The documents (1-based, in input order) an item cites. */
const cited = (d: Dossier, item: { docs: readonly string[] }): number[] =>
  item.docs.map((id) => d.documents.findIndex((x) => x.id === id) + 1).sort((a, b) => a - b);
const briefItem = (d: Dossier, words: string) => {
  const item = d.brief.find((b) => b.text.includes(words));
  expect(item, words).toBeDefined();
  return item!;
};

describe('brief items cite exactly the documents that state them (trial stories)', () => {
  const ferry = analyze(FERRY);
  it('a headline giving an earlier toll (`12 dead`) does not back the later toll (`rose to 17`)', () => {
    expect(cited(ferry, briefItem(ferry, 'rose to 17'))).toEqual([4, 5]);
  });
  it('a first-hand account is cited to the one outlet that names its witness', () => {
    expect(cited(ferry, briefItem(ferry, 'Mira Osk, 34'))).toEqual([4]);
  });
  it('a report that names the spokesman but gives none of the figures does not state them', () => {
    expect(cited(ferry, briefItem(ferry, 'Rescuers pulled 41'))).toEqual([1]);
  });
  it('a sum is stated in either notation (`$2.5 million`, `2.5 million dollars`)', () => {
    expect(cited(ferry, briefItem(ferry, 'fined $2.5 million'))).toEqual([1, 2]);
  });
  it('control: a figure every outlet gives is cited to all of them, whoever is its source', () => {
    // (The item is told in whichever outlet's words the brief picks: `carrying about 80 passengers`
    // in every one of them.)
    expect(cited(ferry, briefItem(ferry, 'about 80 passengers'))).toEqual([1, 2, 3, 5]);
  });
  it('a sum is not backed by a sentence that names the buyer and gives no sum', () => {
    const hotel = analyze(HOTEL);
    expect(cited(hotel, briefItem(hotel, '€18 million'))).toEqual([1, 2]);
  });
  it('control: a witness named by two outlets is cited to both', () => {
    const twice = FERRY.map((a, i) =>
      i === 2
        ? {
            ...a,
            text: a.text.replace(
              'A ferry sinking',
              'Mira Osk, 34, a teacher from Orlen, was on the upper deck of the ferry when it began to tilt.\nA ferry sinking',
            ),
          }
        : a,
    );
    const d = analyze(twice);
    const item = d.brief.find((b) => b.text.includes('Mira Osk, 34'));
    expect(item).toBeDefined();
    expect(cited(d, item!)).toEqual([3, 4]);
  });
});

describe('spellings of one name (trial stories)', () => {
  const spellings = (d: Dossier): string[][] =>
    d.discrepancies
      .filter((x) => x.kind === 'spelling')
      .map((x) => [...new Set(x.values.map((v) => v.text))].sort());
  it('a lone surname the full name ends with is not a third way of writing it', () => {
    expect(spellings(analyze(HOTEL))).toEqual([['Anselm Greer', 'Anselm Grier']]);
  });
  it('control: lone surnames of both spellings leave the two full spellings reported', () => {
    const both = HOTEL.map((a, i) =>
      i === 1 ? { ...a, text: a.text + 'Grier said the cause of the fire was not yet known.\n' } : a,
    );
    expect(spellings(analyze(both))).toEqual([['Anselm Greer', 'Anselm Grier']]);
  });
});

describe('a toll that rose, and a headline the bodies contradict (trial stories)', () => {
  const tolls = (d: Dossier): Array<[string, string[]]> =>
    d.discrepancies
      .filter((x) => (x.kind === 'count' || x.kind === 'update') && x.note.includes('killed'))
      .map((x) => [x.kind, [...new Set(x.values.map((v) => v.text))]]);
  // The update runs from the first day's figures, its floors included (`at least 9` is passed
  // by a toll that `rose to 11`), to the second day's.
  it('the latest reports disagree (headline 14, bodies 11), the earlier agree (ten): a conflict and an update', () => {
    expect(tolls(analyze(HOTEL))).toEqual([
      ['count', ['14 dead', '11']],
      ['update', ['9', '9 people', 'Ten die', 'Ten people died', 'Nine dead', '11']],
    ]);
  });
  it('control: the headline agreeing with its body leaves the update alone', () => {
    const agreed = HOTEL.map((a, i) => (i === 3 ? { ...a, text: a.text.replace('14 dead', '11 dead') } : a));
    expect(tolls(analyze(agreed))).toEqual([
      ['update', ['11 dead', '11', '9', '9 people', 'Ten die', 'Ten people died', 'Nine dead']],
    ]);
  });
});

describe('a headline figure the bodies contradict (trial stories)', () => {
  const passengers = (d: Dossier): string[][] =>
    d.discrepancies
      .filter((x) => x.kind === 'count' && x.note.includes('passengers'))
      .map((x) => [...new Set(x.values.map((v) => v.text))].sort());
  it("`a ferry with 120 passengers capsized`: the verb is the ferry's, the count the passengers' (against about 80)", () => {
    expect(passengers(analyze(FERRY))).toEqual([['120 passengers capsized', '80 passengers']]);
  });
  it('control: after `with`, a verb of what befell those counted stays theirs', () => {
    const d = analyzeTexts([
      { text: 'Warehouse fire\n\nA fire destroyed a warehouse on Sunday, with 40 dock workers evacuated.\n' },
    ]);
    expect(d.facts?.find((f) => f.value === 40)?.about).toBe('event:evacuated');
  });
  it("control: the headline giving the bodies' figure", () => {
    const same = FERRY.map((a, i) =>
      i === 3 ? { ...a, text: a.text.replace('120 passengers', '80 passengers') } : a,
    );
    expect(passengers(analyze(same))).toEqual([]);
  });
});

describe('the timeline of a trial story', () => {
  const entries = (d: Dossier): string[] =>
    d.timeline.map((t) => {
      const doc = d.documents.find((x) => x.id === t.doc)!;
      return `${t.date} ${doc.text.slice(t.start, t.end)}`;
    });
  it('an outlet named `Maravia Today` dates nothing', () => {
    expect(entries(analyze(FERRY)).filter((e) => /Today/.test(e))).toEqual([]);
  });
  it('control: `today` as a day is dated from publication', () => {
    const today = FERRY.map((a, i) =>
      i === 3 ? { ...a, text: a.text + 'Divers resumed the search today, police said.\n' } : a,
    );
    expect(entries(analyze(today)).filter((e) => /today/i.test(e))).toEqual(['2031-06-11 today']);
  });
});

describe('floors of one building (trial stories)', () => {
  const floors = (d: Dossier): string[][] =>
    d.discrepancies
      .filter((x) => x.note.includes('floor'))
      .map((x) => [...new Set(x.values.map((v) => v.text))].sort());
  it('the floor a guest slept on is not the floor the fire broke out on', () => {
    expect(floors(analyze(HOTEL))).toEqual([]);
  });
  it('control: two floors the fire broke out on', () => {
    const other = HOTEL.map((a, i) =>
      i === 2 ? { ...a, text: a.text.replace('3 a.m. on the third floor', '3 a.m. on the fifth floor') } : a,
    );
    expect(floors(analyze(other))).toEqual([['fifth floor', 'third floor']]);
  });
});

describe('brief items without the wire dateline (trial stories)', () => {
  it('`ORLEN, Maravia - The death toll ...` is told from `The death toll`', () => {
    const d = analyze(FERRY);
    expect(d.brief.some((b) => b.text.startsWith('The death toll from the capsizing'))).toBe(true);
    expect(d.brief.filter((b) => /^[A-Z]{3,}\b.*? - /.test(b.text))).toEqual([]);
  });
  it('control: capitals that are no dateline stay (`UN officials`, `NATO - the alliance`)', () => {
    expect(withoutDateline('KELSING - At least 9 people were killed.')).toBe(
      'At least 9 people were killed.',
    );
    expect(withoutDateline('UN officials said 12 people died.')).toBe('UN officials said 12 people died.');
    expect(withoutDateline('NATO - the alliance - said nothing.')).toBe(
      'NATO - the alliance - said nothing.',
    );
  });
});
