import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../analyze.js';
import type { Dossier } from '../model/dossier.js';

// Roles and titles of named people, each reading on a fictional sentence and its control.
const roles = (
  text: string,
): Array<{ about: string; text: string; unit?: string; qualifier: string | null; rule: string }> => {
  const d: Dossier = analyzeTexts([{ location: 'one.txt', text: `Harbour report\n\n${text}\n` }]);
  return (d.facts ?? [])
    .filter((f) => f.kind === 'role')
    .map((f) => ({ about: f.about, text: f.text, unit: f.unit, qualifier: f.qualifier, rule: f.rule }));
};

describe('role facts: titles and roles of named people', () => {
  it('reads a title before the name, its head as unit, and the name it belongs to', () => {
    const r = roles('The fire was reported at dawn, harbour safety director Tomas Greer said on Monday.');
    expect(r).toEqual([
      expect.objectContaining({
        text: 'harbour safety director',
        unit: 'director',
        rule: 'fact:role:title-before-name',
      }),
    ]);
    expect(r[0]!.about).toMatch(/greer/);
    // Control: a verb before the name is no title.
    expect(roles('The fire was reported at dawn, and officials thanked Tomas Greer on Monday.')).toEqual([]);
  });

  it('reads an apposition after the name, past an age, up to its head', () => {
    const r = roles(
      'Mira Kovac, 41, an inspector with the Delmar Port Authority, found the cause on Monday.',
    );
    expect(r).toEqual([
      expect.objectContaining({
        text: 'an inspector with the Delmar Port Authority',
        unit: 'inspector',
        rule: 'fact:role:apposition',
      }),
    ]);
    // Control: a clause after the name (`, who ...`, a verb) is no role.
    expect(roles('Mira Kovac, who inspected the Delmar Port Authority, found the cause on Monday.')).toEqual(
      [],
    );
  });

  it('splits a title the entity finder took into the name, and keys the person without it', () => {
    const r = roles('Harbour Fire Chief Tomas Greer ordered the pier closed on Monday.');
    expect(r.map((x) => x.unit)).toContain('chief');
    expect(r.find((x) => x.unit === 'chief')!.about).toBe('person:tomas-greer');
  });

  it('marks a role held before as former', () => {
    expect(roles('The pier was built under former mayor Ada Quill in the spring.')[0]).toEqual(
      expect.objectContaining({ unit: 'mayor', qualifier: 'former' }),
    );
    // Control: the same title without `former`.
    expect(roles('The pier was built under mayor Ada Quill in the spring.')[0]).toEqual(
      expect.objectContaining({ unit: 'mayor', qualifier: null }),
    );
  });

  it('does not take a title across a sentence end', () => {
    expect(roles('The building was a total loss. Tomas Greer said the pier would reopen.')).toEqual([]);
  });
});
