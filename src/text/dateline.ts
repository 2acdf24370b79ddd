/**
 * A wire dateline opening a sentence: a place in capitals, maybe its country or state, an agency
 * in brackets, a dash (`KELSING - `, `ORLEN, Maravia — `, `CORVEL (Norvane) - `), then the story.
 */
const REST = String.raw`(?:,\s+\p{Lu}[\p{L}.'’ ]*?)?(?:\s+\([^)]{1,40}\))?\s+[-–—]+\s+(?=\p{Lu}|["“])`;

/** What follows a dateline's place: its country or state, an agency in brackets, a dash. */
export const DATELINE_REST = new RegExp(`^${REST}`, 'u');

/** A whole dateline opening a sentence, its place in capitals included. */
export const DATELINE = new RegExp(String.raw`^\p{Lu}[\p{Lu}\s.'’-]*\p{Lu}` + REST, 'u');
