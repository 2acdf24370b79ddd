import { describe, expect, it } from 'vitest';
import { story, entries } from '../invented.fixture.js';

/**
 * A sinkhole, a whale stranding and a confidence vote, each told by two outlets (stop 41).
 * Fictional places and people.
 */
const hole = (line: string) => `Sinkhole in Marrowby\nMarch 13, 2047\n${line}`;
const whales = (line: string) => `Whales stranded at Tollan Bay\nJune 4, 2046\n${line}`;
/** Outlets' lines of their own around the line compared (a line every outlet runs word for word is boilerplate). */
const vote = (line: string, outlet = 0) =>
  [
    `Belmoran government survives confidence vote\nFebruary 9, 2049\nThe opposition Liberal Union called the vote in Belmora after a scandal over defence contracts.\n${line}\nPrime Minister Ilse Varga, 61, has led a three-party coalition since 2046.`,
    `Varga wins confidence motion\nFebruary 9, 2049\nThe Liberal Union tabled the motion after a defence scandal.\n${line}\nShe has headed three parties in government for three years.`,
  ][outlet]!;

describe('a hole appearing is the incident’s moment (fact:time-of-moment)', () => {
  it('sets `the hole appeared shortly before 6 a.m.` against `opened up at 4:30 a.m.`', () => {
    const d = story(
      hole('The hole, 15 metres wide, appeared shortly before 6 a.m. on Hale Street, residents said.'),
      hole('A sinkhole opened up on Hale Street at 4:30 a.m. on Tuesday, swallowing three cars.'),
    );
    expect(entries(d, 'time')).toEqual([['4:30 a.m.', '6 a.m.']]);
  });
  it('control: a person appearing at a news conference is no moment of the incident', () => {
    const d = story(
      hole('The mayor appeared at a news conference at 11 a.m. on Hale Street, residents said.'),
      hole('A sinkhole opened up on Hale Street at 4:30 a.m. on Tuesday, swallowing three cars.'),
    );
    expect(entries(d, 'time')).toEqual([]);
  });
});

describe('whales stranding is the event (fact:time-part-of-day)', () => {
  it('sets `beached on Sunday afternoon` against `stranded on Sunday morning`', () => {
    const d = story(
      whales('Some 47 pilot whales beached at Tollan Bay on Sunday afternoon, the marine service said.'),
      whales('The 47 pilot whales stranded at Tollan Bay on Sunday morning, the marine service said.'),
    );
    expect(entries(d, 'time')).toEqual([['Sunday afternoon', 'Sunday morning']]);
  });
  it('control: whales refloated in the afternoon stranded in the morning', () => {
    const d = story(
      whales(
        'Rescuers refloated the pilot whales at Tollan Bay on Sunday afternoon, the marine service said.',
      ),
      whales('The 47 pilot whales stranded at Tollan Bay on Sunday morning, the marine service said.'),
    );
    expect(entries(d, 'time')).toEqual([]);
  });
});

describe('what befell those counted, after a relative pronoun', () => {
  it('sets `47 whales that stranded` against `45 whales stranded`', () => {
    const d = story(
      whales('Rescuers tried to refloat 47 pilot whales that stranded at Tollan Bay on Sunday.'),
      whales('In all, 45 pilot whales stranded at Tollan Bay on Sunday, the marine service said.'),
    );
    expect([...entries(d, 'count'), ...entries(d, 'update')]).toEqual([
      ['45 pilot whales stranded', '47 pilot whales'],
    ]);
  });
  it('control: the whales that stranded are not the whales refloated', () => {
    const d = story(
      whales('Rescuers tried to refloat 47 pilot whales that stranded at Tollan Bay on Sunday.'),
      whales('Rescuers refloated 30 pilot whales at Tollan Bay on Monday, the marine service said.'),
    );
    expect([...entries(d, 'count'), ...entries(d, 'update')]).toEqual([]);
  });
});

