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
    expect(entries(d, 'time')).toEqual([['7:05 a.m.', '7:30 a.m.']]);
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
