// A fictional business story told by five outlets the way such coverage goes: a wire report
// of a chief executive's resignation, a relay that hedges it, a newspaper with its own
// anonymous sources, a columnist's comment, and the wire's update the next day naming the
// successor. Companies, people, places and outlets are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// Veltrane Motors' chief executive Ola Brandt resigns (Monday 3 March 2031).
// Planted: Brandt's age 58 against 59 (age); the share fall 7 per cent against 11 per cent
// (quantity); the board meeting on Sunday against Saturday (date); the successor's name spelled
// `Ines Marlow` and `Ines Marlowe` (name); 4,200 jobs against 2,400 (count).
// Look-alikes, not conflicts: `about 7 per cent` against `7.2 per cent`; `€1.2 billion ($1.3
// billion)` against `1.2 billion euros`; the 2027 recall of 90,000 cars in the background; the
// columnist's opinion (a commentator, not an origin).
export const RESIGNATION: readonly TrialArticle[] = [
  article('resignation/1-norvane-wire.txt', '2031-03-03', [
    'Veltrane chief Ola Brandt quits amid emissions inquiry',
    'Norvane Press Agency',
    'By Petra Lund',
    '3 March 2031',
    'HALVIK, Norvane - Ola Brandt, the chief executive of carmaker Veltrane Motors, resigned on Monday, the company said, days after prosecutors opened an inquiry into its emissions tests.',
    'Brandt, 58, had led the company since 2024.',
    'The board accepted his resignation at an emergency meeting on Sunday, Veltrane said in a statement.',
    'Shares in Veltrane fell about 7 per cent in Halvik trading after the announcement.',
    'Prosecutors in Halvik said on Friday that they were examining whether the company had understated the emissions of 140,000 vehicles sold since 2029.',
    'Veltrane has set aside €1.2 billion ($1.3 billion) to cover possible fines.',
    'The company, which employs 4,200 people at its Halvik plant, recalled 90,000 cars in 2027 over faulty brakes.',
  ]),
  article('resignation/2-daily-courier.txt', '2031-03-03', [
    'Veltrane boss resigns as emissions probe widens',
    'The Daily Courier',
    '3 March 2031',
    "The head of Veltrane Motors, Ola Brandt, has reportedly stepped down after prosecutors opened an investigation into the carmaker's emissions tests, according to the Norvane Press Agency.",
    'Brandt, 59, resigned on Monday after the board met on Saturday, the agency reported.',
    'Veltrane shares fell 7.2 per cent on the news.',
    'The carmaker has put aside 1.2 billion euros for possible fines, according to the agency.',
    'Veltrane employs 2,400 people in Halvik.',
  ]),
  article('resignation/3-halvik-tribune.txt', '2031-03-03', [
    'Brandt was pushed out by board, insiders say',
    'Halvik Tribune',
    'By Jonas Ekre',
    '3 March 2031',
    "Ola Brandt did not leave Veltrane Motors of his own accord, two people familiar with the board's discussions told the Halvik Tribune.",
    'The board voted 7 to 2 on Sunday to ask for his resignation, one of the people said, speaking on condition of anonymity because the talks were private.',
    'Veltrane declined to comment on the vote.',
    'Brandt, 58, resigned on Monday.',
    'Shares in the company fell 11 per cent, their steepest drop in a decade.',
    'Prosecutors are examining the emissions of 140,000 vehicles, according to a court filing seen by the Tribune.',
  ]),
  article('resignation/4-market-view.txt', '2031-03-04', [
    "Opinion: Veltrane's problems run deeper than one man",
    'Market View',
    'By Sara Holm',
    '4 March 2031',
    'The resignation of Ola Brandt will not fix what is wrong at Veltrane Motors.',
    'Sara Holm, an analyst at Ridgeway Capital, said investors would want to see the results of the emissions inquiry before buying the shares again.',
    '"This is a company that has lost the trust of its customers," Holm said.',
    'In my view, the board should have acted a year ago.',
  ]),
  article('resignation/5-norvane-update.txt', '2031-03-04', [
    'Veltrane names Ines Marlowe as chief executive',
    'Norvane Press Agency',
    'By Petra Lund',
    '4 March 2031',
    "HALVIK, Norvane - Veltrane Motors named its finance chief Ines Marlowe as chief executive on Tuesday, a day after Ola Brandt resigned amid an inquiry into the carmaker's emissions tests.",
    'Marlow, 51, joined Veltrane in 2026 from the rail maker Ostrand.',
    "The board met on Sunday and accepted Brandt's resignation, the company said.",
    'Shares rose 3 per cent on Tuesday after falling 7 per cent on Monday.',
    'Prosecutors said on Tuesday that the inquiry would take at least six months.',
  ]),
];
