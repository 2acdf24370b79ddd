import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../analyze.js';
import { processText } from '../pipeline/document.js';
import { tokenRepairs, withTokenRepairs } from './tokens.js';
import { repairedView } from './view.js';

const doc = (text: string) =>
  processText(
    text,
    { kind: 'record', location: 't' },
    { known: { language: 'en', published: '2031-05-03' } },
  );
const read = (text: string): string => repairedView(text, withTokenRepairs(text, [])).text;
const rules = (text: string): string[] => tokenRepairs(text, []).map((r) => r.rule);
const spanText = (d: ReturnType<typeof doc>, s: { start: number; end: number }) =>
  d.text.slice(s.start, s.end);

/** Two signs of a tokenised document (a closing quotation mark set apart, a contraction written apart). */
const SIGNS = '“ It was old, ” a neighbour said. They didn ’ t know.';

describe('tokenised text: initials written apart (tokens:initials-apart)', () => {
  it('reads `U. S.` as the country, as `U.S.` is read', () => {
    const d = doc(`Crews from the U. S. reached Dunmore on Monday.\n${SIGNS}`);
    const us = d.entities.find((e) => spanText(d, e) === 'U. S.');
    expect(us?.key).toBe('place:united-states');
    expect(d.repairs.find((r) => r.rule === 'tokens:initials-apart')?.replacement).toBe('U.S.');
    // An organisation after the initials keeps them in its name (`U.S. Coast Guard`).
    const cg = doc(`The U. S. Coast Guard said the ferry sank.\n${SIGNS}`);
    expect(cg.attributions[0]?.sourceLabel).toBe('U.S. Coast Guard');
  });

  it('leaves one initial before a name, and initials in ordinary text, as they are (controls)', () => {
    expect(read(`George W. Harlan said the barn burned.\n${SIGNS}`)).toContain('George W. Harlan');
    expect(rules('Crews from the U. S. reached Dunmore on Monday. Nobody was hurt.')).toEqual([]);
    expect(rules('A poem by C. F. Meyer, “ Die Rose ” read aloud.')).toEqual([]);
  });
});

describe('tokenised text: thousands written apart (tokens:thousands-apart)', () => {
  it('reads `1, 300 people` as 1,300 people', () => {
    const d = doc(`Some 1, 300 people were evacuated from Dunmore.\n${SIGNS}`);
    expect(d.quantities.map((q) => q.value)).toContain(1300);
    expect(d.quantities.map((q) => q.value)).not.toContain(300);
    expect(d.repairs.find((r) => r.rule === 'tokens:thousands-apart')?.replacement).toBe('1,300');
  });

  it('leaves a date before a number, a decimal before it and ordinary text alone (controls)', () => {
    expect(read(`On May 3, 300 people marched.\n${SIGNS}`)).toContain('May 3, 300 people');
    expect(read(`It rose 2. 1, 300 said.\n${SIGNS}`)).toContain('2. 1, 300');
    expect(rules('Some 1, 300 people were evacuated from Dunmore. Nobody was hurt.')).toEqual([]);
  });
});

describe('tokenised text: a document that opens with its address written apart', () => {
  // Dropped in stop 33 under the halves rule: the apostrophe join (tokens:apostrophe-apart) moved half A's claims only (docs/origins.md).
  it.fails(
    'is tokenised without a contraction or quotation mark: its apostrophes and initials are joined',
    () => {
      const text = [
        'http: / / www. dunmore-herald. example / 2031 / 05 / barn-fire',
        'Barn lost in Dunmore fire',
        'Lena Marsh, the county ’ s heritage officer, said crews from the U. S. came too late.',
      ].join('\n');
      expect(rules(text)).toEqual(['tokens:apostrophe-apart', 'tokens:initials-apart']);
      expect(doc(text).attributions.map((a) => a.sourceLabel)).toContain('Lena Marsh');
    },
  );

  it('leaves ordinary text alone: an address written whole, a German closing quotation mark before a space (controls)', () => {
    expect(rules('See http://www.dunmore-herald.example/fire. The county ’ s barn, the U. S. said.')).toEqual(
      [],
    );
    // German closes with `“`: `„Motiv“ Das` and `leuchten “ nach` are no tokenised text.
    expect(rules('Das „Motiv“ Das Bild von C. F. Meyer, „ leuchten “ nach Hause, 1, 300 Mal.')).toEqual([]);
  });
});

describe('tokenised text: decimals written apart (tokens:decimal-apart, stop 47)', () => {
  it('reads `0. 14 percent` and `$ 3. 5 million` as one number each, for every stage', () => {
    const text = `A breath test put his blood-alcohol level at 0. 14, police in Dunmore said.\nThe bridge will cost $ 3. 5 million.\n${SIGNS}`;
    const d = doc(text);
    const story = analyzeTexts([{ text, location: 't', known: { language: 'en', published: '2031-05-03' } }]);
    const level = story.facts?.find((f) => f.rule === 'fact:blood-alcohol');
    expect(level?.value).toBe(0.14);
    expect(text.slice(level!.start, level!.end)).toBe('0. 14');
    expect(d.repairs.filter((r) => r.rule === 'tokens:decimal-apart').map((r) => r.replacement)).toEqual([
      '0.14',
      '3.5',
    ]);
  });

  it('leaves a year ending a sentence, a list and ordinary text as they are (controls)', () => {
    expect(rules(`It last flooded in 2019. 12 homes were lost.\n${SIGNS}`)).toEqual([]);
    expect(rules(`Steps 1. 2. 3. were skipped.\n${SIGNS}`)).toEqual([]);
    expect(rules('The level was 0. 14 percent, police said. Nobody was hurt.')).toEqual([]);
  });
});
