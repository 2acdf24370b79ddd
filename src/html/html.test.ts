import type { AnyNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { Block } from '../model/document.js';
import { processHtmlText } from '../pipeline/document.js';
import { htmlMetadata } from './metadata.js';
import { parseHtml, type HtmlNode } from './parse.js';
import { renderPage } from './render.js';

const page = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<title>Lowmarsh bridge to close | Fenland Herald</title>
<meta property="og:site_name" content="Fenland Herald">
<meta property="article:published_time" content="2030-06-12T08:00:00Z">
<link rel="canonical" href="https://herald.invalid/news/lowmarsh-bridge">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Lowmarsh bridge to close after cracks found","author":{"@type":"Person","name":"Ada Quill"}}</script>
<style>.x{color:red}</style><script>window.tracking = "Do not show this";</script></head>
<body><header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<div class="cookie-banner">We use cookies. <a href="/privacy">Privacy policy</a></div>
<main><article class="article">
<h1>Lowmarsh bridge to close after cracks found</h1>
<p class="byline">By Ada Quill</p>
<figure><img src="b.jpg"><figcaption>The old bridge at dawn. Photo: Jo Reed</figcaption></figure>
<p>The council of Lowmarsh voted on Friday to close the old bridge, after engineers found cracks in two of its piers, the county surveyor said.</p>
<h2>What happens next</h2>
<p>A ferry will run from Monday, and a temporary crossing is planned for the autumn, according to the council, which said repairs could cost $4 million.</p>
<div class="share-tools"><a href="#">Share</a> <a href="#">Tweet</a></div>
<p>Residents, many of whom cross the bridge twice a day, said they had feared the closure for months.</p>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Council votes on budget</a></li><li><a href="/b">Flood barrier repaired</a></li></ul></aside></main>
<div style="display:none">Hidden text never shown</div>
<footer class="footer"><p>© 2030 Fenland Herald. All rights reserved.</p></footer></body></html>`;

/** A paragraph of our fictional harbour story that scores as article text. */
const para = (t: string): string =>
  `<p>${t}, the harbour master of Saltby said on Tuesday, adding that pilots, crews and agents had been told.</p>`;

/** Three paragraphs of the harbour story (an article's worth of text). */
const QUAY = [
  'The northern quay will reopen next week',
  'Dredging of the channel finished early',
  'Two cranes were repaired',
]
  .map(para)
  .join('');

/** The block of a document whose text starts with `start`. */
const lineStarting = (doc: { text: string; blocks: readonly Block[] }, start: string): Block =>
  doc.blocks.find((b) => doc.text.slice(b.start, b.end).startsWith(start))!;

describe('renderHtml', () => {
  it('renders visible text one block a line, without scripts, styles or hidden elements', () => {
    const r = renderPage(page);
    expect(r.text).not.toMatch(/tracking|color:red|Hidden text/);
    expect(r.text.split('\n')).toContain('What happens next');
    expect(r.lines.every((l) => r.text.slice(l.start, l.end).trim().length === l.end - l.start)).toBe(true);
  });
  it('renders a page without a <body> tag whose content a lenient parser leaves in the head', () => {
    const r = renderPage(
      '<!doctype html><html><head><title>Ferry times</title><meta name="x" content="Not shown">' +
        '<link rel="icon" href="/f.ico"><style>p{}</style><div class="content"><p>The evening ferry now leaves at nine.</p></div></html>',
    );
    expect(r.text).toBe('The evening ferry now leaves at nine.');
  });
  it('renders text in Unicode NFC, so one word is one string however the page encodes it', () => {
    // A decomposed é composes; Bengali YYA (U+09DF) is excluded from composition, so NFC spells it YA + NUKTA.
    const r = renderPage('<p>Cafe\u0301 de la Gare, \u09df</p>');
    expect(r.text).toBe('Caf\u00e9 de la Gare, \u09af\u09bc');
  });
  it('renders a table row as one line, its cells a tab apart', () => {
    const r = renderPage(
      '<table><tr><th>Day</th><th>High water</th></tr><tr><td>Monday</td><td> 06:12 </td></tr></table><p>After\u0001</p>',
    );
    expect(r.text).toBe('Day\tHigh water\nMonday\t06:12\nAfter');
    expect(r.lines.map((l) => r.elements[l.owner]!.tag)).toEqual(['tr', 'tr', 'p']);
  });
  it('leaves out ruby annotations (furigana), keeping the base text', () => {
    const r = renderPage('<p><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>で雨が降りました。</p>');
    expect(r.text).toBe('東京で雨が降りました。');
  });
  it('keeps links counted and entities decoded', () => {
    const r = renderPage('<p>Tom &amp; Jerry <a href="#">met</a> here</p>');
    expect(r.text).toBe('Tom & Jerry met here');
    expect(r.lines[0]!.linkChars).toBe(3);
  });
  it('survives deeply nested, truncated and hostile markup', () => {
    const deep = '<div>'.repeat(100_000) + 'deep text';
    expect(renderPage(deep).text).toBe('deep text');
    expect(renderPage('<p>cut off in the mid<b>dle').text).toBe('cut off in the middle');
    expect(
      renderPage('<p onclick="alert(1)">safe<script>alert(2)</script></p><img src=x onerror=alert(3)>').text,
    ).toBe('safe');
  });
});

describe('htmlMetadata', () => {
  it('reads title, byline, date, outlet, language and canonical URL from markup', () => {
    const m = htmlMetadata(renderPage(page).root, null);
    expect(m.title).toEqual({
      value: 'Lowmarsh bridge to close after cracks found',
      markup: 'json-ld:headline',
    });
    expect(m.byline?.value).toBe('Ada Quill');
    expect(m.published?.value).toBe('2030-06-12T08:00:00Z');
    expect(m.outlet?.value).toBe('Fenland Herald');
    expect(m.language?.value).toBe('en-GB');
    expect(m.canonical?.value).toBe('https://herald.invalid/news/lowmarsh-bridge');
  });
  it('falls back to a date in the URL', () => {
    const m = htmlMetadata(
      renderPage('<html><body><p>x</p></body></html>').root,
      'https://x.invalid/2031/03/04/story/',
    );
    expect(m.published).toEqual({ value: '2031-03-04', markup: 'url' });
  });
});

describe('HTML documents', () => {
  it('labels the article and its furniture, with rules', () => {
    const doc = processHtmlText(page, { kind: 'file', location: 'page.html' });
    const by = (label: string) =>
      doc.blocks.filter((b) => b.label === label).map((b) => doc.text.slice(b.start, b.end));
    expect(by('title')).toEqual(['Lowmarsh bridge to close after cracks found']);
    expect(by('body')).toEqual([
      'The council of Lowmarsh voted on Friday to close the old bridge, after engineers found cracks in two of its piers, the county surveyor said.',
      'A ferry will run from Monday, and a temporary crossing is planned for the autumn, according to the council, which said repairs could cost $4 million.',
      'Residents, many of whom cross the bridge twice a day, said they had feared the closure for months.',
    ]);
    expect(by('subhead')).toEqual(['What happens next']);
    expect(by('caption')).toEqual(['The old bridge at dawn. Photo: Jo Reed']);
    expect(by('byline')).toEqual(['By Ada Quill']);
    for (const junk of [
      'Home News Sport',
      'Share Tweet',
      'Council votes on budget',
      '© 2030 Fenland Herald. All rights reserved.',
    ]) {
      expect(by('boilerplate')).toContain(junk);
    }
    expect(doc).toMatchObject({
      format: 'html',
      title: 'Lowmarsh bridge to close after cracks found',
      byline: 'Ada Quill',
      outlet: 'Fenland Herald',
      published: '2030-06-12T08:00:00Z',
      language: 'en-GB',
      canonical: 'https://herald.invalid/news/lowmarsh-bridge',
    });
    expect(doc.attributions.map((a) => a.sourceLabel)).toContain('county surveyor');
    expect(doc.evidence.find((e) => e.field === 'outlet')).toEqual({
      field: 'outlet',
      rule: 'metadata:markup',
      markup: 'meta[property=og:site_name]',
    });
  });
  it('keeps the text of a page too small to have an article container, and warns when nothing is article text', () => {
    const tiny = processHtmlText('<html><body><p>Cut off in the mid', {
      kind: 'file',
      location: 'tiny.html',
    });
    expect(tiny.blocks.map((b) => [b.label, b.rule])).toEqual([['body', 'blocks:html-no-article-fallback']]);
    expect(tiny.messages).toEqual([]);
    const nav = processHtmlText(
      '<html><body><nav><a href="/">Home</a> <a href="/x">News</a></nav></body></html>',
      {
        kind: 'file',
        location: 'nav.html',
      },
    );
    expect(nav.blocks.map((b) => b.label)).toEqual(['boilerplate']);
    expect(nav.messages.map((m) => [m.severity, m.rule])).toEqual([['warning', 'blocks:no-article-text']]);
  });
  it('ends the article at a comment-section heading inside it', () => {
    const html =
      '<html><body><article><h1>Ferry runs again</h1>' +
      '<p>The ferry across the river at Lowmarsh ran again on Saturday, a week after the bridge closed, the operator said.</p>' +
      '<p>Tickets cost two pounds, and the crossing takes about ten minutes, according to the timetable posted at the quay.</p>' +
      '<h3>Comments</h3><p>Finally! I have been waiting for this ferry since the bridge closed, and it is a relief for all of us.</p>' +
      '</article></body></html>';
    const doc = processHtmlText(html, { kind: 'file', location: 'ferry.html' });
    const comment = doc.blocks.find((b) => doc.text.slice(b.start, b.end).startsWith('Finally!'))!;
    expect([comment.label, comment.rule]).toEqual(['boilerplate', 'blocks:html-comments']);
    expect(doc.blocks.filter((b) => b.label === 'body')).toHaveLength(2);
  });
  it('reads a furniture word in a wrapper that also names the content (content-sidebar-wrap) as a wrapper', () => {
    const html =
      '<html><body><div class="content-sidebar-wrap">' +
      '<p class="intro">Saltby harbour has been busier this spring than in any year since the fish market moved to the new quay.</p>' +
      '<div class="entry-content">' +
      QUAY +
      ['The ferry keeps its timetable', 'Fees stay as they are', 'A new pilot boat arrives in May']
        .map(para)
        .join('') +
      '</div><div class="sidebar widget-area"><p>Subscribe to our newsletter for the latest harbour news and weekly tide tables from Saltby.</p></div></div></body></html>';
    const doc = processHtmlText(html, { kind: 'file', location: 'wrap.html' });
    expect(lineStarting(doc, 'Saltby harbour has been busier').label).toBe('body');
    expect(lineStarting(doc, 'The northern quay').label).toBe('body');
    expect(lineStarting(doc, 'Subscribe').label).toBe('boilerplate');
  });

  it('reads an element holding most of the page as its frame, not furniture, whatever its class', () => {
    const para = (t: string): string =>
      `<p>${t}, the ferry company of Saltby said on Tuesday, adding that crews, agents and pilots had been told.</p>`;
    const html =
      '<html><body><div class="above-footer"><div class="story-text">' +
      [
        'The evening ferry will stop at the new quay',
        'The old pier closes for repairs in June',
        'Tickets bought before May stay valid',
        'Cars must be booked a day ahead',
        'Cyclists travel free on weekdays',
        'A second boat joins the line in summer',
        'The café on board reopens next month',
        'Timetables go up at the harbour office',
      ]
        .map(para)
        .join('') +
      '</div></div><div class="offer-box"><p>Cards, points, miles, hotels, cars, cruises, and fees apply, as stated, on all offers.</p>' +
      '<p>Miles, points, upgrades, lounges, bags, seats, and meals vary, as listed, by fare type.</p></div></body></html>';
    const doc = processHtmlText(html, { kind: 'file', location: 'frame.html' });
    expect(lineStarting(doc, 'The evening ferry').label).toBe('body');
    expect(lineStarting(doc, 'Timetables go up').label).toBe('body');
    expect(lineStarting(doc, 'Cards, points').label).toBe('boilerplate');
  });

  it('reads print as a furniture word only as a whole word (a print button, not div.printable-recipe)', () => {
    const para = (t: string): string =>
      `<p>${t}, the harbour cook of Saltby said on Tuesday, adding that crews and pilots had been told.</p>`;
    const html =
      '<html><body><div class="printable-recipe">' +
      [
        'Soak the beans overnight',
        'Fry the onions slowly',
        'Add the fish at the end',
        'Salt the stew lightly',
        'Serve it with bread',
        'Keep the rest cold',
      ]
        .map(para)
        .join('') +
      '</div><div class="aside-wrap"><div class="notes"><p>Beans, onions, fish, salt, bread, oil, lemon, thyme, pepper, and wine, as listed, per bowl.</p>' +
      '<p>Pots, pans, spoons, knives, boards, bowls, cloths, jars, lids, and trays, as shown, per cook.</p></div></div></body></html>';
    const doc = processHtmlText(html, { kind: 'file', location: 'printable.html' });
    const block = doc.blocks.find((b) => doc.text.slice(b.start, b.end).startsWith('Soak the beans'))!;
    expect(block.label).toBe('body');
    expect(block.rule).toBe('blocks:html-article');
  });

  it("keeps a recipe's ingredients and steps that its JSON-LD spells out, wherever they sit on the page", () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'Recipe',
      name: 'Saltby fish stew',
      description: 'A harbour stew for cold evenings.',
      recipeIngredient: ['500 g white fish', '2 onions', 'Salt'],
      recipeInstructions: [
        { '@type': 'HowToStep', text: 'Fry the onions slowly until soft and golden, then add the fish.' },
        {
          '@type': 'HowToSection',
          name: 'Serving',
          itemListElement: [{ '@type': 'HowToStep', text: 'Serve hot with bread.' }],
        },
      ],
    });
    const html =
      `<html><head><script type="application/ld+json">${ld}</script></head><body>` +
      '<div class="recipe-header"><p>A harbour stew for cold evenings.</p></div>' +
      '<div class="ingredients-box"><ul><li>500 g white fish</li><li>2 onions</li><li>Salt</li><li>Pepper</li></ul></div>' +
      '<div class="steps"><ol><li>Fry the onions slowly until soft and golden, then add the fish.</li><li>Serve hot with bread.</li></ol></div>' +
      '<div class="sidebar"><p>More stews from our kitchen, every week, in your inbox, for free, with tips.</p></div></body></html>';
    const doc = processHtmlText(html, { kind: 'file', location: 'recipe.html' });
    const blockOf = (line: string) => doc.blocks.find((b) => doc.text.slice(b.start, b.end) === line)!;
    for (const line of [
      '500 g white fish',
      '2 onions',
      'Salt',
      'Serve hot with bread.',
      'A harbour stew for cold evenings.',
    ]) {
      expect(blockOf(line).label).toBe('body');
      expect(blockOf(line).rule).toBe('blocks:json-ld-content-item');
    }
    expect(blockOf('Pepper').rule).not.toBe('blocks:json-ld-content-item');
    expect(
      blockOf('More stews from our kitchen, every week, in your inbox, for free, with tips.').label,
    ).toBe('boilerplate');
  });

  it("reads captions in sentences as the text of a slideshow, and as captions under an article's paragraphs", () => {
    const slide = (t: string): string =>
      `<figure><img src="x.jpg"><figcaption>${t}, and the crew of the Saltby lifeboat trained for it all through the winter.</figcaption></figure>`;
    const slides = [
      'The new lifeboat arrived in March',
      'Its engines were tested off the point',
      'The first rescue came in May',
    ]
      .map(slide)
      .join('');
    const show = processHtmlText(
      `<html><body><h1>The Saltby lifeboat in pictures</h1><div class="gallery">${slides}</div></body></html>`,
      { kind: 'file', location: 'slides.html' },
    );
    expect(lineStarting(show, 'Its engines').label).toBe('body');
    expect(lineStarting(show, 'Its engines').rule).toBe('blocks:html-slideshow-caption');
    const para = (t: string): string =>
      `<p>${t}, the coxswain of the Saltby lifeboat said on Tuesday, adding that the crew had trained all winter for it.</p>`;
    const article = processHtmlText(
      '<html><body><article>' +
        [
          'The lifeboat was called out twice',
          'A fishing boat lost its engine',
          'Both crews were brought home',
        ]
          .map(para)
          .join('') +
        slide('The new lifeboat arrived in March') +
        '</article></body></html>',
      { kind: 'file', location: 'article.html' },
    );
    expect(lineStarting(article, 'The new lifeboat').label).toBe('caption');
    expect(lineStarting(article, 'A fishing boat').label).toBe('body');
  });

  it('reads a heading that no article text follows as the title of furniture, not a subhead', () => {
    const html =
      '<html><body><article>' +
      para('The northern quay will reopen next week') +
      '<h2>What the works cost</h2>' +
      para('Dredging of the channel cost less than planned') +
      para('Two cranes were repaired') +
      '<h3>The harbour archive</h3><ul><li><a href="/a">Ferry fares rise in May</a></li><li><a href="/b">A new pilot boat for Saltby</a></li></ul>' +
      '</article></body></html>';
    const doc = processHtmlText(html, { kind: 'file', location: 'headings.html' });
    const blockOf = (line: string) => doc.blocks.find((b) => doc.text.slice(b.start, b.end) === line)!;
    expect(blockOf('What the works cost').label).toBe('subhead');
    expect(blockOf('The harbour archive').label).toBe('boilerplate');
    expect(blockOf('The harbour archive').rule).toBe('blocks:html-heading-without-text');
  });

  it("reads an author box's biography as boilerplate, and a blog engine's taxonomy classes as no hints", () => {
    const html =
      '<html><body><article class="post-12 post type-post status-publish hentry category-harbour tag-related author-jane">' +
      QUAY +
      '<div class="author"><span>Jane Quill</span><p>Jane Quill has covered the Saltby waterfront for the Herald since 2021 and sails a small dinghy on weekends.</p></div>' +
      '</article></body></html>';
    const doc = processHtmlText(html, { kind: 'file', location: 'bio.html' });
    expect(lineStarting(doc, 'The northern quay').label).toBe('body');
    expect(lineStarting(doc, 'Two cranes').label).toBe('body');
    expect(lineStarting(doc, 'Jane Quill has covered').label).toBe('boilerplate');
    expect(lineStarting(doc, 'Jane Quill has covered').rule).toBe('blocks:html-author-bio');
  });

  it('keeps prose right below the article, and reads a lone paragraph after page furniture as furniture', () => {
    const html =
      '<html><body><div class="story">' +
      QUAY +
      '</div><div class="more"><p>The harbour office will publish the new berth plan on its notice board at the quay next Monday.</p></div>' +
      '<div class="links"><div>Ferries</div><div>Tides</div><div>Weather</div><div>Jobs</div><div>Archive</div></div>' +
      '<div class="note"><p>Prices shown on this site come from the operators and can change at any time without notice to readers.</p></div>' +
      '<div class="end"><div>Imprint</div><div>Privacy</div></div></body></html>';
    const doc = processHtmlText(html, { kind: 'file', location: 'below.html' });
    expect(lineStarting(doc, 'The harbour office will publish').label).toBe('body');
    expect(lineStarting(doc, 'Prices shown on this site').label).toBe('boilerplate');
    expect(lineStarting(doc, 'Prices shown on this site').rule).toBe('blocks:html-prose-below-furniture');
  });

  it('reads a short line outside the container but between lines of article text as article text', () => {
    const html =
      '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>' +
      '<div class="lead-box"><p>Saltby harbour has been busier this spring than in any year since the fish market moved to the new quay.</p></div>' +
      '<div class="kicker-box"><p>What changes for the ferries</p></div>' +
      '<div class="story-text">' +
      QUAY +
      '</div></body></html>';
    const doc = processHtmlText(html, { kind: 'file', location: 'between.html' });
    expect(lineStarting(doc, 'Saltby harbour has been busier').label).toBe('body');
    expect(lineStarting(doc, 'What changes for the ferries').label).toBe('body');
    expect(lineStarting(doc, 'What changes for the ferries').rule).toBe('blocks:html-between-text');
    expect(lineStarting(doc, 'Home').label).toBe('boilerplate');
  });

  it("reads lines found in the page's JSON-LD articleBody as body wherever they sit, and no others", () => {
    const first =
      'The northern quay of Saltby will reopen next week after the dredging, the harbour master said.';
    const second = 'Two cranes were repaired and the ferry keeps its timetable.';
    const ld = JSON.stringify({ '@type': 'NewsArticle', articleBody: `${first}\n\n${second} More follows.` });
    const html =
      `<html><head><script type="application/ld+json">${ld}</script></head><body>` +
      `<div class="widget"><p>${first}</p></div><div class="widget"><p>${second}</p>` +
      '<p>The harbour dredging crews will move to the southern quay next week, the master said.</p></div></body></html>';
    const doc = processHtmlText(html, { kind: 'file', location: 'ld.html' });
    expect(lineStarting(doc, 'The northern quay').rule).toBe('blocks:json-ld-article-body');
    expect(lineStarting(doc, 'Two cranes').rule).toBe('blocks:json-ld-article-body');
    expect(lineStarting(doc, 'The harbour dredging crews').rule).not.toBe('blocks:json-ld-article-body');
  });

  it('counts a paragraph outside the article as prose when its sentence ends inside closing quotes of any language', () => {
    const para = (t: string): string =>
      `<p>${t}, the mayor of Saltby said on Tuesday, adding that crews, agents and pilots had been told.</p>`;
    const lead =
      'Saltby Als der Bürgermeister über den alten Hafen sprach, erinnerte er an die Nacht des Sturms: „Wir haben damals alles verloren, aber niemand hat aufgegeben, und so bauen wir ihn wieder auf.“';
    const html =
      `<html><body><div class="intro"><p>${lead}</p></div><div class="entry"><div class="text">` +
      ['Die Mole wird verlängert', 'Der Kran ist repariert', 'Die Fähre fährt wieder', 'Die Gebühren bleiben']
        .map(para)
        .join('') +
      '</div></div></body></html>';
    const doc = processHtmlText(html, { kind: 'file', location: 'quotes.html' });
    const block = doc.blocks.find((b) => doc.text.slice(b.start, b.end).startsWith('Saltby Als'))!;
    expect(block.label).toBe('body');
    expect(block.rule).toBe('blocks:html-prose-outside');
  });
});

describe('parseHtml', () => {
  /** A node tree as plain data: type, tag name, attributes, text, children. */
  const shape = (nodes: ReadonlyArray<AnyNode | HtmlNode>): unknown[] =>
    nodes.map((n) =>
      'children' in n
        ? {
            type: n.type,
            name: (n as Element).name,
            attribs: (n as Element).attribs,
            children: shape(n.children as ReadonlyArray<AnyNode | HtmlNode>),
          }
        : { type: n.type, data: (n as { data?: string }).data },
    );
  it('builds the same tree as htmlparser2 itself, entities in text and attributes decoded', () => {
    // Pieces of markup, entities and quotes in random order (a fixed seed): the plain runs it skips over
    // must not change what the tokenizer reads.
    const pieces = [
      '<p class="a&amp;b" alt=\'x\' href=y hidden class=z>',
      '<i ALT="q" Class=\'r&lt;\'>',
      '<',
      '>',
      '&',
      '&amp;',
      '&lt',
      '&#39;',
      '&#x41;',
      '&nbsp;',
      '&notin;',
      '"',
      "'",
      '=',
      ' ',
      '\n',
      'a',
      'harbour',
      '<p>',
      '</p>',
      '<a href="x&amp;y">',
      "<b class='c&d'>",
      '</a>',
      '<script>',
      '</script>',
      '<title>',
      '</title>',
      '<!--',
      '-->',
      '<br/>',
      '<textarea>',
      '</textarea>',
      '<img alt=a&b>',
      '&copy',
      'é',
      '<![CDATA[',
      ']]>',
      '<!doctype html>',
      // What the tokenizer fast-forwards through: styles, comments' dashes, declarations.
      '<style>',
      '</style>',
      '-',
      ']',
      '<?xml x?>',
      // The parser's tree rules: implied ends, void and foreign elements, stray end tags.
      '<li>',
      '<td>',
      '<tr>',
      '<div>',
      '</div>',
      '<option>',
      '<select>',
      '<h2>',
      '</br>',
      '<svg>',
      '</svg>',
      '<path d=1/>',
      '<math>',
      '<desc>',
      '</desc>',
      '<xmp>',
      '</xmp>',
      '<tmp>',
      '</ SCRIPT >',
      '<SCRIPT>',
      '\x1c',
      '&#x1F600;',
      '&amp',
      '&#',
      '<a b=c&amp;d e>',
      '<p/>',
      '<!-x->',
      '</3>',
    ];
    let seed = 20261202;
    const random = (): number =>
      ((seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
    const opts = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };
    const keep = new Set(['href', 'class']);
    for (let k = 0; k < 3000; k++) {
      const html = Array.from(
        { length: Math.floor(random() * 60) },
        () => pieces[Math.floor(random() * pieces.length)],
      ).join('');
      const theirs = parseDocument(html, opts).children;
      expect(shape(parseHtml(html)), html).toEqual(shape(theirs));
      // Keeping some attributes only: the same tree, less the others.
      const kept = (nodes: readonly AnyNode[]): unknown[] =>
        nodes.map((n) =>
          'children' in n
            ? {
                type: n.type,
                name: (n as Element).name,
                attribs: Object.fromEntries(
                  Object.entries((n as Element).attribs).filter(([k]) => keep.has(k)),
                ),
                children: kept(n.children),
              }
            : { type: n.type, data: (n as { data?: string }).data },
        );
      expect(shape(parseHtml(html, keep)), html).toEqual(kept(theirs));
    }
    // Control: the trees differ where the markup differs.
    expect(shape(parseHtml('<p a="x&amp;y">'))).not.toEqual(
      shape(parseDocument('<p a="x&y;">', opts).children),
    );
  });
  it('keeps the attributes it is told to keep in objects without a prototype, read by name alone', () => {
    const [p] = parseHtml('<p class="lead" toString="x" hidden data-x="1">', new Set(['class', 'hidden']));
    const attribs = (p as { attribs: Record<string, string> }).attribs;
    expect({ ...attribs }).toEqual({ class: 'lead', hidden: '' });
    expect('hidden' in attribs).toBe(true);
    // Nothing inherited reads as an attribute: a name not kept is absent, whatever Object.prototype holds.
    expect('tostring' in attribs || 'toString' in attribs || 'constructor' in attribs).toBe(false);
    // Control: without a list, every attribute is kept, in an ordinary object.
    const [q] = parseHtml('<p class="lead" data-x="1">');
    const all = (q as { attribs: Record<string, string> }).attribs;
    expect({ ...all }).toEqual({ class: 'lead', 'data-x': '1' });
    expect('constructor' in all).toBe(true);
  });
});
