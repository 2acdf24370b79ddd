import { describe, expect, it } from 'vitest';
import { tokenised } from './who.fixture.js';

// h-who33 (issue 13, "who says it"): fictional stories only; docs/origins.md, `Stop 54 (h-who33)`.

type Story = ReturnType<typeof tokenised>;
/** The labels of the sources of the member opening with `start`. */
const sourcesOf = (d: Story, start: string): string[] => {
  const label = (id: string) => d.provenance.nodes.find((n) => n.id === id)?.label ?? id;
  const m = d.claims.flatMap((c) => c.members).find((x) => x.text.startsWith(start));
  return (m?.sources ?? []).map(label);
};

const unitStory = (other: string) =>
  'http: / / www. tarnposten. com / 2034 / 10 / 20 / mayor\nProsecutors investigate Tarn mayor\nOctober 20, 2034\n' +
  'Prosecutors have opened an investigation into the mayor of Tarn over bridge contracts, the Economic Crime Unit said on Monday.\n' +
  other +
  "The unit said the contracts had gone to a firm owned by the mayor's cousin without a tender.";
const UNIT_WIRE =
  'http: / / www. ntbnews. no / en / 2034 / 10 / 20 / tarn\nTarn mayor investigated\nOctober 20, 2034\n' +
  "TARN (NTB) - The contracts went to a firm owned by the mayor's cousin without a tender, the unit said.";

describe('h-who33: a body read again by its noun (`body-noun-again`)', () => {
  it('pair: `The unit said` after `the Economic Crime Unit` is that unit', () => {
    const d = tokenised(unitStory(''), UNIT_WIRE);
    expect(sourcesOf(d, 'The unit said')).toEqual(['Economic Crime Unit']);
  });
  it('control: with two units named, `The unit said` stays unread', () => {
    const d = tokenised(unitStory('The Cyber Crime Unit said it had seized two laptops.\n'), UNIT_WIRE);
    expect(sourcesOf(d, 'The unit said')).toEqual([]);
  });
});

const verdictStory = (line: string) =>
  'http: / / www. holmavis. no / 2034 / 04 / 02 / bridge\nHolm council sells the old bridge\nApril 2, 2034\n' +
  'The Holm council sold the old bridge to a developer on Tuesday, the council said.\n' +
  line;
const VERDICT_WIRE =
  'http: / / www. ntbnews. no / en / 2034 / 04 / 02 / holm-bridge\nHolm sells bridge\nApril 2, 2034\n' +
  'HOLM (NTB) - The Holm council has sold the old bridge to a developer, the council said.';
const roleOfLabel = (d: Story, label: RegExp): string | undefined =>
  (d.provenance.origins ?? []).some((o) => label.test(o.label))
    ? 'origin'
    : (d.provenance.commentators ?? []).some((o) => label.test(o.label))
      ? 'commentator'
      : undefined;

describe('h-who33: a judgement quoted apart after `was` (`evaluation-quoted-apart`)', () => {
  it("pair: `The sale was `` reckless, '' said councillor Eva Lind` is a view, a commentator", () => {
    const d = tokenised(verdictStory("The sale was `` reckless, '' said councillor Eva Lind."), VERDICT_WIRE);
    expect(roleOfLabel(d, /Eva Lind/)).toBe('commentator');
  });
  it("control: `The bridge was `` closed to traffic, '' said councillor Eva Lind` tells a fact, an origin", () => {
    const d = tokenised(
      verdictStory("The bridge was `` closed to traffic in March, '' said councillor Eva Lind."),
      VERDICT_WIRE,
    );
    expect(roleOfLabel(d, /Eva Lind/)).toBe('origin');
  });
});

const clubStory = (other: string) =>
  'http: / / www. orsasport. com / 2034 / 05 / 02 / orsa-sale\nOrsa FC sold to Birk Holdings\nMay 2, 2034\n' +
  'Orsa FC has agreed to sell the club to Birk Holdings for 90 million pounds, the club said on Friday.\n' +
  other +
  'The club said the deal needed the approval of the league.';
const CLUB_WIRE =
  'http: / / www. apnews. com / article / orsa-fc-sale\nOrsa FC to be sold\nMay 2, 2034\n' +
  'LONDON (AP) - The deal needs the approval of the league, the club said.';

describe('h-who33: a football club by its initials is `the club` (`club-initials`)', () => {
  it('pair: `The club said` after `Orsa FC` is Orsa FC', () => {
    const d = tokenised(clubStory(''), CLUB_WIRE);
    expect(sourcesOf(d, 'The club said')).toEqual(['Orsa FC']);
  });
  it('control: with a second club named (`Holm FC`), `The club said` is not read as either', () => {
    const d = tokenised(clubStory('Holm FC said it had also made an offer.\n'), CLUB_WIRE);
    expect(sourcesOf(d, 'The club said')).not.toContain('Orsa FC');
    expect(sourcesOf(d, 'The club said')).not.toContain('Holm FC');
  });
});
