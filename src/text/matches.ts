/**
 * The matches of a global pattern in a text, as `text.matchAll(re)` gives them, without the
 * copy of the pattern `matchAll` makes at each call: the stages read thousands of short units
 * with dozens of patterns each, and a copy a unit cost more than the search (a document of
 * 150,000 one-word lines spent seconds copying patterns). The pattern's `lastIndex` is left at 0.
 */
export function matchesIn(re: RegExp, text: string): readonly RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesIn needs a global pattern: ${re}`);
  re.lastIndex = 0;
  let m = re.exec(text);
  if (!m) return NONE;
  const found: RegExpExecArray[] = [];
  while (m) {
    found.push(m);
    // An empty match moves on by one character (one code point in a Unicode pattern), as
    // matchAll does.
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
    m = re.exec(text);
  }
  re.lastIndex = 0;
  return found;
}

const NONE: readonly RegExpExecArray[] = Object.freeze([]);

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}
