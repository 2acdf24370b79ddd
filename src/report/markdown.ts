import type { Dossier } from '../dossier/types.js';
import { repairedView } from '../repair/view.js';
import { nodeName } from './graphs.js';
import {
  headlineOf,
  inDocumentOrder,
  outletCount,
  outletName,
  partyLabel,
  plural,
  shownEvents,
} from './text.js';

/** Markdown is plain text to its readers, but keep their markup from turning into links or HTML. */
function md(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>()#+!|]/g, (c) => `\\${c}`)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The dossier as Markdown: documents with their metadata, sources and certainty, entities, quotes, timeline of events, messages. */
export function renderMarkdown(d: Dossier): string {
  const out: string[] = ['# Dossier', '', `${d.documents.length} document(s). Schema \`${d.schema}\`.`, ''];
  const index = new Map(d.documents.map((x, i) => [x.id, i + 1]));
  const cite = (docs: readonly string[]): string => docs.map((x) => `[${index.get(x) ?? x}]`).join('');
  const nodeLabel = new Map(d.provenance.nodes.map((n) => [n.id, n.label]));
  const name = (id: string): string => md(nodeLabel.get(id) ?? id);
  // Where the story comes from, first: how many articles from how many outlets rest on how
  // many independent origins.
  const origins = d.provenance.origins ?? [];
  const outlets = outletCount(d);
  out.push(
    `${plural(d.documents.length, 'article', 'articles')} from ${plural(outlets.all, 'outlet', 'outlets')}${outlets.unnamed ? ` (${outlets.unnamed} not named)` : ''} rest on ${plural(origins.length, 'independent origin', 'independent origins')}${
      origins.length
        ? `: ${origins
            .slice(0, 6)
            .map((o) => `${md(nodeName(o.label))} ${cite(inDocumentOrder(d, o.documents))}`)
            .join('; ')}`
        : ' named in the articles'
    }.`,
    '',
  );
  out.push('Documents:', '');
  d.documents.forEach((x, i) =>
    out.push(`${i + 1}. ${md(headlineOf(x))} (${md(outletName(x))}; ${md(x.source.location)})`),
  );
  out.push('');
  if (d.provenance.origins?.length) {
    out.push('## Origins', '');
    for (const o of d.provenance.origins)
      out.push(
        `- ${md(o.label)}: ${o.documents.length} of ${d.documents.length} document(s) ${cite(inDocumentOrder(d, o.documents))}, ${o.claims.length} claim(s)`,
      );
    out.push('');
  }
  // Who passes a report on, and who gives a view: set apart from the origins, never counted.
  if (d.provenance.relays?.length) {
    out.push('Relays (they pass on another report; not origins):', '');
    for (const x of d.provenance.relays)
      out.push(
        `- ${md(nodeName(x.label))} ${cite(inDocumentOrder(d, x.documents))}${x.of.length ? `, passing on ${x.of.map(name).join('; ')}` : ''}`,
      );
    out.push('');
  }
  if (d.provenance.commentators?.length) {
    out.push('Commentators (they give a view; not origins of a fact):', '');
    for (const x of d.provenance.commentators)
      out.push(`- ${md(nodeName(x.label))} ${cite(inDocumentOrder(d, x.documents))}`);
    out.push('');
  }
  if (d.brief.length) {
    out.push('## Brief', '');
    d.brief.forEach((b, i) => out.push(`${i + 1}. ${md(b.text)} ${cite(b.docs)} (${b.certainty})`));
    out.push('');
  }
  if (d.claims.length) {
    out.push(
      '## Claims',
      '',
      `| # | claim | outlets | independent origins | ${d.documents.map((_, i) => i + 1).join(' | ')} |`,
      `|---|---|---|---|${d.documents.map(() => '---').join('|')}|`,
    );
    d.claims.forEach((c, i) => {
      const cells = d.documents.map(
        (x) =>
          [...new Set(c.members.filter((m) => m.doc === x.id).map((m) => m.certainty))].join(', ') || ' ',
      );
      out.push(
        `| ${i + 1} | ${md(c.text)} | ${c.outlets} | ${c.origins.map(name).join('; ')} | ${cells.join(' | ')} |`,
      );
    });
    out.push('');
  }
  if (d.discrepancies.length) {
    out.push('## Discrepancies', '');
    // An entry about one claim names it by its number in the claims table (two claims may drift
    // alike, and their entries would read the same).
    const claimNumber = new Map(d.claims.map((c, i) => [c.id, i + 1]));
    for (const x of d.discrepancies.filter((y) => y.kind !== 'single-outlet'))
      out.push(
        `- **${x.kind}**${x.claim && claimNumber.has(x.claim) ? ` (claim ${claimNumber.get(x.claim)})` : ''}: ${md(x.note)} — ${x.values.map((v) => `${x.kind === 'certainty' && typeof v.normalized === 'string' ? `(${v.normalized}) ` : ''}“${md(v.text.slice(0, 120))}” ${cite([v.doc])}`).join('; ')}`,
      );
    const single = d.discrepancies.filter((y) => y.kind === 'single-outlet');
    if (single.length) {
      out.push('', 'Only one outlet says:', '');
      for (const x of single)
        out.push(`- “${md(x.values[0]!.text.slice(0, 200))}” ${cite([x.values[0]!.doc])}`);
    }
    out.push('');
  }
  if (d.flows.length) {
    const party = (id: string): string => md(partyLabel(d, id));
    out.push('## Flows', '', 'Who gives what to whom, as the claims describe it.', '');
    for (const f of d.flows)
      out.push(
        `- ${party(f.from)} → ${party(f.to)}: ${md(f.what)}${f.amount ? ` (${f.amount.value.toLocaleString('en')} ${f.amount.unit})` : ''} — ${f.certainty} ${cite([...new Set((f.evidence ?? []).map((e) => e.doc))])}`,
      );
    out.push('');
  }
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
  const events = shownEvents(d);
  if (events.length) {
    out.push(
      '## Timeline',
      '',
      'What happened when, as the articles tell it; each event cites the articles that tell it.',
      '',
    );
    for (const e of events.filter((x) => x.kind === 'event'))
      out.push(`- **${e.date}**${e.ahead ? ' (ahead of the reports)' : ''}: ${md(e.text)} ${cite(e.docs)}`);
    const said = events.filter((x) => x.kind === 'statement');
    if (said.length)
      out.push(
        '',
        `Dates of statements (when something was said, not what happened): ${said.map((x) => `${x.date} ${cite(x.docs)}`).join('; ')}`,
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
