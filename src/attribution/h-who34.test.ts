import { describe, expect, it } from 'vitest';
import { tokenised } from '../story/who.fixture.js';

// h-who34 (issue 13, "who says it"): fictional stories only; docs/origins.md, `Stop 54 (h-who34)`.

type Story = ReturnType<typeof tokenised>;
/** The labels of the sources of the member opening with `start`. */
const sourcesOf = (d: Story, start: string): string[] => {
  const label = (id: string) => d.provenance.nodes.find((n) => n.id === id)?.label ?? id;
  const m = d.claims.flatMap((c) => c.members).find((x) => x.text.startsWith(start));
  return (m?.sources ?? []).map(label);
};

const chefStory = (cue: string) =>
  'http: / / www. foodnorth. com / 2035 / 03 / 02 / roff\nChef apologises to waiters\nMarch 2, 2035\n' +
  `Celebrity chef Ana Roff has apologised for calling her waiters \`\` lazy '' on a cooking show, ${cue} on Sunday.\n` +
  'The broadcaster said the episode would not be shown again.';
const CHEF_WIRE =
  'http: / / www. ntbnews. no / en / 2035 / 03 / 02 / roff\nTV chef says sorry\nMarch 2, 2035\n' +
  "OSLO (NTB) - Ana Roff has apologised for calling her waiters `` lazy '' on a cooking show, the broadcaster said.";

describe("h-who34: a post's pronoun is the poster (`pronoun-poster`)", () => {
  it('pair: `she said in a post on Instagram` rests on the chef the sentence names', () => {
    const d = tokenised(chefStory('she said in a post on Instagram'), CHEF_WIRE);
    expect(sourcesOf(d, 'Celebrity chef Ana Roff')).toEqual(['Ana Roff']);
  });
  it('pair: `she wrote on X` too', () => {
    const d = tokenised(chefStory('she wrote on X'), CHEF_WIRE);
    expect(sourcesOf(d, 'Celebrity chef Ana Roff')).toEqual(['Ana Roff']);
  });
  it('control: `she said` with no post stays unread', () => {
    const d = tokenised(chefStory('she said'), CHEF_WIRE);
    expect(sourcesOf(d, 'Celebrity chef Ana Roff')).toEqual([]);
  });
});

const schoolStory = (first: string) =>
  'http: / / www. tromsdal-avis. no / 2035 / 05 / 14 / lia\nLia school to close\nMay 14, 2035\n' +
  first +
  'The letter adds that a free school bus will run from August.\n' +
  'Tromsdal council said the building would be sold.';
const SCHOOL_WIRE =
  'http: / / www. ntbnews. no / en / 2035 / 05 / 14 / lia\nLia school closes\nMay 14, 2035\n' +
  'TROMSDAL (NTB) - A free school bus will run from August, the letter adds.\n' +
  'The council said the building would be sold.';

describe('h-who34: a document named again (`document-again`)', () => {
  it('pair: `The letter adds` after `A letter from the head teacher, Kari Nes, says` is hers', () => {
    const d = tokenised(
      schoolStory('A letter from the head teacher, Kari Nes, says the school has only 31 pupils left.\n'),
      SCHOOL_WIRE,
    );
    const again = sourcesOf(d, 'The letter adds');
    expect(again.length).toBe(1);
    expect(again[0]).toMatch(/Kari Nes/);
  });
  it('control: with no letter named before in the article, `The letter adds` stays unread', () => {
    const d = tokenised(schoolStory('The school has only 31 pupils left, the council said.\n'), SCHOOL_WIRE);
    expect(sourcesOf(d, 'The letter adds')).toEqual([]);
  });
});
