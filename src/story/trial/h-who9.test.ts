import { describe, expect, it } from 'vitest';
import { HOSPITALS } from './h-who9.fixture.js';
import {
  analyze,
  cited,
  datedEntries,
  docNumber,
  entries,
  headlines,
  notCitingOwn,
  repeatedClaims,
  memberSources,
  said,
  tell,
} from './read.js';
import { isNameLike } from '../provenance.js';

// A fictional leaked memo about a hospital-building programme (a paper's own reporting of the
// memo, a wire crediting the paper and adding the audit office's report and the minister's
// statement, three outlets running the wire's copy, an analysis with a poll, court documents, a
// company's annual report, the audit office's head and two commentators), read as a demanding
// fact-checker reads the dossier's provenance: who each thing rests on, which of them are origins,
// which only pass on another's report, which only comment, and how many independent origins each
// claim has.

const story = analyze(HOSPITALS);
const origins = story.provenance.origins ?? [];
const relays = story.provenance.relays ?? [];
const commentators = story.provenance.commentators ?? [];
const docs = (ids: readonly string[]): number[] =>
  ids.map((id) => docNumber(story, id)).sort((a, b) => a - b);
const labelOf = (id: string): string => story.provenance.nodes.find((n) => n.id === id)?.label ?? id;
/** The claim holding the member of document `n` that opens with `text`. */
const claimOf = (n: number, text: string) =>
  story.claims.find((c) => c.members.some((m) => docNumber(story, m.doc) === n && m.text.startsWith(text)));
/** The sources of the member of document `n` that opens with `text`, by label. */
const sourcesOf = (n: number, text: string): string[] => memberSources(story, n, text);

describe('the trial story of a leaked hospital memo: origins', () => {
  it('has the paper that broke it, the memo, the audit office, the department, the poll, the court documents and the annual report as origins', () => {
    expect(origins.map((o) => o.label)).toEqual(
      expect.arrayContaining([
        'Daily Harbinger',
        'memo',
        'National Audit Office',
        'Department of Health',
        'Castlegate Research',
        'Court documents',
        "Brenner Build's annual report",
      ]),
    );
  });
  // Before `told a parliamentary committee` was read as an audience (`GATHERING_HEAD` in
  // provenance.ts), the committee was an origin, the analysis relayed it, and the audit office's
  // head rested on the committee.
  it('keeps the audit office one origin under three names (the National Audit Office, the NAO, its head Jane Roe), in every article citing it', () => {
    const audit = origins.filter((o) => /audit|NAO|Roe|committee/i.test(o.label));
    expect(audit.map((o) => [o.label, docs(o.documents)])).toEqual([
      ['National Audit Office', [2, 3, 4, 5, 6]],
    ]);
    expect(sourcesOf(6, "The audit office's head, Jane Roe")).toEqual(['National Audit Office']);
    expect(sourcesOf(6, 'The NAO said')).toEqual(['National Audit Office']);
  });
  // Before the document's participle was read apart from it (`DOCUMENT_PUBLISHED` in
  // attribute.ts), `A report by the National Audit Office published on Tuesday found` had the
  // source `A report by the National Audit Office published`, no node, and the Corran Courier
  // (which has no other audit sentence) was no document of the audit office.
  it("rests the audit office's report on the audit office in the wire and each copy", () => {
    for (const n of [2, 3, 4, 5])
      expect(sourcesOf(n, 'A report by the National Audit Office'), `${n}`).toEqual([
        'National Audit Office',
      ]);
  });
  // Before the subject after an opening phrase was read (`subjectAfterOpening` in attribute.ts),
  // `In a statement, Health Minister Owen Drake, 52, said the government remained committed ...`
  // took what he said as its source: a node labelled `government remained committed to building
  // all 40 hospitals`, an origin of four articles.
  it("rests the minister's statement on the health department he heads, in the wire and each copy", () => {
    for (const n of [2, 3, 4, 5])
      expect(sourcesOf(n, 'In a statement, Health Minister Owen Drake'), `${n}`).toEqual([
        'Department of Health',
      ]);
  });
  // The analysis spells him `Owen Drayke`: before a spelling of a person already merged into a
  // body was read as that body (`mergeSpellings` in provenance.ts), his Wednesday statement was an
  // origin of its own, `minister, Owen Drayke`.
  it("rests the minister's second statement on the same origin as his first", () => {
    expect(sourcesOf(6, 'In a statement on Wednesday')).toEqual(['Department of Health']);
  });
  it('never labels a node with a fragment, a clause, an address or a slug', () => {
    // (`unknown outlet (“headline”)` is the named fallback of an outlet node, not a source.)
    for (const n of story.provenance.nodes.filter((x) => !/^unknown outlet/.test(x.label))) {
      expect(isNameLike(n.label), n.label).toBe(true);
      expect(n.label, n.label).not.toMatch(
        /\b(?:remained|committed|published|said|found)\b|https?:|\.txt|\/|^\p{Ll}+(?:-\p{Ll}+)+$/u,
      );
    }
  });
  // The analysis's own framing sentence (`The leaked memo has put the government's promise ... in
  // doubt`) makes The Aldmark Review an origin with no claim: seen, not asserted either way.
});

