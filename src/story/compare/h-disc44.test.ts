import { describe, expect, it } from 'vitest';
import { story, entries, factual } from '../invented.fixture.js';

/**
 * h-disc44: six unseen stories (a casting announcement, a chess title match, a stock-market
 * debut, a dinosaur find, carbon monoxide at a hostel, a minimum-wage rise), each told by three
 * outlets (issue 12). Fictional places, firms and people.
 */
const find = (line: string) => `New dinosaur named at Brask\nMay 3, 2047\n${line}`;

describe('letters whose mark is in their shape (name:letters-without-marks)', () => {
  it('reads `Ingrid Søberg` and `Ingrid Soberg` as one spelling', () => {
    const d = story(
      find('The fossil was described by a team led by Ingrid Søberg, the museum said.'),
      find('Lead author Ingrid Soberg said the animal was a plant eater, the museum said.'),
    );
    expect(entries(d, 'spelling')).toEqual([]);
  });
  it('control: another vowel for the letter is still another spelling', () => {
    const d = story(
      find('The fossil was described by a team led by Ingrid Søberg, the museum said.'),
      find('Lead author Ingrid Seberg said the animal was a plant eater, the museum said.'),
    );
    expect(entries(d, 'spelling')).toEqual([['Ingrid Seberg', 'Ingrid Søberg']]);
  });
});

const leak = (line: string) =>
  `Gas leak at Brenn hostel\nJanuary 17, 2049\nCarbon monoxide leaked at the Brenn hostel overnight.\n${line}`;

