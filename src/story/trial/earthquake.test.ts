import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';
import type { Dossier } from '../../model/dossier.js';
import { EARTHQUAKE } from './earthquake.fixture.js';
import { analyze, cited, docNumber, entries, briefFaults } from './read.js';

// A fictional earthquake abroad (a wire report, a local newspaper, a relay that hedges, the
// wire's update with a denial), read as a demanding user reads the dossier: the toll that rose
// is an update, the injured told two ways and the two agencies' magnitudes are conflicts; one
// moment in two time zones, a figure with its conversion, a floor under a figure, a title
// written two ways and an earlier quake's toll are not.
/** Two reports of one story a day apart, each a headline and its body. */
const twoDays = (a: string, b: string): Dossier =>
  analyzeTexts(
    [a, b].map((text, i) => ({
      location: `${i + 1}.txt`,
      text: `Quake report\n\n${text}\n`,
      known: { language: 'en', published: i === 0 ? '2031-05-06' : '2031-05-07' },
    })),
  );

describe('the trial story of an earthquake abroad: figures', () => {
  const story = analyze(EARTHQUAKE);
  it('shows the toll that rose from `at least 40` and 43 to 67 as one update, not a conflict', () => {
    const killed = story.discrepancies.filter((x) => x.note.includes('killed'));
    expect(killed.map((x) => x.kind)).toEqual(['update']);
    const texts = killed[0]!.values.map((v) => v.text);
    expect(texts).toEqual(expect.arrayContaining(['40 people', 'Forty-three people died', '67']));
    expect(killed[0]!.note).toMatch(/→ 67$/);
  });
  it('reports the injured, about 250 against about 150', () => {
    expect(entries(story, 'count')).toEqual([['150 (2)', '250 (1)']]);
  });
  it("reports the two agencies' magnitudes as a conflict, not an update", () => {
    expect(entries(story, 'update').some((e) => e.some((v) => v.startsWith('6.')))).toBe(false);
    const magnitude = entries(story, 'quantity');
    expect(magnitude).toHaveLength(1);
    expect(magnitude[0]).toEqual(expect.arrayContaining(['6.6 (3)', '6.8 (4)']));
  });
  it('sets no look-alike against itself: time zones, conversions, a title, an earlier quake', () => {
    for (const kind of ['date', 'time', 'role', 'place'])
      expect(
        story.discrepancies.filter((x) => x.kind === kind),
        kind,
      ).toEqual([]);
    // The factual entries' values (certainty and single-outlet entries quote whole sentences).
    const values = story.discrepancies
      .filter((x) => !['certainty', 'single-outlet', 'source'].includes(x.kind))
      .flatMap((x) => x.values.map((v) => v.text));
    for (const look of [/miles|kilometres|km/, /212/, /GMT|a\.m\./])
      expect(values.join(' | ')).not.toMatch(look);
  });
});

describe('the trial story of an earthquake abroad: who says it', () => {
  const story = analyze(EARTHQUAKE);
  it("ties the government's denial to the residents' claim about the dam, shown as contested", () => {
    const dam = story.claims.find((c) =>
      c.members.some((m) => m.text.startsWith('Residents said large cracks')),
    );
    expect(dam).toBeDefined();
    expect(dam!.contested).toBe(true);
    const denial = dam!.members.find((m) => m.certainty === 'denied');
    expect(denial && docNumber(story, denial.doc)).toBe(4);
  });
  it('reads the relay as passing on the wire, and the seismologist as a commentator, never an origin', () => {
    const relays = story.provenance.relays ?? [];
    expect(relays.map((x) => [x.label, x.documents.map((id) => docNumber(story, id)), x.of])).toEqual([
      ['The Daily Meridian', [3], ['n:org:corvel-press-agency']],
    ]);
    expect((story.provenance.commentators ?? []).map((x) => x.id)).toEqual(['n:person:tomas-hale']);
    expect((story.provenance.origins ?? []).some((o) => /hale|meridian/i.test(o.id))).toBe(false);
    expect(story.claims.every((c) => !c.origins.some((o) => /hale|meridian/i.test(o)))).toBe(true);
  });
});

