import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpus, describeShared, tool } from '../../test/shared.js';
import { analyze } from '../analyze.js';
import { countWords, lineFeatures } from './features.js';
import { labelPlainText } from './plain.js';

const page = [
  'Accept all cookies to continue. Manage your privacy settings.',
  'Flood barrier fails in Lowmarsh, hundreds of homes evacuated',
  'By Priya Castellane',
  'June 12, 2030',
  'The river barrier at Lowmarsh gave way early on Thursday, the county council said.',
  'Rescue crews moved 300 residents to the town hall before dawn, officials said.',
  'SEE ALSO: TEN THINGS TO KNOW ABOUT FLOOD INSURANCE',
  'What the council knew',
  'An inspection in March had found cracks in two of the barrier gates, according to council minutes.',
  'The barrier on the Lowmarsh river. Photo: Ada Quill / Fenland Herald',
  'The council declined to comment further.',
  'Share this article',
  'Subscribe to our newsletter for the latest news from your area.',
].join('\n');

describe('labelPlainText', () => {
  it('labels every line of an article page with the rule that decided it', () => {
    const blocks = labelPlainText(page);
    const lines = page.split('\n');
    expect(blocks.map((b) => page.slice(b.start, b.end))).toEqual(lines);
    expect(blocks.map((b) => b.label)).toEqual([
      'boilerplate',
      'title',
      'byline',
      'dateline',
      'body',
      'body',
      'boilerplate',
      'subhead',
      'body',
      'caption',
      'body',
      'boilerplate',
      'boilerplate',
    ]);
    expect(blocks[6]!.rule).toBe('blocks:all-caps-promo');
    expect(blocks[9]!.rule).toBe('blocks:credit');
    expect(blocks.every((b) => b.reason.length > 0)).toBe(true);
  });
  it('recognises appeals to the reader in other languages, and keeps the article around them', () => {
    const text = [
      'Brücke in Lowmarsh wird geschlossen',
      'Der Gemeinderat von Lowmarsh hat am Freitag beschlossen, die alte Brücke zu schließen, sagte der Bürgermeister.',
      'Abonnieren Sie unseren Newsletter und erhalten Sie alle neuen Beiträge bequem per E-Mail in Ihr Postfach.',
      'Ingenieure hatten im März Risse in zwei Pfeilern gefunden, wie aus dem Protokoll der Sitzung hervorgeht.',
      'We rely on readers like you. Please support our independent journalism with a monthly contribution today.',
    ].join('\n');
    expect(labelPlainText(text).map((b) => b.label)).toEqual([
      'title',
      'body',
      'boilerplate',
      'body',
      'boilerplate',
    ]);
  });
  it('keeps short opening lines between the title and the first paragraph', () => {
    const text = [
      'Home',
      'A night at the Lowmarsh ferry',
      '"Is it running?"',
      '"Not tonight," the pilot said',
      'The ferry across the river stopped at dusk on Friday, and the last passengers walked home along the dyke.',
    ].join('\n');
    expect(labelPlainText(text).map((b) => b.label)).toEqual([
      'boilerplate',
      'title',
      'body',
      'body',
      'body',
    ]);
  });
  it('keeps blank-line separated layouts and exact offsets', () => {
    const text =
      'Headline about a vote in the assembly\n\nThe assembly voted 51 to 49 on Friday to pass the budget.\n\nRead more';
    const blocks = labelPlainText(text);
    expect(blocks).toHaveLength(3);
    const para = 'The assembly voted 51 to 49 on Friday to pass the budget.';
    expect(blocks[1]).toMatchObject({
      start: text.indexOf(para),
      end: text.indexOf(para) + para.length,
      label: 'body',
    });
    expect(blocks[2]!.label).toBe('boilerplate');
  });
  it('never drops an article paragraph between junk lines (seeded property)', () => {
    const prose = fc
      .array(
        fc.constantFrom(
          'the',
          'council',
          'said',
          'river',
          'crews',
          'moved',
          'water',
          'on',
          'Thursday',
          'residents',
          'gates',
        ),
        {
          minLength: 9,
          maxLength: 30,
        },
      )
      .map((w) => `${w[0]!.charAt(0).toUpperCase()}${w.join(' ').slice(1)}.`);
    const junk = fc.constantFrom(
      'Read more',
      'Share this article',
      'Advertisement',
      'Subscribe to our newsletter',
      '12 comments',
      'RELATED: BIG NEWS FROM ELSEWHERE TODAY',
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            prose.map((p) => ({ p, body: true })),
            junk.map((p) => ({ p, body: false })),
          ),
          { minLength: 1, maxLength: 12 },
        ),
        (items) => {
          const text = items.map((i) => i.p).join('\n');
          const blocks = labelPlainText(text);
          items.forEach((item, k) => {
            if (item.body) expect(['body', 'subhead']).toContain(blocks[k]!.label);
            else expect(['body', 'subhead']).not.toContain(blocks[k]!.label);
          });
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });
});

