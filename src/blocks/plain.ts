import type { Block, BlockLabel } from '../model/document.js';
import { isMastheadLine } from './masthead.js';
import { lineFeatures, type LineFeatures } from './features.js';
import { MONTHS_INTL } from './lexicon.js';

/** Why a line got its label: the rule id and a sentence for people. */
interface Decision {
  readonly label: BlockLabel;
  readonly rule: string;
  readonly reason: string;
}

const decide = (label: BlockLabel, rule: string, reason: string): Decision => ({ label, rule, reason });

/** Non-empty lines of a text with their offsets (trimmed of surrounding white space). */
export function splitLines(text: string): LineFeatures[] {
  const out: LineFeatures[] = [];
  let pos = 0;
  let n = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    const raw = text.slice(pos, nl);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push(lineFeatures(n, pos + lead, body));
    pos = nl + 1;
    n++;
  }
  return out;
}

/** Junk whatever its position: calls to action, legal notices, navigation, ALL-CAPS promos, credits. */
export function junkDecision(f: LineFeatures): Decision | null {
  if (isDateLine(f))
    return decide('dateline', 'blocks:date-line', 'a date line (publication or update time)');
  if (/^(https?:\s*\/\s*\/|www\.\s*\S)\S*(\s+\S+){0,30}$/i.test(f.text) && !/\s\p{Ll}{3,}\s/u.test(f.text)) {
    return decide('boilerplate', 'blocks:url', 'a web address on its own line');
  }
  if (f.navigation)
    return decide('boilerplate', 'blocks:navigation', `navigation or share line '${f.text.slice(0, 40)}'`);
  if (f.junk.includes('comments'))
    return decide('boilerplate', 'blocks:comments', 'comment counter or comment prompt');
  if (f.credit && f.words <= 40)
    return decide('caption', 'blocks:credit', 'photo caption or credit (credit pattern)');
  const short = f.words <= 8 || (f.words <= 15 && (!f.endsSentence || f.callToAction));
  if (f.junk.length > 0 && (short || f.readerAddress > 0 || f.junk.length >= 2)) {
    return decide(
      'boilerplate',
      `blocks:${f.junk[0]}`,
      `${f.junk.join(', ')} wording${f.readerAddress ? ' addressed to the reader' : ''}`,
    );
  }
  if (f.callToAction && f.readerAddress >= 1 && short) {
    return decide('boilerplate', 'blocks:call-to-action', 'a call to action addressed to the reader');
  }
  if (f.words >= 3 && f.capsRatio > 0.9 && f.text.replace(/[^\p{L}]/gu, '').length >= 12) {
    return decide('boilerplate', 'blocks:all-caps-promo', 'ALL-CAPS line: a promo or related-story link');
  }
  return null;
}

/** A paragraph of article prose: long enough and ending like a sentence. */
export function isProse(f: LineFeatures): boolean {
  return (f.words >= 8 && f.endsSentence) || f.words >= 30;
}

