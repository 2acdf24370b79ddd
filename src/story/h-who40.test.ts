import { describe, expect, it } from 'vitest';
import { tokenised } from './who.fixture.js';

// h-who40 (issue 13, "who says it"): fictional stories only; docs/origins.md, `Stop 57 (h-who40)`.

const HEAD = (site: string) =>
  `http: / / www. ${site}. com / 2040 / 03 / 02 / sawmill\nSawmill to close\nMarch 2, 2040\n`;

/** The role rule given to the first node whose label matches. */
const rule = (d: ReturnType<typeof tokenised>, label: RegExp): string | undefined => {
  const id = d.provenance.nodes.find((n) => label.test(n.label))?.id;
  if ((d.provenance.commentators ?? []).some((c) => c.id === id))
    return d.provenance.commentators!.find((c) => c.id === id)!.rule;
  return (d.provenance.origins ?? []).some((o) => o.id === id) ? 'origin' : undefined;
};

const FIRST =
  HEAD('nordwire') +
  'Timber group Skogbruk will close its Lia sawmill in May, cutting 60 jobs, the company said in a statement.\n' +
  'Lia mayor Rune Berg said the town would open a jobs office next week.\n';

describe('h-who40: a bystander cited for how they feel (`reported-feeling`)', () => {
  it('pair: `said he feared customers would stay away` comments', () => {
    const d = tokenised(
      FIRST + 'Shop owner Knut Hovda said he feared customers would stay away.\n',
      HEAD('liaposten') +
        'Skogbruk will shut the Lia sawmill in May with the loss of 60 jobs.\n' +
        'Shop owner Knut Hovda said he hoped the company would find a buyer.\n',
    );
    expect(rule(d, /Knut Hovda/)).toBe('provenance:reported-feeling');
  });
  it('control: `said he saw trucks leave` stays an origin', () => {
    const d = tokenised(
      FIRST + 'Shop owner Knut Hovda said he saw the last trucks leave the mill on Friday.\n',
      HEAD('liaposten') + 'Skogbruk will shut the Lia sawmill in May with the loss of 60 jobs.\n',
    );
    expect(rule(d, /Knut Hovda/)).toBe('origin');
  });
  it('control: an office holder who hopes keeps the office`s word', () => {
    const d = tokenised(
      FIRST.replace(
        'Lia mayor Rune Berg said the town would open a jobs office next week.',
        'Lia mayor Rune Berg said he hoped the company would find a buyer.',
      ),
      HEAD('liaposten') + 'Skogbruk will shut the Lia sawmill in May with the loss of 60 jobs.\n',
    );
    expect(rule(d, /Rune Berg/)).toBe('origin');
  });
});

describe('h-who40: a bystander cited for reactions of several kinds (`reactions-mixed`)', () => {
  it('pair: shocked in one article, `called it a disgrace` in another, `condemned` in a third', () => {
    const d = tokenised(
      FIRST + 'Resident Tone Aas said she was shocked by the news.\n',
      HEAD('liaposten') +
        'Skogbruk will shut the Lia sawmill in May with the loss of 60 jobs.\n' +
        'Resident Tone Aas called the closure a disgrace.\n',
      HEAD('fjordnews') +
        'The Lia sawmill will close in May, Skogbruk said.\n' +
        'Resident Tone Aas condemned the decision.\n',
    );
    expect(rule(d, /Tone Aas/)).toBe('provenance:reactions-mixed');
  });
  it('control: shocked, then a fact with a figure, stays an origin', () => {
    const d = tokenised(
      FIRST + 'Resident Tone Aas said she was shocked by the news.\n',
      HEAD('liaposten') +
        'Skogbruk will shut the Lia sawmill in May with the loss of 60 jobs.\n' +
        'Resident Tone Aas said 12 of her neighbours worked at the mill.\n',
    );
    expect(rule(d, /Tone Aas/)).toBe('origin');
  });
});

describe('h-who40: a paper told in its own article, a paper named as an address (`told-own-paper`, `told-paper-address`)', () => {
  const LIA =
    'http: / / www. liaposten. no / 2040 / 03 / 02 / sawmill\nSawmill to close\nMarch 2, 2040\n' +
    'Skogbruk will shut the Lia sawmill in May with the loss of 60 jobs.\n' +
    'Sawmill foreman Per Moe told the Liaposten that staff learned of the closure only on Monday.\n';
  const kindOf = (d: ReturnType<typeof tokenised>, label: RegExp): string | undefined =>
    d.provenance.nodes.find((n) => label.test(n.label))?.kind;
  it('pair: the paper told in its own article is no origin typed a person', () => {
    const d = tokenised(LIA, FIRST);
    expect(kindOf(d, /^Liaposten$/)).not.toBe('source');
  });
  it('pair: another article`s `told the Liaposten` names a news organisation', () => {
    const d = tokenised(
      LIA,
      FIRST +
        'Sawmill foreman Per Moe told the Liaposten that staff learned of the closure only on Monday.\n',
    );
    expect(kindOf(d, /^Liaposten$/)).toBe('news-organization');
  });
  it('control: `told the Liaposten` with no article at that address stays as before', () => {
    const d = tokenised(
      FIRST +
        'Sawmill foreman Per Moe told the Liaposten that staff learned of the closure only on Monday.\n',
      HEAD('fjordnews') + 'Skogbruk will shut the Lia sawmill in May with the loss of 60 jobs.\n',
    );
    expect(kindOf(d, /^Liaposten$/)).toBe('source');
  });
});
