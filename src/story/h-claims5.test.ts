import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../analyze.js';
import type { Dossier } from '../model/dossier.js';
import { claimFamily, family } from './align.js';

/** The dossier of invented articles, all published on one day (news dates what it tells). */
const dated = (...texts: string[]): Dossier =>
  analyzeTexts(
    texts.map((text, i) => ({
      text,
      location: `a${i + 1}.txt`,
      known: { language: 'en', published: '2031-03-06' },
    })),
  );

/** The member texts of each claim of a dossier. */
const claimTexts = (d: Dossier): string[][] =>
  d.claims.map((c) =>
    c.members.map((m) => d.documents.find((x) => x.id === m.doc)!.text.slice(m.start, m.end)),
  );
/** Whether some claim holds a member starting with `a` and one starting with `b`. */
const together = (d: Dossier, a: string, b: string): boolean =>
  claimTexts(d).some((ms) => ms.some((t) => t.startsWith(a)) && ms.some((t) => t.startsWith(b)));

// A fictional story: three outlets report that Lena Ostrava won the mayoral election in Carrow;
// the loser, Petr Halm, denies it, and asks for a recount. One outlet recalls the election
// Ostrava lost to Halm four years before.
const election = dated(
  'Ostrava wins Carrow mayoral election\nLena Ostrava won the Carrow mayoral election on Sunday with 54 percent of the vote.\nOstrava lost the 2027 election to Petr Halm by fewer than 900 votes.\nHalm refused to accept defeat and denied that Ostrava had won.\nOn Monday Halm asked the election board for a recount.\n',
  'Ostrava elected mayor of Carrow\nVoters in Carrow elected Lena Ostrava as mayor, handing her a clear victory over Petr Halm.\nHalm has demanded a recount of the votes.\nTurnout was the highest in two decades.\n',
  "Carrow picks Ostrava as its mayor\nOstrava defeated the sitting mayor, Petr Halm, in Sunday's vote in Carrow.\nFour years ago Halm beat Ostrava in a close race.\nHalm filed a request for a recount on Monday.\nHalm denied he had lost and said the count was flawed.\n",
);

describe('h-claims5: a denial answers the claim telling what it denies (claims:denial-answers-what)', () => {
  it('the denial joins the claim of the win it denies, not the nearer background sentence naming the same people', () => {
    // On main the denial answered the nearest sentence before it sharing anything, the 2027
    // election naming Ostrava and Halm, and sat in the recount's claim with it.
    const denial = 'Halm refused to accept defeat';
    expect(together(election, denial, 'Lena Ostrava won the Carrow')).toBe(true);
    expect(together(election, denial, 'Ostrava lost the 2027 election')).toBe(false);
    expect(together(election, denial, 'On Monday Halm asked')).toBe(false);
  });

  it('control: a denial sharing no word of what happened with any claim still answers the nearest naming its people', () => {
    // `Halm denied he had lost` shares only Halm with the sentences before it: the recount, nearest.
    expect(together(election, 'Halm denied he had lost', 'Halm filed a request for a recount')).toBe(true);
  });
});

// A fictional story: three outlets report that two aid workers held in Karsa were freed; one
// headline tells it in words of its own. A fourth report, on the charity's appeal, leads with
// something no other outlet tells (the control).
const release = dated(
  'Two aid workers freed in Karsa\nMilitants in Karsa freed two aid workers on Saturday after holding them for four months.\nIn 2027 the same group released a nurse after five weeks.\nThe two workers flew home to Veldara on Sunday.\n',
  'Kidnapped aid workers released\nTwo aid workers kidnapped in Karsa in May have been released, their charity said.\nThey landed in Veldara on Sunday and were reunited with their families.\n',
  'Karsa hostages go free\nThe release of the two aid workers held in Karsa since May came on Saturday.\nThe group freed a kidnapped nurse in 2027.\nBoth arrived home on Sunday.\n',
  'Charity appeals for donations\nThe Lantern Trust launched an appeal on Friday to rebuild its clinics in the north.\nIt hopes to raise funds before the winter.\n',
);

describe('h-claims5: a headline tells what its lead tells (claims:headline-tells-lead)', () => {
  it('a headline sharing no word of what happened with any sentence joins the claim of its own lead', () => {
    // On main `Karsa hostages go free` was in no claim: `hostages` and `free` are not the
    // words of the other outlets (`freed`, `released`), `Karsa` is a name.
    expect(together(release, 'Karsa hostages go free', 'The release of the two aid workers')).toBe(true);
    expect(together(release, 'Karsa hostages go free', 'Militants in Karsa freed')).toBe(true);
  });

  it('control: a headline whose lead no claim holds stays out of every claim', () => {
    expect(claimTexts(release).flat()).not.toContain('Charity appeals for donations');
  });

  // (A headline stating a figure or a date is left out too: `h-trial18.test.ts`, `tells the
  // hire`, where `Maranth gets five years from Harriers` would join the hire's claim.)
  it('control: a headline a claim already holds joins no other', () => {
    const held = claimTexts(release).filter((ms) => ms.includes('Two aid workers freed in Karsa'));
    expect(held).toHaveLength(1);
  });
});

// A fictional story: three outlets report a carmaker's recall over its brakes, and the
// regulator's inquiry opened after it, each in its own words. One recalls an earlier recall.
const recall = dated(
  'Kestrel Motors recalls 120,000 cars over brakes\nKestrel Motors is recalling 120,000 cars because of faulty brakes, the carmaker said on Wednesday.\nIn 2028 Kestrel recalled 80,000 vehicles over faulty airbags.\nThe transport regulator said on Friday it had opened an investigation into the brakes.\n',
  'Brake fault forces Kestrel recall\nSome 120,000 Kestrel cars are being called back to fix a brake defect.\nOwners will be contacted by letter and repairs will be free.\nRegulators have launched an inquiry into the defect.\nThe carmaker recalled 80,000 cars three years ago because of airbag problems.\n',
  'Kestrel calls back cars\nCarmaker Kestrel Motors announced the recall of 120,000 vehicles with defective brakes on Wednesday.\nAn investigation by the transport regulator was opened on Friday.\n',
);

describe('h-claims5: an inquiry told as an investigation, an inquiry or a probe (claims:event-families)', () => {
  it('investigation / inquiry / probe are one word for claims', () => {
    expect(claimFamily('inquiry')).toBe(claimFamily('investigation'));
    expect(claimFamily('probe')).toBe(claimFamily('investigated'));
  });

  it("the regulator's inquiry told in other words is one claim", () => {
    // On main `Regulators have launched an inquiry` shared no word of what happened with the
    // other outlets' `investigation` and stayed out of their claim.
    expect(together(recall, 'Regulators have launched an inquiry', 'An investigation by the transport')).toBe(
      true,
    );
  });

  it('control: the inquiry stays apart from the recall and from the earlier recall', () => {
    for (const other of [
      'Kestrel Motors is recalling',
      'In 2028 Kestrel recalled',
      'The carmaker recalled 80,000',
    ])
      expect(together(recall, 'Regulators have launched an inquiry', other)).toBe(false);
  });

  it('control: the facts layer does not read the family', () => {
    expect(family('inquiry')).not.toBe(family('investigation'));
  });
});
