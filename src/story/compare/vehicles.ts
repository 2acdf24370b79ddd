import type { Document } from '../../model/document.js';
import type { Finding, Reader } from './values.js';

/**
 * The vehicle someone got away in, told two ways (`fled in a black van` / `escaped in a white
 * car`): one getaway, two vehicles. A vehicle is no count (`a van` is not one of anything) and
 * names no place; it is compared by its type (`a car`, `a saloon` and `a sedan` are one type; `a
 * 4x4`, `an SUV` and `a jeep` another) and by its colour when both outlets give one. A document
 * that gives two getaway vehicles of its own (a car, later a van) tells of a change of vehicle,
 * and is compared with none.
 */
export function vehicleDiscrepancies(documents: readonly Document[], r: Reader): Finding[] {
  const found: Getaway[] = [];
  for (const d of documents) {
    const own: Getaway[] = [];
    for (const [i, s] of d.sentences.entries()) {
      const text = d.text.slice(s.start, s.end);
      for (const m of text.matchAll(GETAWAY)) {
        const phrase = m[1]!;
        const at = s.start + m.index! + m[0].length - phrase.length;
        const colour = m[2]?.toLowerCase();
        const type = TYPES[m[3]!.toLowerCase()]!;
        own.push({ doc: d.id, sentence: i, start: at, end: at + phrase.length, type, colour });
      }
    }
    if (new Set(own.map(kindOf)).size === 1 || own.every((g) => sameVehicle(g, own[0]!))) found.push(...own);
  }
  const docs = new Set(found.map((g) => g.doc));
  if (docs.size < 2) return [];
  // Every pair of documents that disagree puts both in the entry.
  const involved = new Set<Getaway>();
  for (const a of found)
    for (const b of found) if (a.doc < b.doc && !sameVehicle(a, b)) involved.add(a).add(b);
  if (involved.size < 2) return [];
  const values = [...involved].sort((x, y) => x.doc.localeCompare(y.doc) || x.start - y.start);
  // Each vehicle once as first written, with who says it where a sentence names a source.
  const first = new Map<string, Getaway>();
  for (const g of values) if (!first.has(kindOf(g))) first.set(kindOf(g), g);
  const said = (g: Getaway): string[] =>
    values
      .filter((x) => kindOf(x) === kindOf(g))
      .flatMap((x) =>
        (r.byId.get(x.doc)?.attributions ?? [])
          .filter((a) => a.sentence === x.sentence && a.sourceLabel)
          .map((a) => a.sourceLabel!.replace(/^the\s+/i, '')),
      );
  return [
    {
      kind: 'vehicle',
      note: `outlets give different getaway vehicles: ${[...first.values()]
        .map((g) => {
          const who = [...new Set(said(g))];
          return who.length ? `${r.text(g.doc, g)} (${who.join(', ')})` : r.text(g.doc, g);
        })
        .join(' vs ')}`,
      values: values.map((g) =>
        r.value(g.doc, g, { type: g.type, colour: g.colour ?? null, rule: 'fact:getaway-vehicle' }),
      ),
    },
  ];
}

interface Getaway {
  doc: string;
  sentence: number;
  start: number;
  end: number;
  type: string;
  colour: string | undefined;
}

const kindOf = (g: Getaway): string => `${g.colour ?? ''} ${g.type}`;

/** One vehicle by every reading: the same type, and the same colour where both give one. */
const sameVehicle = (a: Getaway, b: Getaway): boolean =>
  a.type === b.type && (!a.colour || !b.colour || a.colour === b.colour);

/** Words for vehicles, by the type they are compared as. */
const TYPES: Readonly<Record<string, string>> = {
  car: 'car',
  sedan: 'car',
  saloon: 'car',
  hatchback: 'car',
  van: 'van',
  minivan: 'van',
  minibus: 'van',
  '4x4': '4x4',
  suv: '4x4',
  jeep: '4x4',
  truck: 'truck',
  lorry: 'truck',
  pickup: 'truck',
  'pickup truck': 'truck',
  motorcycle: 'motorcycle',
  motorbike: 'motorcycle',
  scooter: 'motorcycle',
  moped: 'motorcycle',
  boat: 'boat',
  speedboat: 'boat',
};

/** Colours a witness gives a vehicle; `dark` and `light` are no colour to compare. */
const COLOURS = 'black|white|red|blue|green|grey|gray|silver|yellow|orange|brown|gold|beige';

/**
 * A verb of getting away, then the vehicle it was done in (`fled in a black van`, `escaped in a
 * white car`, `sped off in a stolen 4x4`, `made their getaway on a motorbike`): the vehicle's
 * phrase, its colour and its type.
 */
const GETAWAY = new RegExp(
  String.raw`\b(?:fled|flee|flees|fleeing|escaped|escape|escaping|sped (?:off|away)|drove (?:off|away)|got away|made off|made (?:their|his|her|a) getaway)\s+(?:the scene\s+)?(?:in|on|aboard)\s+` +
    String.raw`(an?\s+(?:(?:stolen|dark|light|large|small|waiting|new|old)\s+)?(?:(${COLOURS})\s+)?(${Object.keys(TYPES).join('|')}))\b`,
  'giu',
);
