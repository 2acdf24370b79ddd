/**
 * Issue 13 (h-attr14): rules written from general patterns of news language, each with a fictional
 * pair that failed before its rule and a control that passes before and after (docs/attribution.md,
 * `2026-12-05, h-attr14`).
 */
import { describe, expect, it } from 'vitest';
import { attributionsOf as found } from './read.js';

describe('h-attr14: who says it', () => {
  it('tag-after-question: `“Why close the pier?” Ada Quill asked.` names the asker of the sentence before', () => {
    const text = 'Headline\n“Why close the pier now?” Ada Quill asked. The ferry left at noon.';
    expect(found(text)).toEqual([
      ['asked', 'Ada Quill', '“Why close the pier now?”', 'attribution:tag-after-question'],
    ]);
    const first = 'Headline\n“Where is the ferry?” Harbour Master Olav Brede wondered. It was late.';
    expect(found(first)).toEqual([
      ['wondered', 'Harbour Master Olav Brede', '“Where is the ferry?”', 'attribution:tag-after-question'],
    ]);
  });
  it('tag-after-question control: a question of the writer’s own, no quotation, has no asker', () => {
    const text = 'Headline\nWill the pier in Varn close? Ada Quill asked. The ferry left at noon.';
    expect(found(text).filter((a) => a[3] === 'attribution:tag-after-question')).toEqual([]);
    expect(found('Headline\n“It is safe,” Ada Quill said. The ferry left at noon.')).toEqual([
      ['said', 'Ada Quill', 'It is safe', 'attribution:verb-after-content'],
    ]);
  });
  it('progressive-phrase: `is calling for a vote`, `was pushing back against` report as their past forms do', () => {
    expect(found('The mayor of Varn is calling for a vote on the pier.')).toEqual([
      ['calling for', 'The mayor of Varn', 'a vote on the pier', 'attribution:verb-after-source'],
    ]);
    expect(found('The Varn dock union was pushing back against the plan.').map((a) => a.slice(0, 2))).toEqual(
      [['pushing back', 'The Varn dock union']],
    );
  });
  it('progressive-phrase control: a progressive deed is no cue (`was taking the ferry`), a one-word one reads as before', () => {
    expect(found('Ada Quill was taking the ferry to Halvek.')).toEqual([]);
    expect(found('The mayor of Varn is calling the plan a disgrace.').map((a) => a.slice(0, 2))).toEqual([
      ['calling', 'The mayor of Varn'],
    ]);
  });
});
