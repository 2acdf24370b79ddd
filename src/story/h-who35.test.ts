import { describe, expect, it } from 'vitest';
import { tokenised } from './who.fixture.js';

// h-who35 (issue 13, "who says it"): fictional stories only; docs/origins.md, `Stop 55 (h-who35)`.

type Story = ReturnType<typeof tokenised>;
const roleOfLabel = (d: Story, label: RegExp): string | undefined =>
  (d.provenance.origins ?? []).some((o) => label.test(o.label))
    ? 'origin'
    : (d.provenance.commentators ?? []).some((o) => label.test(o.label))
      ? 'commentator'
      : undefined;

const jailStory = (lead: string) =>
  'http: / / www. lindpost. no / 2036 / 03 / 09 / jail\nJail cells crowded\nMarch 9, 2036\n' +
  lead +
  '\nThe Prison Service said a new wing would open in 2037.';
const JAIL_WIRE =
  'http: / / www. ntbnews. no / en / 2036 / 03 / 09 / lind\nLind jail crowded\nMarch 9, 2036\n' +
  'LIND (NTB) - Lind jail holds 180 inmates in a building made for 120, the rights group Cell Watch said.\n' +
  'The Prison Service said a new wing would open in 2037.';

describe("h-who35: a body's own report (`report-author`)", () => {
  it('pair: `a report by the rights group Cell Watch says` makes the group the origin of its findings', () => {
    const d = tokenised(
      jailStory(
        'Lind jail holds 180 inmates in a building made for 120, a report by the rights group Cell Watch says.',
      ),
      JAIL_WIRE,
    );
    expect(roleOfLabel(d, /Cell Watch/)).toBe('origin');
  });
  it('pair: `the rights group Cell Watch said in a report released Monday` too', () => {
    const d = tokenised(
      jailStory(
        'Lind jail holds 180 inmates in a building made for 120, the rights group Cell Watch said in a report released Monday.',
      ),
      JAIL_WIRE,
    );
    expect(roleOfLabel(d, /Cell Watch/)).toBe('origin');
  });
  it('control: the rights group cited with no report of its own stays a commentator', () => {
    const d = tokenised(
      jailStory('Lind jail holds 180 inmates in a building made for 120, the rights group Cell Watch said.'),
      JAIL_WIRE,
    );
    expect(roleOfLabel(d, /Cell Watch/)).toBe('commentator');
  });
  it("control: analysts' report to clients stays a commentator's", () => {
    const d = tokenised(
      jailStory('Prison building shares rose 4 percent, analysts at Fjell Bank said in a report to clients.'),
      JAIL_WIRE,
    );
    expect(roleOfLabel(d, /Fjell Bank/)).not.toBe('origin');
  });
});

const tourStory = (speaker: string) =>
  'http: / / www. showbiz-vest. no / 2036 / 05 / 02 / tour\nSinger cancels tour\nMay 2, 2036\n' +
  'Singer Ola Rein has cancelled his summer tour, his manager said on Monday.\n' +
  `${speaker} said the cancellation could harm his comeback.`;
const TOUR_WIRE =
  'http: / / www. ntbnews. no / en / 2036 / 05 / 02 / rein\nRein cancels tour\nMay 2, 2036\n' +
  'OSLO (NTB) - Ola Rein has cancelled his summer tour, his manager said.';

describe('h-who35: a writer named by a field (`field-writer`)', () => {
  it('pair: `Culture writer Jens Aas said` is a commentator', () => {
    const d = tokenised(tourStory('Culture writer Jens Aas'), TOUR_WIRE);
    expect(roleOfLabel(d, /Jens Aas/)).toBe('commentator');
  });
  it('pair: `Food writer Mats Eid said` too', () => {
    const d = tokenised(tourStory('Food writer Mats Eid'), TOUR_WIRE);
    expect(roleOfLabel(d, /Mats Eid/)).toBe('commentator');
  });
  it('control: `Tour promoter Jens Aas said` stays an origin', () => {
    const d = tokenised(tourStory('Tour promoter Jens Aas'), TOUR_WIRE);
    expect(roleOfLabel(d, /Jens Aas/)).toBe('origin');
  });
});

/** The labels of the sources of the member opening with `start`. */
const sourcesOf = (d: Story, start: string): string[] => {
  const label = (id: string) => d.provenance.nodes.find((n) => n.id === id)?.label ?? id;
  const m = d.claims.flatMap((c) => c.members).find((x) => x.text.startsWith(start));
  return (m?.sources ?? []).map(label);
};
const plantStory = (speaker: string) =>
  'http: / / www. fjordposten. no / 2036 / 06 / 11 / plant\nWorker says plant dumped waste\nJune 11, 2036\n' +
  `${speaker} says the plant dumped chemical waste into the Lomma river at night.\n` +
  'Torvik Plastics said the claims were untrue.';
const PLANT_WIRE =
  'http: / / www. ntbnews. no / en / 2036 / 06 / 11 / lomma\nPlant denies dumping\nJune 11, 2036\n' +
  'LOMMA (NTB) - The plant dumped chemical waste into the Lomma river at night, a former worker said.\n' +
  'Torvik Plastics said the claims were untrue.';

