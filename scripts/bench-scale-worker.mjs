// Worker of bench-scale: analyses article texts with the built package (dist/) and
// returns what the story index needs (`articleOf`, with the MinHash signature instead
// of the text). Plain JavaScript: Node 20 workers do not inherit the TypeScript loader
// the bench itself runs under.
import { parentPort } from 'node:worker_threads';
import { minHasher } from '../dist/corpus/minhash.js';
import { articleOf } from '../dist/corpus/online.js';
import { processText } from '../dist/pipeline/document.js';

const hasher = minHasher();
parentPort.on('message', (m) => {
  const out = m.texts.map((text, i) => {
    const a = articleOf(processText(text, { kind: 'record', location: `#${m.job}.${i}` }));
    // The generator's dateline, whether or not the metadata stage reads it.
    const published = /Published (\d{4}-\d\d-\d\d)/.exec(text)?.[1];
    return {
      id: a.id,
      time: published ? Date.parse(published) : NaN,
      counts: [...a.counts],
      signature: a.text.length >= 200 ? hasher.signature(a.text) : null,
    };
  });
  parentPort.postMessage({ job: m.job, out });
});
