import { describe, expect, it } from 'vitest';
import { storyRoleOf, tokenised } from './who.fixture.js';

// h-who43 (issue 13, "who says it"): fictional stories only; docs/origins.md, `Stop 58 (h-who43)`.

const HEAD = (site: string, slug = 'crown') =>
  `http: / / www. ${site}. com / 2042 / 06 / 03 / ${slug}\nCrown stolen from museum\nJune 3, 2042\n`;

describe('h-who43: a source cited only by `hailed` reacts (`reaction-hailed`)', () => {
  it("case: `Mayor Lise Brun hailed the guard's quick call to police` is a commentator", () => {
    const d = tokenised(
      HEAD('harbourpost') +
        'TARNBY, Denmark - Thieves took a gold crown worth about $4. 2 million from the Tarnby museum, police said.\n' +
        "Mayor Lise Brun hailed the guard's quick call to police.\n",
      HEAD('baltwire') +
        'TARNBY, Denmark - A gold crown worth about $4. 2 million was stolen from the Tarnby museum, police said.\n',
    );
    expect(storyRoleOf(d, /Lise Brun/)).toBe('commentator');
    expect(d.provenance.commentators?.find((c) => /Lise Brun/.test(c.label))?.rule).toBe(
      'provenance:reaction-hailed',
    );
  });
  it('case: `Shipping groups hailed the speed of the inquiry` is a commentator', () => {
    const d = tokenised(
      HEAD('rivertimes', 'crane') +
        'ELSTED, Germany - A container crane collapsed at the port of Elsted on Sunday, the port authority said.\n' +
        'Shipping groups hailed the speed of the inquiry.\n',
      HEAD('valleyherald', 'crane') +
        'ELSTED, Germany - A container crane collapsed at the port of Elsted on Sunday, the port authority said.\n',
    );
    expect(storyRoleOf(d, /Shipping groups/)).toBe('commentator');
  });
  it('control: a source that also tells a fact (`said the guard called at 2: 20 a. m.`) stays an origin', () => {
    const d = tokenised(
      HEAD('harbourpost') +
        'TARNBY, Denmark - Thieves took a gold crown worth about $4. 2 million from the Tarnby museum, police said.\n' +
        "Mayor Lise Brun hailed the guard's quick call to police.\n" +
        'Brun said the guard called police at 2: 20 a. m.\n',
      HEAD('baltwire') +
        'TARNBY, Denmark - A gold crown worth about $4. 2 million was stolen from the Tarnby museum, police said.\n',
    );
    expect(storyRoleOf(d, /Lise Brun/)).toBe('origin');
  });
});

const LAKE = (site: string) =>
  `http: / / www. ${site}. com / 2042 / 07 / 12 / algae\nToxic algae close beaches\nJuly 12, 2042\n`;

describe('h-who43: a bystander who tells only a feeling (`reported-letdown`)', () => {
  it('case: `Swimmer Karin Aas said she was disappointed` is a commentator', () => {
    const d = tokenised(
      LAKE('lakesideherald') +
        'VESSBY, Sweden - All 11 beaches on Lake Vess were closed on Saturday, the county health office said.\n' +
        'Swimmer Karin Aas said she was disappointed.\n',
      LAKE('nordicdaily') +
        'VESSBY, Sweden - All 11 beaches on Lake Vess have been closed, the county health office said.\n',
    );
    expect(storyRoleOf(d, /Karin Aas/)).toBe('commentator');
    expect(d.provenance.commentators?.find((c) => /Karin Aas/.test(c.label))?.rule).toBe(
      'provenance:reported-letdown',
    );
  });
  it('control: a feeling with a figure or a deed after it (`when lifeguards pulled her out`) stays an origin', () => {
    for (const line of [
      'Swimmer Karin Aas said she was relieved when lifeguards pulled her out of the water.\n',
      'Swimmer Karin Aas said she was disappointed with the 11 closures.\n',
    ]) {
      const d = tokenised(
        LAKE('lakesideherald') +
          'VESSBY, Sweden - All 11 beaches on Lake Vess were closed on Saturday, the county health office said.\n' +
          line,
        LAKE('nordicdaily') +
          'VESSBY, Sweden - All 11 beaches on Lake Vess have been closed, the county health office said.\n',
      );
      expect(storyRoleOf(d, /Karin Aas/)).toBe('origin');
    }
  });
});

describe('h-who43: a group of a trade or kind that only condemns (`stance-group`)', () => {
  const story = (line: string) =>
    tokenised(
      LAKE('lakesideherald') +
        'VESSBY, Sweden - All 11 beaches on Lake Vess were closed on Saturday, the county health office said.\n',
      LAKE('sverigeweekly') +
        'VESSBY, Sweden - All 11 beaches on Lake Vess have been closed, the county health office said.\n' +
        line,
    );
  it('case: `Tourism operators condemned the timing of the decision` is a commentator', () => {
    const d = story('Tourism operators condemned the timing of the decision.\n');
    expect(storyRoleOf(d, /Tourism operators/)).toBe('commentator');
    expect(d.provenance.commentators?.find((c) => /Tourism operators/.test(c.label))?.rule).toBe(
      'provenance:stance-group',
    );
  });
  it('control: a plural that takes no stand (`Tourism operators cancelled 40 trips`) is no source', () => {
    const d = story('Tourism operators cancelled 40 boat trips on the lake.\n');
    expect(storyRoleOf(d, /Tourism operators/)).toBeUndefined();
  });
  it('control: `Residents condemned` keeps its own reading (`commentator-view`)', () => {
    const d = story('Residents condemned the timing of the decision.\n');
    expect(d.provenance.commentators?.find((c) => /Residents/.test(c.label))?.rule).toBe(
      'provenance:commentator-view',
    );
  });
});

const PORT = (site: string) =>
  `http: / / www. ${site}. com / 2042 / 09 / 21 / crane\nCrane collapses at port\nSeptember 21, 2042\n`;

describe('h-who43: a fault the events show (`lesson-drawn` widened)', () => {
  const story = (line: string) =>
    tokenised(
      PORT('rivertimes') +
        'ELSTED, Germany - A container crane collapsed at the port of Elsted on Sunday, the port authority said.\n' +
        line,
      PORT('valleyherald') +
        'ELSTED, Germany - A container crane collapsed at the port of Elsted on Sunday, the port authority said.\n',
    );
  it('case: `union leader Mia Torp said the collapse showed that the cranes were too old` comments', () => {
    const d = story('Dockers union leader Mia Torp said the collapse showed that the cranes were too old.\n');
    expect(storyRoleOf(d, /Mia Torp/)).toBe('commentator');
  });
  it('control: a fault with a measure after it (`too heavy for its rails at 40 tonnes`) stays an origin', () => {
    const d = story(
      'Dockers union leader Mia Torp said the collapse showed that the crane was too heavy for its rails at 40 tonnes.\n',
    );
    expect(storyRoleOf(d, /Mia Torp/)).toBe('origin');
  });
});
