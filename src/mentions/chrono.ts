import { createRequire } from 'node:module';

type ChronoEn = typeof import('chrono-node/en');
let loaded: ChronoEn | null = null;

/**
 * chrono-node's English parsers (the same functions as `chrono.en`), loaded on
 * first use and without the other fourteen locales: loading the whole package
 * costs about 0.3 s of start-up, paid by every command before, even those that
 * never parse a date (`--version`, `extract` of an article with no date line).
 */
export function chronoEn(): ChronoEn {
  return (loaded ??= createRequire(import.meta.url)('chrono-node/en') as ChronoEn);
}
