import { describe, expect, it } from 'vitest';
import { storyRoleOf as roleOf, tokenised } from './who.fixture.js';

// h-who31 (issue 13, "who says it"): fictional stories only; docs/origins.md, `Stop 52 (h-who31)`.

const PIER_A = (line: string) =>
  'http: / / www. velmarpost. com / 2032 / 03 / 04 / pier-crash\n' +
  'Ship hits Holm pier\nMarch 4, 2032\n' +
  'A cargo ship crashed into the main pier at Holm on Tuesday, the Holm Port Authority said.\n' +
  line;
const pierB = (line: string) =>
  'http: / / www. kaldtimes. com / world / holm-pier\nHolm pier closed\nMarch 5, 2032\n' +
  'The Holm Port Authority said the pier would stay closed for a week.\n' +
  line;

describe('h-who31: the coastguard written as one word (`coastguard-one-word`)', () => {
  it('pair: `the coastguard said` is an origin, one in two articles', () => {
    const d = tokenised(
      PIER_A('The coastguard said a small amount of fuel had leaked into the water.'),
      pierB('A small amount of fuel leaked into the harbour, the coastguard said.'),
    );
    expect(roleOf(d, /^(?:the )?coastguard$/i)).toBe('origin');
    expect(d.provenance.origins?.find((o) => /coastguard/i.test(o.label))?.documents.length).toBe(2);
  });
  it('control: the navy and the coastguard stay two origins', () => {
    const d = tokenised(
      PIER_A('The coastguard said a small amount of fuel had leaked into the water.'),
      pierB('The navy said it had sent a diving team to the pier.'),
    );
    expect(d.provenance.origins?.find((o) => /coastguard/i.test(o.label))?.documents.length).toBe(1);
    expect(roleOf(d, /^(?:the )?navy$/i)).toBe('origin');
  });
});

const zooA =
  'http: / / www. velmarpost. com / 2032 / 06 / 08 / lynx-escape\n' +
  'Lynx escapes from Orsa Animal Park\nJune 8, 2032\n' +
  'A lynx escaped from Orsa Animal Park on Sunday, Orsa Animal Park said.\n' +
  'Orsa Animal Park said the lynx was caught within an hour.';
const zooB = (line: string) =>
  'http: / / www. kaldtimes. com / world / orsa-lynx\nLynx caught in Orsa\nJune 8, 2032\n' + line;

describe("h-who31: `the zoo` is the story's one park of animals (`zoo-as-park`)", () => {
  it('pair: `the zoo said` after `Orsa Animal Park` is the park', () => {
    const d = tokenised(zooA, zooB('The lynx was caught within an hour, the zoo said.'));
    expect(d.provenance.origins?.find((o) => /Orsa Animal Park/.test(o.label))?.documents.length).toBe(2);
  });
  it('control: a city park is no zoo (`Orsa City Park` named, `the zoo` stays unread)', () => {
    const d = tokenised(
      zooA.replace(/Orsa Animal Park/g, 'Orsa City Park'),
      zooB('The lynx was caught within an hour, the zoo said.'),
    );
    expect(d.provenance.origins?.find((o) => /Orsa City Park/.test(o.label))?.documents.length).toBe(1);
  });
});

describe("h-who31: a site's officials speak for the body named with the site's word (`site-officials`)", () => {
  it('pair: `harbour officials said` is the Holm Port Authority (a harbour is a port)', () => {
    const d = tokenised(
      PIER_A('The port authority said two dock workers were hurt.'),
      pierB('Harbour officials said the crane would be moved on Friday.'),
    );
    expect(roleOf(d, /^harbour officials$/i)).toBeUndefined();
    expect(d.provenance.origins?.find((o) => /Holm Port Authority/.test(o.label))?.documents.length).toBe(2);
  });
  it('pair: `zoo officials said` is Orsa Animal Park', () => {
    const d = tokenised(zooA, zooB('Zoo officials said no visitors were hurt.'));
    expect(d.provenance.origins?.find((o) => /Orsa Animal Park/.test(o.label))?.documents.length).toBe(2);
  });
  it('control: two bodies named with the word, `harbour officials` stand for neither', () => {
    const d = tokenised(
      PIER_A('The Holm Port Workers Union said two of its members were hurt.'),
      pierB('Harbour officials said the crane would be moved on Friday.'),
    );
    expect(roleOf(d, /^harbour officials$/i)).toBe('origin');
  });
});

describe('h-who31: `The spokeswoman said` after a named spokeswoman of the article (`bare-spokesperson-named-before`)', () => {
  const bridgeA = (second: string) =>
    'http: / / www. velmarpost. com / 2032 / 09 / 17 / footbridge\nFootbridge closed\nSeptember 17, 2032\n' +
    'Orsa City Council closed the Mill Street footbridge on Friday, the council said.\n' +
    second +
    '\nThe spokeswoman said the bridge would stay closed for at least a month.';
  const BRIDGE_B =
    'http: / / www. kaldtimes. com / world / orsa-bridge\nOrsa bridge shut\nSeptember 17, 2032\n' +
    'The Orsa City Council said the bridge would stay closed for at least a month.';
  it('pair: the bare spokeswoman is the council her named colleague spoke for', () => {
    const d = tokenised(
      bridgeA('A spokeswoman for the council, Ada Brenn, said engineers had found three cracks.'),
      BRIDGE_B,
    );
    expect(roleOf(d, /^spokeswoman$/i)).toBeUndefined();
  });
  it('control: with no spokeswoman named before in the article, the bare role stays apart', () => {
    const d = tokenised(bridgeA('Engineers had found three cracks, the council said.'), BRIDGE_B);
    expect(roleOf(d, /^spokeswoman$/i)).toBe('origin');
  });
});

describe('h-who31: a lesson drawn from the events is a view (`lesson-drawn`)', () => {
  it('pair: `said the crash showed that the harbour needed more pilots` is a commentator', () => {
    const d = tokenised(
      PIER_A('Union leader Berit Sand said the crash showed that the harbour needed more pilots.'),
      pierB('Two dock workers were hurt, the Holm Port Authority said.'),
    );
    expect(roleOf(d, /Berit Sand/)).toBe('commentator');
  });
  it('control: `said the records showed the ship had been inspected in May` stays an origin', () => {
    const d = tokenised(
      PIER_A('Harbour master Berit Sand said the records showed the ship had been inspected in May.'),
      pierB('Two dock workers were hurt, the Holm Port Authority said.'),
    );
    expect(roleOf(d, /Berit Sand/)).toBe('origin');
  });
});
