import { describe, expect, it } from 'vitest';
import { H_TRIAL21 } from './h-trial21.fixture.js';
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

// A fictional listeria outbreak traced to a ham plant, covered over three days (a wire citing the
// national health agency, a relay that hedges the wire, the town's paper citing the hospital and a
// victim's daughter, the wire's update with the agency's tracing and the company's denial, an
// analysis with an epidemiologist), read as a demanding fact-checker reads the dossier: the deaths
// and the people in hospital told two ways on one day, the elderly victim's age, the plant's town
// and the bacterium's spelling are discrepancies; the cases and deaths rising between days are an
// update; the agency's tracing is contested by the company; the suspected cases, the girl's age,
// `last Tuesday` against `on 9 October`, the grams and the ounces, the 2029 outbreak, `at least
// 30` and the 70 days are not.

describe('the trial story of a food-poisoning outbreak: discrepancies', () => {
  const story = analyze(H_TRIAL21);
  it('reports the deaths on Thursday, three against four, with who says each', () => {
    const deaths = story.discrepancies.find((x) => x.kind === 'count' && /killed/.test(x.note))!;
    expect(deaths.note).toMatch(
      /three \(.*National Health Protection Agency.*\) vs Four dead \(Talmere General Hospital\)/,
    );
    expect(entries(story, 'count')).toContainEqual([
      'Four dead (3)',
      'Four people (3)',
      'three (1)',
      'three (2)',
    ]);
  });
  it('shows the deaths rising between days as an update, three to five', () => {
    const update = story.discrepancies.find((x) => x.kind === 'update' && /killed/.test(x.note));
    expect(update?.note).toMatch(/three → five people/);
  });
  // Before `HOSPITAL_STAY` in facts.ts, `Sixteen people were being treated in hospital` counted
  // people with nothing befalling them (`were being` was no auxiliary, `treated` alone is injured).
  it('reports the people in hospital on Thursday, 14 against 16', () => {
    expect(entries(story, 'count')).toContainEqual([
      'Fourteen people (1)',
      'Fourteen people (2)',
      'Sixteen people (3)',
    ]);
    expect(story.discrepancies.find((x) => x.kind === 'count' && /hospitalised/.test(x.note))?.note).toBe(
      'outlets give different number of people hospitalised: Fourteen people (agency) vs Sixteen people (hospital spokeswoman)',
    );
  });
  it("reports the elderly victim's age, 81 against 83, and never the girl's 4", () => {
    expect(entries(story, 'age')).toEqual([['81 (1)', '83 (3)']]);
    expect(story.discrepancies.find((x) => x.kind === 'age')?.note).toMatch(
      /Aldo Feret: 83 \(his daughter\) vs 81/,
    );
  });
  // Before `FACILITY_TOWN` in facts.ts, the town a named firm's plant stands in was no place.
  it("reports the plant's town, Talmere against Orrin Vale", () => {
    expect(entries(story, 'place')).toEqual([['Orrin Vale (3)', 'Talmere (1)', 'Talmere (4)']]);
  });
  // Before `ORGANISM` in facts.ts and `speciesSlip` in compare/names.ts, `Listeria
  // monocytogenes` and `Listeria monocytogenis` were read as no name: the entity finder finds no
  // name in a capitalised genus and a lower-case species.
  it('reports the bacterium written two ways', () => {
    expect(entries(story, 'spelling')).toContainEqual([
      'Listeria monocytogenes (1)',
      'Listeria monocytogenis (3)',
    ]);
  });
  it('sets no look-alike against another: suspected cases, the girl, the recall day, the weights, 2029, 70 days', () => {
    for (const kind of ['date', 'duration', 'quantity', 'name'])
      expect(
        story.discrepancies.filter((x) => x.kind === kind),
        kind,
      ).toEqual([]);
    const values = factualValues(story);
    for (const look of [
      /\bnine\b|Twelve|suspected/i,
      /\b4\b|girl/,
      /gram|ounce|180|6\.3/,
      /2029|112|\btwo\b/,
      /70|days/,
      /October|Tuesday/,
    ])
      expect(values).not.toMatch(look);
  });
  it('shows the cases rising between days as an update, never as a conflict', () => {
    const counts = story.discrepancies.filter((x) => x.kind === 'count').map((x) => x.note);
    expect(counts.filter((n) => /23|30|31/.test(n))).toEqual([]);
  });
});

