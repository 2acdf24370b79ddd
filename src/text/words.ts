/**
 * Words as the corpus and story levels weigh them: the function words left out, and a light
 * stem. Shared by `corpus/` (story vectors) and `story/` (claim units, facts).
 */

/** Function words left out of story vectors (English; other languages fall back to rare-term weighting). */
export const STOP: ReadonlySet<string> = new Set(
  (
    'a an the and or but if of to in on at by for from with as is are was were be been has have had it its he she ' +
    'they his her their this that these those which who what when where there than then also not no into over after ' +
    'before about up out said says say will would can could may might more most one two new year years mr mrs ms ' +
    'just like get got did do does him them we our you your all any some such very only other been being'
  ).split(' '),
);

/** A light stem: `seized`, `seizes` and `seizing` meet at `seiz`. */
export const stem = (w: string): string => (w.length > 4 ? w.replace(/(ing|ed|es|s)$/, '') : w);
