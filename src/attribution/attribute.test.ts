import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus, describeShared, tool } from '../../test/shared.js';
import { loadDocuments } from '../analyze.js';
import { processText } from '../pipeline/document.js';

const doc = (text: string) =>
  processText(text, { kind: 'record', location: 't' }, { known: { language: 'en' } });
const slice = (t: string, s: { start: number; end: number } | null) => (s ? t.slice(s.start, s.end) : null);

describe('attribution names speakers', () => {
  const cues = (text: string) =>
    doc(text).attributions.map((a) => [slice(text, a.cue), slice(text, a.source), slice(text, a.content)]);
  const labels = (text: string) => doc(text).attributions.map((a) => a.sourceLabel);
  it('names the person a source phrase is about: its last name, not a title or a possessor', () => {
    // `Lt.` is a title, not a person; the person is the name after it.
    expect(labels('Harbour spokesman Lt. Oren Tash said the pier would stay closed until Thursday.')).toEqual(
      ['Oren Tash'],
    );
    // A possessor names no speaker: `Quill's lawyer` is the lawyer.
    expect(labels("Quill's lawyer said his client would appeal.")).toEqual(["Quill's lawyer"]);
    // Control: a name alone is the name.
    expect(labels('Ada Quill said she would appeal.')).toEqual(['Ada Quill']);
  });
  it('keeps a role with the name set off after it as the source: `The operator, Fen Coaches, said`', () => {
    expect(cues("Quill's lawyer, Mira Vell, said her client would appeal.")).toEqual([
      ['said', "Quill's lawyer, Mira Vell", 'her client would appeal'],
    ]);
    expect(labels('The operator, Greyline Coaches, said the route was suspended.')).toEqual([
      'Greyline Coaches',
    ]);
    expect(labels('The company that owns the warehouse, Ferrow Chemicals, said nobody was inside.')).toEqual([
      'Ferrow Chemicals',
    ]);
    // The name may follow a role of its own in lower case.
    expect(labels('Another witness, driver Tomas Reb, said he heard several shots.')).toEqual(['Tomas Reb']);
    // Control: a name with a role set off after it stays the name.
    expect(cues('Mira Vell, a lawyer, said her client would appeal.')[0]![1]).toBe('Mira Vell');
    // Control: a clause set off after the role is no name (`, who met Tomas Reb,`).
    expect(labels('Another witness, who met Tomas Reb, said he heard several shots.')).not.toContain(
      'Tomas Reb',
    );
  });
  it('reads a name with its acronym in brackets before the cue as the source, not the acronym alone', () => {
    expect(cues('The Fen Safety Board (FSB) said it had received 12 complaints.')[0]![1]).toBe(
      'The Fen Safety Board (FSB)',
    );
    expect(labels('The Fen Safety Board (FSB) said it had received 12 complaints.')).toEqual([
      'Fen Safety Board',
    ]);
    // Control: an acronym alone is the source.
    expect(cues('The FSB said it had received 12 complaints.')[0]![1]).toBe('The FSB');
  });
  it('reads `state media` as a speaker, not any media', () => {
    expect(cues('The death toll rose to 58, state media reported.')[0]![1]).toBe('state media');
    expect(cues('The death toll rose to 58, social media reported.')[0]?.[1] ?? null).toBeNull();
  });
  it('keeps the name after a role that closes the sentence: `said its director, Mona Sledge.`', () => {
    expect(cues('“This was preventable,” said its director, Mona Sledge.')[0]![1]).toBe(
      'its director, Mona Sledge',
    );
    // Control: a role with no name after it.
    expect(cues('“This was preventable,” said its director.')[0]![1]).toBe('its director');
  });
  it('reads a participle after a clause as the subject speaking what follows it', () => {
    const text = 'The mayor resigned on Friday, saying she was tired of the budget fights.';
    expect(cues(text)).toEqual([['saying', 'The mayor', 'she was tired of the budget fights']]);
    // Control: a verb after the content with its speaker after it.
    expect(cues('The ferry docked at noon, said the harbour master.')).toEqual([
      ['said', 'the harbour master', 'The ferry docked at noon'],
    ]);
  });
  it('reads a phrase of circumstance after a cue as no content: `said in a statement`', () => {
    expect(cues('The pier closed, the council said in a statement.')).toEqual([
      ['said', 'the council', 'The pier closed'],
    ]);
    expect(cues('The pier will reopen in June, officials said on Friday.')).toEqual([
      ['said', 'officials', 'The pier will reopen in June'],
    ]);
    expect(cues('The pier closed, the council said in a statement released on Friday.')[0]![2]).toBe(
      'The pier closed',
    );
    // Before `that`, the circumstance is skipped and the clause is what was said.
    expect(cues('The council said in a statement that the pier had closed.')).toEqual([
      ['said', 'The council', 'the pier had closed'],
    ]);
    // Controls: a clause after the circumstance, and an opening phrase before the comma.
    expect(cues('The council said on Friday the pier closed.')[0]![2]).toBe('on Friday the pier closed');
    expect(cues('Yesterday, the mayor said the pier was closed.')[0]![2]).toBe('the pier was closed');
  });
  it('reads an opening participle and a clause in `that` after the cue: what follows the cue is said', () => {
    expect(cues('Writing in the Fen Herald, the mayor argued that the pier was unsafe.')).toEqual([
      ['argued', 'the mayor', 'the pier was unsafe'],
    ]);
    expect(cues('Speaking to reporters on Friday, the mayor said the pier was unsafe.')).toEqual([
      ['said', 'the mayor', 'the pier was unsafe'],
    ]);
    // Control: the statement before the comma, the speaker and the cue after it.
    expect(cues('The pier was unsafe, the mayor argued.')).toEqual([
      ['argued', 'the mayor', 'The pier was unsafe'],
    ]);
  });
  it('never takes the words after a participle as its speaker', () => {
    // The subject of the clause the participle follows speaks.
    expect(
      cues('After the mayor resigned, saying she was tired, the council met on Friday.')[0]!.slice(0, 2),
    ).toEqual(['saying', 'the mayor']);
    // With no subject there, the participle still reports, its speaker unnamed.
    expect(cues('After the vote, saying she was tired, the council met on Friday.')[0]!.slice(0, 2)).toEqual([
      'saying',
      null,
    ]);
    // A comma closing a quoted title stands before its quotation mark.
    expect(
      cues(
        'Ada Quill gave an interview for the series “Women at the Helm,” answering questions about her work.',
      )
        .find((c) => c[0] === 'answering')
        ?.slice(0, 2),
    ).toEqual(['answering', 'Ada Quill']);
    // Control: a verb of saying after the content takes its speaker after it.
    expect(cues('The ferry docked at noon, said Ada Quill.')).toEqual([
      ['said', 'Ada Quill', 'The ferry docked at noon'],
    ]);
  });
  it("reads a closing `''` before the cue as the end of what was said (`, '' said Ada Quill, who ...`)", () => {
    const text = "`` The pier is closed until Friday, '' said Ada Quill, who runs the ferry.";
    const a = doc(text).attributions;
    expect(a.map((x) => [slice(text, x.cue), slice(text, x.source)])).toEqual([['said', 'Ada Quill']]);
    expect(slice(text, a[0]!.content)).toContain('The pier is closed until Friday');
    expect(slice(text, a[0]!.content)).not.toContain('Ada Quill');
    // Control: an opening `''` (a space before it, none after) closes nothing.
    const open = "The survey found that 73 percent ''said they were tired of the fights.''";
    // (The cue is read; with no speaker before it, a clause after it is no speaker either.)
    const said = doc(open).attributions.find((x) => slice(open, x.cue) === 'said');
    expect(said).toBeDefined();
    expect(said?.rule).not.toBe('attribution:verb-after-content');
  });
  it('takes no adverb, contraction or bare possessor as a sentence’s subject', () => {
    const speaker = (text: string) => cues(text).find((c) => c[0] === 'saying')?.[1];
    expect(speaker('Finally the mayor resigned on Friday, saying she was tired.')).toBe('the mayor');
    expect(speaker('Separately, the mayor resigned on Friday, saying she was tired.')).toBe('the mayor');
    expect(speaker('Quill’s lawyer resigned on Friday, saying she was tired.')).toBe('Quill’s lawyer');
    expect(speaker("Quill's two sons left the port, saying they were tired.")).toBe("Quill's two sons");
    expect(speaker('He’s leaving the port, saying he was tired.')).toBe('He');
    // Controls: names in -ly and a name with no possessive.
    expect(speaker('Kelly resigned on Friday, saying she was tired.')).toBe('Kelly');
    expect(speaker('Ada Connolly resigned on Friday, saying she was tired.')).toBe('Ada Connolly');
    expect(cues('Separately, the mayor, 61, said she was tired.')[0]![1]).toBe('the mayor');
  });
  it('reads a subject set off by an apposition as the speaker, and the words after the cue as content', () => {
    expect(cues('Ada Quill, daughter of the clerk, said she saw the van hit the gate.')).toEqual([
      ['said', 'Ada Quill', 'she saw the van hit the gate'],
    ]);
    expect(cues('Ada Quill, who chaired the inquiry, said the ferry sank at noon.')).toEqual([
      ['said', 'Ada Quill', 'the ferry sank at noon'],
    ]);
    expect(cues('Tomas Greer, 45, told reporters the pier was closed.')).toEqual([
      ['told', 'Tomas Greer', 'the pier was closed'],
    ]);
    // An apostrophe inside a word and a relative clause belong to the apposition.
    expect(
      cues(
        'Ada Quill, director of the Fen Institute at the university’s law school, said the pier was closed.',
      ),
    ).toEqual([['said', 'Ada Quill', 'the pier was closed']]);
    expect(cues('The port agency, the body that runs the harbour, said the pier was closed.')[0]![1]).toBe(
      'The port agency',
    );
    // A long apposition (an abbreviation, a bracket, a subject with a preposition) before a cue
    // and a clause after it: the speaker is the subject, never the clause after the cue.
    expect(
      cues('Derek Quill, who served as envoy to the U.S. until May, said the talks had failed.'),
    ).toEqual([['said', 'Derek Quill', 'the talks had failed']]);
    expect(
      cues('Rep. Ada Quill (D-Fen), chair of the harbour panel, said members will raise the money.')[0]?.[1],
    ).toBe('Rep. Ada Quill');
    expect(
      cues(
        'Officials at the Brindle port agency, a branch of the transport ministry, said they were concerned.',
      )[0]?.[1],
    ).toBe('Officials at the Brindle port agency');
    // Controls: a statement before the comma, its speaker after the cue.
    expect(cues('The pier, the council said, was closed on Friday.')[0]![1]).toBe('the council');
    expect(cues('Ada Quill arrived at noon, said the harbour master.')[0]?.[1]).toBe('the harbour master');
  });
  it('reads an opening phrase before the comma as no statement: the content follows the cue', () => {
    expect(cues('Yesterday, the mayor said the pier was closed.')).toEqual([
      ['said', 'the mayor', 'the pier was closed'],
    ]);
    // Control: a statement before the comma is the content.
    expect(cues('The pier will close, the mayor said.')).toEqual([
      ['said', 'the mayor', 'The pier will close'],
    ]);
  });
  it('gives a participle after an inverted cue to the speaker named first', () => {
    expect(cues('The pier was closed, said Tomas Greer, noting that repairs would take weeks.')).toEqual([
      ['said', 'Tomas Greer', 'The pier was closed'],
      ['noting', 'Tomas Greer', 'that repairs would take weeks'],
    ]);
    // Control: with no speaker named before it, the participle is the sentence subject's.
    expect(cues('The mayor resigned on Friday, saying she was tired.')[0]![1]).toBe('The mayor');
  });
  it('reads the speaker after a closing quotation mark and a comma, and a participle after them', () => {
    expect(cues('"We see no link," the mayor said, adding that it would take hours.')).toEqual([
      ['said', 'the mayor', 'We see no link'],
      ['adding', 'the mayor', 'it would take hours'],
    ]);
    expect(cues("''The pier is shut,'' the harbour master said.")).toEqual([
      ['said', 'the harbour master', 'The pier is shut'],
    ]);
  });
  it('gives a verb joined by `and` the subject it shares with the verb before it', () => {
    expect(cues('The mayor said the pier was shut and warned that it might not reopen.')[1]).toEqual([
      'warned',
      'The mayor',
      'it might not reopen',
    ]);
    // A stance verb, and a verb after auxiliaries, joined by `and` share it too.
    expect(cues('The mayor urged calm on Friday, and criticized the ferry firm for the delay.')[1]).toEqual([
      'criticized',
      'The mayor',
      'the ferry firm for the delay',
    ]);
    expect(
      cues('Ada Quill said the pier was shut, and has also called for an inquiry.')[1]?.slice(0, 2),
    ).toEqual(['called for', 'Ada Quill']);
    // A subject that names no speaker lends no stance to the verb joined to it.
    expect(cues('The ferry docked late and blamed the fog.')).toEqual([]);
    // Control: `and` inside the subject is part of it.
    expect(cues('Officials and residents said the pier was shut.')).toEqual([
      ['said', 'Officials and residents', 'the pier was shut'],
    ]);
  });
  it('keeps only the noun phrase ending a clause before the cue as the source', () => {
    const text = 'The report also described the damage it said the storm had caused.';
    const said = doc(text).attributions.find((a) => slice(text, a.cue) === 'said');
    expect(slice(text, said?.source ?? null)).toBe('it');
    // Control: a plain subject is kept whole.
    expect(cues('The harbour authority of Brindle said the ferry docked.')[0]![1]).toBe(
      'The harbour authority of Brindle',
    );
  });
  it('takes no desire, intention or decision for a report, and keeps verbs of saying (control)', () => {
    for (const text of [
      'The council wants the ferry to run again.',
      'The minister intends to resign in May.',
      'The board decided the ferry would stop.',
      'The union welcomes the new timetable.',
      'The council plans to reopen the pier.',
    ])
      expect(cues(text), text).toEqual([]);
    expect(cues('The minister said she would resign in May.')).toHaveLength(1);
  });
  it('takes a thing `documented in` a place for no report, and `documented that` for one (control)', () => {
    const text = 'A label documented in Brindle on Monday showed a serial number.';
    expect(doc(text).attributions.filter((a) => slice(text, a.cue) === 'documented')).toEqual([]);
    expect(cues('Inspectors documented that the label was forged.')).toEqual([
      ['documented', 'Inspectors', 'the label was forged'],
    ]);
  });
  it('reads a form in -ing after `is` as the subject speaking, and keeps the passive out (control)', () => {
    expect(cues('The mayor is demanding that the ferry company pay for the pier.')).toEqual([
      ['demanding', 'The mayor', 'the ferry company pay for the pier'],
    ]);
    expect(cues('The harbour master is warning sailors that the pier may close.')[0]?.[1]).toBe(
      'The harbour master',
    );
    // Control: a passive participle reports nothing.
    expect(cues('The damage was estimated at two million pounds.')).toEqual([]);
  });
  it('reads a passive verb of saying or judging with no agent as an unnamed speaker, and a bare or measuring passive as none (control)', () => {
    expect(cues('The ferry captain was accused of ignoring the storm warning.')).toEqual([
      ['accused', null, 'The ferry captain'],
    ]);
    expect(cues('The pier is widely expected to close before winter.')).toEqual([
      ['expected', null, 'The pier'],
    ]);
    expect(doc('The ferry captain was accused of ignoring the storm warning.').attributions[0]?.rule).toBe(
      'attribution:passive-unnamed',
    );
    // Controls: an agent after `by` is the speaker; nothing after the verb; a measure.
    expect(cues('The plan was criticized by port officials.')[0]?.slice(0, 2)).toEqual([
      'criticized',
      'port officials',
    ]);
    expect(cues('The plan was criticized.')).toEqual([]);
    expect(cues('The damage was estimated at two million pounds.')).toEqual([]);
  });
  it('reads a capitalised verb of saying in a title-case headline as a verb, and a name elsewhere (control)', () => {
    expect(cues('Brindle Pier Will Close Next Spring, Harbour Master Says')).toEqual([
      ['Says', 'Harbour Master', 'Brindle Pier Will Close Next Spring'],
    ]);
    // Any verb of saying or stance in -s: `Calls`, `Slams`.
    expect(cues('Ada Quill Calls Ferry Plan ‘A Disgrace’ Over Harbour Closure')[0]?.slice(0, 2)).toEqual([
      'Calls',
      'Ada Quill',
    ]);
    // Control: in running text a capitalised word in a name is no verb, nor a noun opening a headline.
    expect(cues('The Fen Says Trust bought the pier last year.')).toEqual([]);
    expect(cues('Calls Grow for Ferry Inquiry After Harbour Closure Stuns Residents')).toEqual([]);
  });
  it('gives a quoted question to the speaker after it', () => {
    expect(cues('“Who will pay for the pier?” she asked.')).toEqual([
      ['asked', 'she', 'Who will pay for the pier'],
    ]);
  });
  it('takes a first-person cue inside a quotation for part of the quote, not a new source', () => {
    const text = '“I think the pier will hold,” the mayor said.';
    expect(cues(text)).toEqual([['said', 'the mayor', 'I think the pier will hold']]);
    // The quoted sentence stays someone's words when the quote runs on into a sentence of its own.
    const on = doc('The mayor spoke at noon. “The pier is old. I think that it will hold.”');
    expect(on.attributions).toEqual([]);
    expect(on.certainties.at(-1)?.certainty).toBe('attributed');
    // A quotation opened in the sentence and closed in a later one holds the cue as well.
    const open = doc('The mayor spoke at noon. “I think that the pier will hold. It is old,” she said.');
    expect(open.attributions.filter((a) => a.sourceLabel === 'I')).toEqual([]);
    // Control: outside a quotation the first person is a speaker.
    expect(cues('I think that the pier will hold.')).toEqual([['think', 'I', 'the pier will hold']]);
  });
  it('takes a belief or hope without `that` in a quotation or the first person for a hedge, not a report', () => {
    // The quoted speaker hedges: the belief is theirs and names no new source.
    const quoted = doc('The mayor spoke at noon. “They thought the pier would hold. It did not,” she said.');
    expect(
      quoted.attributions.filter((a) => /thought/.test(quoted.text.slice(a.cue.start, a.cue.end))),
    ).toEqual([]);
    expect(cues('We hope the ferry runs again soon.')).toEqual([]);
    const seen = doc(
      '“When sailors come back from the storm, and they see things most of us never see, it stays with them,” the mayor said.',
    );
    expect(seen.attributions.map((a) => seen.text.slice(a.cue.start, a.cue.end))).toEqual(['said']);
    // Controls: a third person outside a quotation reports a belief; so does `that` in the first person.
    expect(cues('Ada Quill thought the pier would hold.')[0]?.slice(0, 2)).toEqual(['thought', 'Ada Quill']);
    expect(cues('I think that the pier will hold.')).toEqual([['think', 'I', 'the pier will hold']]);
  });
  it('takes the second person for the reader or the one addressed, never a speaker', () => {
    expect(cues('If you think that the ferry will cost more next year, buy a pass now.')).toEqual([]);
    expect(cues('“You said the pier was safe,” the mayor told the engineer.').map((c) => c[1])).toEqual([
      'the mayor',
    ]);
    // Control: a third person in the same place is a speaker.
    expect(cues('Residents think that the ferry will cost more next year.')[0]?.slice(0, 2)).toEqual([
      'think',
      'Residents',
    ]);
  });
  it('takes the subject of a relative clause for the speaker, not the noun it describes', () => {
    expect(cues('The man police say drove the van was arrested.')[0]?.[1]).toBe('police');
    expect(
      cues('The audit underscored the problems Brindle prosecutors say they face.').find(
        (c) => c[0] === 'say',
      )?.[1],
    ).toBe('Brindle prosecutors');
    // Control: a role before a name stays with the name.
    expect(cues('The harbour master Tomas Greer said the pier was closed.')[0]?.[1]).toBe(
      'The harbour master Tomas Greer',
    );
  });
  it('reads `per` before a name as a cue, and `per year` as none (control)', () => {
    expect(cues('Fares rose two percent per year, per the Fen Herald.')).toEqual([
      ['per', 'the Fen Herald', 'Fares rose two percent per year'],
    ]);
  });
  it('takes a verb with no speaker before it and its object after it for no report', () => {
    expect(cues('The mayor will have more to say about it on Monday.')).toEqual([]);
    expect(cues('There was not time to say anything kind.')).toEqual([]);
    // Control: with a speaker, the same verb reports.
    expect(cues('Ada Quill said it was late.')).toEqual([['said', 'Ada Quill', 'it was late']]);
  });
  it('reads `states` as a verb before a clause only, not as the noun', () => {
    expect(cues('Voters in several battleground states could decide the race.')).toEqual([]);
    expect(cues('The report states that the pier is closed.')).toEqual([
      ['states', 'The report', 'the pier is closed'],
    ]);
  });
  it('reads `No. 8` as part of a name after the cue', () => {
    expect(cues('“We were calm,” said Juror No. 8, a teacher.')[0]?.[1]).toBe('Juror No. 8');
  });
  it('takes a label in `what X called` for a naming, not a report, and `X called it` for one (control)', () => {
    expect(cues('The mayor condemned what Tomas Greer called a “reckless stunt”.').map((c) => c[0])).toEqual([
      'condemned',
    ]);
    expect(cues('The ferry was late again, in what Ada Quill calls a “daily farce”.')).toEqual([]);
    // Control: the same verb with its speaker as subject reports.
    expect(cues('The harbour master called the stunt “reckless”.')[0]?.slice(0, 2)).toEqual([
      'called',
      'The harbour master',
    ]);
  });
  it('takes a belief the speaker reports of themselves for part of the content, not a second source', () => {
    expect(cues('Ada Quill said she thinks the pier will hold.')).toEqual([
      ['said', 'Ada Quill', 'she thinks the pier will hold'],
    ]);
    expect(cues('The harbour master told the crew that they expected the pier to close.')).toHaveLength(1);
    expect(cues('Ada Quill said Tomas Greer hopes the pier will hold.')).toEqual([
      ['said', 'Ada Quill', 'Tomas Greer hopes the pier will hold'],
    ]);
    // Control: a verb of saying in the content is a report of its own.
    expect(
      cues('Ada Quill said she saw the van and he warned that it would crash.').map((c) => c[0]),
    ).toEqual(['said', 'warned']);
  });
  it('leaves a manner adverb out of the source, and a noun in -ly in it (control)', () => {
    expect(cues('Ada Quill has sharply criticized the plan to close the pier.')).toEqual([
      ['criticized', 'Ada Quill', 'the plan to close the pier'],
    ]);
    expect(cues('Harbour officials strongly denied that the pier was unsafe.')[0]?.[1]).toBe(
      'Harbour officials',
    );
    // Controls: a noun in -ly is the head of the source; an adverb leaves a passive a passive.
    expect(cues('The Quill family said the pier was closed.')[0]?.[1]).toBe('The Quill family');
    expect(cues('The plan was fiercely criticized.')).toEqual([]);
  });
  it('takes a relative pronoun after a name for the source, labelled with the name it stands for', () => {
    const text = 'The pier was unsafe, said Ada Quill, who warned that it could collapse.';
    expect(
      doc(text).attributions.map((a) => [slice(text, a.cue), slice(text, a.source), a.sourceLabel]),
    ).toEqual([
      ['said', 'Ada Quill', 'Ada Quill'],
      ['warned', 'who', 'Ada Quill'],
    ]);
    expect(
      cues('The ferry company, which has strongly denied any fault, will appear in court.')[0]?.[1],
    ).toBe('which');
    // Controls: a relative clause with no verb of saying reports nothing, nor does `maintain` with an object.
    expect(cues('The ferry hit the pier, which collapsed on Friday.')).toEqual([]);
    expect(cues('The depot is run by the Brindle Oil Company, which maintains the tanks.')).toEqual([]);
    expect(cues('The firm maintained that the depot was safe.')).toHaveLength(1);
  });
  it('reads the agent of a passive verb of saying or stance as the source', () => {
    expect(cues('The plan to close the pier was criticized by Brindle port officials.')).toEqual([
      ['criticized', 'Brindle port officials', 'The plan to close the pier'],
    ]);
    expect(cues('The account has been strongly denied by Ada Quill.')[0]?.slice(0, 2)).toEqual([
      'denied',
      'Ada Quill',
    ]);
    // Controls: an agent that names no speaker, and a time after `by`, make no report.
    expect(cues('The bridge was supported by steel cables.')).toEqual([]);
    expect(cues('The plan was endorsed by Monday.')).toEqual([]);
  });
  it('reads the form in -ing of a verb of saying or stance after a clause or in a progressive', () => {
    expect(cues('The mayor resigned on Friday, calling the vote a disgrace.')).toEqual([
      ['calling', 'The mayor', 'the vote a disgrace'],
    ]);
    expect(cues('The harbour master is confirming that the pier was closed.')).toEqual([
      ['confirming', 'The harbour master', 'the pier was closed'],
    ]);
    // Controls: forms in -ing that are nouns or adjectives, or a wish, report nothing.
    expect(cues('Declining fares hit the ferry firm, and the ruling was appealed.')).toEqual([]);
    expect(cues('The union is hoping that the pier reopens.')).toEqual([]);
  });
  it('reads a form in -s after a word in lower case as the plural noun, unless a clause follows', () => {
    expect(cues('The storm renewed fears along the coast.')).toEqual([]);
    expect(cues('Brindle adopted new harbour rules on Friday.')).toEqual([]);
    // Controls: the verb before a clause, and after `and`.
    expect(cues('The harbour master claims that the pier is safe.')).toEqual([
      ['claims', 'The harbour master', 'the pier is safe'],
    ]);
    expect(cues('Ada Quill rejected the plan and calls it a disgrace.')[1]?.slice(0, 2)).toEqual([
      'calls',
      'Ada Quill',
    ]);
    // `shows` and `finds` after a document are its verbs: `the Quill report shows`.
    expect(cues('Experts said the Quill report shows the pier is unsafe.').map((c) => c[0])).toEqual([
      'said',
      'shows',
    ]);
  });
  it('gives `citing` a reason to the speaker who cites it, and keeps a cited source as the source (control)', () => {
    expect(cues('The mayor said the pier would close, citing security concerns after the storm.')[1]).toEqual(
      ['citing', 'The mayor', 'security concerns after the storm'],
    );
    expect(cues('Citing an unfounded rumour, Tomas Greer accused the council of lying.')).toContainEqual([
      'Citing',
      'Tomas Greer',
      'an unfounded rumour',
    ]);
    // Controls: a name or a source noun after `citing` is the cited source.
    expect(cues('The Fen Herald reported the closure, citing unnamed officials.')[0]?.slice(0, 2)).toEqual([
      'citing',
      'unnamed officials',
    ]);
    expect(
      cues('The ferry firm said it would cut routes, citing the Brindle Gazette.')[0]?.slice(0, 2),
    ).toEqual(['citing', 'the Brindle Gazette']);
    // A body without a capital is a cited source too.
    expect(cues('The ferry sank, the Coastal Ledger reported, citing the harbour authority.')).toContainEqual(
      ['citing', 'the harbour authority', 'The ferry sank, the Coastal Ledger reported'],
    );
  });
  it('reads the base form of a verb of saying after a plural subject, and not after a singular or a pronoun I (control)', () => {
    expect(cues('Harbour officials warn that the pier could collapse.')).toEqual([
      ['warn', 'Harbour officials', 'the pier could collapse'],
    ]);
    expect(cues('Polls show a close race in the Fen district.')).toEqual([
      ['show', 'Polls', 'a close race in the Fen district'],
    ]);
    // Controls: a noun after a noun, an infinitive, and the words of a first person.
    expect(cues('The ferry was the hit show of the summer.')).toEqual([]);
    expect(cues('The ferry firms agreed to explain the delay.').map((c) => c[0])).toEqual(['agreed']);
    expect(cues('I just hope the pier holds.')).toEqual([]);
  });
  it('passes the subject through `continued to`, `went on to` to the verb of saying after it', () => {
    expect(cues('Harbour officials continued to insist that the pier was safe.')).toEqual([
      ['insist', 'Harbour officials', 'the pier was safe'],
    ]);
    expect(cues('Ada Quill went on to say the ferry was late.')).toEqual([
      ['say', 'Ada Quill', 'the ferry was late'],
    ]);
    // Controls: a verb of no saying after `continued to`, and of a deed after `went on to`.
    expect(cues('The ferry continued to sail every hour.')).toEqual([]);
    expect(cues('Ada Quill went on to win the seat.')).toEqual([]);
  });
  it('reads `Asked about X,` opening a sentence as a question to the speaker, whose answer follows the cue', () => {
    expect(cues('Asked about the closure, the mayor said the pier was unsafe.')).toEqual([
      ['Asked', null, 'about the closure'],
      ['said', 'the mayor', 'the pier was unsafe'],
    ]);
    // Control: an opening phrase of another kind is no question, and the answer still follows the cue.
    expect(cues('Before the closure, the mayor said the pier was unsafe.')).toEqual([
      ['said', 'the mayor', 'the pier was unsafe'],
    ]);
  });
  it('reads a noun of saying after its possessor and before `that` as a cue, and the noun alone as none (control)', () => {
    expect(cues('Contrary to his claim that the pier was safe, it collapsed.')).toEqual([
      ['claim', 'his', 'the pier was safe'],
    ]);
    expect(cues('Residents doubted the Fen Herald’s report that the ferry sank.')).toContainEqual([
      'report',
      'Fen Herald',
      'the ferry sank',
    ]);
    // Controls: the noun with no clause of what was said.
    expect(cues('Her statements about the pier were brief.')).toEqual([]);
    expect(cues('His reports were late.')).toEqual([]);
  });
  it('reads a noun of saying after a name it is from and before `that` as a cue, and a report named by its title as none (control)', () => {
    expect(cues('Residents doubted a Fen Herald report that the ferry sank.')).toContainEqual([
      'report',
      'Fen Herald',
      'the ferry sank',
    ]);
    expect(doc('Residents doubted a Fen Herald report that the ferry sank.').attributions[0]?.rule).toBe(
      'attribution:noun-cue',
    );
    // Controls: the noun with no clause after it; `Report` as part of a title, `that` opening a relative clause.
    expect(cues('Residents read the Fen Herald report on the ferry.')).toEqual([]);
    expect(cues('The Brindle Report that the council commissioned was long.')).toEqual([]);
  });
  it('reads more nouns of saying and belief after a possessor and before `that`, a possessive pronoun opening the sentence and a possessor in lower case', () => {
    expect(cues('The mayor repeated her promise that the pier would reopen.')).toContainEqual([
      'promise',
      'her',
      'the pier would reopen',
    ]);
    expect(cues('Her fears that the pier would fall came true.')[0]?.slice(0, 2)).toEqual(['fears', 'Her']);
    expect(
      cues('The agency’s conclusion that the pier was unsafe surprised residents.')[0]?.slice(0, 2),
    ).toEqual(['conclusion', 'agency']);
    // Control: `that` opening a relative clause after a noun with no possessor.
    expect(cues('The mayor broke the promise that he made in May.')).toEqual([]);
  });
  it('reads perfect participles of irregular verbs of saying and showing with a clause', () => {
    expect(cues('The mayor has written that the pier is safe.')).toEqual([
      ['written', 'The mayor', 'the pier is safe'],
    ]);
    expect(cues('Studies have shown that the pier is safe.')[0]?.slice(0, 2)).toEqual(['shown', 'Studies']);
    // Controls: a passive and a participle with no clause.
    expect(cues('The song was written by Ada Quill.')).toEqual([]);
    expect(cues('The letter, written in June, was short.')).toEqual([]);
  });
  it('reads passives of verbs of judging and naming with no agent as an unnamed speaker, and with one as the source', () => {
    expect(cues('The new pier was hailed as a triumph.')).toEqual([['hailed', null, 'The new pier']]);
    expect(cues('The mayor was labeled a liar.')).toEqual([['labeled', null, 'The mayor']]);
    expect(cues('The plan was derided by the Fen Herald.')).toEqual([
      ['derided', 'the Fen Herald', 'The plan'],
    ]);
    // Control: a label stuck on a thing is a deed, not a name given.
    expect(cues('The crates were labeled with red tape.')).toEqual([]);
  });
  it('reads a written text that `read`s as the source of the quotation before or after it', () => {
    expect(cues('“The pier is closed,” the statement read.')).toEqual([
      ['read', 'the statement', 'The pier is closed'],
    ]);
    expect(cues('A statement from the council read: “The pier is closed.”')).toEqual([
      ['read', 'A statement from the council', 'The pier is closed'],
    ]);
    expect(doc('“The pier is closed,” the statement read.').attributions[0]?.rule).toBe(
      'attribution:text-reads',
    );
    // Controls: a person reading a text; a text read with no quotation.
    expect(cues('The mayor read the statement aloud.')).toEqual([]);
    expect(cues('Residents who saw the notice on the door read it twice.')).toEqual([]);
  });
  it('reads a response to an event as a deed, a response to words as a cue, and `by saying` as the subject’s', () => {
    expect(cues('Crews from the Fen fire service responded to the blaze at about 3 a.m.')).toEqual([]);
    expect(cues('Officers responded to a call about smoke at the mill.')).toEqual([]);
    // Controls: a response to criticism, to a person, or with a clause is a cue.
    expect(cues('The mayor responded to the criticism on Monday.').map((c) => c[0])).toEqual(['responded']);
    expect(cues('The mayor responded to Ada Quill on Monday.').map((c) => c[0])).toEqual(['responded']);
    expect(cues('The company responded that the pier was safe.')).toEqual([
      ['responded', 'The company', 'the pier was safe'],
    ]);
    // `by saying`: the sentence's subject says it.
    expect(cues('The mayor responded to the criticism by saying the pier was safe.')).toContainEqual([
      'saying',
      'The mayor',
      'the pier was safe',
    ]);
  });

  it('leaves a phrase of time opening the sentence with no comma out of the speaker: `On Monday the mayor said`', () => {
    expect(cues('On Monday the mayor said the pier would close.')).toEqual([
      ['said', 'the mayor', 'the pier would close'],
    ]);
    expect(cues('After the meeting the mayor said the pier would close.')).toEqual([
      ['said', 'the mayor', 'the pier would close'],
    ]);
    // Control: `At least two officials` is the speaker whole.
    expect(cues('At least two officials said the pier would close.')).toEqual([
      ['said', 'At least two officials', 'the pier would close'],
    ]);
  });

  it('reads the noun a relative `who` restricts as the speaker, never the clause said: `a woman who says she saw`', () => {
    const one = (text: string) => doc(text).attributions.filter((a) => /^say/.test(slice(text, a.cue) ?? ''));
    const text = 'Police found a woman who says she saw the crash.';
    const [says] = one(text);
    expect(slice(text, says!.content)).toBe('she saw the crash');
    expect(says!.sourceLabel).toBe('woman');
    // Control: a thing with a relative `that` speaks for no one; the clause after the cue is never its source.
    const thing = 'Police found a note that says she saw the crash.';
    expect(one(thing).map((a) => slice(thing, a.source))).not.toContain('she saw the crash');
  });

  it('reads the agent of a participle with no auxiliary as the source: `as reported by`, `first reported by`', () => {
    expect(cues('The pier closed on Friday, as reported by the Fen Herald.')).toEqual([
      ['reported', 'the Fen Herald', 'The pier closed on Friday'],
    ]);
    expect(cues('As reported by the Fen Herald, the pier closed on Friday.')).toEqual([
      ['reported', 'the Fen Herald', 'the pier closed on Friday'],
    ]);
    expect(cues('The closure, first reported by the Fen Herald, angered residents.')).toEqual([
      ['reported', 'the Fen Herald', 'The closure'],
    ]);
    // A second participle with its own agent ends the first agent: `and approved by`.
    expect(cues('The plan, supported by the Fen Council and approved by voters, passed.')).toEqual([
      ['supported', 'the Fen Council', 'The plan'],
    ]);
    // Control: two agents of one participle are one source.
    expect(cues('The plan, supported by the Fen Council and the port union, passed.')).toEqual([
      ['supported', 'the Fen Council and the port union', 'The plan'],
    ]);
    // Control: a time after `by` is no agent.
    expect(
      doc('The closure, reported by Friday noon, angered residents.').attributions.map((a) => a.rule),
    ).not.toContain('attribution:participle-by');
  });
  it('takes plural source nouns for speakers: newspapers, studies, groups', () => {
    expect(cues('The pier was praised by local newspapers.')).toEqual([
      ['praised', 'local newspapers', 'The pier'],
    ]);
    // Control: a plural noun that names no source.
    expect(cues('The pier was criticized by the standards of the day.')).toEqual([]);
  });
  it('reads an adverb of report as a cue with no named source, and an adverb of inference as none (control)', () => {
    const text = 'The ferry reportedly sank near the islands.';
    expect(cues(text)).toEqual([['reportedly', null, 'The ferry reportedly sank near the islands']]);
    expect(doc(text).attributions[0]?.rule).toBe('attribution:report-adverb');
    // In a relative clause, the clause is what is alleged.
    expect(cues('Police held the man, who allegedly stole a van, on Friday.')).toEqual([
      ['allegedly', null, 'who allegedly stole a van'],
    ]);
    // Control: `apparently` is the writer's own inference.
    expect(cues('The ferry apparently sank near the islands.')).toEqual([]);
  });
  it('reads `was quoted as saying` as one cue whose speaker is the one quoted', () => {
    expect(cues('The harbour master was quoted by the Fen Herald as saying that the pier was safe.')).toEqual(
      [['quoted by the Fen Herald as saying', 'The harbour master', 'the pier was safe']],
    );
    expect(cues('Ada Quill, 61, was widely quoted as saying she would resign.')).toEqual([
      ['quoted as saying', 'Ada Quill', 'she would resign'],
    ]);
    // Control: quoted with no words of theirs after it names no speaker.
    expect(cues('The harbour master was quoted in the Fen Herald on Friday.')[0]?.[1]).toBeNull();
  });
  it('finds the subject of a participle after a short opening phrase, and an adverb before the participle', () => {
    expect(cues('On Friday, however, the mayor closed the pier, saying it was unsafe.')).toEqual([
      ['saying', 'the mayor', 'it was unsafe'],
    ]);
    expect(cues('The mayor closed the pier, even suggesting it was unsafe.')).toEqual([
      ['suggesting', 'The mayor', 'it was unsafe'],
    ]);
    // Control: a participle that is no verb of saying.
    expect(cues('The ferry left early, only carrying ten passengers.')).toEqual([]);
  });
  it('takes a pronoun and its verb in a relative clause with no `that` and no clause after it for no report, and a time or conjunction before the pronoun for one (control)', () => {
    expect(cues('The council listed the four cases he cited.')).toEqual([]);
    expect(cues('Residents trust what she says.')).toEqual([]);
    // With a clause after the verb, the relative clause reports it.
    expect(cues('The mayor spent the $2 million she says she raised.')).toEqual([
      ['says', 'she', 'she raised'],
    ]);
    // Controls: a phrase of time, or a conjunction, before the pronoun: a clause of its own.
    expect(cues('The mayor resigned and the next day she said the pier was closed.')).toEqual([
      ['said', 'she', 'the pier was closed'],
    ]);
    expect(cues('He made the remark on Monday as he discussed the pier.')[0]?.slice(0, 2)).toEqual([
      'discussed',
      'he',
    ]);
  });
  it('reads the present in -s of verbs of saying and judging, and its base form after a plural subject', () => {
    expect(cues('The mayor stresses that the pier is safe.')).toEqual([
      ['stresses', 'The mayor', 'the pier is safe'],
    ]);
    expect(cues('Port officials echo her concerns about the pier.')).toEqual([
      ['echo', 'Port officials', 'her concerns about the pier'],
    ]);
    expect(cues('Harbour officials point to the storm as the cause.')[0]?.slice(0, 2)).toEqual([
      'point to',
      'Harbour officials',
    ]);
    // Control: `points` after a word in lower case is the noun.
    expect(cues('The index rose by 0.2 percentage points to 4.1 percent.')).toEqual([]);
  });
  it('reads an infinitive of purpose after a clause as the subject speaking, and one after a wish as none (control)', () => {
    expect(cues('The mayor took to the radio to accuse the council of lying.')).toEqual([
      ['accuse', 'The mayor', 'the council of lying'],
    ]);
    expect(doc('The mayor used the speech to criticize the council.').attributions[0]?.rule).toBe(
      'attribution:purpose-infinitive',
    );
    // `discuss` with it; a name before a noun for people is part of the subject.
    expect(cues('Harbour officials met on Friday to discuss the closure.')).toEqual([
      ['discuss', 'Harbour officials', 'the closure'],
    ]);
    // Controls: a wish or a plan is nothing said yet; a clause of the present is no purpose here.
    expect(cues('The council has no time to discuss the closure.')).toEqual([]);
    expect(cues('The mayor wanted to criticize the council.')).toEqual([]);
    expect(cues('The council decided not to recommend charges.')).toEqual([]);
    expect(cues('Obviously we need to do everything we can to support the crews.')).toEqual([]);
    expect(cues('The mayor plans to go on the radio to accuse the council.')).toEqual([]);
  });
  it('names a long source after `according to` by its head, up to the participle describing it', () => {
    expect(
      cues(
        'According to a report released by the port agency last year and a survey of the harbour by divers from the Fen coast guard, the pier was unsafe.',
      ),
    ).toEqual([['According to', 'a report', 'the pier was unsafe']]);
    // Control: a short source is kept whole.
    expect(cues('According to a report released by the port agency, the pier was unsafe.')[0]?.[1]).toBe(
      'a report released by the port agency',
    );
  });
  it('keeps a clause before `and` out of the source after it', () => {
    expect(
      cues('The army fired shells near the islands and officials warned that more would follow.'),
    ).toEqual([['warned', 'officials', 'more would follow']]);
    // Controls: names and noun phrases joined by `and` are one subject.
    expect(cues('Ada Quill and Tomas Greer said the pier was safe.')[0]?.[1]).toBe(
      'Ada Quill and Tomas Greer',
    );
    expect(cues('The port of Brindle and Fen officials said the pier was safe.')[0]?.[1]).toBe(
      'The port of Brindle and Fen officials',
    );
  });
  it('reads verbs of manner of speaking with a clause or quotation, and verbs of judging with a named subject', () => {
    expect(cues('“The pier is closed,” the harbour master shouted.')).toEqual([
      ['shouted', 'the harbour master', 'The pier is closed'],
    ]);
    expect(cues('The harbour master reiterated that the pier was closed.')[0]?.slice(0, 2)).toEqual([
      'reiterated',
      'The harbour master',
    ]);
    expect(cues('Ada Quill denounced the ferry contract.')).toEqual([
      ['denounced', 'Ada Quill', 'the ferry contract'],
    ]);
    // Controls: shouting with nothing said, and a participle describing a thing.
    expect(cues('The harbour master shouted at the crowd.')).toEqual([]);
    expect(cues('The crate was in a box labeled fragile.')).toEqual([]);
  });
  it('reads further verbs of saying and judging with a named subject, and a passive with none as none (control)', () => {
    expect(cues('The mayor downplayed the damage to the pier.')).toEqual([
      ['downplayed', 'The mayor', 'the damage to the pier'],
    ]);
    expect(cues('The pier was portrayed in an old painting.')).toEqual([]);
  });
  it('reads phrases of stance with a named subject, and none without one (control)', () => {
    expect(cues('Harbour officials took aim at the ferry firm over the delays.')[0]?.slice(0, 2)).toEqual([
      'took aim at',
      'Harbour officials',
    ]);
    expect(cues('The mayor lashed out at the ferry firm.')[0]?.slice(0, 2)).toEqual([
      'lashed out',
      'The mayor',
    ]);
    // Controls: no speaker before the phrase; expressing a feeling names no position.
    expect(cues('It was a night to lash out at nobody.')).toEqual([]);
    expect(cues('The mayor expressed her condolences to the crew.')).toEqual([]);
  });
  it('reads whom a verb of telling addresses up to `that`, and keeps it out of the content', () => {
    const text = 'The mayor told the small crowd of residents that the pier is safe.';
    const a = doc(text).attributions[0]!;
    expect([slice(text, a.cue), slice(text, a.recipient), slice(text, a.content)]).toEqual([
      'told',
      'the small crowd of residents',
      'the pier is safe',
    ]);
    expect(cues('The mayor is telling a veterans group that the pier is safe.')).toEqual([
      ['telling', 'The mayor', 'the pier is safe'],
    ]);
    // Control: `told` with a clause of its own before `that` reads no recipient there.
    const other = 'The mayor told reporters the ferry left before the ban that the council passed.';
    const b = doc(other).attributions[0]!;
    expect(slice(other, b.recipient)).toBe('reporters');
  });
  it('reads a clause in `as` as naming the speaker of the main clause around it', () => {
    expect(cues('The pier is a relic of another age, as the harbour master put it.')).toEqual([
      ['put it', 'the harbour master', 'The pier is a relic of another age'],
    ]);
    expect(cues('As the mayor noted, the pier is a relic.')).toEqual([
      ['noted', 'the mayor', 'the pier is a relic'],
    ]);
    // A comparison in `as` is no speaker: the clause after it has a subject of its own.
    expect(
      cues('Residents described the shaking as the strongest they had ever felt.').map((c) => c[0]),
    ).toEqual(['described']);
    // Controls: `as well as` and `as soon as` open no such clause.
    expect(cues('The ferry left as soon as Ada Quill said the pier was clear.')[0]?.slice(1)).toEqual([
      'Ada Quill',
      'the pier was clear',
    ]);
    expect(cues('Residents as well as Ada Quill said the pier was unsafe.')[0]?.[2]).toBe(
      'the pier was unsafe',
    );
  });
  it('takes a short noun phrase after a determiner before the cue for the speaker', () => {
    expect(cues('The ferry left as soon as the crew said the pier was clear.')).toEqual([
      ['said', 'the crew', 'the pier was clear'],
    ]);
    // Control: a longer phrase of common nouns names no speaker.
    expect(cues('The ferry left when the long slow walk home said a lot.')[0]?.[1]).not.toBe(
      'the long slow walk home',
    );
  });
  it('marks a denial only when the speaker denies, not when they report a denial', () => {
    const reported = doc('The council said the ferry company denied the claims.');
    const council = reported.attributions.find((a) => a.sourceLabel === 'council');
    expect(council?.certainty).not.toBe('denied');
    const own = doc('The ferry company denied that its boats were unsafe.');
    expect(own.attributions[0]?.certainty).toBe('denied');
  });
});

