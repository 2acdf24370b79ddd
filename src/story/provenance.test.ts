import { describe, expect, it } from 'vitest';
import { corpus, describeShared } from '../../test/shared.js';
import { analyzeTexts, loadDocuments } from '../analyze.js';
import { processText } from '../pipeline/document.js';
import {
  copyGroups,
  isNameLike,
  originsOf,
  outletLabel,
  provenanceGraph,
  storyOrigins,
  storyRoles,
  traceProvenance,
} from './provenance.js';

const doc = (text: string, outlet: string) =>
  processText(text, { kind: 'record', location: outlet }, { known: { outlet, language: 'en' } });

describe('provenanceGraph', () => {
  it('links outlets to the news organisations they relay and those to their sources, merging aliases', () => {
    const g = provenanceGraph([
      doc(
        'The mayor resigned on Friday, The Harbour Gazette reported, citing two council members.',
        'Coast Radio',
      ),
      doc('Council members told the HG that the mayor had resigned over the budget.', 'Marsh Weekly'),
      doc('The mayor resigned, according to a statement from the council.', 'Fen Post Online'),
    ]);
    const label = new Map(g.nodes.map((n) => [n.id, n.label]));
    const edges = g.edges.map((e) => `${label.get(e.from)} ${e.kind} ${label.get(e.to)}`).sort();
    expect(edges).toContain('Coast Radio relays Harbour Gazette');
    expect(edges).toContain('Harbour Gazette cites two council members');
    expect(edges).toContain('Marsh Weekly relays Harbour Gazette');
    expect(edges).not.toContain('Marsh Weekly relays HG'); // the acronym is the same newspaper
    expect(edges).toContain('Fen Post Online cites Council');
  });
  it('leaves pronouns and stray phrases out', () => {
    const g = provenanceGraph([
      doc('It was late, he said. With experts in the room, the plan was discussed, she added.', 'X'),
    ]);
    expect(g.nodes.map((n) => n.label)).toEqual(['X']);
  });
});

describe('source roles', () => {
  const roleOf = (texts: string[], label: RegExp): string | undefined => {
    const t = traceProvenance(texts.map((x, i) => doc(x, `Outlet ${i + 1}`)));
    const n = t.graph.nodes.find((m) => label.test(m.label));
    return n && t.roles?.get(n.id)?.rule;
  };
  it('makes an analyst a commentator by the role the article gives, and a harbour master an origin', () => {
    const texts = [
      'The ferry docked at noon, harbour master Tomas Greer said. The deal will fail, said Mira Vell, an analyst at a consultancy in Brindle.',
    ];
    expect(roleOf(texts, /Vell/)).toBe('provenance:commentator-role');
    expect(roleOf(texts, /Greer/)).toBe('provenance:first-hand');
  });
  it("makes a think tank's fellow, a political scientist or a historian a commentator, and a think tank reporting its research an origin", () => {
    const texts = [
      'The deal will fail, said Mira Vell, a senior fellow at the Brindle Institute. The pier will hold, said Oren Tash, a political scientist.',
      'Talks are doomed, said Ada Quill, a historian of the port. A Fen think tank told the Herald the shells were made in 2021.',
    ];
    expect(roleOf(texts, /Vell/)).toBe('provenance:commentator-role');
    expect(roleOf(texts, /Tash/)).toBe('provenance:commentator-role');
    expect(roleOf(texts, /Quill/)).toBe('provenance:commentator-role');
    // Control: the think tank itself reports what it found.
    expect(roleOf(texts, /think tank/)).toBe('provenance:first-hand');
  });
  it('makes a consultant titled before the name a commentator, and a fire chief so titled an origin (control)', () => {
    const texts = [
      'Fire safety consultant Dana Whitlow said hotels built before 1990 often lacked sprinklers. The fire started in the kitchen, fire chief Anselm Greer said.',
    ];
    expect(roleOf(texts, /Whitlow/)).toBe('provenance:commentator-role');
    expect(roleOf(texts, /Greer/)).toBe('provenance:first-hand');
  });
  it('makes lawmakers commentators by their title or party (Rep., D-State), not officials', () => {
    const texts = [
      'The rule is a disgrace, said Rep. Anna Corvel, D-Wyn. The agency finalised the rule on Friday, said Oren Tash, a spokesman for the agency.',
    ];
    expect(roleOf(texts, /Corvel/)).toBe('provenance:commentator-role');
    expect(roleOf(texts, /Tash/)).toBe('provenance:first-hand');
  });
  it('makes a speaker cited only for views a commentator, and one cited for a fact an origin', () => {
    expect(roleOf(['Ola Brandt believes the mayor should resign.'], /Brandt/)).toBe(
      'provenance:commentator-view',
    );
    expect(roleOf(['Ola Brandt said the mayor resigned on Friday.'], /Brandt/)).toBe('provenance:first-hand');
  });
  // Dropped in stop 33 under the halves rule: what a loss means to someone as a view moved half A's commentators only (docs/origins.md).
  it.fails(
    'makes a speaker cited only for what a loss means to someone a commentator, and one telling the damage an origin',
    () => {
      const said = (what: string) => [`Lena Marsh, the county's heritage officer, says ${what}.`];
      expect(roleOf(said('the fire represents a big loss to the town'), /Marsh/)).toBe(
        'provenance:commentator-view',
      );
      expect(roleOf(said('the closure is a blow for the farmers'), /Marsh/)).toBe(
        'provenance:commentator-view',
      );
      // Controls: the damage told, and a loss a firm posted, are facts.
      expect(roleOf(said('the barn was a total loss'), /Marsh/)).toBe('provenance:first-hand');
      expect(roleOf(said('the dairy posted a loss for the year'), /Marsh/)).toBe('provenance:first-hand');
    },
  );
  it('makes a speaker calling for an inquiry and stating what must never be a commentator (a principle is a view)', () => {
    const said = (quote: string) => [
      `Ada Quill, the regional envoy, called for an inquiry into the shelling of Fenmoor. "${quote}," Quill said in a statement.`,
    ];
    expect(roleOf(said('Hospitals must never be a target'), /Quill/)).toBe('provenance:commentator-view');
    // Control: an envoy telling what was hit reports it.
    expect(roleOf(said('The hospital was hit twice'), /Quill/)).toBe('provenance:first-hand');
  });
  it('makes a speaker for an advocacy group a commentator, read through a second apposition', () => {
    const said = (what: string) => [`The rule is unlawful, said Mira Vell, a lawyer with Fenwatch, ${what}.`];
    expect(roleOf(said('an environmental group'), /Vell/)).toBe('provenance:commentator-role');
    expect(roleOf(said('a shipping firm'), /Vell/)).toBe('provenance:first-hand');
  });
  it('makes a speaker for an organisation named for a cause it defends a commentator, its acronym too', () => {
    const texts = [
      'The rule guts the law, said Mira Vell of the Fen Wildlife Coalition. The marsh will flood, said Oren Tash, a director at the Center for Marsh Diversity.',
      'The Fen Wildlife Coalition will sue, Mira Vell said. The rule is unlawful, said Ada Quill of the FWC.',
    ];
    expect(roleOf(texts, /Vell/)).toBe('provenance:commentator-advocacy');
    expect(roleOf(texts, /Tash/)).toBe('provenance:commentator-advocacy');
    expect(roleOf(texts, /Quill/)).toBe('provenance:commentator-advocacy');
    // Controls: a government body named for a cause, a council with no cause in its name.
    const controls = [
      'The marsh will flood, said Oren Tash of the Fen Environmental Protection Agency. The pier closed at noon, said Ada Quill of the Brindle Harbour Council.',
    ];
    expect(roleOf(controls, /Tash/)).toBe('provenance:first-hand');
    expect(roleOf(controls, /Quill/)).toBe('provenance:first-hand');
    // A sentence adverb after a comma goes on with the clause: no apposition of the name before it.
    const adverb = [
      'The Brindle Port Authority said the pier closed at noon. In a letter to the Brindle Port Authority, however, the Fen Wildlife Coalition noted that the pier was safe.',
    ];
    expect(roleOf(adverb, /Port Authority/)).toBe('provenance:first-hand');
  });
  it('makes a relative or friend cited for a reaction a commentator, and one who saw it happen an origin', () => {
    expect(roleOf(['"Justice was done today," said Ada Quill, daughter of the slain clerk.'], /Quill/)).toBe(
      'provenance:commentator-reaction',
    );
    expect(
      roleOf(['Ada Quill, daughter of the clerk, said she saw the van hit the gate at noon.'], /Quill/),
    ).toBe('provenance:first-hand');
  });
  it('makes a speaker cited only for sympathy or grief a commentator, and one who also reports a fact an origin', () => {
    const texts = [
      '“Our hearts and prayers are with the family,” said Oren Tash, who ran to help. A ferry firm spokesperson said this was a terrible tragedy. The ferry sank at noon, said Ada Quill.',
      '“Our thoughts go out to the crew,” Ada Quill said.',
    ];
    expect(roleOf(texts, /Tash/)).toBe('provenance:commentator-reaction');
    expect(roleOf(texts, /ferry firm/)).toBe('provenance:commentator-reaction');
    expect(roleOf(texts, /Quill/)).toBe('provenance:first-hand');
  });
  it('keeps commentators out of the origins and lists them apart', () => {
    const docs = [
      doc('The ferry docked at noon, harbour master Tomas Greer said.', 'Coast Radio'),
      doc('The deal will fail, said Mira Vell, an analyst at a consultancy.', 'Fen Post'),
    ];
    const t = traceProvenance(docs);
    const origins = storyOrigins(t, []).map((o) => o.label);
    expect(origins).toContain('harbour master Tomas Greer');
    expect(origins.some((o) => /Vell/.test(o))).toBe(false);
    expect(storyRoles(t).commentators.map((c) => c.label)).toEqual([
      'Mira Vell, an analyst at a consultancy',
    ]);
    const vell = t.graph.nodes.find((n) => /Vell/.test(n.label))!.id;
    expect(originsOf(t, docs[1]!.id, [vell])).toEqual([]);
  });
  it('leaves an audience (`told reporters`) out of the graph', () => {
    const g = provenanceGraph([
      doc('Harbour master Tomas Greer told reporters that the ferry had docked.', 'X'),
    ]);
    expect(g.nodes.map((n) => n.label)).not.toContain('reporters');
  });
  it('traces unnamed officials in a relayed report to the report, a named witness to herself', () => {
    const docs = [
      doc(
        'The dam cracked overnight, The Marsh Herald reported. Officials told the newspaper that repairs would take a week. Resident Ada Quill said she heard a bang at midnight.',
        'Coast Radio',
      ),
    ];
    const t = traceProvenance(docs);
    const id = (label: RegExp) => t.graph.nodes.find((n) => label.test(n.label))!.id;
    expect(originsOf(t, docs[0]!.id, [id(/^Officials$/)])).toEqual([id(/Marsh Herald/)]);
    expect(originsOf(t, docs[0]!.id, [id(/Ada Quill/)])).toEqual([id(/Ada Quill/)]);
  });
});

