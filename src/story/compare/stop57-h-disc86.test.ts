import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 57 (h-disc86): discrepancies of stories never seen (an air-show crash, a motorway pile-up).
 * Fictional places, people and figures, in ECB+'s tokenised shape.
 */
describe('a count in words beside its report’s figure (figure:vague-beside-figure)', () => {
  const show = (headline: string, body: string) =>
    story(
      `${headline}\nJune 14, 2042\nAn F-16 crashed at the Pellow air show on Saturday, ${body}, organisers said.`,
      'Jet crash at Pellow air show injures nine\nJune 14, 2042\nNine spectators were injured when an F-16 crashed at the Pellow air show on Saturday, police said.',
    );
  it('`14 spectators hurt` in a headline, `injuring several spectators` in its body / `Nine spectators were injured`: a conflict', () => {
    const d = show('Jet crashes at Pellow air show, 14 spectators hurt', 'injuring several spectators');
    expect(entries(d, 'count')).toEqual([['14 spectators hurt', 'Nine spectators']]);
  });
  it('control: a report that gives only `several` does not contradict `nine`', () => {
    const d = show('Jet crashes at Pellow air show', 'injuring several spectators');
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe('a count written as an adjective is of its noun’s family (fact:number-adjective-family)', () => {
  const first =
    'Pile-up on the M25\nNovember 3, 2041\nThirty-eight vehicles collided on the M25 near Dunsford early on Monday, police said.';
  const second = (n: string) =>
    `M25 closed after crash\nNovember 3, 2041\nA ${n}-vehicle pile-up closed the M25 near Dunsford on Monday morning.`;
  it('`A 48-vehicle pile-up` / `Thirty-eight vehicles collided`: a conflict', () => {
    expect(entries(story(first, second('48')), 'count')).toEqual([
      ['48-vehicle', 'Thirty-eight vehicles collided'],
    ]);
  });
  it('control: `A 38-vehicle pile-up` agrees', () => {
    expect(entries(story(first, second('38')), 'count')).toEqual([]);
  });
});

describe('a sum and the purpose it goes to (fact:sum-goes-to)', () => {
  const first =
    'Government unveils flood aid\nApril 22, 2043\nThe package sets aside €350 million for repairs to damaged barns and sheds, Finance Minister Lena Horvath told parliament.';
  const second = (purpose: string) =>
    `Farmers get flood aid\nApril 22, 2043\nOf the package, 300 million euros will go to ${purpose}, the government said on Tuesday.`;
  it('`€350 million for repairs` / `300 million euros will go to repairs`: a conflict', () => {
    expect(entries(story(first, second('repairs to farm buildings')), 'quantity')).toEqual([
      ['300 million euros', '€350 million'],
    ]);
  });
  it('control: a sum that goes to another purpose (`will go to loans`) is another sum', () => {
    expect(entries(story(first, second('loans for young farmers')), 'quantity')).toEqual([]);
  });
});

describe('a number joined to one capital by a hyphen is a model (fact:code-hyphen-number)', () => {
  const second =
    'Jets collide at Pellow show\nJune 14, 2042\nTwo jets collided during a display at the Pellow air show on Saturday, police said.';
  it('`F-16 jets collide` counts no 16 jets against `Two jets collided`', () => {
    const d = story(
      'F-16 jets collide at Pellow air show\nJune 14, 2042\nThe pilots ejected safely, organisers said.',
      second,
    );
    expect(entries(d, 'count')).toEqual([]);
  });
  it('control: `16 jets collide`, no code before it, still conflicts with `Two jets collided`', () => {
    const d = story(
      '16 jets collide at Pellow air show\nJune 14, 2042\nThe pilots ejected safely, organisers said.',
      second,
    );
    expect(entries(d, 'count')).toEqual([['16 jets collide', 'Two jets collided']]);
  });
});
