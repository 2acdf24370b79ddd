import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 53 (h-disc73): false alarms on invented stories of genres nobody tuned on (a lift's plunge
 * in an office tower, a new frog species, a tower block fire, a hijacked tanker, a mass crash in a
 * cycling race), keyed before their first run. Fictional places, people and figures, in ECB+'s
 * tokenised shape.
 */
const report = (headline: string, date: string, lines: string): string => `${headline}\n${date}\n${lines}`;

describe('a figure told at the height of the event (fact:figure-at-peak)', () => {
  const fire = (b: string) =>
    entries(
      story(
        report(
          'Three dead in tower fire',
          '2: 10 a. m. November 12, 2040',
          'About 80 firefighters were sent to the scene.',
        ),
        report('Fire toll rises', '9: 00 a. m. November 13, 2040', b),
        report(
          'Residents to be rehoused',
          '4: 00 p. m. November 13, 2040',
          'About 80 firefighters were at the scene.',
        ),
      ),
      'count',
    );
  it('`About 120 firefighters fought the blaze at its height` / `About 80 firefighters were sent`: the peak, not the whole', () => {
    expect(fire('About 120 firefighters fought the blaze at its height, the fire service said.')).toEqual([]);
    expect(fire('At its height, about 120 firefighters fought the blaze, the fire service said.')).toEqual(
      [],
    );
  });
  it('control: the crews given two sizes with no point still conflict', () => {
    expect(fire('About 120 firefighters fought the blaze, the fire service said.')).toEqual([
      ['120 firefighters fought', '80 firefighters'],
    ]);
  });
});

describe("a record holder's figure set beside the story's (fact:record-holder)", () => {
  const frog = (b: string) =>
    entries(
      story(
        report(
          'Tiny frog found',
          '11: 00 a. m. October 17, 2041',
          'The frog, named Pristimantis tarae, is just 11 millimetres long, the researchers said.',
        ),
        report('Frog joins smallest vertebrates', '9: 10 a. m. October 19, 2041', b),
      ),
      'quantity',
    );
  it("`The smallest known frog ... is about 7. 7 mm long`: the record holder's length, not the new frog's", () => {
    expect(frog('The smallest known frog, from the Selva islands, is about 7. 7 mm long.')).toEqual([]);
    expect(frog("The world's smallest frog is about 7. 7 mm long, the researchers said.")).toEqual([]);
  });
  it('control: the new frog given another length still conflicts', () => {
    expect(frog('The new frog, Pristimantis tarae, is about 7. 7 mm long.')).toEqual([
      ['11 millimetres', '7. 7 mm'],
    ]);
  });
});

describe('the year a tally runs from (date:tally-since)', () => {
  const museum = (a: string, b: string) =>
    entries(
      story(
        report('Tiny frog found', '11: 00 a. m. October 17, 2041', a),
        report('Frog joins smallest vertebrates', '9: 10 a. m. October 19, 2041', b),
      ),
      'date',
    );
  it('`has described 31 new species from the park since 2030` / `In 2039, the museum described a salamander`: a start, not an act', () => {
    expect(
      museum(
        'In 2039, the Tarlen museum described a salamander from the park.',
        'The Tarlen museum has described 31 new species from the park since 2030.',
      ),
    ).toEqual([]);
  });
  it('control: a state told since a year against the year it began still conflicts', () => {
    expect(
      museum(
        'The Tarlen museum has been closed since 2030, its director said.',
        'The Tarlen museum closed in 2032, its director said.',
      ),
    ).toEqual([['2030', '2032']]);
  });
});

describe('had injuries is injured (fact:suffered-injuries, widened)', () => {
  const tanker = (b: string) =>
    entries(
      story(
        report(
          'Pirates seize tanker',
          '10: 05 a. m. April 23, 2041',
          'Pirates have hijacked the tanker Marel Star with 24 crew members on board, its owner said.',
        ),
        report('Pirates demand ransom', '9: 30 a. m. April 25, 2041', b),
      ),
      'count',
    );
  it('`two crew members had minor injuries` is no count of the crew', () => {
    expect(tanker('The owner said two crew members had minor injuries, but all were alive.')).toEqual([]);
  });
  it('control: the crew given another size still conflicts', () => {
    expect(tanker('The owner said 21 crew members were on board, all of them alive.')).toEqual([
      ['21 crew members', '24 crew members'],
    ]);
  });
});

describe('a machine told by a pronoun when it fell (fact:time-machine-stopped, widened)', () => {
  const lift = (b: string) =>
    entries(
      story(
        report(
          'Lift plunges in office tower',
          '9: 40 a. m. March 8, 2040',
          'The lift fell from the 17th floor shortly after 8: 50 a. m., fire officials said.',
        ),
        report('Lift fell 21 floors, investigators say', '8: 00 a. m. March 9, 2040', b),
      ),
      'time',
    );
  it('`The lift was carrying 11 people when it fell at about 9: 50 a. m.`: the fall, an hour apart', () => {
    expect(
      lift('The lift was carrying 11 people when it fell at about 9: 50 a. m., killing one woman.'),
    ).toEqual([['8: 50 a. m.', '9: 50 a. m.']]);
  });
  it('control: a pronoun for someone else (`when she fell`) tells no machine', () => {
    expect(
      lift('The lift was carrying 11 people when she fell at about 9: 50 a. m., killing one woman.'),
    ).toEqual([]);
  });
});

describe('the floor a fire started on (fact:floor-fire-began)', () => {
  const fire = (b: string) =>
    entries(
      story(
        report(
          'Three dead in tower block fire',
          '2: 10 a. m. November 12, 2040',
          'The fire broke out in a flat on the ninth floor of Orlan Court at about 11: 48 p. m.\nFirefighters rescued residents from the 20th floor and above.',
        ),
        report('Fire toll rises', '9: 00 a. m. November 13, 2040', b),
      ),
      'quantity',
    );
  it('`broke out in a flat on the ninth floor` / `the fire started on the 11th floor`: one start, two floors', () => {
    expect(
      fire(
        'Fire officials said the fire started on the 11th floor on Sunday night.\nA boy who lived on the 14th floor died.',
      ),
    ).toEqual([['11th floor', 'ninth floor']]);
  });
  it('control: the floor a victim lived on is no floor the fire started on', () => {
    expect(
      fire(
        'Fire officials said the fire spread quickly on Sunday night.\nA boy who lived on the 11th floor died.',
      ),
    ).toEqual([]);
  });
});

describe('competitors who left the race, however else the noun counts (align:same-event-count, widened)', () => {
  const race = (a: string, b: string) =>
    entries(
      story(
        report(
          'Mass crash brings down riders',
          '6: 20 p. m. June 6, 2041',
          `About 40 riders were brought down in a crash on the fourth stage of the Tour of Marle.\n${a}`,
        ),
        report(
          'Riders angry after crash',
          '7: 05 p. m. June 6, 2041',
          `More than 35 riders crashed on the descent into Sarnet.\n${b}`,
        ),
      ),
      'count',
    );
  it('`Five riders abandoned the race` / `Eight riders abandoned the race`: one figure of those who left', () => {
    expect(
      race(
        'Five riders abandoned the race after the crash.',
        'Eight riders abandoned the race, the organisers said.',
      ),
    ).toEqual([['Eight riders abandoned', 'Five riders abandoned']]);
  });
  it("control: last year's riders who abandoned are not this year's", () => {
    expect(
      race(
        'Five riders abandoned the race after the crash.',
        'In 2040, eight riders abandoned the race after a crash on the same descent.',
      ),
    ).toEqual([]);
  });
});
