import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Handler, Options, Parser as HtmlParser } from 'htmlparser2';

/**
 * htmlparser2's Parser, loaded from its own module: the package's entry module also loads
 * domhandler, domutils and dom-serializer (with a second copy of entities and its encoder),
 * none of which we use, about 20 ms of each thread's start (issue 16). The package exports no
 * path for the module, so it is found beside the entry (the CommonJS build, loaded
 * synchronously); a layout without it falls back to the entry.
 */
const Parser: typeof HtmlParser = (() => {
  const require = createRequire(import.meta.url);
  try {
    return (
      require(join(dirname(require.resolve('htmlparser2')), 'Parser.js')) as { Parser: typeof HtmlParser }
    ).Parser;
  } catch {
    return (require('htmlparser2') as typeof import('htmlparser2')).Parser;
  }
})();

/**
 * A node of the tree {@link parseHtml} builds: of domhandler's nodes, the fields our readers
 * use (type, tag name, attributes, children, text), without the parent and sibling links and
 * source positions domhandler keeps on every node. The same shape as domhandler's.
 */
export type HtmlNode = HtmlElement | HtmlText | HtmlData;

export interface HtmlElement {
  readonly type: 'tag' | 'script' | 'style';
  readonly name: string;
  readonly attribs: Record<string, string>;
  readonly children: HtmlNode[];
}

export interface HtmlText {
  readonly type: 'text';
  data: string;
}

/** A comment, a declaration or processing instruction (`<!doctype html>`), or a CDATA section (XML mode only). */
export type HtmlData =
  | { readonly type: 'comment'; data: string }
  | { readonly type: 'directive'; readonly name: string; readonly data: string }
  | { readonly type: 'cdata'; readonly children: HtmlNode[] };

/**
 * Deepest nesting of elements the parser keeps (Chromium's HTML parser keeps 512 too). An
 * element opened deeper is left out of the tree, its content flowing into the deepest
 * element kept, and its end tag is ignored. htmlparser2 keeps its open elements in an array
 * it adds to at the front, so each open tag cost the depth: 100,000 nested `<div>` took 17 s,
 * a million over a minute. News pages nest a few dozen deep.
 */
export const MAX_HTML_DEPTH = 512;

/** The parser's own state and steps this bound reads and wraps (htmlparser2 10.1.0; private in its types). */
interface ParserInternals {
  stack: string[];
  foreignContext: boolean[];
  attribs: Record<string, string> | null;
  endIndex: number;
  startIndex: number;
  lowerCaseTagNames: boolean;
  getSlice(start: number, end: number): string;
  /** Called for every element the parser opens, implied ones too. */
  emitOpenTag(name: string): void;
  /** Called by the tokenizer for every end tag. */
  onclosetag(start: number, endIndex: number): void;
}

/** Bounds a parser's nesting: over {@link MAX_HTML_DEPTH}, elements are left out. */
function boundDepth(parser: HtmlParser): void {
  const p = parser as unknown as ParserInternals;
  const open = p.emitOpenTag.bind(p);
  const close = p.onclosetag.bind(p);
  /** Elements left out, by tag name, whose end tags are still to come. */
  const left = new Map<string, number>();
  /** Their number: while none is left out (any page but a hostile one), end tags go straight through. */
  let pending = 0;
  p.emitOpenTag = (name) => {
    const foreign = p.foreignContext.length;
    open(name);
    if (p.stack.length <= MAX_HTML_DEPTH) return;
    // Too deep: undo the push, so the element is never built (its attributes are not kept either).
    p.stack.shift();
    if (p.foreignContext.length > foreign) p.foreignContext.shift();
    p.attribs = null;
    left.set(name, (left.get(name) ?? 0) + 1);
    pending++;
  };
  p.onclosetag = (start, endIndex) => {
    if (pending === 0) return close(start, endIndex);
    let name = p.getSlice(start, endIndex);
    if (p.lowerCaseTagNames) name = name.toLowerCase();
    const n = left.get(name);
    if (!n) return close(start, endIndex);
    // The end tag of an element left out (the innermost of that name, as elements nest).
    left.set(name, n - 1);
    pending--;
    p.endIndex = endIndex;
    p.startIndex = endIndex + 1;
  };
}

