import { describe, expect, it } from 'vitest';
import { origins } from './who.fixture.js';

// h-who16 (issue 13, "who says it"): one origin split in several labels, found on h-who15's invented
// stories. Fictional pair (failing on main a2c9739) and control. docs/origins.md, `2026-12-05, h-who16`.

describe('h-who16: a person titled by the kind of body they lead speaks for it (`kind-titled-member`)', () => {
  it("pair: `union leader Pia Strand` is the story`s one union, `the dockers' union`", () => {
    const texts = [
      "The dockers' union said the cranes at Lumsk harbour had not been checked for a year.",
      '"Nobody listened to us," union leader Pia Strand told reporters on Tuesday.',
    ];
    const o = origins(texts);
    expect(o).toContain("dockers' union");
    expect(o.filter((l) => /Strand/.test(l))).toEqual([]);
  });
  it('control: beside two unions, the leader stays apart', () => {
    const texts = [
      "The dockers' union said the cranes at Lumsk harbour had not been checked for a year.",
      "The drivers' union said its members would stop work on Friday.",
      '"Nobody listened to us," union leader Pia Strand told reporters on Tuesday.',
    ];
    const o = origins(texts);
    expect(o).toContain("dockers' union");
    expect(o).toContain("drivers' union");
    expect(o.filter((l) => /Strand/.test(l))).toHaveLength(1);
  });
});

describe('h-who16: `the prosecution service` is the prosecution (`prosecution-service`)', () => {
  it('pair: `Prosecutors` and `the prosecution service` are one origin', () => {
    const texts = [
      'A court in Selm jailed the former port director Ivo Marr for three years on Monday. Prosecutors had asked for five years.',
      'The prosecution service said in a statement that it would not appeal.',
    ];
    const o = origins(texts);
    expect(o.filter((l) => /prosecut/i.test(l))).toHaveLength(1);
  });
  it('control: `the probation service` stays apart from the prosecutors', () => {
    const texts = [
      'A court in Selm jailed the former port director Ivo Marr for three years on Monday. Prosecutors had asked for five years.',
      'The probation service said it would meet Marr after his release.',
    ];
    const o = origins(texts);
    expect(o.filter((l) => /prosecut|probation/i.test(l))).toHaveLength(2);
  });
});
