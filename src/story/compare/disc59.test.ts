import { describe, expect, it } from 'vitest';
import { story, entries } from '../invented.fixture.js';

/**
 * Phenomena of news language the discrepancy finder did not read (h-disc59), found on invented
 * three-outlet stories of genres nobody tuned on. Fictional places and people throughout.
 */

describe('a capitalised word that numbers things names the thing before a verb (fact:label-noun-number)', () => {
  const crash = (headline: string, line: string) =>
    `${headline}\nPELLOW (Fen Courier) - ${line}\nThe road was reopened in the afternoon.`;
  it('reads no count in `Lorry fire on Highway 12 injures driver` against `Two hurt in lorry fire`', () => {
    const d = story(
      crash(
        'Lorry fire on Highway 12 injures driver',
        'A lorry caught fire on Highway 12 near Pellow on Friday, injuring its driver, police said.',
      ),
      crash(
        'Two hurt in lorry fire near Pellow',
        'Two people were hurt when a lorry caught fire on Highway 12 on Friday, police said.',
      ),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
  it('control: a count after an uncapitalised word in a headline is still read (`Lorry fire injures 12`)', () => {
    const d = story(
      crash(
        'Lorry fire injures 12',
        'Twelve people were injured when a lorry caught fire near Pellow on Friday.',
      ),
      crash(
        'Lorry fire injures 15',
        'Fifteen people were injured when a lorry caught fire near Pellow on Friday.',
      ),
    );
    expect(entries(d, 'count')).not.toEqual([]);
  });
});

describe('a building’s rooms told as an adjective count them (fact:number-adjective-rooms)', () => {
  const inn = (line: string, outlet = 0) =>
    [
      `Inn closed after fire alarm fault\nHESKETH (Dale Times) - Guests were moved out of the Old Mill Inn in Hesketh on Tuesday after its fire alarms failed.\n${line}`,
      `Hesketh inn shut over alarms\nHESKETH (Wire) - Fire officers ordered the Old Mill Inn in Hesketh to close on Tuesday after its alarms failed.\n${line}`,
    ][outlet]!;
  it('sets `the 85-room inn` against `The inn has 58 rooms`', () => {
    const d = story(
      inn('The inn has 58 rooms and a restaurant.'),
      inn('All guests of the 85-room inn were moved to other hotels.', 1),
    );
    expect(entries(d, 'count')).toEqual([['58 rooms', '85-room']]);
  });
  it('control: the same count in both notations agrees', () => {
    const d = story(
      inn('The inn has 58 rooms and a restaurant.'),
      inn('All guests of the 58-room inn were moved to other hotels.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});
