import { describe, expect, it } from 'vitest';
import { storyRoleOf as roleOf, tokenised } from './who.fixture.js';

// h-who30 (issue 13, "who says it"): fictional stories only; docs/origins.md, `Stop 51 (h-who30)`.

const WEIR_A =
  'http: / / www. velmarpost. com / 2032 / 03 / 11 / weir-gives-way\n' +
  'Weir gives way at Holm, fields flooded\nMarch 11, 2032\n' +
  'Part of the Holm weir collapsed on Thursday, flooding farmland, the Holm Water Board said.\n' +
  'The Holm Water Board said 20 homes had been evacuated.';
const weirB = (line: string) =>
  'http: / / www. kaldtimes. com / world / holm-weir\nHolm weir collapses\nMarch 11, 2032\n' +
  'About 20 homes were evacuated after the Holm weir collapsed, the Holm Water Board said.\n' +
  line;

describe('h-who30: a witness described by a relative clause (`witness-clause`)', () => {
  it('pair: `A man who lives below the weir said` is an origin of its own', () => {
    const d = tokenised(
      WEIR_A,
      weirB('A man who lives below the weir said he heard a loud crack before the water came.'),
    );
    expect(roleOf(d, /^man who lives below the weir$/)).toBe('origin');
  });
  it('pair: `A nurse who was on shift ... told the Velmar Post` is an origin', () => {
    const d = tokenised(
      WEIR_A,
      weirB('A nurse who was on shift at the care home told the Velmar Post staff had worked by torchlight.'),
    );
    expect(roleOf(d, /^nurse who was on shift/)).toBe('origin');
  });
  it('control: `A man who asked not to be named said` makes no witness of that clause', () => {
    const d = tokenised(WEIR_A, weirB('A man who asked not to be named said he heard a loud crack.'));
    expect(roleOf(d, /who asked/)).toBeUndefined();
  });
});

const PARK_A =
  'http: / / www. velmarpost. com / 2032 / 07 / 19 / lynx-escape\n' +
  'Lynx escapes from Orsa Wildlife Park\nJuly 19, 2032\n' +
  'A lynx escaped from Orsa Wildlife Park on Monday and was found two hours later, Orsa Wildlife Park said.\n' +
  'The lynx was sedated and returned unharmed, Orsa Wildlife Park said.';
const parkB = (line: string) =>
  'http: / / www. kaldtimes. com / world / orsa-lynx\nLynx caught near Orsa\nJuly 19, 2032\n' + line;

describe('h-who30: an institution named again by its noun, or words of its name and its noun (`institution-described-again`)', () => {
  it('pair: `the wildlife park said` is Orsa Wildlife Park', () => {
    const d = tokenised(
      PARK_A,
      parkB('The lynx was found in a wood two hours after it got out, the wildlife park said.'),
    );
    expect(d.provenance.origins?.find((o) => /Orsa Wildlife Park/.test(o.label))?.documents.length).toBe(2);
  });
  it('pair: `The trust said` is the Holm Reservoir Trust, which the entity layer reads as a person', () => {
    const d = tokenised(
      'http: / / www. velmarpost. com / 2032 / 03 / 11 / weir\nWeir gives way\nMarch 11, 2032\n' +
        'Part of the Holm weir collapsed on Thursday, the Holm Reservoir Trust said.\n' +
        'The trust said 20 homes had been evacuated.',
      weirB('The trust said water levels would be lowered by 2 metres.'),
    );
    expect(d.provenance.origins?.find((o) => /Holm Reservoir Trust/.test(o.label))?.documents.length).toBe(2);
  });
  it('control: `the city park` is not the wildlife park (a word not in its name)', () => {
    const d = tokenised(
      PARK_A,
      parkB('The lynx was found in a wood two hours after it got out, the city park said.'),
    );
    expect(d.provenance.origins?.find((o) => /Orsa Wildlife Park/.test(o.label))?.documents.length).toBe(1);
  });
});

describe('h-who30: a source shown by its name, not its relative clause (`relative-clause-label`)', () => {
  const GRID_A =
    'http: / / www. velmarpost. com / 2032 / 11 / 04 / substation-fire\nSubstation fire\nNovember 4, 2032\n' +
    'A fire at a substation cut power to 9, 000 homes, Orsa Power said.\n' +
    'Orsa Power, which owns the substation, said a transformer had overheated.';
  it('pair: `Orsa Power, which owns the substation,` is shown as `Orsa Power`', () => {
    const d = tokenised(GRID_A, weirB('Orsa Power said power would be back by noon.'));
    expect(d.provenance.origins?.map((o) => o.label)).toContain('Orsa Power');
    expect(d.provenance.origins?.some((o) => /which owns/.test(o.label))).toBe(false);
  });
  it('control: a name with no relative clause, `Orsa Power, Velmar`, is left as it is', async () => {
    const { withoutRelativeClause } = await import('./provenance.js');
    expect(withoutRelativeClause('Orsa Power, Velmar')).toBe('Orsa Power, Velmar');
    expect(withoutRelativeClause('Orsa Power, which owns the substation')).toBe('Orsa Power');
  });
});

