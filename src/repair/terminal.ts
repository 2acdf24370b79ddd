import type { Repair } from '../model/document.js';

/**
 * Terminal escapes (issue 15; ftfy's remove_terminal_escapes): text copied from a terminal or a log
 * keeps the ANSI sequences that coloured it (`\x1b[1;31m`, `\x1b[0m`): ESC, `[`, parameter and
 * intermediate bytes, a final byte. They show nothing in text and break words apart, so each is
 * taken out. ESC never stands in ordinary text.
 */
const CSI = /\x1b\[[0-?]*[ -/]*[@-~]/g;

/** Repairs taking out each terminal escape, outside the spans `taken` covers. */
export function terminalEscapeRepairs(
  text: string,
  taken: (start: number, end: number) => boolean,
): Repair[] {
  if (!text.includes('\x1b')) return [];
  const out: Repair[] = [];
  for (const m of text.matchAll(CSI)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    out.push({
      start,
      end,
      replacement: '',
      rule: 'mojibake:terminal-escape',
      reason: `'ESC${m[0].slice(1)}' is an ANSI terminal escape (colour or style), which shows nothing in text`,
    });
  }
  return out;
}

/** Text with its terminal escapes taken out, and where each of its code units stands in the original. */
export interface Stripped {
  readonly text: string;
  /** `at[k]`: offset in the original of the stripped text's code unit `k`; `at[text.length]` is the original's length. */
  readonly at: readonly number[];
}

/** `text` without its terminal escapes, or null when it holds none. */
export function stripTerminalEscapes(text: string): Stripped | null {
  if (!text.includes('\x1b')) return null;
  const at: number[] = [];
  let plain = '';
  let o = 0;
  for (const m of text.matchAll(CSI)) {
    for (let k = o; k < m.index; k++) at.push(k);
    plain += text.slice(o, m.index);
    o = m.index + m[0].length;
  }
  if (o === 0) return null;
  for (let k = o; k < text.length; k++) at.push(k);
  plain += text.slice(o);
  at.push(text.length);
  return { text: plain, at };
}
