import { describe, expect, it } from 'vitest';
import { storyRoleOf, tokenised } from './who.fixture.js';

// h-who37 (issue 13, "who says it"): fictional stories only; docs/origins.md, `Stop 56 (h-who37)`.

const HEAD = (site: string) =>
  `http: / / www. ${site}. no / 2037 / 04 / 02 / brekke\nMinister under fire\nApril 2, 2037\n`;

describe('h-who37: a name after the cue holds none of the speaker`s title (`title-after-cue`)', () => {
  const minister = (last: string) =>
    tokenised(
      HEAD('fjordavis') +
        'Fisheries Minister Eva Brekke sent 12 text messages to trawler owner Ola Sand before the quota deal, messages seen by the Fjordavis show.\n' +
        'Brekke told the Fjordavis that the messages were private.\n' +
        last,
      HEAD('kystnytt') +
        'Fisheries Minister Eva Brekke said the messages to Ola Sand were private.\n' +
        'Opposition leader Per Lunde said the minister must explain the messages.',
    );
  // Taken out at the end of stop 56 under the halves rule (it raised half A's origins recall only):
  // the pair is it.fails; the control holds either way.
  it.fails(
    'pair: the minister named in `Opposition leader Per Lunde said Brekke should resign` stays an origin',
    () => {
      const d = minister('Opposition leader Per Lunde said Brekke should resign.');
      expect(storyRoleOf(d, /Eva Brekke/)).toBe('origin');
      expect(storyRoleOf(d, /Per Lunde/)).toBe('commentator');
    },
  );
  it('control: `Opposition leader Eva Brekke` herself comments', () => {
    const d = tokenised(
      HEAD('fjordavis') +
        'A dam burst near Ostra on Monday, flooding 300 homes, the fire service said.\n' +
        'Opposition leader Eva Brekke said the government had ignored warnings about the dam.',
      HEAD('kystnytt') +
        'A dam burst near Ostra on Monday, the fire service said.\n' +
        'Opposition leader Eva Brekke said the government had ignored the warnings.',
    );
    expect(storyRoleOf(d, /Eva Brekke/)).toBe('commentator');
  });
});

const MALL = (site: string, line: string) =>
  `http: / / www. ${site}. com / 2037 / 06 / 01 / mall\nTwo hurt in mall attack\nJune 1, 2037\n` +
  'Two people were stabbed at the Northgate mall on Sunday, Police Chief Dana Holt told a news conference.\n' +
  `${line}\n`;

describe("h-who37: a speaker named by a place's role (`place-role`)", () => {
  /** The labels of the sources of the member opening with `start`. */
  const sourcesOf = (d: ReturnType<typeof tokenised>, start: string): string[] => {
    const label = (id: string) => d.provenance.nodes.find((n) => n.id === id)?.label ?? id;
    const m = d.claims.flatMap((c) => c.members).find((x) => x.text.startsWith(start));
    return (m?.sources ?? []).map(label);
  };
  it("pair: `the city's police chief said` is `Police Chief Dana Holt`", () => {
    const d = tokenised(
      MALL('northpost', 'Holt said both victims were in stable condition.'),
      'http: / / www. citynews. com / 2037 / 06 / 01 / stab\nMall stabbing\nJune 1, 2037\n' +
        "NORTHGATE (Nordwire) - Police arrested a man after two people were stabbed at a mall, the city's police chief said.\n",
    );
    expect(sourcesOf(d, 'NORTHGATE')).toEqual(['Police Chief Dana Holt']);
  });
  it("control: with two police chiefs named, `the city's police chief` is neither", () => {
    const d = tokenised(
      MALL('northpost', 'Police Chief Ole Berg of the next county said his officers had helped.'),
      'http: / / www. citynews. com / 2037 / 06 / 01 / stab\nMall stabbing\nJune 1, 2037\n' +
        "NORTHGATE (Nordwire) - Police arrested a man after two people were stabbed at a mall, the city's police chief said.\n",
    );
    expect(sourcesOf(d, 'NORTHGATE').join(' ')).not.toMatch(/Holt|Berg/);
  });
});

describe('h-who37: a city shaken is how others feel (`shaken-others`)', () => {
  const story = (mayor: string) =>
    tokenised(
      MALL('northpost', `${mayor}\nHolt said both victims were in stable condition.`),
      MALL('citynews', 'Holt said the suspect had been known to police.'),
    );
  it("pair: `Mayor Rita Lund said the city was `` shaken. ''` reacts", () => {
    expect(storyRoleOf(story("Mayor Rita Lund said the city was `` shaken. ''"), /Rita Lund/)).toBe(
      'commentator',
    );
  });
  it('control: the mayor telling what the city will do is an origin', () => {
    expect(
      storyRoleOf(story('Mayor Rita Lund said the mall would stay closed until Tuesday.'), /Rita Lund/),
    ).toBe('origin');
  });
});
