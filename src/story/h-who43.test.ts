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
