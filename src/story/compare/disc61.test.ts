import { describe, expect, it } from 'vitest';
import { story } from '../invented.fixture.js';

/** The texts of every value of every discrepancy entry of a dossier. */
const values = (d: ReturnType<typeof story>): string[] =>
  d.discrepancies.flatMap((x) => x.values.map((v) => v.text));

/**
 * Phenomena of news language the discrepancy finder did not read (h-disc61), found on invented
 * three-outlet stories of genres nobody tuned on. Fictional places and people throughout.
 */

describe('a level a figure is brought to (fact:number-of-brought)', () => {
  const first = `Flood swamps Dellow valley\nDELLOW, April 3, 2052 - Floodwater entered 40 farmhouses in the Dellow valley on Monday, officials said.\nThe river burst its banks after three days of rain.`;
  it('sets `bringing to 55 the number of farmhouses` of a later report against 40 farmhouses', () => {
    const d = story(
      first,
      `More homes flooded in Dellow\nDELLOW, April 4, 2052 - The river rose again on Tuesday, bringing to 55 the number of farmhouses flooded in the Dellow valley, officials said.`,
    );
    expect(values(d)).toEqual(expect.arrayContaining(['55']));
  });
  it('reads `bringing the number of farmhouses in the valley to 55` alike', () => {
    const d = story(
      first,
      `More homes flooded in Dellow\nDELLOW, April 4, 2052 - The river rose again on Tuesday, bringing the number of farmhouses in the valley to 55, officials said.`,
    );
    expect(values(d)).toEqual(expect.arrayContaining(['55']));
  });
  it('control: a level brought to the same figure agrees', () => {
    const d = story(
      first,
      `Dellow flood recedes\nDELLOW, April 4, 2052 - The water fell on Tuesday, bringing the number of farmhouses still flooded in the valley to 40, officials said.`,
    );
    expect(values(d)).not.toContain('40');
  });
});

describe('an honorific between a post and the name (role:title-before-honorific)', () => {
  const port = (line: string) =>
    `Ferry operator fined\nBRASKOW, June 9, 2052 - A ferry operator was fined for overloading a vessel in Braskow harbour.\n${line}\nThe ferry carried 212 passengers on a licence for 180.`;
  it('sets `county prosecutor Dr. Ilse Varno` against `the deputy county prosecutor`', () => {
    const d = story(
      port('The fine was announced by county prosecutor Dr. Ilse Varno on Monday.'),
      port('Ilse Varno, the deputy county prosecutor, announced the fine on Monday.'),
    );
    expect(values(d)).toEqual(expect.arrayContaining(['county prosecutor', 'the deputy county prosecutor']));
  });
  it('control: the same post with and without the honorific agrees', () => {
    const d = story(
      port('The fine was announced by county prosecutor Dr. Ilse Varno on Monday.'),
      port('Ilse Varno, the county prosecutor, announced the fine on Monday.'),
    );
    expect(d.discrepancies.filter((x) => x.kind === 'role')).toEqual([]);
  });
});

describe('a named post and its deputy (role:rung-of-named-post)', () => {
  const catch_ = (line: string) =>
    `Trawler caught with undersized cod\nVESTHOLM, June 9, 2052 - Inspectors seized 3 tonnes of undersized cod from a trawler in Vestholm.\n${line}\nThe trawler's owner faces a fine.`;
  it('sets `regional fisheries officer Tomas Ekel` against `the deputy regional fisheries officer`', () => {
    const d = story(
      catch_('The catch was found by regional fisheries officer Tomas Ekel on Monday.'),
      catch_('Tomas Ekel, the deputy regional fisheries officer, found the catch on Monday.'),
    );
    expect(values(d)).toEqual(
      expect.arrayContaining(['regional fisheries officer', 'the deputy regional fisheries officer']),
    );
  });
  it('control: a bare word of people (`police officer` / `a senior police officer`) is no rung', () => {
    const d = story(
      catch_('The catch was found by police officer Tomas Ekel on Monday.'),
      catch_('Tomas Ekel, a senior police officer, found the catch on Monday.'),
    );
    expect(d.discrepancies.filter((x) => x.kind === 'role')).toEqual([]);
  });
});

