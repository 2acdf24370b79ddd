import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../model/dossier.js';
import { DEATH } from './h-trial19.fixture.js';
import { findFacts } from '../facts.js';
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
  oneArticle,
  relayChains,
  repeatedClaims,
} from './read.js';

// A fictional death of an actor and singer (a wire relaying the family's statement, a relay
// that hedges the wire, an entertainment weekly quoting his publicist, the wire's update with
// the family's correction and the memorial, an appreciation with a film critic), read as a
// demanding fact-checker reads the dossier: his age, the day he died, his birthplace, the
// albums, the awards, the films and his surname told two ways are discrepancies, and the cause
// is corrected by the family; the co-star's and the brother's ages, `more than 60` against 70
// films, Tuesday against 7 March, the memorial next month, the durations, the background years
// and the box office in two notations are not.

const outletOf = (d: Dossier, n: number): string | undefined => d.documents[n - 1]?.outlet ?? undefined;

describe('the trial story of an actor’s death: discrepancies', () => {
  const story = analyze(DEATH);
  it('reports the films, more than 60 against some 45', () => {
    const films = story.discrepancies.filter((x) => x.kind === 'count' && x.note.includes('films'));
    expect(films.flatMap((x) => x.values.map((v) => `${v.text} (${docNumber(story, v.doc)})`))).toEqual(
      expect.arrayContaining(['60 films (1)', '45 films (3)']),
    );
  });
  // Before `name:relatives-apart` (`compare/names.ts`, `relativesApart`), the age of the
  // brother `Teo Dunmore, died in 2019 at 70` was read as Rafael Dunmore's: the lone surnames
  // `Dunmore` / `Dunmoore` joined the two full names into one person.
  it("reports his age, 78 against 79, and never his brother's 70 or the co-star's 71", () => {
    expect(entries(story, 'age')).toEqual([['78 (1)', '78 (2)', '79 (3)']]);
  });
  it('never reads the co-star’s 71 as his age', () => {
    expect(factualValues(story)).not.toMatch(/\b71\b/);
  });
  // `died on Tuesday` (said on Wednesday: the 7th) and `died on Sunday` (said on Thursday: the
  // 5th) are two days of one death. Before `STATEMENT_DAY` read `said in a statement on
  // Wednesday` (`facts.ts`), the wire's lead gave no weekday at all; before
  // `date:once-of-one-person` (`compare/dates.ts`, `onceOfOnePerson`), two weekdays of
  // sentences told in other words were never compared, and the brother's death in 2019 (one
  // person with him, before `name:relatives-apart`) excused the weekly's Sunday. (A day apart,
  // `Monday` against `Tuesday`, stays one moment told from two time zones or two sides of a night.)
  it('reports the day he died, Tuesday (the 7th) against Sunday (the 5th)', () => {
    const dates = story.discrepancies.filter((x) => x.kind === 'date');
    expect(dates.length).toBe(1);
    expect(dates[0]!.values.map((v) => docNumber(story, v.doc))).toEqual(expect.arrayContaining([1, 3]));
  });
  // Since `fact:place-of-birth-opening` (`facts.ts`, `BORN_OPENING`), the wire's `Born in
  // Castelmar, Dunmore appeared ...` gives his place of birth; but the weekly's `Dunmore was
  // born in Vell Harbour` is read as his brother's birthplace: the entity finder gives a lone
  // surname to the last full name of it in the text (`Teo Dunmore`, two sentences later). A rule
  // giving it to the full name before it (or the first) fixed this and was dropped: it made
  // both halves' claims worse (see docs/story-level.md).
  it.fails('reports his birthplace, Castelmar against Vell Harbour', () => {
    expect(factualValues(story)).toMatch(/Castelmar/);
    expect(factualValues(story)).toMatch(/Vell Harbour/);
  });
  it('reports the albums, 14 against 12, with who says each', () => {
    const albums = story.discrepancies.filter((x) => x.note.includes('albums'));
    expect(albums.flatMap((x) => x.values.map((v) => `${v.text} (${docNumber(story, v.doc)})`))).toEqual(
      expect.arrayContaining(['14 albums (1)', '12 albums (3)']),
    );
  });
  // Before `fact:count-named-prize` (`facts.ts`, `PRIZE_NOUN` in `nounOf`), `two Halvard
  // Awards` / `three Halvard Awards` were in no entry: a capitalised noun counted nothing. (They
  // are shown as an update between days, as the albums are.)
  it('reports the awards, two against three', () => {
    expect(factualValues(story)).toMatch(/two|2 /);
    expect(factualValues(story)).toMatch(/three|3 /);
  });
  it('reports his surname written two ways, Dunmore against Dunmoore', () => {
    const spelled = story.discrepancies
      .filter((x) => x.kind === 'spelling')
      .flatMap((x) => x.values.map((v) => v.text));
    expect(spelled).toEqual(expect.arrayContaining(['Rafael Dunmore', 'Rafael Dunmoore']));
  });
  // Before `name:relatives-apart`, his brother `Teo Dunmore` was listed as a third spelling of
  // `Rafael Dunmore`.
  it('never lists his brother as a spelling of his name', () => {
    const spelled = story.discrepancies
      .filter((x) => x.kind === 'spelling')
      .flatMap((x) => x.values.map((v) => v.text));
    expect(spelled).not.toContain('Teo Dunmore');
  });
  it('sets no look-alike against another: 70 films, the memorial, the durations, the box office, the background years', () => {
    for (const kind of ['duration', 'money'])
      expect(
        story.discrepancies.filter((x) => x.kind === kind),
        kind,
      ).toEqual([]);
    const values = factualValues(story);
    for (const look of [
      /41|married/,
      /five decades|decade/,
      /billion/,
      /1978|1979|1986|1987|2019/,
      /next month|April/,
    ])
      expect(values).not.toMatch(look);
    const counts = story.discrepancies.filter((x) => x.kind === 'count');
    expect(counts.flatMap((x) => x.values.map((v) => v.text))).not.toContain('70 films');
  });
});

