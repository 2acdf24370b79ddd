/**
 * One case of `npm run fuzz`, in a process of its own (so a hang can be stopped and CPU time
 * is this case's alone): `fuzz-case.ts SHAPE SIZE SEED` analyses the shape through the
 * library and prints `{"cpu": seconds, "wall": seconds}`; an exception is a crash unless
 * it is a refusal (an InputError, which the CLI reports as a user error).
 */
import { InputError } from '../src/model/messages.js';
import { analyseHostile, cpuSeconds, HOSTILE_SHAPES, seeded } from '../test/hostile.js';

const [shapeIndex, size, seed] = process.argv.slice(2).map(Number);
const shape = HOSTILE_SHAPES[shapeIndex!];
if (!shape || !size || seed === undefined) {
  console.error('usage: fuzz-case.ts SHAPE-INDEX SIZE SEED');
  process.exit(2);
}
const input = shape.make(size, seeded(seed));
const started = performance.now();
let refused: string | null = null;
const cpu = cpuSeconds(() => {
  try {
    analyseHostile(input);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    refused = err.rule;
  }
});
console.log(JSON.stringify({ cpu, wall: (performance.now() - started) / 1000, refused }));
