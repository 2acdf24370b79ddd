import { describe, expect, it } from 'vitest';
import { processText } from '../pipeline/document.js';
import { origins, roleOf } from './who.fixture.js';

// h-who18 (issue 13, "who says it"): a relative who tells a fact, a company whose name has a
// person's shape, and the news organisation a speaker told something to. Each rule has a fictional
// pair (failing on main 39b91b7) and a control. docs/origins.md, `2026-12-05, h-who18`.

/** The entities the entity layer finds in one text. */
const entities = (text: string) =>
  processText(text, { kind: 'record', location: 'x' }, { known: { language: 'en' } }).entities;

describe('h-who18: a relative who tells what happened is its source (`relative-tells-fact`)', () => {
  const first = 'A forklift overturned at a depot in Varn on Monday, killing a driver, police said.';
  it('pair: `his sister told reporters he had complained about the brakes` is an origin', () => {
    const texts = [
      first,
      "The driver's sister, Ada Quill, told reporters he had complained about the brakes a week earlier.",
    ];
    expect(roleOf(texts, /Quill/)).toBe('provenance:relative-tells-fact');
    expect(origins(texts).filter((l) => /Quill/.test(l))).toHaveLength(1);
  });
  it('pair: `his father said his son had signed a contract on Tuesday` is an origin', () => {
    const texts = [
      'Striker Ivo Quill has joined Varn Rovers, the club said on Wednesday.',
      "Quill's father, Tomas Quill, said his son had signed a three-year contract on Tuesday evening.",
    ];
    expect(roleOf(texts, /Tomas Quill/)).toBe('provenance:relative-tells-fact');
  });
  it('control: a relative who tells what the dead was like, or how the family feels, reacts', () => {
    const texts = [
      first,
      "The driver's father, Ivo Quill, said his son had loved his job and had always been cheerful.",
      "The driver's wife, Mona Quill, said the family was shocked.",
    ];
    expect(roleOf(texts, /Ivo Quill/)).toBe('provenance:commentator-reaction');
    expect(roleOf(texts, /Mona Quill/)).toBe('provenance:commentator-reaction');
  });
  it('control: a past perfect in a clause about others is no fact the relative tells', () => {
    const texts = [
      first,
      "The driver's widow, Mona Quill, took aim at the depot's owners, who had won praise from the mayor.",
    ];
    expect(roleOf(texts, /Mona Quill/)).not.toBe('provenance:relative-tells-fact');
  });
});

describe('h-who18: a name of a person`s shape that the text treats as a body`s (`company-by-structure`)', () => {
  it('pair: `Norvik Mills said it would close its plant` names a company', () => {
    const e = entities('Norvik Mills said on Wednesday it would close its paper plant in Alby.');
    expect(e.find((x) => x.label === 'Norvik Mills')).toMatchObject({
      kind: 'organization',
      rule: 'mentions:company-by-structure',
    });
  });
  it('pair: a plural verb (`Brisk Ferries have`) and `, which employs` name a body', () => {
    expect(entities('Brisk Ferries have cancelled all sailings to Orsa.')[0]?.kind).toBe('organization');
    expect(entities('Brisk Ferries, which employs 400 people, said sailings would resume.')[0]?.kind).toBe(
      'organization',
    );
  });
  it('control: a person`s name before `he`, `his`, or after a preposition, stays a person', () => {
    expect(entities('Tomas Mills said on Wednesday he would sell his share in the plant.')[0]?.kind).toBe(
      'person',
    );
    const death = entities('The town mourned the death of Ivo Marl, which shocked everyone.');
    expect(death.find((x) => x.label === 'Ivo Marl')?.kind).toBe('person');
    const two = entities('The mayor and Tomas Vinn have left the firm.');
    expect(two.find((x) => x.label === 'Tomas Vinn')?.kind).toBe('person');
  });
  it('pair: the company`s chief executive speaks for it (one origin, its label not cut at a number)', () => {
    const texts = [
      'Norvik Mills, which employs 2,400 people in the region, said it would close its Alby plant.',
      'Chief executive Anna Falk said the plant had lost money for five years.',
    ];
    // (h-who30's `relative-clause-label`: shown by its name, without the clause.)
    expect(origins(texts).filter((l) => /Norvik|Falk/.test(l))).toEqual(['Norvik Mills']);
  });
});

