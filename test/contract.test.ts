import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { corpus, describeShared, ROOT } from './shared.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'dossier.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

function spansInside(d: api.Dossier): void {
  for (const doc of d.documents) {
    const n = doc.text.length;
    const all: api.Span[] = [
      ...doc.blocks,
      ...doc.repairs,
      ...doc.sentences,
      ...doc.entities,
      ...doc.quantities,
      ...doc.dates,
      ...doc.quotes,
      ...doc.evidence.flatMap((e) =>
        e.start !== undefined && e.end !== undefined ? [{ start: e.start, end: e.end }] : [],
      ),
    ];
    for (const a of doc.attributions) all.push(a.cue, a.content, ...(a.source ? [a.source] : []));
    for (const s of all) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(n);
      expect(s.start).toBeLessThanOrEqual(s.end);
    }
  }
}

describe('dossier contract', () => {
  it('validates the example dossier against the shipped JSON Schema', () => {
    const d = api.analyze([join(ROOT, 'examples', 'harbour-fire')]);
    expect(validate(d), JSON.stringify(validate.errors)).toBe(true);
    spansInside(d);
  });
  it('validates a dossier with a getaway vehicle discrepancy (kind `vehicle`, added in dossier@1)', () => {
    const d = api.analyzeTexts([
      { location: 'one.txt', text: 'Raid\n\nThe robbers fled in a grey 4x4, police said.\n' },
      { location: 'two.txt', text: 'Raid\n\nWitnesses said the robbers escaped in a red car.\n' },
    ]);
    expect(d.discrepancies.map((x) => x.kind)).toContain('vehicle');
    expect(validate(d), JSON.stringify(validate.errors)).toBe(true);
    d.discrepancies.find((x) => x.kind === 'vehicle')!.kind = 'getaway';
    expect(validate(d)).toBe(false);
  });
  it('rejects a dossier that breaks the contract', () => {
    const d = JSON.parse(JSON.stringify(api.analyze([join(ROOT, 'examples', 'harbour-fire')])));
    d.documents[0].attributions[0].certainty = 'probably';
    expect(validate(d)).toBe(false);
    delete d.documents[0].attributions;
    expect(validate(d)).toBe(false);
  });
  it('locks the public exports', () => {
    expect(Object.keys(api).sort()).toEqual([
      'CERTAINTIES',
      'DEFAULT_MAX_BYTES',
      'DOSSIER_SCHEMA',
      'InputError',
      'LAYERS',
      'STAGES',
      'SpanError',
      'Store',
      'VERSION',
      'analyze',
      'analyzeAsync',
      'analyzeTexts',
      'articleRecord',
      'bodyText',
      'buildDossier',
      'checkSpan',
      'clusterStories',
      'createApp',
      'decodeBytes',
      'documentId',
      'enqueue',
      'escapeHtml',
      'extractArticleText',
      'fetchUrl',
      'findMojibake',
      'loadDocuments',
      'loadDocumentsAsync',
      'overlaps',
      'parseFeed',
      'processBytes',
      'processHtmlBytes',
      'processHtmlText',
      'processItem',
      'processText',
      'readInputs',
      'renderHtml',
      'renderMarkdown',
      'repairedView',
      'runWorker',
      'serve',
      'stagesFor',
    ]);
    expect(api.STAGES.map((s) => s.name)).toEqual([
      'repair',
      'blocks',
      'metadata',
      'sentences',
      'language',
      'mentions',
      'attribution',
    ]);
  });
  it('keeps VERSION in step with package.json', () => {
    expect(api.VERSION).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });
  it('gives the same document the same id wherever it comes from', () => {
    const a = api.analyzeTexts([
      { text: 'A short article about a bridge closing on Friday.', location: 'x' },
    ]);
    const b = api.analyzeTexts([
      { text: 'A short article about a bridge closing on Friday.', location: 'y' },
    ]);
    expect(a.documents[0]!.id).toBe(b.documents[0]!.id);
  });
  it('says when a stage does not support a language instead of producing nonsense', () => {
    const d = api.analyzeTexts([
      {
        text: 'Der Stadtrat hat am Freitag beschlossen, die alte Brücke zu schließen. Ingenieure hatten Risse in zwei Pfeilern gefunden, sagte der Bürgermeister.',
      },
    ]);
    expect(d.documents[0]!.language).toBe('de');
    expect(d.documents[0]!.attributions).toEqual([]);
    expect(d.messages.map((m) => m.rule)).toContain('attribution:language');
  });
});

describeShared('dossiers of the development corpora (../shared)', () => {
  it('are valid and keep every span inside its text', () => {
    for (const input of [corpus('nk-assets'), corpus('polnear-dev', 'text')]) {
      const d = api.analyze([input]);
      expect(validate(d), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      spansInside(d);
    }
  });
});