describe('attribution', () => {
  it('finds source, cue, recipient and content with exact spans', () => {
    const text = 'Anonymous officials told the Harbour Gazette that the pier would close.';
    const d = doc(text);
    expect(d.attributions).toHaveLength(1);
    const a = d.attributions[0]!;
    expect(a.cue).toEqual({ start: 20, end: 24 });
    expect(slice(text, a.source)).toBe('Anonymous officials');
    expect(slice(text, a.recipient)).toBe('the Harbour Gazette');
    expect(a.recipientLabel).toBe('Harbour Gazette');
    expect(slice(text, a.content)).toBe('the pier would close');
    expect(a.certainty).toBe('attributed');
  });
  it('leaves when something was told out of whom it was told (`told the Evening Post on Monday that`)', () => {
    const text =
      'Minister Karl Odde told the Evening Post on Monday that inspectors would visit every refinery.';
    const a = doc(text).attributions[0]!;
    expect(a.recipientLabel).toBe('Evening Post');
    expect(slice(text, a.content)).toBe('inspectors would visit every refinery');
    // Control: a name with `of` in it stays whole.
    const b = doc('The minister told the Bank of Castria that rates would rise.').attributions[0]!;
    expect(b.recipientLabel).toBe('Bank of Castria');
  });
  it('reads sources after the content and after prepositional cues', () => {
    const text =
      'The pier will close on Friday, the port authority said. Damage reached $3 million, according to the insurer.';
    const d = doc(text);
    expect(d.attributions.map((a) => [slice(text, a.cue), a.sourceLabel, a.rule])).toEqual([
      ['said', 'port authority', 'attribution:verb-after-content'],
      ['according to', 'insurer', 'attribution:according-to'],
    ]);
  });
  it('chains a report and the source it cites', () => {
    const text = 'The ferry sank, the Coastal Ledger reported, citing two crew members.';
    const d = doc(text);
    expect(d.attributions.map((a) => a.sourceLabel).sort()).toEqual(['Coastal Ledger', 'two crew members']);
  });
  it('decides certainty by the strongest cue and says which cue', () => {
    const cases: Array<[string, string, string]> = [
      ['The mayor resigned on Monday.', 'asserted', ''],
      ['The mayor resigned, officials said.', 'attributed', 'said'],
      ['The mayor reportedly resigned.', 'hedged', 'reportedly'],
      ['The mayor is believed to have resigned, sources said.', 'hedged', 'believed to'],
      ['Officials could not confirm that the mayor resigned.', 'unconfirmed', 'could not confirm'],
      ['The mayor denied that she had resigned.', 'denied', 'denied'],
    ];
    for (const [text, certainty, cue] of cases) {
      const c = doc(text).certainties[0]!;
      expect([text, c.certainty]).toEqual([text, certainty]);
      expect(c.cues.map((q) => text.slice(q.start, q.end)).join(',')).toBe(cue);
    }
  });
  it('reads `may` as a hedge in lower case only: `May` is a month or a name', () => {
    const month = doc('The pier will reopen in May, officials said.').certainties[0]!;
    expect(month.certainty).toBe('attributed');
    // Control: the modal hedges.
    const text = 'The pier may reopen in June, officials said.';
    const modal = doc(text).certainties[0]!;
    expect([modal.certainty, modal.cues.map((c) => text.slice(c.start, c.end))]).toEqual(['hedged', ['may']]);
    // `May` after a first name is part of the name, not an auxiliary before the cue.
    const named = 'Theresa May said the talks had failed.';
    expect(doc(named).attributions.map((a) => [slice(named, a.source), a.certainty])).toEqual([
      ['Theresa May', 'attributed'],
    ]);
    const aux = 'Port officials may say the talks had failed.';
    expect(doc(aux).attributions.map((a) => slice(aux, a.source))).toEqual(['Port officials']);
  });
  it('gives direct quotes their speaker', () => {
    const text = '“We pulled our crews back within the hour,” fire chief Ines Marlowe said.';
    const d = doc(text);
    expect(d.quotes).toHaveLength(1);
    expect(d.quotes[0]!.speaker).toBe('Ines Marlowe');
  });
  it('reads signed quotations and speakers introduced with a colon', () => {
    const signed = '“We have waited long enough for this bridge.” ― Ada Quill';
    const a = doc(signed).attributions[0]!;
    expect([slice(signed, a.cue), a.sourceLabel, slice(signed, a.content)]).toEqual([
      '―',
      'Ada Quill',
      'We have waited long enough for this bridge',
    ]);
    const text = [
      'The council met on Friday to discuss the closure of the old bridge, officials said.',
      'The mayor continued:',
      'The ferry will run every hour until the bridge opens again.',
    ].join('\n');
    const d = processText(text, { kind: 'record', location: 't' }, { known: { language: 'en' } });
    const intro = d.attributions.find((x) => x.rule === 'attribution:speaker-colon')!;
    expect(d.text.slice(intro.content.start, intro.content.end)).toBe(
      'The ferry will run every hour until the bridge opens again.',
    );
    expect(intro.sourceLabel).toBe('mayor');
    // The verb of `The mayor added:` is one cue, not a second one read as a verb after its source.
    const added = ['The pier is closed, officials said.', 'The mayor added:', 'The ferry will run.'].join(
      '\n',
    );
    expect(
      processText(added, { kind: 'record', location: 't' }, { known: { language: 'en' } }).attributions.map(
        (a) => [added.slice(a.cue.start, a.cue.end), a.rule],
      ),
    ).toEqual([
      ['said', 'attribution:verb-after-source'],
      ['added:', 'attribution:speaker-colon'],
    ]);
  });
  const cues = (text: string) =>
    doc(text).attributions.map((a) => [slice(text, a.cue), slice(text, a.source), slice(text, a.content)]);
  const labels = (text: string) => doc(text).attributions.map((a) => a.sourceLabel);
  it('reads a role and its name set off by commas right before the cue at the end: `..., an agency spokeswoman, Name, said.`', () => {
    expect(
      cues('The agency closed the bridge after cracks were found, an agency spokeswoman, Lise Varn, said.'),
    ).toEqual([
      ['said', 'an agency spokeswoman, Lise Varn', 'The agency closed the bridge after cracks were found'],
    ]);
    expect(labels('The pier is closed until Friday, the harbour master, Tomas Greer, said.')).toEqual([
      'Tomas Greer',
    ]);
    // Control: a speaker right before the cue, as before; a name before its role is read too.
    expect(cues('The pier is closed until Friday, Ada Quill said.')[0]![1]).toBe('Ada Quill');
    expect(cues('The pier is closed, Ada Quill, the harbour master, said.')[0]![1]).toBe(
      'Ada Quill, the harbour master',
    );
    expect(labels('The pier is closed, Ada Quill, the harbour master, said.')).toEqual(['Ada Quill']);
    // A role with its body after it opens the sentence, then the name set off (`A spokeswoman for
    // the port authority, Kira Dahl, said`); the content is what follows the cue.
    expect(cues('A spokeswoman for the port authority, Kira Dahl, said the offer stood.')).toEqual([
      ['said', 'A spokeswoman for the port authority, Kira Dahl', 'the offer stood'],
    ]);
    expect(labels('The head of the Port Authority, Kira Dahl, said the offer stood.')).toEqual(['Kira Dahl']);
    // A longer role (`the head of the rail safety authority`), and the cue with its time after it.
    expect(
      labels(
        'The line will stay closed until Monday, Gert Vahl, the head of the rail safety authority, said on Friday.',
      ),
    ).toEqual(['Gert Vahl']);
  });
  it('a party outside the events speaks with its noun: `A lawyer not involved in the case said ...`', () => {
    expect(cues('A lawyer not involved in the case said the union had followed the rules.')).toEqual([
      ['said', 'A lawyer not involved in the case', 'the union had followed the rules'],
    ]);
    expect(labels('Doctors who were not involved in the study said the results were sound.')).toEqual([
      'Doctors',
    ]);
    // With no speaker before the cue, a clause after it is no speaker (`''said they were tired`).
    expect(labels("The survey found that 73 percent ''said they were tired of the fights.''")).not.toContain(
      'they were tired of the fights',
    );
    // Control: an inverted speaker after the cue is read as before.
    expect(labels('The pier is safe, said Ada Quill.')).toEqual(['Ada Quill']);
  });
  it('a plural noun in -s right before a verb of saying is its subject: `Reports said ...`', () => {
    expect(cues('Reports said several barns had burned.')).toEqual([
      ['said', 'Reports', 'several barns had burned'],
    ]);
    expect(cues('Local reports say the mayor resigned.')).toEqual([
      ['say', 'Local reports', 'the mayor resigned'],
    ]);
    // Control: the verb with a subject before it and a clause after.
    expect(cues('The mayor reports that the pier is closed.')).toEqual([
      ['reports', 'The mayor', 'the pier is closed'],
    ]);
  });
  it('a wire dateline is no subject: `LORSK, Oct 2 (Tidewire) - ..., saying ...`', () => {
    const text = 'LORSK, Oct 2 (Tidewire) - Marovia ordered four diplomats to leave, saying they had spied.';
    expect(labels(text)).not.toContain('LORSK');
    // Control: a subject with its apposition before the cue.
    expect(labels('Ada Quill, the harbour master, said the pier was closed.')).toEqual(['Ada Quill']);
  });
  it('`WHO` in capitals is a name, not the relative pronoun: `The WHO said ...`', () => {
    expect(cues('The WHO said the risk to the region was high.')).toEqual([
      ['said', 'The WHO', 'the risk to the region was high'],
    ]);
    // Control: the relative pronoun still opens a clause.
    expect(cues('Ada Quill, who chaired the inquiry, said it was over.')[0]![1]).toBe('Ada Quill');
  });
  it('a place before a noun names the place of the speaker, not the speaker: `Pell Valley police`', () => {
    expect(labels('Pell Valley police said officers had gone from door to door.')).toEqual([
      'Pell Valley police',
    ]);
    // Control: the place as the whole source stays the place.
    expect(labels('Pell Valley said it would open two shelters.')).toEqual(['Pell Valley']);
  });
  it('does not take nouns and hedges for reporting verbs', () => {
    expect(doc('Earlier reports of four injuries were wrong.').attributions).toEqual([]);
    expect(doc('The bank said to have cleared the funds is private.').attributions).toEqual([]);
  });
});

