import { describe, expect, it } from 'vitest';
import { story, entries, factual } from '../invented.fixture.js';

/**
 * A migrant boat's sinking, a drug seizure at a port, a carmaker's quarterly results and later
 * batches of stop 46. Fictional places and people; each outlet's other lines its own.
 */
const sinking = (line: string, outlet = 0, day = 14) =>
  [
    `Boat sinks off Tarnel\nAugust ${day}, 2053\nA boat carrying migrants sank off Tarnel on Wednesday, the coastguard said.\n${line}\nSurvivors were taken to a centre in Tarnel.`,
    `Migrants rescued off Tarnel\nAugust ${day}, 2053\nRescuers reached a sinking boat south of Tarnel on Wednesday.\n${line}\nThe search went on through the night.`,
  ][outlet]!;
const seizure = (line: string, outlet = 0) =>
  [
    `Cocaine found at Velsport\nMarch 3, 2053\nCustoms officers at Velsport seized cocaine hidden in a fruit shipment, officials said on Tuesday.\n${line}\nThe container came from overseas.`,
    `Drugs haul at Velsport port\nMarch 3, 2053\nOfficers found cocaine in a container of fruit at Velsport, customs said on Tuesday.\n${line}\nAn inquiry is under way.`,
  ][outlet]!;
const results = (line: string, outlet = 0) =>
  [
    `Harlow Motors profit falls\nOctober 22, 2053\nHarlow Motors reported its results on Wednesday.\n${line}\nSales of its vans slowed.`,
    `Harlow Motors results\nOctober 22, 2053\nThe carmaker Harlow Motors published its results on Wednesday.\n${line}\nShares fell in early trading.`,
  ][outlet]!;