describe('labels are names', () => {
  it('refuses addresses, paths, slugs, clause fragments and cut-off phrases, and keeps names (control)', () => {
    for (const junk of [
      'http://www.fenland-herald.invalid/a',
      '/data/stories/3_1.txt',
      'lowmarsh-bridge-to-close',
      '',
      'group confirmed there were no dead or wounded',
      'UN refugee agency on Friday strongly',
      'Marsh Forest Service approves logging',
      'court his client is',
    ])
      expect(isNameLike(junk), junk).toBe(false);
    for (const name of [
      'Ada Quill',
      'harbour master Tomas Greer',
      "spokesperson for Brindle's port authority",
      'experts and an unidentified official',
      'Fenland Herald',
    ])
      expect(isNameLike(name), name).toBe(true);
  });
  it('names the organisation a compound adjective describes, never the adjective (control: a plain name)', () => {
    const labelsOf = (text: string) =>
      provenanceGraph([doc(text, 'Coast Radio')])
        .nodes.filter((n) => n.kind === 'source')
        .map((n) => n.label);
    const described = labelsOf(
      'A New Zealand-based shipping group Quill Freight Partners claimed last week a ferry was overloaded.',
    );
    expect(described).toEqual(['Quill Freight Partners']);
    expect(labelsOf('Quill Freight Partners claimed last week a ferry was overloaded.')).toEqual([
      'Quill Freight Partners',
    ]);
  });
  it('names an outlet node by outlet, else headline, never by file path', () => {
    const d = doc('The ferry docked at noon, harbour master Tomas Greer said.', 'Coast Radio');
    expect(outletLabel(d, 0)).toBe('Coast Radio');
    const bare = processText('The ferry docked at noon, harbour master Tomas Greer said.', {
      kind: 'file',
      location: '/data/stories/3_1.txt',
    });
    expect(outletLabel(bare, 2)).toBe('unknown outlet (article 3)');
    // A headline tells which article an unnamed outlet's node is, never standing as a name.
    const titled = processText(
      'Ferry docks at noon\n\nThe ferry docked at noon, harbour master Tomas Greer said.',
      {
        kind: 'file',
        location: '/data/stories/3_2.txt',
      },
    );
    expect(outletLabel(titled, 1)).toBe('unknown outlet (“Ferry docks at noon”)');
  });
  it('names a person with the role the article gives, and with the name alone when none (control)', () => {
    const g = provenanceGraph([
      doc(
        'The ferry docked at noon, said Tomas Greer, the harbour master of Brindle. Ada Quill said she saw it.',
        'Coast Radio',
      ),
    ]);
    const labels = g.nodes.map((n) => n.label);
    expect(labels).toContain('Tomas Greer, the harbour master of Brindle');
    expect(labels).toContain('Ada Quill');
  });
  it('names no role by a relative clause of saying, and one by a relative clause of a post (control)', () => {
    const labels = provenanceGraph([
      doc(
        'The pier closed at noon, said Ada Quill. Quill, who characterized the closure as a precaution, acknowledged that the ferry was late. The ferry sank, said Dale Ordo. Ordo, who directs the harbour agency, confirmed that two crew were missing.',
        'Coast Radio',
      ),
    ]).nodes.map((n) => n.label);
    expect(labels).toContain('Ada Quill');
    expect(labels).toContain('Dale Ordo, who directs the harbour agency');
  });
});

describe('one origin under several names', () => {
  it('gives `her report` to the person the article cited last, and to no one when none was cited (control)', () => {
    const t = traceProvenance([
      doc(
        'The marsh is drying, said Ada Quill, a student at Fen College. Her report notes that the dyke cost $10 million.',
        'Coast Radio',
      ),
      doc('Her report notes that the dyke cost $10 million.', 'Fen Post'),
    ]);
    const labels = t.graph.nodes.map((n) => n.label);
    expect(labels.some((l) => /report/i.test(l))).toBe(false);
    const quill = t.graph.nodes.find((n) => /Quill/.test(n.label))!;
    const sentences = t.sentenceSources.get(t.outletOf.keys().next().value!)!;
    expect([...sentences.values()].filter((ids) => ids.includes(quill.id))).toHaveLength(2);
  });
  it('makes speakers for one organisation one origin, and keeps other organisations apart (control)', () => {
    const t = traceProvenance([
      doc("A spokesperson for Brindle's coast guard said two crew were missing.", 'Coast Radio'),
      doc(
        "According to the deputy head of Brindle's Coast Guard Command (KSK), Ada Quill, the ferry sank at noon.",
        'Fen Post',
      ),
      doc("A spokesman for Brindle's harbour authority said the pier was closed.", 'Marsh Weekly'),
    ]);
    const origins = storyOrigins(t, []);
    const coast = origins.filter((o) => /coast guard/i.test(o.label));
    expect(coast).toHaveLength(1);
    expect(coast[0]!.documents).toHaveLength(2);
    expect(origins.filter((o) => /harbour authority/i.test(o.label))).toHaveLength(1);
  });
  it('makes an organisation, its officials, its spokesman and its statement one origin', () => {
    const t = traceProvenance([
      doc('The Brindle Port Authority said the pier was closed on Friday.', 'Coast Radio'),
      doc('Brindle Port Authority officials said the pier would stay closed.', 'Fen Post'),
      doc('Brindle Port Authority spokesman Ola Brandt said repairs had begun.', 'Marsh Weekly'),
      doc(
        'State officials said the road was open. The State Department said visas were issued.',
        'Lowmarsh Daily',
      ),
    ]);
    const origins = storyOrigins(t, []);
    const port = origins.filter((o) => /Port Authority/.test(o.label));
    expect(port).toHaveLength(1);
    expect(port[0]!.documents).toHaveLength(3);
    // Control: `State officials` are not the State Department's.
    const labels = t.graph.nodes.map((n) => n.label);
    expect(labels).toContain('State officials');
    expect(labels.some((l) => /State Department/.test(l))).toBe(true);
  });
  it('makes one person of a titled name the entity layer did not type and its short form', () => {
    const t = traceProvenance([
      doc('Lowmarsh Harbour Safety Director Ada Quill said the fire began at 3 a.m.', 'Coast Radio'),
      doc('Director Quill said no one was hurt.', 'Fen Post'),
      doc('Director Tomas Quill of the rail board said the line was shut.', 'Marsh Weekly'),
    ]);
    const quills = t.graph.nodes.filter((n) => n.kind === 'source' && /Quill/.test(n.label));
    // Two first names: two people, and the short form stays apart (control).
    expect(quills.length).toBe(3);
    const two = traceProvenance([
      doc('Lowmarsh Harbour Safety Director Ada Quill said the fire began at 3 a.m.', 'Coast Radio'),
      doc('Director Quill said no one was hurt.', 'Fen Post'),
    ]);
    expect(two.graph.nodes.filter((n) => n.kind === 'source' && /Quill/.test(n.label))).toHaveLength(1);
  });
  it('makes one person of a name with and without title, and two of two first names (control)', () => {
    const t = traceProvenance([
      doc('Judge Ada Quill said the sentence would stand.', 'Coast Radio'),
      doc('Quill said the sentence would stand, Judge Ada Quill of the county court said.', 'Fen Post'),
      doc('Tom Quill said he disagreed. Ben Quill said he agreed.', 'Marsh Weekly'),
    ]);
    const labels = t.graph.nodes.filter((n) => n.kind === 'source').map((n) => n.label);
    expect(labels.filter((l) => /Ada Quill/.test(l))).toHaveLength(1);
    expect(labels.some((l) => /Tom Quill/.test(l))).toBe(true);
    expect(labels.some((l) => /Ben Quill/.test(l))).toBe(true);
  });
});