describe('the trial story of an earthquake abroad: the brief', () => {
  const story = analyze(EARTHQUAKE);
  // Also the control of the rule below: the story's own toll is not backed by a report giving another.
  it("tells the second day's toll, cited to the update alone", () => {
    const item = story.brief.find((b) => b.text.includes('rose to 67'));
    expect(item).toBeDefined();
    expect(cited(story, item!)).toEqual([4]);
  });
  it("cites an earlier year's quake to both reports that tell it, though they give the story's toll otherwise", () => {
    const item = story.brief.find((b) => b.text.includes('1987'));
    expect(item && cited(story, item)).toEqual([1, 4]);
  });
  it('has 5 to 10 distinct body sentences, none a headline', () => {
    expect(briefFaults(story, EARTHQUAKE, 5, 10)).toEqual([]);
  });
});

describe('a magnitude written `of`, and never updated (fact:magnitude)', () => {
  it('reads `a magnitude of 5.9` as the magnitude', () => {
    const d = twoDays(
      'The quake had a magnitude of 5.9, the Velmar observatory said.',
      'Nothing else happened.',
    );
    expect((d.facts ?? []).filter((f) => f.rule === 'fact:magnitude').map((f) => f.value)).toEqual([5.9]);
  });
  it('control: `the magnitude of the damage` gives none', () => {
    const d = twoDays(
      'The magnitude of the damage shocked 3 inspectors in Velmar.',
      'Nothing else happened.',
    );
    expect((d.facts ?? []).filter((f) => f.rule === 'fact:magnitude')).toEqual([]);
  });
  it('a later report giving another magnitude of one quake contradicts the earlier one', () => {
    const d = twoDays(
      'A magnitude 6.1 earthquake struck off the coast of Velmar on Tuesday, the observatory said.',
      'The earthquake that struck off the coast of Velmar on Tuesday had a magnitude of 6.4, the observatory said.',
    );
    expect(d.discrepancies.filter((x) => x.note.includes('magnitude')).map((x) => x.kind)).toEqual([
      'quantity',
    ]);
  });
  it('control: a later report of more injured in one quake is an update', () => {
    const d = twoDays(
      'About 20 people were injured when an earthquake struck off the coast of Velmar on Tuesday.',
      'About 60 people were injured when the earthquake struck off the coast of Velmar on Tuesday, officials said on Wednesday.',
    );
    expect(d.discrepancies.filter((x) => x.note.includes('injured')).map((x) => x.kind)).toEqual(['update']);
  });
});

describe('a toll said to rise passes an earlier floor', () => {
  const FIRST = 'At least 14 people were killed when an earthquake struck Velmar on Tuesday, officials said.';
  const killed = (d: Dossier): string[] =>
    d.discrepancies.filter((x) => x.note.includes('killed')).map((x) => x.kind);
  it('`rose to 23` a day after `at least 14` is an update', () => {
    expect(
      killed(
        twoDays(
          FIRST,
          'The death toll from the earthquake in Velmar rose to 23 on Wednesday, officials said.',
        ),
      ),
    ).toEqual(['update']);
  });
  it('control: `23 were killed` without a verb of rising agrees with the floor', () => {
    expect(
      killed(
        twoDays(
          FIRST,
          'Twenty-three people were killed when an earthquake struck Velmar on Tuesday, officials said.',
        ),
      ),
    ).toEqual([]);
  });
  it("an earlier year's quake told in the background neither agrees with nor hides the story's toll", () => {
    const BACK = 'In 1987, an earthquake in the same region killed 212 people.';
    const d = twoDays(
      `${FIRST}\n${BACK}`,
      `The death toll from the earthquake in Velmar rose to 23 on Wednesday, officials said.\n${BACK}`,
    );
    expect(killed(d)).toEqual(['update']);
    expect(d.discrepancies.flatMap((x) => x.values.map((v) => v.text)).join()).not.toContain('212');
  });
  it('control: a background toll of the same year as another is compared with it', () => {
    const d = twoDays(
      `${FIRST}\nIn 1987, an earthquake in the same region killed 212 people.`,
      'In 1987, an earthquake in the same region killed 312 people, the institute said.',
    );
    expect(d.discrepancies.flatMap((x) => x.values.map((v) => v.text)).join()).toContain('312');
  });
});

