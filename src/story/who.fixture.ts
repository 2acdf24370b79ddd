import { analyzeTexts } from '../analyze.js';
import { processText } from '../pipeline/document.js';
import { traceProvenance } from './provenance.js';

/**
 * Readers of invented multi-outlet stories for the origin model's tests (h-who13 to h-who16): each
 * text an article of its own outlet, `Outlet 1`, `Outlet 2` ...
 */
/** One article of `outlet`. */
export const doc = (text: string, outlet: string) =>
  processText(text, { kind: 'record', location: outlet }, { known: { outlet, language: 'en' } });

/** The provenance trace of the articles. */
export const trace = (texts: readonly string[]) =>
  traceProvenance(texts.map((x, i) => doc(x, `Outlet ${i + 1}`)));

/** The rule of the role given to the first node whose label matches. */
export const roleOf = (texts: readonly string[], label: RegExp): string | undefined => {
  const t = trace(texts);
  const n = t.graph.nodes.find((m) => label.test(m.label));
  return n && t.roles?.get(n.id)?.rule;
};

/** The labels of the story's origins, the articles' own outlets left out (`known`: outlets given). */
export const origins = (texts: readonly string[], known = true): string[] =>
  (
    analyzeTexts(
      texts.map((text, i) => ({
        text,
        location: `a${i + 1}.txt`,
        known: known ? { outlet: `Outlet ${i + 1}`, language: 'en' } : { language: 'en' },
      })),
    ).provenance.origins ?? []
  )
    .map((o) => o.label)
    .filter((l) => !/^Outlet \d$/.test(l));

/** A dossier of tokenised articles, each opening with its address written apart (its outlet). */
export const tokenised = (...texts: string[]) =>
  analyzeTexts(texts.map((text, i) => ({ text, location: `a${i + 1}.txt`, known: { language: 'en' } })));

/** The role a dossier gives the source of that label (`origin`, `commentator`, `relay`), or undefined. */
export const storyRoleOf = (d: ReturnType<typeof tokenised>, label: RegExp): string | undefined => {
  const p = d.provenance;
  if (p.origins?.some((o) => label.test(o.label))) return 'origin';
  if (p.commentators?.some((o) => label.test(o.label))) return 'commentator';
  if (p.relays?.some((o) => label.test(o.label))) return 'relay';
  return undefined;
};

/** The labels of the sources of the first article's member opening with `start`. */
export const sourcesOf = (d: ReturnType<typeof tokenised>, start: string): string[] => {
  const label = (id: string) => d.provenance.nodes.find((n) => n.id === id)?.label ?? id;
  const first = d.documents[0]!.id;
  const m = d.claims.flatMap((c) => c.members).find((x) => x.doc === first && x.text.startsWith(start));
  return (m?.sources ?? []).map(label);
};

/** The labels of a story's origins. */
export const originLabels = (d: ReturnType<typeof tokenised>): string[] =>
  (d.provenance.origins ?? []).map((o) => o.label);
/** The origins' labels of the claims a member of which matches. */
export const claimOrigins = (d: ReturnType<typeof tokenised>, text: RegExp): string[][] => {
  const label = new Map(d.provenance.nodes.map((n) => [n.id, n.label]));
  return d.claims
    .filter((c) => c.members.some((m) => text.test(m.text)))
    .map((c) => c.origins.map((o) => label.get(o) ?? o));
};
