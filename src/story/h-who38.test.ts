import { describe, expect, it } from 'vitest';
import { sourcesOf, tokenised } from './who.fixture.js';

// h-who38 (issue 13, "who says it"): fictional stories only; docs/origins.md, `Stop 56 (h-who38)`.

const HEAD = (site: string) =>
  `http: / / www. ${site}. com / 2038 / 05 / 04 / mill\nPaper mill to close\nMay 4, 2038\n`;

const OTHER =
  HEAD('millnews') +
  'The Tovik paper mill will close in September, putting 240 people out of work.\n' +
  'The mill had lost money for three years, the union said.\n';

describe('h-who38: a statement named again is its speaker`s (`statement-again`)', () => {
  it('pair: `The statement said` right after `Ana Roff said in a statement` rests on Roff', () => {
    const d = tokenised(
      HEAD('tovikpost') +
        'Mill owner Ana Roff said in a statement on Monday that the Tovik paper mill will close in September.\n' +
        'The statement said the mill had lost money for three years.\n',
      OTHER,
    );
    expect(sourcesOf(d, 'The statement said')).toEqual(['Mill owner Ana Roff']);
  });
  it('pair: `According to the statement,` and a notice named again so rest on their speaker too', () => {
    const d = tokenised(
      HEAD('tovikpost') +
        'Mill owner Ana Roff said in a statement on Monday that the Tovik paper mill will close in September.\n' +
        'According to the statement, the mill had lost money for three years.\n' +
        'Harbour master Olle Berg said in a notice that the mill quay will shut in October.\n' +
        'The notice says boats must use the north quay.\n',
      OTHER + 'Boats must use the north quay after the mill quay shuts in October, harbour officials said.\n',
    );
    expect(sourcesOf(d, 'According to the statement')).toEqual(['Mill owner Ana Roff']);
    expect(sourcesOf(d, 'The notice says')).toEqual(['Harbour master Olle Berg']);
  });
  it('control: a statement whose owner the article never names stays unowned', () => {
    const d = tokenised(
      HEAD('tovikpost') +
        'The Tovik paper mill will close in September, Mill owner Ana Roff told staff.\n' +
        'The statement said the mill had lost money for three years.\n',
      OTHER,
    );
    expect(sourcesOf(d, 'The statement said')).not.toContain('Mill owner Ana Roff');
  });
  it('control: a notice does not inherit the statement`s speaker', () => {
    const d = tokenised(
      HEAD('tovikpost') +
        'Mill owner Ana Roff said in a statement on Monday that the Tovik paper mill will close in September.\n' +
        'The notice said the mill had lost money for three years.\n',
      OTHER,
    );
    expect(sourcesOf(d, 'The notice said')).not.toContain('Mill owner Ana Roff');
  });
});

describe('h-who38: a company named after its trade (`trade-named`)', () => {
  const FERRY = (site: string) =>
    `http: / / www. ${site}. com / 2038 / 03 / 11 / ferry\nNight ferries cancelled\nMarch 11, 2038\n`;
  it('pair: `Ferry operator Skerlink said` is Skerlink, and its statement named again is too', () => {
    const d = tokenised(
      FERRY('bayherald') +
        'Ferry operator Skerlink said in a statement on Tuesday that it would cancel all night crossings until April 2.\n' +
        'The statement said a fire had damaged two of the ship`s four engines.\n',
      FERRY('coastdaily') +
        'Skerlink will cancel its night crossings until April 2 after a fire damaged two engines.\n',
    );
    expect(sourcesOf(d, 'Ferry operator Skerlink')).toEqual(['Skerlink']);
    expect(sourcesOf(d, 'The statement said')).toEqual(['Skerlink']);
  });
  it('control: a trade with no name after it (`the ferry operator said`) names no company', () => {
    const d = tokenised(
      FERRY('bayherald') +
        'All night crossings will be cancelled until April 2, the ferry operator said on Tuesday.\n',
      FERRY('coastdaily') + 'Night crossings will stop until April 2 after a fire damaged two engines.\n',
    );
    expect(sourcesOf(d, 'All night crossings')).not.toContain('Skerlink');
  });
});