describe('the trial story of an actor’s death: the corrected cause', () => {
  const story = analyze(DEATH);
  it('ties the wire’s heart failure to the update that corrects it', () => {
    const cause = story.claims.find((c) =>
      c.members.some((m) => m.text.startsWith('Dunmore died of heart failure')),
    )!;
    expect(cause.members.map((m) => docNumber(story, m.doc))).toEqual(expect.arrayContaining([1, 4]));
  });
  // Before `CORRECTION` (`claims.ts`), the update's `not heart failure as first reported` left
  // the wire's cause uncontested.
  it('shows the heart failure as contested by the family’s correction', () => {
    const cause = story.claims.find((c) =>
      c.members.some((m) => m.text.startsWith('Dunmore died of heart failure')),
    )!;
    expect(cause.contested).toBe(true);
  });
});

describe('the trial story of an actor’s death: who says it', () => {
  const story = analyze(DEATH);
  it('reads the wire’s outlet from its second line', () => {
    expect(outletOf(story, 1)).toBe('Arden Wire Service');
    expect(outletOf(story, 4)).toBe('Arden Wire Service');
  });
  // Before `metadata:one-word-outlet-named-in-text` and `metadata:address-under-headline`
  // (`src/metadata/plain.ts`), the one-word outlet line `Marquee` (named in the text, `told
  // Marquee`) and the bare address `www.showbeat-news.com` under the headline gave no outlet.
  it('reads a one-word outlet named in its text, and a bare web address, as the outlet', () => {
    expect(outletOf(story, 3)).toBe('Marquee');
    expect(outletOf(story, 2)).toMatch(/showbeat/i);
  });
  // Before the weekly's outlet was read, `told Marquee` was read as the weekly passing on an
  // outlet named Marquee.
  it('reads the relay as passing on the wire, and nothing else as a relay', () => {
    expect(relayChains(story)).toEqual([[[2], ['n:org:arden-wire-service']]]);
  });
  it('reads the critic as a commentator, never an origin', () => {
    expect(commentatorNames(story)).toEqual(['Jonas Ebbe']);
    expect((story.provenance.origins ?? []).filter((o) => /Ebbe|showbeat/i.test(o.label))).toEqual([]);
  });
  it('notes the described sources as such: a family spokesperson, his publicist', () => {
    const labels = (story.provenance.origins ?? []).map((o) => o.label);
    expect(labels).toEqual(expect.arrayContaining(['family spokesperson', 'his publicist, Dana Whitlow']));
  });
  it('reads the relay as hedging the wire it passes on', () => {
    const relay = hedgedMembers(story, 2);
    expect(relay.length).toBeGreaterThanOrEqual(2);
    for (const m of relay) expect(m.certainty, m.text).toBe('hedged');
  });
});

