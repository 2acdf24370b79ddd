import { describe, expect, it } from 'vitest';
import { processText } from '../pipeline/document.js';
import { runStoryStages, STORY_STAGES } from './stages.js';

// A fictional story told by three outlets, with ages, counts and sums for the facts stage.
const TEXTS = [
  `Flood closes Marrow bridge
Floodwater closed the Marrow bridge on Sunday after 40 millimetres of rain fell in six hours, the Deln council said.
Council leader Ida Forsk, 52, said repairs would cost $2 million.`,
  `Marrow bridge shut by floods
The Marrow bridge was closed on Sunday after 45 millimetres of rain, according to the Deln council.
Ida Forsk, 53, the council leader, put the cost of repairs at $3 million.`,
  `Deln council shuts bridge
Heavy rain forced the Deln council to close the Marrow bridge on Sunday, officials said.
Repairs will cost $2 million, council leader Ida Forsk said.`,
];

const documents = TEXTS.map((text, i) => processText(text, { kind: 'record', location: `outlet-${i}.txt` }));

describe('story stages beside a thread', () => {
  it('gives the same layers when the stages reading no layer run in a thread of their own', () => {
    const alone = runStoryStages(documents);
    const told: Array<[readonly string[], boolean]> = [];
    const beside = runStoryStages(documents, STORY_STAGES, {
      threads: 2,
      threadFrom: 1,
      onThread: (stages, answered) => told.push([stages, answered]),
    });
    // The facts came from the thread, not from the fall-back run here.
    expect(told).toEqual([[['facts'], true]]);
    expect(alone.facts!.length).toBeGreaterThan(0);
    expect(beside).toEqual(alone);
  }, 60_000);

  it('runs every stage here with one thread, or for a story under the size that pays for one', () => {
    const told: unknown[] = [];
    const onThread = (stages: readonly string[]): number => told.push(stages);
    runStoryStages(documents, STORY_STAGES, { threads: 1, threadFrom: 1, onThread });
    runStoryStages(documents, STORY_STAGES, { threads: 2, onThread });
    expect(told).toEqual([]);
  });
});
