import { describe, expect, it } from 'vitest';
import { processHtmlText, processText } from './document.js';
import { pipelineFor } from './engine.js';
import { LAYERS, STAGES, stagesFor, TEXT_STAGES, textStagesFor, type Stage } from './stages.js';

const names = (stages: readonly Stage[]): string[] => stages.map((s) => s.name);

const ARTICLE = [
  'Lowmarsh council votes to close the old bridge',
  'By Ada Quill',
  'The council of Lowmarsh voted on Friday to close the old bridge, the Fenland Herald reported.',
  'Engineers found cracks in two of its piers last month, according to the county surveyor.',
  '"We cannot risk it," said Mayor Tobias Wren, who may seek a ferry service instead.',
].join('\n');

describe('stages on demand', () => {
  it('declares, for every stage, layers that earlier stages make', () => {
    const made = new Set<string>();
    for (const s of STAGES) {
      for (const l of s.reads) expect(made, `${s.name} reads ${l}`).toContain(l);
      for (const l of s.writes) made.add(l);
    }
    expect([...made]).toEqual([...LAYERS]);
  });
  it('resolves the stages a set of layers needs, in pipeline order', () => {
    // Language is detected on the body's first sentences, which it splits itself when the
    // sentences layer is not asked for.
    expect(names(stagesFor(['blocks', 'metadata', 'language']))).toEqual([
      'repair',
      'blocks',
      'metadata',
      'language',
    ]);
    expect(names(stagesFor(['sentences', 'language']))).toEqual([
      'repair',
      'blocks',
      'sentences',
      'language',
    ]);
    expect(names(stagesFor(['attribution']))).toEqual(names(STAGES));
    // Controls: a layer that reads nothing needs only its own stage.
    expect(names(stagesFor(['repairs']))).toEqual(['repair']);
    expect(names(stagesFor(['blocks']))).toEqual(['blocks']);
    expect(stagesFor([])).toEqual([]);
  });
  it('refuses a stage list whose stages read what no earlier stage writes', () => {
    const outOfOrder = [STAGES[2]!, STAGES[0]!, STAGES[1]!];
    expect(() => stagesFor(['metadata'], outOfOrder)).toThrow(/stage metadata reads repairs/);
    expect(() => stagesFor(['mentions'], STAGES.slice(0, 3))).toThrow(/no stage writes the layer mentions/);
  });
  it('makes the layers asked for exactly as the full pipeline does, and leaves the others empty', () => {
    const source = { kind: 'record' as const, location: 'fiction' };
    const full = processText(ARTICLE, source);
    const some = processText(ARTICLE, source, { layers: ['blocks', 'metadata', 'language'] });
    expect(full.attributions.length).toBeGreaterThan(0);
    expect(full.entities.length).toBeGreaterThan(0);
    for (const k of ['repairs', 'blocks', 'title', 'byline', 'outlet', 'published', 'language'] as const)
      expect(some[k], k).toEqual(full[k]);
    expect(some.sentences).toEqual([]);
    expect(some.entities).toEqual([]);
    expect(some.dates).toEqual([]);
    expect(some.attributions).toEqual([]);
    expect(some.certainties).toEqual([]);
    const html = `<html lang="en-GB"><head><title>Bridge</title></head><body><article><h1>Bridge to close</h1><p>${ARTICLE.split('\n').slice(2).join('</p><p>')}</p></article></body></html>`;
    const page = processHtmlText(html, source, { layers: ['language'] });
    expect(page.language).toBe('en-GB');
    expect(page.blocks.length).toBeGreaterThan(0);
    expect(page.title).toBeNull();
  });
  it('runs the text layers on the text stages alone, the same stages the full list gives them', async () => {
    const textLayers = ['repairs', 'blocks', 'metadata', 'sentences', 'language'] as const;
    expect(STAGES.slice(0, TEXT_STAGES.length)).toEqual(TEXT_STAGES);
    expect(textStagesFor([...textLayers])).toBe(TEXT_STAGES);
    expect(stagesFor(['blocks', 'metadata', 'language'], TEXT_STAGES)).toEqual(
      stagesFor(['blocks', 'metadata', 'language']),
    );
    // Controls: mentions or attribution asked for, or every layer (none named), need the full list.
    expect(textStagesFor(['blocks', 'mentions'])).toBeNull();
    expect(textStagesFor(['attribution'])).toBeNull();
    expect(textStagesFor(undefined)).toBeNull();
    const source = { kind: 'record' as const, location: 'fiction' };
    const layers = ['blocks', 'metadata', 'language'] as const;
    const light = (await pipelineFor({ layers: [...layers] })).processText(ARTICLE, source, {
      layers: [...layers],
    });
    expect(light).toEqual(processText(ARTICLE, source, { layers: [...layers] }));
    const full = (await pipelineFor({})).processText(ARTICLE, source);
    expect(full.attributions.length).toBeGreaterThan(0);
    expect(full).toEqual(processText(ARTICLE, source));
  });
});
