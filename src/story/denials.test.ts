import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../analyze.js';

/**
 * Stop 58 (main): who denies a claim is no origin of it (rule `claims:denier-no-origin`), and the
 * brief tells the claim a denial contests beside the denial (rule `brief:asserted-beside-denial`).
 */
const A =
  'Drone strike hits grain silo in Ostra, officials say\nMay 14, 2032\nOSTRA, Velmar - A drone strike destroyed a grain silo on the outskirts of Ostra early on Tuesday, killing two guards, regional officials said.\nThe officials blamed the Red Hill militia, which has carried out several attacks in the region this year.\nA spokesman for the militia denied that the group had carried out the strike.\nFire crews fought the blaze for six hours.';
const B =
  'Militia denies role in Ostra silo attack\nMay 14, 2032\nOSTRA, Velmar - The Red Hill militia on Tuesday denied it was behind a drone attack that set a grain silo near Ostra on fire.\n"We had nothing to do with this," militia spokesman Dan Reko told the Ostra Courier.\nRegional governor Ines Varr said two guards were killed and that evidence pointed to the militia.\nPolice said they could not yet confirm who launched the drone.';
const C =
  'Ostra silo blaze out, cause under investigation\nMay 15, 2032\nOSTRA, Velmar - Firefighters put out a fire at a grain silo near Ostra on Wednesday, a day after it was hit by a drone.\nTwo guards died in the attack, the regional government said.\nInvestigators have not yet said who was responsible.';
const story = (texts: readonly string[]) =>
  analyzeTexts(texts.map((text, i) => ({ location: `${i + 1}.txt`, text })));

describe('a denial and the claim it denies', () => {
  it('the denier is no origin of the claim it denies (claims:denier-no-origin)', () => {
    const d = story([A, B, C]);
    const claim = d.claims.find((c) => c.members.some((m) => /denied that the group/.test(m.text)))!;
    expect(claim.contested).toBe(true);
    const labels = claim.origins.map((o) => d.provenance.nodes.find((n) => n.id === o)?.label ?? o);
    expect(labels.some((l) => /spokesman|militia/i.test(l))).toBe(false);
    expect(claim.origins.length).toBeGreaterThan(0);
  });
  it('control: a claim told only by its denials keeps their sources', () => {
    const d = story([
      'Militia denies attack\nMay 14, 2032\nOSTRA, Velmar - A spokesman for the Red Hill militia denied that the group had attacked a grain silo near Ostra.',
      'Red Hill denial\nMay 14, 2032\nOSTRA, Velmar - A spokesman for the Red Hill militia denied that the group had attacked the grain silo near Ostra on Tuesday.',
    ]);
    const claim = d.claims.find((c) => c.outlets === 2)!;
    expect(claim.origins.length).toBeGreaterThan(0);
  });
  it('the brief tells the contested claim beside its denial (brief:asserted-beside-denial)', () => {
    const d = story([A, B, C]);
    const texts = d.brief.map((b) => b.text);
    expect(texts.some((t) => /denied/.test(t))).toBe(true);
    // The claim itself, by a member that states it: the silo hit, not only its denial.
    expect(d.brief.some((b) => b.certainty !== 'denied' && /drone/.test(b.text) && /silo/.test(b.text))).toBe(
      true,
    );
  });
});

describe('a denial beside a relative clause (claims:denial-beside-relative)', () => {
  const gold =
    'Kovic banned\nNovember 4, 2032\nGENEVA - Ada Kovic won gold in the 200 metres at the 2028 Olympics.\nThe sprinter was banned for four years on Thursday.';
  it('`The 27-year-old, who won Olympic gold in 2028, denies taking any banned substance`: no denial of the gold', () => {
    const d = story([
      gold,
      'Kovic appeals\nNovember 9, 2032\nGENEVA - The 27-year-old sprinter, who won Olympic gold over 200 metres in 2028, denies taking any banned substance.',
    ]);
    expect(d.discrepancies.filter((x) => x.kind === 'certainty')).toEqual([]);
    expect(d.claims.some((c) => c.members.some((m) => m.certainty === 'denied' && /gold/.test(m.text)))).toBe(
      false,
    );
  });
  it('control: a denial inside the relative clause (`Kovic, who denies winning gold in 2028, ...`) denies the gold', () => {
    const d = story([
      gold,
      'Kovic appeals\nNovember 9, 2032\nGENEVA - Ada Kovic, who denies she won gold in the 200 metres at the 2028 Olympics, has appealed against her ban.',
    ]);
    expect(d.claims.some((c) => c.members.some((m) => m.certainty === 'denied' && /gold/.test(m.text)))).toBe(
      true,
    );
  });
});