describe('a denial in the brief (trial story)', () => {
  it('is cited to the document that denies, and the claim it denies is not told again', () => {
    const story = analyze(EARTHQUAKE);
    const denial = story.brief.filter((b) => b.text.includes('Ostrel dam'));
    expect(denial.map((b) => [b.certainty, cited(story, b)])).toEqual([['denied', [4]]]);
  });
});

describe('the timeline of the trial story of an earthquake', () => {
  /** The timeline's entries as `date (doc) clause`. */
  const entries = (d: Dossier): string[] =>
    d.timeline.map((t) => {
      const doc = d.documents.find((x) => x.id === t.doc)!;
      const clause = t.clause ?? t;
      return `${t.date} (${docNumber(d, t.doc)}) ${doc.text.slice(clause.start, clause.end)}`;
    });
  const one = (sentence: string): string[] =>
    entries(
      analyzeTexts([
        { text: `Quake report\n\n${sentence}\n`, known: { language: 'en', published: '2031-09-14' } },
      ]),
    );
  it('dates the quake on the local Sunday in every report that gives the day in local time', () => {
    const story = analyze(EARTHQUAKE);
    const days = entries(story);
    expect(days.filter((e) => e.startsWith('2031-09-13')).map((e) => e.slice(11, 14))).toEqual(['(3)']);
    for (const doc of [1, 2, 4])
      expect(
        days.some((e) => e.startsWith(`2031-09-14 (${doc})`)),
        `${doc}`,
      ).toBe(true);
  });
  it('reads a bracketed universal time after a local time as the same moment', () => {
    expect(one('The quake struck at 2:40 a.m. local time (2340 GMT on Saturday), officials said.')).toEqual(
      [],
    );
    // Control: a time given in universal time alone dates the event.
    expect(
      one('The quake struck at 2340 GMT on Saturday, officials said.').map((e) => e.slice(0, 10)),
    ).toEqual(['2031-09-13']);
  });
  it("dates a possessive day's noun, not the clause's verb (`Sunday's earthquake ... rose to 67 on Monday`)", () => {
    const story = analyze(EARTHQUAKE);
    expect(entries(story)).toContain("2031-09-14 (4) Sunday's earthquake in northern Kaldoria");
    // Control: a day after its noun dates the clause.
    expect(one('The earthquake on Sunday killed 40 people in Vesk.')).toEqual([
      '2031-09-14 (1) The earthquake on Sunday killed 40 people in Vesk',
    ]);
  });
});

describe('a denial in one clause of a headline of two (fiction)', () => {
  const claimOf = (head: string) => {
    const d = analyzeTexts(
      [
        'Ferry sinks on Lake Orm, 12 dead\n\nA ferry sank on Lake Orm on Friday, killing 12 people, police said.\nDivers searched the lake on Saturday.\n',
        'Twelve killed as ferry sinks on Lake Orm\n\nTwelve people were killed when a ferry sank on Lake Orm on Friday, police said.\nThe owner of the ferry could not be reached.\n',
        `${head}\n\nThe owner of the Lake Orm ferry said the boat had been inspected in May.\n`,
      ].map((text, i) => ({ location: `${i + 1}.txt`, text, known: { language: 'en' } })),
    );
    return d.claims.find((c) => c.text.startsWith('Twelve people were killed'))!;
  };
  it('`toll ...; owner denies the boat was overloaded` does not deny the sinking', () => {
    const c = claimOf('Lake Orm ferry sinking kills 12; owner denies boat was overloaded');
    expect(c.contested).toBeUndefined();
    expect(c.members.find((m) => m.text.includes('; owner denies'))?.certainty).toBe('asserted');
  });
  it('control: a headline denying the sinking itself does', () => {
    expect(claimOf('Owner denies Lake Orm ferry sinking killed 12').contested).toBe(true);
  });
  it('the trial story: the wire update’s headline does not deny the quake', () => {
    const story = analyze(EARTHQUAKE);
    const lead = story.claims.find((c) => c.text.startsWith('At least 40 people were killed'))!;
    expect(lead.contested).toBeUndefined();
  });
});

