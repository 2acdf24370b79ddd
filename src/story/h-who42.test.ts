import { describe, expect, it } from 'vitest';
import { claimOrigins, originLabels, storyRoleOf, tokenised } from './who.fixture.js';

// h-who42 (issue 13, "who says it"): fictional stories only; docs/origins.md, `Stop 58 (h-who42)`.

const HEAD = (site: string, slug = 'net-pen') =>
  `http: / / www. ${site}. com / 2041 / 03 / 14 / ${slug}\nSalmon lost in storm\nMarch 14, 2041\n`;

type Dossier = ReturnType<typeof tokenised>;
const ruleOf = (d: Dossier, label: RegExp): string | undefined =>
  (d.provenance.origins ?? []).find((o) => label.test(o.label))?.rule;

describe('h-who42: a company named by a word no reader read (`company-unread-name`)', () => {
  it('pair: `Laksvik said`, then `The company said in a statement`, `the firm said`', () => {
    const d = tokenised(
      HEAD('nordwire') +
        'SKARA, Norway - About 48, 000 salmon escaped from a net pen off Skara on Thursday, Laksvik said.\n' +
        'The company said in a statement that divers had found a tear of 6 metres in the net.\n',
      HEAD('coastnews') +
        'SKARA, Norway - Laksvik has lost about 48, 000 salmon from a pen off Skara.\n' +
        'Divers had found a tear of 6 metres in the net, the firm said.\n',
    );
    expect(originLabels(d)).toContain('Laksvik');
    expect(ruleOf(d, /^Laksvik$/)).toBe('provenance:company-unread-name');
    const tear = claimOrigins(d, /tear of 6 metres/);
    expect(tear.length).toBeGreaterThan(0);
    for (const o of tear) expect(o).toEqual(['Laksvik']);
  });
  it('pair: `The company said` after `the Food Safety Authority said` is the company, not the authority', () => {
    const d = tokenised(
      HEAD('nordwire', 'recall') +
        'OSLO, Norway - Mjolkra is recalling 120, 000 tins of formula, the Food Safety Authority said.\n' +
        'The company said in a statement that the tins were made at its plant in Hamar.\n',
      HEAD('coastnews', 'recall') +
        'OSLO, Norway - Mjolkra has recalled 120, 000 tins of formula.\n' +
        'The tins were made at its plant in Hamar, the company said.\n',
    );
    const hamar = claimOrigins(d, /plant in Hamar/);
    expect(hamar.length).toBeGreaterThan(0);
    for (const o of hamar) expect(o).toEqual(['Mjolkra']);
  });
  it('control: two such names in the story leave `the company` unread', () => {
    const d = tokenised(
      HEAD('nordwire') +
        'SKARA, Norway - Laksvik has lost about 48, 000 salmon from a pen off Skara.\n' +
        'The company said in a statement that divers had found a tear of 6 metres in the net.\n',
      HEAD('coastnews') +
        'SKARA, Norway - Havbruk has lost about 9, 000 salmon from a pen off Skara.\n' +
        'The company said in a statement that divers had found a tear of 6 metres in the net.\n',
    );
    expect(originLabels(d).filter((l) => /Laksvik|Havbruk/.test(l))).toEqual([]);
  });
  it('control: a word the story also writes in lower case is no name', () => {
    const d = tokenised(
      HEAD('nordwire') +
        'SKARA, Norway - Storms have torn a net pen off Skara, letting 48, 000 salmon escape.\n' +
        'The company said in a statement that divers had found a tear of 6 metres in the net.\n',
      HEAD('coastnews') +
        'SKARA, Norway - Two storms tore a net pen off Skara on Thursday.\n' +
        'Divers had found a tear of 6 metres in the net, the firm said.\n',
    );
    expect(originLabels(d).filter((l) => /^Storm/i.test(l))).toEqual([]);
  });
});

