import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';
import type { Dossier } from '../../model/dossier.js';
import { SENTENCING } from './sentencing.fixture.js';
import {
  analyze,
  cited,
  datedEntries,
  docNumber,
  entries,
  factualValues,
  repeatedClaims,
  briefFaults,
  commentatorNames,
} from './read.js';

// A fictional criminal court story (a wire report of a sentencing, a relay that trims and hedges
// it, the local paper's courtroom reporting, the wire's update with a second defendant and an
// appeal, a review with a criminologist and a senator), read as a demanding fact-checker reads
// the dossier: the victim's age, the term, the deliberation, the defendant's name told two ways
// are discrepancies; one sentence written two ways, ages at two dates, a floor under a figure,
// an earlier case's term, another defendant's term and a figure with its conversion are not.
/** Reports of one story, each a headline and its body, on the given days. */
const reports = (texts: readonly string[], days: readonly string[]): Dossier =>
  analyzeTexts(
    texts.map((text, i) => ({
      location: `${i + 1}.txt`,
      text: `Court report\n\n${text}\n`,
      known: { language: 'en', published: days[i] ?? days[0]! },
    })),
  );
const ONE_DAY = ['2031-03-05', '2031-03-05', '2031-03-05'];
const TWO_DAYS = ['2031-03-05', '2031-03-06'];

describe('the trial story of a sentencing: discrepancies', () => {
  const story = analyze(SENTENCING);
  it("reports the victim's age, 62 against 64, though the local paper names his daughter after it", () => {
    expect(entries(story, 'age')).toEqual([['62 (1)', '62 (2)', '62 (4)', '64 (3)']]);
  });
  it('reports the term, life with parole after 35 years against 25 years to life, and no other term', () => {
    const terms = story.discrepancies.filter((x) => x.note.includes('sentence'));
    expect(terms.map((x) => x.kind)).toEqual(['quantity']);
    expect(entries(story, 'quantity')).toContainEqual([
      '25 years (3)',
      '35 years (1)',
      '35 years (2)',
      '35 years (4)',
    ]);
  });
  it('reports the deliberation, three hours and 20 minutes against about five hours, as a conflict', () => {
    expect(entries(story, 'quantity')).toContainEqual(['five hours (4)', 'three hours and 20 minutes (3)']);
    expect(story.discrepancies.filter((x) => x.kind === 'update')).toEqual([]);
  });
  it("reports the defendant's name written two ways", () => {
    const names = story.discrepancies.filter((x) => x.kind === 'spelling');
    expect(names.map((x) => x.note)).toEqual(['one name, written 2 ways: Darius Kellan / Darius Kellen']);
  });
  // The store's street: `the Quickstop Market on Harlow Avenue` (1, 2) against `the store on
  // Linden Avenue` (3). No fact reads a site's street, nor `the store` as the market named before.
  it.fails("reports the store's street, Harlow Avenue against Linden Avenue", () => {
    expect(entries(story, 'place')).toEqual([['Harlow Avenue (1)', 'Linden Avenue (3)']]);
  });
  it('sets no look-alike against another: ages at two dates, a floor, a conversion, other terms', () => {
    for (const kind of ['date', 'time', 'role', 'update', 'count'])
      expect(
        story.discrepancies.filter((x) => x.kind === kind),
        kind,
      ).toEqual([]);
    const values = factualValues(story);
    // The defendant 24 now and 22 at the time of the killing; the driver, 21, beside the victim;
    // the getaway driver's 12 years; the earlier eight-year sentence; 40 miles (65 kilometres);
    // at least 12 witnesses against 14; $340; the senator's 28 clerks.
    for (const look of [
      /\b2[124]\b/,
      /12 years|eight-year/,
      /miles|kilometres/,
      /witness|\b1[24]\b/,
      /340|28/,
    ])
      expect(values).not.toMatch(look);
    expect(values).not.toMatch(/more than three hours/);
  });
});