describeShared('attribution on PolNeAR dev (../shared)', () => {
  it('beats the reporting-verb regex baseline (cue F1 0.52, source F1 0.32)', async () => {
    // Article by article, yielding between them: the scorer reads the documents' attribution
    // layers only, and a long synchronous stretch would starve the test worker's messages.
    const dir = corpus('polnear-dev', 'text');
    const documents = [];
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith('.txt'))
      .sort()) {
      documents.push(...loadDocuments([join(dir, f)]).documents);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const file = join(mkdtempSync(join(tmpdir(), 'attr-')), 'd.json');
    writeFileSync(file, JSON.stringify({ documents }));
    const r = JSON.parse(
      execFileSync(
        'node',
        [tool('score-attribution.mjs'), file, corpus('polnear-dev', 'attributions'), '--json'],
        { encoding: 'utf8' },
      ),
    );
    // Floors just below the measured figures (cue F1 0.718, source F1 0.681 over both halves).
    expect(r.cueF1).toBeGreaterThanOrEqual(0.712);
    expect(r.sourceF1).toBeGreaterThanOrEqual(0.676);
  });
});

describe('stop 20: words of saying that report no statement', () => {
  const cues = (text: string) =>
    doc(`Orvale rail news\n\n${text}\n`).attributions.map((a) => {
      const t = `Orvale rail news\n\n${text}\n`;
      return [slice(t, a.cue), slice(t, a.source)];
    });
  it('a passive `told` before an infinitive is an order: `residents were told to leave`', () => {
    expect(cues('About 300 residents were told to leave their homes, county officials said.')).toEqual([
      ['said', 'county officials'],
    ]);
    // Control: told to reporters is a statement told to someone.
    expect(cues('The line will reopen on Friday, the mayor told reporters.')).toEqual([
      ['told', 'the mayor'],
    ]);
  });
  it('`who asked not to be named` gives the reason for anonymity, not a statement', () => {
    expect(cues('The official, who asked not to be named, said the rail had cracked overnight.')).toEqual([
      ['said', 'The official'],
    ]);
  });
  it('`too early to say` says nothing; `would not say` is a refusal someone made', () => {
    expect(
      cues('It is too early to say what caused the derailment, said Ann Vole, a safety board spokeswoman.'),
    ).toEqual([['said', 'Ann Vole']]);
    expect(cues('Officials would not say what caused the derailment.')).toEqual([['say', 'Officials']]);
  });
});

