/**
 * Counts that tell a run or a window of time rather than a tally of the story's things (h-disc62):
 *
 * - a streak (`had lost four straight games`, `five consecutive wins`, `three games in a row`) is
 *   the length of a run, not the number of those things in all (`58 games` a player played):
 *   keyed as a streak of its noun, compared only with another streak (rule `fact:count-streak`);
 * - a count of periods after `the past` / `the next` (`in each of the past five seasons`, `over
 *   the next two seasons`) is the window a figure is told over, which way it looks its key: a
 *   window back is never set against one ahead (rule `fact:count-window-of-periods`);
 * - a sum paid `in each of the next two seasons` is a sum per season, as `$5 million a season`
 *   is (rule `fact:rate-each-of-periods`).
 */

/** Words of a run inside a count's own span: `four straight games`, `five consecutive wins`. */
const STREAK_WITHIN = /\b(?:straight|consecutive|successive)\b/i;
/** `in a row` right after a count: `three games in a row`. */
const IN_A_ROW_AFTER = /^\s+in\s+a\s+row\b/i;

/**
 * What a run is counted in: contests and their results, and periods (`four straight games`,
 * `five consecutive wins`); not what is served or held one after another (`four consecutive life
 * sentences`, `two consecutive terms`), which is a tally.
 */
const OCCASION =
  /^(?:game|match|contest|race|fight|bout|win|victory|loss|defeat|draw|tie|title|start|appearance|season|year|month|week|day|night|quarter)$/;

/** Periods a window of time is counted in. */
const PERIOD = /^(?:season|year|month|week|day|game|match|race|quarter)$/;
/** `the past`, `the next` (or `last`, `coming`, `previous`, `following`) right before a count, perhaps after `each of`. */
const WINDOW_BEFORE =
  /\b(?:the|its|his|her|their)\s+(past|last|previous|preceding|next|coming|following|remaining)\s+$/i;
const BACK = /^(?:past|last|previous|preceding)$/i;

/**
 * The key of a count that is a run or a window (see the module's note), or null. `span` is the
 * count's own text, `before` and `after` the text either side of it, `noun` its counted noun.
 */
export function countRun(
  span: string,
  before: string,
  after: string,
  noun: string,
): { noun: string; text: string; rule: string } | null {
  if (!noun) return null;
  if ((STREAK_WITHIN.test(span) || IN_A_ROW_AFTER.test(after)) && OCCASION.test(noun))
    return { noun: `streak-${noun}`, text: `run of ${noun}s`, rule: 'fact:count-streak' };
  const window = PERIOD.test(noun) ? WINDOW_BEFORE.exec(before.slice(-30)) : null;
  if (window) {
    const way = BACK.test(window[1]!) ? 'past' : 'next';
    return {
      noun: `window-${way}-${noun}`,
      text: `the ${way} ${noun}s`,
      rule: 'fact:count-window-of-periods',
    };
  }
  return null;
}

/** `in each of the next two seasons`, `for each of the past three years` right after a sum: its period. */
const EACH_OF_PERIODS =
  /^\s+(?:in|for|during|over)?\s*each\s+of\s+(?:the|its|his|her|their)\s+(?:(?:past|last|previous|next|coming|following|remaining|first|final)\s+)?(?:\S+\s+)?(season|year|month|week|day)s\b/i;

/**
 * The period a sum is paid or earned in each of (`$5.8 million in each of the next two seasons`):
 * `season`, or null (rule `fact:rate-each-of-periods`).
 */
export function eachOfPeriods(after: string): string | null {
  return EACH_OF_PERIODS.exec(after)?.[1]?.toLowerCase() ?? null;
}
