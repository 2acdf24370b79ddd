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

describe('a bare `toll` after a death its sentence tells is the death toll (fact:toll-after-death)', () => {
  const ward = (line: string, outlet = 0) =>
    [
      `Two patients die in Kelby ward outbreak\nKELBY (Shore News) - Two people have died after an outbreak of a stomach bug, the hospital said.\n${line}`,
      `Kelby ward outbreak\nKELBY (Wire) - The hospital said an outbreak of a stomach bug had hit a ward at Kelby Infirmary.\n${line}`,
    ][outlet]!;
  it('reads `died overnight, bringing the toll to four` as a toll of four against `Two people have died`', () => {
    const d = story(
      ward('The ward was closed to visitors.'),
      ward('An elderly patient died overnight, bringing the toll to four, officials said.', 1),
    );
    expect(entries(d, 'update').concat(entries(d, 'count'))).toEqual([['Two people', 'four']]);
  });
  it('control: a bridge’s toll tells no death (`The toll rose to four dollars`)', () => {
    const d = story(
      ward('The ward was closed to visitors.'),
      ward('Parking at the infirmary was free, and the toll on the bridge rose to four dollars.', 1),
    );
    expect(entries(d, 'update').concat(entries(d, 'count'))).toEqual([]);
  });
});

describe('one incident told by two of its verbs is one incident (date:one-incident-two-verbs)', () => {
  const mill = (line: string, outlet = 0) =>
    [
      `Blast at Harrowgate flour mill\nHARROWGATE (Valley Post) - ${line}\nNo one was hurt, the fire service said.`,
      `Flour mill destroyed in Harrowgate\nHARROWGATE (Wire) - ${line}\nFirefighters worked through the night.`,
    ][outlet]!;
  it('sets `A silo at the Harrowgate flour mill exploded late on Tuesday` against `A silo at the Harrowgate flour mill collapsed late on Wednesday`', () => {
    const d = story(
      mill('A grain silo at the Harrowgate flour mill exploded late on Tuesday, police said.'),
      mill('A grain silo at the Harrowgate flour mill collapsed late on Wednesday, police said.', 1),
    );
    expect(entries(d, 'date')).toEqual([['Tuesday', 'Wednesday']]);
  });
  it('control: two incidents told in sentences that share little are two events', () => {
    const d = story(
      mill('A grain silo at the Harrowgate flour mill exploded late on Tuesday, police said.'),
      mill('Separately, a delivery van crashed into a wall on the ring road late on Wednesday.', 1),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
});

describe('an age told of a death that adds one to a toll is the newcomer’s (figure:age-of-newcomer)', () => {
  const clinic = (lines: string, outlet = 0) =>
    [
      `Fever deaths at Ostby clinic\nOSTBY (Coast Mail) - Health officials are investigating deaths from a fever at the Ostby clinic.\n${lines}`,
      `Ostby clinic fever\nOSTBY (Wire) - Health officials are investigating a fever at the Ostby clinic.\n${lines}`,
    ][outlet]!;
  it('does not set `Another patient has died ... The man, 59, died in hospital` against `a 64-year-old man` who died first', () => {
    const d = story(
      clinic('The first to die was a 64-year-old man from Ostby, who died in hospital on Monday.'),
      clinic(
        'Another patient of the clinic has died, officials said on Thursday.\nThe man, 59, died in hospital in Ostby overnight.',
        1,
      ),
    );
    expect(entries(d, 'age')).toEqual([]);
  });
  it('control: the one man who died, told with two ages, is a conflict', () => {
    const d = story(
      clinic('The first to die was a 64-year-old man from Ostby, who died in hospital on Monday.'),
      clinic(
        'A patient of the clinic has died, officials said.\nThe man, 59, died in hospital in Ostby on Monday.',
        1,
      ),
    );
    expect(entries(d, 'age')).toEqual([['59', '64']]);
  });
});

describe('a haul is one haul whichever verb an outlet chose (align:one-haul)', () => {
  const port = (line: string, outlet = 0) =>
    [
      `Smuggled cigarettes found at Varsby port\nVARSBY (Harbour News) - ${line}\nTwo men were arrested.`,
      `Cigarette haul at Varsby\nVARSBY (Wire) - ${line}\nThe lorry had arrived on a ferry.`,
    ][outlet]!;
  it('sets `seized 1,200 cartons of cigarettes` against `found 2,100 cartons of cigarettes`', () => {
    const d = story(
      port('Customs officers seized 1,200 cartons of cigarettes in a lorry at the port of Varsby on Monday.'),
      port('Officers found 2,100 cartons of cigarettes hidden in a lorry at the port on Monday.', 1),
    );
    expect(entries(d, 'count')).toEqual([['1,200 cartons', '2,100 cartons']]);
  });
  it('control: what the officers destroyed is another figure than what they seized', () => {
    const d = story(
      port('Customs officers seized 1,200 cartons of cigarettes in a lorry at the port of Varsby on Monday.'),
      port('Officers destroyed 2,100 cartons of cigarettes from a lorry at the port on Monday.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});