describe('h-who42: `it said` after a sentence opening on an organisation (`it-subject`)', () => {
  it('pair: `Vindra stopped all 14 turbines ...` then `It said in a statement that ...`', () => {
    const d = tokenised(
      HEAD('nordwire', 'blade') +
        'HALDEN, Sweden - Vindra stopped all 14 turbines at its Halden park on Monday after a blade fell.\n' +
        'It said in a statement that the blade was 60 metres long.\n',
      HEAD('coastnews', 'blade') +
        'HALDEN, Sweden - A blade fell from a turbine at the Halden park on Monday, Vindra said.\n' +
        'The blade was 60 metres long, the operator said in a statement.\n',
    );
    const blade = claimOrigins(d, /60 metres long/);
    expect(blade.length).toBeGreaterThan(0);
    for (const o of blade) expect(o).toEqual(['Vindra']);
  });
  it('pair: a company the entity layer reads (`Nordvik Energy AB stopped ...`), then `it said`', () => {
    const d = tokenised(
      HEAD('nordwire', 'blade') +
        'HALDEN, Sweden - Nordvik Energy AB stopped all 14 turbines at its Halden park on Monday.\n' +
        'The blade was 60 metres long, it said in a statement.\n',
      HEAD('coastnews', 'blade') +
        'HALDEN, Sweden - A blade fell from a turbine at the Halden park on Monday.\n' +
        'The blade was 60 metres long, Nordvik Energy AB said in a statement.\n',
    );
    const blade = claimOrigins(d, /60 metres long/);
    expect(blade.length).toBeGreaterThan(0);
    for (const o of blade) expect(o).toEqual([expect.stringMatching(/^Nordvik Energy/)]);
  });
  it('control: `it said` after a sentence opening on no organisation rests on no one new', () => {
    const d = tokenised(
      HEAD('nordwire', 'blade') +
        'HALDEN, Sweden - A blade fell from a turbine at the Halden park on Monday.\n' +
        'It said in a statement that the blade was 60 metres long.\n',
      HEAD('coastnews', 'blade') +
        'HALDEN, Sweden - A blade fell from a turbine at the Halden park on Monday.\n' +
        'The blade was 60 metres long, police said.\n',
    );
    expect(originLabels(d).filter((l) => /blade|Halden|turbine/i.test(l))).toEqual([]);
  });
});

describe('h-who42: an origin tells the rule that found it', () => {
  it('pair: a body named in lower case only is an origin by `lower-case-body`', () => {
    const d = tokenised(
      HEAD('nordwire', 'fine') +
        'The national handball federation fined Lia IL 50, 000 crowns on Friday over a brawl in the stands.\n' +
        'The federation said in a statement that 12 fans were thrown out of the hall.\n',
      HEAD('liaposten', 'fine') +
        'Lia IL must pay 50, 000 crowns after a brawl in the stands, the national handball federation said.\n' +
        'According to the federation, 12 fans were thrown out of the hall.\n',
    );
    expect(ruleOf(d, /handball federation/i)).toBe('provenance:lower-case-body');
  });
  it('control: police read by the entity layer stay plain first-hand', () => {
    const d = tokenised(
      HEAD('nordwire', 'fine') + 'LIA, Norway - Police said 12 fans were thrown out of the hall on Friday.\n',
      HEAD('liaposten', 'fine') +
        'LIA, Norway - Twelve fans were thrown out of the hall on Friday, police said.\n',
    );
    expect(ruleOf(d, /^Police$/i)).toBe('provenance:first-hand');
  });
});

describe('h-who42: a bystander who expects or welcomes (`reported-stance`)', () => {
  const salmon = (say: string, say2: string) =>
    tokenised(
      HEAD('nordwire') +
        'SKARA, Norway - About 48, 000 salmon escaped from a net pen off Skara on Thursday, police said.\n' +
        say,
      HEAD('coastnews') +
        'SKARA, Norway - Some 48, 000 salmon escaped from a pen off Skara on Thursday, police said.\n' +
        say2,
    );
  it('pair: `said he expected ...`, `said he welcomed ...` make a commentator', () => {
    const d = salmon(
      'Fisherman Ole Brenna said he expected wild salmon in the fjord to suffer for years.\n',
      'Fisherman Ole Brenna said he welcomed the inquiry into the escape.\n',
    );
    expect(storyRoleOf(d, /Ole Brenna/)).toBe('commentator');
  });
  it('control: a manager who expects keeps his office, an origin', () => {
    const d = salmon(
      'Farm manager Per Lia said he expected the net to be mended by Friday.\n',
      'Farm manager Per Lia said he expected the net to be mended by Friday.\n',
    );
    expect(storyRoleOf(d, /Per Lia/)).toBe('origin');
  });
  it('control: a bystander who expects a figure tells it, an origin', () => {
    const d = salmon(
      'Fisherman Ole Brenna said he expected 2, 000 of the fish to be caught by Friday.\n',
      'Fisherman Ole Brenna said he expected 2, 000 of the fish to be caught by Friday.\n',
    );
    expect(storyRoleOf(d, /Ole Brenna/)).toBe('origin');
  });
});
