import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';
import type { Dossier } from '../../model/dossier.js';
import { spellingVariants } from './names.js';
import { datesDisagree } from './dates.js';
import { sameRoot } from './certainty.js';
import { lemma } from '../facts.js';
import { ELECTION } from '../trial/election.fixture.js';

// Each rule on a fictional pair of outlets and its control: the control differs only in what
// the rule reads, and must come out the other way.
const pair = (a: string, b: string, published?: [string, string], language?: string): Dossier =>
  analyzeTexts([
    {
      location: 'one.txt',
      text: `Harbour report\n\n${a}\n`,
      ...(published ? { known: { published: published[0], ...(language ? { language } : {}) } } : {}),
    },
    {
      location: 'two.txt',
      text: `Harbour update\n\n${b}\n`,
      ...(published ? { known: { published: published[1], ...(language ? { language } : {}) } } : {}),
    },
  ]);
const kinds = (d: Dossier, ...k: string[]): Dossier['discrepancies'] =>
  d.discrepancies.filter((x) => k.includes(x.kind));
const FIGURES = ['count', 'quantity', 'update', 'age', 'time'];
/** The texts of each reported entry of the kinds `k`, each entry's distinct texts sorted. */
const texts = (d: Dossier, ...k: string[]): string[][] =>
  kinds(d, ...k).map((x) => [...new Set(x.values.map((v) => v.text))].sort());
/** Two reports a day apart (a person's age is read against the date it was said). */
const DATED: [string, string] = ['2024-03-11', '2024-03-12'];

describe('figures: facts about one thing that no reading reconciles', () => {
  it('`at least 12` does not contradict 13; 12 against 13 does', () => {
    const said = (n: string) =>
      pair(
        `Rescuers in Velmar said ${n} fishermen were rescued from the capsized trawler on Sunday.`,
        'Rescuers in Velmar said 13 fishermen were rescued from the capsized trawler on Sunday.',
      );
    expect(kinds(said('at least 12'), ...FIGURES)).toEqual([]);
    const conflict = kinds(said('12'), ...FIGURES);
    expect(conflict.map((x) => x.values.map((v) => v.text).sort())).toEqual([
      ['12 fishermen', '13 fishermen'],
    ]);
    expect(
      conflict[0]!.values.every((v) => (v.normalized as { rule: string }).rule.startsWith('fact:')),
    ).toBe(true);
  });

  it('a figure written with fewer digits allows what rounds to it', () => {
    const site = (n: string) =>
      pair(
        `The Corvel warehouse stood on a ${n} acre site beside the Velmar docks.`,
        'The Corvel warehouse stood on a 8.7 acre site beside the Velmar docks.',
      );
    expect(kinds(site('nine'), ...FIGURES)).toEqual([]);
    expect(kinds(site('seven'), ...FIGURES)).toHaveLength(1);
  });

  it('one noun for two events is two things: workers injured are not workers evacuated', () => {
    const d = (verb: string) =>
      pair(
        `Six workers were injured in the Corvel warehouse fire, the union said.`,
        `Forty workers were ${verb} in the Corvel warehouse fire, the union said.`,
      );
    expect(kinds(d('evacuated'), ...FIGURES)).toEqual([]);
    expect(kinds(d('injured'), ...FIGURES)).toHaveLength(1);
  });

  it('a toll of people is keyed by what befell them, whatever noun counts them', () => {
    const toll = (b: string) =>
      pair('Twelve people were killed when the Corvel bridge collapsed on Sunday.', b);
    expect(kinds(toll('The collapse of the Corvel bridge on Sunday left 14 dead.'), ...FIGURES)).toHaveLength(
      1,
    );
    expect(kinds(toll('The collapse of the Corvel bridge on Sunday left 12 dead.'), ...FIGURES)).toEqual([]);
    // Control: people rescued are another figure than people killed.
    expect(
      kinds(toll('Rescuers pulled 14 people alive from the Corvel bridge on Sunday.'), ...FIGURES),
    ).toEqual([]);
  });

  it('a death told by an intransitive or irregular verb is the same toll: `died`, `shot dead`', () => {
    const died = (b: string) =>
      pair('Three people died when a bus overturned on the Velmar highway on Monday night.', b);
    expect(
      kinds(
        died('Four passengers died when a bus overturned on the Velmar highway on Monday night.'),
        ...FIGURES,
      ),
    ).toHaveLength(1);
    expect(
      kinds(died('Four people were shot dead near the Velmar highway on Monday night.'), ...FIGURES),
    ).toHaveLength(1);
    // Control: `when` after the counted noun is no participle, and people hurt are another figure.
    expect(
      kinds(
        died('Four people were hurt when a bus overturned on the Velmar highway on Monday night.'),
        ...FIGURES,
      ),
    ).toEqual([]);
    expect(
      kinds(
        died('Three passengers died when a bus overturned on the Velmar highway on Monday night.'),
        ...FIGURES,
      ),
    ).toEqual([]);
  });

  it('a noun one outlet uses for two different values names several things', () => {
    // One outlet counts two careers in seasons; the other outlet's figure is about a third.
    const d = pair(
      'Dalen played two seasons in Velmar. His coach spent 11 seasons at Corvel College before that.',
      'The Velmar club hired Orsi, who spent six seasons with the Harbour Hawks.',
    );
    expect(kinds(d, ...FIGURES)).toEqual([]);
  });

  it('a changed figure in publication order is an update', () => {
    const texts: [string, string] = [
      'The Velmar council offered 120 families temporary housing after the flood.',
      'The Velmar council offered 180 families temporary housing after the flood.',
    ];
    const later = kinds(pair(...texts, ['2024-03-01', '2024-03-09']), ...FIGURES);
    expect(later.map((x) => x.kind)).toEqual(['update']);
    const sameDay = kinds(pair(...texts, ['2024-03-01', '2024-03-01']), ...FIGURES);
    expect(sameDay.map((x) => x.kind)).toEqual(['count']);
  });

  it('a death toll that falls in a later report contradicts the earlier one, unless revised', () => {
    const dates: [string, string] = ['2024-03-01', '2024-03-02'];
    const fell = pair(
      'A fire on a ferry off Corvel killed nine people on Saturday, the coast guard said.',
      'A fire aboard a ferry off Corvel killed seven people on Saturday, the coast guard said.',
      dates,
    );
    expect(kinds(fell, ...FIGURES).map((x) => x.kind)).toEqual(['count']);
    // Controls: a rising toll is an update; so is a fall the later report gives as a revision.
    const rose = pair(
      'A fire on a ferry off Corvel killed seven people on Saturday, the coast guard said.',
      'A fire aboard a ferry off Corvel killed nine people on Saturday, the coast guard said.',
      dates,
    );
    expect(kinds(rose, ...FIGURES).map((x) => x.kind)).toEqual(['update']);
    const revised = pair(
      'A fire on a ferry off Corvel killed nine people on Saturday, the coast guard said.',
      'The coast guard revised the toll of the Corvel ferry fire down to seven people killed.',
      dates,
    );
    expect(kinds(revised, ...FIGURES).map((x) => x.kind)).toEqual(['update']);
  });

  it('a number naming a road or a flight counts nothing; a count after a name does', () => {
    const road = pair(
      'Four people died when a bus collided with a truck on Highway 9 near Selby early on Saturday, police said.',
      'Four people died when a bus collided with a truck on Highway 12 near Selby early on Saturday, police said.',
    );
    expect(kinds(road, ...FIGURES)).toEqual([]);
    // Control: a capitalised word that opens the sentence names nothing.
    const counted = pair(
      'Some 9 fishermen were rescued off Dunmore on Friday, the coast guard said.',
      'Some 19 fishermen were rescued off Dunmore on Friday, the coast guard said.',
    );
    expect(kinds(counted, ...FIGURES)).toHaveLength(1);
  });

  it('an apposition between a counted noun and its verb does not hide the verb', () => {
    const d = pair(
      'Two men, aged 34 and 41, were arrested after the raid in Orlin.',
      'Three suspects were detained after the raid in Orlin.',
    );
    expect(kinds(d, ...FIGURES).map((x) => x.values.map((v) => v.text).sort())).toEqual([
      ['Three suspects', 'Two men'],
    ]);
    // Control: men questioned are not suspects arrested.
    const control = pair(
      'Two men, aged 34 and 41, were questioned after the raid in Orlin.',
      'Three suspects were detained after the raid in Orlin.',
    );
    expect(kinds(control, ...FIGURES)).toEqual([]);
  });

  it('one sum in two alike statements is compared whatever noun each outlet gives it', () => {
    const d = pair(
      'The Harbor City Hawks have offered pitcher Sam Ortiz an eight-year contract worth $160 million.',
      'Sam Ortiz has received an eight-year, $180 million offer from the Harbor City Hawks.',
    );
    expect(kinds(d, ...FIGURES).map((x) => x.values.map((v) => v.text).sort())).toEqual([
      ['$160 million', '$180 million'],
    ]);
    // Control: a sentence giving two sums does not say which one the other outlet's is.
    const control = pair(
      'The Harbor City Hawks have offered pitcher Sam Ortiz an eight-year contract worth $160 million, with a $20 million bonus.',
      'Sam Ortiz has received an eight-year, $180 million offer from the Harbor City Hawks.',
    );
    expect(kinds(control, ...FIGURES)).toEqual([]);
  });

  it('`The 29-year-old right-hander` is the person the sentence before names', () => {
    const d = pair(
      'Sam Ortiz, 28, has received a new offer from the Harbor City Hawks.',
      'Sam Ortiz has received a new offer from the Harbor City Hawks. The 29-year-old right-hander was the best pitcher in the league last season.',
      DATED,
    );
    expect(kinds(d, 'age').map((x) => x.values.map((v) => v.text).sort())).toEqual([['28', '29']]);
    // Control: two people before it, neither the sentence's subject, leave it no one's.
    const control = pair(
      'Sam Ortiz, 28, has received a new offer from the Harbor City Hawks.',
      'After a meeting between Sam Ortiz and Dana Pike, the Harbor City Hawks made a new offer. The 29-year-old right-hander was the best pitcher in the league last season.',
      DATED,
    );
    expect(kinds(control, 'age')).toEqual([]);
  });

  it('`She was 79.` is the age of the person the sentence before is about, not of its source', () => {
    const d = pair(
      'Actress Lena Marsh has died at her home in Taos. She was 78.',
      'Lena Marsh died at her home in Taos on Tuesday, her spokesman Tom Reyes said. She was 79.',
      DATED,
    );
    expect(kinds(d, 'age').map((x) => x.values.map((v) => v.text).sort())).toEqual([['78', '79']]);
    // Control: two people named, neither the sentence's subject, leave the age no one's.
    const control = pair(
      'Actress Lena Marsh has died at her home in Taos. She was 78.',
      'After a visit from Tom Reyes, Lena Marsh died at her home in Taos on Tuesday. She was 79.',
      DATED,
    );
    expect(kinds(control, 'age')).toEqual([]);
  });

  it('how many times one act was done: `shot him twice` against `was shot three times`', () => {
    const shots: [string, string] = [
      'Prosecutors said Evers shot Paul Nash twice in the back of the head in Delton.',
      'Nash, 47, was shot three times in Delton, prosecutors said.',
    ];
    const d = pair(...shots);
    expect(kinds(d, ...FIGURES).map((x) => x.values.map((v) => v.text).sort())).toEqual([
      ['three times', 'twice'],
    ]);
    // Published a day apart, still a conflict: how many times he was shot does not move on.
    expect(kinds(pair(...shots, DATED, 'en'), ...FIGURES).map((x) => x.kind)).toEqual(['count']);
    // Control: two different acts.
    const control = pair(
      'Prosecutors said Evers shot Paul Nash twice in the back of the head in Delton.',
      'Nash, 47, was stabbed three times in Delton, prosecutors said.',
    );
    expect(kinds(control, ...FIGURES)).toEqual([]);
  });

  it('the most a conviction could bring is compared with its like, never with the term imposed', () => {
    const d = pair(
      'Roy Evers faces up to 40 years in prison when he is sentenced in Delton.',
      'Roy Evers could be sentenced to 50 years when he returns to court in Delton.',
    );
    expect(kinds(d, ...FIGURES).map((x) => x.values.map((v) => v.text).sort())).toEqual([
      ['40 years', '50 years'],
    ]);
    // Control: the term imposed is not the most he faced.
    const control = pair(
      'Roy Evers faces up to 40 years in prison when he is sentenced in Delton.',
      'Roy Evers was sentenced to 25 years in prison in Delton on Friday.',
    );
    expect(kinds(control, ...FIGURES)).toEqual([]);
  });

  it('a price per thing, job cuts, a sized pay rise and an age after a home town are read', () => {
    const texts = (a: string, b: string): string[][] =>
      kinds(pair(a, b, DATED, 'en'), ...FIGURES, 'age').map((x) => x.values.map((v) => v.text).sort());
    expect(
      texts(
        'Orlo Foods will pay $38 a share for Pemberly, the companies said.',
        'Pemberly shareholders will receive $36 per share in cash.',
      ),
    ).toEqual([['$36', '$38']]);
    expect(
      texts(
        'The Orlo deal is expected to lead to about 3,000 job cuts at Pemberly.',
        'Around 300 jobs are expected to go at Pemberly after the Orlo deal.',
      ),
    ).toEqual([['3,000 job cuts', '300 jobs']]);
    expect(
      texts(
        'Hospital workers in Velmar began a strike on Monday to demand a 5% pay rise.',
        'Health workers in Velmar walked out on Monday seeking a 15% pay increase.',
      ),
    ).toEqual([['15%', '5%']]);
    expect(
      texts(
        'Mary Finch, 71, won the Velmar lottery on Saturday.',
        'Mary Finch of Velmar, 17, won the lottery on Saturday.',
      ),
    ).toEqual([['17', '71']]);
    // Controls: a price per another thing, a pay rise against a price rise.
    expect(
      texts(
        'Orlo Foods will pay $38 a share for Pemberly, the companies said.',
        'Pemberly shareholders will receive $36 per bond in cash.',
      ),
    ).toEqual([]);
    expect(
      texts(
        'Hospital workers in Velmar began a strike on Monday to demand a 5% pay rise.',
        'Health workers in Velmar walked out on Monday over a 15% price increase.',
      ),
    ).toEqual([]);
  });

  it('a span lost, missing or in captivity is one state; in prison is another', () => {
    const days = (b: string) =>
      kinds(
        pair('A hiker missing for five days in the Dunmore range was found alive on Sunday.', b, DATED, 'en'),
        ...FIGURES,
      );
    expect(
      days('Rescuers found the hiker alive on Sunday after six days lost in the Dunmore range.'),
    ).toHaveLength(1);
    expect(
      days(
        'The hiker, who spent six days in hospital last year, was found alive in the Dunmore range on Sunday.',
      ),
    ).toEqual([]);
  });

  it('inmates are prisoners; the update reads from the earliest report', () => {
    const d = pair(
      'Three inmates escaped from the Harlow state prison through a tunnel, officials said.',
      'Four prisoners escaped from Harlow state prison through a tunnel dug under the laundry.',
      ['2024-03-12', '2024-03-11'],
      'en',
    );
    const found = kinds(d, ...FIGURES);
    expect(found.map((x) => x.kind)).toEqual(['update']);
    // The second outlet published first: its four come first.
    expect(found[0]!.note).toMatch(/Four prisoners.*→.*Three inmates/);
  });

  it('tolls of people named by what they do, missing told as unaccounted for, and evacuees described by where they live', () => {
    const texts = (a: string, b: string): string[][] =>
      kinds(pair(a, b, DATED, 'en'), ...FIGURES).map((x) => x.values.map((v) => v.text).sort());
    expect(
      texts(
        'Four skiers were killed when an avalanche hit Mount Orra on Thursday.',
        'Five people died in an avalanche on Mount Orra on Thursday.',
      ),
    ).toEqual([['Five people died', 'Four skiers']]);
    expect(
      texts(
        'A ferry sank off Merra on Wednesday and 9 people are missing, the coast guard said.',
        'Nineteen people remain unaccounted for after a ferry sank off Merra on Wednesday.',
      ),
    ).toHaveLength(1);
    expect(
      texts(
        'A derailment near Ashby forced the evacuation of 3,000 residents on Friday.',
        'About 300 people living near Ashby were evacuated after the derailment on Friday.',
      ),
    ).toHaveLength(1);
    // Control: a word for things by what they do is not people (`two helicopters`).
    expect(
      texts(
        'Four skiers were killed when an avalanche hit Mount Orra on Thursday.',
        'Two helicopters were damaged in an avalanche on Mount Orra on Thursday.',
      ),
    ).toEqual([]);
  });

  it('a sum set at a figure is its subject`s, a value estimated is what it values, a company employs workers', () => {
    const texts = (a: string, b: string): string[][] =>
      kinds(pair(a, b, DATED, 'en'), ...FIGURES).map((x) => x.values.map((v) => v.text).sort());
    expect(
      texts(
        'Kira Vance was released on $5,000 bail after her arrest in West Halden.',
        'Bail for Kira Vance was set at $50,000 after her arrest in West Halden.',
      ),
    ).toEqual([['$5,000', '$50,000']]);
    expect(
      texts(
        'Thieves stole five paintings worth an estimated $100 million from the Lindqvist Museum.',
        'Three paintings valued at $10 million were taken from the Lindqvist Museum.',
      ),
    ).toContainEqual(['$10 million', '$100 million']);
    expect(
      texts(
        'Homeline filed for bankruptcy with debts of $2.3 billion; it employs about 9,000 people.',
        'Homeline, which employs 19,000 workers, sought protection listing $3.2 billion in liabilities.',
      ),
    ).toEqual([
      ['$2.3 billion', '$3.2 billion'],
      ['19,000 workers', '9,000 people'],
    ]);
    // Control: people a company serves are not its workers.
    expect(
      texts(
        'Homeline, which serves about 9,000 people, filed for bankruptcy on Tuesday.',
        'Homeline, which employs 19,000 workers, filed for bankruptcy on Tuesday.',
      ),
    ).toEqual([]);
  });

  it('a storm`s category, its wind speed however written, a rate alone in its sentence, and the subject the next sentence goes on about', () => {
    const texts = (a: string, b: string): string[][] =>
      kinds(pair(a, b, DATED, 'en'), ...FIGURES, 'age').map((x) => x.values.map((v) => v.text).sort());
    expect(
      texts(
        'Hurricane Lena made landfall near Port Alder as a Category 4 storm with winds of 140 mph.',
        'Lena came ashore near Port Alder as a Category 3 hurricane packing 150 mph winds.',
      ),
    ).toEqual([
      ['140 mph', '150 mph'],
      ['3', '4'],
    ]);
    expect(texts('Turnout was 67 percent.', 'Turnout in the Velmar election stood at 76%.')).toEqual([
      ['67 percent', '76%'],
    ]);
    expect(
      texts(
        'Leo Varga has joined Corvel United from Velmar City for a record fee. The 24-year-old scored 31 goals last season.',
        'Corvel United have signed Leo Varga, 23, from Velmar City.',
      ),
    ).toEqual([['23', '24']]);
    // Controls: a storm's category is not its speed; a rate of something else.
    expect(
      texts(
        'Hurricane Lena made landfall near Port Alder as a Category 4 storm.',
        'Lena came ashore near Port Alder with winds of 4 mph.',
      ),
    ).toEqual([]);
    expect(texts('Turnout was 67 percent.', 'Unemployment in Velmar stood at 76%.')).toEqual([]);
  });

  it('times of one moment are compared whatever else their sentences say; of two moments, never', () => {
    const times = (a: string, b: string) => kinds(pair(a, b, DATED, 'en'), ...FIGURES);
    expect(
      times(
        'The plane lost contact with air traffic control at 2:15 a.m. over the sea.',
        'The aircraft disappeared from radar screens at 3:15 a.m., the airline said.',
      ),
    ).toHaveLength(1);
    // Control: a call for help is not the moment of the fire.
    expect(
      times(
        'Neighbours in Velmar called 911 at 2:10 a.m. when they saw smoke.',
        'The fire in Velmar broke out at about 1:40 a.m., officials said.',
      ),
    ).toEqual([]);
  });

  it('an age differs by more than a birthday', () => {
    const age = (n: number) =>
      pair(
        'Maria Lopez, 41, was named head of the Velmar port authority.',
        `Maria Lopez, ${n}, was named head of the Velmar port authority.`,
      );
    // Undated reports of one story are days apart: 41 against 42 is a conflict too.
    expect(kinds(age(42), 'age')).toHaveLength(1);
    expect(kinds(age(41), 'age')).toEqual([]);
    expect(kinds(age(47), 'age')).toHaveLength(1);
    // Within one week of reports a person cannot be two birthdays apart: 41 against 43 is a conflict.
    expect(kinds(age(43), 'age')).toHaveLength(1);
  });

  it('a time on the half hour allows the minutes around it', () => {
    const call = (t: string) =>
      pair(
        'Firefighters in Velmar received the first call about the warehouse fire at 3:33 a.m. on Tuesday.',
        `Firefighters in Velmar received the first call about the warehouse fire at ${t} on Tuesday.`,
      );
    expect(kinds(call('3:30 a.m.'), 'time')).toEqual([]);
    expect(kinds(call('4:50 a.m.'), 'time')).toHaveLength(1);
  });
});

