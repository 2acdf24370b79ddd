/** Words that end with a full stop without ending a sentence (compared lower-case, without the dot). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'cpl',
  'st', 'jr', 'sr', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'atty', 'messrs',
  'inc', 'corp', 'ltd', 'co', 'bros', 'plc', 'llc', 'dept', 'univ', 'assn', 'est', 'govt',
  'vs', 'etc', 'no', 'nos', 'fig', 'figs', 'vol', 'pp', 'ca', 'approx', 'cf', 'al', 'ed', 'eds', 'ch', 'sec',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'mt', 'ft', 'ave', 'blvd', 'rd', 'hwy', 'ste', 'apt',
  'a.m', 'p.m', 'e.g', 'i.e', 'ph.d', 'u.s', 'u.k', 'u.n', 'd.c', 'e.u',
]);

/** Words that open sentences; after an acronym such as `U.S.` they signal a sentence break. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in', 'on', 'at', 'this', 'that',
  'these', 'those', 'there', 'his', 'her', 'their', 'its', 'our', 'however', 'meanwhile', 'still', 'yet', 'so',
  'after', 'before', 'when', 'while', 'if', 'as', 'for', 'since', 'according', 'officials', 'some', 'many',
]);
