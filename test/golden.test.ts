import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { ROOT } from './paths.js';

const GOLDEN = join(ROOT, 'test', 'fixtures', 'golden', 'harbour-fire.dossier.json');

/** The dossier of our example story with machine-independent locations. */
function current(): unknown {
  const d = analyze([join(ROOT, 'examples', 'harbour-fire')]);
  return JSON.parse(
    JSON.stringify({
      ...d,
      documents: d.documents.map((x) => ({
        ...x,
        source: { ...x.source, location: relative(ROOT, x.source.location) },
      })),
    }),
  );
}

describe('golden dossier of examples/harbour-fire', () => {
  it('matches the reviewed golden file (regenerate with UPDATE_GOLDEN=1)', () => {
    const got = current();
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, JSON.stringify(got, null, 2) + '\n');
    expect(existsSync(GOLDEN), `missing ${GOLDEN}: run UPDATE_GOLDEN=1 npm test and review it`).toBe(true);
    expect(got).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });
  it('shows what the example was written to exercise', () => {
    const d = analyze([join(ROOT, 'examples', 'harbour-fire')]);
    const byName = (n: string) => d.documents.find((x) => x.source.location.includes(n))!;
    expect(d.documents).toHaveLength(4);
    expect(byName('northgate').repairs.map((r) => r.replacement)).toEqual(['é']);
    expect(byName('meridian')).toMatchObject({
      outlet: 'Meridian Wire',
      byline: 'Talia Brennock',
      published: '2031-03-03',
    });
    expect(byName('coastal').blocks.some((b) => b.label === 'caption')).toBe(true);
    const counts = d.documents.flatMap((x) =>
      x.quantities.filter((q) => q.unit === 'person' || q.unit === 'worker').map((q) => q.value),
    );
    expect(new Set(counts)).toEqual(new Set([4, 6, 40]));
    // The union's six injured against the four of the other outlets, though Northgate's headline
    // repeats its six and its body sets six against the earlier four.
    expect(
      d.discrepancies.some(
        (x) =>
          x.kind === 'count' &&
          x.values.some((v) => v.text === 'Four people') &&
          x.values.some((v) => v.text === 'Six workers'),
      ),
    ).toBe(true);
    expect(byName('harbour-radio').certainties.some((c) => c.certainty === 'unconfirmed')).toBe(true);
    expect(byName('coastal').certainties.some((c) => c.certainty === 'hedged')).toBe(true);
    const chain = byName('coastal').attributions.find(
      (a) => a.sourceLabel === 'Port Calder Harbour Authority',
    );
    expect(chain?.recipientLabel).toBe('Meridian Wire');
    // Provenance: three outlets relay Meridian Wire; the union is a source no other outlet relays.
    const label = new Map(d.provenance.nodes.map((n) => [n.id, n.label]));
    const edges = d.provenance.edges.map((e) => `${label.get(e.from)} ${e.kind} ${label.get(e.to)}`);
    expect(edges.filter((e) => e.endsWith('relays Meridian Wire'))).toHaveLength(3);
    expect(edges).toContain('Meridian Wire cites Port Calder Harbour Authority');
    expect(edges).toContain("Northgate Daily cites Dockworkers' Union of Calder");
    expect(edges.some((e) => e.endsWith('cites harbour authority'))).toBe(false); // merged into the full name
  });
});
