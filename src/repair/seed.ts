/**
 * Clean seed sentences for the mojibake generator: short fictional news lines
 * written for corroborate in 30 languages (no text from any corpus). Each line
 * is correct UTF-8 text; the generator breaks it in the ways real text breaks.
 */
export interface SeedLine {
  /** BCP 47 language tag. */
  readonly lang: string;
  readonly text: string;
}

const SEEDS: Record<string, readonly string[]> = {
  en: [
    'The harbour master’s office said the ferry “would sail at dawn” — weather permitting.',
    'Residents of Millbrook paid £12 more for water this year, about €14.',
    'A café owner in Norwich called the decision “naïve” and fled to her résumé.',
  ],
  fr: [
    'Le maire a déclaré que l’école rouvrirait à la rentrée, après les travaux.',
    'À Lyon, les élèves ont été accueillis dès huit heures par une équipe réduite.',
    'Selon la préfecture, « la crue a dépassé le niveau de 1995 » vendredi soir.',
  ],
  de: [
    'Der Bürgermeister äußerte sich am Dienstag zur Schließung der Brücke.',
    'Laut Polizei wurden über 300 Fahrzeuge überprüft, größtenteils in Süddeutschland.',
    'Die Gemeinde will die Gebühren für Müllabfuhr um fünf Prozent erhöhen.',
  ],
  es: [
    'El alcalde anunció que la biblioteca abrirá también los domingos de otoño.',
    'Según la policía, el conductor huyó hacia Ávila tras el accidente en la autovía.',
    '¿Quién pagará la reparación? preguntó una vecina del barrio de Triana.',
  ],
  pt: [
    'A prefeitura informou que a ponte será reaberta no próximo mês, após inspeção.',
    'Os moradores de São João reclamaram da falta de água durante três dias.',
    'O governo não confirmou a informação, disse o porta-voz à rádio local.',
  ],
  it: [
    'Il sindaco ha detto che la città è pronta per l’inverno, ma mancano i fondi.',
    'Più di cento famiglie sono state evacuate dopo la frana di giovedì sera.',
    'La società ha negato ogni responsabilità: «non è colpa nostra», ha dichiarato.',
  ],
  nl: [
    'De gemeente zegt dat de brug vóór de zomer weer open gaat, ondanks vertraging.',
    'Volgens de politie reed de bestuurder te hard op de dijkweg bij Zeeland.',
  ],
  sv: [
    'Kommunen meddelade att skolan i Östersund stängs för reparation under hösten.',
    'Enligt polisen skadades två personer när bussen körde av vägen vid sjön.',
  ],
  no: [
    'Ordføreren sa at den nye brua åpner før jul, selv om været har forsinket arbeidet.',
    'Politiet i Tromsø ba bilistene kjøre forsiktig på glatte veier i kveld.',
  ],
  da: [
    'Borgmesteren udtalte, at færgen til Ærø sejler igen fra på mandag.',
    'Ifølge politiet blev tre biler beskadiget i uvejret søndag aften.',
  ],
  fi: [
    'Kaupunginjohtaja kertoi, että uimahalli avataan jälleen ensi kuussa.',
    'Poliisin mukaan kolme henkilöä loukkaantui lievästi liikenneonnettomuudessa.',
  ],
  is: [
    'Bæjarstjórinn sagði að Ísafjörður fengi nýja höfn á næsta ári.',
    'Áætlað er að Þingvallavegur opni aftur í maí, að sögn Vegagerðarinnar.',
    'Íbúar í Ólafsvík kvörtuðu yfir því að ferjan kæmi of seint.',
  ],
  pl: [
    'Burmistrz powiedział, że nowy most zostanie otwarty jesienią przyszłego roku.',
    'Według policji kierowca zbiegł z miejsca zdarzenia w kierunku Łodzi.',
    'Mieszkańcy Gdańska skarżą się na hałas z placu budowy przy ulicy Źródlanej.',
  ],
  cs: [
    'Starosta uvedl, že nová škola v Českých Budějovicích bude otevřena v září.',
    'Podle policie řidič ujel z místa nehody směrem na Plzeň a nikdo nebyl zraněn.',
    'Obyvatelé Příbrami si stěžují na hluk ze staveniště už třetí měsíc.',
  ],
  sk: [
    'Primátor povedal, že nový most cez Váh otvoria ešte pred Vianocami.',
    'Podľa polície vodič nedobrzdil a narazil do stĺpu pri Žiline.',
  ],
  ro: [
    'Primarul a declarat că școala din Brașov va fi redeschisă în septembrie.',
    'Potrivit poliției, șoferul a părăsit locul accidentului fără să oprească.',
  ],
  hu: [
    'A polgármester szerint az új híd jövő őszre készül el Győrben.',
    'A rendőrség közölte, hogy a sofőr túllépte a megengedett sebességet.',
    'Ízletes ételeket ígért az étterem, de a vendégek csalódtak.',
  ],
  tr: [
    'Belediye başkanı, köprünün önümüzdeki ay yeniden açılacağını söyledi.',
    'Polise göre sürücü kazadan sonra İzmir yönüne doğru kaçtı.',
  ],
  vi: [
    'Ông thị trưởng cho biết cây cầu mới sẽ được khánh thành vào tháng Chín.',
    'Theo cảnh sát, tài xế đã bỏ chạy về hướng Đà Nẵng sau vụ tai nạn.',
  ],
  ru: [
    'Мэр города заявил, что новый мост откроют до конца года.',
    'По данным полиции, водитель скрылся с места аварии в сторону Иркутска.',
    'Жители Новгорода жалуются на шум со стройки уже третий месяц подряд.',
  ],
  uk: [
    'Міський голова повідомив, що нова школа відкриється у вересні.',
    'За даними поліції, водій поїхав з місця пригоди в бік Житомира.',
  ],
  bg: [
    'Кметът съобщи, че новият мост ще бъде открит през пролетта.',
    'Според полицията шофьорът е избягал към Пловдив след катастрофата.',
  ],
  el: [
    'Ο δήμαρχος δήλωσε ότι η νέα γέφυρα θα ανοίξει τον Σεπτέμβριο.',
    'Σύμφωνα με την αστυνομία, ο οδηγός εγκατέλειψε το σημείο του ατυχήματος.',
  ],
  he: ['ראש העירייה אמר כי הגשר החדש ייפתח בחודש הבא.', 'לדברי המשטרה, הנהג נמלט מהמקום לכיוון חיפה.'],
  ar: [
    'قال رئيس البلدية إن الجسر الجديد سيفتح الشهر المقبل.',
    'وبحسب الشرطة، فر السائق من مكان الحادث باتجاه الإسكندرية.',
  ],
  hi: [
    'महापौर ने कहा कि नया पुल अगले महीने खोला जाएगा।',
    'पुलिस के अनुसार चालक दुर्घटना के बाद मौके से फरार हो गया।',
  ],
  th: ['นายกเทศมนตรีกล่าวว่าสะพานใหม่จะเปิดในเดือนหน้า', 'ตำรวจระบุว่าคนขับหลบหนีไปทางเชียงใหม่หลังเกิดเหตุ'],
  zh: ['市长表示，新桥将于下个月通车。', '据警方称，司机在事故发生后逃往杭州方向。'],
  ja: ['市長は、新しい橋が来月開通すると述べた。', '警察によると、運転手は事故の後、横浜方面へ逃走した。'],
  ko: [
    '시장은 새 다리가 다음 달에 개통될 것이라고 말했다.',
    '경찰에 따르면 운전자는 사고 후 부산 방향으로 달아났다.',
  ],
};

