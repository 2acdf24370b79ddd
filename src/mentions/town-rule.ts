/** The rule of a town read from the preposition before it (`sailing from Mombasa to Jeddah`). */
export const TOWN_RULE = 'mentions:town-after-preposition';
