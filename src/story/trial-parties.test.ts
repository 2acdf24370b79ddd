import { describe, expect, it } from 'vitest';
import { story } from './invented.fixture.js';

/**
 * The parties of a trial as provenance reads them (fictional stories): jurors and a judge hear
 * what a lawyer tells them and pass nothing on; the defence speaks as one party whether news
 * names it `the defense`, `defense lawyers` or `defense attorney Name`.
 */
const origins = (d: ReturnType<typeof story>) => (d.provenance.origins ?? []).map((o) => o.label);

describe('the parties of a trial', () => {
  it('reads jurors told something as an audience, not as a source that cites the speaker', () => {
    const d = story(
      `Jury convicts man of warehouse killing\nA jury on Monday convicted Rolf Daner, 34, of killing a night guard at a Kessel warehouse.\nProsecutor Ben Holt told jurors that Daner had planned the robbery for weeks.`,
    );
    expect(origins(d).some((l) => /juror/i.test(l))).toBe(false);
    expect(origins(d)).toContain('Prosecutor Ben Holt');
  });

  it('control: a newspaper told something still relays its speaker', () => {
    const d = story(
      `Jury convicts man of warehouse killing\nA jury on Monday convicted Rolf Daner, 34, of killing a night guard at a Kessel warehouse.\nProsecutor Ben Holt told the Kessel Gazette that Daner had planned the robbery for weeks.`,
    );
    const label = new Map(d.provenance.nodes.map((n) => [n.id, n.label]));
    const cites = d.provenance.edges
      .filter((e) => e.kind === 'cites')
      .map((e) => `${label.get(e.from)} -> ${label.get(e.to)}`);
    expect(cites).toContain('Kessel Gazette -> Prosecutor Ben Holt');
  });

  it('makes the defence one origin however the articles name it', () => {
    const d = story(
      `Jury convicts man of warehouse killing\nA jury on Monday convicted Rolf Daner, 34, of killing a night guard at a Kessel warehouse.\nDefense attorney Ivo Pell said Daner would appeal the verdict.`,
      `Daner guilty of guard's murder\nRolf Daner was found guilty on Monday of murdering a guard during a warehouse robbery.\nThe defense said Daner had been coerced by two accomplices.`,
      `Guard's killer is convicted in Kessel\nDefense lawyers said the jury had ignored evidence that Daner was coerced.\nA jury found Rolf Daner guilty of the killing.`,
    );
    const defence = (d.provenance.origins ?? []).filter((o) => /defen[cs]e|Pell/i.test(o.label));
    expect(defence.map((o) => o.label)).toHaveLength(1);
    expect(defence[0]!.documents).toHaveLength(3);
    expect(defence[0]!.rule ?? 'provenance:first-hand').toMatch(/^provenance:/);
  });

  it('control: a lawyer named by no defence role stays their own origin', () => {
    const d = story(
      `Jury convicts man of warehouse killing\nA jury on Monday convicted Rolf Daner, 34, of killing a night guard at a Kessel warehouse.\nThe guard's family lawyer, Mara Tell, said the family would sue the warehouse owner.`,
      `Daner guilty of guard's murder\nRolf Daner was found guilty on Monday of murdering a guard during a warehouse robbery.\nThe defense said Daner had been coerced by two accomplices.`,
    );
    const defence = (d.provenance.origins ?? []).filter((o) => /^(?:the\s+)?defen[cs]e$/i.test(o.label));
    expect(defence).toHaveLength(1);
    expect(defence[0]!.documents).toEqual([d.documents[1]!.id]);
  });

  // Dropped under the halves rule (docs/origins.md, stop 35): with no prosecutor's office named,
  // the one District Attorney hosting the story's prosecutors moved ECB+ half A (split 6 -> 5,
  // commentators 3 -> 2) and left half B unchanged.
  it.fails('makes a District Attorney and the prosecutors one origin when no office is named', () => {
    const d = story(
      `Jury convicts man of warehouse killing\nA jury on Monday convicted Rolf Daner, 34, of killing a night guard at a Kessel warehouse.\nKessel County District Attorney Ada Quill said the verdict brought justice to the guard's family.\nThe lead prosecutor said Daner had planned the robbery for weeks.`,
      `Daner guilty of guard's murder\nRolf Daner was found guilty on Monday of murdering a guard during a warehouse robbery.\nAssistant District Attorney Ben Holt said Daner had shown no remorse.`,
    );
    expect(origins(d).filter((l) => /prosecutor|District Attorney/i.test(l))).toHaveLength(1);
  });
});

// Dropped under the halves rule (docs/origins.md, stop 35): charging documents and court records
// as source nouns (`according to a criminal complaint`, `According to the charges`) raised ECB+
// half A (recall 0.55 -> 0.59, precision 0.84 -> 0.85) and left half B unchanged; half A's misses
// had named such documents before the invented story was written.
describe('documents of a case as origins', () => {
  it.fails('makes the criminal complaint an origin of both reports', () => {
    const d = story(
      `Man charged in Kessel bank robbery\nA 41-year-old man was charged on Friday with robbing a Kessel bank last week, according to a criminal complaint filed in Hennaby County.\nThe complaint says Rolf Daner handed a teller a note.`,
      `Kessel robbery suspect charged\nRolf Daner, 41, was charged Friday with the robbery of the First Kessel Bank.\nAccording to the charges, Daner fled with about $4,000.`,
    );
    expect(origins(d).filter((l) => /complaint|charges/i.test(l))).toHaveLength(1);
  });
});