describe('the trial story of a leaked hospital memo: relays and copies', () => {
  // Before `a leaked memo first reported by the Daily Harbinger` named the paper (the
  // `first reported by` replacement in provenance.ts), the wire's lead rested on the wire's own
  // reporting, and no outlet relayed the paper.
  it('reads the wire as relaying the paper that broke the story', () => {
    const wire = relays.find((r) => r.label === 'Tidewire');
    expect(wire && [docs(wire.documents), wire.of.map(labelOf), wire.rule]).toEqual([
      [2],
      ['Daily Harbinger'],
      'provenance:relays-report',
    ]);
  });
  it('reads the three copies and the wire as one text, one chain resting on the wire', () => {
    const copy = relays.filter((r) => r.rule === 'provenance:shared-copy' && r.documents.length > 1);
    expect(copy.map((r) => [docs(r.documents), r.of.map(labelOf)])).toEqual([[[2, 3, 4, 5], ['Tidewire']]]);
  });
  it('counts neither the wire nor any copy as an origin', () => {
    expect(origins.filter((o) => /Tidewire|Northgate|Corran|valley|unknown outlet/i.test(o.label))).toEqual(
      [],
    );
  });
  // Before a one-word outlet line was read from the wire's dateline credit (`outletNamedIn` in
  // metadata/plain.ts), the wire's outlet was unknown and it "relayed" Tidewire, itself.
  it("knows the wire's outlet from its dateline credit", () => {
    expect(story.provenance.nodes.filter((n) => n.kind === 'outlet').map((n) => n.label)).toContain(
      'Tidewire',
    );
  });
  // Before a bare host under the headline was read (`BARE_HOST` in metadata/plain.ts),
  // `valleyreport.net` (no `www.`) gave no outlet: `unknown outlet (“headline”)`.
  it("knows the hedging relay's outlet from the address under its headline", () => {
    expect(story.provenance.nodes.filter((n) => /unknown outlet/.test(n.label))).toEqual([]);
    expect(story.documents[4]?.outlet).toMatch(/valleyreport/);
  });
});

describe('the trial story of a leaked hospital memo: commentators', () => {
  it('reads the think-tank fellow and the opposition MP as commentators, never origins', () => {
    expect(commentators.map((c) => [c.label.split(',')[0], docs(c.documents)]).sort()).toEqual([
      ['Ilse Varga', [6]],
      ['Opposition MP Tom Hale', [6]],
    ]);
    expect(origins.filter((o) => /Varga|Hale|Merrow/.test(o.label))).toEqual([]);
    for (const c of story.claims) expect(c.origins.map(labelOf).join(' '), c.text).not.toMatch(/Varga|Hale/);
  });
});

