import { describe, expect, it } from 'vitest';
import { attributionsOf as found } from './read.js';

/**
 * A clause of time after a comma (`, a week after an audit found …`) has its own subject, and what
 * it found follows its verb (`attribution:time-clause-after-comma`). Invented sentences.
 */
describe('a clause of time after a comma', () => {
  it('makes the clause’s subject the source and what follows its verb the content', () => {
    expect(
      found(
        'Headline\nThe mayor resigned on Friday, a week after an audit found the port had lost 3 million euros.',
      ),
    ).toEqual([
      ['found', 'an audit', 'the port had lost 3 million euros', 'attribution:time-clause-after-comma'],
    ]);
    expect(found('Headline\nThe pier closed, two days after inspectors warned it was unsafe.')).toEqual([
      ['warned', 'inspectors', 'it was unsafe', 'attribution:time-clause-after-comma'],
    ]);
  });
  it('control: a speaker after a comma closing the statement keeps the statement before', () => {
    expect(found('Headline\nThe pier was unsafe, the mayor said.')).toEqual([
      ['said', 'the mayor', 'The pier was unsafe', 'attribution:verb-after-content'],
    ]);
  });
});
