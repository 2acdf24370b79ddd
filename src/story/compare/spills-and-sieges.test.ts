import { describe, expect, it } from 'vitest';
import { story, entries, factual } from '../invented.fixture.js';

/**
 * An oil spill, a bank siege, a bus in a ravine and a flood at a campsite; a census, a search for
 * a lost child and a title fight (stop 45). Fictional places and people; each outlet's other lines
 * its own.
 */
const spill = (line: string, outlet = 0) =>
  [
    `Tanker aground off Pellan\nApril 2, 2053\nThe tanker Grey Heron ran aground off Pellan on Sunday, the coastguard said.\n${line}\nBeaches were closed.`,
    `Oil reaches Pellan beaches\nApril 2, 2053\nOil from the stricken Grey Heron washed up near Pellan on Sunday.\n${line}\nVolunteers began the clean-up.`,
  ][outlet]!;
const siege = (line: string, outlet = 0) =>
  [
    `Siege at Orvik post office\nMay 6, 2053\nAn armed man surrendered at a post office in Orvik on Tuesday, police said.\n${line}\nNo one was hurt.`,
    `Orvik standoff ends\nMay 6, 2053\nPolice arrested a gunman at the Orvik post office on Tuesday.\n${line}\nThe branch will stay closed this week.`,
  ][outlet]!;
const flood = (line: string, outlet = 0) =>
  [
    `Flood hits Tamsel campsite\nJuly 9, 2053\nA flash flood swept through a campsite at Tamsel on Thursday, officials said.\n${line}\nRoads in the valley were closed.`,
    `Campers flee Tamsel flood\nJuly 9, 2053\nThe river Tam burst its banks at Tamsel on Thursday afternoon.\n${line}\nA shelter was opened in the village hall.`,
  ][outlet]!;

const census = (line: string, outlet = 0, day = 14) =>
  [
    `Census results published\nSeptember ${day}, 2053\nThe statistics office of Varnia published the census results on Wednesday.\n${line}\nThe next census is due in 2059.`,
    `Varnia counts its people\nSeptember ${day}, 2053\nVarnia's census office released its figures on Wednesday.\n${line}\nThe results will shape school funding.`,
  ][outlet]!;
const lost = (line: string, outlet = 0) =>
  [
    `Missing girl found\nOctober 3, 2053\nA girl missing in the Osk hills was found alive on Monday, police said.\n${line}\nShe was taken to hospital in Brel.`,
    `Girl safe after night in Osk hills\nOctober 3, 2053\nRescuers found a missing girl in the Osk hills on Monday.\n${line}\nHer parents thanked the volunteers.`,
  ][outlet]!;
const bout = (line: string, outlet = 0) =>
  [
    `Marek wins title\nMay 9, 2053\nTomas Marek won the middleweight title on Saturday night in Dorn.\n${line}\nA rematch is planned for the autumn.`,
    `New champion crowned in Dorn\nMay 9, 2053\nTomas Marek beat the champion on points in Dorn on Saturday.\n${line}\nThe arena was sold out.`,
  ][outlet]!;

describe('a population told by its level, never an update (fact:population-level, figure:population-fixed)', () => {
  it('sets `population fell to 8.2 million` against `population of Varnia dropped to 8.1 million` a day later', () => {
    const d = story(
      census("Varnia's population fell to 8.2 million, the office said."),
      census('The population of Varnia dropped to 8.1 million, the office said.', 1, 15),
    );
    expect(entries(d, 'count')).toEqual([['8.1 million', '8.2 million']]);
  });
  it('control: the same population in both is no discrepancy', () => {
    const d = story(
      census("Varnia's population fell to 8.2 million, the office said."),
      census('The population of Varnia stood at 8.2 million, the office said.', 1, 15),
    );
    expect(factual(d)).toEqual([]);
  });
  it('an age threshold before an irregular past counts nothing (`people aged over 65 rose to 1.9 million`)', () => {
    const d = story(
      census('The number of people aged over 65 rose to 1.9 million.'),
      census('Some 60 people over 70 took part in a survey.', 1),
    );
    const facts = d.facts!;
    expect(facts.some((f) => f.kind === 'count' && f.value === 1_900_000)).toBe(true);
    expect(facts.some((f) => f.kind === 'count' && f.value === 65)).toBe(false);
  });
});

