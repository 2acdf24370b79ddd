import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../analyze.js';
import type { Dossier } from '../model/dossier.js';
import { claimFamily, family } from './align.js';

// A fictional story: four outlets report the riots in the town of Dornvale after police shot a
// courier, each telling the shooting and what it set off in its own words. One outlet also
// recalls a shooting of years before in another town and the unrest it set off (the control).
const texts = [
  'Riots in Dornvale after courier is shot\nThe shooting of courier Ilan Moreau sparked two nights of rioting in Dornvale.\nShops were looted on the high street and a bus was set alight.\nThe mayor appealed for calm on Sunday.\n',
  'Dornvale unrest enters second night\nAn officer shot the young man during a traffic stop on Friday, and his death triggered unrest across the town.\nFirefighters put out blazes in three warehouses overnight.\nCommunity leaders called for an independent inquiry.\n',
  'Calm returns to Dornvale\nThe courier was shot at a checkpoint, which unleashed riots that lasted until Sunday.\nThe council said repairs would take months.\nSchools reopened on Monday.\n',
  'Dornvale counts the cost\nThe shooting sparked the riots, residents said.\nIn 2019 the shooting of a farmer, Olek Varga, by a guard in Hesk triggered a week of unrest there.\nInsurers expect claims to run into millions.\n',
];
const dossier: Dossier = analyzeTexts(texts.map((text, i) => ({ location: `${i}.txt`, text })));
/** The texts of the claims holding a member that starts with `start`. */
const claimsOf = (start: string): string[][] => {
  const out: string[][] = [];
  for (const c of dossier.claims) {
    const members = c.members.map((m) => {
      const d = dossier.documents.find((x) => x.id === m.doc)!;
      return d.text.slice(m.start, m.end);
    });
    if (members.some((t) => t.startsWith(start))) out.push(members);
  }
  return out;
};
const together = (a: string, b: string): boolean =>
  claimsOf(a).some((members) => members.some((t) => t.startsWith(b)));

describe('h-claims4: one event told with event words of one family (claims:event-families)', () => {
  it('shooting / shot are one word for claims', () => {
    expect(claimFamily('shooting')).toBe(claimFamily('shot'));
  });

  // The `cause`, `riot` and `sentence` families were taken out at the end of stop 38: each moved
  // half A only (the half they were written from), half B unchanged (docs/story-level.md).
  it.fails(
    'sparked / triggered / unleashed, riots / rioting / unrest, sentenced / jailed are one word for claims',
    () => {
      expect(claimFamily('sparked')).toBe(claimFamily('triggered'));
      expect(claimFamily('unleashed')).toBe(claimFamily('sparked'));
      expect(claimFamily('rioting')).toBe(claimFamily('unrest'));
      expect(claimFamily('jailed')).toBe(claimFamily('sentenced'));
    },
  );

  // With the `cause` and `riot` families taken out, the outlets' leads share too few event words.
  it.fails('the shooting that set off the riots, told by outlets in their own words, is one claim', () => {
    // On main the second outlet's lead (`shot`, `triggered`, `unrest`) shares no word of the
    // event with the first's (`shooting`, `sparked`, `rioting`) and stays out of its claim.
    expect(together('The shooting of courier', 'An officer shot the young man')).toBe(true);
    expect(together('The courier was shot', 'The shooting sparked the riots')).toBe(true);
  });

  it('control: a shooting and unrest of other people, another place and year stay apart', () => {
    for (const s of ['The shooting of courier', 'An officer shot the young man', 'The courier was shot'])
      expect(together(s, 'In 2019 the shooting of a farmer')).toBe(false);
  });

  it('control: the facts layer does not read the claim-only families', () => {
    expect(family('sparked')).not.toBe(family('triggered'));
    expect(family('jailed')).not.toBe(family('sentenced'));
  });
});
