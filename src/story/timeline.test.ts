import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../analyze.js';
import type { Dossier } from '../model/dossier.js';

// A fictional ferry fire, told by two outlets on Wednesday 2032-09-08.
const PUBLISHED = '2032-09-08';
const story = (a: string[], b: string[] = []): Dossier =>
  analyzeTexts([
    {
      text: a.join('\n'),
      location: 'a.txt',
      known: { published: PUBLISHED, title: 'Ferry burns', outlet: 'Tarn Post' },
    },
    ...(b.length
      ? [
          {
            text: b.join('\n'),
            location: 'b.txt',
            known: { published: PUBLISHED, title: 'Ferry fire', outlet: 'Marsh Radio' },
          },
        ]
      : []),
  ]);

/** The events as `date kind [documents by number] text`. */
function events(d: Dossier): string[] {
  const n = new Map(d.documents.map((x, i) => [x.id, i + 1]));
  return (d.events ?? []).map(
    (e) => `${e.date} ${e.kind} [${e.docs.map((x) => n.get(x)).join(',')}] ${e.text}`,
  );
}

describe('the timeline stage', () => {
  it('merges one event told by two documents on one date (control: another event of that date stays apart)', () => {
    const d = story(
      ['A ferry caught fire off Pellham Point on Monday night, forcing 300 passengers into lifeboats.'],
      [
        'The ferry Marisol burned off Pellham Point on Monday night, and 300 passengers took to lifeboats.',
        'A council meeting in Tarnby was cancelled on Monday.',
      ],
    );
    expect(events(d)).toEqual([
      '2032-09-06 event [1,2] A ferry caught fire off Pellham Point on Monday night, forcing 300 passengers into lifeboats',
      '2032-09-06 event [2] A council meeting in Tarnby was cancelled on Monday',
    ]);
    // Every entry names its event, and the event's members are the clauses of its entries.
    for (const t of d.timeline) expect(d.events!.some((e) => e.id === t.event)).toBe(true);
    expect(d.events![0]!.members.map((m) => m.doc)).toEqual(d.events![0]!.docs);
  });

  it('keeps two moments of one day apart however alike their words (control: one moment merges)', () => {
    const morning = story(
      ['The harbour was closed to ferries on Tuesday morning.'],
      ['The harbour was closed to ferries on Tuesday evening.'],
    );
    expect(events(morning)).toHaveLength(2);
    const same = story(
      ['The harbour was closed to ferries on Tuesday morning.'],
      ['The harbour was shut to all ferries on Tuesday morning.'],
    );
    expect(events(same)).toEqual([
      '2032-09-07 event [1,2] The harbour was closed to ferries on Tuesday morning',
    ]);
  });

  it('marks the date of a statement as such (control: the event date of the same sentence)', () => {
    const d = story(['A ferry caught fire off Pellham Point on Monday night, the coast guard said Tuesday.']);
    expect(events(d)).toEqual([
      '2032-09-06 event [1] A ferry caught fire off Pellham Point on Monday night',
      '2032-09-07 statement [1] A ferry caught fire off Pellham Point on Monday night, the coast guard said Tuesday.',
    ]);
    expect(d.timeline.map((t) => t.kind)).toEqual(['event', 'statement']);
  });

  it('cuts the clause before an attribution after the date (control: a sentence with none stays whole)', () => {
    const d = story([
      'Two crew members were taken to hospital on Tuesday morning, a coast guard spokeswoman said.',
      'Fuel reached the beach at Saltcote on Tuesday evening.',
    ]);
    expect(events(d)).toEqual([
      '2032-09-07 event [1] Two crew members were taken to hospital on Tuesday morning',
      '2032-09-07 event [1] Fuel reached the beach at Saltcote on Tuesday evening',
    ]);
  });

  it('dates a background event by its year (control: a number that is no year)', () => {
    const d = story([
      'A ferry caught fire off Pellham Point on Monday night.',
      'In 2029, a sister ship ran aground near the same point.',
      'The operator carried 2030 passengers a day in the summer.',
    ]);
    expect(events(d)).toEqual([
      '2029 event [1] In 2029, a sister ship ran aground near the same point',
      '2032-09-06 event [1] A ferry caught fire off Pellham Point on Monday night',
    ]);
    expect(d.timeline[0]!.rule).toBe('timeline:year');
  });

  it('puts a hoped-for date ahead of publication, in date order', () => {
    const d = story([
      'Divers hope to reach the wreck by Friday, the coast guard said.',
      'The ferry sank on Tuesday.',
    ]);
    expect(events(d)).toEqual([
      '2032-09-07 event [1] The ferry sank on Tuesday',
      '2032-09-10 event [1] Divers hope to reach the wreck by Friday',
    ]);
  });

  it('leaves out a decade, a year of prices and a day told after another event (controls: a year, a weekday)', () => {
    const d = story([
      'The pier was built in the mid 1930s and rebuilt in 1962.',
      'Repairs cost $2 million in 2020 dollars, the council said in a report.',
      'A deckhand was hurt when the ferry burned, and he died the next day.',
      'Inspectors had stopped checking the lifeboats two months before the fire.',
      'The ferry burned on Monday.',
    ]);
    expect(events(d)).toEqual([
      '1962 event [1] The pier was built in the mid 1930s and rebuilt in 1962',
      '2032-09-06 event [1] The ferry burned on Monday',
    ]);
  });

  it('keeps the precision a phrase has: last year is a year (control: a weekday is a day)', () => {
    const d = story([
      'The ferry line was sold last year to a new operator.',
      'The pier was closed for repairs two months ago.',
      'The ferry burned on Monday.',
    ]);
    expect(events(d)).toEqual([
      '2031 event [1] The ferry line was sold last year to a new operator',
      '2032-07 event [1] The pier was closed for repairs two months ago',
      '2032-09-06 event [1] The ferry burned on Monday',
    ]);
  });

  it('tells no event from a date line left in the body (control: a sentence with the date)', () => {
    const d = story([
      'A ferry caught fire off Pellham Point on Sep 6, 2032. Divers were sent to the wreck. Sep 7, 2032 at 9:40 a.m.',
    ]);
    expect(events(d)).toEqual(['2032-09-06 event [1] A ferry caught fire off Pellham Point on Sep 6, 2032']);
  });

  it("gives each date of a sentence its own clause (control: two dates of one event, a date's own preposition)", () => {
    const d = story([
      'Mayor Kessa Dorn resigned on Monday after the council met on Saturday.',
      'Fares rose 3 per cent on Tuesday after falling 2 per cent on Monday.',
      'The bridge was closed on Monday and Tuesday.',
      'Inspectors said on Friday that they had examined every ferry built since 2029.',
    ]);
    expect(events(d)).toEqual([
      '2029 event [1] they had examined every ferry built since 2029',
      '2032-09-03 statement [1] Inspectors said on Friday that they had examined every ferry built since 2029.',
      '2032-09-04 event [1] the council met on Saturday',
      '2032-09-06 event [1] Mayor Kessa Dorn resigned on Monday',
      '2032-09-06 event [1] falling 2 per cent on Monday',
      '2032-09-06 event [1] The bridge was closed on Monday and Tuesday',
      '2032-09-07 event [1] Fares rose 3 per cent on Tuesday',
      '2032-09-07 event [1] The bridge was closed on Monday and Tuesday',
    ]);
  });

  it('dates no event of what should or would have happened (control: what happened)', () => {
    const d = story([
      'In my view, the council should have acted in 2029.',
      'The council acted in 2030.',
      'Dorn resigned on Monday.',
      'Updated on Tuesday.',
    ]);
    expect(events(d)).toEqual([
      '2030 event [1] The council acted in 2030',
      '2032-09-06 event [1] Dorn resigned on Monday',
    ]);
  });

  it('leaves a wire dateline out of an event (control: a capitalised subject stays)', () => {
    const d = story([
      'ORVILLE, Kestia - Mayor Kessa Dorn resigned on Monday.',
      'NATO troops left Tarnby on Tuesday.',
    ]);
    expect(events(d)).toEqual([
      '2032-09-06 event [1] Mayor Kessa Dorn resigned on Monday',
      '2032-09-07 event [1] NATO troops left Tarnby on Tuesday',
    ]);
  });
});

describe('a price a figure is measured against (the trial story of an acquisition)', () => {
  const clauses = (sentence: string): string[] => {
    const d = story([sentence]);
    return d.timeline.map((t) => {
      const c = t.clause ?? t;
      return `${t.date} ${d.documents[0]!.text.slice(c.start, c.end)}`;
    });
  };
  it("dates the price, not the offer: `a premium of 20 per cent over Velmar Lines' closing price on Friday`", () => {
    expect(
      clauses(
        "Corvel will pay $12 a share, a premium of 20 per cent over Velmar Lines' closing price on Friday.",
      ),
    ).toEqual(["2032-09-03 Velmar Lines' closing price on Friday"]);
  });
  it('control: a price that is the event itself keeps its clause', () => {
    expect(
      clauses('Shares of Velmar Lines fell to their lowest price on Friday after the ferry fire.'),
    ).toEqual([
      '2032-09-03 Shares of Velmar Lines fell to their lowest price on Friday after the ferry fire',
    ]);
  });
});
