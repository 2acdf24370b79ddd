import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 58 (h-disc88), issue #12: discrepancies on stories never seen. Fictional skiers, towers,
 * phone networks and ships; some sentences in ECB+'s tokenised shape.
 */
describe('millions written with a glued `m` (fact:million-glued-m)', () => {
  const customers = (a: string, b: string) => entries(story(a, b), 'count');
  it('`2. 3m customers` / `1. 8m customers` is a conflict of counts, no length', () => {
    const d = story(
      'An outage at mobile operator Telvora left 2. 3m customers without calls on Monday.',
      'Telvora said a faulty update cut service to 1. 8m customers on Monday.',
    );
    expect(entries(d, 'count')).toEqual([['1. 8m customers', '2. 3m customers']]);
    expect((d.facts ?? []).filter((f) => f.rule === 'fact:million-glued-m').map((f) => f.value)).toEqual([
      2300000, 1800000,
    ]);
  });
  it('`2. 3m customers` agrees with `2, 300, 000 customers`', () => {
    expect(
      customers(
        'An outage at mobile operator Telvora left 2. 3m customers without calls on Monday.',
        'The outage at Telvora left 2, 300, 000 customers without calls on Monday.',
      ),
    ).toEqual([]);
  });
  it('control: a length before a thing stays a length (`a 30m wall` / `a 25m wall`)', () => {
    const d = story(
      'Workers built a 30m wall around the Telvora data centre in Clayton.',
      'Workers built a 25m wall around the Telvora data centre in Clayton.',
    );
    expect((d.facts ?? []).filter((f) => f.rule === 'fact:million-glued-m')).toEqual([]);
  });
});

describe('the ill told across a place phrase (fact:ill-across-place)', () => {
  it('`127 people on the research ship Nerida Star have fallen ill` is a toll of the ill', () => {
    const d = story(
      'Officials said 127 people on the research ship Nerida Star have fallen ill with a stomach virus.',
      'Officials said 151 people have fallen ill on the Nerida Star.',
    );
    expect((d.facts ?? []).filter((f) => f.rule === 'fact:ill-across-place').map((f) => f.about)).toEqual([
      'event:ill',
    ]);
    expect(entries(d, 'count')).toEqual([['127 people', '151 people']]);
  });
  it('control: people merely aboard are no toll (`160 people on the Nerida Star were asleep`)', () => {
    const d = story(
      'Officials said 160 people on the research ship Nerida Star were asleep when it struck ice.',
    );
    expect((d.facts ?? []).filter((f) => f.rule === 'fact:ill-across-place')).toEqual([]);
  });
});

describe('a named group`s toll beside its report`s whole (figure:group-toll-beside-whole)', () => {
  const ill = (a: string, b: string) => entries(story(a, b), 'count');
  it('`Thirty-one crew fell ill` beside `150 people have fallen ill` is no side against `127 people`', () => {
    expect(
      ill(
        'The operator said 127 people have fallen ill on the Nerida Star.',
        'The operator said 150 people have fallen ill on the Nerida Star. Thirty-one crew fell ill, it said.',
      ),
    ).toEqual([['127 people', '150 people']]);
  });
  it('control: a crew`s toll told alone still meets a toll of anyone', () => {
    expect(
      ill(
        'The operator said 127 people have fallen ill on the Nerida Star.',
        'The operator said 31 crew have fallen ill on the Nerida Star.',
      ),
    ).toEqual([['127 people', '31 crew']]);
  });
});

describe('a count in few words against a larger figure (figure:few-words-open-top)', () => {
  const counts = (a: string, b: string) => [
    ...entries(story(a, b), 'count'),
    ...entries(story(a, b), 'update'),
  ];
  it('`several skiers` / `11 skiers` is no conflict', () => {
    expect(
      counts(
        'Rescuers said several skiers were caught by the slide above Valmora.',
        'Rescuers said 11 skiers were caught by the slide above Valmora.',
      ),
    ).toEqual([]);
  });
  it('control: a figure below the words` range still conflicts (`several skiers` / `two skiers`)', () => {
    expect(
      counts(
        'Rescuers said several skiers were caught by the slide above Valmora.',
        'Rescuers said two skiers were caught by the slide above Valmora.',
      ),
    ).toEqual([['several skiers', 'two skiers']]);
  });
  it('control: far above the range still conflicts (`several skiers` / `40 skiers`)', () => {
    expect(
      counts(
        'Rescuers said several skiers were caught by the slide above Valmora.',
        'Rescuers said 40 skiers were caught by the slide above Valmora.',
      ),
    ).toEqual([['40 skiers', 'several skiers']]);
  });
});

describe('the weight a person lost (fact:weight-lost, align:one-weight-lost)', () => {
  const lost = (a: string, b: string) => entries(story(a, b), 'quantity');
  it('`she had lost 11 kilograms` / `she had lost 8 kilograms`, one person, is a conflict', () => {
    expect(
      lost(
        'Harsdal, 34, said she had lost 11 kilograms on the journey.',
        'Harsdal said she had lost 8 kilograms during the trek.',
      ),
    ).toEqual([['11 kilograms', '8 kilograms']]);
  });
  it('control: two people`s losses are two figures (`Her partner lost 8 kilograms`)', () => {
    expect(
      lost(
        'Harsdal, 34, said she had lost 11 kilograms on the journey.',
        'Harsdal said the trek was hard. Her partner lost 8 kilograms.',
      ),
    ).toEqual([]);
  });
  it('control: a sum of money lost is no weight', () => {
    const d = story('The firm lost $11 million in the quarter, Harsdal said.');
    expect((d.facts ?? []).filter((f) => f.rule === 'fact:weight-lost')).toEqual([]);
  });
});

describe('a service back a span later (fact:restored-later-outage)', () => {
  const spans = (a: string, b: string) => entries(story(a, b), 'quantity');
  it('`service was restored about 14 hours later` / `The outage lasted nine hours` is a conflict', () => {
    expect(
      spans(
        'The fault began after a software update, and service was restored about 14 hours later.',
        'The outage lasted nine hours, chief executive Mara Quill told reporters.',
      ),
    ).toEqual([['14 hours', 'nine hours']]);
  });
  it('control: the same span told both ways agrees', () => {
    expect(
      spans(
        'The fault began after a software update, and service was restored about 14 hours later.',
        'The outage lasted 14 hours, chief executive Mara Quill told reporters.',
      ),
    ).toEqual([]);
  });
  it('control: another act a span later is no outage (`returned 18 minutes later`)', () => {
    expect(
      spans(
        'The crew left the ship and returned 18 minutes later.',
        'The outage lasted nine hours, chief executive Mara Quill told reporters.',
      ),
    ).toEqual([]);
  });
});

describe('a resumption told ahead (date:resume-ahead)', () => {
  it('`would resume on Monday` / `would resume on Wednesday` is a conflict of dates', () => {
    const d = story(
      'Brightpane said work on the building would resume on Monday after an inspection.',
      'Brightpane said window cleaning across its sites would resume on Wednesday.',
    );
    expect(entries(d, 'date')).toEqual([['Monday', 'Wednesday']]);
  });
  it('control: the same day told twice agrees', () => {
    const d = story(
      'Brightpane said work on the building would resume on Monday after an inspection.',
      'Brightpane said window cleaning across its sites would resume on Monday.',
    );
    expect(entries(d, 'date')).toEqual([]);
  });
});
