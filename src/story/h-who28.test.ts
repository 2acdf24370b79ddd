import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../analyze.js';

// h-who28 (issue 13, "who says it"): fictional stories only; docs/origins.md, `2026-12-06, h-who28`.

/** A dossier of tokenised articles, each opening with its address written apart (its outlet). */
const tokenised = (...texts: string[]) =>
  analyzeTexts(texts.map((text, i) => ({ text, location: `a${i + 1}.txt`, known: { language: 'en' } })));

/** The role the story gives the source of that label (`origin`, `commentator`, `relay`), or undefined. */
const roleOf = (d: ReturnType<typeof tokenised>, label: RegExp): string | undefined => {
  const p = d.provenance;
  if (p.origins?.some((o) => label.test(o.label))) return 'origin';
  if (p.commentators?.some((o) => label.test(o.label))) return 'commentator';
  if (p.relays?.some((o) => label.test(o.label))) return 'relay';
  return undefined;
};

const FERRY_A =
  'http: / / www. kessangazette. com / 2019 / 05 / 02 / ferry-pier-collapse\n' +
  'Ferry pier collapses in Kessan\nMay 2, 2019\n' +
  'Part of the ferry pier in Kessan collapsed on Wednesday, the port authority said.\n' +
  'Nobody was hurt, port spokeswoman Ines Tarro said.';
const ferryB = (line: string) =>
  'http: / / www. orlandpost. com / news / kessan-pier\nKessan pier gives way\n2 May 2019\n' +
  'A section of the Kessan ferry pier gave way on Wednesday, the port authority said.\n' +
  line;

describe('h-who28: a former office holder telling what he did in office (`former-own-deed`)', () => {
  it('pair: `Former port director Ole Fink said he had ordered the pier repaired in 2009` is an origin', () => {
    const d = tokenised(
      FERRY_A,
      ferryB('Former port director Ole Fink said he had ordered the pier repaired in 2009.'),
    );
    expect(roleOf(d, /Ole Fink/)).toBe('origin');
  });
  it('control: a former office holder judging others stays a commentator', () => {
    const d = tokenised(
      FERRY_A,
      ferryB('Former port director Ole Fink said the port authority had neglected the pier for years.'),
    );
    expect(roleOf(d, /Ole Fink/)).toBe('commentator');
  });
});
