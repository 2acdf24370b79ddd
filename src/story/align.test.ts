import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../analyze.js';
import { alignUnits, copyItems, type ClaimUnit } from './align.js';
import { claimUnit } from './brief-units.fixture.js';

/** A unit of document `doc` with the given (already weighted) features (see `claimUnit`). */
const unit = (
  doc: number,
  features: Record<string, number>,
  sentence = 3,
  names: readonly string[] = [],
): ClaimUnit => ({
  ...claimUnit(doc, sentence, Object.keys(features).join(' '), features, names),
  start: 0,
  end: 10,
});

describe('copies of one statement', () => {
  it('units told verbatim five times or more are one item; the others one item each, in unit order', () => {
    const units = [
      unit(0, { harbour: 1, fire: 1 }),
      ...Array.from({ length: 5 }, (_, d) => unit(d + 1, { crane: 1, collapsed: 1 })),
      unit(6, { harbour: 1, fire: 1 }),
      unit(7, {}),
      unit(8, {}),
      unit(9, {}),
      unit(10, {}),
      unit(11, {}),
    ];
    const { item, items } = copyItems(units);
    expect(items[1]).toEqual([1, 2, 3, 4, 5]);
    // Two copies are below the bar; units with no features are like nothing, not even each other.
    expect(items.filter((l) => l.length > 1)).toHaveLength(1);
    expect(items).toHaveLength(units.length - 4);
    expect([...item]).toEqual([0, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('a statement copied into 80 articles is one claim even though its words are in every one of them', () => {
    const units = Array.from({ length: 80 }, (_, d) => unit(d, { ferry: 1, sank: 1 }));
    const groups = alignUnits(units);
    expect(groups).toHaveLength(1);
    expect([...groups[0]!].sort((a, b) => a - b)).toEqual(units.map((_, i) => i));
  });

  it('the same statement in 4 articles (below the bar for copies) is still aligned pair by pair', () => {
    const units = Array.from({ length: 4 }, (_, d) => unit(d, { ferry: 1, sank: 1 }));
    expect(alignUnits(units).map((g) => [...g].sort())).toEqual([[0, 1, 2, 3]]);
  });

  it('copies within one article alone make no claim', () => {
    const units = Array.from({ length: 6 }, () => unit(0, { ferry: 1, sank: 1 }));
    expect(alignUnits(units)).toEqual([]);
  });
});

describe('candidate pairs', () => {
  it('a feature held by more than 60 statements proposes no pair, however long the story; held by fewer, it does', () => {
    // Distinct statements (each with a word of its own) sharing one word, in a story of
    // 800 statements more that share nothing.
    const story = (n: number): ClaimUnit[] => [
      ...Array.from({ length: n }, (_, d) => unit(d, { storm: 4, [`own${d}`]: 1 })),
      ...Array.from({ length: 800 }, (_, d) => unit(n + d, { [`other${d}`]: 1 })),
    ];
    expect(alignUnits(story(70))).toEqual([]);
    expect(alignUnits(story(30)).flat()).toHaveLength(30);
  });
});

describe('a syndicated story', () => {
  // A fictional wire report copied verbatim by twelve outlets, each adding a line of its own.
  const wire = [
    'Flooding closed the Orrin Valley railway on Sunday, the regional transport office said.',
    'Engineers expect the line between Calder and Mossby to reopen within two weeks.',
    'About 3,000 passengers a day use the line, according to the operator Northlink.',
  ];
  const reporters = [
    'Dana Vell',
    'Omar Reyes',
    'Lena Marsh',
    'Piet Velt',
    'Ines Holt',
    'Tom Orr',
    'Ana Loris',
    'Mark Dunn',
    'Lea Ortis',
    'Sam Kettle',
    'Rui Farro',
    'Nell Brack',
  ];
  const articles = reporters.map((name, i) => ({
    location: `outlet-${i}.txt`,
    text: `Orrin Valley railway closed by floods\n${wire.join(' ')} Reporter ${name} contributed.\n`,
  }));
  const dossier = analyzeTexts(articles);

  it('each copied sentence is one claim stated by every outlet', () => {
    for (const sentence of wire) {
      const claim = dossier.claims.find((c) => c.members.some((m) => m.text === sentence));
      expect(claim, sentence).toBeDefined();
      expect(new Set(claim!.members.filter((m) => m.text === sentence).map((m) => m.doc)).size).toBe(12);
    }
  });

  it('and no claim is made of the lines each outlet added alone', () => {
    for (const c of dossier.claims) expect(c.members.every((m) => /contributed/.test(m.text))).toBe(false);
  });
});

describe('second memberships', () => {
  // Four outlets quote one statement; four others tell of a party. A sentence of the party
  // group that shares one word with the quote is like it, but on that word alone.
  const quote = [0, 1, 2, 6].map((d) => unit(d, { appreciate: 1, privacy: 1, time: 1 }));
  const party = [4, 5, 7].map((d) => unit(d, { great: 1, party: 1 }));
  const quoteGroup = (units: ClaimUnit[]) => alignUnits(units).find((g) => g.includes(0))!;

  it('a sentence like a claim on one common word alone does not join it', () => {
    const units = [...quote, ...party, unit(3, { great: 1, time: 1 })];
    expect(alignUnits(units).some((g) => g.includes(7))).toBe(true);
    expect(quoteGroup(units)).not.toContain(7);
  });

  it('one sharing two words with a member of it does (control)', () => {
    const units = [...quote, ...party, unit(3, { great: 2, party: 1, time: 1, privacy: 1 })];
    expect(quoteGroup(units)).toContain(7);
  });
});

describe('second memberships rest on what happened, not on who', () => {
  // Three outlets tell that Ana Vell resigned as minister; three others tell of a hospital
  // visit. A seventh sentence, of the visit, names Vell too.
  const names = ['vell', '@person:ana-vell'];
  const resigned = [0, 1, 2].map((d) =>
    unit(d, { resign: 1, minister: 1, budget: 1, vell: 1, '@person:ana-vell': 1 }, 3, names),
  );
  const visit = [4, 5, 6].map((d) => unit(d, { visited: 1, hospital: 1, children: 1 }));
  const groupOf = (units: ClaimUnit[]) => alignUnits(units).find((g) => g.includes(0))!;

  it('a sentence sharing only a name with a claim does not join it', () => {
    const units = [
      ...resigned,
      ...visit,
      unit(3, { visited: 1, hospital: 1, children: 1, vell: 1, '@person:ana-vell': 1 }, 3, names),
    ];
    expect(alignUnits(units).some((g) => g.includes(6) && g.includes(3))).toBe(true);
    // (With names counted as shared words, it joined the resignation too.)
    expect(groupOf(units)).toEqual([0, 1, 2]);
  });

  it('one sharing two words of what happened does (control)', () => {
    const units = [
      ...resigned,
      ...visit,
      unit(3, { visited: 1, hospital: 1, children: 1, resign: 0.6, minister: 0.6 }),
    ];
    expect(groupOf(units)).toContain(6);
    expect(alignUnits(units).some((g) => g.includes(6) && g.includes(3))).toBe(true);
  });
});

describe('headlines alone are no claim', () => {
  it('headlines sharing the story’s words but telling different facts make no claim of their own', () => {
    const heads = [
      'Ammonia leak after Orvale train derailment empties homes',
      'Broken rail blamed for Orvale train derailment',
      'Three hurt in Orvale train derailment',
    ];
    const bodies = [
      'About 1,200 people were told to leave their homes after ammonia leaked from three tank cars, county officials said.',
      'A broken rail caused the derailment, in which 32 cars left the tracks, a company official said on Wednesday.',
      'Three crew members were injured when the freight train derailed on Monday night, the railway said.',
    ];
    const d = analyzeTexts(bodies.map((b, i) => ({ location: `${i}.txt`, text: `${heads[i]}\n${b}\n` })));
    const headlines = new Set(d.documents.map((x) => x.title));
    expect(headlines.size).toBe(3);
    // (Without the rule the three headlines made a claim of their own, shown by one of them.)
    expect(d.claims.filter((c) => c.members.every((m) => headlines.has(m.text)))).toEqual([]);
    expect(d.claims.filter((c) => headlines.has(c.text))).toEqual([]);
  });
});

describe('denials that make a claim of their own', () => {
  it('also join the claim each denies, which is shown as contested', () => {
    const d = analyzeTexts(
      [
        'Deputy minister Ana Vell awarded three contracts to a firm owned by her brother-in-law, the Post reported. Two officials raised concerns in writing. Vell denied any wrongdoing in a short statement on Tuesday.',
        'Ana Vell allegedly awarded contracts to a firm owned by a relative, the Post reported. Vell has denied the allegations.',
        'Ana Vell awarded contracts to a company run by her brother-in-law, the Post said. Vell has denied the allegations, her office said.',
      ].map((text, i) => ({
        location: `${i}.txt`,
        text: `Contracts\n\n${text}\n`,
        known: { published: '2031-11-18' },
      })),
    );
    const awarded = d.claims.find((c) => /awarded/.test(c.text))!;
    expect(awarded.contested).toBe(true);
    expect(awarded.members.filter((m) => m.certainty === 'denied').length).toBeGreaterThanOrEqual(2);
    // The denials stay a claim of their own too.
    expect(d.claims.some((c) => c.members.every((m) => m.certainty === 'denied'))).toBe(true);
  });
});

describe('what befell people is no event of its own', () => {
  // A bus crash told by three outlets; one recalls two deaths on the same bridge years before.
  const story = (third: string) =>
    analyzeTexts(
      [
        'Bus plunges into Varro river\nA bus plunged into the Varro river near Dorran on Monday morning, regional police said.\nFour people were killed.\nDivers searched the water until dark.\n',
        'Dorran bus crash\nA bus fell from a bridge into the Varro river near Dorran on Monday.\nRescuers pulled twelve passengers from the water.\nTwo people died on the same bridge in 2019.\n',
        `Varro bus accident\nA bus left the road and fell into the Varro river near Dorran on Monday.\n${third}\n`,
      ].map((text, i) => ({ location: `${i}.txt`, text, known: { published: '2031-05-06' } })),
    );
  const claimOf = (d: ReturnType<typeof story>, needle: RegExp) =>
    d.claims.find((c) => c.members.some((m) => needle.test(m.text)));

  it('a toll and an earlier death are two events, though both tell of people dying', () => {
    const d = story('The driver was taken to hospital in Kellin.');
    // (With `killed` and `died` one family, the two sentences made one claim.)
    expect(claimOf(d, /were killed/)).toBeUndefined();
    expect(claimOf(d, /in 2019/)).toBeUndefined();
  });

  it('the same toll in other words is still one claim (control)', () => {
    const d = story('Four people died in the crash.');
    const toll = claimOf(d, /were killed/);
    expect(toll?.members.map((m) => m.text).sort()).toEqual([
      'Four people died in the crash.',
      'Four people were killed.',
    ]);
  });
});

describe('a word news uses for many acts is no family of them', () => {
  // Three outlets on a court lifting a freeze on a firm's accounts (`unfroze`, `unblocked`,
  // `lifted the freeze`); two add other things released: a director on bail, his letter.
  const story = (first: string, second: string) =>
    analyzeTexts(
      [
        `Court unfreezes Delmar Shipping accounts\nA court in Varsa unfroze the accounts of Delmar Shipping on Tuesday.\n${first}\n`,
        `Varsa court lifts freeze on Delmar Shipping\nA court in Varsa unblocked the accounts of Delmar Shipping on Tuesday.\n${second}\n`,
        'Delmar Shipping wins in court\nJudges in Varsa lifted the freeze on the accounts of Delmar Shipping on Tuesday.\nThe ruling can be appealed within a month.\n',
      ].map((text, i) => ({ location: `${i}.txt`, text, known: { published: '2031-05-06' } })),
    );
  const claimOf = (d: ReturnType<typeof story>, needle: RegExp) =>
    d.claims.find((c) => c.members.some((m) => needle.test(m.text)));

  it('a director freed on bail and a letter released are two acts, though both are `released`', () => {
    const d = story(
      'Its director was freed on bail after a night in jail.',
      'Prosecutors released a letter the director wrote.',
    );
    // (With `freed` and `released` one family, the two sentences made one claim.)
    expect(claimOf(d, /freed on bail/)).toBeUndefined();
    expect(claimOf(d, /unfroze/)?.members.length).toBe(6);
  });

  it('one act told with the same word is still one claim (control)', () => {
    const d = story(
      'Its director was released on bail after a night in jail.',
      'Prosecutors said the director was released on bail.',
    );
    expect(
      claimOf(d, /released on bail after/)
        ?.members.map((m) => m.text)
        .sort(),
    ).toEqual([
      'Its director was released on bail after a night in jail.',
      'Prosecutors said the director was released on bail.',
    ]);
  });
});

describe('the leads of a story tell its central event', () => {
  // Four outlets lead with a dock strike, each lead in its own words (`k0`…`k3`) and each as
  // like a body sentence of the next outlet as a copy; `strike` runs through every sentence.
  const story = (weight: number, names: readonly string[] = []): ClaimUnit[] =>
    [0, 1, 2, 3].flatMap((d) => [
      unit(d, { strike: weight, [`k${d}`]: 3 }, 0, names),
      unit(d, { strike: weight, [`k${(d + 1) % 4}`]: 3 }),
    ]);
  const leads = [0, 2, 4, 6];
  const leadClaim = (units: ClaimUnit[]) => alignUnits(units).find((g) => leads.every((i) => g.includes(i)));

  it('the leads sharing the word of what happened, alike on average, are one claim', () => {
    // (Without the rule each lead sat with the body sentence like it, and no claim held them
    // all; the body sentences, copies of other outlets' leads, join the leads' claim.)
    expect(leadClaim(story(1.05))?.slice().sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('leads sharing it but unlike on average are not (control)', () => {
    expect(leadClaim(story(0.9))).toBeUndefined();
  });

  it('nor leads sharing a word of a name, which tells who, not what happened (control)', () => {
    expect(leadClaim(story(1.05, ['strike']))).toBeUndefined();
  });
});

describe('a lead joins the claim of an anchor word as a second membership', () => {
  // Four outlets lead with a ferry strike at Corrin harbour (one claim of leads); one lead
  // calls it `the worst walkout in years`. Four other outlets tell, in body sentences, of the
  // worst harvest in years on the Orvale plain: `worst` is in five outlets, an anchor.
  const story = (lead0: Record<string, number>): ClaimUnit[] => [
    unit(0, lead0, 0),
    ...[1, 2, 3].map((d) => unit(d, { ferry: 1, strike: 1, corrin: 1 }, 0)),
    ...[4, 5, 6, 7].map((d) => unit(d, { worst: 1, harvest: 1, orvale: 1 })),
    // The rest of the story: sentences of their own, so that `worst` is a rare word.
    ...Array.from({ length: 26 }, (_, k) => unit(8 + k, { [`own${k}`]: 1 })),
  ];
  const harvest = (groups: number[][]) => groups.find((g) => g.includes(4));

  it('a lead already in a claim does not join another on the anchor’s word alone', () => {
    const groups = alignUnits(story({ ferry: 1, strike: 1, corrin: 1, worst: 1 }));
    expect(
      groups
        .find((g) => g.includes(0))
        ?.slice()
        .sort(),
    ).toEqual([0, 1, 2, 3]);
    expect(harvest(groups)?.slice().sort()).toEqual([4, 5, 6, 7]);
  });

  it('one sharing two words of what happened with a member of it does (control)', () => {
    const groups = alignUnits(story({ ferry: 1, strike: 1, corrin: 1, worst: 1, harvest: 1 }));
    expect(
      groups
        .find((g) => g.includes(1))
        ?.slice()
        .sort(),
    ).toEqual([0, 1, 2, 3]);
    expect(harvest(groups)?.slice().sort()).toEqual([0, 4, 5, 6, 7]);
  });
});

describe('the opening sentences of an article telling the central event join the leads’ claim', () => {
  // Four outlets lead with a crane collapse at the docks of the Velmar port authority
  // (`collapse`, the authority's key); the third sentence of each tells it again in words of
  // its own (the work halted, the walkout after it), too unlike the leads to be linked to them.
  const port = '@org:velmar-port-authority';
  const story = (
    sentence: number,
    told: Record<string, number> = { [port]: 1 },
    reporters: readonly string[] = [],
  ): ClaimUnit[] => [
    ...[0, 1, 2, 3].flatMap((d) => [
      unit(d, { collapse: 1, [port]: 1, [`k${d}`]: 1 }, 0),
      { ...unit(d, { collapse: 1, ...told, [`own${d}`]: 8 }, sentence), reporters: new Set(reporters) },
    ]),
    // The rest of the story: sentences of their own.
    ...Array.from({ length: 26 }, (_, k) => unit(4 + k, { [`other${k}`]: 1 })),
  ];
  const leadClaim = (units: ClaimUnit[]) =>
    alignUnits(units)
      .find((g) => g.includes(0))!
      .slice()
      .sort((a, b) => a - b);
  const leadsOnly = [0, 2, 4, 6];

  it('a sentence of the opening holding the central word and a participant the leads agree on joins', () => {
    // (Before, the leads made a claim of their own and the third sentences stayed out of it.)
    expect(leadClaim(story(2))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('a sentence further down the article does not (control)', () => {
    expect(leadClaim(story(9))).toEqual(leadsOnly);
  });

  it('nor one naming a participant the leads do not share, a collapse elsewhere (control)', () => {
    expect(leadClaim(story(2, { '@org:orsk-harbour': 1 }))).toEqual(leadsOnly);
  });

  it('nor one stating a figure, a fact of its own such as a toll (control)', () => {
    expect(leadClaim(story(2, { [port]: 1, '#count:3:dead': 1 }))).toEqual(leadsOnly);
  });

  it('nor one naming the port authority only as who reports it (`the authority said`) (control)', () => {
    expect(leadClaim(story(2, { [port]: 1 }, [port]))).toEqual(leadsOnly);
  });
});
