import { createRequire } from 'node:module';

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

/** A comment, or a declaration or processing instruction (`<!doctype html>`). */
export type HtmlData =
  | { readonly type: 'comment'; data: string }
  | { readonly type: 'directive'; readonly name: string; readonly data: string }
  | { readonly type: 'cdata'; readonly children: HtmlNode[] };

/**
 * Deepest nesting of elements the parser keeps (Chromium's HTML parser keeps 512 too). An
 * element opened deeper is left out of the tree, its content flowing into the deepest
 * element kept, and its end tag is ignored. htmlparser2 kept its open elements in an array
 * it added to at the front, so each open tag cost the depth: 100,000 nested `<div>` took 17 s,
 * a million over a minute. News pages nest a few dozen deep.
 */
export const MAX_HTML_DEPTH = 512;

/** The entity decoder of the `entities` package (the one htmlparser2 itself decodes with). */
interface EntityDecoder {
  startEntity(mode: number): void;
  write(input: string, offset: number): number;
  end(): number;
}

interface EntitiesDecode {
  EntityDecoder: new (tree: Uint16Array, emit: (cp: number, consumed: number) => void) => EntityDecoder;
  htmlDecodeTree: Uint16Array;
  fromCodePoint(cp: number): string;
}

/**
 * `entities/decode`, the copy htmlparser2 loads (found from htmlparser2's own place, so the
 * tables and the rules of ending an entity are the ones its tokenizer used).
 */
const ENTITIES: EntitiesDecode = (() => {
  const require = createRequire(import.meta.url);
  return createRequire(require.resolve('htmlparser2'))('entities/decode') as EntitiesDecode;
})();
/** `DecodingMode.Legacy` (in text) and `DecodingMode.Attribute` (in attribute values). */
const LEGACY = 0;
const ATTRIBUTE = 2;

// Characters the tokenizer reads.
const TAB = 0x09;
const LF = 0x0a;
const FF = 0x0c;
const CR = 0x0d;
const SPACE = 0x20;
const BANG = 0x21;
const DQ = 0x22;
const AMP = 0x26;
const SQ = 0x27;
const DASH = 0x2d;
const SLASH = 0x2f;
const LT = 0x3c;
const EQ = 0x3d;
const GT = 0x3e;
const QUESTION = 0x3f;
const LSQB = 0x5b;

const isSpace = (c: number): boolean => c === SPACE || c === LF || c === TAB || c === FF || c === CR;
/** What ends a tag name: white space, `/` or `>` (htmlparser2's `isEndOfTagSection`). */
const endsTagName = (c: number): boolean => c === SLASH || c === GT || isSpace(c);
const isAsciiAlpha = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

const bytes = (s: string): Uint8Array => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
const CDATA = bytes('CDATA[');
const CDATA_END = bytes(']]>');
const COMMENT_END = bytes('-->');
const SCRIPT_END = bytes('</script');
const STYLE_END = bytes('</style');
const TITLE_END = bytes('</title');
const TEXTAREA_END = bytes('</textarea');
const XMP_END = bytes('</xmp');

// The tokenizer's states (htmlparser2's, less those of XML).
const TEXT = 1;
const BEFORE_TAG_NAME = 2;
const IN_TAG_NAME = 3;
const IN_SELF_CLOSING_TAG = 4;
const BEFORE_CLOSING_TAG_NAME = 5;
const IN_CLOSING_TAG_NAME = 6;
const AFTER_CLOSING_TAG_NAME = 7;
const BEFORE_ATTRIBUTE_NAME = 8;
const IN_ATTRIBUTE_NAME = 9;
const AFTER_ATTRIBUTE_NAME = 10;
const BEFORE_ATTRIBUTE_VALUE = 11;
const IN_ATTRIBUTE_VALUE_DQ = 12;
const IN_ATTRIBUTE_VALUE_SQ = 13;
const IN_ATTRIBUTE_VALUE_NQ = 14;
const BEFORE_DECLARATION = 15;
const IN_DECLARATION = 16;
const IN_PROCESSING_INSTRUCTION = 17;
const BEFORE_COMMENT = 18;
const CDATA_SEQUENCE = 19;
const IN_SPECIAL_COMMENT = 20;
const IN_COMMENT_LIKE = 21;
const BEFORE_SPECIAL_S = 22;
const BEFORE_SPECIAL_T = 23;
const SPECIAL_START_SEQUENCE = 24;
const IN_SPECIAL_TAG = 25;
const IN_ENTITY = 26;

