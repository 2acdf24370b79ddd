import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../analyze.js';
import type { ClaimUnit } from './align.js';
import { buildBrief } from './brief.js';
import { alignedOver, claimUnit } from './brief-units.fixture.js';
import { sentencePieces } from './quotation.js';

/** A sentence of document `doc` with the given features (see `claimUnit`). */
const unit = (doc: number, sentence: number, text: string, features: Record<string, number>): ClaimUnit =>
  claimUnit(doc, sentence, text, features, ['ruiz', 'lena', 'hawk', 'harlow']);
const aligned = alignedOver;

// A coach fired, told in two wordings: `fired coach Lena Ruiz` and `is out as head coach`.
// Their words are not alike enough for two items to be one by their words alone (cosine 1/3).
const FIRED = { fire: 1, coach: 1, '@person:lena-ruiz': 1, '@org:harlow-hawks': 1, saturday: 1, start: 1 };
const OUT = { out: 1, head: 1, coach: 1, '@person:lena-ruiz': 1, club: 1, team: 1 };
const BELL = { assistant: 1, '@person:omar-bell': 1, lead: 1, rest: 1, season: 1 };
const units = [
  unit(0, 1, 'The Harlow Hawks fired coach Lena Ruiz on Saturday.', FIRED),
  unit(1, 1, 'The Hawks fired Lena Ruiz on Saturday.', FIRED),
  unit(2, 1, 'Lena Ruiz is out as head coach of the Harlow Hawks.', OUT),
  unit(3, 1, "Lena Ruiz is out as the Hawks' head coach.", OUT),
  unit(0, 2, 'Assistant Omar Bell will lead the team for the rest of the season.', BELL),
  unit(2, 2, 'Omar Bell, her assistant, will lead the team for the rest of the season.', BELL),
  // Sits in the claim of the firing by one shared name, but tells another fact.
  unit(3, 2, 'Lena Ruiz had signed a contract extension in March.', {
    signed: 1,
    contract: 1,
    extension: 1,
    march: 1,
    '@person:lena-ruiz': 1,
  }),
  unit(1, 2, 'Ruiz signed a contract extension in March, the club said.', {
    signed: 1,
    contract: 1,
    extension: 1,
    march: 1,
    '@person:lena-ruiz': 1,
  }),
  // The firing told with hardly a word in common (cosine 0.15, below what cites a document).
  unit(2, 3, 'Lena Ruiz lost her job, the club told its players.', {
    lost: 1,
    job: 1,
    '@person:lena-ruiz': 1,
    club: 1,
    told: 1,
    player: 1,
    fan: 1,
  }),
  unit(3, 3, 'Ruiz lost her job, the club told the players.', {
    lost: 1,
    job: 1,
    '@person:lena-ruiz': 1,
    club: 1,
    told: 1,
    player: 1,
    fan: 1,
  }),
];
const texts = (groups: number[][]): string[] => buildBrief(aligned(units, groups)).map((b) => b.text);

describe('a fact the brief told is not told again in other words (issue 12)', () => {
  it('brief:told-both-ways: two sentences each aligned into the claim the other tells are one fact', () => {
    // The firing's claim holds a `lost her job` sentence (second membership), and the claim of
    // `lost her job` holds the firing's lead.
    const told = texts([
      [0, 1, 8],
      [8, 9, 0],
      [4, 5],
      [6, 7],
    ]);
    expect(told).toContain('The Harlow Hawks fired coach Lena Ruiz on Saturday.');
    expect(told.filter((t) => /lost her job/.test(t))).toEqual([]);
  });
  it('brief:states-told-item: a sentence in the told claim, alike enough to be cited for it, is not a second item', () => {
    // The firing's claim holds one `out` sentence, whose own claim does not hold the firing's.
    const told = texts([
      [0, 1, 3],
      [3, 2],
      [4, 5],
      [6, 7],
    ]);
    expect(told).toContain('The Harlow Hawks fired coach Lena Ruiz on Saturday.');
    expect(told.filter((t) => /is out as/.test(t))).toEqual([]);
  });
  it('control: a sentence in the told claim that tells another fact is still an item', () => {
    const told = texts([
      [0, 1, 2, 6],
      [6, 7],
      [4, 5],
    ]);
    expect(told).toContain('Lena Ruiz had signed a contract extension in March.');
    expect(told).toContain('The Harlow Hawks fired coach Lena Ruiz on Saturday.');
  });
});

