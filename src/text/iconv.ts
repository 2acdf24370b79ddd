import { createRequire } from 'node:module';

/**
 * iconv-lite, loaded when first needed: most pages are UTF-8, and a process reading only
 * those starts without it (issue 16). Shared by decoding (`load/decode.ts`) and repair
 * (`repair/charmaps.ts`).
 */
let iconvLib: typeof import('iconv-lite') | null = null;
export const iconv = (): typeof import('iconv-lite') =>
  (iconvLib ??= createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite'));
