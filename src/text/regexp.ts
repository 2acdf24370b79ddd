/** `text` written as a regular expression that matches it literally (`U.S.` -> `U\.S\.`). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
