import { DomHandler, Parser, type Options } from 'htmlparser2';
import type { ChildNode } from 'domhandler';

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
function boundDepth(parser: Parser): void {
  const p = parser as unknown as ParserInternals;
  const open = p.emitOpenTag.bind(p);
  const close = p.onclosetag.bind(p);
  /** Elements left out, by tag name, whose end tags are still to come. */
  const left = new Map<string, number>();
  p.emitOpenTag = (name) => {
    const foreign = p.foreignContext.length;
    open(name);
    if (p.stack.length <= MAX_HTML_DEPTH) return;
    // Too deep: undo the push, so the element is never built (its attributes are not kept either).
    p.stack.shift();
    if (p.foreignContext.length > foreign) p.foreignContext.shift();
    p.attribs = null;
    left.set(name, (left.get(name) ?? 0) + 1);
  };
  p.onclosetag = (start, endIndex) => {
    let name = p.getSlice(start, endIndex);
    if (p.lowerCaseTagNames) name = name.toLowerCase();
    const n = left.get(name);
    if (!n) return close(start, endIndex);
    // The end tag of an element left out (the innermost of that name, as elements nest).
    left.set(name, n - 1);
    p.endIndex = endIndex;
    p.startIndex = endIndex + 1;
  };
}

/** Parses HTML to DOM nodes as htmlparser2's `parseDocument` does, nesting bounded (see {@link MAX_HTML_DEPTH}). */
export function parseHtml(html: string, options: Options): ChildNode[] {
  const handler = new DomHandler(undefined, options);
  const parser = new Parser(handler, options);
  boundDepth(parser);
  parser.end(html);
  return handler.root.children;
}
