import { describe, expect, it } from 'vitest';
import type { ClaimUnit } from './align.js';
import { buildBrief } from './brief.js';
import { alignedOver, claimUnit } from './brief-units.fixture.js';

/** A sentence of document `doc` with the given features (see `claimUnit`). */
const unit = (doc: number, sentence: number, text: string, features: Record<string, number>): ClaimUnit =>
  claimUnit(doc, sentence, text, features, ['ruiz', 'lena', 'hawk', 'harlow', 'bell', 'omar']);
const aligned = alignedOver;

// A coach dismissed, told in two wordings whose words are not alike enough to be one item by
// their words (cosine 1/3): `fired coach Lena Ruiz` and `is out as head coach`.
const FIRED = { fire: 1, coach: 1, '@person:lena-ruiz': 1, '@org:harlow-hawks': 1, saturday: 1, start: 1 };
const OUT = { out: 1, head: 1, coach: 1, '@person:lena-ruiz': 1, club: 1, team: 1 };
const EXTENSION = { signed: 1, contract: 1, extension: 1, march: 1, '@person:lena-ruiz': 1 };
const BELL = { assistant: 1, '@person:omar-bell': 1, lead: 1, rest: 1, season: 1 };

const base = [
  unit(0, 1, 'The Harlow Hawks fired coach Lena Ruiz on Saturday.', FIRED),
  unit(2, 1, 'Lena Ruiz is out as head coach of the Harlow Hawks.', OUT),
  unit(3, 1, "Lena Ruiz is out as the Hawks' head coach.", OUT),
  unit(0, 2, 'Assistant Omar Bell will lead the team for the rest of the season.', BELL),
  unit(2, 2, 'Omar Bell, her assistant, will lead the team for the rest of the season.', BELL),
  unit(3, 2, 'Lena Ruiz had signed a contract extension in March.', EXTENSION),
  unit(2, 3, 'Ruiz signed a contract extension in March, the club said.', EXTENSION),
];

describe('brief:one-sentence-both: a document telling two items in one sentence tells one fact (issue 12)', () => {
  it('case: a report whose one sentence states both wordings leaves one item', () => {
    // The second report's one sentence sits in both claims and states each item.
    const units = [
      ...base,
      unit(1, 1, 'The Hawks fired Lena Ruiz on Saturday, and she is out as head coach.', {
        ...FIRED,
        ...OUT,
      }),
    ];
    const told = buildBrief(
      aligned(units, [
        [1, 2, 7],
        [0, 7],
        [3, 4],
        [5, 6],
      ]),
    ).map((b) => b.text);
    expect(told).toContain('Lena Ruiz is out as head coach of the Harlow Hawks.');
    expect(told).not.toContain('The Harlow Hawks fired coach Lena Ruiz on Saturday.');
    expect(told).toContain('Assistant Omar Bell will lead the team for the rest of the season.');
  });
  it('control: a report telling them in two sentences leaves both items', () => {
    const units = [
      ...base,
      unit(1, 1, 'The Hawks fired Lena Ruiz on Saturday.', FIRED),
      unit(1, 2, 'She is out as head coach after two seasons.', OUT),
    ];
    const told = buildBrief(
      aligned(units, [
        [1, 2, 8],
        [0, 7],
        [3, 4],
        [5, 6],
      ]),
    ).map((b) => b.text);
    expect(told).toContain('Lena Ruiz is out as head coach of the Harlow Hawks.');
    expect(told).toContain('The Harlow Hawks fired coach Lena Ruiz on Saturday.');
  });
  it('control: a report with a sentence of its own for the later item leaves both items', () => {
    // The shared sentence may be cited for both by likeness of words alone; the report's own
    // `fired Lena Ruiz` sentence tells the later item apart.
    const units = [
      ...base,
      unit(1, 1, 'The Hawks fired Lena Ruiz on Saturday, and she is out as head coach.', {
        ...FIRED,
        ...OUT,
      }),
      unit(1, 2, 'The Hawks fired Lena Ruiz after a losing start.', FIRED),
    ];
    const told = buildBrief(
      aligned(units, [
        [1, 2, 7],
        [0, 7, 8],
        [3, 4],
        [5, 6],
      ]),
    ).map((b) => b.text);
    expect(told).toContain('Lena Ruiz is out as head coach of the Harlow Hawks.');
    expect(told).toContain('The Harlow Hawks fired coach Lena Ruiz on Saturday.');
  });
});

describe("brief:one-sentence-both: an item's own sentence cited for a later one by likeness is no third report", () => {
  // A booking system's outage: the cause, the refund, the rollback, each told by two reports.
  const CRASH = { update: 1, crash: 1, booking: 1, system: 1, thursday: 1, '@person:odile-manse': 1 };
  const REFUND = { refund: 1, fee: 1, ticket: 1, thursday: 1, '@person:odile-manse': 1, passenger: 1 };
  const ROLLBACK = { roll: 1, back: 1, change: 1, '@person:odile-manse': 1, company: 1 };
  const units = [
    unit(
      0,
      1,
      'A faulty update crashed the booking system on Thursday, chief executive Odile Manse said.',
      CRASH,
    ),
    unit(1, 1, 'A faulty overnight update crashed the booking system on Thursday, Manse said.', CRASH),
    unit(1, 2, 'The company will refund booking fees for tickets bought on Thursday, Manse said.', REFUND),
    unit(2, 1, 'Booking fees for Thursday tickets will be refunded, Odile Manse said.', REFUND),
    unit(0, 2, 'Manse said the company had rolled the change back.', ROLLBACK),
    unit(2, 2, 'The company rolled the change back, Odile Manse said.', ROLLBACK),
    unit(2, 3, 'The booking system crashed on Thursday after an update, Manse said.', CRASH),
  ];
  it("control: the cause's own sentence, a member of the refund's claim, leaves the refund an item", () => {
    const told = buildBrief(
      aligned(units, [
        [0, 1, 6],
        [2, 3, 0],
        [4, 5],
      ]),
    ).map((b) => b.text);
    expect(told).toContain(
      'A faulty update crashed the booking system on Thursday, chief executive Odile Manse said.',
    );
    expect(told).toContain(
      'The company will refund booking fees for tickets bought on Thursday, Manse said.',
    );
  });
});
