import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../analyze.js';

// h-who23 (issue 13, "who says it"): a claim's independent origins are its origins only; an outlet
// passing on what a named source said is no origin of the claim (its own reporting, with no source
// named, is). Fictional stories; docs/origins.md, `2026-12-06, h-who23`.

/** The labels of the independent origins of each claim run by two outlets or more, by claim text. */
const claimOrigins = (texts: readonly string[]): Array<{ text: string; origins: string[] }> => {
  const d = analyzeTexts(
    texts.map((text, i) => ({
      text,
      location: `a${i + 1}.txt`,
      known: { outlet: `Outlet ${i + 1}`, language: 'en' },
    })),
  );
  const label = new Map(d.provenance.nodes.map((n) => [n.id, n.label]));
  return (d.claims ?? [])
    .filter((c) => c.outlets > 1)
    .map((c) => ({ text: c.text, origins: c.origins.map((o) => label.get(o) ?? o).sort() }));
};
const ferry = (list: Array<{ text: string; origins: string[] }>) =>
  list.find((c) => /ferries collided/.test(c.text))?.origins;

describe('h-who23: a member attributed to a named source is no outlet`s own (`attributed-no-outlet`)', () => {
  it('pair: three outlets pass on one operator`s word; no outlet is an origin of the claim', () => {
    const got = ferry(
      claimOrigins([
        'Two ferries collided in the harbour of Marsk on Monday, injuring nine passengers, ferry operator Skarvo said.',
        'Two ferries collided in the harbour of Marsk on Monday and nine passengers were injured, Skarvo said.',
        'Nine passengers were injured when two ferries collided in the harbour of Marsk on Monday, Skarvo said.',
      ]),
    );
    expect(got).toBeDefined();
    expect(got!.filter((o) => /^Outlet \d$/.test(o))).toEqual([]);
  });
  it('control: an outlet`s own unattributed reporting stays its own origin', () => {
    const got = ferry(
      claimOrigins([
        'Two ferries collided in the harbour of Marsk on Monday, injuring nine passengers, ferry operator Skarvo said.',
        'Two ferries collided in the harbour of Marsk on Monday and nine passengers were injured.',
      ]),
    );
    expect(got).toContain('Outlet 2');
  });
  it('control: unnamed staff who told the outlet leave it its own reporting', () => {
    const got = ferry(
      claimOrigins([
        'Two ferries collided in the harbour of Marsk on Monday, injuring nine passengers, the Marsk port authority said.',
        'Two ferries collided in the harbour of Marsk on Monday and nine passengers were injured, two members of the crew told Outlet 2.',
      ]),
    );
    expect(got).toContain('Outlet 2');
  });
  it('control: two outlets attributing it to two different named sources give two origins', () => {
    const got = ferry(
      claimOrigins([
        'Two ferries collided in the harbour of Marsk on Monday, injuring nine passengers, Veldor Lines said.',
        'Two ferries collided in the harbour of Marsk on Monday and nine passengers were injured, the Marsk port authority said.',
      ]),
    );
    expect(got).toHaveLength(2);
    expect(got!.filter((o) => /^Outlet \d$/.test(o))).toEqual([]);
  });
});

describe('h-who23: a story`s wire agency cited by another article is a news organisation (`story-wire-cited`)', () => {
  it('pair: `according to Pressline` beside Pressline copy under its dateline rests on Pressline', () => {
    const got = ferry(
      claimOrigins([
        'MARSK (Pressline) - Two ferries collided in the harbour of Marsk on Monday, injuring nine passengers.\n\nThe harbour was closed for three hours.',
        'Two ferries collided in the harbour of Marsk on Monday and nine passengers were injured, according to Pressline.',
      ]),
    );
    expect(got).toEqual(['Pressline']);
  });
  it('control: with no copy of the agency in the story, the name is left as it was', () => {
    const got = ferry(
      claimOrigins([
        'Two ferries collided in the harbour of Marsk on Monday, injuring nine passengers.',
        'Two ferries collided in the harbour of Marsk on Monday and nine passengers were injured, according to Pressline.',
      ]),
    );
    expect(got).toContain('Outlet 1');
  });
});
