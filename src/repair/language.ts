/**
 * (2026-12-07, h-moji22) A line's language guessed from its words, and small word lists per language, for the
 * one choice the bytes cannot make: which letter a lone `Ã` stood for when its second byte was lost
 * (`dÃputé`, `aprÃs`, `nÃo`, `poblaciÃn`). Written by hand for this purpose (the commonest function words,
 * and common words of news text holding a letter `Ã` leads in UTF-8); nothing is downloaded or read at run
 * time.
 */

/** The languages guessed: those whose accented letters all share UTF-8's lead byte C3. */
export type Lang = 'fr' | 'pt' | 'es' | 'ca' | 'it';

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/u).filter(Boolean));

/** Function words (articles, prepositions, pronouns, auxiliaries) by language; shared words count less. */
const FUNCTION: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: words(`le la les l d des du de un une et est dans pour sur au aux avec pas qui que il elle ils elles ont
    sont par ce cette ces ses son sa leur leurs mais plus été à où ne nous vous on sans lors selon entre après
    très en y a contre aussi depuis avant comme tout tous`),
  pt: words(`o a os as do da dos das de um uma e é em no na nos nas para com não que por ao aos foi mais como
    seu sua ele ela são pelo pela pelos pelas também já até à às depois segundo entre se este esta`),
  es: words(`el la los las del de un una y en es para con que por al fue más como su sus lo se según ha han
    está están pero muy tras desde entre ante hasta a este esta`),
  ca: words(`el la els les l d del dels de un una i en és per amb que al als va van més com seu seva ha han
    està però molt des fins entre a`),
  it: words(`il lo la gli i le l del della dei delle degli di un una e è in per con che non al alla fu più
    come sono nel nella ha hanno sta ma molto dopo tra fra a`),
};

const LANGS: readonly Lang[] = ['fr', 'pt', 'es', 'ca', 'it'];

/** How many languages hold each function word (a word of three languages counts a third in each). */
let shared: Map<string, number> | undefined;
const sharedCounts = (): ReadonlyMap<string, number> => {
  if (shared) return shared;
  const m = (shared = new Map<string, number>());
  for (const l of LANGS)
    for (const w of new Set([...FUNCTION[l], ...LEXICON[l]])) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
};

/**
 * The line's language from its function words and listed words, or null: the best language must score at
 * least 1.5 (a word only it has counts 1, a word of n languages 1/n) and half as much again as the next.
 */
export function guessLanguage(
  tokens: readonly string[],
  spelling: Partial<Record<Lang, number>> = {},
): Lang | null {
  const score: Record<Lang, number> = { fr: 0, pt: 0, es: 0, ca: 0, it: 0, ...spelling };
  for (const raw of tokens) {
    const t = raw.toLowerCase();
    const n = sharedCounts().get(t);
    if (!n) continue;
    for (const l of LANGS) if (FUNCTION[l].has(t) || LEXICON[l].has(t)) score[l] += 1 / n;
  }
  const ranked = [...LANGS].sort((a, b) => score[b] - score[a]);
  const [best, next] = [score[ranked[0]!], score[ranked[1]!]];
  return best >= 1.5 && best >= 1.5 * next ? ranked[0]! : null;
}

/**
 * Common words of news text holding a letter whose UTF-8 lead is C3 (and names and words that open with
 * Á or Í), lowercase.
 */
