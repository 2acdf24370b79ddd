import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../analyze.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';

// A fictional story on Wednesday 2032-09-08: one article with no title or outlet, one with both.
const d = analyzeTexts([
  {
    text: [
      'A ferry caught fire off Pellham Point on Monday night, forcing 300 passengers into lifeboats, the coast guard said Tuesday.',
      'Divers hope to reach the <wreck> & its "cargo" by Friday, the coast guard said.',
      'In 2029, a sister ship ran aground near the same point.',
    ].join('\n'),
    location: 'ferry-notes.txt',
    known: { published: '2032-09-08' },
  },
  {
    text: 'The ferry Marisol burned off Pellham Point on Monday night, and 300 passengers took to lifeboats.',
    location: 'b.txt',
    known: { published: '2032-09-08', title: 'Ferry fire', outlet: 'Marsh Radio' },
  },
]);

const section = (text: string, from: string, to: string): string =>
  text.slice(text.indexOf(from), text.indexOf(to, text.indexOf(from) + from.length));

describe('the timeline in the reports', () => {
  it('lists events by date with their citations, statements apart, and never a document id (Markdown)', () => {
    const md = section(renderMarkdown(d), '## Timeline', '\n## ');
    expect(md.split('\n').filter((l) => l.startsWith('- '))).toEqual([
      '- **2029**: In 2029, a sister ship ran aground near the same point [1]',
      '- **2032-09-06**: A ferry caught fire off Pellham Point on Monday night, forcing 300 passengers into lifeboats [1][2]',
      '- **2032-09-10** (ahead of the reports): Divers hope to reach the \\<wreck\\> & its "cargo" by Friday [1]',
    ]);
    expect(md).toContain('Dates of statements (when something was said, not what happened): 2032-09-07 [1]');
    for (const doc of d.documents) expect(md).not.toContain(doc.id);
  });

  it('lists the same events in HTML, escaped, cited by number with the article named (control: no raw id)', () => {
    const html = section(renderHtml(d), '<section id="timeline"', '</section>');
    const items = [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
    expect(items).toEqual([
      '2029 In 2029, a sister ship ran aground near the same point [1]',
      '2032-09-06 A ferry caught fire off Pellham Point on Monday night, forcing 300 passengers into lifeboats [1][2]',
      '2032-09-10 ahead Divers hope to reach the &#60;wreck&#62; &#38; its &#34;cargo&#34; by Friday [1]',
    ]);
    expect(html).not.toContain('<wreck>');
    expect(html).toContain('title="Marsh Radio: Ferry fire">[2]</a>');
    for (const doc of d.documents) expect(html).not.toContain(doc.id);
  });

  it('renders a dossier stored before events were added: each dated mention, cited by number (control: no raw id)', () => {
    const old = {
      ...d,
      events: undefined,
      timeline: d.timeline.map(({ date, doc, start, end, claim }) => ({
        date,
        doc,
        start,
        end,
        ...(claim ? { claim } : {}),
      })),
    };
    const md = section(renderMarkdown(old), '## Timeline', '\n## ');
    expect(md).toContain('- **2032-09-06**: on Monday night [1]');
    expect(md).toContain('- **2032-09-07**: Tuesday [1]');
    for (const doc of d.documents) expect(md).not.toContain(doc.id);
  });
});