describe('the trial story of a food-poisoning outbreak: the contested source', () => {
  const story = analyze(H_TRIAL21);
  const traced = story.claims.find((c) =>
    c.members.some((m) => m.text.startsWith('The agency said it had traced')),
  )!;
  it("ties the agency's tracing to the company's denials, and marks it contested", () => {
    expect(traced.contested).toBe(true);
    expect(traced.members.map((m) => docNumber(story, m.doc)).sort()).toEqual([1, 4, 4]);
    expect(
      traced.members.filter((m) => m.text.startsWith('Brackenfield Foods denied')).map((m) => m.certainty),
    ).toEqual(['denied']);
  });
  it('gives the source of the outbreak as no figure', () => {
    expect(factualValues(story)).not.toMatch(/slicing|source|evidence/);
  });
});

describe('the trial story of a food-poisoning outbreak: who says it', () => {
  const story = analyze(H_TRIAL21);
  const origins = (story.provenance.origins ?? []).map((o) => o.label);
  it('reads the relay as passing on the wire, and the epidemiologist as a commentator, never an origin', () => {
    expect(relayChains(story)).toEqual([[[2], ['n:org:norrith-press-agency']]]);
    expect(commentatorNames(story)).toEqual(['Miran Oddo']);
    expect(origins.filter((o) => /Oddo|dailyloop/i.test(o))).toEqual([]);
  });
  it('has the agency, the company and the hospital among its origins', () => {
    expect(origins).toEqual(
      expect.arrayContaining([
        'National Health Protection Agency',
        'Brackenfield Foods',
        'doctors at Talmere General Hospital',
      ]),
    );
  });
  it('reads the relay as hedging the wire it passes on', () => {
    const relay = hedgedMembers(story, 2);
    expect(relay.length).toBeGreaterThanOrEqual(3);
    for (const m of relay) expect(m.certainty, m.text).toBe('hedged');
  });
  // Before `BARE_HOST` in metadata/plain.ts, a domain alone on the line under the headline
  // (`dailyloop.net`, no `www.`) named no outlet.
  it('names the relay by the address on its outlet line', () => {
    expect(story.documents[1]!.outlet).toMatch(/dailyloop/);
  });
});

describe('the trial story of a food-poisoning outbreak: claims', () => {
  const story = analyze(H_TRIAL21);
  it('has distinct claims, none repeating another', () => {
    expect(repeatedClaims(story)).toEqual([]);
  });
  it("leaves the epidemiologist's words out of every claim", () => {
    expect(claimMembersSaying(story, /Oddo/)).toEqual([]);
  });
  it('ties the suspected cases of both days in one claim, never to the confirmed cases', () => {
    const suspected = story.claims.filter((c) => c.members.some((m) => /suspected/.test(m.text)));
    expect(suspected).toHaveLength(1);
    expect(suspected[0]!.members.filter((m) => /confirmed|sickened/.test(m.text))).toEqual([]);
  });
  // The 2029 outbreak at a bakery joins the lead's claim: it shares `outbreak`, `traced` and
  // `sickened ... people` with the leads, and a background year does not keep a sentence out.
  it.fails('keeps the 2029 outbreak out of the claim of the lead', () => {
    const lead = story.claims.find((c) => c.members.some((m) => m.text.includes('has sickened 23 people')))!;
    expect(lead.members.filter((m) => m.text.includes('2029'))).toEqual([]);
  });
});

describe('the trial story of a food-poisoning outbreak: timeline', () => {
  const story = analyze(H_TRIAL21);
  const dated = datedEntries(story);
  it('dates nothing after its report', () => {
    for (const e of dated)
      expect(e.date <= H_TRIAL21[e.doc - 1]!.published, `${e.date} ${e.text}`).toBe(true);
  });
  it('dates the recall on Tuesday the 9th in the wire (`last Tuesday`) and the relay (`on 9 October`)', () => {
    expect(dated.filter((e) => /recalled/.test(e.text)).map((e) => [e.date, e.doc])).toEqual([
      ['2035-10-09', 1],
      ['2035-10-09', 2],
    ]);
  });
  it("dates the man's death on Monday, the halt on Wednesday, the update on Friday, the 2029 outbreak in 2029", () => {
    expect(dated.filter((e) => /Feret/.test(e.text)).map((e) => e.date)).toEqual(['2035-10-08']);
    expect(dated.filter((e) => /production had stopped/.test(e.text)).map((e) => e.date)).toEqual([
      '2035-10-10',
    ]);
    expect(dated.filter((e) => /risen to 31/.test(e.text)).map((e) => e.date)).toEqual(['2035-10-12']);
    expect(dated.filter((e) => e.date === '2029').map((e) => e.doc)).toEqual([4]);
    expect(dated.filter((e) => /70 days/.test(e.text))).toEqual([]);
  });
});

