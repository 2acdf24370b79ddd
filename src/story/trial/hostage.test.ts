import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../model/dossier.js';
import { analyzeTexts } from '../../analyze.js';
import { HOSTAGE } from './hostage.fixture.js';
import {
  analyze,
  datedEntries,
  docNumber,
  entries,
  factualValues,
  notCitingOwn,
  repeatedClaims,
  briefFaults,
  commentatorNames,
  relayDocs,
} from './read.js';

// A fictional hostage release (a wire citing the foreign ministry, a broadcaster's site that
// hedges it, a regional paper with the families and the kidnappers' statement, the wire's update
// a day later, an analysis with a former ambassador), read as a demanding fact-checker reads the
// dossier: the hostages freed, the days in captivity, the engineer's age, the mediator's name
// and the town of the handover told two ways are discrepancies; the twelfth hostage found the
// next day is an update. The bus's passengers, the hostages still held, a 2029 kidnapping, the
// ransom in two currencies and a girl's age are not.

describe('the trial story of a hostage release: discrepancies', () => {
  const story = analyze(HOSTAGE);
  it('reports the hostages freed on Friday, eleven (and more than ten) against nine, with who says each', () => {
    const count = story.discrepancies.filter((x) => x.kind === 'count');
    expect(count.map((x) => [...new Set(x.values.map((v) => docNumber(story, v.doc)))].sort())).toEqual([
      [1, 2, 3],
    ]);
    expect(count[0]!.note).toMatch(
      /Nine hostages.*\(their families\) vs ten hostages.* \/ Eleven hostages.*\(foreign ministry\)/,
    );
  });
  it('reports the twelfth hostage found on Saturday as an update from eleven to twelve', () => {
    expect(story.discrepancies.filter((x) => x.kind === 'update').map((x) => x.note)).toEqual([
      expect.stringMatching(/Eleven hostages.* → Twelve hostages/),
    ]);
  });
  it("reports the days in captivity, the engineer's age, the mediator's name and the town of the handover", () => {
    expect(entries(story, 'quantity')).toEqual([['23 days (1)', '25 days (3)', 'three weeks (2)']]);
    expect(entries(story, 'age')).toEqual([['45 (3)', '54 (1)']]);
    expect(entries(story, 'spelling')).toEqual(
      expect.arrayContaining([
        ['Idris Kamali (1)', 'Idris Kamali (4)', 'Idriss Kamali (3)'],
        ['Port Tamsin (1)', 'Port Tamsin (4)', 'Port Tamsir (3)'],
      ]),
    );
  });
  it('sets no look-alike against another: the passengers, the two still held, 2029, the ransom, the girl', () => {
    const values = factualValues(story);
    for (const look of [
      /\b40\b|passengers/,
      /\bTwo\b|\b2 hostages/,
      /2029|\b16\b/,
      /dinars|\$1\.5/,
      /7-year-old|\b7\b/,
    ])
      expect(values).not.toMatch(look);
  });
});

describe('the trial story of a hostage release: claims and who says it', () => {
  const story = analyze(HOSTAGE);
  const origins = (story.provenance.origins ?? []).map((o) => o.label);
  it('has distinct claims, none repeating another', () => {
    expect(repeatedClaims(story)).toEqual([]);
  });
  it('has the foreign ministry, the families and the armed group among its origins, and no freed hostage who only phoned home', () => {
    expect(origins).toEqual(
      expect.arrayContaining(['foreign ministry', 'their families', 'Red Dune Brigade']),
    );
    expect(origins.filter((o) => /Weyl/.test(o))).toEqual([]);
  });
  it('reads the site as relaying the wire, and the former ambassador as a commentator, never an origin', () => {
    expect(relayDocs(story)).toEqual([[2]]);
    expect(commentatorNames(story)).toEqual(['Mira Tolan']);
    expect(origins.filter((o) => /Tolan|kvt/i.test(o))).toEqual([]);
  });
  // The denial names the spokeswoman, as the handover sentence does: it joined that claim and
  // marked it contested. Now it is like only what shares its words outside who speaks
  // (`ClaimUnit.denies`): the handover is uncontested, and the denial makes a claim with the
  // former ambassador's `Governments always deny paying` (both name denying and paying; a habit
  // is no denial, `NO_DENIAL_BEFORE`). The group's statement shares only `ransom` with it, too
  // little to be one claim.
  it('leaves the handover and the release uncontested', () => {
    for (const c of story.claims.filter((c) =>
      c.members.some((m) => /handed over|Eleven hostages/.test(m.text)),
    ))
      expect(c.contested ?? false, c.text).toBe(false);
  });
  it.fails("ties the government's denial to the group's statement of a ransom received", () => {
    const claim = story.claims.find((c) => c.members.some((m) => /received a ransom/.test(m.text)));
    expect(claim?.members.some((m) => m.certainty === 'denied')).toBe(true);
  });
});