describe('the trial story of a leaked hospital memo: independent origins of each claim', () => {
  it('rests the lead on the paper that broke it, not on the wire or its copies', () => {
    const lead = claimOf(2, 'FENNICK, March 8 (Tidewire) - Aldmark will build only 22')!;
    expect(lead.origins.map(labelOf)).toContain('Daily Harbinger');
    expect(lead.origins.map(labelOf).join(' ')).not.toMatch(/Tidewire|Northgate|Corran|unknown outlet/);
  });
  // The analysis's `The audit office's head, Jane Roe, told a parliamentary committee ... that 21
  // hospitals were behind schedule` is a member of the lead's claim (the claim stage joins it on
  // `hospitals`), so the lead counts the audit office as a second origin.
  it.fails('rests the lead on one origin chain alone (the paper and the memo it saw)', () => {
    const lead = claimOf(2, 'FENNICK, March 8 (Tidewire) - Aldmark will build only 22')!;
    expect(lead.origins.map(labelOf).filter((l) => !/Daily Harbinger|memo/.test(l))).toEqual([]);
  });
  it("rests the audit office's finding on the audit office, with no copy counted again", () => {
    const audit = claimOf(2, 'A report by the National Audit Office')!;
    expect(audit.origins.map(labelOf)).toContain('National Audit Office');
    expect(audit.origins.map(labelOf).join(' ')).not.toMatch(
      /Tidewire|Northgate|Corran|committee|unknown outlet/,
    );
  });
  it("rests the minister's statement on the department, not on four outlets", () => {
    const statement = claimOf(2, 'In a statement, Health Minister Owen Drake')!;
    expect(statement.origins.map(labelOf)).toContain('Department of Health');
    expect(statement.origins.map(labelOf).join(' ')).not.toMatch(
      /Tidewire|Northgate|Corran|remained|unknown outlet/,
    );
  });
});

describe('the trial story of a leaked hospital memo: the denial', () => {
  it('ties the department’s denial to the cut it denies, and marks that claim contested', () => {
    const denial = claimOf(2, 'The Department of Health denied')!;
    expect(denial.contested).toBe(true);
    const denied = denial.members.filter((m) => m.certainty === 'denied');
    expect(docs(denied.map((m) => m.doc))).toEqual([2, 3, 5]);
    for (const m of denied) expect(m.sources.map(labelOf)).toEqual(['Department of Health']);
    // The cut it denies, in the paper (its headline) and the copies.
    expect(denial.members.some((m) => docNumber(story, m.doc) === 1 && /24 of 40/.test(m.text))).toBe(true);
    expect(
      denial.members.some((m) => docNumber(story, m.doc) === 3 && /only 22 of the 40/.test(m.text)),
    ).toBe(true);
  });
  it('reads the spokesman’s refusal to comment as no denial', () => {
    const refusal = story.claims
      .flatMap((c) => c.members)
      .filter((m) => m.text.startsWith('A Department of Health spokesman declined'));
    for (const m of refusal) expect(m.certainty).not.toBe('denied');
  });
});

describe('the trial story of a leaked hospital memo: discrepancies', () => {
  it("reports the minister's age, 52 against 54, and his surname written two ways; never the permanent secretary's 58", () => {
    expect(entries(story, 'age')).toEqual([['52 (2)', '52 (3)', '52 (4)', '52 (5)', '54 (6)']]);
    expect(
      story.discrepancies.some((x) => x.kind === 'spelling' && /Owen Drake \/ Owen Drayke/.test(x.note)),
    ).toBe(true);
  });
  it('sets no look-alike against another: the 40 promised, the two notations of 3.1 billion, 2019, the 10 years', () => {
    for (const kind of ['money', 'duration', 'update'])
      expect(
        story.discrepancies.filter((x) => x.kind === kind),
        kind,
      ).toEqual([]);
  });
  // The hospitals to be built (`only 24 of the 40` against `only 22 of the 40`), those behind
  // schedule (19 against 21) and the memo's date (March 3 against March 5) are read as no count
  // and no date entry: `N of the M` counts nothing, and a document's `dated` is no event's date.
  it.fails('reports the hospitals to be built, 24 against 22', () => {
    expect(JSON.stringify(entries(story, 'count'))).toMatch(/24.*22|22.*24/);
  });
  it.fails("reports the memo's date, March 3 against March 5", () => {
    expect(JSON.stringify(entries(story, 'date'))).toMatch(/March 3.*March 5|March 5.*March 3/);
  });
});

