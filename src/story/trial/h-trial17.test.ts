import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';
import type { Dossier } from '../../model/dossier.js';
import { HEIST } from './h-trial17.fixture.js';
import {
  analyze,
  briefFaults,
  cited,
  claimMembersSaying,
  commentatorNames,
  datedEntries,
  docNumber,
  entries,
  factualValues,
  hedgedMembers,
  notCitingOwn,
  relayChains,
  repeatedClaims,
} from './read.js';

// A fictional jewel heist at a museum and the arrests that follow (a wire citing the police and
// the museum, a relay that trims and hedges it, the city's paper with its own reporting, the
// wire's update the next day, an analysis with a security consultant and an insurer), read as a
// demanding fact-checker reads the dossier: the jewels' value, the thieves, the time, the pieces
// taken, the getaway vehicle and the director's name told two ways are discrepancies, the value
// the museum revised the next day is an update, and the alarm is contested; the jewels
// recovered, the arrests of two days, the guard's and the suspect's ages, `early on Tuesday`
// against `on November 8`, the 2029 heist, the seven minutes, the alarms' 12 years, the
// museum's founding and one sum in two notations are not.

describe('the trial story of a jewel heist: discrepancies', () => {
  const story = analyze(HEIST);
  // The museum's €4.8 million of Wednesday is no update of the wire's €4.2 million: the
  // analysis repeats €4.2 million the day after. One entry sets the three values against each
  // other, with who says each.
  it("reports the jewels' value, €4.2 million against 6 million euros and the museum's €4.8 million, with who says each", () => {
    const value = story.discrepancies.find((x) => x.kind === 'quantity' && x.note.includes('value stolen'))!;
    expect(entries(story, 'quantity').flat()).toEqual(
      expect.arrayContaining([
        '4.2 million euros (5)',
        '6 million euros (3)',
        '€4.2 million (1)',
        '€4.2 million (2)',
        '€4.8 million (4)',
      ]),
    );
    expect(value.note).toMatch(/€4\.2 million \(.*police.*\) vs 6 million euros \(witnesses\) vs/);
    expect(value.note).toMatch(/€4\.8 million \(museum\)/);
  });
  it('reports the pieces taken, eight against nine, with who says each', () => {
    expect(entries(story, 'count')).toContainEqual(['eight pieces (1)', 'nine pieces (3)']);
    const pieces = story.discrepancies.find((x) => x.kind === 'count' && x.note.includes('pieces'))!;
    expect(pieces.note).toMatch(/nine pieces \(museum employee\) vs eight pieces \(spokesman\)/);
  });
  it("reports the director's name written two ways", () => {
    expect(entries(story, 'spelling')).toContainEqual(['Helena Marow (3)', 'Helena Marrow (1)']);
  });
  it('reports the time of the break-in, 3:40 a.m. against shortly after 2 a.m.', () => {
    expect(entries(story, 'time')).toEqual([['2 a.m. (3)', '3:40 a.m. (1)']]);
  });
  // Before `BROKE_IN_AFTER` (facts.ts), `Four thieves broke in` was a count of thieves and
  // `Three masked men broke into` a count of men: two nouns, never compared.
  it('reports those who broke in, four thieves against three masked men, with who says each', () => {
    expect(entries(story, 'count')).toContainEqual([
      'Four thieves (2)',
      'Four thieves broke (1)',
      'Three masked men broke (3)',
    ]);
    const intruders = story.discrepancies.find((x) => x.note.includes('who broke in'))!;
    expect(intruders.note).toMatch(
      /Four thieves \(police spokesman\) vs Three masked men broke \(witnesses\)/,
    );
  });
  it('reports the getaway vehicle, a black van against a white car, and counts no vehicle', () => {
    expect(entries(story, 'vehicle')).toEqual([['a black van (1)', 'a black van (2)', 'a white car (3)']]);
    expect(story.discrepancies.find((x) => x.kind === 'vehicle')?.note).toBe(
      'outlets give different getaway vehicles: a black van (police) vs a white car (Witnesses)',
    );
    for (const kind of ['count', 'quantity', 'update'])
      expect(entries(story, kind).flat().join(' '), kind).not.toMatch(/van|car\b/);
  });
  // The jewels recovered `worth €1.1 million` were keyed as the jewels stolen (the same noun) and
  // joined the value's entry. A rule keying what was got back apart (`recovered`, `retrieved`,
  // `returned`, `handed back` before the figure, or in the passive after it) was dropped: half B
  // precision 0.67 (12/18) → 0.65 (11/17). Since stop 55 the sum stolen is keyed as what thieves
  // took (facts.ts `fact:sum-of-loot`), and the jewels recovered keep their noun.
  it('sets the jewels recovered against none of the values stolen', () => {
    expect(factualValues(story)).not.toMatch(/1\.1 million/);
  });
  it('sets no look-alike against another: the arrests, the ages, 2029, the minutes, the years', () => {
    for (const kind of ['date', 'duration', 'age'])
      expect(
        story.discrepancies.filter((x) => x.kind === kind),
        kind,
      ).toEqual([]);
    const values = factualValues(story);
    for (const look of [
      /arrest|fourth|Three men/,
      /\b58\b|\b34\b/,
      /9 million|2029/,
      /seven|minutes/,
      /12|years/,
      /1874/,
      /Tuesday|November/,
    ])
      expect(values).not.toMatch(look);
  });
});