const LEXICON: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: words(`à où là déjà voilà été député députés députée réunion réunions après près très exprès succès
    accès procès progrès décès excès être même mêmes fête fêtes tête têtes prêt prête prêts arrêt arrêté
    arrêtés intérêt intérêts forêt enquête enquêtes conquête fenêtre évêque rêve extrême bête pêche honnête
    théâtre château châteaux âge âgé âgée âgés pâques tâche grâce bâtiment bâtiments hôpital hôpitaux hôtel
    hôtels côte côté côtés contrôle contrôles rôle plutôt bientôt aussitôt tôt nôtre vôtre dîner île îles
    maître connaître naître paraître août coût coûts goût sûr sûre sûrs dû reçu reçue reçus reçoit français
    française françaises garçon ça leçon façon façade commerçant commerçants élu élus élue élection élections
    élève élèves école écoles économie économique état états étude études événement événements
    également équipe équipes époque étranger étrangère préfet préfecture président présidente présidents
    présenté présence prévu prévue prévus prévues première premières dernière dernières problème problèmes
    système mère père frère frères mères pères siècle règle règles manière lumière carrière rivière
    entière matière critère zèle modèle fidèle poème thème scène ministère collège élément éléments
    général générale générales numéro numéros séance séances sécurité santé société sociétés
    activité qualité réalité ville-là année années journée soirée entrée arrivée idée idées musée
    musées rentrée pensée durée armée région régions réseau réseaux réforme réponse résultat résultats
    décision décisions déclaré décidé démission développement dépense dépenses département départements
    début détail détails délai délais désormais différent différents difficile dossier énergie
    européen européenne européens évolution éviter créé créée créer créés célèbre médecin médecins média
    médias mémoire métier métiers opéra pétition police téléphone télévision théorie vérité vétéran
    agé intégré clé clés mètre mètres kilomètre kilomètres zéro`),
  pt: words(`à às é até já lá cá não são então também além após através mês país países pé pés fé
    você vocês está estão será serão há nós três mãe mães pão irmão irmãos irmã cidadão cidadãos mão
    mãos alemão alemães capitão chão razão razões opinião região regiões reunião reuniões questão questões
    nação nações ação ações eleição eleições população educação informação situação relação decisão
    decisões comissão comissões operação operações organização administração produção construção direção
    prefeitura câmara câmaras município orçamento orçamentos março começo começou preço preços serviço
    serviços espaço força forças praça praças cabeça polícia polícias notícia notícias saúde público pública
    públicos públicas político política políticos políticas econômico econômica história área áreas
    água águas próximo próxima último última únicos único única ônibus período média médio médico médicos
    número números crédito diário diária necessário secretário secretária veículo veículos
    prêmio trânsito tráfego família famílias início meio-dia depois vários várias
    estará terá poderá deverá ficará afirmou disse disseram avó avô
    funcionário funcionários horário horários salário salários calendário cenário comentário comentários
    voluntário voluntários proprietário proprietários empresário empresários usuário usuários relatório
    relatórios laboratório laboratórios território territórios escritório escritórios cartório consultório
    velório ministério ministérios cemitério critério critérios mistério relógio colégio negócio negócios
    prédio prédios
    só café cafés sofá chá amanhã manhã manhãs alemã cristã ninguém alguém porém armazém
    armazéns terça terças música músicas músico músicos português inglês francês maré marés bebê jacaré`),
  es: words(`él más qué cómo está están será también además así después según aún allí ahí aquí país
    años año señor señora mañana niño niños niña niñas españa español española españoles compañía
    montaña población situación relación reunión reuniones información educación elección elecciones
    decisión comisión opinión región nación acción acciones organización administración producción
    construcción dirección operación ayuntamiento policía política político públicos público pública
    económico económica histórico número números próximo próxima último última único única médico
    médicos teléfono período días día vía río ríos sí lío tío tía jóvenes joven órgano ámbito área áreas
    árbol árboles ángel ángela álvaro ávila áfrica índice índices ícaro íñigo ígor
    declaró aclaró preparó comparó disparó separó reparó consideró recuperó superó esperó operó generó
    retiró tiró giró miró
    autobús autobuses interés inglés francés portugués jamás demás atrás través quizás algún ningún común
    menú tú`),
  ca: words(`és més però també així després segons perquè només què on sí cançó cançons reunió reunions
    informació educació població situació relació elecció eleccions decisió comissió opinió regió nació
    acció organització administració producció construcció direcció operació ajuntament consellera
    conseller policia política polític públic pública econòmic econòmica número pròxim pròxima últim
    última únic única metge metges telèfon període dia dies via riu rius aviat següent història llibre
    catalunya català catalana escola col·legi plaça plaçes façana començar començament comerç
    veïns veí veïna serà seran obrirà tindrà farà dirà anirà estarà podrà`),
  it: words(`è perché poiché cioè già più può però così città università società libertà qualità
    attività novità età verità sarà avrà farà potrà dovrà andrà lunedì martedì mercoledì giovedì venerdì`),
};

/**
 * Names and words opening with Á or Í (Spanish, Portuguese, Catalan, Icelandic borrowings left out): a
 * capital a strict decoder lost (81, 8D) is told by them in any line.
 */
export const CAPITAL_WORDS: ReadonlySet<string> = words(`álvaro álvares álvarez ángel ángela ángeles ávila
  áfrica área áreas árbol ámbito átila ícaro íris ítalo índia índice íñigo ígor ínsua ísis`);

