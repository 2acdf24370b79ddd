import { describe, expect, it } from 'vitest';
import { story, entries } from '../invented.fixture.js';

/**
 * A bear attack, a hoax call that shut a school, drones over an airport (h-disc46). Fictional
 * parks, towns, firms and people; each outlet's other lines its own (a line every outlet runs
 * word for word is boilerplate).
 */
const bear = (line: string, outlet = 0) =>
  [
    `Bear attack in Velmark park\nJune 4, 2050\nA brown bear attacked a walker on a trail in Velmark park on Saturday.\n${line}\nThe trail has been closed.`,
    `Walker mauled in Velmark\nJune 4, 2050\nRangers are tracking a bear after an attack near the Osby lake.\n${line}\nBears are common in the area.`,
  ][outlet]!;
const school = (line: string, outlet = 0) =>
  [
    `Hoax call shuts Tarrow school\nMarch 9, 2050\nPupils at Tarrow Academy were kept in classrooms on Wednesday.\n${line}\nNo weapon was found.`,
    `Tarrow Academy lockdown\nMarch 9, 2050\nArmed police searched Tarrow Academy room by room.\n${line}\nParents were told by text message.`,
  ][outlet]!;
const airport = (line: string, outlet = 0) =>
  [
    `Drones close Selby airport\nAugust 2, 2050\nDrones were seen near the runway at Selby airport on Friday.\n${line}\nPolice are looking for the operators.`,
    `Selby flights disrupted\nAugust 2, 2050\nThousands of travellers were stranded at Selby on Friday night.\n${line}\nThe airport apologised to passengers.`,
  ][outlet]!;

describe('a person aged some years after where they are from (fact:age-aged-noun)', () => {
  it('sets `A German man aged 65 was mauled` against `A 63-year-old man was mauled`', () => {
    const d = story(
      bear('A 63-year-old man was mauled by the bear and flown to hospital.'),
      bear('A German man aged 65 was mauled by the bear and flown to hospital.', 1),
    );
    expect(entries(d, 'age')).toEqual([['63', '65']]);
  });
  it('control: a man aged 65 who raised the alarm is not the man mauled', () => {
    const d = story(
      bear('A 63-year-old man was mauled by the bear and flown to hospital.'),
      bear('A German man aged 65 raised the alarm from a nearby cabin.', 1),
    );
    expect(entries(d, 'age')).toEqual([]);
  });
});

describe('the noun of a call is the call (fact:time-of-moment, `at:call`)', () => {
  it('sets `The call came in at 10:12 a.m.` against `after the call at 10:21 a.m.`', () => {
    const d = story(
      school('The call came in at 10:12 a.m., police said.'),
      school('Staff locked the doors after the call at 10:21 a.m.', 1),
    );
    expect(entries(d, 'time')).toEqual([['10:12 a.m.', '10:21 a.m.']]);
  });
  it('control: the end of the lockdown is another moment than the call', () => {
    const d = story(
      school('The call came in at 10:12 a.m., police said.'),
      school('The lockdown ended at 10:21 a.m., police said.', 1),
    );
    expect(entries(d, 'time')).toEqual([]);
  });
});

describe('traffic halted is a moment of its own (fact:time-of-moment, `at:halt`)', () => {
  it('sets `Air traffic was halted at 7:30 p.m.` against `Flights were stopped at 7 p.m.`', () => {
    const d = story(
      airport('Air traffic was halted at 7:30 p.m. and resumed at 11 p.m.'),
      airport('Flights were stopped at 7 p.m. and resumed at 11 p.m.', 1),
    );
    expect(entries(d, 'time')).toEqual([['7 p.m.', '7:30 p.m.']]);
  });
  it('control: a suspect stopped by police is not traffic halted', () => {
    const d = story(
      airport('Air traffic was halted at 7:30 p.m. and resumed at 11 p.m.'),
      airport('A van was stopped by police at 7 p.m. near the perimeter fence.', 1),
    );
    expect(entries(d, 'time')).toEqual([]);
  });
});

describe('a count whose auxiliary and noun are left out (fact:count-elided-auxiliary)', () => {
  it('sets `were diverted and 21 cancelled` against `18 flights were cancelled`', () => {
    const d = story(
      airport('Forty flights were diverted and 21 cancelled, the operator said.'),
      airport('In all, 18 flights were cancelled and 40 diverted, the operator said.', 1),
    );
    expect([...entries(d, 'count'), ...entries(d, 'update')]).toEqual([['18 flights', '21']]);
  });
  it('control: the same figure told both ways is no discrepancy', () => {
    const d = story(
      airport('Forty flights were diverted and 21 cancelled, the operator said.'),
      airport('In all, 21 flights were cancelled, the operator said.', 1),
    );
    expect([...entries(d, 'count'), ...entries(d, 'update')]).toEqual([]);
  });
});

const poll = (line: string, outlet = 0) =>
  [
    `Greens win Selwick East\nMay 12, 2050\nThe Green Party won the Selwick East by-election on Thursday.\n${line}\nTurnout was 38 percent.`,
    `Selwick East changes hands\nMay 12, 2050\nThe Union party lost a seat it had held since 2021.\n${line}\nThe result was declared at 3 a.m.`,
  ][outlet]!;

