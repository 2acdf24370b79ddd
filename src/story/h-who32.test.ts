import { describe, expect, it } from 'vitest';
import { storyRoleOf as roleOf, tokenised } from './who.fixture.js';

// h-who32 (issue 13, "who says it"): fictional stories only; docs/origins.md, `Stop 53 (h-who32)`.

const tvOwn = (host: string) =>
  `http: / / www. ${host} / nyheter / 2033 / 09 / 02 / cafe-closes\n` +
  'Chef Ada Rusk to close Mole after ten years\nSeptember 2, 2033\n' +
  'Chef Ada Rusk will close her cafe Mole in Orsa at the end of June, she wrote on Instagram.\n' +
  'In an interview with KVT Television, Rusk said the rent had doubled in three years.\n' +
  "`` We cannot pay it, '' she told KVT Television.";
const TV_RELAY =
  'http: / / www. orsaavisen. no / 2033 / 09 / 02 / ada-rusk-mole\nAda Rusk closes Mole\nSeptember 2, 2033\n' +
  'Chef Ada Rusk announced on Instagram that her cafe Mole will close at the end of June.\n' +
  'Rusk told the broadcaster KVT Television that the rent had doubled in three years.';
/** The story's nodes naming the broadcaster, among origins, relays and commentators. */
const kvtNodes = (d: ReturnType<typeof tokenised>): string[] =>
  [...(d.provenance.origins ?? []), ...(d.provenance.relays ?? []), ...(d.provenance.commentators ?? [])]
    .map((o) => o.label)
    .filter((l) => /kvt/i.test(l));

describe("h-who32: a broadcaster's own article citing its own interview (`broadcaster-address`)", () => {
  it('pair: `KVT Television` at `kvt.no` is one node, and the rent rests on the chef', () => {
    const d = tokenised(tvOwn('kvt. no'), TV_RELAY);
    expect([...new Set(kvtNodes(d))]).toEqual(['KVT Television']);
    const rent = d.claims.find((c) => c.outlets === 2 && /rent/.test(c.text));
    const label = (id: string) => d.provenance.nodes.find((n) => n.id === id)?.label;
    expect(rent?.origins.map(label)).toEqual(['Chef Ada Rusk']);
  });
  it('control: an address that only opens with the name (`kvtvest.no`, a regional outlet) stays apart', () => {
    const d = tokenised(tvOwn('kvtvest. no'), TV_RELAY);
    expect(roleOf(d, /^kvtvest\.no$/)).toBe('origin');
  });
});

const strikeWire = (witness: string) =>
  'http: / / www. shippingwirenews. com / 2033 / 11 / 14 / holm-dock-strike\nHolm dockers to strike\nNovember 14, 2033\n' +
  'HOLM, Nov 14 (Reuters) - Dock workers at the Port of Holm will strike for 48 hours from Monday, their union said.\n' +
  witness;
const STRIKE_RELAY =
  'http: / / www. coastaldaily. com / business / holm-strike\nHolm port faces strike\nNovember 15, 2033\n' +
  'Workers at the Port of Holm will walk out for 48 hours on Monday, Reuters reported.\n' +
  'A crane driver told Reuters that many workers could no longer afford their rent.';
/** The sources of the relaying article's `A crane driver told Reuters ...`, by label. */
const relayedWitness = (d: ReturnType<typeof tokenised>): string[] => {
  const label = (id: string) => d.provenance.nodes.find((n) => n.id === id)?.label ?? id;
  const m = d.claims.flatMap((c) => c.members).find((x) => x.text.startsWith('A crane driver told Reuters'));
  return (m?.sources ?? []).map(label);
};

describe('h-who32: a witness told the agency, named again by the same words (`witness-described-again`)', () => {
  it('pair: `A crane driver told Reuters` in a relaying article is the crane driver the wire described', () => {
    const d = tokenised(
      strikeWire(
        'A crane driver who has worked at the port for 20 years told Reuters that many workers could no longer afford their rent.',
      ),
      STRIKE_RELAY,
    );
    expect(relayedWitness(d)).toEqual(['crane driver who has worked at the port for 20 years']);
  });
  it('control: with two crane drivers so described, the bare one stays unread', () => {
    const d = tokenised(
      strikeWire(
        'A crane driver who has worked at the port for 20 years told Reuters that many workers could no longer afford their rent.\n' +
          'A crane driver who joined the picket on Friday said the union was right.',
      ),
      STRIKE_RELAY,
    );
    expect(relayedWitness(d)).toEqual([]);
  });
});

const inquiry = (first: string) =>
  'http: / / www. velmarpost. com / 2033 / 05 / 20 / orsa-fraud\nOrsa professor faked data, inquiry finds\nMay 20, 2033\n' +
  first +
  '\nThe university said Professor Ada Rusk had been dismissed.';
const INQUIRY_B =
  'http: / / www. kaldtimes. com / world / orsa-university-fraud\nUniversity finds cardiologist faked data\nMay 20, 2033\n' +
  'A heart researcher fabricated data in 14 studies, Orsa University said on Tuesday.\n' +
  'Professor Ada Rusk has been dismissed, the university said in a statement.';

describe('h-who32: a university named alone tells its own findings (`university-itself`)', () => {
  it('pair: `Orsa University said in a press release` is an origin, not an academic giving a view', () => {
    const d = tokenised(
      inquiry(
        'A heart researcher at Orsa University fabricated data in 14 papers, Orsa University said in a press release.',
      ),
      INQUIRY_B,
    );
    expect(roleOf(d, /^Orsa University$/)).toBe('origin');
  });
  it('control: `Hugo Brandl of Kessel University` asked about it stays a commentator', () => {
    const d = tokenised(
      inquiry(
        'A heart researcher at Orsa University fabricated data in 14 papers, Orsa University said in a press release.\n' +
          'Hugo Brandl of Kessel University said such fraud was rare.',
      ),
      INQUIRY_B,
    );
    expect(roleOf(d, /Hugo Brandl/)).toBe('commentator');
  });
});

describe('h-who32: a name with its plural possessive set apart (`plural-possessive-name`)', () => {
  const strike = (who: string) =>
    'http: / / www. velmarpost. com / 2033 / 11 / 14 / holm-strike\nHolm dockers to strike\nNovember 14, 2033\n' +
    `Dock workers at the Port of Holm will strike for 48 hours from Monday, ${who} said on Friday.`;
  const STRIKE_B =
    'http: / / www. kaldtimes. com / world / holm-strike\nHolm strike on Monday\nNovember 15, 2033\n' +
    "The Holm Dockers ' Union said on Saturday that the strike would go ahead.";
  it("pair: `the Holm Dockers ' Union said` is the union by its whole name", () => {
    const d = tokenised(strike("the Holm Dockers ' Union"), STRIKE_B);
    expect(roleOf(d, /^Holm Dockers' Union$/)).toBe('origin');
    expect(roleOf(d, /^Holm Dockers$/)).toBeUndefined();
  });
  it("control: lower-case words after the mark (`the Holm dockers ' leaders`) make no name of them", () => {
    const d = tokenised(strike("the Holm dockers ' leaders"), STRIKE_B);
    expect(roleOf(d, /leaders/)).toBeUndefined();
  });
});