describe('bare generic sources', () => {
  it('lists `officials` cited by one article as no origin of its own, and a named one (control)', () => {
    const t = traceProvenance([
      doc(
        'Officials said the pier was closed. Harbour master Tomas Greer said it would reopen.',
        'Coast Radio',
      ),
    ]);
    const labels = storyOrigins(t, []).map((o) => o.label);
    expect(labels).not.toContain('Officials');
    expect(labels).toContain('Harbour master Tomas Greer');
  });
});

describe('shared copy', () => {
  const wire =
    'The Brindle county council voted on Tuesday to close the old ferry terminal at the end of the month, ending a service that has run since the town was founded. Council leader Pia Marsh said the terminal had lost money for a decade and that repairs to the pier would cost more than the council could raise. Ferry workers will be offered jobs at the new bus depot, the council said in a statement.';
  it('groups articles that run one text (with a new lead) and keeps independent reports apart', () => {
    const docs = [
      doc(wire, 'Coast Radio'),
      doc(`Brindle loses its ferry. ${wire} Some residents plan a protest.`, 'Fen Post'),
      doc(
        'Residents of Brindle gathered at the pier on Wednesday after the vote to shut the terminal. "Repairs to the pier would cost more than the council could raise," the council leader told them, but many said they would fight the closure in court.',
        'Marsh Weekly',
      ),
    ];
    const groups = copyGroups(docs);
    expect(groups.get(docs[1]!.id)).toBe(docs[0]!.id);
    expect(groups.get(docs[2]!.id)).toBe(docs[2]!.id);
    const t = traceProvenance(docs);
    // What the copies do not attribute rests on one chain, not two.
    expect(originsOf(t, docs[1]!.id, [])).toEqual(originsOf(t, docs[0]!.id, []));
    expect(originsOf(t, docs[2]!.id, [])).not.toEqual(originsOf(t, docs[0]!.id, []));
    expect(storyRoles(t).relays.filter((r) => r.rule === 'provenance:shared-copy')).toHaveLength(1);
  });
});

describeShared('provenance on nk-assets (../shared)', () => {
  it('shows most outlets relaying the New York Times', () => {
    const { documents } = loadDocuments([corpus('nk-assets')]);
    const g = provenanceGraph(documents);
    const nyt = g.nodes.find((n) => /New York Times/.test(n.label) && n.kind === 'news-organization')!;
    expect(nyt).toBeDefined();
    const relaying = new Set(
      g.edges.filter((e) => e.to === nyt.id && e.kind === 'relays').map((e) => e.from),
    );
    expect(relaying.size).toBeGreaterThanOrEqual(4);
    expect(
      g.edges.some(
        (e) =>
          e.from === nyt.id &&
          e.kind === 'cites' &&
          /officials/i.test(g.nodes.find((n) => n.id === e.to)!.label),
      ),
    ).toBe(true);
  });
});

describe('one origin by news convention', () => {
  const origins = (texts: string[]) =>
    storyOrigins(traceProvenance(texts.map((x, i) => doc(x, `Outlet ${i + 1}`))), []).map((o) => o.label);
  it('makes police, investigators and a sergeant with a police role one origin: the force the story names', () => {
    const labels = origins([
      'Brindle Police said the driver fled. Investigators said the car was stolen.',
      'Police said the driver was arrested on Friday.',
      'Sgt. Ada Quill, a police spokeswoman, said the driver was 34.',
    ]);
    expect(labels.filter((l) => /police|investigators|Quill/i.test(l))).toEqual(['Brindle Police']);
    // Control: with two forces named, nothing is merged.
    const two = origins([
      'Brindle Police said the driver fled.',
      'Lowmarsh Police said the car was found in a field.',
      'Sgt. Ada Quill, a police spokeswoman, said the driver was 34.',
    ]);
    expect(two).toContain('Brindle Police');
    expect(two).toContain('Lowmarsh Police');
    expect(two.some((l) => /Quill/.test(l))).toBe(true);
  });
  it('makes `police in Brindle` the force of Brindle the story names', () => {
    const labels = origins([
      'Brindle Police said the driver was arrested on Friday.',
      'The car had been stolen the day before, police in Brindle said.',
    ]);
    expect(labels.filter((l) => /police/i.test(l))).toEqual(['Brindle Police']);
    // Control: police of another place are not merged into the force the story names.
    const other = origins([
      'Brindle Police said the driver was arrested on Friday.',
      'The car had been stolen the day before, police in Lowmarsh said.',
    ]);
    expect(other.filter((l) => /police/i.test(l))).toHaveLength(2);
  });
  it('makes `the judge` the one judge the story names, and leaves it apart with two (control)', () => {
    const one = origins([
      'Superior Court Judge Ada Quill said the sentence was final.',
      'The judge said the hearing would resume on Monday.',
    ]);
    expect(one.filter((l) => /judge/i.test(l))).toEqual(['Superior Court Judge Ada Quill']);
    const two = origins([
      'Superior Court Judge Ada Quill said the sentence was final.',
      'Appeals Judge Tomas Greer said the appeal would be heard.',
      'The judge said the hearing would resume on Monday.',
    ]);
    expect(two.filter((l) => /judge/i.test(l))).toHaveLength(3);
  });
  it('makes unnamed members of one body one origin, and keeps a named member apart (control)', () => {
    const labels = origins([
      'Two jurors said the deliberations were calm.',
      'Juror No. 8 said the panel would not back down.',
      'The nine jurors said they had voted for death.',
      'Ada Quill, a juror, said she had doubts.',
    ]);
    expect(labels.filter((l) => /juror/i.test(l) && !/Quill/.test(l))).toHaveLength(1);
    expect(labels.some((l) => /Quill/.test(l))).toBe(true);
  });
  it('makes a journalist named with her job at a broadcaster a person, one with her short form', () => {
    const labels = origins([
      '"The van never slowed," said Coast TV Managing Editor Ada Quill.',
      'Ada Quill, a managing editor at Coast TV, said she saw the van.',
    ]);
    expect(labels.filter((l) => /Quill/.test(l))).toHaveLength(1);
  });
});

describe('who cites whom', () => {
  it('gives a source named inside what another says to that speaker, not to the article', () => {
    const t = traceProvenance([
      doc('Analysts said the Quill report shows the pier is unsafe.', 'Coast Radio'),
    ]);
    const label = new Map(t.graph.nodes.map((n) => [n.id, n.label]));
    const edges = t.graph.edges.map((e) => `${label.get(e.from)} ${e.kind} ${label.get(e.to)}`);
    expect(edges).toContain('Analysts cites Quill report');
    expect(edges).not.toContain('Coast Radio cites Quill report');
    // Control: two sources side by side are both the article's.
    const u = traceProvenance([
      doc('The pier is unsafe, officials said. The council said it would close the pier.', 'Coast Radio'),
    ]);
    const names = new Map(u.graph.nodes.map((n) => [n.id, n.label]));
    expect(u.graph.edges.filter((e) => names.get(e.from) === 'Coast Radio')).toHaveLength(2);
  });
  it('reads a person named before a noun as no speaker, and a sentence adverb as no part of a name', () => {
    const d = doc(
      'Experts said the Quill verdict shows the law works. Ironically Tomas Greer said nothing had changed.',
      'X',
    );
    const labels = d.attributions.map((a) => a.sourceLabel);
    expect(labels).toContain('Quill verdict');
    const g = provenanceGraph([d]);
    expect(g.nodes.map((n) => n.label)).not.toContain('Ironically Tomas Greer');
  });
});