describe('a document stating an item in a sentence of another claim is cited (issue 12)', () => {
  // The firing's claim holds the first report's lead and the third's `is out as head coach`; the
  // second report's own lead, in its words the same sentence, was aligned into another claim.
  const item = buildBrief(
    aligned(units, [
      [0, 2],
      [1, 3],
      [6, 7],
      [8, 9],
    ]),
  ).find((b) => b.text === 'The Harlow Hawks fired coach Lena Ruiz on Saturday.');
  it('brief:stated-elsewhere: a sentence as alike as two items telling one fact cites its document', () => {
    expect(item?.docs).toContain('d1');
  });
  it('control: a sentence of another claim only alike enough to join a claim does not', () => {
    // The fourth report's `is out as the Hawks' head coach` (cosine 1/3) sits in the other claim.
    expect(item?.docs).toContain('d2');
    expect(item?.docs).not.toContain('d3');
  });
});

describe('pieces of a sentence are not brief items (issue 12)', () => {
  const pieces = (texts: readonly string[]): number[] =>
    [...sentencePieces(texts.map((text, index) => ({ index, text })))].sort((a, b) => a - b);
  it('brief:quotation-piece: the sentences of a quotation running over several sentences', () => {
    expect(
      pieces([
        'Mira Osk told the Fenwick Post she was safe.',
        '“ I am home now.',
        'Nobody was hurt.',
        'We were lucky. ”',
        'Rescuers reached the village on Friday.',
      ]),
    ).toEqual([1, 2, 3]);
    // Tokenised marks, and a quotation whose start was cut off.
    expect(pieces(['`` We lost everything.', "The water came fast. ''", 'It rained.'])).toEqual([0, 1]);
    expect(pieces(['Things are calm now, ” the mayor said.', 'The roads reopened.'])).toEqual([0]);
    // A straight quote left open in its sentence.
    expect(pieces(['"The bridge held.', 'Traffic resumed.'])).toEqual([0]);
  });
  it('control: a quotation whole in its sentence, and a stray mark never closed, leave sentences whole', () => {
    expect(
      pieces([
        '“ I am home now, ” Mira Osk told the Fenwick Post.',
        '"We were lucky," she said.',
        'The “ Blue Mill bakery reopened on Friday.',
        'Rescuers reached the village on Friday.',
      ]),
    ).toEqual([]);
  });
  it('brief:single-quote-piece: a quotation in single marks running over several sentences', () => {
    expect(
      pieces([
        'In a spring interview, Nell Varga said her touring days were over.',
        "'I've sung in every hall.",
        "I don't miss it.",
        "I'm happy at home now, ' she told the Corrin Gazette.",
        'Her last album came out in May.',
      ]),
    ).toEqual([1, 2, 3]);
    // A typographic mark opened and never closed; tokenised contractions inside it.
    expect(
      pieces(['Councillor Ada Brun wrote: ‘ I ’ m on the square now.', 'The crowd left at dusk.']),
    ).toEqual([0]);
  });
  it('control: apostrophes, possessives and a single-quoted title whole in its sentence leave sentences whole', () => {
    expect(
      pieces([
        "Varga's band hosted 'Night Train ', a short-lived show.",
        "The guards ' rifles were taken, and the drivers' union didn't comment.",
        'Nell Varga ’ s manager said the tour was cancelled.',
        "It's the band's last year, the manager said.",
      ]),
    ).toEqual([]);
  });
  it('brief:title-line: a headline left in the body, in title case and ending on `!`, is not an item', () => {
    const title = unit(0, 1, 'Harlow Hawks Fire Coach Lena Ruiz After Losing Start!', FIRED);
    const brief = buildBrief(aligned([title, units[1]!], [[0, 1]])).map((b) => b.text);
    expect(brief).toEqual(['The Hawks fired Lena Ruiz on Saturday.']);
  });
  it('control: a sentence ending on `!` with its common words in lower case is an item', () => {
    const cry = unit(0, 1, 'At last, the Harlow Hawks fired coach Lena Ruiz on Saturday!', FIRED);
    const brief = buildBrief(aligned([cry, units[1]!], [[0, 1]])).map((b) => b.text);
    expect(brief).toEqual(['At last, the Harlow Hawks fired coach Lena Ruiz on Saturday!']);
  });
  it('brief:speakerless-quote: a sentence all quotation, its speaker named in the sentence before', () => {
    expect(
      pieces([
        '“ It was a calm night, ” harbour master Ivo Pell wrote.',
        '“ The pier has nowhere left to moor. ”',
        "`` Nobody saw the wave coming. ''",
        'Boats were moved to Tellby on Monday.',
      ]),
    ).toEqual([1, 2]);
  });
  it('control: a quotation with its speaker, or with words outside it, is whole', () => {
    expect(
      pieces([
        '“ The pier has nowhere left to moor, ” Ivo Pell said.',
        'Pell called the storm “ the worst in memory. ”',
        'A sign read “ Pier closed. ”',
      ]),
    ).toEqual([]);
  });
  it('brief:split-number: a sentence opening on digits is the end of a number split at its point', () => {
    expect(pieces(['Police said he pointed a.', '357 revolver at them.', 'He fled.'])).toEqual([0, 1]);
  });
  it('brief:split-number: neither half of a sentence split inside a number is a brief item', () => {
    const brief = analyzeTexts(
      [1, 2].map((i) => ({
        location: `${i}.txt`,
        text: `Standoff in Tellby, report ${i}\n\nPolice arrested a man after a four-hour standoff at a farm near Tellby on Sunday.\nOfficers said the man had aimed a.\n38-caliber revolver at them from a barn.\nNobody was hurt, police said.\n`,
      })),
    ).brief.map((b) => b.text);
    expect(brief.some((t) => /aimed a\.$|^38-caliber/.test(t))).toBe(false);
    expect(brief.some((t) => t.startsWith('Police arrested a man'))).toBe(true);
  });
  it('control: a sentence opening on a year, and digits inside a sentence, are whole', () => {
    expect(
      pieces(['The mill closed in 2019.', '2019 was its worst year.', 'It employed 357 people.']),
    ).toEqual([]);
  });
  it('no piece of a quotation becomes a brief item; the whole sentence with its speaker does', () => {
    const quote = [
      '“ We are all safe.',
      'The boat was full of water when they reached us.',
      'Nobody could have done more. ”',
    ];
    const story = (body: string) =>
      analyzeTexts(
        [1, 2, 3].map((i) => ({
          location: `${i}.txt`,
          text: `Ferry passengers rescued, report ${i}\n\nCoast guard crews rescued 40 passengers from a sinking ferry near Tellby on Sunday, officials said.\n${body}\n`,
        })),
      ).brief.map((b) => b.text);
    const pieces = story(`${quote.join('\n')}\nThe ferry captain, Anton Veld, thanked the crews.`);
    expect(pieces.some((t) => quote.some((q) => t.includes(q.replace(/[“”]\s*/g, ''))))).toBe(false);
    const whole = story(
      '“ We are all safe, and nobody could have done more, ” the ferry captain, Anton Veld, told reporters.',
    );
    expect(whole.some((t) => t.includes('We are all safe'))).toBe(true);
  });
});

