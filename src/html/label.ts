import { COMMENTS_START, isProse, junkDecision } from '../blocks/plain.js';
import { countWords, lineFeatures, SENTENCE_END, type LineFeatures } from '../blocks/features.js';
import type { Block, BlockLabel } from '../model/document.js';
import type { HtmlMeta } from './metadata.js';
import type { RenderedText } from './render.js';

/** Class and id words of page furniture (matched inside longer names, as in `commentlist`). */
const NEGATIVE =
  /(comment|disqus|respond|reply|sidebar|widget|footer|navbar|navigation|(^|[\s_-])nav([\s_-]|$)|menu|breadcrumb|related|recommend|more-stories|share|sharing|social|sponsor|promo|advert|(^|[\s_-])ads?([\s_-]|$)|banner|cookie|consent|gdpr|newsletter|subscri|signup|login|popup|modal|masthead|tagcloud|(^|[\s_-])tags?([\s_-]|$)|pagination|pager|skip|toolbar|outbrain|taboola|teaser|trending|popular|most-read|also-read|read-more|legal|disclaimer|copyright|(^|[\s_-])header([\s_-]|$)|topbar|author-bio|rating|(^|[\s_-])vote|(^|[\s_-])print([\s_-]|$)|(^|[\s_-])rss|(^|[\s_-])btn|shoutbox|skyscraper|shopping|combx|contact)/;
/** Class and id words of article containers. */
const POSITIVE =
  /(^|[\s_-])(article|articles|content|entry|hentry|h-entry|post|story|body|text|main|prose|blog|news|page-content|article-body|story-body|post-content|entry-content|post-body|main-content|rich-text|richtext|articlebody)([\s_-]|$)/;
/**
 * Class and id words that also name the article or its column: an element hinted as both
 * (`content-sidebar-wrap`, `post tag-news`, `article-teaser`) is a wrapper, not furniture
 * (Readability's "maybe a candidate" rule).
 */
const WRAPPER = /(article|body|column|content|main|entry|story|post)/;
const FURNITURE_TAGS = new Set(['nav', 'footer', 'aside', 'header', 'form', 'menu']);
const CAPTION_HINT = /(^|[\s_-])(caption|credit|wp-caption-text|figcaption|photo-credit)([\s_-]|$)/;
const BYLINE_HINT = /(^|[\s_-])(byline|author|writer|by-line)([\s_-]|$)/;
const DATE_HINT = /(^|[\s_-])(date|time|timestamp|published|dateline|pubdate)([\s_-]|$)/;
const MAX_UP = 40;
/** Share of the page's unlinked text above which an element is the page's frame, not furniture. */
const FRAME_SHARE = 0.8;
/** Lines of page furniture after which a lone paragraph below the article is no longer article text. */
const FURNITURE_GAP = 4;
/** Lines outside the container that may stand between two lines of article text and still be article text. */
const MAX_BETWEEN = 3;
const CAPTION = 1;
const BYLINE = 2;
const DATE = 4;

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Labels the lines of a rendered page. The article is the element whose
 * paragraphs score highest (length, commas, few links; class and id words that
 * mean article or furniture weigh in), together with sibling elements that
 * hold article paragraphs too (articles split over several containers). Inside
 * it, lines are body unless they are link lists, captions, headings or junk by
 * the plain-text rules; outside it, long prose outside page furniture still
 * counts as body, and lines found in the page's JSON-LD `articleBody`, or listed there
 * as a recipe's or how-to's ingredient or step, are body.
 */
