/**
 * h-who22 (issue 13, "who says it"): who says it, on invented stories. Each rule has a fictional
 * case that failed on main 6ea0a75 and a control (docs/origins.md, `2026-12-06, h-who22`).
 */
import { describe, expect, it } from 'vitest';
import { attributionsOf as found } from './read.js';

describe('h-who22: a notice issued by its author is the author`s word (`issued-by`)', () => {
  it('pair: `The warning was issued by the regional health authority on Monday`', () => {
    expect(found('Headline\nThe warning was issued by the regional health authority on Monday.')).toEqual([
      ['issued', 'the regional health authority', 'The warning', 'attribution:issued-by'],
    ]);
    expect(found('Headline\nFlood alerts were put out by the weather office on Friday.')).toEqual([
      ['put out', 'the weather office', 'Flood alerts', 'attribution:issued-by'],
    ]);
  });
  it('control: a book published by a press, a warning issued by fax or by a printer say nothing', () => {
    expect(found('Headline\nThe book was published by Fenwick Press in 2040.')).toEqual([]);
    expect(found('Headline\nThe warning was issued by fax on Monday.')).toEqual([]);
    expect(found('Headline\nThe warning was issued by the office printer.')).toEqual([]);
  });
});

describe('h-who22: a charge laid is a deed, with an apposition before `with` too (`charged-apposed-object`)', () => {
  it('pair: an apposition or a relative clause before `with` report nothing', () => {
    expect(
      found('Headline\nPolice charged the 34-year-old man, who was arrested on Tuesday, with theft.'),
    ).toEqual([]);
    expect(found('Headline\nPolice charged Ada Quill, 34, with theft.')).toEqual([]);
  });
  it('control: `charged that` and a clause after `charged` report', () => {
    expect(found('Headline\nThe opposition charged that the minister had lied.').map((a) => a[1])).toEqual([
      'The opposition',
    ]);
    expect(
      found('Headline\nThe union charged the company was breaking the deal with its new rota.').map(
        (a) => a[1],
      ),
    ).toEqual(['The union']);
  });
});
