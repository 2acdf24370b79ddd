import { describe, expect, it } from 'vitest';
import { HITRUN } from './hitrun.fixture.js';
import {
  analyze,
  commentatorNames,
  datedEntries,
  docNumber,
  entries,
  headlines,
  notCitingOwn,
  relayDocs,
  memberSources,
  said,
  tell,
} from './read.js';
import { isNameLike } from '../provenance.js';

// A fictional hit-and-run in a supermarket car park and the charges that follow (a wire and a
// paper running its copy, a city paper's own reporting from police records, a second paper
// relaying the city paper and a TV station, the wire's update when charges are filed, an analysis
// with four commentators), read as a demanding fact-checker reads WHO each fact rests on: the
// police under three names, the suspect of what he admitted, the documents (police records, the
// criminal complaint, state records, a letter, an indictment), the outlets whose reporting others
// cite, and the commentators, who are never origins.

const story = analyze(HITRUN);
const origins = story.provenance.origins ?? [];
const nodes = story.provenance.nodes;
const docs = (ids: readonly string[]): number[] =>
  ids.map((id) => docNumber(story, id)).sort((a, b) => a - b);
const labelOf = (id: string): string => nodes.find((n) => n.id === id)?.label ?? id;
const kindOf = (label: string): string | undefined => nodes.find((n) => n.label === label)?.kind;
const origin = (label: string) => origins.find((o) => o.label === label);
/** The sources of the member of document `n` that opens with `text`, by label. */
const sourcesOf = (n: number, text: string): string[] => memberSources(story, n, text);
const COMMENTATORS = /Olsen|Dahl|Abel|Kessel Gazette|Safe Streets/;
const RELAYS = /Harbour Daily|Lakeshore Post/;

