import { describe, expect, it } from 'vitest';
import { origins, roleOf, trace } from './who.fixture.js';

// h-who20 (issue 13, "who says it"): faults found on six invented multi-outlet stories (an art
// theft, a rocket lost at launch, an avalanche, a mayoral recount, an airline outage, an
// earthquake), each written as a general rule with a fictional pair (failing on main ddb8e38) and
// a control. docs/origins.md, `2026-12-06, h-who20`.

describe('h-who20: any former office holder comments (`former-any-office`)', () => {
  const first =
    'A recount confirmed Ada Brenn as mayor of Velby by 212 votes, the electoral commission said.';
  it('pair: a former commissioner and a former astronaut giving views are commentators', () => {
    const texts = [
      first,
      'Former electoral commissioner Lars Orvik said the count showed the law on postal voting was out of date.',
      'Former astronaut Kai Lunne said a late failure usually pointed to an engine problem.',
    ];
    expect(origins(texts).filter((l) => /Orvik|Lunne/.test(l))).toEqual([]);
    expect(roleOf(texts, /Orvik/)).toBe('provenance:commentator-role');
  });
  it('pair: `my guess`, `in my experience` is a view in the first person, no deed told', () => {
    const texts = [
      first,
      'Former police detective Harald Moss said: "In my experience, such paintings are used as a bargaining chip. My guess is they will never be sold."',
    ];
    expect(origins(texts).filter((l) => /Moss/.test(l))).toEqual([]);
  });
  it('control: a former official who tells what they did, or a commissioner in office, is an origin', () => {
    const texts = [
      first,
      'Former commissioner Lars Orvik said: "I counted the postal ballots myself in 2029."',
      'Commissioner Berit Holm said 41 postal ballots had been wrongly rejected.',
    ];
    const o = origins(texts);
    expect(o.filter((l) => /Orvik/.test(l))).toHaveLength(1);
    expect(o.filter((l) => /Holm/.test(l))).toHaveLength(1);
  });
});

describe('h-who20: a member of parliament is a lawmaker (`member-of-parliament`)', () => {
  const first = 'Thieves stole a portrait from the Orsetti Museum in Lunvik on Tuesday, police said.';
  it('pair: `a member of parliament who chairs its culture committee`, `MP Jon Aas` comment', () => {
    const texts = [
      first,
      'Ingrid Sol, a member of parliament who chairs its culture committee, said the government had starved museums of money.',
      'Labour MP Jon Aas said museum security had been cut for years.',
    ];
    expect(origins(texts).filter((l) => /Sol|Aas/.test(l))).toEqual([]);
    expect(roleOf(texts, /Sol/)).toBe('provenance:commentator-role');
  });
  it('control: a member of the museum`s staff, or a member of the board, stays an origin', () => {
    const texts = [
      first,
      'Nora Lind, a member of the museum staff, said she found the empty frame at 6 a.m.',
    ];
    expect(origins(texts).filter((l) => /Lind/.test(l))).toHaveLength(1);
  });
});

describe('h-who20: a credit signing off the article names the agency whose copy it is (`sign-off-credit`)', () => {
  const first = 'An avalanche killed four skiers at the Tessel Peak resort on Saturday, rescuers said.';
  const agencyOf = (texts: readonly string[], label: RegExp) =>
    trace(texts).graph.nodes.find((n) => label.test(n.label))?.kind;
  it('pair: `— Transalp News` on the last line is the agency the article runs', () => {
    const texts = [
      first,
      'Four skiers died when an avalanche hit an open slope at Tessel Peak, rescuers said.\n\nThe slope was open despite a danger rating of 4, the snow institute said.\n\n— Transalp News',
    ];
    expect(agencyOf(texts, /Transalp/)).toBe('news-organization');
  });
  it('control: a person signing off, or a dash inside the text, names no agency', () => {
    const texts = [
      first,
      'The slope was open, the snow institute said.\n\n— Ada Quill',
      'Four skiers died - Transalp News reported nothing else - and six were hurt, police said.',
    ];
    expect(agencyOf(texts, /Quill/)).toBeUndefined();
    expect(trace(texts).wires?.size ?? 0).toBe(0);
  });
});

describe('h-who20: a first line of the outlet`s name and address names the outlet (`masthead-address-line`)', () => {
  const body =
    'Avalanche kills four skiers at Tessel Peak\n\nAn avalanche killed four skiers at the Tessel Peak resort on Saturday, the mountain rescue service said.';
  const cited = 'The slope had been declared safe that morning, the Alpine Herald reported.';
  it('pair: `Alpine Herald, Postgasse 4, Davrin` and `skinews.net | Travel | 15 May 2031` are outlets', () => {
    const o = origins([`Alpine Herald, Postgasse 4, Davrin\n${body}`, cited], false);
    expect(o.filter((l) => /Alpine Herald|Postgasse/.test(l))).toEqual(['Alpine Herald']);
    const host = origins([`skinews.net | Travel | 15 May 2031\n${body}`, cited], false);
    expect(host.filter((l) => /skinews|unknown/.test(l))).toEqual(['skinews.net']);
  });
  it('control: a headline with a comma and a number, or a sentence, is no address line', () => {
    const o = origins([`Avalanche, Tessel Peak 4, dead\n${body}`, cited], false);
    expect(o.filter((l) => /^unknown outlet/.test(l))).toHaveLength(1);
    const s = origins([`Rescuers dug for hours | Four dead.\n${body}`, cited], false);
    expect(s.filter((l) => /^unknown outlet/.test(l))).toHaveLength(1);
  });
});

describe('h-who20: police named by its spokesman is an origin (`generic-with-named-speaker`)', () => {
  const article = (second: string) =>
    `Thieves took a portrait from the Orsetti Museum in Velby on Tuesday, police said.\n\n${second}\n\nThe portrait was insured for 40 million crowns, the Velby Courier has learned.`;
  const relay = 'The portrait was insured for 40 million crowns, the Velby Courier reported.';
  it('pair: `police said` and `Velby police spokesman Tor Hegge said` list the police', () => {
    const texts = [
      article(
        'Two men climbed through a skylight, Velby police spokesman Tor Hegge said in a statement. A guard raised the alarm at 3:20 a.m., Hegge said.',
      ),
      relay,
    ];
    expect(origins(texts).filter((l) => /police|Hegge/i.test(l))).toHaveLength(1);
  });
  it('control: `police said` with nobody named for it is listed as before, once', () => {
    const texts = [article('Two men climbed through a skylight and fled in a grey van.'), relay];
    expect(origins(texts).filter((l) => /police/i.test(l))).toEqual(['police']);
  });
});