describe('h-who35: a name before the noun it modifies, then a place (`name-modifies-noun`)', () => {
  it('pair: `A former shift manager at the Torvik Plastics factory in Lomma says` is not the company', () => {
    const d = tokenised(
      plantStory('A former shift manager at the Torvik Plastics factory in Lomma'),
      PLANT_WIRE,
    );
    const sources = sourcesOf(d, 'A former shift manager');
    expect(sources).not.toContain('Torvik Plastics');
  });
  it('control: `Shift manager Ola Brekke in Lomma says` is Ola Brekke', () => {
    const d = tokenised(plantStory('Shift manager Ola Brekke in Lomma'), PLANT_WIRE);
    expect(sourcesOf(d, 'Shift manager Ola Brekke').join(' ')).toMatch(/Ola Brekke/);
  });
});

const raidStory = (second: string) =>
  'http: / / www. kystavisa. no / 2036 / 02 / 03 / raid\nPolice raided wrong flat\nFebruary 3, 2036\n' +
  'A police report seen by the Kystavisa says officers raided the wrong flat in Lomma on January 20.\n' +
  second +
  'It also says the officers had not checked the address with the landlord.';
const RAID_WIRE =
  'http: / / www. ntbnews. no / en / 2036 / 02 / 03 / lomma\nWrong flat raided\nFebruary 3, 2036\n' +
  'LOMMA (NTB) - Officers had not checked the address with the landlord, according to a police report.';

describe('h-who35: `It also says` goes on with the source before it (`it-adds`)', () => {
  it('pair: `It also says` after `The report adds that` is the report', () => {
    const d = tokenised(
      raidStory('The report adds that a 70-year-old woman was treated in hospital for shock.\n'),
      RAID_WIRE,
    );
    expect(sourcesOf(d, 'It also says')).toEqual(['police report']);
  });
  it('control: after a sentence citing no one, `It also says` stays unread', () => {
    const d = tokenised(raidStory('A 70-year-old woman was treated in hospital for shock.\n'), RAID_WIRE);
    expect(sourcesOf(d, 'It also says')).toEqual([]);
  });
});

const cellStory = (lead: string) =>
  'http: / / www. lindpost. no / 2036 / 03 / 09 / cells\nJail cells crowded\nMarch 9, 2036\n' +
  lead +
  '\nThe report says some inmates were allowed outside for only 30 minutes a day.';
const CELL_WIRE =
  'http: / / www. ntbnews. no / en / 2036 / 03 / 09 / cells\nLind jail crowded\nMarch 9, 2036\n' +
  'LIND (NTB) - Some inmates were allowed outside for only 30 minutes a day, the report says.';

describe("h-who35: a body's report named again (`report-again`)", () => {
  it('pair: `The report says` after `a report by the rights group Cell Watch says` is Cell Watch', () => {
    const d = tokenised(
      cellStory(
        'Lind jail holds 180 inmates in a building made for 120, a report by the rights group Cell Watch says.',
      ),
      CELL_WIRE,
    );
    expect(sourcesOf(d, 'The report says').join(' ')).toMatch(/Cell Watch/);
  });
  it('pair: after `Cell Watch said in a report` too', () => {
    const d = tokenised(
      cellStory(
        'Lind jail holds 180 inmates in a building made for 120, Cell Watch said in a report on Monday.',
      ),
      CELL_WIRE,
    );
    expect(sourcesOf(d, 'The report says').join(' ')).toMatch(/Cell Watch/);
  });
  it('control: after `Cell Watch said` with no report, `The report says` is not Cell Watch', () => {
    const d = tokenised(
      cellStory('Lind jail holds 180 inmates in a building made for 120, Cell Watch said on Monday.'),
      CELL_WIRE,
    );
    expect(sourcesOf(d, 'The report says').join(' ')).not.toMatch(/Cell Watch/);
  });
});

const postStory = (cue: string) =>
  'http: / / www. showbiz-vest. no / 2036 / 07 / 01 / vik\nSinger answers tax claims\nJuly 1, 2036\n' +
  'Singer Lea Vik paid all the tax she owed, her lawyer Per Moen said in a statement.\n' +
  `${cue} that she was \`\` hurt and angry '' and thanked her fans.`;
const POST_WIRE =
  'http: / / www. ntbnews. no / en / 2036 / 07 / 01 / vik\nVik denies tax claims\nJuly 1, 2036\n' +
  "OSLO (NTB) - Singer Lea Vik said she was `` hurt and angry '' and thanked her fans.";

describe('h-who35: a post by a role alone is the one person so titled (`role-poster`)', () => {
  it('pair: `The singer wrote on X` is Singer Lea Vik', () => {
    const d = tokenised(postStory('The singer wrote on X'), POST_WIRE);
    expect(sourcesOf(d, 'The singer wrote').join(' ')).toMatch(/Lea Vik/);
  });
  it('control: `The singer wrote` with no post stays unread', () => {
    const d = tokenised(postStory('The singer wrote in her memoir'), POST_WIRE);
    expect(sourcesOf(d, 'The singer wrote').join(' ')).not.toMatch(/Lea Vik/);
  });
});
