import { describe, expect, it } from 'vitest';
import { storyRoleOf as roleOf, tokenised } from './who.fixture.js';

// h-who29 (issue 13, "who says it"): fictional stories only; docs/origins.md, `2026-12-07, h-who29`.

const TUNNEL_A =
  'http: / / www. brennpost. com / 2031 / 04 / 09 / tunnel-flood\n' +
  'Flooded tunnel halts Line 2\nApril 9 , 2031\n' +
  'Two trains were stuck in a flooded tunnel on Line 2 on Wednesday , Orvik Metro said .\n' +
  'Orvik Metro said 180 passengers were led out on foot .';
const tunnelB = (line: string) =>
  'http: / / www. kaldtimes. com / world / orvik-flood\nCommuters wade out of Orvik metro\nApril 9 , 2031\n' +
  'About 180 passengers walked out of a flooded tunnel on Line 2 , Orvik Metro said .\n' +
  line;

describe('h-who29: a verdict whose name is quoted apart (`verdict-quote-apart`)', () => {
  it('pair: `called the flooding `` a disgrace ""` in tokenised text is a commentator', () => {
    const d = tokenised(
      TUNNEL_A,
      tunnelB("Transport Minister Ada Rusk called the flooding `` a disgrace for a modern city '' ."),
    );
    expect(roleOf(d, /Ada Rusk/)).toBe('commentator');
  });
  it('pair: `called the collapse " a shock "` with the mark set apart', () => {
    const d = tokenised(
      TUNNEL_A,
      tunnelB('Mayor Ada Rusk called the flooding " a shock to the whole city " .'),
    );
    expect(roleOf(d, /Ada Rusk/)).toBe('commentator');
  });
  it('control: the minister who also tells a fact stays an origin', () => {
    const d = tokenised(
      TUNNEL_A,
      tunnelB(
        "Transport Minister Ada Rusk called the flooding `` a disgrace for a modern city '' .\n" +
          'Rusk said three passengers had been taken to hospital .',
      ),
    );
    expect(roleOf(d, /Ada Rusk/)).toBe('origin');
  });
});

describe('h-who29: sympathy in reported speech (`sympathy-reported`)', () => {
  it('pair: `said her thoughts were with the families` only is a commentator', () => {
    const d = tokenised(
      TUNNEL_A,
      tunnelB('Housing Minister Ada Rusk said her thoughts were with the families of the passengers .'),
    );
    expect(roleOf(d, /Ada Rusk/)).toBe('commentator');
  });
  it('control: `her first thoughts were of the passengers` is no sympathy', () => {
    const d = tokenised(
      TUNNEL_A,
      tunnelB('Driver Ada Rusk said her first thoughts were of the passengers in the last car .'),
    );
    expect(roleOf(d, /Ada Rusk/)).toBe('origin');
  });
});

describe('h-who29: a verdict and a call that the events be looked into (`verdict-and-call`)', () => {
  it('pair: `called the flooding " a very lucky escape " and said lessons must be learned`', () => {
    const d = tokenised(
      TUNNEL_A,
      tunnelB(
        'Transport Minister Ada Rusk called the flooding " a very lucky escape " and said lessons must be learned .',
      ),
    );
    expect(roleOf(d, /Ada Rusk/)).toBe('commentator');
  });
  it('control: the call alone, no verdict beside it, tells what an official orders', () => {
    const d = tokenised(
      TUNNEL_A,
      tunnelB('Safety inspector Ada Rusk said the tunnel walls must be examined before trains run again .'),
    );
    expect(roleOf(d, /Ada Rusk/)).toBe('origin');
  });
});

describe('h-who29: how others feel, quoted with the mark set apart (`feeling-quote-apart`)', () => {
  it("pair: `said the street was `` in shock ''` is a reaction", () => {
    const d = tokenised(TUNNEL_A, tunnelB("Resident Ada Rusk said the street was `` in shock '' ."));
    expect(roleOf(d, /Ada Rusk/)).toBe('commentator');
  });
  it("control: `said the street was `` full of water ''` tells what she saw", () => {
    const d = tokenised(TUNNEL_A, tunnelB("Resident Ada Rusk said the street was `` full of water '' ."));
    expect(roleOf(d, /Ada Rusk/)).toBe('origin');
  });
});

/** The labels of the origins of the claim run by two outlets or more one of whose members the pattern finds. */
const claimOrigins = (d: ReturnType<typeof tokenised>, member: RegExp): string[] | undefined => {
  const label = new Map(d.provenance.nodes.map((n) => [n.id, n.label]));
  return d.claims
    .find((c) => c.outlets > 1 && c.members.some((m) => member.test(m.text)))
    ?.origins.map((o) => label.get(o) ?? o)
    .sort();
};