/** The tokenizer's state and steps {@link skipPlainRuns} reads and wraps (htmlparser2 10.1.0; private in its types). */
interface TokenizerInternals {
  buffer: string;
  index: number;
  offset: number;
  stateText(c: number): void;
  stateInAttributeValueDoubleQuotes(c: number): void;
  stateInAttributeValueSingleQuotes(c: number): void;
  stateInTagName(c: number): void;
  stateInAttributeName(c: number): void;
  stateInClosingTagName(c: number): void;
  stateBeforeAttributeName(c: number): void;
  fastForwardTo(c: number): boolean;
}

const LT = 0x3c;
const AMP = 0x26;
const DQ = 0x22;
const SQ = 0x27;
const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;

/** White space as htmlparser2's tokenizer reads it: space, line feed, tab, form feed, carriage return. */
const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
/** What ends a tag name: white space, `/` or `>` (the tokenizer's `isEndOfTagSection`). */
const endsTagName = (c: number): boolean => c === SLASH || c === GT || isSpace(c);
/** What ends an attribute name: `=` or what ends a tag name. */
const endsAttributeName = (c: number): boolean => c === EQ || endsTagName(c);
/** What ends the name of an end tag: white space or `>`. */
const endsEndTagName = (c: number): boolean => c === GT || isSpace(c);

/**
 * Lets the tokenizer skip over runs of characters it has nothing to do with. Decoding entities,
 * htmlparser2 steps through text and quoted attribute values one character at a time, though
 * only `<` (or the closing quote) and `&` change anything there: the wrapped steps move on to
 * the next of those at once (found with `indexOf`, each position remembered so no stretch is
 * searched twice), and the tokenizer goes on exactly as if it had stepped through. Its own
 * skipping (to the next `<` in scripts and styles, `-` in comments, `>` in declarations)
 * compares character by character; here it is one `indexOf`, ending where it ended.
 */
