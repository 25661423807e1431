/**
 * The shape of one language's cue data. Patterns are regular-expression *sources* (case-insensitive, Unicode)
 * so that a new language is one data file; the extractors never hold language-specific literals.
 */
export interface LanguageCues {
  /** Month names and abbreviations, lowercase, to month number 1–12. */
  months: Record<string, number>;
  /**
   * How a slashed date whose parts could both be a day or a month ("04/05/2024") is read: month first as US
   * records write it, or day first as Europe does. "04/17/2024" and "17/04/2024" are read either way.
   */
  slashDateOrder: 'month-first' | 'day-first';
  /** Number words (lowercase) to their value, for durations, notice periods and meeting counts. */
  numbers: Record<string, number>;
  /** Day ordinals written as words (lowercase) to the day, 1–31: "första", "tjueførste", "thirty-first". */
  dayOrdinals: Record<string, number>;
  /** Words that introduce a date ("den 3 mars", "the 12th day of"). */
  dateLeadWords: string[];
  /**
   * What follows a letter's date at its head, before its text: a subject label ("Re:", "Ärende:") or a salutation
   * ("Dear", "Ladies and Gentlemen", "Bästa", "Kjære"). Regex sources, matched case-insensitively after the date.
   */
  letterOpenings: string[];
  /** Weekday names (a dateline's "Thursday", "fredag"): never a place. */
  weekdays: string[];
  /** Words that label a date line but are not a place ("Senast uppdaterad", "Dated", "Sist endret"). */
  notPlaceWords: string[];
  /**
   * Assemblies that date their minutes ("Kommunstyrelsen 3 februari 2021", "Formannskapet 12.03.2020", "City
   * Council March 3, 2020"): a word ending in one names the meeting, never a place.
   */
  assemblyNouns: string[];
  /** Labels before a publication or document date ("Publicerad", "Date:"). */
  dateLabels: string[];
  /**
   * The `dateLabels` of a web page's publication stamp ("Publicerad", "Senast uppdaterad", "Posted"): they date the
   * page, which is an article's date but never an agreement's signing.
   */
  publicationLabels: string[];
  /**
   * A press release's heading before its date ("FOR IMMEDIATE RELEASE", "Pressmeddelande"): the date after it is the
   * release's publication date, wherever the line before it ends.
   */
  releaseLabels: string[];
  /** Phrases before the signing date inside a sentence ("entered into on", "undertecknat den"). */
  signingDatePhrases: string[];
  /**
   * Words that make a signing phrase another document's ("erstattar tidlegare avtale inngått 01.07.2012",
   * "replaces the previous agreement signed on …"): its date is not this document's.
   */
  earlierDocumentWords: string[];
  /** Phrases before the place of signing ("Signed in", "Undertecknat i", "Done at"); a place and a date follow. */
  signedAtPhrases: string[];
  /** Labels before a registration number ("Dnr", "Saksnummer", "Our ref"). */
  referenceLabels: string[];
  /**
   * The labels among them that are cited with the number as its name ("Dnr 3763-16"); the others only say
   * what the number is, and the reference is the number alone ("Saksnummer: 19/02231" → "19/02231").
   */
  citedReferenceLabels: string[];
  documentTypes: {
    letterOfIntent: string[];
    cooperationAgreement: string[];
    /**
     * Any agreement's own name, kind unsaid ("INTERGOVERNMENTAL AGREEMENT", "Uppdragsöverenskommelse 2019"): at
     * the head of a text with no news or case sign, it names the document as a cooperation agreement.
     */
    agreementNames: string[];
    /**
     * A document-type word in the plural ("Partnerskapsavtaler med kommunene", "Partnership Agreements"): a page
     * about a kind of agreement, never one agreement's own heading. Matched against the whole word or phrase.
     */
    pluralTypeWords: string[];
  };
  /** Signs of a news article: reported speech, publication lines, past-tense signing. */
  newsCues: string[];
  /**
   * Signs of a case document about an agreement (a council memo, minutes, an ordinance, "Förslag till beslut",
   * "Saksframlegg", "REPORT TO:"): two different ones make the document "other", not the agreement itself.
   */
  caseDocumentCues: string[];
  /**
   * Names of the case genres a council's document calls itself by as its first words ("Tjänsteskrivelse",
   * "Saksframlegg", "STAFF REPORT", "Minutes of …"): a text that opens with one is that document, whatever it reports.
   */
  caseGenreNames: string[];
  /**
   * Signs of a web page that describes a standing partnership from outside, in the present tense: the parties "have
   * an agreement", the reader is shown where to look ("Här hittar du …"), a "last updated" stamp, "what is …?"
   * headings, the agreement defined as a tool or model. Two different ones, with no more news signs, make the page
   * "other": neither the agreement itself nor news of its signing.
   */
  infoPageCues: string[];
  /**
   * Signs of a text that tells of an agreement's making from outside, in the past: a board or council adopted it
   * ("regionstyrelsen beslutade ställa sig bakom avtalet", "ble vedtatt i kommunestyret", "the Council approved the
   * MOU"), someone signed it at a date ("Våren 2019 undertecknade …", "skrev … på en överenskommelse"), it was
   * evaluated. With no news sign and no agreement-structure sign, one makes the text "other" even under the
   * agreement's name: the agreement itself does not narrate its own adoption.
   */
  aboutAgreementCues: string[];
  /**
   * Signs of the agreement's own text (numbered clauses, "§ 1", "WHEREAS", "Parterna är överens", "This
   * Agreement", "shall"), matched case-sensitively: news that only tells of an agreement shows none of them.
   */
  agreementStructureCues: string[];
  /** Verbs (any tense) that say parties signed, used to find parties and signatories in news text. */
  signingVerbs: string[];
  /** Passive and future signing forms that say where, not who: "skal signeres i Arendal", "undertecknas i Umeå". */
  signingPassives: string[];
  /**
   * Words saying the parties were gathered when they signed ("signert da partene var samlet … på Frosta",
   * "signed when the parties met in Tromsø"): the place of that gathering is where they signed.
   */
  gatheringWords: string[];
  /**
   * Buildings a signing takes place in, after the town's name and maybe an adjective ("i Alby stadshus", "i Alby
   * gamle rådhus", "in Alby Town Hall"): the building is part of the place. Written as in running text.
   */
  placeBuildings: string[];
  /** Words after the signing verb that introduce the signers ("av", "by"). */
  signedByWords: string[];
  /**
   * A conjunction and a plural pronoun that open a clause about the sentence's own subject right before its
   * signing verb ("Ordfører X og ordfører Y fornyer vennskapet når de signerer …", "… as they sign …"): the
   * titled people who open the sentence are the signers.
   */
  signingClauseLeads: string[];
  /**
   * Signing verbs whose particle comes after the signers ("skriver X och Y under ett avtal"): verb and particle
   * as two patterns.
   */
  splitSigningVerbs: { verb: string; particle: string }[];
  /**
   * Verbs (patterns) saying that the sentence's subjects cooperate ("A och B samarbetar", "A og B styrker
   * samarbeidet", "A and B will work together"): a news lead names the parties as their subject.
   */
  cooperationVerbs: string[];
  /**
   * A passive agreement verb and its agent word ("has been made by", "undertecknades av", "ble inngått av"): the
   * organisations after it, joined as a list, are the parties ("… has been made by Alfa Council and Beta University").
   */
  passiveAgentLeads: string[];
  /** Words of a photo credit ("Foto: Anna Berg"): a line that carries one is a caption, not a title. */
  photoCreditWords: string[];
  /** Lines that are page furniture, not the title ("Skip to content", "Photo: …"). */
  boilerplateLines: string[];
  /** "between" / "mellan": introduces the parties in titles and party clauses. */
  betweenWords: string[];
  /**
   * A between-word used as an adverb, "among themselves" ("samarbeid kommunene i mellom:"): a lead-in that ends
   * with it opens a list of terms, not of parties.
   */
  adverbialBetween: string[];
  /** Words that open a title's subject line ("PERTAINING TO …", "AVSEENDE …"): such a line continues the title. */
  topicLeads: string[];
  /** Conjunctions joining parties or list items. */
  andWords: string[];
  /** Clauses that open a party list ("har ingåtts mellan", "Parter i denne avtalen er"). */
  partyListCues: string[];
  /** Defined-term introducers ("nedan kallad", "hereinafter"). */
  definitionCues: string[];
  /** Labels before an organisation number. */
  orgNumberLabels: string[];
  /**
   * Words that open a descriptive apposition after a party name and its comma ("…, a Swedish state
   * university", "…, with organisation number"); the name ends before them.
   */
  appositionWords: string[];
  /** Descriptive prefixes that are not part of an organisation's name ("Den ideella föreningen"). */
  descriptorPrefixes: string[];
  /** Capitalised club-form abbreviations that open a club's name ("IL Fjellørn", "IF Sjöbo"); the name goes on. */
  clubPrefixes: string[];
  /**
   * Abbreviated words written with a full stop inside a name ("Port St. Alby", "Mt. Borby", "St. Borgs hospital"):
   * the stop runs on into the next capitalised word of the name and does not end it.
   */
  nameAbbreviations: string[];
  /**
   * Organisations a news text names in lower case as a whole name ("mellan polisen och Höörs kommun"): the
   * name is the word, capitalised.
   */
  lowercaseInstitutions: string[];
  /**
   * Lower-case heads of official names that go on with a preposition and a place ("universitetet i Bergen",
   * "högskolan i Skövde"); the name is capitalised. Generic heads ("kommunen i Höör") are not names.
   */
  lowercaseNameHeads: string[];
  /**
   * Indefinite unit nouns (or the ends of compounds) written in lower case right before a proper name that
   * they name together with it ("lokalpolisområde Alingsås", "politidistrikt Nordby"): an administrative unit
   * called by its type and its place. Alone, or in the definite form ("polisområdet"), they are no name.
   */
  lowercaseUnitNouns: string[];
  /**
   * The first word of a correlative pair ("både … och", "både … og", "both … and", "either … or"): it opens the
   * coordination before the first name and is no part of it.
   */
  correlativeOpeners: string[];
  /**
   * Capitalised words (regex fragments, case-sensitive) that open an adverbial before a lead's subject when a
   * lower-case word follows them ("Building on …, the City of A and B signed", "Etter flere års arbeid, har …").
   */
  introOpeners: string[];
  /** Adverbs (regex fragments, lower case) between a lead's subject and its verb ("A and B recently signed"). */
  leadAdverbs: string[];
  /** Legal forms written after a comma that belong to the name before it ("Acme Development, Inc."). */
  commaLegalForms: string[];
  /** Prepositions and conjunctions an organisation's name never ends with ("… WITH RESPECT TO", "… utan"). */
  nameFinalStops: string[];
  /** Words that open a recital ("WHEREAS"): in capitals they would otherwise run on from the last party's name. */
  recitalOpeners: string[];
  /** "the Cities of A, B and C": a plural organisation noun before "of" and a list of places, each a party. */
  pluralOfOrgNouns: string[];
  /** Street words that make "of Cottrell Street, DOWERIN, Western Australia" an address after a party's name. */
  streetWords: string[];
  /** Nouns that end organisation names ("universitet", "kommune", "University"); help tell names from phrases. */
  orgNouns: string[];
  /** Short words that do not count as initials of an acronym ("of", "för", "i"). */
  functionWords: string[];
  /**
   * Prepositions that open what an agreement is for when they follow a name of the form noun, preposition and
   * place ("City of Alfa for Flood Response"); inside a name they follow its noun ("Centre for Ageing").
   */
  purposePrepositions: string[];
  /** Prepositions and conjunctions that leave a title open when it ends with one ("… samverkan inom", "… regarding"). */
  titleOpenEndings: string[];
  /** Section-heading cues by role: a heading whose text matches is that kind of section. */
  headings: {
    purpose: string[];
    areas: string[];
    governance: string[];
    validity: string[];
    parties: string[];
    signatures: string[];
    /** Administrative sections that are not cooperation areas (economy, confidentiality, disputes, …). */
    administrative: string[];
  };
  /** Sentences that state a purpose wherever they occur ("Syftet med … är", "The purpose of this … is"). */
  purposeCues: string[];
  /**
   * News leads that announce a signing with its aim ("A och B har tecknat ett avtal för att …", "… signed an MOU to
   * explore …"): purposes, unless the text also states its purpose in so many words (see `purposeNouns`).
   */
  signingLeadPurposes: string[];
  /**
   * A purpose told in passing, of one act in a sentence about something else ("The Office developed the programme in
   * order to partner with …"): a purpose, as a signing lead is, unless the text states its purpose by name.
   */
  passingPurposes: string[];
  /**
   * The purpose named by its noun ("Syftet med …", "Målet er at …", "The aim is to …"): a sentence stating the purpose
   * in so many words, which the signing lead only announces.
   */
  purposeNouns: string[];
  /**
   * A sentence that opens with a pronoun for the agreement and says what it shall do ("Den skal bidra til …", "It will
   * help …"): a purpose when the sentence before names the agreement.
   */
  pronounPurposes: string[];
  /**
   * A purpose denied ("Syftet är inte att …", "Formålet er ikke å …", "The aim is not to …"), or a wish that only names the
   * legal basis ("WHEREAS, A and B mutually desire to be subject to the provisions of the Act"): no purpose of the agreement.
   */
  negatedPurposes: string[];
  /**
   * The verb that gives a subject its own aim ("har som", "has as its"): after one named organisation ("Alby kommun har som
   * mål att …") the aim is that party's, not the agreement's.
   */
  ownAimVerbs: string[];
  /**
   * Verbs that attribute reported speech after a comma ("…, sier Kari Nordmann.", "…, säger Eva Berg (S), ordförande",
   * "…, said Mayor Smith"): a sentence that ends so is a quote, not the agreement's purpose.
   */
  speechVerbs: string[];
  /**
   * A note of adoption under a title, capitalised participle and its preposition ("Vedtatt i", "Antaget av"): where
   * the line breaks are gone, it ends the title. Empty for English, whose headlines are in title case.
   */
  adoptionNotes: string[];
  /**
   * Participles of adoption before a date ("vedtatt i kommunestyret 4. mai 2023", "antogs av fullmäktige den …",
   * "adopted by the following vote on the 21st day of …"): the date a council made the agreement or resolution its
   * own, trusted below a signing date and above a date standing alone.
   */
  adoptionDateVerbs: string[];
  /**
   * Words with which a text points at itself before its kind ("detta avtal", "följande samarbetsavtal", "this
   * memorandum", "the following agreement"): a type word after them names the document, even inside a sentence.
   */
  selfReferenceWords: string[];
  /** A sentence that goes on with the purpose just stated ("Detta ska bidra till …", "This will help …"). */
  purposeContinuations: string[];
  /** Capitalised field labels before a stated purpose in forms and council items ("Purpose", "Syfte", "Formål"). */
  purposeLabels: string[];
  /** Nouns that make a list lead-in a list of purposes ("Mål", "Målsettinger:", "Objectives:"). */
  purposeListLabels: string[];
  /** The infinitive marker ("att", "å", "to"): a purpose lead-in ending in it is completed by its list. */
  infinitiveMarkers: string[];
  /**
   * The grammar of a purpose statement: a purpose noun as subject, with any preposition phrase after it, a copula in any
   * tense and the infinitive marker ("Det övergripande målet för samverkan var att …", "Hensikten med avtalen blir å
   * …", "The goal of the programme was to …"). Regex sources: `definite` for the noun that heads its own phrase (the
   * definite form in Swedish and Norwegian; every form in English, whose article stands apart), `bare` for the form
   * after a possessive, `possessives` for the words that own it (the agreement, the cooperation or the parties: "avtalets", "vårt", "partenes"),
   * `postPossessives` for a possessive after the noun ("målet vårt"), `prepositions` for the phrase's link, `copulas`
   * for the verb in its tenses, `adverbs` for a word between copula and marker ("är dels att", "is primarily to"),
   * `otherHolders` for a phrase that makes the purpose another thing's.
   */
  purposeStatement: {
    definite: string[];
    bare: string[];
    possessives: string[];
    postPossessives: string[];
    prepositions: string[];
    copulas: string[];
    adverbs: string[];
    /** What opens a phrase naming another thing's purpose: events ("besöket", "the meeting"), relative pronouns ("which"). */
    otherHolders: string[];
  };
  /**
   * Duties and powers in a purpose section ("Each party agrees to …", "har rätt att", "possesses the authority to"):
   * what a party must or may do, not what the agreement is for; weak section cues do not make them purposes.
   */
  sectionDuties: string[];
  /** Weaker purpose cues, trusted only inside a purpose section ("för att", "bidra till"). */
  purposeSectionCues: string[];
  /** Phrases that introduce an inline enumeration of cooperation areas; the list follows the match. */
  areaListCues: string[];
  /** Words between an enumeration cue and the list ("samarbeide innen områdene A, B"): skipped. */
  areaNouns: string[];
  /** Lead-ins of a bulleted list of areas ("följande områden:", "Disse temaene"). */
  areaListLeadIns: string[];
  /**
   * Phrases after which a sentence names what the parties cooperate on, as one topic or a short list
   * ("samverkan kring forskning och utveckling", "vil samarbeide om kunnskapsbasert tjenesteutvikling").
   */
  areaObjectCues: string[];
  /**
   * Rule stranded-preposition: prepositions that open a phrase of time or place ("under en mandatperiod", "i fire år",
   * "during the term"). Right after an `areaObjectCues` phrase such a word shows that the cue's preposition ends a
   * relative clause ("de problem som parterna valt att samverka om under en mandatperiod"): its object stands before
   * it, and the words after name no topic.
   */
  adverbialPrepositions: string[];
  /**
   * Rule named-source-ends-list: prepositions of source ("fra", "från", "from"). Before a capitalised name they open
   * who a task or service comes from ("kjøp av oppgaver innenfor A og B fra Alby fylkeskommune til …"): the last entry
   * of an enumeration ends before them.
   */
  sourcePrepositions: string[];
  /**
   * Rule chosen-as-area: the parties chose a topic as their area ("har valt ut skadegörelse som det område …",
   * "chose road safety as the focus area"). Case-sensitive patterns with a `lead` group (up to the topic) and an
   * `area` group (the topic, in lower case).
   */
  areaChosenAs: string[];
  /** Finite and modal verbs ("ska", "må", "är"): a cooperation object that holds one is a clause, not a topic. */
  clauseVerbs: string[];
  /** Relative pronouns ("som", "which"): after a comma they open a clause about the phrase before, not an entry. */
  relativeWords: string[];
  /** Words that name areas of cooperation, also as the end of a compound ("områden" in "samarbetsområden"). */
  areaLabels: string[];
  /** Words after an area noun that open its enumeration ("bland annat", "vedrørende", "such as"). */
  enumerationIntroducers: string[];
  /**
   * Right after an area label that opens its sentence, what makes the rest of the sentence its enumeration
   * ("Samarbetsområdena är A, B och C", "Andre temaer som omfattes av avtalen er A, B og C").
   */
  areaCopulas: string[];
  /** Two-part list conjunctions ("såväl A, B som C", "both A and B"): the opening word and the joining word. */
  correlativeLists: { open: string; join: string }[];
  /** Verbs between an area's name and its description ("Oppvekst og utdanning omfatter …"). */
  areaDescriptionVerbs: string[];
  /** Conjunctions that only join the last two entries of a list ("samt"): preferred over "och" inside entries. */
  listFinalWords: string[];
  /** Fixed phrases that are one area although they contain commas and "and". */
  atomicPhrases: string[];
  /** Where an inline enumeration stops ("för att", "in order to"). */
  listTerminators: string[];
  /**
   * Governance bodies: the canonical name and the pattern of its inflected forms; `board` marks the word an
   * organisation also uses for its own board ("styrelse"), which may be the one that approved the agreement, and a
   * political organ that takes decisions ("fellesnemnd"), named in passing where a decision is reported.
   */
  governanceBodies: { name: string; pattern: string; board?: true }[];
  /**
   * Verbs of a decision already taken ("beslutade", "vedtok", "approved"): a board in such a sentence approved the
   * agreement ("Alby AB:s styrelse beslutade att anta avtalet") and is no body of the cooperation.
   */
  pastDecisionVerbs: string[];
  /**
   * A company's genitive as a common noun ("bolagets", "selskapets", "the company's"): the board after it ("en plats i
   * bolagets styrelse", "tre av bolagets nio platser i styrelsen") is the company's own, not a body of the cooperation.
   */
  companyGenitives: string[];
  /**
   * Rule minutes-of-body: the words that cite the minutes of a body's meeting, right before the body ("Referat fra møte
   * i koordineringsgruppa", "Protokoll från mötet i styrgruppen", "minutes of the steering committee"): an agenda or a
   * list of documents names a record of that body's meeting; the body is no body of the cooperation.
   */
  minutesOfBodyLeads: string[];
  /**
   * Rule body-adjective: the definite determiners before an adjective and a body in the definite form ("den
   * administrative styringskomiteen", "den strategiska ledningsgruppen"): the adjective is part of the body's name.
   * Empty where the language marks no double definiteness (English).
   */
  bodyAdjectiveDeterminers: string[];
  /** Verbs that set up a body ("establish", "inrätta", "opprette"): a capitalised name after them is a body. */
  establishVerbs: string[];
  /** Nouns that end a named body ("Council", "Committee"): "… establish a Regional Audit Council". */
  namedBodyNouns: string[];
  /**
   * A joint committee that municipalities set up together (sv "gemensam nämnd"): `opening` finds it, with the
   * compound's first part in the group `stem` ("gemensam räddningsnämnd"); `definite` is the noun's definite form
   * ("nämnden"), `host` the municipality a document may name after it ("i Mora kommun"). Null where the language
   * has no such institution or writes it as one word (no "fellesnemnd" is a plain body).
   */
  jointCommittee: {
    opening: string;
    definite: string;
    host: string;
    /** Verbs that give the committee its name after it ("Den gemensamma nämnden ska benämnas …"). */
    naming: string;
  } | null;
  /**
   * Words that join a capitalised body's name to its capitalised complement ("Committee on Cooperation",
   * "Working Group for Business Development"): the complement is part of the name.
   */
  bodyNameLinks: string[];
  /** Passive set-up after a named body ("A Joint Review Committee is hereby established"). */
  establishedPassives: string[];
  /**
   * A body the agreement sets up, written in lower case without a name of its own: the head nouns it ends in
   * ("råd", "utvalg", "committee"), whether a compound may end in one ("anläggningsråd", "næringsråd"), the
   * indefinite articles before it (lower case) and the sentence forms that set it up or say it exists, with BODY
   * where the article and body stand and "START " where a sentence starts ("Ett anläggningsråd ska finnas", "Det skal
   * opprettes et utvalg", "There shall be a joint council").
   */
  setUpBody: { nouns: string[]; compounds: boolean; articles: string[]; existence: string[] };
  /**
   * Words that give a body its proper name after its common noun ("an advisory council (RETAC), known as the
   * Central Mountain RETAC", "en referensgrupp, benämnd Forum Väst"): the body is the name.
   */
  bodyAliasLinks: string[];
  /** Phrases that introduce a body's mandate ("med uppdrag att", "which shall"); dropped from the mandate. */
  mandateCues: string[];
  /** Verbs of responsibility that start a mandate and stay in it ("ansvarar för uppföljningen"). */
  mandateVerbs: string[];
  /** "N gånger per år" with `NUM` standing for a number. */
  timesPerYear: string[];
  /** Fixed frequencies ("kvartalsvis" → 4, "twice a year" → 2). */
  frequencies: { pattern: string; perYear: number }[];
  /** Context that makes a frequency about meetings rather than follow-up of documents. */
  meetingWords: string[];
  /** Verbs of following the cooperation up ("följa upp", "follow up"): a body that does so at a frequency meets at it. */
  followUpVerbs: string[];
  /** Responsibility for follow-up: patterns whose named group `who` is the role or unit. */
  responsiblePatterns: string[];
  validity: {
    onSignature: string[];
    untilTerminated: string[];
    /** Phrases followed by a start date. */
    startDate: string[];
    /** Phrases followed by an end date. */
    endDate: string[];
    /** Phrases near a duration ("varighet på", "for a period of"). */
    duration: string[];
    /**
     * A duration written as an adjective before the agreement ("a five-year agreement", "treårigt avtal"):
     * patterns with `NUM` for the number, a named group `u` for the unit.
     */
    durationAdjectives: string[];
    /** Words between a duration's number and its unit ("forlenget for tre nye år", "renewed for three more years"). */
    durationExtraWords: string[];
    /**
     * Rule duration-label: the labels of a clause or form field that gives the agreement's duration ("Duration: Five
     * years.", "Avtalstid: tre år", "Varighet: 24 måneder"); the amount stands right after the colon.
     */
    durationLabels: string[];
    /**
     * An end on an anniversary of the start ("terminates on the fifth anniversary of the execution of this
     * Agreement"): patterns with `ORD` for the ordinal; `anniversaryOrdinals` gives each ordinal word its number of
     * years. Empty where a language does not write an end so.
     */
    anniversaryEnd: string[];
    anniversaryOrdinals: Record<string, number>;
    /** Words that open a date range ("från", "fra", "from"). */
    rangeFrom: string[];
    /** Words between the two dates of a range ("till", "til", "to", "through", a dash). */
    rangeTo: string[];
    /** Words that make a date range the agreement's validity ("avtalet", "perioden", "agreement", "term"). */
    periodWords: string[];
    /**
     * Rule year-period: the agreement's years, read as from the first day of the first year to the last day of the
     * last ("Avsiktsförklaringen gäller för 2017–2019", "Avtaleperioden er 2022 – 2026", "samarbeidsavtale for 2012 -
     * 2013"). The agreement and its period by name (`yearPeriodNouns`); verbs of validity that may stand a clause
     * after it (`yearPeriodVerbs`: "… som avses gälla för 2015"); a copula right after it ("är", "er", "is"); the
     * prepositions and period nouns before the years ("för", "for", "perioden", "the years"). A single year needs
     * a verb of validity and a preposition ("gäller för 2015"). `yearPeriodTopics` are words that give a title a
     * topic ("Avtal om handlingsplan 2020–2023"): years after them are the topic's.
     */
    yearPeriodNouns: string[];
    yearPeriodVerbs: string[];
    yearPeriodCopulas: string[];
    yearPeriodPreps: string[];
    yearPeriodPlural: string[];
    yearPeriodTopics: string[];
    /**
     * Rule year-end: a verb of validity and the words that take it to the end of a year ("gäller till och med 2025",
     * "varer ut 2027", "runs through 2026"): with the agreement as subject, the last day of that year ends it.
     */
    yearEndVerbs: string[];
    /** Words for notice ("varsel", "notice", "uppsägningstid"). */
    notice: string[];
    /**
     * A recital that tells of an agreement made before ("WHEREAS, effective April 1, 2001, the City and the
     * District entered into an agreement …"): the words that open a recital, and the verbs of an agreement made.
     * A start or end date inside such a recital is the earlier agreement's. Empty where recitals are not written so.
     */
    recitalWords: string[];
    pastAgreementVerbs: string[];
  };
  /** Unit words for durations. */
  units: { year: string; month: string; week: string; day: string };
  /** Signature-block introducers ("För", "On behalf of"). */
  forParty: string[];
  /**
   * A signature label that a flattened text runs on into a party name ("… och Bety AB För Alby kommun Anna
   * Berg …", "… City of Beta For Alfa University: Jane Doe"): regex sources, matched case-sensitively.
   */
  signatureLabelsInText: string[];
  /** Labels in signature blocks; `party` heads the organisation column of a signature table. */
  signatureLabels: { name: string[]; title: string[]; party: string[] };
  /**
   * Prepositions that tie a signer to an organisation in news prose ("Rector of NTNU", "konserndirektør
   * Kari Nordmann fra Statnett"); the organisation follows.
   */
  signerOrgPrepositions: string[];
  /**
   * Words between a party and the person who signs for it ("Alby kommune ved Kari Holm", "Alby kommun genom
   * Anna Berg", "the City of Alby, represented by Jane Doe"): the person signs for that party.
   */
  representedByWords: string[];
  /** Stems of titles held only at a university ("rector"): such a signer belongs to the one university party. */
  academicTitles: string[];
  /** Nouns that make an organisation a university or college, for `academicTitles`. */
  academicOrgNouns: string[];
  /** Job titles, lowercase stems: tell a title line from a person's name. */
  titleWords: string[];
  /** Lower-case particles inside a person's name ("Torbjörn von Schantz", "Ursula von der Leyen"). */
  nameParticles: string[];
  /** Honorifics before a name that are not part of it ("Dr. Jane Smith" → "Jane Smith"). */
  honorifics: string[];
  /** Abbreviations whose period does not end a sentence. */
  abbreviations: string[];
  /** Nouns for an agreement or a cooperation ("samarbetsavtal", "avtale", "agreement"): "<noun> mellan A och B" names its parties. */
  agreementNouns: string[];
  /** Words that refer to the parties without naming them ("Parterna", "the Parties"): never a party's name. */
  genericPartyNouns: string[];
  /** Labels that a list of party names follows directly ("Samverkande kommuner:", "Parties:"). */
  partyListLabels: string[];
  /** Plural nouns before a list of names that are not part of it ("kommunane Årdal, Lærdal og Aurland"). */
  listGroupNouns: string[];
  /**
   * Plural organisation nouns after a list that each name takes, plural → singular ("Mora, Orsa och Älvdalens
   * kommuner" → "Mora kommun", …).
   */
  distributiveOrgNouns: Record<string, string>;
  /**
   * Definite plural group nouns before a list that each bare name takes, group noun → singular ("kommunene
   * Alfa, Beta og Gamma" → "Alfa kommune", …).
   */
  groupNounSingulars: Record<string, string>;
  /**
   * Caption leads before a row of people in a photo ("Frå venstre:", "From left:", "(f.v.)"): the names after one
   * are no parties, and the lead is no part of a signer's title.
   */
  captionLeads: string[];
  /**
   * Field labels of a letterhead or memo head ("Referens", "Mottagare", "Saksbehandler", "Recipient"): a line
   * that starts with one is a form field, never a party's name.
   */
  letterheadLabels: string[];
  /**
   * Person titles that end compounds ("verksamhetschef", "avdelingsleder", "enhetsdirektör"): such a word in a
   * name makes it a person's role, as a title word does.
   */
  compoundTitleHeads: string[];
  /** The genitive ending a place name takes before an organisation noun ("Karlstad" → "Karlstads kommun"); '' for none. */
  placeGenitive: string;
  /** Prepositions that name the other party of an agreement ("tecknat ett avtal med X"). */
  /** Prepositions between people and their organisation at a sentence's start ("Officials at …", "Forskare vid …"). */
  memberPrepositions: string[];
  partnerPrepositions: string[];
  /** Country names that follow a party's name as an apposition ("Troms fylkeskommune, Norge"): never a party. */
  countryNames: string[];
  /** Place names with a conjunction inside ("Sogn og Fjordane", "Trinidad and Tobago"): one name, never two. */
  compoundPlaces: string[];
  /** Prepositions that start an agreement's topic after its parties' names ("… OG B OM FORVALTNINGA", "… regarding"). */
  topicPrepositions: string[];
  /** Words that open a noun phrase ("Each", "Varje", "Denne"): a capitalised pair starting with one is no person. */
  determiners: string[];
  /** Signs of a contact block ("kontakta", "E-post", "Phone"): the people there are contacts, not signers. */
  contactCues: string[];
  /** Cues for finding structure in text that lost its line breaks (see `segment.ts`). */
  segmentation: {
    /** Capitalised words that open a sentence right after an unpunctuated heading or title ("Parterna", "The"). */
    sentenceStarters: string[];
    /**
     * Where headlines may be in title case (English), the few capitalised words that open a lead after one in
     * sentence case ("… to County A new partnership will …"); Swedish and Norwegian headlines are in sentence
     * case, and `sentenceStarters` serve there.
     */
    headlineLeadOpeners: string[];
    /** Short words inside names and titles ("i", "of", "om"): a capitalised word after one continues the name. */
    nameLinks: string[];
    /** Words after which a number is a reference ("punkt 3", "kapitel 2"), not a section number. */
    numberLeads: string[];
    /** Page-furniture words that sit between a headline and the text ("Pressmeddelande", "SLU-nyhet"). */
    furnitureWords: string[];
    /**
     * One-word headings that a case paper or an article runs straight into its text ("Ärendet Trafikverket,
     * Region … har …", "Summary The council …"): at the start of a unit, the text after them is a unit of its own.
     */
    leadHeadings: string[];
    /** Words that introduce an author's name under a headline ("Av Anna Berg", "By Jane Smith", "Tekst:"). */
    bylineWords: string[];
    /**
     * Endings of a noun in the definite plural ("kommunerna", "partene", "kommunane"): such a noun, capitalised in a
     * headline, opens the lead's sentence; English has none.
     */
    pluralDefiniteEndings: string[];
    /** Navigation words that open a web page's breadcrumb trail ("Hem", "Forsiden", "Home"). */
    navigationWords: string[];
    /** One-word section headings that never end a title: a title that runs on into one ends before it ("Samarbetsavtal Parter …"). */
    sectionWords: string[];
    /**
     * Ordinals and superlatives that need the noun phrase after them ("första Hallandska kommun att …"): a
     * capitalised word right after one continues the headline; it does not start a sentence.
     */
    ordinals: string[];
    /** A final version's label under a title ("Endelig versjon"): it ends the title. Drafts are left alone. */
    versionLabels: string[];
  };
}