describe('the trial story of a hostage release: timeline and brief', () => {
  const story = analyze(HOSTAGE);
  it('dates nothing after its report (`held them for five months` is no date), the bus stopped on 2 August', () => {
    const dated = datedEntries(story);
    for (const e of dated) expect(e.date <= HOSTAGE[e.doc - 1]!.published, `${e.date} ${e.text}`).toBe(true);
    expect(dated.filter((e) => e.date === '2034-08-02').map((e) => e.doc)).toEqual([3]);
  });
  it('has 4 to 10 distinct body sentences, none a headline, each cited to its own document', () => {
    expect(briefFaults(story, HOSTAGE)).toEqual([]);
    expect(notCitingOwn(story)).toEqual([]);
  });
  // Every lead gives a disputed figure; the mediator's `the last hostage would be freed within
  // days`, with none, told the release before a forecast was a later choice (`TELLS_FUTURE`).
  it("tells the release by the wire's lead, not by the mediator's forecast, and the twelfth hostage", () => {
    expect(story.brief.some((b) => b.text.startsWith('Eleven hostages seized'))).toBe(true);
    expect(story.brief.filter((b) => /would be freed within days/.test(b.text))).toEqual([]);
    expect(story.brief.some((b) => b.text.includes('Twelve hostages have now been freed'))).toBe(true);
  });
});

