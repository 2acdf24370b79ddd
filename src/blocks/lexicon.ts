/**
 * Word lists for page junk, as data. Each pattern is general web furniture
 * (subscription appeals, cookie notices, navigation, share buttons, comment
 * counters), written from how sites are built, not from any test article.
 * `strong` patterns settle a short line on their own; long lines also need a
 * first- or second-person address to the reader (see features.ts).
 */
export interface JunkPattern {
  readonly id: string;
  readonly pattern: RegExp;
  /**
   * A cheaper test every match of `pattern` passes (a word each of its alternatives holds, with
   * the same flags): a line that fails it is not tried with `pattern`. The costliest patterns
   * have one: tried on every line, they scanned each position of lines they never match (stop 57).
   */
  readonly gate?: RegExp;
}

export const JUNK_PATTERNS: readonly JunkPattern[] = [
  {
    id: 'subscription',
    pattern:
      /\b(subscribe|subscription|subscribers?|newsletters?|sign(ed)? up|sign in|log ?in|register (now|today|for free)|membership|become a (member|patron|subscriber)|paywall|premium (access|content)|free trial|abonnier\w*|abonnez|abonnement|suscr[ií]b\w*|iscriviti|e-mail-adresse|per e-mail|par e-mail|por correo)\b/i,
  },
  {
    id: 'donation',
    gate: /donat|support|make a |contribute|chip in|patreon|fund our|payment methods/i,
    pattern:
      /\b(donat(e|es|ed|ing|ion|ions)|support (us|our|independent|journalism|quality)|your support|make a (gift|contribution)|contribute (today|now)|chip in|patreon|fund our|payment methods|support (today|monthly))\b/i,
  },
  {
    id: 'ads',
    pattern:
      /\b(ad-?free|ad ?blockers?|disabl(e|ed|ing) (your |all )?ads?|advertis(ement|ing revenue)|sponsored( content)?)\b/i,
  },
  {
    id: 'legal',
    gate: /©|copyright|rights reserved|cookie|privacy|terms|reprint|permission|hyperlink|consent/i,
    pattern:
      /(©|\bcopyright\b|\ball rights reserved\b|\b(privacy and )?cookies? (policy|policies|settings|preferences|notice|consent)\b|\b(use|uses|accept|accept all|allow) cookies\b|\bprivacy (policy|policies|notice|settings|statement)\b|\bterms (of (use|service)|and conditions)\b|\breprint(s|ed|ing)?\b|\bwritten permission\b|\bactive hyperlink\b|\bconsent preferences\b)/i,
  },
  {
    id: 'feedback',
    pattern:
      /\b(suggest a correction|corrections? or clarifications?|report (a|an) (error|typo|mistake)|press ctrl|ctrl \+ enter|highlight the text|contact us|write to us|let us know|leave (a|your) (comment|reply|suggestions?))\b/i,
  },
  {
    id: 'comments',
    pattern:
      /^(\d+\s+comments?|no comments?|comments?( \(\d+\))?|show comments|view comments|join the (conversation|discussion))\b/i,
  },
  {
    id: 'reader-address',
    pattern:
      /\b(remind me later|not ready to (support|subscribe|give|donate)|close this page|thank you for reading|we have a (small )?favou?r to ask|help us (produce|keep|continue|fill|stay)|(we|us) need your (help|support)|our (journalism|reporting|newsroom|journalists|mission|readers|community|materials|content)|independent (media|news) (outlet|source|organi[sz]ation))\b/i,
  },
];

/** Short navigation and share lines: the whole line is one of these. */
export const NAVIGATION_LINE =
  /^(read (more|also|next|the rest( here)?|the full (story|article))|related( (posts?|articles?|stories|coverage|topics|content|news))?|more (from|on|stories|news)( .{0,40})?|see also|also read|recommended( for you)?|trending( now)?|most (read|popular|viewed)|share( this( article| story)?)?( on .{0,20})?|tweet|email|print|follow us( on .{0,30})?|click here.{0,40}|advertisement|skip to (content|main content)|back to top|(next|previous) (article|story|post)|load more|listen to this (article|story)|\d+ min(ute)?s? read|watch( now)?|video|photos?|gallery|tags?:?.{0,60}|topics?:?.{0,60}|filed under:?.{0,60})[.:!]?$/i;

