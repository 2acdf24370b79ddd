import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../src/load/decode.js';
import { InputError } from '../src/model/messages.js';
import { processBytes, processHtmlText } from '../src/pipeline/document.js';

const piece = fc.constantFrom(
  '<p>',
  '</p>',
  '<div class="article-body">',
  '</div>',
  '<nav>',
  '</nav>',
  '<a href="x">',
  '</a>',
  '<script>',
  '</script>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<br>',
  '<table><tr><td>',
  '</td></tr></table>',
  '<h2>',
  '</h2>',
  '<li>',
  '&amp;',
  '&#x27;',
  '&bogus;',
  '<',
  '>',
  '"',
  "'",
  '=',
  '<img src=x onerror=alert(1)>',
  '<style>p{}</style>',
  '<template>',
  '</template>',
  'The council voted on Friday to close the bridge, officials said.',
  'Read more',
  '© 2030',
  'Ã©',
  '\u0000',
  '\uFFFD',
  ' ',
  '\n',
);

describe('hostile and malformed markup (seeded properties)', () => {
  it('never throws on random markup, and keeps every span inside the rendered text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (parts) => {
        const html = parts.join('');
        let doc;
        try {
          doc = processHtmlText(html, { kind: 'file', location: 'fuzz.html' });
        } catch (err) {
          expect(err).toBeInstanceOf(InputError); // only "no visible text"
          return;
        }
        for (const b of doc.blocks) {
          expect(b.start).toBeGreaterThanOrEqual(0);
          expect(b.end).toBeLessThanOrEqual(doc.text.length);
        }
        expect(doc.text).not.toMatch(/alert\(1\)|p\{\}/);
      }),
      { seed: 99, numRuns: 300 },
    );
  });
  it('decodes or refuses random bytes with a reason, never crashing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        try {
          const { text } = decodeBytes(bytes);
          expect(typeof text).toBe('string');
          processBytes(bytes, { kind: 'file', location: 'random.bin' });
        } catch (err) {
          expect(err).toBeInstanceOf(InputError);
          expect((err as InputError).message.length).toBeGreaterThan(10);
        }
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