describe('people in a condition, told the British way or with who they are (fact:count-in-condition)', () => {
  it('sets `Three people remain in a serious condition` against `Two people were in serious condition`', () => {
    const d = story(
      leak('Two people were in serious condition, the fire service said.'),
      leak('Three people remain in a serious condition, according to the hospital.'),
    );
    expect(entries(d, 'count')).toEqual([['Three people remain', 'Two people']]);
  });
  it('sets `Two of the guests, a woman and a man, were in serious condition` against three', () => {
    const d = story(
      leak('Two of the guests, a 19-year-old woman and a 22-year-old man, were in serious condition.'),
      leak('Three people remain in serious condition, according to the hospital.'),
    );
    expect(entries(d, 'count')).toEqual([['Three people remain', 'Two']]);
  });
  it('control: a condition of a room is no condition of people', () => {
    const d = story(
      leak('Two people were in serious condition, the fire service said.'),
      leak('Three rooms were left in a poor condition, according to the hospital.'),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('where those counted were, before what befell them (fact:event-after-place-phrase)', () => {
  it('sets `Fourteen guests at a hostel in Brenn were taken to hospital` against sixteen', () => {
    const d = story(
      leak('Fourteen guests at a youth hostel in Brenn were taken to hospital early on Sunday.'),
      leak('Sixteen guests were taken to hospital on Sunday, the council said.'),
    );
    expect([...entries(d, 'count'), ...entries(d, 'update')]).toEqual([
      ['Fourteen guests', 'Sixteen guests'],
    ]);
  });
  it('control: guests at the hostel evacuated are not guests taken to hospital', () => {
    const d = story(
      leak('Fourteen guests at a youth hostel in Brenn were evacuated early on Sunday.'),
      leak('Sixteen guests were taken to hospital on Sunday, the council said.'),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('a role set off before a name with an age after it (role:apposition-before)', () => {
  it('sets `A 69-year-old farmer` against `a farmer, Tomas Brede, 71,` of another outlet', () => {
    const d = story(
      find('The first bone was spotted by a farmer, Tomas Brede, 71, while walking his dog.'),
      find('A 69-year-old farmer who stumbled on a bone led scientists to the find.'),
    );
    expect(entries(d, 'age')).toEqual([['69', '71']]);
  });
  it('control: the farmer’s age is no age of the scientist named in apposition', () => {
    const d = story(
      find('The first bone was spotted by a farmer, Tomas Brede, while walking his dog.'),
      find('The team leader, Ingrid Soberg, 52, said a 69-year-old farmer found the bone.'),
    );
    expect(entries(d, 'age')).toEqual([]);
  });
});

const debut = (line: string) => `Orsolo Robotics shares jump on debut\nApril 15, 2048\n${line}`;
const wage = (line: string) => `Minimum wage to rise\nOctober 1, 2047\n${line}`;

describe('a change sized after its clause (fact:percent-change-after-clause, fact:percent-change-of)', () => {
  it('sets `the stock ended at 31.20 crowns, up about 45 percent` against `Shares rose 38 percent`', () => {
    const d = story(
      debut('Shares of Orsolo Robotics rose 38 percent on their first day of trading in Corvale.'),
      debut(
        'Orsolo priced its offering at 21.50 crowns, and the stock ended the day at 31.20 crowns, up about 45 percent.',
      ),
    );
    expect(entries(d, 'quantity')).toEqual([['38 percent', '45 percent']]);
  });
  it('sets `will raise the national minimum wage by 6.8 percent` against `an increase of 7.2 percent`', () => {
    const d = story(
      wage('The government will raise the national minimum wage by 6.8 percent to 14.20 thalers an hour.'),
      wage(
        'The minimum wage will rise from 13.30 to 14.20 thalers an hour in January, an increase of 7.2 percent.',
      ),
    );
    expect(entries(d, 'quantity')).toEqual([['6.8 percent', '7.2 percent']]);
  });
  it('control: a fall after its clause is no rise', () => {
    const d = story(
      debut('Shares of Orsolo Robotics rose 38 percent on their first day of trading in Corvale.'),
      debut('On Thursday the stock closed at 28.10 crowns, down 5 percent, in Corvale trading.'),
    );
    expect(factual(d)).toEqual([]);
  });
  it('control: a background rise of another year is not this year’s rise', () => {
    const d = story(
      wage('The government will raise the national minimum wage by 6.8 percent to 14.20 thalers an hour.'),
      wage('The minimum wage was last raised in April 2046, by 5 percent, the ministry said.'),
    );
    expect(factual(d)).toEqual([]);
  });
});

const cast = (line: string) => `Dana Holt joins 'Harbour Lights'\nJune 5, 2046\n${line}`;

describe('a number adjective of a thing counted (fact:number-adjective-count)', () => {
  it('sets `a 10-episode run` against `eight episodes` of one season', () => {
    const d = story(
      cast('The third season of the drama will run to eight episodes, the streaming service said.'),
      cast('Dana Holt will lead the third season of the drama in a 10-episode run, the service said.'),
    );
    expect([...entries(d, 'count'), ...entries(d, 'update')]).toEqual([['10-episode', 'eight episodes']]);
  });
  it('control: a team’s run of results is no count of the story’s games', () => {
    const team = (line: string) => `Coach fired\nMay 2, 2046\n${line}`;
    const d = story(
      team('The Harbour Gulls fired their coach after a three-game losing streak, the club said.'),
      team('Their rivals, on an 11-game win streak, lead the league; the Gulls lost eight of 10 games.'),
    );
    expect(factual(d)).toEqual([]);
  });
});

const match = (line: string) => `New chess champion crowned\nNovember 28, 2047\n${line}`;

describe('a part in a contest or a show opening a sentence before a name (entities: leading profession)', () => {
  it('sets `Challenger Ivo Renner ... The 24-year-old` against `Ivo Renner, 23,`', () => {
    const d = story(
      match('Ivo Renner, 23, became world chess champion on Thursday in Valmora.'),
      match(
        'Challenger Ivo Renner beat the title holder in Valmora on Thursday. The 24-year-old won in 41 moves.',
      ),
    );
    expect(entries(d, 'age')).toEqual([['23', '24']]);
  });
  it('control: a first name is no part to leave out', () => {
    const d = story(
      match('Ivo Renner, 23, became world chess champion on Thursday in Valmora.'),
      match('Anna Ivo Renner, his sister, watched in Valmora on Thursday. The 24-year-old cheered.'),
    );
    expect(entries(d, 'age')).toEqual([]);
  });
});
