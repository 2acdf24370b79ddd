import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';
import type { Dossier } from '../../model/dossier.js';

// A coach fired, told by two outlets with records of several seasons. Invented story.
const story = (a: string, b: string): Dossier =>
  analyzeTexts(
    [
      `Gulls fire coach Brennan\n\nThe Harbor City Gulls fired head coach Dale Brennan on Monday.\n${a}\n`,
      `Brennan out as Gulls coach\n\nThe Gulls dismissed Dale Brennan on Monday.\n${b}\n`,
    ].map((text, i) => ({ location: `gulls-${i + 1}.txt`, text, known: { language: 'en' } })),
  );
const results = (d: Dossier): string[][] =>
  d.discrepancies.filter((x) => x.rule === 'compare:results').map((x) => x.values.map((v) => v.text).sort());

describe("a record's season and span (fact:result-record-nth-season, fact:result-record-span, result:team-after)", () => {
  it("sets no first season's record, career record or another team's record against this season's", () => {
    expect(
      results(
        story(
          'Brennan went 122-140 in four seasons with the Gulls, who are 7-15 this season.',
          'Brennan, who had a 160-130 record in four seasons at Porton, was fired with the team 7-15. In his first season as coach, the Gulls finished 35-47.',
        ),
      ),
    ).toEqual([]);
  });
  it("control: two outlets' records of this season are compared", () => {
    expect(
      results(
        story(
          'The Gulls started 7-15 this season before Brennan was fired.',
          'The Gulls opened the season 7-16 before Brennan was fired.',
        ),
      ),
    ).toEqual([['7-15', '7-16']]);
  });
  it('control: two career records of one coach with one team are compared', () => {
    expect(
      results(
        story(
          'Brennan went 122-140 in four seasons with the Gulls.',
          'Brennan went 122-147 in four seasons with the Gulls.',
        ),
      ),
    ).toHaveLength(1);
  });
});