export function labelHtml(r: RenderedText, meta: HtmlMeta): Block[] {
  const { elements, lines, text } = r;
  // Full line features (a dozen word lists) only for the lines whose label needs them.
  const featCache: Array<LineFeatures | undefined> = new Array(lines.length);
  const feat = (i: number): LineFeatures =>
    (featCache[i] ??= lineFeatures(i, lines[i]!.start, text.slice(lines[i]!.start, lines[i]!.end)));
  // Each step over the page's elements is a function of its own (as are the steps after the
  // labelling): a page that takes a path not taken before makes V8 compile again only that
  // step, not one long function holding them all (issue 16: it was compiled 6 times in a run
  // over 181 pages, about 30 ms each).
  const { score, chars, links } = elementScores(r);
  const inFurniture = furnitureOf(elements, chars, links);
  const hintFactor = (e: number): number => {
    const info = elements[e]!;
    let f = 1;
    if (POSITIVE.test(info.hints) || info.tag === 'article' || info.tag === 'main') f *= 1.3;
    if (inFurniture[e]) f *= 0.3;
    else if (FURNITURE_TAGS.has(info.tag)) f *= 0.5;
    return f;
  };
  const total = (e: number): number => score[e]! * hintFactor(e) * (1 - links[e]! / Math.max(1, chars[e]!));
  const { top, best } = topElement(elements, score, chars, links, total);
  const region = articleRegion(elements, top, best, chars, links, total);
  // Per element, parents first: the article container holding it, and hint flags of it and its near ancestors.
  const { regionOf, flags, nearFlags } = elementFlags(elements, region);
  const inRegion = (owner: number): number | null => (regionOf[owner]! >= 0 ? regionOf[owner]! : null);
  /** A furniture hint on an element between the line and the article container (a share bar inside the article). */
  const furnitureBetween = (owner: number, stop: number | null): string | null => {
    for (let e = owner, k = 0; e > 0 && e !== stop && k < MAX_UP; e = elements[e]!.parent, k++) {
      const info = elements[e]!;
      if (info.tag === 'nav' || info.tag === 'footer' || info.tag === 'aside' || info.tag === 'menu')
        return info.tag;
      const m = NEGATIVE.exec(info.hints);
      if (m) return m[0].trim();
    }
    return null;
  };
  const hintedUp = (owner: number, flag: number): boolean => (nearFlags[owner]! & flag) !== 0;
  const titleKey = meta.title ? norm(meta.title.value) : null;
  const bodyIndex = meta.articleBody ? new PassageIndex([norm(meta.articleBody)]) : null;
  const itemKeys = itemKeysOf(meta.contentItems);
  const itemsIndex = itemKeys.size ? new PassageIndex([...itemKeys]) : null;
  let titled = false;
  // A slideshow: its captions (those of a sentence or more) hold more words than the article's other lines.
  const isCaption = (l: (typeof lines)[number]): boolean =>
    l.tag === 'figcaption' || hintedUp(l.owner, CAPTION);
  const slideshow = isSlideshow(r, regionOf, isCaption);
  // A comment-section heading inside the article ends it: what follows is readers' comments.
  const commentsFrom = lines.findIndex(
    (l, i) => i > 0 && regionOf[l.owner]! >= 0 && COMMENTS_START.test(text.slice(l.start, l.end).trim()),
  );
  const labelled = lines.map(function labelLine(l, i): Block {
    if (commentsFrom >= 0 && i >= commentsFrom && regionOf[l.owner]! >= 0) {
      return {
        start: l.start,
        end: l.end,
        label: 'boilerplate' as BlockLabel,
        rule: 'blocks:html-comments',
        reason: 'after a comment-section heading',
      };
    }
    const t = text.slice(l.start, l.end);
    const maybeTitle =
      !titled && titleKey !== null && (l.tag === 'h1' || Math.abs(t.length - titleKey.length) < 12);
    const maybeInBody = bodyIndex !== null && t.length >= 20;
    const key = maybeTitle || maybeInBody ? norm(t) : '';
    const words = countWords(t);
    const density = l.linkChars / Math.max(1, t.length);
    const container = inRegion(l.owner);
    const decide = (label: BlockLabel, rule: string, reason: string): Block => ({
      start: l.start,
      end: l.end,
      label,
      rule,
      reason,
    });
    if (
      maybeTitle &&
      key &&
      titleKey &&
      (key === titleKey || (l.tag === 'h1' && titleKey.includes(key) && key.length > 15))
    ) {
      titled = true;
      return decide('title', 'blocks:html-title', `matches the page title (${meta.title!.markup})`);
    }
    if (isCaption(l)) {
      if (slideshow && words >= 10 && SENTENCE_END.test(t))
        return decide(
          'body',
          'blocks:html-slideshow-caption',
          "a caption in sentences on a page whose captions carry more text than its article (a slideshow's)",
        );
      return decide('caption', 'blocks:html-caption', 'figure caption or credit element');
    }
    if (hintedUp(l.owner, BYLINE) && words <= 12)
      return decide('byline', 'blocks:html-byline', 'byline or author element');
    // Longer text in an author element itself (not somewhere above it) is the author's biography.
    // (The root's parent is -1: read out of bounds, that made V8 drop this function's optimised code.)
    const parent = elements[l.owner]!.parent;
    if (((flags[l.owner] ?? 0) | (parent >= 0 ? (flags[parent] ?? 0) : 0)) & BYLINE)
      return decide(
        'boilerplate',
        'blocks:html-author-bio',
        "longer text in an author element (the author's biography)",
      );
    if (hintedUp(l.owner, DATE) && words <= 10 && /\d/.test(t))
      return decide('dateline', 'blocks:html-date', 'date element');
    if (maybeInBody && key.length >= 20 && bodyIndex!.holds(key)) {
      return decide(
        /^h[1-6]$/.test(l.tag) ? 'subhead' : 'body',
        'blocks:json-ld-article-body',
        "in the page's JSON-LD articleBody",
      );
    }
    if (itemsIndex !== null) {
      const k = norm(t);
      if (itemKeys.has(k) || (k.length >= 20 && itemsIndex.holds(k)))
        return decide(
          /^h[1-6]$/.test(l.tag) ? 'subhead' : 'body',
          'blocks:json-ld-content-item',
          "a recipe's or how-to's description, ingredient or step in the page's JSON-LD",
        );
    }
    if (container !== null) {
      const f = feat(i);
      if (density >= 0.5 && f.words <= 25)
        return decide(
          'boilerplate',
          'blocks:html-link-list',
          `mostly link text (${Math.round(density * 100)}%)`,
        );
      const furniture = furnitureBetween(l.owner, container);
      if (furniture && !isProse(f))
        return decide(
          'boilerplate',
          'blocks:html-furniture-in-article',
          `inside a '${furniture}' element within the article`,
        );
      // Read only for a line the link and furniture tests above leave (the word lists are the dear part).
      const junk = junkDecision(f);
      if (junk && junk.label !== 'dateline') return decide(junk.label, junk.rule, junk.reason);
      if (/^h[1-6]$/.test(l.tag))
        return decide('subhead', 'blocks:html-heading', `${l.tag} heading inside the article`);
      return decide('body', 'blocks:html-article', 'inside the article container');
    }
    if (top < 0) {
      // No article container at all (a fragment, a tiny page): keep what is not furniture, so nothing is silently lost.
      const f = feat(i);
      const junk = junkDecision(f);
      if (junk) return decide(junk.label, junk.rule, junk.reason);
      if (!inFurniture[l.owner] && density < 0.5)
        return decide(
          'body',
          'blocks:html-no-article-fallback',
          'no article container on the page; kept as body',
        );
    }
    // Outside the article: only a long paragraph can still be article text; the rest is furniture.
    if (words < 15 || density >= 0.2 || !SENTENCE_END.test(t)) {
      return decide(
        'boilerplate',
        'blocks:html-outside-article',
        inFurniture[l.owner] ? 'page furniture' : 'outside the article container',
      );
    }
    const f = feat(i);
    const junk = junkDecision(f);
    if (junk) return decide(junk.label, junk.rule, junk.reason);
    const furniture = inFurniture[l.owner] ? (furnitureBetween(l.owner, null) ?? 'furniture') : null;
    if (!furniture && density < 0.2 && isProse(f) && f.words >= 15 && f.endsSentence) {
      return decide('body', 'blocks:html-prose-outside', 'a paragraph of prose outside page furniture');
    }
    return decide(
      'boilerplate',
      'blocks:html-outside-article',
      furniture ? `page furniture ('${furniture}')` : 'outside the article container',
    );
  });
  demoteProseBelowFurniture(labelled);
  promoteLinesBetweenText(labelled, (i) => {
    const l = lines[i]!;
    return !inFurniture[l.owner] && l.linkChars < (l.end - l.start) / 5 && !junkDecision(feat(i));
  });
  demoteHeadingsWithoutText(labelled, r);
  return labelled;
}

