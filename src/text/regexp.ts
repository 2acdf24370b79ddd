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
