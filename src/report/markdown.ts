import type { Dossier } from '../dossier/types.js';
import { repairedView } from '../repair/view.js';

/** Markdown is plain text to its readers, but keep their markup from turning into links or HTML. */
function md(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>()#+!|]/g, (c) => `\\${c}`)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The dossier as Markdown: documents with their metadata, sources and certainty, entities, quotes, timeline, messages. */
export function renderMarkdown(d: Dossier): string {
  const out: string[] = ['# Dossier', '', `${d.documents.length} document(s). Schema \`${d.schema}\`.`, ''];
  for (const doc of d.documents) {
    const view = repairedView(doc.text, doc.repairs);
    const slice = (s: { start: number; end: number }): string =>
      view.text.slice(view.fromOriginal(s.start), view.fromOriginal(s.end));
    out.push(`## ${md(doc.title ?? doc.source.location)}`, '');
    out.push(`- source: ${md(doc.source.location)}`);
    out.push(
      `- outlet: ${md(doc.outlet ?? 'unknown')}; byline: ${md(doc.byline ?? 'unknown')}; published: ${md(doc.published ?? 'unknown')}; language: ${doc.language}`,
    );
    const counts = new Map<string, number>();
    for (const b of doc.blocks) counts.set(b.label, (counts.get(b.label) ?? 0) + 1);
    out.push(`- blocks: ${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')}`);
    if (doc.repairs.length)
      out.push(
        `- repairs: ${doc.repairs.map((r) => `${md(doc.text.slice(r.start, r.end))} → ${md(r.replacement)} (${r.rule})`).join('; ')}`,
      );
    out.push('', '| certainty | sentence | cues |', '|---|---|---|');
    for (const c of doc.certainties) {
      const s = doc.sentences[c.sentence]!;
      out.push(`| ${c.certainty} | ${md(slice(s))} | ${c.cues.map((q) => md(slice(q))).join(', ')} |`);
    }
    if (doc.attributions.length) {
      out.push('', '| source | cue | told to | certainty |', '|---|---|---|---|');
      for (const a of doc.attributions)
        out.push(
          `| ${md(a.sourceLabel ?? 'unnamed')} | ${md(slice(a.cue))} | ${md(a.recipientLabel ?? '')} | ${a.certainty} |`,
        );
    }
    out.push('');
  }
  if (d.provenance.edges.length) {
    const label = new Map(d.provenance.nodes.map((n) => [n.id, n.label]));
    out.push('## Provenance', '', 'Who relays or cites whom, as the articles say it.', '');
    for (const e of d.provenance.edges)
      out.push(`- ${md(label.get(e.from) ?? e.from)} — ${e.kind} → ${md(label.get(e.to) ?? e.to)}`);
    out.push('');
  }
  if (d.entities.length) {
    out.push('## Entities', '', '| entity | kind | mentions |', '|---|---|---|');
    for (const e of d.entities) out.push(`| ${md(e.label)} | ${e.kind} | ${e.mentions.length} |`);
    out.push('');
  }
  if (d.timeline.length) {
    out.push('## Timeline', '');
    const byId = new Map(d.documents.map((x) => [x.id, x]));
    for (const t of d.timeline)
      out.push(
        `- ${t.date}: ${md(byId.get(t.doc)?.text.slice(t.start, t.end) ?? '')} (${md(byId.get(t.doc)?.title ?? t.doc)})`,
      );
    out.push('');
  }
  if (d.messages.length) {
    out.push('## Messages', '');
    for (const m of d.messages) out.push(`- ${m.severity} \`${m.rule}\`: ${md(m.reason)}`);
    out.push('');
  }
  return out.join('\n');
}
