import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Phenomena of news language the discrepancy finder did not read (h-disc65), found on invented
 * three-outlet stories of genres nobody tuned on (a mine collapse, a museum theft, a satellite
 * launch failure, a chemical leak, a teachers' strike), written as tokenised news corpora write
 * them. Fictional places and people throughout.
 */

const tokenised = (slug: string, headline: string, ...lines: string[]) =>
  [
    `http: / / www. ${slug}. com / 2061 / 04 / 15 / story`,
    headline,
    '4: 10 p. m. April 15, 2061',
    ...lines,
  ].join('\n');

describe('an age set apart by tokenised commas (fact:age-apposition-spaced)', () => {
  const lead = 'Ferry workers in Brannock walked out on Tuesday over pay , their union said .';
  it('sets `Orla Pennick , 44 ,` against `Orla Pennick, 46,`', () => {
    const d = story(
      tokenised(
        'brannockpost',
        'Ferry workers walk out',
        lead,
        'Union leader Orla Pennick , 44 , said the strike would last two days .',
      ),
      tokenised(
        'coastnews',
        'Ferry strike in Brannock',
        lead,
        'Union leader Orla Pennick, 46, said the strike would last two days.',
      ),
    );
    expect(entries(d, 'age')).toEqual([['44', '46']]);
  });
  it('control: the same age in both shapes, and a count after a comma, are no age', () => {
    const d = story(
      tokenised(
        'brannockpost',
        'Ferry workers walk out',
        lead,
        'Union leader Orla Pennick , 44 , said the strike would last two days .',
      ),
      tokenised(
        'coastnews',
        'Ferry strike in Brannock',
        lead,
        'Union leader Orla Pennick, 44, said the strike would last two days.',
      ),
      tokenised(
        'islandwire',
        'Ferries halted',
        lead,
        'The walkout was called by Orla Pennick , 40 percent of whose members voted .',
      ),
    );
    expect(entries(d, 'age')).toEqual([]);
  });
});

describe('a number word set apart round its hyphen (quantities:compound-word-spaced)', () => {
  const lead =
    'A gas leak at a dye works in Harrowgate sent workers to hospital on Tuesday , officials said .';
  it('reads `Forty - two people` as 42, so it meets `42 people` and differs from `Fifty - five people`', () => {
    const same = story(
      tokenised(
        'harrowpost',
        'Gas leak at dye works',
        lead,
        'Forty - two people were treated for breathing problems , officials said .',
      ),
      tokenised(
        'dalesnews',
        'Dye works leak',
        lead,
        'In all , 42 people were treated for breathing problems , officials said .',
      ),
    );
    expect(entries(same, 'count')).toEqual([]);
    const apart = story(
      tokenised(
        'harrowpost',
        'Gas leak at dye works',
        lead,
        'Forty - two people were treated for breathing problems , officials said .',
      ),
      tokenised(
        'dalesnews',
        'Dye works leak',
        lead,
        'Fifty - five people were treated for breathing problems , officials said .',
      ),
    );
    expect(entries(apart, 'count')).toEqual([['Fifty - five people', 'Forty - two people']]);
  });
  it('control: a range of two number words is no compound', () => {
    const d = story(
      tokenised(
        'harrowpost',
        'Gas leak at dye works',
        lead,
        'Between twenty and thirty people were treated , officials said .',
      ),
      tokenised('dalesnews', 'Dye works leak', lead, 'Twenty people were treated , officials said .'),
    );
    expect(entries(d, 'count').flat()).not.toContain('twenty and thirty');
  });
});

describe('those trapped are one group, those brought to the surface rescued (fact:count-trapped, fact:brought-to-surface)', () => {
  const lead = 'A tunnel collapsed at the Orrick colliery near Felsby on Monday night , the operator said .';
  it('never sets `Twenty miners were trapped` against `brought 14 miners to the surface`', () => {
    const d = story(
      tokenised(
        'felsbypost',
        'Miners trapped at Orrick pit',
        'Twenty miners were trapped underground on Tuesday after a tunnel collapsed at the Orrick colliery near Felsby , officials said .',
      ),
      tokenised(
        'pitnews',
        'Rescuers free 14 miners at Felsby pit',
        'Rescuers have brought 14 miners to the surface at the Orrick colliery , and six remain trapped , the operator said .',
      ),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
  it('sets `brought 14 miners to the surface` against `11 miners were rescued`', () => {
    const d = story(
      tokenised(
        'felsbypost',
        'Orrick rescue under way',
        lead,
        'Rescuers have brought 14 miners to the surface after the collapse , the operator said .',
      ),
      tokenised(
        'pitnews',
        'Orrick rescue',
        lead,
        'Rescuers said 11 miners were rescued after the collapse , the operator said .',
      ),
    );
    expect(entries(d, 'count')).toEqual([['11 miners', '14 miners']]);
  });
  it('control: two counts of the trapped still differ', () => {
    const d = story(
      tokenised(
        'felsbypost',
        'Miners trapped at Orrick pit',
        lead,
        'Twenty miners were trapped underground after the collapse , the operator said .',
      ),
      tokenised(
        'pitnews',
        'Miners trapped at Orrick',
        lead,
        'Eighteen miners were trapped underground after the collapse , the operator said .',
      ),
    );
    expect(entries(d, 'count')).toEqual([['Eighteen miners', 'Twenty miners']]);
  });
});

describe('a day told as some days after the event is a later act (date:days-after-event)', () => {
  it('never sets `on Thursday , three days after a tunnel collapsed` against the day they were trapped', () => {
    const d = story(
      tokenised(
        'felsbypost',
        'Miners trapped at Orrick pit',
        'Twenty miners were trapped underground on Tuesday after a tunnel collapsed at the Orrick colliery , officials said .',
      ),
      tokenised(
        'pitnews',
        'Orrick miners freed',
        'Rescuers brought the last of 20 trapped miners to the surface at the Orrick colliery on Thursday , three days after a tunnel collapsed , officials said .',
      ),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
  it('control: a day with no distance after it is still the day of its act', () => {
    const d = story(
      tokenised(
        'felsbypost',
        'Orrick miners freed',
        'Rescuers brought the last of 20 trapped miners to the surface at the Orrick colliery on Tuesday , officials said .',
      ),
      tokenised(
        'pitnews',
        'Orrick miners freed',
        'Rescuers brought the last of 20 trapped miners to the surface at the Orrick colliery on Thursday , officials said .',
      ),
    );
    expect(entries(d, 'date')).toEqual([['Thursday', 'Tuesday']]);
  });
});

describe('a time after `lifting off at` is the departure (fact:time-lifting-off)', () => {
  const lead =
    'A Verran 2 rocket carrying a mapping satellite failed minutes after launch from Cape Oster on Tuesday , its maker said .';
  it('sets `after lifting off at 7: 42 p. m. EST` against `lifted off at 6: 42 p. m. EST`', () => {
    const d = story(
      tokenised(
        'launchdaily',
        'Verran rocket fails',
        lead,
        'The rocket lifted off at 6: 42 p. m. EST from Cape Oster , the company said .',
      ),
      tokenised(
        'capeledger',
        'Probe into Verran failure',
        lead,
        'The rocket failed on Tuesday night after lifting off at 7: 42 p. m. EST from Cape Oster , the company said .',
      ),
    );
    expect(entries(d, 'time')).toEqual([['6: 42 p. m.', '7: 42 p. m.']]);
  });
  it('control: the same moment told in another zone is no discrepancy', () => {
    const d = story(
      tokenised(
        'launchdaily',
        'Verran rocket fails',
        lead,
        'The rocket lifted off at 6: 42 p. m. EST from Cape Oster , the company said .',
      ),
      tokenised(
        'capeledger',
        'Probe into Verran failure',
        lead,
        'The rocket failed on Tuesday night after lifting off at 11: 42 p. m. GMT from Cape Oster , the company said .',
      ),
    );
    expect(entries(d, 'time')).toEqual([]);
  });
});

describe('a part joined by `and`, told by what befell it (fact:count-of-them-befell)', () => {
  const lead = 'Ammonia leaked from a cold store in Pellbridge on Wednesday , fire officials said .';
  it('sets `and 11 of them were taken to hospital` against `Seventeen people were hospitalised`', () => {
    const d = story(
      tokenised(
        'pellpost',
        'Ammonia leak at cold store',
        lead,
        'Forty people were treated for breathing problems , and 11 of them were taken to hospital , officials said .',
      ),
      tokenised(
        'bridgenews',
        'Cold store leak sends 17 to hospital',
        lead,
        'Seventeen people were hospitalised after the leak , officials said .',
      ),
    );
    expect(entries(d, 'count')).toEqual([['11 of them', 'Seventeen people']]);
  });
  it('control: a part with no verb of its own is the whole’s part, not the hospitalised', () => {
    const d = story(
      tokenised(
        'pellpost',
        'Ammonia leak at cold store',
        lead,
        'Forty people were treated for breathing problems , and 11 of them children , officials said .',
      ),
      tokenised(
        'bridgenews',
        'Cold store leak sends 17 to hospital',
        lead,
        'Seventeen people were hospitalised after the leak , officials said .',
      ),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe('what a thing cost to build is its cost (fact:sum-cost-to-build)', () => {
  const lead =
    'A rocket carrying the Tern - 2 survey satellite broke apart after launch from Cape Oster on Tuesday , its maker said .';
  it('sets `cost $420 million to build` against `built at a cost of $ 380 million`', () => {
    const d = story(
      tokenised(
        'launchdaily',
        'Tern satellite lost',
        lead,
        'The satellite , built at a cost of $ 380 million , was to map sea ice .',
      ),
      tokenised(
        'capeledger',
        'Tern satellite lost',
        lead,
        'The Tern - 2 satellite cost $420 million to build, according to the agency.',
      ),
    );
    expect(entries(d, 'quantity')).toEqual([['$ 380 million', '$420 million']]);
  });
  it('control: a cost to build is never set against a price it sells at', () => {
    const lead2 = 'Harlow Mobile unveiled its Vela phone in Brenton on Tuesday , the company said .';
    const d = story(
      tokenised(
        'techdaily',
        'Harlow unveils Vela',
        lead2,
        'The Vela will sell for $ 699 from next month , the company said .',
      ),
      tokenised(
        'gadgetwire',
        'Vela phone unveiled',
        lead2,
        'The Vela costs about $ 180 to build , analysts estimated .',
      ),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('the sum a work of art is valued at is its value (fact:sum-value-of-work)', () => {
  const lead =
    'Thieves stole a portrait by Anneke Dorval from the Selby Gallery in Marrow early on Sunday , police said .';
  it('sets `The portrait , valued at 30 million euros ,` against `The 1702 canvas is worth an estimated 25 million euros`', () => {
    const d = story(
      tokenised(
        'marrowtimes',
        'Dorval portrait stolen',
        lead,
        "The portrait , valued at 30 million euros , was the gallery 's best - known work .",
      ),
      tokenised(
        'artwire',
        'Gallery raid in Marrow',
        lead,
        'The 1702 canvas is worth an estimated 25 million euros, the gallery said.',
      ),
    );
    expect(entries(d, 'quantity')).toEqual([['25 million euros', '30 million euros']]);
  });
  it('control: a sketch taken with it keeps its own value', () => {
    const d = story(
      tokenised(
        'marrowtimes',
        'Dorval portrait stolen',
        lead,
        "The portrait , valued at 30 million euros , was the gallery 's best - known work .",
      ),
      tokenised(
        'artwire',
        'Gallery raid in Marrow',
        lead,
        'The thieves also took a small sketch valued at 2 million euros , police said .',
      ),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('a result’s place among attempts is the story’s one run (fact:ordinal-in-attempts, align:one-run-of-attempts)', () => {
  const launch = (slug: string, line: string) =>
    tokenised(
      slug,
      'Verran rocket fails',
      'A Verran 2 rocket carrying a mapping satellite failed minutes after launch from Cape Oster on Tuesday , its maker Orvane Space said .',
      line,
    );
  it("sets `the company 's second failure in 14 launches` against `Orvane's third failure in 14 launches`", () => {
    const d = story(
      launch('launchdaily', "It was the company 's second failure in 14 launches ."),
      launch('capeledger', "It was Orvane's third failure in 14 launches."),
    );
    expect(entries(d, 'count')).toEqual([['second', 'third']]);
  });
  it('control: the same place told of the owner by two words, and the count of launches, agree', () => {
    const d = story(
      launch('launchdaily', "It was the company 's second failure in 14 launches ."),
      launch('capeledger', 'It was its second failure in 14 launches.'),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});
