import { createRequire } from 'node:module';
import { caseless } from '../text/regexp.js';

type ChronoEn = typeof import('chrono-node/en');
type Casual = ChronoEn['casual'];
type Parser = Casual['parsers'][number];
let loaded: ChronoEn | null = null;
let casual: Casual | null = null;

/**
 * chrono-node's English parsers (the same functions as `chrono.en`), loaded on
 * first use and without the other fourteen locales: loading the whole package
 * costs about 0.3 s of start-up, paid by every command before, even those that
 * never parse a date (`--version`, `extract` of an article with no date line).
 */
export function chronoEn(): ChronoEn {
  return (loaded ??= createRequire(import.meta.url)('chrono-node/en') as ChronoEn);
}

/**
 * chrono's English casual parser (`chronoEn().casual`) with each parser's case-insensitive
 * pattern run as its case-sensitive equal (`caseless`): the same readings, compiled for a
 * fraction of the CPU. V8 took about 75 ms of CPU to compile each of the patterns of spans counted
 * from now (`3 days ago`, `two weeks later`), the largest single cost of `analyze` on a few articles
 * (docs/measured.md, stop 53). A test checks the readings against chrono's own.
 */
export function chronoCasual(): Casual {
  if (casual) return casual;
  const c = chronoEn().casual.clone();
  c.parsers = c.parsers.map(caselessParser);
  return (casual = c);
}

/** The parser with its pattern rewritten by `caseless` (the same object each time it is asked). */
function caselessParser(parser: Parser): Parser {
  const own = parser as Parser & { pattern(context: unknown): RegExp };
  const rewritten = new WeakMap<RegExp, RegExp>();
  const copy = Object.create(own) as typeof own;
  copy.pattern = (context: unknown): RegExp => {
    const re = own.pattern.call(copy, context);
    let out = rewritten.get(re);
    if (!out) rewritten.set(re, (out = caseless(re)));
    return out;
  };
  return copy;
}