const ferryA = (who: string) =>
  'http: / / www. holmcourier. com / 2031 / 08 / 11 / ferry-aground\nFerry aground off Holm\nAugust 11 , 2031\n' +
  `The ferry Polar Star ran aground off Holm on Monday , ${who} said .\n` +
  'Skarn Lines , which operates the route , said the ship would be towed to Varn .';
const FERRY_B =
  'http: / / www. seaboardnews. com / 2031 / 08 / 12 / polar-star\nPolar Star aground , all safe\nAugust 12 , 2031\n' +
  'All 212 people aboard were taken off safely , the coastguard said .\n' +
  'The ferry operator said the ship would be towed to Varn for inspection .';

describe("h-who29: `the ferry operator` is the story's one operator (`operator-described`)", () => {
  it('pair: `the ferry operator said` rests on `Skarn Lines, which operates the route`', () => {
    const d = tokenised(ferryA('the coastguard'), FERRY_B);
    expect(claimOrigins(d, /towed to Varn/)).toEqual(['Skarn Lines']);
  });
  it('control: with two operators named, `the ferry operator` stands for neither', () => {
    const d = tokenised(ferryA('Holm Harbours , which runs the port ,'), FERRY_B);
    expect(claimOrigins(d, /towed to Varn/)).not.toEqual(['Skarn Lines']);
  });
});

const blastA = (second: string) =>
  'http: / / www. lenbypost. com / 2031 / 02 / 14 / gas-blast\nGas blast on Harrow Street\nFebruary 14 , 2031\n' +
  'A gas explosion destroyed a house on Harrow Street on Saturday , police said .\n' +
  'Neighbour Ada Rusk , 71 , said she was thrown from her bed by the blast .\n' +
  second;
const BLAST_B =
  'http: / / www. valleytimes. com / news / lenby-blast\nOne dead in Lenby blast\nFebruary 14 , 2031\n' +
  'One man died when a house exploded on Harrow Street , police said .\n' +
  'A neighbour said she was thrown from her bed by the blast .';

describe("h-who29: `a neighbour` is the story's one person given as a neighbour (`neighbour-named`)", () => {
  it('pair: `A neighbour said` rests on `Neighbour Ada Rusk` of another article', () => {
    const d = tokenised(blastA('Fire crews searched the rubble .'), BLAST_B);
    expect(claimOrigins(d, /thrown from her bed/)).toEqual(['Neighbour Ada Rusk']);
  });
  it('control: with two neighbours named, `a neighbour` is neither', () => {
    const d = tokenised(blastA('Neighbour Ivo Lark said he heard a bang .'), BLAST_B);
    expect(claimOrigins(d, /thrown from her bed/)).not.toEqual(['Neighbour Ada Rusk']);
  });
});

const AGENCY_A =
  'http: / / www. rivertonpost. com / world / orvik-flood\nCommuters wade out of Orvik metro\nApril 9 , 2031\n' +
  'According to AFP , 240 passengers were evacuated from two trains on Line 2 .';
const agencyB = (lines: string) =>
  'http: / / www. nordline. com / 2031 / 04 / 09 / orvik-line-2\nOrvik Line 2 shut\nApril 9 , 2031\n' + lines;

describe("h-who29: a news organisation told a source's word gives way to it (`told-agency-gives-way`)", () => {
  it('pair: `According to AFP` beside `a spokesman for Orvik Metro told AFP` rests on the company', () => {
    const d = tokenised(
      AGENCY_A,
      agencyB('A spokesman for Orvik Metro , Jan Pell , told AFP that 240 passengers had been evacuated .'),
    );
    const o = claimOrigins(d, /240 passengers/);
    expect(o).toBeDefined();
    expect(o).not.toContain('AFP');
    expect(o?.join(' ')).toMatch(/Orvik Metro/);
  });
  it("control: an agency told another source's word elsewhere in the story keeps its own line", () => {
    const d = tokenised(
      AGENCY_A,
      agencyB(
        'Orvik Metro said 240 passengers had been evacuated from the two trains .\n' +
          'Engineers were pumping water out of the tunnel on Wednesday afternoon .\n' +
          'A union official told AFP that drivers had warned of leaks in the tunnel for months .',
      ),
    );
    expect(claimOrigins(d, /240 passengers/)).toContain('AFP');
  });
});