describe('a part told by its whole (fact:count-partitive, fact:count-elided-subject)', () => {
  it('sets `Twelve of the whales had died` against `15 whales died`', () => {
    const d = story(
      whales('Twelve of the whales had died by Monday morning, said marine officer Kiri Walsh.'),
      whales('At Tollan Bay 15 whales died on Sunday, said marine officer Kiri Walsh.'),
    );
    expect(entries(d, 'count')).toEqual([['15 whales died', 'Twelve']]);
  });
  it('sets `47 whales beached ..., and 15 have since died` against `Twelve whales died`', () => {
    const d = story(
      whales('Some 47 pilot whales beached at Tollan Bay on Sunday, and 15 have since died.'),
      whales('Twelve whales died after 47 pilot whales beached at Tollan Bay on Sunday.'),
    );
    expect(entries(d, 'count')).toEqual([['15', 'Twelve whales died']]);
  });
  it('control: a part is not set against its whole (`200,000 of the letters opposed` / `235,000 letters`)', () => {
    const rule = (line: string) => `Rule change\nDecember 12, 2048\n${line}`;
    const d = story(
      rule('Officials said more than 200,000 of the letters opposed the rule change.'),
      rule('The agency received 235,000 letters about the rule change.'),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
  it('control: a part with nothing befalling it (`Twelve of the whales were calves`) is no count', () => {
    const d = story(
      whales('Twelve of the whales were calves, said marine officer Kiri Walsh.'),
      whales('At Tollan Bay 15 whales died on Sunday, said marine officer Kiri Walsh.'),
    );
    expect((d.facts ?? []).filter((f) => f.rule === 'fact:count-partitive')).toEqual([]);
  });
});

describe('counts told only by their noun and what befell them (figure:same-noun-same-event)', () => {
  it('sets `Three members abstained.` against `Two members abstained.`', () => {
    const d = story(vote('Three members abstained.'), vote('Two members abstained.', 1));
    expect(entries(d, 'count')).toEqual([['Three members abstained', 'Two members abstained']]);
  });
  it('control: members who abstained are not members who resigned', () => {
    const d = story(vote('Three members abstained.'), vote('Two members resigned.', 1));
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe('a confidence vote’s tally (fact:vote-tally, fact:vote-against-side)', () => {
  it('sets `survived ... by 78 votes to 71` against `72 voting against`', () => {
    const d = story(
      vote('Prime Minister Ilse Varga survived a no-confidence motion on Tuesday, by 78 votes to 71.'),
      vote('Varga survived the motion on Tuesday, with 78 lawmakers backing her and 72 voting against.', 1),
    );
    expect(entries(d, 'count')).toEqual([['71', '72']]);
  });
  it('control: a match won 3-1 is no vote', () => {
    const d = story(
      `Harriers win cup\nMay 2, 2049\nThe Harriers won the final 3-1 on Sunday in Orlin.`,
      `Harriers lift cup\nMay 2, 2049\nThe Harriers won the cup final 3-1 in Orlin.`,
    );
    expect((d.facts ?? []).filter((f) => f.rule.startsWith('fact:vote'))).toEqual([]);
  });
});

describe('a span of each day is the daily schedule (fact:duration-each-day)', () => {
  const water = (line: string) => `Corvallo rations water\nJuly 7, 2050\n${line}`;
  it('sets `cutting supplies for 12 hours a day` against `water cut for 10 hours a day`', () => {
    const d = story(
      water(
        'The city will ration water from Monday, cutting supplies to homes for 12 hours a day, the mayor said.',
      ),
      water(
        "Corvallo's residents will have their water cut for 10 hours a day from Monday, the mayor announced.",
      ),
    );
    expect(entries(d, 'quantity')).toEqual([['10 hours', '12 hours']]);
  });
  it('control: a span of each day is not a span that lasted (`cuts lasted four months`)', () => {
    const d = story(
      water(
        'The city will ration water from Monday, cutting supplies to homes for 12 hours a day, the mayor said.',
      ),
      water('It is the first rationing since 2038, when cuts lasted four months, the mayor announced.'),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('people at a festival are its crowd (fact:people-attending, figure:one-crowd)', () => {
  const fest = (line: string) => `Lightning at Brenfield festival\nAugust 12, 2047\n${line}`;
  it('sets `About 20,000 people were at the site` against `the 25,000 fans`', () => {
    const d = story(
      fest('Organisers halted the music and told the 25,000 fans to return to their cars.'),
      fest('About 20,000 people were at the site when lightning struck on Sunday.'),
    );
    expect(entries(d, 'count')).toEqual([['20,000 people', '25,000 fans']]);
  });
  it('control: tickets sold are no crowd, nor people taken to hospital', () => {
    const d = story(
      fest('Organisers said 25,000 tickets had been sold for the festival.'),
      fest('About 20 people were taken to hospital when lightning struck on Sunday.'),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe('a wreck’s depth and its passengers (fact:depth-down, fact:passengers-aboard)', () => {
  const wreck = (line: string) => `Wreck of the Aurelia found off Kessa Point\nApril 20, 2048\n${line}`;
  it('reads `The wreck sits 86 metres down` as a depth, set against `at a depth of 68 metres`', () => {
    const d = story(
      wreck('The wreck lies at a depth of 68 metres, about 9 km from the coast of Kessa Point.'),
      wreck('Divers said the wreck of the steamer sits 86 metres down.'),
    );
    expect(entries(d, 'quantity')).toEqual([['68 metres', '86 metres']]);
  });
  it('control: `fell 20 metres down a cliff` is no depth', () => {
    const d = story(
      wreck('The wreck lies at a depth of 68 metres, about 9 km from the coast of Kessa Point.'),
      wreck('One diver fell 20 metres down a cliff near the steamer last year.'),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
  it('sets `was carrying coal and 80 passengers` against `had 90 passengers on board`', () => {
    const d = story(
      wreck('The 61-metre ship was carrying coal and 80 passengers when it struck rocks in a storm.'),
      wreck('The Aurelia had 90 passengers on board.'),
    );
    expect(entries(d, 'count')).toEqual([['80 passengers', '90 passengers']]);
  });
  it('control: what a ship was licensed to carry is no count of those aboard', () => {
    const d = story(
      wreck('The 61-metre ship was licensed to carry 120 passengers when it struck rocks in a storm.'),
      wreck('The Aurelia had 90 passengers on board.'),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe('a finishing time in hours and minutes (fact:finish-time-words)', () => {
  const swim = (line: string) =>
    `Ada Pryce swims Vell Strait\nAugust 30, 2049\nRetired teacher Ada Pryce swam across the Vell Strait on Thursday.\n${line}`;
  it('sets `completed the crossing in 14 hours and 22 minutes` against `swam it in 14 hours 32 minutes`', () => {
    const d = story(
      swim('She completed the 34-kilometre crossing in 14 hours and 22 minutes.'),
      swim('Ada Pryce, 67, swam the strait in 14 hours 32 minutes, becoming the oldest woman to do so.'),
    );
    expect(entries(d, 'quantity')).toEqual([['14 hours 32 minutes', '14 hours and 22 minutes']]);
  });
  it('control: hours and minutes after no verb of finishing are left alone', () => {
    const d = story(
      swim('The support boat waited in the harbour for 14 hours and 22 minutes.'),
      swim('Ada Pryce, 67, swam the strait in 14 hours 32 minutes, becoming the oldest woman to do so.'),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('the year of a work (fact:year-of-work)', () => {
  const obit = (line: string) =>
    `Singer Mira Lowe dies\nMarch 3, 2050\nSinger Mira Lowe has died at her home in Caldwell.\n${line}`;
  it('sets `her 1972 hit "Blue Harbour"` against `"Blue Harbour", released in 1974`', () => {
    const d = story(
      obit('Her 1972 hit "Blue Harbour" sold five million copies.'),
      obit('"Blue Harbour", released in 1974, made her a star.'),
    );
    expect(entries(d, 'date')).toEqual([['1972', '1974']]);
  });
  it('control: the year of a work is not the year of a move', () => {
    const d = story(
      obit('Her 1972 hit "Blue Harbour" sold five million copies.'),
      obit('She moved to Caldwell in 1974 with her husband.'),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
});

describe('a ship run aground is a dated event (fact:date, event aground)', () => {
  const spill = (line: string) => `Corin Star spill\nFebruary 13, 2052\n${line}`;
  it('control: the day a ship ran aground is not the day a clean-up began', () => {
    const d = story(
      spill(
        'The tanker Corin Star spilled 3,000 tonnes of crude oil after running aground off the Brisa coast on Sunday.',
      ),
      spill(
        'Workers began cleaning beaches near Port Amel on Tuesday after the tanker Corin Star spilled 3,000 tonnes of oil.',
      ),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
  it('sets `ran aground on Friday` against `after running aground on Sunday`', () => {
    const d = story(
      spill(
        'The tanker Corin Star spilled 3,000 tonnes of crude oil after running aground off the Brisa coast on Sunday.',
      ),
      spill('The 250-metre tanker Corin Star ran aground off the Brisa coast on Friday.'),
    );
    expect(entries(d, 'date')).toEqual([['Friday', 'Sunday']]);
  });
});

describe('`others` after a count are more of its noun (fact:count-others)', () => {
  const exam = (line: string) => `Marden expels students\nJune 20, 2050\n${line}`;
  it('sets `and suspended 24 others` against `suspended 26 students`', () => {
    const d = story(
      exam('Marden University expelled 14 law students for buying exam answers and suspended 24 others.'),
      exam('Marden University officials suspended 26 students over the bought exam answers on Friday.'),
    );
    expect(entries(d, 'count')).toEqual([['24 others', '26 students']]);
  });
  it('control: others suspended are not students expelled', () => {
    const d = story(
      exam('Marden University expelled 14 law students for buying exam answers and suspended 24 others.'),
      exam('Marden University officials expelled 14 students over the bought exam answers on Friday.'),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe('a price changed to a new level (fact:price-changed-to, fact:change-from-to, figure:minor-unit-exact)', () => {
  const toll = (line: string) => `Harlow Bridge toll rise\nSeptember 2, 2051\n${line}`;
  it('sets `The toll for cars will rise from £5 to £6.50` against `a rise in the car toll to £6`', () => {
    const d = story(
      toll('The toll for cars on the Harlow Bridge will rise from £5 to £6.50 on October 1.'),
      toll('Motorists have criticised a rise in the Harlow Bridge car toll to £6 on October 1.'),
    );
    expect(entries(d, 'quantity')).toEqual([['£6', '£6.50']]);
  });
  it('control: `£6.49` is what `£6` rounds', () => {
    const d = story(
      toll('The toll for cars on the Harlow Bridge will rise from £5 to £6.49 on October 1.'),
      toll('Motorists have criticised a rise in the Harlow Bridge car toll to £6 on October 1.'),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('the size of a devaluation (fact:percent-devaluation)', () => {
  const crown = (line: string) => `Valoria devalues the crown\nMarch 1, 2051\n${line}`;
  it('sets `devalued the crown by 15%` against `devalued its currency by 12%`', () => {
    const d = story(
      crown("Valoria's central bank devalued the crown by 15% against the dollar on Wednesday."),
      crown('Valoria devalued its currency by 12% on Wednesday, the central bank said.'),
    );
    expect(entries(d, 'quantity')).toEqual([['12%', '15%']]);
  });
  it('control: a devaluation is not inflation', () => {
    const d = story(
      crown("Valoria's central bank devalued the crown by 15% against the dollar on Wednesday."),
      crown('Inflation in Valoria stood at 12% in January, the central bank said.'),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});