/**
 * Per element of a rendered page: the score of the article paragraphs below it (a paragraph's
 * score goes to its parent in full and fades further up), and the characters and link
 * characters of its whole subtree.
 */
function elementScores(r: RenderedText): { score: Float64Array; chars: Float64Array; links: Float64Array } {
  const { elements, lines, text } = r;
  const n = elements.length;
  const score = new Float64Array(n);
  const chars = new Float64Array(n);
  const links = new Float64Array(n);
  const ancestors = (id: number): number[] => {
    const out: number[] = [];
    for (let e = id, k = 0; e > 0 && k < MAX_UP; e = elements[e]!.parent, k++) out.push(e);
    return out;
  };
  // Per block element: its own text (not in links), commas, lines.
  const ownText = new Float64Array(n);
  const ownCommas = new Float64Array(n);
  const ownLinks = new Float64Array(n);
  lines.forEach((l) => {
    const len = l.end - l.start;
    ownText[l.owner] = ownText[l.owner]! + len;
    ownLinks[l.owner] = ownLinks[l.owner]! + l.linkChars;
    ownCommas[l.owner] = ownCommas[l.owner]! + countCommas(text, l.start, l.end);
  });
  // Totals of whole subtrees, children before parents (elements were numbered parents first).
  for (let e = 1; e < n; e++) {
    chars[e] = ownText[e]!;
    links[e] = ownLinks[e]!;
  }
  for (let e = n - 1; e > 1; e--) {
    const parent = elements[e]!.parent;
    if (parent > 0) {
      chars[parent] = chars[parent]! + chars[e]!;
      links[parent] = links[parent]! + links[e]!;
    }
  }
  // Paragraph scores go to the paragraph's parent in full and fade further up.
  for (let e = 1; e < n; e++) {
    const len = ownText[e]! - ownLinks[e]!;
    if (len < 25 || ownLinks[e]! / Math.max(1, ownText[e]!) > 0.5) continue;
    const s = 1 + ownCommas[e]! + Math.min(3, Math.floor(len / 100));
    ancestors(e)
      .slice(0, 6)
      .forEach((a, k) => {
        score[a] = score[a]! + (k <= 1 ? s : s / k);
      });
  }
  return { score, chars, links };
}