describe('dates, places and names', () => {
  it('two years for one event are a date discrepancy; two events are not', () => {
    const bond = (other: string) =>
      pair(
        'Velmar voters in 2010 approved a $3 million bond to buy the old dairy.',
        `Velmar voters in 2009 ${other}.`,
      );
    expect(kinds(bond('approved a $3 million bond to buy the old dairy'), 'date')).toHaveLength(1);
    expect(kinds(bond('elected a new mayor after a close race'), 'date')).toEqual([]);
    expect(datesDisagree('2009', '2009-05')).toBe(false);
    expect(datesDisagree('2009-06', '2009-05-02')).toBe(true);
    // A year-less month and day is compared by its month (and day) with dated ones.
    expect(datesDisagree('--01-15', '2023-11')).toBe(true);
    expect(datesDisagree('--11-15', '2023-11')).toBe(false);
    expect(datesDisagree('--11-15', '--11-16')).toBe(true);
  });

  it('a month and day without a year are compared as written, in dated articles too', () => {
    const sank = (day: string) =>
      kinds(
        pair(
          'The ferry sank on March 3 off the Velmar coast, the coast guard said.',
          `The coast guard said the ferry went down on ${day} off the Velmar coast.`,
          ['2024-03-11', '2024-03-12'],
        ),
        'date',
      );
    expect(sank('March 5')).toHaveLength(1);
    // The day first, as British news writes it.
    expect(sank('5 March')).toHaveLength(1);
    expect(sank('the 5th of March')).toHaveLength(1);
    // Control: the same day, once with its year, once with the day first.
    expect(sank('March 3, 2024')).toEqual([]);
    expect(sank('3 March')).toEqual([]);
  });

  it('where one thing befell a person: died in Taos against died in Santa Fe', () => {
    const place = (b: string) =>
      // (One short sentence is too little to tell its language by: it is given.)
      kinds(
        pair('Lena Marsh died on Tuesday at her home in Taos, her spokesman said.', b, DATED, 'en'),
        'place',
      );
    expect(
      place('Lena Marsh, the star of Sunday Girls, died in Santa Fe, her family said.').map((x) =>
        x.values.map((v) => v.text).sort(),
      ),
    ).toEqual([['Santa Fe', 'Taos']]);
    // Controls: a hospital is no town, and where she was born is not where she died.
    expect(place('Lena Marsh, the star of Sunday Girls, died at Mercy Hospital, her family said.')).toEqual(
      [],
    );
    expect(place('Lena Marsh, the star of Sunday Girls, was born in Santa Fe in 1946.')).toEqual([]);
  });

  it("a person's home town given two ways", () => {
    const home = (town: string) =>
      pair(
        'Police arrested Anton Berel, 36, of Velmar, after the crash.',
        `Police arrested Anton Berel, 36, of ${town}, after the crash.`,
      );
    expect(kinds(home('Corvel'), 'place')).toHaveLength(1);
    expect(kinds(home('Velmar'), 'place')).toEqual([]);
  });

  it('spellings: one letter, capitals or a plural; never initials, demonyms or other first names', () => {
    expect(spellingVariants('State Fire Marshal', 'State Fire Marshall', false)).toBe(true);
    expect(spellingVariants('Jon Berel', 'John Berel', true)).toBe(true);
    expect(spellingVariants('Annmarie Kolt', 'AnnMarie Kolt', true)).toBe(true);
    expect(spellingVariants('Coastal Otters Act', 'Coastal Otter Act', false)).toBe(true);
    expect(spellingVariants('Tessel', 'Dora Tessol', true)).toBe(true);
    expect(spellingVariants('Dorabel', 'DoraBel', true)).toBe(true);
    expect(spellingVariants('Harbour Hawks', 'HarbourHawks', false)).toBe(true);
    expect(spellingVariants('Annmarie Lise Kolt', 'AnnMarie Kolt', true)).toBe(true);
    expect(spellingVariants('Friends of the Otters', 'Friends of Otters', false)).toBe(true);
    // A surname one letter longer is a slip, not a demonym: only `-a` takes a bare `n`.
    expect(spellingVariants('Jonas Verhuyse', 'Jonas Verhuysen', true)).toBe(true);
    // A first letter that sounds the same.
    expect(spellingVariants('Katherine Berel', 'Catherine Berel', true)).toBe(true);
    // Controls.
    expect(spellingVariants('Dale Berel', 'Gale Berel', true)).toBe(false);
    expect(spellingVariants('Karla Berel', 'Carol Berel', true)).toBe(false);
    expect(spellingVariants('H. Dale Berel', 'Dale Berel', true)).toBe(false);
    expect(spellingVariants('North Velmaria', 'North Velmarian', false)).toBe(false);
    expect(spellingVariants('Jim Berel', 'Tom Berel', true)).toBe(false);
    expect(spellingVariants('Velmar Society for Birds', 'Velmar Society For Birds', false)).toBe(false);
    expect(spellingVariants('Velmar', 'Velmor', false)).toBe(false);
    expect(spellingVariants('Ann Marie Kolt', 'Ann Kolt', true)).toBe(false);
    expect(spellingVariants('The Velmar Herald', 'Velmar Herald', false)).toBe(false);
    expect(spellingVariants('NATO', 'Nato', false)).toBe(false);
  });

  it("a lone surname one letter off another lone surname is one person's name written two ways", () => {
    expect(spellingVariants('Halvorsen', 'Halvorson', true)).toBe(true);
    expect(spellingVariants('Tessel', 'Tessell', true)).toBe(true);
    // Controls: another first letter, a short name, not a person, capitals of an acronym.
    expect(spellingVariants('Marlowe', 'Barlowe', true)).toBe(false);
    expect(spellingVariants('Dale', 'Dole', true)).toBe(false);
    expect(spellingVariants('Velmar', 'Velmor', false)).toBe(false);
    expect(spellingVariants('Halvorsen', 'Halvorsen', true)).toBe(false);
    // Accents are no difference (an outlet without them); control: another letter is.
    expect(spellingVariants('José Marlow', 'Jose Marlow', true)).toBe(false);
    expect(spellingVariants('José Marlow', 'Josi Marlow', true)).toBe(true);
  });

  it('a share of a total is the part (`half of the 40 passengers` rescued are 20); a quantifier leaves it unsaid', () => {
    const ferry = (a: string, b: string) => kinds(pair(a, b), 'count');
    expect(
      ferry(
        'Half of the 40 passengers were rescued from the Velmar ferry on Monday.',
        'Rescuers saved 20 passengers from the Velmar ferry on Monday.',
      ),
    ).toEqual([]);
    expect(
      ferry(
        'Most of the 40 passengers were rescued from the Velmar ferry on Monday.',
        'Rescuers saved 20 passengers from the Velmar ferry on Monday.',
      ),
    ).toEqual([]);
    // Control: a share that is not the other outlet's figure is reported.
    expect(
      ferry(
        'Half of the 40 passengers were rescued from the Velmar ferry on Monday.',
        'Rescuers saved 30 passengers from the Velmar ferry on Monday.',
      ),
    ).toHaveLength(1);
  });

  it('a fraction written with a hyphen and a total of a named place are parts too: `Two-thirds of the 300`, `1,200 of Velmar’s 40,000`', () => {
    const plant = (b: string) =>
      kinds(pair('Two-thirds of the 300 workers at the Velmar plant will lose their jobs.', b), 'count');
    expect(plant('About 200 workers at the Velmar plant will lose their jobs.')).toEqual([]);
    // Control: another figure of the part is reported.
    expect(plant('About 150 workers at the Velmar plant will lose their jobs.')).toHaveLength(1);
    const town = (b: string) =>
      kinds(pair('About 1,200 of Velmar’s 40,000 residents were evacuated on Monday.', b), 'count');
    expect(town('Officials evacuated 1,200 residents of Velmar on Monday.')).toEqual([]);
    expect(town('Officials evacuated 2,000 residents of Velmar on Monday.')).toHaveLength(1);
  });

  it('a whole named by what befell it is that figure: `one of the three people injured died` is three injured', () => {
    const blast = (b: string) =>
      kinds(pair('One of the three people injured in the Velmar blast died on Monday.', b), 'count');
    expect(blast('Three people were injured in the Velmar blast on Monday.')).toEqual([]);
    // Control: another number injured is reported.
    expect(blast('Five people were injured in the Velmar blast on Monday.')).toHaveLength(1);
  });

  it('a part told after its count (`40 people, 12 of them for burns`) is a figure of the same thing', () => {
    const burns = (a: string) =>
      kinds(pair(a, 'Twelve people were treated for burns at the Velmar hospital on Monday.'), 'count');
    expect(burns('The Velmar hospital treated 40 people on Monday, 12 of them for burns.')).toEqual([]);
    // Control: without the part, 40 against 12 is reported.
    expect(burns('The Velmar hospital treated 40 people for burns on Monday.')).toHaveLength(1);
    const doc = pair(
      'The Velmar hospital treated 40 people on Monday, 12 of them for burns.',
      'No one died.',
    );
    expect(doc.facts?.find((f) => f.rule === 'fact:count-of-them')?.text).toBe('12 of them');
  });

  it('a part named inside a toll (`three people, including two children, died`) died too', () => {
    const fire = (b: string) =>
      kinds(pair('Three people, including two children, died in the Velmar fire on Monday.', b), 'count');
    expect(fire('Two children died in the Velmar fire on Monday.')).toEqual([]);
    // Control: another number of children is a conflict of the part.
    expect(fire('Four children died in the Velmar fire on Monday.')).toHaveLength(1);
  });

  it('`carried` and `carrying` tell one event: 150 passengers against 148 is a count to report', () => {
    const plane = (b: string) =>
      kinds(pair('The plane was carrying 150 passengers when it crashed near Velmar on Monday.', b), 'count');
    expect(plane('The plane carried 148 passengers when it crashed near Velmar on Monday.')).toHaveLength(1);
    // Control: another thing done to the passengers is another figure.
    expect(plane('Rescuers evacuated 148 passengers after the plane crashed near Velmar on Monday.')).toEqual(
      [],
    );
  });

  it('a name of capitalised words joined by `of` that no entity was read from is a name, written two ways', () => {
    const group = (a: string, b: string) => texts(pair(a, b), 'spelling');
    expect(
      group(
        'Defenders of the Otters, who sued the agency, are disgusted by the ruling.',
        'The lawsuit was filed by Defenders of Otters and two other groups.',
      ),
    ).toEqual([['Defenders of Otters', 'Defenders of the Otters']]);
    // Controls: one way of writing it; an article before the name, not inside it.
    expect(
      group(
        'Defenders of Otters, who sued the agency, are disgusted by the ruling.',
        'The lawsuit was filed by the Defenders of Otters and two other groups.',
      ),
    ).toEqual([]);
    // A title is no such name (`Commissioner of Fisheries`), nor a sentence whose opening word the
    // outlet also writes in lower case (`Keepers of the Otters` / `the keepers`).
    expect(
      group(
        'The Commissioner of the Fisheries said the otters were safe.',
        'The Commissioner of Fisheries said the otters were safe.',
      ),
    ).toEqual([]);
    expect(
      group(
        'Keepers of the Otters said the otters were safe, and the keepers would stay.',
        'Keepers of Otters said the otters were safe, and the keepers would stay.',
      ),
    ).toEqual([]);
    const fact = pair('Residents thanked Friends for Velmar Otters on Monday.', 'No figures.').facts!.find(
      (f) => f.rule === 'fact:name-of-phrase',
    );
    expect(fact).toEqual(
      expect.objectContaining({ value: 'Friends for Velmar Otters', text: 'Friends for Velmar Otters' }),
    );
  });

  it('one acronym spelled out two ways is a name discrepancy; a bracketed aside is not', () => {
    const fund = (b: string) =>
      pair(
        'The Velmar Dairy Loan Fund (VDLF) lent the creamery $2 million.',
        `${b} lent the creamery $2 million.`,
      );
    const two = kinds(fund('The VDLF (Valley Dairy Loan Fund)'), 'spelling');
    expect(two.map((x) => x.values.map((v) => v.normalized).sort())).toEqual([
      ['Valley Dairy Loan Fund', 'Velmar Dairy Loan Fund'],
    ]);
    expect(kinds(fund('The Velmar Dairy Loan Fund (VDLF)'), 'spelling')).toEqual([]);
    expect(kinds(fund('The fund (VDLF) of Corvel Town'), 'spelling')).toEqual([]);
  });

  it('reports one name written two ways across outlets, with each way where it is written', () => {
    const d = pair(
      'The State Fire Marshal is investigating the Corvel warehouse fire.',
      'The State Fire Marshall is investigating the Corvel warehouse fire.',
    );
    const names = kinds(d, 'spelling');
    expect(names).toHaveLength(1);
    expect(names[0]!.values.map((v) => v.text).sort()).toEqual(['State Fire Marshal', 'State Fire Marshall']);
  });
});

describe('every discrepancy and brief item points at text its documents hold', () => {
  it('holds for arbitrary pairs of fictional outlets (seeded)', () => {
    const sentence = fc
      .tuple(
        fc.constantFrom('Maria Lopez, 41,', 'Anton Berel of Velmar', 'The State Fire Marshal', 'Rescuers'),
        fc.constantFrom('said', 'reportedly said', 'denied that'),
        fc.constantFrom('12', 'at least 12', 'nine', '8.7', 'about 300'),
        fc.constantFrom('fishermen were rescued', 'acres burned', 'workers were injured'),
        fc.constantFrom('on Tuesday', 'in 2009', 'at 3:30 a.m.', ''),
      )
      .map(([who, verb, n, what, when]) => `${who} ${verb} ${n} ${what} ${when}.`.replace(/ \./, '.'));
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 1, maxLength: 3 }),
        fc.array(sentence, { minLength: 1, maxLength: 3 }),
        (a, b) => {
          const d = pair(a.join(' '), b.join(' '));
          const text = new Map(d.documents.map((x) => [x.id, x.text]));
          for (const x of d.discrepancies)
            for (const v of x.values) expect(text.get(v.doc)!.slice(v.start, v.end)).toBe(v.text);
          for (const f of d.facts ?? []) expect(text.get(f.doc)!.slice(f.start, f.end)).toBe(f.text);
          for (const item of d.brief)
            expect(item.docs.some((doc) => text.get(doc)!.includes(item.text))).toBe(true);
          for (const c of d.claims)
            for (const m of c.members) expect(text.get(m.doc)!.slice(m.start, m.end)).toBe(m.text);
        },
      ),
      { seed: 20261201, numRuns: 40 },
    );
  });
});

describe('denials', () => {
  const camp = (third: string) =>
    analyzeTexts([
      {
        location: 'a.txt',
        text: 'Camp report\n\nThe army bombed the Velmar refugee camp on Sunday, killing nine people, witnesses said.\n',
      },
      {
        location: 'b.txt',
        text: 'Camp update\n\nThe army bombed the Velmar refugee camp on Sunday, residents told reporters.\n',
      },
      { location: 'c.txt', text: `Army statement\n\n${third}\n` },
    ]);
  it('a denial joins the claim it denies, which is shown as contested', () => {
    const d = camp('The army denied it carried out the strike on the Velmar refugee camp.');
    const claim = d.claims.find((c) => /bombed/.test(c.text))!;
    expect(claim.members.map((m) => m.certainty)).toContain('denied');
    expect(claim.contested).toBe(true);
  });
  it('a denial in short words joins the claim its own article reported just before it', () => {
    const d = (denial: string) =>
      analyzeTexts([
        {
          location: 'a.txt',
          text: 'Camp report\n\nThe Orlen army bombed the Velmar refugee camp on Sunday, killing nine people, witnesses said.\n',
        },
        {
          location: 'b.txt',
          text: `Camp update\n\nThe Orlen army bombed the Velmar refugee camp on Sunday, according to local officials.\n${denial}\n`,
        },
      ]);
    const contested = d('The army denied it carried out the strike.').claims.find((c) =>
      /bombed/.test(c.text),
    )!;
    expect(contested.members.map((m) => m.certainty)).toContain('denied');
    expect(contested.contested).toBe(true);
    // Control: a denial that shares no word with what the article reported answers something else.
    const other = d('The ministry denied any budget cuts.').claims.find((c) => /bombed/.test(c.text))!;
    expect(other.members.map((m) => m.certainty)).not.toContain('denied');
  });
  it('control: a denial of something else joins nothing, and denouncing is not denying', () => {
    const other = camp('The finance ministry denied that the Corvel budget had been cut.');
    expect(other.claims.every((c) => !c.members.some((m) => m.certainty === 'denied'))).toBe(true);
    expect(other.claims.some((c) => c.contested)).toBe(false);
    const denounced = camp('The minister denounced the bombing of the Velmar refugee camp on Sunday.');
    expect(denounced.claims.some((c) => c.contested)).toBe(false);
  });
});

describe('counts read in general news language', () => {
  it('a count without a number allows the range its word means: `several` is more than two', () => {
    const d = (b: string) =>
      pair('Fleeing the Corvel depot, the driver struck two other vehicles, police said.', b);
    const several = kinds(
      d('Fleeing the Corvel depot, the driver struck several cars, a witness said.'),
      ...FIGURES,
    );
    expect(several.map((x) => x.values.map((v) => v.text).sort())).toEqual([
      ['several cars', 'two other vehicles'],
    ]);
    expect(
      several[0]!.values.some((v) => (v.normalized as { rule: string }).rule === 'fact:vague-count'),
    ).toBe(true);
    // Control: `a couple of cars` allows two.
    expect(
      kinds(d('Fleeing the Corvel depot, the driver struck a couple of cars, a witness said.'), ...FIGURES),
    ).toEqual([]);
  });

  it('an outlet that states both values in one sentence is not contradicting either', () => {
    const d = (a: string) => pair(a, 'The Velmar judge gave Dorn four consecutive prison terms on Friday.');
    expect(
      kinds(d('The Velmar judge gave Dorn seven prison terms and four further terms on Friday.'), ...FIGURES),
    ).toEqual([]);
    expect(kinds(d('The Velmar judge gave Dorn seven prison terms on Friday.'), ...FIGURES)).toHaveLength(1);
  });

  it('the second number of a vote or score is no count, and a participle is not what is counted', () => {
    const d = pair(
      'The Velmar jury deadlocked 9-3 on Friday, with nine voting for the longer term.',
      'The Velmar jury deadlocked on Friday, with three voting against the longer term.',
    );
    expect(kinds(d, ...FIGURES)).toEqual([]);
    expect(d.facts!.some((f) => f.kind === 'count' && /^3\b/.test(f.text))).toBe(false);
    // Control: a count of people killed is still read.
    const toll = pair('Three people died in the Velmar crash.', 'Four people died in the Velmar crash.');
    expect(kinds(toll, ...FIGURES)).toHaveLength(1);
  });
});

describe('certainty drift: a hedge weakens what it governs', () => {
  const drift = (hedged: string) =>
    analyzeTexts([
      {
        location: 'a.txt',
        text: 'Warehouse report\n\nThe Corvel warehouse was a total loss after the fire on Monday.\n',
      },
      { location: 'b.txt', text: `Warehouse update\n\n${hedged}\n` },
    ]).discrepancies.filter((x) => x.kind === 'certainty');
  it('`will likely be a total loss` against `was a total loss` is drift', () => {
    expect(
      drift('The Corvel warehouse will likely be a total loss after the fire on Monday, the chief said.'),
    ).toHaveLength(1);
  });
  it('control: a hedge on something else in the sentence is not drift about the shared fact', () => {
    expect(
      drift('The Corvel warehouse owner may sue after the fire on Monday left the warehouse a total loss.'),
    ).toEqual([]);
  });
});

describe('address lines', () => {
  it('a URL line is never a member of a claim', () => {
    const d = analyzeTexts([
      {
        location: 'a.txt',
        text: 'http://velmar-news.example/2024/05/harbour-fire-destroys-warehouse\nHarbour fire destroys warehouse\n\nA fire destroyed the Corvel warehouse in Velmar on Monday.\n',
      },
      {
        location: 'b.txt',
        text: 'http://corvel-times.example/harbour-fire-destroys-warehouse\nWarehouse destroyed\n\nA fire destroyed the Corvel warehouse in Velmar on Monday, officials said.\n',
      },
    ]);
    const texts = d.claims.flatMap((c) =>
      c.members.map((m) => d.documents.find((x) => x.id === m.doc)!.text.slice(m.start, m.end)),
    );
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.some((t) => /^https?:/.test(t))).toBe(false);
  });
});

describe('what a count is of', () => {
  it('one against several only in one event: the same verb acts on the phrases', () => {
    const d = (b: string) =>
      pair('A Delmar shell company opened an account at the Tarnovia bank, officials said.', b);
    const several = kinds(
      d('Delmar shell companies opened accounts at the Tarnovia bank, officials said.'),
      'count',
    );
    expect(several.map((x) => x.values.map((v) => v.text).sort())).toEqual([
      ['A Delmar shell company', 'Delmar shell companies'],
    ]);
    // Control: the plural in another event (they are registered there) is no count of the first.
    expect(
      kinds(d('Delmar shell companies are registered at the Tarnovia bank, officials said.'), 'count'),
    ).toEqual([]);
  });
});

describe('counted nouns of one kind', () => {
  it('homes and houses, firefighters and firemen count one kind of thing', () => {
    const d = (b: string) => pair('The storm destroyed three homes in Velmar on Sunday, officials said.', b);
    expect(
      kinds(d('The storm destroyed five houses in Velmar on Sunday, officials said.'), 'count'),
    ).toHaveLength(1);
    // Control: another kind of thing is another count.
    expect(kinds(d('The storm destroyed five barns in Velmar on Sunday, officials said.'), 'count')).toEqual(
      [],
    );
    const f = (b: string) => pair('Forty firefighters fought the blaze at the Velmar depot on Sunday.', b);
    expect(kinds(f('Sixty firemen fought the blaze at the Velmar depot on Sunday.'), 'count')).toHaveLength(
      1,
    );
    expect(kinds(f('Sixty volunteers fought the blaze at the Velmar depot on Sunday.'), 'count')).toEqual([]);
  });
});

describe('hedge scope', () => {
  it('a hedge reaches past a light verb and a sentence-adverb comma, and one word in two forms is one', () => {
    const drift = (hedged: string) =>
      analyzeTexts([
        {
          location: 'a.txt',
          text: 'Funds report\n\nVelmar released the frozen Corvel funds on Monday.\n',
        },
        { location: 'b.txt', text: `Funds update\n\n${hedged}\n` },
      ]).discrepancies.filter((x) => x.kind === 'certainty');
    expect(
      drift('Velmar has likely helped Corvel release the frozen Corvel funds on Monday, officials said.'),
    ).toHaveLength(1);
    expect(
      drift('Reportedly, Velmar released the frozen Corvel funds on Monday, officials said.'),
    ).toHaveLength(1);
    // Control: a hedge on another predicate (`may appeal`) is not drift about the release.
    expect(
      drift('Velmar may appeal after it released the frozen Corvel funds on Monday, officials said.'),
    ).toEqual([]);
    expect(sameRoot('seize', 'seized')).toBe(true);
    expect(sameRoot('loss', 'lost')).toBe(false);
  });
});

describe('a sentence that sets one figure against another', () => {
  it('`contradicting earlier reports of four` is no agreement with four; `four of them` is', () => {
    const d = (b: string) =>
      pair('Four people were injured in the Corvel warehouse fire, the brigade said.', b);
    expect(
      kinds(
        d(
          'Six workers were injured in the Corvel warehouse fire, contradicting earlier reports of four injuries.',
        ),
        ...FIGURES,
      ),
    ).toHaveLength(1);
    // Control: a sub-group in the same sentence agrees with the other outlet's figure.
    expect(
      kinds(
        d('Six workers were injured in the Corvel warehouse fire, and four injuries were serious.'),
        ...FIGURES,
      ),
    ).toEqual([]);
  });
  it('every discrepancy names the comparison that decided it', () => {
    const d = pair(
      'Twelve people were killed in the Velmar crash.',
      'Fourteen people were killed in the Velmar crash.',
    );
    expect(d.discrepancies.length).toBeGreaterThan(0);
    expect(d.discrepancies.every((x) => /^compare:/.test(x.rule ?? ''))).toBe(true);
  });
});

describe('spans of time', () => {
  it('are compared by the activity they measure, in the unit written: `deliberated for 40 hours` against `30 hours of deliberation`', () => {
    const d = (b: string) =>
      pair('The Velmar jury deliberated for 40 hours before the verdict on Friday.', b);
    expect(
      kinds(d('The Velmar jury reached its verdict on Friday after 30 hours of deliberation.'), ...FIGURES),
    ).toHaveLength(1);
    // Controls: `more than 30 hours` allows 40; two days of deliberation are not a number of hours of it; a span of another activity is another figure.
    expect(
      kinds(
        d('The Velmar jury reached its verdict on Friday after more than 30 hours of deliberation.'),
        ...FIGURES,
      ),
    ).toEqual([]);
    expect(
      kinds(d('The Velmar jury reached its verdict on Friday after two days of deliberation.'), ...FIGURES),
    ).toEqual([]);
    expect(
      kinds(d('The Velmar jury heard evidence for 30 hours before the verdict on Friday.'), ...FIGURES),
    ).toEqual([]);
  });
});

describe('spans in two units', () => {
  it('are compared in the smaller unit, with the rounding the larger one signals: 12 days against three weeks', () => {
    const d = (a: string, b: string) =>
      texts(
        pair(
          `The ferry strike in Velmar has lasted ${a}, the union said on Friday.`,
          `The ferry strike in Velmar has lasted ${b}, the union said on Friday.`,
        ),
        ...FIGURES,
      );
    expect(d('12 days', 'three weeks')).toEqual([['12 days', 'three weeks']]);
    expect(d('45 minutes', 'two hours')).toEqual([['45 minutes', 'two hours']]);
    // Controls: two weeks are 14 days; `more than two weeks` allows 16 days; about two hours allow 110 minutes.
    expect(d('14 days', 'two weeks')).toEqual([]);
    expect(d('more than two weeks', '16 days')).toEqual([]);
    expect(d('110 minutes', 'about two hours')).toEqual([]);
  });
});

describe('magnitudes', () => {
  const quake = (a: string, b: string) => kinds(pair(a, b), ...FIGURES);
  it('a magnitude written before or after the figure is one measure: 6.1 against 6.4 differs', () => {
    const d = quake(
      'A magnitude 6.1 earthquake struck off the coast of Velmar on Tuesday.',
      'The 6.4-magnitude quake struck off the coast of Velmar on Tuesday, seismologists said.',
    );
    expect(d.map((x) => x.values.map((v) => v.text).sort())).toEqual([['6.1', '6.4']]);
  });
  it('control: the same magnitude in two notations, or a rounder one, is none; a magnitude is no count', () => {
    expect(
      quake(
        'A magnitude 6.1 earthquake struck off the coast of Velmar on Tuesday.',
        'The 6.1-magnitude quake struck off the coast of Velmar on Tuesday, seismologists said.',
      ),
    ).toEqual([]);
    expect(
      quake(
        'A magnitude 6.1 earthquake struck off the coast of Velmar on Tuesday.',
        'A magnitude 6 quake struck off the coast of Velmar on Tuesday, seismologists said.',
      ),
    ).toEqual([]);
    const d = pair('A magnitude 6.1 earthquake struck off the coast of Velmar on Tuesday.', 'Nothing else.');
    expect((d.facts ?? []).filter((f) => f.kind === 'count')).toEqual([]);
  });
});

describe('sums no noun names', () => {
  it('are compared between two sentences that state one claim: `stole $2 million` against `took $3 million`', () => {
    const heist = (b: string) =>
      kinds(pair('The robbers stole $2 million from the Corvel bank vault on Friday night.', b), 'quantity');
    expect(heist('The robbers took $3 million from the Corvel bank vault on Friday night.')).toHaveLength(1);
    // Control: a sum in a sentence telling something else.
    expect(heist('The Corvel bank paid $3 million to its shareholders in the spring.')).toEqual([]);
  });
});

describe('weekdays', () => {
  const day = (a: string, b: string) =>
    kinds(
      pair(
        `The fire broke out at the Corvel warehouse ${a}, officials said.`,
        `The fire broke out at the Corvel warehouse ${b}, officials said.`,
      ),
      'date',
    );
  it('two weekdays for one statement differ: days apart, or the same part of two days', () => {
    expect(day('on Tuesday', 'on Thursday')).toHaveLength(1);
    expect(day('on Tuesday morning', 'on Wednesday morning')).toHaveLength(1);
  });
  it('control: a night meets the next morning, two days in a row may be two time zones, other events are not compared', () => {
    expect(day('late on Tuesday', 'early Wednesday')).toEqual([]);
    expect(day('on Tuesday', 'on Wednesday')).toEqual([]);
    expect(day('on Tuesday', 'on Tuesday night')).toEqual([]);
    expect(
      kinds(
        pair(
          'The fire broke out at the Corvel warehouse on Tuesday, officials said.',
          'The owner of the Corvel warehouse spoke to reporters on Thursday about insurance.',
        ),
        'date',
      ),
    ).toEqual([]);
  });
});

describe('what a sum is in', () => {
  it('`$40 million in jewels` is about the jewels, as `jewels valued at $50 million` is', () => {
    const stole = (b: string) =>
      kinds(pair('Thieves stole $40 million in jewels from the Corvel store on Monday.', b), 'quantity');
    expect(stole('Thieves stole jewels valued at $50 million from the Corvel store on Monday.')).toHaveLength(
      1,
    );
    // Control: a sum in something else.
    expect(stole('Thieves also took $50 million in cash from the Corvel store on Monday.')).toEqual([]);
  });
  it('a figure for one month is not a figure for another; a sum each one gets is not a total', () => {
    const figures = (a: string, b: string) => kinds(pair(a, b, DATED, 'en'), ...FIGURES);
    expect(
      figures(
        'Velmar Air carried 2 million passengers in March, the airline said.',
        'Velmar Air said it flew 1.8 million passengers in February.',
      ),
    ).toEqual([]);
    expect(
      figures(
        'Velmar Air carried 2 million passengers in March, the airline said.',
        'Velmar Air said it flew 1.8 million passengers in March.',
      ),
    ).toHaveLength(1);
    expect(
      figures(
        'Each of the four winners will receive $250,000 from the Velmar prize fund.',
        'The Velmar prize fund will pay out $1 million to its four winners.',
      ),
    ).toEqual([]);
    expect(
      figures(
        'The four winners will receive $250,000 from the Velmar prize fund.',
        'The Velmar prize fund will pay out $1 million to its four winners.',
      ),
    ).toHaveLength(1);
  });

  it('a sum for one thing is not a sum for another; for the same thing it is', () => {
    const approved = (b: string) =>
      kinds(pair('The Velmar council approved $5 million for road repairs on Monday.', b), ...FIGURES);
    expect(approved('The Velmar council approved $3 million for a new bridge on Monday.')).toEqual([]);
    expect(approved('The Velmar council approved $3 million for road repairs on Monday.')).toHaveLength(1);
  });
});

describe('shares', () => {
  it('a share of one thing differs: 89 against 95 percent of the vote', () => {
    const vote = (b: string) =>
      kinds(
        pair("Aram Velt won 89 percent of the vote in Sunday's election in Velmar, officials said.", b),
        'quantity',
      );
    expect(
      vote("Aram Velt was re-elected with 95 percent of the vote in Sunday's election in Velmar."),
    ).toHaveLength(1);
    // Controls: a bare percentage (turnout) is not read; the same share rounded is no conflict.
    expect(vote("Turnout in Sunday's election in Velmar was 95 percent, officials said.")).toEqual([]);
    expect(
      vote("Aram Velt was re-elected with 89.2 percent of the vote in Sunday's election in Velmar."),
    ).toEqual([]);
  });
});

describe('figures written as adjectives', () => {
  it('`a four-alarm fire` against `a five-alarm blaze`, `12-storey` against `14-story`', () => {
    const fire = (a: string, b: string) =>
      kinds(
        pair(
          `Firefighters battled ${a} at the Corvel warehouse overnight.`,
          `Firefighters battled ${b} at the Corvel warehouse overnight.`,
        ),
        'quantity',
      );
    expect(fire('a four-alarm fire', 'a five-alarm blaze')).toHaveLength(1);
    expect(fire('a fire in the 12-storey tower', 'a fire in the 14-story tower')).toHaveLength(1);
    // Controls: one figure in digits and words, in two spellings.
    expect(fire('a four-alarm fire', 'a 4-alarm blaze')).toEqual([]);
    expect(fire('a fire in the 12-storey tower', 'a fire in the 12-story tower')).toEqual([]);
  });
});