function skipPlainRuns(parser: HtmlParser): void {
  const t = (parser as unknown as { tokenizer: TokenizerInternals }).tokenizer;
  let buffer = '';
  /** The next position of `<`, `&`, `"` and `'` from where each was last looked for (the buffer's end: none). */
  const next = [-1, -1, -1, -1];
  const nextOf = (k: number, ch: string, from: number): number => {
    if (t.buffer !== buffer) {
      buffer = t.buffer;
      next.fill(-1);
    }
    if (next[k]! < from) {
      const at = buffer.indexOf(ch, from);
      next[k] = at < 0 ? buffer.length : at;
    }
    return next[k]!;
  };
  /** Moves to just before the next `stop` or `&`, so the tokenizer's next step reads it. */
  const skip = (k: number, stop: string): void => {
    const from = t.index - t.offset + 1;
    t.index = Math.min(nextOf(k, stop, from), nextOf(1, '&', from)) + t.offset - 1;
  };
  // The names of tags and attributes, read a character at a time, are passed over the same way:
  // in a name, the steps before the character that ends it do nothing. Each loop stops before
  // that character (or on the buffer's last, when none comes), so the tokenizer's next step
  // reads it. (Written out, not through the tests above: commands turn V8's inlining off.)
  const tagNameEnd = (from: number): number => {
    const buf = t.buffer;
    let i = from;
    for (; i < buf.length; i++) {
      const c = buf.charCodeAt(i);
      if (c === SLASH || c === GT || c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d)
        break;
    }
    return i;
  };
  const attributeNameEnd = (from: number): number => {
    const buf = t.buffer;
    let i = from;
    for (; i < buf.length; i++) {
      const c = buf.charCodeAt(i);
      if (
        c === EQ ||
        c === SLASH ||
        c === GT ||
        c === 0x20 ||
        c === 0x0a ||
        c === 0x09 ||
        c === 0x0c ||
        c === 0x0d
      )
        break;
    }
    return i;
  };
  const endTagNameEnd = (from: number): number => {
    const buf = t.buffer;
    let i = from;
    for (; i < buf.length; i++) {
      const c = buf.charCodeAt(i);
      if (c === GT || c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d) break;
    }
    return i;
  };
  /** The end of a run of white space (inside a tag, between attributes: nothing to do there either). */
  const spaceEnd = (from: number): number => {
    const buf = t.buffer;
    let i = from;
    for (; i < buf.length; i++) {
      const c = buf.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0c && c !== 0x0d) break;
    }
    return i;
  };
  const text = t.stateText.bind(t);
  const dq = t.stateInAttributeValueDoubleQuotes.bind(t);
  const sq = t.stateInAttributeValueSingleQuotes.bind(t);
  const tagName = t.stateInTagName.bind(t);
  const attributeName = t.stateInAttributeName.bind(t);
  const endTagName = t.stateInClosingTagName.bind(t);
  const beforeAttributeName = t.stateBeforeAttributeName.bind(t);
  t.stateBeforeAttributeName = (c) => {
    if (isSpace(c)) t.index = spaceEnd(t.index - t.offset + 1) - 1 + t.offset;
    else beforeAttributeName(c);
  };
  t.stateInTagName = (c) => {
    if (endsTagName(c)) tagName(c);
    else t.index = tagNameEnd(t.index - t.offset + 1) - 1 + t.offset;
  };
  t.stateInAttributeName = (c) => {
    if (endsAttributeName(c)) attributeName(c);
    else t.index = attributeNameEnd(t.index - t.offset + 1) - 1 + t.offset;
  };
  t.stateInClosingTagName = (c) => {
    if (endsEndTagName(c)) endTagName(c);
    else t.index = endTagNameEnd(t.index - t.offset + 1) - 1 + t.offset;
  };
  t.stateText = (c) => {
    if (c === LT || c === AMP) text(c);
    else skip(0, '<');
  };
  t.stateInAttributeValueDoubleQuotes = (c) => {
    if (c === DQ || c === AMP) dq(c);
    else skip(2, '"');
  };
  t.stateInAttributeValueSingleQuotes = (c) => {
    if (c === SQ || c === AMP) sq(c);
    else skip(3, "'");
  };
  t.fastForwardTo = (c) => {
    const at = t.buffer.indexOf(String.fromCharCode(c), t.index - t.offset + 1);
    // Found: the tokenizer stands on it. Not found: on the buffer's last character, as its own loop leaves it.
    t.index = (at < 0 ? t.buffer.length - 1 : at) + t.offset;
    return at >= 0;
  };
}

/** The parser's attribute steps {@link keepOnly} wraps (htmlparser2 10.1.0; private in its types). */
interface AttributeInternals {
  attribname: string;
  attribvalue: string;
  endIndex: number;
  onattribname(start: number, endIndex: number): void;
  onattribdata(start: number, endIndex: number): void;
  onattribentity(cp: number): void;
  onattribend(quote: number, endIndex: number): void;
  attribs: Record<string, string> | null;
  emitOpenTag(name: string): void;
}

/**
 * The attributes of every element that keeps none, one dictionary shared by them all (most
 * elements keep none: an object for each was about a tenth of what a page's reading allocated,
 * issue 16). Nothing writes to an element's attributes once it is built.
 */
const NO_ATTRIBUTES = Object.create(null) as Record<string, string>;

/**
 * Keeps only the attributes named in `names` (lower-case names) on the elements built: the
 * others' values are neither put together nor stored. A page carries many attributes no
 * reader of ours looks at (`src`, `srcset`, `data-*`, `width`, event handlers).
 *
 * The attributes kept are held in objects without a prototype (when no name kept is one of
 * `Object.prototype`'s, they read the same): V8 keeps such objects as dictionaries, all of one
 * hidden class, where `{}` given a page's attributes in its own order takes a class for each
 * order met. Readers of many classes made V8 throw their optimised code away as each new one
 * came (issue 16: the walk of `htmlMetadata` over a page's elements was compiled 6 times in a
 * run over 181 pages); reading a dictionary is one kind of read, and stays optimised.
 */
