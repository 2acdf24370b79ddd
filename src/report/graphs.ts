import dagre from '@dagrejs/dagre';
import type { Dossier } from '../dossier/types.js';
import { escapeHtml } from './escape.js';

/** Average width of a character of the graphs' 12 px sans-serif font, in px (generous, so text stays in its box). */
const CHAR_W = 7.2;
/** Height of one line of graph text, in px. */
const LINE_H = 16;

const short = (s: string, n: number): string => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/** Lines of at most `width` characters (no more than `max` lines, the last cut with an ellipsis). */
export function wrap(text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const w of text.split(/\s+/).filter(Boolean)) {
    const word = short(w, width);
    if ((cur + ' ' + word).trim().length > width && cur) {
      lines.push(cur);
      cur = word;
    } else cur = (cur + ' ' + word).trim();
  }
  if (cur) lines.push(cur);
  if (lines.length > max) return [...lines.slice(0, max - 1), short(lines.slice(max - 1).join(' '), width)];
  return lines;
}

/** Node label as shown: outlet nodes named after a file path show the file name. */
export function nodeName(label: string): string {
  return /[\\/]/.test(label) ? (label.split(/[\\/]/).pop() ?? label) : label;
}

interface Box {
  readonly lines: string[];
  readonly width: number;
  readonly height: number;
}

const box = (text: string, width: number, max: number, pad = 8): Box => {
  const lines = wrap(text, width, max);
  return {
    lines,
    width: Math.ceil(Math.max(...lines.map((l) => l.length), 4) * CHAR_W + 2 * pad),
    height: lines.length * LINE_H + 2 * pad - 4,
  };
};

/** SVG text lines centred on (x, y). */
const textLines = (lines: readonly string[], x: number, y: number): string =>
  lines
    .map(
      (l, i) =>
        `<text x="${x.toFixed(1)}" y="${(y + (i - (lines.length - 1) / 2) * LINE_H + 4).toFixed(1)}" text-anchor="middle">${escapeHtml(l)}</text>`,
    )
    .join('');