describe('the trial story of an actor’s death: claims', () => {
  const story = analyze(DEATH);
  it('has distinct claims, none repeating another', () => {
    expect(repeatedClaims(story)).toEqual([]);
  });
  // The critic's `Ebbe said the box office of 1.2 billion dollars understated his reach` joins
  // the box office's claim: it restates the figure the appreciation relies on; his own quote
  // stays out.
  it("leaves the critic's quote out of every claim", () => {
    expect(claimMembersSaying(story, /Nobody else/)).toEqual([]);
  });
});

describe('the trial story of an actor’s death: timeline', () => {
  const story = analyze(DEATH);
  const dated = datedEntries(story);
  it('dates nothing after its report, the memorial next month included', () => {
    for (const e of dated) expect(e.date <= DEATH[e.doc - 1]!.published, `${e.date} ${e.text}`).toBe(true);
  });
  it('dates the death on Tuesday the 7th in the wire, the relay and the update, on Sunday the 5th in the weekly', () => {
    const died = dated.filter((e) => /died on|have died/.test(e.text) && !/said in a statement/.test(e.text));
    expect(died.map((e) => [e.date, e.doc])).toEqual([
      ['2034-03-05', 3],
      ['2034-03-07', 1],
      ['2034-03-07', 2],
      ['2034-03-07', 4],
    ]);
  });
  it('dates the background: the debut in 1978, the album the following year, the film in 1986 in its aside, the award in 1987, the brother in 2019', () => {
    const years = dated.filter((e) => /^\d{4}$/.test(e.date)).map((e) => [e.date, e.doc]);
    expect(years).toEqual([
      ['1978', 3],
      ['1979', 3],
      ['1986', 5],
      ['1987', 1],
      ['2019', 3],
    ]);
  });
  // Before `timeline:year-after-named-year` (`timeline.ts`, `YEAR_FROM_NAMED`), `the following
  // year he released his first album` was left out (an anaphoric year), though the year just
  // named (1978) resolves it.
  it('dates the first album the following year, 1979', () => {
    expect(dated.filter((e) => /first album/.test(e.text)).map((e) => e.date)).toContain('1979');
  });
});

describe('the trial story of an actor’s death: the brief', () => {
  const story = analyze(DEATH);
  it('has 4 to 10 distinct body sentences, none a headline', () => {
    expect(briefFaults(story, DEATH)).toEqual([]);
  });
  it('cites every item to the document whose sentence it is', () => {
    expect(notCitingOwn(story)).toEqual([]);
  });
  it('cites the box office to the wire and the appreciation, its two notations', () => {
    const item = story.brief.find((b) => b.text.includes('$1.2 billion'));
    expect(item && cited(story, item)).toEqual([1, 5]);
  });
  it('tells the memorial, cited to the wire and its update', () => {
    const item = story.brief.find((b) => b.text.includes('memorial'));
    expect(item && cited(story, item)).toEqual([1, 4]);
  });
  // `He won two Halvard Awards` is cited to the weekly too, which gives three.
  it.fails('cites the two awards to the wire alone, not to the weekly giving three', () => {
    const item = story.brief.find((b) => b.text.includes('two Halvard Awards'));
    expect(item && cited(story, item)).toEqual([1]);
  });
  // The relay's hedged `Dunmoore was said to have died of heart failure ... on Tuesday` and
  // `He reportedly recorded 14 albums` stand beside the wire's own lead and its albums.
  it.fails("drops the relay's hedged twins of items the brief already holds", () => {
    expect(story.brief.filter((b) => /reportedly|said to/.test(b.text))).toEqual([]);
  });
});