/** Per element, parents first: 1 inside page furniture (a sidebar's widget, a footer's list). */
function furnitureOf(
  elements: RenderedText['elements'],
  chars: Float64Array,
  links: Float64Array,
): Uint8Array {
  const n = elements.length;
  const inFurniture = new Uint8Array(n);
  // An element holding most of the page's text is the page's frame, whatever its class says
  // (`above-footer`, `page-with-sidebar` around everything): furniture is a part of a page.
  let pageText = 0;
  for (let e = 1; e < n; e++) {
    const tag = elements[e]!.tag;
    if (tag === 'body' || tag === 'html') pageText = Math.max(pageText, chars[e]! - links[e]!);
  }
  // Pages repeat their class names (a list's items, a grid's cards): each hints string is tested once.
  const furnitureHints = new Map<string, boolean>();
  const furnitureHinted = (hints: string): boolean => {
    let v = furnitureHints.get(hints);
    if (v === undefined) furnitureHints.set(hints, (v = NEGATIVE.test(hints) && !WRAPPER.test(hints)));
    return v;
  };
  for (let e = 1; e < n; e++) {
    const info = elements[e]!;
    const frame = chars[e]! - links[e]! > FRAME_SHARE * pageText;
    const own =
      (furnitureHinted(info.hints) && !frame) ||
      info.tag === 'nav' ||
      info.tag === 'footer' ||
      info.tag === 'aside';
    inFurniture[e] = own || (info.parent > 0 && inFurniture[info.parent] === 1) ? 1 : 0;
  }
  return inFurniture;
}

/**
 * The element whose paragraphs score highest (`total`: its score weighed by its hints and
 * links), climbing while the parent holds nearly as much article text (the article split into
 * several blocks); -1 when none scores.
 */