describe('the trial story of a jewel heist: the contested alarm', () => {
  const story = analyze(HEIST);
  it("ties the museum's denial to the guard's account and shows the alarm as contested", () => {
    const alarm = story.claims.find((c) =>
      c.members.some((m) => m.text.startsWith('The alarm did not sound')),
    )!;
    expect(alarm.contested).toBe(true);
    expect(alarm.members.map((m) => [docNumber(story, m.doc), m.certainty])).toEqual(
      expect.arrayContaining([
        [3, 'attributed'],
        [4, 'denied'],
      ]),
    );
  });
  it('gives the alarm as no figure', () => {
    expect(factualValues(story)).not.toMatch(/alarm|sound/);
  });
});

describe('the trial story of a jewel heist: who says it', () => {
  const story = analyze(HEIST);
  it('reads the relay as passing on the wire, and the security consultant as a commentator, never an origin', () => {
    expect(relayChains(story)).toEqual([[[2], ['n:org:continental-press']]]);
    expect(commentatorNames(story)).toContain('Tobias Grint');
    expect((story.provenance.origins ?? []).filter((o) => /Grint|newsdash/i.test(o.label))).toEqual([]);
  });
  it('has the police and the director among its origins', () => {
    const labels = (story.provenance.origins ?? []).map((o) => o.label);
    expect(labels).toEqual(expect.arrayContaining(['Police']));
    expect(labels.some((l) => /Helena Marr?ow/.test(l))).toBe(true);
  });
  // The underwriter speaks of what insurers will ask of museums in general: a comment, as the
  // consultant's is, yet `an underwriter at Corvane Insurance` reads as a source of the story.
  it.fails("reads the insurer's underwriter as a commentator, not an origin", () => {
    expect((story.provenance.origins ?? []).filter((o) => /Hoffer/.test(o.label))).toEqual([]);
  });
  it("never reads the thieves' violent acts as statements", () => {
    const labels = [...(story.provenance.origins ?? []), ...(story.provenance.commentators ?? [])].map(
      (o) => o.label,
    );
    expect(labels.filter((l) => /thie|men\b/i.test(l))).toEqual([]);
  });
  it('reads the relay as hedging the wire it passes on', () => {
    const relay = hedgedMembers(story, 2);
    expect(relay.length).toBeGreaterThanOrEqual(3);
    for (const m of relay) expect(m.certainty, m.text).toBe('hedged');
  });
});

describe('the trial story of a jewel heist: claims', () => {
  const story = analyze(HEIST);
  it('has distinct claims, none repeating another', () => {
    expect(repeatedClaims(story)).toEqual([]);
  });
  it("ties the relay's hedged copies to the wire's sentences", () => {
    const van = story.claims.find((c) =>
      c.members.some((m) => m.text.startsWith('They fled in a black van')),
    )!;
    expect(van.members.map((m) => docNumber(story, m.doc)).sort()).toEqual([1, 2]);
  });
  it("leaves the consultant's and the underwriter's words out of every claim", () => {
    expect(claimMembersSaying(story, /Grint|Hoffer/)).toEqual([]);
  });
});

describe('the trial story of a jewel heist: timeline', () => {
  const story = analyze(HEIST);
  const dated = datedEntries(story);
  it('dates nothing after its report', () => {
    for (const e of dated) expect(e.date <= HEIST[e.doc - 1]!.published, `${e.date} ${e.text}`).toBe(true);
  });
  it('dates the theft on Tuesday 8 November in the wire, the relay and the city paper', () => {
    const theft = dated.filter((e) => /\bstole\b/.test(e.text));
    expect(theft.map((e) => [e.date, e.doc])).toEqual([
      ['2033-11-08', 1],
      ['2033-11-08', 2],
      ['2033-11-08', 3],
    ]);
  });
  it('dates the arrests on Wednesday and Thursday, and the 2029 heist in 2029', () => {
    expect(dated.filter((e) => /arrested/.test(e.text)).map((e) => [e.date, e.doc])).toEqual([
      ['2033-11-09', 4],
      ['2033-11-10', 5],
    ]);
    expect(dated.filter((e) => e.date === '2029').map((e) => e.doc)).toEqual([5]);
  });
  // Before `OPEN_BOUND` (facts.ts, read by the timeline too), `installed 12 years ago or more`
  // was dated 2021 from the analysis's publication.
  it('dates no open bound (`12 years ago or more`) on a year', () => {
    expect(dated.filter((e) => e.date === '2021')).toEqual([]);
  });
});

