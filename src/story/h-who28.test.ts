import { describe, expect, it } from 'vitest';
import { storyRoleOf as roleOf, tokenised } from './who.fixture.js';
import { attributionsOf } from '../attribution/read.js';

// h-who28 (issue 13, "who says it"): fictional stories only; docs/origins.md, `2026-12-06, h-who28`.

const FERRY_A =
  'http: / / www. kessangazette. com / 2019 / 05 / 02 / ferry-pier-collapse\n' +
  'Ferry pier collapses in Kessan\nMay 2, 2019\n' +
  'Part of the ferry pier in Kessan collapsed on Wednesday, the port authority said.\n' +
  'Nobody was hurt, port spokeswoman Ines Tarro said.';
const ferryB = (line: string) =>
  'http: / / www. orlandpost. com / news / kessan-pier\nKessan pier gives way\n2 May 2019\n' +
  'A section of the Kessan ferry pier gave way on Wednesday, the port authority said.\n' +
  line;

describe('h-who28: a former office holder telling what he did in office (`former-own-deed`)', () => {
  it('pair: `Former port director Ole Fink said he had ordered the pier repaired in 2009` is an origin', () => {
    const d = tokenised(
      FERRY_A,
      ferryB('Former port director Ole Fink said he had ordered the pier repaired in 2009.'),
    );
    expect(roleOf(d, /Ole Fink/)).toBe('origin');
  });
  it('control: a former office holder judging others stays a commentator', () => {
    const d = tokenised(
      FERRY_A,
      ferryB('Former port director Ole Fink said the port authority had neglected the pier for years.'),
    );
    expect(roleOf(d, /Ole Fink/)).toBe('commentator');
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

const portA = (head: string) =>
  'http: / / www. kessangazette. com / 2019 / 05 / 02 / crane-fire\n' +
  'Crane fire halts Kessan port\nMay 2, 2019\n' +
  'A fire destroyed a container crane at Kessan port on Wednesday, Kessan Ports said.\n' +
  "Kessan Ports spokesman Ivo Lark said the fire started in the crane 's engine room.\n" +
  `${head} said he had warned the board in 2015 that the cranes needed new wiring.`;
const portB = (head: string) =>
  'http: / / www. orlandpost. com / news / kessan-crane\nKessan crane burns\n2 May 2019\n' +
  'A container crane burned at Kessan port on Wednesday, port operator Kessan Ports said.\n' +
  "The fire started in the crane 's engine room, Lark said.\n" +
  `${head} said he had warned the board in 2015 that the cranes needed new wiring.`;

describe('h-who28: a former head speaks for no body (`former-speaks-for-none`)', () => {
  it('pair: `Kessan Ports spokesman Ivo Lark` is not merged into `Former Kessan Ports chief executive Jan Holm`', () => {
    const head = 'Former Kessan Ports chief executive Jan Holm';
    const d = tokenised(portA(head), portB(head));
    const origins = claimOrigins(d, /engine room/) ?? [];
    expect(origins.some((l) => /Jan Holm/.test(l))).toBe(false);
  });
  it('control: the company`s present head speaks for it, one origin with its spokesman', () => {
    const head = 'Kessan Ports chief executive Jan Holm';
    const d = tokenised(portA(head), portB(head));
    const origins = claimOrigins(d, /engine room/) ?? [];
    expect(origins).toHaveLength(1);
  });
});

describe('h-who28: `Reuters quoted fire chief Ana Brisk as saying ...` (`quoted-as-saying-active`)', () => {
  it('pair: the one quoted is the source, what follows `as saying` the content', () => {
    const got = attributionsOf(
      'Headline\nReuters quoted fire chief Ana Brisk as saying four firefighters were hurt.',
    );
    const a = got.find((x) => x[3] === 'attribution:quoted-as-saying-active');
    expect(a?.[1]).toBe('fire chief Ana Brisk');
    expect(a?.[2]).toBe('four firefighters were hurt');
  });
  it('pair: the claim rests on the fire chief, whom Reuters passed on, not on Reuters', () => {
    const d = tokenised(
      'http: / / www. tarskpost. com / 2019 / 05 / 03 / mill-fire\nMill burns in Tarsk\nMay 3, 2019\n' +
        'Fire chief Ana Brisk said four firefighters were hurt fighting the blaze at the mill.',
      'http: / / www. orlandpost. com / news / mill-fire\nFire guts Tarsk mill\n3 May 2019\n' +
        'Reuters quoted fire chief Ana Brisk as saying four firefighters were hurt fighting the blaze.',
    );
    const origins = claimOrigins(d, /four firefighters/) ?? [];
    expect(origins.some((l) => /Ana Brisk/.test(l))).toBe(true);
    expect(origins).not.toContain('Reuters');
  });
  it('control: `quoted` with no `as saying` is still the subject`s stance', () => {
    const got = attributionsOf('Headline\nThe mayor quoted the town charter in her reply to the council.');
    expect(got.some((x) => x[3] === 'attribution:quoted-as-saying-active')).toBe(false);
  });
});

const outageA = (title: string) =>
  'http: / / www. tarskpost. com / 2021 / 01 / 15 / tarsk-blackout\n' +
  'Power cut hits Tarsk\nJanuary 15, 2021\n' +
  `About 80,000 homes in Tarsk lost power for six hours on Saturday, ${title} said.`;
const OUTAGE_B =
  'http: / / www. orlandpost. com / news / tarsk-power\nTarsk blacked out\n15 January 2021\n' +
  'About 80,000 homes in Tarsk were left without power for six hours on Saturday, the grid operator said.';
const clubA = (apposition: string) =>
  'http: / / www. tarskpost. com / 2021 / 02 / 01 / stand-closed\nStand closed at Tarsk ground\nFebruary 1, 2021\n' +
  `${apposition} said in a statement that the north stand would stay closed until April.`;
const CLUB_B =
  'http: / / www. orlandpost. com / sport / tarsk-stand\nTarsk stand shut\n1 February 2021\n' +
  "The club 's owners said the north stand would stay closed until April.";

describe('h-who28: a body named in lower case by the words another article set beside its name (`described-body`)', () => {
  it('pair: `the grid operator said` beside `grid operator Velo Grid said`: one origin, no outlet', () => {
    const d = tokenised(outageA('grid operator Velo Grid'), OUTAGE_B);
    const origins = claimOrigins(d, /80,000 homes/) ?? [];
    expect(origins).toHaveLength(1);
    expect(origins[0]).toMatch(/Velo Grid/);
  });
  it('pair: `The club `s owners said` beside `Orlin Holdings, the club `s owners,`: one origin', () => {
    const d = tokenised(clubA("Orlin Holdings, the club 's owners,"), CLUB_B);
    const origins = claimOrigins(d, /north stand/) ?? [];
    expect(origins).toHaveLength(1);
    expect(origins[0]).toMatch(/Orlin Holdings/);
  });
  it('control: words the story gives to two names stand for neither', () => {
    const d = tokenised(
      outageA('grid operator Velo Grid') + '\nGrid operator Tarlo Power said its lines were not hit.',
      OUTAGE_B,
      'http: / / www. dalbypost. com / 2021 / 01 / 16 / tarsk-lines\nLines safe\nJanuary 16, 2021\n' +
        'Lines in the east were not hit, grid operator Tarlo Power said.',
    );
    const label = new Map(d.provenance.nodes.map((n) => [n.id, n.label]));
    const member = d.claims.flatMap((c) => c.members).find((m) => /left without power/.test(m.text));
    expect(member).toBeDefined();
    expect(member!.sources.map((x) => label.get(x) ?? x).some((l) => /Velo Grid|Tarlo Power/.test(l))).toBe(
      false,
    );
  });
});

const trialA = (extra: string) =>
  'http: / / www. tarskpost. com / 2021 / 03 / 02 / siege-charged\nSiege suspect charged\nMarch 2, 2021\n' +
  'His lawyer, Ana Quist, said her client had been suffering from severe depression for months.' +
  extra;
const TRIAL_B =
  'http: / / www. orlandpost. com / crime / siege-lawyer\nSuspect was depressed, lawyer says\n2 March 2021\n' +
  'The lawyer said her client had been suffering from severe depression for months.';

describe('h-who28: `the lawyer` and the story`s one lawyer named with the role before a comma (`bare-role-apposed`)', () => {
  it('pair: `The lawyer said` beside `His lawyer, Ana Quist, said`: one origin', () => {
    const d = tokenised(trialA(''), TRIAL_B);
    const origins = claimOrigins(d, /severe depression/) ?? [];
    expect(origins).toHaveLength(1);
    expect(origins[0]).toMatch(/Ana Quist/);
  });
  it('control: with two lawyers named, `the lawyer` stays apart', () => {
    const d = tokenised(
      trialA('\nThe victim s lawyer, Ivo Falk, said the family wanted a full trial.'.replace(' s ', " 's ")),
      TRIAL_B,
    );
    const origins = claimOrigins(d, /severe depression/) ?? [];
    expect(origins.some((l) => /Ivo Falk/.test(l))).toBe(false);
    expect(origins).toHaveLength(2);
  });
});
