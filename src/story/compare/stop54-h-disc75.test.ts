import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 54 (h-disc75): false alarms on invented stories of genres nobody tuned on (a tram crash,
 * carbon monoxide at a hotel, a meteorite fall, a dog attack on a child, a museum reopening after
 * a flood), keyed before their first run. Fictional places, people and figures, in ECB+'s
 * tokenised shape.
 */
const report = (headline: string, date: string, lines: string): string => `${headline}\n${date}\n${lines}`;

describe('a part of yesterday read as its day (fact:date:from-today, widened)', () => {
  const dog = (b: string) =>
    entries(
      story(
        report(
          'Girl hurt in dog attack',
          '7: 20 p. m. June 21, 2042',
          'A 4 - year - old girl was seriously injured when a dog attacked her in Hollin Park in Hensby on Saturday afternoon.',
        ),
        report('Calls for tighter dog laws', '5: 45 p. m. June 22, 2042', b),
      ),
      'date',
    );
  it('`called for tighter dog laws on Sunday after a girl ... was mauled ... yesterday afternoon`: the attack on Saturday', () => {
    expect(
      dog(
        'Councillors in Hensby called for tighter dog laws on Sunday after a girl, 4, was attacked by a dog in Hollin Park yesterday afternoon.',
      ),
    ).toEqual([]);
  });
  it('control: the attack told on Sunday still conflicts', () => {
    expect(
      dog(
        'A 4 - year - old girl was seriously injured when a dog attacked her in Hollin Park in Hensby on Sunday.',
      ),
    ).toEqual([['Saturday', 'Sunday']]);
  });
});

describe('a year a figure is measured from, named in the sentence (date:baseline-named)', () => {
  const bites = (a: string) =>
    entries(
      story(
        report(
          'Girl needed 40 stitches',
          '10: 15 a. m. June 22, 2042',
          'Last year, 240 people in the county were treated in hospital for dog bites, up 12 percent from 2040.',
        ),
        report('Dog owner charged', '3: 00 p. m. June 22, 2042', a),
      ),
      'date',
    );
  it('`Last year, 240 people ... up 12 percent from 2040` / `In 2040, 214 people ...`: two years of one tally', () => {
    expect(bites('In 2040, 214 people in the county were treated for dog bites.')).toEqual([]);
  });
  it('control: another year for the tally, named nowhere in the first, still conflicts', () => {
    expect(bites('In 2039, 214 people in the county were treated for dog bites.')).toEqual([
      ['2039', 'Last year'],
    ]);
  });
});

describe('how fast a vehicle was travelling (figure:speed-travelling-fixed)', () => {
  const tram = (b: string) =>
    story(
      report(
        'Two killed as tram leaves rails',
        '11: 30 p. m. March 11, 2042',
        'Investigators said it was travelling at about 60 km / h (37 mph) on a bend.',
      ),
      report('Speed blamed for tram crash', '2: 15 p. m. March 12, 2042', b),
    )
      .discrepancies.filter((x) => x.kind === 'quantity' || x.kind === 'update')
      .map((x) => x.kind);
  it('`was travelling at about 60 km / h` / `was going at about 40 km / h` a day later: a conflict, not an update', () => {
    expect(
      tram('The tram was going at about 40 km / h when it reached the bend, the transport chief said.'),
    ).toEqual(['quantity']);
  });
  it('control: a speed told with no travelling (`reached a speed of`), a day later, is still an update', () => {
    const d = story(
      report(
        'Two killed as tram leaves rails',
        '11: 30 p. m. March 11, 2042',
        'Investigators said the tram reached a speed of 60 km / h on a bend.',
      ),
      report(
        'Speed blamed for tram crash',
        '2: 15 p. m. March 12, 2042',
        'The tram reached a speed of about 40 km / h at the bend, the transport chief said.',
      ),
    ).discrepancies.filter((x) => x.kind === 'quantity' || x.kind === 'update');
    expect(d.map((x) => x.kind)).toEqual(['update']);
  });
});

describe('things collected are things recovered (fact:event-collected-recovered)', () => {
  const rock = (b: string) =>
    entries(
      story(
        report(
          'Meteorite lands in field',
          '7: 30 a. m. August 11, 2042',
          'A meteorite fell in a field near Tessen on Sunday night.\nResearchers have so far recovered 17 fragments.',
        ),
        report('Meteorite is 4. 5 billion years old', '4: 45 p. m. August 11, 2042', b),
      ),
      'count',
    );
  it('`recovered 17 fragments` / `have collected 27 fragments from the area`: one count of the pieces gathered', () => {
    expect(
      rock(
        'A meteorite fell near Tessen on Sunday night.\nScientists have collected 27 fragments from the area.',
      ),
    ).toEqual([['17 fragments', '27 fragments']]);
  });
  it('control: fragments sold by dealers are not those recovered', () => {
    expect(
      rock('A meteorite fell near Tessen on Sunday night.\nDealers have sold 27 fragments from the area.'),
    ).toEqual([]);
  });
});
