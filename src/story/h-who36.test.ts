import { describe, expect, it } from 'vitest';
import { tokenised } from './who.fixture.js';

// h-who36 (issue 13, "who says it"): fictional stories only; docs/origins.md, `Stop 55 (h-who36)`.

type Story = ReturnType<typeof tokenised>;
/** The labels of the sources of the member opening with `start`. */
const sourcesOf = (d: Story, start: string): string[] => {
  const label = (id: string) => d.provenance.nodes.find((n) => n.id === id)?.label ?? id;
  const m = d.claims.flatMap((c) => c.members).find((x) => x.text.startsWith(start));
  return (m?.sources ?? []).map(label);
};

const transferStory = (agent: string, post: string) =>
  'http: / / www. fjordsport. no / 2036 / 07 / 02 / moe\nMoe asks to leave\nJuly 2, 2036\n' +
  `Fjell IF striker Tina Moe has handed in a transfer request, ${agent} said on Tuesday.\n` +
  `${post} on Instagram that she was ` +
  "`` ready for a new challenge. ''\n" +
  'Two clubs had asked about her, the agent said.\n' +
  'Fjell IF said the player was not for sale.';
const TRANSFER_WIRE =
  'http: / / www. ntbnews. no / en / 2036 / 07 / 02 / moe\nMoe wants out\nJuly 2, 2036\n' +
  'FJELL (NTB) - Tina Moe has asked to leave Fjell IF, agent Ola Strand said.\n' +
  "Moe's agent said two clubs had asked about her.\n" +
  "Moe wrote on Instagram that she was `` ready for a new challenge. ''\n" +
  'Fjell IF said the player was not for sale.';

describe('h-who36: a post after the agent who speaks for the poster (`principal-poster`)', () => {
  it('pair: `She posted on Instagram` after `..., her agent Ola Strand said` is the player', () => {
    const d = tokenised(transferStory('her agent Ola Strand', 'She posted'), TRANSFER_WIRE);
    expect(sourcesOf(d, 'She posted').join(' ')).toMatch(/Tina Moe/);
  });
  it('control: `He posted on Instagram` after `her agent Ola Strand said` stays the agent', () => {
    const d = tokenised(transferStory('her agent Ola Strand', 'He posted'), TRANSFER_WIRE);
    expect(sourcesOf(d, 'He posted').join(' ')).not.toMatch(/Tina Moe/);
  });
  it('control: after `coach Ola Strand said` (no one spoken for), the post stays with the person cited last', () => {
    const d = tokenised(transferStory('coach Ola Strand', 'She posted'), TRANSFER_WIRE);
    expect(sourcesOf(d, 'She posted').join(' ')).not.toMatch(/Tina Moe/);
  });
});

describe("h-who36: a speaker named by someone's role (`possessor-role`)", () => {
  it("pair: `Moe's agent said` is the story's one agent, `agent Ola Strand`", () => {
    const d = tokenised(transferStory('her agent Ola Strand', 'She posted'), TRANSFER_WIRE);
    expect(sourcesOf(d, "Moe's agent said").join(' ')).toMatch(/Ola Strand/);
  });
  it("pair: `The mayor's spokesman said` is `Her spokesman, Per Lie` named in another article", () => {
    const d = tokenised(
      'http: / / www. dalposten. no / 2036 / 10 / 04 / ask\nMayor quits\nOctober 4, 2036\n' +
        'Dal mayor Eli Ask has resigned in a letter to the council.\n' +
        'Her spokesman, Per Lie, said the mayor had no plans to join another party.',
      'http: / / www. ntbnews. no / en / 2036 / 10 / 04 / dal\nDal mayor quits\nOctober 4, 2036\n' +
        'DAL (NTB) - Dal mayor Eli Ask has resigned.\n' +
        "The mayor's spokesman said she had no plans to join another party.",
    );
    expect(sourcesOf(d, "The mayor's spokesman said").join(' ')).toMatch(/Per Lie/);
  });
  it("control: two agents titled in the story, `Moe's agent` is neither", () => {
    const d = tokenised(
      transferStory('her agent Ola Strand', 'She posted'),
      TRANSFER_WIRE.replace('agent Ola Strand said', 'agent Kai Berg said'),
    );
    expect(sourcesOf(d, "Moe's agent said").join(' ')).not.toMatch(/Ola Strand|Kai Berg/);
  });
});

const hospitalStory = (next: string) =>
  'http: / / www. helseposten. no / 2036 / 02 / 10 / lia\nHospital chief on waits\nFebruary 10, 2036\n' +
  'Waits for knee operations at Lia Hospital have grown to 30 weeks, hospital chief Eva Dahl said in an interview.\n' +
  `Dahl said the hospital would hire six surgeons, ${next}.\n` +
  'She added that 1, 900 patients were on the waiting list.';
const HOSPITAL_WIRE =
  'http: / / www. ntbnews. no / en / 2036 / 02 / 10 / lia\nLia waits grow\nFebruary 10, 2036\n' +
  'LIA (NTB) - Patients wait 30 weeks for a knee operation at Lia Hospital, its chief Eva Dahl told the Helseposten.\n' +
  'Dahl said 1, 900 patients were on the waiting list.';

describe('h-who36: `She added` right after a named speaker (`pronoun-goes-on`)', () => {
  it('pair: `She added that` rests on the person the sentence before rested on', () => {
    const d = tokenised(hospitalStory('up from four'), HOSPITAL_WIRE);
    expect(sourcesOf(d, 'She added')).toEqual(['hospital chief Eva Dahl']);
  });
  it("pair: not on the last person named (`the minister Ole Vik's plan`)", () => {
    const d = tokenised(hospitalStory("under Health Minister Ole Vik's plan"), HOSPITAL_WIRE);
    expect(sourcesOf(d, 'She added')).toEqual(['hospital chief Eva Dahl']);
  });
  it('control: after a sentence citing no one, `She added` stays unread', () => {
    const d = tokenised(
      hospitalStory('up from four').replace(
        'Dahl said the hospital would hire six surgeons, up from four.',
        'The hospital has four surgeons.',
      ),
      HOSPITAL_WIRE,
    );
    expect(sourcesOf(d, 'She added')).toEqual([]);
  });
});