// The tree rules of htmlparser2's Parser in HTML mode.
const FORM_TAGS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const P_TAG = new Set(['p']);
const TABLE_SECTION_TAGS = new Set(['thead', 'tbody']);
const DDT_TAGS = new Set(['dd', 'dt']);
const RTP_TAGS = new Set(['rt', 'rp']);
/** The open elements an element's start tag closes, when they are the innermost. */
const OPEN_IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['p', P_TAG],
  ['h1', P_TAG],
  ['h2', P_TAG],
  ['h3', P_TAG],
  ['h4', P_TAG],
  ['h5', P_TAG],
  ['h6', P_TAG],
  ['select', FORM_TAGS],
  ['input', FORM_TAGS],
  ['output', FORM_TAGS],
  ['button', FORM_TAGS],
  ['datalist', FORM_TAGS],
  ['textarea', FORM_TAGS],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DDT_TAGS],
  ['dt', DDT_TAGS],
  ['address', P_TAG],
  ['article', P_TAG],
  ['aside', P_TAG],
  ['blockquote', P_TAG],
  ['details', P_TAG],
  ['div', P_TAG],
  ['dl', P_TAG],
  ['fieldset', P_TAG],
  ['figcaption', P_TAG],
  ['figure', P_TAG],
  ['footer', P_TAG],
  ['form', P_TAG],
  ['header', P_TAG],
  ['hr', P_TAG],
  ['main', P_TAG],
  ['nav', P_TAG],
  ['ol', P_TAG],
  ['pre', P_TAG],
  ['section', P_TAG],
  ['table', P_TAG],
  ['ul', P_TAG],
  ['rt', RTP_TAGS],
  ['rp', RTP_TAGS],
  ['tbody', TABLE_SECTION_TAGS],
  ['tfoot', TABLE_SECTION_TAGS],
]);
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const FOREIGN_CONTEXT = new Set(['math', 'svg']);
const HTML_INTEGRATION = new Set([
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'annotation-xml',
  'foreignobject',
  'desc',
  'title',
]);
const NAME_END = /\s|\//;

/**
 * The attributes of every element that keeps none, one dictionary shared by them all (most
 * elements keep none: an object for each was about a tenth of what a page's reading allocated,
 * issue 16). Nothing writes to an element's attributes once it is built.
 */
const NO_ATTRIBUTES = Object.create(null) as Record<string, string>;

/**
 * htmlparser2's tokenizer and parser in HTML mode (entities decoded, tag and attribute names
 * lower-cased), with domhandler's way of building the tree, in one object: the same states,
 * the same steps and the same tree, without the layers of callbacks between them (issue 16:
 * the tokenizer, the parser, the wrappers we had put around both and the tree builder were a
 * third of `extract`'s time, much of it calls from one to the next). The differences are
 * where it moves, never what it reads:
 *
 * - in text and quoted attribute values only `<` (or the closing quote) and `&` change
 *   anything, so the reader moves to the next of those at once (found with `indexOf`, each
 *   position remembered so no stretch is searched twice), where htmlparser2 stepped through
 *   each character; likewise over the names of tags and attributes, and white space between
 *   attributes; its own fast-forwards (to the next `<` in scripts and styles, `-` in
 *   comments, `>` in declarations) are one `indexOf`, ending where its loop ended;
 * - the whole page is one buffer (no chunks, no offsets), and no source positions are kept;
 * - the open elements are a stack whose top is its end (htmlparser2 added at the front, so
 *   each open tag cost the depth), and nesting is bounded ({@link MAX_HTML_DEPTH});
 * - with a list of attribute names, elements keep only those: the others' values are neither
 *   put together nor stored, and the kept ones are held in objects without a prototype (V8
 *   keeps those as dictionaries of one hidden class, where `{}` took a class for each order of
 *   attributes met, and readers of many classes were compiled again and again).
 *
 * `html.test.ts` holds it to htmlparser2's `parseDocument` on random markup.
 */