describe('stop 23: the speaker is the subject of the clause, not words around it', () => {
  const cues = (text: string) =>
    doc(`Orvale harbour news\n\n${text}\n`).attributions.map((a) => {
      const t = `Orvale harbour news\n\n${text}\n`;
      return [slice(t, a.cue), slice(t, a.source)];
    });
  it('a verb of saying inside a hyphenated adjective is no cue: `a self-proclaimed council`', () => {
    expect(
      cues(
        'The depot is run by Arland, a self-proclaimed free port with close ties to Borland, the officials told the Orvale Post.',
      ),
    ).toEqual([['told', 'the officials']]);
    expect(cues('Nobody has seen the so-called rescue plan, the mayor said.')).toEqual([
      ['said', 'the mayor'],
    ]);
    // Control: a hyphen used as a dash after a figure leaves the verb a cue.
    expect(
      cues('He left the port in May 2004-saying he wanted to sail alone-and never came back.').map(
        (c) => c[0],
      ),
    ).toEqual(['saying']);
  });
  it('a described party opening the sentence ends before its verb: `The council released the figures, saying`', () => {
    expect(cues('The council released the figures on Friday, saying the deficit had doubled.')).toEqual([
      ['saying', 'The council'],
    ]);
    expect(
      cues('The agency ignored three warnings from inspectors and said it considered the matter closed.'),
    ).toEqual([['said', 'The agency']]);
    // Control: an adjective in -ed right after the article stays in the subject.
    expect(cues('The injured driver walked home and later told police he had fallen asleep.')).toEqual([
      ['told', 'The injured driver'],
    ]);
  });
  it('`it` with a verb of its own opens the sentence: `In 2021, it closed two depots ... and said`', () => {
    expect(
      cues(
        'In 2021, it closed two depots near the Arland border and said it regarded the Borland Line as a risk.',
      ),
    ).toEqual([['said', 'it']]);
    // Control: a named subject is still the name.
    expect(
      cues(
        'In 2021, Borland closed two depots near the Arland border and said it regarded the line as a risk.',
      ),
    ).toEqual([['said', 'Borland']]);
  });
  it('a participle of a verb of sound is no cue without a clause: `people were screaming in the water`', () => {
    expect(
      cues(
        '"The boat tipped over at once, and people were screaming in the water," Osk told the Orvale Post.',
      ),
    ).toEqual([['told', 'Osk']]);
    // Control: with a clause or a quotation after it, it reports what was shouted.
    expect(cues('Protesters were shouting that the mayor must resign.')).toEqual([
      ['shouting', 'Protesters'],
    ]);
  });
  it('a causative verb gives the infinitive to its object: `The crash prompted residents to question the plan`', () => {
    expect(
      cues('The rampage prompted lawyers and judges to question their safety at the courthouse.'),
    ).toEqual([]);
    // Control: an infinitive of purpose after a clause in the past reports what the subject said.
    expect(cues('The mayor took to the radio to accuse the council of lying about the budget.')).toEqual([
      ['accuse', 'The mayor'],
    ]);
  });
});