describe('the trial story of a car park hit-and-run: origins', () => {
  // Dropped in stop 33 under the halves rule: the papers of a charge as sources (SOURCE_NOUN) moved half A's origins only (docs/origins.md).
  it.fails(
    'has the police, the suspect, the witness, the city paper, the TV station and the documents as origins, each of its kind',
    () => {
      expect(
        ['Police', 'Tobias Varn', 'police records', 'criminal complaint', 'indictment'].map((l) => [
          l,
          kindOf(l),
        ]),
      ).toEqual([
        ['Police', 'source'],
        ['Tobias Varn', 'source'],
        ['police records', 'source'],
        ['criminal complaint', 'source'],
        ['indictment', 'source'],
      ]);
      expect(origins.map((o) => o.label)).toEqual(
        expect.arrayContaining([
          'Police',
          'Tobias Varn',
          'Witness Ana Prell, a managing editor at a TV station',
          'Velmar Courier',
          'Channel 6',
          'police records',
          'criminal complaint',
          'store manager Olav Brandt',
          'indictment',
        ]),
      );
      expect(kindOf('Velmar Courier')).toBe('outlet');
      expect(kindOf('Channel 6')).toBe('news-organization');
    },
  );
  it('keeps the police one origin under three names (police, Sgt. Dale Kemp, Kemp, a police spokesman)', () => {
    const police = origins.filter((o) => /police|Kemp|Sgt/i.test(o.label) && !/records/.test(o.label));
    expect(police.map((o) => [o.label, docs(o.documents)])).toEqual([['Police', [1, 2, 3, 5]]]);
    expect(sourcesOf(1, 'Police arrested Tobias Varn')).toEqual(['Police']);
    expect(sourcesOf(5, 'Kemp, a police spokesman')).toEqual(['Police']);
    expect(nodes.filter((n) => /Kemp/.test(n.label))).toEqual([]);
  });
  // Dropped in stop 33 under the halves rule: the papers of a charge as sources (SOURCE_NOUN) moved half A's origins only (docs/origins.md).
  it.fails(
    'rests what the suspect told officers and what he admitted on him and on the police who tell it',
    () => {
      expect(docs(origin('Tobias Varn')?.documents ?? [])).toEqual([1, 2, 3]);
      expect(sourcesOf(1, 'Varn told officers he had been drinking').sort()).toEqual([
        'Police',
        'Tobias Varn',
      ]);
      expect(sourcesOf(3, 'Varn admitted he had driven home').sort()).toEqual(['Police', 'Tobias Varn']);
    },
  );
  // Before the papers of a charge were source nouns (`SOURCE_NOUN` in provenance.ts), `according
  // to the criminal complaint`, `the complaint says` and the indictment made no node, and before
  // `Charges filed Friday allege` was read (`document-published-plural` in attribute.ts) and the
  // charges were the complaint that states them (`charges-are-the-complaint`), the update's
  // sentences rested on Northline's own reporting.
  // Dropped in stop 33 under the halves rule: the papers of a charge as sources (SOURCE_NOUN) moved half A's origins only (docs/origins.md).
  it.fails(
    'rests the complaint and the indictment on themselves, the complaint one origin under three names (the criminal complaint, the complaint, the charges)',
    () => {
      expect(sourcesOf(5, 'According to the criminal complaint')).toEqual(['criminal complaint']);
      expect(sourcesOf(5, 'He admitted leaving the scene')).toEqual(['criminal complaint']);
      expect(sourcesOf(5, 'Charges filed Friday allege')).toEqual(['criminal complaint']);
      expect(docs(origin('indictment')?.documents ?? [])).toEqual([6]);
      expect(nodes.filter((n) => /complaint/.test(n.label)).map((n) => n.label)).toEqual([
        'criminal complaint',
      ]);
    },
  );
  // The complaint quotes the suspect: he is in its chain (the complaint cites him), not a second
  // origin of the update's sentence.
  // Dropped in stop 33 under the halves rule: the papers of a charge as sources (SOURCE_NOUN) moved half A's origins only (docs/origins.md).
  it.fails('reads the suspect quoted in the complaint as cited by the complaint', () => {
    const complaint = nodes.find((n) => n.label === 'criminal complaint')!.id;
    const varn = nodes.find((n) => n.label === 'Tobias Varn')!.id;
    expect(story.provenance.edges).toContainEqual({ from: complaint, to: varn, kind: 'cites' });
  });
  // Before `the records show` was read as the record the article named last
  // (`record-named-again`), the Courier's second sentence rested on a node `records` of its own.
  it("rests the Courier's `the records show` on the police records it named before", () => {
    expect(sourcesOf(3, 'Tobias Varn, 45, has two earlier convictions')).toEqual(['police records']);
  });
  // `records` as a source noun was tried and dropped: it split one origin of half A's stories
  // (state records and court records of one man's past, two origins for one).
  it.fails('rests `State records show` on the state records', () => {
    expect(sourcesOf(5, 'State records show')).toEqual(['State records']);
  });
  it('rests the letter to the board on the manager who wrote it, the board no node', () => {
    expect(sourcesOf(5, 'In a letter to the city licensing board')).toEqual(['store manager Olav Brandt']);
    expect(nodes.filter((n) => /board/i.test(n.label))).toEqual([]);
  });
  it('reads the witness who is a managing editor at a TV station as a witness, not a news organisation', () => {
    expect(kindOf('Witness Ana Prell, a managing editor at a TV station')).toBe('source');
    expect(sourcesOf(1, 'Witness Ana Prell')).toEqual([
      'Witness Ana Prell, a managing editor at a TV station',
    ]);
    expect((story.provenance.relays ?? []).some((r) => r.of.some((id) => /prell/.test(id)))).toBe(false);
  });
  it('counts no relay, no copy and no commentator as an origin', () => {
    expect(origins.filter((o) => RELAYS.test(o.label) || COMMENTATORS.test(o.label))).toEqual([]);
  });
  it('never labels a node with a fragment, a clause, an address or a slug', () => {
    for (const n of nodes) {
      expect(isNameLike(n.label), n.label).toBe(true);
      expect(n.label, n.label).not.toMatch(/\b(?:filed|returned|obtained|said|allege)\b|https?:|\.com|\//);
    }
  });
});

describe('the trial story of a car park hit-and-run: relays and copies', () => {
  it('reads the wire and the paper running its copy as one text resting on the wire', () => {
    const copy = (story.provenance.relays ?? []).filter((r) => r.rule === 'provenance:shared-copy');
    expect(copy.map((r) => [docs(r.documents), r.of.map(labelOf)])).toEqual([[[1, 2], ['Northline']]]);
  });
  // Before an outlet of the story cited by its name was read as a news organisation
  // (`story-outlet-cited`), `The Velmar Courier reported` was a plain citation: the Lakeshore Post
  // relayed nobody. Before `Channel 6` was read as a broadcaster's name (`broadcaster-number`), the
  // entity layer's `Channel` read as `the channel`, an anaphor of the Courier.
  it('reads the second paper as relaying the city paper and the TV station it names', () => {
    const relays = (story.provenance.relays ?? []).filter((r) => r.rule === 'provenance:relays-report');
    expect(relays.map((r) => [r.label, docs(r.documents), r.of.map(labelOf).sort()])).toEqual([
      ['Lakeshore Post', [4], ['Channel 6', 'Velmar Courier']],
    ]);
    expect(
      relayDocs(story)
        .map((x) => x.sort())
        .sort(),
    ).toEqual([[1, 2], [4]]);
    expect(sourcesOf(4, 'Channel 6 reported')).toEqual(['Channel 6']);
    expect(sourcesOf(4, 'The Velmar Courier reported')).toEqual(['Velmar Courier']);
  });
  // Before `Courtesy of the Courier:` credited its text (`courtesy-colon` in attribute.ts), the
  // sentence rested on a `records` of the Lakeshore Post's own.
  it('rests the text run `Courtesy of the Courier:` on the Courier', () => {
    expect(sourcesOf(4, 'Courtesy of the Courier')).toEqual(['Velmar Courier']);
  });
  it("rests the city paper's own reporting on the police records it obtained, not on the paper", () => {
    expect(sourcesOf(3, 'The driver arrested in the death')).toEqual(['police records']);
    expect(docs(origin('Velmar Courier')?.documents ?? [])).toEqual([3, 4]);
  });
});

describe('the trial story of a car park hit-and-run: commentators', () => {
  // Before a news organisation cited only for its editorial was read as giving a view
  // (`editorial-view`), the Kessel Gazette was an origin the analysis relayed; before grief and a
  // call in one sentence were read as a reaction (`reaction-and-view`), the councillor was an origin.
  it('reads the advocate, the law professor, the councillor and the editorial as commentators, never origins', () => {
    expect(commentatorNames(story).sort()).toEqual([
      'Councillor Ruth Abel',
      'Henrik Dahl',
      'Kessel Gazette',
      'Mira Olsen',
    ]);
    for (const c of story.provenance.commentators ?? []) expect(docs(c.documents), c.label).toEqual([6]);
    for (const c of story.claims) expect(c.origins.map(labelOf).join(' '), c.text).not.toMatch(COMMENTATORS);
  });
  it('relays no editorial', () => {
    expect((story.provenance.relays ?? []).filter((r) => r.of.some((id) => /kessel/.test(id)))).toEqual([]);
  });
});

describe('the trial story of a car park hit-and-run: the blood alcohol level and its origins', () => {
  // The claims told by a sentence giving the 0.21 (the Courier's lead, the Lakeshore Post's
  // `The Velmar Courier reported`, the update's `Charges filed Friday allege`).
  const bac = story.claims.filter((c) => /0\.21/.test(c.text));
  // Dropped in stop 33 under the halves rule: the papers of a charge as sources (SOURCE_NOUN) moved half A's origins only (docs/origins.md).
  it.fails(
    'rests every claim told by the 0.21 on the police records or the charges, never on a relay or a commentator',
    () => {
      expect(bac.length).toBeGreaterThan(0);
      for (const c of bac) {
        const labels = c.origins.map(labelOf);
        expect(
          labels.some((l) => /police records|Charges|criminal complaint/.test(l)),
          c.text,
        ).toBe(true);
        expect(labels.join(' '), c.text).not.toMatch(
          /Lakeshore|Harbour|Velmar Review|Olsen|Dahl|Abel|Kessel/,
        );
      }
    },
  );
  // The Lakeshore Post's headline (`…, paper reports`) has no source (a headline's `paper reports`
  // is no attribution), so it rests on both reports the article relays, the TV station's among
  // them; and the claim stage joins `State records show three earlier convictions` (no source:
  // see the dropped `records`) to the Courier's lead, so the wire's own reporting is an origin of
  // it. A fact-checker wants the 0.21 on the police records and the charges alone.
  it.fails('rests the 0.21 on its real origins only: the police records and the charges', () => {
    for (const c of bac)
      expect(
        c.origins.map(labelOf).filter((l) => !/police records|Charges|criminal complaint/.test(l)),
        c.text,
      ).toEqual([]);
  });
  it('keeps the 0.21 out of every entry (told alike by three articles)', () => {
    expect(
      story.discrepancies.filter(
        (x) => x.kind !== 'single-outlet' && x.values.some((v) => /0\.21/.test(v.text)),
      ),
    ).toEqual([]);
  });
});

describe('the trial story of a car park hit-and-run: discrepancies', () => {
  it("reports the suspect's age, 44 against 45, with who says each", () => {
    expect(entries(story, 'age')).toEqual([['44 (1)', '44 (2)', '44 (5)', '45 (3)', '45 (4)']]);
  });
  it("reports the victim's surname written two ways", () => {
    expect(
      story.discrepancies.some((x) => x.kind === 'spelling' && /Lise Orren \/ Lise Oren/.test(x.note)),
    ).toBe(true);
  });
  it('reports the earlier convictions, two then three', () => {
    const update = story.discrepancies.find((x) => x.kind === 'update' && /convictions/.test(x.note));
    expect(update?.values.map((v) => `${v.text} (${docNumber(story, v.doc)})`).sort()).toEqual([
      'three earlier convictions (5)',
      'two earlier convictions (3)',
      'two earlier convictions (4)',
    ]);
  });
  it('sets no look-alike against another: the bail in two notations, the legal limit, the two ages, the 15 years', () => {
    for (const kind of ['money', 'duration', 'count'])
      expect(
        story.discrepancies.filter((x) => x.kind === kind),
        kind,
      ).toEqual([]);
    expect(JSON.stringify(entries(story, 'age'))).not.toMatch(/71/);
  });
  // `about 9:40 p.m.` against `about 9:15 p.m.`: reported since h-disc57's
  // `figure:two-estimated-times` (two estimated times agree only when one lies in the other's margin).
  it('reports the time, about 9:40 p.m. against about 9:15 p.m.', () => {
    expect(JSON.stringify(entries(story, 'time'))).toMatch(/9:40.*9:15|9:15.*9:40/);
  });
});

describe('the trial story of a car park hit-and-run: claims, timeline, brief', () => {
  it('dates nothing after its report', () => {
    for (const e of datedEntries(story))
      expect(e.date <= HITRUN[e.doc - 1]!.published, `${e.date} ${e.text}`).toBe(true);
  });
  it('has distinct body sentences, none a headline, each cited to its own document, no commentator', () => {
    expect(new Set(story.brief.map((b) => b.text)).size).toBe(story.brief.length);
    expect(story.brief.filter((b) => headlines(HITRUN).includes(b.text))).toEqual([]);
    expect(notCitingOwn(story)).toEqual([]);
    expect(story.brief.filter((b) => COMMENTATORS.test(b.text))).toEqual([]);
  });
});

// Each rule this story asked for, with a fictional pair (failing before the rule) and its control
// (passing before and after).
type Told = ReturnType<typeof tell>;
const label = (d: Told, id: string): string => d.provenance.nodes.find((n) => n.id === id)?.label ?? id;
const relaysOf = (d: Told): string[][] =>
  (d.provenance.relays ?? []).map((r) => [r.label, ...r.of.map((id) => label(d, id))]);
const originLabels = (d: Told): string[] => (d.provenance.origins ?? []).map((o) => o.label);
/** The origins that are sources (not the outlet's own reporting), by label. */
const sourceOrigins = (d: Told): string[] =>
  (d.provenance.origins ?? [])
    .filter((o) => d.provenance.nodes.find((n) => n.id === o.id)?.kind === 'source')
    .map((o) => o.label)
    .sort();
const commentatorLabels = (d: Told): string[] => (d.provenance.commentators ?? []).map((o) => o.label);

describe('h-who10 rules: an outlet of the story cited by its name (story-outlet-cited, storyOutletNamed)', () => {
  const first = [
    'Orle mayor resigns after a row over the pier budget',
    'The Fen Courier',
    'By Ola Brek',
    '3 May 2031',
    'The mayor of Orle resigned on Monday after a long row with the council over the budget of the pier.',
  ];
  it('pair: `The Fen Courier reported` in another article makes that article a relay of the Courier', () => {
    const d = tell(first, [
      'Orle mayor quits',
      'The Velmar Gazette',
      '4 May 2031',
      'The Fen Courier reported that Orle had lost its mayor, who quit after months of dispute about the harbour.',
    ]);
    expect(relaysOf(d)).toEqual([['The Velmar Gazette', 'Fen Courier']]);
  });
  it('pair: `the Courier` alone is the one outlet of the story named so', () => {
    const d = tell(first, [
      'Orle mayor quits',
      'The Velmar Gazette',
      '4 May 2031',
      'Orle has lost its mayor, who quit after months of dispute about the harbour, the Courier reported.',
    ]);
    expect(relaysOf(d)).toEqual([['The Velmar Gazette', 'The Fen Courier']]);
  });
  // (h-who19: a name ending on `Courier` is now a news organisation by its words, `masthead-name`;
  // the control names one whose last word marks no newspaper.)
  it('control: a Crier that is no outlet of the story is cited, not relayed', () => {
    const d = tell(first, [
      'Orle mayor quits',
      'The Velmar Gazette',
      '4 May 2031',
      'The Kestrel Crier reported that Orle had lost its mayor, who quit after months of dispute about the harbour.',
    ]);
    expect(relaysOf(d)).toEqual([]);
  });
});

describe('h-who10 rules: a broadcaster named by its number (broadcaster-number, BROADCAST_NUMBER)', () => {
  it('pair: `Channel 9 reported` after another news organisation is Channel 9, relayed', () => {
    const d = tell([
      'Pier closed',
      'The Velmar Gazette',
      '4 May 2031',
      'The Fen Herald reported the pier had cracked.',
      'Channel 9 reported that the pier had closed.',
    ]);
    expect(relaysOf(d)).toEqual([['The Velmar Gazette', 'Channel 9', 'Fen Herald']]);
  });
  it('control: `the channel reported` still points back to the news organisation named before', () => {
    const d = tell([
      'Pier closed',
      'The Velmar Gazette',
      '4 May 2031',
      'The Fen Herald reported the pier had cracked.',
      'The channel reported that the pier had closed.',
    ]);
    expect(relaysOf(d)).toEqual([['The Velmar Gazette', 'Fen Herald']]);
  });
});

describe('h-who10 rules: a news organisation cited for its editorial (editorial-view, roleOf)', () => {
  const head = ['Mayor under fire', 'The Velmar Gazette', '4 May 2031'];
  it('pair: `In an editorial, the Fen Herald said` makes the Herald a commentator, relayed by nobody', () => {
    const d = tell([
      ...head,
      'In an editorial on Friday, the Fen Herald said the mayor had failed the town.',
    ]);
    expect(commentatorLabels(d)).toEqual(['Fen Herald']);
    expect(originLabels(d)).not.toContain('Fen Herald');
    expect(relaysOf(d)).toEqual([]);
  });
  it('control: `the Fen Herald reported` is its reporting, relayed', () => {
    const d = tell([...head, 'The Fen Herald reported on Friday that the mayor had resigned.']);
    expect(commentatorLabels(d)).toEqual([]);
    expect(originLabels(d)).toContain('Fen Herald');
  });
});

describe('h-who10 rules: grief and a call in one sentence (reaction-and-view, roleOf)', () => {
  const head = ['Fire at Orle school', 'The Velmar Gazette', '4 May 2031'];
  it('pair: `said she was devastated by the fire and called for an inquiry` is a reaction', () => {
    const d = tell([
      ...head,
      'Councillor Ada Quill said she was devastated by the fire and called for an inquiry.',
    ]);
    expect(commentatorLabels(d)).toEqual(['Councillor Ada Quill']);
  });
  it('control: what she saw, and a call, keep her an origin', () => {
    const d = tell([
      ...head,
      'Councillor Ada Quill said the fire began in the kitchen and called for an inquiry.',
    ]);
    expect(commentatorLabels(d)).toEqual([]);
    expect(originLabels(d)).toContain('Councillor Ada Quill');
  });
});

describe('h-who10 rules: the papers of a charge as sources (SOURCE_NOUN: complaint, indictment, affidavit, lawsuit, charges)', () => {
  const head = ['Man charged over crash', 'The Velmar Gazette', '4 May 2031'];
  // Dropped in stop 33 under the halves rule: the papers of a charge as sources (SOURCE_NOUN) moved half A's origins only (docs/origins.md).
  it.fails(
    'pair: `according to the criminal complaint` and `the lawsuit says` are origins of their own',
    () => {
      const d = tell([
        ...head,
        'According to the criminal complaint, the driver fled on foot.',
        'The bar served him nine drinks, the lawsuit says.',
      ]);
      expect(sourceOrigins(d)).toEqual(['criminal complaint', 'lawsuit']);
    },
  );
  it('control: court records were a source before the rule, and stay one', () => {
    const d = tell([...head, 'According to court records, the driver fled on foot.']);
    expect(sourceOrigins(d)).toEqual(['court records']);
  });
});

describe('h-who10 rules: a record named again by its noun (record-named-again, RECORD_AGAIN)', () => {
  const head = ['Driver had convictions', 'The Velmar Gazette', '4 May 2031'];
  it('pair: `the records show` after `according to police records` is those records', () => {
    const d = tell([
      ...head,
      'The driver was over the limit, according to police records.',
      'He had two earlier convictions, the records show.',
    ]);
    expect(d.provenance.nodes.filter((n) => n.kind === 'source').map((n) => n.label)).toEqual([
      'police records',
    ]);
  });
  it('control: `the records show` with no record named before is no source (records alone are no source noun)', () => {
    const d = tell([...head, 'He had two earlier convictions, the records show.']);
    expect(d.provenance.nodes.filter((n) => n.kind === 'source').map((n) => n.label)).toEqual([]);
  });
});

describe('h-who10 rules: when a charging paper came out (document-published: returned, unsealed, handed up, a bare weekday)', () => {
  it('pair: `An indictment returned in May accused` is the indictment', () => {
    expect(said('An indictment returned in May accused the man of fraud.')).toEqual([
      'An indictment | the man of fraud',
    ]);
  });
  it('pair: `The complaint filed Friday says` is the complaint', () => {
    expect(said('The complaint filed Friday says that the man fled.')).toEqual([
      'The complaint | the man fled',
    ]);
  });
  it('control: a man arrested on a day is no document', () => {
    expect(said('A man arrested Friday said he was innocent.')).toEqual([
      'A man arrested Friday | he was innocent',
    ]);
  });
});

describe('h-who10 rules: plural papers before when they came out (document-published-plural, pluralDocumentPublished)', () => {
  it('pair: `Charges filed Friday allege that ...` reports, with the charges its source', () => {
    expect(said('Charges filed Friday allege that the man was drunk.')).toEqual([
      'Charges | the man was drunk',
    ]);
  });
  it('pair: `Records released last week show that ...`', () => {
    expect(said('Records released last week show that the mayor lied.')).toEqual([
      'Records | the mayor lied',
    ]);
  });
  it('control: a plural noun that is no paper before a participle and a base form reports nothing', () => {
    expect(said('Officials released on Friday show that.')).toEqual([]);
  });
});

describe('h-who10 rules: a credit before a colon (courtesy-colon, COURTESY)', () => {
  it('pair: `Courtesy of the Fen Herald:` credits the text after the colon, and what it attributes is inside it', () => {
    expect(said('Courtesy of the Fen Herald: The pier closed on Monday, the records show.')).toEqual([
      'the Fen Herald | The pier closed on Monday, the records show',
      'the records | The pier closed on Monday',
    ]);
  });
  it('control: `Courtesy of` with no colon after the name credits nothing', () => {
    expect(said('Courtesy of his mother, the boy got a new bike.')).toEqual([]);
  });
});

describe('h-who10 rules: charges are the paper that states them (charges-are-the-complaint, mergeCharges)', () => {
  const head = ['Man charged over crash', 'The Velmar Gazette', '4 May 2031'];
  // Dropped in stop 33 under the halves rule: the papers of a charge as sources (SOURCE_NOUN) moved half A's origins only (docs/origins.md).
  it.fails(
    'pair: `Charges filed Friday allege` and `according to the criminal complaint` are one origin',
    () => {
      const d = tell([
        ...head,
        'Charges filed Friday allege that the driver was drunk.',
        'According to the criminal complaint, the driver fled on foot.',
      ]);
      expect(sourceOrigins(d)).toEqual(['criminal complaint']);
    },
  );
  // Dropped in stop 33 under the halves rule: its premise, charges read as a source (SOURCE_NOUN), moved half A's origins only (docs/origins.md).
  it.fails('control: charges with no complaint or indictment cited stay a source of their own', () => {
    const d = tell([...head, 'Charges filed Friday allege that the driver was drunk.']);
    expect(sourceOrigins(d)).toEqual(['Charges']);
  });
});

describe('h-who10 rules: a verb of saying is no source after a noun read as a cue (verb-no-source)', () => {
  it('pair: a headline `..., report says` is said by the report', () => {
    expect(said('Pier closed after storm, report says')).toEqual(['report | Pier closed after storm']);
  });
  it('pair: `..., report finds` takes no verb for its source', () => {
    expect(said('Pier closed after storm, report finds')).toEqual([]);
  });
  it('control: `..., reports said` and `..., the mayor says` as before', () => {
    expect(said('The pier closed, reports said.')).toEqual(['reports | The pier closed']);
    expect(said('Pier closed after storm, the mayor says')).toEqual(['the mayor | Pier closed after storm']);
  });
});
