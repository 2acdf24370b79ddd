import { describe, expect, it } from 'vitest';
import { story, entries } from '../invented.fixture.js';

/**
 * Six unseen genres (h-disc53): a kidnapping ended by a ransom, a baby-food recall, a heatwave's
 * toll, an athlete's doping ban, a cargo ship's fire in port, a teachers' strike. Fictional places
 * and people; each outlet's other lines its own.
 */
const strike = (line: string, outlet = 0) =>
  [
    `Nurses in Corvel walk out\nMarch 2, 2064\nNurses across Corvel stopped work on Monday, their union said.\n${line}\nHospitals cancelled routine operations.`,
    `Corvel hospitals hit by nurses' action\nMarch 2, 2064\nThe nurses' union in Corvel began industrial action on Monday.\n${line}\nEmergency wards stayed open.`,
  ][outlet]!;
const sport = (line: string, outlet = 0) =>
  [
    `Cyclist Per Almund banned\nMay 5, 2062\nThe cyclist Per Almund was banned after a positive test, the federation said.\n${line}\nAlmund denied wrongdoing.`,
    `Almund's team hit by doping case\nMay 5, 2062\nPer Almund has been sanctioned for doping.\n${line}\nThe team said it would review its medical staff.`,
  ][outlet]!;

describe('a walkout is a strike (fact:duration-walkout-strike)', () => {
  it('sets `the strike would last three days` against `The walkout is due to last two days`', () => {
    const d = story(
      strike('Union leader Mara Tull said the strike would last three days.'),
      strike('The walkout is due to last two days, said Mara Tull, the union leader.', 1),
    );
    expect(entries(d, 'quantity').concat(entries(d, 'duration')).length).toBe(1);
  });
  it('control: the same span told both ways is no discrepancy', () => {
    const d = story(
      strike('Union leader Mara Tull said the strike would last three days.'),
      strike('The walkout is due to last three days, said Mara Tull, the union leader.', 1),
    );
    expect(entries(d, 'quantity').concat(entries(d, 'duration'))).toEqual([]);
  });
});

describe('a suspension is a ban (fact:duration-suspension-ban)', () => {
  it('sets `was suspended for 18 months` against `received a 12-month ban`', () => {
    const d = story(
      sport('His coach, Rolf Enge, was suspended for 18 months.'),
      sport('His coach, Rolf Enge, received a 12-month ban.', 1),
    );
    expect(entries(d, 'quantity').concat(entries(d, 'duration')).length).toBe(1);
  });
  it('control: `suspended for 18 months` and `an 18-month ban` agree', () => {
    const d = story(
      sport('His coach, Rolf Enge, was suspended for 18 months.'),
      sport('His coach, Rolf Enge, received an 18-month ban.', 1),
    );
    expect(entries(d, 'quantity').concat(entries(d, 'duration'))).toEqual([]);
  });
});

const port = (line: string, outlet = 0) =>
  [
    `Tanker runs aground at Selby Quay\nAugust 3, 2063\nA tanker ran aground at Selby Quay on Friday, the port said.\n${line}\nNo oil leaked.`,
    `Selby Quay tanker refloated\nAugust 3, 2063\nTugs refloated a tanker that had grounded at Selby Quay.\n${line}\nThe channel reopened at noon.`,
  ][outlet]!;

describe('a post headed `master` has a deputy (role:master-post)', () => {
  it("sets `The port's harbour master, Lina Ostby,` against `Deputy harbour master Lina Ostby`", () => {
    const d = story(
      port("The port's harbour master, Lina Ostby, said the channel was clear."),
      port('Deputy harbour master Lina Ostby said the channel was clear.', 1),
    );
    expect(entries(d, 'role').length).toBe(1);
  });
  it('control: one post written two ways is no discrepancy', () => {
    const d = story(
      port("The port's harbour master, Lina Ostby, said the channel was clear."),
      port('Harbour master Lina Ostby said the channel was clear.', 1),
    );
    expect(entries(d, 'role')).toEqual([]);
  });
});