/** Photo captions and credits. */
export const CREDIT_PATTERNS: readonly RegExp[] = [
  /\b(photo|photograph|image|picture|illustration|graphic|video|footage|file photo)s?\s*(:|\bvia\b|\bby\b|\bcredit\b|\bcourtesy\b)/i,
  /\b(getty images|shutterstock|alamy|ap photo|afp via getty|epa-efe|sipa usa)\b/i,
  /[.!?]\s+(\p{Lu}[\p{L}'.-]+\s+){1,3}\p{Lu}[\p{L}'.-]+\s*[/|]\s*[\p{L}&.\- ]{2,40}$/u,
  /^\s*(\p{Lu}[\p{L}'.-]+\s+){1,3}\p{Lu}[\p{L}'.-]+\s*[/|]\s*(\p{Lu}{2,}|getty|reuters|afp|ap)\b[\p{L}&.\- ]{0,30}$/u,
  /\((photo|image|credit|pictured)\b[^)]*\)\s*$/i,
];

/** Byline lines: `By Jane Doe`, `From: Jane Doe`, `Written by ...`. */
export const BYLINE_LINE =
  /^(by|from|written by|words by|reporting by|author|authors)\s*:?\s+(\p{Lu}[\p{L}'.-]*(\s+(van|von|de|der|da|del|la|le|al|bin|ibn|\p{Lu}[\p{L}'.-]*)){0,4})(\s*(,|and|&)\s*\p{Lu}[\p{L}'.-]*(\s+\p{Lu}[\p{L}'.-]*){0,3})*\s*(,\s*[\p{L} ]{0,40})?$/iu;

/** Imperatives that open calls to action. */
export const CALL_TO_ACTION =
  /^(please|click|tap|sign|subscribe|join|follow|share|download|support|donate|register|log|remind|get|try|enjoy(ing)?|don't miss)\b/i;

/**
 * The same page furniture in other major European languages (German, French,
 * Spanish, Italian, Portuguese, Dutch): short lines only.
 */
export const NAVIGATION_LINE_INTL =
  /^(-?\s*(anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie)\s*-?|teilen|drucken|weiterlesen|mehr (zum thema|lesen|erfahren|dazu)|zurück|nach oben|kommentare?( schreiben| \(\d+\))?|antworten|bild anzeigen|weitere informationen|ähnliche (beiträge|artikel)|verwandte (beiträge|artikel)|das könnte sie auch interessieren|kategorien?:?.{0,60}|schlagwörter:?.{0,60}|impressum|datenschutz(erklärung)?|partager|imprimer|lire (aussi|la suite|plus)|voir aussi|en savoir plus|commentaires?|réagir|mentions légales|compartir|imprimir|leer más|lee también|ver también|comentarios?|aviso legal|política de (privacidad|cookies)|condividi|stampa|leggi (anche|tutto)|commenti|compartilhe|leia (também|mais)|comentários|delen|lees (ook|meer)|reacties)[.:!]?$/i;

/** Multilingual calls to the reader and feedback prompts. */
export const READER_PROMPTS_INTL =
  /\b(war (der|dieser) (artikel|beitrag) (hilfreich|nützlich)|möchten sie (den|diesen) (artikel|beitrag) teilen|dieser (eintrag|beitrag) wurde (am )?.{0,40}veröffentlicht|(noch )?keine bewertungen|klicken sie (hier|auf)|jetzt (abonnieren|anmelden|registrieren|teilen)|newsletter (abonnieren|bestellen)|abonnez-vous|inscrivez-vous|suscríbete|puede escribirnos|iscriviti|if you enjoyed (reading )?this (post|article)|share this (post|article)|was this (article|post) helpful)\b/i;

/** Month names of major European languages, for date lines. */
export const MONTHS_INTL =
  'jan(uar|vier|eiro)?|feb(ruar)?|févr(ier)?|märz|mars|marzo|março|apr(il)?|avril|abril|aprile|mai|mayo|maggio|maio|juni|juin|junio|giugno|junho|juli|juillet|julio|luglio|julho|aug(ust)?|août|agosto|sept(ember)?|septembre|septiembre|settembre|setembro|okt(ober)?|oct(obre|ubre)?|ottobre|outubro|nov(ember|embre|iembre)?|dez(ember)?|déc(embre)?|dic(iembre|embre)?|dezembro|januar|janvier|enero|gennaio|februar|février|febrero|febbraio|fevereiro';