function topElement(
  elements: RenderedText['elements'],
  score: Float64Array,
  chars: Float64Array,
  links: Float64Array,
  total: (e: number) => number,
): { top: number; best: number } {
  const n = elements.length;
  let top = -1;
  let best = 0;
  for (let e = 1; e < n; e++) {
    const tag = elements[e]!.tag;
    if (tag === 'html' || tag === 'body' || score[e] === 0) continue;
    const s = total(e);
    if (s > best) {
      best = s;
      top = e;
    }
  }
  // Climb while the parent holds nearly as much article text (the article split into several blocks).
  for (let k = 0; top > 0 && k < 5; k++) {
    const parent = elements[top]!.parent;
    const tag = elements[parent]?.tag;
    if (parent <= 0 || tag === 'body' || tag === 'html') break;
    if (total(parent) >= best * 0.85 && links[parent]! / Math.max(1, chars[parent]!) < 0.35) {
      top = parent;
      best = Math.max(best, total(parent));
    } else break;
  }
  return { top, best };
}

/** The article's containers: the top element, and siblings holding article paragraphs too. */
function articleRegion(
  elements: RenderedText['elements'],
  top: number,
  best: number,
  chars: Float64Array,
  links: Float64Array,
  total: (e: number) => number,
): Set<number> {
  const region = new Set<number>();
  if (top > 0) {
    region.add(top);
    const parent = elements[top]!.parent;
    for (let e = 1; e < elements.length; e++) {
      if (e === top || elements[e]!.parent !== parent) continue;
      const s = total(e);
      if (s >= Math.max(3, best * 0.2) && links[e]! / Math.max(1, chars[e]!) < 0.3) region.add(e);
    }
  }
  return region;
}

/**
 * Per element, parents first: the article container holding it (-1: none), its hint flags
 * (caption, byline, date) and those of it and its three nearest ancestors.
 */
function elementFlags(
  elements: RenderedText['elements'],
  region: ReadonlySet<number>,
): { regionOf: Int32Array; flags: Uint8Array; nearFlags: Uint8Array } {
  const n = elements.length;
  const regionOf = new Int32Array(n).fill(-1);
  const flags = new Uint8Array(n);
  const nearFlags = new Uint8Array(n);
  for (let e = 1; e < n; e++) {
    const info = elements[e]!;
    regionOf[e] = region.has(e) ? e : info.parent > 0 ? regionOf[info.parent]! : -1;
    if (info.hints) {
      flags[e] =
        (CAPTION_HINT.test(info.hints) ? CAPTION : 0) |
        (BYLINE_HINT.test(info.hints) ? BYLINE : 0) |
        (DATE_HINT.test(info.hints) ? DATE : 0);
    }
    let f = flags[e]!;
    for (let up = info.parent, k = 0; up > 0 && k < 3; up = elements[up]!.parent, k++) f |= flags[up]!;
    nearFlags[e] = f;
  }
  return { regionOf, flags, nearFlags };
}

/**
 * A slideshow: its captions (those of a sentence or more, by `isCaption`) hold more words
 * than the article's other lines.
 */
function isSlideshow(
  r: RenderedText,
  regionOf: Int32Array,
  isCaption: (l: RenderedText['lines'][number]) => boolean,
): boolean {
  const { lines, text } = r;
  let captionWords = 0;
  let articleWords = 0;
  for (const l of lines) {
    if (!isCaption(l)) continue;
    const words = countWords(text.slice(l.start, l.end));
    if (words >= 15) captionWords += words;
  }
  if (captionWords > 0) {
    for (const l of lines) {
      if (!isCaption(l) && regionOf[l.owner]! >= 0 && l.linkChars < (l.end - l.start) / 2)
        articleWords += countWords(text.slice(l.start, l.end));
    }
  }
  return captionWords > articleWords;
}

/**
 * Below the article, a lone paragraph of prose that comes after several lines of page
 * furniture, with no article text right after it, is the furniture's own prose (a
 * disclaimer, a teaser, a note on affiliate links), not more of the article.
 */
function demoteProseBelowFurniture(labelled: Block[]): void {
  let lastInArticle = -1;
  labelled.forEach((b, i) => {
    if (b.rule === 'blocks:html-article') lastInArticle = i;
  });
  if (lastInArticle < 0) return;
  let furnitureRun = 0;
  for (let i = lastInArticle + 1; i < labelled.length; i++) {
    const b = labelled[i]!;
    if (
      b.rule === 'blocks:html-prose-outside' &&
      furnitureRun >= FURNITURE_GAP &&
      labelled[i + 1]?.label !== 'body'
    ) {
      labelled[i] = {
        ...b,
        label: 'boilerplate',
        rule: 'blocks:html-prose-below-furniture',
        reason: `a lone paragraph below the article after ${furnitureRun} lines of page furniture`,
      };
      furnitureRun++;
    } else if (b.label === 'body') furnitureRun = 0;
    else if (b.label === 'boilerplate') furnitureRun++;
  }
}

