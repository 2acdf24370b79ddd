import type { Dossier, DossierDocument } from '../dossier/types.js';
import { weakest } from '../model/certainty.js';
import type { Certainty } from '../model/document.js';
import {
  headlineOf,
  inDocumentOrder,
  outletCount,
  outletName,
  outletOf,
  partyLabel,
  plural,
  short,
  shownEvents,
} from './text.js';

import { escapeHtml } from './escape.js';
import { flowsSvg, nodeName, provenanceSvg } from './graphs.js';

export { escapeHtml };

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:80rem;padding:0 2rem 2rem;color:#1d2329;overflow-wrap:anywhere}
h1,h2,h3{line-height:1.2}.meta{color:#555;font-size:13px}
[id]{scroll-margin-top:3.2rem}
nav.sections{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid #ccd;padding:.5rem 0;display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;font-size:14px}
nav.sections a{color:#224f9c;text-decoration:none;font-weight:600}
.lead{font-size:17px}.summary h3{margin:1rem 0 .3rem}
.matrix-wrap{overflow:auto;max-height:80vh;border:1px solid #ddd;margin:.5rem 0}
table.matrix{border-collapse:separate;border-spacing:0}
.matrix thead th{position:sticky;top:0;z-index:2;background:#f4f6f8}
.matrix .claimtext{position:sticky;left:0;z-index:1;background:#fff;min-width:16rem;max-width:26rem;font-weight:normal}
.matrix thead th.claimtext{z-index:3;background:#f4f6f8;font-weight:600}
.matrix th.doc{min-width:2.2rem;text-align:center}.matrix thead th{white-space:nowrap;overflow-wrap:normal}
.matrix.many th.doc a{writing-mode:vertical-rl;transform:rotate(180deg);display:inline-block;max-height:8rem;overflow:hidden;white-space:nowrap}
.matrix td.cell{text-align:center;white-space:nowrap}
.sign{font-weight:700;display:inline-block;min-width:1.1em}
.n{color:#666;margin-right:.3rem}
.block{margin:.3rem 0;padding:.2rem .5rem;border-left:4px solid #ccc;white-space:pre-wrap}
.block[data-label=body],.block[data-label=subhead]{border-color:#2b7a3d}
.block[data-label=title],.block[data-label=deck]{border-color:#224f9c;font-weight:600}
.block[data-label=boilerplate],.block[data-label=caption]{border-color:#b33;color:#888;text-decoration:line-through;text-decoration-color:#caa}
.block[data-label=byline],.block[data-label=dateline]{border-color:#8a6d00;font-style:italic}
.label{font:11px monospace;color:#666;margin-right:.5rem;text-decoration:none;display:inline-block}
.asserted{background:#e6f4ea}.attributed{background:#e3ecfa}.hedged{background:#fff3cd}.unconfirmed{background:#fde2cf}.denied{background:#f8d7da}
.cue{text-decoration:underline 2px}.repair{outline:1px dashed #c60}
table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ddd;padding:.2rem .4rem;text-align:left;vertical-align:top}
.legend span{padding:0 .4rem;margin-right:.3rem}
.claim{box-shadow:inset 0 -2px #7a4fd1}.claim:target,.claim:target *{outline:3px solid #7a4fd1}
.matrix td.none{background:#fafafa}.matrix td a{color:inherit;text-decoration:none}.matrix th a{color:#224f9c}
.scroll{overflow-x:auto;max-width:100%}.badge{font:11px monospace;padding:0 .3rem;border:1px solid #aaa;border-radius:3px}
.brief li{margin:.3rem 0;padding:.2rem .4rem}
ol.timeline{list-style:none;padding-left:0}ol.timeline li{margin:.3rem 0}ol.timeline time{font-weight:600;margin-right:.4rem;font-variant-numeric:tabular-nums}
svg.graph{border:1px solid #eee;margin:.5rem 0;font:12px system-ui,sans-serif}
svg .node rect{fill:#f4f6f8;stroke:#889}svg .node.outlet rect{fill:#eef3fb}svg .node.news-organization rect{fill:#fff3cd}svg .node.origin rect{stroke:#b33;stroke-width:2.5}
svg .edge{fill:none;stroke:#99a;stroke-width:1.4}svg .edge.relays{stroke:#224f9c;stroke-width:2}svg .colhead{font-weight:600;fill:#555}
svg .flow path{fill:none;stroke:#777;stroke-width:1.6}svg .flow.hedged path,svg .flow.unconfirmed path{stroke-dasharray:5 3}svg .flow text{fill:#333;font-size:11px;paint-order:stroke;stroke:#fff;stroke-width:4px;stroke-linejoin:round}
svg .party rect{fill:#eef3fb;stroke:#224f9c}svg .party text{font-weight:600}
svg.graph{max-width:100%;height:auto;display:block}
@media (max-width:900px){body{padding:0 .8rem 1rem}.matrix .claimtext{min-width:10rem;max-width:14rem}}
@media print{nav.sections{display:none}body{max-width:none;padding:0;font-size:11pt}
.matrix-wrap{max-height:none;overflow:visible;border:0}.matrix thead th,.matrix .claimtext{position:static}
h2,h3{break-after:avoid}tr,li,.block{break-inside:avoid}a{color:inherit;text-decoration:none}
details>*{display:block}.scroll{overflow:visible}
.asserted,.attributed,.hedged,.unconfirmed,.denied{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
@page{margin:1.5cm}`;

/** Each certainty's sign in the claim matrix: colour alone is not enough (print, colour blindness). */
export const CERTAINTY_SIGN: Readonly<Record<Certainty, string>> = {
  asserted: '■',
  attributed: '»',
  hedged: '~',
  unconfirmed: '?',
  denied: '×',
};

const CERTAINTY_MEANING: Readonly<Record<Certainty, string>> = {
  asserted: 'stated as fact',
  attributed: 'reported as someone’s statement',
  hedged: 'with a hedge (may, reportedly)',
  unconfirmed: 'said to be unconfirmed',
  denied: 'denied',
};

/** The legend of certainties: sign, colour and word. */
const legend = (): string =>
  `<p class="legend" id="legend">certainty: ${(Object.keys(CERTAINTY_SIGN) as Certainty[])
    .map(
      (c) =>
        `<span class="${c}" title="${escapeHtml(CERTAINTY_MEANING[c])}"><b class="sign">${CERTAINTY_SIGN[c]}</b> ${c}</span>`,
    )
    .join('')}</p>`;

function docSection(doc: DossierDocument, index: number, claimSpans: ReadonlyMap<string, string[]>): string {
  const text = doc.text;
  const marks: Array<{ at: number; open: boolean; html: string }> = [];
  for (const [key, ids] of claimSpans) {
    const [start, end] = key.split(':').map(Number) as [number, number];
    marks.push({
      at: start,
      open: true,
      html: `<span class="claim" id="m-${index + 1}-${start}" title="${escapeHtml(`claims ${ids.join(', ')}`)}">`,
    });
    marks.push({ at: end, open: false, html: '</span>' });
  }
  const cert = new Map(doc.certainties.map((c) => [c.sentence, c]));
  doc.sentences.forEach((s, i) => {
    const c = cert.get(i);
    const why = c
      ? `${c.certainty}${c.cues.length ? ' — cues: ' + c.cues.map((q) => text.slice(q.start, q.end)).join(', ') : ''}`
      : '';
    marks.push({
      at: s.start,
      open: true,
      html: `<span class="${c?.certainty ?? ''}" title="${escapeHtml(why)}">`,
    });
    marks.push({ at: s.end, open: false, html: '</span>' });
  });
  for (const r of doc.repairs) {
    marks.push({
      at: r.start,
      open: true,
      html: `<span class="repair" title="${escapeHtml(`${r.rule}: ${r.replacement}`)}">`,
    });
    marks.push({ at: r.end, open: false, html: '</span>' });
  }
  const blocks = doc.blocks
    .map((b) => {
      const inside = marks.filter(
        (m) =>
          m.at >= b.start && m.at <= b.end && !(m.open && m.at === b.end) && !(!m.open && m.at === b.start),
      );
      inside.sort((x, y) => x.at - y.at || (x.open === y.open ? 0 : x.open ? 1 : -1));
      let html = '';
      let pos = b.start;
      let depth = 0;
      for (const m of inside) {
        html += escapeHtml(text.slice(pos, m.at));
        pos = m.at;
        if (m.open) depth++;
        else if (depth === 0) continue;
        else depth--;
        html += m.html;
      }
      html += escapeHtml(text.slice(pos, b.end)) + '</span>'.repeat(depth);
      return `<div class="block" data-label="${escapeHtml(b.label)}" title="${escapeHtml(`${b.label}: ${b.reason ?? ''} (${b.rule ?? ''})`)}"><span class="label">${escapeHtml(b.label)}</span>${html}</div>`;
    })
    .join('\n');
  const attrs = doc.attributions
    .map(
      (a) =>
        `<tr><td>${escapeHtml(a.sourceLabel ?? 'unnamed')}</td><td>${escapeHtml(text.slice(a.cue.start, a.cue.end))}</td><td>${escapeHtml(a.recipientLabel ?? '')}</td><td class="${a.certainty}">${a.certainty}</td><td>${escapeHtml(text.slice(a.content.start, a.content.end))}</td></tr>`,
    )
    .join('\n');
  return `<section id="doc-${index + 1}" class="article"><h3>${index + 1}. ${escapeHtml(outletName(doc))}: ${escapeHtml(headlineOf(doc))}</h3>
<p class="meta">source ${escapeHtml(doc.source.location)} · outlet ${escapeHtml(doc.outlet ?? 'unknown')} · byline ${escapeHtml(doc.byline ?? 'unknown')} · published ${escapeHtml(doc.published ?? 'unknown')} · language ${escapeHtml(doc.language)} · decoded as ${escapeHtml(doc.decoding.encoding)}</p>
${blocks}
${attrs ? `<h4>Who says what</h4><div class="scroll"><table><tr><th>source</th><th>cue</th><th>told to</th><th>certainty</th><th>content</th></tr>${attrs}</table></div>` : ''}
</section>`;
}

/** A document's name in the report: outlet and headline. */
const articleName = (doc: DossierDocument): string => `${outletName(doc)}: ${headlineOf(doc)}`;

/** The story's headline: the first article's title (as the store names stories), else the first claim's. */
export function storyHeadline(d: Dossier): string {
  const title = d.documents.find((x) => x.title)?.title;
  if (title) return title;
  return d.claims[0] ? short(d.claims[0].text, 120) : 'corroborate dossier';
}

/**
 * The dossier as one self-contained HTML file: no scripts, no external
 * requests (a Content-Security-Policy forbids them), and every piece of
 * article text escaped. Sections: origins, brief with citations, claim matrix
 * (claims × documents, cells coloured by certainty and linked to the sentence),
 * provenance graph (SVG), flows (SVG), discrepancies, entities, timeline, and
 * each article with its blocks and claim sentences highlighted.
 */
export function renderHtml(d: Dossier): string {
  const entities = d.entities
    .slice(0, 60)
    .map(
      (e) =>
        `<tr><td>${escapeHtml(e.label)}</td><td>${escapeHtml(e.kind)}</td><td>${e.mentions.length}</td></tr>`,
    )
    .join('');
  const byId = new Map(d.documents.map((x, i) => [x.id, { x, i }]));
  const docLink = (doc: string): string => {
    const ref = byId.get(doc);
    return ref
      ? `<a href="#doc-${ref.i + 1}" title="${escapeHtml(articleName(ref.x))}">[${ref.i + 1}]</a>`
      : escapeHtml(doc);
  };
  const spanLink = (doc: string, start: number, inner: string): string => {
    const ref = byId.get(doc);
    return ref ? `<a href="#m-${ref.i + 1}-${start}">${inner}</a>` : inner;
  };
  // Which claims each member span supports, per document (for anchors and highlighting).
  const claimSpans = new Map<string, Map<string, string[]>>();
  for (const c of d.claims)
    for (const m of c.members) {
      const per = claimSpans.get(m.doc) ?? new Map<string, string[]>();
      claimSpans.set(m.doc, per);
      const key = `${m.start}:${m.end}`;
      per.set(key, [...(per.get(key) ?? []), c.id]);
    }
  /** A link to the claim sentence holding `[start, end)` in `doc`, or to the article when none does. */
  const sentenceLink = (doc: string, start: number, end: number, inner: string): string => {
    const host = [...(claimSpans.get(doc)?.keys() ?? [])]
      .map((k) => k.split(':').map(Number) as [number, number])
      .find(([a, b]) => a <= start && end <= b);
    return host ? spanLink(doc, host[0], inner) : inner;
  };
  /** {@link sentenceLink}, then the article's citation. */
  const linkTo = (doc: string, start: number, end: number, inner: string): string =>
    sentenceLink(doc, start, end, inner) + ' ' + docLink(doc);
  const valueLink = (v: { doc: string; start: number; end: number; text: string }): string =>
    linkTo(v.doc, v.start, v.end, `“${escapeHtml(short(v.text, 160))}”`);
  const nodeLabel = new Map(d.provenance.nodes.map((n) => [n.id, n]));
  /** Links to the given articles, in the order the report lists them. */
  const docLinks = (docs: readonly string[]): string => inDocumentOrder(d, docs).map(docLink).join('');
  const claimIndex = new Map(d.claims.map((c, i) => [c.id, i + 1]));
  const events = shownEvents(d);
  const timeline = events
    .filter((e) => e.kind === 'event')
    .map(
      (e) =>
        `<li><time datetime="${escapeHtml(e.date)}">${escapeHtml(e.date)}</time>${e.ahead ? ' <span class="badge" title="after the publication of the articles telling it: a plan, a hope or a deadline">ahead</span>' : ''} ${sentenceLink(e.at.doc, e.at.start, e.at.end, escapeHtml(short(e.text, 300)))} ${e.docs.map(docLink).join('')}</li>`,
    )
    .join('');
  const statements = events
    .filter((e) => e.kind === 'statement')
    .map((e) => `${escapeHtml(e.date)} ${e.docs.map(docLink).join('')}`)
    .join('; ');
  const provenance = d.provenance.edges
    .map((e) => {
      const from = nodeLabel.get(e.from);
      const to = nodeLabel.get(e.to);
      return `<tr><td>${escapeHtml(nodeName(from?.label ?? e.from))}</td><td>${escapeHtml(e.kind)}</td><td>${escapeHtml(nodeName(to?.label ?? e.to))}</td><td>${escapeHtml(to?.kind ?? '')}</td></tr>`;
    })
    .join('');
  const origins = (d.provenance.origins ?? [])
    .map(
      (o) =>
        `<li><b>${escapeHtml(nodeName(o.label))}</b>: ${o.documents.length} of ${d.documents.length} document(s) ${docLinks(o.documents)}, ${o.claims.length} claim(s)</li>`,
    )
    .join('');
  // Who passes a report on, and who gives a view: set apart from the origins, never counted.
  const relays = (d.provenance.relays ?? [])
    .map(
      (x) =>
        `<li>${escapeHtml(nodeName(x.label))} ${docLinks(x.documents)}${x.of.length ? `, passing on ${x.of.map((o) => escapeHtml(nodeName(nodeLabel.get(o)?.label ?? o))).join('; ')}` : ''}</li>`,
    )
    .join('');
  const commentators = (d.provenance.commentators ?? [])
    .map((x) => `<li>${escapeHtml(nodeName(x.label))} ${docLinks(x.documents)}</li>`)
    .join('');
  const apart = `${relays ? `<p class="meta">relays: they pass on another report, and are not origins</p><ul>${relays}</ul>` : ''}${commentators ? `<p class="meta">commentators: they give a view, and are not origins of a fact</p><ul>${commentators}</ul>` : ''}`;
  const brief = d.brief
    .map(
      (b) =>
        `<li class="${b.certainty}"><span class="badge">${b.certainty}</span> ${escapeHtml(b.text)} ${b.docs.map(docLink).join('')}${b.claims.length ? ` <a class="meta" href="#claim-${claimIndex.get(b.claims[0]!) ?? 0}">claim ${claimIndex.get(b.claims[0]!) ?? ''}</a>` : ''}</li>`,
    )
    .join('');
  const matrix = d.claims
    .map((c, ci) => {
      const cells = d.documents
        .map((doc) => {
          const ms = c.members.filter((m) => m.doc === doc.id);
          if (!ms.length) return '<td class="none"></td>';
          const cell = weakest(ms.map((m) => m.certainty));
          const links = ms
            .map((m) =>
              spanLink(
                doc.id,
                m.start,
                // A sentence in several claims shows the part of it that states this one.
                `<span class="sign" aria-label="${m.certainty}" title="${escapeHtml(`${outletName(doc)}, ${m.certainty}: ${short(m.part ? `…${doc.text.slice(m.part.start, m.part.end)}…` : m.text, 200)}`)}">${CERTAINTY_SIGN[m.certainty]}</span>`,
              ),
            )
            .join('');
          return `<td class="cell ${cell}">${links}</td>`;
        })
        .join('');
      const og = c.origins.map((o) => escapeHtml(nodeName(nodeLabel.get(o)?.label ?? o))).join('; ');
      return `<tr id="claim-${ci + 1}"><th class="claimtext" scope="row"><span class="n">${ci + 1}</span>${escapeHtml(short(c.text, 220))}</th><td>${c.outlets}</td><td title="${og}">${c.origins.length}</td>${cells}</tr>`;
    })
    .join('');
  const partyName = (id: string): string => partyLabel(d, id);
  const flows = d.flows
    .map(
      (f) =>
        `<tr><td>${escapeHtml(partyName(f.from))}</td><td>${escapeHtml(partyName(f.to))}</td><td>${escapeHtml(f.what)}</td><td>${escapeHtml(f.kind ?? '')}</td><td>${f.amount ? escapeHtml(`${f.amount.value.toLocaleString('en')} ${f.amount.unit}`) : ''}</td><td class="${f.certainty}">${f.certainty}</td><td>${(
          f.evidence ?? []
        )
          .map((e) => linkTo(e.doc, e.start, e.end, '↗'))
          .join(' ')}</td></tr>`,
    )
    .join('');
  const kinds = [...new Set(d.discrepancies.map((x) => x.kind))];
  const discrepancies = kinds
    .map((k) => {
      const list = d.discrepancies.filter((x) => x.kind === k);
      const items = list
        .map(
          (x) =>
            `<li>${escapeHtml(x.note)}${x.claim ? ` <a class="meta" href="#claim-${claimIndex.get(x.claim) ?? 0}">claim ${claimIndex.get(x.claim) ?? ''}</a>` : ''}<ul>${x.values.map((v) => `<li>${x.kind === 'certainty' && typeof v.normalized === 'string' ? `<span class="badge ${escapeHtml(v.normalized)}">${escapeHtml(v.normalized)}</span> ` : ''}${valueLink(v)}</li>`).join('')}</ul></li>`,
        )
        .join('');
      return k === 'single-outlet'
        ? `<details><summary>${list.length} statement(s) only one outlet makes</summary><ul>${items}</ul></details>`
        : `<h3>${escapeHtml(k)} (${list.length})</h3><ul>${items}</ul>`;
    })
    .join('');
  const messages = d.messages
    .map(
      (m) => `<li>${escapeHtml(m.severity)} <code>${escapeHtml(m.rule)}</code> ${escapeHtml(m.reason)}</li>`,
    )
    .join('');
  const heads = d.documents
    .map(
      (x, i) =>
        `<th class="doc" scope="col" title="${escapeHtml(`${i + 1}. ${articleName(x)}`)}"><a href="#doc-${i + 1}">${escapeHtml(short(outletOf(x) ?? headlineOf(x), 16))}</a></th>`,
    )
    .join('');
  const headline = storyHeadline(d);
  const sections: Array<[string, string, string]> = [
    ['summary', 'Summary', summarySection(d, claimIndex, docLink, brief)],
    [
      'claims',
      'Claims',
      matrix
        ? `<p class="meta">claims × articles: each cell is how that article states the claim (the sign and colour of the legend; several signs when it states it several times); click a sign to see the sentence</p>${legend()}<div class="matrix-wrap"><table class="matrix${d.documents.length > 8 ? ' many' : ''}"><thead><tr><th class="claimtext" scope="col">claim</th><th scope="col">outlets</th><th scope="col" title="independent origins">origins</th>${heads}</tr></thead><tbody>${matrix}</tbody></table></div>`
        : '',
    ],
    [
      'provenance',
      'Provenance',
      provenance
        ? `<p class="meta">who relays or cites whom, as the articles say it: outlets on the left, the reports they relay in the middle, the sources cited on the right; thick blue arrows relay a report, thin grey arrows cite a source; origins outlined in red</p>${origins ? `<ul>${origins}</ul>` : ''}${apart}${provenanceSvg(d)}<div class="scroll"><table><tr><th>from</th><th></th><th>to</th><th>kind</th></tr>${provenance}</table></div>`
        : '',
    ],
    [
      'flows',
      'Flows',
      flows
        ? `<p class="meta">who gives what to whom, as the claims describe it</p>${flowsSvg(d, partyName)}<div class="scroll"><table><tr><th>from</th><th>to</th><th>what</th><th>kind</th><th>amount</th><th>certainty</th><th>evidence</th></tr>${flows}</table></div>`
        : '',
    ],
    ['discrepancies', 'Discrepancies', discrepancies],
    [
      'timeline',
      'Timeline',
      timeline || statements
        ? `<p class="meta">what happened when, as the articles tell it: each event in the words of the first article telling it, with the articles that tell it</p><ol class="timeline">${timeline}</ol>${statements ? `<p class="meta">dates of statements (when something was said, not what happened): ${statements}</p>` : ''}`
        : '',
    ],
    [
      'entities',
      'Entities',
      entities
        ? `<div class="scroll"><table><tr><th>entity</th><th>kind</th><th>mentions</th></tr>${entities}</table></div>`
        : '',
    ],
    [
      'articles',
      'Articles',
      `${legend().replace(' id="legend"', '')}${d.documents.map((doc, i) => docSection(doc, i, claimSpans.get(doc.id) ?? new Map())).join('\n')}`,
    ],
    ['messages', 'Messages', messages ? `<ul>${messages}</ul>` : ''],
  ];
  const present = sections.filter(([, , body]) => body);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(headline)}</title><style>${STYLE}</style></head><body>
<header><h1>${escapeHtml(headline)}</h1>
<p class="meta">corroborate dossier · ${plural(d.documents.length, 'article', 'articles')} · ${plural(d.claims.length, 'claim', 'claims')} shared by two or more · ${plural(d.discrepancies.filter((x) => x.kind !== 'single-outlet').length, 'discrepancy', 'discrepancies')} · schema ${escapeHtml(d.schema)}</p></header>
<nav class="sections" aria-label="sections">${present.map(([id, title]) => `<a href="#${id}">${title}</a>`).join('')}</nav>
${present.map(([id, title, body]) => `<section id="${id}" class="part"><h2>${title}</h2>${body}</section>`).join('\n')}
</body></html>
`;
}

/**
 * What a reader needs first: how many articles from how many outlets rest on
 * how many independent origins; the contested claims (a discrepancy between
 * outlets, or a denial); the top discrepancies; the brief.
 */
function summarySection(
  d: Dossier,
  claimIndex: ReadonlyMap<string, number>,
  docLink: (doc: string) => string,
  brief: string,
): string {
  const origins = d.provenance.origins ?? [];
  const outlets = outletCount(d);
  const originList = origins
    .slice(0, 6)
    .map((o) => `${escapeHtml(nodeName(o.label))} (${plural(o.documents.length, 'article', 'articles')})`)
    .join('; ');
  const lead = `<p class="lead"><b>${plural(d.documents.length, 'article', 'articles')}</b> from <b>${plural(outlets.all, 'outlet', 'outlets')}</b>${outlets.unnamed ? ` (${outlets.unnamed} not named)` : ''} rest on <b>${plural(origins.length, 'independent origin', 'independent origins')}</b>${originList ? `: ${originList}` : ' named in the articles'}.</p>`;
  const between = d.discrepancies.filter((x) => x.kind !== 'single-outlet');
  const why = new Map<string, string[]>();
  for (const x of between) if (x.claim) why.set(x.claim, [...(why.get(x.claim) ?? []), x.kind]);
  for (const c of d.claims)
    if (c.members.some((m) => m.certainty === 'denied')) why.set(c.id, [...(why.get(c.id) ?? []), 'denied']);
  const contested = d.claims
    .filter((c) => why.has(c.id))
    .slice(0, 6)
    .map(
      (c) =>
        `<li><a href="#claim-${claimIndex.get(c.id) ?? 0}">claim ${claimIndex.get(c.id) ?? ''}</a>: ${escapeHtml(short(c.text, 160))} <span class="meta">(${escapeHtml([...new Set(why.get(c.id))].join(', '))})</span></li>`,
    )
    .join('');
  const top = between
    .slice(0, 5)
    .map(
      (x) =>
        `<li><span class="badge">${escapeHtml(x.kind)}</span> ${escapeHtml(short(x.note, 200))} ${inDocumentOrder(
          d,
          [...new Set(x.values.map((v) => v.doc))],
        )
          .map(docLink)
          .join('')}</li>`,
    )
    .join('');
  return `<div class="summary">${lead}
<h3>Contested</h3>${contested ? `<ul>${contested}</ul>` : `<p>No shared claim is contested: no discrepancy between outlets and no denial.</p>`}
<h3>Top discrepancies</h3>${top ? `<ol>${top}</ol>${between.length > 5 ? `<p class="meta"><a href="#discrepancies">all ${between.length}</a></p>` : ''}` : '<p>None between outlets.</p>'}
${brief ? `<h3>Brief</h3><p class="meta">sentences from the sources, most corroborated first, each with its citations and the weakest certainty among them</p><ol class="brief">${brief}</ol>` : ''}</div>`;
}
