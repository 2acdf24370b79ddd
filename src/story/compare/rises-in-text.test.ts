import { describe, expect, it } from 'vitest';
import { story } from '../invented.fixture.js';

/**
 * Figures that move in reports with no publication date, and figures that do not move
 * (h-trial29). Fictional stories.
 */
const findings = (d: ReturnType<typeof story>, kind?: string) =>
  d.discrepancies
    .filter((x) => x.kind !== 'single-outlet' && x.kind !== 'date' && (!kind || x.kind === kind))
    .map((x) => [x.kind, [...new Set(x.values.map((v) => v.text))].sort()]);

describe('a count the text says rose, in reports with no date (count:rises-in-text)', () => {
  const first = `Miners trapped after collapse at Vorn pit\nRescuers worked through the night at the Vorn coal mine in Estrava after a tunnel collapsed. Nine miners were killed, the mining ministry said.`;
  it('reads a toll told as risen, then as standing at a higher figure, as one update', () => {
    const d = story(
      first,
      `Vorn mine toll rises\nThe death toll from the collapse at the Vorn coal mine rose to 14, the mining ministry said on Tuesday.`,
      `Vorn mine: hopes fade\nThe number of dead in the Vorn mine collapse now stands at 17, officials said.`,
    );
    expect(findings(d)).toEqual([['update', ['14', '17', 'Nine miners']]]);
    const note = d.discrepancies.find((x) => x.kind === 'update')!.note;
    expect(note).toMatch(/Nine miners → 14 → 17$/);
  });

  it('reads a figure told with what it rose from as the later one', () => {
    const d = story(
      `Storm Lira kills four\nStorm Lira has killed four people along the Castrel coast, emergency services said.`,
      `Storm Lira toll climbs\nThe storm has killed seven people, up from four, the interior ministry said.`,
    );
    expect(findings(d)).toEqual([['update', ['four', 'four people', 'seven people']]]);
    expect(d.discrepancies.find((x) => x.kind === 'update')!.note).toMatch(
      /: four(?: people)? → seven people$/,
    );
  });

  it('control: a higher figure told with no word of a rise is still a conflict', () => {
    const d = story(
      first,
      `Vorn mine collapse\nFourteen miners were killed in the collapse at the Vorn coal mine, the mining ministry said.`,
    );
    expect(findings(d)).toEqual([['count', ['Fourteen miners', 'Nine miners']]]);
  });

  it('control: a middle figure told with no word of a rise leaves the conflict', () => {
    const d = story(
      first,
      `Vorn mine collapse\nEleven miners were killed in the collapse at the Vorn coal mine, the mining ministry said.`,
      `Vorn mine toll rises\nThe death toll from the collapse at the Vorn coal mine rose to 14, officials said.`,
    );
    expect(findings(d).map((x) => x[0])).toEqual(['count']);
  });
});

describe('how many storeys a building has does not move (figure:storeys-fixed)', () => {
  it('sets a six-storey block of one day against a seven-storey block of the next as a conflict', () => {
    const d = story(
      `Block collapses in Merrow\nMERROW, Sept. 12, 2032 - A six-storey apartment block collapsed in Merrow on Monday, officials said.`,
      `Merrow collapse\nMERROW, Sept. 13, 2032 - A seven-storey apartment block collapsed in Merrow on Monday, the mayor said.`,
    );
    expect(findings(d)).toEqual([['quantity', ['seven-storey', 'six-storey']]]);
  });

  it('control: the homes without power still fall as an update', () => {
    const d = story(
      `Storm cuts power in Merrow\nMERROW, Sept. 12, 2032 - The storm left 40,000 homes without power, the utility said.`,
      `Power returns in Merrow\nMERROW, Sept. 13, 2032 - Some 25,000 homes are still without power, the utility said.`,
    );
    expect(findings(d).map((x) => x[0])).toEqual(['update']);
  });
});

describe('a part told after its count is no whole (count:part-against-part)', () => {
  it('leaves `two of them` out of the conflict of the injured', () => {
    const d = story(
      `Clashes in Dunmore\nSix officers were injured in clashes in Dunmore on Saturday, police said.`,
      `Dunmore clashes\nEight officers were injured in the clashes in Dunmore, two of them seriously, police said.`,
    );
    expect(findings(d)).toEqual([['count', ['Eight officers', 'Six officers']]]);
  });

  it('control: two parts of one count still disagree', () => {
    const d = story(
      `Clashes in Dunmore\nSix officers were injured in clashes in Dunmore on Saturday, two of them seriously, police said.`,
      `Dunmore clashes\nSix officers were injured in the clashes in Dunmore, three of them seriously, police said.`,
    );
    expect(findings(d)).toEqual([['count', ['three of them', 'two of them']]]);
  });
});

