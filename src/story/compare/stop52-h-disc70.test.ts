import { describe, expect, it } from 'vitest';
import { story, entries } from '../invented.fixture.js';

/**
 * Look-alikes and misses of news language the discrepancy finder read wrong (h-disc70, stop 52):
 * a toll's level written as a word, readings at two points of a race, a year's totals of two
 * scopes. Fictional places and people; each outlet's other lines its own.
 */
const storm = (day: number, line: string) =>
  `Storm hits Tarrow\nJune ${day}, 2071\n${line}\nRoads around Tarrow remain closed.`;

describe('a level written as a word dates the figure, not the event (date:figure-change, word level)', () => {
  it('leaves `rose to six on Tuesday` out of the day the storm struck', () => {
    const d = story(
      storm(7, 'A storm killed five people in Tarrow on Sunday night, the sheriff said.'),
      storm(9, "The death toll from Sunday's storm in Tarrow rose to six on Tuesday, the sheriff said."),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
  it('control: the storm told as striking on Sunday and on Tuesday is a conflict', () => {
    const d = story(
      storm(7, 'A storm killed five people in Tarrow on Sunday night, the sheriff said.'),
      storm(9, 'A storm killed six people in Tarrow on Tuesday night, the sheriff said.'),
    );
    expect(entries(d, 'date')).toEqual([['Sunday', 'Tuesday']]);
  });
});

const race = (line: string, outlet = 0) =>
  [
    `Okoro wins Tarrow half marathon\nApril 9, 2071\nLena Okoro won the Tarrow half marathon on Sunday, organisers said.\n${line}\nAbout 9, 000 runners took part.`,
    `Tarrow half marathon goes to Okoro\nApril 9, 2071\nLena Okoro took the Tarrow half marathon title on Sunday.\n${line}`,
  ][outlet]!;

describe("a reading told at a point of the event is that point's (fact:reading-at-point)", () => {
  it('leaves `12C at the start` and `rose to 18C by the finish` uncompared', () => {
    const d = story(
      race('Temperatures were 12C at the start.'),
      race('Temperatures rose to 18C by the finish.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
  it('control: two readings at the start still conflict', () => {
    const d = story(
      race('Temperatures were 12C at the start.'),
      race('Temperatures were 18C at the start.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['12C', '18C']]);
  });
});

const haul = (line: string, outlet = 0) =>
  [
    `Police seize cocaine at Tarrow port\nMay 3, 2071\nCustoms officers seized 3. 5 tonnes of cocaine at the port of Tarrow, police said on Wednesday.\n${line}\nTwo men were arrested.`,
    `Cocaine found in Tarrow fruit shipment\nMay 3, 2071\nOfficers found 3, 500 kilograms of cocaine in a fruit shipment at Tarrow port on Wednesday.\n${line}`,
  ][outlet]!;

describe("a clause opened by a whole (`Worldwide,`) gives the whole's figure (fact:scope-opening-clause)", () => {
  it("leaves `Worldwide, ... seized a record 2, 000 tonnes` out of the port's year", () => {
    const d = story(
      haul(
        'Worldwide, customs agencies seized a record 2, 000 tonnes of cocaine in 2070, the United Nations said.',
      ),
      haul('Last year, customs at Tarrow seized 11 tonnes of cocaine in total.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
  it("control: two outlets giving the port's last year differently still conflict", () => {
    const d = story(
      haul('In 2070, customs at Tarrow seized 14 tonnes of cocaine in total.'),
      haul('Last year, customs at Tarrow seized 11 tonnes of cocaine in total.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['11 tonnes', '14 tonnes']]);
  });
});

const derail = (line: string, outlet = 0) =>
  [
    `Freight train derails near Colby\nMarch 2, 2071\nA freight train derailed near Colby on Friday night, officials said.\n${line}\nThe train had 120 cars and was bound for Ardon.`,
    `Colby derailment forces evacuations\nMarch 2, 2071\nResidents near Colby were told to leave after a freight train derailed on Friday.\n${line}`,
  ][outlet]!;

describe('counts of one noun that say one thing befell them are one figure, whatever else the noun counts (align:same-event-count)', () => {
  it("sets `Twenty-two cars left the tracks` against `Thirty-two cars derailed` beside the train's 120 cars", () => {
    const d = story(
      derail('Twenty-two cars left the tracks, including four carrying chemicals.'),
      derail('Thirty-two cars derailed, the fire chief said.', 1),
    );
    expect(entries(d, 'count')).toEqual([['Thirty-two cars derailed', 'Twenty-two cars left']]);
  });
  it("control: an earlier derailment's cars, in a year of their own, are not the story's", () => {
    const d = story(
      derail('Twenty-two cars left the tracks, including four carrying chemicals.'),
      derail('In 2065, 12 cars derailed near Elton, the fire chief said.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

const hack = (line: string, outlet = 0) =>
  [
    `Cyberattack hits Dunmore Health\nMay 4, 2071\nA ransomware attack has knocked Dunmore Health's computer systems offline, the company said on Thursday.\n${line}\nAmbulances were diverted from four emergency rooms.`,
    `Hackers demand ransom from Dunmore Health\nMay 4, 2071\nHackers behind an attack on Dunmore Health are demanding a ransom, the company said on Thursday.\n${line}\nDoctors at two hospitals said surgeries had been postponed.`,
  ][outlet]!;

describe('what an organisation runs, whatever the verb, is one figure (fact:event-runs, align:same-event-count)', () => {
  it('sets `Dunmore Health, which runs 12 hospitals` against `Dunmore Health operates 15 hospitals`', () => {
    const d = story(
      hack('Dunmore Health, which runs 12 hospitals in two states, is based in Carlow.'),
      hack('Dunmore Health operates 15 hospitals in Ardon and Vell.', 1),
    );
    expect(entries(d, 'count')).toEqual([['12 hospitals', '15 hospitals']]);
  });
  it("control: a rival's hospitals are not the story's organisation's", () => {
    const d = story(
      hack('Dunmore Health, which runs 12 hospitals in two states, is based in Carlow.'),
      hack('Its rival Corvane Medical operates 30 hospitals in Ardon and Vell.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

const back = (line: string, outlet = 0) =>
  [
    `Dunmore Health systems restored\nMay 12, 2071\nDunmore Health said on Friday that its computer systems were working again.\n${line}\nPatients were told to expect delays.`,
    `Dunmore Health back online\nMay 12, 2071\nDunmore Health restored its systems on Friday, the company said.\n${line}`,
  ][outlet]!;

describe('a span told as a state after it is the time in that state (fact:duration-state, offline)', () => {
  it('sets `after eight days offline` against `after 10 days offline`', () => {
    const d = story(
      back('The systems came back after eight days offline.'),
      back('The systems were restored after 10 days offline.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['10 days offline', 'eight days offline']]);
  });
  it('control: the time offline is not the time of credit monitoring offered', () => {
    const d = story(
      back('The systems came back after eight days offline.'),
      back('It will offer patients 10 days of free help.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

const find = (line: string, outlet = 0) =>
  [
    `Cocaine seized at Tarrow port\nMay 3, 2071\nCustoms officers seized 2. 5 tonnes of cocaine at the port of Tarrow, police said on Wednesday.\n${line}\nTwo men were arrested.`,
    `Cocaine found in Tarrow fruit shipment\nMay 3, 2071\nOfficers found 2, 500 kilograms of cocaine at Tarrow port on Wednesday.\n${line}`,
  ][outlet]!;

describe("where the story's shipment came from (fact:shipment-from)", () => {
  it('sets `The shipment arrived from Velora` against `a fruit shipment from Marsden`', () => {
    const d = story(
      find('The shipment arrived from Velora on a container ship on Monday.'),
      find('The drugs were hidden in a fruit shipment from Marsden, customs said.', 1),
    );
    expect(entries(d, 'place')).toEqual([['Marsden', 'Velora']]);
  });
  it('control: a ship sailing from one port is no shipment from another', () => {
    const d = story(
      find('The shipment arrived from Velora on a container ship on Monday.'),
      find('The drugs were hidden on a ship that had called at Marsden, customs said.', 1),
    );
    expect(entries(d, 'place')).toEqual([]);
  });
});
