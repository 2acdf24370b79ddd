import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../analyze.js';
import { doc, origins, trace } from './who.fixture.js';
import { quotationRuns } from './quotation-runs.js';

// h-who24 (issue 13, "who says it"): a sentence of a quotation that runs over several sentences
// rests on the speaker the quotation's reporting sentence names, not on the outlet's own
// reporting (`provenance:quotation-run`). Fictional stories; docs/origins.md, `2026-12-06, h-who24`.

/** Each claim run by two outlets or more: its text and the labels of its independent origins. */
const claimOrigins = (texts: readonly string[]): Array<{ text: string; origins: string[] }> => {
  const d = analyzeTexts(
    texts.map((text, i) => ({
      text,
      location: `a${i + 1}.txt`,
      known: { outlet: `Outlet ${i + 1}`, language: 'en' },
    })),
  );
  const label = new Map(d.provenance.nodes.map((n) => [n.id, n.label]));
  return d.claims
    .filter((c) => c.outlets > 1)
    .map((c) => ({ text: c.text, origins: c.origins.map((o) => label.get(o) ?? o).sort() }));
};
const pier = (list: Array<{ text: string; origins: string[] }>) =>
  list.find((c) => /north pier is closed/.test(c.text))?.origins;

const GREER_1 =
  'Ferry crossings to Tesk Island were halted on Monday after a barge sank in the harbour of Lunby.\n' +
  '“The north pier is closed to all traffic. Nobody may go near it until the divers have finished,” harbour master Tomas Greer said.\n' +
  'Passengers were sent to the south quay.';
const GREER_2 =
  'A sunken barge has shut part of the port of Lunby, and island ferries are waiting offshore.\n' +
  '“The north pier is closed to all traffic. We hope to lift the barge by Thursday,” Greer told reporters at the quay.\n' +
  'Fishing boats were allowed to leave.';

describe('h-who24: a quotation over several sentences rests on its speaker (`quotation-run`)', () => {
  it('pair: two outlets run the first sentence of a harbour master`s quotation; he is its one origin', () => {
    const got = pier(claimOrigins([GREER_1, GREER_2]));
    expect(got).toBeDefined();
    expect(got!.filter((o) => /^Outlet \d$/.test(o))).toEqual([]);
    expect(got!.some((o) => /Greer/.test(o))).toBe(true);
  });
  it('control: a quotation over two sentences whose speaker nobody names stays the outlets` own', () => {
    const got = pier(
      claimOrigins([
        GREER_1.replace(',” harbour master Tomas Greer said.', '.”'),
        GREER_2.replace(',” Greer told reporters at the quay.', '.”'),
      ]),
    );
    expect(got).toEqual(['Outlet 1', 'Outlet 2']);
  });
  it('control: the outlet`s own sentence beside a quotation stays its own reporting', () => {
    const got = pier(
      claimOrigins([
        'The north pier is closed to all traffic after a barge sank in the harbour of Lunby.\n' +
          '“Nobody may go near it. The divers need two days,” harbour master Tomas Greer said.',
        'The north pier is closed to all traffic, and island ferries are waiting offshore.\n' +
          '“We hope to lift the barge by Thursday. It is heavy,” Greer told reporters at the quay.',
      ]),
    );
    expect(got).toEqual(['Outlet 1', 'Outlet 2']);
  });
});