describe('what was carried out on a date is held then (date event `hold`)', () => {
  it('sets `The census, carried out in March 2049` against `was carried out in April 2049`', () => {
    const d = story(
      census('The census, carried out in March 2049, counted 3.4 million households.'),
      census('The census was carried out in April 2049.', 1),
    );
    expect(entries(d, 'date')).toEqual([['April 2049', 'March 2049']]);
  });
  it('control: a census carried out in March 2049 and results published in April 2049 are apart', () => {
    const d = story(
      census('The census, carried out in March 2049, counted 3.4 million households.'),
      census('The first census figures were published in April 2049.', 1),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
});

describe('people who searched are the search party (fact:people-searching, align:one-search-party)', () => {
  it('sets `More than 400 people, including soldiers, took part in the search` against `About 300 searchers joined the hunt`', () => {
    const d = story(
      lost('More than 400 people, including soldiers, took part in the search.'),
      lost('About 300 searchers joined the hunt, police said.', 1),
    );
    expect(entries(d, 'count')).toEqual([['300 searchers joined', '400 people']]);
  });
  it('control: people who watched the rescue are not the searchers', () => {
    const d = story(
      lost('More than 400 people watched the rescue on television.'),
      lost('About 300 searchers joined the hunt, police said.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe('the age of someone the lead describes is the age of the name the next sentence opens with (fact:age-named-next)', () => {
  it('sets `A six-year-old girl ... Mia Lund was found` against `Mia Lund, 7,`', () => {
    const d = story(
      lost(
        'A six-year-old girl was found by a volunteer near a stream.\nMia Lund was found 3 km from her home.',
      ),
      lost('Mia Lund, 7, had been missing since Saturday.', 1),
    );
    expect(entries(d, 'age')).toEqual([['7', 'six']]);
  });
  it('control: a speaker opening the next sentence is not the girl', () => {
    const d = story(
      lost('A six-year-old girl was found by a volunteer near a stream.\nMia Lund said the girl was cold.'),
      lost('Mia Lund, 34, led the volunteers.', 1),
    );
    expect(entries(d, 'age')).toEqual([]);
  });
});

describe('a count the event ends includes it (fact:count-first-in)', () => {
  it('leaves `had been unbeaten in 31 fights` apart from `lost for the first time in 32 fights`', () => {
    const d = story(
      bout('The champion, Ivo Sand, had been unbeaten in 31 fights.'),
      bout('Ivo Sand lost for the first time in 32 professional fights.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
  it('control: two counts of unbeaten fights still differ', () => {
    const d = story(
      bout('The champion, Ivo Sand, had been unbeaten in 31 fights.'),
      bout('Ivo Sand had been unbeaten in 32 professional fights.', 1),
    );
    expect(entries(d, 'count')).toEqual([['31 fights', '32 professional fights']]);
  });
});

const fest = (line: string, outlet = 0) =>
  [
    `Lightning hits Brora festival\nJuly 20, 2053\nLightning struck near the main stage of the Brora festival on Saturday, organisers said.\n${line}\nThe last acts played on Sunday.`,
    `Brora festival storm\nJuly 20, 2053\nA thunderstorm hit the Brora festival on Saturday evening.\n${line}\nTickets will not be refunded.`,
  ][outlet]!;
const swim = (line: string, outlet = 0) =>
  [
    `Record swim across the Dorr Channel\nAugust 12, 2053\nNina Hale swam the Dorr Channel on Wednesday, her team said.\n${line}\nShe was greeted by her family.`,
    `Hale sets channel record\nAugust 12, 2053\nNina Hale became the fastest to swim the Dorr Channel on Wednesday.\n${line}\nShe plans to swim the Ost Strait next.`,
  ][outlet]!;
const cap = (line: string, outlet = 0) =>
  [
    `Gas prices capped\nOctober 2, 2053\nThe government of Lerma will cap household gas prices, the energy minister said on Tuesday.\n${line}\nThe opposition called it too late.`,
    `Lerma to cap gas bills\nOctober 2, 2053\nHouseholds in Lerma will get help with gas bills under a cap announced on Tuesday.\n${line}\nSuppliers welcomed the plan.`,
  ][outlet]!;

describe('a part hurt badly is counted by its condition (fact:count-of-them-condition)', () => {
  it('sets `14 people were injured, two of them seriously` against `Three of them were in a serious condition`', () => {
    const d = story(
      fest('Fourteen people were injured, two of them seriously.'),
      fest('Fourteen people were hurt. Three of them were in a serious condition, medics said.', 1),
    );
    expect(entries(d, 'count')).toEqual([['Three', 'two of them']]);
  });
  it('control: two of them seriously and two in a serious condition agree', () => {
    const d = story(
      fest('Fourteen people were injured, two of them seriously.'),
      fest('Fourteen people were hurt. Two of them were in a serious condition, medics said.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('a show suspended, halted or resumed after a span is one closure (fact:duration-closed)', () => {
  it('sets `was suspended for three hours` against `Performances resumed after two hours`', () => {
    const d = story(
      fest('The festival was suspended for three hours.'),
      fest('Performances resumed after two hours.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['three hours', 'two hours']]);
  });
  it('control: a suspension of three hours is not a two-hour drive home', () => {
    const d = story(
      fest('The festival was suspended for three hours.'),
      fest('Many fans faced a drive of two hours home.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('the margin a record was broken by (fact:record-margin, figure:year-in-apposition)', () => {
  it('sets `breaking the record by 21 minutes` against `beat the previous record, set in 2039 by Tom Brede, by 12 minutes`', () => {
    const d = story(
      swim('She crossed in 9 hours 12 minutes, breaking the record by 21 minutes.'),
      swim('She beat the previous record, set in 2039 by Tom Brede, by 12 minutes.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['12 minutes', '21 minutes']]);
  });
  it('control: a record beaten in 2039 by 12 minutes is another record', () => {
    const d = story(
      swim('She crossed in 9 hours 12 minutes, breaking the record by 21 minutes.'),
      swim('In 2039, Tom Brede beat the previous record by 12 minutes.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('what a measure costs whoever pays; `no more than` bounds from above', () => {
  it('sets `will cost the state about 2.4 billion crowns` against `would cost 2.8 billion crowns`', () => {
    const d = story(
      cap('The cap will cost the state about 2.4 billion crowns this winter.'),
      cap('The minister said the measure would cost 2.8 billion crowns.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['2.4 billion crowns', '2.8 billion crowns']]);
  });
  it('reads `no more than 9 cents` as at most 9 cents', () => {
    const d = story(cap('Households will pay no more than 9 cents per kilowatt hour.'));
    const nine = d.facts!.find((f) => f.value === 9);
    expect(nine?.qualifier).toBe('up to');
  });
});

describe('a rise told in the perfect or with `by` sizes a rise (fact:percent-rate)', () => {
  it('sets `Prices have risen by 60 percent since January` against `prices have climbed 45 percent since January`', () => {
    const d = story(
      cap('Gas prices have risen by 60 percent since January.'),
      cap('Gas prices have climbed 45 percent since January.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['45 percent', '60 percent']]);
  });
  it('control: a rise of 60 percent and a level of 45 percent are apart', () => {
    const d = story(
      cap('Gas prices have risen by 60 percent since January.'),
      cap('Gas prices have climbed to 45 percent above their level in January.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

const wreck = (line: string, outlet = 0, day = 21) =>
  [
    `Wreck of the Kestrel found\nMay ${day}, 2053\nThe wreck of the steamer Kestrel, which sank in 1931 off Tarn, has been found, divers said.\n${line}\nThe bell will go to a museum.`,
    `Divers find the Kestrel\nMay ${day}, 2053\nThe wreck of the Kestrel, a steamer that went down off Tarn in 1931, has been found.\n${line}\nRelatives welcomed the find.`,
  ][outlet]!;
const quit = (line: string, outlet = 0) =>
  [
    `Minister quits\nNovember 3, 2053\nHealth minister Ona Berg resigned on Monday after an inquiry into her expenses.\n${line}\nThe prime minister accepted her resignation.`,
    `Berg steps down\nNovember 3, 2053\nOna Berg stepped down as health minister on Monday.\n${line}\nShe will stay in parliament.`,
  ][outlet]!;
const race = (line: string, outlet = 0) =>
  [
    `Grey Lark wins the Hallam Cup\nApril 9, 2053\nGrey Lark won the Hallam Cup at Dorn on Saturday.\n${line}\nThe owner was in tears.`,
    `Hallam Cup to Grey Lark\nApril 9, 2053\nOutsider Grey Lark took the Hallam Cup on Saturday.\n${line}\nThe favourite was pulled up.`,
  ][outlet]!;

describe('a wreck in metres of water lies that deep (fact:depth-of-water)', () => {
  it('sets `has been found in 68 metres of water` against `lies at a depth of 62 metres`', () => {
    const d = story(
      wreck('The wreck lies at a depth of 62 metres, the team said.'),
      wreck('The hull was found in 68 metres of water, the team said.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['62 metres', '68 metres']]);
  });
  it('control: 68 metres of water pumped out is no depth', () => {
    const d = story(
      wreck('The wreck lies at a depth of 62 metres, the team said.'),
      wreck('The team said a pump moved 68 metres of water a minute.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('the toll of a past event a lead dates is of its year (figure:year-of-lead-event)', () => {
  it('sets `sank in 1931 with the loss of 87 lives` against a later `The ship sank in a storm, killing 78`', () => {
    const d = story(
      wreck('It sank in 1931 in a storm with the loss of 87 lives.'),
      wreck('The ship sank in a storm, killing 78 of the 112 people on board.', 1),
    );
    expect(entries(d, 'count')).toEqual([['78 of the 112 people', '87 lives']]);
  });
  it('control: a lead with no earlier year leaves a later sinking in the story`s own time', () => {
    const d = story(
      `Ferry sinks off Tarn\nMay 21, 2053\nA ferry sank off Tarn on Sunday, killing 12 people.\nIn 1931, the steamer Kestrel sank off Tarn with the loss of 87 lives.`,
      `Tarn ferry disaster\nMay 21, 2053\nThe ferry sank in a storm on Sunday, killing 12 of the 40 people on board.\nThe ship sank in a storm, killing 78 people.`,
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe('what was found or located on a date was discovered then (date event `discover`)', () => {
  it('sets `was found on May 14` against `was located on May 12`', () => {
    const d = story(
      wreck('The wreck was found on May 14 using sonar.'),
      wreck('The wreck was located on May 12.', 1),
    );
    expect(entries(d, 'date')).toEqual([['May 12', 'May 14']]);
  });
  it('control: found guilty on a day is no discovery', () => {
    const d = story(
      wreck('The wreck was found on May 14 using sonar.'),
      wreck('A salvager was found guilty on May 12 of looting the wreck.', 1),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
});

describe('a name whose first letter one language writes v and another w (name:first-letter-v-w)', () => {
  it('sets `Jonas Vik` against `Jonas Wik`', () => {
    const d = story(
      wreck('Expedition leader Jonas Vik said the team searched for four years.'),
      wreck('Expedition leader Jonas Wik said the team searched for four years.', 1),
    );
    expect(entries(d, 'spelling')).toEqual([['Jonas Vik', 'Jonas Wik']]);
  });
  it('control: another first letter still makes another name (`Jonas Dik`)', () => {
    const d = story(
      wreck('Expedition leader Jonas Vik said the team searched for four years.'),
      wreck('Expedition leader Jonas Bik said the team searched for four years.', 1),
    );
    expect(entries(d, 'spelling')).toEqual([]);
  });
});

describe('thousands of crowns are money; `over` after a resignation is `about`; a false claim is a claim', () => {
  it('sets `expense claims totalling 84,000 crowns` against `quit over 48,000 crowns of false expense claims`', () => {
    const d = story(
      quit('Berg quit over 48,000 crowns of false expense claims, the inquiry found.'),
      quit('The inquiry found she made expense claims totalling 84,000 crowns.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['48,000 crowns', '84,000 crowns']]);
    const sum = d.facts!.find((f) => f.text === '48,000 crowns');
    expect(sum?.unit).toBe('crown');
    expect(sum?.qualifier).toBeNull();
  });
  it('control: `more than 48,000 crowns` keeps its bound and three crowns stay titles', () => {
    const d = story(
      quit('She claimed over 48,000 crowns, and her team won three crowns.'),
      quit('She made expense claims totalling 50,000 crowns.', 1),
    );
    expect(d.facts!.find((f) => f.text.startsWith('48,000'))?.qualifier).toBe('more than');
    expect(d.facts!.some((f) => f.value === 3 && f.unit === 'crown' && f.kind === 'quantity')).toBe(false);
  });
});

describe('a winning margin after an apposition (fact:count-margin)', () => {
  it('sets `beat the favourite, Silver Tern, by three lengths` against `finished four lengths clear`', () => {
    const d = story(
      race('Grey Lark beat the favourite, Silver Tern, by three lengths.'),
      race('Grey Lark finished four lengths clear of the favourite, Silver Tern.', 1),
    );
    expect(entries(d, 'count')).toEqual([['four lengths clear', 'three lengths']]);
  });
  it('control: three lengths behind and three lengths clear agree', () => {
    const d = story(
      race('Grey Lark beat the favourite, Silver Tern, by three lengths.'),
      race('Grey Lark finished three lengths clear of the favourite, Silver Tern.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

const heat = (line: string, outlet = 0, day = 30) =>
  [
    `Heat record in Ostra\nJuly ${day}, 2053\nThe town of Ostra recorded the country's highest temperature on Tuesday.\n${line}\nSchools closed early.`,
    `Ostra sets heat record\nJuly ${day}, 2053\nA new national heat record was measured in Ostra on Tuesday.\n${line}\nWater use hit a high.`,
  ][outlet]!;
const probe = (line: string, outlet = 0) =>
  [
    `Old satellite falls to Earth\nSeptember 2, 2053\nThe defunct satellite Lark-2 re-entered the atmosphere on Sunday.\n${line}\nMost of it burned up.`,
    `Lark-2 burns up\nSeptember 2, 2053\nThe Lark-2 satellite plunged back into the atmosphere on Sunday.\n${line}\nNo damage was reported.`,
  ][outlet]!;

describe('an old record is background to the new one (fact:previous-record)', () => {
  it('does not set `The old record, 45.4C,` against a later `The reading, 115F, beat the old record`', () => {
    const d = story(
      heat('The old record, 45.4C, dated from 2038.'),
      heat('The reading, 115F, beat the old record by 0.8 degrees.', 1, 31),
    );
    expect(factual(d)).toEqual([]);
  });
  it('control: two new readings still differ', () => {
    const d = story(
      heat('A temperature of 46.2C was measured in the afternoon.'),
      heat('A temperature of 46.8C was measured in the afternoon.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['46.2C', '46.8C']]);
  });
});

describe('a machine switched off was shut down then (date event `close`)', () => {
  it('sets `was switched off in 2032` against `had been switched off in 2031`', () => {
    const d = story(
      probe('The satellite, launched 31 years ago, was switched off in 2032.'),
      probe('The satellite had been switched off in 2031.', 1),
    );
    expect(entries(d, 'date')).toEqual([['2031', '2032']]);
  });
  it('control: switched off in 2032 and launched in 2022 are apart', () => {
    const d = story(
      probe('The satellite was switched off in 2032.'),
      probe('The satellite was launched in 2022.', 1),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
});

describe('a warning given is a moment of its own (fact:time-of-moment, at:warning)', () => {
  it('sets `the warning came at 4:30 p.m.` against `The flood warning was issued at 5 p.m.`', () => {
    const d = story(
      flood('The site manager said the warning came at 4:30 p.m.'),
      flood('The flood warning was issued at 5 p.m., the weather office said.', 1),
    );
    expect(entries(d, 'time')).toEqual([['4:30 p.m.', '5 p.m.']]);
  });
  it('control: a warning at 4:30 p.m. is not the time the river rose at 5 p.m.', () => {
    const d = story(
      flood('The site manager said the warning came at 4:30 p.m.'),
      flood('The river broke its banks at 5 p.m., the weather office said.', 1),
    );
    expect(entries(d, 'time')).toEqual([]);
  });
});

describe('moved to safety is rescued (fact:moved-to-safety)', () => {
  it('sets `23 crew were airlifted to safety` against `24 crew members were rescued`', () => {
    const d = story(
      spill('All 24 crew members were rescued, the coastguard said.'),
      spill('Its 23 crew were airlifted to safety, officials said.', 1),
    );
    expect(entries(d, 'count')).toEqual([['23 crew', '24 crew members']]);
  });
  it('control: crew airlifted to hospital are not those rescued', () => {
    const d = story(
      spill('All 24 crew members were rescued, the coastguard said.'),
      spill('Three crew were airlifted to hospital, officials said.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe('a compound after a measure is read by its head; crude is oil (fact:compound-head)', () => {
  it('sets `3,000 tonnes of crude oil` against `4,000 tonnes of oil` and `3,000 tonnes of crude`', () => {
    const d = story(
      spill('It spilled 3,000 tonnes of crude oil, officials said.'),
      spill('Some 4,000 tonnes of oil leaked from the ship.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['3,000 tonnes', '4,000 tonnes']]);
    const e = story(
      spill('It spilled 3,000 tonnes of crude, officials said.'),
      spill('Some 4,000 tonnes of oil leaked from the ship.', 1),
    );
    expect(entries(e, 'quantity')).toEqual([['3,000 tonnes', '4,000 tonnes']]);
  });
  it('control: tonnes of oil spilled are not tonnes of sand brought to the beach', () => {
    const d = story(
      spill('It spilled 3,000 tonnes of crude oil, officials said.'),
      spill('Trucks brought 4,000 tonnes of sand to the beach.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('people held hostage for a span are a siege of that span (fact:duration-hostages)', () => {
  it('sets `held nine people hostage for seven hours` against `a six-hour standoff`', () => {
    const d = story(
      siege('A gunman held nine people hostage for seven hours before surrendering.'),
      siege('The man gave himself up after a six-hour standoff.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['seven hours', 'six-hour']]);
  });
  it('control: a suspect held for questioning for seven hours is not the siege', () => {
    const d = story(
      siege('The gunman was held for questioning for seven hours.'),
      siege('The man gave himself up after a six-hour standoff.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});
