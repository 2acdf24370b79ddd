import type { FactInContext } from '../facts.js';
import type { Finding, Reader } from './values.js';

/**
 * One person given different home towns (`Ann Lee of Springfield` / `Ann Lee of Shelbyville`),
 * or different places for one thing that befell them (`died in Taos` / `died in Santa Fe`).
 */
export function placeDiscrepancies(facts: readonly FactInContext[], r: Reader): Finding[] {
  const byPerson = new Map<string, FactInContext[]>();
  for (const f of facts) if (f.kind === 'place') byPerson.set(f.about, [...(byPerson.get(f.about) ?? []), f]);
  const out: Finding[] = [];
  for (const list of byPerson.values()) {
    const places = new Set(list.map((f) => f.value));
    if (places.size < 2 || new Set(list.map((f) => f.doc)).size < 2) continue;
    // An outlet naming both places is not contradicting itself.
    const docsByPlace = new Map<unknown, Set<string>>();
    for (const f of list) docsByPlace.set(f.value, (docsByPlace.get(f.value) ?? new Set()).add(f.doc));
    const sole = list.filter((f) =>
      [...places].every((p) => p === f.value || !docsByPlace.get(p)!.has(f.doc)),
    );
    if (new Set(sole.map((f) => f.value)).size < 2) continue;
    out.push({
      kind: 'place',
      note: `${sole[0]!.aboutText} is placed differently: ${[...new Set(sole.map((f) => f.text))].join(' vs ')}`,
      values: sole.map((f) => r.value(f.doc, f, f.value)),
    });
  }
  return out;
}