class HtmlReader {
  // The tokenizer.
  private readonly buf: string;
  private state = TEXT;
  private index = 0;
  private sectionStart = 0;
  private entityStart = 0;
  private baseState = TEXT;
  private isSpecial = false;
  private sequence: Uint8Array = SCRIPT_END;
  private sequenceIndex = 0;
  private readonly decoder: EntityDecoder;
  /** The next position of `<`, `&`, `"` and `'` from where each was last looked for (the buffer's length: none). */
  private nextLt = -1;
  private nextAmp = -1;
  private nextDq = -1;
  private nextSq = -1;

  // The parser.
  private tagname = '';
  private attribname = '';
  private attribvalue = '';
  private attribs: Record<string, string> | null = null;
  /** Open elements' names, the innermost last. */
  private readonly stack: string[] = [];
  /** Whether self-closing tags close (inside `svg` and `math`), the innermost last. */
  private readonly foreign: boolean[] = [false];
  /** Elements left out (too deep), by tag name, whose end tags are still to come, and their number. */
  private readonly left = new Map<string, number>();
  private pending = 0;
  /** The attribute names kept (null: all), whether elements keeping none share {@link NO_ATTRIBUTES}, and whether the current attribute is dropped. */
  private readonly keep: ReadonlySet<string> | null;
  private readonly shareEmpty: boolean;
  private skipping = false;

  // The tree.
  readonly root: HtmlNode[] = [];
  /** The children of the open elements, the document's first. */
  private readonly open: HtmlNode[][] = [this.root];
  /** The text node the next text adds to (null after anything else). */
  private last: HtmlText | null = null;

  constructor(html: string, keep: ReadonlySet<string> | null) {
    this.buf = html;
    this.keep = keep;
    this.shareEmpty = keep !== null && ![...keep].some((n) => n in Object.prototype);
    this.decoder = new ENTITIES.EntityDecoder(ENTITIES.htmlDecodeTree, (cp, consumed) =>
      this.emitCodePoint(cp, consumed),
    );
  }

  // --- the tree (domhandler's DomHandler) ---

  private add(node: HtmlNode): void {
    this.open[this.open.length - 1]!.push(node);
    this.last = null;
  }

  private openElement(name: string, attribs: Record<string, string>): void {
    const type = name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag';
    const el: HtmlElement = { type, name, attribs, children: [] };
    this.add(el);
    this.open.push(el.children);
  }

  private closeElement(): void {
    this.last = null;
    this.open.pop();
  }

  private addText(data: string): void {
    const last = this.last;
    if (last !== null) last.data += data;
    else {
      const node: HtmlText = { type: 'text', data };
      this.add(node);
      this.last = node;
    }
  }

  private addComment(data: string): void {
    this.add({ type: 'comment', data });
  }

  // --- the parser (htmlparser2's Parser) ---

  private ontext(start: number, end: number): void {
    this.addText(this.buf.slice(start, end));
  }

  private onopentagname(start: number, end: number): void {
    this.emitOpenTag(this.buf.slice(start, end).toLowerCase());
  }

  private emitOpenTag(name: string): void {
    const stack = this.stack;
    this.tagname = name;
    const impliesClose = OPEN_IMPLIES_CLOSE.get(name);
    if (impliesClose !== undefined) {
      while (stack.length > 0 && impliesClose.has(stack[stack.length - 1]!)) {
        stack.pop();
        this.closeElement();
      }
    }
    let foreign = false;
    if (!VOID_ELEMENTS.has(name)) {
      stack.push(name);
      if (FOREIGN_CONTEXT.has(name)) {
        this.foreign.push(true);
        foreign = true;
      } else if (HTML_INTEGRATION.has(name)) {
        this.foreign.push(false);
        foreign = true;
      }
    }
    if (stack.length > MAX_HTML_DEPTH) {
      // Too deep: undo the push, so the element is never built (its attributes are not kept either).
      stack.pop();
      if (foreign) this.foreign.pop();
      this.attribs = null;
      this.left.set(name, (this.left.get(name) ?? 0) + 1);
      this.pending++;
    } else this.attribs = this.shareEmpty ? NO_ATTRIBUTES : {};
  }

  private endOpenTag(): void {
    if (this.attribs !== null) {
      this.openElement(this.tagname, this.attribs);
      this.attribs = null;
    }
    if (VOID_ELEMENTS.has(this.tagname)) this.closeElement();
    this.tagname = '';
  }

