import { describe, expect, it } from 'vitest';
import { ACQUISITION } from './acquisition.fixture.js';
import {
  analyze,
  briefFaults,
  cited,
  commentatorNames,
  docNumber,
  entries,
  factualValues,
  relayChains,
  repeatedClaims,
} from './read.js';

// A fictional corporate acquisition (a wire relaying the buyer's press release, a second agency,
// a business paper with an analyst, a relay that hedges the wire, the wire's update when the
// offer is raised, the target's local paper), read as a demanding fact-checker reads the
// dossier: the deal value, the price per share, the premium, the target's staff, the chief
// executive's name and the closing quarter told two ways are discrepancies; one sum in two
// currencies, a value including debt, a premium over another basis, a rounded sum, last year's
// revenue, an earlier purchase, a rise of the shares, a stake and its remainder, one close told
// as a quarter and as a month's end, one plant's staff and the raised offer are not.

describe('the trial story of an acquisition: discrepancies', () => {
  const story = analyze(ACQUISITION);
  // The agency's `€3.9 billion ($4.2 billion)` (a sum with its conversion) and the paper's
  // `to pay $4.19 billion for Orsolo Robotics` (a sum that rounds to the wire's) are the price of
  // the same purchase: listed beside the wire's against the relay's.
  it("reports the deal value, the relay's $4.5 billion against $4.2 billion of the wire, the agency and the paper", () => {
    expect(entries(story, 'quantity')).toContainEqual([
      '$4.19 billion (3)',
      '$4.2 billion (1)',
      '$4.2 billion (2)',
      '$4.5 billion (4)',
    ]);
  });
  it('reports the price per share, $38 against $39, with who says each', () => {
    expect(entries(story, 'quantity')).toContainEqual(['$38 (1)', '$38 (2)', '$38 (3)', '$39 (4)']);
  });
  // The relay of the next day passes on the wire (`..., the Northgate Press Agency reported.`)
  // in its opening sentence only: its later `premium of 32 per cent` is still the wire's
  // report garbled, not news that moved on.
  it('reports the premium over the last close, 27 per cent against 32 per cent, as a conflict, not an update', () => {
    expect(entries(story, 'quantity')).toContainEqual([
      '27 per cent (1)',
      '27 per cent (3)',
      '32 per cent (4)',
    ]);
    expect(story.discrepancies.filter((x) => x.kind === 'update' && x.note.includes('premium'))).toEqual([]);
  });
  it("reports the target's staff, about 6,200 against 7,100, and not the plant's 2,300", () => {
    expect(entries(story, 'count')).toEqual([['6,200 people (1)', '7,100 people (2)']]);
  });
  it("reports the buyer's chief executive written two ways", () => {
    expect(story.discrepancies.filter((x) => x.kind === 'spelling').map((x) => x.note)).toEqual([
      'one name, written 2 ways: Marguerite Delacorte / Marguerite Delacourt',
    ]);
  });
  it('reports the expected close, the second quarter against the third, and not `by the end of June`', () => {
    expect(entries(story, 'date')).toEqual([
      ['the second quarter of 2032 (1)', 'the third quarter of 2032 (3)'],
    ]);
  });
  it('reads the raised offer a week later as an update of the sum and of the price per share', () => {
    expect(story.discrepancies.filter((x) => x.kind === 'update').map((x) => x.note)).toEqual([
      'the figures for a share change between reports in publication order: $38 → $41.50',
      'the sum one statement gives changes between reports in publication order: $4.2 billion → $4.6 billion',
    ]);
  });
});

