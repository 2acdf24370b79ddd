/** `text` written as a regular expression that matches it literally (`U.S.` -> `U\.S\.`). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern that tries a cheap one first: `need` must find something wherever `re` matches (the
 * tail a match of `re` ends in, a word every match holds, tested with the same flags), so a text
 * it finds nothing in holds no match and `re` is not run. Every use (`test`, `exec`, `replace`,
 * `matchAll`) finds what `re` finds. A scan already under way (`lastIndex` past 0) is not
 * tested again: the text was, at its start.
 */
export function needing(re: RegExp, need: RegExp): RegExp {
  if (need.global || need.sticky)
    throw new TypeError(`needing: a global or sticky need keeps state: ${need}`);
  return new NeedingRegExp(re, re.flags, need);
}

class NeedingRegExp extends RegExp {
  readonly need: RegExp | undefined;
  constructor(pattern: RegExp | string, flags?: string, need?: RegExp) {
    super(pattern, flags);
    // A copy the built-ins make (`matchAll`, `split`) keeps the need.
    this.need = need ?? (pattern instanceof NeedingRegExp ? pattern.need : undefined);
  }
  override exec(text: string): RegExpExecArray | null {
    const scanning = this.global || this.sticky;
    if (this.need && (!scanning || this.lastIndex === 0) && !this.need.test(text)) {
      if (scanning) this.lastIndex = 0;
      return null;
    }
    return super.exec(text);
  }
}

/**
 * A case-insensitive pattern (flag `i`, without `u` or `v`) written as the case-sensitive pattern
 * that matches the same, its other flags kept: each ASCII letter `x` as `[xX]`, a class's letters
 * and letter ranges with their other case. Without `u` or `v`, `i` pairs an ASCII letter only with
 * its other case (a character is never paired with an ASCII one unless it is ASCII itself), and
 * `\s`, `\d`, `\w`, `\b`, `.` and their negations hold no character that `i` pairs outside them, so
 * every match, its index and its groups are the same. V8 compiles some large case-insensitive
 * patterns several times slower than their case-sensitive equal (chrono-node's patterns of spans
 * counted from now, `3 days ago`: about 75 ms of CPU each against 20 ms). A pattern this cannot
 * rewrite (flag `u` or `v`, named groups, back-references, `\u`, `\x`, `\p` or `\c` escapes, a
 * cased character outside ASCII, a range from or to an escape, a range between a letter and
 * something else or between two characters that may hold letters) is returned as it is.
 */
export function caseless(re: RegExp): RegExp {
  if (!re.flags.includes('i') || /[uv]/.test(re.flags)) return re;
  const src = re.source;
  let out = '';
  let inClass = false;
  const cased = (c: string): boolean => c.toLowerCase() !== c.toUpperCase();
  const letter = (c: string | undefined): boolean => c !== undefined && /^[a-zA-Z]$/.test(c);
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const e = src[i + 1];
      if (e === undefined) return re;
      if (letter(e) ? !/[sSdDwWbBntrfv]/.test(e) || (inClass && /[bB]/.test(e)) : /[0-9]/.test(e) || cased(e))
        return re;
      // (An escape at the start of a range: left as it is.)
      if (inClass && src[i + 2] === '-' && src[i + 3] !== ']') return re;
      out += c + e;
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') {
        inClass = false;
        out += c;
      } else if (src[i + 1] === '-' && src[i + 2] !== undefined && src[i + 2] !== ']') {
        const to = src[i + 2]!;
        if (to === '\\' || letter(c) !== letter(to)) return re;
        if (letter(c)) {
          const lower = c === c.toLowerCase();
          if (lower !== (to === to.toLowerCase())) return re;
          out += `${c}-${to}${lower ? c.toUpperCase() : c.toLowerCase()}-${lower ? to.toUpperCase() : to.toLowerCase()}`;
        } else if (to.charCodeAt(0) >= 0x41)
          return re; // it may hold letters, or cased characters
        else out += `${c}-${to}`;
        i += 2;
      } else if (letter(c)) out += c.toLowerCase() + c.toUpperCase();
      else if (cased(c)) return re;
      else out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      if (src[i + 1] === '^') {
        out += '^';
        i++;
      }
    } else if (c === '(' && src[i + 1] === '?' && src[i + 2] === '<' && !/[=!]/.test(src[i + 3] ?? ''))
      return re;
    else if (letter(c)) out += `[${c.toLowerCase()}${c.toUpperCase()}]`;
    else if (cased(c)) return re;
    else out += c;
  }
  return new RegExp(out, re.flags.replace('i', ''));
}