/** Could be a headline: a handful of words, not a finished sentence with a full stop. */
function isHeadlineLike(f: LineFeatures): boolean {
  return f.words >= 3 && f.words <= 30 && !/\.["'”’)]*$/.test(f.text) && !f.text.endsWith(':');
}

/**
 * A time of day leading a date line (`7: 15 a. m. Dec. 7, 2009`, `9:53 AM, MON 22 JUL 2013`,
 * `12:52 p.m. EDT May 2, 2013`): the hour, its half of the day and its zone before the date;
 * tokenised text spaces the colon and the letters of `a. m.`.
 */
const LEADING_TIME = String.raw`(\d{1,2}\s?:\s?\d{2}\s?([ap]\.?\s?m\.?|[ap]m)?,?\s+([A-Z]{2,4},?\s+)?)?`;

const DATE_LINE = new RegExp(
  String.raw`^((published|updated|posted|last updated|first published|veröffentlicht|aktualisiert|erstellt|publié|mis à jour|publicado|actualizado|pubblicato)( am| le| el| il| on)?\s*:?\s*)?` +
    LEADING_TIME +
    String.raw`((mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)[a-z]*\.?,?\s+)?` +
    String.raw`(\d{1,2}(\.|st|nd|rd|th)?\s+(de\s+)?)?(` +
    MONTHS_INTL +
    String.raw`|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-zäéû]*\.?\s+(de\s+)?\d{0,2}(st|nd|rd|th)?,?\s*\d{4}` +
    String.raw`|^((published|updated|posted|veröffentlicht|erstellt|publié|publicado)( am| le| el| on)?\s*:?\s*)?` +
    LEADING_TIME +
    String.raw`\d{1,4}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{1,4}`,
  'iu',
);

export function isDateLine(f: LineFeatures): boolean {
  return f.words <= 12 && DATE_LINE.test(f.text);
}

/**
 * Labels every non-empty line of a plain-text article. The article body is the
 * run from the first to the last line of prose that is not junk; lines above
 * it are title, deck, byline, dateline, captions or page furniture; lines
 * inside it are body unless junk says otherwise (short unpunctuated lines
 * between paragraphs are subheads); lines after it are page furniture.
 */
export function labelPlainText(text: string): Block[] {
  const lines = splitLines(text);
  const decisions: Array<Decision | null> = lines.map(junkDecision);
  const keyCount = new Map<string, number>();
  for (const f of lines) keyCount.set(f.key, (keyCount.get(f.key) ?? 0) + 1);

  // Captions that repeat as the start of a credit line: `Missile on parade.` / `Missile on parade. Photo: X`.
  lines.forEach((f, i) => {
    const next = lines[i + 1];
    if (
      !decisions[i] &&
      next &&
      decisions[i + 1]?.label === 'caption' &&
      f.key &&
      next.key.startsWith(f.key)
    ) {
      decisions[i] = decide(
        'caption',
        'blocks:caption-repeated',
        'repeated as the start of the credit line below',
      );
    }
  });

  const prose = lines.map((f, i) => !decisions[i] && isProse(f));
  let first = prose.indexOf(true);
  let last = prose.lastIndexOf(true);
  if (first === -1) {
    // No prose at all: keep every line that is not junk, so nothing is silently lost.
    return lines.map((f, i) =>
      toBlock(
        f,
        decisions[i] ??
          decide('body', 'blocks:no-prose-fallback', 'no paragraph of prose found; kept as body'),
      ),
    );
  }
  // A comment section opens after the article: nothing after its heading is the article.
  // (A heading, not a counter: counters also sit near the top. Never in the first quarter of the article.)
  const commentsAt = lines.findIndex(
    (f, i) => i > first + (last - first) / 4 && COMMENTS_START.test(f.text.trim()),
  );
  if (commentsAt > first && commentsAt <= last) {
    last = commentsAt - 1;
    while (last > first && !prose[last]) last--;
  }
  // A short closing line after the last paragraph (`He declined to comment.`) still belongs to it.
  for (let j = last + 1; j < lines.length; j++) {
    const f = lines[j]!;
    if (decisions[j]?.label === 'caption') continue; // a photo between the last paragraphs
    if (decisions[j] || !f.endsSentence || f.words < 4 || f.readerAddress > 0) break;
    last = j;
  }

  // Short opening sentences above the first long paragraph (`She checked in today.`) are article text too.
  while (first > 0) {
    const f = lines[first - 1]!;
    if (decisions[first - 1] || !f.endsSentence || f.words < 3 || f.byline || isDateLine(f)) break;
    first--;
  }
  // Header: the run of headline-like lines nearest above the body is title (then deck).
  let titleIndex = -1;
  const header: number[] = [];
  for (let i = first - 1; i >= 0; i--) {
    const d = decisions[i];
    const f = lines[i]!;
    if (d?.label === 'caption' || d?.label === 'dateline' || d?.rule === 'blocks:url') continue;
    // Furniture between the byline or date and the body (`Share this article`, `Listen`) is passed
    // over: the headline sits above the byline.
    const underByline =
      !!d &&
      d.label === 'boilerplate' &&
      d.rule !== 'blocks:all-caps-promo' &&
      header.length === 0 &&
      f.words <= 5 &&
      lines
        .slice(Math.max(0, i - 3), i)
        .some((l, k) => l.byline || decisions[Math.max(0, i - 3) + k]?.label === 'dateline');
    if (underByline) continue;
    if (d && !(d.rule === 'blocks:all-caps-promo' && header.length === 0)) break;
    if (f.byline || (f.words <= 12 && /:$/.test(f.text))) continue;
    if (f.words <= 3 && !f.endsSentence && header.length === 0) continue; // a masthead or section name under the title
    // An outlet's name above the headline is its masthead, not a line of the headline.
    if (header.length > 0 && isMastheadLine(f.text)) break;
    if (!isHeadlineLike(f) || header.length >= 3) break;
    header.unshift(i);
  }
  if (header.length) titleIndex = header[0]!;
  const titleKey = titleIndex >= 0 ? lines[titleIndex]!.key : null;

  return lines.map((f, i) => {
    const d = decisions[i];
    if (f.byline && i <= first + 1)
      return toBlock(
        f,
        decide('byline', 'blocks:byline', 'byline wording (By/From/Written by) near the top'),
      );
    if (titleKey && f.key === titleKey && i !== titleIndex && !(i >= first && i <= last && isProse(f))) {
      return toBlock(f, decide('title', 'blocks:title-repeated', 'repeats the title line'));
    }
    if (i === titleIndex)
      return toBlock(
        f,
        decide('title', 'blocks:title', 'headline-like line nearest above the first paragraph'),
      );
    if (d) return toBlock(f, d);
    if (header.includes(i) && f.words >= 8 && !/^["“‘']/.test(f.text))
      return toBlock(
        f,
        decide('deck', 'blocks:deck', 'headline-like line between the title and the first paragraph'),
      );
    if (i < first) {
      // Between the title and the first long paragraph, what is not furniture opens the article (short lines, lists).
      if (titleIndex >= 0 && i > titleIndex && !looksLikeMenuItem(f.text)) {
        return toBlock(
          f,
          decide(
            'body',
            'blocks:after-title',
            'between the title and the first paragraph, not page furniture',
          ),
        );
      }
      return toBlock(
        f,
        decide('boilerplate', 'blocks:before-article', 'above the title and first paragraph: page furniture'),
      );
    }
    if (i > last) {
      return toBlock(
        f,
        decide('boilerplate', 'blocks:after-article', 'after the last paragraph of the article'),
      );
    }
    if (prose[i] || f.endsSentence)
      return toBlock(f, decide('body', 'blocks:prose', 'paragraph of prose inside the article'));
    if (keyCount.get(f.key)! > 1 && f.words <= 12) {
      return toBlock(
        f,
        decide('boilerplate', 'blocks:repeated-line', 'a short line repeated elsewhere on the page'),
      );
    }
    if (f.words <= 25) {
      // A subhead stands between paragraphs; a run of short lines is a menu or a link list.
      const prevProse = i > 0 && (prose[i - 1] || lines[i - 1]!.endsSentence);
      const nextProse = i + 1 < lines.length && (prose[i + 1] || lines[i + 1]!.endsSentence);
      if (prevProse || nextProse || !looksLikeMenuItem(f.text))
        return toBlock(f, decide('subhead', 'blocks:subhead', 'short unpunctuated line between paragraphs'));
      return toBlock(
        f,
        decide(
          'boilerplate',
          'blocks:menu-item',
          'a menu-like label among other short lines, not next to a paragraph',
        ),
      );
    }
    return toBlock(f, decide('body', 'blocks:inside-article', 'inside the article'));
  });
}

/** Headings that open a comment section, in the major European languages. */
export const COMMENTS_START =
  /^(comments?|kommentare?|commentaires?|comentarios?|commenti|reacties):?$|^(leave a (reply|comment)|post a comment|add (a |your )?comment|join the (discussion|conversation)|reader comments|kommentar (verfassen|schreiben|hinterlassen)|schreibe einen kommentar|laisser un commentaire|deja un comentario|lascia un commento)\b.{0,40}$/i;

/** A navigation label: a few words, or words mostly capitalised (`World News`, `Contact Us`). */
function looksLikeMenuItem(text: string): boolean {
  if (/\d|[:;,]/.test(text)) return false; // quantities, specs and ingredients are not menu labels
  if (/^["“‘'«]|[?!.…]["”’'»]?$/.test(text)) return false; // speech and sentences are not menu labels
  const words = text.match(/\p{L}[\p{L}'’.-]*/gu) ?? [];
  return words.length <= 4;
}

function toBlock(f: LineFeatures, d: Decision): Block {
  return { start: f.start, end: f.end, label: d.label, rule: d.rule, reason: d.reason };
}