/** Seed lines in language order. */
export const SEED_LINES: readonly SeedLine[] = Object.entries(SEEDS).flatMap(([lang, lines]) =>
  lines.map((text) => ({ lang, text })),
);

/** Emoji and symbols from three- and four-byte UTF-8, for the emoji and CESU-8 kinds. */
export const SYMBOLS: readonly string[] = [
  '✓',
  '♥',
  '★',
  '→',
  '€',
  '™',
  '…',
  '😀',
  '👍',
  '🎉',
  '🔥',
  '🙏',
  '📷',
  '❤️',
];

/**
 * Emoji written as sequences (a variation selector, a zero-width joiner, a
 * skin tone, a flag's two regional indicators, a keycap) whose UTF-8 loses
 * only bytes that can be told back when a strict windows-1252 decoder drops
 * its undefined bytes (8D, 8F, 9D): the selector's 8F, the joiner's 8D, a
 * skin tone's 8F, a symbol's 9D or 8F second byte (❤, ❗, ⏰).
 */
export const EMOJI_SEQUENCES: readonly string[] = [
  '❤️',
  '☀️',
  '✌️',
  '✈️',
  '⚽',
  '❗',
  '⏰',
  '❣️',
  '👋🏽',
  '🙌🏻',
  '💪🏿',
  '👩‍💻',
  '🚴‍♀️',
  '🇫🇷',
  '🇯🇵',
  '🇧🇷',
  '1️⃣',
  '#️⃣',
];
