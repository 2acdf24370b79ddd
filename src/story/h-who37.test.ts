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
  it('pair: the minister named in `Opposition leader Per Lunde said Brekke should resign` stays an origin', () => {
    const d = minister('Opposition leader Per Lunde said Brekke should resign.');
    expect(storyRoleOf(d, /Eva Brekke/)).toBe('origin');
    expect(storyRoleOf(d, /Per Lunde/)).toBe('commentator');
  });
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
