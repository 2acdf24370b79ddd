/**
 * How the attribution tests read a text's attributions (shared by attr13–attr16 and later):
 * each as its cue, source, content and rule as written, the text analysed as English.
 */
import { processText } from '../pipeline/document.js';

const slice = (t: string, s: { start: number; end: number } | null): string | null =>
  s ? t.slice(s.start, s.end) : null;

/** Each attribution of `text` as [cue, source, content, rule]. */
export const attributionsOf = (text: string): Array<Array<string | null>> =>
  processText(text, { kind: 'record', location: 't' }, { known: { language: 'en' } }).attributions.map(
    (a) => [slice(text, a.cue), slice(text, a.source), slice(text, a.content), a.rule],
  );