  private onclosetag(start: number, end: number): void {
    const name = this.buf.slice(start, end).toLowerCase();
    if (this.pending > 0) {
      const n = this.left.get(name);
      if (n) {
        // The end tag of an element left out (the innermost of that name, as elements nest).
        this.left.set(name, n - 1);
        this.pending--;
        return;
      }
    }
    if (FOREIGN_CONTEXT.has(name) || HTML_INTEGRATION.has(name)) this.foreign.pop();
    if (!VOID_ELEMENTS.has(name)) {
      const stack = this.stack;
      const pos = stack.lastIndexOf(name);
      if (pos !== -1) {
        while (stack.length > pos) {
          stack.pop();
          this.closeElement();
        }
      } else if (name === 'p') {
        this.emitOpenTag('p');
        this.closeCurrentTag();
      }
    } else if (name === 'br') {
      this.openElement('br', {});
      this.closeElement();
    }
  }

  private onselfclosingtag(): void {
    if (this.foreign[this.foreign.length - 1]) this.closeCurrentTag();
    else this.endOpenTag();
  }

  private closeCurrentTag(): void {
    const name = this.tagname;
    this.endOpenTag();
    const stack = this.stack;
    if (stack.length > 0 && stack[stack.length - 1] === name) {
      this.closeElement();
      stack.pop();
    }
  }

  private onattribname(start: number, end: number): void {
    const name = this.buf.slice(start, end).toLowerCase();
    this.attribname = name;
    this.skipping = this.keep !== null && !this.keep.has(name);
  }

  private onattribdata(start: number, end: number): void {
    if (!this.skipping) this.attribvalue += this.buf.slice(start, end);
  }

  private onattribentity(cp: number): void {
    if (!this.skipping) this.attribvalue += ENTITIES.fromCodePoint(cp);
  }

  private onattribend(): void {
    if (!this.skipping) {
      // An element's own dictionary is made when it keeps its first attribute.
      if (this.attribs === NO_ATTRIBUTES) this.attribs = Object.create(null) as Record<string, string>;
      const attribs = this.attribs;
      if (attribs !== null && !Object.prototype.hasOwnProperty.call(attribs, this.attribname))
        attribs[this.attribname] = this.attribvalue;
    }
    this.attribvalue = '';
    this.skipping = false;
  }

  private instruction(prefix: string, start: number, end: number): void {
    const value = this.buf.slice(start, end);
    const at = value.search(NAME_END);
    const name = (at < 0 ? value : value.substr(0, at)).toLowerCase();
    this.add({ type: 'directive', name: prefix + name, data: prefix + value });
  }

  // --- the tokenizer (htmlparser2's Tokenizer) ---

  /** Runs the whole buffer through the tokenizer, then ends it. */
  read(): void {
    const buf = this.buf;
    const length = buf.length;
    while (this.index < length) {
      const c = buf.charCodeAt(this.index);
      switch (this.state) {
        case TEXT:
          this.stateText(c);
          break;
        case SPECIAL_START_SEQUENCE:
          this.stateSpecialStartSequence(c);
          break;
        case IN_SPECIAL_TAG:
          this.stateInSpecialTag(c);
          break;
        case CDATA_SEQUENCE:
          this.stateCdataSequence(c);
          break;
        case IN_ATTRIBUTE_VALUE_DQ:
          this.stateInQuotedValue(c, DQ);
          break;
        case IN_ATTRIBUTE_NAME:
          this.stateInAttributeName(c);
          break;
        case IN_COMMENT_LIKE:
          this.stateInCommentLike(c);
          break;
        case IN_SPECIAL_COMMENT:
          if (c === GT || this.fastForwardTo(GT)) {
            this.addComment(buf.slice(this.sectionStart, this.index));
            this.state = TEXT;
            this.sectionStart = this.index + 1;
          }
          break;
        case BEFORE_ATTRIBUTE_NAME:
          this.stateBeforeAttributeName(c);
          break;
        case IN_TAG_NAME:
          this.stateInTagName(c);
          break;
        case IN_CLOSING_TAG_NAME:
          this.stateInClosingTagName(c);
          break;
        case BEFORE_TAG_NAME:
          this.stateBeforeTagName(c);
          break;
        case AFTER_ATTRIBUTE_NAME:
          this.stateAfterAttributeName(c);
          break;
        case IN_ATTRIBUTE_VALUE_SQ:
          this.stateInQuotedValue(c, SQ);
          break;
        case BEFORE_ATTRIBUTE_VALUE:
          this.stateBeforeAttributeValue(c);
          break;
        case BEFORE_CLOSING_TAG_NAME:
          this.stateBeforeClosingTagName(c);
          break;
        case AFTER_CLOSING_TAG_NAME:
          this.stateAfterClosingTagName(c);
          break;
        case BEFORE_SPECIAL_S:
          this.stateBeforeSpecialS(c);
          break;
        case BEFORE_SPECIAL_T:
          this.stateBeforeSpecialT(c);
          break;
        case IN_ATTRIBUTE_VALUE_NQ:
          this.stateInUnquotedValue(c);
          break;
        case IN_SELF_CLOSING_TAG:
          this.stateInSelfClosingTag(c);
          break;
        case IN_DECLARATION:
          this.stateInDeclaration(c);
          break;
        case BEFORE_DECLARATION:
          this.stateBeforeDeclaration(c);
          break;
        case BEFORE_COMMENT:
          this.stateBeforeComment(c);
          break;
        case IN_PROCESSING_INSTRUCTION:
          if (c === GT || this.fastForwardTo(GT)) {
            this.instruction('?', this.sectionStart, this.index);
            this.state = TEXT;
            this.sectionStart = this.index + 1;
          }
          break;
        case IN_ENTITY:
          this.stateInEntity();
          break;
      }
      this.index++;
    }
    this.cleanup();
    this.finish();
  }