describe('a figure of an earlier year is not the story’s (figure:earlier-year-apart)', () => {
  it('keeps the jobs cut in 2029 out of the jobs to be cut now', () => {
    const d = story(
      `Orvane to cut jobs\nPublished: 2031-03-06\nOrvane Motors will cut 1,200 jobs in Selby, the carmaker said on Thursday. The company cut 800 jobs in 2029.`,
      `Orvane cuts confirmed\nPublished: 2031-03-07\nOrvane Motors will cut 1,500 jobs in Selby, the company said.`,
    );
    expect(findings(d)).toEqual([['update', ['1,200 jobs', '1,500 jobs']]]);
  });

  it('control: a figure for the year of the reports is still the story’s', () => {
    const d = story(
      `Orvane to cut jobs\nPublished: 2031-03-06\nOrvane Motors will cut 1,200 jobs in 2031, the carmaker said on Thursday.`,
      `Orvane cuts confirmed\nPublished: 2031-03-07\nOrvane Motors will cut 1,500 jobs in Selby, the company said.`,
    );
    expect(findings(d)).toEqual([['update', ['1,200 jobs', '1,500 jobs']]]);
  });
});

describe('the figure a quake measured is its magnitude (fact:magnitude-measured)', () => {
  const first = `Quake strikes Orsova\nORSOVA, March 3, 2033 - A magnitude 6.4 earthquake struck the mountain town of Orsova on Sunday, officials said.`;
  it('sets `The quake measured 6.2` against a magnitude 6.4 earthquake', () => {
    const d = story(
      first,
      `Orsova earthquake\nMarch 4, 2033\nThe earthquake that struck Orsova on Sunday damaged 300 homes. The quake measured 6.2, the seismological institute said.`,
    );
    expect(findings(d)).toEqual([['quantity', ['6.2', '6.4']]]);
  });

  it('control: the same magnitude told both ways agrees', () => {
    const d = story(
      first,
      `Orsova earthquake\nMarch 4, 2033\nThe earthquake that struck Orsova on Sunday damaged 300 homes. The quake measured 6.4, the seismological institute said.`,
    );
    expect(findings(d)).toEqual([]);
  });
});

describe('cases of an illness that move to a figure (fact:number-of-compound, fact:cases-move)', () => {
  it('reads an outbreak told in three undated reports as one update of its cases', () => {
    const d = story(
      `Measles cases rise in Tarvo\nHealth officials in Tarvo province have recorded 140 cases of measles, the health ministry said.`,
      `Measles outbreak spreads\nThe number of measles cases in Tarvo province has climbed to 215, the health ministry said.`,
      `Tarvo measles cases top 300\nMeasles cases in Tarvo province now stand at 310, officials said on Friday.`,
    );
    expect(findings(d)).toEqual([['update', ['140 cases', '215', '310']]]);
  });

  it('control: a share of cases is no count of them', () => {
    const d = story(
      `Measles in Tarvo\nHealth officials in Tarvo province have recorded 140 cases of measles, the health ministry said.`,
      `Measles outbreak\nThe share of positive cases rose to 12 percent, the health ministry said.`,
    );
    expect((d.facts ?? []).filter((f) => f.kind === 'count').map((f) => f.value)).toEqual([140]);
  });
});

describe('a toll that rose to figures the latest reports dispute (count:rose-then-differs)', () => {
  const sunday = `Storm Hera kills eight\nPublished: 2031-05-04\nStorm Hera has killed eight people along the Velmar coast, emergency services said on Sunday.`;
  it('gives the conflict of the latest reports and the update from the earlier figure', () => {
    const d = story(
      sunday,
      `Storm Hera toll climbs\nPublished: 2031-05-05\nStorm Hera has killed 14 people, the interior ministry said.`,
      `Storm Hera: toll at 11\nPublished: 2031-05-05\nStorm Hera has killed 11 people, the civil protection agency said on Monday.`,
    );
    expect(findings(d)).toEqual([
      ['count', ['11 people', '14 people']],
      ['update', ['11 people', '14 people', 'eight', 'eight people']],
    ]);
  });

  it('control: a latest figure below the earlier one leaves one conflict', () => {
    const d = story(
      sunday,
      `Storm Hera toll climbs\nPublished: 2031-05-05\nStorm Hera has killed 14 people, the interior ministry said.`,
      `Storm Hera: toll at six\nPublished: 2031-05-05\nStorm Hera has killed six people, the civil protection agency said on Monday.`,
    );
    expect(findings(d).map((x) => x[0])).toEqual(['count']);
  });
});

describe('a running total is no figure of the one match (fact:tally-to-date)', () => {
  const match = `Varn City beat Oston\nIlya Brask scored twice as Varn City won 3-1 against Oston Rovers on Saturday.`;
  it('leaves the goals of a season out of the goals of the match', () => {
    const d = story(
      match,
      `Brask double sinks Oston\nVarn City beat Oston Rovers 3-1 on Saturday. Ilya Brask has now scored 19 goals this season, up from 17 before the match.`,
    );
    expect(findings(d)).toEqual([]);
  });

  it('control: the goals of the match told two ways still disagree', () => {
    const d = story(
      match,
      `Brask treble sinks Oston\nVarn City beat Oston Rovers 3-1 on Saturday. Ilya Brask scored three goals in the match.`,
    );
    expect(findings(d).map((x) => x[0])).toEqual(['count']);
  });
});

