import { compounds } from './ordinals.ts';
import type { LanguageCues } from './types.ts';

/** The day ordinals 1–9 ("den förste" is the older masculine form, still written in dates). */
const SV_FIRST_ORDINALS: Record<string, number> = {
  första: 1,
  förste: 1,
  andra: 2,
  andre: 2,
  tredje: 3,
  fjärde: 4,
  femte: 5,
  sjätte: 6,
  sjunde: 7,
  åttonde: 8,
  nionde: 9,
};

/** Swedish cue words and patterns. */
export const sv: LanguageCues = {
  months: {
    januari: 1,
    jan: 1,
    februari: 2,
    feb: 2,
    mars: 3,
    mar: 3,
    april: 4,
    apr: 4,
    maj: 5,
    juni: 6,
    jun: 6,
    juli: 7,
    jul: 7,
    augusti: 8,
    aug: 8,
    september: 9,
    sept: 9,
    sep: 9,
    oktober: 10,
    okt: 10,
    november: 11,
    nov: 11,
    december: 12,
    dec: 12,
  },
  slashDateOrder: 'day-first',
  numbers: {
    en: 1,
    ett: 1,
    två: 2,
    tre: 3,
    fyra: 4,
    fem: 5,
    sex: 6,
    sju: 7,
    åtta: 8,
    nio: 9,
    tio: 10,
    elva: 11,
    tolv: 12,
    arton: 18,
    tjugofyra: 24,
    trettio: 30,
    sextio: 60,
    nittio: 90,
  },
  dayOrdinals: {
    ...SV_FIRST_ORDINALS,
    tionde: 10,
    elfte: 11,
    tolfte: 12,
    trettonde: 13,
    fjortonde: 14,
    femtonde: 15,
    sextonde: 16,
    sjuttonde: 17,
    artonde: 18,
    nittonde: 19,
    tjugonde: 20,
    ...compounds(['tjugo'], 20, SV_FIRST_ORDINALS),
    trettionde: 30,
    ...compounds(['trettio'], 30, SV_FIRST_ORDINALS, 1),
  },
  dateLeadWords: ['den'],
  letterOpenings: [
    'ärende\\s*:',
    'angående\\s*:',
    'ang\\.?\\s*:',
    'bästa\\s+\\p{L}',
    'bäste\\s+\\p{L}',
    'hej\\s+\\p{L}',
  ],
  weekdays: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
  notPlaceWords: [
    'senast',
    'utkast',
    'förslag',
    'reviderad',
    'version',
    'uppdaterad',
    'uppdaterat',
    'publicerad',
    'publicerat',
    'ändrad',
    'datum',
    'daterad',
    'meny',
    'sida',
  ],
  assemblyNouns: ['styrelsen', 'styrelse', 'nämnden', 'nämnd', 'fullmäktige', 'utskottet', 'utskott'],
  dateLabels: ['publicerad', 'publicerat', 'postad', 'postat', 'datum', 'uppdaterad'],
  publicationLabels: ['publicerad', 'publicerat', 'postad', 'postat', 'uppdaterad'],
  releaseLabels: ['pressmeddelande'],
  signingDatePhrases: [
    'undertecknad(?:es|e|at)?(?: den)?',
    'tecknad(?:es|e)?(?: den)?',
    'ingått(?:s)?(?: den)?',
  ],
  earlierDocumentWords: [
    'tidigare',
    'föregående',
    'ersätter',
    'ursprungliga',
    // Rule governing-document: "… i enlighet med ramavtalet mellan parterna daterat 3 maj 2015": that agreement's date.
    '(?:i enlighet med|med stöd av) (?:[^.;\\s]+ ){0,16}?\\p{L}*(?:avtal|avtalet|överenskommelse|överenskommelsen)',
  ],
  signedAtPhrases: [
    'underteckna(?:d|de|des|t|ts|s)? i',
    'teckna(?:d|de|des|t|ts|s)? i',
    'signera(?:d|de|des|t|ts|s)? i',
  ],
  referenceLabels: [
    'vårt dnr\\.?',
    'ert dnr\\.?',
    'ärendenummer',
    'dnr\\.?',
    'diarienr\\.?',
    'diarienummer',
    'vår ref(?:erens)?\\.?',
    'ärendenr\\.?',
    'beteckning',
    // Written apart or as a reply's reference: "Diarie nr 2019/44", "Ärende nr 12", "Er referens 2019-118".
    'diarie nr\\.?',
    'ärende nr\\.?',
    'er ref(?:erens)?\\.?',
    'referensnr\\.?',
    'referensnummer',
  ],
  citedReferenceLabels: ['vårt dnr\\.?', 'ert dnr\\.?', 'dnr\\.?'],
  documentTypes: {
    letterOfIntent: ['avsiktsförklaring\\p{L}*', 'intentionsavtal\\p{L}*', 'intentionsförklaring\\p{L}*'],
    cooperationAgreement: [
      'samverkansavtal\\p{L}*',
      'samarbetsavtal\\p{L}*',
      'ramavtal\\p{L}*',
      'partnerskapsavtal\\p{L}*',
      'överenskommelse (?:om|gällande|avseende|kring) (?:samverkan|samarbete)',
      'samverkansöverenskommelse\\p{L}*',
      'avtal om (?:\\p{L}+ )?(?:samverkan|samarbete)',
      'medlemsavtal\\p{L}*',
      'avtal mellan',
    ],
    agreementNames: ['\\p{L}*(?:avtal|avtalet|överenskommelse|överenskommelsen)\\b'],
    // "avtal" and "avtalen" are also singular (and Norwegian): only the plainly plural forms.
    pluralTypeWords: ['\\p{L}*överenskommelser(?:na)?', '\\p{L}*förklaringar(?:na)?'],
  },
  agreementStructureCues: [
    // Numbered clauses: "§ 3 Avtalstid", "6 § Uppsägning".
    '(?:^|\\s)§\\s*\\d',
    '\\b\\d+\\s*§\\s+\\p{Lu}',
    // Defined parties: "nedan kallad kommunen".
    '\\b[Nn]edan (?:gemensamt )?(?:kallad|kallade|kallat|benämnd)',
    '\\b[Pp]arterna är (?:överens|ense)\\b',
    '\\b[Dd]etta avtal (?:gäller|träder|omfattar|reglerar)\\b',
    '\\bskall\\b',
    // A signature block's labelled cells: "Namn: Anna Berg", "Befattning: rektor".
    '(?:^|\\|)\\s*(?:Namn|Namnförtydligande|Befattning|Underskrift)\\s*:',
  ],
  caseDocumentCues: [
    '\\bförslag(?:et)? till beslut\\b',
    // Minutes: "PROTOKOLL" heading, "JUSTERARE SIGN", "Yttrande till beslutsförslaget".
    '(?:^|\\s)protokoll\\s+\\p{Lu}',
    '\\bjusterare\\b',
    '\\bbeslutsförslag\\p{L}*',
    '\\btjänsteskrivelse\\b',
    '\\bhandlingar i ärendet\\b',
    '\\bsammanträdesprotokoll\\b',
    '\\bsammanträdesdatum\\b',
    '\\bbeslutsunderlag\\b',
    '\\bsammanfattning av ärendet\\b',
    '\\bärendebeskrivning\\b',
    '\\bparagrafen förklaras\\b',
    // "föreslås godkänna", "I ärendet föreslås kommunstyrelsen godkänna …".
    '\\bföreslås (?:\\p{L}+ ){0,2}(?:besluta|godkänna|anta)\\b',
    // A councillor's question and its answer: "Interpellationssvar: …", "Svar på interpellation om …", "Svar på motion".
    '\\binterpellation\\p{L}*',
    '\\b(?:svar på|besvarande av) (?:motion|medborgarförslag|enkel fråga)\\b',
    // The other memo and minutes formats: "Tjänsteutlåtande", "Protokollsutdrag", "Utdrag ur sammanträdesprotokoll",
    // the distribution line "Beslutet skickas till" / "Expedieras till".
    '\\btjänsteutlåtande\\b',
    '\\bprotokollsutdrag\\b',
    '\\butdrag ur (?:\\p{L}+ )?protokoll',
    '\\b(?:beslutet (?:skickas|expedieras) till|expedieras till)\\b',
    '\\bärendet i korthet\\b',
  ],
  aboutAgreementCues: [
    // A board adopted it: "Regionstyrelsen beslutade ställa sig bakom avtalet", "nämnden beslöt godkänna
    // samverkansavtalet".
    '\\b(?:beslutade|beslöt)\\b[^.]{0,40}\\b\\p{L}*(?:avtalet|överenskommelsen)\\b',
    // Signed at a date told later: "Den 3 maj skrev ordföranden på en överenskommelse", "Våren 2019 undertecknade …".
    '\\bskrev\\b[^.]{0,60}\\bpå\\b[^.]{0,30}(?:avtal|överenskommelse)',
    '\\b(?:\\d{4}|våren|hösten|sommaren|vintern)\\s+(?:\\d{4}\\s+)?(?:undertecknade|tecknade|skrev)\\b',
    '\\butvärdering(?:en)? av \\p{L}*(?:avtalet|överenskommelsen)\\b',
  ],
  infoPageCues: [
    // The parties have an agreement (present tense, told from outside): "Kommunen och högskolan har ett samarbetsavtal".
    '\\bhar (?:ett|en) (?:\\p{L}+ )?\\p{L}*(?:avtal|överenskommelse|avsiktsförklaring)\\b',
    // The reader shown where to look: "Här hittar du avtalet", "I menyn kan du ta del av …".
    '\\b(?:här|där) (?:hittar|finner|kan) du\\b',
    '\\bkan du (?:ta del av|läsa|hitta|se|ladda ner)\\b',
    // A web page's stamp: "Senast uppdaterad: 30 april 2019", "Sidan granskad".
    '\\b(?:senast|sidan) (?:uppdaterad|ändrad|granskad)\\b',
    // The agreement in force told from outside: "Det nuvarande avtalet gäller för perioden …".
    '\\b(?:nuvarande|gällande) (?:\\p{L}+ )?\\p{L}*(?:avtal|avtalet|överenskommelsen)\\s+gäller\\b',
    // A definition: "IOP är en modell för …", "Samverkansavtalet är ett verktyg för …".
    '\\bär (?:ett|en) (?:\\p{L}+ )?(?:verktyg|modell|begrepp|arbetsmetod|arbetsform|samarbetsform)\\b',
    // A heading that asks what it explains, on its own line or run on after a sentence: "Vad är IOP?", "Vem kan söka?".
    '(?:^|[.!?]\\s+)(?:vad är|vad innebär|vem kan|hur ansöker)\\b[^?.!]{1,80}\\?',
    // What the agreement is about, its subject a noun ("Överenskommelsen … handlar om"); a quote's "det handlar om" is
    // speech, not a description.
    '(?<!\\b(?:det|detta|den|som|allt|här|vilket|mycket)\\s)\\bhandlar om\\b',
  ],
  caseGenreNames: [
    'tjänsteskrivelse',
    'tjänsteutlåtande',
    'sammanträdesprotokoll',
    'protokollsutdrag',
    'utdrag ur (?:\\p{L}+ )?protokoll',
    'interpellation\\p{L}*',
    'svar på (?:interpellation|motion|medborgarförslag)',
    'motionssvar',
    'beslutsunderlag',
    'ärendebeskrivning',
    'kallelse',
  ],
  newsCues: [
    ',\\s*säger\\s+\\p{L}',
    // "säger rektor Eva …"; not "säger upp avtalet" (terminates it), an agreement's own clause.
    '\\bsäger\\s+(?!upp\\b)\\p{L}\\p{L}+\\s+\\p{L}',
    // A quote's attribution after it, inverted ("Det sa kommunalrådet Eva Lind …"); "det säger sig självt" is an idiom.
    '\\bdet (?:sa|sade)\\s+(?!sig\\b)\\p{L}',
    '^publicerad\\b',
    '\\bhar (?:tecknat|undertecknat|skrivit under)\\b',
    '\\bundertecknades\\b',
    '\\btecknar\\b',
    // Headlines and press releases: "Samarbetsavtal tecknas mellan …", "har idag undertecknat", "Pressmeddelande".
    '\\btecknas\\b',
    '\\bundertecknar\\b',
    '\\bhar (?:idag|i dag|nu) (?:tecknat|undertecknat|skrivit under)\\b',
    '^pressmeddelande\\b',
    '\\bpressinbjudan\\s*:',
    // The parties told in the third person: "Kommunerna och högskolan har träffat en överenskommelse om …".
    '\\bhar (?:träffat|ingått|slutit) (?:en|ett) (?:\\p{L}+ )?(?:överenskommelse|avtal)',
    // "… har nu Region Nord och Alby kommun tecknat en avsiktsförklaring": an agreement told of with its indefinite
    // article, whatever stands between "har" and the verb; the agreement itself says "detta avtal".
    '\\b(?:tecknat|undertecknat|ingått|slutit|skrivit under) (?:en|ett) (?:\\p{L}+ )?\\p{L}*(?:avtal|överenskommelse|avsiktsförklaring)\\b',
    // A photo caption in the present tense: "Rektor X och vd Y skriver under avtalet."
    '\\bskriver under\\b',
    // Signing told in the past passive, its particle after the object: "skrevs en ny överenskommelse under av …";
    // a headline that ends on the participle ("Samverkansöverenskommelse för 2020-2023 undertecknat").
    '\\bskrevs\\s+(?:\\p{L}+\\s+){0,4}under\\b',
    '\\S\\s+(?:undertecknat|undertecknad)$',
    // A publication line that lost its line break: "… Publicerad 2019-03-12 …", "Publicerad: 12 mars".
    '\\bpublicerad\\s*:?\\s*(?:\\d|uppdaterad\\b)',
    // Told in the perfect passive: "En avsiktsförklaring har träffats mellan …", "… och Polestar har signerats".
    // "Mellan A och B har träffats följande avtal" opens an agreement of its own.
    '\\bhar (?:nu |idag |i dag )?(?:träffats|signerats)\\b(?! följande)',
    // A municipal web page's skip link ("Länk till startsidan"), as "Skip to content" in English.
    '^länk till startsidan\\b',
    '\\bförra veckan\\b',
    // Told from outside, in the past: "Kommunerna kom överens om att teckna en avsiktsförklaring …".
    '\\bkom (?:\\p{L}+ )?överens om att (?:teckna|ingå|skriva under|ta fram) (?:en|ett) (?:\\p{L}+ ){0,2}\\p{L}*(?:avtal|överenskommelse|avsiktsförklaring)\\b',
    // Rule signed-participle: an agreement told of with its indefinite article and who signed it ("… grundar sig på en
    // överenskommelse, undertecknad av kommunalrådet …"); the agreement itself says "detta avtal".
    '\\b(?:en|ett) (?:\\p{L}+ )?\\p{L}*(?:avtal|överenskommelse|avsiktsförklaring),? (?:undertecknad|undertecknat|tecknad|tecknat|signerad|signerat) av\\b',
    // A photo credit ("Foto: Anna Berg", "Bild: Alby kommun", "Foto privat"): an agreement carries none.
    '(?:^|\\s)(?:foto|bild)\\s*:\\s*\\p{Lu}',
    '(?:^|\\s)foto:?\\s+privat\\b',
    // A quote's attribution after its comma with another speech verb: "…, berättar rektor Eva Berg", "…, sa hon"; not
    // "fortsätter" (", fortsätter avtalet att gälla" is an agreement's own clause).
    ',\\s*(?:sa|sade|berättar|förklarar|konstaterar|betonar)\\s+\\p{L}',
  ],
  // Not "ingicks i …" / "har ingåtts i …": an agreement is as often said to be entered into in a year, a framework or
  // another agreement as in a town, and a place read from it was wrong on unseen documents (session 13).
  signingPassives: ['undertecknas', 'undertecknats', 'skrivs under'],
  placeBuildings: [
    'stadshus(?:et)?',
    'rådhus(?:et)?',
    'kommunhus(?:et)?',
    'regionhus(?:et)?',
    'residens(?:et)?',
    'slott(?:et)?',
  ],
  gatheringWords: ['samlade', 'samlats', 'samlad', 'träffades', 'möte', 'mötet', 'sammankomst'],
  signingVerbs: [
    'har tecknat',
    // Passive perfect: "Avtalet har tecknats av ordförande X …".
    'har tecknats',
    'tecknats',
    'har undertecknat',
    'har skrivit under',
    'tecknar',
    'tecknade',
    'undertecknade',
    'undertecknades',
    'skrev under',
    'skriver under',
    'undertecknar',
    // "har idag undertecknat": an adverb may stand between the auxiliary and the participle.
    'undertecknat',
    // The participle after the agreement it qualifies: "en överenskommelse, undertecknad av kommunalrådet X och …".
    'undertecknad',
    'har ingått',
    'ingick',
    // Passive and perfect forms of "signera" and "skriva under" ("som signerats av rektor …", "skrevs under av …").
    'signerade',
    'signerades',
    'signerats',
    'har signerat',
    'undertecknats',
    'skrevs under',
    'har skrivits under',
    // The particle can stand far from its verb: "skrevs en ny överenskommelse mellan A och B under av …".
    'skrevs(?:\\s+[\\p{L}\\d-]+){1,15}?\\s+under',
    // A subject before a split verb with an adverbial inside it: "X och Y skrev i dag under avtalet".
    'skrev(?:\\s+[\\p{Ll}\\d][\\p{Ll}\\d.]*){1,4}?\\s+under',
    // A caption: "Avtalssignering med rektor X och regiondirektör Y".
    '(?:avtals)?signering(?:en)? med',
    // News of a partnership: "Alby stad och Högskolan Öst blir strategiska partners".
    'blir (?:strategiska |långsiktiga )?(?:samarbets)?partners?',
  ],
  signedByWords: ['av'],
  signingClauseLeads: [
    'när de',
    'när dom',
    'då de',
    'då dom',
    'medan de',
    'efter att de',
    'innan de',
    'sedan de',
  ],
  splitSigningVerbs: [{ verb: 'skriver|skrev', particle: 'under' }],
  passiveAgentLeads: [
    '(?:har|hade) (?:tecknats|undertecknats|ingåtts|slutits|antagits) av',
    // "I går undertecknades avtalet av …": the subject may stand between the verb and its agent.
    '(?:tecknades|undertecknades|ingicks|slöts|antogs)(?: \\p{Ll}+)? av',
  ],
  cooperationVerbs: [
    'samarbetar',
    'samverkar',
    'samarbetade',
    'har samarbetat',
    'ska samarbeta',
    'kommer att samarbeta',
    // "fördjupar sitt samarbete", "stärker samverkan", "inleder ett nytt samarbete": a verb of beginning or
    // growing with the cooperation as its object.
    '(?:fördjupar|stärker|utökar|utvidgar|breddar|förlänger|förnyar|formaliserar|inleder|startar|utvecklar)(?: sitt| sin| sina| ett| det)?(?: \\p{Ll}+)? (?:samarbete|samarbetet|samverkan|partnerskap|partnerskapet)',
    'går samman',
  ],
  photoCreditWords: ['foto', 'bild', 'fotograf'],
  boilerplateLines: [
    '^pressmeddelande\\s*$',
    // A news section's label and a site logo's alt text above the headline ("Aktuellt", "Alby kommun logotyp").
    '^aktuellt\\s*$',
    '\\blogo(?:typ)?\\s*$',
    '^nyhet(?:er)?\\s*$',
    '^\\p{L}+-nyhet(?:er)?\\s*$',
    '^(?:foto|bild)\\s*:',
    '^hoppa till',
    // A skip link and a publication label whose date was left out of the text ('Publicerad' alone).
    '^länk till startsidan\\b',
    '^publicerad\\s*:?\\s*$',
    '^dela\\b',
    '^läs mer',
    // Site menus, loaders and web-archive headers above the headline.
    '^(?:huvud)?meny(?:n)?\\b',
    '^hoppa direkt till',
    // A page's loader left on its own line ("Laddar", "Laddar…").
    '^laddar\\s*(?:\\.{3}|…)?\\s*$',
    // A skip link and a search box above the headline ("Gå till innehållet", "Sök").
    '^gå till\\b',
    '^sök\\s*$',
    // An advertisement's label and a logo's alt text before the name ('Annons', 'logotyp Alby kommun').
    '^annons\\s*$',
    '^logo(?:typ)?\\s',
  ],
  betweenWords: ['mellan'],
  // Swedish writes the adverb as one word ("kommunerna emellan", "sinsemellan"), no between-word.
  adverbialBetween: [],
  topicLeads: ['avseende', 'gällande', 'rörande', 'angående'],
  andWords: ['och', 'samt'],
  partyListCues: [
    // A party clause that opens with the word itself: "Mellan A, org.nr …, och B, org.nr …".
    '^mellan',
    'har ingåtts mellan',
    'ingås mellan',
    'har träffats mellan',
    'parterna i (?:denna|detta) \\p{L}+ är',
    'parter(?:na)? är',
  ],
  definitionCues: ['nedan (?:gemensamt )?kalla(?:de|d|t)', 'nedan benämnd(?:a)?', 'nedan'],
  orgNumberLabels: [
    'org\\.?\\s*nr\\.?',
    'organisationsnummer',
    'org\\.?\\s*nummer',
    'orgnr\\.?',
    // Finland-Swedish documents give the business ID (FO-nummer, Finnish Y-tunnus).
    'fo-?\\s?(?:nummer|nr\\.?)',
    'y-tunnus',
  ],
  appositionWords: ['en', 'ett', 'med', 'som', 'nedan', 'vilken', 'org', 'organisationsnummer', 'orgnr'],
  clubPrefixes: ['IF', 'IK', 'FF', 'BK', 'SK', 'FK', 'AIK', 'GIF', 'BoIS'],
  // "St. Görans sjukhus" (also written "S:t", which has no full stop).
  nameAbbreviations: ['St'],
  lowercaseInstitutions: [
    'polisen',
    'polismyndigheten',
    'tullverket',
    'kustbevakningen',
    'försvarsmakten',
    'regeringen',
  ],
  lowercaseNameHeads: ['högskolan', 'universitetet', 'länsstyrelsen'],
  lowercaseUnitNouns: ['polisområde', 'polisregion', 'polisdistrikt'],
  correlativeOpeners: ['både', 'såväl', 'vare sig', 'antingen'],
  introOpeners: ['Efter', 'Med', 'Genom', 'Som (?:ett )?led i', 'Som en del av', 'Under'],
  leadAdverbs: [
    'nyligen',
    'nyss',
    'också',
    'nu',
    'formellt',
    'officiellt',
    'idag',
    'i dag',
    'igår',
    'i går',
    'äntligen',
  ],
  commaLegalForms: [],
  nameFinalStops: ['i', 'av', 'till', 'med', 'på', 'för', 'från', 'om', 'och', 'att', 'utan', 'eller'],
  recitalOpeners: [],
  pluralOfOrgNouns: [],
  streetWords: ['gatan', 'vägen', 'gata', 'väg', 'torget', 'box'],
  descriptorPrefixes: [
    'den ideella föreningen',
    'den ekonomiska föreningen',
    'intresseorganisationen',
    'föreningen',
    'bolaget',
  ],
  orgNouns: [
    'universitet',
    'högskola',
    'högskolan',
    'kommun',
    'kommuner',
    'landsting',
    'region',
    'ab',
    'myndighet',
    'verket',
    'institut',
    'institutet',
    'museum',
    'stiftelse',
    'förbund',
    'förening',
    'länsstyrelse',
    'län',
    'stad',
    'kammare',
    'universitetet',
    'landstinget',
    'regionen',
    'sjukhus',
    'sjukhuset',
    'välfärdsområde',
    'departementet',
    // A military unit is an organisation: "Alfa skånska regementet".
    'regemente',
    'regementet',
  ],
  functionWords: ['för', 'i', 'på', 'och', 'av'],
  purposePrepositions: ['för'],
  titleOpenEndings: [
    'inom',
    'gällande',
    'avseende',
    'angående',
    'rörande',
    'om',
    'kring',
    'för',
    'mellan',
    'med',
    'och',
    'av',
    'i',
    'på',
    'till',
    'mot',
    'vid',
  ],
  headings: {
    purpose: ['syfte', 'syftet', 'bakgrund och syfte', 'syfte och mål', 'mål', 'ändamål'],
    areas: [
      'samverkansområden',
      'samarbetsområden',
      'områden för samverkan',
      'områden för samarbete',
      'inriktning',
    ],
    governance: [
      'ledningsnivå',
      'uppföljning',
      'styrning',
      'organisation',
      'arbetsformer',
      'arbetssätt',
      'genomförande',
      'styrgrupp',
      'ledning och',
      // A joint body's remit: "Mandat" opens the section on what the body decides and advises on.
      'mandat',
    ],
    validity: ['giltighet', 'avtalstid', 'giltighetstid', 'uppsägning', 'avtalsperiod', 'ikraftträdande'],
    parties: ['parter', 'parterna', 'avtalsparter'],
    signatures: ['underskrifter', 'underskrift', 'undertecknande'],
    administrative: [
      'ekonomi',
      'kostnader',
      'finansiering',
      'sekretess',
      'tvist',
      'ändringar',
      'kontaktpersoner',
      'bakgrund',
      'allmänt',
      'definitioner',
      'immateriella',
      'ansvar',
      'övrigt',
      'avsiktsförklaring',
      'intentionsavtal',
      'publicerad',
    ],
  },
  purposeCues: [
    // agreement-step-toward: "Avsiktsförklaringen är ett viktigt steg i processen att nå ett avtal om …".
    '^(?:avsiktsförklaringen|intentionsförklaringen|\\p{L}*avtalet|överenskommelsen)\\s+är\\s+ett\\s+(?:\\p{L}+\\s+){0,2}?steg\\s+(?:i|mot|på vägen)\\b',
    '\\bsyftet\\b(?:\\s+med\\s+[^.]{1,80}?)?\\s+är\\b',
    '\\bsyftar till\\b',
    '\\bi syfte att\\b',
    '\\bmålet med\\b[^.]{1,80}?\\bär\\b',
    // "… har som mål att …", and the same aim set for the future: "Samverkan ska ha som målsättning att …".
    '\\b(?:har|ska ha|skall ha) (?:även |också |dessutom )?som (?:mål|målsättning|syfte|ändamål) att\\b',
    // "Ambitionen med avsiktsförklaringen är att förhandla …".
    '\\bambitionen med\\b[^.]{1,80}?\\bär\\b',
    // "Tanken med dokumentet är att skapa …".
    '\\btanken med\\b[^.]{1,80}?\\bär\\b',
    '\\bbakgrund(?:en)? till (?:avtalet|avsiktsförklaringen|överenskommelsen|samarbetet)\\b',
    // "Med denna avsiktsförklaring ska arbetet … stärkas": what the agreement is for, in the passive.
    '^med (?:denna |detta |den nya |det nya )?(?:\\p{L}*avtal(?:et)?|avsiktsförklaring(?:en)?|överenskommelse(?:n)?|partnerskap(?:et)?)\\b[^.]{0,90}?\\b(?:ska|skall|vill|avser)\\b',
    // "Parternas syfte med avtalet är dels att …"; "Målsättningen med partnerskapet är således att …".
    '\\bsyfte med\\b[^.]{1,80}?\\bär\\b',
    '\\bmålsättning(?:en)? med\\b[^.]{1,80}?\\bär\\b',
    // "Avsikten med avtalet är att …"; a sentence that opens "Målet är att …" / "Målsättningen är att …".
    '\\bavsikten med\\b[^.]{1,80}?\\bär\\b',
    // "Överenskommelsens mål är att …", "Avtalets syfte är …".
    '\\b(?:\\p{L}*avtalets|överenskommelsens|avsiktsförklaringens|samarbetets|samverkans|partnerskapets) (?:mål|syfte|målsättning|ändamål) är\\b',
    // "Ett mål med den nya överenskommelsen är …", "Ett av målen med avtalet är …".
    '\\bett (?:av målen|mål) med\\b[^.]{1,80}?\\bär\\b',
    // "Avsiktsförklaringen är ett uttryck för parternas vilja att …".
    '\\buttryck för (?:en |parternas )?(?:gemensam |ömsesidig )?vilja att\\b',
    // agreement-is-declaration: "Överenskommelsen är en gemensam viljeyttring för samverkan och …", "Avtalet är ett
    // uttryck för …": what the document is, told by the kind of declaration it is.
    '^(?:\\p{L}*avtalet|överenskommelsen|avsiktsförklaringen|intentionsförklaringen)\\s+är\\s+(?:en|ett)\\s+(?:\\p{L}+\\s+){0,2}?(?:viljeyttring|viljeförklaring|avsiktsförklaring|uttryck)\\s+(?:för|om)\\b',
    // "… ett gemensamt åtagande att …": a commitment shared by the parties.
    '\\b(?:ett|det) (?:gemensamt|ömsesidigt) åtagande (?:om |för )?att\\b',
    '^(?:målet|målsättningen|ambitionen) (?:är|blir) att\\b',
    '\\böverenskommelse om att\\b',
    // cooperate-in-order-to: "Kommunen och regementet ska samverka för att stärka …", "… ska samarbeta för att …".
    '\\bska(?:ll)? (?:också |även )?(?:gemensamt |tillsammans |närmare )?(?:samverka|samarbeta) för att\\b',
    // parties-shall-jointly: a sentence that opens with the two parties by name and says what they shall do for the
    // shared field, as a news lead does ("Alby kommun och Borsta IF ska stödja samverkan …"). Not "Parterna ska främja
    // …": in an agreement's body that opens one of its undertakings.
    '^(?:\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,3}?\\s+och\\s+\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,3}?)\\s+ska(?:ll)?\\s+(?:gemensamt\\s+|tillsammans\\s+)?(?:stödja|stärka|främja|bidra till|verka för)\\b',
    // What the agreement shall do: "Avtalet ska också bidra till …", "Samverkan ska vara till nytta för …".
    // The plural too ("Överenskommelserna ska ge struktur åt …"), and the verbs that say what the agreement makes
    // clearer, safer or better; "ge" only with what it gives the work ("ge struktur åt"), not a right to one party.
    '\\b(?:\\p{L}*avtal(?:et|en)?|överenskommelse(?:n|rna)|avsiktsförklaring(?:en|arna)|samarbetet|samverkan|partnerskapet)\\b[^.]{0,80}?\\bska(?:ll)?\\s+(?:också\\s+|även\\s+|därutöver\\s+|därmed\\s+)?(?:till exempel\\s+|bland annat\\s+|framför allt\\s+)?(?:bidra|främja|stärka|stimulera|vara till nytta|underlätta|möjliggöra|leda till|tydliggöra|klargöra|säkerställa|förbättra|förenkla|utveckla|stödja|skapa|ge (?:en )?(?:struktur|ramar|förutsättningar|stöd|grund))\\b',
    '\\bbanar väg för\\b',
    // What the agreement is about, opening its sentence: "Överenskommelsen handlar om att …", "Avtalet går ut på att …".
    '^(?:\\p{L}*avtalet|överenskommelsen|avsiktsförklaringen|samarbetet|samverkan|partnerskapet) (?:handlar om|går ut på) att\\b',
    // A letter of intent in the first person: "… vill vi bekräfta vår avsikt att samarbeta kring …".
    // intent-statement: a possessive, the intent noun and an infinitive, whatever the verb ("… uttalar parternas avsikt att
    // höja …", "… bekräfta vår avsikt att samarbeta …"); not an intent to end something.
    '\\b(?:vår|våra|parternas|deras|sin|sina) (?:gemensamma |ömsesidiga )?(?:avsikt|intention|ambition|vilja|önskan) (?:är )?att (?!säga upp|avsluta|frånträda|upphöra)\\p{L}+',
    // agreement-lays-ground: "Avsiktsförklaringen lägger grunden för en gemensam planering av …".
    '^(?:avsiktsförklaringen|intentionsförklaringen|\\p{L}*avtalet|överenskommelsen|samarbetet|partnerskapet) (?:lägger|lade) (?:också |även )?grunden (?:för|till)\\b',
    // "Genom överenskommelsen kommer det att …", "Genom ökad samverkan … ska konkurrenskraften stärkas".
    '^genom (?:ökad |detta |denna |det |den )?\\p{L}+\\b[^.]{0,90}?\\b(?:ska|skall|avser|vill|kommer|får)\\b',
    '\\b(?:härigenom|därigenom|i och med detta|med avtalet|med avsiktsförklaringen) vill\\b',
    // A purpose clause that opens the sentence about the signing: "För att stärka … har A och B tecknat ett avtal".
    '^för att\\b[^.]{0,200}\\b(?:har|ska)\\b[^.]{0,60}?\\b(?:tecknat|ingått|undertecknat|skrivit under)\\b',
    // News in the past tense: "För att korta köerna tecknade kommunerna ett avtal …".
    '^för att\\b[^.]{0,200}?\\b(?:undertecknade|tecknade|ingick|skrev under)\\b',
    // purpose-clause-opens: "För att stärka … har kommunledningarna tagit initiativ till ett fördjupat samarbete": the
    // main clause that the purpose opens is about the cooperation or the agreement, whatever its verb.
    '^för att\\b[^.]{0,200}?\\b(?:har|ska|skall|kommer)\\b[^.]{0,80}?\\b(?:samarbete|samverkan|\\p{L}*avtal|överenskommelse|avsiktsförklaring|partnerskap)',
    // "I detta avtal fastställs …", "Denna överenskommelse reglerar ansvar och samverkan avseende …".
    '\\b(?:i detta avtal|\\p{L}*avtalet|överenskommelsen|(?:detta|denna) (?:\\p{L}*avtal|överenskommelse|avsiktsförklaring)) (?:fastställs|fastställer|reglerar|regleras)\\b',
  ],
  signingLeadPurposes: [
    // "… med målet att …", "… med syftet att …": the aim attached to the act it follows, told in passing.
    '\\bmed (?:det (?:gemensamma |övergripande )?)?(?:målet|syftet|ambitionen|målsättningen) att\\b',
    // News about a signing: "… har tecknat ett avtal om att samverka kring …", "… ett avtal för att …".
    // The indefinite article: a new agreement is announced ("… utöka samverkansavtalet för att få …" is a plan).
    '\\bett\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}*avtal\\s+(?:för|om)\\s+att\\s+\\p{L}+',
    // "Norrby och Sjöhamn har tecknat en avsiktsförklaring för att gemensamt locka fler besökare …": the same with the other nouns.
    '\\ben\\s+(?:\\p{L}+\\s+){0,2}?(?:avsiktsförklaring|överenskommelse)\\s+för\\s+att\\s+\\p{L}+',
  ],
  // Swedish and Norwegian tell a purpose in passing with "för att" / "for å", which the section rules weigh.
  passingPurposes: [],
  purposeNouns: [
    '\\b(?:syftet|målet|målsättningen|avsikten|ambitionen)\\b',
    '\\bsyftar till\\b',
    '\\b(?:vår|våra|parternas|deras|sin|sina) (?:gemensamma |ömsesidiga )?(?:avsikt|intention) (?:är )?att\\b',
  ],
  pronounPurposes: [
    '^(?:den|det) (?:ska|skall|kommer att) (?:också |även )?(?:bidra|främja|stärka|underlätta|möjliggöra)\\b',
  ],
  speechVerbs: ['säger', 'sa', 'sade', 'berättar'],
  ownAimVerbs: ['har (?:även |också )?som'],
  adoptionDateVerbs: [
    'antagen',
    'antaget',
    'antogs',
    'godkänd',
    'godkänt',
    'godkändes',
    'fastställd',
    'fastställt',
    'fastställdes',
  ],
  selfReferenceWords: ['detta', 'denna', 'dessa', 'följande', 'förevarande', 'härmed'],
  adoptionNotes: [
    '(?:Antagen|Antaget|Antogs|Godkänd|Godkänt|Godkändes|Fastställd|Fastställt|Fastställdes|Beslutad|Beslutat|Beslutades|Reviderad|Reviderat) (?:av|i|på|den|vid)',
  ],
  negatedPurposes: ['\\b(?:syftet|målet|avsikten|ambitionen)\\b[^.]{0,80}?\\b(?:är|blir) (?:inte|ej) att\\b'],
  purposeContinuations: [
    '^(?:detta|det) (?:ska|skall|kommer att) (?:också |även )?(?:bidra|främja|stärka|leda|underlätta)\\b',
  ],
  purposeLabels: ['Syfte', 'Syftet', 'Ändamål', 'SYFTE'],
  infinitiveMarkers: ['att'],
  purposeStatement: {
    // "Huvudsyftet med avtalet är att …", "Det övergripande målet för samverkan var att …".
    definite: [
      '\\p{L}*syftet',
      '\\p{L}*målet',
      '\\p{L}*målsättningen',
      'avsikten',
      'ambitionen',
      'ändamålet',
      'intentionen',
    ],
    // "Avtalets syfte är att …", "Vårt gemensamma mål blir att …".
    bare: ['\\p{L}*syfte', '\\p{L}*mål', 'målsättning', 'avsikt', 'ambition', 'ändamål', 'intention'],
    // Only the agreement's, the cooperation's or the parties' own: "FoU-miljöns mål är att …" is a part's aim, "Bolagets
    // ändamål" a company's.
    possessives: [
      '\\p{L}*avtalets',
      'överenskommelsens',
      'avsiktsförklaringens',
      'samarbetets',
      'samverkans',
      'partnerskapets',
      'parternas',
      'vårt',
      'vår',
      'våra',
    ],
    postPossessives: ['vårt', 'vår'],
    prepositions: ['med', 'för', 'av', 'bakom', 'i', 'till', 'inom'],
    copulas: [
      'är',
      'var',
      'blir',
      'blev',
      'har varit',
      'hade varit',
      'ska vara',
      'skall vara',
      'kommer att vara',
      'bör vara',
    ],
    adverbs: [
      'dels',
      'således',
      'alltså',
      'främst',
      'framför allt',
      'i första hand',
      'bland annat',
      'också',
      'även',
      'helt enkelt',
    ],
    // "Syftet med besöket var att …", "Målet för dagens möte är att …": an event's aim; "vars syfte är att …" has no phrase.
    otherHolders: [
      '(?:dagens |detta |det )?(?:besöket|mötet|resan|träffen|konferensen|seminariet|ceremonin|evenemanget|dagen|turnén)',
      'vilket',
      'vilken',
    ],
  },
  purposeListLabels: ['mål', 'målen', 'målsättning(?:ar|arna|en)?', 'syften', 'ändamål'],
  // Not "åtar sig att": "Kommunerna åtar sig att gemensamt främja …" under "Syfte" is what the agreement is for.
  // "Nämnden svarar också för att bemanna …": what one body is responsible for is a task, not the purpose.
  sectionDuties: ['\\bhar (?:rätt|befogenhet) att\\b', '\\b(?:an)?svarar (?:\\p{L}+ )?för att\\b'],
  purposeSectionCues: [
    '\\bför att\\b',
    '\\bbidra till\\b',
    '\\bsyfte',
    '\\binriktning\\b',
    '\\bverka för\\b',
    '\\bsyftar\\b',
    '\\bfrämja\\b',
    // Under "Syfte": "Parterna vill genom denna avsiktsförklaring fördjupa …", "Samverkan ska öka …".
    '^parterna (?:vill|avser|önskar)\\b',
    '^(?:samverkan|samarbetet|parterna|avtalet|överenskommelsen|avsiktsförklaringen)\\b[^.]{0,40}?\\bska(?:ll)?\\b',
  ],
  areaListCues: [
    // Compounds too: "inom fokusområdena A, B och C", "inom samverkansområdena …".
    '\\binom \\p{L}*områdena\\b',
    // tasks-within: "… köp av tjänster inom kollektivtrafik och skolskjuts": what the parties do for each other, by the
    // field it lies in.
    '\\b(?:uppgifter|tjänster)\\s+inom\\b',
    '\\b(?:samverkansavtal|samarbetsavtal|samverkan|samarbete|samarbetet)\\s+(?:om [^.,;:]{1,40}? )?inom\\b',
    '\\bsamverka inom (?:områdena\\b)?',
    '\\bsamarbeta inom\\b',
    // "Samarbetet ska bland annat omfatta A, B och C": the list follows the verb (and "bland annat").
    '\\bsamarbete(?:t)? (?:ska|kommer att|kan) (?:bland annat |bl\\.a\\.? )?(?:omfatta|innefatta)(?: bland annat| bl\\.a\\.?)?\\b',
    // "… göra särskilda satsningar på bland annat A, B och C".
    '\\b(?:satsningar|satsning|satsa|satsar) på (?:bland annat |bl\\.a\\.? |till exempel |t\\.ex\\.? )?',
    '\\bsamarbete(?:t)? omfattar (?:bland annat|bl\\.a\\.?)\\b',
    '\\bföljande \\p{L}*områden\\b',
  ],
  areaNouns: ['områdena', 'området', 'följande områden'],
  areaListLeadIns: [
    'följande områden',
    'samverka inom',
    'inom följande',
    'omfattar',
    // Rule focus-lead-in: "… och kommer att fokusera på:" over its list: what the cooperation is to focus on.
    'fokusera(?:r)? på',
    '(?:samverka|samarbeta|samverkan|samarbete)\\p{L}* (?:om|kring|inom) följande',
    // "Inriktningen på den nya samverkansöverenskommelsen:" over its list: what the agreement is directed at.
    'inriktning(?:en)? (?:på|för|av|i) (?:den |det |vår |vårt )?(?:nya )?\\p{L}*(?:avtal|överenskommelse|avsiktsförklaring|samverkan|samarbete)\\p{L}*',
  ],
  areaChosenAs: [
    '(?<lead>(?<![\\p{L}])(?:valt|valde|väljer|pekat|pekade|pekar|prioriterat|prioriterade)(?: ut)?\\s+)(?<area>\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*){0,3}?)\\s+som\\s+(?:det |ett |sitt |sina |vårt |gemensamt )?(?:\\p{Ll}+ )?\\p{Ll}*områd(?:e|en|et)(?![\\p{L}])',
  ],
  areaObjectCues: [
    '\\b(?:samverkan|samarbete|samarbetet)\\s+(?:kring|rörande|avseende|gällande|om)\\b',
    '\\b(?:samverka|samverkar|samarbeta|samarbetar)\\s+(?:kring|om)\\b',
  ],
  adverbialPrepositions: ['under', 'i', 'på', 'efter', 'sedan', 'från', 'inom', 'vid', 'genom'],
  sourcePrepositions: ['från'],
  clauseVerbs: ['ska', 'skall', 'kan', 'måste', 'bör', 'kommer', 'har', 'är', 'blir'],
  relativeWords: ['som', 'vilket', 'vilka'],
  areaLabels: ['områden', 'områdena', 'område', 'teman', 'temana', 'insatsområden'],
  enumerationIntroducers: [
    'bland annat',
    'bland andra',
    'bl\\.a\\.?',
    'till exempel',
    't\\.ex\\.?',
    'såsom',
    'däribland',
    'avseende',
    // Next sentence: "… nya samarbetsområden. Som exempel kan nämnas A, B och C."
    'som exempel kan nämnas',
    'det(?:ta)? kan (?:vara|handla om)',
    'exempel på (?:detta|sådana) är',
  ],
  areaCopulas: ['(?:som (?:omfattas|ingår|berörs)(?: av| i) [^.,;:]{1,40}? )?(?:är|blir)'],
  correlativeLists: [{ open: 'såväl', join: 'som' }],
  areaDescriptionVerbs: ['omfattar', 'innebär', 'handlar om', 'avser'],
  listFinalWords: ['samt', 'och slutligen', 'och till sist'],
  atomicPhrases: [
    'forskning, utveckling och innovation',
    'hälso- och sjukvård',
    'hälsa och vård',
    // "samverkan om hälsa, vård och omsorg": the common name of the region–municipality care field.
    'hälsa, vård och omsorg',
    'forskning och utveckling',
  ],
  // "… inom utbildning och forskning eller andra områden …": the list ends before "eller andra".
  listTerminators: ['för att', 'i syfte att', 'genom att', 'med syfte', 'eller (?:inom |på |i )?andra'],
  governanceBodies: [
    { name: 'styrgrupp', pattern: 'styrgrupp(?:en|er|erna)?' },
    { name: 'samverkansgrupp', pattern: 'samverkansgrupp(?:en|er|erna)?' },
    { name: 'samarbetsgrupp', pattern: 'samarbetsgrupp(?:en|er|erna)?' },
    { name: 'ledningsgrupp', pattern: 'ledningsgrupp(?:en|er|erna)?' },
    { name: 'arbetsgrupp', pattern: 'arbetsgrupp(?:en|er|erna)?' },
    { name: 'referensgrupp', pattern: 'referensgrupp(?:en|er|erna)?' },
    { name: 'samordningsgrupp', pattern: 'samordningsgrupp(?:en|er|erna)?' },
    { name: 'samverkansråd', pattern: 'samverkansråd(?:et)?' },
    { name: 'samverkansorgan', pattern: 'samverkansorgan(?:et|en)?' },
    { name: 'samarbetsorgan', pattern: 'samarbetsorgan(?:et|en)?' },
    // The officials' group that prepares a political steering group's work ("biträds av en tjänstemannagrupp").
    { name: 'tjänstemannagrupp', pattern: 'tjänstemannagrupp(?:en|er|erna)?' },
    { name: 'ägarråd', pattern: 'ägarråd(?:et)?' },
    // The board itself, not "kommunstyrelsen" or "styrelseordförande" (the lookarounds need a whole word).
    { name: 'styrelse', pattern: 'styrelse(?:n)?', board: true },
    // A bare "råd" is too common a word; set up for the cooperation it follows "ett" or "gemensamma".
    { name: 'råd', pattern: '(?<=(?:ett|gemensamma|gemensamt)\\s)råd(?:et)?' },
  ],
  bodyAdjectiveDeterminers: ['den', 'det', 'de'],
  companyGenitives: ['bolagets', 'aktiebolagets', 'företagets'],
  minutesOfBodyLeads: [
    '(?:mötes)?protokoll(?:et)? från (?:mötet? (?:i|med) )?',
    'minnesanteckningar(?:na)? från (?:mötet? (?:i|med) )?',
  ],
  pastDecisionVerbs: [
    'beslutade',
    'beslöt',
    'har beslutat',
    'godkände',
    'har godkänt',
    'antog',
    'har antagit',
    'rekommenderade',
    // The passive of a decision taken ("beslutades", "har godkänts").
    'beslutades',
    'godkändes',
    'antogs',
    'har beslutats',
    'har godkänts',
  ],
  establishVerbs: ['inrätta(?:r|s|t)?', 'bilda(?:r|s|t)?', 'tillsätta(?:r|s)?'],
  namedBodyNouns: ['Råd', 'Rådet', 'Kommitté', 'Kommittén', 'Nämnd', 'Nämnden'],
  jointCommittee: {
    opening: 'gemensam(?:ma)?\\s+(?<stem>\\p{L}*)nämnd(?:en)?',
    definite: 'nämnden',
    host: 'i\\s+\\p{Lu}\\p{L}+\\s+kommun',
    naming: '(?:ska|skall)\\s+(?:benämnas|kallas|heta)',
  },
  bodyNameLinks: ['för', 'om'],
  establishedPassives: ['(?:inrättas|bildas|tillsätts)'],
  setUpBody: {
    nouns: ['råd', 'grupp', 'kommitté', 'nämnd', 'forum', 'utskott', 'organ', 'team'],
    compounds: true,
    articles: ['en', 'ett'],
    existence: [
      // Rule organised-with: "Samarbetet organiseras med en styrgrupp och ett projektteam": the bodies the
      // cooperation is organised in, the first and those coordinated with it.
      '(?:organiseras|organiseres) (?:med|genom|i) BODY',
      '(?:organiseras|organiseres) (?:med|genom|i) [^.;]{0,80}?\\s(?:och|samt) BODY',
      '(?:ska|skall) det (?:finnas|inrättas|bildas|tillsättas) BODY',
      'START BODY (?:ska|skall) (?:finnas|inrättas|bildas|tillsättas)',
      // Not "Det finns en grupp …": the present tells what there is, not what the parties set up.
      'START [Dd]et (?:inrättas|bildas|tillsätts) BODY',
    ],
  },
  bodyAliasLinks: ['(?:nedan )?benämn(?:d|t|da)', '(?:nedan )?kalla(?:d|t|de)'],
  mandateCues: ['med uppdrag att', 'har till uppgift att', 'som ska'],
  mandateVerbs: ['ska ansvara för', 'skall ansvara för', 'ansvarar för', 'har ansvar för', 'ansvara för'],
  timesPerYear: [
    'NUM gång(?:er)? (?:per|om|i|varje|vart) år(?:et)?',
    'NUM gång(?:er)? årligen',
    // "vid ett ordinarie sammanträde per år".
    'NUM (?:ordinarie |gemensamt |gemensamma )?\\p{L}*(?:sammanträde|möte)(?:n)? (?:per|om|varje|vart) år(?:et)?',
    // "minst två (2) samrådsmöten ska hållas per år": the meetings held, then the year.
    'NUM (?:ordinarie |gemensamma )?\\p{L}*(?:sammanträden|möten) (?:ska|skall) (?:hållas|genomföras) (?:per|om|varje|vart) år(?:et)?',
  ],
  frequencies: [
    { pattern: '\\bårligen\\b', perYear: 1 },
    { pattern: '\\bkvartalsvis\\b', perYear: 4 },
    { pattern: '\\bhalvårsvis\\b', perYear: 2 },
    { pattern: '\\bmånadsvis\\b', perYear: 12 },
    { pattern: '\\bvarje månad\\b', perYear: 12 },
    { pattern: '\\b(?:varje|en gång (?:per|i|om)) kvartal(?:et)?\\b', perYear: 4 },
    { pattern: '\\b(?:varje|en gång (?:per|i|om)) halvår(?:et)?\\b', perYear: 2 },
    // "minst en gång per termin": an academic year has two terms.
    { pattern: '\\b(?:varje|en gång (?:per|i|varje)) termin\\b', perYear: 2 },
    {
      pattern: '\\bårlig(?:t|a)?\\s+(?:möte|möten|sammanträde|sammanträden|ledningsdialog|träff)\\b',
      perYear: 1,
    },
  ],
  followUpVerbs: ['följa upp', 'följs upp', 'följer upp'],
  meetingWords: ['möte', 'mötas', 'träff', 'sammanträd', 'ledningsdialog', 'dialog'],
  responsiblePatterns: [
    // Rule standing-contact: a standing contact agreed on ("kommunen får en fast kontaktperson för föreningarna")
    // is the role that follows the cooperation up; a contact person alone is anyone's.
    '(?<![\\p{L}])(?<who>(?:fast|fasta|egen|egna|gemensam|gemensamma|utsedd|utsedda|särskild)\\s+kontaktperson(?:er)?(?:\\s+för\\s+[^.,;]{2,60}?)?)(?=\\s*(?:[.,;]|$)|\\s+(?:och|samt)\\s)',
    // Passive: "Samarbetet följs upp årligen av en gemensam styrgrupp": the agent follows up, but only where the
    // cooperation or agreement is followed up: "The signing was followed up by a reception" names nobody.
    '(?<![\\p{L}])\\p{L}*(?:avtalet|samarbetet|överenskommelsen|förklaringen|arbetet|samverkan|projektet)(?:\\s+[^.;]{1,40}?)?\\s+följs upp (?:\\p{L}+ )?av (?:(?:en|ett|den|det) )?(?<who>[^.,;]{2,60})',
    // "år" for "är" is a frequent OCR slip that repair cannot always undo.
    '\\bansvarig(?:a)? för uppföljning(?:en)?(?: av [^.]{1,60}?)? (?:är|år) (?<who>[^.]+)',
    '\\bansvaret för uppföljning(?:en)?(?: av [^.]{1,60}?)? (?:ligger|ligga) (?:på|hos) (?<who>[^.,]+)',
    // The subject of the sentence is responsible: "En gemensam ledningsgrupp (med …) ansvarar för uppföljningen".
    '^(?:(?:en|ett|den|det)\\s+)?(?!(?:parterna|båda parter)\\b)(?<who>[^.,;]{2,60}?)(?:\\s+med\\s+[^.,;]{1,80}?)?\\s+(?:ansvarar|ska ansvara|skall ansvara|har ansvar(?:et)?) för (?:den (?:\\p{L}+ )?)?(?:uppföljning|koordinering|samordning|genomförande|att (?:följa upp|samordna|koordinera|genomföra)|(?:samarbetets|avtalets|överenskommelsens) (?:genomförande|uppföljning|samordning))',
    // "Ansvarig för avtalet är kommunens näringslivschef".
    '\\bansvarig(?:a)? för (?:avtalet|samarbetet|överenskommelsen|avsiktsförklaringen|samverkan) (?:är|år) (?<who>[^.,;]{2,80})',
    // "Enligt avtalet ska en gemensam ledningsgrupp följa upp samarbetet": an indefinite subject after "ska".
    '\\bska (?:en|ett) (?<who>[^.,;]{2,60}?) (?:löpande )?följa upp',
    '^(?:en|ett) (?<who>[^.,;]{2,60}?) ska (?:[^.,;]{0,40}? och )?följa upp',
    // "Norrby kommun är värdkommun för samverkan": the host municipality runs it for the others.
    '^(?<who>\\p{Lu}[^.,;]{1,40}? kommun) (?:är|blir|ska vara) värdkommun\\b',
    '^(?<who>[^.;]{2,120}?) (?:sköter|står för) (?:den )?(?:praktiska |löpande |dagliga )?uppföljningen\\b',
    '\\bkontaktpersoner(?:\\s+för\\s+[^.]{1,40}?)?\\s+är\\s+(?!ansvarig|utsedd)(?<who>[^.]+)',
    // "En arbetsgrupp ska inrättas för att följa upp samarbetet".
    '^(?:en|ett) (?<who>[^.,;]{2,60}?) ska (?:inrättas|bildas|tillsättas) för att följa upp',
    // "Arbetet leds av förebyggandesamordnaren": who leads the joint work is responsible for it.
    '^(?:det gemensamma )?(?:arbetet|samarbetet|samverkan|projektet) (?:leds|samordnas|koordineras) av (?:(?:en|ett|den|det) )?(?<who>[^.,;]{2,60})',
    // "Parterna utser var sin kontaktperson": the designated contact is responsible.
    '\\b(?:utser|utse|utses|utnämner|utnämna) (?:var sin |en |sin )?(?<who>kontaktperson(?:er)?)\\b',
  ],
  validity: {
    onSignature: [
      'från (?:och med )?undertecknande(?:t|t av [^.]{1,40})?',
      'från (?:och med )?(?:den dag|dagen) (?:då )?(?:det|den|avtalet)? ?(?:undertecknats|undertecknas)',
      'i kraft (?:när|då|vid) (?:det|den|avtalet)? ?(?:undertecknats|undertecknas|undertecknande)',
      'från det att (?:det|den|avtalet) (?:undertecknats|undertecknas)',
      // signed-by-all: "Avtalet träder i kraft när båda parter har undertecknat det".
      'i kraft (?:när|då) (?:båda parter(?:na)?|parterna|samtliga parter|alla parter) (?:har )?(?:undertecknat|skrivit under|signerat)',
      // "Avtalet gäller från dags dato": from the day it is dated and signed.
      'från (?:dags dato|dagens datum)',
      // signing-event: "från dagen för undertecknandet", "från datum för underskrift", "från signeringen".
      'från (?:och med )?(?:dagen för |datum(?:et)? för )?(?:undertecknandet|underskrift(?:en)?|signering(?:en)?)',
    ],
    untilTerminated: [
      'till dess att (?:det|den|avtalet) sägs upp',
      'tills vidare',
      'tills (?:det|den|avtalet) sägs upp',
      'till dess (?:det|den) sägs upp',
      'tillsvidare',
      'tidsobegränsa(?:t|d|de)',
      // until-termination: "tills uppsägning sker", "fram till dess någon part säger upp det".
      '(?:tills|till dess(?: att)?|fram till(?: dess)?) (?:uppsägning sker|(?:någon|endera|en) (?:av )?part(?:en|erna)? säger upp)',
    ],
    startDate: [
      'gäller från(?: och med)?',
      // "Avtalet gäller i fem år från den 1 april 2023": the duration comes between.
      'gäller i [^.,;]{1,20} från(?: och med)?(?: den)?',
      // "fr o m", "fr.o.m.": the dots or spaces are required, or "from" and "tom" would match.
      'gäll(?:er|ande) fr(?:\\.\\s?|\\s)o(?:\\.\\s?|\\s)m\\.?',
      'fr(?:\\.\\s?|\\s)o(?:\\.\\s?|\\s)m\\.?',
      'gäll(?:er|ande) fr\\.?\\s?o\\.?\\s?m\\.?',
      'träder i kraft(?: den)?',
      // agreement-begins: "Avtalet med bussbolaget inleds den 1 mars 2019", "Samarbetet startar 2020-01-01": verbs that
      // start anything ("Projektet inleds i mars"), so only with the agreement as their subject.
      '(?:\\p{L}*avtalet|\\p{L}*överenskommelsen|avsiktsförklaringen|\\p{L}*samarbetet|partnerskapet)\\s+(?:[^\\s.]+\\s+){0,16}?(?:inleds|startar|börjar(?: (?:att )?(?:gälla|löpa))?)',
      'från och med',
    ],
    endDate: [
      'till och med',
      't(?:\\.\\s?|\\s)o(?:\\.\\s?|\\s)m\\.?',
      'upphör(?: att gälla)?(?: den)?',
      // "Avtalet gäller till och med den 31 december 2023": the longer cue, or "gäller till" takes the words first.
      'gäller till(?: och med)?',
      // "Avtalet löper ut den 31 december 2023".
      'löper ut(?: den)?',
    ],
    duration: [
      'gäller',
      'gälla',
      'under en (?:period|tid) (?:av|om|på)',
      'varaktighet (?:av|på)',
      'löptid (?:av|på)',
      'avtalstid(?:en)? är',
      'period om',
      'gäller under',
      'löper',
      // "Samverkansöverenskommelsen … sträcker sig över fyra år".
      'sträcker sig över',
      // "Avtalet … varar i fyra år", "Samarbetet pågår under tre år", "Avtalet upphör efter 24 månader": verbs that
      // time anything ("Utbildningen varar i tre år"), so only with the agreement as their subject.
      '(?:\\p{L}*avtalet|\\p{L}*överenskommelsen|avsiktsförklaringen|\\p{L}*samarbetet|samverkan|partnerskapet)\\s+(?:[^\\s.]+\\s+){0,16}?(?:varar|pågår|(?:upphör|löper ut) (?:efter|om))',
      // "Avtalet har nu förlängts med tre år": a renewal done, not one the agreement allows ("kan förlängas").
      '(?:har|är) (?:nu )?(?:förlängts|förlängt|förnyats|förnyat) (?:med|för)',
    ],
    durationAdjectives: [
      // "det 4-åriga avtalet": a digit is joined by a hyphen. Rule agreement-adjective: the agreement's own nouns and
      // their cooperation compounds ("det treåriga samarbetsavtalet", "en tvåårig avsiktsförklaring"), not a project
      // or a lease ("ett treårigt forskningsprojekt", "ett femårigt hyresavtal"); an additional period is an extension.
      '(?<!ytterligare\\s+(?:(?:en|ett)\\s+)?)(?<n>NUM)-?(?<u>år)ig(?:a|t)?\\s+(?:\\p{L}+\\s+)?(?:(?:samarbets|samverkans|partnerskaps|intentions|ram)?avtal(?:et)?|avtalsperiod(?:en)?|(?:samarbets|samverkans)?överenskommelse(?:n)?|avsiktsförklaring(?:en)?|samarbete(?:t)?|samverkan|partnerskap(?:et)?)(?![\\p{L}])',
      // "för ytterligare en fyraårsperiod".
      '(?<n>NUM)(?<u>år)s(?:period|perioden|avtal|avtalet)',
      // "Avtalet är fyraårigt och gäller till 2020".
      '(?<=(?:avtal|avtalet|samarbetet|överenskommelsen)\\s+är\\s+)(?<n>NUM)-?(?<u>år)ig(?:t|a)?(?![\\p{L}])',
      // Rule coming-years: the cooperation for the years to come ("en plan för samverkan för de kommande fyra åren").
      '(?<=(?:samverkan|samarbete(?:t)?|\\p{L}*avtal(?:et)?|\\p{L}*överenskommelse(?:n)?|partnerskap(?:et)?)\\s+)(?:för|under) de (?:kommande|närmaste|nästa) (?<n>NUM) (?<u>år)(?:en)?(?![\\p{L}])',
    ],
    durationExtraWords: ['nya', 'till', 'ytterligare'],
    durationLabels: ['avtalstid', 'avtalsperiod', 'giltighetstid', 'löptid', 'varaktighet'],
    anniversaryEnd: [],
    anniversaryOrdinals: {},
    // "… gäller under perioden 1 januari 2022 till 31 december 2025": the period word opens the range.
    rangeFrom: ['perioden', 'från', 'fr(?:\\.\\s?|\\s)o(?:\\.\\s?|\\s)m\\.?', 'från och med'],
    rangeTo: ['till', 't(?:\\.\\s?|\\s)o(?:\\.\\s?|\\s)m\\.?', 'till och med', '[–-]'],
    periodWords: [
      'avtal(?:et)?',
      'period(?:en)?',
      'överenskommelse(?:n)?',
      'avsiktsförklaring(?:en)?',
      'projekt(?:et)?',
      'gäller',
    ],
    yearPeriodNouns: [
      '\\p{L}*avtal(?:et)?',
      '\\p{L}*överenskommelse(?:n)?',
      'avsiktsförklaring(?:en)?',
      'samarbete(?:t)?',
      'samverkan',
      'partnerskap(?:et)?',
      'avtalsperiod(?:en)?',
      'avtalstid(?:en)?',
    ],
    yearPeriodVerbs: ['gäller', 'gälla', 'gällande', 'löper', 'sträcker sig(?: över)?', 'avser', 'omfattar'],
    yearPeriodCopulas: ['är'],
    yearPeriodPreps: ['för', 'under', 'över'],
    yearPeriodPlural: ['perioden', 'åren', 'tiden'],
    yearPeriodTopics: ['om', 'angående', 'avseende', 'kring', 'inom'],
    yearEndVerbs: [
      '(?:gäller|löper|varar|pågår)\\s+(?:till och med|t(?:\\.\\s?|\\s)o(?:\\.\\s?|\\s)m\\.?|(?:fram\\s+)?till\\s+(?:utgången|slutet)\\s+av|ut)(?:\\s+år(?:et)?)?',
    ],
    notice: ['varsel', 'uppsägningstid', 'uppsägningsfrist'],
    recitalWords: [],
    pastAgreementVerbs: [],
  },
  units: { year: 'år(?:s)?', month: 'månad(?:er|s|ers)?', week: 'veck(?:a|or|ors)', day: 'dag(?:ar|ars|s)?' },
  forParty: ['för', 'på uppdrag av'],
  signatureLabelsInText: ['(?:För|FÖR)\\s+\\p{Lu}'],
  signatureLabels: {
    name: ['namn', 'namnförtydligande', 'undertecknat av', 'undertecknad av', 'signerat av', 'signerad av'],
    title: ['titel', 'befattning'],
    party: ['part', 'organisation', 'lärosäte', 'för'],
  },
  signerOrgPrepositions: ['vid', 'på', 'från', 'i'],
  representedByWords: ['genom', 'representerad av', 'företrädd av'],
  academicTitles: ['rektor', 'prorektor', 'vicerektor'],
  academicOrgNouns: ['universitet', 'högskola', 'högskolan'],
  titleWords: [
    'rektor',
    'prorektor',
    'ordförande',
    // "ordf", the short form press texts use ("Kari Berg, kommunstyrelsens ordf", "X ordf Alby Näringsliv").
    'ordf',
    'direktör',
    'chef',
    'vd',
    'dekan',
    'dekanus',
    'generaldirektör',
    'kommundirektör',
    'styrelse',
    'verkställande',
    'landshövding',
    'förbundsdirektör',
    'regiondirektör',
    'museichef',
    // A military rank before a name: "överste X, chef för …".
    'överste',
    // A municipality's elected leader and the police's county head ("kommunalråd X och länspolismästare Y").
    'kommunalråd',
    'polismästare',
  ],
  nameParticles: ['von', 'af', 'van', 'de', 'der'],
  honorifics: ['dr', 'prof', 'docent'],
  abbreviations: [
    // A caption's "(f.v.) Anna Berg, …" (from the left) ends no sentence.
    'f.v',
    'fr.v',
    'bl.a',
    't.ex',
    'o.s.v',
    'm.m',
    'ev',
    'nr',
    'org',
    'fr.o.m',
    't.o.m',
    'ca',
    'resp',
    'dvs',
    'inkl',
    'jfr',
    'kap',
  ],
  agreementNouns: [
    '\\p{L}*avtal(?:et|en|s)?',
    '\\p{L}*överenskommelse(?:n)?',
    'avsiktsförklaring(?:en)?',
    'intentionsförklaring(?:en)?',
    '\\p{L}*samarbete(?:t)?',
    '\\p{L}*samverkan',
    '\\p{L}*partnerskap(?:et)?',
  ],
  genericPartyNouns: ['part', 'parten', 'parter', 'parterna', 'avtalsparter', 'avtalsparterna', 'partnerna'],
  partyListLabels: [
    'samverkande kommuner',
    'deltagande kommuner',
    'avtalsparter',
    'parter',
    'parterna',
    // "… undertecknas av följande parter:", "följande organisationer:".
    'följande (?:parter|partner|organisationer|aktörer)',
  ],
  listGroupNouns: ['kommunerna', 'lärosätena', 'regionerna', 'parterna'],
  distributiveOrgNouns: { kommuner: 'kommun', landsting: 'landsting', regioner: 'region', städer: 'stad' },
  captionLeads: ['från vänster', 'fr\\.?\\s?v\\.', 'f\\.\\s?v\\.'],
  letterheadLabels: [
    'referens',
    'mottagare',
    'avsändare',
    'handläggare',
    'vår referens',
    'er referens',
    'diarienummer',
  ],
  compoundTitleHeads: ['chef', 'direktör', 'samordnare', 'handläggare'],
  groupNounSingulars: { kommunerna: 'kommun' },
  placeGenitive: 's',
  memberPrepositions: [],
  partnerPrepositions: ['med'],
  compoundPlaces: [],
  countryNames: [
    'Sverige',
    'Norge',
    'Finland',
    'Danmark',
    'Island',
    'Åland',
    // Countries a news text names for the setting of a twinning or a state agreement: "vänortsavtal med Pskov i
    // Ryssland", "ramavtal mellan Kina och Tanzania" (an invented example); a party is an organisation in them.
    'Estland',
    'Lettland',
    'Litauen',
    'Polen',
    'Tyskland',
    'Ryssland',
    'Frankrike',
    'Storbritannien',
    'Kina',
    'Japan',
    'Indien',
    'USA',
  ],
  topicPrepositions: ['om', 'angående', 'avseende', 'gällande', 'kring'],
  determiners: ['varje', 'alla', 'denna', 'detta', 'dessa', 'den', 'det', 'en', 'ett', 'vår', 'vårt', 'våra'],
  contactCues: ['kontakta', 'kontakt', 'e-post', 'telefon', 'mer information'],
  segmentation: {
    headlineLeadOpeners: [],
    sentenceStarters: [
      'mellan',
      'parterna',
      'parter',
      'avtalet',
      'syftet',
      'samarbetet',
      'det',
      'den',
      'de',
      'detta',
      'denna',
      'vi',
      'i',
      'för',
      'genom',
      'enligt',
      'målet',
      'avsikten',
      'här',
      'som',
      'med',
      'under',
      'efter',
      'inom',
      // "… undertecknade i Höör Nu har såväl …": a news lead opens on "Nu".
      'nu',
    ],
    nameLinks: [
      'i',
      'för',
      'på',
      'och',
      'av',
      'om',
      'mellan',
      'med',
      'till',
      'samt',
      'inom',
      'avseende',
      'gällande',
      'kring',
      'vid',
    ],
    furnitureWords: ['pressmeddelande', 'nyhet', 'nyheter', 'aktuellt', '\\p{L}+-nyhet', 'sök'],
    leadHeadings: ['ärendet', 'ärende', 'sammanfattning', 'beslutsunderlag', 'ingress'],
    bylineWords: ['av', 'text', 'skriven av', 'publicerad av'],
    pluralDefiniteEndings: ['arna', 'erna', 'orna'],
    navigationWords: ['hem', 'startsida', 'startsidan'],
    sectionWords: ['parter', 'parterna', 'avtalsparter', 'bakgrund', 'syfte', 'ändamål'],
    versionLabels: ['slutlig version', 'slutgiltig version'],
    ordinals: ['första', 'andra', 'tredje', 'största', 'nästa', 'enda'],
    numberLeads: [
      'punkt',
      'punkterna',
      'kap',
      'kapitel',
      'paragraf',
      'bilaga',
      'avsnitt',
      'sidan',
      'sida',
      'nr',
      'den',
      'kl',
      'klockan',
      'version',
      'steg',
      'etapp',
      'fas',
      'år',
      'vecka',
    ],
  },
};