describeShared('blocks on nk-assets (../shared)', () => {
  it('scores F1 >= 0.97 with recall 1.0 by score-blocks.mjs', () => {
    const dossier = analyze([corpus('nk-assets')]);
    const file = join(mkdtempSync(join(tmpdir(), 'blocks-')), 'd.json');
    writeFileSync(file, JSON.stringify(dossier));
    const r = JSON.parse(
      execFileSync('node', [tool('score-blocks.mjs'), file, corpus('nk-assets', 'lines.tsv'), '--json'], {
        encoding: 'utf8',
      }),
    );
    expect(r.recall).toBe(1);
    expect(r.f1).toBeGreaterThanOrEqual(0.97);
  });
  it('finds the title and byline where present and repairs the broken character', () => {
    const d = analyze([corpus('nk-assets')]);
    const titled = d.documents.filter((x) => x.title);
    expect(titled.length).toBeGreaterThanOrEqual(3);
    expect(d.documents.some((x) => x.byline)).toBe(true);
    expect(d.documents.flatMap((x) => x.repairs).some((r) => r.replacement === '\u3148')).toBe(true);
  });
});

describe('line features', () => {
  it('counts words in scripts written without spaces by their letters, and ends sentences inside closing quotes', () => {
    expect(countWords('The ferry leaves at nine.')).toBe(5);
    // A Chinese sentence of 24 letters (a fictional ferry notice) is about a dozen words, not one.
    expect(countWords('萨尔特比的渡轮从下周一起每天晚上九点出发，港口办公室说。')).toBeGreaterThanOrEqual(10);
    expect(countWords('フェリーは九時に出ます。')).toBeGreaterThanOrEqual(5);
    expect(lineFeatures(0, 0, 'Er sagte: „Wir fahren wieder.“').endsSentence).toBe(true);
    expect(lineFeatures(0, 0, 'Il a dit : « Nous repartons. »').endsSentence).toBe(true);
    expect(lineFeatures(0, 0, '港口办公室说：「渡轮九点出发。」').endsSentence).toBe(true);
    expect(lineFeatures(0, 0, 'Timetables and fares').endsSentence).toBe(false);
  });
  it('splits words at any white space, and counts capitals among letters of any script', () => {
    expect(countWords('  The\u00a0ferry\tleaves\u2003at\u3000nine.\n')).toBe(5);
    expect(countWords('The-ferry')).toBe(1);
    expect(countWords(' \u00a0 ')).toBe(0);
    expect(lineFeatures(0, 0, 'FÄHRE NACH SALTBY').capsRatio).toBe(1);
    expect(lineFeatures(0, 0, 'ПАРОМ 9:00').capsRatio).toBe(1);
    // A letter outside the Basic Multilingual Plane (mathematical bold capital A) is one letter.
    expect(lineFeatures(0, 0, '\u{1D400}bc').capsRatio).toBeCloseTo(1 / 3);
    // Control: lower case and digits.
    expect(lineFeatures(0, 0, 'Fähre nach Saltby').capsRatio).toBeCloseTo(2 / 15);
    expect(lineFeatures(0, 0, '12:30').capsRatio).toBe(0);
  });
});

describe('a headline of three words opening the text', () => {
  const body =
    'Fire gutted a textile warehouse on Carver Street in Delmor early Tuesday. Damage was put at $2.5 million. About 60 firefighters battled the flames for four hours, said Mara Tennet, the fire chief.\n';
  const labels = (text: string) =>
    labelPlainText(text).map((b) => `${b.label}:${text.slice(b.start, b.end)}`);
  // Dropped in stop 34 under the halves rule: taking a short first line with no headline above it
  // as the title moved ECB+ half B's claim match 0.6862 -> 0.6856 and half A not at all (docs/story-level.md).
  it.fails('is the title when no line above it could be one (`Delmor warehouse burns`)', () => {
    expect(labels(`Delmor warehouse burns\n\n${body}`)[0]).toBe('title:Delmor warehouse burns');
  });
  it('control: a headline of four words is the title', () => {
    expect(labels(`Fire destroys Delmor warehouse\n\n${body}`)[0]).toBe(
      'title:Fire destroys Delmor warehouse',
    );
  });
});