describe('the trial story of a jewel heist: the brief', () => {
  const story = analyze(HEIST);
  it('has 4 to 10 distinct body sentences, none a headline', () => {
    expect(briefFaults(story, HEIST)).toEqual([]);
  });
  it('cites every item to the document whose sentence it is', () => {
    expect(notCitingOwn(story)).toEqual([]);
  });
  it("tells the wire's own unhedged sentences, never the relay's hedged copies", () => {
    expect(story.brief.filter((b) => /reportedly|said to/.test(b.text))).toEqual([]);
  });
  // Since the museum's `the stolen jewels were worth €4.8 million` is read as the jewels' value,
  // the lead claim's sentences giving 6 million and 4.8 million back no sentence giving €4.2
  // million, and the claim was told by the arrests (`Three men were arrested on Wednesday ...`)
  // instead of the wire's lead; since `A fourth man was arrested` counts those arrested
  // (h-disc53, `fact:ordinal-arrest`), the wire's lead tells it again.
  it('cites the €4.2 million to the wire, the relay and the analysis, never the city paper giving 6 million', () => {
    const item = story.brief.find((b) => b.text.includes('worth €4.2 million'));
    expect(item && cited(story, item)).toEqual([1, 2, 5]);
  });
  // The city paper's `Three masked men` is read as stating the arrests' `Three men were
  // arrested` (one count of three men): the city paper, published before the arrests, is cited.
  it.fails('cites the arrests to the update alone', () => {
    const item = story.brief.find((b) => b.text.includes('arrested'));
    expect(item && cited(story, item)).toEqual([4]);
  });
  it('cites the eight pieces to the wire alone', () => {
    const item = story.brief.find((b) => b.text.includes('eight pieces'));
    expect(item && cited(story, item)).toEqual([1]);
  });
  it("cites the black van to the wire and its relay, never the city paper's white car", () => {
    const item = story.brief.find((b) => b.text.includes('black van'));
    expect(item && cited(story, item)).toEqual([1, 2]);
  });
  it("tells the museum's denial, cited to the update alone, and never the consultant", () => {
    const item = story.brief.find((b) => b.text.includes('denied'));
    expect(item && cited(story, item)).toEqual([4]);
    expect(story.brief.filter((b) => /Grint|Hoffer/.test(b.text))).toEqual([]);
  });
});

// Each rule the heist asked for, on fictional outlets: the pair fails before the rule, the
// control passes before and after.
const outlets = (...texts: string[]): Dossier =>
  analyzeTexts(
    texts.map((text, i) => ({
      location: `outlet-${i + 1}.txt`,
      text: `Velmar report\n\n${text}\n`,
      known: { language: 'en', published: '2031-05-04' },
    })),
  );
const valuesOf = (d: Dossier, kind: string): string[][] =>
  d.discrepancies.filter((x) => x.kind === kind).map((x) => [...new Set(x.values.map((v) => v.text))].sort());

