import { CERTAINTIES, type Certainty } from './document.js';

/** The weakest of some certainties (`denied` is weakest, `asserted` strongest). */
export function weakest(list: readonly Certainty[]): Certainty {
  let w: Certainty = 'asserted';
  for (const c of list) if (CERTAINTIES.indexOf(c) > CERTAINTIES.indexOf(w)) w = c;
  return w;
}
