import type { Dossier, DossierDocument } from '../dossier/types.js';

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem 2rem;color:#1d2329}
h1,h2,h3{line-height:1.2}.meta{color:#555;font-size:13px}
.block{margin:.3rem 0;padding:.2rem .5rem;border-left:4px solid #ccc;white-space:pre-wrap}
.block[data-label=body],.block[data-label=subhead]{border-color:#2b7a3d}
.block[data-label=title],.block[data-label=deck]{border-color:#224f9c;font-weight:600}
.block[data-label=boilerplate],.block[data-label=caption]{border-color:#b33;color:#888;text-decoration:line-through;text-decoration-color:#caa}
.block[data-label=byline],.block[data-label=dateline]{border-color:#8a6d00;font-style:italic}
.label{font:11px monospace;color:#666;margin-right:.5rem;text-decoration:none;display:inline-block}
.asserted{background:#e6f4ea}.attributed{background:#e3ecfa}.hedged{background:#fff3cd}.unconfirmed{background:#fde2cf}.denied{background:#f8d7da}
.cue{text-decoration:underline 2px}.repair{outline:1px dashed #c60}
table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ddd;padding:.2rem .4rem;text-align:left;vertical-align:top}
.legend span{padding:0 .4rem;margin-right:.3rem}`;

function docSection(doc: DossierDocument, index: number): string {
  const text = doc.text;
  const marks: Array<{ at: number; open: boolean; html: string }> = [];
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
  return `<section id="doc-${index + 1}"><h2>${escapeHtml(doc.title ?? doc.source.location)}</h2>
<p class="meta">source ${escapeHtml(doc.source.location)} · outlet ${escapeHtml(doc.outlet ?? 'unknown')} · byline ${escapeHtml(doc.byline ?? 'unknown')} · published ${escapeHtml(doc.published ?? 'unknown')} · language ${escapeHtml(doc.language)} · decoded as ${escapeHtml(doc.decoding.encoding)}</p>
${blocks}
${attrs ? `<h3>Who says what</h3><table><tr><th>source</th><th>cue</th><th>told to</th><th>certainty</th><th>content</th></tr>${attrs}</table>` : ''}
</section>`;
}

/**
 * The dossier as one self-contained HTML file: no scripts, no external
 * requests (a Content-Security-Policy forbids them), and every piece of
 * article text escaped.
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
  const timeline = d.timeline
    .map((t) => {
      const ref = byId.get(t.doc);
      return `<li>${escapeHtml(t.date)}: ${escapeHtml(ref?.x.text.slice(t.start, t.end) ?? '')} (<a href="#doc-${(ref?.i ?? 0) + 1}">${escapeHtml(ref?.x.title ?? t.doc)}</a>)</li>`;
    })
    .join('');
  const nodeLabel = new Map(d.provenance.nodes.map((n) => [n.id, n]));
  const provenance = d.provenance.edges
    .map((e) => {
      const from = nodeLabel.get(e.from);
      const to = nodeLabel.get(e.to);
      return `<tr><td>${escapeHtml(from?.label ?? e.from)}</td><td>${escapeHtml(e.kind)}</td><td>${escapeHtml(to?.label ?? e.to)}</td><td>${escapeHtml(to?.kind ?? '')}</td></tr>`;
    })
    .join('');
  const messages = d.messages
    .map(
      (m) => `<li>${escapeHtml(m.severity)} <code>${escapeHtml(m.rule)}</code> ${escapeHtml(m.reason)}</li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>corroborate dossier</title><style>${STYLE}</style></head><body>
<h1>Dossier</h1>
<p class="meta">${d.documents.length} document(s) · schema ${escapeHtml(d.schema)}</p>
<p class="legend">certainty: <span class="asserted">asserted</span><span class="attributed">attributed</span><span class="hedged">hedged</span><span class="unconfirmed">unconfirmed</span><span class="denied">denied</span></p>
<nav><ol>${d.documents.map((x, i) => `<li><a href="#doc-${i + 1}">${escapeHtml(x.title ?? x.source.location)}</a> — ${escapeHtml(x.outlet ?? 'outlet unknown')}</li>`).join('')}</ol></nav>
${provenance ? `<h2>Provenance</h2><p class="meta">who relays or cites whom, as the articles say it</p><table><tr><th>from</th><th></th><th>to</th><th>kind</th></tr>${provenance}</table>` : ''}
${entities ? `<h2>Entities</h2><table><tr><th>entity</th><th>kind</th><th>mentions</th></tr>${entities}</table>` : ''}
${timeline ? `<h2>Timeline</h2><ul>${timeline}</ul>` : ''}
${d.documents.map(docSection).join('\n')}
${messages ? `<h2>Messages</h2><ul>${messages}</ul>` : ''}
</body></html>
`;
}
