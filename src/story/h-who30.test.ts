import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../analyze.js';

// h-who30 (issue 13, "who says it"): fictional stories only; docs/origins.md, `Stop 51 (h-who30)`.

/** A dossier of tokenised articles, each opening with its address written apart (its outlet). */
const tokenised = (...texts: string[]) =>
  analyzeTexts(texts.map((text, i) => ({ text, location: `a${i + 1}.txt`, known: { language: 'en' } })));

/** The role the story gives the source of that label (`origin`, `commentator`, `relay`), or undefined. */
const roleOf = (d: ReturnType<typeof tokenised>, label: RegExp): string | undefined => {
  const p = d.provenance;
  if (p.origins?.some((o) => label.test(o.label))) return 'origin';
  if (p.commentators?.some((o) => label.test(o.label))) return 'commentator';
  if (p.relays?.some((o) => label.test(o.label))) return 'relay';
  return undefined;
};

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