describe('the trial story of a food-poisoning outbreak: the brief', () => {
  const story = analyze(H_TRIAL21);
  it('has 4 to 10 distinct body sentences, none a headline', () => {
    expect(briefFaults(story, H_TRIAL21)).toEqual([]);
  });
  it('cites every item to the document whose sentence it is', () => {
    expect(notCitingOwn(story)).toEqual([]);
  });
  it("cites the agency's lead to the wire and its relay, not to the town's paper giving four dead", () => {
    const item = story.brief.find((b) => b.text.includes('has sickened 23 people'));
    expect(item && cited(story, item)).toEqual([1, 2]);
  });
  it('tells the recall by the wire, never by the hedged relay, and never the epidemiologist', () => {
    expect(story.brief.filter((b) => /reportedly|said to/.test(b.text))).toEqual([]);
    expect(story.brief.filter((b) => /Oddo/.test(b.text))).toEqual([]);
    const recall = story.brief.find((b) => b.text.includes('recalled'));
    expect(recall && cited(story, recall)).toEqual([1]);
  });
  // Before `brief:each-later-day` (brief.ts), the update's `risen to 31, and five people have
  // died`, a member of the lead's claim, was left out: the brief told that claim once, by the
  // wire's first lead, and the latest development it added was Saturday's analysis only.
  it("tells the update's figures of Friday, cited to the update", () => {
    const item = story.brief.find((b) => b.text.includes('risen to 31'));
    expect(item && cited(story, item)).toEqual([4]);
  });
  // The brief tells the company's first statement (`no evidence`) cited to the update too, and
  // never the agency's tracing of the update, which the denial contests.
  it.fails('tells the agency tracing the outbreak to the plant, cited to the update alone', () => {
    const item = story.brief.find((b) => b.text.includes('traced the outbreak'));
    expect(item && cited(story, item)).toEqual([4]);
  });
});

// Two fictional reports of one event, each with its own outlet, for the rules' unit pairs.
const two = (a: string, b: string) =>
  analyze([
    {
      location: 'unit/1.txt',
      published: '2031-05-02',
      text: `Gas leak in Corvel\nVelmar Post\n2 May 2031\n${a}\n`,
    },
    {
      location: 'unit/2.txt',
      published: '2031-05-02',
      text: `Gas leak in Corvel\nOrlin Courier\n2 May 2031\n${b}\n`,
    },
  ]);
const counts = (d: ReturnType<typeof analyze>) => entries(d, 'count');

describe('rules from the outbreak: those treated in hospital', () => {
  it('pair: `were being treated in hospital` is hospitalised, against `taken to hospital`', () => {
    const d = two(
      'Nine people were taken to hospital after the gas leak in Corvel, police said.',
      'Eleven people were being treated in hospital after the gas leak in Corvel, police said.',
    );
    expect(counts(d)).toEqual([['Eleven people (2)', 'Nine people (1)']]);
  });
  it('control: those who died in hospital are not those taken there', () => {
    const d = two(
      'Nine people were taken to hospital after the gas leak in Corvel, police said.',
      'Two people died in hospital after the gas leak in Corvel, police said.',
    );
    expect(counts(d)).toEqual([]);
  });
});

