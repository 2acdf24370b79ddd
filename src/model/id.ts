import { createHash } from 'node:crypto';

/** A stable id derived from content: `prefix` and the first `length` hex digits of its SHA-256. */
export function contentId(prefix: string, content: string, length = 15): string {
  return prefix + createHash('sha256').update(content).digest('hex').slice(0, length);
}
