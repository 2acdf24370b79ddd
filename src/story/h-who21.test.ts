import { describe, expect, it } from 'vitest';
import { origins, roleOf } from './who.fixture.js';

// h-who21 (issue 13, "who says it"): faults found on six invented multi-outlet stories (a bridge
// closed, a care home charged, a bus strike, a recount, a factory fire, a takeover blocked), each
// written as a general rule with a fictional pair (failing on main d6bd39b) and a control.
// docs/origins.md, `2026-12-06, h-who21`.

describe('h-who21: who told the speaker is the origin (`agent-by-trade`, `told-by-inner`)', () => {
  const first = 'The harbour bridge in Tolvik was closed on Tuesday, the transport department said.';
  it('pair: `said she had been told by engineers that ...`: the engineers are the origin', () => {
    const texts = [
      first,
      'Mayor Hedda Voss said she had been told by engineers that a main cable had frayed.',
    ];
    expect(origins(texts)).toContain('engineers');
  });
  it('control: what the speaker says she saw herself rests on her; `told by letter` names no one', () => {
    const texts = [
      first,
      'Mayor Hedda Voss said she had seen that a main cable had frayed.',
      'Foreman Siv Hauge said she was told by letter that the bridge would shut.',
    ];
    const o = origins(texts);
    expect(o.filter((l) => /Voss/.test(l))).toHaveLength(1);
    expect(o.filter((l) => /engineer|letter/i.test(l))).toEqual([]);
  });
});

describe('h-who21: a body and its officer by the body`s possessive are one origin (`kind-possessive-member`)', () => {
  it('pair: `the electoral commission` and `the commission`s chairman, Harald Nyberg`', () => {
    const texts = [
      'A recount of the Sundby vote will be held on Friday, the electoral commission said.',
      'The commission’s chairman, Harald Nyberg, said the ballots had never been counted.',
    ];
    expect(origins(texts)).toEqual(['electoral commission']);
  });
  it('control: beside two commissions the chairman stays apart', () => {
    const texts = [
      'A recount of the Sundby vote will be held on Friday, the electoral commission said.',
      'The new wards were drawn last year, the boundary commission said.',
      'The commission’s chairman, Harald Nyberg, said the ballots had never been counted.',
    ];
    expect(origins(texts).filter((l) => /Nyberg/.test(l))).toHaveLength(1);
  });
});

describe('h-who21: cited only for judgements of worth, a speaker comments (`evaluation-only`)', () => {
  const first = 'Nine in ten bus drivers in Velmar stayed away from work on Tuesday, Velmar Transit said.';
  it('pair: a shopkeepers` head and a union leader who only judge are commentators', () => {
    const texts = [
      first,
      'Ole Berg, head of the Velmar shopkeepers’ association, said the strike was a disaster for trade.',
      'Dock union leader Rolf Dahl said the company’s offer was an insult to drivers.',
    ];
    expect(origins(texts).filter((l) => /Berg|Dahl/.test(l))).toEqual([]);
    expect(roleOf(texts, /Berg/)).toBe('provenance:commentator-evaluation');
  });
  it('control: the same heads telling a fact about their members stay origins', () => {
    const texts = [
      first,
      'Ole Berg, head of the Velmar shopkeepers’ association, said 40 shops had closed early.',
      'Dock union leader Rolf Dahl said the offer was an insult and that 1,840 members had joined the strike.',
    ];
    const o = origins(texts);
    expect(o.filter((l) => /Berg/.test(l))).toHaveLength(1);
    expect(o.filter((l) => /Dahl|union/i.test(l))).toHaveLength(1);
  });
  it('control: a judgement given in a formal statement is the body`s position, an origin', () => {
    const texts = [first, 'Dock union leader Rolf Dahl said in a statement that the offer was an insult.'];
    expect(origins(texts).filter((l) => /Dahl/.test(l))).toHaveLength(1);
  });
});

describe('h-who21: a clause in `which` is no word of a body`s name (`which-clause-name`)', () => {
  it('pair: `Velmar Transit, which runs the buses,` and `Transit chief executive Mia Holt` are one origin', () => {
    const texts = [
      'Nine in ten bus drivers stayed away from work on Tuesday, the drivers’ union said.\nVelmar Transit, which runs the buses, said only 12 of its 210 routes had run.',
      'Most buses stood still on Tuesday, Velmar Transit said.\nTransit chief executive Mia Holt said the company could not afford the 9% rise.',
    ];
    expect(origins(texts).filter((l) => /Transit|Holt/.test(l))).toHaveLength(1);
  });
  it('control: the head of another firm stays apart', () => {
    const texts = [
      'Velmar Transit, which runs the buses, said only 12 of its 210 routes had run.',
      'Norvik Rail chief executive Mia Holt said trains ran as normal.',
    ];
    expect(origins(texts).filter((l) => /Transit|Holt/.test(l))).toHaveLength(2);
  });
});

describe('h-who21: a body named in lower case hosts its titled members (`lower-body-host`, `kind-apposed-member`)', () => {
  it('pair: `the council` and `the council`s head of care, Nina Berg`; `the city`s transport department` and `Lars Brekke, the department`s chief engineer`', () => {
    const care = [
      'Brenna’s council will fight the charge, the council said in a statement on Tuesday.',
      'The council’s head of care, Nina Berg, said staff numbers had met the legal minimum.',
    ];
    expect(origins(care)).toEqual(['council']);
    const bridge = [
      'The bridge will stay closed for two weeks, the city’s transport department said on Tuesday.',
      'Lars Brekke, the department’s chief engineer, said the cable was last inspected in January.',
    ];
    expect(origins(bridge)).toHaveLength(1);
  });
  it('control: beside two departments the chief engineer stays apart', () => {
    const texts = [
      'The bridge will stay closed for two weeks, the city’s transport department said on Tuesday.',
      'Ferries will run every hour, the harbour department said.',
      'Lars Brekke, the department’s chief engineer, said the cable was last inspected in January.',
    ];
    expect(origins(texts).filter((l) => /Brekke/.test(l))).toHaveLength(1);
  });
});
