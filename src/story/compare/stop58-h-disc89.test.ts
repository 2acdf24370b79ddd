import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 58 (h-disc89): false alarms on stories never seen (a prison escape, a wildfire, a measles
 * outbreak). Fictional places, people and figures.
 */
describe('a person spotted is a sighting, not the discovery (fact:time-person-sighted)', () => {
  const first =
    'Five inmates escape from Harlow prison\nMarch 12, 2045\nHARLOW, United States - The escape was discovered during a 5 a.m. head count, Warden Lisa Ortega said.';
  const second = (sentence: string) =>
    `Inmate still at large\nMarch 13, 2045\nHARLOW, United States - ${sentence} at a motel off Route 66, police said.`;
  it('`discovered during a 5 a.m. head count` / `Pike was spotted at 9:30 p.m.`: no conflict', () => {
    const d = story(first, second('Jerome Pike was spotted at 9:30 p.m. on Sunday'));
    expect(entries(d, 'time')).toEqual([]);
  });
  it('control: the escape discovered at 9:30 p.m. still conflicts with the 5 a.m. head count', () => {
    const d = story(first, second('The escape was discovered at 9:30 p.m. on Sunday'));
    expect(entries(d, 'time')).toEqual([['5 a.m.', '9:30 p.m.']]);
  });
  it('control: a thing spotted (`The breach was spotted at 9:30 p.m.`) is still found', () => {
    const d = story(first, second('The breach was spotted at 9:30 p.m. on Sunday'));
    expect(entries(d, 'time')).toEqual([['5 a.m.', '9:30 p.m.']]);
  });
});

describe('those still at large are not the whole that escaped (fact:count-still-at-large)', () => {
  const first =
    'Five inmates escape from Harlow prison\nMarch 12, 2045\nHARLOW, United States - The men cut through a fence early on Sunday, officials said.';
  const second = (n: string) =>
    `Manhunt in Harlow\nMarch 12, 2045\nHARLOW, United States - Police are searching for ${n} inmates still at large after a break-out from Harlow prison on Sunday.`;
  it('`Five inmates escape` / `three inmates still at large`: no conflict', () => {
    expect(entries(story(first, second('three')), 'count')).toEqual([]);
  });
  it('control: two outlets’ counts of those at large (`three` / `two`) still conflict', () => {
    expect(entries(story(second('three'), second('two')), 'count')).toEqual([
      ['three inmates still', 'two inmates still'],
    ]);
  });
});

describe('a bare dollar is not set against a US dollar (align:bare-dollar-apart)', () => {
  const first = (sum: string) =>
    `Wildfire near Calder Ridge\nAugust 3, 2044\nCALDER RIDGE, Australia - The state government has pledged ${sum} in emergency relief, officials said.`;
  const second =
    'Calder Ridge blaze destroys homes\nAugust 3, 2044\nCALDER RIDGE, Australia - The state government pledged $5 million in emergency relief on Wednesday.';
  it('`A$5 million (US$3.3 million)` / `$5 million`: no conflict', () => {
    expect(entries(story(first('A$5 million (US$3.3 million)'), second), 'quantity')).toEqual([]);
  });
  it('control: two bare dollars (`$3.3 million` / `$5 million`) still conflict', () => {
    expect(entries(story(first('$3.3 million'), second), 'quantity')).toEqual([
      ['$3.3 million', '$5 million'],
    ]);
  });
});

describe('those now in hospital are hospitalised (fact:in-hospital, widened)', () => {
  const first =
    'Kelso measles cases climb\nFebruary 8, 2047\nKELSO, New Zealand - Forty-six people have now caught measles in an outbreak centred on two Kelso schools, health officials said.';
  const later = (n: string) =>
    `Measles outbreak grows\nFebruary 10, 2047\nKELSO, New Zealand - ${n} people are now in hospital with measles, the health board said.`;
  it('`Forty-six people have now caught measles` → `Seven people are now in hospital`: no update', () => {
    expect(entries(story(first, later('Seven')), 'update')).toEqual([]);
  });
  it('control: `Forty-six people have now caught measles` → `Fifty-eight people have now caught measles` is an update', () => {
    const later2 =
      'Measles outbreak grows\nFebruary 10, 2047\nKELSO, New Zealand - Fifty-eight people have now caught measles in the outbreak, the health board said.';
    expect(entries(story(first, later2), 'update')).toEqual([['Fifty-eight people', 'Forty-six people']]);
  });
});

describe('a headline’s part of a whole told with no article (fact:count-partitive-no-article)', () => {
  const report = (headline: string) =>
    `${headline}\nMarch 13, 2045\nHARLOW, United States - The men broke out of Harlow prison on Sunday, officials said.`;
  const other = (n: string) =>
    `Inmates caught\nMarch 13, 2045\nHARLOW, United States - Police recaptured ${n} inmates on Monday, officials said.`;
  it('`Four of five escaped inmates recaptured` / `Police recaptured four inmates`: no conflict', () => {
    expect(entries(story(report('Four of five escaped inmates recaptured'), other('four')), 'count')).toEqual(
      [],
    );
  });
  it('control: `Four of five escaped inmates recaptured` / `Police recaptured three inmates` still conflicts', () => {
    const d = story(report('Four of five escaped inmates recaptured'), other('three'));
    expect(entries(d, 'count')).toHaveLength(1);
    expect(entries(d, 'count')[0]).toContain('three inmates');
  });
  it('control: `Six escaped inmates recaptured`, no part, still conflicts with `four inmates`', () => {
    expect(entries(story(report('Six escaped inmates recaptured'), other('four')), 'count')).toEqual([
      ['Six escaped inmates recaptured', 'four inmates'],
    ]);
  });
});