describe('who says it: one origin under several names, relays, commentators (issue 13)', () => {
  const read = (texts: string[]) => {
    const d = analyzeTexts(
      texts.map((text, i) => ({ text, location: `a${i + 1}.txt`, known: { outlet: `Outlet ${i + 1}` } })),
    );
    const p = d.provenance;
    const label = (id: string) => p.nodes.find((n) => n.id === id)?.label ?? id;
    return {
      origins: (p.origins ?? []).map((o) => o.label),
      commentators: (p.commentators ?? []).map((c) => c.label),
      relayed: (p.relays ?? []).flatMap((r) => r.of.map(label)),
    };
  };
  it('reads a wire dateline as the agency the outlet relays, not a bracket inside a sentence', () => {
    const s = read(['BRINDLE, May 9 (Pressline) - The pier closed on Friday.\n\nThe ferry was late.']);
    expect(s.relayed).toContain('Pressline');
    expect(s.origins).toContain('Pressline');
    // Control: a bracketed name inside a sentence is no dateline.
    expect(read(['The pier closed on Friday after the storm (Pressline) - and more.']).relayed).toEqual([]);
    // A news organisation credited at the end; control: a reporter credited is no agency.
    expect(
      read(['The pier closed on Friday.\n\nThe Coastal Press contributed to this report.']).relayed,
    ).toEqual(['Coastal Press']);
    expect(read(['The pier closed on Friday.\n\nAda Quill contributed to this report.']).relayed).toEqual([]);
  });
  it("makes `the Herald` the story's one news organisation ending in Herald, and two Heralds stay apart", () => {
    const one = read([
      'The pier closed, the Brindle Herald reported.',
      'The Herald has learned that the pier failed an inspection.',
    ]);
    expect(one.origins.filter((o) => /Herald/.test(o))).toEqual(['Brindle Herald']);
    const two = read([
      'The pier closed, the Brindle Herald reported. The ferry was late, the Marsh Herald reported.',
      'The Herald has learned that the pier failed an inspection.',
    ]);
    expect(two.origins.filter((o) => /Herald/.test(o)).sort()).toEqual([
      'Brindle Herald',
      'Herald',
      'Marsh Herald',
    ]);
  });
  it('makes a head or speaker named by the acronym or the name of an organisation one origin with it', () => {
    const s = read([
      'The Fen Safety Board (FSB) said it had received 12 reports. An FSB spokeswoman said no one was hurt.',
      'Norwell Appliances said it would recall the heaters. Norwell chief executive Ilse Brandt said every customer would be paid.',
      'Transport Minister Hanna Lauk said the trains would run. A spokeswoman for the Transport Ministry said buses were ready.',
    ]);
    expect(s.origins.filter((o) => /Safety Board|FSB/.test(o))).toHaveLength(1);
    expect(s.origins.filter((o) => /Norwell|Brandt/.test(o))).toHaveLength(1);
    expect(s.origins.filter((o) => /Transport|Lauk/.test(o))).toHaveLength(1);
    // Control: a head of another organisation stays apart.
    const c = read([
      'Norwell Appliances said it would recall the heaters. Corvex chief executive Ilse Brandt said prices would rise.',
    ]);
    expect(c.origins.filter((o) => /Norwell|Brandt|Corvex/.test(o))).toHaveLength(2);
  });
  it('reads an acronym one article gives in brackets after a name as that name in another article', () => {
    const s = read([
      'The Fen Bridge Safety Agency (KOR) said it had found 12 faults in the bridge.',
      'The deputy head of the KOR, Ada Vell, said the faults had been found on Monday.',
    ]);
    expect(s.origins.filter((o) => /Agency|KOR|Vell/.test(o))).toHaveLength(1);
    // Control: without the bracket, nothing says the acronym stands for that name.
    const c = read([
      'The Fen Bridge Safety Agency said it had found 12 faults in the bridge.',
      'The deputy head of the KOR, Ada Vell, said the faults had been found on Monday.',
    ]);
    expect(c.origins.filter((o) => /Agency|KOR|Vell/.test(o))).toHaveLength(2);
  });
  it("makes `its director` and `the league's president` speak for the organisation named before them", () => {
    const s = read([
      'The Fen Rights League said the vote was fair. “This is a good day,” said the league’s director, Omar Feld.',
      'The Harbour Victims Alliance, a campaign group, called for an inquiry. “It was preventable,” said its director, Mona Sledge.',
    ]);
    expect(s.origins.filter((o) => /Feld|Sledge/.test(o))).toEqual([]);
    expect(s.commentators.filter((c) => /Feld|Sledge/.test(c))).toEqual([]);
    // Control: a relative of a victim is no organisation's speaker.
    const c = read([
      'The Fen Rights League said the vote was fair. The victim’s mother, Ada Quill, said she saw the crash.',
    ]);
    expect(c.origins.some((o) => /Quill/.test(o))).toBe(true);
  });
  it('takes records as sources (`according to the indictment`), offices as their holder, and deputies as police', () => {
    const s = read([
      'According to the indictment, Redd took $240,000. District Attorney Paul Okafor said Redd would be tried. The district attorney’s office said it would seek a prison term.',
      'The Lowmarsh County Sheriff’s Office said four people died. Deputies with the county sheriff’s office said the driver survived.',
    ]);
    expect(s.origins.filter((o) => /attorney/i.test(o))).toHaveLength(1);
    expect(s.origins.filter((o) => /sheriff|deputies/i.test(o))).toHaveLength(1);
    // Control: documents named inside what someone says are no source of their own.
    expect(
      read(['Ada Redd said she had never seen the documents.']).origins.filter((o) => /documents/.test(o)),
    ).toEqual([]);
  });
  it('makes an academic asked about events, and congratulations, commentary; a university spokesman an origin', () => {
    const s = read([
      'The quake struck at 4 a.m., the ministry said. Seismologist Hugo Brandl of Orvel Technical University said the region was overdue for a quake.',
      'Neighbouring Castria congratulated Lanmark on her victory. Orvel Technical University spokesman Ian Pike said the campus was closed.',
    ]);
    expect(s.commentators.some((c) => /Brandl/.test(c))).toBe(true);
    expect(s.commentators.some((c) => /Castria/.test(c))).toBe(true);
    expect(s.origins.some((o) => /Pike|Orvel Technical University/.test(o))).toBe(true);
  });
  it('makes the fire service one origin as the police are: the department, its chief, fire officials', () => {
    const s = read([
      'A warehouse burned on Thursday, the Dunmore Fire Department said. Fire Chief Alan Reyes said the blaze started at 2 p.m.',
      'Fire officials said 600 homes were evacuated. Firefighters said the roof collapsed.',
    ]);
    expect(s.origins.filter((o) => /[Ff]ire|Reyes/.test(o))).toEqual(['Dunmore Fire Department']);
    // Control: with two departments named, nothing is merged.
    const two = read([
      'A warehouse burned, the Dunmore Fire Department said. The Kesterton Fire Department said it sent two trucks.',
    ]);
    expect(two.origins.filter((o) => /Fire Department/.test(o))).toHaveLength(2);
  });
  it('makes a researcher described by what they study a commentator, not an owner described by what they own', () => {
    const s = read([
      'Dr. Colin Marsh, who studies industrial safety at the Kesterton Institute, said such fires were common. Ada Quill, who owns the shop next door, said the fire started at noon.',
    ]);
    expect(s.commentators.some((c) => /Colin Marsh/.test(c))).toBe(true);
    expect(s.origins.some((o) => /Ada Quill/.test(o))).toBe(true);
  });
  it("reads a company's legal form and an outlet's `Online` as no part of the name; a union's organiser as the union", () => {
    const s = read([
      'Flights were cancelled, airport operator Kellan Airports Ltd said. A spokeswoman for the Transport Workers’ Union said 1,100 members joined. The union’s regional organiser, Dev Patel, said talks had failed.',
      'Kellan Airports said 200 flights were cancelled. Dev Patel told the Evening Standard that pay had fallen.',
    ]);
    expect(s.origins.filter((o) => /Kellan/.test(o))).toHaveLength(1);
    // The union, its spokeswoman and its organiser: one origin (the label keeps the words before
    // the apostrophe, `Transport Workers`).
    expect(s.origins.filter((o) => /Union|Patel|Transport Workers/.test(o))).toHaveLength(1);
    // Control: two companies sharing a first word stay apart.
    const c = read(['Kellan Airports Ltd said flights were cancelled. Kellan Buses Ltd said buses ran.']);
    expect(c.origins.filter((o) => /Kellan/.test(o))).toHaveLength(2);
  });
  it('makes opposition politicians and business lobbies commentators, a minister an origin', () => {
    const s = read([
      'Opposition transport spokesman Mark Ellery said the government had lost control. “This hurts everyone,” said Leo Grant, chief executive of the Kellan Chamber of Commerce. Transport Minister Ada Quill said 200 flights were cancelled.',
    ]);
    expect(s.commentators.filter((c) => /Ellery|Grant/.test(c))).toHaveLength(2);
    expect(s.origins.some((o) => /Quill/.test(o))).toBe(true);
  });
  it('reads `as first reported by the Fen Herald` as relaying the Herald', () => {
    expect(read(['A nurse was jailed for four years, as first reported by the Fen Herald.']).relayed).toEqual(
      ['Fen Herald'],
    );
    // Control: an outlet's own report relays no one.
    expect(read(['A nurse was jailed for four years on Friday.']).relayed).toEqual([]);
  });
  it("reads `the country's disaster agency` as the country's one such agency, a speaker for it no host", () => {
    const s = read([
      'Floods killed 58 people, the country’s disaster management agency said. The National Disaster Management Agency said 12,000 people were moved.',
      'A spokesman for the disaster management agency said 14 people were missing.',
    ]);
    expect(s.origins.filter((o) => /[Dd]isaster/.test(o))).toEqual(['National Disaster Management Agency']);
    // Control: another agency stays apart.
    const c = read([
      'Floods killed 58 people, the country’s disaster management agency said. The National Water Agency said the river was falling.',
    ]);
    expect(c.origins.filter((o) => /[Aa]gency/.test(o))).toHaveLength(2);
  });
  it('reads `state media reported` as a news organisation the outlet relays, not social media', () => {
    expect(read(['The death toll rose to 58, state media reported on Sunday.']).relayed).toEqual([
      'state media',
    ]);
    expect(read(['The death toll rose to 58, social media reported on Sunday.']).relayed).toEqual([]);
  });
  it('traces people familiar with the matter to the news organisation they told', () => {
    const s = read([
      'Two people familiar with the matter told Bloomberg News that the attackers stayed six weeks.',
    ]);
    expect(s.relayed).toEqual(['Bloomberg News']);
    expect(s.origins).toContain('Bloomberg News');
    // Control: people in the street are no one's unnamed sources.
    expect(read(['People in the street said the attackers stayed six weeks.']).relayed).toEqual([]);
  });
  it('makes a consultant in a field a commentator, a chief technology officer the company, and `the company confirmed` no role', () => {
    const s = read([
      'Hackers stole card numbers of 2 million customers of retailer Velta Stores, the company confirmed. Velta Stores said it had hired investigators. Velta chief technology officer Rosa Klein said the breach was found on March 3. “Retailers keep making mistakes,” said Omar Haddad, a cybersecurity consultant. A consultant hired by the city, Ada Quill, said the bridge was unsafe.',
    ]);
    expect(s.origins.filter((o) => /Velta|Klein/.test(o))).toEqual(['Velta Stores']);
    expect(s.commentators.some((c) => /Haddad/.test(c))).toBe(true);
    // Control: a consultant hired for the events is a party to them.
    expect(s.origins.some((o) => /Quill/.test(o))).toBe(true);
  });
  it("makes `the city's police department` host the police when no force is named", () => {
    const s = read([
      'Two people were killed at a mall, according to the city’s police department. Police Chief Maria Ortega said four others were hurt.',
    ]);
    expect(s.origins.filter((o) => /[Pp]olice|Ortega/.test(o))).toHaveLength(1);
    // Control: a hospital's spokesman stays apart.
    const c = read([
      'Two people were killed, according to the city’s police department. A spokesman for Brookfield General Hospital said two were critical.',
    ]);
    expect(c.origins.filter((o) => /[Pp]olice|Hospital/.test(o))).toHaveLength(2);
  });
  it('makes a cause group (gun-safety group) and one who has written about the subject commentators', () => {
    const s = read([
      'Gun-safety group Safer Streets said the shooting showed the need for laws. Dr. Sam Whitfield, who has written extensively about shootings, said attackers showed warning signs. Ken Adeyemi, who has worked at the mall for years, said he heard ten shots.',
    ]);
    expect(s.commentators.filter((c) => /Safer Streets|Whitfield/.test(c))).toHaveLength(2);
    // Control: one who has worked there is a witness.
    expect(s.origins.some((o) => /Adeyemi/.test(o))).toBe(true);
  });
  it('keeps a clause out of a label: `According to the Centre (NSC), the quake measured 6.2`', () => {
    const s = read([
      'According to the National Seismology Centre (NSC), the quake measured 6.2. The centre said aftershocks were likely.',
    ]);
    expect(s.origins.filter((o) => /Seismology/.test(o))).toEqual(['National Seismology Centre']);
    // Control: a role set off after a name stays in the label.
    expect(read(['The pier closed, said Ada Quill, a harbour master.']).origins).toContain(
      'Ada Quill, a harbour master',
    );
  });
});

