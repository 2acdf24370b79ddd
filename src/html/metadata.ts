import type { HtmlElement, HtmlNode } from './parse.js';

/** Metadata a page declares in its markup, each value with the markup it came from. */
export interface HtmlMeta {
  readonly title: Found | null;
  readonly byline: Found | null;
  readonly published: Found | null;
  readonly outlet: Found | null;
  readonly language: Found | null;
  readonly canonical: Found | null;
  /** JSON-LD `articleBody`, when the page has one. */
  readonly articleBody: string | null;
  /**
   * Content the page's JSON-LD spells out item by item, where a page has no article body:
   * a recipe's or how-to's description, ingredients (`recipeIngredient`) and steps
   * (`recipeInstructions`, `step`: strings, `HowToStep` texts, `HowToSection` items).
   */
  readonly contentItems: readonly string[];
}

export interface Found {
  readonly value: string;
  /** Where it was read: `json-ld:headline`, `meta[property=og:title]`, `title`, `time[datetime]`, `url`. */
  readonly markup: string;
}

/** A date or time, as bylines sometimes carry by mistake: `2024-02-06`, `6 February 2024`, `Feb. 6, 2024 10:30`. */
const DATE_LIKE =
  /^\s*(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}T)/u;

/** Every element under `nodes`, in document order. */
function elementsOf(nodes: readonly HtmlNode[]): HtmlElement[] {
  const out: HtmlElement[] = [];
  const stack: HtmlNode[] = [...nodes].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type !== 'tag' && n.type !== 'script' && n.type !== 'style') continue;
    const el = n as HtmlElement;
    out.push(el);
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  return out;
}

function textOf(el: HtmlElement): string {
  let out = '';
  const stack: HtmlNode[] = [...el.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') out += (n as { data: string }).data;
    else if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out.replace(/\s+/g, ' ').trim();
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

/** JSON-LD objects of the page, flattened through `@graph` and arrays. */
function jsonLd(elements: readonly HtmlElement[]): Array<Record<string, Json>> {
  const out: Array<Record<string, Json>> = [];
  for (const el of elements) {
    if (el.name !== 'script' || !/ld\+json/i.test(el.attribs.type ?? '')) continue;
    let data: Json;
    try {
      data = JSON.parse(textOf(el)) as Json;
    } catch {
      continue;
    }
    const stack: Json[] = [data];
    while (stack.length) {
      const d = stack.pop();
      if (Array.isArray(d)) stack.push(...d);
      else if (d && typeof d === 'object') {
        out.push(d);
        if (Array.isArray(d['@graph'])) stack.push(...d['@graph']);
      }
    }
  }
  return out;
}

const ARTICLE_TYPES = /article|posting|report|blog|webpage/i;
const ITEMISED_TYPES = /^(recipe|howto)$/i;

/** The texts of a recipe's or how-to's description, ingredients and steps, one item each, markup stripped. */
function contentItems(ld: ReadonlyArray<Record<string, Json>>): string[] {
  const out: string[] = [];
  const add = (v: Json | undefined, depth: number): void => {
    if (v === undefined || v === null || depth > 6) return;
    if (typeof v === 'string') {
      const t = v
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (t) out.push(t);
    } else if (Array.isArray(v)) for (const x of v) add(x, depth + 1);
    else if (typeof v === 'object') {
      add(v.text, depth + 1);
      add(v.itemListElement, depth + 1);
      if (v.text === undefined && v.itemListElement === undefined) add(v.name, depth + 1);
    }
  };
  for (const o of ld) {
    const type = o['@type'];
    if (!(Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && ITEMISED_TYPES.test(t)))
      continue;
    add(o.description, 0);
    add(o.recipeIngredient ?? o.ingredients, 0);
    add(o.supply, 0);
    add(o.recipeInstructions, 0);
    add(o.step, 0);
  }
  return out;
}

/**
 * A copy of `s` that keeps no hold on the page it was cut from. V8 makes a piece of a string
 * (an attribute value, a trimmed title) of 13 characters or more a view into the whole string,
 * so a Document's title or canonical URL kept the whole decoded page alive: `extract` of the
 * 922 trafilatura-eval pages held about 0.4 GB of pages until it wrote its output. Joining
 * makes a new string, and the piece cut from that holds only it.
 */
const detached = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));

function nameOf(v: Json | undefined): string | null {
  if (!v) return null;
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (typeof v === 'object' && typeof v.name === 'string') return v.name.trim() || null;
  return null;
}