describe('ages written other ways', () => {
  const age = (a: string, b: string) => kinds(pair(a, b), 'age');
  it('an age at death, `aged`, or in brackets is the age of the person named before it', () => {
    const died = 'The actress Dora Velt died on Thursday at the age of 85 at her home in Corvel.';
    expect(
      age(died, 'Dora Velt, aged 87, died on Thursday at her home in Corvel, her agent said.'),
    ).toHaveLength(1);
    expect(age(died, 'Dora Velt (88) died on Thursday at her home in Corvel, her agent said.')).toHaveLength(
      1,
    );
    expect(age(died, 'Dora Velt died aged 87 on Thursday at her home in Corvel.')).toHaveLength(1);
  });
  it('control: the same age, and a time of death, are no conflict', () => {
    const died = 'The actress Dora Velt died on Thursday at the age of 85 at her home in Corvel.';
    expect(age(died, 'Dora Velt (85) died on Thursday at her home in Corvel, her agent said.')).toEqual([]);
    expect(age(died, 'Dora Velt, 85, died at 7 p.m. on Thursday at her home in Corvel.')).toEqual([]);
    expect(
      pair('Dora Velt died at 7 p.m. on Thursday at her home in Corvel.', 'Nothing.').facts?.filter(
        (f) => f.kind === 'age',
      ),
    ).toEqual([]);
  });
});

describe('ages said within days of each other', () => {
  const obit = (b: string, published: [string, string]) =>
    kinds(
      pair(
        'The actress Dora Velt died on Thursday at her home in Corvel, her agent said. She was 85.',
        b,
        published,
      ),
      'age',
    );
  it('`She was 85.` is the age of the one person named before it; 85 against 86 a week apart is a conflict', () => {
    const d = obit('Dora Velt, 86, died on Thursday at her home in Corvel.', ['2024-03-08', '2024-03-09']);
    expect(d).toHaveLength(1);
    expect(d[0]!.values.map((v) => (v.normalized as { rule: string }).rule).sort()).toEqual([
      'fact:age-alone',
      'fact:age-apposition',
    ]);
  });
  it('undated reports of one story are read as days apart: 85 against 86 is a conflict a birthday could explain (figure:undated-ages-exact)', () => {
    const d = kinds(
      pair(
        'The actress Dora Velt died on Thursday at her home in Corvel. She was 85.',
        'Dora Velt, 86, died on Thursday at her home in Corvel.',
      ),
      'age',
    );
    expect(d).toHaveLength(1);
    expect(d[0]!.note).toMatch(/a birthday between the reports would explain it$/);
  });
  it('control: a year apart, a birthday may lie between; two people before it name no one', () => {
    expect(
      obit('Dora Velt, 86, died on Thursday at her home in Corvel.', ['2023-03-08', '2024-03-09']),
    ).toEqual([]);
    const two = pair(
      'Dora Velt and her husband Piet Velt died in Corvel on Thursday. She was 85.',
      'Nothing.',
      ['2024-03-08', '2024-03-09'],
    );
    expect(two.facts?.filter((f) => f.kind === 'age')).toEqual([]);
  });
});

describe('figures that name no one in particular, or a whole', () => {
  it('ages of `a man` are compared only when the sentences tell one thing: victim and suspect are two men', () => {
    const victim =
      'A 34-year-old man was stabbed outside the Velmar bar on Saturday night and taken to hospital.';
    const ages = (b: string) => kinds(pair(victim, b), 'age');
    expect(
      ages(
        'Police said on Sunday they had arrested a 19-year-old man from Corvel in connection with the stabbing, and he was being questioned by detectives.',
      ),
    ).toEqual([]);
    // Control: the same stabbing told twice with two ages.
    expect(
      ages('A 43-year-old man was stabbed outside the Velmar bar late on Saturday and taken to hospital.'),
    ).toHaveLength(1);
  });
  it('a figure for a whole (`worldwide`, `nationwide`) is not the figure of the part the story is about', () => {
    const staff = (b: string) =>
      kinds(pair('The Corvel plant in Velmar employs 1,200 workers, the company said.', b), ...FIGURES);
    expect(
      staff('The company, which employs 45,000 workers worldwide, said the Corvel plant would close.'),
    ).toEqual([]);
    // Control: the plant's workforce given as another number.
    expect(staff('The company said the Corvel plant in Velmar employs 2,100 workers.')).toHaveLength(1);
  });
});

describe('headlines against bodies', () => {
  // Each outlet's first line is its headline (the pair helper's own titles are replaced).
  const outlets = (a: string, b: string): Dossier =>
    analyzeTexts([
      { location: 'one.txt', text: `${a}\n` },
      { location: 'two.txt', text: `${b}\n` },
    ]);
  const body = (sum: string) =>
    `Velmar jewellery heist\n\nThieves stole jewels worth ${sum} from the Corvel store in Velmar overnight, police said.`;
  const head =
    'Thieves Steal $2 Million In Jewels From Velmar Store\n\nThieves broke into the Corvel jewellery store in Velmar overnight, police said.';
  it('a Title Case headline is read in lower case: `$2 Million In Jewels` against $1.5 million worth of jewels', () => {
    const d = outlets(head, body('$1.5 million'));
    expect(kinds(d, ...FIGURES)).toHaveLength(1);
    // Read once, though the headline is both a block and a unit of its own.
    expect(d.facts?.filter((f) => f.text === '$2 Million')).toHaveLength(1);
  });
  it('control: the same sum in the body', () => {
    expect(kinds(outlets(head, body('$2 million')), ...FIGURES)).toEqual([]);
  });
  it('a headline repeating the figure its body sets against an earlier one does not make it two things', () => {
    const union = (n: string) =>
      kinds(
        outlets(
          'Corvel warehouse fire\n\nFour people were injured in the Corvel warehouse fire, officials said.',
          `Corvel fire: ${n} injured, says union\n\n${n[0]!.toUpperCase() + n.slice(1)} workers were injured in the Corvel warehouse fire, the union said, contradicting earlier reports of four injuries.`,
        ),
        ...FIGURES,
      );
    expect(union('six')).toHaveLength(1);
    expect(union('four')).toEqual([]);
  });
  it('a headline age at death (`Dies At 85`) and a toll with its participle (`40 Killed As Ferry Sinks`)', () => {
    const obit = (n: number) =>
      kinds(
        outlets(
          'Pin-Up Legend Dora Velt Dies At 85\n\nDora Velt died on Thursday in Corvel, her agent said.',
          `Dora Velt obituary\n\nDora Velt, ${n}, died on Thursday in Corvel, her agent said.`,
        ),
        'age',
      );
    expect(obit(87)).toHaveLength(1);
    expect(obit(85)).toEqual([]);
    const ferry = (n: string) =>
      kinds(
        outlets(
          '40 Killed As Ferry Sinks Off Velmar Coast\n\nThe ferry capsized in rough seas off the Velmar coast on Sunday, the coast guard said.',
          `Ferry disaster off Velmar\n\n${n} people were killed when a ferry capsized in rough seas off the Velmar coast on Sunday, the coast guard said.`,
        ),
        ...FIGURES,
      );
    // `Twenty-eight` is 28, not eight.
    expect(ferry('Twenty-eight')).toHaveLength(1);
    expect(ferry('Forty')).toEqual([]);
  });
});

describe('more ways news counts people', () => {
  const counts = (a: string, b: string) => kinds(pair(a, b), ...FIGURES);
  it('`injured 14 others` is a toll of the injured; `the 40-strong crew` and `its crew of 25 on Monday` count the crew', () => {
    const others = (b: string) =>
      counts('The gunman killed two people and injured 14 others before police shot him, officials said.', b);
    expect(
      others(
        'Officials said the gunman killed two people and wounded 20 others before he was shot by police.',
      ),
    ).toHaveLength(1);
    expect(
      others(
        'Officials said the gunman killed two people and wounded 14 others before he was shot by police.',
      ),
    ).toEqual([]);
    const crew = (n: string) =>
      counts(
        'The 40-strong crew of the trawler was rescued by the coast guard.',
        `The coast guard rescued the trawler's crew of ${n} on Monday.`,
      );
    expect(crew('25')).toHaveLength(1);
    expect(crew('40')).toEqual([]);
  });
});

describe('a part of a total, and a crowd', () => {
  const figures = (a: string, b: string) => kinds(pair(a, b), ...FIGURES);
  it('`54 of the 100 seats` is 54 seats, not 100', () => {
    const seats = (n: number) =>
      figures(
        'The Liberal Party won 52 seats in the Velmar election on Sunday, officials said.',
        `The Liberal Party secured ${n} of the 100 seats in the Velmar election on Sunday, according to official results.`,
      );
    const d = seats(54);
    expect(d).toHaveLength(1);
    expect(d[0]!.values.map((v) => v.text).sort()).toEqual(['52 seats', '54 of the 100 seats']);
    expect(d[0]!.values.map((v) => (v.normalized as { rule: string }).rule).sort()).toEqual([
      'fact:count-noun',
      'fact:count-part-of-total',
    ]);
    // Control: the same number of seats out of the total.
    expect(seats(52)).toEqual([]);
  });
  it('`a crowd of 45,000 watched` counts those who watched, as `54,000 fans` does', () => {
    const crowd = (n: string) =>
      figures(
        'A crowd of 45,000 watched Velmar United beat Corvel City at the Harbour Stadium on Saturday.',
        `Velmar United beat Corvel City at the Harbour Stadium on Saturday, watched by ${n} fans.`,
      );
    expect(crowd('54,000')).toHaveLength(1);
    expect(crowd('45,000')).toEqual([]);
  });
});

describe('prison terms and fines', () => {
  const figures = (a: string, b: string) => kinds(pair(a, b), ...FIGURES);
  it('`a former bank manager was sentenced to 25 years`: `former` describes the manager, not the term', () => {
    const term = (who: string) =>
      figures(
        `${who} was sentenced on Thursday to 25 years in prison for stealing from three elderly clients.`,
        'Peter Vance, a former bank manager, was jailed for 30 years on Thursday for stealing from three elderly clients.',
      );
    expect(term('A former bank manager')).toHaveLength(1);
    // Control: a term the words before it say is not the one imposed now.
    expect(
      figures(
        'Peter Vance had served a previous 25-year term for fraud, the court heard on Thursday.',
        'Peter Vance was jailed for 30 years on Thursday for stealing from three elderly clients.',
      ),
    ).toEqual([]);
  });
  it('`fined him $15,000` is a fine, as `a fine of $50,000` is', () => {
    const fine = (sum: string) =>
      figures(
        'Judge Anna Harlow ordered Peter Vance to pay a fine of $50,000 on Thursday.',
        `Judge Anna Harlow fined Peter Vance ${sum} on Thursday.`,
      );
    expect(fine('$15,000')).toHaveLength(1);
    expect(fine('$50,000')).toEqual([]);
  });
});

describe('a name after a title', () => {
  it('`Interior Minister Paul Hadley` is a name though no entity is read from the run of capitals', () => {
    const minister = (name: string) =>
      kinds(
        pair(
          'Interior Minister Paul Hadley said rescue teams were still searching collapsed buildings in three villages.',
          `Interior Minister ${name} said more than 200 people had been injured in the earthquake.`,
        ),
        'spelling',
      );
    const d = minister('Paul Hadly');
    expect(d).toHaveLength(1);
    expect(d[0]!.values.map((v) => v.text).sort()).toEqual(['Paul Hadley', 'Paul Hadly']);
    // Control: one spelling.
    expect(minister('Paul Hadley')).toEqual([]);
  });
});

describe('one or several, of a source or of a thing', () => {
  it('`according to a local official` against `local officials said` describes the source; a shell company against shell companies is a count', () => {
    const official = kinds(
      pair(
        'An air strike on a market in Brask killed at least 18 civilians on Thursday, according to a local official.',
        'Local officials said an air strike on a market in Brask killed at least 18 civilians on Thursday.',
      ),
      'count',
      'source',
    );
    expect(official.map((x) => x.kind)).toEqual(['source']);
    // Control: the same grammatical number difference about a thing of the story.
    const company = kinds(
      pair(
        'The money was moved through a shell company registered in Brask, investigators said on Thursday.',
        'The money was moved through shell companies registered in Brask, investigators said on Thursday.',
      ),
      'count',
      'source',
    );
    expect(company.map((x) => x.kind)).toEqual(['count']);
  });
});

describe('protesters', () => {
  it('people who marched are protesters; protesters killed are counted among the dead', () => {
    const crowd = (n: string) =>
      kinds(
        pair(
          'About 10,000 people marched through central Velmar on Saturday against the pension law.',
          `Some ${n} protesters took to the streets of Velmar on Saturday against the pension law.`,
        ),
        ...FIGURES,
      );
    expect(crowd('100,000')).toHaveLength(1);
    expect(crowd('10,000')).toEqual([]);
    const dead = (n: string) =>
      kinds(
        pair(
          'Three protesters were killed in clashes with police in Velmar on Saturday.',
          `Police said ${n} people were killed in the clashes in Velmar on Saturday.`,
        ),
        ...FIGURES,
      );
    expect(dead('five')).toHaveLength(1);
    // Control: the same toll.
    expect(dead('three')).toEqual([]);
  });
});

describe('people counted by what befell them', () => {
  it('suspects, hostages and pirates are people: six suspects arrested against eight people arrested', () => {
    const riot = (b: string) =>
      kinds(pair('Police arrested six suspects after the riot in Velmar on Friday.', b), 'count');
    expect(riot('Eight people were arrested after the riot in Velmar on Friday, police said.')).toHaveLength(
      1,
    );
    // Control: people injured are another figure than suspects arrested.
    expect(riot('Eight people were injured in the riot in Velmar on Friday, police said.')).toEqual([]);
  });
});

describe('rates, the figure a change starts from, and a part after `including`', () => {
  it('a rate (`$8 million a year`) is not a total, nor compared with one; two rates are', () => {
    const cost = (b: string) =>
      texts(
        pair('The Leeds project will cost $40 million over five years, the council said.', b),
        ...FIGURES,
      );
    expect(cost('The Leeds project will cost $8 million a year, the council said.')).toEqual([]);
    // Controls: two totals differ; two rates differ; `a day after` is no rate.
    expect(cost('The Leeds project will cost $50 million over five years, the council said.')).toHaveLength(
      1,
    );
    expect(
      texts(
        pair(
          'Corvel will pay $40 million a year for the Leeds site, officials said.',
          'Corvel will pay $50 million a year for the Leeds site, officials said.',
        ),
        ...FIGURES,
      ),
    ).toHaveLength(1);
    expect(
      texts(
        pair(
          'The quake killed 12 people a day after the storm, officials said.',
          'The quake killed 15 people, officials said.',
        ),
        ...FIGURES,
      ),
    ).toHaveLength(1);
  });
  it('the figure a change starts from (`up from $2 million`) is the earlier figure', () => {
    const earned = (b: string) =>
      texts(
        pair(
          'Corvel earned $3 million in the quarter, up from $2 million a year earlier, the company said.',
          b,
        ),
        ...FIGURES,
      );
    expect(earned('Corvel earned $3 million in the quarter, the company said.')).toEqual([]);
    // Control: another figure for the quarter is reported.
    expect(earned('Corvel earned $2.5 million in the quarter, the company said.')).toEqual([
      ['$2.5 million', '$3 million'],
    ]);
  });
  it('a part after `including` with no noun of its own (`21 goals, including two on Sunday`)', () => {
    const goals = (a: string) =>
      texts(pair(a, 'Leon Abara scored two goals on Sunday, his coach said.'), ...FIGURES);
    expect(goals('Leon Abara scored 21 goals this season, including two on Sunday, his coach said.')).toEqual(
      [],
    );
    // Control: another figure of the part is reported.
    expect(
      goals('Leon Abara scored 21 goals this season, including five on Sunday, his coach said.'),
    ).toHaveLength(1);
  });
});

describe('a month told from publication', () => {
  it('`next month` in a report of March is April: against `in June` it differs, against `in April` not', () => {
    const close = (b: string) =>
      texts(
        pair('The Corvel plant in Leeds will close next month, workers said.', b, [
          '2031-03-06',
          '2031-03-06',
        ]),
        'date',
      );
    expect(close('The Corvel plant in Leeds will close in June, workers said.')).toEqual([
      ['June', 'next month'],
    ]);
    expect(close('The Corvel plant in Leeds will close in April, workers said.')).toEqual([]);
  });
});

describe('which of a holder’s titles or terms', () => {
  it('`her third Oscar` against `her second Oscar` of one statement; not an earlier title dated in its year', () => {
    const won = (a: string, b: string) => texts(pair(a, b), ...FIGURES);
    expect(won('Ann Roe won her third Oscar on Sunday.', 'Ann Roe won her second Oscar on Sunday.')).toEqual([
      ['second', 'third'],
    ]);
    expect(
      won(
        'Ann Roe won a second term as mayor of Leeds on Sunday.',
        'Ann Roe won a third term as mayor of Leeds on Sunday.',
      ),
    ).toEqual([['second', 'third']]);
    // Controls: the first title in its year is an earlier event; the same ordinal agrees.
    expect(
      won(
        'Tom Vale won his first title in 2020 and his second in 2022.',
        'Tom Vale won his second title in 2022, his agent said.',
      ),
    ).toEqual([]);
    expect(
      won('Ann Roe won her third Oscar on Sunday.', 'Ann Roe won her third Oscar on Sunday night.'),
    ).toEqual([]);
  });
});

describe('measures written as adjectives in more units', () => {
  it('`a 4-inch screen` against `a 5-inch screen`, `8-megapixel` against `12-megapixel`; `4.3-inch` rounds to `4-inch`', () => {
    const spec = (a: string, b: string) =>
      texts(
        pair(`The Velo Aria has ${a}, the company said.`, `The Velo Aria has ${b}, the company said.`),
        ...FIGURES,
      );
    expect(spec('a 4-inch screen', 'a 5-inch screen')).toEqual([['4-inch', '5-inch']]);
    expect(spec('an 8-megapixel camera', 'a 12-megapixel camera')).toEqual([['12-megapixel', '8-megapixel']]);
    // Controls: a figure written whole allows what rounds to it; a measure of another noun is another figure.
    expect(spec('a 4-inch screen', 'a 4.3-inch screen')).toEqual([]);
    expect(spec('a 4-inch screen', 'a 5-inch speaker')).toEqual([]);
  });
});

describe('a percentage a comparative sizes', () => {
  it('`18 percent thinner` is the size of a comparison, not a level: two comparisons are compared by their word', () => {
    const slim = (a: string, b: string) => texts(pair(a, b), ...FIGURES);
    expect(
      slim(
        'The Velo Aria is 18 percent thinner and 20 percent lighter than its predecessor.',
        'The Velo Aria is 20 percent lighter than the old model, Velo said.',
      ),
    ).toEqual([]);
    // Control: one comparison sized two ways is reported.
    expect(
      slim(
        'The Velo Aria is 18 percent thinner than its predecessor.',
        'The Velo Aria is 25 percent thinner than the old model, Velo said.',
      ),
    ).toEqual([['18 percent', '25 percent']]);
  });
});

describe('parts of the day', () => {
  it('a part of the day a moment is told in is its hours: `Monday morning` against `9 p.m.` differs', () => {
    const blast = (a: string, b: string) => texts(pair(a, b, DATED), 'time');
    const morning = 'The blast hit the Corvel plant in Leeds on Monday morning, police said.';
    expect(
      blast(morning, 'The blast hit the Corvel plant in Leeds at 9 p.m. on Monday, police said.'),
    ).toEqual([['9 p.m.', 'Monday morning']]);
    // Controls: a time inside the morning; a part of the day that dates a statement, not the blast.
    expect(
      blast(morning, 'The blast hit the Corvel plant in Leeds at 9 a.m. on Monday, police said.'),
    ).toEqual([]);
    expect(
      blast(
        'Police said on Monday morning that the Corvel plant in Leeds was hit by a blast.',
        'The blast hit the Corvel plant in Leeds at 9 p.m. on Sunday, police said.',
      ),
    ).toEqual([]);
  });
});

describe('noon and midnight', () => {
  const at = (a: string, b: string) =>
    kinds(
      pair(
        `The gunman opened fire ${a} on Friday in the Corvel nightclub.`,
        `The gunman opened fire ${b} on Friday in the Corvel nightclub.`,
      ),
      'time',
    );
  it('are times of day: 10:15 p.m. against shortly before midnight differs', () => {
    expect(at('at 10:15 p.m.', 'shortly before midnight')).toHaveLength(1);
  });
  it('control: 11:55 p.m. is shortly before midnight, 12:05 a.m. shortly after it', () => {
    expect(at('at 11:55 p.m.', 'shortly before midnight')).toEqual([]);
    expect(at('at 12:05 a.m.', 'shortly after midnight')).toEqual([]);
  });
});

describe('short prison terms', () => {
  it('a term in days or weeks is a term: `90 days in jail` against 120; `two weeks` against `30 days`', () => {
    const jail = (a: string, b: string) => texts(pair(a, b), ...FIGURES);
    expect(
      jail(
        'Ann Roe will spend 90 days in jail, the judge ruled.',
        'Ann Roe will spend 120 days in jail, the judge ruled.',
      ),
    ).toEqual([['120 days', '90 days']]);
    expect(
      jail('Ann Roe was sentenced to two weeks in jail.', 'Ann Roe was sentenced to 30 days in jail.'),
    ).toEqual([['30 days', 'two weeks']]);
    // Controls: two weeks are 14 days; a span she could be out in is no term.
    expect(
      jail('Ann Roe was sentenced to two weeks in jail.', 'Ann Roe was sentenced to 14 days in jail.'),
    ).toEqual([]);
    expect(
      jail(
        'Ann Roe was sentenced to 90 days in jail but could be out in 30 days.',
        'Ann Roe was sentenced to 90 days in jail, the judge ruled.',
      ),
    ).toEqual([]);
  });
});

describe('prison terms', () => {
  const term = (a: string, b: string) => kinds(pair(a, b), 'quantity', 'update');
  it('two terms imposed on one person are a discrepancy, in any of the ways news writes them', () => {
    expect(
      term(
        'A judge in Velmar sentenced Anton Berel to 12 years in prison on Monday for the robbery.',
        'Anton Berel was given a 15-year prison sentence on Monday for the Velmar robbery.',
      ),
    ).toHaveLength(1);
  });
  it('control: a term faced or asked for, or another person’s term, is not compared', () => {
    expect(
      term(
        'A judge in Velmar sentenced Anton Berel to 12 years in prison on Monday for the robbery.',
        'Anton Berel had faced up to 20 years in prison for the Velmar robbery.',
      ),
    ).toEqual([]);
    expect(
      term(
        'A judge in Velmar sentenced Anton Berel to 12 years in prison on Monday for the robbery.',
        'His driver, Tomas Kell, was sentenced to five years in prison on Monday for the Velmar robbery.',
      ),
    ).toEqual([]);
  });
});

describe('headlines state figures too', () => {
  const story = (headline: string) =>
    analyzeTexts([
      {
        location: 'a.txt',
        text: `${headline}\n\nThe Corvel bridge in Velmar collapsed on Sunday morning during the rush hour.\n`,
      },
      {
        location: 'b.txt',
        text: 'Velmar bridge update\n\nFourteen people were killed when the Corvel bridge in Velmar collapsed on Sunday.\n',
      },
    ]);
  it("a headline's toll (`kills 12`) against another outlet's body (14 killed) is a discrepancy", () => {
    const d = story('Bridge collapse kills 12 in Velmar');
    const x = kinds(d, ...FIGURES);
    expect(x.map((e) => e.values.map((v) => v.text).sort())).toEqual([['12', 'Fourteen people']]);
    expect(d.facts!.find((f) => f.text === '12')).toMatchObject({ rule: 'fact:toll-verb', sentence: -1 });
  });
  it('control: the same toll, or a number of something else, is none', () => {
    expect(kinds(story('Bridge collapse kills 14 in Velmar'), ...FIGURES)).toEqual([]);
    expect(kinds(story('Bridge collapse kills 12 cattle in Velmar'), ...FIGURES)).toEqual([]);
  });
});