describe('the trial story of a leaked hospital memo: claims, timeline, brief', () => {
  it('has distinct claims, none repeating another', () => {
    expect(repeatedClaims(story)).toEqual([]);
  });
  it('dates nothing after its report, the memo before it and the 2019 scheme in 2019', () => {
    const dated = datedEntries(story);
    for (const e of dated)
      expect(e.date <= HOSPITALS[e.doc - 1]!.published, `${e.date} ${e.text}`).toBe(true);
    expect(dated.filter((e) => /dated March 3/.test(e.text)).map((e) => [e.date, e.doc])).toEqual([
      ['2033-03-03', 1],
    ]);
    expect(dated.filter((e) => e.date === '2019').map((e) => e.doc)).toEqual([1]);
  });
  it('has distinct body sentences, none a headline, each cited to its own document', () => {
    expect(new Set(story.brief.map((b) => b.text)).size).toBe(story.brief.length);
    expect(story.brief.filter((b) => headlines(HOSPITALS).includes(b.text))).toEqual([]);
    expect(notCitingOwn(story)).toEqual([]);
    expect(story.brief.filter((b) => /Varga|Hale/.test(b.text))).toEqual([]);
  });
  // The brief cites the wire's `only 22 of the 40` to the paper too, which says 24.
  it.fails("cites the wire's 22 hospitals only to the articles that give 22", () => {
    const item = story.brief.find((b) => b.text.includes('only 22 of the 40'));
    expect(item && cited(story, item)).toEqual([2, 3, 4, 5]);
  });
});

// Each rule this story asked for, with a fictional pair (failing before the rule) and its control
// (passing before and after).

describe('h-who9 rules: the subject after an opening phrase (attribution:subject-apposition, subjectAfterOpening)', () => {
  it('pair: `In a statement, Transport Minister Ada Quill, 61, said ...` is said by the minister', () => {
    expect(
      said('In a statement, Transport Minister Ada Quill, 61, said the bridge would reopen in May.'),
    ).toEqual(['Transport Minister Ada Quill | the bridge would reopen in May']);
  });
  it('pair: `In a statement on Friday, the mayor, Ada Quill, 61, said ...` keeps the role with its name', () => {
    expect(said('In a statement on Friday, the mayor, Ada Quill, 61, said the pier was safe.')).toEqual([
      'the mayor, Ada Quill | the pier was safe',
    ]);
  });
  it('control: an opening phrase before a closing cue, and an opening phrase before a plain subject', () => {
    expect(said('In March, the pier reopened, the mayor said.')).toEqual([
      'the mayor | In March, the pier reopened',
    ]);
    expect(said('On Tuesday, the mayor, Ada Quill, said the pier was closed.')).toEqual([
      'the mayor, Ada Quill | the pier was closed',
    ]);
  });
});

describe('h-who9 rules: a document and when it came out (document-published, DOCUMENT_PUBLISHED)', () => {
  it('pair: `A study by the Fen Institute released last week found` is the study by the institute', () => {
    expect(said('A study by the Fen Institute released last week found that the river had risen.')).toEqual([
      'A study by the Fen Institute | the river had risen',
    ]);
  });
  it('control: `released by` keeps its agent, and a person seen on a day is no document', () => {
    expect(said('A study released last week by the Fen Institute found that the river had risen.')).toEqual([
      'A study released last week by the Fen Institute | the river had risen',
    ]);
    expect(said('A man seen on Tuesday said he was fine.')).toEqual(['A man seen | he was fine']);
  });
});

describe('h-who9 rules: a body hearing evidence is an audience (audience-hearing, GATHERING_HEAD)', () => {
  const head = ['Port dredging delayed', 'The Fen Herald', '3 May 2031'];
  it('pair: `told a parliamentary committee` makes no node and no relay; the speaker is the origin', () => {
    const d = tell([
      ...head,
      'The head of the port authority, Ada Quill, told a parliamentary committee on Monday that the dredging would be late.',
    ]);
    expect(d.provenance.nodes.filter((n) => /committee/i.test(n.label))).toEqual([]);
    expect(d.provenance.relays ?? []).toEqual([]);
  });
  it('control: told a newspaper, the newspaper is still a node', () => {
    const d = tell([...head, 'Ada Quill told the Velmar Gazette on Monday that the dredging would be late.']);
    expect(d.provenance.nodes.map((n) => n.label)).toContain('Velmar Gazette');
  });
});