describe("a source's label (provenance)", () => {
  const labels = (sentence: string): string[] =>
    (
      analyzeTexts([
        { text: `Quake report\n\n${sentence}\n`, known: { language: 'en', published: '2031-09-14' } },
      ]).provenance.origins ?? []
    )
      .map((o) => o.label)
      .filter((l) => !l.startsWith('unknown outlet'));
  it('leaves the verb after `according to X,` out of the name (`, struck at 2:40 a.m.`)', () => {
    expect(
      labels(
        'The quake, of magnitude 5.9 according to the Velmar Observatory, struck at 4:10 a.m. on Friday.',
      ),
    ).toEqual(['Velmar Observatory']);
  });
  it('control: a role after the name stays (`Ada Quill, a resident of Brindle`)', () => {
    expect(labels('The ferry sank near the pier, according to Ada Quill, a resident of Brindle.')).toEqual([
      'Ada Quill, a resident of Brindle',
    ]);
  });
});

describe("a conflict's values named by their sources", () => {
  it("the trial story: each agency's magnitude and each office's injured", () => {
    const story = analyze(EARTHQUAKE);
    const notes = story.discrepancies
      .filter((x) => x.kind === 'quantity' || x.kind === 'count')
      .map((x) => x.note);
    expect(notes).toEqual([
      "outlets give different number of people injured: 150 (regional governor's office) vs 250 (interior ministry)",
      'outlets give different figures for magnitude: 6.6 (Global Seismic Monitor) vs 6.8 (Kaldorian Seismological Service)',
    ]);
  });
  const note = (a: string, b: string): string[] =>
    analyzeTexts(
      [a, b].map((text, i) => ({
        location: `${i + 1}.txt`,
        text: `Quake report\n\n${text}\n`,
        known: { language: 'en', published: '2031-05-06' },
      })),
    )
      .discrepancies.filter((x) => x.kind === 'count')
      .map((x) => x.note);
  it('names two sources when each value rests on its own', () => {
    expect(
      note(
        'About 120 people were injured in the Velmar earthquake on Tuesday, the health ministry said.',
        'About 60 people were injured in the Velmar earthquake on Tuesday, the Red Crescent said.',
      ),
    ).toEqual([
      'outlets give different number of people injured: 120 people (health ministry) vs 60 people (Red Crescent)',
    ]);
  });
  it('control: one source behind both values names none', () => {
    expect(
      note(
        'About 120 people were injured in the Velmar earthquake on Tuesday, the health ministry said.',
        'About 60 people were injured in the Velmar earthquake on Tuesday, the health ministry said.',
      ),
    ).toEqual(['outlets give different number of people injured: 120 people vs 60 people']);
  });
});

describe('statements of one speaker in the brief', () => {
  it("the trial story: the minister's houses are not stated by his toll and tents of the next day", () => {
    const story = analyze(EARTHQUAKE);
    const item = story.brief.find((b) => b.text.startsWith('Dozens of houses collapsed'));
    expect(item && cited(story, item)).toEqual([1]);
  });
  it('control: one speaker telling the same thing in two outlets is cited to both', () => {
    const d = analyzeTexts(
      [
        'Rescuers pulled 12 people alive from the rubble of a school in Vesk on Sunday, fire chief Ana Dorn said.\nThe school had 300 pupils.',
        'Twelve people were pulled alive from the rubble of a school in Vesk on Sunday, fire chief Ana Dorn said.\nThe roads to Vesk were closed.',
      ].map((t, i) => ({
        location: `${i + 1}.txt`,
        text: `Vesk report\n\n${t}\n`,
        known: { language: 'en', published: '2031-09-14' },
      })),
    );
    const item = d.brief.find((b) => b.text.includes('rubble'));
    expect(item && cited(d, item)).toEqual([1, 2]);
  });
});