describe('h-who18: what only a company has makes a body the story`s company (`company-structure`)', () => {
  const head = 'Chief executive Mats Lyng said the company had lost two big supermarket contracts.';
  it('pair: `its Brenna factory` and `shares fell` make the firm the one its chief executive speaks for', () => {
    const texts = [
      'Halvik Foods said on Tuesday it would cut 300 jobs at its Brenna factory.',
      'Halvik Foods shares fell 4 percent in Oslin.',
      head,
    ];
    expect(origins(texts).filter((l) => /Halvik|Lyng/.test(l))).toEqual(['Halvik Foods']);
  });
  it('control: a body with nothing of a company`s, or two companies, keep the chief executive apart', () => {
    expect(
      origins(['Halvik Foods said on Tuesday it would cut 300 jobs in Brenna.', head]).filter((l) =>
        /Halvik|Lyng/.test(l),
      ),
    ).toHaveLength(2);
    const two = [
      'Halvik Foods said on Tuesday it would cut 300 jobs at its Brenna factory.',
      'Brenna Dairies said it would hire 100 people at its Oslin plant.',
      head,
    ];
    expect(origins(two).filter((l) => /Lyng/.test(l))).toHaveLength(1);
  });
});

describe('h-who18: a feeling told in the third person (`feeling-reported`)', () => {
  const first = 'Striker Ivo Quill has joined Varn Rovers, the club said on Wednesday.';
  it('pair: `said he was sad to lose a great player` is a reaction', () => {
    const texts = [first, 'Orsa coach Tomas Berg said he was sad to lose a great player.'];
    expect(roleOf(texts, /Berg/)).toBe('provenance:commentator-feeling');
  });
  it('control: a feeling with what happened (`as`, `that`) tells a fact', () => {
    const texts = [
      first,
      'Orsa coach Tomas Berg said he was sad that Quill had left before the last game.',
      'Witness Ada Lind said she was terrified as the stand shook.',
    ];
    expect(roleOf(texts, /Berg/)).toBe('provenance:first-hand');
    expect(roleOf(texts, /Lind/)).toBe('provenance:first-hand');
  });
});

describe('h-who18: the leader of a study named by its year (`study-of-year`)', () => {
  const first = 'The food agency will review the sweetener fenalite in May, the agency said.';
  it('pair: `Professor Nils Aune, who led a 2035 study of fenalite` tells its findings first-hand', () => {
    const texts = [
      first,
      'Professor Nils Aune, who led a 2035 study of fenalite at Orlin University, said his team had found no harm.',
    ];
    expect(roleOf(texts, /Aune/)).toBe('provenance:study-author');
  });
  it('control: a professor who wrote a book on the subject comments', () => {
    const texts = [
      first,
      'Professor Nils Aune, who wrote a book about sweeteners at Orlin University, said the agency was right.',
    ];
    expect(roleOf(texts, /Aune/)).toBe('provenance:commentator-role');
  });
});

describe('h-who18: the news organisation a speaker told (`told-relay`, dropped)', () => {
  const first = 'Prosecutors in Ostby charged the harbour clerk Ivo Brand with fraud on Monday.';
  // Dropped: both halves' labellers count the outlet a speaker told as an origin of its own (half A
  // 24/44 -> 23/44, half B 25/34 -> 24/34); see docs/origins.md.
  it.fails(
    'pair: `Lind told the Ostby Post`, with Lind cited directly elsewhere, makes the Post a relay',
    () => {
      const texts = [
        first,
        'His lawyer, Mette Lind, said Brand had repaid the money.',
        'Lind told the Ostby Post that the case rested on one witness.',
      ];
      expect(roleOf(texts, /Ostby Post/)).toBe('provenance:told-relay');
      expect(origins(texts).filter((l) => /Post/.test(l))).toEqual([]);
      expect(origins(texts).filter((l) => /Lind/.test(l))).toHaveLength(1);
    },
  );
  it('control: a speaker the story knows only through the paper keeps its interview its reporting', () => {
    const texts = [
      first,
      'City clerk Mona Berg told the Ostby Post that Brand had worked at the harbour for years.',
    ];
    expect(roleOf(texts, /Ostby Post/)).toBe('provenance:reporting');
  });
});