describe('rules from the trial story of a hostage release', () => {
  const story = (...bodies: Array<[string, string, string]>): Dossier =>
    analyze(
      bodies.map(([date, outlet, body], i) => ({
        location: `${i + 1}.txt`,
        published: '',
        text: `Hostage news\n${outlet}\n${date}\n${body}\n`,
      })),
    );
  const dates = (text: string) => {
    const d = analyzeTexts([
      { location: 'a.txt', text: `Hostage news\n3 June 2031\n${text}\n`, known: { language: 'en' } },
    ]);
    return d.documents[0]!.dates.map((x) => x.value);
  };

  // `months` begins like `Mon`: `held them for five months` was read as a day five months after
  // the report, in the future.
  it('reads no date in `held them for five months` or `over two years`', () => {
    expect(dates('In 2029, the group held 16 aid workers for five months.')).toEqual([]);
    expect(dates('The talks dragged on over two years.')).toEqual([]);
  });
  it('still reads `five months ago` as a date', () => {
    expect(dates('The group seized 16 aid workers five months ago.')).toEqual(['2031-01-03']);
  });

  // `have now been freed`: an adverb between `have` and `been` left `been` read as what befell them.
  it('reads `Twelve hostages have now been freed` as hostages freed: an update from eleven', () => {
    const d = story(
      ['3 June 2031', 'The Ledger', 'Eleven hostages were freed on Friday, the ministry said.'],
      ['4 June 2031', 'The Ledger', 'Twelve hostages have now been freed, the ministry said on Saturday.'],
    );
    expect(entries(d, 'update')).toEqual([['Eleven hostages (1)', 'Twelve hostages (2)']]);
  });
  it('reads `have been freed` so too (before as now)', () => {
    const d = story(
      ['3 June 2031', 'The Ledger', 'Eleven hostages were freed on Friday, the ministry said.'],
      ['4 June 2031', 'The Ledger', 'Twelve hostages have been freed, the ministry said on Saturday.'],
    );
    expect(entries(d, 'update')).toEqual([['Eleven hostages (1)', 'Twelve hostages (2)']]);
  });

  // A reduced relative (`seized from a bus`) tells who they are; the passive after it what befell them.
  it('reads `Eleven hostages seized from a bus were freed` as hostages freed, against `Nine hostages were freed`', () => {
    const d = story(
      ['3 June 2031', 'The Ledger', 'Eleven hostages seized from a bus near Orlin were freed on Friday.'],
      ['3 June 2031', 'The Gazette', 'Nine hostages were freed on Friday near Orlin.'],
    );
    expect(entries(d, 'count')).toEqual([[expect.stringMatching(/^Eleven hostages/), 'Nine hostages (2)']]);
  });
  it('keeps a toll in a reduced relative (`Two people injured in the blast were taken to hospital`)', () => {
    const d = story(
      ['3 June 2031', 'The Ledger', 'Two people injured in the blast near Orlin were taken to hospital.'],
      ['3 June 2031', 'The Gazette', 'Three people were injured in the blast near Orlin.'],
    );
    expect(entries(d, 'count')).toEqual([['Three people (2)', expect.stringMatching(/^Two people/)]]);
  });

  // A denial of a clause with its own subject is like only what shares its words outside who
  // speaks: before, `spokeswoman Nadia Orsel said` tied it to her other sentence.
  it('keeps a denial of a ransom out of the claim its speaker told before', () => {
    const d = story(
      [
        '3 June 2031',
        'The Ledger',
        'The hostages were handed over in Port Orlin, spokeswoman Nadia Orsel said.',
      ],
      [
        '4 June 2031',
        'The Gazette',
        'The hostages were handed over in Port Orlin, the ministry said.\nThe government denied that any ransom had been paid, spokeswoman Nadia Orsel said.',
      ],
    );
    expect(d.claims.filter((c) => c.contested)).toEqual([]);
  });
  it('still ties a denial of what its speaker did to the claim of it (`denied it handed over`)', () => {
    const d = story(
      [
        '3 June 2031',
        'The Ledger',
        'The army handed the hostages over in Port Orlin on Friday, witnesses said.',
      ],
      [
        '4 June 2031',
        'The Gazette',
        'The army handed the hostages over in Port Orlin on Friday, officials said.\nThe army denied it handed the hostages over.',
      ],
    );
    expect(d.claims.filter((c) => c.contested).length).toBe(1);
  });

  // `did not deny`, `never denied`, `always deny`: the speaker let the claim stand, or tells a
  // habit; before, each was read as a denial.
  const certaintyOf = (text: string) =>
    analyzeTexts([{ location: 'a.txt', text: `${text}\n`, known: { language: 'en' } }]).documents[0]!
      .certainties[0]!.certainty;
  it('reads no denial in `did not deny`, `never denied` or `governments always deny paying`', () => {
    expect(certaintyOf('The minister did not deny that a ransom had been paid.')).not.toBe('denied');
    expect(certaintyOf('The minister never denied that a ransom had been paid.')).not.toBe('denied');
    expect(certaintyOf('"Governments always deny paying," Mira Tolan said.')).not.toBe('denied');
  });
  it('still reads `denied that a ransom had been paid` as a denial', () => {
    expect(certaintyOf('The minister denied that a ransom had been paid.')).toBe('denied');
  });

  // `called his wife after his release`: a telephone call, no statement; he was an origin.
  it('reads no statement in `called his wife after his release`', () => {
    const d = analyzeTexts([{ location: 'a.txt', text: 'Tomas Weyl called his wife after his release.\n' }]);
    expect(d.documents[0]!.attributions).toEqual([]);
  });
  it('keeps `called` a cue when it reports words (`called the deal a disgrace`)', () => {
    const d = analyzeTexts([
      { location: 'a.txt', text: 'Tomas Weyl called the deal a disgrace on Monday.\n' },
    ]);
    const cues = d.documents[0]!.attributions.map((x) => d.documents[0]!.text.slice(x.cue.start, x.cue.end));
    expect(cues).toEqual(['called']);
  });
});
