import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../model/dossier.js';
import { analyzeTexts } from '../../analyze.js';
import { BREACH } from './breach.fixture.js';
import {
  analyze,
  datedEntries,
  docNumber,
  entries,
  factualValues,
  notCitingOwn,
  repeatedClaims,
  claimMembersSaying,
  briefFaults,
  commentatorNames,
  relayDocs,
} from './read.js';

// A fictional data breach (a wire citing the company, a technology site that hedges it, a city
// paper with internal documents and the hackers' claim, the wire's update a day later with the
// regulator, an analysis with a security researcher), read as a demanding fact-checker reads the
// dossier: the customers affected on the first day, the day the attack was found, the chief
// executive's name and post and the ransom told two ways are discrepancies; the wire's own figure
// revised a day later is an update; the company's denial contests the paper's documents. The
// ransom in two notations, `more than two million`, `last Thursday`, the staff, the 2029 breach
// and `19 days` against `nearly three weeks` are not.

describe('the trial story of a data breach: discrepancies', () => {
  const story = analyze(BREACH);
  it('reports the customers affected on the first day, 2.4 million against 4.2 million, with who says each', () => {
    const count = story.discrepancies.filter((x) => x.kind === 'count' && /customers/.test(x.note));
    expect(count.map((x) => [...new Set(x.values.map((v) => docNumber(story, v.doc)))].sort())).toEqual([
      [1, 3],
    ]);
    expect(count[0]!.note).toMatch(/2\.4 million.*\(company\) vs 4\.2 million.*\(internal documents/);
  });
  it("reports the wire's own figure revised a day later as an update, 2.4 million → 3.1 million", () => {
    const update = story.discrepancies.filter((x) => x.kind === 'update');
    expect(update.map((x) => x.note)).toEqual([expect.stringMatching(/2\.4 million.* → 3\.1 million/)]);
    expect([...new Set(update[0]!.values.map((v) => docNumber(story, v.doc)))].sort()).toEqual([1, 4]);
  });
  it('reports the day the attack was found, 3 March (and last Thursday) against 1 March', () => {
    const date = story.discrepancies.filter((x) => x.kind === 'date');
    expect(date.map((x) => x.note)).toEqual([
      'outlets date this event differently: on 3 March / Thursday vs on 1 March',
    ]);
  });
  it("reports the chief executive's name written two ways and given two posts", () => {
    expect(entries(story, 'spelling')).toEqual([
      ['Maren Solvik (1)', 'Maren Solvik (4)', 'Maren Solwik (3)'],
    ]);
    expect(entries(story, 'role')).toEqual([
      ['Chief executive (3)', 'chief executive (1)', 'chief operating officer (4)'],
    ]);
  });
  it('reports the ransom, 40 bitcoin against 45 bitcoin', () => {
    expect(entries(story, 'count').filter((e) => e.some((v) => /bitcoin/.test(v)))).toEqual([
      ['40 bitcoin (1)', '45 bitcoin (3)'],
    ]);
  });
  it('sets no look-alike against another: the dollar figure, the staff, 2029, the days inside, the fine', () => {
    const values = factualValues(story);
    for (const look of [
      /\$2\.6|2\.6 million/,
      /9,000|employees/,
      /2029|700,000/,
      /19 days|three weeks/,
      /4 percent/,
      /two million/,
    ])
      expect(values).not.toMatch(look);
  });
});

describe('the trial story of a data breach: claims', () => {
  const story = analyze(BREACH);
  it('has distinct claims, none repeating another', () => {
    expect(repeatedClaims(story)).toEqual([]);
  });
  it("ties the company's denial to the paper's documents on card numbers, and shows that claim as contested", () => {
    const claim = story.claims.find((c) =>
      c.members.some((m) => /card numbers of some customers/.test(m.text)),
    )!;
    expect(claim.contested).toBe(true);
    expect(claim.members.filter((m) => m.certainty === 'denied').map((m) => docNumber(story, m.doc))).toEqual(
      [4],
    );
  });
  // The denial names the chief executive who speaks, as the ransom sentence does: it joined the
  // ransom's claim and marked it contested. A denial of a clause with its own subject (`denied
  // that payment card numbers had been taken`) is now like only what shares its words outside
  // who speaks (`ClaimUnit.denies`, align.ts). Leaving who speaks out of every unit's words, or
  // of every denial's, made half B worse (claims 0.6846 -> 0.6816, traps 13 -> 15): dropped.
  it('leaves the ransom uncontested: the denial is about card numbers', () => {
    const ransom = story.claims.find((c) => c.members.some((m) => /40 bitcoin/.test(m.text)))!;
    expect(ransom.contested ?? false).toBe(false);
  });
  // The researcher's opinion shares `inside the network` with the documents' 19 days.
  it.fails("leaves the researcher's words out of every claim", () => {
    expect(claimMembersSaying(story, /Ferro|Attackers who sit/)).toEqual([]);
  });
});

describe('the trial story of a data breach: who says it', () => {
  const story = analyze(BREACH);
  const origins = (story.provenance.origins ?? []).map((o) => o.label);
  it('has the company (its chief executive speaking for it), the documents, the hackers and the regulator among its origins', () => {
    expect(origins).toEqual(
      expect.arrayContaining([
        'Halvard Telecom',
        'internal documents',
        'Grey Lantern',
        'Ostrian Data Protection Authority',
      ]),
    );
    expect(origins.filter((o) => /Solvik|group calling|^group$/i.test(o))).toEqual([]);
  });
  it('reads the technology site as relaying the wire, and the researcher as a commentator, never an origin', () => {
    expect(relayDocs(story)).toEqual([[2]]);
    expect(commentatorNames(story)).toEqual(['Ilan Ferro']);
    expect(origins.filter((o) => /Ferro|techwire/i.test(o))).toEqual([]);
  });
});

describe('the trial story of a data breach: timeline and brief', () => {
  const story = analyze(BREACH);
  it('dates nothing after its report, and the attack found on 3 March by the wire on both days', () => {
    const dated = datedEntries(story);
    for (const e of dated) expect(e.date <= BREACH[e.doc - 1]!.published, `${e.date} ${e.text}`).toBe(true);
    expect(dated.filter((e) => e.date === '2033-03-03').map((e) => e.doc)).toEqual([1, 4]);
    expect(dated.filter((e) => e.date === '2033-03-01').map((e) => e.doc)).toEqual([3]);
  });
  it('has 4 to 10 distinct body sentences, none a headline, each cited to its own document', () => {
    expect(briefFaults(story, BREACH)).toEqual([]);
    expect(notCitingOwn(story)).toEqual([]);
  });
  it("tells the company's denial and the latest figure", () => {
    expect(story.brief.some((b) => b.text.startsWith('Halvard denied'))).toBe(true);
    expect(story.brief.some((b) => b.text.includes('3.1 million'))).toBe(true);
  });
});

describe('rules from the trial story of a data breach', () => {
  // Documents as [publication date line, body, outlet]; by default the third is the first's outlet again.
  const story = (...bodies: Array<[string, string, string?]>): Dossier =>
    analyze(
      bodies.map(([published, body, outlet], i) => ({
        location: `${i + 1}.txt`,
        published,
        text: `Breach news\n${outlet ?? ['The Ledger', 'The Gazette', 'The Ledger'][i]}\n${published}\n${body}\n`,
      })),
    );
  const origins = (d: Dossier) =>
    (d.provenance.origins ?? [])
      .filter((o) => d.provenance.nodes.find((n) => n.id === o.id)?.kind !== 'outlet')
      .map((o) => o.label)
      .sort();

  // Participles that are words of a title: before, `chief operating officer` was read as `officer`.
  it('reads `chief operating officer` whole, as a title before a name', () => {
    const d = story(
      ['2031-05-02', 'The plant will close, chief executive Ana Vell said.'],
      ['2031-05-02', 'The plant will close, chief operating officer Ana Vell said.'],
    );
    expect(entries(d, 'role')).toEqual([['chief executive (1)', 'chief operating officer (2)']]);
  });
  it('ends a title at another word in -ing (`after meeting Ana Vell`), and gives one post no entry', () => {
    const d = story(
      [
        '2031-05-02',
        'The plant will close, chief executive Ana Vell said after meeting chief executive Ana Vell.',
      ],
      ['2031-05-02', 'The plant will close, chief executive Ana Vell said.'],
    );
    expect(entries(d, 'role')).toEqual([]);
  });

  // A company's name ending in its trade (`Telecom`, `Airlines`, `Holdings`) is an organisation.
  it('reads `Halden Telecom` as an organisation, and a person’s name beside it as a person', () => {
    const d = analyzeTexts([
      { location: 'a.txt', text: 'Halden Telecom said on Monday that Maren Tell had resigned.\n' },
    ]);
    const kinds = Object.fromEntries(d.documents[0]!.entities.map((e) => [e.label, e.kind]));
    expect(kinds['Halden Telecom']).toBe('organization');
    expect(kinds['Maren Tell']).toBe('person');
  });

  // `calling itself`, `known as`, `named`: a name given to the source, no statement.
  it('reads `A group calling itself Grey Lantern claimed` as Grey Lantern claiming, and `calling itself` as no cue', () => {
    const d = analyzeTexts([
      { location: 'a.txt', text: 'A group calling itself Red Owl claimed responsibility for the attack.\n' },
    ]);
    const a = d.documents[0]!.attributions;
    expect(a.map((x) => [d.documents[0]!.text.slice(x.cue.start, x.cue.end), x.sourceLabel])).toEqual([
      ['claimed', 'Red Owl'],
    ]);
  });
  it('keeps `calling` a cue when it reports words (`calling the plan a disgrace`)', () => {
    const d = analyzeTexts([
      { location: 'a.txt', text: 'The union rejected the offer on Monday, calling the plan a disgrace.\n' },
    ]);
    const cues = d.documents[0]!.attributions.map((x) => d.documents[0]!.text.slice(x.cue.start, x.cue.end));
    expect(cues).toContain('calling');
  });

  // A company's head titled with no company named speaks for the story's one company.
  it('makes `chief executive Ana Vell` one origin with the story’s one company', () => {
    const d = story(
      ['2031-05-02', 'Orlin Holdings said the plant would close in May.'],
      ['2031-05-02', 'The plant will close in May, chief executive Ana Vell said.'],
    );
    expect(origins(d)).toEqual(['Orlin Holdings']);
  });
  it('leaves her apart when the story names two companies', () => {
    const d = story(
      [
        '2031-05-02',
        'Orlin Holdings said the plant would close in May.\nVelmar Industries said it would buy the site.',
      ],
      ['2031-05-02', 'The plant will close in May, chief executive Ana Vell said.'],
    );
    expect(origins(d)).toEqual(expect.arrayContaining([expect.stringMatching(/Ana Vell/)]));
  });

  // `last Thursday` in a report of a Thursday is a week before: before, it was read as the day of
  // the report, and the wire's `3 March` was set against its own update's `last Thursday`.
  it("reads `last Thursday` in a report of Thursday 10 March as 3 March: no entry against the wire's `3 March`", () => {
    const d = analyze([BREACH[0]!, BREACH[3]!]);
    expect(entries(d, 'date')).toEqual([]);
  });
  it("still sets it against the paper's `1 March`", () => {
    const d = analyze([BREACH[2]!, BREACH[3]!]);
    expect(entries(d, 'date')).toEqual([['Thursday (2)', 'on 1 March (1)']]);
  });

  // An outlet that gives a new figure on a later day revises its own: the first day's conflict,
  // and the update of that outlet's figure.
  it("reads an outlet's own figure a day later as its update, apart from the first day's conflict", () => {
    const d = story(
      ['2033-03-09', 'Hackers stole the data of 2.4 million Orlin customers, the company said.'],
      ['2033-03-09', 'Hackers stole the data of 4.2 million Orlin customers, documents show.'],
      ['2033-03-10', 'The data of 3.1 million Orlin customers were stolen, the company said on Thursday.'],
    );
    expect(d.discrepancies.filter((x) => x.kind === 'update').map((x) => x.note)).toEqual([
      expect.stringMatching(/2\.4 million.* → 3\.1 million/),
    ]);
    expect(entries(d, 'count')).toEqual([expect.arrayContaining(['4.2 million Orlin customers (2)'])]);
    expect(entries(d, 'count')[0]!.some((v) => /3\.1/.test(v))).toBe(false);
  });
  it('keeps a later figure of another outlet in the one conflict', () => {
    const d = story(
      ['2033-03-09', 'Hackers stole the data of 2.4 million Orlin customers, the company said.'],
      ['2033-03-09', 'Hackers stole the data of 4.2 million Orlin customers, documents show.'],
      [
        '2033-03-10',
        'The data of 3.1 million Orlin customers were stolen, the company said on Thursday.',
        'The Clarion',
      ],
    );
    expect(d.discrepancies.filter((x) => x.kind === 'update')).toEqual([]);
    expect(entries(d, 'count')[0]!.some((v) => /3\.1/.test(v))).toBe(true);
  });
});
