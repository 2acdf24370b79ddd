// Worker of bench-scale: analyses article texts with the built package (dist/) and
// returns what the story index needs. Plain JavaScript: Node 20 workers do not
// inherit the TypeScript loader the bench itself runs under.
import { parentPort } from 'node:worker_threads';
import { minHasher } from '../dist/corpus/minhash.js';
import { termCounts } from '../dist/corpus/vectors.js';
import { processText } from '../dist/pipeline/document.js';
import { bodyText } from '../dist/report/text.js';

const hasher = minHasher();
parentPort.on('message', (m) => {
  const out = m.texts.map((text, i) => {
    const doc = processText(text, { kind: 'record', location: `#${m.job}.${i}` });
    const published = /Published (\d{4}-\d\d-\d\d)/.exec(text)?.[1];
    const body = bodyText(doc);
    return {
      id: doc.id,
      time: published ? Date.parse(published) : NaN,
      counts: [...termCounts(doc)],
      signature: body.length >= 200 ? hasher.signature(body) : null,
    };
  });
  parentPort.postMessage({ job: m.job, out });
});
