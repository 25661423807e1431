import { compounds } from './ordinals.ts';
import type { LanguageCues } from './types.ts';

/** The day ordinals 1–9. */
const EN_FIRST_ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
};

/** Numbered instruments whose number, label and all, names the document ("Resolution No. 2019-44"). */
const NUMBERED_INSTRUMENTS = [
  'resolution (?:no\\.|number|#)',
  'agreement (?:no\\.|number|#)',
  'contract (?:no\\.|number|#)',
  'ordinance (?:no\\.|number|#)',
  'mou (?:no\\.|number|#)',
  'memorandum (?:no\\.|number|#)',
];

/** English cue words and patterns. */
export const en: LanguageCues = {
  months: {
    january: 1,
    jan: 1,
    february: 2,
    feb: 2,
    march: 3,
    mar: 3,
    april: 4,
    apr: 4,
    may: 5,
    june: 6,
    jun: 6,
    july: 7,
    jul: 7,
    august: 8,
    aug: 8,
    september: 9,
    sept: 9,
    sep: 9,
    october: 10,
    oct: 10,
    november: 11,
    nov: 11,
    december: 12,
    dec: 12,
  },
  slashDateOrder: 'month-first',
  numbers: {
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    eighteen: 18,
    'twenty-four': 24,
    thirty: 30,
    sixty: 60,
    ninety: 90,
  },
  dayOrdinals: {
    ...EN_FIRST_ORDINALS,
    tenth: 10,
    eleventh: 11,
    twelfth: 12,
    thirteenth: 13,
    fourteenth: 14,
    fifteenth: 15,
    sixteenth: 16,
    seventeenth: 17,
    eighteenth: 18,
    nineteenth: 19,
    twentieth: 20,
    // "twenty-first", "twenty first".
    ...compounds(['twenty-', 'twenty '], 20, EN_FIRST_ORDINALS),
    thirtieth: 30,
    ...compounds(['thirty-', 'thirty '], 30, EN_FIRST_ORDINALS, 1),
  },
  dateLeadWords: ['the', 'on'],
  letterOpenings: [
    're\\s*:',
    'subject\\s*:',
    'dear\\s+\\p{L}',
    'ladies and gentlemen\\b',
    'to whom it may concern\\b',
  ],
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  notPlaceWords: [
    'dated',
    'date',
    'updated',
    'last',
    'published',
    'posted',
    'modified',
    'menu',
    'page',
    'draft',
    'final',
    'revised',
    'version',
  ],
  assemblyNouns: ['council', 'committee', 'board', 'commission', 'commissioners'],
  dateLabels: ['published', 'posted', 'date', 'dated', 'updated'],
  publicationLabels: ['published', 'posted', 'updated'],
  releaseLabels: ['for immediate release', 'news release', 'press release', 'media release'],
  signingDatePhrases: [
    'entered into(?: on)?',
    'made(?: on)?',
    'signed(?: on)?',
    // "dated for identification this 3 day of May, 1994", "dated for reference the 2nd day of …": the date an agreement is known by.
    'dated(?: for (?:identification|reference)(?: purposes)?)?',
    'executed(?: on)?',
    'concluded(?: on)?',
    // "This Interlocal Agreement effective as of August 17, 2020": the date a contract is known by.
    'effective as of',
  ],
  earlierDocumentWords: [
    'previous',
    'former',
    'earlier',
    'prior',
    'replaces',
    'supersedes',
    'original',
    // Rule governing-document: "… pursuant to the authority granted … in the Interlocal Agreement between the parties …
    // dated Sept. 7, 1999": the date is the governing agreement's, not this one's.
    '(?:pursuant to|in accordance with|under the authority of) (?:[^.;\\s]+ ){0,16}?(?:\\p{L}+ )?(?:agreement|contract|memorandum)',
  ],
  signedAtPhrases: [
    'signed (?:in|at)',
    'done (?:in|at)',
    'executed (?:in|at)',
    'made (?:in|at)',
    // "IN WITNESS WHEREOF the parties have executed this Agreement at Kelton on the 3rd day of May 2021".
    '(?:signed|executed) (?:this|the) (?:[\\p{L}-]+ ){0,3}?(?:agreement|memorandum|mou|letter)(?: of [\\p{L}]+)? (?:in|at)',
  ],
  referenceLabels: [
    'our ref(?:erence)?\\.?(?:\\s*no\\.?)?',
    'ref(?:erence|\\.)?(?:\\s*no\\.?)?',
    'file no\\.?',
    'case no\\.?',
    'your ref(?:erence)?\\.?',
    ...NUMBERED_INSTRUMENTS,
  ],
  // "Resolution No. 2019-44", "Agreement No. 21-107": a council's or a registry's numbered instrument is cited with
  // its label, as "Dnr 3763-16" is.
  citedReferenceLabels: NUMBERED_INSTRUMENTS,
  documentTypes: {
    letterOfIntent: ['letters? of intent', 'statement of intent', 'declaration of intent'],
    cooperationAgreement: [
      'cooperation agreement',
      'co-operation agreement',
      'collaboration agreement',
      'memorandum of agreement',
      'framework agreement',
      'partnership agreement',
      'strategic agreement',
      'research agreement',
      // The corpus's readers file a memorandum of understanding with the agreements, not the letters of intent.
      'memorand(?:um|a) of understanding',
      // A city's "Letter of Understanding" with its school district binds both as an MOU does.
      'letters? of understanding',
      '\\bmou\\b',
      'agreement between',
    ],
    agreementNames: ['\\bagreement\\b'],
    pluralTypeWords: [
      '(?:\\p{L}+[ -]){0,2}agreements',
      'memoranda of understanding',
      'mous',
      'letters of intent',
    ],
  },
  agreementStructureCues: [
    // Numbered articles and sections: "Article 27.1", "ARTICLE I", "Section 2.", "§ 4".
    '\\b(?:Article|ARTICLE|Section|SECTION)\\s+(?:\\d|[IVX]+\\b)',
    '(?:^|\\s)§\\s*\\d',
    // Defined parties: "hereinafter referred to as", "hereafter referred to".
    '\\b(?:[Hh]ereinafter|[Hh]ereafter)\\b',
    '\\b(?:WHEREAS|Whereas),',
    '\\b(?:[Tt]his|THIS) (?:Agreement|AGREEMENT|Memorandum|MEMORANDUM|MOU)\\b',
    '\\bshall\\b',
    // The defined term, capitalised: "The Parties shall establish …".
    '\\b[Tt]he Parties\\b',
    // A signature block's labelled cells: "| Name: Jane Smith | Name: John Brown |", "Title: Rector".
    '(?:^|\\|)\\s*(?:Name|Title|Signature)\\s*:',
  ],
  caseDocumentCues: [
    // "AN ORDINANCE AUTHORIZING …", "RESOLUTION NO. 2007 - RESOLUTION APPROVING A LETTER OF INTENT …".
    '\\b(?:an? )?ordinance (?:authorizing|approving)\\b',
    // "RESOLUTION RE: APPROVE MEMORANDUM OF UNDERSTANDING …".
    '\\b(?:an? )?resolution (?:re\\s*:\\s*)?(?:authoriz|approv)\\p{L}*',
    '\\ba resolution of the (?:city |town |county )?(?:council|commission|board)\\b',
    '\\bresolution no\\.?\\s*\\d',
    // A resolution's number before its maker ("RESOLUTION 2004-079 OF THE COUNCIL OF THE CITY OF …") or ending its
    // heading line ("RESOLUTION 2019-112"), and the
    // officer it empowers ("AUTHORIZING THE MAYOR TO ENTER INTO …", "authorizing the City Manager to execute …").
    '\\b(?:resolution|ordinance) (?:no\\.?\\s*)?\\d[\\d-]*(?:\\s+of the (?:city |town |county )?(?:council|commission|board)\\b|\\s*$)',
    '\\bauthoriz\\p{L}* the (?:mayor|city manager|town manager|county manager|city administrator)\\s+(?:and [\\p{L} ]{1,40}?\\s+)?to (?:enter into|execute|sign)\\b',
    '\\bordinance no\\.?\\s*\\d',
    // A staff report's labels, also where the text lost its line breaks ("… 2004 MEETING DATE: August 18, …").
    '(?:^|\\s)report to\\s*:',
    '(?:^|\\s)meeting date\\s*:',
    '^agenda item\\b',
    '(?:^|\\s)recommendation\\s*:',
    '(?:^|\\s)agenda title\\s*:',
    '(?:^|\\s)recommended action\\s*:',
    // A council's legislation record (Legistar): "File #: 19-313", "In control: City Council", "Final action: 7/1/2019".
    '(?:^|\\s)file #\\s*:',
    '(?:^|\\s)in control\\s*:',
    '(?:^|\\s)on agenda\\s*:',
    '(?:^|\\s)final action\\s*:',
    '\\b(?:commission|council) memorandum\\b',
    '\\bstaff report\\b',
    '\\bbe it (?:hereby )?(?:resolved|ordained|ordered)\\b',
    // A council's order: "A MUNICIPAL ORDER AUTHORIZING …", "ORDER NO. 1609", "Adopted by the Board of …".
    '\\ban? (?:municipal |executive )?order (?:authorizing|approving)\\b',
    '\\b(?:municipal )?order no\\.?\\s*\\d',
    '\\badopted by the (?:board|council|commission)\\b',
    '\\bpassed and approved\\b',
    // Minutes: "By Alderperson Booth: Seconded by Alderperson Efroymson", "PRESENT: Mayor Nichols".
    '\\bseconded by\\b',
    '(?:^|\\s)(?:present|excused|absent)\\s*:\\s*\\p{Lu}',
    '\\bpassed by the (?:city |town |county )?(?:council|commission|board)\\b',
    // A staff memo's header: "TO: City Council Members", "FROM: Jane Lee, Assistant to the City Manager".
    '(?:^|\\s)to\\s*:\\s*(?:the\\s+)?(?:\\p{Lu}[\\p{L}.]*\\s+){0,3}(?:council|board|commission|mayor|members)\\b',
    '(?:^|\\s)from\\s*:\\s*\\p{Lu}\\p{L}+,?\\s+\\p{Lu}',
    // A council's record of a decision (a "decision notice"): "Decision type: Non-key", "Decision status: …",
    // "Notice of proposed decision first published", "Wards affected: …", "Is subject to call in?: Yes".
    '(?:^|\\s)decision (?:type|status|due|maker|date)\\s*:',
    '\\bnotice of (?:proposed |key )?decision\\b',
    '(?:^|\\s)wards? affected\\s*:',
    '\\bsubject to call[- ]in\\b',
    // A council action's cover sheet and a staff report's money labels: "Funding Source: N/A", "Contract Amount: …",
    // "Fiscal Impact: None".
    '(?:^|\\s)funding source\\s*:',
    '(?:^|\\s)contract amount\\s*:',
    '(?:^|\\s)(?:fiscal|financial|budget(?:ary)?) impact\\s*:',
    // A councillor's question and a council's vote: "Interpellation by …", "Motion carried", "Ayes: 5".
    '\\binterpellation\\b',
    '\\bmotion (?:carried|passed|failed)\\b',
    '(?:^|\\s)(?:ayes|nays|noes)\\s*:',
    '\\broll call\\b',
    // A memo form read in columns: its labels in a row before their values ("TO: FROM: SUBJECT: JANE LEE, …").
    '(?:^|\\s)to\\s*:\\s*from\\s*:',
    // Staff speaking to its council: "Staff recommends that …", "recommend that the City Council adopt …".
    '\\bstaff (?:recommends|proposes|recommendation)\\b',
    '\\brecommends? that the (?:city |town |county )?(?:council|board|commission)\\b',
    // A staff report's other labels: "Staff Contact: Jane Roe, Planner", "Background and Analysis:", and the
    // executive's line "City Manager Recommendation: Move to approve …". An agreement names its contacts in a clause
    // ("Each Party shall designate a contact …"), not under a staff label.
    '(?:^|\\s)staff contacts?\\s*:',
    '(?:^|\\s)background and (?:analysis|discussion)\\s*:',
    "\\b(?:city|town|county) (?:manager|administrator)(?:'s)? recommendation\\s*:",
  ],
  aboutAgreementCues: [
    // A council acted on it: "the City Council approved the MOU", "Council will consider renewing the agreement".
    '\\b(?:council|board|commission) (?:approved|adopted|voted|will consider)\\b[^.]{0,40}\\b(?:agreement|memorandum|mou)\\b',
    // Evaluated: "an evaluation of the partnership agreement".
    '\\bevaluation of the (?:[\\p{L}-]+ )?(?:agreement|memorandum|mou)\\b',
  ],
  infoPageCues: [
    // The parties have an agreement (present tense, told from outside): "The city and the college have a partnership
    // agreement".
    '\\b(?:have|has) (?:a|an) (?:[\\p{L}-]+ )?(?:agreement|memorandum|mou)\\b',
    // The reader shown where to look: "You can find the agreement here", "you can read more".
    '\\byou (?:can|will) (?:also )?(?:find|read|learn|see|download|view)\\b',
    // A web page's stamp: "Last updated: 3 May 2021", "Page last reviewed".
    '\\blast (?:updated|modified|reviewed)\\b',
    // The agreement in force told from outside: "The current agreement runs until 2025".
    '\\bcurrent (?:[\\p{L}-]+ )?(?:agreements?|memorandum|mou)\\s+(?:runs|run|is valid|are valid|expires|expire|lasts)\\b',
    // A definition: "A compact is a model for …", "The MOU is a tool for …".
    '\\b(?:is|are) (?:a|an) (?:[\\p{L}-]+ )?(?:tool|model|concept)\\b',
    // A heading that asks what it explains, on its own line or run on after a sentence: "What is a compact?".
    '(?:^|[.!?]\\s+)(?:what is|what are|who can|how do i|how to apply)\\b[^?.!]{1,80}\\?',
  ],
  caseGenreNames: [
    'staff report',
    'agenda report',
    'council (?:report|memorandum|communication)',
    'report to (?:the )?(?:city |town |county )?(?:council|board|cabinet|commission|committee)',
    'minutes of',
    'meeting minutes',
    'decision notice',
    'record of (?:executive |officer )?decision',
    'resolution no\\.?',
    'an? resolution',
    'ordinance no\\.?',
    'an? ordinance',
    'interpellation',
    'agenda item',
  ],
  newsCues: [
    ',\\s*says\\s+\\p{L}',
    ',\\s*said\\s+\\p{L}',
    '^published\\b',
    '\\bhave signed\\b',
    '\\bhas signed\\b',
    '\\bsigned\\b.*\\bon \\w+day\\b',
    '^skip to content',
    '\\bsign\\b.*\\bagreement\\b',
    // Headlines and press releases: "… has been signed", "Press release".
    '\\bhas been signed\\b',
    '^press release\\b',
    // Reported speech after a closing quote (",” said X") or before a colon ("Kjerfve said:").
    '[,.!?]["”’»]\\s*(?:said|says)\\s+\\p{L}',
    '\\b(?:said|says)\\s*:',
    // "signed … at a ceremony", "signed Thursday", a signing ceremony.
    '\\bsigned\\b[^.]{0,120}\\bceremony\\b',
    '\\bsigned\\s+(?:on\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b',
    // Datelines: "NEW YORK, December 16, 2008 –", "(Sacramento, CA)" on a line of its own.
    '^\\p{L}[\\p{L} .]+,\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s+\\d{1,2},\\s+\\d{4}\\s*[–—-]',
    '^\\(\\p{L}[\\p{L} .]+,\\s*\\p{L}{2}\\)$',
    // Reported speech with the speaker between quote and verb: "…,” Cr Weston said", "Mayor Ann Lee said".
    '["”’»]\\s*(?:\\p{Lu}[\\p{L}\'.-]*\\s+){1,4}(?:said|says)\\b',
    "\\b(?:mayor|president|chancellor|director|chief executive|minister)\\s+(?:\\p{Lu}[\\p{L}'-]*\\s+){1,3}(?:said|says)\\b",
    // A byline's publication stamp: "Daily Graphic Aug - 14 - 2023 , 07:50", "March 3, 2021, 9:15".
    '^[\\p{L} ]{0,30}\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?[\\s,-]+\\d{1,2}[\\s,-]+\\d{4}\\s*,?\\s*\\d{1,2}:\\d{2}\\s*$',
    // Told from outside: "recently signed", "the MoU signing ceremony", "A statement … said that", "Lund said the …".
    '\\brecently signed\\b',
    '\\bsigning ceremony\\b',
    '\\b(?:said|says) (?:that|the)\\b',
    '\\bthe signing of the (?:mou|memorandum|agreement|letter of intent)\\b',
    // A web page links the agreement as a file: "(PDF, 599 kB)".
    '\\(pdf,?\\s*\\d+[\\s,]*[km]b\\)',
    // A blog page's share widget ("Share this:"): the agreement text itself has none.
    '\\bshare this\\s*:',
    // Told from outside, in the past: "NSSF and NRA signed a Memorandum of Understanding"; a page's link list.
    '\\bsigned (?:a|an|the) (?:[\\p{L}-]+ ){0,3}(?:memorandum|agreement|mou|letter)\\b',
    '(?:^|\\s)related (?:articles|posts|news|stories)\\b',
    // Told from outside, in the past: "The group agreed to form a Memorandum of Understanding (MOU) …"; the document
    // itself says "agree" and "this Memorandum".
    '\\bagreed to (?:form|sign|enter into|draw up|create|establish) (?:a|an) (?:[\\p{L}-]+ ){0,3}(?:memorandum|agreement|mou|letter of intent)\\b',
    // Rule signed-participle: "… is based on an agreement, signed by Mayor X and …": an agreement told of with its
    // indefinite article and who signed it.
    '\\b(?:a|an) (?:[\\p{L}-]+ ){0,2}(?:agreement|memorandum|mou|letter of intent),? signed by\\b',
    // A photo credit ("Photo: Jane Doe", "Photo courtesy of …"): an agreement carries none.
    '(?:^|\\s)photo\\s*(?::\\s*\\p{Lu}|courtesy\\b)',
    // A quote's attribution with another speech verb: "…,” explained Jane Roe", "…” Dean Lee added".
    '[,.!?]["”’»]\\s*(?:explained|added|noted|continued)\\s+\\p{L}',
    '["”’»]\\s*(?:\\p{Lu}[\\p{L}\'.-]*\\s+){1,4}(?:explained|added|noted)\\b',
  ],
  signingPassives: ['be signed', 'was signed', 'were signed'],
  placeBuildings: [
    'Town Hall',
    'City Hall',
    'County Hall',
    'Guildhall',
    'Civic Cent(?:re|er)',
    'Council Chambers?',
    'Castle',
  ],
  gatheringWords: ['gathered', 'met', 'meeting', 'assembled'],
  signingVerbs: ['have signed', 'has signed', 'signed', 'sign', 'have entered into', 'was signed'],
  signedByWords: ['by'],
  signingClauseLeads: ['as they', 'when they', 'while they', 'after they', 'before they', 'as both'],
  splitSigningVerbs: [],
  passiveAgentLeads: [
    '(?:has|have|had) been (?:made|signed|agreed|entered into|endorsed|concluded) by',
    '(?:was|were) (?:made|signed|agreed|entered into|endorsed|concluded) by',
  ],
  cooperationVerbs: [
    'cooperate',
    'co-operate',
    'collaborate',
    'are collaborating',
    'have collaborated',
    'will work together',
    'are working together',
    'partner with',
    'have partnered',
    'are partnering',
    'join forces',
    'have joined forces',
    'team up',
    'have teamed up',
    // "strengthen their partnership", "renew their cooperation".
    '(?:strengthen|deepen|expand|extend|renew|formalise|formalize|launch|begin)(?: their| a| an)?(?: \\p{Ll}+)? (?:cooperation|co-operation|collaboration|partnership)',
  ],
  photoCreditWords: ['photo', 'image', 'picture', 'photograph'],
  boilerplateLines: [
    '^press release\\s*$',
    // A site logo's alt text above the headline ("City of Riverton logo").
    '\\blogo(?:type)?\\s*$',
    '^news\\s*$',
    '^published\\s*:?\\s*$',
    '^skip to (?:main )?content',
    '^photo\\s*:',
    '^view original picture',
    '^image\\s*:',
    '^share\\b',
    '^read more',
    // Site menus, loaders and web-archive headers above the headline.
    '^menu\\b',
    '^loading\\b',
    '^home\\s?my weblink',
    '^laserfiche weblink',
    '^go to (?:main )?content',
    '^search\\s*$',
    // An advertisement's label, a logo's alt text before the name, a search box's empty result.
    '^advertisement\\s*$',
    '^logo(?:type)?\\s',
    '^no results found\\b',
  ],
  betweenWords: ['between'],
  adverbialBetween: ['in between'],
  topicLeads: ['pertaining to', 'concerning', 'regarding', 'relating to', 'with respect to'],
  andWords: ['and'],
  partyListCues: [
    // A party clause that opens with the word itself: "Between A (…), Espoo, and B (…), Stockholm, …".
    '^between',
    'by and between',
    // "by and among the City of A, … and B": three or more parties.
    'by and among(?![\\p{L}])',
    'entered into between',
    'made between',
    'the parties (?:to this [\\p{L} ]+ )?are',
  ],
  definitionCues: [
    'hereinafter(?: referred to as| called)?',
    'hereafter(?: referred to as)?',
    'referred to as',
  ],
  orgNumberLabels: [
    'reg(?:istration)?\\.? no\\.?',
    'registration number',
    'company (?:registration )?(?:no\\.?|number)',
    'org(?:anisation|anization|\\.)? ?(?:no\\.?|number)',
    'corporate identity number',
  ],
  appositionWords: [
    'a',
    'an',
    'the',
    'with',
    'having',
    'which',
    'whose',
    'registered',
    'incorporated',
    'established',
    'located',
    'represented',
    'hereinafter',
    'org',
    'company',
    'corporate',
  ],
  clubPrefixes: [],
  nameAbbreviations: ['St', 'Ste', 'Mt', 'Ft', 'Pt'],
  lowercaseInstitutions: [],
  lowercaseNameHeads: [],
  lowercaseUnitNouns: [],
  correlativeOpeners: ['both', 'either', 'neither'],
  // A participle ("Building on …", "Following …") or a preposition that is no name word.
  introOpeners: ['\\p{Lu}\\p{Ll}{2,}ing', 'Based', 'After', 'With', 'Through', 'As part of', 'Under'],
  // "recently", "formally", "officially", "jointly": an "-ly" adverb is never the last word of a name.
  leadAdverbs: ['\\p{Ll}{3,}ly', 'today', 'yesterday', 'now', 'also', 'this week'],
  commaLegalForms: ['inc\\.?', 'llc', 'l\\.l\\.c\\.?', 'ltd\\.?', 'corp\\.?', 'co\\.'],
  nameFinalStops: [
    'of',
    'the',
    'for',
    'and',
    'at',
    'in',
    'to',
    'by',
    'with',
    'unless',
    'from',
    'or',
    'than',
    'as',
  ],
  // "NOW, THEREFORE" opens the operative part after the recitals: no name starts or goes on there.
  recitalOpeners: ['whereas', 'recitals', 'witnesseth', 'now', 'therefore'],
  pluralOfOrgNouns: ['cities', 'towns', 'shires', 'counties', 'villages', 'municipalities', 'boroughs'],
  streetWords: [
    'street',
    'avenue',
    'road',
    'highway',
    'drive',
    'lane',
    'way',
    'place',
    'boulevard',
    'st',
    'ave',
    'rd',
  ],
  descriptorPrefixes: ['the'],
  orgNouns: [
    'university',
    'college',
    'institute',
    'council',
    'municipality',
    'county',
    'ab',
    'as',
    'ltd',
    'inc',
    'plc',
    'gmbh',
    'water',
    'agency',
    'authority',
    'foundation',
    'association',
    'hospital',
    'trust',
    'school',
    'museum',
    'cars',
    'city',
    'town',
    'district',
    'schools',
    'department',
    'society',
    'board',
    'commission',
  ],
  functionWords: ['of', 'the', 'for', 'and', 'at', 'in'],
  purposePrepositions: ['for'],
  titleOpenEndings: [
    'of',
    'for',
    'on',
    'regarding',
    'concerning',
    'between',
    'and',
    'in',
    'with',
    'within',
    'to',
    'the',
    'by',
    'at',
  ],
  headings: {
    purpose: [
      'purpose',
      'purposes',
      'objective',
      'objectives',
      'aim',
      'aims',
      'purpose and scope',
      'background and purpose',
    ],
    areas: [
      'areas of cooperation',
      'areas of collaboration',
      'scope of collaboration',
      'scope of cooperation',
      'cooperation areas',
      'scope',
    ],
    governance: [
      'governance',
      'joint committee',
      'steering committee',
      // A joint body's remit: "Mandate" opens the section on what the body decides and advises on.
      'mandate',
      'management',
      'organisation',
      'organization',
      'follow-up',
      'implementation',
    ],
    validity: ['duration', 'term', 'validity', 'termination', 'entry into force', 'term and termination'],
    parties: ['parties', 'the parties'],
    signatures: ['signatures', 'signed', 'in witness whereof'],
    administrative: [
      'costs',
      'finance',
      'financial',
      'confidentiality',
      'intellectual property',
      'disputes',
      'dispute resolution',
      'amendments',
      'contacts',
      'contact persons',
      'background',
      'general',
      'definitions',
      // The body of a constitution-like MoU names the body it sets up ("2. NAME"): a clause heading, not a topic.
      'name',
      'interpretation',
      'notes',
      'liability',
      'governing law',
      'notices',
      'letter of intent',
      'memorandum of understanding',
      'miscellaneous',
    ],
  },
  purposeCues: [
    // Not where a duty refers back to the purpose ("… improvements necessary to fulfill the purposes of this agreement",
    // "… used for the purposes of this Agreement"): that sentence states a duty, not the aim.
    '(?<!\\b(?:fulfil|fulfill|carry out|accomplish|achieve|effectuate|serve|further|for|within|under)\\s)\\bthe (?:purpose|aim|objective|goal)s? of (?:this|the)\\b',
    '\\baims? to\\b',
    // "… UoL and BGU seek to: • build on …": a lead-in completed by its list, or a purpose of its own.
    '\\bseeks? to\\b',
    // What the agreement is for, in news: "The partnership … is set to increase …", "The agreement is designed to …".
    // agreement-drafted-to: "The new memorandum was drafted to clarify …", "The MOU was written to settle …".
    '\\b(?:partnership|agreement|mou|memorandum|collaboration)\\b[^.]{0,80}?\\b(?:is (?:set|designed|intended)|(?:is|was) (?:drafted|written|meant|designed|intended)) to\\b',
    '\\bthe idea (?:of|behind|with) (?:the |this )?[^.]{1,60}?\\bis to\\b',
    '\\bwith the (?:aim|purpose|objective) of\\b',
    // The verb goes on with "to": "Aims Community College" is a name, not an aim.
    '^whereas\\b[^;.]*\\b(?:wish|wishes|desire|desires|intend|intends|intended|seek|seeks|aim|aims)\\s+to\\b',
    // "WHEREAS, the Town and the District agree that one shared dispatch center will shorten response times".
    '^whereas\\b[^;.]{0,80}?\\b(?:parties|both|and the \\p{L}+) (?:agree|agrees|find|finds) that\\b',
    // In a letter of intent the intention is the purpose; a lead-in to a list (ending in ":") is not.
    '^(?:the )?parties intend to\\b(?!.*:\\s*$)',
    // "… for the purpose of establishing …"; "For the purpose of this Agreement, …" only opens a definition.
    '\\bfor the purpose of\\b(?! (?:this|the) (?:\\p{L}+ )?(?:agreement|mou|memorandum|letter|section|article|act|paragraph)\\b)',
    // "This MOU is an expression of the parties' shared will to …".
    '\\bexpression of (?:the parties\\W? |a |their )?(?:shared |mutual |common )?(?:will|intent|intention|commitment) to\\b',
    // A letter of intent or support in the first person: "… we are pleased to confirm our intention to collaborate on …".
    // intent-statement: a possessive, the intent noun and an infinitive, whatever the verb ("The Parties hereby express
    // their intent to work …", "… affirm their intent to promote …"); not an intent to end something.
    "\\b(?:our|their|the parties['’]?) (?:mutual |shared |joint |common )?(?:intention|intent|commitment) to (?!terminate|withdraw|end|cancel|dissolve)\\p{L}+",
    '\\bthe (?:purpose|aim|objective|goal)s? of \\p{L}+ (?:an? |the )?[^.]{0,40}?\\bis to\\b',
    '\\bobjective is to\\b',
    // "The partnership shall have as its aim to …", "… has as its objective to …".
    '\\b(?:has|have|shall have|will have) as (?:its|their) (?:main |primary )?(?:aim|objective|purpose|goal) to\\b',
    // agreement-lays-ground: "The memorandum lays the groundwork for joint planning of …".
    '^(?:the|this) (?:\\p{L}+ ){0,2}?(?:agreement|mou|memorandum(?: of understanding)?|letter of intent|partnership) (?:lays|laid|will lay) the (?:foundation|groundwork) for\\b',
    // goal-is-to: a sentence that opens "The aim is to …", "The main goal is to …" in news about a signing.
    '^the (?:main |overall |primary |long-term )?(?:aim|goal|ambition|intention)s? (?:is|are|will be) to\\b',
    // "The ambition of the partnership is to …".
    '\\bthe ambition (?:of|with) (?:this|the)\\b[^.]{0,60}?\\bis to\\b',
    // "This Memorandum of Understanding (MoU) sets out the framework for …".
    // "The proposed MOU clarifies the responsibilities of …", "The agreement defines how …".
    '\\b(?:mou|memorandum of understanding|agreement|letter of intent)(?:\\s*\\([^)]*\\))?\\s+(?:sets out|sets forth|establishes|provides|clarifies|defines|outlines|formalizes|formalises) (?:a|the|how)\\b',
    '\\b(?:wish|wishes|desire|desires) to (?:establish|collaborate|cooperate|work|develop|strengthen|promote)\\b',
    // "It is the desire of the parties to jointly enhance …", "It is the intent of both Parties to …".
    '\\bit is the (?:mutual |shared |joint |common )?(?:desire|intent|intention|wish|aim|goal) of (?:the|both) parties to\\b',
    // will-work-together-to: "… outlines how the two bodies will collaborate to develop …", "The partners will work
    // together to reduce …": joint work and what it is for.
    '\\b(?:will|shall|to) (?:work (?:closely )?together|collaborate|cooperate|co-operate|partner)(?: closely)? to (?!the\\b|a\\b|an\\b|this\\b|that\\b|its\\b|their\\b)\\p{L}+',
    // "It sets out a shared commitment between the council and the university to work …".
    '\\b(?:a|the) (?:shared|joint|mutual|common) commitment (?:between [^.]{1,80}? )?to (?!terminate|withdraw|end|cancel|dissolve)\\p{L}+',
    // agreement-is-declaration: "This MOU is a statement of intent to …", "The agreement is a joint declaration of …".
    '^(?:the|this) (?:\\p{L}+ ){0,2}?(?:agreement|mou|memorandum(?: of understanding)?|letter of intent|partnership) is an? (?:\\p{L}+ ){0,2}?(?:statement|expression|declaration) of (?:intent|will|commitment|goodwill)\\b',
    '\\b(?:has|have) been signed to\\b',
    // News: "The City and the University have agreed to work together to improve student housing …".
    '\\b(?:agreed|agree|pledged|committed) to (?:work together|collaborate|cooperate|partner)\\b[^.]{0,60}?\\bto (?!the\\b|a\\b|an\\b)\\p{L}+',
    // parties-shall-jointly: a sentence that opens with the two parties by name and says what they will do together for
    // the shared field, as a news lead does ("Alfa and Beta will jointly strengthen …"). Not "The Parties shall …": in an
    // agreement's body that opens one of its undertakings.
    '^(?:(?:the )?\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,3}?\\s+and\\s+(?:the )?\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,3}?)\\s+(?:will|shall)\\s+(?:jointly|together)\\s+(?:support|strengthen|promote|contribute to|work (?:to|for|towards))\\b',
    // What the agreement will do: "These interlocal agreements will enable the City to …", "The MOU will help …";
    // not a lead-in to a list ("This Agreement will promote:" opens its areas). A form label may stand before it.
    '(?:^|:\\s+)(?:this|these|the) (?:\\p{L}+ ){0,2}(?:agreements?|mous?|memorand(?:um|a)(?: of understanding)?|partnerships?|collaborations?)\\b[^.]{0,40}?\\b(?:will|shall|is intended to|are intended to) (?:\\p{L}+ )?(?:allow|enable|help|support|promote|strengthen|foster)\\b(?!.*:\\s*$)',
  ],
  signingLeadPurposes: [
    // "a joint commitment aiming to develop …", told in passing. Not "aimed at boosting …": it read differently in a
    // document's two readings (with and without line breaks), and "aimed at students" names whom a thing is for.
    '\\b(?:aiming|aimed) to\\b',
    // "… signed a Memorandum of Understanding (MOU) to explore …": the abbreviation in brackets may stand between.
    '\\b(?:agreement|letter of intent|memorandum of understanding|mou)(?:\\s*\\([^)]{1,20}\\))?\\s+to\\s+(?!(?:the|be|a|an|all|each|any|its|their|this)\\b)\\p{L}+',
  ],
  // Not at the start: "In order to meet the criteria, the District must …" is the purpose of one step.
  passingPurposes: ['^.+\\bin order to\\b'],
  purposeNouns: [
    '\\bthe (?:\\p{L}+ )?(?:purpose|aim|objective|goal|ambition)s? (?:of|is|are|will be)\\b',
    "\\b(?:our|their|the parties['’]?) (?:mutual |shared |joint |common )?(?:intention|intent|commitment) to\\b",
  ],
  pronounPurposes: [
    '^it (?:will|shall|is intended to|aims to) (?:also )?(?:help|contribute|promote|strengthen|support|enable)\\b',
  ],
  speechVerbs: ['says', 'said'],
  ownAimVerbs: ['has (?:also )?as (?:its|their)'],
  // English headlines are in title case ("Partnership Agreement Approved by Council"): a capitalised participle there
  // goes on with the headline, so English notes no adoption this way.
  adoptionDateVerbs: ['adopted', 'approved', 'ratified'],
  selfReferenceWords: ['this', 'these', 'following', 'present', 'hereby'],
  adoptionNotes: [],
  negatedPurposes: [
    '\\b(?:purpose|aim|objective|goal|intent|intention)\\b[^.]{0,80}?\\bis not to\\b',
    // "WHEREAS, the County and each Town mutually desire to be subject to the provisions of the Act".
    '\\b(?:desire|desires|wish|wishes) to be (?:subject to|governed by)\\b',
  ],
  purposeContinuations: [
    '^this (?:will|shall|should) (?:also )?(?:contribute|help|promote|strengthen|enable)\\b',
  ],
  purposeLabels: ['Purpose', 'PURPOSE', 'Objective', 'OBJECTIVE'],
  infinitiveMarkers: ['to'],
  purposeStatement: {
    // "The overall goal of the programme was to …", "Our aim will be to …", "One of the objectives of X is to …".
    definite: ['purposes?', 'aims?', 'objectives?', 'goals?', 'ambitions?', 'intentions?', 'intent'],
    bare: [],
    possessives: [],
    postPossessives: [],
    prepositions: ['of', 'for', 'behind', 'with', 'in', 'under'],
    copulas: [
      'is',
      'are',
      'was',
      'were',
      'will be',
      'shall be',
      'would be',
      'has been',
      'have been',
      'had been',
      'remains',
      'remain',
    ],
    adverbs: [
      'primarily',
      'mainly',
      'chiefly',
      'simply',
      'therefore',
      'thus',
      'both',
      'also',
      'first',
      'firstly',
      'ultimately',
      'essentially',
    ],
    // "The purpose of the visit was to sign …", "a council, the purpose of which will be to …".
    otherHolders: [
      "(?:the |this |today's |the day's )?(?:visit|meeting|trip|conference|seminar|ceremony|event|workshop|tour|day)",
      'which',
      'whom',
    ],
  },
  purposeListLabels: ['objectives', 'goals', 'aims', 'purposes'],
  sectionDuties: [
    // One party's duty ("Each party agrees to …", "The City agrees to procure …"); "the parties agree to work together
    // to …" may state the purpose.
    '\\beach (?:party|of the parties)\\b[^.]{0,40}?\\b(?:agrees|undertakes)\\b',
    "\\bthe (?!parties\\b)\\p{L}+['’]? (?:agrees|agree|undertakes|undertake) to\\b",
    '\\b(?:possesses|possess|has|have) the (?:authority|power|right) to\\b',
  ],
  purposeSectionCues: ['\\bto\\s+\\p{L}+', '\\bpurpose', '\\bobjective', '\\baim', '\\bpromote\\b'],
  areaListCues: [
    // areas-of-focus-include: "The areas of focus for the agreement include A, B and C", "Focus areas are A, B …".
    '\\bareas of (?:cooperation|collaboration|focus|partnership)(?: (?:for|of|under|in) [^.,;:]{1,40}?)? (?:include|includes|are|will be|shall be)\\b',
    '\\b(?:focus|priority|key) areas(?: (?:for|of|under|in) [^.,;:]{1,40}?)? (?:include|includes|are|will be|shall be)\\b',
    '\\b(?:cooperation|collaboration) in\\b',
    '\\bcovers\\b',
    // "… in the field of training, research, technology and policy development".
    '\\bin the (?:fields?|areas?) of\\b',
    // tasks-within: "… purchase of defined services within public transport and school transport".
    '\\b(?:services|tasks)\\s+within\\b',
    '\\bcooperate in the following areas\\b',
    // "… opportunities were identified for working together on A, B and C".
    '\\bwork(?:ing)? together (?:on|in)\\b',
    // "… collaborations that will address issues related to A, B and C".
    '\\b(?:issues|matters) (?:related|relating) to\\b',
    '\\bthe following (?:\\p{L}+ )?(?:areas|fields|themes)\\b',
    // "The cooperation will include, among other things, A, B and C": the list follows the verb.
    '\\b(?:cooperation|collaboration) (?:will|shall|is to) (?:include|cover|comprise)(?:,? among other things,?| inter alia,?)?(?=\\s)',
  ],
  areaNouns: ['the areas of', 'the fields of', 'areas of', 'fields of', 'the following areas'],
  areaListLeadIns: [
    'following areas',
    'areas of cooperation',
    'the agreement covers',
    'will collaborate in',
    // Rule focus-lead-in: "… and will focus on:" over its list: what the cooperation is to focus on.
    'focus(?:es)? on',
    '(?:agreement|memorandum|mou) (?:will|shall) (?:promote|include|cover)',
    '(?:cooperate|collaborate|work together|cooperation|collaboration) (?:on|in) the following',
    // "The focus of the new agreement:" over its list: what the agreement is directed at.
    'focus of the (?:new )?(?:agreement|partnership|memorandum|mou|cooperation|collaboration)',
  ],
  // English "cooperate on …" is as often a manner or a project as a topic: no single-topic cue.
  areaChosenAs: [
    '(?<lead>(?<![\\p{L}])(?:chose|chosen|selected|picked|identified)\\s+)(?<area>\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*){0,3}?)\\s+as\\s+(?:the|a|their|its)\\s+(?:\\p{Ll}+\\s+)?(?:area|focus|priority)(?![\\p{L}])',
  ],
  areaObjectCues: [],
  adverbialPrepositions: ['during', 'in', 'for', 'over', 'from', 'until', 'within', 'at', 'through', 'since'],
  sourcePrepositions: ['from'],
  clauseVerbs: ['shall', 'will', 'can', 'may', 'must', 'should', 'is', 'are', 'has', 'have'],
  relativeWords: ['which', 'who', 'that'],
  areaLabels: ['areas', 'fields', 'themes', 'priorities', 'topics', 'initiatives'],
  enumerationIntroducers: [
    'such as',
    // Before "including": the longer phrase must win, or "but not limited to" opens the first entry.
    'including,? but not limited to,?',
    'including',
    'namely',
    'for example',
    'e\\.g\\.',
    'among them',
    'among others',
    // Next sentence: "… new areas of cooperation. Examples include A, B and C."
    'examples include',
    'these (?:may|can|could) include',
  ],
  areaCopulas: ['(?:(?:covered|included) (?:by|in) [^.,;:]{1,40}? )?(?:are|include)'],
  correlativeLists: [{ open: 'both', join: 'and' }],
  areaDescriptionVerbs: ['includes', 'covers', 'involves', 'means'],
  // "A, B, C and finally D": the adverb belongs to the conjunction, not to the last entry.
  listFinalWords: ['as well as', 'and finally', 'and lastly'],
  atomicPhrases: [
    'research, development and innovation',
    'research and development',
    'health and care',
    'research and innovation',
  ],
  // "… in education, outreach and research or other areas of common interest": the list ends before "or other".
  listTerminators: [
    'in order to',
    'so as to',
    'with the aim',
    'or (?:in |on |within )?others?',
    // "… reconciliation, transit and research, to just name a few".
    'to (?:just )?name (?:just )?(?:a|but a) few',
    // "… training, research and policy development related to tropical agriculture": what the list is about.
    '(?:related|relating) to',
  ],
  governanceBodies: [
    { name: 'steering committee', pattern: '(?:joint )?steering (?:committee|group|board)s?' },
    { name: 'joint committee', pattern: 'joint (?:committee|coordination committee)s?' },
    { name: 'working group', pattern: '(?:joint )?working groups?' },
    { name: 'management committee', pattern: 'management committees?' },
    { name: 'advisory board', pattern: 'advisory boards?' },
    { name: 'coordination group', pattern: 'coordination groups?' },
  ],
  bodyAdjectiveDeterminers: [],
  companyGenitives: ["company's", "corporation's"],
  minutesOfBodyLeads: ['minutes (?:of|from) (?:the )?(?:meetings? (?:of|with) )?(?:the )?'],
  pastDecisionVerbs: ['approved', 'voted', 'adopted', 'decided', 'has approved', 'have approved'],
  // "… expect to initiate a Regional Housing Commission".
  establishVerbs: ['establish(?:es|ed)?', 'set up', 'create(?:s|d)?', 'form(?:s|ed)?', 'initiate(?:s|d)?'],
  jointCommittee: null,
  namedBodyNouns: ['Council', 'Committee', 'Board', 'Forum', 'Commission', 'Working Group', 'Steering Group'],
  bodyNameLinks: ['on', 'for', 'of'],
  establishedPassives: ['(?:is|are|shall be|will be) (?:hereby )?(?:established|set up|created|formed)'],
  setUpBody: {
    // Not "forum" (also an event: "a public forum on the plan") nor "commission" (also a fee).
    nouns: ['committee', 'council', 'task force', 'working group', 'steering group', 'project team'],
    compounds: false,
    articles: ['a', 'an'],
    existence: [
      // Rule organised-with: "The cooperation is organised through a steering group and a project team".
      '(?:is|are|will be|shall be) organi[sz]ed (?:with|through|in|around) BODY',
      '(?:is|are|will be|shall be) organi[sz]ed (?:with|through|in|around) [^.;]{0,80}?\\s(?:and|as well as) BODY',
      // "There shall be a joint council"; news's "there will be a …" tells of events as well.
      '[Tt]here shall be BODY',
      'START BODY (?:shall|will) be (?:established|set up|formed|created)',
    ],
  },
  bodyAliasLinks: ['(?:hereinafter |to be |also )?known as', 'to be called'],
  mandateVerbs: [
    'shall oversee',
    'will oversee',
    'shall be responsible for',
    'will be responsible for',
    'is responsible for',
    'responsible for',
  ],
  mandateCues: ['with the mandate to', 'to review', 'which shall', 'that shall'],
  timesPerYear: [
    'NUM times? (?:a|per|each|every) year',
    'NUM (?:regular |joint )?(?:\\p{L}+ )?meetings? (?:a|per|each|every) year',
    // "at least two meetings shall be held each year".
    'NUM (?:regular |joint )?(?:\\p{L}+ )?meetings (?:shall|will|should) be (?:held|convened) (?:a|per|each|every) year',
  ],
  frequencies: [
    { pattern: '\\bquarterly\\b', perYear: 4 },
    { pattern: '\\btwice (?:a|per|each) year\\b', perYear: 2 },
    { pattern: '\\bonce (?:a|per|each) year\\b', perYear: 1 },
    { pattern: '\\bannually\\b', perYear: 1 },
    { pattern: '\\bmonthly\\b', perYear: 12 },
    { pattern: '\\bsemi-?annual(?:ly)?\\b', perYear: 2 },
    { pattern: '\\bbi-?annual(?:ly)?\\b', perYear: 2 },
    { pattern: '\\btwice yearly\\b', perYear: 2 },
    { pattern: '\\bonce yearly\\b', perYear: 1 },
    { pattern: '\\bevery six months\\b', perYear: 2 },
    // "once a semester": an academic year has two semesters (not "term", which is also the agreement's).
    { pattern: '\\b(?:every|each|once (?:a|per|each)) semester\\b', perYear: 2 },
    { pattern: '\\b(?:every|each) (?:quarter|three months)\\b', perYear: 4 },
    { pattern: '\\b(?:annual|yearly) meetings?\\b', perYear: 1 },
  ],
  // "meet the needs of residents" is no meeting.
  followUpVerbs: ['follow up', 'follows up', 'followed up', 'follow-up'],
  meetingWords: [
    'meet(?!\\s+(?:the|their|its|our|all|these)\\s+(?:\\p{L}+\\s+)?(?:needs?|requirements?|criteria|demands?|goals?|challenges?|standards?))',
    'convene',
  ],
  responsiblePatterns: [
    // Rule standing-contact: a standing contact agreed on ("the club will have a dedicated contact person for the
    // schools") is the role that follows the cooperation up; a contact person alone is anyone's.
    '(?<![\\p{L}])(?<who>(?:designated|dedicated|permanent|named|single)\\s+(?:contact persons?|points? of contact|liaisons?)(?:\\s+for\\s+[^.,;]{2,60}?)?)(?=\\s*(?:[.,;]|$)|\\s+(?:and|as well as)\\s)',
    // Passive: "The cooperation is followed up annually by a joint steering group": the agent follows up, but
    // only where the cooperation or agreement is followed up: "The signing was followed up by a reception" names
    // nobody.
    '\\b(?:agreement|mou|memorandum|cooperation|collaboration|partnership|work|project)(?:\\s+[^.;]{1,40}?)?\\s+(?:is|are|will be|shall be) followed up (?:\\p{L}+ )?by (?:(?:a|an|the) )?(?<who>[^.,;]{2,60})',
    // "The contact persons shall be responsible for the implementation and follow-up of this MoU".
    '^(?:the )?(?<who>[^.,;]{2,80}?) (?:shall be|is|are|will be) responsible for (?:the )?(?:[^.,;]{1,40}? and )?follow-up',
    // "The City Manager shall be responsible for administering this Agreement"; only when the object is the agreement,
    // maybe through what is done under it ("coordinating the activities under this MOU").
    '^(?!(?:the )?(?:parties|each party|both parties)\\b)(?:the )?(?<who>[^.,;]{2,80}?) (?:shall be|is|are|will be) responsible for (?:the )?(?:coordinat(?:ing|ion)|implement(?:ing|ation)|administ(?:ering|ration)|manag(?:ing|ement)|oversight|overseeing)(?: of)? (?:[^.;]{0,40}? )?(?:this|the) (?:agreement|mou|memorandum|partnership|collaboration|cooperation)\\b',
    '\\bresponsible for (?:the )?follow-up (?:is|are|will be|shall be) (?:the )?(?<who>[^.]+)',
    // "One of the party Cities will serve as Lead City …": the lead role runs the agreement for all parties.
    // "X and Y will handle the day-to-day follow-up"; "The contact persons for this MoU are X and Y".
    '^(?<who>[^.;]{2,120}?) (?:handles?|oversees?|manages?|looks? after) (?:the )?(?:day-to-day |practical )?follow-up\\b',
    '\\bcontact persons?(?:\\s+for\\s+[^.]{1,40}?)?\\s+(?:is|are|will be|shall be)\\s+(?!(?:responsible|in charge|appointed|designated|named|nominated|to)\\b)(?<who>[^.]+)',
    '\\b(?:will|shall) (?:serve|act) as (?:the )?(?<who>lead (?:city|agency|party|partner|municipality|organi[sz]ation|institution|entity)|host (?:city|municipality|institution))\\b',
    // "The work is led by the regional coordinator": who leads the joint work is responsible for it.
    '^(?:the )?(?:joint )?(?:work|cooperation|collaboration|partnership|project) (?:is|will be|shall be) (?:led|coordinated) by (?:(?:a|an|the) )?(?<who>[^.,;]{2,60})',
    // "Each Party shall designate and notify a contact point on …": the designated contact is responsible.
    // "Each party shall designate a coordinator to oversee the implementation" names the role as well.
    '\\b(?:designate|appoint|nominate)s?(?: and \\p{L}+)? (?:a |an |one |its )?(?<who>contact (?:points?|persons?)|coordinators?|liaisons?)\\b',
  ],
  validity: {
    onSignature: [
      '(?:upon|on|from) (?:the date of )?(?:its )?signature',
      'on the date of (?:its )?signature',
      '(?:upon|on|from) the date of the (?:last|final) signature',
      'upon signing',
      'when signed by both parties',
      'from the date of signing',
      'on signing',
      // "will commence on the date last signed", "commence on the final date of signature".
      // "shall be effective as of the date last signed below".
      '(?:on|as of|from) the date (?:last |first )?signed',
      'on the (?:final|last) date of signature',
      // signing-event: a preposition of time and the act of signing by any of its names, with or without its date
      // ("upon execution of this MOU", "from the date of the full execution of this Agreement", "from the final
      // signature date", "as of signing").
      '(?:upon|on|from|as of|with effect from) (?:the )?(?:date of )?(?:the |its |this )?(?:full |final |last |mutual )?(?:execution|signature|signing)',
      // into-force-after-signing: "This LoI comes into force after the signatures of the parties". Only after "into
      // force": "After signing the MOU, the mayor said …" tells what happened next, not when the agreement starts.
      '(?:in|into) (?:force|effect) (?:after|upon|on|with|following) (?:the )?(?:date of )?(?:the |its |this )?(?:full |final |last |mutual )?(?:execution|signatures?|signing)',
      // "This Agreement commences on the date the last signature is added to this Agreement".
      'on the date (?:on which |that |when )?the (?:last|final) (?:signature is (?:added|affixed|made|obtained)|party (?:signs|has signed))',
    ],
    untilTerminated: [
      'until terminated',
      'until further notice',
      'until (?:it is )?terminated',
      // "This MOU stays in effect until amended or terminated under section 7".
      'until (?:amended|modified|revised|replaced) or terminated',
      'indefinitely',
      'for an indefinite (?:period|term)',
      // until-termination: the noun for the act or a party doing it ("continue in force until termination by either
      // party", "until either party terminates it").
      'until (?:its |the )?(?:termination|cancellation)(?! date)',
      'until (?:either|one|any) (?:party|of the parties) (?:terminates|cancels|withdraws|gives (?:written )?notice)',
    ],
    startDate: [
      'commence on',
      'commences on',
      'effective (?:from|as of|on)',
      // "… to execute a Memorandum of Understanding with X, effective March 28, 2022": the date right after it.
      'effective',
      'enter into force on',
      // "This agreement shall take effect on 1 July 2021".
      'takes? effect (?:on|from|as of)',
      'enters into force on',
      'valid from',
      'start on',
      // agreement-begins: "The agreement with the operator begins on the first of March 2019": verbs that start anything
      // ("The project starts on 1 May"), so only with the agreement as their subject.
      '(?:agreement|mou|memorandum|partnership|collaboration|arrangement)\\s+(?:[^\\s.]+\\s+){0,16}?(?:begins|starts|commences|(?:will|shall) (?:begin|start|commence))(?: on)?',
      // "The effective date of this agreement shall be the 1st day of March, 1991".
      'effective date of this (?:agreement|memorandum|mou) (?:shall be|is|will be)',
    ],
    endDate: [
      'expire on',
      'expires on',
      // "… happy to extend the current arrangement to August 31, 2014".
      'extend(?:ed|s)? (?:the |this |its )?(?:current |existing )?(?:agreement|arrangement|mou|memorandum|partnership|contract|term) (?:to|until|through)',
      'until',
      'valid until',
      'end on',
      'ends on',
      'terminate on',
      'through',
    ],
    duration: [
      // "… shall be for a continuous period of twelve (12) months", "for an initial period of three years".
      'for an? (?:initial |continuous |fixed )?period of',
      'valid',
      'valid for',
      'term of',
      'duration of',
      'in force for',
      // "This Agreement shall remain in effect for three (3) years".
      'in effect for',
      'continue for',
      // "… and extend two years from the final signature date".
      '(?:and|shall|will) extend',
      // "The agreement spans four years", "runs for three years".
      'spans?',
      'runs? for',
      // ending-after: the agreement's end told as a time from its start ("terminates in two (2) years", "expires after
      // 36 months"); "lasts three years". Verbs that time anything ("The training lasts two years"), so only with the
      // agreement as their subject.
      '(?:agreement|mou|memorandum|partnership|collaboration|cooperation|arrangement)\\s+(?:[^\\s.]+\\s+){0,16}?(?:(?:terminates?|expires?|ends?) (?:in|after)|lasts|(?:will|shall|to) last|last for)',
      // "The agreement has been renewed for three more years": a renewal done, not one allowed ("may be extended").
      '(?:has|have) (?:now )?been (?:extended|renewed) for',
    ],
    durationAdjectives: [
      // Rule ending-after-start: the agreement's end told as a time after its start, the number right after the verb
      // ("This Agreement shall commence upon adoption and shall terminate five (5) years thereafter", "expires three
      // years from the Effective Date"); "terminate 30 days after written notice" is a notice, not a term.
      '(?<=(?:agreement|mou|memorandum|partnership|collaboration|arrangement)[^.;]{0,160}?(?:terminate|expire|end)s?\\s+)(?<n>NUM)\\s+(?<u>year|month)s?(?=\\s+(?:thereafter|after (?:the |its )?(?:effective date|execution|signature|signing|commencement|adoption|approval)|from (?:the |its )?(?:effective date|execution|signature|signing|commencement|date of)))',
      // "… structured around a five-year renewable term period": the term itself, too; "may be extended for
      // additional two-year terms" is an extension, not the agreement's duration.
      // A space may stand for the hyphen ("a 10 year partnership").
      '(?<!(?:additional|further|successive|subsequent)\\s+)(?<n>NUM)[-–\\s](?<u>year|month)(?:-long)?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:agreement|partnership|collaboration|memorandum|mou|arrangement|contract|programme|program)(?![\\p{L}])',
      // Rule agreement-term: a bare term is the agreement's only in a sentence that names the agreement ("The MOU
      // has a five-year term"); news also speaks of a lease's term or a term of office ("provided for a 30-year
      // term with an option", "elected to a four-year term").
      '(?<=(?:agreement|memorandum|mou|partnership|collaboration)[^.;]{0,80})(?<!(?:additional|further|successive|subsequent)\\s+)(?<n>NUM)-(?<u>year|month)(?:-long)?\\s+(?:[\\p{L}-]+\\s+){0,2}?term(?!s)',
      // Rule coming-years: the cooperation for the years to come ("a partnership for the next four years").
      '(?<=(?:agreement|partnership|collaboration|cooperation|memorandum|mou)\\s+)(?:for|over) the (?:next|coming) (?<n>NUM) (?<u>year|month)s?(?![\\p{L}])',
    ],
    durationExtraWords: ['more', 'additional', 'further'],
    durationLabels: ['duration', 'term', 'term of (?:the )?(?:agreement|memorandum|mou)'],
    anniversaryEnd: [
      '(?:terminat|expir|end)\\p{L}* on the ORD anniversary of (?:the )?(?:execution|effective date|date of (?:execution|signature|signing)|signing|commencement)',
    ],
    anniversaryOrdinals: { ...EN_FIRST_ORDINALS, tenth: 10 },
    // "… for the period beginning December 1, 2006 through September 1, 2008".
    rangeFrom: ['the period', 'the period of', 'from', 'beginning', 'commencing', 'starting'],
    // "beginning October 1, 2019 and ending August 31, 2020": a term told by its two ends.
    rangeTo: ['to', 'through', 'until', '[–-]', ',? and (?:ending|terminating|expiring)(?: on)?'],
    periodWords: ['agreement', 'memorandum', 'mou', 'term', 'period', 'effective', 'valid'],
    yearPeriodNouns: ['agreement', 'memorandum', 'mou', 'partnership', 'collaboration'],
    yearPeriodVerbs: [
      'runs',
      'covers',
      'applies',
      'spans',
      'is valid',
      'remains valid',
      'is in (?:force|effect)',
    ],
    yearPeriodCopulas: ['is'],
    yearPeriodPreps: ['for', 'over', 'during', 'covering'],
    yearPeriodPlural: ['the period', 'the years', 'period', 'term'],
    yearPeriodTopics: ['on', 'about', 'regarding', 'concerning'],
    yearEndVerbs: [
      '(?:runs|is valid|remains (?:valid|in (?:force|effect))|lasts|continues|will (?:run|last|continue))\\s+(?:through(?: the end of)?|until the end of|to the end of)',
    ],
    notice: ['notice'],
    recitalWords: ['whereas'],
    pastAgreementVerbs: ['entered into', 'executed', 'signed'],
  },
  units: { year: 'years?', month: 'months?', week: 'weeks?', day: 'days?' },
  forParty: ['for and on behalf of', 'signed for and on behalf of', 'on behalf of', 'for'],
  // English names are written in title case ("Center For Justice"): only "For X:" with its colon is a label.
  signatureLabelsInText: ['(?:For|FOR)\\s+\\p{Lu}[^:.;]{0,60}:'],
  signatureLabels: {
    name: ['name', 'signed by'],
    title: ['title', 'position'],
    party: ['party', 'organisation', 'organization', 'institution', 'for'],
  },
  signerOrgPrepositions: ['of', 'at', 'from'],
  representedByWords: ['represented by', 'acting through', 'acting by'],
  academicTitles: ['rector', 'vice-chancellor', 'pro-vice-chancellor', 'prorector'],
  academicOrgNouns: ['university', 'college', 'institute of technology', 'school of economics'],
  titleWords: [
    'president',
    'rector',
    'chancellor',
    'vice-chancellor',
    'director',
    'chief',
    'executive',
    'dean',
    'principal',
    'chair',
    'chairman',
    'ceo',
    'head',
    'mayor',
    'provost',
    'manager',
    'officer',
    'secretary',
    'leader',
    'councillor',
    'professor',
    // "Jody Kole, Assistant to the City Manager": a memo's sender, not an organisation.
    'assistant',
  ],
  nameParticles: ['von', 'van', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le'],
  honorifics: ['dr', 'prof', 'mr', 'mrs', 'ms', 'sir', 'dame', 'hon'],
  abbreviations: [
    'e.g',
    'i.e',
    'no',
    'reg',
    'org',
    'dr',
    'mr',
    'ms',
    'mrs',
    'prof',
    'jr',
    'inc',
    'ltd',
    'etc',
    'art',
    'st',
    'vs',
  ],
  agreementNouns: [
    'agreements?',
    'memorand(?:um|a) of (?:understanding|agreement)',
    'mou',
    'letters? of (?:intent|understanding)',
    'partnerships?',
    'collaborations?',
    'co-?operation',
  ],
  genericPartyNouns: ['party', 'parties', 'the parties', 'the party', 'partners'],
  // "signed by the following partners:", "by and among the following:": a list of the parties follows.
  partyListLabels: [
    'parties',
    'the parties',
    'between(?=\\s*:)',
    'the following (?:parties|partners|organisations|organizations|members)',
  ],
  listGroupNouns: ['the universities', 'the municipalities', 'the parties'],
  distributiveOrgNouns: { councils: 'Council', universities: 'University' },
  captionLeads: ['from left', 'from the left', 'left to right', 'l-r', 'l to r'],
  letterheadLabels: ['recipient', 'addressee', 'sender', 'our ref', 'your ref', 'attn', 'attention'],
  // English titles are separate words ("Operations Manager"), read by `titleWords`.
  compoundTitleHeads: [],
  groupNounSingulars: {},
  placeGenitive: '',
  memberPrepositions: ['at', 'from'],
  partnerPrepositions: ['with'],
  compoundPlaces: ['Trinidad and Tobago', 'Bosnia and Herzegovina', 'Antigua and Barbuda'],
  countryNames: [
    'Sweden',
    'Norway',
    'Finland',
    'Denmark',
    'Iceland',
    'Canada',
    'Australia',
    // A US state after a city's name is its place, never a party: "the City of Waterloo, Iowa hereinafter …".
    'Alabama',
    'Alaska',
    'Arizona',
    'Arkansas',
    'California',
    'Colorado',
    'Connecticut',
    'Delaware',
    'Florida',
    'Georgia',
    'Hawaii',
    'Idaho',
    'Illinois',
    'Indiana',
    'Iowa',
    'Kansas',
    'Kentucky',
    'Louisiana',
    'Maine',
    'Maryland',
    'Massachusetts',
    'Michigan',
    'Minnesota',
    'Mississippi',
    'Missouri',
    'Montana',
    'Nebraska',
    'Nevada',
    'New Hampshire',
    'New Jersey',
    'New Mexico',
    'New York',
    'North Carolina',
    'North Dakota',
    'Ohio',
    'Oklahoma',
    'Oregon',
    'Pennsylvania',
    'Rhode Island',
    'South Carolina',
    'South Dakota',
    'Tennessee',
    'Texas',
    'Utah',
    'Vermont',
    'Virginia',
    'Washington',
    'West Virginia',
    'Wisconsin',
    'Wyoming',
    // A country after a party's town is its address: "Tongji University, Shanghai, PRC (hereinafter …)".
    'USA',
    'United States',
    'United States of America',
    'PRC',
    'China',
    "People's Republic of China",
    'United Kingdom',
    'UK',
    'Germany',
    'France',
    'Netherlands',
    'Japan',
    // The countries of a state-level framework a news text sets a signing in: "under the health agreements between
    // Ruritania and Morocco, the hospital of …" (an invented example); the parties are the organisations.
    'Russia',
    'India',
    'Estonia',
    'Latvia',
    'Lithuania',
    'Poland',
    'Italy',
    'Spain',
    'Morocco',
    'Rwanda',
    'Kenya',
    'Tanzania',
    'Uganda',
    'Ghana',
    'Nigeria',
    'South Africa',
    'Brazil',
    'Mexico',
    'Chile',
    'Argentina',
    'Vietnam',
    'Korea',
    'South Korea',
    'Ukraine',
  ],
  // "… AND THE CITY OF SANFORD RELATING TO CITY POLICE DEPARTMENT": the topic after the parties' names.
  topicPrepositions: ['on', 'regarding', 'concerning', 'about', 'relating', 'pertaining'],
  determiners: ['each', 'every', 'all', 'this', 'that', 'these', 'those', 'any', 'the', 'a', 'an', 'our'],
  contactCues: ['contact', 'contacts', 'e-mail', 'email', 'phone', 'telephone', 'for more information'],
  segmentation: {
    headlineLeadOpeners: ['a', 'an', 'the', 'this', 'these', 'it', 'we'],
    sentenceStarters: [
      'between',
      'the',
      'an',
      'this',
      'these',
      'that',
      'it',
      'we',
      'in',
      'on',
      'whereas',
      'parties',
      'each',
      'both',
      'all',
      'by',
      'for',
      'under',
      'with',
      'as',
      'to',
      'any',
      'now',
      'our',
      'its',
    ],
    nameLinks: [
      'of',
      'the',
      'for',
      'and',
      'at',
      'in',
      'on',
      'between',
      'with',
      'to',
      'by',
      'through',
      'regarding',
      'concerning',
      'a',
      'an',
      '&',
    ],
    furnitureWords: ['news', 'press release'],
    leadHeadings: ['summary', 'abstract'],
    bylineWords: ['by', 'written by', 'posted by', 'text'],
    pluralDefiniteEndings: [],
    navigationWords: ['home', 'homepage'],
    sectionWords: ['parties', 'background', 'purpose', 'recitals'],
    versionLabels: ['final version'],
    ordinals: ['first', 'second', 'third', 'largest', 'only'],
    numberLeads: [
      'section',
      'sections',
      'article',
      'articles',
      'clause',
      'clauses',
      'paragraph',
      'annex',
      'appendix',
      'exhibit',
      'schedule',
      'page',
      'no',
      'number',
      'chapter',
      'part',
      'phase',
      'step',
      'version',
      'the',
      'year',
      'week',
      'room',
      'suite',
    ],
  },
};