/**
 * Between two lines of article text, a few lines outside the container that are neither
 * furniture, links nor junk (`plain`) are article text too: a paragraph in a cousin element,
 * the rest of a lead split across boxes (jusText's rule for blocks between good ones).
 */
function promoteLinesBetweenText(labelled: Block[], plain: (i: number) => boolean): void {
  const between = (i: number): boolean => labelled[i]!.rule === 'blocks:html-outside-article' && plain(i);
  for (let i = 1; i < labelled.length; i++) {
    if (labelled[i - 1]!.label !== 'body' || !between(i)) continue;
    let j = i;
    while (j < labelled.length && j - i < MAX_BETWEEN && between(j)) j++;
    if (j < labelled.length && labelled[j]!.label === 'body') {
      for (let k = i; k < j; k++)
        labelled[k] = {
          ...labelled[k]!,
          label: 'body',
          rule: 'blocks:html-between-text',
          reason: 'outside the container but between lines of article text, and not furniture',
        };
    }
    i = j;
  }
}

/**
 * The normalised recipe or how-to items of a page, those of three characters or more. Kept out
 * of {@link labelHtml}: the list is empty on most pages and holds strings on some, and the two
 * array shapes met at one call site inside that long function made V8 throw away its optimised
 * code on each page with items (34 times over the trafilatura-eval pages).
 */
function itemKeysOf(items: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const item of items) {
    const k = norm(item);
    if (k.length > 2) keys.add(k);
  }
  return keys;
}

/**
 * A short heading inside the article that no article text follows before the next heading
 * (`Read also`, `Recommended`, `Sources:` over a link list) titles furniture, not the article.
 */
function demoteHeadingsWithoutText(labelled: Block[], r: RenderedText): void {
  for (let i = 0; i < labelled.length; i++) {
    if (labelled[i]!.rule !== 'blocks:html-heading') continue;
    if (countWords(r.text.slice(r.lines[i]!.start, r.lines[i]!.end)) > 10) continue;
    let followedByText = false;
    for (let j = i + 1; j < labelled.length && !followedByText; j++) {
      if (labelled[j]!.label === 'subhead' || /^h[1-6]$/.test(r.lines[j]!.tag)) break;
      followedByText = labelled[j]!.label === 'body';
    }
    if (!followedByText)
      labelled[i] = {
        ...labelled[i]!,
        label: 'boilerplate',
        rule: 'blocks:html-heading-without-text',
        reason: 'a heading in the article that no article text follows (it titles a list or furniture)',
      };
  }
}

/**
 * Normalised passages (a JSON-LD `articleBody`, a recipe's items) that a line's normalised
 * text can be looked up in: a line is held when each run of three of its words (or its
 * words, for a line of one or two) occurs in one passage. Hashed word runs make the lookup
 * cost the line's length, not the passage's, so a page with a long body and many lines
 * stays linear.
 */
class PassageIndex {
  private readonly runs = new Set<number>();
  private readonly words = new Set<number>();

  constructor(passages: readonly string[]) {
    for (const p of passages) {
      const w = p.split(' ').filter(Boolean).map(hashWord);
      for (let i = 0; i < w.length; i++) {
        this.words.add(w[i]!);
        if (i + 2 < w.length) this.runs.add(run(w[i]!, w[i + 1]!, w[i + 2]!));
      }
    }
  }

  holds(key: string): boolean {
    const w = key.split(' ').filter(Boolean).map(hashWord);
    if (w.length < 3) return w.length > 0 && w.every((x) => this.words.has(x));
    for (let i = 0; i + 2 < w.length; i++) if (!this.runs.has(run(w[i]!, w[i + 1]!, w[i + 2]!))) return false;
    return true;
  }
}

/** FNV-1a hash of a word. */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** One number for a run of three word hashes (collisions only make a rare false match). */
function run(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> 0;
}

function countCommas(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 0x3001) n++;
  }
  return n;
}
