import { decodeBytes, type DecodeOptions, type Decoded } from '../load/decode.js';
import { declaredCharset, htmlMetadata, type HtmlMeta } from './metadata.js';
import { parseHtml, type HtmlElement, type HtmlNode } from './parse.js';

/**
 * The attributes anything reads of a rendered page's elements (`Rendered.root`): the
 * renderer's hints and hiding, script types, and what `htmlMetadata` reads of `meta`,
 * `html`, `link` and `time`. The parser keeps no others; a reader of another attribute adds it here.
 */
export const READ_ATTRIBUTES: ReadonlySet<string> = new Set([
  'class',
  'id',
  'itemprop',
  'role',
  'hidden',
  'aria-hidden',
  'style',
  'type',
  'property',
  'name',
  'http-equiv',
  'content',
  'lang',
  'rel',
  'href',
  'datetime',
]);

/** One element the renderer passed through, with what the labeller needs to know about it. */
export interface ElementInfo {
  readonly id: number;
  readonly parent: number;
  readonly tag: string;
  /** Lower-cased `class` and `id` attributes, space separated. */
  readonly hints: string;
  readonly depth: number;
}

/** One line of rendered text: the text of one block element (or the run between two). */
export interface HtmlLine {
  /** 0-based UTF-16 offsets into the rendered text. */
  readonly start: number;
  readonly end: number;
  /** Innermost block element holding the line. */
  readonly owner: number;
  /** Characters of the line inside links. */
  readonly linkChars: number;
  /** Tag of the owner element (`p`, `h2`, `li`, `figcaption`, ...). */
  readonly tag: string;
}

/** A rendered page's text, lines and elements: what labelling reads. */
export interface RenderedText {
  /** The page's visible text, one block a line: `Document.text` for HTML input. */
  readonly text: string;
  readonly lines: readonly HtmlLine[];
  readonly elements: readonly ElementInfo[];
}

export interface Rendered extends RenderedText {
  /** The parsed document, for metadata (elements keep only {@link READ_ATTRIBUTES}). */
  readonly root: HtmlNode[];
}

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  // The head's own elements (`meta` and `link` below too). The head itself is walked: without
  // a <body> tag, a lenient parser leaves the whole page inside it, where a browser would have ended it.
  'title',
  'base',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'option',
  'button',
  'input',
  'textarea',
  'audio',
  'video',
  'source',
  'track',
  'map',
  'area',
  // Ruby annotations (furigana) sit above the base text; the sentence is the base text.
  'rt',
  'rp',
  'dialog',
  'meta',
  'link',
]);
/** Marks a table cell's start while a line is built; becomes one tab. */
const CELL = '\u0001';
/**
 * A run of white space other than one plain space, which `replace(SPACES, ' ')` collapses to
 * one space as `replace(/\s+/g, ' ')` does, without building a new string for text whose
 * words are one space apart already.
 */
const SPACES = /\s\s+|[^\S ]/g;
/** A run of line-internal white space (or cell marks) that is more than one plain space. */
const SPACE_RUN = /[ \t\f\r\u00a0\u0001]{2,}|[\t\f\r\u00a0\u0001]/g;
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'caption',
  'center',
  'body',
  'html',
  'legend',
  'menu',
  'frameset',
  'noframes',
  'br',
]);

/**
 * Taxonomy classes a blog engine puts on a post (WordPress's `post_class`: `tag-news`,
 * `category-sport`, `author-jane`, `status-publish`): they name the post's topics and author,
 * not what the element is, so a post tagged `related` or written by `author-bio` is no furniture.
 */
const TAXONOMY = /(^|\s)(tag|category|author|format|status|type|post_tag)-\S*/g;
const POST_CLASS = /(^|\s)(hentry|status-publish|type-post)(\s|$)/;

/**
 * White space that `replace(/\s+/g, ' ').trim()` would change: at either end, a run, or any
 * white space but a plain space.
 */
const UNTIDY_SPACE = /^\s|\s$|\s\s|[^\S ]/;

