import { family } from '../align.js';
import type { ProvenanceTrace } from '../provenance.js';
import type { Finding, Reader, Value } from './values.js';

/** The sources of one report described differently by different outlets (`a US official` / `two officials`). */
export function sourceDiscrepancies(trace: ProvenanceTrace, r: Reader): Finding[] {
  const out: Finding[] = [];
  const nodeById = new Map(trace.graph.nodes.map((n) => [n.id, n]));
  for (const report of trace.graph.nodes.filter((n) => n.kind === 'news-organization')) {
    const cited = trace.graph.edges
      .filter((e) => e.from === report.id && e.kind === 'cites')
      .map((e) => e.to);
    const byHead = new Map<string, Value[]>();
    for (const id of cited) {
      const label = nodeById.get(id)?.label ?? '';
      const head = label.toLowerCase().match(/\p{L}+$/u)?.[0];
      if (!head) continue;
      const first = new Map<string, Value>();
      for (const m of trace.mentions.get(id) ?? [])
        if (!first.has(m.doc)) first.set(m.doc, r.value(m.doc, m, label));
      byHead.set(family(head), [...(byHead.get(family(head)) ?? []), ...first.values()]);
    }
    for (const [, vs] of byHead) {
      const labels = new Set(vs.map((v) => v.normalized as string));
      if (labels.size >= 2 && new Set(vs.map((v) => v.doc)).size >= 2)
        out.push({
          kind: 'source',
          note: `outlets describe the sources of ${report.label} differently: ${[...labels].join(' / ')}`,
          values: vs,
        });
    }
  }
  return out;
}