describe('h-who9 rules: a document first reported by an outlet (first-reported-by, provenance:relays-report)', () => {
  it('pair: `according to a leaked letter first reported by the Fen Herald`: the article relays the Herald', () => {
    const d = tell([
      'Port dredging delayed',
      'The Velmar Gazette',
      '3 May 2031',
      'The dredging will be a year late, according to a leaked letter first reported by the Fen Herald.',
    ]);
    expect(
      (d.provenance.relays ?? []).map((r) => [
        r.label,
        r.of.map((id) => d.provenance.nodes.find((n) => n.id === id)?.label),
      ]),
    ).toEqual([['The Velmar Gazette', ['Fen Herald']]]);
  });
  it('control: `a letter seen by the Fen Herald` rests on the letter, not on the Herald', () => {
    const d = tell([
      'Port dredging delayed',
      'The Velmar Gazette',
      '3 May 2031',
      'The dredging will be a year late, according to a letter seen by the Fen Herald.',
    ]);
    expect(d.provenance.relays ?? []).toEqual([]);
  });
});

describe('h-who9 rules: a one-word outlet credited in its dateline (metadata:one-word-outlet-named-in-text)', () => {
  it('pair: `Portwire` under the headline and `LORSK, May 2 (Portwire) -` opening the body', () => {
    const d = tell([
      'Dredging of the port will be a year late, authority says',
      'Portwire',
      'By Ola Brek',
      '2 May 2031',
      'LORSK, May 2 (Portwire) - The dredging will be a year late, the port authority said.',
    ]);
    expect(d.documents[0]?.outlet).toBe('Portwire');
  });
  it('control: a one-word line the dateline does not credit is no outlet', () => {
    const d = tell([
      'Dredging of the port will be a year late, authority says',
      'Kestrow',
      'By Ola Brek',
      '2 May 2031',
      'LORSK, May 2 - The dredging will be a year late, the port authority said.',
    ]);
    expect(d.documents[0]?.outlet ?? null).not.toBe('Kestrow');
  });
});

describe('h-who9 rules: a bare host under the headline (metadata:bare-host-under-headline, BARE_HOST)', () => {
  const body = 'The dredging will be a year late, the port authority said.';
  it('pair: `portnews.net` alone under the headline names the outlet', () => {
    const d = tell([
      'Dredging of the port will be a year late, authority says',
      'portnews.net',
      '2 May 2031',
      body,
    ]);
    expect(d.documents[0]?.outlet).toMatch(/portnews\.net/);
  });
  it('control: a line with a full stop that is no host (`St.Ives`) names no outlet', () => {
    const d = tell([
      'Dredging of the port will be a year late, authority says',
      'St.Ives',
      '2 May 2031',
      body,
    ]);
    expect(d.documents[0]?.outlet ?? '').not.toMatch(/Ives/);
  });
});

describe('h-who9 rules: a spelling of a person merged into a body (spelling-of-merged, mergeSpellings)', () => {
  const first = [
    'Bridge to reopen in May, transport ministry says',
    'The Fen Herald',
    '2 May 2031',
    'The Ministry of Transport said the Orle bridge would reopen in May.',
    'Transport Minister Ada Quill said repairs had cost 4 million crowns.',
  ];
  const origin = (d: ReturnType<typeof tell>, who: RegExp): string[] =>
    (d.provenance.origins ?? []).filter((o) => who.test(o.label)).map((o) => o.label);
  it('pair: `the minister, Ada Quil` in another article is the ministry her other spelling speaks for', () => {
    const d = tell(first, [
      'Orle bridge repairs cost more than planned',
      'The Velmar Gazette',
      '3 May 2031',
      'The minister, Ada Quil, said on Tuesday that the bridge was safe.',
    ]);
    expect(origin(d, /Quil|Ministry/)).toEqual(['Ministry of Transport']);
  });
  it('control: another name stays apart', () => {
    const d = tell(first, [
      'Orle bridge repairs cost more than planned',
      'The Velmar Gazette',
      '3 May 2031',
      'The minister, Bo Lind, said on Tuesday that the bridge was safe.',
    ]);
    expect(origin(d, /Lind/)).toHaveLength(1);
  });
});