describe('rules from the outbreak: the town of a firm’s works', () => {
  it('pair: `the Orvane Foods plant in Kessel` against `in Dunmarsh` places the plant two ways', () => {
    const d = two(
      'Salmonella was found at the Orvane Foods plant in Kessel, the ministry said.',
      'Inspectors found salmonella at the Orvane Foods plant in Dunmarsh, the ministry said.',
    );
    expect(entries(d, 'place')).toEqual([['Dunmarsh (2)', 'Kessel (1)']]);
  });
  it('control: a plant and a warehouse of one firm, or a plant told indefinitely, are not one place', () => {
    expect(
      entries(
        two(
          'Salmonella was found at the Orvane Foods plant in Kessel, the ministry said.',
          'Inspectors found salmonella at the Orvane Foods warehouse in Dunmarsh, the ministry said.',
        ),
        'place',
      ),
    ).toEqual([]);
    expect(
      entries(
        two(
          'Salmonella was found at the Orvane Foods plant in Kessel, the ministry said.',
          'Orvane Foods also runs a plant in Dunmarsh, the ministry said.',
        ),
        'place',
      ),
    ).toEqual([]);
  });
});

const one = oneArticle;

describe('rules from the outbreak: a host name under the headline', () => {
  it('pair: a host name alone on the line under the headline names the outlet', () => {
    const d = one([
      'Gas leak closes Corvel school',
      'tidecast.net',
      '2 May 2031',
      'A gas leak closed a school in Corvel on Friday, the fire service said.',
    ]);
    expect(d.documents[0]!.outlet).toBe('tidecast.net');
  });
  it('control: a host name in the body, or a file name under the headline, names no outlet', () => {
    const body = one([
      'Gas leak closes Corvel school',
      '2 May 2031',
      'A gas leak closed a school in Corvel on Friday, the fire service said.',
      'tidecast.net',
    ]);
    expect(body.documents[0]!.outlet ?? '').not.toMatch(/tidecast/);
    const file = one([
      'Gas leak closes Corvel school',
      'report.pdf',
      '2 May 2031',
      'A gas leak closed a school in Corvel on Friday, the fire service said.',
    ]);
    expect(file.documents[0]!.outlet ?? '').not.toMatch(/report/);
  });
});

describe('rules from the outbreak: the scientific name of an organism', () => {
  it('pair: `Clostridium botulinum` against `Clostridium botulinium` is one name written two ways', () => {
    const d = two(
      'Tests found Clostridium botulinum in the jars sold in Corvel, the ministry said.',
      'Tests found Clostridium botulinium in the jars sold in Corvel, the ministry said.',
    );
    expect(entries(d, 'spelling')).toEqual([['Clostridium botulinium (2)', 'Clostridium botulinum (1)']]);
  });
  it('control: two species of one genus, and one name written alike, are no spelling', () => {
    for (const [a, b] of [
      ['Vibrio cholerae', 'Vibrio vulnificus'],
      ['Clostridium botulinum', 'Clostridium botulinum'],
    ])
      expect(
        entries(
          two(
            `Tests found ${a} in the oysters sold in Corvel, the ministry said.`,
            `Tests found ${b} in the oysters sold in Corvel, the ministry said.`,
          ),
          'spelling',
        ),
      ).toEqual([]);
  });
});

describe('rules from the outbreak: the development of each later day', () => {
  const story = (second: string) =>
    analyze(
      [
        [
          '2031-05-04',
          'The gas leak at the Orvane plant in Corvel has made 12 people ill, the fire service said on Monday.',
        ],
        ['2031-05-05', second],
        [
          '2031-05-06',
          'Orvane said on Wednesday it would pay the hotel bills of 31 households near the plant.',
        ],
      ].map(([day, body], n) => ({
        location: `unit/${n + 1}.txt`,
        published: day!,
        text: `Gas leak in Corvel\n${['Velmar Post', 'Orlin Courier', 'Kessa Times'][n]}\n${day}\n${body}\n`,
      })),
    );
  it("pair: the second day's new figure is told, though the third day's development is too", () => {
    const d = story(
      'The gas leak at the Orvane plant in Corvel has now made 20 people ill, the fire service said on Tuesday.',
    );
    expect(d.brief.filter((b) => b.text.includes('20 people')).map((b) => cited(d, b))).toEqual([[2]]);
    expect(d.brief.filter((b) => b.text.includes('31 households'))).toHaveLength(1);
  });
  it('control: a second day telling no new figure is not told', () => {
    const d = story(
      'The gas leak at the Orvane plant in Corvel made 12 people ill, the fire service said on Tuesday.',
    );
    expect(d.brief.filter((b) => b.text.includes('on Tuesday'))).toEqual([]);
  });
});
