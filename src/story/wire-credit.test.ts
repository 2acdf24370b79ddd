import { describe, expect, it } from 'vitest';
import { story } from './invented.fixture.js';

/**
 * A wire story told by three outlets (fictional): an agency credited in a dateline is no name of
 * the dateline's place, the agency's acronym and its long name are one origin, and a bare role
 * with its modifier (`the regional governor`) is the one person the story names with it.
 */
const origins = (d: ReturnType<typeof story>) =>
  (d.provenance.origins ?? []).map((o) => ({ label: o.label, docs: o.documents.length }));

const WIRE = `Quake of magnitude 6.1 strikes off Norvaland coast\nORSK (AFP) - An earthquake of magnitude 6.1 struck off the coast of Norvaland on Tuesday, the national seismology institute said.\nAt least three people were injured, the regional governor Lena Sarr told AFP.`;

describe('wire credits and roles', () => {
  it('reads an agency in a dateline as no name of its place (mentions:acronym-in-brackets)', () => {
    const d = story(WIRE);
    const afp = d.documents[0]!.entities.filter(
      (e) => e.label === 'AFP' || /AFP/.test(d.documents[0]!.text.slice(e.start, e.end)),
    );
    expect(afp.length).toBeGreaterThan(0);
    for (const e of afp) expect(e.key).not.toMatch(/orsk/);
    expect(origins(d).map((o) => o.label)).not.toContain('ORSK');
  });

  it('control: an acronym in brackets after a name still abbreviates it', () => {
    const d = story(
      `Quake hits Norvaland\nThe Norvaland Seismology Institute (NSI) said the quake struck at 4 a.m.\nThe NSI said aftershocks were likely.`,
    );
    const nsi = d.documents[0]!.entities.filter((e) => d.documents[0]!.text.slice(e.start, e.end) === 'NSI');
    expect(nsi.map((e) => e.label)).toEqual([
      'Norvaland Seismology Institute',
      'Norvaland Seismology Institute',
    ]);
  });

  it('makes an agency and its long name one origin, and a bare role with its modifier its holder', () => {
    const d = story(
      WIRE,
      `Norvaland earthquake damages homes\nA 6.1-magnitude earthquake struck off Norvaland on Tuesday, Agence France-Presse reported.\nThree people were injured, according to the regional governor.`,
    );
    const o = origins(d);
    expect(o.filter((x) => /AFP|Agence/.test(x.label))).toEqual([{ label: 'Agence France-Presse', docs: 2 }]);
    expect(o.filter((x) => /governor/i.test(x.label))).toEqual([
      { label: 'regional governor Lena Sarr', docs: 2 },
    ]);
  });

  it('control: a bare role with another modifier stays apart', () => {
    const d = story(
      WIRE,
      `Norvaland earthquake damages homes\nA 6.1-magnitude earthquake struck off Norvaland on Tuesday.\nThree people were injured, according to the provincial governor.`,
    );
    expect(origins(d).filter((x) => /governor/i.test(x.label))).toHaveLength(2);
  });
});
