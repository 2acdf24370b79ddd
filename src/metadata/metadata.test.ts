import { describe, expect, it } from 'vitest';
import { htmlMetadata } from '../html/metadata.js';
import { renderPage } from '../html/render.js';
import { processHtmlText, processText } from '../pipeline/document.js';
import { outletName, outletOfUrl, readUrl, registrableDomain } from './outlets.js';

const body =
  'The council of Lowmarsh voted on Friday to close the old bridge after engineers found cracks in two of its piers.\nA ferry will run from Monday, the county surveyor said.\n';
const plain = (text: string) => processText(text, { kind: 'file', location: 'story.txt' });

describe('outlets from addresses', () => {
  it('reads a tokenised address as it is meant, and nothing else as one', () => {
    expect(readUrl('http: / / www. bbc. co. uk / news / uk-123')).toBe('http://www.bbc.co.uk/news/uk-123');
    expect(readUrl('www.fenland-herald.invalid/a')).toBe('http://www.fenland-herald.invalid/a');
    expect(readUrl('Bridge to close: what we know')).toBeNull();
    expect(readUrl('The council said so. Really.')).toBeNull();
  });
  it('names major outlets from the table and others by their registrable domain', () => {
    expect(outletOfUrl('http://www.bbc.co.uk/news/uk-123')).toEqual({
      name: 'BBC',
      rule: 'metadata:outlet-domain-table',
    });
    expect(outletOfUrl('https://edition.cnn.com/2031/x')?.name).toBe('CNN');
    expect(outletOfUrl('http://news.fenland-herald.co.uk/a/b')).toEqual({
      name: 'fenland-herald.co.uk',
      rule: 'metadata:outlet-domain',
    });
    expect(registrableDomain('http://ada-quill.blogspot.com/2031/03/x.html')).toBe('ada-quill.blogspot.com');
    expect(registrableDomain('http://marsh.wordpress.com/x')).toBe('marsh.wordpress.com');
    expect(outletOfUrl('not an address')).toBeNull();
  });
  it('takes the company form off an outlet name, and leaves other names alone', () => {
    expect(outletName('The Fenland Herald Company')).toBe('The Fenland Herald');
    expect(outletName('Marsh News Group')).toBe('Marsh News');
    expect(outletName('Fenland Broadcasting Corp.')).toBe('Fenland Broadcasting Corp.');
    expect(outletName('The Fenland Herald')).toBe('The Fenland Herald');
  });
});

describe('metadata of plain text that opens with its address', () => {
  it('gives the outlet from the address and the headline after it as the title, with evidence', () => {
    const d = plain(
      `http: / / www. fenland-herald. co. uk / news / lowmarsh-bridge-to-close\nLowmarsh bridge to close after cracks found\n${body}`,
    );
    expect(d.outlet).toBe('fenland-herald.co.uk');
    expect(d.title).toBe('Lowmarsh bridge to close after cracks found');
    const e = d.evidence.find((x) => x.field === 'outlet')!;
    expect(e.rule).toBe('metadata:outlet-domain');
    expect(d.text.slice(e.start!, e.end!)).toMatch(/^http: \/ \/ www\. fenland-herald/);
    // The text itself is left as it was.
    expect(d.text.startsWith('http: / / www. fenland-herald. co. uk')).toBe(true);
  });
  it('knows a major outlet by its domain', () => {
    expect(plain(`http: / / www. bbc. co. uk / news / uk-1\nBridge to close\n${body}`).outlet).toBe('BBC');
  });
  it('leaves the outlet unknown when the address is not the first line (control)', () => {
    const d = plain(
      `Lowmarsh bridge to close after cracks found\n${body}Read more at http: / / www. bbc. co. uk / news\n`,
    );
    expect(d.outlet).toBeNull();
  });
  it('takes the company form off a copyright line', () => {
    const d = plain(
      `Bridge to close after cracks found\n${body}Share this article\nContact us | Privacy | Terms\n© 2031 The Fenland Herald Company\n`,
    );
    expect(d.outlet).toBe('The Fenland Herald');
    const e = d.evidence.find((x) => x.field === 'outlet')!;
    expect(d.text.slice(e.start!, e.end!)).toBe('The Fenland Herald');
  });
});

describe('metadata of HTML pages', () => {
  const page = (head: string) =>
    `<html><head>${head}</head><body><article><h1>Lowmarsh bridge to close after cracks found</h1><p>${body}</p></article></body></html>`;
  it('does not take the software that made the page for the headline, nor a date for the byline', () => {
    const m = htmlMetadata(
      renderPage(
        page(
          '<meta name="generator" content="escribe 5.2"><script type="application/ld+json">{"@type":"NewsArticle","headline":"escribe","author":{"name":"2031-03-04T10:00:00Z"}}</script>',
        ),
      ).root,
      null,
    );
    expect(m.title).toEqual({ value: 'Lowmarsh bridge to close after cracks found', markup: 'h1' });
    expect(m.byline).toBeNull();
  });
  it('keeps a real headline and author (control)', () => {
    const m = htmlMetadata(
      renderPage(
        page(
          '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge shut","author":{"name":"Ada Quill"}}</script>',
        ),
      ).root,
      null,
    );
    expect(m.title?.value).toBe('Bridge shut');
    expect(m.byline?.value).toBe('Ada Quill');
  });
  it('names the outlet from the page address when the markup does not, and drops a company form', () => {
    const fromUrl = processHtmlText(page(''), {
      kind: 'url',
      location: 'https://www.fenland-herald.co.uk/a',
    });
    expect(fromUrl.outlet).toBe('fenland-herald.co.uk');
    const company = processHtmlText(
      page('<meta property="og:site_name" content="The Fenland Herald Company">'),
      {
        kind: 'file',
        location: 'a.html',
      },
    );
    expect(company.outlet).toBe('The Fenland Herald');
  });
});
