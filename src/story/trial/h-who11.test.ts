import { describe, expect, it } from 'vitest';
import { CLINIC } from './h-who11.fixture.js';
import {
  analyze,
  datedEntries,
  docNumber,
  entries,
  headlines,
  memberSources,
  notCitingOwn,
  repeatedClaims,
  said,
  tell,
} from './read.js';
import { isNameLike } from '../provenance.js';

// A fictional pop singer enters a treatment clinic (a gossip site breaking it from an anonymous
// source, a celebrity magazine her publicist speaks to, a wire relaying both and adding her record
// label, a copy of the wire, a paper relaying the site, the wire's update with the publicist's
// denial of one detail, an analysis with a fan site, a talk-show host and a doctor not involved),
// read as a demanding fact-checker reads who says what: one origin per independent first-hand
// source, relays as relays, commentators as commentators, speakers, cues and contents on the right
// side, and the denial tied to what it denies.
//
// The publicist and the record label are two origins: the publicist speaks for the singer, the
// label is a company speaking for itself (about its tour). Neither is independent of the singer,
// but no fact here rests on both, so keeping them apart counts no fact twice; merging them would
// hide that the tour's postponement is the label's word, not the singer's camp's.

const story = analyze(CLINIC);
const origins = story.provenance.origins ?? [];
const relays = story.provenance.relays ?? [];
const commentators = story.provenance.commentators ?? [];
const docs = (ids: readonly string[]): number[] =>
  ids.map((id) => docNumber(story, id)).sort((a, b) => a - b);
const labelOf = (id: string): string => story.provenance.nodes.find((n) => n.id === id)?.label ?? id;
/** The claim holding the member of document `n` that opens with `text`. */
const claimOf = (n: number, text: string) =>
  story.claims.find((c) => c.members.some((m) => docNumber(story, m.doc) === n && m.text.startsWith(text)));
const sourcesOf = (n: number, text: string): string[] => memberSources(story, n, text);
const PUBLICIST = /Pike|Pyke|represent|publicist/;

