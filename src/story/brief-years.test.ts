import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../analyze.js';

/** Stop 58 (main): a brief item naming a year is stated only by documents naming it (rule `brief:years-given`). */
const FIRST =
  'Dam bursts in Rusk valley, villages flooded\nApril 22, 2031\nRUSK, Embria - An earthen dam above the village of Rusk burst after days of heavy rain on Wednesday evening, flooding three villages and forcing 1,200 people from their homes, regional officials said.\nTwo people were killed and 14 were injured, police said.\nThe dam, built in 1971, held back about 4 million cubic metres of water.';
const SECOND = (extra: string) =>
  `Two dead as dam gives way in Embria\nApril 23, 2031\nRUSK, Embria - Two people died and 17 were hurt when a dam gave way near Rusk on Wednesday night, police said on Thursday.\nFloodwater swept through four villages, and some 1,200 residents were evacuated.\nThe dam was built in 1971 to supply water to a sawmill.${extra}`;
const THIRD =
  'Rusk dam owner says inspections found no faults\nApril 24, 2031\nRUSK, Embria - The company that owns the Rusk dam, which burst on Wednesday, said on Friday that an inspection in 2030 had found no faults.\nTwo people were killed in the flood and more than 1,000 were forced to leave their homes.';
const story = (texts: readonly string[]) =>
  analyzeTexts(texts.map((text, i) => ({ location: `${i + 1}.txt`, text })));
const cited = (d: ReturnType<typeof story>, re: RegExp): number[] | undefined =>
  d.brief.find((b) => re.test(b.text))?.docs.map((id) => d.documents.findIndex((x) => x.id === id) + 1);

describe('a brief item naming a year (brief:years-given)', () => {
  it('is not cited to reports of the burst that never name the year of the inspection', () => {
    const d = story([FIRST, SECOND(''), THIRD]);
    expect(cited(d, /inspection in 2030/)).toEqual([3]);
  });
  it('control: a report naming the year in other words (`a 2030 inspection`) is still cited', () => {
    const d = story([
      FIRST,
      SECOND('\nThe owner said a 2030 inspection of the dam had found no faults.'),
      THIRD,
    ]);
    expect(cited(d, /inspection in 2030/)).toEqual([2, 3]);
  });
});
