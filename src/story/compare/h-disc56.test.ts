import { describe, expect, it } from 'vitest';
import { story, entries } from '../invented.fixture.js';

/**
 * Phenomena of news language the discrepancy finder did not read (h-disc56): a subject `It` for
 * the story's thing, ... Fictional places and people; each outlet's other lines its own.
 */
const wreck = (lines: string, outlet = 0) =>
  [
    `Divers find lost trawler Ostra\nJune 3, 2069\n${lines}\nThe hull lies at a depth of 48 metres.`,
    `Trawler Ostra located after 80 years\nJune 3, 2069\nVolunteer divers have located the Ostra, a trawler lost off Hemmel Head.\n${lines}`,
  ][outlet]!;

describe('a subject `It` stands for the subject before (fact:it-subject-of-before)', () => {
  it('sets `It was found on June 1` after `The wreck of the trawler Ostra ...` against `The wreck was discovered on May 30`', () => {
    const d = story(
      wreck(
        'The wreck of the trawler Ostra, which sank with 12 crew in 1989, has been found off Hemmel Head, the coastguard said.\nIt was found on June 1 by a team of divers.',
      ),
      wreck('The wreck was discovered on May 30, the coastguard said.', 1),
    );
    expect(entries(d, 'date')).toEqual([['June 1', 'May 30']]);
  });
  it('control: the day it sank is another event than the day it was found', () => {
    const d = story(
      wreck(
        'The wreck of the trawler Ostra, which sank with 12 crew in 1989, has been found off Hemmel Head, the coastguard said.\nIt was found on June 1 by a team of divers.',
      ),
      wreck(
        'The wreck was discovered on June 1, the coastguard said.\nThe trawler sank on May 30, 1989, in a storm.',
        1,
      ),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
});

const sale = (line: string, outlet = 0) =>
  [
    `Composer's harp sold in Lunby\nOctober 9, 2070\nA harp owned by the late composer Ivo Sarren was auctioned in Lunby on Saturday.\n${line}\nThe buyer was not named.`,
    `Ivo Sarren harp finds a buyer\nOctober 9, 2070\nThe gilded harp of the composer Ivo Sarren was sold at auction in Lunby.\n${line}\nBidding lasted eight minutes.`,
  ][outlet]!;

describe('a year in a clause told of the subject dates that clause (fact:period-year-object-clause)', () => {
  it('sets `The harp that Ivo Sarren played at his debut in 2031 went for $640,000` against `sold for $580,000`', () => {
    const d = story(
      sale('The harp sold for $580,000, the auction house said.'),
      sale('The harp that Ivo Sarren played at his debut in 2031 went for $640,000 on Saturday.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['$580,000', '$640,000']]);
  });
  it('control: a subject dated by its own year (`A harp sold in 2031 went for $640,000`) is that year’s', () => {
    const d = story(
      sale('The harp sold for $580,000, the auction house said.'),
      sale('Another harp of his in 2031 went for $640,000 at the same house.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

const walk = (line: string, outlet = 0) =>
  [
    `Astronauts fix radiator on Kestrel station\nApril 4, 2071\nTwo astronauts spent six hours outside the Kestrel station on Monday to fix a radiator.\n${line}\nThe radiator is working again.`,
    `Kestrel radiator repaired\nApril 4, 2071\nNoor Halvik and Ebbe Strand repaired a leaking radiator on the Kestrel station on Monday.\n${line}`,
  ][outlet]!;

describe('leaving the airlock begins the walk (fact:time-airlock-exit)', () => {
  it('sets `left the airlock at 8:05 a.m.` against `The spacewalk began at 8:50 a.m.`', () => {
    const d = story(
      walk('Noor Halvik and Ebbe Strand left the airlock at 8:05 a.m.'),
      walk('The spacewalk began at 8:50 a.m., the agency said.', 1),
    );
    expect(entries(d, 'time')).toEqual([['8:05 a.m.', '8:50 a.m.']]);
  });
  it('control: going back into the airlock is not when the walk began', () => {
    const d = story(
      walk('Noor Halvik and Ebbe Strand left the airlock at 8:05 a.m.'),
      walk('The spacewalk began at 8:05 a.m. and they were back in the airlock at 2:10 p.m.', 1),
    );
    expect(entries(d, 'time')).toEqual([]);
  });
});

const raid = (line: string, outlet = 0) =>
  [
    `Tanker attacked off Sorrel coast\nMay 14, 2072\nThe tanker Imra was attacked off the Sorrel coast on Tuesday, the navy said.\n${line}\nThe crew hid in a safe room.`,
    `Navy drives off raiders from tanker Imra\nMay 14, 2072\nA navy patrol drove off raiders who fired on the tanker Imra on Tuesday.\n${line}\nNone of the crew was hurt.`,
  ][outlet]!;

describe('pirates, attackers and gunmen are one group whatever the verb of their attack (fact:count-group-nouns, align:one-attacking-party)', () => {
  it('sets `Five pirates attacked` against `Seven gunmen fired on the tanker`', () => {
    const d = story(
      raid('Five pirates attacked the tanker from two boats.'),
      raid('Seven gunmen fired on the tanker from two boats.', 1),
    );
    expect(entries(d, 'count')).toEqual([['Five pirates attacked', 'Seven gunmen fired']]);
  });
  it('control: the same counts told in other nouns agree', () => {
    const d = story(
      raid('Five pirates attacked the tanker from two boats.'),
      raid('Five gunmen fired on the tanker from two boats.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
  it('control: attackers who fled are not those who attacked', () => {
    const d = story(
      raid('Five pirates attacked the tanker from two boats.'),
      raid('Seven pirates fled the tanker in two boats.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

const slide = (line: string, outlet = 0) =>
  [
    `Mudslide buries farms after storm\nNovember 2, 2073\n${line}\nRescuers pulled three people from the mud.`,
    `Storm brings mud down on hill farms\nNovember 2, 2073\n${line}\nThree people were rescued, officials said.`,
  ][outlet]!;

describe('a place named by its kind is a place, and a letter written twice misspells it (mentions:place-named-by-kind, name:place-letter-doubled)', () => {
  it('sets `the village of Tessby` against `in Tesby, a hill village`', () => {
    const d = story(
      slide('A mudslide buried five farms in the village of Tessby on Sunday.'),
      slide('Five farms were buried by a mudslide in Tesby, a hill village, on Sunday.', 1),
    );
    expect(entries(d, 'spelling')).toEqual([['Tesby', 'Tessby']]);
  });
  it('control: another letter in its place (`Tessby` / `Tassby`) is another name', () => {
    const d = story(
      slide('A mudslide buried five farms in the village of Tessby on Sunday.'),
      slide('Five farms were buried by a mudslide in Tassby, a hill village, on Sunday.', 1),
    );
    expect(entries(d, 'spelling')).toEqual([]);
  });
});

const race = (line: string, outlet = 0) =>
  [
    `Outsider takes the Corran Stakes\nJune 20, 2074\n${line}\nThe going was heavy after a night of rain.`,
    `Corran Stakes goes to a long shot\nJune 20, 2074\n${line}\nThe owner, Hal Brisk, collected a prize of £80,000.`,
  ][outlet]!;

describe('betting odds are a runner’s price, no score (fact:odds-of-runner)', () => {
  it('sets `Tamsel, a 33-1 outsider,` against `The 25-1 shot Tamsel`', () => {
    const d = story(
      race(
        'Tamsel, a 33-1 outsider, won the Corran Stakes at Delby on Saturday, beating the 7-4 favourite Orrin.',
      ),
      race('The 25-1 shot Tamsel won the Corran Stakes at Delby on Saturday.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['25-1', '33-1']]);
  });
  it('control: the favourite’s odds are not the winner’s', () => {
    const d = story(
      race(
        'Tamsel, a 33-1 outsider, won the Corran Stakes at Delby on Saturday, beating the favourite Orrin.',
      ),
      race('The favourite Orrin went off at 7-2 at Delby on Saturday and finished second.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

const marathon = (line: string, outlet = 0) =>
  [
    `Heat wrecks Vossen marathon\nAugust 8, 2075\nThe Vossen marathon was run in 34C heat on Sunday.\n${line}\nMedics treated dozens of runners.`,
    `Vossen runners wilt in heat\nAugust 8, 2075\nHeat took its toll at the Vossen marathon on Sunday.\n${line}\nThe race will start earlier next year.`,
  ][outlet]!;

describe('a part of a whole did the verb with its object (fact:part-verb-with-object)', () => {
  it('sets `Only 150 of the 900 runners finished the race` against `170 runners finished the race`', () => {
    const d = story(
      marathon('Only 150 of the 900 runners finished the race, the organisers said.'),
      marathon('Just 170 runners finished the race, the organisers said.', 1),
    );
    expect(entries(d, 'count')).toEqual([['150 of the 900 runners finished', '170 runners finished']]);
  });
  it('control: a whole named by its participle is that figure (`Two of the 12 runners injured were ...`)', () => {
    const d = story(
      marathon('Two of the 12 runners injured were taken to hospital, the organisers said.'),
      marathon('Twelve runners were injured in the race, the organisers said.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

const outing = (line: string, outlet = 0) =>
  [
    `Astronaut replaces station pump\nFebruary 11, 2076\nMira Tolvane spent seven hours outside the Harl station on Tuesday to replace a pump.\n${line}`,
    `Harl station pump replaced\nFebruary 11, 2076\nMira Tolvane replaced a cooling pump on the Harl station on Tuesday with Eno Paskal.\n${line}`,
  ][outlet]!;

describe('an outing’s place in one person’s series (fact:ordinal-of-outing)', () => {
  it('sets `It was her fourth spacewalk` against `The outing was Tolvane’s third spacewalk`', () => {
    const d = story(
      outing('It was her fourth spacewalk.'),
      outing("The outing was Tolvane's third spacewalk and Paskal's second.", 1),
    );
    expect(entries(d, 'count')).toEqual([['fourth', 'third']]);
  });
  it('control: an earlier outing dated by its year, and a series with no person, are not hers now', () => {
    const d = story(
      outing('It was her fourth spacewalk.'),
      outing('She made her third spacewalk in 2071.\nIt was the third spacewalk on the station this year.'),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

const rescue = (line: string, outlet = 0) =>
  [
    `Two climbers rescued on Mount Skarn\nJuly 3, 2077\n${line}\nBoth were taken to hospital in Brennby.`,
    `Skarn rescue: climbers spent night on ledge\nJuly 3, 2077\nTwo climbers were winched off a ledge on Mount Skarn on Saturday.\n${line}`,
  ][outlet]!;

describe('the ages of a pair, and the age of one of them (fact:age-of-pair)', () => {
  it('sets `Two climbers, aged 24 and 38,` against `One of them, 33,`', () => {
    const d = story(
      rescue('Two climbers, aged 24 and 38, were rescued from Mount Skarn on Saturday.'),
      rescue('One of them, 33, had a broken wrist, the rescue team said.', 1),
    );
    expect(entries(d, 'age')).toEqual([['24', '33', '38']]);
  });
  it('control: the age of one of the two is no discrepancy', () => {
    const d = story(
      rescue('Two climbers, aged 24 and 38, were rescued from Mount Skarn on Saturday.'),
      rescue('One of them, 38, had a broken wrist, the rescue team said.', 1),
    );
    expect(entries(d, 'age')).toEqual([]);
  });
});