// The rules this story asked for, each a fictional pair (failing before its rule) and its
// control (passing before and after).
const one = oneArticle;

describe('rules from the actor’s death: the outlet line', () => {
  it('pair: a one-word line under the headline is the outlet when the body says it was told something', () => {
    const d = one([
      'Singer Mara Holt cancels her autumn tour',
      'Reelside',
      'By Tessa Quill',
      '2 May 2031',
      'Mara Holt has cancelled the 20 dates of her autumn tour, her agent told Reelside on Friday.',
    ]);
    expect(d.documents[0]!.outlet).toBe('Reelside');
  });
  it('control: a one-word line the body names only as a place is no outlet', () => {
    const d = one([
      'Singer Mara Holt cancels her autumn tour',
      'Kestrow',
      'By Tessa Quill',
      '2 May 2031',
      'Mara Holt, who was born in Kestrow, has cancelled the 20 dates of her autumn tour, her agent said.',
    ]);
    expect(d.documents[0]!.outlet).not.toBe('Kestrow');
  });
  it('pair: a bare web address under the headline names the outlet', () => {
    const d = one([
      'Singer Mara Holt cancels her autumn tour',
      'www.tidewatch-news.com',
      '2 May 2031',
      'Mara Holt has cancelled the 20 dates of her autumn tour, her agent said on Friday.',
    ]);
    expect(d.documents[0]!.outlet).toMatch(/tidewatch/);
  });
  it('control: a web address in the body names no outlet', () => {
    const d = one([
      'Singer Mara Holt cancels her autumn tour',
      '2 May 2031',
      'Mara Holt has cancelled the 20 dates of her autumn tour, her agent said on Friday.',
      'Refunds are offered at www.holt-tickets.com.',
    ]);
    expect(d.documents[0]!.outlet ?? '').not.toMatch(/holt-tickets/);
  });
});

describe('rules from the actor’s death: the day of a death', () => {
  const weekdaysOf = (d: Dossier) =>
    findFacts(d.documents.map((x) => ({ ...x, messages: [] })))
      .filter((f) => f.kind === 'date' && String(f.value).startsWith('W:'))
      .map((f) => [docNumber(d, f.doc), f.value, f.text]);
  it('pair: a weekday before the day of a statement (`said in a statement on Wednesday`) is the event’s', () => {
    const d = one([
      'Painter Lida Morve dies',
      'The Harrow Courier',
      '2 May 2031',
      'Lida Morve, the painter, died on Monday at her home in Tessin, her son said in a statement on Wednesday.',
    ]);
    expect(weekdaysOf(d)).toEqual([[1, 'W:1', 'Monday']]);
  });
  it('pair: the day of the statement itself (`said in a statement on Wednesday`) is no day of the event', () => {
    const d = one([
      'Painter Lida Morve dies',
      'The Harrow Courier',
      '2 May 2031',
      'Lida Morve, the painter, has died at her home in Tessin, her son said in a statement on Wednesday.',
    ]);
    expect(weekdaysOf(d)).toEqual([]);
  });
  it('control: two weekdays nothing parts (`closed on Monday and Tuesday`) stay unread', () => {
    const d = one([
      'Painter Lida Morve dies',
      'The Harrow Courier',
      '2 May 2031',
      'Her gallery in Tessin was closed on Monday and Tuesday, her son said.',
    ]);
    expect(weekdaysOf(d)).toEqual([]);
  });
  const two = (second: string) =>
    analyze([
      {
        location: 'unit/a.txt',
        published: '2031-05-05',
        text: 'Painter Lida Morve dies\nThe Harrow Courier\n5 May 2031\nThe painter Lida Morve died on Friday at her home, her son said.\n',
      },
      {
        location: 'unit/b.txt',
        published: '2031-05-05',
        text: `Lida Morve remembered\nThe Tessin Post\n5 May 2031\n${second}\n`,
      },
    ]);
  it('pair: two weekdays of one person’s death, two days apart, in sentences told in other words, are a date discrepancy', () => {
    const d = two('Lida Morve, 81, died on Wednesday in a hospital in Tessin, her gallery told reporters.');
    expect(entries(d, 'date')).toEqual([['Friday (1)', 'Wednesday (2)']]);
  });
  it('control: the death of another person of the story on another day is none', () => {
    const d = two(
      'Her husband, Arno Velt, died on Wednesday in a hospital in Tessin, her gallery told reporters.',
    );
    expect(entries(d, 'date')).toEqual([]);
  });
});

