/**
 * Outlets from web addresses: a small shipped table of major news sites' domains and
 * names, and the registrable domain otherwise (`www.ocregister.com/...` -> `ocregister.com`).
 */

/** Major outlets by registrable domain (or a host that differs from it). */
const OUTLET_DOMAINS: ReadonlyMap<string, string> = new Map([
  ['bbc.co.uk', 'BBC'],
  ['bbc.com', 'BBC'],
  ['nytimes.com', 'The New York Times'],
  ['washingtonpost.com', 'The Washington Post'],
  ['wsj.com', 'The Wall Street Journal'],
  ['usatoday.com', 'USA Today'],
  ['latimes.com', 'Los Angeles Times'],
  ['chicagotribune.com', 'Chicago Tribune'],
  ['bostonglobe.com', 'The Boston Globe'],
  ['nypost.com', 'New York Post'],
  ['theguardian.com', 'The Guardian'],
  ['guardian.co.uk', 'The Guardian'],
  ['telegraph.co.uk', 'The Telegraph'],
  ['independent.co.uk', 'The Independent'],
  ['thetimes.co.uk', 'The Times'],
  ['dailymail.co.uk', 'Daily Mail'],
  ['ft.com', 'Financial Times'],
  ['economist.com', 'The Economist'],
  ['reuters.com', 'Reuters'],
  ['apnews.com', 'Associated Press'],
  ['ap.org', 'Associated Press'],
  ['afp.com', 'AFP'],
  ['bloomberg.com', 'Bloomberg'],
  ['cnn.com', 'CNN'],
  ['foxnews.com', 'Fox News'],
  ['nbcnews.com', 'NBC News'],
  ['cbsnews.com', 'CBS News'],
  ['abcnews.go.com', 'ABC News'],
  ['msnbc.com', 'MSNBC'],
  ['npr.org', 'NPR'],
  ['politico.com', 'Politico'],
  ['time.com', 'Time'],
  ['newsweek.com', 'Newsweek'],
  ['huffingtonpost.com', 'HuffPost'],
  ['huffpost.com', 'HuffPost'],
  ['news.yahoo.com', 'Yahoo News'],
  ['sports.yahoo.com', 'Yahoo Sports'],
  ['espn.com', 'ESPN'],
  ['news.sky.com', 'Sky News'],
  ['aljazeera.com', 'Al Jazeera'],
  ['dw.com', 'DW'],
  ['france24.com', 'France 24'],
  ['euronews.com', 'Euronews'],
  ['cbc.ca', 'CBC'],
  ['theglobeandmail.com', 'The Globe and Mail'],
  ['abc.net.au', 'ABC News (Australia)'],
  ['smh.com.au', 'The Sydney Morning Herald'],
  ['hindustantimes.com', 'Hindustan Times'],
  ['indiatimes.com', 'The Times of India'],
  ['thehindu.com', 'The Hindu'],
  ['indianexpress.com', 'The Indian Express'],
  ['scmp.com', 'South China Morning Post'],
  ['japantimes.co.jp', 'The Japan Times'],
  ['spiegel.de', 'Der Spiegel'],
  ['lemonde.fr', 'Le Monde'],
  ['kyivindependent.com', 'The Kyiv Independent'],
  ['themoscowtimes.com', 'The Moscow Times'],
]);

/** Second-level suffixes under which a registrable domain has three labels (`bbc.co.uk`). */
const TWO_LEVEL_SUFFIX = /^(co|com|org|net|gov|ac|edu|ne|or|go|gob|gouv|nic|ltd|plc|sch|mil)\.[a-z]{2}$/;
/** Hosts that give each blog its own subdomain: the subdomain is the site. */
const BLOG_HOSTS =
  /^(wordpress\.com|blogspot\.[a-z.]+|tumblr\.com|typepad\.com|livejournal\.com|substack\.com)$/;

/**
 * A web address written in a text, as it is meant: `http: / / www. bbc. co. uk / news` (a
 * tokenised scrape) is read as `http://www.bbc.co.uk/news`. Null when it is not an address.
 */
export function readUrl(written: string): string | null {
  const joined = written.trim().replace(/\s+/g, '');
  if (!/^(https?:\/\/|www\.)[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(?=[/?#:]|$)/iu.test(joined)) return null;
  return /^www\./i.test(joined) ? `http://${joined}` : joined;
}

/** The registrable domain of an address: `http://news.example.co.uk/a` -> `example.co.uk`. */
export function registrableDomain(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const labels = host.replace(/^www\d?\./, '').split('.');
  if (labels.length < 2 || labels.some((l) => !l)) return null;
  const two = labels.slice(-2).join('.');
  let keep = TWO_LEVEL_SUFFIX.test(two) ? 3 : 2;
  if (BLOG_HOSTS.test(labels.slice(-keep).join('.')) || BLOG_HOSTS.test(labels.slice(-3).join('.')))
    keep += 1;
  return labels.slice(-Math.min(keep, labels.length)).join('.');
}

/**
 * The outlet an address belongs to: a name from the table of major outlets (the host or
 * its registrable domain), otherwise the registrable domain itself. Null for no address.
 */
export function outletOfUrl(url: string): { name: string; rule: string } | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '');
  } catch {
    return null;
  }
  const domain = registrableDomain(url);
  if (!domain) return null;
  const known = OUTLET_DOMAINS.get(host) ?? OUTLET_DOMAINS.get(domain);
  return known
    ? { name: known, rule: 'metadata:outlet-domain-table' }
    : { name: domain, rule: 'metadata:outlet-domain' };
}

/** Company forms after an outlet's name: `The New York Times Company` is the outlet `The New York Times`. */
export function outletName(name: string): string {
  const bare = name
    .trim()
    .replace(/,?\s+(Company|Co\.|Inc\.?|LLC|Ltd\.?|Limited|plc|PLC|Media Group|Group)$/, '')
    .trim();
  return bare.split(/\s+/).length >= 1 && bare.length >= 2 ? bare : name.trim();
}
