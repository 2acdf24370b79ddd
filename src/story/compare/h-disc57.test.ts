import { describe, expect, it } from 'vitest';
import { story, entries } from '../invented.fixture.js';

/**
 * Phenomena of news language the discrepancy finder did not read (h-disc57): two estimated
 * clock times, a post named by `head` before a trade. Fictional places and people; each
 * outlet's other lines its own.
 */
const spill = (lines: string, outlet = 0) =>
  [
    `Lorry sheds load of paint near Ulverby\nMarch 4, 2071\n${lines}\nThe road was reopened in the afternoon.`,
    `Paint spill closes Ulverby bypass\nMarch 4, 2071\nA lorry carrying paint tipped over on the Ulverby bypass on Wednesday.\n${lines}`,
  ][outlet]!;

describe('two estimated clock times agree only when one lies in the other margin (figure:two-estimated-times)', () => {
  it('sets `shortly after 7:05 a.m.` against `at around 7:30 a.m.`', () => {
    const d = story(
      spill('The lorry overturned on the Ulverby bypass shortly after 7:05 a.m. on Wednesday, police said.'),
      spill('The lorry overturned at around 7:30 a.m., police said.', 1),
    );
    expect(entries(d, 'time').map((e) => [...e].sort())).toEqual([['7:05 a.m.', '7:30 a.m.']]);
  });
  it('control: `shortly after 7:05 a.m.` and `around 7:15 a.m.` tell one time', () => {
    const d = story(
      spill('The lorry overturned on the Ulverby bypass shortly after 7:05 a.m. on Wednesday, police said.'),
      spill('The lorry overturned at around 7:15 a.m., police said.', 1),
    );
    expect(entries(d, 'time')).toEqual([]);
  });
});

const school = (line: string, outlet = 0) =>
  [
    `Pupils sent home after boiler fault in Carrowmede\nMay 12, 2071\nPupils at Brindle Hill School in Carrowmede were sent home on Monday after a boiler failed.\n${line}\nLessons resume on Wednesday.`,
    `Boiler failure closes Carrowmede school\nMay 12, 2071\nBrindle Hill School closed early on Monday when its heating broke down.\n${line}`,
  ][outlet]!;

describe('a post named by `head` before a trade has deputies (role:head-of-trade)', () => {
  it('sets `head teacher` against `deputy head teacher` for one person', () => {
    const d = story(
      school('Head teacher Orla Penmarric said parents had been told by text.'),
      school('Deputy head teacher Orla Penmarric said parents had been told by text.', 1),
    );
    expect(entries(d, 'role')).toHaveLength(1);
  });
  it('control: a `teacher` may also be the deputy head teacher', () => {
    const d = story(
      school('Teacher Orla Penmarric said parents had been told by text.'),
      school('Deputy head teacher Orla Penmarric said parents had been told by text.', 1),
    );
    expect(entries(d, 'role')).toEqual([]);
  });
});

const shops = (line: string, outlet = 0) =>
  [
    `Bakery chain Pellow shuts ovens after flour recall\nAugust 2, 2071\nThe bakery chain Pellow stopped baking on Friday after a flour recall.\n${line}\nThe recall covers two mills.`,
    `Pellow bakeries halt production\nAugust 2, 2071\nPellow halted production on Friday, the company said.\n${line}`,
  ][outlet]!;

describe('an owner whole after a preposition and a quantifier is a count of its own (fact:owner-whole-after-preposition)', () => {
  it('sets `at many of its 43 shops` against `its 41 shops`', () => {
    const d = story(
      shops('Signs went up at many of its 43 shops on Friday.'),
      shops('Signs went up at its 41 shops on Friday.', 1),
    );
    expect(entries(d, 'count').map((e) => [...e].sort())).toEqual([['41 shops', '43 shops']]);
  });
  it('control: `most of its 40 passengers were rescued` tells no figure of the rescued', () => {
    const d = story(
      shops('Most of its 40 passengers were rescued on Friday.'),
      shops('Some 12 passengers were rescued on Friday.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

const rescue = (line: string, outlet = 0) =>
  [
    `Regulator steps in at Quarrow Savings\nJune 9, 2071\nThe regulator stepped in at Quarrow Savings on Tuesday after depositors withdrew heavily.\n${line}\nThe bank has 90,000 customers.`,
    `Quarrow Savings gets state help\nJune 9, 2071\nQuarrow Savings received state support on Tuesday.\n${line}`,
  ][outlet]!;

describe('a credit line is a loan (fact:credit-line-loan)', () => {
  it('sets `a credit line of 2 billion crowns` against `a loan of 3 billion crowns`', () => {
    const d = story(
      rescue('The central bank granted the lender an emergency loan of 3 billion crowns.'),
      rescue('The central bank opened an emergency credit line of 2 billion crowns.', 1),
    );
    expect(entries(d, 'quantity').map((e) => [...e].sort())).toEqual([
      ['2 billion crowns', '3 billion crowns'],
    ]);
  });
  it('control: a line of another kind is no loan', () => {
    const d = story(
      rescue('The central bank granted the lender an emergency loan of 3 billion crowns.'),
      rescue('The bank opened a new product line of 2 billion crowns.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});