  /** Moves to the next `c` after the current position (true), or to the buffer's last character (false). */
  private fastForwardTo(c: number): boolean {
    const at = this.buf.indexOf(String.fromCharCode(c), this.index + 1);
    this.index = at < 0 ? this.buf.length - 1 : at;
    return at >= 0;
  }

  /** The position of the next `<` from `from` (the buffer's length when none). */
  private nextLtFrom(from: number): number {
    if (this.nextLt < from) {
      const at = this.buf.indexOf('<', from);
      this.nextLt = at < 0 ? this.buf.length : at;
    }
    return this.nextLt;
  }

  private nextAmpFrom(from: number): number {
    if (this.nextAmp < from) {
      const at = this.buf.indexOf('&', from);
      this.nextAmp = at < 0 ? this.buf.length : at;
    }
    return this.nextAmp;
  }

  private nextQuoteFrom(quote: number, from: number): number {
    if (quote === DQ) {
      if (this.nextDq < from) {
        const at = this.buf.indexOf('"', from);
        this.nextDq = at < 0 ? this.buf.length : at;
      }
      return this.nextDq;
    }
    if (this.nextSq < from) {
      const at = this.buf.indexOf("'", from);
      this.nextSq = at < 0 ? this.buf.length : at;
    }
    return this.nextSq;
  }

  private stateText(c: number): void {
    if (c === LT) {
      if (this.index > this.sectionStart) this.ontext(this.sectionStart, this.index);
      this.state = BEFORE_TAG_NAME;
      this.sectionStart = this.index;
    } else if (c === AMP) this.startEntity();
    else {
      // Nothing to do before the next `<` or `&`: stand just before it.
      const from = this.index + 1;
      this.index = Math.min(this.nextLtFrom(from), this.nextAmpFrom(from)) - 1;
    }
  }

  private stateSpecialStartSequence(c: number): void {
    const isEnd = this.sequenceIndex === this.sequence.length;
    const isMatch = isEnd ? endsTagName(c) : (c | 0x20) === this.sequence[this.sequenceIndex];
    if (!isMatch) this.isSpecial = false;
    else if (!isEnd) {
      this.sequenceIndex++;
      return;
    }
    this.sequenceIndex = 0;
    this.state = IN_TAG_NAME;
    this.stateInTagName(c);
  }

  private stateInSpecialTag(c: number): void {
    if (this.sequenceIndex === this.sequence.length) {
      if (c === GT || isSpace(c)) {
        const endOfText = this.index - this.sequence.length;
        if (this.sectionStart < endOfText) this.ontext(this.sectionStart, endOfText);
        this.isSpecial = false;
        this.sectionStart = endOfText + 2; // past the `</`
        this.stateInClosingTagName(c);
        return;
      }
      this.sequenceIndex = 0;
    }
    if ((c | 0x20) === this.sequence[this.sequenceIndex]) this.sequenceIndex += 1;
    else if (this.sequenceIndex === 0) {
      if (this.sequence === TITLE_END) {
        if (c === AMP) this.startEntity();
      } else if (this.fastForwardTo(LT)) this.sequenceIndex = 1;
    } else this.sequenceIndex = Number(c === LT);
  }