describe('the trial story of a sentencing: who says it', () => {
  const story = analyze(SENTENCING);
  const origins = (story.provenance.origins ?? []).map((o) => o.label);
  it("has the prosecutor's office, the police, the court and the local paper's reporting as origins", () => {
    expect(origins).toEqual(
      expect.arrayContaining([
        "Brisk County District Attorney's Office",
        'Fenmore police',
        'Brisk County Circuit Judge Miriam Oduya',
        'The Fenmore Ledger',
      ]),
    );
  });
  it('has no defendant, commentator or relay as an origin', () => {
    for (const who of [/Kellan|Kellen/, /Trell/, /Varga/, /Pratt/, /coastline/i])
      expect(
        origins.filter((o) => who.test(o)),
        String(who),
      ).toEqual([]);
  });
  it('reads the relay as passing on the wire, and the criminologist and the senator as commentators', () => {
    const relays = story.provenance.relays ?? [];
    expect(relays.map((x) => [x.label, x.documents.map((id) => docNumber(story, id)), x.of])).toEqual([
      ['coastlinepost.com', [2], ['n:org:lantern-press-service']],
    ]);
    expect(commentatorNames(story)).toEqual(['Helen Varga', 'State Senator Owen Pratt']);
  });
  it("reads the relay's `reportedly` and `is said to` as hedges, the wire's own lead as attributed", () => {
    const member = (start: string) =>
      story.claims.flatMap((c) => c.members).find((m) => m.text.startsWith(start))!;
    expect(member('FENMORE, Westmarch - A man who shot dead').certainty).toBe('attributed');
    expect(
      story.claims.flatMap((c) => c.members).filter((m) => m.text.includes('reportedly'))[0]!.certainty,
    ).toBe('hedged');
    expect(member('Kellan is said to have shot').certainty).toBe('hedged');
  });
});

describe('the trial story of a sentencing: claims', () => {
  const story = analyze(SENTENCING);
  it('has distinct claims, none repeating another', () => {
    expect(repeatedClaims(story)).toEqual([]);
  });
  it('joins the four reports of the conviction and the deliberation into one claim', () => {
    const conviction = story.claims.find((c) => c.text.startsWith('Darius Kellan, 24, was convicted'))!;
    expect([...new Set(conviction.members.map((m) => docNumber(story, m.doc)))].sort()).toEqual([1, 2, 3, 4]);
  });
  // The getaway driver's sentencing on Wednesday (4) shares the killing's words with Kellan's
  // sentencing on Monday and joins its claim, with the review's lead and the prosecutor's quote:
  // the central claim is a catch-all of everything said about sentences.
  it.fails("keeps the getaway driver's sentencing out of Kellan's sentencing claim", () => {
    const central = story.claims.find((c) => c.text.startsWith('A man who shot dead'))!;
    expect(central.members.some((m) => m.text.includes('getaway driver'))).toBe(false);
  });
});

describe('the trial story of a sentencing: timeline', () => {
  const story = analyze(SENTENCING);
  const dated = datedEntries(story);
  it('dates nothing after its report', () => {
    for (const e of dated) {
      const published = SENTENCING[e.doc - 1]!.published;
      expect(e.date <= published, `${e.date} ${e.text}`).toBe(true);
    }
  });
  it('dates the killing in October 2029 and the sentencing on Monday 12 May in every report', () => {
    expect(dated.filter((e) => e.date.startsWith('2029-10')).map((e) => e.doc)).toEqual([2, 1]);
    expect(
      dated
        .filter((e) => e.date === '2031-05-12')
        .map((e) => e.doc)
        .sort(),
    ).toEqual([1, 2, 3, 4, 5]);
  });
  it("dates the driver's sentencing on Wednesday, and `the 2029 killing` as the killing, not the sentencing", () => {
    expect(dated.filter((e) => e.date === '2031-05-14').map((e) => e.text)).toEqual([
      'The getaway driver in the 2029 killing of a Fenmore convenience store clerk was sentenced on Wednesday to 12 years in prison',
    ]);
    expect(dated.filter((e) => e.date === '2029').map((e) => e.text)).toEqual([
      '2029 killing of a Fenmore convenience store clerk',
    ]);
  });
  // `after 35 years` is a span of time, not a clause opening between the two dates (it cut
  // Tuesday's clause to `35 years, filed a notice of appeal on Tuesday`).
  it('dates the appeal on Tuesday with its subject (`Kellan ... filed a notice of appeal`)', () => {
    const appeal = dated.find((e) => e.date === '2031-05-13')!;
    expect(appeal.text).toMatch(/^Kellan\b.*filed a notice of appeal on Tuesday$/);
  });
});

describe('the trial story of a sentencing: the brief', () => {
  const story = analyze(SENTENCING);
  it('has 5 to 10 distinct body sentences, none a headline', () => {
    expect(briefFaults(story, SENTENCING, 5, 10)).toEqual([]);
  });
  it('cites the sentencing to the reports giving 35 years, not to the paper giving 25 nor the review giving none', () => {
    const item = story.brief.find((b) => b.text.startsWith('A man who shot dead'));
    expect(item && cited(story, item)).toEqual([1, 2, 4]);
  });
  it("tells the second day's news, the getaway driver's 12 years, cited to the update alone", () => {
    const item = story.brief.find((b) => b.text.includes('getaway driver'));
    expect(item && cited(story, item)).toEqual([4]);
  });
  it('cites every item to the document whose sentence it is', () => {
    for (const b of story.brief) {
      const own = story.documents.findIndex((d) =>
        d.text.includes(b.text.replace(/^[A-Z]+, [A-Za-z]+ - /, '')),
      );
      expect(cited(story, b), b.text).toContain(own + 1);
    }
  });
});

