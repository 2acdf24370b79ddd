import { describe, expect, it } from 'vitest';
import { story } from './invented.fixture.js';

/**
 * A spokesperson named for a person speaks for that person (`provenance:speaker-for-person`).
 * Fictional stories. (An opposition leader is no commentator by that title: the election story of
 * provenance.stories.test.ts has one as its winner.)
 */
const labels = (list: ReadonlyArray<{ label: string }> | undefined) => (list ?? []).map((o) => o.label);
const FIRST = `Council approves tram fare rise\nThe city council on Tuesday approved a 20 percent rise in tram fares.\nMayor Ada Kell said the rise would pay for new carriages.\nTom Rusk, who chairs the transport users' board, said the board had not been consulted.`;

describe('speakers for people', () => {
  it('makes a spokesman for a person one origin with that person', () => {
    const d = story(
      FIRST,
      `Tram fares to rise by a fifth\nTram fares will rise by 20 percent from March, the council decided on Tuesday.\nA spokesman for Rusk, Ben Olar, said the board would meet on Friday.`,
    );
    const rusk = (d.provenance.origins ?? []).filter((o) => /Rusk|Olar/.test(o.label));
    expect(rusk.map((o) => o.label)).toHaveLength(1);
    expect(rusk[0]!.documents).toHaveLength(2);
  });

  it('control: a lawyer for a person stays their own origin', () => {
    const d = story(
      FIRST,
      `Tram fares to rise by a fifth\nTram fares will rise by 20 percent from March, the council decided on Tuesday.\nA lawyer for Rusk, Ben Olar, said the board would go to court.`,
    );
    expect(labels(d.provenance.origins).filter((l) => /Rusk|Olar/.test(l))).toHaveLength(2);
  });

  it('control: a spokesman for a surname two people share is merged with neither', () => {
    const d = story(
      `${FIRST}\nEma Rusk, a tram driver, said drivers were not told.`,
      `Tram fares to rise by a fifth\nTram fares will rise by 20 percent from March, the council decided on Tuesday.\nA spokesman for Rusk, Ben Olar, said the board would meet on Friday.`,
    );
    expect(labels(d.provenance.origins).filter((l) => /Rusk|Olar/.test(l))).toHaveLength(3);
  });
});
