import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../analyze.js';
import { processText } from '../pipeline/document.js';
import { tokenRepairs, withTokenRepairs } from './tokens.js';
import { repairedView } from './view.js';

const doc = (text: string) =>
  processText(text, { kind: 'record', location: 't' }, { known: { language: 'en' } });
const read = (text: string): string => repairedView(text, withTokenRepairs(text, [])).text;

describe('tokenised text: contractions and possessives written apart', () => {
  const tokenised = [
    'Barn lost in Dunmore fire',
    'The barn, the county ’ s oldest, burned down on Tuesday.',
    'Fire crews didn ’ t reach it in time, and they ’ re still on the site.',
  ].join('\n');

  // Dropped in stop 33 under the halves rule: the apostrophe join (tokens:apostrophe-apart) moved half A's claims only (docs/origins.md).
  it.fails(
    'joins each one in a document that shows itself tokenised, as recorded repairs mapping back',
    () => {
      const repairs = tokenRepairs(tokenised, []);
      expect(repairs.map((r) => [tokenised.slice(r.start, r.end), r.replacement])).toEqual([
        [' ’ s', '’s'],
        [' ’ t', '’t'],
        [' ’ re', '’re'],
      ]);
      expect(repairs.every((r) => r.rule === 'tokens:apostrophe-apart')).toBe(true);
      expect(read(tokenised)).toContain('the county’s oldest');
      expect(read(tokenised)).toContain('didn’t reach');
    },
  );

  it('leaves one apostrophe apart in ordinary text, plural possessives and quotation marks alone (controls)', () => {
    // One sign is a typo, not a tokenised document (a possessive apart was read as a quotation mark).
    const typo = 'The barn, the county ’ s oldest, burned down on Tuesday. Crews could not save it.';
    expect(tokenRepairs(typo, [])).toEqual([]);
    // A plural possessive has no ending to join; a closing quotation mark before a word is no contraction.
    const plural =
      'The farmers ’ barn burned. “ It was old, ” she said. “ We ’ ll rebuild ’ soon, ” he said.';
    expect(read(plural)).toContain('The farmers ’ barn');
    expect(read(plural)).toContain('rebuild ’ soon');
  });

  // Dropped in stop 33 under the halves rule: the apostrophe join (tokens:apostrophe-apart) moved half A's claims only (docs/origins.md).
  it.fails('leaves a span another repair took as that repair reads it', () => {
    const at = tokenised.indexOf(' ’ s');
    const other = { start: at, end: at + 4, replacement: '’s', rule: 'mojibake:x', reason: 'x' };
    expect(tokenRepairs(tokenised, [other]).map((r) => r.replacement)).toEqual(['’t', '’re']);
  });

  // Dropped in stop 33 under the halves rule: the apostrophe join (tokens:apostrophe-apart) and the apposition's own join moved half A only (docs/origins.md).
  it.fails('lets attribution read an apposition holding a possessive written apart, and a negation', () => {
    const text = [
      'Barn lost in Dunmore fire',
      'Lena Marsh, the county ’ s heritage officer, says the fire represents a loss to the town.',
      '“ It was old, ” a neighbour said.',
      'Officials couldn ’ t confirm that the barn was insured.',
    ].join('\n');
    const d = doc(text);
    expect(d.attributions.map((a) => a.sourceLabel)).toContain('Lena Marsh');
    expect(d.repairs.filter((r) => r.rule === 'tokens:apostrophe-apart')).toHaveLength(2);
    // What was reported is read with its negation: the officials could not confirm it.
    const last = d.certainties.find((c) => c.sentence === d.sentences.length - 1);
    expect(last?.certainty).toBe('unconfirmed');
  });

  it('labels a speaker with a possessive written apart as the repaired view reads it', () => {
    const text = (n: number) =>
      [
        `Barn lost in Dunmore fire, report ${n}`,
        '“ It was the oldest barn in the county, ” a neighbour said.',
        'Lena Marsh, the county ’ s heritage officer, says the barn burned down on Tuesday night.',
      ].join('\n');
    const d = analyzeTexts([1, 2].map((n) => ({ location: `${n}.txt`, text: text(n) })));
    const labels = d.provenance.nodes.map((n) => n.label);
    expect(labels).toContain('Lena Marsh, the county’s heritage officer');
    expect(labels.some((l) => l.includes(' ’ s'))).toBe(false);
  });
});