/**
 * (Stop 56, h-moji26) Common given names and surnames of news text holding a letter UTF-8 leads with C3
 * (Spanish, Portuguese, French, German), lowercase: a lost byte in a capitalised word is read by them in any
 * line (lost-letter.ts `byName`).
 */
export const NAMES: ReadonlySet<string> = words(`josé maría andrés ramón martín jesús nicolás tomás sebastián
  adrián julián fabián damián germán rubén inés lucía sofía raúl óscar ángel álvaro héctor félix víctor agustín
  joaquín benjamín iván simón garcía pérez gonzález rodríguez hernández fernández lópez martínez sánchez
  gómez díaz álvarez jiménez domínguez vázquez ramírez gutiérrez núñez ibáñez muñoz peña cortés méndez
  suárez márquez gálvez benítez ortíz juárez chávez
  joão antónio antônio sebastião são tomé gonçalves simões magalhães guimarães conceição assunção estêvão
  fábio flávio márcio cláudio cláudia lúcia mônica patrícia vitória tânia luís luísa inês andré césar rogério
  sérgio falcão leão brandão romão frança
  rené hélène françois françoise jérôme gérard frédéric céline chloé noël zoë
  jürgen müller schröder günter köhler böhm schäfer krüger könig weiß groß jörg björn`);

/** The letters each language writes that UTF-8 leads with C3 (lowercase). */
export const LETTERS: Readonly<Record<Lang, string>> = {
  fr: 'éèêàâçôîûùëïœ',
  pt: 'áàâãéêíóôõúç',
  es: 'áéíóúñü',
  ca: 'àéèíóòúïüç',
  it: 'àèéìíòóù',
};

/**
 * Endings and openings that name the letter at `i` of a word (lowercase) in a language: French `dé-`, `ré-`,
 * `pré-` and the participle's `-é`, `-ée`, `-és`, `-ées`; Portuguese `-ão`, `-ãos`, `-ãe`, `-ães`, `-ção`,
 * `-ções`; Spanish `-ión` (`-ción`, `-sión`, `camión`, `región`: no Spanish word ends in `-iín`) and the
 * future's `-arán`, `-erán`, `-irán` (h-moji25); Catalan `-ció`, `-sió`; Italian `-tà`.
 */
function namedByEnding(lang: Lang, word: string, i: number): boolean {
  const ch = word[i];
  const before = word.slice(0, i);
  const after = word.slice(i + 1);
  switch (lang) {
    case 'fr':
      return (
        ch === 'é' &&
        ((/^(?:d|r|pr)$/u.test(before) && /^\p{Ll}{3,}$/u.test(after)) ||
          (/^\p{Ll}{2,}$/u.test(before) && /^(?:e?s?)$/u.test(after)))
      );
    case 'pt':
      return (
        (ch === 'ã' && /^\p{Ll}+$/u.test(before) && /^(?:os?|es?)$/u.test(after)) ||
        (ch === 'ç' && /^\p{Ll}{2,}$/u.test(before) && /^(?:ão|ões)$/u.test(after)) ||
        (ch === 'õ' && /^\p{Ll}*[çs]$/u.test(before) && after === 'es')
      );
    case 'es':
      return (
        (ch === 'ó' && /^\p{Ll}+i$/u.test(before) && after === 'n') ||
        (ch === 'á' && /^\p{Ll}{3,}[aei]r$/u.test(before) && after === 'n')
      );
    case 'ca':
      return ch === 'ó' && /^\p{Ll}+[cs]i$/u.test(before) && after === '';
    case 'it':
      return ch === 'à' && /^\p{Ll}+t$/u.test(before) && after === '';
  }
}

/** Whether `word` (lowercase) with the letter at `i` is a word of `lang`: listed, or named by its ending. */
export function knownWord(lang: Lang, word: string, i: number): boolean {
  return LEXICON[lang].has(word) || namedByEnding(lang, word, i);
}

/** Whether `word` (lowercase) is in the list of `lang` itself. */
export function listedWord(lang: Lang, word: string): boolean {
  return LEXICON[lang].has(word);
}

/** Whether `word` (lowercase) is listed in any language (no endings: no language was told). */
export function listedAnywhere(word: string): boolean {
  return LANGS.some((l) => LEXICON[l].has(word)) || CAPITAL_WORDS.has(word);
}

export const ALL_LETTERS = [...new Set(LANGS.flatMap((l) => [...LETTERS[l]]))].join('');
