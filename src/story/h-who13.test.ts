import { describe, expect, it } from 'vitest';
import { origins, roleOf, trace } from './who.fixture.js';

// h-who13 (issue 13, "who says it"): patterns of news language behind wrong origins found by reading
// stories nobody labelled. Each rule has a fictional pair (failing before its change) and a control.

const labels = (texts: readonly string[]): string[] => trace(texts).graph.nodes.map((n) => n.label);

describe('h-who13: relatives and friends named by a possessive pronoun or as a family friend react', () => {
  // Tried and dropped (docs/origins.md, h-who13): ECB+ half B recall 0.74 (25/34) -> 0.71 (24/34),
  // half A unchanged. Kept as the case to read again when a labelled story confirms it.
  it.fails('pair: `said her nephew, Tomas Brekk` and `a family friend, Ivo Marl` are commentators', () => {
    const texts = [
      'The ferry left Brindle at noon, the harbour office said. “We are just stunned,” said her nephew, Tomas Brekk.',
      '“He loved that boat more than anything,” a family friend, Ivo Marl, said.',
    ];
    expect(roleOf(texts, /Brekk/)).toBe('provenance:commentator-reaction');
    expect(roleOf(texts, /Marl/)).toBe('provenance:commentator-reaction');
  });
  it('control: a nephew who saw it, and `her lawyer`, stay origins', () => {
    const texts = [
      'Her nephew, Tomas Brekk, said he saw the van hit the gate at noon.',
      'The fine was paid on Monday, said her lawyer, Ada Quill.',
    ];
    expect(roleOf(texts, /Brekk/)).toBe('provenance:first-hand');
    expect(roleOf(texts, /Quill/)).toBe('provenance:first-hand');
  });
});

describe('h-who13: a cousin, niece, nephew or grandchild named by a possessive reacts', () => {
  it('pair: `Dora Venn, Quill’s cousin` cited for a reaction is a commentator', () => {
    const texts = ['“He never hurt anyone,” said Dora Venn, Quill’s cousin.'];
    expect(roleOf(texts, /Venn/)).toBe('provenance:commentator-reaction');
  });
  it('control: the cousin who saw it stays an origin', () => {
    const texts = ['Dora Venn, Quill’s cousin, said she saw the van hit the gate at noon.'];
    expect(roleOf(texts, /Venn/)).toBe('provenance:first-hand');
  });
});

describe('h-who13: a city council member is a lawmaker', () => {
  // Tried and dropped (docs/origins.md, h-who13): no figure of either half moved, but it turns
  // h-who10's control (`Councillor Ada Quill said the fire began in the kitchen`: an origin) in
  // src/story/trial/hitrun.test.ts into a commentator. A councillor may tell what happened.
  it.fails('pair: `City Councilman Ivo Marl` and `Council Member Ada Quill` are commentators', () => {
    const texts = [
      'The march drew about 200 people, City Councilman Ivo Marl said on Twitter.',
      'Things are tense tonight, Brindle Council Member Ada Quill told reporters.',
    ];
    expect(roleOf(texts, /Marl/)).toBe('provenance:commentator-role');
    expect(roleOf(texts, /Quill/)).toBe('provenance:commentator-role');
  });
  it('control: a council spokeswoman telling what the council decided stays an origin', () => {
    const texts = [
      'The road will close on Monday, said Dora Venn, a spokeswoman for the Brindle City Council.',
    ];
    expect(roleOf(texts, /Venn/)).toBe('provenance:first-hand');
  });
});

describe('h-who13: a possessive written apart (`Quill ’ s sister Dora`) names no possessor', () => {
  it('pair: the speaker is the sister or the cousin, not the person whose relative they are', () => {
    const texts = [
      'Ada Quill was shot on Monday, police said. “You try to put it out of your mind,” said Ms. Quill ’ s sister Dora.',
      'A woman who said she was Quill ’ s cousin told reporters on Tuesday that the van was stolen.',
    ];
    const l = labels(texts);
    expect(l).toContain('Dora');
    expect(l.some((x) => /^(?:Ada\s+)?Quill$/.test(x))).toBe(false);
    expect(roleOf(texts, /^Dora$/)).toBe('provenance:commentator-reaction');
  });
  it('control: the possessive written together, and the person speaking, read as before', () => {
    const texts = [
      'Ada Quill said the van was stolen on Monday. “You try to forget it,” said Ms. Quill’s sister Dora.',
    ];
    const l = labels(texts);
    expect(l).toContain('Dora');
    expect(l).toContain('Ada Quill');
  });
});

