import { describe, expect, it } from 'vitest';
import { findMojibake } from './mojibake.js';
import { repairedView } from './view.js';

const fix = (s: string): string => repairedView(s, findMojibake(s)).text;
const rules = (s: string): string[] =>
  findMojibake(s).map((r) => `${s.slice(r.start, r.end)}→${r.replacement} ${r.rule}`);

// Fictional lines (invented people and places), 2026-12-07, h-moji24. Each case failed on the commit this
// branch started from (b99d45e); each control passed there and passes now.
describe('a lost byte in a Spanish or Portuguese word no list holds, read by the language’s spelling', () => {
  it('reads the Spanish preterite’s ó ending a lowercase word', () => {
    expect(fix('El alcalde de Montejaraz destinÃ los fondos a la reparaciÃn del puente')).toBe(
      'El alcalde de Montejaraz destinó los fondos a la reparación del puente',
    );
    expect(rules('El alcalde de Montejaraz destinÃ los fondos a la reparaciÃn del puente')[0]).toBe(
      'Ã→ó mojibake:lost-byte-by-spelling',
    );
  });
  it('reads a listed word opening with a lowercase letter whose byte was lost (`Ãltimo`)', () => {
    expect(fix('La asociaciÃn de panaderos publicÃ el Ãltimo informe de precios')).toBe(
      'La asociación de panaderos publicó el último informe de precios',
    );
  });
  it('controls: a soft hyphen’s í kept, `-arÃ` (declaró or the future), a name, a strict decoder’s line', () => {
    expect(fix('Los vecinos leÃan el periódico y la reparaciÃn del puente')).toBe(
      'Los vecinos leían el periódico y la reparación del puente',
    );
    // Stop 56 (h-moji26): declaró, a common preterite in -ró, is listed and read so.
    expect(fix('El Ayuntamiento lo declarÃ ayer en la reuniÃn del pleno')).toBe(
      'El Ayuntamiento lo declaró ayer en la reunión del pleno',
    );
    expect(fix('Moradores de Vila CorrÃ reclamam da poluição no rio')).toBe(
      'Moradores de Vila Corrà reclamam da poluição no rio',
    );
    expect(fix('La asociación de panaderos publicó el Ãltimo informe')).toBe(
      'La asociación de panaderos publicó el Ãltimo informe',
    );
  });
});