describe('h-who24: the trace carries the speaker with its rule and spans', () => {
  it('pair: the first sentence of the quotation rests on the speaker named in the second', () => {
    const t = trace([GREER_1]);
    const d = doc(GREER_1, 'Outlet 1');
    const carried = t.carried?.get(d.id)?.get(1);
    expect(carried?.rule).toBe('provenance:quotation-run');
    expect(carried?.from).toBe(2);
    expect(d.text.slice(carried!.source.start, carried!.source.end)).toMatch(/Tomas Greer$/);
    expect(d.text.slice(carried!.quotation.start, carried!.quotation.end)).toMatch(
      /^“The north pier.*finished,”$/,
    );
    expect(carried!.sources.map((s) => t.nodeById.get(s)?.label)).toEqual([expect.stringMatching(/Greer/)]);
  });
  it('control: a speaker named in the sentence after a quotation, telling another thing, is not carried', () => {
    const text =
      '“The north pier is closed. Nobody may go near it until the divers have finished.”\n' +
      'Harbour master Tomas Greer said on Monday that the barge would be lifted by Thursday.';
    const t = trace([text]);
    const d = doc(text, 'Outlet 1');
    expect(quotationRuns(d)).toHaveLength(1);
    expect([...(t.carried?.get(d.id)?.keys() ?? [])]).toEqual([]);
  });
});

describe('h-who24: quotation runs', () => {
  it('pair: a straight mark opening by its shape after one never closed starts a new run', () => {
    const d = doc(
      'A witness told the Courier, "He ran for his life. He was screaming.\n' +
        'The crowd grew after dark.\n' +
        'The owner said, "They poured in. They took everything."',
      'Outlet 1',
    );
    const runs = quotationRuns(d).map((r) => d.text.slice(r.start, r.end));
    expect(runs).toEqual(['"They poured in. They took everything."']);
  });
  it('control: a quotation within one sentence is no run', () => {
    const d = doc('“The north pier is closed,” Greer said. Ferries wait offshore.', 'Outlet 1');
    expect(quotationRuns(d)).toEqual([]);
  });
});

const exam = (list: Array<{ text: string; origins: string[] }>) =>
  list.find((c) => /maths exam was leaked/.test(c.text))?.origins;
const LEAKED_2 =
  'Maths exam leaked online\n\nThe national maths exam was leaked online the night before pupils sat it, the education ministry said.\n\nThe paper will be set again next month.\n';
const LEAKED_3 =
  'Exam paper leaked\n\nThe national maths exam was leaked online before the test, the education ministry said on Wednesday.\n\nPupils will sit a new paper.\n';

describe('h-who24: a headline rests on its lead`s sources (`headline-from-lead`)', () => {
  it('pair: a headline in the claim, its lead (another fact) on the same ministry: the ministry alone', () => {
    const text =
      'Clerk held over maths exam leak\n\nA 34-year-old clerk at Dalby Print has been arrested, the education ministry said on Wednesday.\n\nThe man was taken in for questioning.\n';
    const got = exam(claimOrigins([text, LEAKED_2, LEAKED_3]));
    expect(got).toEqual(['education ministry']);
    const d = analyzeTexts([
      { text, location: 'a1.txt', known: { outlet: 'Outlet 1', language: 'en' } },
      { text: LEAKED_2, location: 'a2.txt', known: { outlet: 'Outlet 2', language: 'en' } },
    ]);
    const member = d.claims.flatMap((c) => c.members).find((m) => /^Clerk held/.test(m.text));
    const doc1 = d.documents.find((x) => x.outlet === 'Outlet 1')!;
    expect(member?.carried?.rule).toBe('claims:headline-from-lead');
    expect(doc1.text.slice(member!.carried!.source.start, member!.carried!.source.end)).toBe(
      'the education ministry',
    );
    expect(doc1.text.slice(member!.carried!.from.start, member!.carried!.from.end)).toMatch(
      /^A 34-year-old clerk/,
    );
  });
  it('control: a headline whose lead names no source stays the outlet`s own reporting', () => {
    const got = exam(
      claimOrigins([
        'Clerk held over maths exam leak\n\nA 34-year-old clerk at Dalby Print has been arrested.\n\nThe man was taken in for questioning.\n',
        LEAKED_2,
        LEAKED_3,
      ]),
    );
    expect(got).toContain('Outlet 1');
  });
  it('control: a headline naming its own teller (`pupils say`) carries nothing from its lead', () => {
    const d = analyzeTexts(
      [
        'Clerk held over maths exam leak, pupils say\n\nA 34-year-old clerk at Dalby Print has been arrested, the education ministry said on Wednesday.\n\nThe man was taken in for questioning.\n',
        LEAKED_2,
        LEAKED_3,
      ].map((text, i) => ({
        text,
        location: `a${i + 1}.txt`,
        known: { outlet: `Outlet ${i + 1}`, language: 'en' },
      })),
    );
    const member = d.claims.flatMap((c) => c.members).find((m) => /^Clerk held/.test(m.text));
    expect(member).toBeDefined();
    expect(member!.carried).toBeUndefined();
  });
});