describe('a document names the person an item tells of in the sentence that states it (issue 12)', () => {
  const story = (second: string) =>
    analyzeTexts(
      [
        [
          'Hawks fire coach Ruiz',
          'The Harlow Hawks fired coach Lena Ruiz on Saturday after a 4-11 start to the season.',
          'General manager Dana Pell had signed Ruiz to a contract extension in March.',
          'Assistant Omar Bell will lead the team for the rest of the season.',
        ],
        [
          'Ruiz out at Harlow',
          'The Harlow Hawks fired Lena Ruiz on Saturday following a 4-11 start to the season.',
          second,
          'Bell will lead the team for the rest of the season.',
        ],
        [
          'Harlow dismiss Ruiz',
          'The Harlow Hawks dismissed coach Lena Ruiz on Saturday after a 4-11 start to the season.',
          'Omar Bell takes over for the rest of the season.',
        ],
      ].map((lines, i) => ({
        location: `${i + 1}.txt`,
        text: `${lines[0]}\n\n${lines.slice(1).join('\n')}\n`,
      })),
    );
  const citing = (d: ReturnType<typeof story>): number[] | undefined =>
    d.brief
      .find((b) => /signed Ruiz/.test(b.text))
      ?.docs.map((id) => d.documents.findIndex((x) => x.id === id) + 1);
  it('brief:named-in-sentence: `GM Dana Pell had signed ...` names Pell, though no name fact was read there', () => {
    expect(citing(story('GM Dana Pell had signed Ruiz to a contract extension in March.'))).toEqual([1, 2]);
  });
  it('control: a report that never names her does not state what she did', () => {
    expect(citing(story('The club had signed Ruiz to a contract extension in March.'))).toEqual([1]);
  });
});
