import { describe, expect, it } from 'vitest';
import { sourcesOf, tokenised } from './who.fixture.js';

// h-who39 (issue 13, "who says it"): fictional stories only; docs/origins.md, `Stop 57 (h-who39)`.

const HEAD = (site: string) =>
  `http: / / www. ${site}. com / 2039 / 09 / 02 / dam\nDam gates to open\nSeptember 2, 2039\n`;

const OTHER =
  HEAD('valleynews') +
  'The gates of the Lunde dam will open on Thursday, flooding the lower meadows.\n' +
  'Farmers must move their cattle by Wednesday night, officials said.\n';

describe('h-who39: a document from someone is its sender`s (`document-from`)', () => {
  it('pair: `A letter from X to Y said` rests on X, not on whom it went to', () => {
    const d = tokenised(
      HEAD('dalenpost') +
        'The gates of the Lunde dam will open on Thursday, flooding the lower meadows.\n' +
        'A letter from the Water Directorate to farmers said cattle must be moved by Wednesday night.\n',
      OTHER,
    );
    expect(sourcesOf(d, 'A letter from')).toEqual(['Water Directorate']);
  });
  it('pair: `A separate notice from X said` rests on X alone', () => {
    const d = tokenised(
      HEAD('dalenpost') +
        'The gates of the Lunde dam will open on Thursday, flooding the lower meadows.\n' +
        'A separate notice from the National Water Agency said cattle must be moved by Wednesday night.\n',
      OTHER,
    );
    expect(sourcesOf(d, 'A separate notice')).toEqual(['National Water Agency']);
  });
  it('control: a sentence opening with its speaker keeps the speaker (`to` names no sender)', () => {
    const d = tokenised(
      HEAD('dalenpost') +
        'The gates of the Lunde dam will open on Thursday, flooding the lower meadows.\n' +
        'Dam keeper Ola Brekke wrote to farmers that cattle must be moved by Wednesday night.\n',
      OTHER,
    );
    expect(sourcesOf(d, 'Dam keeper')).toEqual(['Dam keeper Ola Brekke']);
  });
});

describe('h-who39: a name within another organisation`s is none apart (`org-word-of-org`)', () => {
  const DAM =
    'The gates of the Lunde dam will open on Thursday, flooding the lower meadows, Fjordkraft Energy said.\n';
  it('pair: `, the company said` is the one company when an analyst is titled by a word of its name', () => {
    const d = tokenised(
      HEAD('dalenpost') +
        'Fjordkraft Energy will open the gates of the Lunde dam on Thursday.\n' +
        'Farmers must move their cattle by Wednesday night, the company said in a statement.\n' +
        'Energy analyst Siv Lunde said the dam was nearly full.\n',
      OTHER.replace('officials said', 'Fjordkraft Energy said'),
    );
    expect(sourcesOf(d, 'Farmers must move')).toEqual(['Fjordkraft Energy']);
  });
  it('control: two companies named apart, `the company` is neither', () => {
    const d = tokenised(
      HEAD('dalenpost') +
        'Fjordkraft Energy will open the gates of the Lunde dam on Thursday.\n' +
        'Farmers must move their cattle by Wednesday night, the company said in a statement.\n' +
        'Analyst Siv Lunde at Nordbank Capital said the dam was nearly full.\n',
      HEAD('valleynews') +
        DAM +
        'Farmers must move their cattle by Wednesday night, Fjordkraft Energy said.\n',
    );
    expect(sourcesOf(d, 'Farmers must move')).not.toContain('Fjordkraft Energy');
  });
});

describe('h-who39: `told the newspaper` after `told the Harbour Post` is that paper (`told-paper-again`)', () => {
  const POST =
    'http: / / www. harbourpost. com / 2039 / 09 / 02 / dam\nDam gates to open\nSeptember 2, 2039\n' +
    'Dam keeper Ola Brekke told the Harbour Post on Monday that the gates of the Lunde dam will open on Thursday.\n' +
    'Brekke said farmers must move their cattle by Wednesday night.\n';
  const origins = (d: ReturnType<typeof tokenised>): string[] =>
    (d.provenance.origins ?? []).map((o) => o.label);
  it('pair: the paper told again is no origin of its own', () => {
    const d = tokenised(
      HEAD('nordwire') +
        'The gates of the Lunde dam will open on Thursday, dam keeper Ola Brekke told the Harbour Post.\n' +
        'Brekke told the newspaper that farmers must move their cattle by Wednesday night.\n',
      POST,
    );
    expect(origins(d)).not.toContain('newspaper');
  });
  it('control: with no paper told before, `told the newspaper` is left as it was', () => {
    const d = tokenised(
      HEAD('nordwire') +
        'The gates of the Lunde dam will open on Thursday, dam keeper Ola Brekke said.\n' +
        'Brekke told the newspaper that farmers must move their cattle by Wednesday night.\n',
      POST,
    );
    expect(origins(d)).toContain('newspaper');
  });
});