describe('the trial story of an acquisition: look-alikes', () => {
  const story = analyze(ACQUISITION);
  const values = factualValues(story);
  it('sets no sum in two currencies, nor the value including debt, against the deal value', () => {
    expect(values).not.toMatch(/€|3\.9|4\.9/);
  });
  it("sets neither last year's revenue nor an earlier purchase against the deal", () => {
    expect(values).not.toMatch(/1\.1 billion|900 million/);
  });
  it('sets no premium over the 30-day average, nor the rise of the shares, against the premium', () => {
    expect(values).not.toMatch(/41 per cent|24 per cent/);
  });
  it("sets no stake against its remainder, nor the analyst's 15 per cent against anything", () => {
    expect(values).not.toMatch(/49|51|15 per cent/);
  });
  it("keeps one plant's staff and `by the end of June` out of every entry, and a rounded sum against nothing", () => {
    expect(values).not.toMatch(/2,300|June/);
    // `$4.19 billion` is in the deal value's entry beside `$4.2 billion`, both against `$4.5 billion`.
    for (const x of story.discrepancies.filter((e) => e.values.some((v) => v.text === '$4.19 billion')))
      expect(x.values.map((v) => v.text)).toContain('$4.5 billion');
    for (const kind of ['age', 'time', 'place', 'role'])
      expect(
        story.discrepancies.filter((x) => x.kind === kind),
        kind,
      ).toEqual([]);
  });
});

describe('the trial story of an acquisition: who says it', () => {
  const story = analyze(ACQUISITION);
  const origins = (story.provenance.origins ?? []).map((o) => o.label);
  it('reads the relay as passing on the wire', () => {
    expect(relayChains(story)).toEqual([[[4], ['n:org:northgate-press-agency']]]);
  });
  it('reads the analyst as a commentator, never an origin', () => {
    expect(commentatorNames(story)).toEqual(['Tomas Ferreira']);
    expect(origins.filter((o) => /Ferreira|Brightwater/.test(o))).toEqual([]);
  });
  it("has the buyer and the target's chief executive as origins", () => {
    expect(origins).toEqual(
      expect.arrayContaining(['Halvern Industries', "Orsolo's chief executive, Ivo Brenner"]),
    );
  });
  // Before `BARE_HOST` in metadata/plain.ts (h-trial21), the relay's outlet line
  // (`marketpulse.com`) was not read as its name: the relay was an unknown outlet named by its
  // headline.
  it('names the relay by its outlet line', () => {
    expect((story.provenance.relays ?? []).map((x) => x.label)).toEqual(['marketpulse.com']);
  });
});

describe('the trial story of an acquisition: claims', () => {
  const story = analyze(ACQUISITION);
  it('has distinct claims, none repeating another', () => {
    expect(repeatedClaims(story)).toEqual([]);
  });
  it('joins the price per share of the wire, the agency, the paper and the relay into one claim', () => {
    const price = story.claims.find((c) => c.members.some((m) => m.text.startsWith('Halvern will pay $38')))!;
    expect([...new Set(price.members.map((m) => docNumber(story, m.doc)))].sort()).toEqual([1, 2, 3, 4]);
  });
  it("reads the relay's `reportedly` as hedged", () => {
    const relay = story.claims
      .flatMap((c) => c.members)
      .filter((m) => docNumber(story, m.doc) === 4 && /reportedly/.test(m.text));
    expect(relay.length).toBeGreaterThanOrEqual(2);
    for (const m of relay) expect(m.certainty, m.text).toBe('hedged');
  });
  // The chief executive's four sentences (the deal would make the group a leader; the companies
  // share a vision; the higher price was justified; she will visit the plant) are one claim: they
  // share her name and title, and little else.
  it.fails("keeps the chief executive's different statements apart", () => {
    const ceo = story.claims.filter((c) => c.members.some((m) => m.text.includes('visit the plant')));
    for (const c of ceo)
      expect(c.members.map((m) => m.text).join(' | ')).not.toMatch(/justified|vision|leader/);
  });
});

