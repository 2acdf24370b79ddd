import { describe, expect, it } from 'vitest';
import { analyze, relayChains } from './read.js';

// h-who12 (issue 13, "who says it"): five outlets relaying one report are one origin. Rules of news
// language that tell an outlet passing on another outlet's scoop from an outlet with its own
// reporting, each with a fictional pair (failing before, passing after) and its control.

// Two fictional reports of one booking: a paper's scoop on unnamed sources, then a second outlet.
const two = (b: readonly string[]) =>
  analyze([
    {
      location: 'unit/1.txt',
      published: '2041-03-04',
      text:
        'Quill to headline the Orlin Gala\nVelmar Post\n4 March 2041\n' +
        'The singer Ada Quill will headline the Orlin Gala in June, people close to the organisers told the Velmar Post.\n' +
        'The organisers are expected to announce the booking next week, the people said.\n',
    },
    {
      location: 'unit/2.txt',
      published: '2041-03-05',
      text: `Quill said to headline the gala\nOrlin Courier\n5 March 2041\n${b.join('\n')}\n`,
    },
  ]);
const originLabels = (d: ReturnType<typeof analyze>) => (d.provenance.origins ?? []).map((o) => o.label);

describe('h-who12 rules: an outlet named after its kind (`the trade paper Stagebill reported`)', () => {
  it('pair: `the trade paper Velmar Post reported` makes the second outlet a relay of the Post, no origin', () => {
    const d = two([
      'Ada Quill is said to headline the Orlin Gala, the trade paper Velmar Post reported on Monday.',
    ]);
    expect(relayChains(d)).toEqual([[[2], ['n:org:velmar-post']]]);
    expect(originLabels(d).filter((o) => /Orlin Courier/.test(o))).toEqual([]);
    // One origin for the Post, not a second `trade paper Velmar Post` beside it.
    expect(originLabels(d).filter((o) => /Velmar Post/.test(o))).toEqual(['Velmar Post']);
  });
  it('pair: `the industry publication Velmar Post reported` is read the same way', () => {
    const d = two(['Ada Quill will headline the Orlin Gala, the industry publication Velmar Post reported.']);
    expect(relayChains(d)).toEqual([[[2], ['n:org:velmar-post']]]);
  });
  it('control: `the Velmar Post reported` (no kind) was and is a relay', () => {
    const d = two(['Ada Quill will reportedly headline the Orlin Gala, the Velmar Post reported.']);
    expect(relayChains(d)).toEqual([[[2], ['n:org:velmar-post']]]);
  });
  it('control: an outlet with its own named source telling the same booking stays an origin, no relay', () => {
    const d = two([
      'Ada Quill will headline the Orlin Gala in June, the festival director, Taro Venn, told the Orlin Courier.',
    ]);
    expect(relayChains(d)).toEqual([]);
    expect(originLabels(d)).toEqual(expect.arrayContaining([expect.stringMatching(/Taro Venn/)]));
  });
  it('control: `a research paper by the Velmar Institute found` names a document, no outlet and no relay', () => {
    const d = two([
      'Galas in Orlin draw fewer visitors each year, a research paper by the Velmar Institute found.',
    ]);
    expect(relayChains(d)).toEqual([]);
  });
});

// A paper's scoop told by people familiar with the plans, then a second outlet citing no one.
const scoop = (b: readonly string[]) =>
  analyze([
    {
      location: 'unit/1.txt',
      published: '2041-03-04',
      text:
        'Quill to headline the Orlin Gala\nVelmar Post\n4 March 2041\n' +
        'The singer Ada Quill will headline the Orlin Gala in June, people familiar with the plans said.\n',
    },
    {
      location: 'unit/2.txt',
      published: '2041-03-05',
      text: `Quill said to headline the gala\nOrlin Courier\n5 March 2041\n${b.join('\n')}\n`,
    },
  ]);

describe('h-who12 rules: a hedged sentence telling an earlier outlet’s scoop (`will reportedly headline`)', () => {
  // Dropped (docs/origins.md, h-who12): the rule that made these pass (`hedgedRelays`, an outlet
  // citing no one whose hedged sentence shares two names with an earlier outlet's sentence on
  // unnamed sources relays that outlet) moved half A only (one more provenance label, 995 -> 996)
  // and left half B as it was. The pairs wait for evidence from half B.
  it.fails(
    'pair: an outlet citing nobody, whose sentence hedges what the Post told from unnamed sources, relays the Post',
    () => {
      const d = scoop([
        'Ada Quill will reportedly headline the Orlin Gala in June.',
        'Tickets go on sale in April.',
      ]);
      expect(relayChains(d)).toEqual([[[2], ['n:velmar-post']]]);
      expect(originLabels(d).filter((o) => /Orlin Courier/.test(o))).toEqual([]);
    },
  );
  it.fails('pair: `is said to` hedges the same way', () => {
    const d = scoop(['Ada Quill is said to be the headline act of the Orlin Gala.']);
    expect(relayChains(d)).toEqual([[[2], ['n:velmar-post']]]);
  });
  it('control: the same sentence without a hedge is the outlet’s own: no relay', () => {
    const d = scoop(['Ada Quill will headline the Orlin Gala in June.']);
    expect(relayChains(d)).toEqual([]);
  });
  it('control: a hedged sentence about other names relays nothing', () => {
    const d = scoop(['The Brell Quartet will reportedly play at the Saltmere Festival.']);
    expect(relayChains(d)).toEqual([]);
  });
  it('control: an outlet with its own named source beside the hedge stays an origin', () => {
    const d = scoop([
      'Ada Quill will reportedly headline the Orlin Gala in June.',
      'The festival director, Taro Venn, told the Orlin Courier the line-up was not final.',
    ]);
    expect(relayChains(d)).toEqual([]);
    expect(originLabels(d)).toEqual(expect.arrayContaining([expect.stringMatching(/Taro Venn/)]));
  });
});