describe('a majority told without its noun is a margin in votes (fact:majority-of)', () => {
  it('sets `with a majority of 2,432` against `won by 2,342 votes`', () => {
    const d = story(
      poll('Green candidate Ana Toller won by 2,342 votes over the Union candidate.'),
      poll('Ana Toller won the seat with a majority of 2,432 in the by-election.', 1),
    );
    expect(entries(d, 'count')).toEqual([['2,342 votes', '2,432']]);
  });
  it('control: the majority at an earlier election is that election’s (fact:period-occasion-year)', () => {
    const d = story(
      poll('Green candidate Ana Toller won by 2,342 votes over the Union candidate.'),
      poll('Ana Toller overturned a Union majority of 9,800 at the 2047 general election.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe('a sentence opening with an earlier occasion of a year (fact:period-occasion-year)', () => {
  it('control: `At the 2047 general election, Dahl won by 9,800 votes` is that election’s margin', () => {
    const d = story(
      poll('Green candidate Ana Toller won by 2,342 votes over the Union candidate.'),
      poll('At the 2047 general election, the Union candidate won by 9,800 votes.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

const sea = (line: string, outlet = 0) =>
  [
    `Crew saved as trawler sinks\nNovember 8, 2050\nFour fishermen were rescued from a life raft off Harl Point on Sunday.\n${line}\nThe other men were unhurt.`,
    `Trawler lost off Harl Point\nNovember 8, 2050\nThe trawler Osa Rind sank in heavy seas early on Sunday.\n${line}\nAn inquiry will begin next week.`,
  ][outlet]!;

describe('a skipper’s trade before the name is not part of it (PROFESSIONS, `skipper`)', () => {
  it('sets `The skipper, Ivo Lannert, 52,` against `Skipper Ivo Lannert, 54,`', () => {
    const d = story(
      sea('The skipper, Ivo Lannert, 52, was treated for hypothermia.'),
      sea('Skipper Ivo Lannert, 54, was flown to hospital with hypothermia.', 1),
    );
    expect(entries(d, 'age')).toEqual([['52', '54']]);
  });
  it('control: the skipper’s brother is another man', () => {
    const d = story(
      sea('The skipper, Ivo Lannert, 52, was treated for hypothermia.'),
      sea('Skipper Ivo Lannert was flown to hospital. His brother Jens Lannert, 54, thanked the crews.', 1),
    );
    expect(entries(d, 'age')).toEqual([]);
  });
});

describe('things seen, spotted or reported are one sighting (fact:event-sighted)', () => {
  it('sets `two drones had been seen` against `three drones had been spotted`', () => {
    const d = story(
      airport('Police said two drones had been seen near the runway.'),
      airport('Police said three drones had been spotted near the runway.', 1),
    );
    expect(entries(d, 'count')).toEqual([['three drones', 'two drones']]);
  });
  it('control: drones shot down are not drones seen', () => {
    const d = story(
      airport('Police said two drones had been seen near the runway.'),
      airport('Police said three drones had been shot down near the runway.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe('a rival’s votes after the winner’s are the rival’s (fact:votes-of-candidate)', () => {
  it('sets `ahead of ... Per Holm with 7,950` against `9,410 votes to 7,590 for Per Holm`', () => {
    const d = story(
      poll('Ana Toller won 9,410 votes, ahead of Union candidate Per Holm with 7,950.'),
      poll('Toller took 9,410 votes to 7,590 for Per Holm of the Union party.', 1),
    );
    expect(entries(d, 'count')).toEqual([['7,590', '7,950']]);
  });
  it('control: two rivals’ votes are two figures', () => {
    const d = story(
      poll('Ana Toller won 9,410 votes, ahead of Union candidate Per Holm with 7,950.'),
      poll('Toller took 9,410 votes to 7,590 for Lise Arnfeld of the Liberals.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe('an attack is the event of its moment (fact:time-of-moment, `attacked`, `charged them`)', () => {
  it('sets `the bear charged them at around 8:30 a.m.` against `He was attacked at about 9:30 a.m.`', () => {
    const d = story(
      bear('The walker was with his wife when the bear charged them at around 8:30 a.m.'),
      bear('He was attacked at about 9:30 a.m. near the lake, rangers said.', 1),
    );
    expect(entries(d, 'time')).toEqual([['8:30 a.m.', '9:30 a.m.']]);
  });
  it('control: a man charged with an offence at a time is no attack', () => {
    const d = story(
      bear('The walker was with his wife when the bear charged them at around 8:30 a.m.'),
      bear('Police charged him with trespass at 9:30 a.m., rangers said.', 1),
    );
    expect(entries(d, 'time')).toEqual([]);
  });
});

const raid = (line: string, outlet = 0) =>
  [
    `Police raid Holtby Freight\nMarch 3, 2050\nPolice searched the offices of Holtby Freight on Tuesday in a tax inquiry.\n${line}\nThe company said it was cooperating.`,
    `Holtby Freight searched\nMarch 3, 2050\nInvestigators raided the haulier Holtby Freight over suspected tax fraud.\n${line}\nShares in the company fell.`,
  ][outlet]!;

describe('places a raid searched are one count (synonyms `site`: address, premises, location)', () => {
  it('sets `searches at 23 addresses` against `searches at 25 sites`', () => {
    const d = story(
      raid('Searches took place at 23 addresses in four regions, prosecutors said.'),
      raid('Officers carried out searches at 25 sites, prosecutors said.', 1),
    );
    expect(entries(d, 'count')).toEqual([['23 addresses', '25 sites']]);
  });
  it('control: the firm’s own sites are not the places searched', () => {
    const d = story(
      raid('Searches took place at 23 addresses in four regions, prosecutors said.'),
      raid('The haulier runs 25 sites across the country.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});
