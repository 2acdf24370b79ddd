import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../analyze.js';
import { origins, roleOf, trace } from './who.fixture.js';

// h-who19 (issue 13, "who says it"): gaps h-who18 noticed and left. Each rule has a fictional pair
// (failing on main 6bc3dd2) and a control. docs/origins.md, `2026-12-05, h-who19`.

/** The kind of the first node whose label matches. */
const kindOf = (texts: readonly string[], label: RegExp): string | undefined =>
  trace(texts).graph.nodes.find((n) => label.test(n.label))?.kind;

describe('h-who19: a name ending on a word newspapers end with is a news organisation (`masthead-name`)', () => {
  const first = 'The Velby library board will close three branches next year, the board said on Monday.';
  it('pair: `the Velby Courier reported, citing a memo` is a news organisation`s reporting', () => {
    const texts = [
      first,
      'The closures will save 2 million crowns, the Velby Courier reported, citing an internal memo.',
    ];
    expect(kindOf(texts, /Courier/)).toBe('news-organization');
    expect(roleOf(texts, /Courier/)).toBe('provenance:reporting');
  });
  it('pair: `told the Sorby Tidende` names the paper told, not a person who heard it', () => {
    const texts = [
      first,
      'Board chairman Ivo Lund told the Sorby Tidende that the closures would save money.',
    ];
    expect(kindOf(texts, /Tidende/)).toBe('news-organization');
  });
  it('control: a name that only begins with such a word, or a medical examiner, is no newspaper', () => {
    const texts = [
      'A van overturned on the Velby ring road on Monday, killing its driver, police said.',
      'Courier Brenn Logistics said the van was one of its own.',
      'The Chief Medical Examiner said the driver died of head injuries.',
    ];
    expect(kindOf(texts, /Logistics/)).toBe('source');
    expect(kindOf(texts, /Examiner/)).toBe('source');
    expect(origins(texts).filter((l) => /Examiner/.test(l))).toHaveLength(1);
  });
});

describe('h-who19: a wire agency whose copy names a source for every line relays them (`wire-attributed`)', () => {
  const copy = (lead: string) =>
    `Brenn to close old ferry pier\nBRENN, March 3 (Nordwire) - ${lead}\nRepairs would cost 40 million crowns, the harbour authority said in a statement.`;
  const relaysOf = (texts: readonly string[]) =>
    (
      analyzeTexts(
        texts.map((text, i) => ({
          text,
          location: `a${i + 1}.txt`,
          known: { outlet: `Outlet ${i + 1}`, language: 'en' },
        })),
      ).provenance.relays ?? []
    ).filter((r) => r.rule === 'provenance:wire-attributed');
  it('pair: every line attributed: the agency is a relay, not an origin', () => {
    const lead =
      'The Brenn harbour authority will close the old ferry pier next month, its director Ivo Lund said.';
    const texts = [
      copy(lead),
      copy(lead).replace('next month', 'in April'),
      'Brenn will shut its ferry pier, the harbour authority said.',
    ];
    expect(origins(texts).filter((l) => /Nordwire/.test(l))).toEqual([]);
    expect(relaysOf(texts).map((r) => r.label)).toEqual(['Nordwire']);
  });
  it('control: copy that tells what happened on its own keeps the agency an origin', () => {
    const lead =
      'A crack opened in the deck of the old ferry pier in Brenn on Tuesday, and the pier was closed.';
    const texts = [copy(lead), copy(lead).replace('Tuesday', 'Tuesday morning')];
    expect(origins(texts).filter((l) => /Nordwire/.test(l))).toEqual(['Nordwire']);
    expect(relaysOf(texts)).toEqual([]);
  });
  it('control: a line told to the agency (`told reporters`) is its own interview, an origin', () => {
    const lead = 'Harbour director Ivo Lund told reporters the old ferry pier would close next month.';
    const texts = [copy(lead), copy(lead).replace('next month', 'in April')];
    expect(origins(texts).filter((l) => /Nordwire/.test(l))).toEqual(['Nordwire']);
  });
});

describe('h-who19: a meeting`s minutes, an audit and the city are sources (`record-and-city-nouns`)', () => {
  const first =
    'The Velby council approved a 90-metre harbour tower on Monday, council leader Jon Aasen said.';
  it('pair: `according to minutes of the meeting` and `the city said` are origins', () => {
    expect(
      origins([
        first,
        'The council approved the tower by seven votes to four, according to minutes of the meeting.',
      ]),
    ).toContain('minutes of the meeting');
    expect(origins([first, 'Work on the tower will start in May, the city said.'])).toContain('city');
  });
  it('control: `minutes later` and a city named as a place are no source', () => {
    const texts = [first, 'Minutes later, the harbour road was closed, police in the city said.'];
    expect(origins(texts).filter((l) => /[Mm]inutes|^city$/.test(l))).toEqual([]);
  });
});
