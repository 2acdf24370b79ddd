import { describe, expect, it } from 'vitest';
import { story } from '../invented.fixture.js';

/** The texts of every value of every discrepancy entry of a dossier. */
const values = (d: ReturnType<typeof story>): string[] =>
  d.discrepancies.flatMap((x) => x.values.map((v) => v.text));

/**
 * Phenomena of news language the discrepancy finder did not read (h-disc62), found on invented
 * three-outlet stories of genres nobody tuned on (a trade between teams, a phone launch, a prize,
 * a swimming record, a drug approval). Fictional places and people throughout.
 */

const club = (headline: string, line: string) =>
  `${headline}\nHALBROOK (Valley Sport) - The Halbrook Otters signed forward Rune Askeby on Thursday.\n${line}\nThe Otters play the Dunmere Kites on Saturday.`;

describe('a streak is not a tally of its noun (fact:count-streak)', () => {
  it('does not set `had won six straight games` against `has played 44 games`', () => {
    const d = story(
      club(
        'Otters add Askeby',
        'The Otters, who trail the leaders by two points, had won six straight games.',
      ),
      club('Askeby joins Otters', 'Askeby, a winger, has played 44 games for the Otters since 2009.'),
    );
    expect(values(d)).not.toContain('44 games');
  });
  it('control: two streaks that differ are still set against each other', () => {
    const d = story(
      club(
        'Otters add Askeby',
        'The Otters, who trail the leaders by two points, had won six straight games.',
      ),
      club(
        'Askeby joins Otters',
        'The Otters, who trail the leaders by two points, have won eight games in a row.',
      ),
    );
    expect(values(d)).toEqual(expect.arrayContaining(['six straight games', 'eight games']));
  });
});

describe('a window of periods back is not one ahead (fact:count-window-of-periods)', () => {
  it('does not set `in each of the past four seasons` against `for the next three seasons`', () => {
    const d = story(
      club('Otters add Askeby', 'Askeby has scored at least 12 goals in each of the past four seasons.'),
      club('Askeby joins Otters', 'Askeby has agreed to stay with the Otters for the next three seasons.'),
    );
    expect(values(d)).not.toContain('three seasons');
  });
  it('control: two windows ahead that differ are still set against each other', () => {
    const d = story(
      club('Otters add Askeby', 'Askeby has agreed to stay with the Otters for the next four seasons.'),
      club('Askeby joins Otters', 'Askeby has agreed to stay with the Otters for the next three seasons.'),
    );
    expect(values(d)).toEqual(expect.arrayContaining(['four seasons', 'three seasons']));
  });
});

describe('a sum in each of several periods is a sum per period (fact:rate-each-of-periods)', () => {
  it('sets `$ 3. 2 million a season` against `$ 3. 6 million in each of the next three seasons`', () => {
    const d = story(
      club('Otters add Askeby', 'His deal pays $ 3. 2 million a season, the club said.'),
      club(
        'Askeby joins Otters',
        'He will earn $ 3. 6 million in each of the next three seasons, the club said.',
      ),
    );
    expect(values(d)).toEqual(expect.arrayContaining(['$ 3. 2 million', '$ 3. 6 million']));
  });
  it('control: the same sum told both ways agrees', () => {
    const d = story(
      club('Otters add Askeby', 'His deal pays $ 3. 2 million a season, the club said.'),
      club(
        'Askeby joins Otters',
        'He will earn $ 3. 2 million in each of the next three seasons, the club said.',
      ),
    );
    expect(values(d)).not.toContain('$ 3. 2 million');
  });
});

const clinic = (headline: string, line: string) =>
  `${headline}\nVESTBY (Health Wire) - Regulators approved Orlix, a daily pill for gout made by Carrane Labs, on Monday.\n${line}\nCarrane said the pill would reach pharmacies in May.`;

describe('people are no place: `in which` after them is the head’s clause (fact:where-not-people)', () => {
  it('sets `trials of 640 patients in which the pill eased pain` against `tested on 610 patients`', () => {
    const d = story(
      clinic('Orlix approved', 'Approval followed two trials of 640 patients in which the pill eased pain.'),
      clinic('Gout pill cleared', 'The pill was tested on 610 patients over a year.'),
    );
    expect(values(d)).toEqual(expect.arrayContaining(['640 patients', '610 patients']));
  });
  it('control: a part picked out by a clause of place stays apart (`14 districts where`)', () => {
    const d = story(
      clinic('Orlix approved', 'Doctors in 14 districts where gout is common will get the pill first.'),
      clinic('Gout pill cleared', 'Doctors in 20 districts will get the pill first.'),
    );
    expect(values(d)).not.toContain('14 districts');
  });
});

const award = (headline: string, line: string) =>
  `${headline}\nLORNHAVEN (Arts Desk) - The poet Ilse Varrow won the Quillan Medal for Verse on Wednesday.\n${line}\nVarrow, 71, lives in Corlby.`;

describe('a sum set off by `, worth` is the value of the phrase before it (fact:sum-worth-set-off)', () => {
  it('sets `the Quillan Medal for Verse, worth 40,000 pounds` against `the medal of 45,000 pounds`', () => {
    const d = story(
      award(
        'Varrow takes Quillan Medal',
        'She receives the Quillan Medal for Verse, worth 40,000 pounds, in June.',
      ),
      award('Poet Varrow honoured', 'She receives the medal of 45,000 pounds in June.'),
    );
    expect(values(d)).toEqual(expect.arrayContaining(['40,000 pounds', '45,000 pounds']));
  });
  it('control: the same value told both ways agrees', () => {
    const d = story(
      award(
        'Varrow takes Quillan Medal',
        'She receives the Quillan Medal for Verse, worth 45,000 pounds, in June.',
      ),
      award('Poet Varrow honoured', 'She receives the medal of 45,000 pounds in June.'),
    );
    expect(values(d)).not.toContain('45,000 pounds');
  });
});

const approval = (headline: string, line: string) =>
  `${headline}\nVESTBY (Health Wire) - ${line}\nThe pill will cost $ 90 a month, Carrane Labs said.\nAbout 8 million people in the country have gout.`;

describe('one approval of one thing, dated two weekdays, is one event (date:weekday-of-decision)', () => {
  it('sets `approved ... on Monday` against `on Tuesday approved`', () => {
    const d = story(
      approval(
        'Orlix approved',
        'The Medicines Board approved the gout pill Orlix from Carrane Labs on Monday.',
      ),
      approval(
        'Gout pill cleared',
        'The Medicines Board on Tuesday approved Carrane Labs ’ once-a-day Orlix tablet for gout.',
      ),
    );
    expect(values(d)).toEqual(expect.arrayContaining(['Monday', 'Tuesday']));
  });
  it('control: the same day told both ways agrees', () => {
    const d = story(
      approval(
        'Orlix approved',
        'The Medicines Board approved the gout pill Orlix from Carrane Labs on Monday.',
      ),
      approval(
        'Gout pill cleared',
        'The Medicines Board on Monday approved Carrane Labs ’ once-a-day Orlix tablet for gout.',
      ),
    );
    expect(values(d)).not.toContain('Monday');
  });
});