describe('rules of the trial story of a jewel heist', () => {
  it('the time someone broke in is the time of the event (`broke into ... at 3:40 a.m.`)', () => {
    const d = outlets(
      'Burglars broke into a pharmacy in Velmar at 3:40 a.m., police said.',
      'The intruders broke in through a back door shortly after 2 a.m., the owner said.',
    );
    expect(valuesOf(d, 'time')).toEqual([['2 a.m.', '3:40 a.m.']]);
  });
  it('control: a time of no moment (`were seen ... shortly after 2 a.m.`) is set against none', () => {
    const d = outlets(
      'Burglars broke into a pharmacy in Velmar at 3:40 a.m., police said.',
      'The intruders were seen outside shortly after 2 a.m., the owner said.',
    );
    expect(valuesOf(d, 'time')).toEqual([]);
  });
  it('what a subject is worth is its value (`the stolen paintings were worth €3 million`)', () => {
    const d = outlets(
      'The stolen paintings were worth €3 million, the gallery said on Monday.',
      'Thieves took paintings valued at €5 million from the Orlin gallery in Velmar.',
    );
    expect(valuesOf(d, 'quantity')).toEqual([['€3 million', '€5 million']]);
  });
  it("control: what another subject is worth (`the insurance deal was worth`) is not the paintings' value", () => {
    const d = outlets(
      'The insurance deal was worth €3 million, the gallery said on Monday.',
      'Thieves took paintings valued at €5 million from the Orlin gallery in Velmar.',
    );
    expect(valuesOf(d, 'quantity')).toEqual([]);
  });
  it('the vehicle of a getaway told two ways is a vehicle discrepancy, never a count', () => {
    const d = outlets(
      'The robbers fled in a grey 4x4 after the raid, police said.',
      'Witnesses said the robbers escaped in a red car after the raid.',
    );
    expect(valuesOf(d, 'vehicle')).toEqual([['a grey 4x4', 'a red car']]);
    expect(d.discrepancies.find((x) => x.kind === 'vehicle')?.values[0]?.normalized).toMatchObject({
      rule: 'fact:getaway-vehicle',
    });
    expect(valuesOf(d, 'count')).toEqual([]);
  });
  it('control: one vehicle by every reading (`a grey 4x4` / `an SUV`) is no discrepancy', () => {
    const d = outlets(
      'The robbers fled in a grey 4x4 after the raid, police said.',
      'Witnesses said the robbers escaped in an SUV after the raid.',
    );
    expect(valuesOf(d, 'vehicle')).toEqual([]);
  });
  const wire =
    'Four thieves broke in through a side window of the Orlin gallery at 3:40 a.m. and took six paintings, police said.';
  const relay = 'Four thieves were said to have broken in through a side window of the Orlin gallery.';
  const neighbour = 'The thieves broke into the Orlin gallery shortly after 2 a.m., a neighbour said.';
  it("the brief tells the original, not its hedged copy, when another outlet disputes the original's time one against one", () => {
    const d = outlets(wire, relay, neighbour);
    expect(d.brief.map((b) => b.text)).toContain(wire);
    expect(d.brief.filter((b) => b.text === relay)).toEqual([]);
  });
  it("control: when two outlets give another time, the original's is outvoted and the hedged copy stays", () => {
    const d = outlets(
      wire,
      relay,
      neighbour,
      'Thieves broke into the Orlin gallery at about 2 a.m. on Sunday, the owner said.',
    );
    expect(d.brief.map((b) => b.text)).toContain(relay);
  });
  // A rule keying what was got back apart was dropped (half B precision 0.67 → 0.65); the pair holds
  // since stop 55's `fact:sum-of-loot` keys the sum stolen as the loot's value.
  it('a sum got back (`recovered jewels worth €1.1 million`) is no figure of the sum stolen', () => {
    const d = outlets(
      'Thieves stole jewels worth €4.2 million from the Orlin gallery on Sunday, police said.',
      'Police recovered jewels worth €1.1 million in a flat in Velmar on Monday, the spokesman said.',
    );
    expect(valuesOf(d, 'quantity')).toEqual([]);
  });
  it('control: a sum stolen told two ways is still set against the other', () => {
    const d = outlets(
      'Thieves stole jewels worth €4.2 million from the Orlin gallery on Sunday, police said.',
      'Thieves took jewels worth €1.1 million from the Orlin gallery on Sunday, the spokesman said.',
    );
    expect(valuesOf(d, 'quantity')).toEqual([['€1.1 million', '€4.2 million']]);
  });
  it('control: two sums got back, told two ways, are set against each other', () => {
    const d = outlets(
      'Police recovered jewels worth €1.5 million in a flat in Velmar on Monday, police said.',
      'Officers recovered jewels worth €1.1 million in Velmar on Monday, the spokesman said.',
    );
    expect(valuesOf(d, 'quantity')).toEqual([['€1.1 million', '€1.5 million']]);
  });
  const bridge = (built: string): Dossier =>
    outlets(
      `The Velmar bridge was built ${built}, an engineer said on Monday.`,
      'The Velmar bridge was built in 2003, the council said on Monday.',
    );
  it('a span back from now left open (`30 years ago or more`) is no date: neither set against 2003 nor on the timeline', () => {
    const d = bridge('30 years ago or more');
    expect(valuesOf(d, 'date')).toEqual([]);
    expect(d.timeline.map((t) => t.date)).not.toContain('2001');
  });
  it('control: `30 years ago` is 2001, set against 2003 and on the timeline', () => {
    const d = bridge('30 years ago');
    expect(valuesOf(d, 'date')).toEqual([['2003', '30 years ago']]);
    expect(d.timeline.map((t) => t.date)).toContain('2001');
  });
  it('those who broke in are one group whatever the noun (`four burglars broke in` / `three men broke into`)', () => {
    const d = outlets(
      'Four burglars broke in through the roof of a jeweller in Velmar on Sunday, police said.',
      'Three men broke into the jeweller on Sunday night, a neighbour said.',
    );
    expect(valuesOf(d, 'count')).toEqual([['Four burglars broke', 'Three men broke']]);
  });
  it('control: men who fled are not those who broke in', () => {
    const d = outlets(
      'Four burglars broke in through the roof of a jeweller in Velmar on Sunday, police said.',
      'Three men fled the jeweller on Sunday night, a neighbour said.',
    );
    expect(valuesOf(d, 'count')).toEqual([]);
  });
});