describe('rules from the actor’s death: relatives share a surname', () => {
  const spelled = (d: Dossier) =>
    d.discrepancies
      .filter((x) => x.kind === 'spelling')
      .flatMap((x) => [...new Set(x.values.map((v) => v.text))].sort());
  const story = analyze([
    {
      location: 'unit/a.txt',
      published: '2031-05-05',
      text: 'Singer Mara Holden cancels tour\nThe Harrow Courier\n5 May 2031\nMara Holden, 64, has cancelled her autumn tour, her agent said.\nHolden had played 20 dates this year.\n',
    },
    {
      location: 'unit/b.txt',
      published: '2031-05-05',
      text: 'Mara Holdan calls off tour\nThe Tessin Post\n5 May 2031\nMara Holdan has called off her autumn tour.\nHoldan was joined on stage this year by her sister, Ilse Holden, 58.\n',
    },
  ]);
  it('pair: a sister of one surname is no spelling of the singer’s name, and her age is not the singer’s', () => {
    expect(spelled(story)).not.toContain('Ilse Holden');
    expect(entries(story, 'age')).toEqual([]);
  });
  it('control: the singer’s name written two ways is still a spelling entry', () => {
    expect(spelled(story)).toEqual(expect.arrayContaining(['Mara Holdan', 'Mara Holden']));
  });
});

describe('rules from the actor’s death: the following year', () => {
  const years = (sentence: string) =>
    datedEntries(one(['Mara Holt at 60', 'The Harrow Courier', '2 May 2031', sentence])).map((e) => e.date);
  it('pair: `the following year` after a year named in the sentence is the year after it', () => {
    expect(
      years('Holt joined the Tessin choir in 1994, and the following year she recorded her first album.'),
    ).toEqual(['1994', '1995']);
  });
  it('control: `the following year` with no year named before it is no date', () => {
    expect(
      years('Holt joined the Tessin choir as a girl, and the following year she recorded her first album.'),
    ).toEqual([]);
  });
});

describe('rules from the actor’s death: where he was born', () => {
  const two = (first: string, second: string) =>
    analyze([
      {
        location: 'unit/a.txt',
        published: '2031-05-05',
        text: `Painter Lida Morve dies\nThe Harrow Courier\n5 May 2031\n${first}\n`,
      },
      {
        location: 'unit/b.txt',
        published: '2031-05-05',
        text: `Lida Morve remembered\nThe Tessin Post\n5 May 2031\n${second}\n`,
      },
    ]);
  const places = (d: Dossier) => entries(d, 'place');
  it('pair: a sentence opening on the birthplace (`Born in Orlen, Morve ...`) gives the place its subject was born', () => {
    const d = two(
      'The painter Lida Morve died on Friday. Born in Orlen, Morve painted the coast for 50 years.',
      'Lida Morve died on Friday. Morve was born in Kessa and painted the coast for half a century.',
    );
    expect(places(d)).toEqual([['Kessa (2)', 'Orlen (1)']]);
  });
  it('control: a birthplace told alike by both is no discrepancy', () => {
    const d = two(
      'The painter Lida Morve died on Friday. Born in Orlen, Morve painted the coast for 50 years.',
      'Lida Morve died on Friday. Morve was born in Orlen and painted the coast for half a century.',
    );
    expect(places(d)).toEqual([]);
  });
  it('pair: a place ending its sentence is read without the full stop', () => {
    const d = two(
      'The painter Lida Morve died on Friday. Morve was born in Orlen, the painter’s gallery said.',
      'Lida Morve died on Friday. Morve was born in Kessa.',
    );
    expect(places(d)).toEqual([['Kessa (2)', 'Orlen (1)']]);
  });
  it('pair: a place told alike, once at the end of its sentence, is no discrepancy', () => {
    const d = two(
      'The painter Lida Morve died on Friday. Morve was born in Orlen, the painter’s gallery said.',
      'Lida Morve died on Friday. Morve was born in Orlen.',
    );
    expect(places(d)).toEqual([]);
  });
  it('pair: a site named with its town (`at St Aubin Hospital in Orlen`) gives the town', () => {
    const d = two(
      'The painter Lida Morve died on Friday at St Aubin Hospital in Orlen, her son said.',
      'Lida Morve died on Friday at her home in Kessa, her gallery said.',
    );
    expect(places(d)).toEqual([['Kessa (2)', 'Orlen (1)']]);
  });
  it('control: a site named without its town gives no place', () => {
    const d = two(
      'The painter Lida Morve died on Friday at St Aubin Hospital, her son said.',
      'Lida Morve died on Friday at her home in Kessa, her gallery said.',
    );
    expect(places(d)).toEqual([]);
  });
  it('control: two places in the middle of their sentences are compared as before', () => {
    const d = two(
      'The painter Lida Morve died on Friday. Morve was born in Orlen, the painter’s gallery said.',
      'Lida Morve died on Friday. Morve was born in Kessa and painted the coast.',
    );
    expect(places(d)).toEqual([['Kessa (2)', 'Orlen (1)']]);
  });
});

