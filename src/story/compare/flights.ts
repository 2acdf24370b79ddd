import type { Document } from '../../model/document.js';
import type { Finding, Reader } from './values.js';

/**
 * A flight's number told two ways (`Flight SK 412` / `flight SK 421`): one flight, two numbers.
 * A flight number is no count and no name's spelling: an airline's code and digits, compared
 * whole (rule `fact:flight-number`, stop 50). Only documents that name one flight number each
 * are compared, and only numbers of one airline's code (or none): a story of two flights (a
 * near miss) names both in its reports, and two airlines' flights are two flights.
 */
export function flightDiscrepancies(documents: readonly Document[], r: Reader): Finding[] {
  const found: Flight[] = [];
  for (const d of documents) {
    const own: Flight[] = [];
    for (const m of d.text.matchAll(FLIGHT)) {
      const code = m[1] ?? '';
      const [start, end] = [(m.indices![1] ?? m.indices![2]!)[0], m.indices![2]![1]];
      own.push({ doc: d.id, start, end, code, digits: m[2]! });
    }
    if (new Set(own.map((f) => f.digits)).size === 1) found.push(...own);
  }
  if (new Set(found.map((f) => f.doc)).size < 2) return [];
  const codes = new Set(found.map((f) => f.code).filter(Boolean));
  if (codes.size > 1 || new Set(found.map((f) => f.digits)).size < 2) return [];
  const first = new Map<string, Flight>();
  for (const f of found) if (!first.has(f.digits)) first.set(f.digits, f);
  return [
    {
      kind: 'name',
      note: `outlets give different flight numbers: ${[...first.values()].map((f) => r.text(f.doc, f)).join(' vs ')}`,
      values: found.map((f) =>
        r.value(f.doc, f, { code: f.code || null, number: f.digits, rule: 'fact:flight-number' }),
      ),
    },
  ];
}

interface Flight {
  doc: string;
  start: number;
  end: number;
  code: string;
  digits: string;
}

/** `Flight SK 412`, `flight AB1234`, `Flight 412`: an airline's code of two letters or a letter and a digit, then one to four digits. */
const FLIGHT =
  /\b[Ff]light\s+(?:number\s+|No\.?\s+)?(?:([A-Z]{2}|[A-Z]\d|\d[A-Z])\s?)?(\d{1,4})\b(?!\s*(?:[-:.]\s*\d|%|(?:percent|per\s+cent|hours?|minutes?|miles?|km|kilomet(?:er|re)s?|feet|metres?|meters?|passengers|people|times)\b))/dg;