describe('stop 23 (h-attr): who said it, without when and how it was said', () => {
  const cues = (text: string) =>
    doc(text).attributions.map((a) => [slice(text, a.cue), slice(text, a.source), a.sourceLabel]);
  const labels = (text: string) => doc(text).attributions.map((a) => a.sourceLabel);
  it('a closing cue after its content leaves the auxiliaries out of the speaker: `..., the mayor has argued.`', () => {
    expect(cues('The ferry pier has been unsafe for years, the harbour master has long argued.')).toEqual([
      ['argued', 'the harbour master', 'harbour master'],
    ]);
    expect(cues('The pier has been closed twice since May, the data have shown.')).toEqual([
      ['shown', 'the data', 'data'],
    ]);
    // Control: a surname that is also an auxiliary stays in the name.
    expect(cues('The pier has been closed twice since June, Tova Long said.')).toEqual([
      ['said', 'Tova Long', 'Tova Long'],
    ]);
  });
  it('a time between the subject and its verb is no part of the speaker: `The mayor on Friday said`', () => {
    expect(cues('The harbour master on Friday said the pier would stay closed.')).toEqual([
      ['said', 'The harbour master', 'harbour master'],
    ]);
    expect(cues('Fen port officials last week warned that the pier was unsafe.')[0]!.slice(1)).toEqual([
      'Fen port officials',
      'Fen port officials',
    ]);
    // Control: a time after the content stays in the content, the speaker as it was.
    expect(cues('The pier closed on Friday, Tova Grell said.')).toEqual([
      ['said', 'Tova Grell', 'Tova Grell'],
    ]);
  });
  it('a verb of saying with a one-word noun as its object reports: `The mayor denied wrongdoing.`', () => {
    expect(cues('The harbour master denied wrongdoing.')).toEqual([
      ['denied', 'The harbour master', 'harbour master'],
    ]);
    expect(cues('Tova Grell has admitted negligence in the collapse.')).toEqual([
      ['admitted', 'Tova Grell', 'Tova Grell'],
    ]);
    // Controls: a pronoun or an adverb after the verb is no statement reported.
    expect(cues('The harbour master denied it.')).toEqual([]);
    expect(cues('The harbour master confirmed later.')).toEqual([]);
  });
  it('an empty `it` before a passive stands for the clause in `that`: `It was reported that ...`', () => {
    const said = (text: string) =>
      doc(text).attributions.map((a) => [slice(text, a.cue), slice(text, a.content)]);
    expect(said('It was reported that the pier at Orvale had cracked.')).toEqual([
      ['reported', 'the pier at Orvale had cracked'],
    ]);
    // Control: a subject of its own is what the passive is about.
    expect(said('The harbour master was accused of hiding the cracks.')).toEqual([
      ['accused', 'The harbour master'],
    ]);
  });
  it('a passive stays a passive with an adverb of time after its auxiliary: `was also accused of`', () => {
    // The one accused or criticized is what is said about, not who says it.
    expect(cues('The harbour master was also accused of hiding the cracks.')).toEqual([
      ['accused', null, null],
    ]);
    expect(cues('The pier plan was later criticized by Tova Grell.')).toEqual([
      ['criticized', 'Tova Grell', 'Tova Grell'],
    ]);
    // Control: an adverb before an active verb leaves its subject the speaker.
    expect(cues('The harbour master also said the cracks were old.')).toEqual([
      ['said', 'The harbour master', 'harbour master'],
    ]);
  });
  it('a phrase going on with a quotation before an inverted cue is no speaker: `” about the plan, said X`', () => {
    expect(cues('“I have my doubts” about the new pier, said Tova Grell.')).toEqual([
      ['said', 'Tova Grell', 'Tova Grell'],
    ]);
    // Control: a speaker between the quotation and the cue stays the speaker.
    expect(cues('“I have my doubts,” the harbour master said.')).toEqual([
      ['said', 'the harbour master', 'harbour master'],
    ]);
  });
  it('a lawmaker’s party and state in brackets go with the name: `Rep. Tomas Reb (D-New Holm) said`', () => {
    expect(cues('Rep. Tomas Reb (D-New Holm) told reporters the pier was unsafe.')).toEqual([
      ['told', 'Rep. Tomas Reb (D-New Holm)', 'Tomas Reb'],
    ]);
    expect(cues('Sen. Ada Quill (R-Fen.) said the pier was unsafe.')[0]!.slice(1)).toEqual([
      'Sen. Ada Quill (R-Fen.)',
      'Ada Quill',
    ]);
    // Control: an acronym in brackets goes with its name as before.
    expect(cues('The Fen Safety Board (FSB) said the pier was unsafe.')[0]!.slice(1)).toEqual([
      'The Fen Safety Board (FSB)',
      'Fen Safety Board',
    ]);
  });
  it('reads further verbs of manner of speaking with a quotation or clause, and of judging with a subject', () => {
    expect(cues('“The pier will hold,” the harbour master mused.')).toEqual([
      ['mused', 'the harbour master', 'harbour master'],
    ]);
    expect(cues('Tova Grell swore that the cracks were old.')).toEqual([
      ['swore', 'Tova Grell', 'Tova Grell'],
    ]);
    expect(cues('Tova Grell voiced concern about the cracks.')).toEqual([
      ['voiced', 'Tova Grell', 'Tova Grell'],
    ]);
    expect(cues('The harbour master made the case that the pier should stay open.')[0]![0]).toBe(
      'made the case',
    );
    // Controls: with no clause or quotation a manner verb reports nothing; a judging verb needs a subject.
    expect(cues('The crowd grumbled for an hour.')).toEqual([]);
    expect(cues('Refuted by events, the plan was dropped.')).toEqual([]);
    // A participle setting one account against another reports no one's words.
    expect(cues('Six workers were hurt, contradicting earlier reports of four.')).toEqual([]);
  });
  it('reads more nouns of saying and belief after a possessor before `that`: `the mayor’s position that`', () => {
    expect(cues('Tova Grell’s position that the pier is safe angered residents.')[0]!.slice(0, 2)).toEqual([
      'position',
      'Tova Grell',
    ]);
    expect(cues('His reply that the cracks were old came late.')[0]!.slice(0, 2)).toEqual(['reply', 'His']);
    // Control: with no clause in `that` the noun reports nothing.
    expect(cues('His reply to the council came late.')).toEqual([]);
  });
  it('a weekday right after the cue is when it was said, not what: `Police said Monday that ...`', () => {
    const said = (text: string) => doc(text).attributions.map((a) => slice(text, a.content));
    expect(said('Harbour police said Monday that the pier had cracked overnight.')).toEqual([
      'the pier had cracked overnight',
    ]);
    // Control: a weekday that is the subject of what was said stays in it.
    expect(said('Harbour police said Monday was the busiest day of the year.')).toEqual([
      'Monday was the busiest day of the year',
    ]);
  });
  it('reads the agent of more passives of saying: `was first suggested by`, `were voiced by`', () => {
    expect(cues('The new pier was first suggested by Tova Grell.')).toEqual([
      ['suggested', 'Tova Grell', 'Tova Grell'],
    ]);
    // Control: `by` and a time is no agent.
    expect(cues('The new pier was suggested by Friday.')).toEqual([]);
  });
  it('what was said is on the right side of the cue: `she said, adding ...`, `said of the plan, “...”`', () => {
    const said = (text: string) =>
      doc(text).attributions.map((a) => [slice(text, a.cue), slice(text, a.content)]);
    // A participle after the cue reports on its own; the cue's content is the quotation before it.
    expect(said('“The pier is safe,” she said, adding that the cracks were old.')).toEqual([
      ['said', 'The pier is safe'],
      ['adding', 'the cracks were old'],
    ]);
    // What a statement is about (`of the plan`) is no part of it.
    expect(said('The harbour master said of the plan, “It will never work.”')).toEqual([
      ['said', 'It will never work'],
    ]);
    expect(said('The harbour master said of the pier that it was safe.')).toEqual([['said', 'it was safe']]);
    // Control: with no participle after it, what follows the cue is what was said.
    expect(said('She said the cracks were old.')).toEqual([['said', 'the cracks were old']]);
  });
  it('a word pointing at a clause after the cue names no speaker: `Having said that,`', () => {
    expect(labels('Having said that, the pier will stay open.')).toEqual([null]);
    // Control: a name after the cue is the speaker.
    expect(labels('The pier will stay open, said Tova Grell.')).toEqual(['Tova Grell']);
  });
});

