import { describe, expect, it } from 'vitest';
import { origins, roleOf, trace } from './who.fixture.js';

// h-who22 (issue 13, "who says it"): faults found on six invented multi-outlet stories (a boil-water
// notice, a fish-farm escape, a festival crush, a blackout, a zoo escape, an exam leak), each written
// as a general rule with a fictional pair (failing on main 6ea0a75) and a control.
// docs/origins.md, `2026-12-06, h-who22`.

describe('h-who22: a market`s operator is a source (`exchange-source`)', () => {
  const first = 'Shares in Halvik Mining fell sharply on Tuesday after the ruling, the company said.';
  it('pair: `according to the Tarnby stock exchange`, `the Tarnby bourse`', () => {
    const stock = origins([
      first,
      'Halvik shares fell 8% on Monday, according to the Tarnby stock exchange.',
    ]);
    expect(stock.filter((l) => /exchange/i.test(l))).toHaveLength(1);
    const bourse = origins([first, 'Halvik shares fell 8% on Monday, according to the Tarnby bourse.']);
    expect(bourse.filter((l) => /bourse/i.test(l))).toHaveLength(1);
  });
  it('control: an exchange rate or an exchange of letters is no source', () => {
    const texts = [
      first,
      'Halvik shares fell 8%, according to the exchange rate set on Monday.',
      'The deal was agreed after an exchange of letters, the company said.',
    ];
    expect(origins(texts).filter((l) => /exchange/i.test(l))).toEqual([]);
  });
});

describe('h-who22: a researcher who tells no research of their own gives a view (`researcher-view`)', () => {
  const first = 'Three people died in a crush at the Vellen festival on Friday, police said.';
  it('pair: `Crowd safety researcher Ida Fossum`, `Marine biologist Sofie Aune, a researcher at ...`', () => {
    const texts = [
      first,
      'Crowd safety researcher Ida Fossum said festivals relied on too few gates.',
      'Marine biologist Sofie Aune, a researcher at the Brenholm Institute, said crowds could panic in the dark.',
    ];
    expect(origins(texts).filter((l) => /Fossum|Aune/.test(l))).toEqual([]);
    expect(roleOf(texts, /Fossum/)).toBe('provenance:commentator-researcher');
  });
  it('control: a researcher who tells her team`s count, or what she saw, is an origin', () => {
    const texts = [
      first,
      'Crowd safety researcher Ida Fossum said her team had counted 4,000 people at the north gate.',
      'Researcher Ada Quill, who was at the gate, said she saw the crowd surge.',
    ];
    const o = origins(texts);
    expect(o.filter((l) => /Fossum/.test(l))).toHaveLength(1);
    expect(o.filter((l) => /Quill/.test(l))).toHaveLength(1);
  });
});

describe('h-who22: a judgement of worth in quotation marks is still a judgement (`evaluation-quoted`)', () => {
  const first =
    'About 60,000 salmon escaped from a pen near Brenholm on Saturday, the fisheries directorate said.';
  it('pair: `the escape was “completely unacceptable”`, `a “disgrace”`: commentators', () => {
    const texts = [
      first,
      'Fisheries minister Hanne Vik said the escape was “completely unacceptable”.',
      'Mayor Ole Rud said the escape was a “disgrace” for the town.',
    ];
    expect(origins(texts).filter((l) => /Vik|Rud/.test(l))).toEqual([]);
    expect(roleOf(texts, /Vik/)).toBe('provenance:commentator-evaluation');
  });
  it('control: a quoted judgement beside a fact told stays an origin', () => {
    const texts = [
      first,
      'Fisheries minister Hanne Vik said the escape was “completely unacceptable” and that 400 fish had been caught.',
    ];
    expect(origins(texts).filter((l) => /Vik/.test(l))).toHaveLength(1);
  });
});

describe('h-who22: cited only for how others feel, a speaker reacts (`feeling-of-others`)', () => {
  const first = 'Three people died in a crush at the Vellen festival on Friday, police said.';
  it('pair: `the tragedy had shocked the whole town`, `parents were worried`', () => {
    const texts = [
      first,
      'Local councillor Berit Olsen said the tragedy had shocked the whole town.',
      'Teacher Ada Quill said parents were worried.',
    ];
    expect(origins(texts).filter((l) => /Olsen|Quill/.test(l))).toEqual([]);
    expect(roleOf(texts, /Olsen/)).toBe('provenance:commentator-feeling');
  });
  it('control: a feeling with what caused it, or a fact told, stays an origin', () => {
    const texts = [
      first,
      'Councillor Berit Olsen said parents were worried that the gates had been shut.',
      'Teacher Ada Quill said 400 people were stuck behind the gate.',
    ];
    const o = origins(texts);
    expect(o.filter((l) => /Olsen/.test(l))).toHaveLength(1);
    expect(o.filter((l) => /Quill/.test(l))).toHaveLength(1);
  });
});

describe('h-who22: sympathy or a feeling, then a deed joined by `and`, is no reaction only (`sympathy-and-deed`)', () => {
  const first = 'Three people died in a crush at the Vellen festival on Friday, police said.';
  it('pair: `it was “devastated” and was working with police`, `devastated and had closed the site`', () => {
    const a = [
      first,
      'Festival organiser Lyra Events said in a statement that it was “devastated” and was working with police.',
    ];
    expect(roleOf(a, /Lyra/)).toBe('provenance:first-hand');
    const b = [first, 'Lyra Events said in a statement that it was devastated and had closed the site.'];
    expect(roleOf(b, /Lyra/)).toBe('provenance:first-hand');
  });
  it('control: sympathy and grief alone stay a reaction', () => {
    const texts = [first, 'Lyra Events said in a statement that it was devastated and heartbroken.'];
    expect(roleOf(texts, /Lyra/)).toBe('provenance:commentator-reaction');
  });
});

describe('h-who22: what follows the comma after a source is its cue, no apposition (`cue-no-apposition`)', () => {
  const first = 'The exam was leaked, the education ministry said.';
  const police = 'A clerk has been arrested over the leak, police said on Thursday.';
  it('pair: `The printing company, Dalberg Print, said ... was helping police` is the firm, not the police', () => {
    const t = trace([
      first,
      `${police}\n\nThe printing company, Dalberg Print, said it had suspended the clerk and was helping police.`,
    ]);
    expect(t.graph.nodes.filter((n) => /Dalberg/.test(n.label))).toHaveLength(1);
  });
  it('control: `Ada Quill, a police spokeswoman, said` speaks for the police', () => {
    const t = trace([first, `${police}\n\nAda Quill, a police spokeswoman, said the clerk had been held.`]);
    expect(t.graph.nodes.filter((n) => /Quill/.test(n.label))).toEqual([]);
  });
});

describe('h-who22: a statement set off by `issued by` its author speaks for the author (`issued-by-apposed`)', () => {
  const first = 'Shares in Halvik Mining fell sharply on Tuesday after the ruling, the company said.';
  it('pair: `The statement, issued by the ministry on Friday, said`', () => {
    const texts = [
      first,
      'The statement, issued by the transport ministry on Friday, said the fee would rise.',
      'The notice, issued late on Monday by the regional health authority, said 14,000 homes were affected.',
    ];
    const o = origins(texts);
    expect(o).toContain('transport ministry');
    expect(o).toContain('regional health authority');
  });
  it('control: a statement read out by a clerk names no author', () => {
    const texts = [first, 'The statement, read out by a clerk, said the fee would rise.'];
    expect(origins(texts).filter((l) => /clerk|statement/i.test(l))).toEqual([]);
  });
});
