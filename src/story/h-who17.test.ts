import { describe, expect, it } from 'vitest';
import { attributionsOf as found } from '../attribution/read.js';
import { origins, roleOf } from './who.fixture.js';

// h-who17 (issue 13, "who says it"): one origin split in two, and commentators counted as origins,
// found on eight invented multi-outlet stories (a ferry fire, a mayor's fraud trial, a rail strike, a
// market bombing, a mill closure, a sleep study, a baby-milk ban, a bus crash). Each rule has a
// fictional pair (failing on main 24a1cb9) and a control. docs/origins.md, `2026-12-05, h-who17`.

describe('h-who17: a title stands on its own line (`title-on-its-line`)', () => {
  it('pair: a headline`s `ex-mayor` gives the prosecutors below it no former office', () => {
    const texts = ['Selby ex-mayor jailed\n\nProsecutors had asked for seven years for Dan Ebb.'];
    expect(roleOf(texts, /Prosecutors/)).toBe('provenance:first-hand');
  });
  it('control: `Ex-mayor Dan Ebb` on his own line still comments', () => {
    const texts = ['Selby council under fire\n\nEx-mayor Dan Ebb said the new council was wasting money.'];
    expect(roleOf(texts, /Ebb/)).toBe('provenance:commentator-role');
  });
});

describe('h-who17: a lawyer named by the client is the story`s one named lawyer (`client-lawyer`)', () => {
  const first =
    "A court in Mavik jailed the harbour clerk Ivo Brand for two years on Friday. Brand's lawyer said he would appeal.";
  it('pair: `Brand`s lawyer` and `his lawyer, Hedda Sorn` are one origin', () => {
    const texts = [
      first,
      'His lawyer, Hedda Sorn, told reporters that Brand had repaid half of the money.',
      'Sorn said the appeal would be filed next week.',
    ];
    const o = origins(texts);
    expect(o.filter((l) => /lawyer|Sorn/.test(l))).toHaveLength(1);
  });
  it('control: with a lawyer for each of two defendants, `Brand`s lawyer` stays apart', () => {
    const texts = [
      first,
      'His lawyer, Hedda Sorn, told reporters that Brand had repaid half of the money.',
      'Her lawyer, Pia Lund, said Brand`s wife Alma had known nothing of the money.',
    ];
    const o = origins(texts);
    expect(o.filter((l) => /lawyer|Sorn|Lund/.test(l))).toHaveLength(3);
  });
});

describe('h-who17: the opposition`s leader answers what others did (`commentator-opposition`)', () => {
  it('pair: `Opposition leader Ruth Falk said the government had ignored warnings` comments', () => {
    const texts = [
      'A dam burst near Ostra on Monday, flooding 300 homes, the fire service said.',
      'Opposition leader Ruth Falk said the government had ignored warnings about the dam.',
    ];
    expect(roleOf(texts, /Falk/)).toBe('provenance:commentator-opposition');
    expect(origins(texts).filter((l) => /Falk/.test(l))).toEqual([]);
  });
  it('control: an opposition leader telling her own plans is an origin', () => {
    const texts = [
      'Opposition leader Ruth Falk won the vote in Ostra on Sunday, the electoral board said.',
      'Falk told supporters she would form a government within a week.',
    ];
    expect(roleOf(texts, /Falk/)).toBe('provenance:first-hand');
  });
});

describe('h-who17: a verdict on the events is no fact of them (`commentator-verdict`)', () => {
  it('pair: a prime minister who called the attack cowardly and vowed punishment comments', () => {
    const texts = [
      'A bomb killed two people at the Dravo bus station on Friday, police said.',
      'Prime Minister Lea Voss called the attack cowardly and said those behind it would be punished.',
    ];
    expect(roleOf(texts, /Voss/)).toBe('provenance:commentator-verdict');
  });
  it('control: a minister who calls the crash a tragedy and tells what will be done is an origin', () => {
    const texts = [
      'A bus left the road near Dravo on Friday, killing three, police said.',
      'Roads Minister Aron Tell called the crash a tragedy and said the road would be closed for checks.',
    ];
    expect(roleOf(texts, /Tell/)).toBe('provenance:first-hand');
  });
});

describe('h-who17: a speaker titled by the kind of body, named for it elsewhere (`kind-titled-named`)', () => {
  it('pair: `company spokesman Ola Brekk` and `a spokesman for Vesta Ferries, Ola Brekk` are the firm', () => {
    const texts = [
      'Vesta Ferries said the ship had passed its last check in May. "The crew did everything right," company spokesman Ola Brekk told reporters.',
      'A spokesman for Vesta Ferries, Ola Brekk, said the fire had started in a fuel pump.',
    ];
    const o = origins(texts);
    expect(o.filter((l) => /Vesta|Brekk/.test(l))).toEqual(['Vesta Ferries']);
  });
  it('control: named for nothing else, `company spokesman Ola Brekk` is not joined to a firm with no legal form', () => {
    const texts = [
      'Vesta Ferries said the ship had passed its last check in May.',
      '"The crew did everything right," company spokesman Ola Brekk told reporters.',
    ];
    const o = origins(texts);
    expect(o.filter((l) => /Vesta|Brekk/.test(l))).toHaveLength(2);
  });
});