describe('h-who13: a bare role with its capitalised modifier or abbreviated is its one holder', () => {
  it('pair: `the Velmar Governor` after `Velmar Governor Ada Quill`, `the DA` after a district attorney', () => {
    const o = origins([
      'Velmar Governor Ada Quill said the ferry would run again on Monday.',
      'The ferry will run again on Monday, the Velmar Governor said.',
      'Ben Holt was charged with arson, Kessel County District Attorney Ivo Marl said.',
      'Holt was held on $5,000 bail, the DA said.',
    ]);
    expect(o.filter((x) => /Governor/.test(x))).toEqual(['Velmar Governor Ada Quill']);
    expect(o.filter((x) => /\bDA\b|District Attorney/.test(x))).toEqual([
      'Kessel County District Attorney Ivo Marl',
    ]);
  });
  it('control: a governor of another place, and `the DA` beside two district attorneys, stay apart', () => {
    const o = origins([
      'Velmar Governor Ada Quill said the ferry would run again on Monday.',
      'The ferry will run again on Monday, the Orsk Governor said.',
      'Ben Holt was charged with arson, Kessel County District Attorney Ivo Marl said.',
      'Orsk County District Attorney Dora Venn said the case would move to Orsk.',
      'Holt was held on $5,000 bail, the DA said.',
    ]);
    expect(o).toContain('Orsk Governor');
    expect(o).toContain('DA');
  });
});

describe('h-who13: a police department by its initials is the force', () => {
  it('pair: `the KCPD`, `a KCPD release` and `Kessel City Police` are one origin', () => {
    const o = origins([
      'A man was shot on Fenn Street on Monday, Kessel City Police said.',
      'The man, 31, died in hospital, the KCPD said.',
      'According to a KCPD release, two men were held on Tuesday.',
    ]);
    expect(o.filter((x) => /Police|PD\b/.test(x))).toEqual(['Kessel City Police']);
  });
  it('pair: with no force named, `police` and `the KCPD` are one origin', () => {
    const o = origins([
      'A man was shot on Monday, police said.',
      'The man, 31, died in hospital, the KCPD said.',
    ]);
    expect(o.filter((x) => /[Pp]olice|PD\b/.test(x))).toHaveLength(1);
  });
  it('control: the initials of another place stay apart', () => {
    const o = origins([
      'A man was shot on Fenn Street on Monday, Kessel City Police said.',
      'Two men were held in Orsk on Tuesday, the OPD said.',
    ]);
    expect(o).toContain('Kessel City Police');
    expect(o).toContain('OPD');
  });
});

describe('h-who13: `the same source` after a source described by a word before its noun', () => {
  const sources = (texts: readonly string[]) =>
    trace(texts)
      .graph.nodes.filter((n) => n.kind === 'source')
      .map((n) => n.label)
      .sort();
  it('pair: `the same source` and `the source` after `a court source`, in one article, are that source', () => {
    expect(
      sources([
        'Two men were charged with arson in Brindle, a court source said. Both will appear before a judge on Monday, the same source said. They were held overnight, the source said.',
      ]),
    ).toEqual(['court source']);
  });
  it('control: in another article, `the same source` stays its own', () => {
    expect(
      sources([
        'Two men were charged with arson in Brindle, a court source said.',
        'Both men will appear before a judge on Monday, the same source said.',
      ]),
    ).toHaveLength(2);
  });
});

describe('h-who13: a paper named again by the last word of its masthead', () => {
  it('pair: `the Times` after `the Orlin Times`, `The News` of the story`s one `... News`, are those papers', () => {
    const o = origins([
      'The ferry sank at noon, the Orlin Times reported. Three people were rescued, the Times said.',
      'The Velmar Times said the ferry was late. The crew was paid in May, a deckhand told the Kessel Daily News.',
      'Two crew members were missing, a coast guard officer told The News on Tuesday.',
    ]);
    expect(o).not.toContain('Times');
    expect(o).not.toContain('News');
    expect(o).toContain('Orlin Times');
    expect(o).toContain('Kessel Daily News');
  });
  it('control: `the Times` in an article naming no paper, with two Times papers in the story, stays apart', () => {
    const o = origins([
      'The ferry sank at noon, the Orlin Times reported.',
      'The Velmar Times said the ferry was late.',
      'Three people were rescued, the Times said.',
    ]);
    expect(o).toContain('Times');
  });
  it('pair: `told news outlets` is an audience, like `told reporters`; control: `told the Orlin Times` cites', () => {
    const t = trace([
      'The ferry was late, harbour master Ada Quill told news outlets on Wednesday.',
      'The crew was paid in May, harbour master Ada Quill told the Orlin Times.',
    ]);
    expect(t.graph.nodes.map((n) => n.label)).not.toContain('news outlet');
    expect(t.graph.nodes.map((n) => n.label)).not.toContain('news outlets');
    expect(t.graph.nodes.map((n) => n.label)).toContain('Orlin Times');
  });
});