function keepOnly(parser: HtmlParser, names: ReadonlySet<string>): void {
  const p = parser as unknown as AttributeInternals;
  if (![...names].some((n) => n in Object.prototype)) {
    const open = p.emitOpenTag.bind(p);
    p.emitOpenTag = (tag) => {
      open(tag);
      // Null when the element is left out (too deep: boundDepth) or no tree is built.
      if (p.attribs !== null) p.attribs = NO_ATTRIBUTES;
    };
  }
  const name = p.onattribname.bind(p);
  const data = p.onattribdata.bind(p);
  const entity = p.onattribentity.bind(p);
  const end = p.onattribend.bind(p);
  let skipping = false;
  p.onattribname = (start, endIndex) => {
    name(start, endIndex);
    skipping = !names.has(p.attribname);
  };
  p.onattribdata = (start, endIndex) => {
    if (!skipping) data(start, endIndex);
  };
  p.onattribentity = (cp) => {
    if (!skipping) entity(cp);
  };
  p.onattribend = (quote, endIndex) => {
    if (!skipping) {
      // An element's own dictionary is made when it keeps its first attribute.
      if (p.attribs === NO_ATTRIBUTES) p.attribs = Object.create(null) as Record<string, string>;
      return end(quote, endIndex);
    }
    p.endIndex = endIndex;
    p.attribvalue = '';
    skipping = false;
  };
}

/**
 * Builds {@link HtmlNode}s from the parser's events as domhandler's `DomHandler` builds its
 * nodes: adjacent text (and comment) events join into one node, broken by any tag, comment
 * end or declaration, exactly where DomHandler breaks them.
 */
class TreeBuilder implements Partial<Handler> {
  readonly root: HtmlNode[] = [];
  /** The children of the open elements, the document's first. */
  private readonly open: HtmlNode[][] = [this.root];
  /** The text or comment node the next text or comment event adds to. */
  private last: HtmlText | { type: 'comment'; data: string } | null = null;

  constructor(private readonly xmlMode: boolean) {}

  private add(node: HtmlNode): void {
    this.open[this.open.length - 1]!.push(node);
    this.last = null;
  }

  onopentag(name: string, attribs: Record<string, string>): void {
    const type = this.xmlMode ? 'tag' : name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag';
    const el: HtmlElement = { type, name, attribs, children: [] };
    this.add(el);
    this.open.push(el.children);
  }

  onclosetag(): void {
    this.last = null;
    this.open.pop();
  }

  ontext(data: string): void {
    if (this.last?.type === 'text') this.last.data += data;
    else {
      const node: HtmlText = { type: 'text', data };
      this.add(node);
      this.last = node;
    }
  }

  oncomment(data: string): void {
    if (this.last?.type === 'comment') {
      this.last.data += data;
      return;
    }
    const node = { type: 'comment' as const, data };
    this.add(node);
    this.last = node;
  }

  oncommentend(): void {
    this.last = null;
  }

  oncdatastart(): void {
    const text: HtmlText = { type: 'text', data: '' };
    this.add({ type: 'cdata', children: [text] });
    this.last = text;
  }

  oncdataend(): void {
    this.last = null;
  }

  onprocessinginstruction(name: string, data: string): void {
    this.add({ type: 'directive', name, data });
  }
}

/**
 * Parses HTML to a tree of {@link HtmlNode}s, the tree htmlparser2's `parseDocument` builds
 * (less the links between nodes), nesting bounded (see {@link MAX_HTML_DEPTH}); with
 * `attributes`, elements keep only the attributes it names.
 */
export function parseHtml(html: string, options: Options, attributes?: ReadonlySet<string>): HtmlNode[] {
  const handler = new TreeBuilder(options.xmlMode === true);
  const parser = new Parser(handler, options);
  boundDepth(parser);
  if (attributes) keepOnly(parser, attributes);
  // Without entity decoding, htmlparser2 skips plain runs itself.
  if (options.decodeEntities !== false && !options.xmlMode) skipPlainRuns(parser);
  parser.end(html);
  return handler.root;
}