describe('stop 21: `the source said` after the source an article described', () => {
  const labels = (...docs: Array<[string, string]>): string[] =>
    provenanceGraph(docs.map(([text, outlet]) => doc(text, outlet)))
      .nodes.filter((n) => n.kind === 'source')
      .map((n) => n.label)
      .sort();
  it('is that source in one article; in another article it stays its own', () => {
    const one = labels([
      'Armed robbers stole jewellery from the Halde store on Wednesday, a source close to the investigation said. Four men took part in the robbery, the source said.',
      'Fen Wire',
    ]);
    expect(one.filter((l) => /source/.test(l))).toEqual(['source close to the investigation']);
    // Control: another article's bare source is another source.
    const two = labels(
      [
        'Armed robbers stole jewellery from the Halde store on Wednesday, a source close to the investigation said.',
        'Fen Wire',
      ],
      ['Four men took part in the robbery at the Halde store on Wednesday, the source said.', 'Marsh Post'],
    );
    expect(two.filter((l) => /source/.test(l))).toHaveLength(2);
  });
});

describe('stop 21: one person whose name two articles spell two ways', () => {
  const people = (...docs: Array<[string, string]>): string[] =>
    provenanceGraph(docs.map(([text, outlet]) => doc(text, outlet)))
      .nodes.filter((n) => n.kind === 'source' && /Rosa/.test(n.label))
      .map((n) => n.label);
  it('is one origin; two spellings in one article are two people (control)', () => {
    expect(
      people(
        ['City manager Rosa Lindqvist said the striker was exactly the player the club needed.', 'Fen Wire'],
        ['Manager Rosa Lindquist said the striker would make his debut on Saturday.', 'Marsh Post'],
      ),
    ).toHaveLength(1);
    expect(
      people([
        'City manager Rosa Lindqvist said the striker was the player the club needed. Her assistant Rosa Lindquist said he would play on Saturday.',
        'Fen Wire',
      ]),
    ).toHaveLength(2);
  });
});

/** A story's origins, commentators (`label (rule)`) and relays, by label. */
const readRoles = (articles: Array<{ text: string; outlet: string; title?: string }>) => {
  const p = analyzeTexts(
    articles.map((a, i) => ({
      text: a.text,
      location: `s${i + 1}.txt`,
      known: { outlet: a.outlet, ...(a.title ? { title: a.title } : {}) },
    })),
  ).provenance;
  return {
    origins: (p.origins ?? []).map((o) => o.label),
    commentators: (p.commentators ?? []).map((c) => `${c.label} (${c.rule})`),
    relays: (p.relays ?? []).map((r) => r.label),
  };
};

