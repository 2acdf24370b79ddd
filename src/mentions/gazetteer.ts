/**
 * Places and organisations everyone writes about, with the aliases news uses
 * for them: short forms, demonyms, and capitals that stand for governments
 * (`Pyongyang` for the North Korean government). General world knowledge,
 * not drawn from any test story.
 */
export interface GazetteerEntry {
  readonly key: string;
  readonly label: string;
  readonly kind: 'place' | 'organization';
  readonly names: readonly string[];
  /** Adjectives and people words: `North Korean`, `Russians`. */
  readonly demonyms?: readonly string[];
  /** Capitals and seats of power used as metonyms for the government. */
  readonly seats?: readonly string[];
}

const c = (label: string, names: string[], demonyms: string[], seats: string[] = []): GazetteerEntry => ({
  key: `place:${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
  label,
  kind: 'place',
  names: [label, ...names],
  demonyms,
  seats,
});

const o = (label: string, names: string[]): GazetteerEntry => ({
  key: `org:${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
  label,
  kind: 'organization',
  names: [label, ...names],
});

export const GAZETTEER: readonly GazetteerEntry[] = [
  c(
    'United States',
    ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'],
    ['American', 'Americans', 'US', 'U.S.'],
    ['Washington', 'White House'],
  ),
  c(
    'United Kingdom',
    ['UK', 'U.K.', 'Britain', 'Great Britain'],
    ['British', 'Briton', 'Britons', 'UK'],
    ['London', 'Downing Street', 'Whitehall'],
  ),
  c('Russia', ['Russian Federation'], ['Russian', 'Russians'], ['Moscow', 'Kremlin']),
  c('Ukraine', [], ['Ukrainian', 'Ukrainians'], ['Kyiv', 'Kiev']),
  c(
    'North Korea',
    ['DPRK', "Democratic People's Republic of Korea"],
    ['North Korean', 'North Koreans'],
    ['Pyongyang'],
  ),
  c('South Korea', ['Republic of Korea', 'ROK'], ['South Korean', 'South Koreans'], ['Seoul']),
  c('China', ["People's Republic of China", 'PRC'], ['Chinese'], ['Beijing']),
  c('Taiwan', [], ['Taiwanese'], ['Taipei']),
  c('Japan', [], ['Japanese'], ['Tokyo']),
  c('India', [], ['Indian', 'Indians'], ['New Delhi']),
  c('Pakistan', [], ['Pakistani', 'Pakistanis'], ['Islamabad']),
  c('Afghanistan', [], ['Afghan', 'Afghans'], ['Kabul']),
  c('Iran', [], ['Iranian', 'Iranians'], ['Tehran']),
  c('Iraq', [], ['Iraqi', 'Iraqis'], ['Baghdad']),
  c('Syria', [], ['Syrian', 'Syrians'], ['Damascus']),
  c('Israel', [], ['Israeli', 'Israelis'], ['Jerusalem']),
  c('Palestine', ['Palestinian territories'], ['Palestinian', 'Palestinians'], []),
  c('Lebanon', [], ['Lebanese'], ['Beirut']),
  c('Saudi Arabia', [], ['Saudi', 'Saudis'], ['Riyadh']),
  c('Turkey', ['Türkiye', 'Turkiye'], ['Turkish', 'Turks'], ['Ankara']),
  c('Egypt', [], ['Egyptian', 'Egyptians'], ['Cairo']),
  c('Georgia', [], ['Georgian', 'Georgians'], ['Tbilisi']),
  c('Belarus', [], ['Belarusian', 'Belarusians'], ['Minsk']),
  c('Poland', [], ['Polish', 'Poles'], ['Warsaw']),
  c('Germany', [], ['German', 'Germans'], ['Berlin']),
  c('France', [], ['French'], ['Paris', 'Elysee', 'Élysée']),
  c('Italy', [], ['Italian', 'Italians'], ['Rome']),
  c('Spain', [], ['Spanish', 'Spaniards'], ['Madrid']),
  c('Netherlands', ['Holland'], ['Dutch'], ['Amsterdam', 'The Hague']),
  c('Belgium', [], ['Belgian', 'Belgians'], ['Brussels']),
  c('Sweden', [], ['Swedish', 'Swedes'], ['Stockholm']),
  c('Norway', [], ['Norwegian', 'Norwegians'], ['Oslo']),
  c('Finland', [], ['Finnish', 'Finns'], ['Helsinki']),
  c('Denmark', [], ['Danish', 'Danes'], ['Copenhagen']),
  c('Canada', [], ['Canadian', 'Canadians'], ['Ottawa']),
  c('Mexico', [], ['Mexican', 'Mexicans'], ['Mexico City']),
  c('Brazil', [], ['Brazilian', 'Brazilians'], ['Brasilia', 'Brasília']),
  c('Argentina', [], ['Argentine', 'Argentinian', 'Argentines'], ['Buenos Aires']),
  c('Venezuela', [], ['Venezuelan', 'Venezuelans'], ['Caracas']),
  c('Cuba', [], ['Cuban', 'Cubans'], ['Havana']),
  c('South Africa', [], ['South African', 'South Africans'], ['Pretoria']),
  c('Nigeria', [], ['Nigerian', 'Nigerians'], ['Abuja']),
  c('Kenya', [], ['Kenyan', 'Kenyans'], ['Nairobi']),
  c('Ethiopia', [], ['Ethiopian', 'Ethiopians'], ['Addis Ababa']),
  c('Somalia', [], ['Somali', 'Somalis'], ['Mogadishu']),
  c('Sudan', [], ['Sudanese'], ['Khartoum']),
  c('Australia', [], ['Australian', 'Australians'], ['Canberra']),
  c('New Zealand', [], ['New Zealander', 'New Zealanders'], ['Wellington']),
  c('Indonesia', [], ['Indonesian', 'Indonesians'], ['Jakarta']),
  c('Philippines', [], ['Filipino', 'Filipinos', 'Philippine'], ['Manila']),
  c('Vietnam', ['Viet Nam'], ['Vietnamese'], ['Hanoi']),
  c('Thailand', [], ['Thai'], ['Bangkok']),
  c('Myanmar', ['Burma'], ['Burmese'], ['Naypyidaw']),
  c('Kazakhstan', [], ['Kazakh'], ['Astana']),
  c('Turkmenistan', [], ['Turkmen'], ['Ashgabat']),
  c('Armenia', [], ['Armenian', 'Armenians'], ['Yerevan']),
  c('Azerbaijan', [], ['Azerbaijani', 'Azeri'], ['Baku']),
  c('Greece', [], ['Greek', 'Greeks'], ['Athens']),
  c('Ireland', [], ['Irish'], ['Dublin']),
  c('Switzerland', [], ['Swiss'], ['Bern']),
  c('Austria', [], ['Austrian', 'Austrians'], ['Vienna']),
  c('Hungary', [], ['Hungarian', 'Hungarians'], ['Budapest']),
  c('Romania', [], ['Romanian', 'Romanians'], ['Bucharest']),
  c('Serbia', [], ['Serbian', 'Serbs'], ['Belgrade']),
  c('Moldova', [], ['Moldovan', 'Moldovans'], ['Chisinau']),
  c('South Ossetia', [], ['South Ossetian'], ['Tskhinvali']),
  c('Abkhazia', [], ['Abkhaz'], ['Sukhumi']),
  c('Crimea', [], ['Crimean'], []),
  c('Europe', [], ['European', 'Europeans'], []),
  c('Caucasus', ['Caucasus region'], ['Caucasian'], []),
  o('United Nations', ['UN', 'U.N.', 'UN Security Council', 'Security Council']),
  o('European Union', ['EU', 'E.U.']),
  o('NATO', ['North Atlantic Treaty Organization', 'Nato']),
  o('Central Intelligence Agency', ['CIA']),
  o('Federal Bureau of Investigation', ['FBI']),
  o('International Monetary Fund', ['IMF']),
  o('World Bank', []),
  o('World Health Organization', ['WHO']),
  o('International Committee of the Red Cross', ['ICRC', 'Red Cross']),
  o('Red Crescent', ['Red Crescent Society']),
  o('Amnesty International', ['Amnesty']),
  o('Human Rights Watch', ['HRW']),
  o('UNICEF', ["UN Children's Fund", 'United Nations Children’s Fund', "United Nations Children's Fund"]),
  o('UNHCR', ['UN refugee agency', 'UN High Commissioner for Refugees']),
  o('Interpol', []),
  o('US Geological Survey', ['USGS', 'U.S. Geological Survey', 'United States Geological Survey']),
];

export interface GazetteerHit {
  readonly entry: GazetteerEntry;
  readonly via: 'name' | 'demonym' | 'seat';
}

/** Lower-cased surface form -> entry. */
export const GAZETTEER_INDEX: ReadonlyMap<string, GazetteerHit> = (() => {
  const m = new Map<string, GazetteerHit>();
  for (const entry of GAZETTEER) {
    for (const n of entry.names) m.set(n.toLowerCase(), { entry, via: 'name' });
    for (const n of entry.demonyms ?? [])
      if (!m.has(n.toLowerCase())) m.set(n.toLowerCase(), { entry, via: 'demonym' });
    for (const n of entry.seats ?? [])
      if (!m.has(n.toLowerCase())) m.set(n.toLowerCase(), { entry, via: 'seat' });
  }
  return m;
})();

/** Words that mark a name as an organisation. */
export const ORG_WORDS: ReadonlySet<string> = new Set(
  (
    'times post press news journal herald tribune guardian telegraph gazette daily weekly magazine agency institute ' +
    'university college school bank ministry department council foundation research group company corporation corp inc ' +
    'ltd llc plc party committee commission organization organisation army navy force forces intelligence service ' +
    'services office court parliament congress senate assembly association union fund center centre network ' +
    'rovers wanderers athletic rangers albion fc ' +
    'television radio broadcasting air airlines airways police guard guards command club federation league board bureau ' +
    'authority administration agency reuters associated tank wire ledger radio tv channel broadcaster ' +
    'chronicle observer courier monitor express standard mirror record review bulletin dispatch insider media brigade ' +
    'holdings industries metals mining motors systems technologies partners capital energy logistics shipping ' +
    'trading enterprises solutions pharmaceuticals laboratories petroleum steel chemicals electronics securities ' +
    'investments ventures labs studios software networks foods brands pharma therapeutics biosciences ' +
    'robotics semiconductor semiconductors insurance bancorp telecom telecoms telecommunications aerospace ' +
    'automotive railways utilities ' +
    // Named sporting and cultural events, held by an organiser (`the Halden Marathon`).
    'marathon tournament festival cup regatta'
  ).split(/\s+/),
);

/** Words in a name that mark it as a place. */
export const PLACE_WORDS: ReadonlySet<string> = new Set(
  (
    'port mount mt lake river bay cape island islands isle valley county province region city town village street ' +
    'road avenue square bridge harbour harbor district state oblast krai republic coast sea ocean gulf strait ' +
    'peninsula desert forest park airport station terminal beach hills mountains canal delta plain heights fort saint ' +
    'rue calle strasse straße boulevard plaza piazza avenida'
  ).split(/\s+/),
);

/**
 * Nouns of a building or site that end its name (`Grand Hotel`, `Seaview Hospital`), lower
 * case: a name ending on one is a place, never a person's name. Only as the last word of a
 * name of two words or more (`Hotel staff said` names nothing); not the nouns that are
 * common surnames too (`Hall`, `Camp`, `Church`, `Temple`, `Tower`).
 */
export const FACILITY_WORDS: ReadonlySet<string> = new Set(
  (
    'hotel motel hostel hospital clinic cathedral mosque synagogue shrine stadium arena prison jail penitentiary ' +
    'mall museum theatre theater cinema library building restaurant cafe café nightclub factory refinery ' +
    'barracks embassy consulate courthouse airfield marina warehouse zoo aquarium'
  ).split(/\s+/),
);

/** Capitalised titles written before a name (`Sgt.`, `Judge`, `Chief`), lower case, without the dot. */
export const TITLE: ReadonlySet<string> = new Set(
  (
    'president vice chairman chairwoman chair ceo cfo coo director chief deputy sheriff sgt sergeant lt ' +
    'lieutenant capt captain officer detective det agent inspector marshal marshall judge justice gov governor ' +
    'sen senator rep representative mayor minister secretary attorney commissioner superintendent coach dr ' +
    'prof professor spokesman spokeswoman spokesperson manager trooper corporal cpl col colonel gen maj major ' +
    'adm admiral ambassador councilman councilwoman alderman chancellor premier speaker prosecutor ' +
    'investigator principal pastor rev reverend bishop ' +
    // A member of a parliament, written in capitals before a name (`the MP Helen Straw`, `MEP Ana
    // Varga`; stop 46).
    'mp mep msp'
  ).split(' '),
);

/**
 * Words that carry a title on when they follow one (`Chief Executive`, `Chief Financial
 * Officer`, `Chief Operating Officer`): part of the title, never of the name after it.
 */
export const TITLE_TAIL: ReadonlySet<string> = new Set(
  'executive financial operating technology information marketing officer'.split(' '),
);

/**
 * Professions news writes before a name, in capitals at a sentence's start (`Meteorologist Ivo
 * Brandt said`): the name is after them.
 */
export const PROFESSIONS: ReadonlySet<string> = new Set(
  (
    'meteorologist seismologist volcanologist geologist epidemiologist virologist economist analyst ' +
    'historian scientist researcher forecaster criminologist sociologist psychologist lawyer ' +
    'engineer architect surgeon doctor nurse pilot firefighter teacher striker midfielder defender ' +
    'goalkeeper forward winger manager coach quarterback linebacker cornerback receiver pitcher catcher ' +
    'shortstop outfielder infielder goaltender goalie defenseman sprinter runner hurdler swimmer cyclist ' +
    'skier boxer jockey climber mountaineer ' +
    // Crews and the outdoors (`Skipper Bram Osterholt was flown to hospital`, `Ranger Ida Lund`;
    // h-disc46).
    'skipper fisherman helmsman ranger ' +
    // Who someone is in a local story (`Homeowner Agnes Frey, 64, said`, `Resident Ola Lind`;
    // stop 44).
    'homeowner householder resident landlord landlady tenant neighbour neighbor shopkeeper ' +
    'farmer villager pensioner ' +
    // Who runs a building site (`Foreman Colm Reddin said`, `Supervisor Ana Rusk`; stop 56).
    'foreman forewoman supervisor ' +
    // Parts in a film, a show or a contest (`Showrunner Petra Lind said`, `Challenger Arvid Kesten
    // beat`, `Co-star Mara Quell returns`).
    'showrunner screenwriter producer co-star challenger champion grandmaster'
  ).split(' '),
);

/** Words before a name that mark it as a person. */
export const PERSON_TITLES =
  /\b(mr|mrs|ms|dr|prof|professor|president|minister|premier|chancellor|senator|sen|rep|representative|governor|gov|general|gen|colonel|col|captain|capt|lieutenant|sergeant|secretary|spokesman|spokeswoman|spokesperson|analyst|expert|director|chief|ceo|chairman|chairwoman|leader|ambassador|envoy|judge|justice|king|queen|prince|princess|pope|mayor|deputy|officer|commander|correspondent|reporter|editor|author|former|actor|actress|singer|coach|player)\.?\s+$/i;

/** Capitalised words that start sentences or headlines but are not names. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  (
    'the a an in on at to of for from by with as but and or if when while after before since during this that these those ' +
    'there here it its he she they we you i his her their our my your some many most several few all any each every no ' +
    'not one two three four five six seven eight nine ten first second third last next more less also however ' +
    'meanwhile moreover still yet so then thus therefore although though because what which who whom whose where why how ' +
    'according despite amid among between beyond beneath under over into onto upon about around against without within ' +
    'read related share follow photo video image update updated published monday tuesday wednesday thursday friday ' +
    'saturday sunday january february march april may june july august september october november december today ' +
    'yesterday tomorrow reportedly approximately nearly almost about just only even both either neither such other another ' +
    'earlier later sources officials experts analysts president minister former mr mrs ms dr anonymous unnamed unidentified ' +
    'senior western eastern northern southern top several'
  ).split(/\s+/),
);