describe('the trial story of an acquisition: the brief', () => {
  const story = analyze(ACQUISITION);
  it('has 5 to 10 distinct body sentences, none a headline', () => {
    expect(briefFaults(story, ACQUISITION, 5, 10)).toEqual([]);
  });
  it('cites every item to the document whose sentence it is', () => {
    for (const b of story.brief) {
      const own = story.documents.findIndex((d) =>
        d.text.includes(b.text.replace(/^[A-Z]+, [A-Za-z]+ - /, '')),
      );
      expect(cited(story, b), b.text).toContain(own + 1);
    }
  });
  it('tells the raised offer, cited to the update alone', () => {
    const item = story.brief.find((b) => b.text.includes('$4.6 billion'));
    expect(item && cited(story, item)).toEqual([5]);
  });
  it('cites the premium over the close to the wire and the paper, not to the relay or the agency', () => {
    const item = story.brief.find((b) => b.text.includes('27 per cent'));
    expect(item && cited(story, item)).toEqual([1, 3]);
  });
  it('cites no item to a document that gives another value of it', () => {
    for (const b of story.brief) {
      const docs = cited(story, b);
      if (/\$38|27 per cent/.test(b.text)) expect(docs, b.text).not.toContain(4);
      if (/second quarter/.test(b.text)) expect(docs, b.text).not.toContain(3);
    }
  });
  // The chief executive's sentences are one claim (see the claims above); the local paper's `is
  // expected to visit the plant` names her for something else than her words, and does not state
  // them (brief `toldSimilarity`: a speaker the item reports is left out of the likeness whatever
  // role the other sentence gives her).
  it("cites the chief executive's words to the update alone, not to the paper naming her for a visit", () => {
    const item = story.brief.find((b) => b.text.includes('justified'));
    expect(item && cited(story, item)).toEqual([5]);
  });
  // The deal was told by the local paper's `will be sold to Halvern Industries for €3.9 billion`
  // (with its plant's 2,300 people), cited to the agency too. Since a sentence telling what is to
  // come is a later choice among members that mostly tell what was done (`TELLS_FUTURE` in
  // brief.ts, from the hostage trial), the wire's `had agreed to buy ... for $4.2 billion` tells it.
  it("tells the deal by a sentence its outlets state, the wire's or the agency's", () => {
    const item = story.brief.find((b) => /buy|sold/.test(b.text));
    expect(item?.text).toMatch(/\$4\.2 billion/);
  });
});

describe('the trial story of an acquisition: timeline', () => {
  const story = analyze(ACQUISITION);
  const events = (story.events ?? []).map((e) => ({
    date: e.date,
    docs: e.docs.map((id) => docNumber(story, id)).sort(),
    text: e.text,
  }));
  it('dates the deal on Monday 3 November, told by the wire, the agency and the local paper', () => {
    expect(
      events.filter((e) => e.date === '2031-11-03' && /buy|sold/.test(e.text)).map((e) => e.docs),
    ).toContainEqual([1, 2, 6]);
  });
  it('dates the raised offer on Monday 10 November, in the update alone', () => {
    expect(events.filter((e) => e.date === '2031-11-10')).toEqual([
      expect.objectContaining({
        docs: [5],
        text: expect.stringMatching(/^Halvern Industries raised its offer/),
      }),
    ]);
  });
  // `a premium of 27 per cent over Orsolo's closing price on Friday`: Friday is the price's day
  // (timeline `READING_ON`), not the day Halvern will pay.
  it("dates Friday's closing price, not the offer, on Friday 31 October", () => {
    expect(events.filter((e) => e.date === '2031-10-31')).toEqual([
      { date: '2031-10-31', docs: [1, 4], text: "Orsolo's closing price on Friday" },
    ]);
  });
  it("dates the earlier purchase in 2028, and last year's revenue in 2030", () => {
    expect(events.filter((e) => e.date === '2028').map((e) => e.text)).toEqual([
      'Halvern bought the sensor maker Brisk Optics for $900 million in 2028',
    ]);
    expect(events.filter((e) => e.date === '2030').map((e) => e.docs)).toEqual([[1]]);
  });
  // The timeline reads `in the second quarter of 2032` at the precision of its year, so the wire's
  // and the paper's expected closes (two quarters) are one event of 2032; an expected close is
  // also told as an event, the timeline having no kind for what is planned.
  it.fails('keeps the two expected closes apart, the second quarter against the third', () => {
    const closes = events.filter((e) => /close in the/.test(e.text));
    expect(closes.map((e) => e.docs)).toEqual([[1], [3]]);
  });
});