describe('stop 24 (h-origins): outsiders asked for comment, an armed service under its nouns', () => {
  const read = (texts: string[]) => readRoles(texts.map((text, i) => ({ text, outlet: `Outlet ${i + 1}` })));
  type Roles = ReturnType<typeof read>;
  /** Each name is among the commentators and not among the origins. */
  const commentatorsOnly = (s: Roles, names: readonly RegExp[]): void => {
    for (const name of names) {
      expect(
        s.commentators.some((c) => name.test(c)),
        String(name),
      ).toBe(true);
      expect(
        s.origins.some((o) => name.test(o)),
        String(name),
      ).toBe(false);
    }
  };
  /** Each name is among the origins. */
  const originsAll = (s: Roles, names: readonly RegExp[]): void => {
    for (const name of names)
      expect(
        s.origins.some((o) => name.test(o)),
        String(name),
      ).toBe(true);
  };
  it('makes a specialist, the author of a book and an observer of a field commentators', () => {
    const s = read([
      'Pirates seized the tanker Marla Star off Kessa on Sunday, the owner, Orvel Shipping, said. Ravi Tenn, a piracy specialist at the Sea Lanes Institute, said ransoms were rising. Jo Kett, author of a book on piracy, said crews were rarely harmed. Mara Sill, a longtime observer of the shipping industry, said insurers would raise premiums.',
    ]);
    commentatorsOnly(s, [/Tenn/, /Kett/, /Sill/]);
    // Control: the author of the story's own report, an observer sent to watch, a special envoy.
    const c = read([
      'The tanker Marla Star was hijacked off Kessa on Sunday. Ada Quill, the author of the inspection report, said the alarm had failed. Ilse Roth, an observer with the Fen Monitoring Mission, said the pirates boarded at dawn. Ivo Brask, a special envoy of the Castrian government, said talks had begun.',
    ]);
    originsAll(c, [/Quill/, /Roth/, /Brask/]);
  });
  it('makes `the navy`, `naval officials` one origin with the one navy the story names', () => {
    const s = read([
      'Pirates seized the tanker Marla Star off Kessa on Sunday, the Castrian Navy said. Naval officials said the warship Dunmore was shadowing it.',
      'The navy said on Monday that the tanker had anchored near Port Ulm.',
    ]);
    expect(s.origins.filter((o) => /[Nn]av/.test(o))).toEqual(['Castrian Navy']);
    // Control: two navies named stay apart, and the navy's nouns join neither.
    const two = read([
      'Pirates seized the tanker off Kessa, the Castrian Navy said. The Orvel Navy said it had sent a frigate. Naval officials said the crew was safe.',
    ]);
    expect(two.origins.filter((o) => /Navy/.test(o))).toHaveLength(2);
    // Control: the army of the same country is another service.
    const army = read([
      'Pirates seized the tanker off Kessa, the Castrian Navy said. Army officials said troops guarded the port.',
    ]);
    expect(army.origins.filter((o) => /Navy|Army/.test(o))).toHaveLength(2);
  });
  it('keeps `Police officials` opening a sentence the police (the service word is no place; it was so before)', () => {
    const s = read([
      'A gunman shot two people at the Halde mall on Friday, Brindle Police said. Police officials said the gunman was arrested.',
    ]);
    expect(s.origins.filter((o) => /[Pp]olice/.test(o))).toEqual(['Brindle Police']);
    // A former member speaks for himself: not merged into the force, a commentator.
    const r = read([
      'A gunman shot two people at the Halde mall on Friday, Brindle Police said. Retired police chief Hugo Senn said the force had too few officers.',
    ]);
    expect(r.commentators.some((c) => /Senn/.test(c))).toBe(true);
    // Control: officers of another place stay apart.
    const c = read([
      'A gunman shot two people at the Halde mall on Friday, Brindle Police said. Marsh officers said they had joined the search.',
    ]);
    expect(c.origins.filter((o) => /Police|officers/.test(o))).toHaveLength(2);
  });
  it('makes what is cited from an op-ed or a column, and one who has no role in the case, commentary', () => {
    const s = read([
      'Pirates seized the tanker Marla Star off Kessa on Sunday, the Castrian Navy said. In an op-ed for the Marsh Tribune, Lena Vogt wrote that the government had ignored the danger. Otto Brenn wrote in his column on Monday that insurers were to blame. Paul Dresk, who has no role in the investigation, said the crew had been unlucky.',
    ]);
    commentatorsOnly(s, [/Vogt/, /Brenn/, /Dresk/]);
    // Control: a statement, a column of trucks, a key role in the rescue.
    const c = read([
      'Pirates seized the tanker Marla Star off Kessa on Sunday. In a statement, Lena Vogt said the crew of 22 was safe. Otto Brenn, who drove in a column of trucks to the port, said the road was blocked. Paul Dresk, who played a key role in the rescue, said two sailors were hurt.',
    ]);
    originsAll(c, [/Vogt/, /Brenn/, /Dresk/]);
  });
  it("makes the head of a body's unit (`head of the SWB's reporting centre`) one origin with the body", () => {
    const s = read([
      'Pirates seized the tanker Marla Star on Sunday, the Sea Watch Bureau (SWB) said.',
      "Noor Tahl, head of the SWB's piracy reporting centre in Port Ulm, said it was the 40th attack this year.",
    ]);
    expect(s.origins.filter((o) => /Sea Watch|SWB|Tahl/.test(o))).toEqual(['Sea Watch Bureau']);
    const who = read([
      'Pirates seized the tanker Marla Star on Sunday, the Sea Watch Bureau said.',
      "Noor Tahl, who heads the Sea Watch Bureau's reporting centre in Port Ulm, said it was the 40th attack.",
    ]);
    expect(who.origins.filter((o) => /Sea Watch|Tahl/.test(o))).toEqual(['Sea Watch Bureau']);
    // Control: the head of another body's unit stays apart.
    const c = read([
      'Pirates seized the tanker Marla Star on Sunday, the Sea Watch Bureau said.',
      "Ilse Roth, director of the Marsh Institute's ocean programme, said attacks had doubled.",
    ]);
    expect(c.origins.filter((o) => /Sea Watch|Roth/.test(o))).toHaveLength(2);
    const d = read([
      'Pirates seized the tanker Marla Star on Sunday, the Sea Watch Bureau said.',
      "Ilse Roth, who heads the Marsh Institute's ocean programme, said attacks had doubled.",
    ]);
    expect(d.origins.filter((o) => /Sea Watch|Roth/.test(o))).toHaveLength(2);
  });
});

describe('stop 24 (main): a piece of opinion comments; a record seen by an outlet is its own reporting', () => {
  const read = readRoles;
  const wire = {
    text: 'The mayor of Lowmarsh, Ada Quill, resigned on Monday, the council said.',
    outlet: 'Fen Wire',
  };
  it('makes an outlet whose article is an opinion piece a commentator, not an origin', () => {
    const s = read([
      wire,
      {
        text: 'The resignation of Ada Quill will not fix what is wrong in Lowmarsh. The council should have acted a year ago.',
        outlet: 'Harbour Notes',
        title: 'Opinion: Lowmarsh deserves better',
      },
    ]);
    expect(s.origins).not.toContain('Harbour Notes');
    expect(s.commentators).toContain('Harbour Notes (provenance:opinion-piece)');
    // Control: the same article under a news headline is the outlet's own report.
    const news = read([
      wire,
      {
        text: 'Ada Quill resigned as mayor of Lowmarsh on Monday.',
        outlet: 'Harbour Notes',
        title: 'Lowmarsh mayor quits',
      },
    ]);
    expect(news.origins).toContain('Harbour Notes');
  });
  it('reads `a court filing seen by the Tribune` as the record, and the Tribune as reporting it itself', () => {
    const s = read([
      wire,
      {
        text: 'Ada Quill resigned as mayor on Monday. The council had examined her expenses for a year, according to a court filing seen by the Fen Tribune.',
        outlet: 'Fen Tribune',
      },
    ]);
    expect(s.origins).toContain('Fen Tribune');
    expect(s.origins.some((o) => /Tribune/.test(o) && o !== 'Fen Tribune')).toBe(false);
    expect(s.relays).not.toContain('Fen Tribune');
    // Control: a record published by a body speaks for its author.
    const by = read([
      wire,
      {
        text: 'Ada Quill resigned as mayor on Monday. Her expenses rose by a third in a year, according to official figures published by the Lowmarsh Audit Office.',
        outlet: 'Fen Tribune',
      },
    ]);
    expect(by.origins).toContain('Lowmarsh Audit Office');
  });
});