describe('h-who13: a name after a preposition is the object of the role before it', () => {
  it('pair: `critics of Ivo Marl` and `the mother of Ivo Marl` make Marl neither a critic nor a relative', () => {
    const critics = [
      'Harbour master Ivo Marl said the pier closed in March. Dozens of critics of Ivo Marl marched to the harbour on Monday.',
    ];
    expect(roleOf(critics, /Marl/)).toBe('provenance:first-hand');
    const mother = [
      'Harbour master Ivo Marl said the pier closed in March. The mother of Ivo Marl runs a cafe on the quay.',
    ];
    expect(roleOf(mother, /Marl/)).toBe('provenance:first-hand');
  });
  it('control: `Ivo Marl, a critic of the port,` is a critic', () => {
    const texts = ['The pier was unsafe for years, said Ivo Marl, a critic of the port.'];
    expect(roleOf(texts, /Marl/)).toBe('provenance:commentator-role');
  });
});

describe('h-who13: a role held for or about a person names its holder, not the person (`object-of-role`)', () => {
  it('pair: `A critic of Tom Rusk said` and `The widow of Tom Rusk said` are not Tom Rusk speaking', () => {
    const texts = [
      'The pier was unsafe, a critic of Tom Rusk said on Monday. “He loved the sea,” the widow of Tom Rusk said.',
    ];
    const l = labels(texts);
    expect(l).not.toContain('Tom Rusk');
    expect(roleOf(texts, /^critic of Tom Rusk$/)).toBe('provenance:commentator-role');
    expect(roleOf(texts, /^widow of Tom Rusk$/)).toBe('provenance:commentator-reaction');
  });
  it('control: a name before the preposition, or set off after the role, is the speaker', () => {
    const l = labels([
      'The pier closed at noon, Ada Quill of the Fen Union said. The fine was paid, a lawyer for Rusk, Ben Olar, said.',
    ]);
    expect(l).toContain('Ada Quill');
    expect(l.some((x) => /Ben Olar/.test(x))).toBe(true);
  });
});

describe('h-who13: `the agency` is the public body its sentence names (`agency-named-in-sentence`)', () => {
  it('pair: `The Velmar Department of Harbours has replaced ..., the agency announced`', () => {
    const o = origins([
      'The Velmar Department of Harbours said the pier would reopen in May.',
      'The Velmar Department of Harbours has replaced the managers of the pier, the agency announced on Tuesday.',
    ]);
    expect(o).toEqual(['Velmar Department of Harbours']);
  });
  it('control: after a news agency, `the agency` is that agency; with two bodies in the sentence it stays apart', () => {
    const news = labels([
      'The ferry sank at noon, the Velmar Press Agency reported. Three people were rescued, the agency said.',
    ]);
    expect(news).toContain('Velmar Press Agency');
    expect(news).not.toContain('agency');
    const two = origins([
      'The Velmar Department of Harbours and the Orsk Coast Authority will share the pier, the agency said.',
    ]);
    expect(two).toContain('agency');
  });
});

describe('h-who13: a person of a body the entity layer read as a person (`person-of-body`)', () => {
  // Tried and dropped (docs/origins.md, h-who13): the speaker is the first of two people joined by
  // `of (the)`; ECB+ half B recall 0.74 (25/34) -> 0.71 (24/34), precision 40/43 -> 39/43.
  it.fails('pair: `The Rev. Ada Quill of the Fen Chapel said` is Ada Quill speaking', () => {
    expect(labels(['The Rev. Ada Quill of the Fen Chapel said the roof fell on Sunday.'])).toContain(
      'Ada Quill',
    );
  });
});
