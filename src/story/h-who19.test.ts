import { describe, expect, it } from 'vitest';
import { origins, roleOf, trace } from './who.fixture.js';

// h-who19 (issue 13, "who says it"): gaps h-who18 noticed and left. Each rule has a fictional pair
// (failing on main 6bc3dd2) and a control. docs/origins.md, `2026-12-05, h-who19`.

/** The kind of the first node whose label matches. */
const kindOf = (texts: readonly string[], label: RegExp): string | undefined =>
  trace(texts).graph.nodes.find((n) => label.test(n.label))?.kind;

describe('h-who19: a name ending on a word newspapers end with is a news organisation (`masthead-name`)', () => {
  const first = 'The Velby library board will close three branches next year, the board said on Monday.';
  it('pair: `the Velby Courier reported, citing a memo` is a news organisation`s reporting', () => {
    const texts = [
      first,
      'The closures will save 2 million crowns, the Velby Courier reported, citing an internal memo.',
    ];
    expect(kindOf(texts, /Courier/)).toBe('news-organization');
    expect(roleOf(texts, /Courier/)).toBe('provenance:reporting');
  });
  it('pair: `told the Sorby Tidende` names the paper told, not a person who heard it', () => {
    const texts = [
      first,
      'Board chairman Ivo Lund told the Sorby Tidende that the closures would save money.',
    ];
    expect(kindOf(texts, /Tidende/)).toBe('news-organization');
  });
  it('control: a name that only begins with such a word, or a medical examiner, is no newspaper', () => {
    const texts = [
      'A van overturned on the Velby ring road on Monday, killing its driver, police said.',
      'Courier Brenn Logistics said the van was one of its own.',
      'The Chief Medical Examiner said the driver died of head injuries.',
    ];
    expect(kindOf(texts, /Logistics/)).toBe('source');
    expect(kindOf(texts, /Examiner/)).toBe('source');
    expect(origins(texts).filter((l) => /Examiner/.test(l))).toHaveLength(1);
  });
});