describe('stop 25 (h-origins): a surname alone after a titled name', () => {
  const docsOf = (articles: string[], name: RegExp): number => {
    const p = analyzeTexts(
      articles.map((text, i) => ({ text, location: `s${i + 1}.txt`, known: { outlet: `Outlet ${i + 1}` } })),
    ).provenance;
    return (p.origins ?? []).filter((o) => name.test(o.label)).flatMap((o) => o.documents).length;
  };
  it('gives `Brenner said` to the one titled person of that surname, whatever the entity layer typed the titled name as', () => {
    // `Lowmarsh County Attorney Paul Brenner` is read as one run of capitals: the surname in the
    // second article speaks for him (before, it was dropped and that article rested on its outlet).
    expect(
      docsOf(
        [
          'Lowmarsh County Attorney Paul Brenner said the driver had been drinking. Brenner said charges would follow.',
          'Brenner said the driver was held in the Lowmarsh jail.',
        ],
        /Brenner/,
      ),
    ).toBe(2);
    // Control: two people of that surname, and `Brenner said` is neither's.
    expect(
      docsOf(
        [
          'Lowmarsh County Attorney Paul Brenner said the driver had been drinking. Ada Brenner, a neighbour, said she heard the crash.',
          'Brenner said the driver was held in the Lowmarsh jail.',
        ],
        /Brenner/,
      ),
    ).toBe(2);
  });
});

describe('stop 25 (h-origins): `the station` after a broadcaster', () => {
  const sentencesCiting = (text: string, label: RegExp): number => {
    const t = traceProvenance([doc(text, 'Fen Post')]);
    const n = t.graph.nodes.find((m) => label.test(m.label));
    const bySentence = [...t.sentenceSources.values()][0];
    return n && bySentence ? [...bySentence.values()].filter((ids) => ids.includes(n.id)).length : 0;
  };
  it('reads `the station said` as the broadcaster the article named before, as `the newspaper said` is', () => {
    expect(
      sentencesCiting(
        'A cyclist was killed in Lowmarsh on Friday, Coast TV reported. The station said the driver fled on foot.',
        /Coast TV/,
      ),
    ).toBe(2);
    // Control: with no news organisation named before, `the station` is no one.
    const t = traceProvenance([
      doc(
        'A cyclist was killed in Lowmarsh on Friday. The station said the driver fled on foot.',
        'Fen Post',
      ),
    ]);
    expect(t.graph.nodes.map((n) => n.label)).toEqual(['Fen Post']);
  });
});

describe('stop 25 (h-origins): `the secretary`, `the clerk` after a titled name', () => {
  /** The label of the node each sentence of one article cites. */
  const cited = (text: string): string[] => {
    const t = traceProvenance([doc(text, 'Fen Post')]);
    const bySentence = [...t.sentenceSources.values()][0]!;
    return [...bySentence.values()].flatMap((ids) => ids.map((id) => t.nodeById.get(id)!.label));
  };
  it('makes `the secretary said` the one secretary the story names, as `the judge said` is', () => {
    expect(
      cited(
        'Harbour Secretary Ada Quill said the pier would close on Monday. The secretary said repairs would take a month.',
      ),
    ).toEqual(['Harbour Secretary Ada Quill', 'Harbour Secretary Ada Quill']);
    expect(
      cited('Town Clerk Ivo Brask said the vote was delayed. The clerk said ballots had not arrived.'),
    ).toEqual(['Town Clerk Ivo Brask', 'Town Clerk Ivo Brask']);
    // Control: two secretaries, and `the secretary` is neither.
    expect(
      cited(
        'Harbour Secretary Ada Quill said the pier would close. Transport Secretary Ivo Brask said ferries would run. The secretary said repairs would take a month.',
      ),
    ).toEqual(['Harbour Secretary Ada Quill', 'Transport Secretary Ivo Brask', 'secretary']);
  });
});

describe('stop 25 (h-origins): a clause about the people tied to a speaker', () => {
  it('gives no role to `Quill, whose critics say ...`: the critics are others', () => {
    const s = readRoles([
      {
        text: 'Mayor Ada Quill said the pier would close on Monday. Quill, whose critics say the plan was rushed, said repairs would take a month.',
        outlet: 'Fen Post',
      },
    ]);
    expect(s.origins).toContain('Mayor Ada Quill');
    // Control: an apposition that says who the speaker is still gives the role.
    const c = readRoles([
      {
        text: 'The pier will close on Monday, the harbour board said. Ivo Brask, a critic of the plan, said repairs would take a year.',
        outlet: 'Fen Post',
      },
    ]);
    expect(c.commentators.some((x) => /Brask/.test(x))).toBe(true);
  });
});

describe('h-orig: information says no more of who gave it than `officials` do', () => {
  it('traces `according to intelligence information` to the report the article relays', () => {
    const s = readRoles([
      {
        text: 'According to Castrian intelligence information, the two ports trade fuel for shells. Lorsk released $4 million in frozen funds, the Fen Herald reported. The money was held at a Lorsk bank, the newspaper said.',
        outlet: 'Marsh Post',
      },
    ]);
    expect(s.origins.filter((o) => /information/.test(o))).toEqual([]);
    expect(s.origins).toContain('Fen Herald');
    // Control: a source that says who it is stays an origin of its own beside the report.
    const c = readRoles([
      {
        text: 'According to the Castrian interior ministry, the two ports trade fuel for shells. Lorsk released $4 million in frozen funds, the Fen Herald reported. The money was held at a Lorsk bank, the newspaper said.',
        outlet: 'Marsh Post',
      },
    ]);
    expect(c.origins.some((o) => /ministry/i.test(o))).toBe(true);
  });
});
describe('h-orig: a department under its head', () => {
  it('makes `Harbour Secretary Ada Quill` one origin with the Harbour Department', () => {
    const s = readRoles([
      {
        text: 'The north pier closed on Monday, the Harbour Department said. Harbour Secretary Ada Quill said the pier would stay shut for a month.',
        outlet: 'Fen Post',
      },
      {
        text: 'Secretary of the Harbour Ada Quill said repairs would cost $2 million. The Transport Department said ferries would run to Lorsk.',
        outlet: 'Marsh Wire',
      },
    ]);
    expect(s.origins.filter((o) => /Harbour|Quill/.test(o))).toEqual(['Harbour Department']);
    // Control: another field's department stays apart.
    expect(s.origins).toContain('Transport Department');
    // Control: a former head speaks for herself.
    const c = readRoles([
      {
        text: 'The north pier closed on Monday, the Harbour Department said. Former Harbour Secretary Ada Quill said the pier had been neglected for years.',
        outlet: 'Fen Post',
      },
    ]);
    expect([...c.origins, ...c.commentators].filter((o) => /Harbour|Quill/.test(o))).toHaveLength(2);
  });
});
describe('h-orig: a plural noun in -es after a capital is no verb', () => {
  it('keeps `Defense witnesses`, `Bay Area agencies` as names, `Forest Service approves` not', () => {
    expect(isNameLike('Defense witnesses')).toBe(true);
    expect(isNameLike('Bay Area agencies')).toBe(true);
    // Control: a name, then a verb in -es or -ed, is a clause.
    expect(isNameLike('Forest Service approves')).toBe(false);
    expect(isNameLike('Harbour Agency dropped')).toBe(false);
  });
});

describe('stop 27: a company by its short name and its kind; an audience told something', () => {
  it('makes `Velo said` and `the company said` the story’s Velo Inc in every article that says so', () => {
    const velo = (second: string) =>
      analyzeTexts(
        [
          'Velo Inc on Tuesday unveiled the Aria phone, which will cost $799, Velo Wire reported.',
          second,
        ].map((text, i) => ({ text, location: `s${i + 1}.txt`, known: { outlet: `Outlet ${i + 1}` } })),
      ).provenance.origins?.find((o) => o.label === 'Velo Inc')?.documents.length;
    // `Velo` beside `Velo Inc` and `Velo Wire`: the company with only its legal suffix.
    expect(velo('The Aria phone will cost $799, Velo said on Tuesday.')).toBe(2);
    // `the company` after it: the organisation the article cited last.
    expect(
      velo('The Aria phone will cost $799, Velo Inc said. It goes on sale on Sept. 21, the company said.'),
    ).toBe(2);
    // Control: a short name two organisations share, neither with only a legal suffix
    // (`Velo Labs`, `Velo Wire`), names neither.
    const c = analyzeTexts(
      [
        'Velo Labs said the phone would cost $799. Velo Wire said the launch was on Tuesday.',
        'The phone will cost $799, Velo said.',
      ].map((text, i) => ({ text, location: `s${i + 1}.txt`, known: { outlet: `Outlet ${i + 1}` } })),
    ).provenance.origins?.find((o) => o.label === 'Velo Labs')?.documents.length;
    expect(c).toBe(1);
  });
  it('makes `the company said` the one organisation the article names when none was cited before', () => {
    const s = readRoles([
      {
        text: 'Velo Inc will cut 500 jobs, the company said on Monday. The cuts come in March.',
        outlet: 'Fen Post',
      },
    ]);
    expect(s.origins).toContain('Velo Inc');
    // Control: two organisations named, `the company` names neither.
    const c = readRoles([
      {
        text: 'Velo Inc will cut 500 jobs. Orlin Labs will hire 200 people, the company said on Monday.',
        outlet: 'Fen Post',
      },
    ]);
    expect(c.origins.some((o) => /Velo|Orlin/.test(o))).toBe(false);
  });
  it('reads an audience told something (`told a packed hall in Orlin`) as passing nothing on', () => {
    const s = readRoles([
      {
        text: 'Chief executive Tom Vale told a packed hall in Orlin that the Aria was "the best phone we have ever made."',
        outlet: 'Fen Post',
      },
    ]);
    expect(s.origins.some((o) => /hall/.test(o))).toBe(false);
    expect(s.relays.some((o) => /hall/.test(o))).toBe(false);
    // Control: a newspaper told something is its own reporting.
    const c = readRoles([
      { text: 'Tom Vale told the Orlin Gazette that the Aria was the best phone.', outlet: 'Fen Post' },
    ]);
    expect(c.origins.some((o) => /Gazette/.test(o))).toBe(true);
  });
});