describe('a count the text says fell, in reports with no date (fact:number-of-falls, count:falls-in-text)', () => {
  it('reads homes without power told as fallen to a level as one update', () => {
    const d = story(
      `Storm leaves homes dark in Karsey\nThe storm left 40,000 homes without power across Karsey province, the Karsey Power utility said.`,
      `Power slowly returns in Karsey\nThe number of homes without power has fallen to 12,000, the utility said.`,
    );
    expect(findings(d)).toEqual([['update', ['12,000', '40,000 homes']]]);
    expect(d.discrepancies.find((x) => x.kind === 'update')!.note).toMatch(
      /fall between .*: 40,000 homes → 12,000$/,
    );
  });

  it('reads people still missing, down from a figure, as the later one', () => {
    const d = story(
      `Floods in Tessaly\nSome 300 people are missing after floods swept through Tessaly valley, the civil protection agency said.`,
      `Tessaly floods\nSome 120 people are still missing, down from 300, the agency said.`,
    );
    expect(findings(d)).toEqual([['update', ['120 people', '300 people']]]);
  });

  it('control: a lower figure told with no word of a fall is still a conflict', () => {
    const d = story(
      `Miners trapped at Brell pit\nThirty miners remain trapped after a tunnel collapsed at the Brell coal mine, officials said.`,
      `Rescuers reach miners at Brell\nRescuers at the Brell coal mine said 19 miners remain trapped, officials said.`,
    );
    expect(findings(d).map((x) => x[0])).toEqual(['count']);
  });

  it('control: a death toll told as down from another is revised, not updated', () => {
    const d = story(
      `Storm Lira kills seven\nStorm Lira has killed seven people along the Castrel coast, emergency services said.`,
      `Storm Lira toll revised\nStorm Lira has killed five people, down from seven, the interior ministry said.`,
    );
    expect(findings(d).map((x) => x[0])).toEqual(['count']);
  });

  it('control: a fall by an amount is no level', () => {
    const d = story(
      `Karsey power\nThe number of homes without power fell by 3,000 overnight, the utility said.`,
    );
    expect((d.facts ?? []).filter((f) => /home/.test(f.about)).map((f) => f.value)).toEqual([]);
  });
});

describe('a rise told with the figure it started from orders that figure (count:rose-from-value)', () => {
  const first = `Bus crash in Marno\nThree people were killed when a bus overturned on the Marno pass road, police said.`;
  const second = `Marno bus crash\nFive people have died after a bus overturned on the Marno pass road, the regional governor said.`;
  it('reads three, five and a rise to seven from five as one update', () => {
    const d = story(
      first,
      second,
      `Marno crash toll rises\nThe death toll from the bus crash on the Marno pass road rose to seven, up from five, hospital officials said.`,
    );
    expect(findings(d)).toEqual([['update', ['Five people', 'Three people', 'seven']]]);
    expect(d.discrepancies.find((x) => x.kind === 'update')!.note).toMatch(
      /Three people → Five people → seven$/,
    );
  });

  it('reads `rose from five to seven` the same way', () => {
    const d = story(
      first,
      second,
      `Marno crash toll rises\nThe death toll from the bus crash on the Marno pass road rose from five to seven, hospital officials said.`,
    );
    expect(findings(d).map((x) => x[0])).toEqual(['update']);
  });

  it('control: a rise from a figure no report gives leaves the middle figure unordered', () => {
    const d = story(
      first,
      second,
      `Marno crash toll rises\nThe death toll from the bus crash on the Marno pass road rose to seven, up from four, hospital officials said.`,
    );
    expect(findings(d).map((x) => x[0])).toEqual(['count']);
  });
});

describe('an offer raised is the bid updated (sum:offer-raised)', () => {
  const first = `Halvard bids for Ostrel\nHalvard Group has offered $4.2 billion for the shipping firm Ostrel, the companies said.`;
  it('reads a raised offer, up from the first, as an update of the bid', () => {
    const d = story(
      first,
      `Halvard raises Ostrel bid\nHalvard Group raised its offer for Ostrel to $4.6 billion, up from $4.2 billion, after Ostrel's board rejected the first bid.`,
    );
    expect(findings(d)).toEqual([['update', ['$4.2 billion', '$4.6 billion']]]);
    expect(d.discrepancies.find((x) => x.kind === 'update')!.note).toMatch(
      /: \$4\.2 billion → \$4\.6 billion$/,
    );
  });

  it('control: a higher sum told with no raise is still a conflict', () => {
    const d = story(
      first,
      `Halvard bids for Ostrel\nHalvard Group has offered $4.6 billion for the shipping firm Ostrel, the companies said.`,
    );
    expect(findings(d).map((x) => x[0])).toEqual(['quantity']);
  });
});