describe('a recall of goods is no statement', () => {
  const cues = (text: string) =>
    doc(text).attributions.map((a) => [slice(text, a.cue), slice(text, a.content)]);
  it('`recalled 90,000 cars`, `recalled thousands of vehicles`, `recalled its pickups` report nothing', () => {
    expect(cues('The carmaker, which employs 4,000 people, recalled 90,000 cars in 2027.')).toEqual([]);
    expect(cues('Dorvane recalled thousands of vehicles last year.')).toEqual([]);
    expect(cues('The firm recalled its electric pickups over faulty brakes.')).toEqual([]);
  });
  it('control: a memory recalled (a clause, a how-clause, a day) is a statement', () => {
    expect(cues('Tova Grell recalled that the fire started at night.')).toEqual([
      ['recalled', 'the fire started at night'],
    ]);
    expect(cues('Tova Grell recalled how the boat sank.')).toEqual([['recalled', 'how the boat sank']]);
    expect(cues('Tova Grell recalled the day the boat sank.')).toEqual([
      ['recalled', 'the day the boat sank'],
    ]);
  });
});

describe('stop 25 (h-attr): framing clauses, set-off roles, passive agents, pronouns after a quotation', () => {
  const cues = (text: string) =>
    doc(text).attributions.map((a) => [slice(text, a.cue), slice(text, a.source), slice(text, a.content)]);
  it('a role opening with a possessive, then a name set off before the cue, is the speaker: `its owner, X, said`', () => {
    const text = 'The trawler was seized in port, its owner, Halvek Shipping, said on Tuesday.';
    expect(cues(text)).toEqual([['said', 'its owner, Halvek Shipping', 'The trawler was seized in port']]);
    expect(doc(text).attributions.map((a) => a.sourceLabel)).toEqual(['Halvek Shipping']);
    expect(cues('The trawler was seized in port, her lawyer, Olav Brede, said.')).toEqual([
      ['said', 'her lawyer, Olav Brede', 'The trawler was seized in port'],
    ]);
    // Control: a possessive role with no name set off is the speaker on its own.
    expect(cues('The trawler was seized in port, its owner said on Tuesday.')).toEqual([
      ['said', 'its owner', 'The trawler was seized in port'],
    ]);
  });
  it('a name set off before the cue may carry where its bearer is from: `its owner, Olav Brede of Halvek Shipping Co., said`', () => {
    const text =
      'The trawler was seized in port, its owner, Olav Brede of Halvek Shipping Co., said on Tuesday.';
    expect(cues(text)).toEqual([
      ['said', 'its owner, Olav Brede of Halvek Shipping Co', 'The trawler was seized in port'],
    ]);
    expect(doc(text).attributions.map((a) => a.sourceLabel)).toEqual(['Olav Brede']);
    // Control: a noun in lower case before `of`, with no comma before the cue, is read as before.
    expect(cues('The trawler was seized in port, the ministry of Halvek Fisheries said.')).toEqual([
      ['said', 'the ministry of Halvek Fisheries', 'The trawler was seized in port'],
    ]);
  });
  it('after the question that opens a sentence, its subject with an apposition speaks: `Asked about X, the mayor, 61, said`', () => {
    expect(cues('Asked about the merger, the mayor, 61, said talks usually stall.')).toEqual([
      ['Asked', null, 'about the merger'],
      ['said', 'the mayor', 'talks usually stall'],
    ]);
    expect(
      cues(
        'Asked about the merger, Dana Pruitt, who was fired by Halvek Shipping, said talks usually stall.',
      )[1],
    ).toEqual(['said', 'Dana Pruitt', 'talks usually stall']);
    // Control: `asked` as the main verb is no question opening the sentence; the speaker follows it.
    expect(cues('The union asked about the merger, the mayor said.')[1]).toEqual([
      'said',
      'the mayor',
      'The union asked about the merger',
    ]);
  });
  it('the agent of a passive participle after a comma is no source unless the verb reports: `The vote, called by the mayor, failed`', () => {
    expect(cues('The vote, called by the mayor, failed.')).toEqual([]);
    expect(cues('The plan, proposed by the council in May, was dropped.')).toEqual([]);
    expect(cues('The treaty, ratified by Congress in 1998, limits fishing in the strait.')).toEqual([]);
    expect(cues('The letter, written by the mayor, said the pier was unsafe.')).toEqual([
      ['said', 'The letter', 'the pier was unsafe'],
    ]);
    // Control: a verb of reporting with a speaker as its agent names it.
    expect(cues('The closure, first reported by the Fen Herald, angered residents.')).toEqual([
      ['reported', 'the Fen Herald', 'The closure'],
    ]);
  });
  it('a clause before a comma is no subject with an apposition: `The ferry was late, as usual, said Ada Quill`', () => {
    expect(cues('The ferry was late, as usual, said Ada Quill.')).toEqual([
      ['said', 'Ada Quill', 'The ferry was late, as usual'],
    ]);
    expect(cues('The pier is closed, in short, said Ada Quill.')).toEqual([
      ['said', 'Ada Quill', 'The pier is closed, in short'],
    ]);
    // Control: a noun phrase with its apposition before the cue is the subject.
    expect(cues('The harbour master, 61, said the pier was unsafe.')).toEqual([
      ['said', 'The harbour master', 'the pier was unsafe'],
    ]);
  });
  it('a clause after the cue of a speaker set off by commas is what they said: `... and its owner, Olav Brede, said the crew was safe`', () => {
    expect(cues('The trawler was seized in port and its owner, Olav Brede, said the crew was safe.')).toEqual(
      [['said', 'Olav Brede', 'the crew was safe']],
    );
    // Control: with only a time after the cue, what was said is before the speaker.
    expect(cues('The trawler was seized in port, its owner, Olav Brede, said on Tuesday.')).toEqual([
      ['said', 'its owner, Olav Brede', 'The trawler was seized in port'],
    ]);
  });
});

