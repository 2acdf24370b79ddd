import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../analyze.js';

// h-who14 (issue 13, "who says it"): patterns of news language behind wrong origins found by reading
// half A's unlabelled stories after h-who13. Each rule has a fictional pair (failing before its
// change) and a control. docs/origins.md, `2026-12-05, h-who14`.

const origins = (texts: readonly string[]): string[] =>
  (
    analyzeTexts(texts.map((text, i) => ({ text, known: { outlet: `Outlet ${i + 1}`, language: 'en' } })))
      .provenance.origins ?? []
  )
    .map((o) => o.label)
    .filter((l) => !/^Outlet \d$/.test(l));

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
