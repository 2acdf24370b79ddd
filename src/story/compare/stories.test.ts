import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';

// Whole fictional stories told by two outlets, each with discrepancies planted among figures
// that only look alike (an earlier conviction, a workforce worldwide, last season): every
// planted one is reported, and no other factual entry.
const FACTUAL = new Set([
  'count',
  'quantity',
  'update',
  'age',
  'time',
  'date',
  'place',
  'name',
  'role',
  'spelling',
]);
const story = (a: string, b: string, firstPublished = '2024-03-11T10:00:00Z') =>
  analyzeTexts([
    {
      location: 'one.txt',
      text: `First outlet\n\n${a}\n`,
      known: { published: firstPublished, language: 'en' },
    },
    {
      location: 'two.txt',
      text: `Second outlet\n\n${b}\n`,
      known: { published: '2024-03-12T10:00:00Z', language: 'en' },
    },
  ]);
const reported = (a: string, b: string, firstPublished?: string): string[][] =>
  story(a, b, firstPublished)
    .discrepancies.filter((x) => FACTUAL.has(x.kind))
    .map((x) => [...new Set(x.values.map((v) => v.text))].sort())
    .sort((x, y) => x[0]!.localeCompare(y[0]!));

describe('whole stories with planted discrepancies', () => {
  it('shooting: the planted discrepancies and nothing else', () => {
    const a = `A 24-year-old man was charged on Monday with murder after a shooting outside a bar in Corvel that left one man dead, police said.
Marcus Doyle, 24, of Velmar, is accused of firing three shots at Daniel Price, 31, at about 9:45 p.m. on Saturday.
Price was taken to Corvel General Hospital, where he died early on Sunday.
Police received a 911 call from a bartender and arrested Doyle two blocks away.
Doyle was convicted of assault in 2019 and served 18 months in prison.
He is due in court on Wednesday, and faces life in prison if convicted.`;
    const b = `Police in Corvel have charged Marcus Doyle, 42, with murder over the fatal shooting of a man outside a bar on Saturday night.
Doyle is accused of firing four shots at Daniel Price, 31, at around 10:45 p.m., police said.
Price died in hospital on Sunday morning.
Officers arrested Doyle nearby after a bartender called police.
Court records show Doyle served 18 months for assault after a 2019 conviction.
He will appear in court on Wednesday.`;
    expect(reported(a, b)).toEqual([
      ['10:45 p.m.', '9:45 p.m.'],
      ['24', '42'],
      ['four shots', 'three shots'],
    ]);
  });
  it('closure: the planted discrepancies and nothing else', () => {
    const a = `Velmar Motors said on Tuesday it would cut 1,200 jobs and close its plant in Corvel by March 2025, as sales of its cars fell sharply.
The carmaker, which employs 14,000 people worldwide, reported a net loss of $2.3 billion for 2023, compared with a profit of $400 million a year earlier.
Chief executive Laura Finch said the cuts would save about $300 million a year.
Shares in Velmar Motors fell 6 percent in early trading.
The Corvel plant, opened in 1987, builds the company's best-selling pickup truck.`;
    const b = `Carmaker Velmar Motors will shed 1,500 jobs and shut its Corvel factory by June 2025, it announced on Tuesday.
The company posted a net loss of $2.8 billion for 2023 after sales dropped by 12 percent.
Laura Finch, the chief executive, said the restructuring would save roughly $300 million annually.
The Corvel factory has built pickup trucks since 1987 and employs about 1,200 workers.
Velmar Motors shares were down 6 percent by midday.`;
    // Both outlets tell Tuesday's announcement, so both are published on that Tuesday: an
    // article of the Monday before would date a statement of a Tuesday in the week before.
    expect(reported(a, b, '2024-03-12T09:00:00Z')).toEqual([
      ['$2.3 billion', '$2.8 billion'],
      ['1,200 jobs', '1,500 jobs'],
      ['June 2025', 'March 2025'],
    ]);
  });
  it('match: the planted discrepancies and nothing else', () => {
    const a = `Velmar United beat Corvel City 3-1 on Saturday to move second in the league, with striker Joao Ferreira scoring twice.
A crowd of 45,000 watched the match at the Harbour Stadium.
United have now won five of their last six games, while City have lost three in a row.
Ferreira, 27, joined United from Porto last summer for a fee of 30 million euros.`;
    const b = `Two goals from Joao Ferreira helped Velmar United to a 3-2 win over Corvel City at the Harbour Stadium on Saturday.
The victory, watched by 54,000 fans, lifts United to second place.
Ferreira, who cost United 30 million euros when he arrived from Porto last summer, now has 11 goals this season.
City, who finished fourth last season, have lost their last three matches.`;
    expect(reported(a, b)).toEqual([
      ['3-1', '3-2'],
      ['45,000', '54,000 fans'],
    ]);
  });
  it('sentencing: the planted discrepancies and nothing else', () => {
    const a = `A former bank manager was sentenced on Thursday to 25 years in prison for stealing from three elderly clients, the prosecutor's office said.
Judge Anna Harlow also ordered Peter Vance, 58, to pay a fine of $50,000.
Vance took more than $2 million from the accounts between 2018 and 2021, prosecutors said.
A jury of 12 convicted him in November after a two-week trial.`;
    const b = `Peter Vance, a 58-year-old former bank manager, was jailed for 30 years on Thursday for defrauding three elderly customers.
Judge Anna Harlowe fined him $15,000 and ordered him to repay the victims.
Prosecutors said Vance had stolen over $2 million between 2018 and 2021.
He was found guilty in November.`;
    expect(reported(a, b)).toEqual([
      ['$15,000', '$50,000'],
      ['25 years', '30 years'],
      ['Anna Harlow', 'Anna Harlowe'],
    ]);
  });
  it('wildfire: the planted discrepancies and nothing else (an area no noun names, in sentences telling one thing)', () => {
    const a = `A wildfire that broke out on Tuesday near Corvel has burned 12,000 acres and destroyed 300 homes, fire officials said on Thursday.
More than 2,000 firefighters are battling the blaze, which is 20 percent contained.
About 8,000 residents have been ordered to leave their homes.
The fire is the largest in the state since 2018, when a blaze killed 85 people.`;
    const b = `Firefighters said on Thursday the Corvel wildfire, which started on Tuesday, had grown to 21,000 acres and destroyed 250 homes.
The fire was 20 percent contained, and some 2,000 residents of a nearby town were told to evacuate.
In 2018, another wildfire in the state killed 85 people.`;
    expect(reported(a, b)).toEqual([
      ['12,000 acres', '21,000 acres'],
      ['250 homes', '300 homes'],
    ]);
    // Control: the same area.
    expect(reported(a, b.replace('21,000 acres', '12,000 acres'))).toEqual([['250 homes', '300 homes']]);
  });
  it('protest: the planted discrepancies and nothing else (police and organisers count the marchers)', () => {
    const a = `About 10,000 people marched through central Velmar on Saturday to protest against the new pension law, police said.
Police arrested 45 people after clashes near parliament, and three officers were injured.
Organisers said the march stretched for 5 km.
Similar protests in 2019 drew 200,000 people.`;
    const b = `Some 100,000 protesters took to the streets of Velmar on Saturday against the pension reform, according to organisers.
Police detained 54 people following clashes outside parliament.
Three police officers were hurt, a police spokesman said.`;
    expect(reported(a, b)).toEqual([
      ['10,000 people marched', '100,000 protesters took'],
      ['45 people', '54 people following clashes'],
    ]);
  });
  it('explosion: a toll that rose the next day is one update, three to five, not a conflict with the two who died since', () => {
    const a = `Three people were killed and 14 injured when a gas explosion destroyed a block of flats in Corvel on Sunday morning.
Rescuers pulled 11 people from the rubble alive.
A similar explosion in Brask in 2016 killed nine people.
The building, built in 1962, had 48 flats.`;
    const b = `The death toll from Sunday's gas explosion in Corvel rose to five on Monday after two injured residents died in hospital.
Twelve people remain in hospital, two of them in critical condition.
The 1962 building housed about 120 residents in 48 flats.
Firefighters rescued 11 people from the rubble on Sunday.`;
    const d = story(a, b).discrepancies.filter((x) => FACTUAL.has(x.kind));
    expect(d.map((x) => [x.kind, x.values.map((v) => v.text)])).toEqual([
      ['update', ['Three people', 'five']],
    ]);
  });
  it('bond: a year told from publication (`last year`) against a year written out', () => {
    const a = `The Corvel council has bought the old mill for $3 million.
Voters in 2021 approved a $3 million bond to buy the mill, which has stood empty for years.`;
    const b = `Corvel has bought its old mill, empty for a decade, for $3 million.
Last year, Corvel voters approved a $3 million bond to buy the mill.`;
    // Both published in March 2024: `last year` is 2023.
    expect(reported(a, b)).toEqual([['2021', 'Last year']]);
    // Control: the year before the report.
    expect(reported(a.replace('in 2021', 'in 2023'), b)).toEqual([]);
  });
  it('obituary: a date of death in a sentence that also gives the year of birth, each after its own verb', () => {
    const a = `The actress Mira Solen, who was born in 1931, died on May 4 at her home in Corvel, her agent said.
Solen starred in more than 40 films.`;
    const b = `Mira Solen died on May 6 at her home in Corvel, her agent said.
The actress, who starred in more than 40 films, was born in 1931.`;
    expect(reported(a, b)).toEqual([['May 4', 'May 6']]);
    // Control: the same day of death.
    expect(reported(a, b.replace('May 6', 'May 4'))).toEqual([]);
  });
  it('mill fire: a day told from publication (`yesterday`) against a calendar day', () => {
    const a = `A fire destroyed the old Corvel grain mill yesterday, fire officials said.
The mill, empty for a decade, burned for six hours.`;
    const b = `A fire destroyed the old Corvel grain mill on March 6, fire officials said.
The empty mill burned for six hours.`;
    // Both published on Tuesday 12 March 2024: `yesterday` is Monday 11 March.
    expect(reported(a, b, '2024-03-12T10:00:00Z')).toEqual([['March 6', 'yesterday']]);
    // Controls: the same day; the day before it (a night told from two time zones).
    expect(reported(a, b.replace('March 6', 'March 11'), '2024-03-12T10:00:00Z')).toEqual([]);
    expect(reported(a, b.replace('March 6', 'March 10'), '2024-03-12T10:00:00Z')).toEqual([]);
  });
});