describe('h-who: reports named by the paper they ran in', () => {
  const cues = (text: string) =>
    doc(text).attributions.map((a) => [slice(text, a.cue), slice(text, a.source), slice(text, a.content)]);
  it('reads `according to reports in the Velmar Gazette` with the paper in the source', () => {
    expect(cues('The deal was signed on Monday, according to reports in the Velmar Gazette.')).toEqual([
      ['according to', 'reports in the Velmar Gazette', 'The deal was signed on Monday'],
    ]);
    expect(cues('The deal was signed, according to a report in a Velmar newspaper.')).toEqual([
      ['according to', 'a report in a Velmar newspaper', 'The deal was signed'],
    ]);
    // Control: `in` a time or place after reports is no paper.
    expect(cues('The deal was signed, according to reports in recent weeks.')).toEqual([
      ['according to', 'reports', 'The deal was signed'],
    ]);
  });
  it('reads `Reports in a Velmar newspaper said` as a noun of reports, no cue of its own', () => {
    expect(cues('Reports in a Velmar newspaper said the deal was signed.')).toEqual([
      ['said', 'Reports in a Velmar newspaper', 'the deal was signed'],
    ]);
    // Control: `reports` after its subject is a verb.
    expect(cues('The Velmar Gazette reports the deal was signed.')).toEqual([
      ['reports', 'The Velmar Gazette', 'the deal was signed'],
    ]);
  });
});