/**
 * Class, id, itemprop and role of an element, lower-cased, white space collapsed to single
 * spaces and trimmed: what its markup says it is. The attributes given are joined by single
 * spaces (an absent one would only add a space the collapsing takes away), and most such
 * strings are tidy already, so they are tested before being copied.
 */
function hintsOf(el: HtmlElement): string {
  const a = el.attribs;
  const { id, itemprop, role } = a;
  if (a.class === undefined && id === undefined && itemprop === undefined && role === undefined) return '';
  let s = '';
  if (a.class !== undefined) {
    s = a.class.toLowerCase();
    if (POST_CLASS.test(s)) s = s.replace(TAXONOMY, ' ');
  }
  if (id !== undefined) s = s === '' ? id.toLowerCase() : `${s} ${id.toLowerCase()}`;
  if (itemprop !== undefined) s = s === '' ? itemprop.toLowerCase() : `${s} ${itemprop.toLowerCase()}`;
  if (role !== undefined) s = s === '' ? role.toLowerCase() : `${s} ${role.toLowerCase()}`;
  return UNTIDY_SPACE.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

/** Text of Latin letters and general punctuation only is in NFC already; anything else may not be. */
const MAYBE_UNNORMALISED = /[^\u0000-\u02ff\u2000-\u206f]/;

/**
 * `raw` in NFC. A function of its own: the first text needing it, met after V8 had optimised
 * {@link renderPage}'s walk (an English page first, then one in another script), made V8
 * compile the whole walk again (issue 16).
 */
const nfc = (raw: string): string => (MAYBE_UNNORMALISED.test(raw) ? raw.normalize('NFC') : raw);

function hidden(el: HtmlElement): boolean {
  const a = el.attribs;
  if ('hidden' in a || a['aria-hidden'] === 'true') return true;
  const style = a.style;
  return style !== undefined && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/**
 * Renders HTML to its visible text with block structure: block elements start
 * new lines, inline text flows, white space collapses (kept in `pre`), and
 * scripts, styles, forms' widgets and hidden elements are left out. The walk
 * is iterative, so pathological nesting cannot overflow the stack.
 */
export function renderPage(html: string): Rendered {
  const root = parseHtml(html, READ_ATTRIBUTES);
  const elements: ElementInfo[] = [{ id: 0, parent: -1, tag: '#root', hints: '', depth: 0 }];
  const lines: HtmlLine[] = [];
  const parts: string[] = [];
  let length = 0;
  let buf = '';
  let bufLinks = 0;
  let bufOwner = 0;
  let bufStartOwner = -1;
  const flush = (): void => {
    // Runs of spaces, tabs, no-break spaces and cell marks become one space, a lone no-break
    // space stays, a run with a cell mark becomes a tab. A lone space (most of them: text
    // nodes have their white space collapsed already) is left as it is, unmatched.
    const t = buf
      .replace(SPACE_RUN, (m) => (m.includes(CELL) ? '\t' : m === '\u00a0' ? '\u00a0' : ' '))
      .trim();
    if (t) {
      if (parts.length) {
        parts.push('\n');
        length += 1;
      }
      const owner = bufStartOwner >= 0 ? bufStartOwner : bufOwner;
      lines.push({
        start: length,
        end: length + t.length,
        owner,
        linkChars: Math.min(bufLinks, t.length),
        tag: elements[owner]!.tag,
      });
      parts.push(t);
      length += t.length;
    }
    buf = '';
    bufLinks = 0;
    bufStartOwner = -1;
  };

  const steps = new Steps();
  for (let i = root.length - 1; i >= 0; i--) steps.push(root[i]!, 0, 0, 1);
  const { nodes, owners, modes, depths } = steps;
  while (nodes.length) {
    const node = nodes.pop()!;
    const fOwner = owners.pop()!;
    const mode = modes.pop()!;
    const fDepth = depths.pop()!;
    if (mode & EXIT) {
      flush();
      continue;
    }
    if (node.type === 'text') {
      const data = nfc((node as { data: string }).data);
      const spaced = mode & PRE ? data : data.replace(SPACES, ' ');
      const text = spaced.includes(CELL) ? spaced.replaceAll(CELL, '') : spaced;
      if (!text) continue;
      if (bufStartOwner < 0 && text.trim()) bufStartOwner = fOwner;
      buf += text;
      if (mode & LINK) bufLinks += text.trim().length;
      bufOwner = fOwner;
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as HtmlElement;
    const tag = el.name;
    if (tag === 'script' && /^text\/(template|html|x-template)$/i.test(el.attribs.type ?? '')) {
      // Templates that hold the page's own markup (blog engines render the article from one): read it as HTML.
      pushTemplate(steps, el, fOwner, mode, fDepth);
      continue;
    }
    if (SKIP.has(tag) || hidden(el)) continue;
    if (tag === 'br') {
      flush();
      continue;
    }
    const isBlock = BLOCK.has(tag);
    let owner = fOwner;
    if (isBlock) {
      flush();
      owner = elements.length;
      elements.push({
        id: owner,
        parent: fOwner,
        tag,
        hints: hintsOf(el),
        depth: fDepth,
      });
      steps.push(node, owner, mode | EXIT, fDepth);
    } else if (tag === 'img') {
      continue;
    }
    const kidMode = mode | (tag === 'a' ? LINK : 0) | (tag === 'pre' ? PRE : 0);
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) steps.push(kids[i]!, owner, kidMode, fDepth + 1);
    // Table cells flow on their row's line, a tab apart (`Monday⇥06:12⇥12:30`).
    if (tag === 'td' || tag === 'th') buf += CELL;
  }
  flush();
  return { text: parts.join(''), lines, elements, root };
}

/** A step of {@link renderPage}'s walk is inside a link, inside `pre`, or (`EXIT`) leaves a block element. */
const LINK = 1;
const PRE = 2;
const EXIT = 4;

/**
 * The steps of {@link renderPage}'s walk still to take, last first: each a node to enter, or
 * (mode `EXIT`) a block element to leave, with its owner (the innermost block element), mode
 * and depth. Held in four arrays: an object a step was a sixth of what reading a page allocated.
 */
class Steps {
  readonly nodes: HtmlNode[] = [];
  readonly owners: number[] = [];
  readonly modes: number[] = [];
  readonly depths: number[] = [];

  push(node: HtmlNode, owner: number, mode: number, depth: number): void {
    this.nodes.push(node);
    this.owners.push(owner);
    this.modes.push(mode);
    this.depths.push(depth);
  }
}

/**
 * Puts on the walk's `steps` the nodes of the markup a template script holds (none when its
 * text holds no tag), where the script stood (its owner, mode and depth). Kept out of
 * {@link renderPage}: the arrays met here are of kinds the walk meets nowhere else, and each
 * new one made V8 drop the whole walk's optimised code (issue 16).
 */
function pushTemplate(steps: Steps, el: HtmlElement, owner: number, mode: number, depth: number): void {
  let inner = '';
  for (const c of el.children) if (c.type === 'text') inner += (c as { data: string }).data;
  if (!/<\w/.test(inner)) return;
  const kids = parseHtml(inner, READ_ATTRIBUTES);
  for (let i = kids.length - 1; i >= 0; i--) steps.push(kids[i]!, owner, mode, depth + 1);
}

/** A page rendered, with the metadata its markup declares. */
export interface Page {
  readonly rendered: RenderedText;
  readonly meta: HtmlMeta;
}

/**
 * Renders a page and reads its metadata (`url` lets a date in the address count). The parsed
 * document is left behind once its metadata is read: the stages after it read the text, lines
 * and elements, and a page's tree kept while they ran was copied by the garbage collector's
 * scavenges for nothing.
 */
export function parsePage(html: string, url: string | null): Page {
  const { root, ...rendered } = renderPage(html);
  return { rendered, meta: htmlMetadata(root, url) };
}

/** Decodes a page's bytes: BOM, a charset declared out of band, `<meta charset>`, then sniffing. */
export function decodePage(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  return decodeBytes(bytes, { ...options, declared: options.declared ?? declaredCharset(bytes) });
}