describe('h-who30: the body that owns or manages the site is its operator (`operator-owns`)', () => {
  const DAM_A =
    'http: / / www. velmarpost. com / 2032 / 03 / 11 / dam\nDam spillway fails\nMarch 11, 2032\n' +
    'Part of a spillway collapsed on Thursday, the Holm Dam Company said.\n' +
    'The Holm Dam Company, which manages the dam, said no one had been hurt.';
  it("pair: `the dam's operator said` is the company that manages the dam", () => {
    const d = tokenised(DAM_A, weirB("Twenty homes were evacuated, the dam's operator said."));
    expect(d.provenance.origins?.find((o) => /Holm Dam Company/.test(o.label))?.documents.length).toBe(2);
  });
  it('control: with two bodies owning or running things, `the operator` is neither', () => {
    const d = tokenised(
      DAM_A + '\nVelo Power, which owns the turbines, said they were undamaged.',
      weirB("Twenty homes were evacuated, the dam's operator said."),
    );
    expect(d.provenance.origins?.find((o) => /Holm Dam Company/.test(o.label))?.documents.length).toBe(1);
  });
});

describe('h-who30: a spokesperson telling the wire gives the body`s word (`spokesperson-told-wire`)', () => {
  const wire = (teller: string) =>
    'http: / / www. eurowirenews. com / 2032 / 05 / 02 / jet\nJet lands after engine fire\nMay 2, 2032\n' +
    'TENNBY, May 2 (Reuters) - A Velo Air jet landed in Tennby with an engine on fire, the airline said on Saturday.\n' +
    `${teller} told Reuters that all 140 people on board left the plane safely.`;
  const LOCAL =
    'http: / / www. tennbypost. com / local / jet\nJet lands at Tennby\nMay 2, 2032\n' +
    'According to Reuters, all 140 people on board left the plane safely.\n' +
    'Velo Air said the jet landed at 2: 47 p. m.';
  it('pair: `A spokeswoman for Velo Air, Nora Tal, told Reuters`: Reuters relays, no origin', () => {
    const d = tokenised(wire('A spokeswoman for Velo Air, Nora Tal,'), LOCAL);
    expect(roleOf(d, /^Reuters$/)).toBe('relay');
  });
  it('control: a passenger telling Reuters is the agency`s own interview, Reuters stays an origin', () => {
    const d = tokenised(wire('Passenger Mina Rolf'), LOCAL);
    expect(roleOf(d, /^Reuters$/)).toBe('origin');
  });
});

describe('h-who30: outside experts by their field (`lawyer-by-field`, `researcher-view` with hydrologists)', () => {
  it('pair: `An aviation lawyer, Pia Rolf, said airlines were usually required to pay` is a commentator', () => {
    const d = tokenised(
      WEIR_A,
      weirB(
        'An aviation lawyer, Pia Rolf, said airlines were usually required to pay passengers after such diversions.',
      ),
    );
    expect(roleOf(d, /Pia Rolf/)).toBe('commentator');
  });
  it('control: `a lawyer for the families, Pia Rolf,` acts for a party and stays an origin', () => {
    const d = tokenised(
      WEIR_A,
      weirB('A lawyer for the families, Pia Rolf, said they had been told nothing for two days.'),
    );
    expect(roleOf(d, /Pia Rolf/)).toBe('origin');
  });
  it('pair: `Hydrologist Mara Dal said the winter`s rain had left reservoirs close to full` is a commentator', () => {
    const d = tokenised(
      WEIR_A,
      weirB(
        "Hydrologist Mara Dal said the winter's heavy rain had left many reservoirs in the region close to full.",
      ),
    );
    expect(roleOf(d, /Mara Dal/)).toBe('commentator');
  });
  it('control: a hydrologist who tells what she measured stays an origin', () => {
    const d = tokenised(
      WEIR_A,
      weirB('Hydrologist Mara Dal said her team had measured the river at 4 metres above normal.'),
    );
    expect(roleOf(d, /Mara Dal/)).toBe('origin');
  });
});

describe('h-who30: the officials of a city are its council (`place-officials`)', () => {
  const COUNCIL_A =
    'http: / / www. velmarpost. com / 2032 / 11 / 04 / blackout\nBlackout in Orsa\nNovember 4, 2032\n' +
    'A fire at a substation cut power to 9, 000 homes, Orsa Power said.\n' +
    'The Orsa City Council said two care homes had been moved onto generators.';
  it('pair: `City officials said` beside `The Orsa City Council said` is one origin', () => {
    const d = tokenised(COUNCIL_A, weirB('City officials said two care homes were running on generators.'));
    expect(roleOf(d, /^City officials$/)).toBeUndefined();
    expect(d.provenance.origins?.find((o) => /Orsa City Council/.test(o.label))?.documents.length).toBe(2);
  });
  it('control: with two city councils named, the officials stay apart', () => {
    const d = tokenised(
      COUNCIL_A + '\nThe Velmar City Council said it had sent two generators.',
      weirB('City officials said two care homes were running on generators.'),
    );
    expect(roleOf(d, /^City officials$/)).toBe('origin');
  });
});