describe('h-who: the noun phrase a relative `who` restricts speaks, without the clause before it', () => {
  const labels = (text: string) => doc(text).attributions.map((a) => a.sourceLabel);
  it('labels `He kidnapped a woman who says ...` by `woman`, not by the clause', () => {
    expect(labels('He kidnapped a woman who says she talked him into surrendering.')).toEqual(['woman']);
    // Control: after a preposition the determiner opens no new phrase.
    expect(labels('The head of the agency, who said the pier was closed, resigned.')).toEqual([
      'head of the agency',
    ]);
  });
});

describe('h-who: a role, then its name with `the` set off by commas', () => {
  const labels = (text: string) => doc(text).attributions.map((a) => a.sourceLabel);
  it('names `The union representing the workers, the Chemical Workers Union, said` by the union', () => {
    expect(labels('The union, the Chemical Workers Union, said it had warned about the tanks.')[0]).toBe(
      'Chemical Workers Union',
    );
    expect(
      labels(
        'The union representing the workers, the Chemical Workers Union, said it had warned about the tanks.',
      )[0],
    ).toBe('Chemical Workers Union');
    // Control: a role set off that holds no name leaves the subject as it was.
    expect(labels('The mayor, the son of a fisherman, said the pier would reopen.')).toEqual(['mayor']);
  });
});

describe('h-who: `cited for` is a penalty, no report', () => {
  const cues = (text: string) =>
    doc(text).attributions.map((a) => [slice(text, a.cue), slice(text, a.source)]);
  it('reads no statement in `had been cited for safety violations`', () => {
    expect(cues('The plant had been cited for safety violations in 2023, the Fen Gazette reported.')).toEqual(
      [['reported', 'the Fen Gazette']],
    );
    // Control: a passive `was cited as` says what someone unnamed said of the subject.
    expect(cues('The plant was cited as a model of safety.')).toEqual([['cited', null]]);
  });
});

describe('h-who: a relative clause of anonymity between the speaker and the cue', () => {
  const labels = (text: string) => doc(text).attributions.map((a) => a.sourceLabel);
  it('names `A neighbour who asked not to be named said` by the neighbour', () => {
    expect(labels('A neighbour who asked not to be named said she heard shouting.')).toEqual(['neighbour']);
    expect(labels('An official who spoke on condition of anonymity said the talks had stalled.')).toEqual([
      'official',
    ]);
    expect(labels('Two officials who were not authorized to speak publicly said the deal was done.')).toEqual(
      ['Two officials'],
    );
    // A relative clause of something else done was a control here; h-who30's `witness-clause` reads
    // it (the person it describes speaks), which the clause of anonymity does not need.
    expect(labels('A man who lives nearby said he saw smoke.')).toEqual(['man']);
  });
});

describe('h-who: listeners with no article before `that`', () => {
  const cues = (text: string) =>
    doc(text).attributions.map((a) => [
      slice(text, a.source),
      slice(text, a.content),
      slice(text, a.recipient),
    ]);
  it('reads `told analysts on a conference call that ...` as whom it was told, not what', () => {
    expect(cues('Tom Vale told analysts on a conference call that the deal would close in March.')).toEqual([
      ['Tom Vale', 'the deal would close in March', 'analysts on a conference call'],
    ]);
    expect(
      cues("Velo's chief financial officer, Tom Vale, told analysts that the deal would close in March."),
    ).toEqual([["Velo's chief financial officer, Tom Vale", 'the deal would close in March', 'analysts']]);
    // Control: a clause after `told` with no `that` keeps its subject in what was said.
    expect(cues('Tom Vale told reporters the deal would close in March.')).toEqual([
      ['Tom Vale', 'the deal would close in March', 'reporters'],
    ]);
  });
});

describe('h-who2: `According to X:` on a line of its own introduces the next sentence', () => {
  const cues = (text: string) =>
    doc(text).attributions.map((a) => [
      slice(text, a.cue),
      slice(text, a.source),
      slice(text, a.content),
      a.rule,
    ]);
  const prose =
    'The fuel depot where three workers died on Sunday had failed an inspection in August, officials said.';
  it('gives the line after it to the source', () => {
    const text = `Depot fire\n\n${prose}\n\nAccording to reports in the Velmar Gazette:\nThe owners had been warned twice about the valves.\n`;
    expect(cues(text)).toContainEqual([
      'According to',
      'reports in the Velmar Gazette',
      'The owners had been warned twice about the valves.',
      'attribution:according-to-colon',
    ]);
  });
  it('controls: a colon with the content after it on its line, and a line ending on a colon that opens with no cue', () => {
    const same = `Depot fire\n\n${prose}\n\nAccording to the ministry: the owners had been warned twice.\n`;
    expect(cues(same).filter((c) => c[3] === 'attribution:according-to-colon')).toEqual([]);
    expect(cues(same)).toContainEqual([
      'According to',
      'the ministry',
      'the owners had been warned twice',
      'attribution:according-to',
    ]);
    const none = `Depot fire\n\n${prose}\n\nWhat the owners knew:\nThe owners had been warned twice about the valves.\n`;
    expect(cues(none).filter((c) => c[3] === 'attribution:according-to-colon')).toEqual([]);
  });
});

describe('tokenised possessives and outlets named `News` or `Press`', () => {
  const labels = (text: string) => doc(text).attributions.map((a) => a.sourceLabel);
  // Dropped in stop 33 under the halves rule: the apposition's join of a possessive written apart moved half A's origins only (docs/origins.md).
  it.fails(
    'reads an apposition holding a possessive written apart (`the county ’ s heritage officer`)',
    () => {
      expect(
        labels('Lena Marsh, the county ’ s heritage officer, says the fire represents a loss to the town.'),
      ).toEqual(['Lena Marsh']);
      // Control: the possessive written whole reads the same.
      expect(
        labels('Lena Marsh, the county’s heritage officer, says the fire represents a loss to the town.'),
      ).toEqual(['Lena Marsh']);
    },
  );
  // Dropped in stop 33 under the halves rule: `reports` after a name ending in News or Press moved half A's origins only (docs/origins.md).
  it.fails('reads `reports` after a name ending in `News` or `Press` as the outlet reporting', () => {
    expect(labels('The Dunmore Daily News reports the value of the barn at $380,600.')).toEqual([
      'Dunmore Daily News',
    ]);
    expect(labels('The Fenland Press reports the barn was empty.')).toEqual(['Fenland Press']);
    // Controls: `news reports` and `press reports` in lower case are nouns of reports.
    expect(labels('Officials would not comment on news reports that the barn was empty.')).toEqual([]);
    expect(labels('News reports said the barn was empty.')).toEqual(['News reports']);
  });
});

describe('speakers read past an interruption, a joined verb, an opening span of time, a relation and a share', () => {
  const read = (text: string) =>
    doc(text).attributions.map((a) => [
      a.sourceLabel,
      slice(text, a.content)?.split(' ').slice(0, 3).join(' '),
    ]);
  // Dropped in stop 33 under the halves rule: attribution:interrupted-subject and the clause after a cue moved PolNeAR half A only (docs/origins.md).
  it.fails(
    'reads `But Ada Quill, a student who joined the protests, says CLAUSE` by the name, not the clause',
    () => {
      expect(
        read('But Lena Marsh, a student who joined the protests, says the crowd is tired but calm.'),
      ).toEqual([['Lena Marsh', 'the crowd is']]);
      // Control: with no interruption the subject speaks as before.
      expect(read('Lena Marsh says the crowd is tired but calm.')).toEqual([['Lena Marsh', 'the crowd is']]);
    },
  );
  // Dropped in stop 33 under the halves rule: a cue joined by `and` (JOINED_CUE) moved PolNeAR half A only (docs/origins.md).
  it.fails(
    'takes no verb phrase ending in `and` for a speaker (`, one guard dropped his radio and said`)',
    () => {
      const labels = doc(
        'Minutes after the crash, one guard dropped his radio and said the driver was hurt.',
      ).attributions.map((a) => a.sourceLabel);
      expect(labels.some((l) => /dropped his radio/.test(l ?? ''))).toBe(false);
      expect(labels.includes('Minutes')).toBe(false);
      // Control: a speaker after a comma before the cue is read (`, one witness said`).
      expect(read('The boy was unarmed, one witness said.')).toEqual([['one witness', 'The boy was']]);
    },
  );
  it('labels `said Ms. Dale’s sister Crystal` by Crystal, and `Ms. Dale’s lawyer` as the lawyer (control)', () => {
    expect(read('“It hurts,” said Ms. Dale’s sister Crystal.')[0]![0]).toBe('Crystal');
    expect(read('“It hurts,” said Ms. Dale’s lawyer.')[0]![0]).toBe('Ms. Dale’s lawyer');
  });
  it('reads a share of people asked as the speaker (`62 percent of those asked said`)', () => {
    expect(
      read('In the Velmar survey, 62 percent of respondents said the harbour plan cost too much.'),
    ).toEqual([['62 percent of respondents', 'the harbour plan']]);
    // Control: a share of something else after the cue is what was said.
    expect(read('The council said 55 percent of the budget went on roads.')).toEqual([
      ['council', '55 percent of'],
    ]);
  });
});

describe('a report inside a report', () => {
  const labels = (text: string) => doc(text).attributions.map((a) => a.sourceLabel);
  it('names the speaker of the inner cue after the outer one (`Police say a woman at the gate told ...`)', () => {
    expect(labels('Police say a woman at the gate told the driver to halt.')).toEqual([
      'Police',
      'woman at the gate',
    ]);
    // Control: one cue, one speaker.
    expect(labels('Police say the driver was drunk.')).toEqual(['Police']);
  });
});

describe('a relative pronoun after a verb’s object without a determiner', () => {
  const labels = (text: string) => doc(text).attributions.map((a) => a.sourceLabel);
  // Dropped in stop 34 under the halves rule: reading the object as what `who` stands for
  // (attribution:relative-after-object) changed two labels of ECB+ half A and none of half B (docs/origins.md).
  it.fails('reads `The ruling has angered local officials, who say` as the officials speaking', () => {
    expect(labels('The ruling has angered harbour officials, who say the dam is unsafe.')).toEqual([
      'harbour officials',
    ]);
    expect(labels('That pledge doesn’t calm harbour officials, who say the dam is unsafe.')).toEqual([
      'harbour officials',
    ]);
    // Control: a subject before `, who` is the speaker with its adjective (`Retired harbour officials`).
    expect(labels('Retired harbour officials, who said the dam was unsafe, met on Monday.')).toEqual([
      'Retired harbour officials',
    ]);
  });
});