describe('wardens and coordinators are posts with deputies (role:warden-coordinator)', () => {
  const jail = (line: string) =>
    `Inmate found dead in cell\nORRICK, June 9, 2052 - An inmate was found dead in his cell at Orrick prison on Sunday.\n${line}\nAn inquiry has been opened.`;
  it('sets `chief warden Ada Moss` against `deputy warden Ada Moss`', () => {
    const d = story(
      jail('The death was confirmed by chief warden Ada Moss on Monday.'),
      jail('Deputy warden Ada Moss confirmed the death on Monday.'),
    );
    expect(values(d)).toEqual(expect.arrayContaining(['chief warden', 'Deputy warden']));
  });
  it('sets `emergency coordinator Ivo Lind` against `the deputy emergency coordinator`', () => {
    const d = story(
      jail('The death was confirmed by emergency coordinator Ivo Lind on Monday.'),
      jail('Ivo Lind, the deputy emergency coordinator, confirmed the death on Monday.'),
    );
    expect(values(d)).toEqual(
      expect.arrayContaining(['emergency coordinator', 'the deputy emergency coordinator']),
    );
  });
  it('control: the prison’s warden and a warden agree', () => {
    const d = story(
      jail('The death was confirmed by warden Ada Moss on Monday.'),
      jail('Ada Moss, the prison’s warden, confirmed the death on Monday.'),
    );
    expect(d.discrepancies.filter((x) => x.kind === 'role')).toEqual([]);
  });
});

describe('an attack is the story’s one incident (date:one-attack)', () => {
  const first = `Fenmoor on alert after dogs attack joggers\nFENMOOR, June 9, 2052 - Health officials in Fenmoor have opened a vaccination drive after a pack of stray dogs attacked two joggers on Saturday morning.\nBoth joggers were treated in hospital for bites to the legs.`;
  const second = (line: string) =>
    `Joggers bitten in Fenmoor park\nFENMOOR, June 9, 2052 - Two joggers were bitten by stray dogs in Fenmoor Park, police said.\n${line}`;
  it('sets an attack `on Saturday morning` against one told in other words `on Thursday morning`', () => {
    const d = story(
      first,
      second('The animals attacked near the lake on Thursday morning before a warden drove them off.'),
    );
    expect(values(d)).toEqual(expect.arrayContaining(['Saturday', 'Thursday']));
  });
  it('control: an attack told as a separate incident is another attack', () => {
    const d = story(
      first,
      second('In a separate incident, a neighbour’s terrier attacked a postman in Ullby on Thursday.'),
    );
    expect(d.discrepancies.filter((x) => x.kind === 'date')).toEqual([]);
  });
});

describe('grams are a weight, and a weight told as a sum (quantities:grams, fact:weight-combined)', () => {
  const gold = (line: string) =>
    `Gold smuggler held at Tessmark airport\nTESSMARK, June 9, 2052 - Customs officers at Tessmark airport detained a passenger arriving from Ossira on Monday.\n${line}\nThe man, 39, was charged with smuggling.`;
  it('sets `weighing a combined 3.4 kilograms` against `weighing 4,300 grams`', () => {
    const d = story(
      gold('He carried four gold bars weighing a combined 3.4 kilograms in his luggage.'),
      gold('He carried four gold bars weighing 4,300 grams in his luggage.'),
    );
    expect(values(d)).toEqual(expect.arrayContaining(['3.4 kilograms', '4,300 grams']));
  });
  it('control: `3,400 grams` is `3.4 kilograms`', () => {
    const d = story(
      gold('He carried four gold bars weighing a combined 3.4 kilograms in his luggage.'),
      gold('He carried four gold bars weighing 3,400 grams in his luggage.'),
    );
    expect(values(d)).not.toContain('3.4 kilograms');
  });
});
