import type { Repair } from '../model/document.js';
import { iconv } from '../text/iconv.js';
import { cjkCommonness } from './common-cjk.js';

/**
 * UTF-8 Chinese, Japanese or Korean read in a double-byte charset (2026-12-06, h-moji19): `涓浗浜烘皯`
 * for 中国人民 (GBK), `譚ｱ莠ｬ` for 東京 (Shift-JIS). Each charset pairs the bytes of three-byte UTF-8
 * characters two by two, so the misreading holds rare characters (and Shift-JIS's half-width katakana),
 * and written back in the charset its bytes are UTF-8 again.
 *
 * Repaired where nothing was lost but, at most, the run's last character: a run of non-ASCII characters
 * that the charset writes back to bytes it reads the same (no character the charset lacks), bytes that are
 * valid UTF-8, giving two characters or more of the CJK blocks, at least three in four of them in the common
 * sets of the national charsets (cjkCommonness ≥ 1: GB2312's first level, JIS X 0208's first level, KS X
 * 1001's Hangul, their kana and punctuation; a place name's 圳 is not), and fewer outside them than the run
 * held. A run ending in one U+FFFD (an odd byte count: the charset's lead byte, the last byte of a UTF-8
 * character, had no trail byte before a space or the line's end) gives the characters before it and U+FFFD for
 * the one cut, as ftfy keeps a lost character. A run lossy inside (a byte the charset leaves undefined, most
 * of Big5's and EUC-KR's readings) is left as it stands: the bytes after the lost one cannot be paired back.
 */
const DOUBLE_BYTE = ['gbk', 'shift_jis', 'big5', 'euc-kr'] as const;

/** A character double-byte charsets write with a lead byte, or Shift-JIS's half-width katakana. */
export const DOUBLE_BYTE_MOJIBAKE = /[\u3400-\u9fff\uac00-\ud7a3\uff61-\uff9f\uf900-\ufaff]/u;

/** A non-ASCII run: no space, no ASCII character (both read the same in every charset). */
const RUN = /[^\x00-\x7f\s\u3000]{2,}/gu;

const common = (ch: string): boolean => cjkCommonness(ch.codePointAt(0)!) >= 1;
const cjk = (ch: string): boolean => cjkCommonness(ch.codePointAt(0)!) >= 0;

export function doubleByteRepairs(text: string): Repair[] {
  const out: Repair[] = [];
  for (const m of text.matchAll(RUN)) {
    // Full-width punctuation written right at a run's edges (`（涓浗浜烘皯）`) is no byte of the misreading.
    const lead = /^[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]*/u.exec(m[0])![0]
      .length;
    const trail = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]*$/u.exec(
      m[0].slice(lead),
    )![0].length;
    const whole = m[0];
    const trimmed = whole.slice(lead, whole.length - trail);
    const found =
      repairRun(whole, m.index) ?? (trimmed !== whole ? repairRun(trimmed, m.index + lead) : null);
    if (found) out.push(found);
  }
  return out;
}

/** The repair of one run read in a double-byte charset, or null. */
function repairRun(run: string, at: number): Repair | null {
  if (!DOUBLE_BYTE_MOJIBAKE.test(run)) return null;
  const chars = [...run];
  if (chars.length < 2 || chars.every(common)) return null;
  // One U+FFFD ending the run: the charset's lead byte, the last byte of a UTF-8 character, had no trail byte
  // after it (an odd byte count before a space or the line's end); the character it ended is lost.
  const lostLast = run.endsWith('\uFFFD') && !run.endsWith('\uFFFD\uFFFD');
  const body = lostLast ? run.slice(0, -1) : run;
  for (const charset of DOUBLE_BYTE) {
    const decoded = utf8Behind(body, charset, lostLast);
    if (decoded === null) continue;
    const got = [...decoded].filter((ch) => ch !== '\uFFFD');
    if (got.length < 2 || !got.every(cjk)) continue;
    const rare = got.filter((ch) => !common(ch)).length;
    if (rare * 4 > got.length || rare >= chars.filter((ch) => !common(ch) && ch !== '\uFFFD').length)
      continue;
    return {
      start: at,
      end: at + run.length,
      replacement: decoded,
      rule: `mojibake:utf8-as-${charset}`,
      reason: `UTF-8 read as ${charset}: '${run}' written back in ${charset} is the UTF-8 of '${decoded}' (${lostLast ? 'but the last character, whose last byte was lost: U+FFFD' : 'every byte kept'}; rare characters for common ones)`,
    };
  }
  return null;
}

/**
 * The UTF-8 text whose bytes `run` is in `charset`, or null (a character the charset lacks, invalid UTF-8).
 * With `cut`, the bytes must end inside a character, which is given as U+FFFD.
 */
function utf8Behind(run: string, charset: string, cut = false): string | null {
  const lib = iconv();
  const bytes = lib.encode(run, charset);
  if (lib.decode(bytes, charset) !== run) return null;
  let end = bytes.length;
  if (cut) {
    let k = end - 1;
    while (k >= 0 && (bytes[k]! & 0xc0) === 0x80 && end - k < 3) k--;
    const lead = bytes[k] ?? 0;
    const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0;
    if (k < 0 || need === 0 || end - k >= need) return null;
    end = k;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end)) + (cut ? '\uFFFD' : '');
  } catch {
    return null;
  }
}