const pierAgain = (list: Array<{ text: string; origins: string[] }>) =>
  list.find((c) => /divers need two more days/.test(c.text))?.origins;

describe('h-who24: a quotation standing alone goes on with the speaker before it (`quotation-continues`)', () => {
  it('pair: a sentence that is one quotation, after the harbour master`s: his words in both outlets', () => {
    const got = pierAgain(
      claimOrigins([
        'A barge sank in the harbour of Lunby on Monday.\n“We have closed the north pier,” harbour master Tomas Greer said.\n“The divers need two more days before anyone may go near it.”\nFerries were sent to the south quay.',
        'Island ferries waited offshore after a barge sank at Lunby.\nHarbour master Tomas Greer said the north pier was shut.\n“The divers need two more days before anyone may go near it.”\nFishing boats were allowed to leave.',
      ]),
    );
    expect(got).toBeDefined();
    expect(got!.filter((o) => /^Outlet \d$/.test(o))).toEqual([]);
    expect(got!.some((o) => /Greer/.test(o))).toBe(true);
  });
  it('control: the same quotation after a sentence naming no source stays the outlets` own', () => {
    const got = pierAgain(
      claimOrigins([
        'A barge sank in the harbour of Lunby on Monday.\nThe north pier was closed.\n“The divers need two more days before anyone may go near it.”\nFerries were sent to the south quay.',
        'Island ferries waited offshore after a barge sank at Lunby.\nThe north pier was shut on Monday.\n“The divers need two more days before anyone may go near it.”\nFishing boats were allowed to leave.',
      ]),
    );
    expect(got).toEqual(['Outlet 1', 'Outlet 2']);
  });
  it('control: a quotation after a sentence naming two sources, or with words outside it, carries nothing', () => {
    const twoSources =
      'Mayor Ada Quill said the north pier was shut. Harbour master Tomas Greer said so too, according to the Lunby Courier.\n“The divers need two more days.”';
    const outside =
      'Mayor Ada Quill said the north pier was shut. Harbour master Tomas Greer said so too.\nThe divers, “a fine crew”, need two more days.';
    for (const text of [twoSources, outside]) {
      const t = trace([text]);
      const d = doc(text, 'Outlet 1');
      expect(t.sentenceSources.get(d.id)?.get(1)?.length).toBeGreaterThan(0);
      expect(t.carried?.get(d.id)?.get(2)).toBeUndefined();
    }
  });
});

describe('h-who24: wire copy quoting a speaker over two sentences passes on his word (`wire-attributed`)', () => {
  const copy = (lead: string) =>
    `Brenn to close old ferry pier\nBRENN, March 3 (Nordwire) - ${lead}\n“The deck is rotten. We cannot wait for another winter,” harbour director Ivo Lund said.`;
  const lead =
    'The Brenn harbour authority will close the old ferry pier next month, its director Ivo Lund said.';
  it('pair: every line the agency runs is its sources` word: the agency is no origin', () => {
    const texts = [copy(lead), copy(lead).replace('next month', 'in April')];
    expect(origins(texts).filter((l) => /Nordwire/.test(l))).toEqual([]);
  });
  it('control: the same copy with a sentence of its own after the quotation keeps the agency an origin', () => {
    const texts = [copy(lead), copy(lead).replace('next month', 'in April')].map(
      (t) => `${t}\nThe pier was built in 1911.`,
    );
    expect(origins(texts).filter((l) => /Nordwire/.test(l))).toEqual(['Nordwire']);
  });
});