describe("the issue's false alarms are not reported, and their controls are", () => {
  const factual = (d: Dossier) =>
    d.discrepancies.filter((x) => !['single-outlet', 'certainty', 'source'].includes(x.kind));
  it('one amount in two notations or two currencies, one length in two spellings or units', () => {
    const grant = (b: string) =>
      pair('The Velmar council approved a grant of 12 million euros for the Corvel harbour on Monday.', b);
    expect(
      factual(grant('The Velmar council approved a grant of €12 million for the Corvel harbour on Monday.')),
    ).toEqual([]);
    expect(
      factual(grant('The Velmar council approved a grant of €15 million for the Corvel harbour on Monday.')),
    ).toHaveLength(1);
    const crane = (b: string) => pair('The Corvel crane toppled from a height of 40 metres on Monday.', b);
    expect(factual(crane('The Corvel crane toppled from a height of 40 meters on Monday.'))).toEqual([]);
    expect(factual(crane('The Corvel crane toppled from a height of 131 feet on Monday.'))).toEqual([]);
    expect(factual(crane('The Corvel crane toppled from a height of 60 meters on Monday.'))).toHaveLength(1);
    const converted = (b: string) =>
      pair('The Velmar council approved a grant of $10 million (€9 million) for the Corvel harbour.', b);
    expect(
      factual(converted('The Velmar council approved a grant of €9 million for the Corvel harbour.')),
    ).toEqual([]);
  });
  it('a vehicle type is no count, and relative times of different events are not compared', () => {
    expect(
      factual(
        pair(
          'Police said the gunman drove a 4x4 into the Corvel market on Monday.',
          'Police said the gunman drove a pickup truck into the Corvel market on Monday.',
        ),
      ),
    ).toEqual([]);
    expect(
      factual(
        pair(
          'The Corvel mayor resigned a month ago after the harbour scandal.',
          'The Corvel mayor was elected four months ago, before the harbour scandal.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('the time a figure holds for', () => {
  it('an age tied to an event is not compared with an age said at publication', () => {
    const d = (a: string) => pair(a, 'Ada Quill, 21, of Brindle, spoke to reporters at the pier on Monday.');
    expect(kinds(d('Ada Quill, 17 at the time of the crash, was driving the ferry.'), 'age')).toEqual([]);
    // Control: the same ages, both said at publication, disagree.
    expect(kinds(d('Ada Quill, 17, was driving the ferry.'), 'age')).toHaveLength(1);
  });

  it('an age said years later is that many years on (44 three years after 41)', () => {
    const d = (b: string) =>
      pair('Ada Quill, 41, of Brindle, runs the ferry.', b, ['2010-05-01T00:00:00Z', '2013-05-03T00:00:00Z']);
    expect(kinds(d('Ada Quill, 44, of Brindle, runs the ferry.'), ...FIGURES)).toEqual([]);
    // Control: seven years on in three is a change (an update, in publication order).
    expect(kinds(d('Ada Quill, 48, of Brindle, runs the ferry.'), ...FIGURES)).toHaveLength(1);
  });

  it('facts carry the date they hold for', () => {
    const d = pair('Ada Quill, 41, of Brindle, runs the ferry.', 'Ada Quill runs the ferry.', [
      '2010-05-01T00:00:00Z',
      '2012-05-03T00:00:00Z',
    ]);
    expect(d.facts!.find((f) => f.kind === 'age')).toEqual(expect.objectContaining({ asOf: '2010-05-01' }));
  });
});

describe('roles: one person given two posts that cannot both hold', () => {
  const roles = (d: Dossier): string[][] => kinds(d, 'role').map((x) => x.values.map((v) => v.text).sort());

  it('a post and the post a rung below it (`police chief` / `deputy police chief`)', () => {
    const d = pair(
      'Velmar police chief Anna Berg said the inquiry into the harbour fire would take weeks.',
      'Velmar deputy police chief Anna Berg said the inquiry into the harbour fire would take weeks.',
    );
    expect(roles(d)).toEqual([['Velmar deputy police chief', 'Velmar police chief']]);
    expect(kinds(d, 'role')[0]!.rule).toBe('compare:roles');
  });

  it('a post set after the name with a possessive (`, Velmar’s mayor,` / `, Velmar’s deputy mayor,`)', () => {
    const post = (b: string) =>
      roles(pair('Dora Tessel, Velmar’s mayor, resigned on Monday, officials said.', b));
    expect(post('Dora Tessel, Velmar’s deputy mayor, resigned on Monday, officials said.')).toEqual([
      ['Velmar’s deputy mayor', 'Velmar’s mayor'],
    ]);
    // Control: one post written with a possessive and with `of`.
    expect(post('Dora Tessel, the mayor of Velmar, resigned on Monday, officials said.')).toEqual([]);
  });

  it('two ranks of one force (`Sgt.` / `Lt.`); not a rank written out, nor a post beside a rank', () => {
    const rank = (b: string) =>
      pair(
        'Sgt. Ola Brandt was shot outside the Velmar courthouse on Friday.',
        `${b} Ola Brandt was shot outside the Velmar courthouse on Friday.`,
      );
    expect(roles(rank('Lt.'))).toEqual([['Lt.', 'Sgt.']]);
    // Controls: one rank abbreviated and written out; a sheriff's deputy of a sergeant's rank.
    expect(roles(rank('Sergeant'))).toEqual([]);
    expect(roles(rank('Deputy'))).toEqual([]);
  });

  it('two chief officers, and a post before a two-word name the entity finder took for a place', () => {
    const chief = pair(
      'Chief executive Dana Reyes announced the layoffs at the Velmar plant on Monday.',
      "Dana Reyes, the company's chief financial officer, announced the cuts at the Velmar plant.",
      DATED,
      'en',
    );
    expect(roles(chief)).toEqual([['Chief executive', "the company's chief financial officer"]]);
    const coach = pair(
      'Head coach Lee Park said the Velmar team was shocked by the decision.',
      'Assistant coach Lee Park said Velmar players were stunned by the decision.',
      DATED,
      'en',
    );
    expect(roles(coach)).toEqual([['Assistant coach', 'Head coach']]);
    // Control: the same chief officer written two ways.
    const same = pair(
      'Chief executive Dana Reyes announced the layoffs at the Velmar plant on Monday.',
      'Dana Reyes, the company’s CEO, announced the cuts at the Velmar plant.',
      DATED,
      'en',
    );
    expect(roles(same)).toEqual([]);
  });

  it('control: the same post, a rank beside a post, or a post held before, is no conflict', () => {
    const same = pair(
      'Velmar police chief Anna Berg said the inquiry into the harbour fire would take weeks.',
      'Anna Berg, the Velmar police chief, said the inquiry into the harbour fire would take weeks.',
    );
    expect(roles(same)).toEqual([]);
    // A deputy holding a sergeant's rank: ranks have no deputies.
    const rank = pair(
      'Sgt. Tomas Greer was wounded outside the Corvel courthouse on Monday.',
      'Deputy Sgt. Tomas Greer was wounded outside the Corvel courthouse on Monday.',
    );
    expect(roles(rank)).toEqual([]);
    const before = pair(
      'Velmar police chief Anna Berg said the inquiry into the harbour fire would take weeks.',
      'Former Velmar deputy police chief Anna Berg said the inquiry into the harbour fire would take weeks.',
    );
    expect(roles(before)).toEqual([]);
  });
});

describe('tolls as news writes them', () => {
  const toll = (a: string, b: string) => kinds(pair(a, b), ...FIGURES);
  it('`left three people dead and 20 injured` against `killed two people and injured 20`: the dead differ', () => {
    const got = toll(
      'The blast at the Corvel bank left three people dead and 20 injured, police said.',
      'The explosion at the Corvel bank killed two people and injured 20, police said.',
    );
    expect(got.map((x) => x.values.map((v) => v.text).sort())).toEqual([['three people dead', 'two people']]);
  });
  it('`the death toll rose to 45` against `at least 60 people have died`', () => {
    expect(
      toll(
        'The death toll from the Corvel floods rose to 45 on Wednesday, officials said.',
        'At least 60 people have died in the Corvel floods, officials said on Wednesday.',
      ),
    ).toHaveLength(1);
  });
  it('one thing done, in other words: homes destroyed / houses razed, bodies recovered / pulled', () => {
    expect(
      toll(
        'The fire destroyed 120 homes in the hills above Corvel, officials said.',
        'The blaze razed 85 houses in the hills above Corvel, officials said.',
      ),
    ).toHaveLength(1);
    expect(
      toll(
        'Rescuers recovered 14 bodies from the rubble in Corvel on Monday.',
        'Rescuers pulled 17 bodies from the rubble in Corvel on Monday.',
      ),
    ).toHaveLength(1);
  });
  it('control: the same toll in other words agrees; another thing done to the homes is not set against it', () => {
    expect(
      toll(
        'The blast at the Corvel bank left two people dead and 20 injured, police said.',
        'The explosion at the Corvel bank killed two people and injured 20, police said.',
      ),
    ).toEqual([]);
    expect(
      toll(
        'The death toll from the Corvel floods rose to 45 on Wednesday, officials said.',
        'At least 45 people have died in the Corvel floods, officials said on Wednesday.',
      ),
    ).toEqual([]);
    expect(
      toll(
        'The fire destroyed 120 homes in the hills above Corvel, officials said.',
        'The blaze damaged 85 houses in the hills above Corvel, officials said.',
      ),
    ).toEqual([]);
    // `20 injured workers` counts workers: no toll of 20 read beside it.
    const d = pair(
      'The company said 20 injured workers were treated at the Corvel clinic.',
      'The company said workers were treated at the Corvel clinic.',
    );
    expect(d.facts!.filter((f) => f.rule === 'fact:toll-adjective')).toEqual([]);
  });
});

describe('depths, hospital and ages in words', () => {
  const figures = (a: string, b: string) => kinds(pair(a, b), ...FIGURES);
  it('`at a depth of 10 km` against `35 kilometres deep`', () => {
    expect(
      figures(
        'The quake near Velmar struck at a depth of 10 km, the survey said.',
        'The quake near Velmar was 35 kilometres deep, according to the survey.',
      ),
    ).toHaveLength(1);
  });
  it('`taken to hospital` is hospitalised: twelve against fifteen', () => {
    expect(
      figures(
        'Twelve people were taken to hospital after the bus crash in Corvel, police said.',
        'Fifteen people were hospitalised after the bus crash in Corvel, police said.',
      ),
    ).toHaveLength(1);
  });
  it('`a four-year-old boy` against `a six-year-old boy`', () => {
    expect(
      kinds(
        pair(
          'A four-year-old boy drowned in the Corvel canal on Sunday.',
          'A six-year-old boy drowned in the Corvel canal on Sunday, police said.',
        ),
        'age',
      ),
    ).toHaveLength(1);
  });
  it('control: one depth in two units of one system, a distance that is no depth, a birthday apart', () => {
    expect(
      figures(
        'The quake near Velmar struck at a depth of 10 km, the survey said.',
        'The quake near Velmar was 10 kilometres deep, according to the survey.',
      ),
    ).toEqual([]);
    expect(
      figures(
        'The quake near Velmar struck at a depth of 10 km, the survey said.',
        'The quake struck 35 km from Velmar, according to the survey.',
      ),
    ).toEqual([]);
    expect(
      figures(
        'Twelve people were taken to hospital after the bus crash in Corvel, police said.',
        'Fifteen people were questioned after the bus crash in Corvel, police said.',
      ),
    ).toEqual([]);
    expect(
      kinds(
        pair(
          'A four-year-old boy drowned in the Corvel canal on Sunday.',
          'A five-year-old boy drowned in the Corvel canal on Sunday, police said.',
        ),
        'age',
      ),
    ).toEqual([]);
  });
});

describe('whose figure it is', () => {
  const seats = (a: string, b: string) =>
    kinds(
      pair(
        `${a} 45 seats in the Corvel parliament on Sunday, results showed.`,
        `${b} 48 seats in the Corvel parliament on Sunday, results showed.`,
      ),
      ...FIGURES,
    );
  it('one party’s seats are not another’s: the Green Party won 45, the Liberal Party won 48', () => {
    expect(seats('The Green Party won', 'The Liberal Party won')).toEqual([]);
  });
  it('control: one party, or a figure a source reports, conflicts', () => {
    expect(seats('The Green Party won', 'The Green Party took')).toHaveLength(1);
    expect(seats('The Green Party said it won', 'The Liberal Party said the Greens won')).toHaveLength(1);
    const d = pair(
      'The Green Party won 45 seats in the Corvel parliament on Sunday.',
      'Officials said 45 seats went to the Greens.',
    );
    expect(d.facts!.find((f) => f.value === 45 && f.doc === d.documents[0]!.id)?.holder).toBe(
      'org:green-party',
    );
  });
});

describe('ranges, ones, groups, speeds and hostages', () => {
  const figures = (a: string, b: string) => kinds(pair(a, b), ...FIGURES);
  const blast = (n: string) => `${n} people were injured in the blast at the Corvel station, police said.`;
  it('`between 10 and 12 people` allows 11, not 20; `10 to 12` likewise', () => {
    expect(figures(blast('Between 10 and 12'), blast('Eleven'))).toEqual([]);
    expect(figures(blast('Some 10 to 12'), blast('Eleven'))).toEqual([]);
    expect(figures(blast('Between 10 and 12'), blast('Twenty'))).toHaveLength(1);
    // Control: without the lower end, 12 is not 11.
    expect(figures(blast('Twelve'), blast('Eleven'))).toHaveLength(1);
  });
  it('`a lone gunman` is one against `two gunmen`; control: `a gunman` alone is no count', () => {
    const fire = (x: string) => `${x} opened fire on the Corvel market on Friday, police said.`;
    expect(figures(fire('A lone gunman'), fire('Two gunmen'))).toHaveLength(1);
    expect(figures(fire('A gunman'), fire('Two gunmen'))).toEqual([]);
  });
  it('`a crew of 25` against `a crew of 28`; control: `a crew of about 25` is not read as exactly 25', () => {
    const crew = (n: string) => `The tanker seized off Corvel had a crew of ${n}, the owner said.`;
    expect(figures(crew('25'), crew('28'))).toHaveLength(1);
    expect(figures(crew('about 25'), crew('28'))).toEqual([]);
  });
  it('`travelling at 190 km/h` against `going 120 km/h`; control: a distance in km is no speed', () => {
    expect(
      figures(
        'The train was travelling at 190 km/h when it derailed near Corvel.',
        'The train was going 120 km/h when it derailed near Corvel, investigators said.',
      ),
    ).toHaveLength(1);
    expect(
      figures(
        'The train was travelling at 190 km/h when it derailed near Corvel.',
        'The train derailed 120 km from Corvel, investigators said.',
      ),
    ).toEqual([]);
  });
  it('`held 12 hostages` against `took 15 people hostage`; control: 15 people questioned', () => {
    const a = 'The gunman held 12 hostages in the Corvel bank, police said.';
    expect(figures(a, 'The gunman took 15 people hostage in the Corvel bank, police said.')).toHaveLength(1);
    expect(figures(a, 'Police questioned 15 people at the Corvel bank, police said.')).toEqual([]);
  });
  it('an age in apposition at the end of a sentence: `and Tom Reyes, 41.` against `Tom Reyes, 44,`', () => {
    const ages = (b: string) =>
      kinds(pair('The victims included Ann Lee, 34, and Tom Reyes, 41.', b), 'age').map((x) =>
        x.values.map((v) => v.text).sort(),
      );
    expect(ages('Among the dead were Tom Reyes, 44, and Ann Lee, 34.')).toEqual([['41', '44']]);
    expect(ages('Among the dead were Tom Reyes, 41, and Ann Lee, 34.')).toEqual([]);
  });
});

describe('more ways news tells a toll', () => {
  const toll = (a: string, b: string) => kinds(pair(a, b), ...FIGURES);
  const fifteen = 'The Corvel blast killed 15 people on Monday, police said.';
  it('`12 were killed`, `claimed the lives of 12 people`, `twelve lives were lost` against 15 killed', () => {
    expect(toll('Twelve were killed in the Corvel blast on Monday, police said.', fifteen)).toHaveLength(1);
    expect(toll('The Corvel blast claimed the lives of 12 people on Monday.', fifteen)).toHaveLength(1);
    expect(toll('Twelve lives were lost in the Corvel blast on Monday.', fifteen)).toHaveLength(1);
  });
  it('`shot dead two gunmen` against `killed three gunmen`; `are missing` against `remain missing`', () => {
    expect(
      toll(
        'Police shot dead two gunmen in Corvel on Monday.',
        'Police killed three gunmen in Corvel on Monday, officials said.',
      ),
    ).toHaveLength(1);
    expect(
      toll(
        'Twelve fishermen are missing after the storm off Corvel.',
        'Fifteen fishermen remain missing after the storm off Corvel, officials said.',
      ),
    ).toHaveLength(1);
  });
  it('control: `at least 12 were killed` allows 15; twelve lives lost agree with 12 killed', () => {
    expect(toll('At least 12 were killed in the Corvel blast on Monday, police said.', fifteen)).toEqual([]);
    expect(
      toll(
        'Twelve lives were lost in the Corvel blast on Monday.',
        'The Corvel blast killed 12 people on Monday, police said.',
      ),
    ).toEqual([]);
  });
});

describe('a title the name took in', () => {
  const shot = (who: string) => `Police said ${who} was shot outside the Corvel courthouse on Monday.`;
  it('`Deputy Tomas Greer, 41,` and `Tomas Greer, 44,` are one person of two ages; the name fact is the name alone', () => {
    const d = pair(shot('Deputy Tomas Greer, 41,'), shot('Tomas Greer, 44,'));
    expect(kinds(d, 'age')).toHaveLength(1);
    const name = d.facts!.find(
      (f) => f.kind === 'name' && f.doc === d.documents[0]!.id && f.value === 'Tomas Greer',
    );
    expect(name).toEqual(expect.objectContaining({ about: 'person:tomas-greer', text: 'Tomas Greer' }));
  });
  it('control: the same age with and without the title agrees', () => {
    expect(kinds(pair(shot('Deputy Tomas Greer, 41,'), shot('Tomas Greer, 41,')), 'age')).toEqual([]);
  });
});

describe('background and changes', () => {
  it('the year of a similar or another event is background, set against no other year', () => {
    const dates = (a: string, b: string) => kinds(pair(a, b, DATED, 'en'), 'date');
    expect(
      dates(
        'Fire swept through the Velmar chemical plant on Tuesday. A similar fire at the plant in 2015 killed two workers.',
        'Fire swept through the Velmar chemical plant on Tuesday. In 2011, an explosion at another plant killed three workers.',
      ),
    ).toEqual([]);
    // Control: the year of the story's own event, told two ways, is a discrepancy.
    expect(
      dates(
        'The Velmar chemical plant, which opened in 2015, was closed on Tuesday after a fire killed two workers.',
        'The Velmar chemical plant, which opened in 2011, was closed on Tuesday after a fire killed two workers.',
      ),
    ).toHaveLength(1);
  });

  it('the year a dam was completed is not set against the year another dam failed; control: two years it was completed', () => {
    const dates = (b: string) =>
      kinds(pair('The Corvel dam, completed in 1962, burst on Monday.', b), 'date');
    expect(dates('The Corvel dam burst on Monday; a similar dam failed in 1968 in Velmar.')).toEqual([]);
    expect(dates('The Corvel dam, completed in 1968, burst on Monday, officials said.')).toHaveLength(1);
  });
  it('a sentence telling a promotion gives two posts, neither set against another outlet; control: no promotion', () => {
    const roles = (a: string) =>
      kinds(pair(a, 'Police chief Tom Reyes of Corvel spoke to reporters on Tuesday.'), 'role');
    expect(roles('Tom Reyes, the deputy chief, was named police chief of Corvel on Monday.')).toEqual([]);
    expect(roles('Tom Reyes, the deputy chief, spoke to reporters in Corvel on Monday.')).toHaveLength(1);
  });
});

describe('tolls of different groups', () => {
  const fire = (x: string) => `${x} died in the fire at the Corvel school on Monday, officials said.`;
  it('eight children and four adults are parts of a toll, not rivals', () => {
    expect(kinds(pair(fire('Eight children'), fire('Four adults')), ...FIGURES)).toEqual([]);
  });
  it('control: eight children against ten children, or against twelve people, conflict', () => {
    expect(kinds(pair(fire('Eight children'), fire('Ten children')), ...FIGURES)).toHaveLength(1);
    expect(kinds(pair(fire('Eight children'), fire('Twelve people')), ...FIGURES)).toHaveLength(1);
  });
});

describe('increments are not totals', () => {
  const fire = (a: string, b: string) =>
    kinds(
      pair(
        `Firefighters sent ${a} to the blaze at the harbour warehouse in Velmar on Monday.`,
        `Firefighters sent ${b} to the blaze at the harbour warehouse in Velmar on Monday.`,
      ),
      ...FIGURES,
    );
  it('`12 more firefighters` and `another 12 firefighters` are not set against a total of 10', () => {
    expect(fire('12 more firefighters', '10 firefighters')).toEqual([]);
    expect(fire('another 12 firefighters', '10 firefighters')).toEqual([]);
  });
  it('control: two increments, or two totals, that differ conflict', () => {
    expect(fire('12 more firefighters', '10 more firefighters')).toHaveLength(1);
    expect(fire('12 firefighters', '10 firefighters')).toHaveLength(1);
  });
});

describe('ages of people described, not named', () => {
  it('`the actress died aged 87` against `died at the age of 85`; `the driver, 25,` against `the 23-year-old driver`', () => {
    const died = kinds(
      pair(
        'The actress died on Thursday at the age of 85 at her home in Corvel.',
        'The actress died aged 87 on Thursday at her home in Corvel, her agent said.',
      ),
      'age',
    );
    expect(died.map((x) => x.values.map((v) => v.text).sort())).toEqual([['85', '87']]);
    const driver = kinds(
      pair(
        'Police said the driver, 25, was taken to hospital in Velmar after the crash.',
        'Police said the 23-year-old driver was taken to hospital in Velmar after the crash.',
      ),
      'age',
    );
    expect(driver).toHaveLength(1);
  });

  it('control: a year apart, another noun, or an age before a name (that person’s) are not set against the noun', () => {
    const d = (b: string) =>
      kinds(
        pair('Police said the 23-year-old driver was taken to hospital in Velmar after the crash.', b),
        'age',
      );
    expect(d('Police said the driver, 24, was taken to hospital in Velmar after the crash.')).toEqual([]);
    expect(
      d('Police said the 31-year-old passenger was taken to hospital in Velmar after the crash.'),
    ).toEqual([]);
    expect(d('Police said 31-year-old Tom Reyes was taken to hospital in Velmar after the crash.')).toEqual(
      [],
    );
  });

  it('the age of `the 35-year-old hard-partying actress` is the age of the one actress the story names', () => {
    const quill = 'Mara Quill, an actress, checked into a clinic in Corvel on Monday, her lawyer said.';
    const d = pair(
      `${quill} Quill, 33, was photographed at a party in Velmar last week.`,
      'The 35-year-old hard partying actress checked into a clinic in Corvel on Monday, her lawyer said.',
    );
    const ages = kinds(d, 'age');
    expect(ages.map((x) => x.values.map((v) => v.text).sort())).toEqual([['33', '35']]);
    expect(d.facts!.find((f) => f.kind === 'age' && f.value === 35)).toEqual(
      expect.objectContaining({ about: 'person:mara-quill', rule: 'fact:age-adjective-role' }),
    );
  });

  it('control: two actresses named in the story leave `the actress` unnamed', () => {
    const d = pair(
      'Mara Quill, an actress, checked into a clinic in Corvel on Monday. Quill, 33, was seen in Velmar. Ann Bell, an actress, visited her.',
      'The 35-year-old hard partying actress checked into a clinic in Corvel on Monday, her lawyer said.',
    );
    expect(kinds(d, 'age')).toEqual([]);
    expect(d.facts!.find((f) => f.kind === 'age' && f.value === 35)?.about).toBe('noun:actress');
  });
});

describe('how long an event lasted', () => {
  const spans = (a: string, b: string) => kinds(pair(a, b), 'quantity', 'count');
  it('`held hostages for six hours` against nine; `a six-hour standoff` against `the standoff lasted nine hours`', () => {
    expect(
      spans(
        'The gunmen held hostages in the Corvel bank for six hours before police stormed it.',
        'The gunmen held hostages in the Corvel bank for nine hours before police stormed it.',
      ),
    ).toHaveLength(1);
    expect(
      spans(
        'Police ended a six-hour standoff at the Corvel bank on Friday.',
        'The standoff at the Corvel bank lasted nine hours, police said on Friday.',
      ),
    ).toHaveLength(1);
  });

  it('control: the same span, or another activity, are not set against each other; a contract is a term, not a span', () => {
    const d = (b: string) => spans('Police ended a six-hour standoff at the Corvel bank on Friday.', b);
    expect(d('The standoff at the Corvel bank lasted six hours, police said on Friday.')).toEqual([]);
    expect(d('Police began a nine-hour search of the Corvel bank on Friday.')).toEqual([]);
    // A contract's years are the agreement's term (stop 19), never a span of activity.
    const contract = spans(
      'The Corvel club signed striker Leon Abara to a four-year contract on Friday.',
      'The Corvel club signed striker Leon Abara to a five-year contract on Friday.',
    );
    expect(contract.map((x) => x.values.map((v) => v.text).sort())).toEqual([['five-year', 'four-year']]);
  });
});

describe('how often something happened', () => {
  const often = (b: string) =>
    kinds(
      pair('Velt will host the Corvel film awards ceremony for the third time, organisers said.', b),
      'count',
    );
  it('`for the third time` against `for the fourth time` of one event', () => {
    expect(
      often('Velt will host the Corvel film awards ceremony for the fourth time, organisers said.'),
    ).toHaveLength(1);
  });
  it('control: the same count, or another thing done a fourth time, is none', () => {
    expect(
      often('Velt will host the Corvel film awards ceremony for the third time, organisers said.'),
    ).toEqual([]);
    expect(often('Velt won the Harbour prize for the fourth time last year.')).toEqual([]);
  });
});

describe('dates of two different events', () => {
  it('a founding is not a birth: `founded in 1935` and `was born in 1926` are not one date', () => {
    const d = (b: string) => kinds(pair('The Corvel dairy, founded in 1935, closed on Monday.', b), 'date');
    expect(d('The Corvel dairy closed on Monday; its owner was born in 1926.')).toEqual([]);
    // Control: the founding dated twice.
    expect(d('The Corvel dairy, which was established in 1926, closed on Monday.')).toHaveLength(1);
  });
});

describe('measures written as adjectives, levels and rates', () => {
  const figs = (a: string, b: string) => kinds(pair(a, b), ...FIGURES);
  it('`a 30-metre wall` against `a 40-metre wall`; control: `30-meter`, or another noun', () => {
    const wall = 'Workers built a 30-metre wall around the Corvel reactor last year.';
    expect(
      figs(wall, 'Workers built a 40-metre wall around the Corvel reactor last year, the agency said.'),
    ).toHaveLength(1);
    expect(
      figs(wall, 'Workers built a 30-meter wall around the Corvel reactor last year, the agency said.'),
    ).toEqual([]);
    expect(
      figs(wall, 'Workers built a 40-metre tower near the Corvel reactor last year, the agency said.'),
    ).toEqual([]);
  });
  it('the floor something happened on is a level: `fifth floor` against `eighth floor`; control: the same floor', () => {
    const fire = 'The fire broke out on the fifth floor of the Corvel hotel.';
    expect(
      figs(fire, 'The fire started on the eighth floor of the Corvel hotel, firefighters said.'),
    ).toHaveLength(1);
    expect(figs(fire, 'The fire started on the 5th floor of the Corvel hotel, firefighters said.')).toEqual(
      [],
    );
  });
  it('a rate at a level: `unemployment rose to 7.2 percent` against 7.9; control: a change, or another rate', () => {
    const rate = 'Unemployment in Velmar rose to 7.2 percent in May.';
    expect(figs(rate, 'Unemployment in Velmar climbed to 7.9 percent in May, officials said.')).toHaveLength(
      1,
    );
    expect(figs(rate, 'Unemployment in Velmar rose by 7.9 percent in May, officials said.')).toEqual([]);
    expect(figs(rate, 'Inflation in Velmar climbed to 7.9 percent in May, officials said.')).toEqual([]);
  });
});

describe('results written as two numbers: votes, scores, records', () => {
  const results = (a: string, b: string) => kinds(pair(a, b), 'quantity');
  it('a jury vote, a score and a season record that differ', () => {
    expect(
      results(
        'The jury voted 9-3 for the death penalty in the Corvel case.',
        'The jury split 10-2 in favour of the death penalty in the Corvel case.',
      ),
    ).toHaveLength(1);
    expect(
      results(
        'Corvel beat Velmar 3-1 in the final on Sunday.',
        'Corvel won the final 2-1 against Velmar on Sunday.',
      ),
    ).toHaveLength(1);
    expect(
      results(
        'Corvel went 40-42 this season under the coach.',
        'Corvel finished 43-39 this season under the coach.',
      ),
    ).toHaveLength(1);
  });
  it("control: one score told from either side, a span of years, or two teams' records", () => {
    expect(
      results(
        'Corvel beat Velmar 3-1 in the final on Sunday.',
        'Velmar lost the final 1-3 to Corvel on Sunday.',
      ),
    ).toEqual([]);
    expect(
      results(
        'Lind played for Corvel from 1978-89 and won the title.',
        'Lind played for Corvel from 1979-90 and won the title.',
      ),
    ).toEqual([]);
    expect(
      results(
        'This season the Harbour Hawks went 40-42 under their coach.',
        'This season the Velmar Kings finished 43-39 under their coach.',
      ),
    ).toEqual([]);
  });
});

// Stop 19: a round of six fictional stories (an acquisition, a product launch, a transfer, a
// hijacking, a quake, an arrest) found these reading faults; each rule with its control.
describe('stop 19: places, prices, terms and people written two ways', () => {
  it('where someone was arrested, told in the active voice or the passive', () => {
    const d = (place: string) =>
      pair(
        'Actress Nina Corval, 34, was arrested on Sunday in West Hollywood on suspicion of drunk driving, police said.',
        `Police arrested actress Nina Corval, 34, in ${place} early on Sunday for drunk driving.`,
        DATED,
      );
    expect(texts(d('Beverly Hills'), 'place')).toEqual([['Beverly Hills', 'West Hollywood']]);
    expect(texts(d('West Hollywood'), 'place')).toEqual([]);
  });

  it('a region beside a city is the city at another scale: `arrested in Leeds` / `in England` is no conflict', () => {
    const arrested = (place: string) =>
      texts(
        pair(
          'Police arrested Tom Vale in Leeds on Monday, police said.',
          `Police arrested Tom Vale in ${place} on Monday, police said.`,
          DATED,
        ),
        'place',
      );
    expect(arrested('England')).toEqual([]);
    expect(arrested('Wakefield County')).toEqual([]);
    // Control: another city is reported.
    expect(arrested('Manchester')).toEqual([['Leeds', 'Manchester']]);
  });

  it('where the incident happened (`the fire broke out ... in Leeds`); not a similar fire, not the same place', () => {
    const d = (b: string) =>
      pair('The fire broke out at the Corvel warehouse in Leeds on Monday, police said.', b, DATED);
    const real = d('The fire broke out at the Corvel warehouse in Bradford on Monday, police said.');
    expect(texts(real, 'place')).toEqual([['Bradford', 'Leeds']]);
    expect(real.facts?.filter((f) => f.rule === 'fact:place-of-incident').map((f) => f.text)).toEqual([
      'Leeds',
      'Bradford',
    ]);
    // Controls: the same place; another fire in the background; a crash is placed by its own verb.
    expect(
      texts(d('The fire broke out at the Corvel warehouse in Leeds on Monday, police said.'), 'place'),
    ).toEqual([]);
    expect(
      texts(d('A similar fire broke out at a warehouse in Bradford in 2015, police said.'), 'place'),
    ).toEqual([]);
    expect(
      texts(
        pair(
          'The crash happened on the M62 near Leeds early on Monday, police said.',
          'The crash happened near Bradford early on Monday, police said.',
          DATED,
        ),
        'place',
      ),
    ).toEqual([['Bradford', 'Leeds']]);
  });

  it('where a gathering was held; two kinds of gathering are two places', () => {
    const d = (b: string) =>
      pair('Velo unveiled its new Aria phone at an event in San Francisco on Tuesday.', b, DATED);
    expect(
      texts(d('At a launch event in Cupertino on Tuesday, Velo showed off the Aria phone.'), 'place'),
    ).toEqual([['Cupertino', 'San Francisco']]);
    expect(texts(d('At a rally in Cupertino on Tuesday, workers protested against Velo.'), 'place')).toEqual(
      [],
    );
    // Control: two officials at two news conferences are two gatherings, not one placed twice.
    const two = pair(
      'Governor Ann Pell told a news conference in Albany on Monday that the state would send aid.',
      'Mayor Tom Reyes told a news conference in Buffalo on Monday that roads would reopen.',
      DATED,
    );
    expect(texts(two, 'place')).toEqual([]);
  });

  it('where a journey was bound, with towns read after a preposition of place', () => {
    const d = (to: string) =>
      pair(
        'Pirates seized the cargo ship Orla Star on Thursday as it was sailing from Mombasa to Jeddah.',
        `The Orla Star was travelling from Mombasa to ${to} when pirates boarded it on Thursday.`,
        DATED,
      );
    expect(texts(d('Djibouti'), 'place')).toEqual([['Djibouti', 'Jeddah']]);
    expect(texts(d('Jeddah'), 'place')).toEqual([]);
  });

  it('a one-word town is a place only after a preposition of place', () => {
    const d = analyzeTexts([
      { text: 'Talks\n\nThe minister spoke to Jackson about the port. She flew to Lagos in May.\n' },
    ]);
    const places = d.documents[0]!.entities.filter((e) => e.kind === 'place').map((e) => e.label);
    expect(places).toEqual(['Lagos']);
  });

  it('the price of a purchase is about what was bought; another purchase is another price', () => {
    const a =
      'Orvane said on Monday it would buy software maker Kelpie Systems for $4.2 billion in cash, its biggest deal since it acquired Lumen Labs for $1.1 billion in 2019.';
    const d = (price: string) =>
      pair(a, `Orvane agreed to acquire Kelpie Systems for ${price}, the companies announced Monday.`, DATED);
    expect(texts(d('$4.5 billion'), ...FIGURES)).toEqual([['$4.2 billion', '$4.5 billion']]);
    expect(texts(d('$4.2 billion'), ...FIGURES)).toEqual([]);
  });

  it('a premium in percent, and a name after a title in capitals', () => {
    const d = (pct: string, name: string) =>
      pair(
        'Orvane will pay $38 a share, a 25% premium to Friday’s close, chief executive Dana Whitcombe said.',
        `The offer of $38 per share is a ${pct} premium over Friday’s close, said CEO ${name}.`,
        DATED,
      );
    expect(texts(d('31%', 'Dana Whitcombe'), ...FIGURES)).toEqual([['25%', '31%']]);
    expect(texts(d('25%', 'Dana Whitcomb'), 'spelling')).toEqual([['Dana Whitcomb', 'Dana Whitcombe']]);
    expect(texts(d('25%', 'Dana Whitcombe'), ...FIGURES, 'spelling')).toEqual([]);
  });

  it('a size with its unit glued to the number is that size', () => {
    const d = (b: string) =>
      pair('The base model of the Aria comes with 128 gigabytes of storage.', b, DATED);
    expect(texts(d('The Aria’s base model comes with 256GB of storage.'), ...FIGURES)).toEqual([
      ['128 gigabytes', '256GB'],
    ]);
    expect(texts(d('The Aria’s base model comes with 128GB of storage.'), ...FIGURES)).toEqual([]);
  });

  it('an age through a role before the name, and one person written two ways', () => {
    const d = (b: string) =>
      pair('Striker Leon Abara, 27, signed with Harbour City on Wednesday, the club said.', b, DATED);
    // The name spelt the same: the age alone differs.
    expect(texts(d('Harbour City signed 28-year-old forward Leon Abara on Wednesday.'), 'age')).toEqual([
      ['27', '28'],
    ]);
    // Spelt two ways across the outlets: still one person, whose age differs.
    expect(texts(d('Harbour City signed 28-year-old forward Leon Abarra on Wednesday.'), 'age')).toEqual([
      ['27', '28'],
    ]);
    // Control: an age before a verb is not the age of the name after it.
    expect(
      texts(d('A 28-year-old man greeted Leon Abara at the airport on Wednesday, the club said.'), 'age'),
    ).toEqual([]);
  });

  it('the term of an agreement, whichever word names it; never an update', () => {
    const d = (b: string) =>
      pair('Leon Abara signed a five-year contract with Harbour City on Wednesday.', b, [
        '2024-03-11',
        '2024-03-14',
      ]);
    const found = kinds(d('Harbour City signed Leon Abara on Wednesday on a four-year deal.'), ...FIGURES);
    expect(found.map((x) => [x.kind, [...new Set(x.values.map((v) => v.text))].sort()])).toEqual([
      ['quantity', ['five-year', 'four-year']],
    ]);
    expect(kinds(d('Harbour City signed Leon Abara on Wednesday on a five-year deal.'), ...FIGURES)).toEqual(
      [],
    );
    // Control: another person's deal is another term.
    expect(
      kinds(d('Harbour City coach Tom Orr signed a four-year contract on Wednesday.'), ...FIGURES),
    ).toEqual([]);
  });

  it('the time a quake struck, told with a participle; never an update', () => {
    const d = (t: string) =>
      pair(
        'A magnitude 6.1 earthquake struck off Velmar on Friday at 3:42 a.m. local time.',
        `A 6.1-magnitude quake shook Velmar early on Friday, striking at ${t} local time.`,
        ['2024-03-11', '2024-03-14'],
      );
    const found = kinds(d('4:42 a.m.'), ...FIGURES);
    expect(found.map((x) => x.kind)).toEqual(['time']);
    expect(kinds(d('3:42 a.m.'), ...FIGURES)).toEqual([]);
  });
});

describe('stop 19, second round: an appointment, a heist, a climbing death', () => {
  it('an age in a descriptive apposition, and a profession opening a name', () => {
    const d = (age: string) =>
      pair(
        'President Ana Loris on Monday nominated Dr. Sanjay Velu, a 39-year-old neurosurgeon, as surgeon general.',
        `Neurosurgeon Sanjay Velu, ${age}, has been chosen by President Ana Loris to be surgeon general.`,
        DATED,
      );
    expect(texts(d('41'), 'age')).toEqual([['39', '41']]);
    expect(texts(d('39'), 'age')).toEqual([]);
  });

  it('a month without a year, of one event told by a verb with its particle', () => {
    const d = (b: string) =>
      pair('Sanjay Velu would replace Mark Dunn, who resigned in March, as surgeon general.', b, DATED);
    expect(
      texts(
        d('Sanjay Velu would succeed Mark Dunn, who stepped down in February, as surgeon general.'),
        'date',
      ),
    ).toEqual([['February', 'March']]);
    expect(
      texts(d('Sanjay Velu would succeed Mark Dunn, who stepped down in March, as surgeon general.'), 'date'),
    ).toEqual([]);
    // Control: a month with a year is the date layer's, and agrees by its month.
    expect(
      texts(
        d('Sanjay Velu would succeed Mark Dunn, who stepped down in March 2024, as surgeon general.'),
        'date',
      ),
    ).toEqual([]);
  });

  it('the moment robbers burst in is the moment of the event', () => {
    const d = (t: string) =>
      pair(
        'Four armed men entered the Harry Vell store in Orlin at 5:30 p.m. on Thursday and threatened staff.',
        `Four armed men burst into the Harry Vell store in Orlin at ${t} on Thursday, police said.`,
        DATED,
      );
    expect(texts(d('6:30 p.m.'), 'time')).toEqual([['5:30 p.m.', '6:30 p.m.']]);
    expect(texts(d('5:30 p.m.'), 'time')).toEqual([]);
  });

  it('jewels and jewellery are one loot', () => {
    const d = (sum: string) =>
      pair(
        'Robbers stole jewels worth 80 million euros from the Harry Vell store in Orlin on Thursday.',
        `Robbers stole jewellery worth ${sum} from the Harry Vell store in Orlin on Thursday.`,
        DATED,
      );
    expect(texts(d('€95 million'), ...FIGURES)).toEqual([['80 million euros', '€95 million']]);
    expect(texts(d('€80 million'), ...FIGURES)).toEqual([]);
  });
});

describe('stop 19, third round: an awards host, a tornado, a prisoner swap, an album', () => {
  it('a surname alone after a name with a title is that person, whose age is compared', () => {
    const d = (age: string) =>
      pair(
        'Comedian Jon Marek will host the Corvel Film Awards, organisers said. Marek, 46, hosted the show in 2015.',
        `Jon Marek, ${age}, has been picked to host the Corvel Film Awards, organisers said.`,
        DATED,
      );
    expect(texts(d('45'), 'age')).toEqual([['45', '46']]);
    expect(texts(d('46'), 'age')).toEqual([]);
  });

  it('which edition a named event is; another event is another edition', () => {
    const d = (b: string) =>
      pair('Jon Marek will host the 82nd Corvel Film Awards, organisers said on Tuesday.', b, DATED);
    expect(
      texts(
        d('Jon Marek has been picked to host the 83rd Corvel Film Awards, organisers said on Tuesday.'),
        'count',
      ),
    ).toEqual([['82nd', '83rd']]);
    expect(
      texts(
        d('Jon Marek, who hosted the 83rd Orlin Music Awards, will host again, organisers said on Tuesday.'),
        'count',
      ),
    ).toEqual([]);
  });

  it('a tornado’s rating whichever way it is written; a number glued to letters counts nothing', () => {
    const d = (b: string) =>
      pair(
        'An EF3 tornado tore through Orla, Kansas, late Sunday, killing five people, the weather service said.',
        b,
        DATED,
      );
    expect(
      texts(
        d('An EF4 tornado hit Orla, Kansas, on Sunday night, killing five people, the weather service said.'),
        ...FIGURES,
      ),
    ).toEqual([['3', '4']]);
    expect(
      texts(
        d(
          'A tornado rated EF-3 hit Orla, Kansas, on Sunday night, killing five people, the weather service said.',
        ),
        ...FIGURES,
      ),
    ).toEqual([]);
    const labels = analyzeTexts([
      { text: 'Flights\n\nFlight MH17 and an A4 sheet were shown to 40 people.\n' },
    ]);
    expect(labels.documents[0]!.quantities.map((q) => q.value)).toEqual([40]);
  });

  it('time held in detention is time held captive', () => {
    const d = (b: string) =>
      pair(
        'Journalist Ana Petrov, 51, was freed on Friday after being held for 14 months, officials said.',
        b,
        DATED,
      );
    expect(
      texts(
        d('Journalist Ana Petrov, 51, was freed on Friday after 18 months in detention, officials said.'),
        ...FIGURES,
      ),
    ).toEqual([['14 months', '18 months']]);
    expect(
      texts(
        d('Journalist Ana Petrov, 51, was freed on Friday after 14 months in detention, officials said.'),
        ...FIGURES,
      ),
    ).toEqual([]);
  });

  it('an album’s tracks and songs are one count', () => {
    const d = (b: string) =>
      pair('Singer Mara Lind released the 14-track album "Night Roads" on Friday.', b, DATED);
    expect(texts(d('Mara Lind released the 12-song album "Night Roads" on Friday.'), ...FIGURES)).toEqual([
      ['12-song', '14-track'],
    ]);
    expect(texts(d('Mara Lind released the 14-song album "Night Roads" on Friday.'), ...FIGURES)).toEqual([]);
  });
});

describe('stop 19, traps: figures for other days, counts told through `the number of`', () => {
  it("two sources' rival tolls in one report (`medics said ... the army said`) are both set against the others", () => {
    const d = (second: string) =>
      pair(
        `At least 20 people were killed when shells hit a market in Fenmoor on Monday, medics said. ${second}`,
        'Twenty-two people were killed when shells hit a market in Fenmoor on Monday, officials said.',
        DATED,
      );
    expect(
      texts(d('The army said the shelling killed three people, all of them fighters.'), ...FIGURES),
    ).toEqual([['Twenty-two people', 'three people']]);
    // Control: one source giving two figures tells of two things, neither set against the toll.
    expect(
      texts(d('The shelling also killed three people in a nearby village, medics said.'), ...FIGURES),
    ).toEqual([]);
  });

  it('soldiers wounded are counted apart from the people a strike wounded', () => {
    const d = (b: string) =>
      pair('Forty people were wounded when shells hit a market in Fenmoor on Monday, medics said.', b, DATED);
    expect(
      texts(d('Two soldiers were wounded by rebel fire near Fenmoor on Monday, the army said.'), ...FIGURES),
    ).toEqual([]);
    // Control: people in general on both sides are one toll.
    expect(
      texts(d('Two people were wounded by rebel fire near Fenmoor on Monday, the army said.'), ...FIGURES),
    ).toEqual([['Forty people', 'Two people']]);
  });

  it('missiles and missions are counted as things, not as people missing', () => {
    const about = (text: string) =>
      (analyzeTexts([{ text: `Report\n\n${text}\n` }]).facts ?? [])
        .filter((f) => f.kind === 'count')
        .map((f) => f.about);
    expect(about('Two missiles hit a depot near Velmar on Monday.')).toEqual(['noun:missile']);
    // Control: people missing are a toll.
    expect(about('Rescuers searched for 12 missing near Velmar on Monday.')).toEqual(['event:missing']);
  });

  it('a figure in a clause opened by a past period (`In May, ...`) is background, not the toll', () => {
    const d = (background: string) =>
      pair(
        `Nine people were killed when a bus overturned near Velmar on Tuesday, police said. ${background}`,
        'Eleven people were killed when a bus overturned near Velmar on Tuesday, officials said.',
        DATED,
      );
    expect(texts(d('In May, a bus overturned near Velmar and killed 20 people.'), ...FIGURES)).toEqual([
      ['Eleven people', 'Nine people'],
    ]);
    // Control: the same clause without its period is set against the toll.
    expect(texts(d('A bus overturned near Velmar and killed 20 people.'), ...FIGURES)).toEqual([
      ['20 people', 'Eleven people', 'Nine people'],
    ]);
  });

  it('a second figure whose noun is left out is that noun’s, for its own day', () => {
    const d = (b: string) =>
      pair(
        'The airline cancelled 400 flights on Thursday and 250 on Friday because of the strike.',
        b,
        DATED,
      );
    // B gives Friday's figure alone: A gives it too.
    expect(
      kinds(
        d('The strike forced the airline to cancel 250 flights on Friday, a spokesman said.'),
        ...FIGURES,
      ),
    ).toEqual([]);
    // Control: a Friday figure neither of A's.
    expect(
      kinds(
        d('The strike forced the airline to cancel 300 flights on Friday, a spokesman said.'),
        ...FIGURES,
      ),
    ).toHaveLength(1);
  });

  it('`the number of survivors had risen to 17` counts survivors; a change in percent does not', () => {
    const facts = (text: string) =>
      (analyzeTexts([{ text: `Rescue\n\n${text}\n` }]).facts ?? []).filter(
        (f) => f.rule === 'fact:number-of',
      );
    expect(
      facts('By Wednesday, the number of survivors found had risen to 17.').map((f) => [f.about, f.value]),
    ).toEqual([['noun:~survive', 17]]); // the word family of `survivors` (synonyms.ts)
    expect(facts('The number of calls rose 5 percent on Wednesday.')).toEqual([]);
  });
});

describe('stop 19, fifth round: a rehab stay, a shooting, a launch', () => {
  it('where someone checked into a clinic; a month after `in` is no place', () => {
    const d = (b: string) =>
      pair(
        'Actress Lena Cole, 22, has checked into a rehab facility in Malibu, her publicist said.',
        b,
        DATED,
      );
    expect(
      texts(
        d('Lena Cole entered the Seaview treatment center in Palm Springs, her spokeswoman said.'),
        'place',
      ),
    ).toEqual([['Malibu', 'Palm Springs']]);
    expect(
      texts(d('Lena Cole entered the Seaview treatment center in Malibu, her spokeswoman said.'), 'place'),
    ).toEqual([]);
    const months = pair(
      'Lena Cole was arrested in May for drunk driving, police said.',
      'Lena Cole was arrested in July on drunk-driving charges, police said.',
      DATED,
    );
    expect(texts(months, 'place')).toEqual([]);
  });

  it('the time something happened is never an update, whatever the order of the reports', () => {
    const d = pair(
      'A rocket carrying a weather satellite lifted off from the Orla launch site at 6:02 a.m. on Tuesday.',
      'A rocket carrying a weather satellite lifted off from the Orla launch site at 6:12 a.m. on Tuesday.',
      ['2024-03-11', '2024-03-14'],
    );
    expect(kinds(d, ...FIGURES).map((x) => x.kind)).toEqual(['time']);
  });
});

describe('stop 20: a derailment read as a user reads it', () => {
  it('a count inside who says it counts the sources, not the story', () => {
    const d = (a: string, b: string) =>
      pair(
        `Investigators believe a hot bearing caused the Orvale derailment, according to ${a} briefed on the inquiry.`,
        `Investigators believe a hot bearing caused the Orvale derailment, according to ${b} familiar with the inquiry.`,
        DATED,
      );
    expect(kinds(d('two people', 'three people'), ...FIGURES)).toEqual([]);
    const hurt = pair(
      'Two people were hurt when the Orvale freight train derailed, officials said.',
      'Three people were hurt when the Orvale freight train derailed, officials said.',
      DATED,
    );
    expect(kinds(hurt, ...FIGURES)).toHaveLength(1);
  });

  it('the day of a statement is not the day of the event', () => {
    const d = (a: string) =>
      pair(
        a,
        'The freight train derailed near Orvale on Monday, spilling fuel into the river, officials said.',
        ['2024-03-13', '2024-03-13'],
      );
    expect(
      texts(
        d(
          'The freight train derailed near Orvale, spilling fuel into the river, a company official said on Wednesday.',
        ),
        'date',
      ),
    ).toEqual([]);
    expect(
      texts(
        d(
          'The freight train derailed near Orvale on Wednesday, spilling fuel into the river, a company official said.',
        ),
        'date',
      ),
    ).toEqual([['Monday', 'Wednesday']]);
  });

  it('a part of a total written in words, of a possessive (`Twenty-three of the train’s 96 cars`)', () => {
    const counts = (text: string) =>
      (analyzeTexts([{ text: `Derailment\n\n${text}\n` }]).facts ?? [])
        .filter((f) => f.kind === 'count')
        .map((f) => [f.value, f.about]);
    expect(counts("Twenty-three of the train's 96 cars left the tracks near Orvale.")).toEqual([
      [23, 'noun:~vehicle'],
    ]);
    expect(counts("The train's 96 cars were carrying grain to the port of Orvale.")).toEqual([
      [96, 'noun:~vehicle'],
    ]);
  });

  it('the age of someone named only by their part in the story (`the engineer, 54,`)', () => {
    const d = (age: string) =>
      pair(
        'The engineer, 54, and the conductor were taken to a hospital in Orvale and later released.',
        `The ${age}-year-old engineer has worked for the railway for 20 years, a company official said.`,
        DATED,
      );
    expect(texts(d('45'), 'age')).toEqual([['45', '54']]);
    expect(texts(d('54'), 'age')).toEqual([]);
    // A word for anyone is told apart by what befell them, not joined by it.
    const anyone = pair(
      'A 34-year-old man was arrested near the Orvale depot, police said.',
      'A 23-year-old man was stabbed near the Orvale depot, police said.',
      DATED,
    );
    expect(texts(anyone, 'age')).toEqual([]);
  });

  it('a later report passing on an earlier outlet’s figure garbles it: a conflict, not an update', () => {
    const d = (b: string) =>
      analyzeTexts([
        {
          location: 'herald.txt',
          text: 'Derailment\n\nTwo crew members were injured when the Orvale freight train derailed on Monday night.\n',
          known: { published: '2024-03-12', outlet: 'Orvale Herald' },
        },
        {
          location: 'coast.txt',
          text: `Derailment\n\n${b}\n`,
          known: { published: '2024-03-13', outlet: 'Coast News' },
        },
      ]);
    const relayed = kinds(
      d(
        'Three crew members were injured when the Orvale freight train derailed on Monday night, according to the Orvale Herald.',
      ),
      ...FIGURES,
    );
    expect(relayed.map((x) => x.kind)).toEqual(['count']);
    const own = kinds(
      d(
        'Three crew members were injured when the Orvale freight train derailed on Monday night, officials said.',
      ),
      ...FIGURES,
    );
    expect(own.map((x) => x.kind)).toEqual(['update']);
  });
});

describe('stop 20: the brief cites only documents that state the item', () => {
  it('a document giving another figure of the same thing is not cited for it', () => {
    const brief = (middle: string) =>
      analyzeTexts(
        ['About 2,000', middle, 'Some 2,000'].map((n, i) => ({
          location: `${i}.txt`,
          text: `Evacuation\n\n${n} residents were told to leave their homes near the Orvale derailment on Tuesday ${['evening', 'night', 'evening'][i]}, county officials said.\n`,
          known: { published: '2024-03-12' },
        })),
      ).brief;
    const cited = (b: Dossier['brief']) => b.find((x) => /residents/.test(x.text))!.docs.length;
    expect(cited(brief('About 1,200'))).toBe(2);
    expect(cited(brief('About 2,000'))).toBe(3);
  });
});

describe('stop 20: the brief states the figure that stands', () => {
  it('a sentence giving a figure other outlets outvote is not the item', () => {
    const brief = (a: string, b: string, c: string) =>
      analyzeTexts(
        [
          `${a} crew members were injured when the freight train derailed near Orvale on Monday night, the railway said.`,
          `${b} crew members were hurt when a freight train derailed near Orvale late on Monday, the railway said.`,
          `${c} crew members were injured when a freight train derailed near Orvale on Monday night, railway officials said.`,
        ].map((text, i) => ({
          location: `${i}.txt`,
          text: `Derailment\n\n${text}\n`,
          known: { published: '2024-03-12' },
        })),
      ).brief.find((x) => /crew/.test(x.text))!.text;
    expect(brief('Two', 'Two', 'Three')).toMatch(/^Two/);
    expect(brief('Three', 'Three', 'Two')).toMatch(/^Three/);
  });
});

describe('stop 20: a procurement story read as a user reads it', () => {
  it('a name after a title of capitalised words (`Deputy Health Minister Ana Vell`) is a person with an age and a post', () => {
    const d = (b: string) =>
      pair(
        'Deputy Health Minister Ana Vell, 51, awarded three contracts to a supply firm owned by her brother-in-law.',
        b,
        DATED,
      );
    const other = d(
      'Health Minister Ana Vell, 57, awarded three contracts to a supply firm run by a relative.',
    );
    expect(texts(other, 'age')).toEqual([['51', '57']]);
    expect(texts(other, 'role')).toEqual([['Deputy Health Minister', 'Health Minister']]);
    const same = d(
      'Deputy Health Minister Ana Vell, 51, awarded three contracts to a supply firm run by a relative.',
    );
    expect(texts(same, 'age', 'role')).toEqual([]);
  });

  it('a total of the things counted before it, and a sum past its conversion in brackets', () => {
    const sums = (text: string) =>
      (analyzeTexts([{ text: `Contracts\n\n${text}\n` }]).facts ?? [])
        .filter((f) => f.kind === 'quantity')
        .map((f) => [f.value, f.about]);
    expect(
      sums('The ministry signed four contracts with Orla Supply, worth a total of €84 million.'),
    ).toEqual([[84000000, 'noun:contract']]);
    expect(sums('The ministry awarded $52 million (€48 million) in contracts to Orla Supply.')).toEqual([
      [52000000, 'noun:contract'],
      [48000000, 'noun:contract'],
    ]);
    // Control: a total of something else is not the contracts'.
    expect(sums('The ministry paid a total of €84 million to Orla Supply.')).not.toContainEqual([
      84000000,
      'noun:contract',
    ]);
  });
});

describe('stop 20: one dated event told with its object between', () => {
  it('`signed in January` against `signed the contracts ... in March`', () => {
    const d = (b: string) =>
      pair('The contracts, signed in January, cover ventilators for public hospitals.', b, [
        '2031-11-18',
        '2031-11-18',
      ]);
    expect(
      texts(d('Ana Vell signed the three contracts with Orla Supply in March, the newspaper said.'), 'date'),
    ).toEqual([['January', 'March']]);
    // Controls: another event, and the same verb for another thing.
    expect(texts(d('Orla Supply was founded in March, the newspaper said.'), 'date')).toEqual([]);
    expect(texts(d('Ana Vell signed a lease on a new office in March, the newspaper said.'), 'date')).toEqual(
      [],
    );
  });
});

describe('stop 20: a claim is told once in the brief', () => {
  it('two denials of one claim are one item', () => {
    const d = analyzeTexts(
      [
        'Deputy minister Ana Vell awarded three contracts to a firm owned by her brother-in-law, the Post reported. Two officials raised concerns in writing. Vell denied any wrongdoing in a short statement on Tuesday.',
        'Ana Vell allegedly awarded contracts to a firm owned by a relative, the Post reported. Vell has denied the allegations.',
        'Ana Vell awarded contracts to a company run by her brother-in-law, the Post said. Vell has denied the allegations, her office said.',
      ].map((text, i) => ({
        location: `${i}.txt`,
        text: `Contracts\n\n${text}\n`,
        known: { published: '2031-11-18' },
      })),
    );
    expect(d.brief.filter((b) => /denied/.test(b.text))).toHaveLength(1);
  });
});

describe('stop 21: rules from three whole fictional stories (an earthquake, a takeover, a jewel heist)', () => {
  const story = (texts: string[], published: string[]): Dossier =>
    analyzeTexts(
      texts.map((text, i) => ({
        location: `${i}.txt`,
        text: `Report ${i}\n\n${text}\n`,
        known: { published: published[i]! },
      })),
    );

  it('a toll moved to a figure (`the toll rose to 23`, `the number of people killed has risen to 23`) counts the dead', () => {
    const d = (later: string) =>
      pair('Fourteen people were killed in the Velmar quake, officials said.', later, [
        '2031-04-14',
        '2031-04-15',
      ]);
    const told = [
      'The number of people killed by the quake in the Velmar hills has risen to 23, the ministry said.',
      'The toll from the Velmar quake rose to 23 on Wednesday, the ministry said.',
    ];
    for (const t of told) expect(texts(d(t), ...FIGURES)).toEqual([['23', 'Fourteen people']]);
    // Controls: a count of people who did something else, a toll road.
    expect(
      texts(
        d('The number of people who fled the Velmar hills has risen to 2,300, the ministry said.'),
        ...FIGURES,
      ),
    ).toEqual([]);
    expect(
      texts(d('A toll road near Velmar was reopened on Wednesday, the ministry said.'), ...FIGURES),
    ).toEqual([]);
  });

  it('early reports that disagree and a later, higher toll: a conflict and an update, not one entry', () => {
    const d = story(
      [
        'At least 14 people were killed in the Velmar quake on Tuesday, officials said.',
        'Sixteen people were killed in the Velmar quake on Tuesday, officials said.',
        'Fourteen people were killed in the Velmar quake on Tuesday, the governor said.',
        'The number of people killed in the Velmar quake has risen to 23, officials said on Wednesday.',
      ],
      ['2031-04-14', '2031-04-14', '2031-04-14', '2031-04-15'],
    );
    const found = kinds(d, ...FIGURES);
    expect(found.map((x) => x.kind).sort()).toEqual(['count', 'update']);
    const conflict = found.find((x) => x.kind === 'count')!;
    expect(conflict.values.some((v) => v.text === '23')).toBe(false);
    expect(found.find((x) => x.kind === 'update')!.note).toMatch(/ → 23$/);
    // Control: the early reports agree, so the later figure is one update.
    const agree = story(
      [
        'Fourteen people were killed in the Velmar quake on Tuesday, officials said.',
        'Fourteen people were killed in the Velmar quake on Tuesday, the governor said.',
        'The number of people killed in the Velmar quake has risen to 23, officials said on Wednesday.',
      ],
      ['2031-04-14', '2031-04-14', '2031-04-15'],
    );
    expect(kinds(agree, ...FIGURES).map((x) => x.kind)).toEqual(['update']);
  });

  it('an entry names each value once, however many outlets write it and in what words', () => {
    const d = story(
      [
        'Four men stole jewels from the Halde store on Wednesday, police said.',
        'Three men armed with pistols robbed the Halde store on Wednesday, prosecutors said.',
        'Four armed men stole jewels from the Halde store on Wednesday, police said.',
      ],
      ['2031-09-09', '2031-09-09', '2031-09-09'],
    );
    const [entry] = kinds(d, 'count');
    expect(entry!.values).toHaveLength(3);
    expect(entry!.note.split(' vs ')).toHaveLength(2);
  });

  it('a price a share is not the price of the whole company, and `bln` is a billion', () => {
    const d = (b: string) =>
      pair(
        'Halde Industries agreed to buy software maker Orrel Systems for $48 a share in cash, a deal valued at $6.2 billion, the companies said.',
        b,
        ['2031-06-02', '2031-06-02'],
      );
    expect(
      texts(
        d(
          'Halde Industries said it would buy Orrel Systems for $48 per share, valuing it at about $6.2 bln.',
        ),
        ...FIGURES,
      ),
    ).toEqual([]);
    expect(
      texts(
        d('Halde Industries will pay $46 per share, valuing Orrel Systems at about $6.2 bln.'),
        ...FIGURES,
      ),
    ).toEqual([['$46', '$48']]);
    // Control: another total is still a conflict.
    expect(
      texts(
        d(
          'Halde Industries is buying Orrel Systems for $6.8 billion, according to people familiar with the deal.',
        ),
        ...FIGURES,
      ),
    ).toEqual([['$6.2 billion', '$6.8 billion']]);
  });

  it('two portfolios of one minister conflict; a portfolio against none does not', () => {
    const d = (b: string) =>
      pair(
        'Interior Minister Dara Vosk said rescue teams were searching collapsed houses in three villages after the earthquake.',
        b,
        DATED,
      );
    expect(
      texts(
        d(
          'Emergency Minister Dara Vosk travelled to the worst-hit village of Kelva on Tuesday to meet the rescue teams.',
        ),
        'role',
      ),
    ).toEqual([['Emergency Minister', 'Interior Minister']]);
    expect(
      texts(
        d(
          'Minister Dara Vosk travelled to the worst-hit village of Kelva on Tuesday to meet the rescue teams.',
        ),
        'role',
      ),
    ).toEqual([]);
    expect(
      texts(
        d(
          'Deputy Interior Minister Dara Vosk travelled to the worst-hit village of Kelva on Tuesday to meet the rescue teams.',
        ),
        'role',
      ),
    ).toHaveLength(1);
  });

  it('a role set off before the name (`Orrel’s chief executive, Marta Quill,`) is read; `Chief Executive` is no part of a name', () => {
    const d = (b: string) =>
      pair("Orrel's chief executive, Marta Quill, will join Halde's board, the companies said.", b, DATED);
    expect(
      texts(d('Orrel chief financial officer Marta Quill said the deal was good news.'), 'role'),
    ).toEqual([['Orrel chief financial officer', "Orrel's chief executive"]]);
    expect(texts(d('Orrel chief executive Marta Quill said the deal was good news.'), 'role')).toEqual([]);
    const named = pair(
      'Halde Chief Executive Tom Reyo, 61, said the deal would double revenue.',
      'Halde Chief Executive Tom Reyo, 62, visited the campus.',
      DATED,
    );
    expect(named.entities.map((e) => e.label)).toContain('Tom Reyo');
    expect(named.entities.map((e) => e.label)).not.toContain('Executive Tom Reyo');
  });
});

describe('stop 21: estimates, premiums and sums told twice', () => {
  it('`an estimated €85 million` is a point estimate against €80 million; `about €85 million` allows it', () => {
    const d = (q: string) =>
      pair(
        `Armed robbers stole jewellery worth ${q} €85 million from the Halde store in central Lorvel on Wednesday.`,
        'Four men stole jewels worth €80 million from the Halde store in central Lorvel on Wednesday.',
        ['2031-09-09', '2031-09-09'],
      );
    expect(texts(d('an estimated'), ...FIGURES)).toEqual([['€80 million', '€85 million']]);
    expect(texts(d('about'), ...FIGURES)).toEqual([]);
  });

  it('`a premium of 32%` and `a 32 percent premium` are one figure, against `a premium of 23%`', () => {
    const d = (b: string) =>
      pair('The price represents a 32 percent premium to the closing price of Orrel shares on Monday.', b, [
        '2031-06-02',
        '2031-06-02',
      ]);
    expect(
      texts(
        d('Halde will pay a premium of 23% over the closing price of Orrel shares on Monday.'),
        ...FIGURES,
      ),
    ).toEqual([['23%', '32 percent']]);
    expect(
      texts(
        d('Halde will pay a premium of 32% over the closing price of Orrel shares on Monday.'),
        ...FIGURES,
      ),
    ).toEqual([]);
  });
});

describe('stop 21: the brief cites no document that gives another value of what the item states', () => {
  it('an article giving the guard another age, or three robbers for four, is not cited', () => {
    const d = analyzeTexts(
      [
        'Four men stole jewels worth €80 million from the Halde store on Wednesday, police said. The store owner, Henri Halde, 71, said he was shocked.',
        'Four men stole jewels worth €80 million from the Halde store on Wednesday, police said. The store owner, Henri Halde, 71, thanked the police.',
        'Three men stole jewels worth €80 million from the Halde store on Wednesday, prosecutors said. The store owner, Henri Halde, 74, said he was shocked.',
      ].map((text, i) => ({
        location: `${i}.txt`,
        text: `Heist\n\n${text}\n`,
        known: { published: '2031-09-09' },
      })),
    );
    const robbery = d.brief.find((b) => /stole/.test(b.text))!;
    expect(robbery.text).toMatch(/^Four/);
    expect(robbery.docs).toHaveLength(2);
    expect(robbery.docs).not.toContain(d.documents[2]!.id);
    // Control: the third article agreeing is cited.
    const agree = analyzeTexts(
      [
        'Four men stole jewels worth €80 million from the Halde store on Wednesday, police said.',
        'Four men stole jewels worth €80 million from the Halde store on Wednesday morning, police said.',
        'Four men stole jewels worth €80 million from the Halde store on Wednesday, prosecutors said.',
      ].map((text, i) => ({
        location: `${i}.txt`,
        text: `Heist\n\n${text}\n`,
        known: { published: '2031-09-09' },
      })),
    );
    expect(agree.brief.find((b) => /stole/.test(b.text))!.docs).toHaveLength(3);
  });
});

describe('stop 21: a plane crash', () => {
  it('times of one departure are compared (`took off at 7:05` / `took off at 7:50`); a landing time is another moment', () => {
    const d = (b: string) =>
      pair(
        'Flight 417 of Corvane Air took off from Velmar airport at 7:05 a.m. and lost contact two minutes later.',
        b,
        ['2031-11-02', '2031-11-02'],
      );
    expect(
      texts(
        d('The Corvane Air plane took off at 7:50 a.m. local time, according to flight tracking data.'),
        'time',
      ),
    ).toEqual([['7:05 a.m.', '7:50 a.m.']]);
    expect(
      texts(
        d(
          'The Corvane Air plane was due to land at 7:50 a.m. local time, according to flight tracking data.',
        ),
        'time',
      ),
    ).toEqual([]);
  });

  it('a lower toll the later report gives as a revision is an update; without the revision, a conflict', () => {
    const d = (b: string) =>
      pair(
        'Forty-eight people were killed when Flight 417 crashed near Velmar on Monday, the authority said.',
        b,
        ['2031-11-02', '2031-11-03'],
      );
    expect(
      kinds(
        d(
          'Forty-seven people died in the crash of Flight 417, the authority said, revising its earlier figure.',
        ),
        ...FIGURES,
      ).map((x) => x.kind),
    ).toEqual(['update']);
    expect(
      kinds(
        d('Forty-seven people died in the crash of Flight 417 near Velmar, the authority said.'),
        ...FIGURES,
      ).map((x) => x.kind),
    ).toEqual(['count']);
  });

  it('the brief cites no document giving another figure of what the item counts, though the entry lists another outlet', () => {
    // A whole fictional story: five outlets on one plane crash.
    const d = analyzeTexts(
      [
        "https://www.globalwire.example/world/plane-crash-velmar-1102\nPassenger plane crashes near Talvik, killing 48\nNovember 2, 2032\nA passenger plane carrying 52 passengers and six crew crashed shortly after take-off from Talvik on Monday, killing 48 people, the civil aviation authority said.\nFlight 417, operated by Morvane Air, left Talvik airport at 7:05 a.m. and lost contact two minutes later, the authority said.\nTen people survived and were taken to hospital, a hospital official said.\nThe aircraft, a 12-year-old Brisk 300 turboprop, had passed an inspection in August, Morvane Air said in a statement.\nThe airline's last fatal accident was in 2019, when 17 people died.\n",
        'Talvik Courier\nTalvik air crash: what we know\nBy Jonas Arkell\nNovember 2, 2032\nForty-eight people were killed when Morvane Air Flight 417 crashed into a field near the village of Tessa on Monday morning.\nThe plane, with 50 passengers and six crew members on board, took off at 7:05 a.m., airport officials said.\nTransport Minister Ilse Vargo, 49, said it was too early to speculate on the cause.\nMorvane Air chief executive Piet Morrow said the airline was "devastated".\nWitnesses said the plane was trailing smoke before it came down.\n',
        'https://www.northtimes.example/2032/11/02/corvane-crash\nMorvane Air flight crashes, 48 dead\nBy Mara Quint\nNovember 2, 2032\nA Morvane Air turboprop crashed on Monday three kilometres from the runway at Talvik, killing 48 of the 58 people on board, officials said.\nThe plane took off at 7:50 a.m. local time, according to flight tracking data.\nTransport Minister Ilse Vargo, 47, has ordered an investigation.\nThe black boxes have been recovered, the civil aviation authority said.\n',
        "https://dailyherald.example/news/velmar-crash-survivors\nSurvivors of Talvik crash recovering in hospital\nBy Leo Brandt\nNovember 3, 2032\nEleven survivors of Monday's crash of Morvane Air Flight 417 are being treated in hospital, doctors said on Tuesday.\nThe plane crashed seven kilometres from the runway, the civil aviation authority said.\nForty-seven people died in the crash, the authority said, revising its earlier figure after one victim was found to have missed the flight.\nMorvane Air's chief executive, Piet Morrow, visited the survivors on Tuesday.\n",
        "The Morning Post\nAirline grounds fleet after Talvik crash\nNovember 3, 2032\nMorvane Air has grounded its fleet of nine Brisk 300 aircraft after Monday's crash that killed 48 people, the airline said on Tuesday.\nThe airline said the grounded plane, which was 12 years old, had been inspected in August.\nMorvane Air chief financial officer Piet Morrow said the grounding would last at least a week.\nPassengers booked on Morvane flights will be offered refunds, the airline said.\n",
      ].map((text, i) => ({ location: `${i}.txt`, text })),
    );
    const item = d.brief.find((b) => /\b(?:48|Forty-eight)\b/.test(b.text));
    expect(item).toBeDefined();
    // The fourth article gives 47 dead: it does not back 48.
    expect(item!.docs).not.toContain(d.documents[3]!.id);
    expect(item!.docs.length).toBeGreaterThanOrEqual(3);
  });
});

describe('stop 21: a data breach', () => {
  it('two chief officers (`chief technology officer` / `chief information officer`) conflict, each post named once', () => {
    const d = (b: string) =>
      pair(
        "Halmark's chief technology officer, Ines Parro, said no payment card numbers were taken in the breach.",
        b,
        DATED,
      );
    const found = kinds(
      d("Halmark's chief information officer, Ines Parro, said the company would not pay the ransom."),
      'role',
    );
    expect(found.map((x) => x.note)).toEqual([
      "Ines Parro is given different posts: Halmark's chief technology officer vs Halmark's chief information officer",
    ]);
    expect(
      kinds(d('Chief technology officer Ines Parro said the company would not pay the ransom.'), 'role'),
    ).toEqual([]);
  });

  it('the day a breach was discovered is one dated event across outlets', () => {
    const d = (b: string) =>
      pair('Halmark discovered the attack on the retailer on May 9, according to a company spokeswoman.', b, [
        '2032-05-18',
        '2032-05-18',
      ]);
    expect(texts(d('The retailer Halmark said it discovered the attack on May 19.'), 'date')).toEqual([
      ['May 19', 'May 9'],
    ]);
    expect(texts(d('The retailer Halmark said the attacker was arrested on May 12.'), 'date')).toEqual([]);
  });
});

describe('stop 21: what a sum is in', () => {
  it('a compound after a sum is read by its head (`$20 million in emergency aid`), its words shown', () => {
    const d = pair(
      'The government said it would release $25 million in emergency aid for the flooded villages of the Talvik valley.',
      'The government has released $20 million in emergency aid for the flooded villages of the Talvik valley.',
      ['2031-04-14', '2031-04-15'],
    );
    const [x] = kinds(d, ...FIGURES);
    expect(x!.note).toBe(
      'the figures for emergency aid change between reports in publication order: $25 million → $20 million',
    );
    // Control: a sum in another thing is another sum.
    const other = pair(
      'The government said it would release $25 million in emergency aid for the flooded villages of the Talvik valley.',
      'The government has released $20 million in reconstruction loans for the flooded villages of the Talvik valley.',
      ['2031-04-14', '2031-04-15'],
    );
    expect(kinds(other, ...FIGURES)).toEqual([]);
  });
});

describe('stop 21: measures in two units', () => {
  it('a speed in mph is compared in km/h; a conversion in brackets is one value', () => {
    const d = (b: string) =>
      pair(
        'Storm Orla made landfall near the port of Kessa on Tuesday with winds of 180 km/h (112 mph), officials said.',
        b,
        ['2031-09-14', '2031-09-14'],
      );
    expect(
      kinds(
        d(
          'Storm Orla battered the coast near the port of Kessa on Tuesday with winds of 112 mph, officials said.',
        ),
        ...FIGURES,
      ),
    ).toEqual([]);
    expect(
      texts(
        d(
          'Storm Orla battered the coast near the port of Kessa on Tuesday with winds of 125 mph, officials said.',
        ),
        ...FIGURES,
      ),
    ).toEqual([['112 mph', '125 mph', '180 km/h']]);
  });

  it('`about 6 miles` agrees with `10 km`; a later `35 km` updates both', () => {
    const d = analyzeTexts(
      [
        ['The quake struck at a depth of 10 km below the Kelva hills, the survey said.', '2031-04-14'],
        [
          'The quake struck at a depth of about 6 miles below the Kelva hills, the survey said.',
          '2031-04-14',
        ],
        ['The quake struck at a depth of 35 km below the Kelva hills, the survey said.', '2031-04-15'],
      ].map(([text, published], i) => ({
        location: `${i}.txt`,
        text: `Quake ${i}\n\n${text}\n`,
        known: { published: published! },
      })),
    );
    expect(kinds(d, ...FIGURES).map((x) => x.kind)).toEqual(['update']);
  });
});

describe('stop 21: a transfer', () => {
  it('an outlet that gives the announced fee only to set its own against it contradicts it', () => {
    const d = (b: string) =>
      pair(
        'Port Alder United sold striker Daniel Okafo to Velmar City on Monday for £48 million, the club announced.',
        b,
        ['2033-01-30', '2033-01-30'],
      );
    expect(
      texts(
        d(
          'Velmar City paid Port Alder United £52 million for Daniel Okafo, more than the £48 million the club announced.',
        ),
        ...FIGURES,
      ),
    ).toEqual([['£48 million', '£52 million']]);
    // Control: an outlet giving both as parts of one sum agrees.
    expect(
      texts(
        d(
          'Velmar City paid Port Alder United £48 million for Daniel Okafo, and £52 million with the add-ons.',
        ),
        ...FIGURES,
      ),
    ).toEqual([]);
  });

  it('goals in all competitions are not the league goals', () => {
    const d = (b: string) =>
      pair(
        'Daniel Okafo scored 19 goals for Port Alder United in the league this season, the club said.',
        b,
        DATED,
      );
    expect(
      texts(
        d(
          'Daniel Okafo scored 21 goals for Port Alder United in all competitions this season, the club said.',
        ),
        ...FIGURES,
      ),
    ).toEqual([]);
    expect(
      texts(
        d('Daniel Okafo scored 21 goals for Port Alder United in the league this season, the club said.'),
        ...FIGURES,
      ),
    ).toEqual([['19 goals', '21 goals']]);
  });
});

describe('stop 21: a claim is shown by a sentence of its own', () => {
  it('not by a sentence a claim ranked above already holds, when it has one of its own', () => {
    // A whole fictional story: five outlets on one jewel robbery.
    const d = analyzeTexts(
      [
        'https://www.capitalnews.example/crime/2032/09/09/jewel-heist-rue-marchal\nArmed robbers steal \u20ac80 million in jewels from Lorvel store\nBy Claire Vidal\nSeptember 9, 2032\nFour armed men stole jewels worth \u20ac80 million from a Lorvel jeweller on Rue Vanel on Wednesday morning, police said.\nThe robbers entered the store at 9:15 a.m., threatened staff with handguns and left in less than eight minutes, a police spokeswoman said.\nA 52-year-old security guard was slightly injured.\nThe men fled in a dark 4x4 that was later found burned out near the ring road.\nIt was the biggest jewel robbery in the city since 2011, when thieves took \u20ac70 million from a store on the same street.\nPolice have not made any arrests.\n',
        "The Evening Standard-Gazette\nJewel thieves take 80 million euros in daylight raid\nSeptember 9, 2032\nThree men armed with pistols robbed the Halde jewellery store on Rue Vanel in Lorvel on Wednesday, taking 80 million euros' worth of gems, prosecutors said.\nThe raid began at 9:50 a.m. and lasted seven minutes.\nThe guard, 55, was treated in hospital for cuts, a prosecutor's spokesman said.\nInvestigators are studying footage from 40 cameras, the prosecutor's office said.\n",
        'https://www.globalwire.example/world/lorimont-heist-0909\nRobbers seize 85 mln euros of jewels in Lorvel\nSeptember 9, 2032\nArmed robbers stole jewellery worth an estimated \u20ac85 million from the Halde store in central Lorvel on Wednesday, a source close to the investigation said.\nFour men took part in the robbery, the source said.\nThey escaped in a 4x4 vehicle, the source added.\nThe store\'s owner, Henri Halde, 71, said he was "shocked but grateful nobody was killed."\n',
        "https://morningpost.example/2032/09/10/halberg-robbery-arrests\nTwo arrested after \u20ac80 million Halde jewel raid\nBy Nils Ardent\nSeptember 10, 2032\nPolice arrested two men on Thursday in connection with Wednesday's \u20ac80 million robbery of the Halde jewellery store, prosecutors said.\nThe four robbers threatened staff with handguns before emptying display cases, prosecutors said.\nThe store's owner, Henri Halde, 74, thanked police.\nThe men, aged 31 and 38, were being questioned, a prosecutor said.\nNone of the jewels have been recovered.\n",
        'Lorvel Weekly\nHalde heist: what we know\nBy Ines Carro\nSeptember 11, 2032\nFour men stole \u20ac80 million in jewels from the Halde store on Wednesday, according to police.\nThe guard who was hurt, 52, has left hospital, his family said.\nTwo men were arrested on Thursday; a third was arrested on Friday, police said.\nThe 2011 robbery on the same street, in which \u20ac70 million was taken, was never solved.\n',
      ].map((text, i) => ({ location: `${i}.txt`, text })),
    );
    const key = (m: { doc: string; start: number }): string => `${m.doc}:${m.start}`;
    const above = new Set<string>();
    let held = 0;
    for (const c of d.claims) {
      const own = c.members.filter((m) => !above.has(key(m)));
      const shownBy = c.members.find(
        (m) => d.documents.find((x) => x.id === m.doc)!.text.slice(m.start, m.end) === c.text,
      );
      if (shownBy && above.has(key(shownBy)) && own.length) held++;
      for (const m of c.members) above.add(key(m));
    }
    expect(held).toBe(0);
    expect(new Set(d.claims.map((c) => c.text)).size).toBe(d.claims.length);
  });
});

describe('stop 22: the year a building was built, and dated events', () => {
  it('the year a building was built, told as a year, a decade or its age, is one figure', () => {
    const d = (b: string) =>
      pair('The 57-year-old Orlin bridge collapsed into the river on Monday, officials said.', b, [
        '2031-05-06',
        '2031-05-06',
      ]);
    expect(
      texts(d('The Orlin bridge, which was built in 1962, collapsed into the river on Monday.'), ...FIGURES),
    ).toEqual([['1962', '57-year-old Orlin bridge']]);
    // Controls: a year its age allows, a decade that holds it, and a year no building is said of.
    expect(
      kinds(d('The Orlin bridge, which was built in 1974, collapsed into the river on Monday.'), ...FIGURES),
    ).toEqual([]);
    expect(
      kinds(
        d('The Orlin bridge, built in the 1970s, collapsed into the river on Monday, officials said.'),
        ...FIGURES,
      ),
    ).toEqual([]);
    expect(
      kinds(
        d(
          'The Orlin bridge collapsed on Monday; the dispute over its repair dates back to 1962, officials said.',
        ),
        ...FIGURES,
      ),
    ).toEqual([]);
  });

  it('a weekday of a dated report is the day before publication it names, set against a calendar day', () => {
    // 6 March 2031 is a Thursday: `on Tuesday` is 4 March.
    const d = (b: string) =>
      pair('A fire destroyed the old Orlin flour mill on Tuesday, fire officials said.', b, [
        '2031-03-06',
        '2031-03-06',
      ]);
    expect(
      texts(d('A fire destroyed the old Orlin flour mill on March 1, fire officials said.'), 'date'),
    ).toEqual([['March 1', 'Tuesday']]);
    // Controls: the same day, and the next morning (a night told from two sides), agree.
    expect(
      kinds(d('A fire destroyed the old Orlin flour mill on March 4, fire officials said.'), 'date'),
    ).toEqual([]);
    expect(
      kinds(d('A fire destroyed the old Orlin flour mill on March 5, fire officials said.'), 'date'),
    ).toEqual([]);
  });

  it('a date after the noun of an event is that event’s (`the shooting … on Saturday`), not the charge’s', () => {
    const d = (b: string) =>
      pair(
        'Marcus Doyle was charged on Monday with murder over the shooting of a man in Corvel, police said.',
        b,
        ['2031-03-06', '2031-03-06'],
      );
    expect(
      kinds(
        d(
          'Police charged Marcus Doyle with murder over the shooting of a man outside a bar in Corvel on Saturday.',
        ),
        'date',
      ),
    ).toEqual([]);
    // Control: the charge dated two ways is a discrepancy.
    expect(
      kinds(
        d(
          'Police charged Marcus Doyle on Thursday with murder over the shooting of a man outside a bar in Corvel.',
        ),
        'date',
      ),
    ).toHaveLength(1);
  });
});

describe('stop 24: a date of an undated report, and the nouns facts count', () => {
  it('an undated report’s weekday against a date with its year: the date is a weekday too', () => {
    // 9 December 2031 is a Tuesday; neither report is dated.
    const d = (day: string) =>
      pair(
        `A gunman opened fire at an office party in Kessel on ${day}, killing three people.`,
        'A gunman opened fire at an office party in Kessel on December 9, 2031, killing three people.',
      );
    expect(texts(d('Friday'), 'date')).toEqual([['December 9, 2031', 'Friday']]);
    // Controls: the date's own weekday, and the day before it (a night told from two sides), agree.
    expect(kinds(d('Tuesday'), 'date')).toEqual([]);
    expect(kinds(d('Monday'), 'date')).toEqual([]);
  });

  it('an undated report’s day and month is read in the year nearest a dated report’s weekday', () => {
    // 6 March 2031 is a Thursday: the dated report's `on Tuesday` is 4 March.
    const d = (b: string): Dossier =>
      analyzeTexts([
        {
          location: 'one.txt',
          text: 'Mill report\n\nA fire destroyed the old Orlin flour mill on Tuesday, fire officials said.\n',
          known: { published: '2031-03-06' },
        },
        { location: 'two.txt', text: `Mill update\n\n${b}\n` },
      ]);
    expect(
      texts(d('A fire destroyed the old Orlin flour mill on March 1, fire officials said.'), 'date'),
    ).toEqual([['March 1', 'Tuesday']]);
    // Control: the day the weekday names.
    expect(
      kinds(d('A fire destroyed the old Orlin flour mill on March 4, fire officials said.'), 'date'),
    ).toEqual([]);
  });

  it('a noun ending in `ies` in the singular keeps its name (`species`); a plural in `ies` is lemmatised', () => {
    expect(lemma('species')).toBe('species');
    expect(lemma('Series')).toBe('series');
    // Controls.
    expect(lemma('injuries')).toBe('injury');
    expect(lemma('bodies')).toBe('body');
  });
});

describe('a percentage of a change is the size of a rise or a fall (stop 24, main)', () => {
  it('`fell 7 percent` against `fell 11 percent` is a conflict; `rose 3 percent` joins neither', () => {
    const d = pair(
      'Shares in Orvane Shipping fell 7 percent in Lowmarsh trading on Monday after the ferry sank.',
      'Shares in Orvane Shipping fell 11 percent on Monday after the ferry sank, and rose 3 percent on Tuesday.',
    );
    expect(texts(d, ...FIGURES)).toEqual([['11 percent', '7 percent']]);
  });
  it('control: a rise against a fall of one thing is no conflict', () => {
    const d = pair(
      'Shares in Orvane Shipping fell 7 percent in Lowmarsh trading on Monday after the ferry sank.',
      'Shares in Orvane Shipping rose 3 percent on Tuesday as divers reached the ferry.',
    );
    expect(texts(d, ...FIGURES)).toEqual([]);
  });
});

describe('several weekdays in one sentence, each in its own clause (stop 24, main)', () => {
  const weekdays = (text: string) =>
    (pair(text, 'Nothing else happened.').facts ?? [])
      .filter((f) => f.kind === 'date' && String(f.value).startsWith('W:'))
      .map((f) => `${f.value} ${f.event ?? '-'} ${f.rule}`);
  it("`resigned on Monday after the council met on Saturday`: Monday is the resignation's, Saturday not", () => {
    expect(
      weekdays('Mayor Ada Quill of Lowmarsh resigned on Monday after the council met on Saturday.'),
      // (Saturday is the meeting's, its act read from `met`: rule `fact:date:weekday-of-act`.)
    ).toEqual(['W:1 resign fact:date:weekday-of-clause', 'W:6 act:meet fact:date:weekday-of-clause']);
  });
  it('control: two days of one clause are read as none; one weekday as before', () => {
    expect(weekdays('Mayor Ada Quill of Lowmarsh resigned on Monday and Tuesday, aides said.')).toEqual([]);
    expect(weekdays('Mayor Ada Quill of Lowmarsh resigned on Monday.')).toEqual([
      'W:1 resign fact:date:weekday',
    ]);
  });
});

describe('an air crash (h-trial8)', () => {
  it('`The 12-year-old aircraft` is a thing’s age, not the person the sentence before names', () => {
    const d = (second: string) =>
      pair(
        'The captain, Ivo Renn, 51, had flown for Corvane Air for 20 years.',
        `The captain, Ivo Renn, had flown for Corvane Air for 20 years. ${second}`,
        DATED,
      );
    expect(kinds(d('The 12-year-old aircraft had been inspected in May.'), 'age')).toEqual([]);
    expect(kinds(d('The 30-year-old ferry had been inspected in May.'), 'age')).toEqual([]);
    // Control: a description of a person is still the captain's age.
    expect(texts(d('The 52-year-old pilot had been inspected by doctors in May.'), 'age')).toEqual([
      ['51', '52'],
    ]);
  });

  it('survivors counted as `seven survivors` and `Nine people survived` are one figure, not the people on board', () => {
    const d = (b: string) =>
      pair(
        'A Corvane Air jet with 120 people on board crashed near Velmar on Monday. Rescuers pulled seven survivors from the wreckage, officials said.',
        b,
        DATED,
      );
    expect(
      texts(
        d(
          'A Corvane Air jet with 120 people on board crashed near Velmar on Monday. Nine people survived the crash near Velmar, police said.',
        ),
        ...FIGURES,
      ),
    ).toEqual([['Nine people survived', 'seven survivors']]);
    // Control: the same figure of survivors told both ways agrees, and sets nothing against the people on board.
    expect(
      texts(
        d(
          'A Corvane Air jet with 120 people on board crashed near Velmar on Monday. Seven people survived the crash near Velmar, police said.',
        ),
        ...FIGURES,
      ),
    ).toEqual([]);
  });

  it('a plane that `went down` or `came down` at a time: the time of the crash', () => {
    const d = (verb: string) =>
      pair(
        'A Corvane Air jet crashed near Velmar at 7:42 a.m. on Monday, officials said.',
        `Flight 88, a Corvane Air jet bound for Lowmarsh, ${verb} at 8:15 a.m. on Monday near Velmar.`,
        ['2031-11-02', '2031-11-02'],
      );
    expect(texts(d('went down'), 'time')).toEqual([['7:42 a.m.', '8:15 a.m.']]);
    expect(texts(d('came down'), 'time')).toEqual([['7:42 a.m.', '8:15 a.m.']]);
    // Control: a verb of no moment (`was seen`) leaves the time of no event.
    expect(texts(d('was seen'), 'time')).toEqual([]);
  });

  it('a toll from an event named at length (`the toll from Thursday’s crash of ... near Darvo rose to 61`) counts the dead', () => {
    const d = (later: string) =>
      pair('Forty people were killed in the Corvane Air crash near Velmar, officials said.', later, [
        '2031-04-14',
        '2031-04-15',
      ]);
    expect(
      texts(
        d(
          'The toll from Thursday’s crash of Corvane Air Flight 88 near the village of Velmar rose to 61 on Friday, officials said.',
        ),
        ...FIGURES,
      ),
    ).toEqual([['61', 'Forty people']]);
    // Control: a toll road named at length is no toll.
    expect(
      texts(
        d(
          'A toll road from the Corvane Air cargo terminal near the village of Velmar was reopened to 61 lorries on Friday.',
        ),
        ...FIGURES,
      ),
    ).toEqual([]);
  });
});

describe('the brief: a hedged copy yields to its firmer twin (h-trial8)', () => {
  const brief = (first: string) =>
    analyzeTexts(
      [
        first,
        'Seven survivors were reportedly pulled from the wreckage of the Corvane Air jet, the agency said.',
        'Investigators recovered both flight recorders from the wreckage of the Corvane Air jet on Tuesday, Transport Minister Ilse Varro said.',
      ].map((text, i) => ({
        location: `${i}.txt`,
        text: `Report ${i}\n\n${text}\n`,
        known: { language: 'en', published: '2031-05-04' },
      })),
    ).brief.map((b) => b.text);
  it('tells the outlet’s own sentence giving the same figure, not the relay’s `reportedly` copy', () => {
    expect(
      brief(
        'Rescuers pulled seven survivors from the wreckage of the Corvane Air jet, the civil aviation authority said.',
      ),
    ).toEqual([
      'Rescuers pulled seven survivors from the wreckage of the Corvane Air jet, the civil aviation authority said.',
    ]);
  });
  it('control: with no unhedged sentence of the same figure, the hedged one is told, not a sentence sharing its words', () => {
    expect(
      brief(
        'Rescuers are said to have pulled seven survivors from the wreckage of the Corvane Air jet, the civil aviation authority said.',
      ),
    ).toEqual([
      'Seven survivors were reportedly pulled from the wreckage of the Corvane Air jet, the agency said.',
    ]);
  });
});

describe('the brief: a document stating an item gives half its figures (h-trial8)', () => {
  const cites = (third: string) => {
    const d = analyzeTexts(
      [
        'A Corvane Air jet with 120 people on board, 114 passengers and six crew, crashed near Velmar on Monday, killing at least 30 people, officials said.',
        'A Corvane Air jet with 120 people on board crashed near Velmar on Monday, killing at least 30 people, according to the agency.',
        third,
      ].map((text, i) => ({
        location: `${i}.txt`,
        text: `Report ${i}\n\n${text}\n`,
        known: { language: 'en', published: '2031-05-04' },
      })),
    );
    return d.brief.map((b) => b.docs.map((id) => d.documents.findIndex((x) => x.id === id)));
  };
  it('a report giving one of the four figures (the passengers) does not state the item', () => {
    expect(
      cites(
        'The Corvane Air jet that crashed near Velmar on Monday was carrying 114 passengers, the airline said.',
      ),
    ).toEqual([[0, 1]]);
  });
  it('control: a report giving two of them (the passengers and the toll) states it', () => {
    expect(
      cites(
        'The Corvane Air jet that crashed near Velmar on Monday, killing 30 people, was carrying 114 passengers, the airline said.',
      ),
    ).toEqual([[0, 1, 2]]);
  });
});

describe('claims: the word of an age is no shared content (h-trial8)', () => {
  const claims = (a: string, b: string) =>
    analyzeTexts(
      [a, b].map((text, i) => ({
        location: `${i}.txt`,
        text: `Ferry report\n\n${text}\n`,
        known: { language: 'en', published: '2031-05-04' },
      })),
    ).claims.map((c) => c.members.map((m) => m.text.split(' ').slice(0, 4).join(' ')));
  it('`The 12-year-old ferry` and `a 12-year-old boy` among the dead are two facts, not one claim', () => {
    expect(
      claims(
        'The Velmar ferry sank on Monday. The 12-year-old ferry had last been inspected in May, the company said.',
        'The Velmar ferry sank on Monday. Among the dead was a 12-year-old boy travelling with his mother, the company said.',
      ),
    ).toEqual([['The Velmar ferry sank', 'The Velmar ferry sank']]);
  });
  it('control: the 12-year-old boy among the dead told by both is one claim', () => {
    expect(
      claims(
        'The Velmar ferry sank on Monday. A 12-year-old boy travelling alone was among the dead, the company said.',
        'The Velmar ferry sank on Monday. Among the dead was a 12-year-old boy travelling with his mother, the company said.',
      ),
    ).toEqual([
      ['The Velmar ferry sank', 'The Velmar ferry sank'],
      ['A 12-year-old boy travelling', 'Among the dead was'],
    ]);
  });
});

describe('claims: `survived` and `survivors` are one word family (h-trial8)', () => {
  const claims = (b: string) =>
    analyzeTexts(
      [
        'The Velmar ferry sank on Monday. Rescuers pulled seven survivors from the lake, the coast guard said.',
        `The Velmar ferry sank on Monday. ${b}`,
      ].map((text, i) => ({
        location: `${i}.txt`,
        text: `Ferry report\n\n${text}\n`,
        known: { language: 'en', published: '2031-05-04' },
      })),
    ).claims.map((c) => c.members.map((m) => m.text.split(' ').slice(0, 3).join(' ')));
  it('`Nine people survived` joins `seven survivors` (the figures then set against each other)', () => {
    expect(claims('Nine people survived the sinking, the coast guard said.')).toContainEqual([
      'Nine people survived',
      'Rescuers pulled seven',
    ]);
  });
  it('control: nine people who drowned join no survivors', () => {
    expect(claims('Nine people drowned in the sinking, the coast guard said.')).toEqual([
      ['The Velmar ferry', 'The Velmar ferry'],
    ]);
  });
});

describe('a departure town, and two letters swapped in a lone name (h-trial8)', () => {
  it('two neighbouring letters swapped make one lone name written two ways, of any kind', () => {
    expect(spellingVariants('Ostery', 'Ostrey', false)).toBe(true);
    expect(spellingVariants('Halvorsen', 'Halvorsne', true)).toBe(true);
    // Controls: another letter (a town one letter off may be another town), the first letter
    // moved, a short word, a name in capitals.
    expect(spellingVariants('Ostery', 'Ostary', false)).toBe(false);
    expect(spellingVariants('Ostery', 'sOtery', false)).toBe(false);
    expect(spellingVariants('Orma', 'Omra', false)).toBe(false);
    expect(spellingVariants('OSTERY', 'Ostrey', false)).toBe(false);
  });
  it('`take-off from Lowmarsh` against `taken off from Lowmrash`: the town written two ways', () => {
    const d = (b: string) =>
      pair(
        'A Corvane Air jet crashed near Velmar on Monday, shortly after take-off from Lowmarsh, officials said.',
        b,
        DATED,
      );
    expect(
      kinds(d('The Corvane Air plane had taken off from Lowmrash for Velmar, police said.'), 'spelling').map(
        (x) => x.note,
      ),
    ).toEqual(['one name, written 2 ways: Lowmarsh / Lowmrash']);
    // Control: a town named in no departure (`was flying over Lowmrash`) is read by no fact.
    expect(kinds(d('The Corvane Air plane was flying over Lowmrash, police said.'), 'spelling')).toEqual([]);
  });
});

describe('timeline: a name’s number in a possessive day’s noun phrase (h-trial8)', () => {
  const phrases = (sentence: string) => {
    const d = analyzeTexts([
      {
        location: 'one.txt',
        text: `Crash report\n\n${sentence}\n`,
        known: { language: 'en', published: '2031-03-14' },
      },
    ]);
    return d.timeline.map((t) => d.documents[0]!.text.slice((t.clause ?? t).start, (t.clause ?? t).end));
  };
  it('`Thursday’s crash of Corvane Air Flight 88` keeps its flight number', () => {
    expect(
      phrases(
        'The toll from Thursday’s crash of Corvane Air Flight 88 rose to 61 on Friday, officials said.',
      ),
    ).toContain('Thursday’s crash of Corvane Air Flight 88');
  });
  it('control: a number after a lower-case word is no name’s (`of flight 88`)', () => {
    expect(
      phrases('The toll from Thursday’s crash of the flight 88 rose to 61 on Friday, officials said.'),
    ).toContain('Thursday’s crash of the flight');
  });
});

describe('a collective plural before a plural counts the latter (2026-12-04, main)', () => {
  it('`12 police officers were hurt` against `14 officers were hurt` is one toll in two figures', () => {
    const d = pair(
      'Police in Velmar said 12 police officers were hurt at the harbour warehouse on Monday.',
      'Police in Velmar said 14 officers were hurt at the harbour warehouse on Monday.',
    );
    expect(texts(d, ...FIGURES)).toEqual([['12 police officers', '14 officers']]);
  });
  it('control: the same figure in both is no conflict, and `12 police` alone still counts police', () => {
    const d = pair(
      'Police in Velmar said 12 police officers were hurt at the harbour warehouse on Monday.',
      'Police in Velmar said 12 officers were hurt at the harbour warehouse on Monday.',
    );
    expect(texts(d, ...FIGURES)).toEqual([]);
    const alone = pair('Crowds hurt 12 police at the harbour warehouse on Monday.', 'Nothing else happened.');
    expect((alone.facts ?? []).filter((f) => f.kind === 'count').map((f) => f.text)).toEqual(['12 police']);
  });
});

describe('a toll in a headline before a place (2026-12-04, main)', () => {
  const headed = (headline: string) =>
    analyzeTexts([
      { location: 'one.txt', text: `${headline}\n\nA ferry sank off the Corvel coast on Sunday.\n` },
      {
        location: 'two.txt',
        text: 'Corvel ferry disaster\n\nRescuers said 52 people were missing after the ferry sank off Corvel on Sunday.\n',
      },
    ]);
  it('`40 missing off Corvel coast` in one headline against `52 people were missing` in another body', () => {
    expect(texts(headed('Ferry sinking: 40 missing off Corvel coast'), ...FIGURES)).toEqual([
      ['40', '52 people'],
    ]);
  });
  it('control: the same toll in the headline is no conflict', () => {
    expect(texts(headed('Ferry sinking: 52 missing off Corvel coast'), ...FIGURES)).toEqual([]);
  });
});

describe('headline figures without a noun (2026-12-04, main)', () => {
  const headed = (h1: string, b1: string, h2: string, b2: string) =>
    analyzeTexts([
      { location: 'one.txt', text: `${h1}\n\n${b1}\n`, known: { published: '2024-03-11' } },
      { location: 'two.txt', text: `${h2}\n\n${b2}\n`, known: { published: '2024-03-11' } },
    ]);
  const RIOT = 'Police made arrests after a riot in Velmar on Monday.';
  const ARRESTED = 'Police arrested seven people after the riot in Velmar on Monday, officials said.';
  it('`Five arrested after Velmar riot` against `arrested seven people`: people arrested, as a toll is read', () => {
    expect(
      texts(headed('Five arrested after Velmar riot', RIOT, 'Velmar riot', ARRESTED), ...FIGURES),
    ).toEqual([['Five', 'seven people']]);
  });
  it('control: `Seven arrested` agrees', () => {
    expect(
      texts(headed('Seven arrested after Velmar riot', RIOT, 'Velmar riot', ARRESTED), ...FIGURES),
    ).toEqual([]);
  });
  const CHARGED = 'Police said a 35-year-old man was charged on Monday over the stabbing in Velmar.';
  const BODY = 'A man was charged on Monday over a stabbing in Velmar, police said.';
  it('`Man, 34, charged` (a headline drops the auxiliary) and `a man, 34, was charged` against a 35-year-old man charged', () => {
    expect(
      texts(headed('Man, 34, charged over Velmar stabbing', BODY, 'Velmar stabbing', CHARGED), 'age'),
    ).toEqual([['34', '35']]);
    expect(
      texts(
        headed(
          'Velmar stabbing',
          'Police said a man, 34, was charged on Monday over a stabbing in Velmar.',
          'Velmar stabbing',
          CHARGED,
        ),
        'age',
      ),
    ).toEqual([['34', '35']]);
  });
  it('control: a man, 34, who was stabbed is another man than the 35-year-old charged', () => {
    expect(
      texts(
        headed(
          'Velmar stabbing',
          'Police said a man, 34, was stabbed on Monday in Velmar.',
          'Velmar stabbing',
          CHARGED,
        ),
        'age',
      ),
    ).toEqual([]);
  });
});

describe('temperatures and headline rates (2026-12-04, main)', () => {
  const TAIL = ', and the city said that it would open its cooling centres for the week.';
  const heat = (a: string, b: string) =>
    analyzeTexts([
      { location: 'one.txt', text: `${a}\n\nA heatwave hit Velmar on Monday${TAIL}\n` },
      { location: 'two.txt', text: `Velmar heat\n\n${b} in Velmar on Monday, forecasters said${TAIL}\n` },
    ]);
  it('`41C` in a headline against `43 degrees Celsius` or `109 degrees Fahrenheit` (42.8 °C)', () => {
    expect(
      texts(
        heat('Heatwave: temperatures hit 41C in Velmar', 'Temperatures reached 43 degrees Celsius'),
        ...FIGURES,
      ),
    ).toEqual([['41C', '43 degrees Celsius']]);
    expect(
      texts(
        heat('Heatwave: temperatures hit 41C in Velmar', 'Temperatures reached 109 degrees Fahrenheit'),
        ...FIGURES,
      ),
    ).toEqual([['109 degrees Fahrenheit', '41C']]);
  });
  it('control: `43C` is 109 °F; `41C (106F)` is 105 °F as rounded; a night-time low is another figure', () => {
    expect(
      texts(
        heat('Heatwave: temperatures hit 43C in Velmar', 'Temperatures reached 109 degrees Fahrenheit'),
        ...FIGURES,
      ),
    ).toEqual([]);
    expect(
      texts(
        heat(
          'Heatwave: temperatures hit 41C (106F) in Velmar',
          'Temperatures reached 105 degrees Fahrenheit',
        ),
        ...FIGURES,
      ),
    ).toEqual([]);
    expect(
      texts(
        heat('Heatwave: temperatures hit 41C in Velmar', 'Overnight lows of 28C gave no relief'),
        ...FIGURES,
      ),
    ).toEqual([]);
  });
  const market = (headline: string, verb: string) =>
    analyzeTexts([
      {
        location: 'one.txt',
        text: `${headline}\n\nShares in Orlin Motors changed hands fast in Velmar on Monday, traders said.\n`,
      },
      {
        location: 'two.txt',
        text: `Orlin rally\n\nShares in Orlin Motors ${verb} 11 percent in Velmar on Monday, traders said.\n`,
      },
    ]);
  it("a headline's present tense sizes a change as the past does (`shares jump 7%` against `jumped 11 percent`)", () => {
    expect(texts(market('Orlin shares jump 7%', 'jumped'), ...FIGURES)).toEqual([['11 percent', '7%']]);
    expect(texts(market('Orlin Motors shares plunge 7%', 'tumbled'), ...FIGURES)).toEqual([
      ['11 percent', '7%'],
    ]);
  });
  it('control: a jump is not set against a fall, nor against its own size', () => {
    expect(texts(market('Orlin shares jump 7%', 'fell'), ...FIGURES)).toEqual([]);
    expect(texts(market('Orlin shares jump 11%', 'jumped'), ...FIGURES)).toEqual([]);
  });
});

describe('dates of events held, begun or struck (2026-12-04, main)', () => {
  const dates = (d: Dossier) => texts(d, 'date');
  it('`will be held on June 12` against `on June 13`, and `took place` likewise', () => {
    expect(
      dates(
        pair(
          'The summit of Velmar and Orlin will be held on June 12, officials said on Monday.',
          'The summit of Velmar and Orlin will be held on June 13, officials said on Monday.',
        ),
      ),
    ).toEqual([['June 12', 'June 13']]);
    expect(
      dates(
        pair(
          'The summit of Velmar and Orlin took place on June 12, officials said.',
          'The summit of Velmar and Orlin took place on June 13, officials said.',
        ),
      ),
    ).toEqual([['June 12', 'June 13']]);
  });
  it('control: talks held on June 10 are another event than the summit of June 12', () => {
    expect(
      dates(
        pair(
          'The summit of Velmar and Orlin will be held on June 12, officials said on Monday.',
          'Velmar and Orlin held talks on June 10 before the summit of June 12, officials said on Monday.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('what was done to counted things, and a part a verb governs (2026-12-04, main)', () => {
  const SHOT =
    'Velmar air defences shot down 35 of the 40 drones fired at the port on Monday, the army said.';
  it('`shot down 35 of the 40 drones fired` against `downed 30 drones fired at the port`: 35 against 30 downed', () => {
    expect(
      texts(
        pair(SHOT, 'Velmar air defences downed 30 drones fired at the port on Monday, the army said.'),
        ...FIGURES,
      ),
    ).toEqual([['30 drones fired', '35 of the 40 drones fired']]);
  });
  it('and the 40 fired stands against another count of drones fired', () => {
    expect(
      texts(pair(SHOT, 'Orlin fired 52 drones at the port on Monday, the Velmar army said.'), ...FIGURES),
    ).toEqual([['40 drones fired', '52 drones']]);
  });
  it('control: 35 downed in both is no conflict, nor is the 40 fired set against the 35 downed', () => {
    expect(
      texts(
        pair(SHOT, 'Velmar air defences downed 35 drones fired at the port on Monday, the army said.'),
        ...FIGURES,
      ),
    ).toEqual([]);
  });
});

describe('vote tallies after the thing voted on (2026-12-04, main)', () => {
  const votes = (a: string, b: string) => texts(pair(a, b), ...FIGURES).flat();
  it('`passed the budget 312-98` against `by 312 votes to 89`: the votes against differ', () => {
    expect(
      votes(
        'The Velmar parliament passed the budget 312-98 on Monday.',
        'The Velmar parliament passed the budget by 312 votes to 89 on Monday.',
      ),
    ).toEqual(['89', '98']);
  });
  it('`by a 52-48 vote` is read once, as a tally, against `approved the bill 51-49`', () => {
    const found = votes(
      'The Velmar senate approved the bill by a 52-48 vote on Monday.',
      'The Velmar senate approved the bill 51-49 on Monday.',
    );
    expect(found).toContain('52');
    expect(found).toContain('51');
    expect(found.filter((t) => t.includes('-'))).toEqual([]);
  });
  it('control: the same tally written both ways is no conflict', () => {
    expect(
      votes(
        'The Velmar senate approved the bill by a 52-48 vote on Monday.',
        'The Velmar senate approved the bill 52-48 on Monday.',
      ),
    ).toEqual([]);
  });
});

describe('a change sized by a percentage, told as a noun or with `by` (2026-12-04, main)', () => {
  it('`cut deaths by 30 percent` against `a 25 percent drop in deaths`; `a 12 percent fall in sales` against `sales at Orlin fell 15 percent`', () => {
    expect(
      texts(
        pair(
          'The drug cut deaths by 30 percent in the Velmar trial, researchers said on Monday.',
          'The drug led to a 25 percent drop in deaths in the Velmar trial, researchers said on Monday.',
        ),
        ...FIGURES,
      ),
    ).toEqual([['25 percent', '30 percent']]);
    expect(
      texts(
        pair(
          'Orlin reported a 12 percent fall in sales in Velmar in March.',
          'Sales at Orlin fell 15 percent in Velmar in March, the company said.',
        ),
        ...FIGURES,
      ),
    ).toEqual([['12 percent', '15 percent']]);
  });
  it('control: the same change, and a rise against a fall, are no conflict', () => {
    expect(
      texts(
        pair(
          'The drug cut deaths by 30 percent in the Velmar trial, researchers said on Monday.',
          'The drug led to a 30 percent drop in deaths in the Velmar trial, researchers said on Monday.',
        ),
        ...FIGURES,
      ),
    ).toEqual([]);
    expect(
      texts(
        pair(
          'Orlin reported a 12 percent fall in sales in Velmar in March.',
          'Orlin said sales rose 12 percent in Velmar in March.',
        ),
        ...FIGURES,
      ),
    ).toEqual([]);
  });
});

describe('deal reporting (the trial story of an acquisition)', () => {
  it('a sum written with a decimal at a scale word rounds there: `$2.19 billion` agrees with `$2.2 billion`', () => {
    const deal = (b: string) =>
      pair(
        'Corvel Shipping agreed on Monday to buy the Velmar ferry line for $2.2 billion.',
        `Corvel Shipping agreed on Monday to buy the Velmar ferry line for ${b}.`,
      );
    expect(kinds(deal('$2.19 billion'), ...FIGURES)).toEqual([]);
    // Control: another figure at that precision is a conflict.
    expect(texts(deal('$2.4 billion'), ...FIGURES)).toEqual([['$2.2 billion', '$2.4 billion']]);
  });
  it('control: a whole number of millions is the sum, not a round one (`$2 million` against `$2.4 million`)', () => {
    const d = pair(
      'The Velmar council approved a $2 million loan to the Corvel ferry line on Monday.',
      'The Velmar council approved a $2.4 million loan to the Corvel ferry line on Monday.',
    );
    expect(texts(d, ...FIGURES)).toEqual([['$2 million', '$2.4 million']]);
  });
  it("the people at one site are a part of a company's staff (`at its plant in Selby`)", () => {
    const staff = (b: string) =>
      pair('Corvel Shipping, which employs 4,100 people, agreed to sell its Velmar ferry line on Monday.', b);
    expect(
      kinds(
        staff(
          'Corvel Shipping, which employs 900 people at its plant in Selby, agreed to sell its ferry line.',
        ),
        ...FIGURES,
      ),
    ).toEqual([]);
    // Control: the same figure without the site is another count of the staff.
    expect(
      texts(
        staff('Corvel Shipping, which employs 900 people, agreed to sell its ferry line on Monday.'),
        ...FIGURES,
      ),
    ).toEqual([['4,100 people', '900 people']]);
  });
  it('a premium over an average price is another figure than a premium over the close', () => {
    const premium = (basis: string) =>
      pair(
        "Corvel will pay $12 a share, a premium of 20 per cent over Velmar Lines' closing price on Friday.",
        `Corvel will pay $12 a share, a premium of 35 per cent over ${basis}.`,
      );
    expect(kinds(premium("Velmar Lines' average share price over the past 30 days"), ...FIGURES)).toEqual([]);
    // Control: over the same close, the two premiums conflict.
    expect(texts(premium("Velmar Lines' closing price on Friday"), ...FIGURES)).toEqual([
      ['20 per cent', '35 per cent'],
    ]);
  });
  it('a price told as a percentage above another price is the premium (fact:percent-price-against)', () => {
    const premium = (b: string) =>
      pair(
        "Corvel will pay $12 a share, a premium of 20 per cent over Velmar Lines' closing price on Friday.",
        b,
      ).discrepancies.filter((x) => x.note.includes('premium'));
    expect(
      premium("Corvel's offer of $12 a share is 35 per cent above Velmar Lines' last closing price.").map(
        (x) => x.values.map((v) => v.text).sort(),
      ),
    ).toEqual([['20 per cent', '35 per cent']]);
    // Control: shares that rose a percentage above a price moved; they are no premium.
    expect(premium("Velmar Lines' shares rose 35 per cent above the offer price on Monday.")).toEqual([]);
  });
  it("a relay's later sentences pass on the outlet its opening sentence cites: another figure is a conflict, not an update", () => {
    const relay = (opening: string) =>
      analyzeTexts([
        {
          location: 'one.txt',
          text: "Corvel deal\nSelby Press Agency\n\nCorvel Shipping agreed to buy Velmar Lines for $900 million on Monday.\nCorvel will pay $12 a share, a premium of 20 per cent over Velmar Lines' closing price on Friday.\n",
          known: { published: '2031-05-05', language: 'en' },
        },
        {
          location: 'two.txt',
          text: `Corvel to buy Velmar Lines\nharbourwatch.net\n\n${opening}\nCorvel will reportedly pay $12 a share, a premium of 25 per cent over the closing price on Friday.\n`,
          known: { published: '2031-05-06', language: 'en' },
        },
      ]);
    const premium = (d: Dossier) =>
      d.discrepancies.filter((x) => x.note.includes('premium')).map((x) => x.kind);
    expect(
      premium(
        relay('Corvel Shipping has reportedly agreed to buy Velmar Lines, the Selby Press Agency reported.'),
      ),
    ).toEqual(['quantity']);
    // Control: a later report that cites no outlet moved on: an update.
    expect(premium(relay('Corvel Shipping has agreed to buy Velmar Lines, the companies said.'))).toEqual([
      'update',
    ]);
  });
  it('a long surname written with other vowels is one name (`Delamorte` / `Delamourt`)', () => {
    expect(spellingVariants('Ilse Delamorte', 'Ilse Delamourt', true)).toBe(true);
    // Controls: other consonants, a short surname, or not a person.
    expect(spellingVariants('Ilse Delamorte', 'Ilse Delamarne', true)).toBe(false);
    expect(spellingVariants('Ilse Marot', 'Ilse Mourat', true)).toBe(false);
    expect(spellingVariants('Delamorte Lines', 'Delamourt Lines', false)).toBe(false);
  });
  it('a quarter of a year is a date, compared with a month by the quarter it falls in', () => {
    expect(datesDisagree('2032-Q2', '2032-Q3')).toBe(true);
    expect(datesDisagree('2032-Q2', '2032-06-30')).toBe(false);
    expect(datesDisagree('2032-Q2', '2032-07')).toBe(true);
    expect(datesDisagree('2032-Q2', '2032')).toBe(false);
    expect(datesDisagree('2032-Q2', '--06')).toBe(false);
    const close = (b: string) =>
      pair(
        'The sale of the Velmar ferry line to Corvel Shipping is expected to close in the second quarter of 2032.',
        `The sale of the Velmar ferry line to Corvel Shipping is expected to close ${b}.`,
      );
    expect(texts(close('in the third quarter of 2032'), 'date')).toEqual([
      ['the second quarter of 2032', 'the third quarter of 2032'],
    ]);
    // Control: the quarter's last month, or another way of writing the quarter, is no conflict.
    expect(kinds(close('by the end of June 2032'), 'date')).toEqual([]);
    expect(kinds(close('in Q2 2032'), 'date')).toEqual([]);
  });
});

describe('the price of a purchase, told other ways (the trial story of an acquisition)', () => {
  /** What each sum of a one-sentence report is about. */
  const sums = (sentence: string): string[] =>
    (pair(sentence, 'Nothing else happened.').facts ?? [])
      .filter((f) => f.kind === 'quantity' && f.unit !== 'percent')
      .map((f) => `${f.text} ${f.about}`);
  it('a sum in brackets after another is its conversion: the price of what is bought', () => {
    expect(sums('Corvel Shipping will buy Velmar Lines for €2.1 billion ($2.6 billion).')).toEqual(
      expect.arrayContaining(['$2.6 billion noun:price-of-velmar-lines']),
    );
    // Control: a bracket that opens with words is no conversion.
    expect(
      sums('Corvel Shipping will buy Velmar Lines for €2.1 billion (its debt of $2.6 billion).'),
    ).not.toContain('$2.6 billion noun:price-of-velmar-lines');
  });
  it('a sum paid for a named company is its price (`agreed to pay $2.6 billion for Velmar Lines`)', () => {
    expect(sums('Corvel Shipping agreed on Monday to pay $2.6 billion for Velmar Lines.')).toEqual([
      '$2.6 billion noun:price-of-velmar-lines',
    ]);
    // Control: a sum paid for no name is no price of it.
    expect(
      sums('Corvel Shipping agreed on Monday to pay $2.6 billion for new ferries.').join(),
    ).not.toContain('price-of');
  });
});

describe("the brief: a speaker's words are stated only by their words (the trial story of an acquisition)", () => {
  const story = (third: string): Dossier =>
    analyzeTexts(
      [
        'Corvel Shipping agreed on Monday to buy Velmar Lines for $2.2 billion.\nCorvel chief executive Ilse Marot said the deal would make the group a leader in ferries.',
        'Corvel Shipping will buy Velmar Lines for $2.2 billion, the companies said on Monday.\nIlse Marot, the chief executive of Corvel, said the two companies shared a vision.',
        `Corvel Shipping will buy Velmar Lines for $2.2 billion, the companies said on Monday.\n${third}`,
        'Corvel Shipping raised its offer for Velmar Lines on Monday.\nCorvel chief executive Ilse Marot said the higher price was justified.',
      ].map((t, i) => ({
        location: `${i + 1}.txt`,
        text: `Corvel report\n\n${t}\n`,
        known: { language: 'en', published: '2031-05-05' },
      })),
    );
  const justified = (d: Dossier): number[] =>
    (d.brief.find((b) => b.text.includes('justified'))?.docs ?? [])
      .map((id) => d.documents.findIndex((x) => x.id === id) + 1)
      .sort();
  it('a report naming the speaker for something else does not state what she said', () => {
    expect(
      justified(story('Corvel chief executive Ilse Marot is expected to visit the Velmar docks next week.')),
    ).toEqual([4]);
  });
  it('control: a report giving her words does', () => {
    expect(
      justified(story('The higher price was justified, Corvel chief executive Ilse Marot told reporters.')),
    ).toEqual([3, 4]);
  });
});

describe('the note of a conflict sets classes of agreeing values against each other', () => {
  const note = (c: string) =>
    analyzeTexts(
      [
        'Corvel Shipping agreed on Monday to buy Velmar Lines for $2.2 billion.',
        'Corvel Shipping agreed on Monday to buy Velmar Lines for $2.4 billion.',
        `Corvel Shipping agreed on Monday to buy Velmar Lines for ${c}.`,
      ].map((t, i) => ({
        location: `${i + 1}.txt`,
        text: `Corvel report\n\n${t}\n`,
        known: { language: 'en' },
      })),
    ).discrepancies.find((x) => x.kind === 'quantity')?.note;
  it('a sum that rounds to another is written beside it (`$2.19 billion / $2.2 billion vs $2.4 billion`)', () => {
    expect(note('$2.19 billion')).toBe(
      'outlets give different figures for buy Velmar Lines for: $2.19 billion / $2.2 billion vs $2.4 billion',
    );
  });
  it('control: three sums that disagree are three classes', () => {
    expect(note('$2.6 billion')).toBe(
      'outlets give different figures for buy Velmar Lines for: $2.2 billion vs $2.4 billion vs $2.6 billion',
    );
  });
});

describe('goals told by how often someone scored (2026-12-04, main)', () => {
  const game = (a: string, b: string) =>
    texts(
      pair(
        `Ivo Brandt ${a} for Velmar City against Orlin Rovers on Sunday.`,
        `Ivo Brandt ${b} for Velmar City against Orlin Rovers on Sunday.`,
      ),
      ...FIGURES,
    );
  it('`scored twice` against `scored three goals`, and `netted a hat-trick` against `scored twice`', () => {
    expect(game('scored twice', 'scored three goals')).toEqual([['three goals', 'twice']]);
    expect(game('netted a hat-trick', 'scored twice')).toEqual([['a hat-trick', 'twice']]);
  });
  it("control: `scored twice` is two goals; another player's three goals are his", () => {
    expect(game('scored twice', 'scored two goals')).toEqual([]);
    expect(
      texts(
        pair(
          'Ivo Brandt scored twice for Velmar City against Orlin Rovers on Sunday.',
          'Ana Vell scored three goals for Velmar City against Orlin Rovers on Sunday.',
        ),
        ...FIGURES,
      ),
    ).toEqual([]);
  });
});

describe('a percentage a participle follows is the part done (the trial story of a wildfire)', () => {
  const said = (b: string) =>
    pair('Crews had contained 20 per cent of the blaze by Monday evening.', b, ['2032-07-19', '2032-07-19']);
  it('`The blaze was 35 per cent contained` sets 35 per cent of the blaze against 20 per cent', () => {
    expect(texts(said('The blaze was 35 per cent contained on Monday.'), ...FIGURES)).toEqual([
      ['20 per cent', '35 per cent'],
    ]);
  });
  it('control: the blaze growing 35 per cent is a change, not the part contained', () => {
    expect(texts(said('The blaze grew 35 per cent on Monday.'), ...FIGURES)).toEqual([]);
  });
});

describe('an area of land names no other thing (the trial story of a wildfire)', () => {
  const said = (a: string) =>
    pair(a, 'A wildfire near Ostrel has burned 15,000 hectares, the fire service said on Monday.', [
      '2032-07-19',
      '2032-07-19',
    ]);
  it('`12,000 hectares of dry bush` is set against `15,000 hectares` of one statement', () => {
    expect(
      texts(
        said(
          'A wildfire near Ostrel has burned 12,000 hectares of dry bush, the fire service said on Monday.',
        ),
        ...FIGURES,
      ),
    ).toEqual([['12,000 hectares', '15,000 hectares']]);
  });
  it('control: an area of a crop (`12,000 hectares of rice`) is another figure', () => {
    expect(
      texts(
        said('A wildfire near Ostrel has burned 12,000 hectares of rice, the fire service said on Monday.'),
        ...FIGURES,
      ),
    ).toEqual([]);
  });
});

describe('the village an incident began near, and its name written with a doubled ending (the trial story of a wildfire)', () => {
  const said = (b: string) =>
    pair(
      'A wildfire that started near Marvel on Sunday has burned 1,200 hectares, the fire service said.',
      b,
      ['2032-07-19', '2032-07-19'],
    );
  const notes = (d: Dossier, kind: string): string[] => kinds(d, kind).map((x) => x.note);
  it('a village the entity finder does not know (`near the village of Dunmore`) is where the fire began', () => {
    expect(
      notes(
        said(
          'A fire that broke out near the village of Dunmore on Sunday has burned 1,200 hectares, the fire service said.',
        ),
        'place',
      ),
    ).toEqual(['the wildfire is placed differently: Marvel vs Dunmore']);
  });
  it("control: a person's farm is no village", () => {
    expect(
      notes(
        said(
          "A fire that broke out near Anna Dunmore's farm on Sunday has burned 1,200 hectares, the fire service said.",
        ),
        'place',
      ),
    ).toEqual([]);
  });
  it('`Marvel` / `Marvelle` is one name written two ways, not two places', () => {
    const d = said(
      'A fire that broke out near the village of Marvelle on Sunday has burned 1,200 hectares, the fire service said.',
    );
    expect(notes(d, 'spelling')).toEqual(['one name, written 2 ways: Marvel / Marvelle']);
    expect(notes(d, 'place')).toEqual([]);
  });
  it('control: `Marvel` / `Marvella` (another ending) are two places', () => {
    const d = said(
      'A fire that broke out near the village of Marvella on Sunday has burned 1,200 hectares, the fire service said.',
    );
    expect(notes(d, 'spelling')).toEqual([]);
    expect(notes(d, 'place')).toEqual(['the wildfire is placed differently: Marvel vs Marvella']);
  });
});

describe('a temperature a change is measured by is no temperature (the trial story of a wildfire)', () => {
  const said = (a: string) =>
    pair(a, 'Temperatures in the valley reached 41C on Sunday, forecasters said.', [
      '2032-07-19',
      '2032-07-19',
    ]);
  it('`rose by 3C` is not set against `reached 41C`', () => {
    expect(
      texts(said('Temperatures in the valley rose by 3C on Sunday, forecasters said.'), ...FIGURES),
    ).toEqual([]);
  });
  it('control: `rose to 39C` is', () => {
    expect(
      texts(said('Temperatures in the valley rose to 39C on Sunday, forecasters said.'), ...FIGURES),
    ).toEqual([['39C', '41C']]);
  });
});

describe('figures of an election count (the trial story of an election)', () => {
  it('a share with part of the ballots counted is not set against the final share', () => {
    const d = pair(
      'The Green League led the count on Sunday with 44 per cent of the vote, with 70 per cent of ballots counted.',
      'The Green League won the election on Sunday with 40.5 per cent of the vote.',
      DATED,
    );
    expect(texts(d, ...FIGURES)).toEqual([]);
  });
  it('control: a share of the vote with no count in progress is', () => {
    const d = pair(
      'The Green League led the count on Sunday with 44 per cent of the vote.',
      'The Green League won the election on Sunday with 40.5 per cent of the vote.',
      DATED,
    );
    expect(texts(d, ...FIGURES)).toEqual([['40.5 per cent', '44 per cent']]);
  });
  it('the seats a party needs for a majority are no seats it won', () => {
    const d = pair(
      'The Green League needs 76 seats in the assembly for a majority.',
      'The Green League won 52 seats in the assembly on Sunday.',
    );
    expect(texts(d, 'count')).toEqual([]);
  });
  it('control: seats another outlet says the party won are', () => {
    const d = pair(
      'The Green League won 76 seats in the assembly for a majority.',
      'The Green League won 52 seats in the assembly on Sunday.',
    );
    expect(texts(d, 'count')).toEqual([['52 seats', '76 seats']]);
  });
  it('the districts a relative clause picks out are a part, not another count of the districts', () => {
    const d = pair(
      'Runoffs in the 11 districts where no candidate won a majority will be held in June.',
      'The Green League swept all seven districts of the capital, and runoffs will be held in June.',
    );
    expect(texts(d, 'count')).toEqual([]);
  });
  it('control: two counts of the districts with no clause are', () => {
    const d = pair(
      'Runoffs in 11 districts will be held in June, where no candidate won a majority.',
      'Runoffs in seven districts will be held in June.',
    );
    expect(texts(d, 'count')).toEqual([['11 districts', 'seven districts']]);
  });
  it('the day a count was confirmed is not the day of the vote', () => {
    const d = pair(
      'The Green League won the vote in the assembly election on Sunday, the election board said.',
      'The final count confirmed on Wednesday that the Green League won the vote in the assembly election.',
      ['2031-05-05', '2031-05-08'],
    );
    expect(texts(d, 'date')).toEqual([]);
  });
  it('control: a vote dated on another day is', () => {
    const d = pair(
      'The Green League won the vote in the assembly election on Sunday, the election board said.',
      'The Green League won the vote in the assembly election on Wednesday, the election board said.',
      ['2031-05-05', '2031-05-08'],
    );
    expect(texts(d, 'date')).toEqual([['Sunday', 'Wednesday']]);
  });
});

describe("the brief: a named person's hedged view is stated only by a sentence naming them (the trial story of an election)", () => {
  // The election's agency, update, local paper and analysis (fictional); the update's sentence of
  // the Labour Alliance's seats as given.
  const HEDGED =
    'Harrow said the Labour Alliance could still try to form a government with the smaller parties.';
  const citing = (update: string): number[] => {
    const articles = [ELECTION[1]!, ELECTION[3]!, ELECTION[4]!, ELECTION[5]!].map((a, i) => ({
      location: a.location,
      text: i === 1 ? a.text.replace('The Labour Alliance won 38 seats.', update) : a.text,
      known: { language: 'en' },
    }));
    const d = analyzeTexts(articles);
    return (d.brief.find((b) => b.text === HEDGED)?.docs ?? [])
      .map((id) => d.documents.findIndex((x) => x.id === id) + 1)
      .sort();
  };
  it("a report telling the party's seats does not state what the scientist thinks it could do", () => {
    expect(citing('The Labour Alliance won 38 seats.')).toEqual([4]);
  });
  it('control: a report naming her with the same words does', () => {
    expect(citing('The Labour Alliance won 38 seats, Lena Harrow said.')).toEqual([2, 4]);
  });
});

describe('the day sales began is one dated event, whatever words tell it (the trial story of a recall)', () => {
  it('a product that went on sale in one month and was first sold in another is dated two ways', () => {
    const d = pair(
      'The Lumora heater went on sale in October 2029.',
      'The Lumora heater, sold as the model H-9, was first sold in January 2030.',
      ['2033-02-01', '2033-02-01'],
    );
    expect(texts(d, 'date')).toEqual([['January 2030', 'October 2029']]);
  });
  it('control: a product that went on sale and another that was first sold are not one event', () => {
    const d = pair(
      'The Lumora heater went on sale in October 2029.',
      'The Brisk fan, sold as the model F-2, was first sold in January 2030.',
      ['2033-02-01', '2033-02-01'],
    );
    expect(texts(d, 'date')).toEqual([]);
  });
});

describe('facts: a person first described, then named (the trial story of a police shooting)', () => {
  it("the age of a noun the document later names in apposition is that person's", () => {
    const d = pair(
      'Police arrested a 41-year-old woman at the harbour on Friday. The woman, Selma Varrick, was released on bail.',
      'Selma Varrick, 44, was arrested at the harbour on Friday.',
    );
    expect(texts(d, 'age')).toEqual([['41', '44']]);
  });
  it('control: a noun named for another noun stays apart', () => {
    const d = pair(
      'Police arrested a 41-year-old woman at the harbour on Friday. The officer, Selma Varrick, was praised.',
      'Selma Varrick, 44, was at the harbour on Friday.',
    );
    expect(texts(d, 'age')).toEqual([]);
  });
});

describe('facts: the rank of someone described by a deed (the trial story of a police shooting)', () => {
  it('the rank one outlet gives the officer who fired is set against another rank for that officer', () => {
    const d = pair(
      'The officer who fired, a lieutenant, has been suspended.',
      'The officer who fired was a corporal, neighbours said.',
    );
    expect(texts(d, 'role')).toEqual([['corporal', 'lieutenant']]);
  });
  it('control: the ranks of officers described by two deeds stay apart', () => {
    const d = pair(
      'The officer who fired, a lieutenant, has been suspended.',
      'The officer who arrived was a corporal, neighbours said.',
    );
    expect(texts(d, 'role')).toEqual([]);
  });
});

describe('facts: distances from a place, and tonnage written as an adjective', () => {
  it('a length before a word of place is shown as a distance', () => {
    const d = pair(
      'Pirates seized the tanker about 80 km off the coast of Velmar on Saturday, the navy said.',
      'Pirates seized the tanker some 40 km off the coast of Velmar on Saturday, its owners said.',
    );
    expect(texts(d, ...FIGURES)).toEqual([['40 km', '80 km']]);
    expect(kinds(d, ...FIGURES)[0]!.note).toMatch(/figures for distance/);
  });
  it('control: one distance in miles and in kilometres is one distance', () => {
    const d = pair(
      'Pirates seized the tanker about 50 miles off the coast of Velmar on Saturday, the navy said.',
      'Pirates seized the tanker about 80 km off the coast of Velmar on Saturday, its owners said.',
    );
    expect(texts(d, ...FIGURES)).toEqual([]);
  });
  it('a tonnage in thousands written as an adjective is read and compared', () => {
    const d = pair(
      'Pirates seized the Orla Dawn, a 300,000-tonne tanker, off Velmar on Saturday.',
      'Pirates seized the Orla Dawn, a 330,000-tonne tanker, off Velmar on Saturday.',
    );
    expect(texts(d, ...FIGURES)).toEqual([['300,000-tonne', '330,000-tonne']]);
  });
  it('control: `ton` and `tonne` are one figure in two spellings', () => {
    const d = pair(
      'Pirates seized the Orla Dawn, a 300,000-ton tanker, off Velmar on Saturday.',
      'Pirates seized the Orla Dawn, a 300,000-tonne tanker, off Velmar on Saturday.',
    );
    expect(texts(d, ...FIGURES)).toEqual([]);
  });
});

describe('facts: a price, whichever verb sells it, and a screen told as a display', () => {
  it('`will sell for`, `will cost` and `priced at` give the price of the thing, set against each other', () => {
    const d = pair(
      'The Vesta 9 phone has a 48-megapixel camera and will sell for $799, Orlin Labs said.',
      'The Vesta 9 phone will cost $699 when it goes on sale, Orlin Labs said.',
    );
    expect(texts(d, ...FIGURES)).toEqual([['$699', '$799']]);
    expect(kinds(d, ...FIGURES)[0]!.note).toMatch(/figures for price/);
  });
  it('control: one price told with two verbs is one price', () => {
    const d = pair(
      'The Vesta 9 phone has a 48-megapixel camera and will sell for $799, Orlin Labs said.',
      'The Vesta 9 phone, priced at $799, goes on sale in September, Orlin Labs said.',
    );
    expect(texts(d, ...FIGURES)).toEqual([]);
  });
  it("a phone's screen and its display are one thing measured", () => {
    const d = pair(
      'The Vesta 9 phone has a 6.1-inch screen, Orlin Labs said on Tuesday.',
      'The Vesta 9 phone has a 6.3-inch display, Orlin Labs said on Tuesday.',
    );
    expect(texts(d, ...FIGURES)).toEqual([['6.1-inch', '6.3-inch']]);
  });
  it('control: a screen and a camera are two things', () => {
    const d = pair(
      'The Vesta 9 phone has a 6-inch screen, Orlin Labs said on Tuesday.',
      'The Vesta 9 phone has a 12-megapixel camera, Orlin Labs said on Tuesday.',
    );
    expect(texts(d, ...FIGURES)).toEqual([]);
  });
});

describe('facts: rain in millimetres and inches, homes told as households', () => {
  it('`millimetres` written out is a measure, set against `mm`', () => {
    const d = pair(
      'More than 200 millimetres of rain fell in the port of Halvik on Monday, the weather service said.',
      'The port of Halvik saw 150 mm of rain on Monday, the weather service said.',
    );
    expect(texts(d, ...FIGURES)).toEqual([['150 mm', '200 millimetres']]);
  });
  it('control: seven inches of rain is about 180 mm, one figure', () => {
    const d = pair(
      'Seven inches of rain fell in the port of Halvik on Monday, the weather service said.',
      'The port of Halvik saw 180 mm of rain on Monday, the weather service said.',
    );
    expect(texts(d, ...FIGURES)).toEqual([]);
  });
  it('homes cut off are households cut off', () => {
    const d = pair(
      'Storm Brenna cut power to 85,000 homes on the Velmar coast on Monday, the grid operator said.',
      'Storm Brenna cut power to 120,000 households on the Velmar coast on Monday, the grid operator said.',
    );
    expect(texts(d, ...FIGURES)).toEqual([['120,000 households', '85,000 homes']]);
  });
  it('control: homes flooded are not households cut off', () => {
    const d = pair(
      'Storm Brenna flooded 300 homes on the Velmar coast on Monday, officials said.',
      'Storm Brenna cut power to 120,000 households on the Velmar coast on Monday, the grid operator said.',
    );
    expect(texts(d, ...FIGURES)).toEqual([]);
  });
});

describe('facts: people taken by force, and how long they were held (a kidnapping)', () => {
  const DAY: [string, string] = ['2032-05-08', '2032-05-08'];
  it('`seized` and `abducted` date one event', () => {
    const d = pair(
      'The three aid workers were seized on March 22 near the town of Brask, the ministry said.',
      'The three aid workers were abducted on March 17 near the town of Brask, officials said.',
      DAY,
    );
    expect(texts(d, 'date')).toEqual([['March 17', 'March 22']]);
  });
  it('control: the day they were taken is not the day they were freed', () => {
    const d = pair(
      'The three aid workers were seized on March 22 near the town of Brask, the ministry said.',
      'The three aid workers were freed on March 17 near the town of Brask, officials said.',
      DAY,
    );
    expect(texts(d, 'date')).toEqual([]);
  });
  it('days in captivity are days the captors held them', () => {
    const d = pair(
      'The aid workers were freed on Sunday after 47 days in captivity, the ministry said.',
      'Gunmen freed the aid workers on Sunday after holding them for 52 days, officials said.',
      DAY,
    );
    expect(texts(d, ...FIGURES)).toEqual([['47 days', '52 days']]);
  });
  it('control: days spent searching are not days held', () => {
    const d = pair(
      'The aid workers were freed on Sunday after 47 days in captivity, the ministry said.',
      'Soldiers found the aid workers on Sunday after searching for them for 52 days, officials said.',
      DAY,
    );
    expect(texts(d, ...FIGURES)).toEqual([]);
  });
});
