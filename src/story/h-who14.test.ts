import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../analyze.js';
import { origins, roleOf } from './who.fixture.js';

// h-who14 (issue 13, "who says it"): patterns of news language behind wrong origins found by reading
// half A's unlabelled stories after h-who13. Each rule has a fictional pair (failing before its
// change) and a control. docs/origins.md, `2026-12-05, h-who14`.

describe('h-who14: one source description in the singular and the plural (`source-number`)', () => {
  it('pair: `harbour sources` and `a harbour source` in two articles are one origin', () => {
    const texts = [
      'A harbour pilot has been charged over the sinking of the ferry Alda, harbour sources said on Tuesday.',
      'The pilot of the ferry Alda was charged with manslaughter on Tuesday, a harbour source said.',
    ];
    expect(origins(texts).filter((l) => /harbour source/.test(l))).toHaveLength(1);
  });
  it('control: `police sources` and `a police official`, or another description, stay apart', () => {
    const texts = [
      'Rescue crews found two more bodies near the wreck of the Alda, police sources said.',
      'Divers searched the hull overnight, a police official said. The pilot was charged, a court source said.',
    ];
    const o = origins(texts);
    expect(o.filter((l) => /police/.test(l))).toHaveLength(2);
    expect(o.filter((l) => /source/.test(l))).toHaveLength(2);
  });
});

describe('h-who14: a sector`s voices weigh a decision (`business-voices`)', () => {
  it('pair: `industry and business representatives` and `business officials` are commentators', () => {
    const texts = [
      'The Velmar ministry restored the review of river dredging on Monday. Industry and business representatives said the review would only delay port projects.',
      'Environmentalists welcomed the move, but business officials said the review could delay a new bridge.',
    ];
    expect(roleOf(texts, /representatives/)).toBe('provenance:commentator-role');
    expect(roleOf(texts, /business officials/)).toBe('provenance:commentator-role');
  });
  it('control: `industry officials` telling a figure, and a named company, stay origins', () => {
    const texts = [
      'Industry officials said river traffic fell by a third in May.',
      'The Brandt Dredging Company said it had stopped work at the port on Monday.',
    ];
    expect(roleOf(texts, /Industry officials/i)).toBe('provenance:first-hand');
    expect(roleOf(texts, /Brandt/)).toBe('provenance:first-hand');
  });
});

describe('h-who14: `the government` is the one government the story names with its country (`government-named`)', () => {
  const docsOf = (texts: readonly string[], label: RegExp): number =>
    (
      analyzeTexts(texts.map((text, i) => ({ text, known: { outlet: `Outlet ${i + 1}`, language: 'en' } })))
        .provenance.origins ?? []
    ).find((o) => label.test(o.label))?.documents.length ?? 0;
  it('pair: `praised by the government` and `The government of Velmar said` are one origin', () => {
    const texts = [
      'Voters in Velmar cast ballots on Sunday in an election praised by the government as a step to democracy.',
      'The government of Velmar said 90 percent of voters took part in the election on Sunday.',
    ];
    expect(docsOf(texts, /government of Velmar/)).toBe(2);
    expect(origins(texts).filter((l) => /government/i.test(l))).toEqual(['government of Velmar']);
  });
  it('control: with two governments named, `the government` is neither', () => {
    const texts = [
      'Voters in Velmar cast ballots on Sunday in an election praised by the government as a step to democracy.',
      'The government of Velmar said 90 percent of voters took part. The Orsk government said the vote was unfair.',
    ];
    expect(docsOf(texts, /government of Velmar/)).toBe(1);
  });
});

describe('h-who14: `X’s attorney` and `X’s lawyer` are one description (`counsel-synonym`)', () => {
  it('pair: `Ada Quill’s attorney` and `Ada Quill’s lawyer` in two articles are one origin', () => {
    const texts = [
      "Ada Quill's attorney said Thursday the singer had entered a clinic in Harlow Bay.",
      "Ada Quill's lawyer told the court on Thursday that she was at a clinic in Harlow Bay.",
    ];
    expect(origins(texts).filter((l) => /Quill/.test(l))).toHaveLength(1);
  });
  it('control: the lawyers of two people stay apart', () => {
    const texts = [
      "Ada Quill's attorney said Thursday the singer had entered a clinic in Harlow Bay.",
      "Ivo Marl's lawyer told the court on Thursday that the fee was paid.",
    ];
    expect(origins(texts).filter((l) => /Quill|Marl/.test(l))).toHaveLength(2);
  });
});

describe('h-who14: a speaker cited only for how they feel reacts (`commentator-feeling`)', () => {
  it('pair: a shop owner cited only for his fear is a commentator', () => {
    const texts = [
      '“I’m scared for everything, my shop, my workers,” said Ivo Marl, 45, who owns a bakery on Tarn Street.',
    ];
    expect(roleOf(texts, /Marl/)).toBe('provenance:commentator-feeling');
  });
  it('control: a feeling with what was seen, or with a fact, stays an origin', () => {
    const texts = [
      '“I was terrified when I saw the van hit the gate,” said Ada Quill, who owns a shop on Tarn Street.',
      '“We are shocked that the council closed the pier at noon,” said Tomas Brekk, a ferry pilot.',
    ];
    expect(roleOf(texts, /Quill/)).toBe('provenance:first-hand');
    expect(roleOf(texts, /Brekk/)).toBe('provenance:first-hand');
  });
});