describe('a number before a preposition of time counts nothing after it (quantities:no-count-before-clause)', () => {
  it('reads a headline `Death toll rises to 11 after boat sinks` as a toll, set against nine dead', () => {
    const d = story(
      `Death toll rises to 11 after boat sinks\nAugust 14, 2053\nA boat carrying migrants sank off Tarnel on Wednesday.\nSurvivors were taken to a centre in Tarnel.`,
      `Nine dead as boat sinks\nAugust 14, 2053\nNine people were killed when a boat sank off Tarnel on Wednesday.\nThe search went on through the night.`,
    );
    expect(entries(d, 'count')).toEqual([['11', 'Nine dead', 'Nine people']]);
  });
  it('control: the same toll in both is no discrepancy', () => {
    const d = story(
      `Death toll rises to 11 after boat sinks\nAugust 14, 2053\nA boat carrying migrants sank off Tarnel on Wednesday.\nSurvivors were taken to a centre in Tarnel.`,
      `Eleven dead as boat sinks\nAugust 14, 2053\nEleven people were killed when a boat sank off Tarnel on Wednesday.\nThe search went on through the night.`,
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('a toll told through `the number of`, a word of how it is known before it (fact:toll-number-of)', () => {
  it('sets `the number of people confirmed dead … has risen to 11` against nine killed', () => {
    const d = story(
      sinking('The number of people confirmed dead in the sinking has risen to 11, the coastguard said.'),
      sinking('Nine people were killed, the coastguard said.', 1),
    );
    expect(entries(d, 'count')).toEqual([['11', 'Nine people']]);
  });
  it('control: the same toll told both ways is no discrepancy', () => {
    const d = story(
      sinking('The number of people confirmed dead in the sinking has risen to 11, the coastguard said.'),
      sinking('Eleven people were killed, the coastguard said.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('a count read past an apposition listing ages (fact:apposition-age-list)', () => {
  it('sets `Three men, aged 34, 41 and 52, were arrested` against four arrested', () => {
    const d = story(
      seizure('Three men, aged 34, 41 and 52, were arrested at a warehouse in Dresk.'),
      seizure('Four people were arrested in Dresk.', 1),
    );
    expect(entries(d, 'count')).toEqual([['Four people', 'Three men']]);
  });
  it('control: three arrested in both is no discrepancy', () => {
    const d = story(
      seizure('Three men, aged 34, 41 and 52, were arrested at a warehouse in Dresk.'),
      seizure('Three people were arrested in Dresk.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('the day a journey left a named place (fact:date:departure-from-place)', () => {
  it('sets `had left the port of Zuwan on Thursday` against `set off from Zuwan, in Kelria, on Saturday`', () => {
    const d = story(
      sinking('The boat had left the port of Zuwan on Thursday, survivors said.'),
      sinking('The boat set off from Zuwan, in Kelria, on Saturday, according to survivors.', 1),
    );
    expect(entries(d, 'date')).toEqual([['Saturday', 'Thursday']]);
  });
  it('control: two days in a row may be one night: no discrepancy', () => {
    const d = story(
      sinking('The boat had left the port of Zuwan on Friday, survivors said.'),
      sinking('The boat set off from Zuwan, in Kelria, on Saturday, according to survivors.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe("a firm's result for its whole year is the year's (fact:period-full-year)", () => {
  it('never sets `expects full-year profit of $5 billion` against a quarterly profit of $1.2bn', () => {
    const d = story(
      results('The company expects full-year profit of $5 billion.'),
      results('Quarterly profit dropped to $1.2bn, the company said.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
  it('sets two full-year forecasts apart: $5 billion against $5.5 billion', () => {
    const d = story(
      results('The company expects full-year profit of $5 billion.'),
      results('Harlow now expects full-year profit of $5.5 billion.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['$5 billion', '$5.5 billion']]);
  });
});

describe('a whole named by a relative clause with no `that` (fact:whole-named-by-contact-clause)', () => {
  it('reads `1,800 of the 2,500 jobs Harlow is cutting` as 2,500 jobs cut: no discrepancy with 2,500', () => {
    const d = story(
      results('About 1,800 of the 2,500 jobs Harlow Motors is cutting will go at its Garrow plant.'),
      results('Harlow Motors will cut 2,500 jobs, the company said.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
  it('sets the whole against another outlet: 2,800 jobs cut against 2,500', () => {
    const d = story(
      results('About 1,800 of the 2,800 jobs Harlow Motors is cutting will go at its Garrow plant.'),
      results('Harlow Motors will cut 2,500 jobs, the company said.', 1),
    );
    expect(entries(d, 'count')).toEqual([['2,500 jobs', '2,800 jobs Harlow Motors']]);
  });
});

const campFire = (line: string, outlet = 0) =>
  [
    `Fire at Sorel camp\nFebruary 11, 2053\nA fire swept through the Sorel refugee camp on Monday night, aid workers said.\n${line}\nThe camp houses families from the north.`,
    `Blaze at Sorel refugee camp\nFebruary 11, 2053\nFire tore through the Sorel camp late on Monday, the UN agency said.\n${line}\nAn appeal for tents was launched.`,
  ][outlet]!;
const obituary = (line: string, outlet = 0, day = 2) =>
  [
    `Actor Ivo Rask dies\nJune ${day}, 2053\nThe actor Ivo Rask has died, his family said.\n${line}\nHe is survived by two daughters.`,
    `Tributes to Ivo Rask\nJune ${day}, 2053\nTributes were paid to the actor Ivo Rask.\n${line}\nHis best-known series ran for years.`,
  ][outlet]!;
const tsunami = (line: string, outlet = 0) =>
  [
    `Tsunami hits Orla coast\nNovember 3, 2053\nAn earthquake struck off the coast of Orla on Tuesday, officials said.\n${line}\nCoastal towns were evacuated.`,
    `Quake and tsunami in Orla\nNovember 3, 2053\nA strong earthquake off Orla on Tuesday triggered a tsunami.\n${line}\nPeople fled to higher ground.`,
  ][outlet]!;

describe('a relative clause after a comma is a clause of its own (clause:relative-opened)', () => {
  it('reads the death in `Tributes were paid on Tuesday to Ivo Rask, who died on Thursday` and sets it against Sunday', () => {
    const d = story(
      obituary('Rask died at his home in Besk on Sunday, his daughter said.'),
      obituary('Tributes poured in on Wednesday for Ivo Rask, who died on Thursday aged 84.', 1, 3),
    );
    expect(entries(d, 'date')).toEqual([['Sunday', 'Thursday']]);
  });
  it('control: the same day of death told in the relative clause is no discrepancy', () => {
    const d = story(
      obituary('Rask died at his home in Besk on Sunday, his daughter said.'),
      obituary('Tributes poured in on Wednesday for Ivo Rask, who died on Sunday aged 84.', 1, 3),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('how often a prize was won (fact:times-done, `won`)', () => {
  it('sets `won the national film prize three times` against `twice`', () => {
    const d = story(
      obituary('Rask won the national film prize three times.'),
      obituary('Rask won the national film prize twice.', 1),
    );
    expect(entries(d, 'count')).toEqual([['three times', 'twice']]);
  });
  it('control: three times in both is no discrepancy', () => {
    const d = story(
      obituary('Rask won the national film prize three times.'),
      obituary('He won the national film prize three times in his career.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('the time a fire took to bring under control (fact:duration-to-control)', () => {
  it('sets `brought under control after four hours` against `took firefighters three hours to control the blaze`', () => {
    const d = story(
      campFire('The blaze was brought under control after four hours.'),
      campFire('It took firefighters three hours to control the blaze.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['four hours', 'three hours']]);
  });
  it('control: the same span told both ways is no discrepancy', () => {
    const d = story(
      campFire('The blaze was brought under control after four hours.'),
      campFire('It took firefighters four hours to control the blaze.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('the height of the waves, however told (fact:wave-height)', () => {
  it('sets `waves 3 metres high` against `Waves of 5 metres were recorded`', () => {
    const d = story(
      tsunami('The quake sent waves 3 metres high into coastal towns.'),
      tsunami('Waves of 5 metres were recorded along the coast.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['3 metres', '5 metres']]);
  });
  it('control: `Waves reached 3 metres (10 feet)` against `up to 3 metres high` is one height', () => {
    const d = story(
      tsunami('The quake sent waves up to 3 metres high into coastal towns.'),
      tsunami('Waves reached 3 metres (10 feet) in some places.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

const notice = (line: string, outlet = 0, day = 8) =>
  [
    `Boil-water notice in Tarrow\nSeptember ${day}, 2053\nResidents of Tarrow were told to boil their water after bacteria were found at a treatment plant.\n${line}\nBottled water is being handed out.`,
    `Tarrow told to boil water\nSeptember ${day}, 2053\nBacteria were detected at the Tarrow treatment works on Saturday, the water company said.\n${line}\nThe company apologised.`,
  ][outlet]!;
const haul = (line: string, outlet = 0) =>
  [
    `Ivory seized at Port Amsel\nJuly 21, 2053\nCustoms officers at Port Amsel seized ivory hidden in timber, officials said on Tuesday.\n${line}\nThe container came from overseas.`,
    `Ivory haul at Port Amsel\nJuly 21, 2053\nOfficials found ivory concealed among timber at Port Amsel.\n${line}\nAn inquiry is under way.`,
  ][outlet]!;
const libel = (line: string, outlet = 0) =>
  [
    `MP wins libel case\nMarch 12, 2053\nThe Evening Post was ordered to pay damages to an MP, the High Court ruled on Wednesday.\n${line}\nThe paper said it would appeal.`,
    `Post loses libel case\nMarch 12, 2053\nThe Evening Post lost a libel case brought by an MP on Wednesday.\n${line}\nCosts are yet to be settled.`,
  ][outlet]!;
const surgery = (line: string, outlet = 0) =>
  [
    `Twins separated\nApril 14, 2053\nSurgeons at a children's hospital in Morvane separated conjoined twins, the hospital said.\n${line}\nBoth girls are stable.`,
    `Conjoined twins separated in Morvane\nApril 14, 2053\nTwin girls joined at the head have been separated in Morvane.\n${line}\nThe family thanked the staff.`,
  ][outlet]!;

describe('those who fell ill, however told (fact:fell-ill)', () => {
  it('sets `37 people have reported stomach illness` against `Thirty people have fallen ill`', () => {
    const d = story(
      notice('At least 37 people have reported stomach illness, the company said.'),
      notice('Thirty people have fallen ill, health officials said.', 1),
    );
    expect(entries(d, 'count')).toEqual([['37 people', 'Thirty people']]);
  });
  it('reads `the number of people who have fallen ill … has risen to 52` a day later as an update', () => {
    const d = story(
      notice('Thirty-seven people have fallen ill, health officials said.'),
      notice('The number of people who have fallen ill has risen to 52, health officials said.', 1, 9),
    );
    expect(entries(d, 'update')).toEqual([['52', 'Thirty-seven people']]);
  });
  it('control: `reported` of a source still counts no one ill (`two officials reported the find`)', () => {
    const d = story(
      notice('Thirty people have fallen ill, two officials reported.'),
      notice('Thirty people have fallen ill, health officials said.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('those still in hospital, and a number before an auxiliary (fact:in-hospital, quantities:no-count-before-verb)', () => {
  it('sets `and 4 have been admitted to hospital` against `five are in hospital`', () => {
    const d = story(
      notice('Thirty people fell ill, and 4 have been admitted to hospital.'),
      notice('Thirty people have fallen ill and five are in hospital.', 1),
    );
    expect(entries(d, 'count')).toEqual([['4', 'five']]);
  });
  it('control: four in hospital in both is no discrepancy', () => {
    const d = story(
      notice('Thirty people fell ill, and 4 have been admitted to hospital.'),
      notice('Thirty people have fallen ill and four are in hospital.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('goods seized, their unit and kind (quantities:metric-tons, fact:compound-head)', () => {
  it('sets `3.2 tonnes of elephant ivory` against `3.6 metric tons of ivory`', () => {
    const d = story(
      haul('Officers at Port Amsel seized 3.2 tonnes of elephant ivory hidden in timber.'),
      haul('They found 3.6 metric tons of ivory hidden in timber at Port Amsel.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['3.2 tonnes', '3.6 metric tons']]);
  });
  it('control: 3.2 tonnes against 3.2 metric tons is one weight', () => {
    const d = story(
      haul('Officers at Port Amsel seized 3.2 tonnes of elephant ivory hidden in timber.'),
      haul('They found 3.2 metric tons of ivory hidden in timber at Port Amsel.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('the age of someone named by a trade (fact:age-adjective-noun, `agent`)', () => {
  it('sets `a 45-year-old shipping agent` against `The 46-year-old shipping agent`', () => {
    const d = story(
      haul('A 45-year-old shipping agent was arrested.'),
      haul('The 46-year-old shipping agent appeared in court.', 1),
    );
    expect(entries(d, 'age')).toEqual([['45', '46']]);
  });
  it('control: the same age is no discrepancy', () => {
    const d = story(
      haul('A 45-year-old shipping agent was arrested.'),
      haul('The 45-year-old shipping agent appeared in court.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('a member of parliament named by the title (gazetteer `mp`, fact:age-in-apposition)', () => {
  it('sets `Straw, 52,` after `the MP Helen Straw` against `Helen Straw, the 51-year-old MP`', () => {
    const d = story(
      libel('The paper must pay the MP Helen Straw £18,000. Straw, 52, said she felt vindicated.'),
      libel('Helen Straw, the 51-year-old MP for Elmbury, won £18,000.', 1),
    );
    expect(entries(d, 'age')).toEqual([['51', '52']]);
  });
  it('control: the same age is no discrepancy', () => {
    const d = story(
      libel('The paper must pay the MP Helen Straw £18,000. Straw, 52, said she felt vindicated.'),
      libel('Helen Straw, the 52-year-old MP for Elmbury, won £18,000.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('the day articles were published (date event `publish`)', () => {
  const third = `Post to appeal\nMarch 13, 2053\nThe Evening Post said on Thursday it would appeal.\nThe judge found four articles published in 2052 were defamatory.\nCosts are estimated at £40,000.`;
  it('sets `the three articles, published in March 2052` against `articles published in May 2052`', () => {
    const d = story(
      libel('Judge Martin Oakes said the three articles, published in March 2052, were defamatory.'),
      third,
      libel('The judge found that articles published in May 2052 defamed her.', 1),
    );
    expect(entries(d, 'date')).toEqual([['March 2052', 'May 2052']]);
  });
  it('control: the same month is no discrepancy', () => {
    const d = story(
      libel('Judge Martin Oakes said the three articles, published in March 2052, were defamatory.'),
      third,
      libel('The judge found that articles published in March 2052 defamed her.', 1),
    );
    expect(factual(d).filter((k) => k === 'date')).toEqual([]);
  });
});

describe('what took that long, a relative clause between (fact:duration-took)', () => {
  it('sets `The operation, which ended on Saturday, took 20 hours` against `a 22-hour operation`', () => {
    const d = story(
      surgery('The operation, which ended on Saturday, took 20 hours.'),
      surgery('The girls were separated in a 22-hour operation.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['20 hours', '22-hour']]);
  });
  it('control: 20 hours both ways is no discrepancy', () => {
    const d = story(
      surgery('The operation, which ended on Saturday, took 20 hours.'),
      surgery('The girls were separated in a 20-hour operation.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

const prices = (line: string, outlet = 0) =>
  [
    `Orvia inflation falls\nOctober 14, 2053\nThe statistics office of Orvia published September's figures on Tuesday.\n${line}\nThe central bank meets this month.`,
    `Orvia prices slow\nOctober 14, 2053\nOrvia's statistics office released its monthly price data on Tuesday.\n${line}\nEconomists expect a rate cut.`,
  ][outlet]!;
const poultry = (line: string, outlet = 0, day = 20) =>
  [
    `Bird flu at Delm farm\nJanuary ${day}, 2053\nBird flu has been confirmed at a poultry farm near Orsk, the ministry said.\n${line}\nA protection zone was set up.`,
    `New bird flu case near Orsk\nJanuary ${day}, 2053\nAuthorities will cull birds at a farm near Orsk after bird flu was found.\n${line}\nThe risk to people is low.`,
  ][outlet]!;

describe('the kind of prices a figure is of (fact:percent-kind-of-prices)', () => {
  it('never sets `Food prices rose 4.2 percent` against `Consumer prices rose 3.1%`', () => {
    const d = story(
      prices('Annual inflation fell to 3.1 percent. Food prices rose 4.2 percent from a year earlier.'),
      prices('Consumer prices rose 3.1% in the year to September.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
  it('sets food prices against food prices (`were up 4.5%`), and core inflation against core inflation', () => {
    const d = story(
      prices(
        'Food prices rose 4.2 percent. Core inflation, which excludes food and energy, eased to 2.8 percent.',
      ),
      prices('Food prices were up 4.5%. Core inflation slowed to 2.9%.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([
      ['4.2 percent', '4.5%'],
      ['2.8 percent', '2.9%'],
    ]);
  });
});

describe('a period ending in a month is no date (dates:year-to-month)', () => {
  it('reads no year from `in the year to September`', () => {
    const d = story(prices('Consumer prices rose 3.1% in the year to September.'));
    expect(d.facts!.filter((f) => f.kind === 'date' && /^\d{4}/.test(String(f.value)))).toEqual([]);
  });
  it('control: `in September 2052` keeps its year', () => {
    const d = story(prices('Consumer prices rose 3.1% in September 2052.'));
    expect(d.facts!.filter((f) => f.kind === 'date').map((f) => f.value)).toContain('2052-09');
  });
});

describe("an outbreak's first case: its day, and its figures apart (date:first-case, fact:period-first-case)", () => {
  it('sets `The first case was found on January 6` against `since the first outbreak on January 8`', () => {
    const d = story(
      poultry('The first case was found on January 6 at a farm near Lent.'),
      poultry('Farmers say bird flu has cost them €2 million since the first outbreak on January 8.', 1, 21),
    );
    expect(entries(d, 'date')).toEqual([['January 6', 'January 8']]);
  });
  it('never sets the first case’s 40,000 hens against the latest case’s 85,000 chickens', () => {
    const d = story(
      poultry(
        'About 85,000 birds will be culled. The first case was found on January 6 at a farm near Lent, where 40,000 hens were killed.',
      ),
      poultry('Authorities will cull 85,000 chickens at the farm.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
  it('control: the latest case’s cull is still set against another outlet’s', () => {
    const d = story(
      poultry(
        'About 85,000 birds will be culled. The first case was found on January 6 at a farm near Lent, where 40,000 hens were killed.',
      ),
      poultry('Authorities will cull 95,000 birds at the farm.', 1),
    );
    expect(entries(d, 'count')).toEqual([['85,000 birds', '95,000 birds']]);
  });
});

const unrest = (line: string, outlet = 0) =>
  [
    `Curfew in Dorla\nSeptember 2, 2053\nAuthorities imposed a curfew in the city of Dorla on Monday after two nights of rioting.\n${line}\nShops stayed shut.`,
    `Dorla under curfew\nSeptember 2, 2053\nA curfew is in force in Dorla after weekend riots, the mayor said.\n${line}\nThe army was not deployed.`,
  ][outlet]!;
const reactor = (line: string, outlet = 0) =>
  [
    `Reactor shut at Brell\nMay 6, 2053\nA reactor at the Brell nuclear plant was shut down on Tuesday after a coolant leak, the operator said.\n${line}\nNo radiation escaped.`,
    `Leak halts Brell reactor\nMay 6, 2053\nThe operator took a reactor at the Brell plant offline on Tuesday after a leak.\n${line}\nThe regulator was informed.`,
  ][outlet]!;
const vote = (line: string, outlet = 0) =>
  [
    `Parliament impeaches President Olm\nMarch 25, 2053\nLawmakers in Kessa voted on Tuesday to impeach President Tarn Olm.\n${line}\nHe denies wrongdoing.`,
    `Kessa president impeached\nMarch 25, 2053\nKessa's parliament impeached President Tarn Olm on Tuesday.\n${line}\nThe court will now rule.`,
  ][outlet]!;
const siegeAt = (line: string, outlet = 0) =>
  [
    `Gunmen attack embassy\nAugust 19, 2053\nGunmen attacked an embassy in Varo City early on Monday, officials said.\n${line}\nThe embassy will stay closed.`,
    `Embassy attack ends\nAugust 19, 2053\nSecurity forces ended an attack on an embassy in Varo City on Monday.\n${line}\nThe ambassador was unhurt.`,
  ][outlet]!;

describe('the hours a restriction runs (fact:time-restriction-span)', () => {
  it('sets `The curfew runs from 9 p.m. to 6 a.m.` against `A curfew from 10 p.m. to 6 a.m.`', () => {
    const d = story(
      unrest('The curfew runs from 9 p.m. to 6 a.m., the mayor said.'),
      unrest('A curfew from 10 p.m. to 6 a.m. is in force.', 1),
    );
    expect(entries(d, 'time')).toEqual([['10 p.m.', '9 p.m.']]);
  });
  it('control: the same hours are no discrepancy', () => {
    const d = story(
      unrest('The curfew runs from 9 p.m. to 6 a.m., the mayor said.'),
      unrest('A curfew from 9 p.m. to 6 a.m. is in force.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('a share of what a possessor holds (fact:percent-of-possessed)', () => {
  it("sets `15% of the country's electricity` against `12% of the nation's power`", () => {
    const d = story(
      reactor("The plant's reactors supply about 15% of the country's electricity."),
      reactor("The plant supplies 12% of the nation's power.", 1),
    );
    expect(entries(d, 'quantity')).toEqual([['12%', '15%']]);
  });
  it('control: the same share is no discrepancy', () => {
    const d = story(
      reactor("The plant's reactors supply about 15% of the country's electricity."),
      reactor("The plant supplies 15% of the nation's power.", 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('a plant put to work, and a span out of service (date:into-service, fact:duration-offline)', () => {
  it('sets `went into service in 1987` against `began operating in 1985`', () => {
    const d = story(
      reactor('The reactor went into service in 1987.'),
      reactor('The reactor began operating in 1985.', 1),
    );
    expect(entries(d, 'date')).toEqual([['1985', '1987']]);
  });
  it('sets `would stay offline for three weeks` against `will remain shut for five weeks`', () => {
    const d = story(
      reactor('The director said it would stay offline for three weeks.'),
      reactor('The reactor will remain shut for five weeks, the operator said.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['five weeks', 'three weeks']]);
  });
  it('control: `at least three weeks` against `at least four weeks` are two bounds, no conflict', () => {
    const d = story(
      reactor('The director said it would stay offline for at least three weeks.'),
      reactor('The reactor will remain shut for at least four weeks, the operator said.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('abstentions and sums misused, whatever the words (fact:abstentions, fact:sum-taken)', () => {
  it('sets `Twelve members abstained` against `Fourteen lawmakers abstained`', () => {
    const d = story(
      vote('Twelve members abstained in the vote, the speaker said.'),
      vote('Fourteen lawmakers abstained in the vote, the speaker said.', 1),
    );
    expect(entries(d, 'count')).toEqual([['Fourteen lawmakers abstained', 'Twelve members abstained']]);
  });
  it('sets `misused $14 million in state funds` against `the alleged misuse of $15 million`', () => {
    const d = story(
      vote('He is accused of having misused $14 million in state funds, the speaker said.'),
      vote('The vote followed the alleged misuse of $15 million, the speaker said.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['$14 million', '$15 million']]);
  });
  it('control: the same sum told both ways is no discrepancy', () => {
    const d = story(
      vote('He is accused of having misused $14 million in state funds, the speaker said.'),
      vote('The vote followed the alleged misuse of $14 million, the speaker said.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('a gun battle is the fighting (ACTIVITY_FAMILY `battle`, `assault`)', () => {
  it('sets `after a two-hour gun battle` against `The assault lasted four hours`', () => {
    const d = story(
      siegeAt('The attackers were killed after a two-hour gun battle.'),
      siegeAt('The assault lasted four hours, officials said.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['four hours', 'two-hour']]);
  });
  it('control: two hours both ways is no discrepancy', () => {
    const d = story(
      siegeAt('The attackers were killed after a two-hour gun battle.'),
      siegeAt('The assault lasted two hours, officials said.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('a toll of one named group, though each report tells two (align:same-group-toll)', () => {
  it('sets `killed five gunmen … Two guards died` against `two guards were killed … The four gunmen were killed`', () => {
    const d = story(
      siegeAt(
        'Security forces killed five gunmen who stormed the embassy. Two guards died and six people were injured.',
      ),
      siegeAt(
        'A group said it carried out the attack, in which two guards were killed. The four gunmen were killed after a battle.',
        1,
      ),
    );
    expect(entries(d, 'count')).toEqual([['five gunmen', 'four gunmen']]);
  });
  it('control: the same two tolls in both are no discrepancy', () => {
    const d = story(
      siegeAt(
        'Security forces killed five gunmen who stormed the embassy. Two guards died and six people were injured.',
      ),
      siegeAt(
        'A group said it carried out the attack, in which two guards were killed. The five gunmen were killed after a battle.',
        1,
      ),
    );
    expect(factual(d)).toEqual([]);
  });
});

const flock = (line: string, outlet = 0) =>
  [
    `Wolves kill sheep near Hollby\nOctober 5, 2053\nWolves attacked a flock on a farm near the village of Hollby on Saturday night, the farmer said.\n${line}\nThe farmer found the animals on Sunday.`,
    `Hollby farmer loses sheep to wolves\nOctober 5, 2053\nA farmer near Hollby lost sheep when wolves attacked his flock on Saturday night.\n${line}\nFarmers have called for a cull.`,
  ][outlet]!;
const canal = (line: string, outlet = 0, day = 7) =>
  [
    `Ship blocks Morrow Canal\nApril ${day}, 2053\nA container ship ran aground in the Morrow Canal on Monday, the canal authority said.\n${line}\nTugs are working to free it.`,
    `Morrow Canal blocked\nApril ${day}, 2053\nThe container ship Ever Lark has been stuck across the Morrow Canal since Monday.\n${line}\nDozens of vessels are queuing.`,
  ][outlet]!;

describe('a sum for each thing counted (fact:sum-per-thing)', () => {
  it('sets `compensation of €150 a sheep` against `€200 for each sheep killed`', () => {
    const d = story(
      flock('The agency said it would pay compensation of €150 a sheep.'),
      flock('Farmers will receive €200 for each sheep killed, the agency said.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['€150', '€200']]);
  });
  it('control: the same sum each way is no discrepancy, and a price a year is no sum per thing', () => {
    const d = story(
      flock(
        'The agency said it would pay compensation of €150 a sheep. Its wolf budget is €2 million a year.',
      ),
      flock('Farmers will receive €150 for each sheep killed, the agency said.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('the cargo a ship carries (fact:cargo-carried, align:one-cargo)', () => {
  it('sets `carrying about 18,000 containers` against `carries 22,000 containers`', () => {
    const d = story(
      canal('The Ever Lark, carrying about 18,000 containers, turned sideways in high winds.'),
      canal('The ship, which is 400 metres long and carries 22,000 containers, is stuck.', 1),
    );
    expect(entries(d, 'count')).toEqual([['18,000 containers', '22,000 containers']]);
  });
  it('control: the same cargo told both ways is no discrepancy', () => {
    const d = story(
      canal('The Ever Lark, carrying about 18,000 containers, turned sideways in high winds.'),
      canal('The ship, which is 400 metres long and carries 18,000 containers, is stuck.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
});
