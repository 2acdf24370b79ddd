import { describe, expect, it } from 'vitest';
import { processText } from '../pipeline/document.js';
import { outletLabel } from './provenance.js';
import { doc, origins, roleOf } from './who.fixture.js';

// h-who15 (issue 13, "who says it"): failures of the origin model found on invented multi-outlet
// stories (a car recall, a mine collapse, a football transfer, a minister's resignation, a wildfire,
// a hospital data breach) that no rule was written from. Each rule has a fictional pair (failing on
// main 28597f1) and a control. docs/origins.md, `2026-12-05, h-who15`.

describe('h-who15: a public body named in lower case by its function (`body-by-function`)', () => {
  it('pair: `the national mining inspectorate`, `the anti-corruption office` are origins', () => {
    const texts = [
      'Two miners were trapped at the Orsk pit on Monday. The national mining inspectorate said it had sent inspectors to the site.',
      'The anti-corruption office said it had opened an inquiry into the pit contracts.',
    ];
    const o = origins(texts);
    expect(o).toContain('national mining inspectorate');
    expect(o).toContain('anti-corruption office');
  });
  it('control: `his office` makes no origin, and `the weather office` is the story`s National Weather Office', () => {
    const texts = [
      'The National Weather Office warned of storms on Monday. The mayor will visit the harbour, his office said.',
      'Winds could reach 120 km/h, the weather office said.',
    ];
    const o = origins(texts);
    expect(o.filter((l) => /office/i.test(l))).toEqual(['National Weather Office']);
  });
});

describe('h-who15: a speaker for a body named by its function (`body-by-function`)', () => {
  it('pair: `a spokesman for the office` is the story`s anti-corruption office', () => {
    const texts = [
      'The anti-corruption office said it had opened an inquiry into the contracts.',
      'The inquiry will start on Monday, a spokesman for the office told the Lindau Post.',
    ];
    const o = origins(texts);
    expect(o.filter((l) => /office/.test(l))).toEqual(['anti-corruption office']);
  });
  it('control: beside two such offices, the spokesman stays apart', () => {
    const texts = [
      'The anti-corruption office said it had opened an inquiry. The national audit office said it would help.',
      'The inquiry will start on Monday, a spokesman for the office told the Lindau Post.',
    ];
    const o = origins(texts);
    expect(o.filter((l) => /office/.test(l))).toHaveLength(3);
  });
});

describe('h-who15: a speaker after a comma is no description of the name before it (`inverted-source-apart`)', () => {
  it('pair: `... from Velda Health, two people familiar with the inquiry said` labels neither by the other', () => {
    const texts = [
      'The Skarn gang demanded a ransom of 3 million crowns from Velda Health, two people familiar with the inquiry said.',
      'Velda Health said its systems were back online on Tuesday.',
    ];
    const o = origins(texts);
    expect(o).toContain('Velda Health');
    expect(o.filter((l) => /Velda Health,/.test(l))).toEqual([]);
  });
  it('control: `Ada Quill, a nurse at the clinic, said` keeps her apposition', () => {
    const texts = ['Ada Quill, a nurse at the clinic, said the screens went dark at noon on Friday.'];
    expect(origins(texts)).toContain('Ada Quill, a nurse at the clinic');
  });
});

describe('h-who15: an article naming itself for its own reporting (`self-named-outlet`)', () => {
  it('pair: an article of no known outlet saying `the Courier has learned` is the Orlin Courier`s', () => {
    const text =
      'Fen Motors knew of leaking brake hoses in April\n\nEngineers flagged the leaks months before the recall, emails seen by the Orlin Courier show. The hoses were made by a supplier in Lenz, the Courier has learned.';
    const d = processText(text, { kind: 'record', location: 'a1.txt' }, { known: { language: 'en' } });
    expect(outletLabel(d, 0)).toBe('Orlin Courier');
    const o = origins([text], false);
    expect(o).toContain('Orlin Courier');
    expect(o.filter((l) => /^Courier$|unknown outlet/.test(l))).toEqual([]);
  });
  it('control: `Police have learned` names no outlet, and a known outlet stays', () => {
    const text =
      'Van stolen before the harbour crash\n\nPolice have learned that the van was stolen in Lenz on Sunday, a police spokesman said.';
    const d = processText(text, { kind: 'record', location: 'a1.txt' }, { known: { language: 'en' } });
    expect(outletLabel(d, 0)).toMatch(/^unknown outlet/);
    const k = doc('Fen Motors knew of the leaks, the Orlin Courier has learned.', 'Velmar Post');
    expect(outletLabel(k, 0)).toBe('Velmar Post');
  });
});

