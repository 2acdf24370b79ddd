import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';
import type { Dossier } from '../../model/dossier.js';

const pair = (a: string, b: string): Dossier =>
  analyzeTexts([
    { location: 'one.txt', text: `Funds report\n\n${a}\n` },
    { location: 'two.txt', text: `Funds update\n\n${b}\n` },
  ]);
const counts = (d: Dossier): string[][] =>
  d.discrepancies.filter((x) => x.kind === 'count').map((x) => x.values.map((v) => v.text).sort());

describe('one against several: phrases saying whose or where the things are', () => {
  const d = (b: string) =>
    pair('A private Tarnovian financial institution released the frozen funds, officials said.', b);
  it('sets no Tarnovian institution against international ones (different things)', () => {
    expect(
      counts(d('International financial institutions released the frozen funds, officials said.')),
    ).toEqual([]);
    expect(counts(d('Foreign financial institutions released the frozen funds, officials said.'))).toEqual(
      [],
    );
  });
  it('still sets one Tarnovian institution against several Tarnovian ones (control)', () => {
    expect(counts(d('Tarnovian financial institutions released the frozen funds, officials said.'))).toEqual([
      ['A private Tarnovian financial institution', 'Tarnovian financial institutions'],
    ]);
  });
});