describe('h-who17: the researcher who led the study tells it (`study-author`)', () => {
  it('pair: `Professor Ines Dahl, who led the study,` is an origin', () => {
    const texts = [
      'Teenagers who sleep less than seven hours miss more school, a study by Norhal University found.',
      'Professor Ines Dahl, who led the study, said the team had followed 3,000 pupils for two years.',
    ];
    expect(roleOf(texts, /Dahl/)).toBe('provenance:study-author');
  });
  it('control: a professor not involved in the study comments', () => {
    const texts = [
      'Teenagers who sleep less than seven hours miss more school, a study by Norhal University found.',
      'Professor Ari Pell, who was not involved in the study, said the results were no surprise.',
    ];
    expect(roleOf(texts, /Pell/)).toBe('provenance:commentator-role');
  });
});

describe('h-who17: a body named after its kind is one subject (`name-ends-first`, `kind-named-subject`)', () => {
  it('pair (`name-ends-first`): `Consumer group Mothers First said` names the whole group', () => {
    expect(found('Headline\nConsumer group Mothers First said the firm should pay families.')[0]?.[1]).toBe(
      'Consumer group Mothers First',
    );
  });
  it('pair (`kind-named-subject`): the group speaks the verb joined by `and`', () => {
    expect(
      found(
        'Headline\nConsumer group Mothers First welcomed the ruling and said the firm should pay families.',
      ).find((x) => x[0] === 'said')?.[1],
    ).toBe('Consumer group Mothers First');
  });
  it('control: `first` in lower case and a subject with no body noun are read as before', () => {
    expect(found('Headline\nThe ministry first said the firm should pay families.')[0]?.[1]).toBe(
      'The ministry',
    );
    expect(
      found('Headline\nHarbour workers stopped work and said the cranes were unsafe.').find(
        (x) => x[0] === 'said',
      )?.[1],
    ).toBe('Harbour workers');
  });
});

describe('h-who17: a court of a place is the story`s court (`court-of-place`)', () => {
  it('pair: `a court in Tarso`, `the court` and `a Tarso court` are one origin', () => {
    const texts = [
      'Velmo Dairy must stop selling its cheese, a court in Tarso said on Monday.',
      'The court said the dairy had ignored two warnings.',
      'A Tarso court said the ban would last six months.',
    ];
    expect(origins(texts).filter((l) => /court/i.test(l))).toHaveLength(1);
  });
  it('control: courts in two places stay apart', () => {
    const texts = [
      'Velmo Dairy must stop selling its cheese, a court in Tarso said on Monday.',
      'A court in Ulmby said the dairy`s second plant could stay open.',
    ];
    expect(origins(texts).filter((l) => /court/i.test(l))).toHaveLength(2);
  });
});

describe('h-who17: a name referred to by `its` is the company (`company-its`)', () => {
  it('pair: `Harlo Looms will close its mill ..., the company said` makes Harlo Looms an origin', () => {
    const texts = [
      'Harlo Looms will close its weaving mill in Tessby next year, cutting 400 jobs, the company said on Monday.',
      'Harlo Looms spokeswoman Greta Vinn said workers would be offered jobs at its plant in Ulm.',
    ];
    expect(origins(texts).filter((l) => /Harlo|Vinn/.test(l))).toEqual(['Harlo Looms']);
  });
  it('control: a person named with `his` is no company, and `the company` finds nothing', () => {
    const texts = ['Tomas Vinn will sell his share of the mill in Tessby, the company said on Monday.'];
    expect(origins(texts).filter((l) => /Vinn/.test(l))).toEqual([]);
  });
});

describe('h-who17: a commentator`s role in capitals opening the sentence (`COMMENTATOR_TITLE`)', () => {
  it('pair: `Criminologist Berit Sand said` comments', () => {
    const texts = [
      'Prosecutors in Ostby charged the former police chief Rolf Jarn with bribery, the prosecution service said.',
      'Criminologist Berit Sand said bribery cases against police were rare.',
    ];
    expect(roleOf(texts, /Sand/)).toBe('provenance:commentator-role');
  });
  it('control: `Inspector Berit Sand said` tells first-hand', () => {
    const texts = [
      'Prosecutors in Ostby charged the former police chief Rolf Jarn with bribery, the prosecution service said.',
      'Inspector Berit Sand said the money had been found in a locker.',
    ];
    expect(roleOf(texts, /Sand/)).not.toMatch(/commentator/);
  });
});