/** A smooth path through dagre's edge points. */
function edgePath(points: ReadonlyArray<{ x: number; y: number }>): string {
  if (points.length === 0) return '';
  const p = points.map((q) => `${q.x.toFixed(1)},${q.y.toFixed(1)}`);
  if (points.length < 3) return `M${p.join(' L')}`;
  // Quadratic segments through the midpoints: a curve that follows the route dagre found.
  let d = `M${p[0]}`;
  for (let i = 1; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const mid = i === points.length - 2 ? b : { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    d += ` Q${a.x.toFixed(1)},${a.y.toFixed(1)} ${mid.x.toFixed(1)},${mid.y.toFixed(1)}`;
  }
  return d;
}

/**
 * The provenance graph laid out in layers by dagre (left to right): outlets
 * on the left, the reports they relay in the middle, the sources cited on the
 * right; boxes never overlap and the layer order keeps crossings few. Relaying
 * and citing are drawn differently; origins are outlined.
 */
export function provenanceSvg(d: Dossier): string {
  const { nodes, edges } = d.provenance;
  if (!edges.length) return '';
  const used = new Set(edges.flatMap((e) => [e.from, e.to]));
  const shown = nodes.filter((n) => used.has(n.id));
  const origins = new Set((d.provenance.origins ?? []).map((o) => o.id));
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({
    rankdir: 'LR',
    nodesep: 12,
    ranksep: 90,
    edgesep: 8,
    marginx: 8,
    marginy: 8,
    acyclicer: 'greedy',
  });
  g.setDefaultEdgeLabel(() => ({}));
  const boxes = new Map<string, Box>();
  for (const n of shown) {
    const b = box(nodeName(n.label), 30, 2);
    boxes.set(n.id, b);
    g.setNode(n.id, { width: b.width, height: b.height });
  }
  edges.forEach((e, i) => g.setEdge(e.from, e.to, { weight: e.kind === 'relays' ? 2 : 1 }, String(i)));
  dagre.layout(g);
  const lines = edges
    .map((e, i) => {
      const pts = g.edge({ v: e.from, w: e.to, name: String(i) })?.points ?? [];
      return `<path class="edge ${e.kind}" d="${edgePath(pts)}" marker-end="url(#arrow)"><title>${escapeHtml(`${e.from} ${e.kind} ${e.to}`)}</title></path>`;
    })
    .join('');
  const drawn = shown
    .map((n) => {
      const p = g.node(n.id) as { x: number; y: number };
      const b = boxes.get(n.id)!;
      return `<g class="node ${escapeHtml(n.kind)}${origins.has(n.id) ? ' origin' : ''}"><rect x="${(p.x - b.width / 2).toFixed(1)}" y="${(p.y - b.height / 2).toFixed(1)}" width="${b.width}" height="${b.height}" rx="6"/>${textLines(b.lines, p.x, p.y)}<title>${escapeHtml(`${n.label} (${n.kind})`)}</title></g>`;
    })
    .join('');
  const { width = 0, height = 0 } = g.graph();
  return `<svg class="graph" viewBox="0 0 ${Math.ceil(width)} ${Math.ceil(height)}" width="100%" style="max-width:${Math.ceil(width)}px" role="img" aria-label="provenance graph">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#667"/></marker></defs>
${lines}${drawn}</svg>`;
}

/**
 * The flows laid out by dagre: a node per party, an arrow per flow with its
 * label (what is given, and the amount) placed by the layout beside the
 * arrow, so labels neither overlap each other nor the parties.
 */
export function flowsSvg(d: Dossier, partyName: (id: string) => string): string {
  if (!d.flows.length) return '';
  const flows = d.flows.slice(0, 24);
  const parties = [...new Set(flows.flatMap((f) => [f.from, f.to]))];
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({
    rankdir: 'LR',
    nodesep: 16,
    ranksep: 40,
    edgesep: 12,
    marginx: 8,
    marginy: 8,
    acyclicer: 'greedy',
  });
  g.setDefaultEdgeLabel(() => ({}));
  const boxes = new Map<string, Box>();
  for (const p of parties) {
    const b = box(partyName(p), 26, 2);
    boxes.set(p, b);
    g.setNode(p, { width: b.width, height: b.height });
  }
  const labels = flows.map((f) =>
    box(`${f.what}${f.amount ? ` (${f.amount.value.toLocaleString('en')} ${f.amount.unit})` : ''}`, 28, 2, 4),
  );
  flows.forEach((f, i) =>
    g.setEdge(f.from, f.to, { width: labels[i]!.width, height: labels[i]!.height, labelpos: 'c' }, String(i)),
  );
  dagre.layout(g);
  const arrows = flows
    .map((f, i) => {
      const e = g.edge({ v: f.from, w: f.to, name: String(i) }) as {
        points?: Array<{ x: number; y: number }>;
        x?: number;
        y?: number;
      };
      const l = labels[i]!;
      const full = `${f.what}${f.amount ? ` (${f.amount.value.toLocaleString('en')} ${f.amount.unit})` : ''}`;
      return `<g class="flow ${f.certainty}"><path d="${edgePath(e.points ?? [])}" marker-end="url(#farrow)"/>${e.x !== undefined && e.y !== undefined ? textLines(l.lines, e.x, e.y) : ''}<title>${escapeHtml(`${partyName(f.from)} → ${partyName(f.to)}: ${full} (${f.certainty}; claims ${f.claims.join(', ')})`)}</title></g>`;
    })
    .join('');
  const dots = parties
    .map((p) => {
      const q = g.node(p) as { x: number; y: number };
      const b = boxes.get(p)!;
      return `<g class="party"><rect x="${(q.x - b.width / 2).toFixed(1)}" y="${(q.y - b.height / 2).toFixed(1)}" width="${b.width}" height="${b.height}" rx="${(b.height / 2).toFixed(1)}"/>${textLines(b.lines, q.x, q.y)}</g>`;
    })
    .join('');
  const { width = 0, height = 0 } = g.graph();
  return `<svg class="graph" viewBox="0 0 ${Math.ceil(width)} ${Math.ceil(height)}" width="100%" style="max-width:${Math.ceil(width)}px" role="img" aria-label="flows">
<defs><marker id="farrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto"><path d="M0,0L10,5L0,10z" fill="#555"/></marker></defs>
${arrows}${dots}</svg>`;
}