/** What {@link htmlMetadata} reads of the elements: `meta` elements by key, the first of some others, `html[lang]` and the last canonical link. */
function declared(elements: readonly HtmlElement[]): {
  meta: Map<string, string>;
  titleTag: string | null;
  lang: string | null;
  canonical: string | null;
  time: string | null;
  h1: string | null;
} {
  const meta = new Map<string, string>();
  let titleTag: string | null = null;
  let lang: string | null = null;
  let canonical: string | null = null;
  let time: string | null = null;
  let h1: string | null = null;
  for (const el of elements) {
    const a = el.attribs;
    if (el.name === 'meta') {
      const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'] ?? '').toLowerCase();
      if (key && a.content && !meta.has(key)) meta.set(key, a.content.trim());
    } else if (el.name === 'title' && titleTag === null) titleTag = textOf(el);
    else if (el.name === 'html' && a.lang) lang = a.lang;
    else if (el.name === 'link' && /\bcanonical\b/i.test(a.rel ?? '') && a.href) canonical = a.href;
    else if (el.name === 'time' && time === null && a.datetime) time = a.datetime;
    else if (el.name === 'h1' && h1 === null) h1 = textOf(el) || null;
  }
  return { meta, titleTag, lang, canonical, time, h1 };
}

/**
 * Reads title, byline, date, outlet, language and canonical URL from markup, most specific
 * source first. (A page rendered by `renderPage` keeps only the attributes named in its
 * `READ_ATTRIBUTES`: one read here is named there.)
 */
export function htmlMetadata(root: readonly HtmlNode[], url: string | null): HtmlMeta {
  const elements = elementsOf(root);
  // The walk over the elements is a function of its own: a page with attributes of a shape not
  // met before makes V8 compile again only that walk, not all of this function (issue 16).
  const { meta, titleTag, lang, canonical, time, h1 } = declared(elements);
  const ld = jsonLd(elements);
  const article =
    ld.find((o) => ARTICLE_TYPES.test(String(o['@type'] ?? ''))) ??
    ld.find((o) => o.headline || o.articleBody);
  const pick = (...c: Array<[string | null | undefined, string]>): Found | null => {
    for (const [v, markup] of c) if (v && v.trim()) return { value: detached(v.trim()), markup };
    return null;
  };
  const generator = (meta.get('generator') ?? '').trim().toLowerCase();
  // A headline, not the name of the software that made the page (`escenic`), nor an address.
  const headline = (v: string | null | undefined): string | null =>
    v &&
    !/^(https?:\/\/|www\.)/i.test(v.trim()) &&
    !(generator && generator.startsWith(v.trim().toLowerCase())) &&
    !/^\p{Ll}[\p{Ll}\p{N}_-]*$/u.test(v.trim())
      ? v
      : null;
  // A byline names people: not a date, not an address.
  const names = (v: string | null | undefined): string | null =>
    v && /\p{L}{2}/u.test(v) && !DATE_LIKE.test(v) && !/^(https?:\/\/|www\.)/i.test(v.trim()) ? v : null;
  const m = (k: string): string | undefined => meta.get(k);
  const urlDate = url ? /\/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])\//.exec(url) : null;
  return {
    title: pick(
      [headline(typeof article?.headline === 'string' ? article.headline : null), 'json-ld:headline'],
      [headline(m('og:title')), 'meta[property=og:title]'],
      [headline(m('twitter:title')), 'meta[name=twitter:title]'],
      [headline(h1), 'h1'],
      [headline(titleTag), 'title'],
    ),
    byline: pick(
      [names(nameOf(article?.author)), 'json-ld:author'],
      [names(m('author')), 'meta[name=author]'],
      [names(m('article:author')), 'meta[property=article:author]'],
      [names(m('byl')), 'meta[name=byl]'],
      [names(m('dc.creator')), 'meta[name=dc.creator]'],
    ),
    published: pick(
      [typeof article?.datePublished === 'string' ? article.datePublished : null, 'json-ld:datePublished'],
      [m('article:published_time'), 'meta[property=article:published_time]'],
      [m('datepublished'), 'meta[itemprop=datePublished]'],
      [
        m('pubdate') ??
          m('publishdate') ??
          m('date') ??
          m('dc.date') ??
          m('dc.date.issued') ??
          m('sailthru.date'),
        'meta[name=date]',
      ],
      [time, 'time[datetime]'],
      [
        urlDate ? `${urlDate[1]}-${urlDate[2]!.padStart(2, '0')}-${urlDate[3]!.padStart(2, '0')}` : null,
        'url',
      ],
    ),
    outlet: pick(
      [m('og:site_name'), 'meta[property=og:site_name]'],
      [nameOf(article?.publisher), 'json-ld:publisher'],
      [m('application-name'), 'meta[name=application-name]'],
      [m('twitter:site')?.replace(/^@/, ''), 'meta[name=twitter:site]'],
    ),
    language: pick(
      [lang, 'html[lang]'],
      [m('content-language'), 'meta[http-equiv=content-language]'],
      [m('og:locale')?.replace('_', '-'), 'meta[property=og:locale]'],
      [typeof article?.inLanguage === 'string' ? article.inLanguage : null, 'json-ld:inLanguage'],
    ),
    canonical: pick([canonical, 'link[rel=canonical]'], [m('og:url'), 'meta[property=og:url]'], [url, 'url']),
    articleBody:
      typeof article?.articleBody === 'string' && article.articleBody.trim() ? article.articleBody : null,
    contentItems: contentItems(ld),
  };
}

/** The charset a page declares in its first bytes (`<meta charset>` or `http-equiv` content type), if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}