describe('a life sentence with a minimum term (fact:term-sentence)', () => {
  const terms = (d: Dossier): string[] =>
    d.discrepancies
      .filter((x) => x.note.includes('sentence'))
      .map((x) => [...new Set(x.values.map((v) => v.text))].sort().join(' / '));
  it('reads `life in prison with the possibility of parole after 30 years`, set against `20 years to life`', () => {
    const d = reports(
      [
        'Piet Marr was sentenced on Friday to life in prison with the possibility of parole after 30 years for the murder of a guard in Velmar.',
        'Piet Marr was sentenced on Friday to 20 years to life for the murder of a guard in Velmar.',
      ],
      ONE_DAY,
    );
    expect(terms(d)).toEqual(['20 years / 30 years']);
  });
  it('control: `30 years to life` is the same sentence', () => {
    const d = reports(
      [
        'Piet Marr was sentenced on Friday to life in prison with the possibility of parole after 30 years for the murder of a guard in Velmar.',
        'Piet Marr was sentenced on Friday to 30 years to life for the murder of a guard in Velmar.',
      ],
      ONE_DAY,
    );
    expect(terms(d)).toEqual([]);
  });
  it('a term someone had served is an earlier case, not the term imposed now', () => {
    const d = reports(
      [
        'Piet Marr, who had served six years of a 10-year sentence for burglary, was convicted of the robbery of a bank in Velmar.',
        'Piet Marr was sentenced to 15 years for the robbery of a bank in Velmar.',
      ],
      ONE_DAY,
    );
    expect(terms(d)).toEqual([]);
  });
  it('control: a term imposed now that differs is reported', () => {
    const d = reports(
      [
        'Piet Marr was sentenced to 15 years for the robbery of a bank in Velmar.',
        'Piet Marr received a 10-year sentence for the robbery of a bank in Velmar.',
      ],
      ONE_DAY,
    );
    expect(terms(d)).toEqual(['10-year / 15 years']);
  });
  it('terms imposed on two days are two sentencings (an accomplice sentenced later)', () => {
    const d = reports(
      [
        'Piet Marr was sentenced on Monday to 20 years for the robbery of a bank in Velmar.',
        'His accomplice was sentenced on Wednesday to eight years for the robbery of a bank in Velmar.',
      ],
      ['2031-03-03', '2031-03-05'],
    );
    expect(terms(d)).toEqual([]);
  });
  it('control: two terms said for one day are one sentence told two ways', () => {
    const d = reports(
      [
        'Piet Marr was sentenced on Monday to 20 years for the robbery of a bank in Velmar.',
        'Piet Marr was sentenced on Monday to eight years for the robbery of a bank in Velmar.',
      ],
      ['2031-03-03', '2031-03-05'],
    );
    expect(terms(d)).toEqual(['20 years / eight years']);
  });
});

describe('an age after a lone surname (fact:age-apposition)', () => {
  const ages = (d: Dossier): string[] => d.discrepancies.filter((x) => x.kind === 'age').map((x) => x.note);
  it('is the person first named in full with it, not a relative named after it (`his son, Anton Verle`)', () => {
    const d = reports(
      [
        'A jury convicted Ivo Dorn of killing Tomas Verle in Velmar. Verle, 58, had run the shop for years, his son, Anton Verle, told the court.',
        'Ivo Dorn was convicted of killing Tomas Verle, 56, in Velmar.',
      ],
      ONE_DAY,
    );
    expect(ages(d)).toEqual(['outlets give different age of Tomas Verle: 56 vs 58']);
  });
  it('control: an age after the full name of the relative is theirs', () => {
    const d = reports(
      [
        'A jury convicted Ivo Dorn of killing Tomas Verle in Velmar. His son, Anton Verle, 30, told the court he had run the shop for years.',
        'Ivo Dorn was convicted of killing Tomas Verle, 56, in Velmar.',
      ],
      ONE_DAY,
    );
    expect(ages(d)).toEqual([]);
  });
});