describe('the trial story of a singer in a clinic: origins', () => {
  it('has the gossip site, the publicist, the clinic and the record label as origins', () => {
    const labels = origins.map((o) => o.label);
    expect(labels).toContain('PopScoop');
    expect(labels).toContain('Willowmere Clinic');
    expect(labels.filter((l) => PUBLICIST.test(l))).toEqual(['her publicist, Jonah Pike']);
    // Before h-who11's `speaker-for-named-body`, the label was `spokeswoman for Brandt's record
    // label, Halcyon Records`.
    expect(labels.filter((l) => /Halcyon/.test(l))).toEqual(['Halcyon Records']);
  });
  // Before h-who11's `representative-named` (mergeRepresentatives in provenance.ts) the publicist
  // was three origins: `her representative` (2, 3, 4), `her publicist, Jonah Pike` and `a
  // representative for Celia Brandt` (keyed as the singer herself). Before `role-named-after-quote`
  // (attribute.ts) her quotation in the magazine was said by `her publicist` alone, no node.
  it('keeps the publicist one origin under her four names, in every article citing her', () => {
    const rep = origins.filter((o) => PUBLICIST.test(o.label));
    expect(rep.map((o) => docs(o.documents))).toEqual([[2, 3, 4, 6, 7]]);
    expect(sourcesOf(2, 'Singer Celia Brandt is seeking treatment')).toEqual(['her publicist, Jonah Pike']);
    expect(sourcesOf(2, '"Celia has voluntarily entered')).toEqual(['her publicist, Jonah Pike']);
    expect(sourcesOf(6, 'HARLOW BAY, June 12')).toEqual(['her publicist, Jonah Pike']);
  });
  it("keeps the record label one origin (its spokeswoman and its name), apart from the publicist's", () => {
    const label = origins.filter((o) => /Halcyon/.test(o.label));
    expect(label.map((o) => docs(o.documents))).toEqual([[3, 4, 5]]);
    expect(sourcesOf(5, 'Halcyon Records said')).toEqual([label[0]!.label]);
    expect(label[0]!.label).not.toMatch(PUBLICIST);
  });
  // Before h-who11's `institution-again` (provenance.ts) `The clinic confirmed in a statement`
  // had no source (the entity layer types the clinic as a place), and the wire's sentence rested
  // on the reports the wire relays.
  it('keeps the clinic one origin, named again by its noun in the wire', () => {
    expect(origins.filter((o) => /clinic/i.test(o.label)).map((o) => [o.label, docs(o.documents)])).toEqual([
      ['Willowmere Clinic', [2, 3]],
    ]);
    expect(sourcesOf(3, 'The clinic confirmed')).toEqual(['Willowmere Clinic']);
  });
  // Before h-who11's `close-to` (attribute.ts), `A source close to the singer told PopScoop`
  // was said by `the singer`.
  // Dropped in main under the halves rule: `close to` inside a speaker (TO_ADJECTIVE) moved PolNeAR
  // half A's source F1 only (docs/origins.md, stop 33).
  it.fails(
    "keeps the site's anonymous source the site's own: cited in its article only, never counted beside it",
    () => {
      const anonymous = origins.filter((o) => /source/i.test(o.label));
      expect(anonymous.map((o) => [o.label, docs(o.documents)])).toEqual([
        ['source close to the singer', [1]],
      ]);
      for (const c of story.claims) {
        const labels = c.origins.map(labelOf);
        expect(labels.includes('PopScoop') && labels.includes('source close to the singer'), c.text).toBe(
          false,
        );
      }
    },
  );
  it('counts no relay outlet as an origin', () => {
    expect(origins.filter((o) => /Meridian|Lantern|Coastline/.test(o.label))).toEqual([]);
  });
  it('never labels a node with a fragment, a clause, an address or a slug', () => {
    for (const n of story.provenance.nodes.filter((x) => !/^unknown outlet/.test(x.label))) {
      expect(isNameLike(n.label), n.label).toBe(true);
      expect(n.label, n.label).not.toMatch(/\b(?:said|told|denied|confirmed)\b|https?:|\.txt|\//);
    }
    expect(story.provenance.nodes.map((n) => n.label)).not.toContain('the singer');
  });
});

describe('the trial story of a singer in a clinic: relays', () => {
  // Before h-who11's `outlet-kind-named` (provenance.ts), `according to the celebrity news site
  // PopScoop` named no node; before `story-outlet-unread`, `according to PopScoop` named none
  // either (one word the entity layer did not read): the wire relayed the magazine only, and the
  // Coastline Herald, relaying nobody, was an origin of its own.
  it('reads the wire as relaying the magazine and the site, and the paper as relaying the site', () => {
    const wire = relays.find((r) => r.label === 'Meridian Press');
    expect(wire && [docs(wire.documents), wire.of.map(labelOf).sort(), wire.rule]).toEqual([
      [3, 6],
      ['PopScoop', 'Starline Weekly'],
      'provenance:relays-report',
    ]);
    const herald = relays.find((r) => r.label === 'The Coastline Herald');
    expect(herald && [docs(herald.documents), herald.of.map(labelOf)]).toEqual([[5], ['PopScoop']]);
  });
  it('reads the Lantern and the wire as one text resting on the wire', () => {
    const copy = relays.filter((r) => r.rule === 'provenance:shared-copy');
    expect(copy.map((r) => [docs(r.documents), r.of.map(labelOf)])).toEqual([[[3, 4], ['Meridian Press']]]);
  });
  it("rests the site's report on the site in every outlet passing it on", () => {
    for (const n of [3, 4])
      expect(sourcesOf(n, 'Brandt, 31, checked into the Willowmere Clinic'), `${n}`).toEqual(['PopScoop']);
    expect(sourcesOf(3, 'According to PopScoop')).toEqual(['PopScoop']);
    expect(sourcesOf(5, 'Celia Brandt checked into the Willowmere Clinic on June 10')).toEqual(['PopScoop']);
  });
  it("rests the site's report on one origin, the site, however many outlets relay it", () => {
    const site = claimOf(3, 'Brandt, 31, checked into the Willowmere Clinic')!;
    expect(site.origins.map(labelOf)).toEqual(['PopScoop']);
  });
});

describe('the trial story of a singer in a clinic: commentators', () => {
  // Before h-who11's `media-commentator` (provenance.ts), the talk-show host was an origin.
  it('reads the doctor not involved and the talk-show host as commentators, never origins', () => {
    expect(commentators.map((c) => [c.label.split(',')[0], docs(c.documents)]).sort()).toEqual([
      ['Dr. Helen Ashby', [7]],
      ['Talk-show host Ricky Dorne', [7]],
    ]);
    expect(origins.filter((o) => /Ashby|Dorne|BrandtNation/.test(o.label))).toEqual([]);
    for (const c of story.claims)
      expect(c.origins.map(labelOf).join(' '), c.text).not.toMatch(/Ashby|Dorne|BrandtNation/);
  });
});

describe('the trial story of a singer in a clinic: who says what', () => {
  // Dropped in main under the halves rule: `close to` inside a speaker (TO_ADJECTIVE) moved PolNeAR
  // half A's source F1 only (docs/origins.md, stop 33).
  it.fails('reads the speaker, the cue and the content on their sides', () => {
    expect(said(CLINIC[0]!.text.split('\n')[5]!)).toEqual([
      'A source close to the singer | Brandt, 31, entered the clinic on Sunday and plans to stay for 60 days',
    ]);
    expect(said(CLINIC[1]!.text.split('\n')[5]!)).toEqual([
      'her publicist, Jonah Pike | Celia has voluntarily entered a treatment facility to focus on her health',
    ]);
    expect(said(CLINIC[5]!.text.split('\n')[4]!)).toEqual([
      'A representative for Celia Brandt | the singer was being treated for alcohol abuse',
    ]);
    // Before h-who11's `apposition-circumstance`, the content opened with `on Monday that`.
    expect(said(CLINIC[6]!.text.split('\n')[5]!)).toEqual([
      'BrandtNation | fans were heartbroken but proud of her',
    ]);
  });
  // Before h-who11's `possessive-subject` (subjectBeforeComma), `Her publicist, Jonah Pyke,
  // declined to comment` was read as `Jonah Pyke | Her publicist`: the content on the wrong side.
  it("reads the publicist's refusal to comment with its speaker whole, and as no denial", () => {
    expect(said(CLINIC[4]!.text.split('\n')[6]!)).toEqual([
      'Her publicist, Jonah Pyke | to comment on the length of her stay',
    ]);
    const refusal = story.claims.flatMap((c) => c.members).filter((m) => m.text.startsWith('Her publicist'));
    for (const m of refusal) expect(m.certainty).not.toBe('denied');
  });
});

describe('the trial story of a singer in a clinic: certainty and the denial', () => {
  it("ties the publicist's denial to the site's `for alcohol abuse`, and marks that claim contested", () => {
    const denial = claimOf(6, 'HARLOW BAY, June 12')!;
    expect(denial.contested).toBe(true);
    const denied = denial.members.filter((m) => m.certainty === 'denied');
    expect(denied.map((m) => m.sources.map(labelOf))).toContainEqual(['her publicist, Jonah Pike']);
    expect(denial.members.some((m) => docNumber(story, m.doc) === 1 && /alcohol abuse/.test(m.text))).toBe(
      true,
    );
  });
  it("reads the copy's `reportedly` as hedged", () => {
    const hedged = story.claims
      .flatMap((c) => c.members)
      .filter((m) => docNumber(story, m.doc) === 4 && /reportedly/.test(m.text));
    expect(hedged.length).toBeGreaterThan(0);
    for (const m of hedged) expect(m.certainty).toBe('hedged');
  });
  // The claim stage joins the denial (`denied that the singer was being treated for alcohol
  // abuse`) to the claim that she entered a treatment facility too, which the publicist
  // confirmed: that claim is marked contested, though nobody denies she is in treatment.
  it.fails('leaves the claim that she entered treatment uncontested (the denial is of one detail)', () => {
    const entered = claimOf(2, 'Singer Celia Brandt is seeking treatment')!;
    expect(entered.members.filter((m) => m.certainty === 'denied')).toEqual([]);
    expect(entered.contested).not.toBe(true);
  });
  // The headlines carry no source: in the relaying articles they rest on every report the outlet
  // relays, so the label's tour claim also counts the magazine and the site as its origins.
  it.fails("rests the tour's postponement on the record label alone", () => {
    const tour = claimOf(3, "A spokeswoman for Brandt's record label")!;
    expect(tour.origins.map(labelOf).filter((l) => !/Halcyon/.test(l))).toEqual([]);
  });
});

describe('the trial story of a singer in a clinic: discrepancies', () => {
  it('reports her age, 31 against 32, and the publicist written Pike and Pyke', () => {
    expect(entries(story, 'age')).toEqual([['31 (1)', '31 (3)', '31 (4)', '32 (2)']]);
    expect(
      story.discrepancies.some((x) => x.kind === 'spelling' && /Jonah Pike \/ Jonah Pyke/.test(x.note)),
    ).toBe(true);
  });
  it('sets no look-alike against another: the 12 million records, the doctor’s 28 to 30 days, the three shows', () => {
    for (const kind of ['money', 'duration', 'update'])
      expect(
        story.discrepancies.filter((x) => x.kind === kind),
        kind,
      ).toEqual([]);
    expect(JSON.stringify(entries(story, 'count'))).not.toMatch(/million|three|28/);
  });
  // The wire's two datelines (June 11, June 12) date its reports, not an event (fact:date-in-dateline, stop 33).
  it('reads no date entry from the two datelines of the wire', () => {
    expect(entries(story, 'date').filter((e) => e.some((v) => /June 1[12]/.test(v)))).toEqual([]);
  });
  // Not read: Sunday (the site, the wire) against Saturday (the clinic) for her admission; 60
  // days against 90 for her stay; 42 tour dates against 40.
  it.fails('reports the day she was admitted, Sunday against Saturday', () => {
    expect(JSON.stringify(story.discrepancies.map((x) => x.values.map((v) => v.text)))).toMatch(
      /Saturday.*Sunday|Sunday.*Saturday|June 9.*June 10|June 10.*June 9/,
    );
  });
  // Her stay is read since stop 33 (a span after `to stay for` measures the stay).
  it('reports her stay, 60 days against 90', () => {
    const all = JSON.stringify(story.discrepancies.map((x) => x.values.map((v) => v.text)));
    expect(all).toMatch(/60 days.*90 days|90 days.*60 days/);
  });
  // `her 42-date tour` is no count (a count written as a compound before its noun was tried in
  // stop 33 and dropped: half A's claims match 0.6839 -> 0.6829).
  it.fails('reports the tour, 42 dates against 40', () => {
    const all = JSON.stringify(story.discrepancies.map((x) => x.values.map((v) => v.text)));
    expect(all).toMatch(/42.*40|40.*42/);
  });
});

describe('the trial story of a singer in a clinic: claims, timeline, brief', () => {
  it('has distinct claims, none repeating another', () => {
    expect(repeatedClaims(story)).toEqual([]);
  });
  it('dates nothing after its report but the tour it says is due to begin on July 3', () => {
    for (const e of datedEntries(story).filter((x) => !/due to begin on July 3/.test(x.text)))
      expect(e.date <= CLINIC[e.doc - 1]!.published, `${e.date} ${e.text}`).toBe(true);
  });
  it('has distinct body sentences, none a headline, each cited to its own document, no commentator', () => {
    expect(new Set(story.brief.map((b) => b.text)).size).toBe(story.brief.length);
    expect(story.brief.filter((b) => headlines(CLINIC).includes(b.text))).toEqual([]);
    expect(notCitingOwn(story)).toEqual([]);
    expect(story.brief.filter((b) => /Ashby|Dorne|BrandtNation/.test(b.text))).toEqual([]);
  });
});

// Each rule this story asked for, with a fictional pair (failing before the rule) and its control
// (passing before and after).

describe('h-who11 rules: `close to` inside a speaker (close-to, TO_ADJECTIVE in attribute.ts)', () => {
  // Dropped in main under the halves rule: `close to` inside a speaker (TO_ADJECTIVE) moved PolNeAR
  // half A's source F1 only (docs/origins.md, stop 33).
  it.fails(
    'pair: `A source close to the harbour board said ...` is said by the source, not the board',
    () => {
      expect(said('A source close to the harbour board said the pier would close.')).toEqual([
        'A source close to the harbour board | the pier would close',
      ]);
      expect(said('People loyal to the mayor told the Fen Herald that the pier would close.')).toEqual([
        'People loyal to the mayor | the pier would close',
      ]);
    },
  );
  it('control: `close to` in what was said, and an infinitive `to` before a speaker', () => {
    expect(said('The boat came close to the pier, the mayor said.')).toEqual([
      'the mayor | The boat came close to the pier',
    ]);
    expect(said('She wanted to see the pier, her mother said.')).toEqual([
      'her mother | She wanted to see the pier',
    ]);
  });
});

describe('h-who11 rules: a role and its name after a quotation (role-named-after-quote, namedRole in attribute.ts)', () => {
  it('pair: `"...," her spokesman, Ole Brin, said` is said by the spokesman with his name', () => {
    expect(said('"The pier will close," her spokesman, Ole Brin, said in a statement.')).toEqual([
      'her spokesman, Ole Brin | The pier will close',
    ]);
  });
  it('control: a name before its role, and a role before no name', () => {
    expect(said('"The pier will close," James Brown, professor of politics, said.')).toEqual([
      'James Brown | The pier will close',
    ]);
    expect(said('"The pier will close," the mayor, a lawyer, said.')).toEqual([
      'the mayor | The pier will close',
    ]);
  });
});

describe('h-who11 rules: a subject opening on a possessive (possessive-subject, subjectBeforeComma in attribute.ts)', () => {
  it('pair: `Her spokesman, Ole Brin, declined to comment` keeps the role with the name as the speaker', () => {
    expect(said('Her spokesman, Ole Brin, declined to comment on the pier.')).toEqual([
      'Her spokesman, Ole Brin | to comment on the pier',
    ]);
  });
  it('control: a determiner opening the subject, as before', () => {
    expect(said('The mayor, Ada Quill, declined to comment on the pier.')).toEqual([
      'The mayor, Ada Quill | to comment on the pier',
    ]);
  });
});

describe('h-who11 rules: a circumstance after the cue of an apposed subject (apposition-circumstance, attribute.ts)', () => {
  it('pair: `The Fen Club, a sailing club, said on Monday that ...` says what follows `that`', () => {
    expect(said('The Fen Club, a sailing club, said on Monday that members were angry.')).toEqual([
      'The Fen Club | members were angry',
    ]);
  });
  it('control: no apposition, and a circumstance with nothing after it', () => {
    expect(said('The Fen Club said on Monday that members were angry.')).toEqual([
      'The Fen Club | members were angry',
    ]);
    expect(said('Ada Quill, a sailor, said on Monday.')).toEqual(['Ada Quill | on Monday']);
  });
});

const HERALD = ['Pier to close', 'The Fen Herald', 'By Ola Brek', '3 May 2031'];
const SCOOP = [
  'Harbour pier to close for repairs in May',
  'FenScoop',
  'By Ivo Brask',
  '2 May 2031',
  'The harbour pier will close for repairs in May, FenScoop has learned.',
];
const relayed = (d: ReturnType<typeof tell>): string[][] =>
  (d.provenance.relays ?? []).map((r) => [
    r.label,
    ...r.of.map((id) => d.provenance.nodes.find((n) => n.id === id)?.label ?? id),
  ]);

describe('h-who11 rules: the kind of an outlet before its name (outlet-kind-named, OUTLET_KIND_NAMED in provenance.ts)', () => {
  it('pair: `according to the gossip site Scoopline` relays Scoopline, a news organisation', () => {
    const d = tell([...HERALD, 'The pier will close in May, according to the gossip site Scoopline.']);
    expect(relayed(d)).toEqual([['The Fen Herald', 'Scoopline']]);
  });
  it('control: `according to the harbour board` relays nobody', () => {
    const d = tell([...HERALD, 'The pier will close in May, according to the harbour board.']);
    expect(relayed(d)).toEqual([]);
  });
});

describe('h-who11 rules: an outlet of the story the entity layer did not read (story-outlet-unread, provenance.ts)', () => {
  it('pair: `according to FenScoop` relays the story’s outlet FenScoop', () => {
    const d = tell(SCOOP, [...HERALD, 'The pier will close in May, according to FenScoop.']);
    expect(relayed(d)).toContainEqual(['The Fen Herald', 'FenScoop']);
  });
  it('control: `according to FenScoop` with no article of FenScoop relays nobody', () => {
    const d = tell([...HERALD, 'The pier will close in May, according to FenScoop.']);
    expect(relayed(d)).toEqual([]);
  });
});

describe('h-who11 rules: hosts and fan sites comment (media-commentator, MEDIA_COMMENTATOR in provenance.ts)', () => {
  it('pair: a talk-show host and a radio host are commentators', () => {
    const d = tell([
      ...HERALD,
      'Talk-show host Ivo Brask said on his show that the pier deserved better.',
      'Radio host Lena Marsh said the closure was a shame.',
    ]);
    expect((d.provenance.commentators ?? []).map((c) => c.label).sort()).toEqual([
      'Radio host Lena Marsh',
      'Talk-show host Ivo Brask',
    ]);
    expect((d.provenance.origins ?? []).filter((o) => /Brask|Marsh/.test(o.label))).toEqual([]);
  });
  it('control: a harbour master is an origin', () => {
    const d = tell([...HERALD, 'Harbour master Ivo Brask said the pier would close on Monday.']);
    expect((d.provenance.origins ?? []).map((o) => o.label)).toContain('Harbour master Ivo Brask');
  });
});

describe('h-who11 rules: a person’s representative named once (representative-named, mergeRepresentatives in provenance.ts)', () => {
  const first = [...HERALD, '"Ada is resting," her publicist, Ole Brin, said in a statement.'];
  const rep = (d: ReturnType<typeof tell>): string[] =>
    (d.provenance.origins ?? [])
      .filter((o) => /Brin|represent|publicist|Lind/.test(o.label))
      .map((o) => o.label);
  it('pair: `her representative` and `a representative for Ada Quill` are her publicist', () => {
    const d = tell(first, [
      'Singer rests',
      'The Velmar Gazette',
      'By Tom Hale',
      '4 May 2031',
      'Ada Quill is resting at home, her representative told the Velmar Gazette.',
      'A representative for Ada Quill on Tuesday denied that the singer was ill.',
    ]);
    expect(rep(d)).toEqual(['her publicist, Ole Brin']);
  });
  it('control: two named representatives leave the unnamed one apart', () => {
    const d = tell(first, [
      'Singer rests',
      'The Velmar Gazette',
      'By Tom Hale',
      '4 May 2031',
      '"She is fine," his publicist, Bo Lind, said.',
      'Ada Quill is resting at home, her representative told the Velmar Gazette.',
    ]);
    expect(rep(d)).toContain('her representative');
  });
});

describe('h-who11 rules: an institution named again by its noun (institution-again, INSTITUTION_AGAIN in provenance.ts)', () => {
  it('pair: `The museum said` after the Orle Museum is the museum', () => {
    const d = tell([
      ...HERALD,
      'The painting was taken from the Orle Museum on Sunday night.',
      'The museum said in a statement that the alarm had failed.',
    ]);
    expect((d.provenance.origins ?? []).map((o) => o.label)).toContain('Orle Museum');
  });
  it('control: two museums leave `the museum` unnamed', () => {
    const d = tell([
      ...HERALD,
      'The painting was taken from the Orle Museum and shown at the Fen Museum.',
      'The museum said in a statement that the alarm had failed.',
    ]);
    expect((d.provenance.origins ?? []).map((o) => o.label).join(' ')).not.toMatch(/Museum/);
  });
});

describe('h-who11 rules: a speaker for a named body is labelled by the body (speaker-for-named-body, SPEAKER_FOR_NAMED_BODY in provenance.ts)', () => {
  const labels = (line: string): string[] =>
    (tell([...HERALD, line]).provenance.origins ?? []).map((o) => o.label).filter((l) => !/Herald/.test(l));
  it("pair: `A spokesman for the singer's label, Orle Records, said` is Orle Records", () => {
    expect(labels("A spokesman for the singer's label, Orle Records, said the tour was off.")).toEqual([
      'Orle Records',
    ]);
  });
  it('control: `A spokesman for the company, Ole Brin, said` keeps the spokesman', () => {
    expect(labels('A spokesman for the company, Ole Brin, said the pier would close.')).toEqual([
      'spokesman for the company, Ole Brin',
    ]);
  });
});