describe("a percentage one side of a bargain offers or demands is that side's (fact:percent-offered)", () => {
  it('sets `the board has offered 4.5 percent` against `the 3.5 percent offered by the board`', () => {
    const d = story(
      strike('The nurses want 8 percent; the health board has offered 4.5 percent.'),
      strike('Nurses rejected the 3.5 percent offered by the health board.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['3.5 percent', '4.5 percent']]);
  });
  it('control: a rise demanded is not set against a rise offered', () => {
    const d = story(
      strike('The union is demanding an 8 percent pay rise.'),
      strike('The health board has offered a 4.5 percent pay rise.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
  it("control: one side's offer told as a noun agrees with its verb", () => {
    const d = story(
      strike('The health board has offered 4.5 percent.'),
      strike("The health board's offer of 4.5 percent was rejected.", 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('the date a period runs until is not the date it runs from (date:span-end-apart)', () => {
  it('leaves `The ban runs from June 14, 2060` apart from `Her ban runs until June 2064`', () => {
    const d = story(
      sport('The ban runs from June 14, 2060, the federation said.'),
      sport('His ban runs until June 2064, the federation said.', 1),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
  it('control: two ends of one ban still meet', () => {
    const d = story(
      sport('His ban runs until June 2064, the federation said.'),
      sport('His ban runs until June 2065, the federation said.', 1),
    );
    expect(entries(d, 'date').length).toBe(1);
  });
  it('control: `not ... until` dates the act itself', () => {
    const d = story(
      sport('The positive test was not made public until June 14, 2060, the federation said.'),
      sport('The positive test was made public on June 16, 2060, the federation said.', 1),
    );
    expect(entries(d, 'date').length).toBe(1);
  });
});

const ransom = (line: string, outlet = 0) =>
  [
    `Trader freed in Orlen\nJune 9, 2059\nThe grain trader Ivo Rask was freed on Sunday, police in Orlen said.\n${line}\nRask was unhurt.`,
    `Orlen kidnap victim released\nJune 9, 2059\nKidnappers released Ivo Rask near Orlen on Sunday.\n${line}\nPolice are hunting the gang.`,
  ][outlet]!;

describe('`over` after a verb of handing is its particle, no bound (quantities:over-particle)', () => {
  it('sets `the gang handed over 20 rifles` against `the gang handed over 25 rifles`', () => {
    const d = story(
      ransom('The gang later handed over 20 rifles to the police.'),
      ransom('The gang later handed over 25 rifles to the police.', 1),
    );
    expect(entries(d, 'count').length).toBe(1);
  });
  it('reads no bound in `his family handed over $2m`', () => {
    const d = story(ransom('His family handed over $2m, police said.'), ransom('Rask is 52.', 1));
    expect(d.facts?.find((f) => f.text === '$2m')?.qualifier).toBeNull();
  });
  it('control: `paid over $2m` is a bound that $2.5m meets', () => {
    const d = story(
      ransom('His family paid a ransom of over $2m, police said.'),
      ransom('His family paid a ransom of $2.5m, police said.', 1),
    );
    expect(d.facts?.find((f) => f.text === '$2m')?.qualifier).toBe('more than');
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('taken off a craft is evacuated (fact:taken-off-craft)', () => {
  it('sets `forcing the evacuation of 23 crew members` against `All 25 crew were taken off the vessel`', () => {
    const d = story(
      port('A fire broke out on board, forcing the evacuation of 23 crew members.'),
      port('All 25 crew were taken off the vessel after a fire broke out.', 1),
    );
    expect(entries(d, 'count')).toEqual([['23 crew members', '25 crew']]);
  });
  it('control: those taken off are not those hurt', () => {
    const d = story(
      port('Three crew members were injured in the fire.'),
      port('Two crew members were taken off the vessel by helicopter.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

const recall = (line: string, outlet = 0) =>
  [
    `Soup maker Kettlo recalls tins\nOctober 4, 2060\nThe soup maker Kettlo acted after tests found glass in samples, the company said.\n${line}\nNo injuries were reported.`,
    `Glass found in Kettlo soup\nOctober 4, 2060\nKettlo said it was acting out of caution.\n${line}\nThe tins were made at its plant in Brede.`,
  ][outlet]!;
const quake = (line: string, outlet = 0) =>
  [
    `Quake flattens homes in Ardo\nMarch 3, 2061\nA strong earthquake struck Ardo on Monday.\n${line}\nAftershocks continued overnight.`,
    `Ardo quake rescue goes on\nMarch 3, 2061\nRescuers in Ardo worked through the night.\n${line}\nThe army sent tents.`,
  ][outlet]!;

describe('goods pulled from shelves are recalled (fact:withdrawn-from-sale)', () => {
  it('sets `has recalled 340,000 tins of soup` against `is pulling 370,000 tins of soup from shelves`', () => {
    const d = story(
      recall('Kettlo has recalled 340,000 tins of tomato soup.'),
      recall('Kettlo is pulling 370,000 tins of tomato soup from shelves.', 1),
    );
    expect(entries(d, 'count')).toEqual([['340,000 tins', '370,000 tins']]);
  });
  it('control: bodies pulled from the rubble are still those recovered', () => {
    const d = story(
      quake('Rescuers have recovered 14 bodies from the rubble.'),
      quake('Rescuers have pulled 17 bodies from the rubble.', 1),
    );
    expect(entries(d, 'count').length).toBe(1);
  });
});

describe('a modal tells the act a deadline is for, as `to` does (fact:deadline-after-modal)', () => {
  it('sets `would appeal to the sports court within 21 days` against `has 30 days to appeal`', () => {
    const d = story(
      sport('Almund said he would appeal to the sports court within 21 days.'),
      sport('Almund has 30 days to appeal.', 1),
    );
    expect(entries(d, 'quantity').concat(entries(d, 'duration'))).toEqual([['21 days', '30 days']]);
  });
  it('control: the same window told both ways agrees', () => {
    const d = story(
      sport('Almund said he would appeal to the sports court within 21 days.'),
      sport('Almund has 21 days to appeal.', 1),
    );
    expect(entries(d, 'quantity').concat(entries(d, 'duration'))).toEqual([]);
  });
});

describe('a name inside the object does not part a verb from its span (fact:duration-object-named-place)', () => {
  it('sets `fought the fire for 14 hours` against `battled a blaze on the Meridian Starr for 12 hours`', () => {
    const d = story(
      port('Firefighters fought the fire for 14 hours.'),
      port('Firefighters battled a blaze on the Meridian Starr for 12 hours.', 1),
    );
    expect(entries(d, 'quantity').concat(entries(d, 'duration'))).toEqual([['12 hours', '14 hours']]);
  });
  it('control: a span of another act after the name is not the fight', () => {
    const d = story(
      port('Firefighters fought the fire for 14 hours.'),
      port('The ship had been docked at Selby Quay for 12 hours.', 1),
    );
    expect(entries(d, 'quantity').concat(entries(d, 'duration'))).toEqual([]);
  });
});

describe('an arrest told by its ordinal counts those arrested (fact:ordinal-arrest)', () => {
  const dayTwo = (line: string) =>
    `Third arrest over Rask kidnapping\nJune 10, 2059\nPolice in Orlen made progress on Monday in the Rask case.\n${line}\nRask is back at work.`;
  it('sets `two suspects had been arrested` against, a day on, `arrested a third suspect`', () => {
    const d = story(
      ransom('Police said two suspects had been arrested.'),
      dayTwo('Police arrested a third suspect on Monday.'),
    );
    expect(entries(d, 'update')).toEqual([['third suspect', 'two suspects']]);
  });
  it('control: a third suspect sought is no arrest', () => {
    const d = story(
      ransom('Police said two suspects had been arrested.'),
      dayTwo('Police are still searching for a third suspect.'),
    );
    expect(entries(d, 'update').concat(entries(d, 'count'))).toEqual([]);
  });
});

describe('a level told as a multiple of its limit is one figure (fact:times-the-limit)', () => {
  it('sets `eight times the legal limit` against `six times the legal limit`', () => {
    const d = story(
      recall('Tests found glass and lead in the soup, with lead at eight times the legal limit.'),
      recall('Lead in the soup was six times the legal limit, the agency said.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['eight times the legal limit', 'six times the legal limit']]);
  });
  it('control: `twice the legal limit` and `two times the limit` agree', () => {
    const d = story(
      recall('Lead in the soup was twice the legal limit, the agency said.'),
      recall('Lead in the soup was two times the legal limit, the agency said.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('a bare level is no limit (fact:times-the-limit)', () => {
  it('control: `three times the level of 2058` and `twice the level of 2058` are not read', () => {
    const d = story(
      recall('Soup sales are now three times the level of 2058, the company said.'),
      recall('Soup sales are now twice the level of 2058, the company said.', 1),
    );
    expect(d.facts?.filter((f) => f.rule === 'fact:times-the-limit')).toEqual([]);
  });
});

describe('infants are babies (synonyms: baby)', () => {
  it('sets `14 infants fell ill` against `17 babies fell ill`', () => {
    const d = story(
      recall('Health officials said 14 infants fell ill after eating the soup.'),
      recall('Health officials said 17 babies fell ill after eating the soup.', 1),
    );
    expect(entries(d, 'count').length).toBe(1);
  });
  it('control: `14 infants` and `14 babies` agree', () => {
    const d = story(
      recall('Health officials said 14 infants fell ill after eating the soup.'),
      recall('Health officials said 14 babies fell ill after eating the soup.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});