describe('how long a finished act took', () => {
  const spans = (d: Dossier): string[][] =>
    d.discrepancies
      .filter((x) => x.note.includes('hours'))
      .map((x) => [x.kind, ...x.values.map((v) => v.text)]);
  it('reads `two hours and 45 minutes` as one span, which a round `three hours` allows', () => {
    const d = reports(
      [
        'The jury deliberated for three hours before convicting Ivo Dorn of murder in Velmar.',
        'The jury deliberated for two hours and 45 minutes before convicting Ivo Dorn of murder in Velmar.',
      ],
      ONE_DAY,
    );
    expect(spans(d)).toEqual([]);
  });
  it('control: `about five hours` against `two hours and 45 minutes` is a conflict', () => {
    const d = reports(
      [
        'The jury deliberated for about five hours before convicting Ivo Dorn of murder in Velmar.',
        'The jury deliberated for two hours and 45 minutes before convicting Ivo Dorn of murder in Velmar.',
      ],
      ONE_DAY,
    );
    expect(spans(d)).toEqual([['quantity', 'five hours', 'two hours and 45 minutes']]);
  });
  it('a later report giving another span of a finished act contradicts the earlier one, no update', () => {
    const d = reports(
      [
        'The jury deliberated for about three hours before convicting Ivo Dorn of murder in Velmar.',
        'The jury deliberated for about six hours before convicting Ivo Dorn of murder in Velmar.',
      ],
      TWO_DAYS,
    );
    expect(spans(d).map((x) => x[0])).toEqual(['quantity']);
  });
  it('control: a span told as still running moves on (an update)', () => {
    const d = reports(
      [
        'The standoff at the Velmar bank has lasted 10 hours, police said.',
        'The standoff at the Velmar bank has lasted 30 hours, police said.',
      ],
      TWO_DAYS,
    );
    expect(spans(d).map((x) => x[0])).toEqual(['update']);
  });
});

describe('a plea, and someone told in court, are no sources', () => {
  const one = (text: string): Dossier => reports([text], ONE_DAY);
  const cues = (d: Dossier): string[] =>
    d.documents.flatMap((doc) => doc.attributions.map((a) => doc.text.slice(a.cue.start, a.cue.end)));
  it('`pleaded guilty` is a plea, not a statement', () => {
    expect(cues(one('Ana Roe, 41, pleaded guilty to fraud at the Velmar court on Tuesday.'))).toEqual([]);
  });
  it('control: `Ana Roe pleaded` after a quotation is a cue', () => {
    expect(cues(one('"Let my son go," Ana Roe pleaded outside the Velmar court on Tuesday.'))).toEqual([
      'pleaded',
    ]);
  });
  const origins = (d: Dossier): string[] => (d.provenance.origins ?? []).map((o) => o.label);
  it('a person the judge told something is no origin, and the outlet does not relay them', () => {
    const d = one('Judge Ada Venn told Ivo Dorn that he had shown no remorse for the killing.');
    expect(origins(d).filter((o) => /Dorn/.test(o))).toEqual([]);
    expect((d.provenance.relays ?? []).filter((r) => r.of.some((o) => /dorn/.test(o)))).toEqual([]);
  });
  it('control: a news organisation told something passes it on', () => {
    const d = one('Judge Ada Venn told the Velmar Gazette that the court had shown restraint.');
    expect(d.provenance.edges.filter((e) => e.kind === 'cites' && /gazette/.test(e.from))).toHaveLength(1);
  });
});

describe('a span of time after `after` is no clause between two dates (timeline)', () => {
  const clauses = (sentence: string): string[] => {
    const d = reports([sentence], ['2031-03-07']);
    return d.timeline.map((t) => {
      const c = t.clause ?? t;
      return `${t.date} ${d.documents[0]!.text.slice(c.start, c.end)}`;
    });
  };
  it('keeps `after six years` inside the clause of the later date', () => {
    expect(
      clauses(
        'Dorn, who was jailed on Monday with parole possible after six years, appealed on Wednesday.',
      ).at(-1),
    ).toBe(
      '2031-03-05 Dorn, who was jailed on Monday with parole possible after six years, appealed on Wednesday',
    );
  });
  it('control: `after` opening a clause still cuts it (`after the board met on Saturday`)', () => {
    expect(clauses('Brandt resigned on Wednesday after the board met on Saturday.')).toEqual([
      '2031-03-01 the board met on Saturday',
      '2031-03-05 Brandt resigned on Wednesday',
    ]);
  });
});

describe('a date used as an adjective (timeline)', () => {
  const clauses = (sentence: string): string[] => {
    const d = reports([sentence], ['2031-03-07']);
    return d.timeline.map((t) => {
      const c = t.clause ?? t;
      return `${t.date} ${d.documents[0]!.text.slice(c.start, c.end)}`;
    });
  };
  it('dates its noun phrase (`the 2019 killing of a shopkeeper`), not the arrest', () => {
    expect(clauses('Police arrested a man on Friday in the 2019 killing of a shopkeeper in Velmar.')).toEqual(
      [
        '2019 2019 killing of a shopkeeper in Velmar',
        '2031-03-07 Police arrested a man on Friday in the 2019 killing of a shopkeeper in Velmar',
      ],
    );
  });
  it('control: a year after `In` dates the clause', () => {
    expect(clauses('In 2019, a shopkeeper was killed in Velmar.')).toEqual([
      '2019 In 2019, a shopkeeper was killed in Velmar',
    ]);
  });
});
