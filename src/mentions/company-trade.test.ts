import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../analyze.js';

/** Stop 58 (main): a company named after its trade (rule `mentions:company-after-trade`). */
const entities = (text: string) => analyzeTexts([{ location: 'a.txt', text }]).entities;

describe('a company named after its trade (mentions:company-after-trade)', () => {
  it('`Carmaker Helvo recalls ...` and later `Helvo said`: one organisation', () => {
    const e = entities(
      'Recall\nApril 2, 2032\nSTUTTMARK, Velmar - Carmaker Helvo is recalling 120,000 cars, the company said.\nHelvo said it was not aware of any accidents.',
    );
    const helvo = e.filter((x) => /Helvo/.test(x.label));
    expect(helvo.map((x) => [x.kind, x.label])).toEqual([['organization', 'Helvo']]);
    expect(helvo[0]!.mentions.length).toBe(2);
  });
  it('so does a trade in lower case (`the airline Skyvia said`)', () => {
    const e = entities('Strike\nApril 2, 2032\nThe airline Skyvia said 40 flights were cancelled.');
    expect(e.filter((x) => /Skyvia/.test(x.label)).map((x) => x.kind)).toEqual(['organization']);
  });
  it('control: a person after a profession stays a person (`Engineer Tom Reyes said`)', () => {
    const e = entities('Strike\nApril 2, 2032\nEngineer Tom Reyes said 40 flights were cancelled.');
    expect(e.filter((x) => /Reyes/.test(x.label)).map((x) => x.kind)).toEqual(['person']);
  });
});