describe('h-who15: a news agency by its initials and in full (`news-initials`)', () => {
  it('pair: `(AP)`, `the AP` and `The Associated Press` are one origin', () => {
    const texts = [
      'ORSK, Norland (AP) - Four miners were trapped underground on Thursday, the operator said. The collapse happened at 2 a.m., company spokesman Jon Bekk told The Associated Press.',
      'Rescuers were drilling toward four miners, the Associated Press reported. The men are alive, according to the AP.',
    ];
    const o = origins(texts);
    expect(o.filter((l) => /^(?:AP|Associated Press)$/.test(l))).toHaveLength(1);
  });
  it('control: with two news organisations of those initials, `the AP` stays apart', () => {
    const texts = [
      'ORSK, Norland (AP) - Four miners were trapped underground on Thursday, the operator said. The collapse happened at 2 a.m., company spokesman Jon Bekk told The Associated Press.',
      'Rescuers were drilling toward four miners, the Associated Press reported. The men are alive, according to the AP. The Arlen Post said a second shaft was closed.',
    ];
    const o = origins(texts);
    expect(o).toContain('AP');
    expect(o).toContain('Associated Press');
  });
});

describe('h-who15: a record dated in an apposition, and named again (`record-dated`)', () => {
  it('pair: `an inspection report` and `The report, dated February,` are one origin with no date in its name', () => {
    const texts = [
      'The Orsk pit was told to repair cracks, according to an inspection report obtained by the Orlin Tribune. The report, dated February, found fractures in the roof of tunnel 9.',
    ];
    const o = origins(texts);
    expect(o.filter((l) => /report/.test(l))).toEqual(['inspection report']);
  });
  it('control: `the report` after a news organisation reported is its report', () => {
    const texts = [
      'The Orlin Tribune reported that the pit had cracks in its roof. The report said two inspectors had visited in May.',
    ];
    const o = origins(texts);
    expect(o.filter((l) => /report/i.test(l))).toEqual([]);
  });
});

describe('h-who15: a title alone before a name after its unnamed speaker (`title-named-after`)', () => {
  it('pair: `a police spokeswoman said` then `spokeswoman Nina Kord said` are one origin', () => {
    const texts = [
      'Police are investigating whether the fire near Sorn was set, a police spokeswoman said on Sunday. “We found two seats of fire,” spokeswoman Nina Kord said.',
    ];
    expect(origins(texts).filter((l) => /spokeswoman/.test(l))).toHaveLength(1);
  });
  it('control: with a police and a fire spokeswoman before her, she stays apart', () => {
    const texts = [
      'Police are investigating the fire, a police spokeswoman said. Two crews were hurt, a fire service spokeswoman said. “We found two seats of fire,” spokeswoman Nina Kord said.',
    ];
    expect(origins(texts).filter((l) => /Nina Kord/.test(l))).toHaveLength(1);
  });
});

describe('h-who15: former players and coaches, and the station they told (`former-role`, `told-commentator`)', () => {
  const transfer = [
    'Ostmark FC signed Rafael Calde for 62 million euros, the club said. Former Ostmark captain Tom Berg said the club had overpaid. “Sixty million is too much for a player who scored 14 goals,” Berg told Radio Ost.',
  ];
  it('pair: `Former Ostmark captain Tom Berg` comments, and Radio Ost, told only his view, is no origin', () => {
    expect(roleOf(transfer, /Tom Berg/)).toBe('provenance:commentator-role');
    expect(roleOf(transfer, /Radio Ost/)).toBe('provenance:told-commentator');
    expect(origins(transfer)).not.toContain('Radio Ost');
  });
  it('control: the captain in office, and a station told what a witness saw, stay origins', () => {
    expect(
      roleOf(['Ostmark captain Tom Berg said he had signed a new contract on Monday.'], /Tom Berg/),
    ).toBe('provenance:first-hand');
    const seen = ['“I saw the van hit the gate at noon,” Ada Quill told Radio Ost.'];
    expect(origins(seen)).toContain('Radio Ost');
  });
});

