import { describe, expect, it } from 'vitest';
import { processText } from '../pipeline/document.js';
import { centralLeads, claimUnits, DEFAULT_ALIGN, featureIndex, leadSentence } from './align.js';

// A fictional story: four outlets report a dockers' strike at the port of Corvane. Two pages
// carry a timestamp line between the headline and the lead, which the sentence layer reads as
// the first sentence.
const texts = [
  "Dockers walk out at Corvane\nUpdated 6:10 p.m. GMT\nDockers at the port of Corvane began a strike on Monday over pay, halting all cargo traffic.\nThe union said talks with the port authority had failed after three weeks.\nShips were left waiting offshore as cranes stood idle.\nThe port handles most of the region's grain exports.\n",
  'Corvane port at a standstill\nA strike by dockworkers shut the port of Corvane on Monday, stopping every crane.\nUnion leader Tomas Brell said members had voted to walk out after pay talks collapsed.\nExporters warned that grain shipments would be delayed.\nThe port authority said it hoped to reopen talks this week.\n',
  'Strike halts Corvane docks\nLast updated at 08:40 GMT\nCorvane dockworkers went on strike on Monday, bringing cargo handling at the port to a halt.\nThe walkout follows weeks of failed negotiations over wages.\nFreight firms said they were diverting ships to other ports.\nNo date has been set for new talks.\n',
  'Pay dispute closes Corvane port\nOn Monday the strike began at Corvane, stopping cargo across the docks.\nThe union wants a rise in pay to match inflation.\nPort officials called the walkout regrettable.\nTraders expect grain prices to climb if it lasts.\n',
];
const documents = texts.map((text, i) =>
  processText(
    text,
    { kind: 'record', location: `${i}.txt` },
    { known: { language: 'en', outlet: `Outlet ${i}`, published: '2031-03-04' } },
  ),
);
const units = claimUnits(documents);
/** The body sentences among the central leads, as `document:sentence`. */
const centralSentences = (): string[] =>
  (centralLeads(units, featureIndex(units), DEFAULT_ALIGN)?.[1] ?? [])
    .map((i) => units[i]!)
    .filter((u) => u.kind === 'sentence')
    .map((u) => `${u.docIndex}:${u.sentence}`);

describe('h-claims3: the lead after a timestamp line', () => {
  it('a timestamp line above the lead tells when, not what: the lead is the sentence after it', () => {
    // The first sentence of documents 0 and 2 is `Updated 6:10 p.m. GMT` / `Last updated at 08:40 GMT`.
    expect(documents[0]!.sentences).toHaveLength(5);
    expect(centralSentences()).toEqual(expect.arrayContaining(['0:1', '2:1']));
    expect(centralSentences()).not.toContain('0:0');
  });

  it('control: a first sentence opening on its date states what happened and stays the lead', () => {
    // `On Monday the strike began at Corvane, ...`: words besides the date.
    expect(centralSentences()).toEqual(expect.arrayContaining(['1:0', '3:0']));
    expect(leadSentence(documents[3]!)).toBe(0);
    expect(leadSentence(documents[1]!)).toBe(0);
  });
});