  private stateCdataSequence(c: number): void {
    if (c === CDATA[this.sequenceIndex]) {
      if (++this.sequenceIndex === CDATA.length) {
        this.state = IN_COMMENT_LIKE;
        this.sequence = CDATA_END;
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
      }
    } else {
      this.sequenceIndex = 0;
      this.state = IN_DECLARATION;
      this.stateInDeclaration(c);
    }
  }

  private stateInCommentLike(c: number): void {
    const sequence = this.sequence;
    if (c === sequence[this.sequenceIndex]) {
      if (++this.sequenceIndex === sequence.length) {
        const data = this.buf.slice(this.sectionStart, this.index - 2);
        // In HTML, CDATA is a comment.
        this.addComment(sequence === CDATA_END ? `[CDATA[${data}]]` : data);
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
        this.state = TEXT;
      }
    } else if (this.sequenceIndex === 0) {
      if (this.fastForwardTo(sequence[0]!)) this.sequenceIndex = 1;
    } else if (c !== sequence[this.sequenceIndex - 1]) this.sequenceIndex = 0;
  }

  private startSpecial(sequence: Uint8Array): void {
    this.isSpecial = true;
    this.sequence = sequence;
    this.sequenceIndex = 4;
    this.state = SPECIAL_START_SEQUENCE;
  }

  private stateBeforeTagName(c: number): void {
    if (c === BANG) {
      this.state = BEFORE_DECLARATION;
      this.sectionStart = this.index + 1;
    } else if (c === QUESTION) {
      this.state = IN_PROCESSING_INSTRUCTION;
      this.sectionStart = this.index + 1;
    } else if (isAsciiAlpha(c)) {
      const lower = c | 0x20;
      this.sectionStart = this.index;
      if (lower === 0x73)
        this.state = BEFORE_SPECIAL_S; // s
      else if (lower === 0x74 || lower === 0x78)
        this.state = BEFORE_SPECIAL_T; // t, x
      else this.state = IN_TAG_NAME;
    } else if (c === SLASH) this.state = BEFORE_CLOSING_TAG_NAME;
    else {
      this.state = TEXT;
      this.stateText(c);
    }
  }