describe('h-who15: a relative given by `whose` (`whose-relative`)', () => {
  it('pair: `Anna Vik, whose husband is one of the trapped men,` reacting is a commentator', () => {
    const texts = [
      'Four miners are trapped at the Orsk pit. “We are praying for them every hour,” said Anna Vik, whose husband is one of the trapped men.',
    ];
    expect(roleOf(texts, /Anna Vik/)).toBe('provenance:commentator-reaction');
  });
  it('control: a relative telling what she saw, and `whose critics say`, stay origins', () => {
    const saw = [
      'Anna Vik, whose husband works at the pit, said she saw smoke rising from the shaft at 2 a.m.',
    ];
    expect(roleOf(saw, /Anna Vik/)).toBe('provenance:first-hand');
    const critics = [
      'Ada Quill, whose critics say the plan was rushed, said the pier would close on Monday.',
    ];
    expect(roleOf(critics, /Ada Quill/)).toBe('provenance:first-hand');
  });
});

describe('h-who15: a former official answering for their own deeds (`former-party`)', () => {
  it('pair: `former mayor Dane Holm` denying the charges is no commentator', () => {
    const texts = [
      'A court in Varna found former mayor Dane Holm guilty of taking bribes on Friday. Holm denied the charges.',
    ];
    expect(roleOf(texts, /Dane Holm/)).toBe('provenance:first-hand');
  });
  it('control: a former mayor giving a view stays a commentator', () => {
    const texts = ['Former mayor Dane Holm said the new council had wasted the city budget.'];
    expect(roleOf(texts, /Dane Holm/)).toBe('provenance:commentator-role');
  });
});

describe('h-who15: a group named by what it is against (`anti-group`)', () => {
  it('pair: `Anti-graft group Clean Varna` gives a view: a commentator', () => {
    const texts = [
      'Anti-graft group Clean Varna said the case showed the need for stricter rules on contracts.',
    ];
    expect(roleOf(texts, /Clean Varna/)).toBe('provenance:commentator-role');
  });
  it('control: a group named otherwise (`Residents group Varna Homes`) stays an origin', () => {
    const texts = ['Residents group Varna Homes said the road had been closed since May.'];
    expect(roleOf(texts, /Varna Homes/)).toBe('provenance:first-hand');
  });
});

// Dropped: `polled-by` turned h-trial22's `Analysts polled by the agency` into a commentator
// `Analysts`, against that trial's exact list of commentators (docs/origins.md, h-who15).
describe('h-who15: respondents of a news organisation`s poll (`polled-by`, dropped)', () => {
  it.fails('pair: `Most economists polled by Reuters` are the economists, not Reuters', () => {
    const texts = [
      'The Bank of Norland raised its rate to 4.5 percent on Thursday. Most economists polled by Reuters had expected the increase.',
      'The bank lifted its rate for the fourth time this year, Reuters reported.',
    ];
    const o = origins(texts);
    expect(o).toContain('Reuters');
    expect(o.filter((l) => /polled/.test(l))).toEqual([]);
  });
  it('control: `documents seen by Reuters` keep their reading, and Reuters reporting stays', () => {
    const texts = ['The bank planned a larger rise, according to documents seen by Reuters.'];
    expect(origins(texts)).not.toContain('documents seen by Reuters');
  });
});

describe('h-who15: `Per` as a first name (`per-first-name`)', () => {
  it('pair: `Opposition finance spokesman Per Lunde said` is Lunde speaking', () => {
    const texts = ['Opposition finance spokesman Per Lunde said the government had lost control of prices.'];
    expect(roleOf(texts, /Per Lunde/)).toBe('provenance:commentator-role');
  });
  it('control: `Per the Oslin Daily, ...` opening a sentence still cites the paper', () => {
    const texts = ['Per the Oslin Daily, two board members wanted a larger rise.'];
    expect(origins(texts)).toContain('Oslin Daily');
  });
});