describe('h-who: an executive speaking for the company is one origin with it', () => {
  const origins = (a: string, b: string) =>
    readRoles([
      { text: a, outlet: 'Fen Post' },
      { text: b, outlet: 'Marsh Weekly' },
    ]).origins.filter((o) => !/Fen Post|Marsh Weekly/.test(o));
  it('makes `Orlin chief executive Ann Ruiz` and `Orlin said in a statement` one origin', () => {
    expect(
      origins(
        'Orlin chief executive Ann Ruiz said the plant would close in May.',
        'The plant will close in May, Orlin said in a statement.',
      ),
    ).toEqual(['Orlin']);
    // The same with the title in an apposition, possessive or with `of`.
    expect(
      origins(
        "Ann Ruiz, Orlin's chief executive, said the plant would close in May.",
        'The plant will close in May, Orlin said in a statement.',
      ),
    ).toEqual(['Orlin']);
    expect(
      origins(
        'Ann Ruiz, chief executive of Orlin Labs, said the plant would close in May.',
        'The plant will close in May, Orlin Labs said in a statement.',
      ),
    ).toEqual(['Orlin Labs']);
    // Control: a word the story gives no head is no organisation (`Velmar said` names no one).
    expect(
      origins(
        'Orlin chief executive Ann Ruiz said the plant would close in May.',
        'The plant will close in May, Velmar said in a statement.',
      ),
    ).toEqual(['Orlin chief executive Ann Ruiz']);
    // Control: the head of another company stays apart.
    expect(
      origins(
        'Ann Ruiz, chief executive of Velo Inc, said the plant would close in May.',
        'The plant will close in May, Orlin Labs said in a statement.',
      ).length,
    ).toBe(2);
  });
});

describe('h-who: a newspaper named by its place', () => {
  it('makes `reports in a Velmar newspaper` the story’s one news organisation named with Velmar', () => {
    const s = readRoles([
      {
        text: 'Velo Inc and Orlin Labs signed the deal, according to reports in a Velmar newspaper.',
        outlet: 'Fen Post',
      },
      { text: 'The deal was signed on Monday, the Velmar Gazette reported.', outlet: 'Marsh Weekly' },
    ]);
    expect(s.origins).toEqual(['Velmar Gazette']);
    // Control: a paper of another place is not it.
    const c = readRoles([
      {
        text: 'Velo Inc and Orlin Labs signed the deal, according to reports in a Velmar newspaper.',
        outlet: 'Fen Post',
      },
      { text: 'The deal was signed on Monday, the Fen Gazette reported.', outlet: 'Marsh Weekly' },
    ]);
    expect(c.origins).toContain('a Velmar newspaper');
  });
});

describe('h-who: a refusal to comment states nothing', () => {
  it('makes `declined to comment` no statement of the company in that article', () => {
    const docs = (second: string) =>
      analyzeTexts(
        [
          'The plant will close in May, Corvel Corp said.',
          `The plant had been fined in 2023, the Brindle Gazette reported. ${second}`,
        ].map((text, i) => ({ text, location: `s${i + 1}.txt`, known: { outlet: `Outlet ${i + 1}` } })),
      ).provenance.origins?.find((o) => o.label === 'Corvel Corp')?.documents.length;
    expect(docs('Corvel spokeswoman Lena Holt declined to comment on the report.')).toBe(1);
    expect(docs('Corvel spokeswoman Lena Holt refused to discuss the fine.')).toBe(1);
    // Control: what the spokeswoman says is the company's word.
    expect(docs('Corvel spokeswoman Lena Holt said the fine had been paid.')).toBe(2);
  });
});

describe('h-who: a person’s office speaks for the person', () => {
  it('makes `a statement from Quill’s office` the story’s one Quill', () => {
    const s = readRoles([
      {
        text: 'Floods killed 12 people in Velmar province, Governor Ada Quill said on Monday.',
        outlet: 'Fen Post',
      },
      {
        text: "Twelve people were killed, according to a statement from Quill's office.",
        outlet: 'Marsh Weekly',
      },
    ]);
    expect(s.origins.filter((o) => !/Fen Post|Marsh Weekly/.test(o))).toEqual(['Governor Ada Quill']);
    const docs = analyzeTexts(
      [
        'Floods killed 12 people in Velmar province, Governor Ada Quill said on Monday.',
        "Twelve people were killed, according to a statement from Quill's office.",
      ].map((text, i) => ({ text, location: `s${i + 1}.txt`, known: { outlet: `Outlet ${i + 1}` } })),
    ).provenance.origins?.find((o) => o.label === 'Governor Ada Quill')?.documents.length;
    expect(docs).toBe(2);
    // Control: an office that is an organisation's name stays that name.
    const c = readRoles([
      { text: "The plan was approved, the Velmar County Attorney's Office said.", outlet: 'Fen Post' },
    ]);
    expect(c.origins.some((o) => /Office/.test(o))).toBe(true);
  });
});

describe('h-who: two names joined by `and` in one source each say it', () => {
  it('makes `Velo Inc and Orlin Labs said in a joint statement` two origins', () => {
    const s = readRoles([
      {
        text: 'Velo Inc and Orlin Labs said in a joint statement on Monday that they would merge.',
        outlet: 'Fen Post',
      },
    ]);
    expect(s.origins.filter((o) => o !== 'Fen Post').sort()).toEqual(['Orlin Labs', 'Velo Inc']);
    // Control: one name holding `and` is one source.
    expect(
      readRoles([
        {
          text: 'The Fen Department of Health and Human Services said the water was safe.',
          outlet: 'Fen Post',
        },
      ]).origins.filter((o) => o !== 'Fen Post'),
    ).toEqual(['Fen Department of Health and Human Services']);
  });
});

describe('a pronoun told something is no node', () => {
  it('makes no node of `her` in `a witness told her that ...`, and one of the paper told (control)', () => {
    const d = analyzeTexts(
      [
        'Ada Quill said that a witness told her that the boy was unarmed.',
        'Ada Quill told the Velmar Gazette that the boy was unarmed.',
      ].map((t, i) => ({
        location: `${i}.txt`,
        text: `Shooting report ${i}\n\n${t}\n`,
        known: { language: 'en' },
      })),
    );
    const labels = d.provenance.nodes.map((n) => n.label);
    expect(labels).not.toContain('her');
    expect(labels.some((l) => /Gazette/.test(l))).toBe(true);
  });
});

describe('a role cut at an initial is no role', () => {
  it('labels `Ada Quill, a spokeswoman for the U. S. Marshals Service` by the name, not `... for the U`', () => {
    const t = (role: string) =>
      analyzeTexts(
        [1, 2].map((n) => ({
          location: `${n}.txt`,
          text: `Escape report ${n}\n\nThe inmate escaped on Friday, said Ada Quill, ${role}.\n`,
          known: { language: 'en' },
        })),
      ).provenance.nodes.map((x) => x.label);
    expect(t('a spokeswoman for the U. S. Marshals Service')).toContain('Ada Quill');
    // Control: a role read whole stays in the label.
    expect(t('a spokeswoman for the Marshals Service')).toContain(
      'Ada Quill, a spokeswoman for the Marshals Service',
    );
  });
});