  private stateInTagName(c: number): void {
    if (endsTagName(c)) {
      this.onopentagname(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.state = BEFORE_ATTRIBUTE_NAME;
      this.stateBeforeAttributeName(c);
      return;
    }
    // The rest of the name: stand on its last character.
    const buf = this.buf;
    let i = this.index + 1;
    for (; i < buf.length; i++) {
      const d = buf.charCodeAt(i);
      if (d === SLASH || d === GT || d === SPACE || d === LF || d === TAB || d === FF || d === CR) break;
    }
    this.index = i - 1;
  }

  private stateBeforeClosingTagName(c: number): void {
    if (isSpace(c)) return;
    if (c === GT) this.state = TEXT;
    else {
      this.state = isAsciiAlpha(c) ? IN_CLOSING_TAG_NAME : IN_SPECIAL_COMMENT;
      this.sectionStart = this.index;
    }
  }

  private stateInClosingTagName(c: number): void {
    if (c === GT || isSpace(c)) {
      this.onclosetag(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.state = AFTER_CLOSING_TAG_NAME;
      this.stateAfterClosingTagName(c);
      return;
    }
    const buf = this.buf;
    let i = this.index + 1;
    for (; i < buf.length; i++) {
      const d = buf.charCodeAt(i);
      if (d === GT || d === SPACE || d === LF || d === TAB || d === FF || d === CR) break;
    }
    this.index = i - 1;
  }

  private stateAfterClosingTagName(c: number): void {
    if (c === GT || this.fastForwardTo(GT)) {
      this.state = TEXT;
      this.sectionStart = this.index + 1;
    }
  }

  private stateBeforeAttributeName(c: number): void {
    if (c === GT) {
      this.endOpenTag();
      if (this.isSpecial) {
        this.state = IN_SPECIAL_TAG;
        this.sequenceIndex = 0;
      } else this.state = TEXT;
      this.sectionStart = this.index + 1;
    } else if (c === SLASH) this.state = IN_SELF_CLOSING_TAG;
    else if (!isSpace(c)) {
      this.state = IN_ATTRIBUTE_NAME;
      this.sectionStart = this.index;
    } else {
      // The rest of the white space: stand on its last character.
      const buf = this.buf;
      let i = this.index + 1;
      for (; i < buf.length; i++) {
        const d = buf.charCodeAt(i);
        if (d !== SPACE && d !== LF && d !== TAB && d !== FF && d !== CR) break;
      }
      this.index = i - 1;
    }
  }

  private stateInSelfClosingTag(c: number): void {
    if (c === GT) {
      this.onselfclosingtag();
      this.state = TEXT;
      this.sectionStart = this.index + 1;
      this.isSpecial = false;
    } else if (!isSpace(c)) {
      this.state = BEFORE_ATTRIBUTE_NAME;
      this.stateBeforeAttributeName(c);
    }
  }

  private stateInAttributeName(c: number): void {
    if (c === EQ || endsTagName(c)) {
      this.onattribname(this.sectionStart, this.index);
      this.sectionStart = this.index;
      this.state = AFTER_ATTRIBUTE_NAME;
      this.stateAfterAttributeName(c);
      return;
    }
    const buf = this.buf;
    let i = this.index + 1;
    for (; i < buf.length; i++) {
      const d = buf.charCodeAt(i);
      if (d === EQ || d === SLASH || d === GT || d === SPACE || d === LF || d === TAB || d === FF || d === CR)
        break;
    }
    this.index = i - 1;
  }

  private stateAfterAttributeName(c: number): void {
    if (c === EQ) this.state = BEFORE_ATTRIBUTE_VALUE;
    else if (c === SLASH || c === GT) {
      this.onattribend();
      this.sectionStart = -1;
      this.state = BEFORE_ATTRIBUTE_NAME;
      this.stateBeforeAttributeName(c);
    } else if (!isSpace(c)) {
      this.onattribend();
      this.state = IN_ATTRIBUTE_NAME;
      this.sectionStart = this.index;
    }
  }

  private stateBeforeAttributeValue(c: number): void {
    if (c === DQ) {
      this.state = IN_ATTRIBUTE_VALUE_DQ;
      this.sectionStart = this.index + 1;
    } else if (c === SQ) {
      this.state = IN_ATTRIBUTE_VALUE_SQ;
      this.sectionStart = this.index + 1;
    } else if (!isSpace(c)) {
      this.sectionStart = this.index;
      this.state = IN_ATTRIBUTE_VALUE_NQ;
      this.stateInUnquotedValue(c);
    }
  }

  private stateInQuotedValue(c: number, quote: number): void {
    if (c === quote) {
      this.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.onattribend();
      this.state = BEFORE_ATTRIBUTE_NAME;
    } else if (this.skipping) {
      // A value not kept: nothing in it is read, and no entity holds a quote, so stand just
      // before the closing quote.
      this.index = this.nextQuoteFrom(quote, this.index) - 1;
    } else if (c === AMP) this.startEntity();
    else {
      // Nothing to do before the closing quote or the next `&`: stand just before it.
      const from = this.index + 1;
      this.index = Math.min(this.nextQuoteFrom(quote, from), this.nextAmpFrom(from)) - 1;
    }
  }

  private stateInUnquotedValue(c: number): void {
    if (isSpace(c) || c === GT) {
      this.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.onattribend();
      this.state = BEFORE_ATTRIBUTE_NAME;
      this.stateBeforeAttributeName(c);
    } else if (c === AMP) this.startEntity();
  }

  private stateBeforeDeclaration(c: number): void {
    if (c === LSQB) {
      this.state = CDATA_SEQUENCE;
      this.sequenceIndex = 0;
    } else this.state = c === DASH ? BEFORE_COMMENT : IN_DECLARATION;
  }

  private stateInDeclaration(c: number): void {
    if (c === GT || this.fastForwardTo(GT)) {
      this.instruction('!', this.sectionStart, this.index);
      this.state = TEXT;
      this.sectionStart = this.index + 1;
    }
  }

  private stateBeforeComment(c: number): void {
    if (c === DASH) {
      this.state = IN_COMMENT_LIKE;
      this.sequence = COMMENT_END;
      this.sequenceIndex = 2;
      this.sectionStart = this.index + 1;
    } else this.state = IN_DECLARATION;
  }

  private stateBeforeSpecialS(c: number): void {
    const lower = c | 0x20;
    if (lower === SCRIPT_END[3]) this.startSpecial(SCRIPT_END);
    else if (lower === STYLE_END[3]) this.startSpecial(STYLE_END);
    else {
      this.state = IN_TAG_NAME;
      this.stateInTagName(c);
    }
  }

  private stateBeforeSpecialT(c: number): void {
    const lower = c | 0x20;
    if (lower === TITLE_END[3]) this.startSpecial(TITLE_END);
    else if (lower === TEXTAREA_END[3]) this.startSpecial(TEXTAREA_END);
    else if (lower === XMP_END[3]) this.startSpecial(XMP_END);
    else {
      this.state = IN_TAG_NAME;
      this.stateInTagName(c);
    }
  }

  private startEntity(): void {
    this.baseState = this.state;
    this.state = IN_ENTITY;
    this.entityStart = this.index;
    this.decoder.startEntity(
      this.baseState === TEXT || this.baseState === IN_SPECIAL_TAG ? LEGACY : ATTRIBUTE,
    );
  }

  private stateInEntity(): void {
    const at = this.index;
    const length = this.decoder.write(this.buf, at);
    if (length >= 0) {
      this.state = this.baseState;
      if (length === 0) this.index -= 1;
    } else {
      if (at < this.buf.length && this.buf.charCodeAt(at) === AMP) {
        this.state = this.baseState;
        this.index -= 1;
        return;
      }
      this.index = this.buf.length - 1;
    }
  }

  private emitCodePoint(cp: number, consumed: number): void {
    if (this.baseState !== TEXT && this.baseState !== IN_SPECIAL_TAG) {
      if (this.sectionStart < this.entityStart) this.onattribdata(this.sectionStart, this.entityStart);
      this.sectionStart = this.entityStart + consumed;
      this.index = this.sectionStart - 1;
      this.onattribentity(cp);
    } else {
      if (this.sectionStart < this.entityStart) this.ontext(this.sectionStart, this.entityStart);
      this.sectionStart = this.entityStart + consumed;
      this.index = this.sectionStart - 1;
      this.addText(ENTITIES.fromCodePoint(cp));
    }
  }

  private cleanup(): void {
    if (this.sectionStart === this.index) return;
    const state = this.state;
    if (state === TEXT || (state === IN_SPECIAL_TAG && this.sequenceIndex === 0)) {
      this.ontext(this.sectionStart, this.index);
      this.sectionStart = this.index;
    } else if (
      state === IN_ATTRIBUTE_VALUE_DQ ||
      state === IN_ATTRIBUTE_VALUE_SQ ||
      state === IN_ATTRIBUTE_VALUE_NQ
    ) {
      this.onattribdata(this.sectionStart, this.index);
      this.sectionStart = this.index;
    }
  }

  private finish(): void {
    if (this.state === IN_ENTITY) {
      this.decoder.end();
      this.state = this.baseState;
    }
    const end = this.buf.length;
    if (this.sectionStart >= end) return;
    const state = this.state;
    if (state === IN_COMMENT_LIKE) {
      const data = this.buf.slice(this.sectionStart, end);
      this.addComment(this.sequence === CDATA_END ? `[CDATA[${data}]]` : data);
    } else if (
      state === IN_TAG_NAME ||
      state === BEFORE_ATTRIBUTE_NAME ||
      state === BEFORE_ATTRIBUTE_VALUE ||
      state === AFTER_ATTRIBUTE_NAME ||
      state === IN_ATTRIBUTE_NAME ||
      state === IN_ATTRIBUTE_VALUE_SQ ||
      state === IN_ATTRIBUTE_VALUE_DQ ||
      state === IN_ATTRIBUTE_VALUE_NQ ||
      state === IN_CLOSING_TAG_NAME
    ) {
      // An unfinished tag is left out.
    } else this.ontext(this.sectionStart, end);
  }
}

/**
 * Parses an HTML page to a tree of {@link HtmlNode}s, the tree htmlparser2's `parseDocument`
 * builds with entities decoded and names lower-cased (less the links between nodes), nesting
 * bounded (see {@link MAX_HTML_DEPTH}); with `attributes`, elements keep only the attributes it
 * names (lower-case names).
 */
export function parseHtml(html: string, attributes?: ReadonlySet<string>): HtmlNode[] {
  const reader = new HtmlReader(html, attributes ?? null);
  reader.read();
  return reader.root;
}