describe('rules from the actor’s death: prizes named by their giver', () => {
  const two = (first: string, second: string) =>
    analyze([
      {
        location: 'unit/a.txt',
        published: '2031-05-05',
        text: `Singer Mara Holt at 60\nThe Harrow Courier\n5 May 2031\n${first}\n`,
      },
      {
        location: 'unit/b.txt',
        published: '2031-05-05',
        text: `Mara Holt turns 60\nThe Tessin Post\n5 May 2031\n${second}\n`,
      },
    ]);
  const prizes = (d: Dossier) =>
    d.discrepancies
      .filter((x) => x.kind === 'count' && /award/i.test(x.note))
      .flatMap((x) => x.values.map((v) => v.text));
  it('pair: `four Velden Awards` against `five Velden Awards` is a count discrepancy', () => {
    const d = two(
      'Mara Holt has won four Velden Awards, her label said.',
      'Mara Holt has won five Velden Awards, her label said.',
    );
    expect(prizes(d).sort()).toEqual(['five Velden Awards', 'four Velden Awards']);
  });
  it('control: the same count of prizes told by both is none', () => {
    const d = two(
      'Mara Holt has won four Velden Awards, her label said.',
      'Mara Holt has won four Velden Awards, her label said on Monday.',
    );
    expect(prizes(d)).toEqual([]);
  });
});

describe('rules from the actor’s death: a correction of the first reports', () => {
  const two = (second: string) =>
    analyze([
      {
        location: 'unit/a.txt',
        published: '2031-05-05',
        text: 'Painter Lida Morve dies\nThe Harrow Courier\n5 May 2031\nThe painter Lida Morve died of a stroke at her home in Tessin, her son said.\n',
      },
      {
        location: 'unit/b.txt',
        published: '2031-05-06',
        text: `Lida Morve remembered\nThe Tessin Post\n6 May 2031\n${second}\n`,
      },
    ]);
  const contested = (d: Dossier) =>
    d.claims
      .filter((c) => c.members.some((m) => m.text.includes('died of a stroke')))
      .map((c) => !!c.contested);
  it('pair: `not a stroke as first reported` contests the claim it joins', () => {
    const d = two(
      'The painter Lida Morve died of heart failure at her home in Tessin, not a stroke as first reported, her son said.',
    );
    expect(contested(d)).toEqual([true]);
  });
  it('control: a member telling the same cause as the first report does not contest it', () => {
    const d = two(
      'The painter Lida Morve died of a stroke at her home in Tessin, as first reported, her son said.',
    );
    expect(contested(d)).toEqual([false]);
  });
});
