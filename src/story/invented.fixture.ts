import { analyzeTexts } from '../analyze.js';

/** The dossier of invented articles, one text each (`a1.txt`, `a2.txt` ...), all in English. */
export const story = (...texts: string[]) =>
  analyzeTexts(texts.map((text, i) => ({ text, location: `a${i + 1}.txt`, known: { language: 'en' } })));
