import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** The same text with its line breaks flattened to spaces, as some stores deliver it. */
const flat = (text: string) => text.replace(/\s+/gu, ' ').trim();

describe('purposes: rules from fresh real documents (invented phrasings)', () => {
  it('takes the entries of a purpose list without its lead-in', () => {
    const text =
      'Avtal mellan Norrby kommun och Sjöhamns universitet\n\nSyftet med avtalet är att:\n\n• Bygga en gemensam mötesplats för forskare och tjänstepersoner.\n• Öka kunskapen om varandras verksamheter.\n';
    expect(extract(text, 'sv').fields.purposes).toEqual([
      'Bygga en gemensam mötesplats för forskare och tjänstepersoner.',
      'Öka kunskapen om varandras verksamheter.',
    ]);
  });

  it('reads a nynorsk "avtala skal vere med å:" list', () => {
    const text =
      'Fjellvik kommune og Fjellvik idrettsråd har underteikna ei ny avtale.\n\nAvtala skal vere med å:\n\n- Styrkje samarbeidet om nye idrettsanlegg.\n\n- Sikre god informasjon mellom laga og kommunen.\n';
    expect(extract(text, 'no').fields.purposes).toEqual([
      'Styrkje samarbeidet om nye idrettsanlegg.',
      'Sikre god informasjon mellom laga og kommunen.',
    ]);
  });

  it('reads each WHEREAS recital of a run-on recital block on its own', () => {
    const text =
      'WHEREAS, the Towns operate libraries in Lake County; and\nWHEREAS, the parties wish to share one catalogue system to reduce their costs; and\nWHEREAS, state law permits such agreements.\nNOW THEREFORE, the parties agree as follows:';
    for (const variant of [text, flat(text)]) {
      expect(extract(variant, 'en').fields.purposes, variant).toEqual([
        'WHEREAS, the parties wish to share one catalogue system to reduce their costs; and',
      ]);
    }
  });

  it('reads a recital that follows page furniture on its line', () => {
    const text =
      'Item 12\nbody\nWHEREAS, the Town of Elmfield and Ridge College seek to establish a joint internship program for students; and\nWHEREAS, the Council approves the budget.';
    expect(extract(text, 'en').fields.purposes).toEqual([
      'WHEREAS, the Town of Elmfield and Ridge College seek to establish a joint internship program for students; and',
    ]);
  });

  it('reads a labelled purpose field of a council item, also inside a run-on form line', () => {
    const text =
      'Department: Parks\nAction: (X) Authorizing\nPurpose: To provide shared maintenance of the riverside trail between the two towns.\nContract Amount: N/A';
    for (const variant of [text, flat(text)]) {
      expect(extract(variant, 'en').fields.purposes, variant).toEqual([
        'To provide shared maintenance of the riverside trail between the two towns.',
      ]);
    }
  });

  it('does not take a lower-case "purpose:" inside a sentence as a label', () => {
    const text = 'The grant may be used for one purpose: Maintenance of the old bridge and its lights.';
    expect(extract(text, 'en').fields.purposes).toEqual([]);
  });

  it('drops a "purpose" that is a whole page without sentence breaks', () => {
    const recital = 'WHEREAS the City of Oakmont desires to collaborate with Pine University';
    const text = `RESOLUTION NO. 7 A RESOLUTION OF THE CITY COUNCIL ${'AND THE BOARD '.repeat(60)}${recital}`;
    const purposes = extract(text, 'en').fields.purposes;
    expect(purposes.every((purpose) => purpose.length <= 600)).toBe(true);
  });
});

describe('cooperation areas: rules from fresh real documents (invented phrasings)', () => {
  const cases: [string, 'sv' | 'no' | 'en', string, string[]][] = [
    [
      'an enumeration after "satsningar på bland annat", up to "för att"',
      'sv',
      'Nyhet\n\nKommunen och högskolan ska göra gemensamma satsningar på bland annat vattenrening, besöksnäring och e-hälsa för att locka fler studenter.',
      ['vattenrening', 'besöksnäring', 'e-hälsa'],
    ],
    [
      'a "såväl A, B som C" list after "ska innefatta", ending where the sentence goes on',
      'sv',
      'Samarbetet ska innefatta såväl fortbildning, praktik som gemensamma seminarier och ge nya kontakter.',
      ['fortbildning', 'praktik', 'gemensamma seminarier'],
    ],
    [
      'an enumeration after "områdena" in a compound ("inom fokusområdena")',
      'sv',
      'Partnerskapet bygger på mål inom fokusområdena livsmedel, logistik och friluftsliv.',
      ['livsmedel', 'logistik', 'friluftsliv'],
    ],
    [
      'an enumeration after an area label and a copula ("temaer som omfattes av avtalen er")',
      'no',
      'Andre temaer som omfattes av avtalen er havbruk, grønn energi og kultur.',
      ['havbruk', 'grønn energi', 'kultur'],
    ],
    [
      'an enumeration opened by "Som eksempel kan nevnes" after an area label',
      'no',
      'Sentralt i avtalen er nye samarbeidsområder. Som eksempel kan nevnes sjømat, lærerutdanning og turisme.',
      ['sjømat', 'lærerutdanning', 'turisme'],
    ],
    [
      'the names of "Term: description" entries in a bulleted area list',
      'sv',
      'Avtalet fokuserar på tre huvudområden:\n\n- Goda skolor: Parterna ska verka för fler lärare i regionen.\n\n- Levande kultur: Parterna ska verka för ett rikare kulturliv.\n\n- Minskade utsläpp: Parterna ska verka för en bättre miljö.\n',
      ['Goda skolor', 'Levande kultur', 'Minskade utsläpp'],
    ],
    [
      'a bullet list whose bullets are glued to the words ("områden:•A•B")',
      'sv',
      'Samarbetet fokuserar på dessa områden:•Vattenvård•Skogsbruk •Kollektivtrafik',
      ['Vattenvård', 'Skogsbruk', 'Kollektivtrafik'],
    ],
  ];
  for (const [name, language, text, areas] of cases) {
    it(`reads ${name}`, () => {
      for (const variant of [text, flat(text)]) {
        expect(extract(variant, language).fields.cooperationAreas, variant).toEqual(areas);
      }
    });
  }

  it('reads no list from an area label whose copula only describes it', () => {
    const text =
      'Vi samarbetar redan på många sätt. Det finns flera områden som är viktiga för regionen, både för näringslivet och skolan.';
    expect(extract(text, 'sv').fields.cooperationAreas).toEqual([]);
  });

  it('takes no memo field line ("AGENDA ITEM TYPE: Consent") as a topic heading', () => {
    const text =
      'Council Memorandum\n\nPARTIES\n\nCity of Elmfield and Ridge College\n\nAGENDA ITEM TYPE: Consent\n\nThe council approves the agreement.\n\nMEETING DATE: May 2, 2022\n\nThe item is on the consent agenda.';
    expect(extract(text, 'en').fields.cooperationAreas).toEqual([]);
  });
});

describe('governance: meeting frequencies and responsibility (invented phrasings)', () => {
  const meetings: [string, 'sv' | 'no' | 'en', number][] = [
    ['Samordningsgruppen träffas tre gånger årligen.', 'sv', 3],
    ['Ledningsgrupperna har ett årligt möte i maj.', 'sv', 1],
    ['Parterna ska mötas en gång per kvartal.', 'sv', 4],
    ['Kontaktgruppa møtes to ganger årlig.', 'no', 2],
    ['Partane har eit årleg møte om samarbeidet.', 'no', 1],
    ['Styringsgruppen møtes hvert halvår.', 'no', 2],
    ['The steering group will meet twice yearly.', 'en', 2],
    ['The partners will hold an annual meeting at either campus.', 'en', 1],
    ['The working group shall convene every six months.', 'en', 2],
  ];
  for (const [text, language, count] of meetings) {
    it(`counts the meetings in "${text}"`, () => {
      expect(extract(text, language).fields.governance.meetingsPerYear).toBe(count);
    });
  }

  it('counts no meetings from a frequency that is not about meeting', () => {
    expect(
      extract('Avtalet ses över årligen av parterna.', 'sv').fields.governance.meetingsPerYear,
    ).toBeNull();
    expect(
      extract('The Agreement will be reviewed annually.', 'en').fields.governance.meetingsPerYear,
    ).toBeNull();
    expect(
      extract('Kommunen rapporterer kvartalsvis til fylket.', 'no').fields.governance.meetingsPerYear,
    ).toBeNull();
  });

  it('reads who is responsible for the agreement', () => {
    expect(
      extract('Ansvarig för avtalet är kommunens utvecklingschef.', 'sv').fields.governance.responsible,
    ).toEqual(['kommunens utvecklingschef']);
    expect(
      extract('Regionens kulturchef ansvarar för att samordna arbetet.', 'sv').fields.governance.responsible,
    ).toEqual(['Regionens kulturchef']);
    expect(
      extract('Kommunedirektøren er ansvarlig for oppfølging av avtalen.', 'no').fields.governance
        .responsible,
    ).toEqual(['Kommunedirektøren']);
    expect(
      extract('The Parks Director shall be responsible for administering this Agreement.', 'en').fields
        .governance.responsible,
    ).toEqual(['Parks Director']);
  });

  it('reads no responsible from "the Parties are responsible for …" or a duty that is not the agreement', () => {
    const en =
      'The Parties shall be responsible for administering this Agreement. The City is responsible for the costs.';
    expect(extract(en, 'en').fields.governance.responsible).toEqual([]);
  });
});

describe('second fresh batch: purposes, areas and meetings (invented phrasings)', () => {
  it('reads a passive purpose after "Med denna avsiktsförklaring ska"', () => {
    const text =
      'Pressmeddelande\n\nMed denna avsiktsförklaring ska samarbetet kring vattenfrågor fördjupas mellan Åby kommun och Sjöstads högskola.';
    expect(extract(text, 'sv').fields.purposes).toEqual([
      'Med denna avsiktsförklaring ska samarbetet kring vattenfrågor fördjupas mellan Åby kommun och Sjöstads högskola.',
    ]);
  });

  it('reads a WHEREAS recital that says what the agreement "is intended to" do', () => {
    const text =
      'WHEREAS, The Agreement is intended to set up a shared dispatch center for both towns.\nWHEREAS, the towns border each other.';
    expect(extract(text, 'en').fields.purposes).toEqual([
      'WHEREAS, The Agreement is intended to set up a shared dispatch center for both towns.',
    ]);
  });

  it('reads the entries after "målsetninger for denne avtalen:"', () => {
    const text =
      'Det er to målsetninger for denne avtalen:\n  • Bygge en sterk region\n  • Sikre gode tjenester for innbyggerne\n';
    expect(extract(text, 'no').fields.purposes).toEqual([
      'Bygge en sterk region',
      'Sikre gode tjenester for innbyggerne',
    ]);
  });

  it('reads "Bakgrunn for avtalen er …" and a "Dette skal bidra til …" sentence after a stated purpose', () => {
    const text =
      'Bakgrunn for avtalen er at partane vil ha fleire aktive barn i bygda. Formålet er eit tettare samspel mellom skulen og laga. Dette skal bidra til betre bruk av hallen. Laga møtest i haust.';
    expect(extract(text, 'no').fields.purposes).toEqual([
      'Bakgrunn for avtalen er at partane vil ha fleire aktive barn i bygda.',
      'Formålet er eit tettare samspel mellom skulen og laga.',
      'Dette skal bidra til betre bruk av hallen.',
    ]);
  });

  it('takes no "Dette skal bidra til" sentence that does not follow a stated purpose', () => {
    const text = 'Kommunen bygger ny hall. Dette skal bidra til mer aktivitet.';
    expect(extract(text, 'no').fields.purposes).toEqual([]);
  });

  it('reads a purpose-section sentence with "främja"', () => {
    const text =
      'SAMARBETSAVTAL\n\n§ 1 Syfte\n\nKommunerna åtar sig att gemensamt främja kollektivtrafiken längs kusten.\n\n§ 2 Avtalstid\n\nAvtalet gäller tills vidare.';
    expect(extract(text, 'sv').fields.purposes).toEqual([
      'Kommunerna åtar sig att gemensamt främja kollektivtrafiken längs kusten.',
    ]);
  });

  it('reads areas after "bland andra" and after a next-sentence "Dette kan være"', () => {
    expect(
      extract('De områden som kan bli aktuella är bland andra räddningstjänst, skolskjuts och turism.', 'sv')
        .fields.cooperationAreas,
    ).toEqual(['räddningstjänst', 'skolskjuts', 'turism']);
    expect(
      extract(
        'Formålet er å finne konkrete samarbeidsområder. Dette kan være praksisplasser, forskning og etterutdanning.',
        'no',
      ).fields.cooperationAreas,
    ).toEqual(['praksisplasser', 'forskning', 'etterutdanning']);
  });

  it('counts a compound meeting noun ("minst ett plenarmöte per år", "one plenary meeting per year")', () => {
    const sv = 'Styrgruppen kallar kommunerna till minst ett plenarmöte per år.';
    expect(extract(sv, 'sv').fields.governance.meetingsPerYear).toBe(1);
    const en = 'The steering committee shall hold two plenary meetings per year.';
    expect(extract(en, 'en').fields.governance.meetingsPerYear).toBe(2);
  });

  it('takes no lower-case field line ("On agenda: 10/13/2015") or work-form heading as a topic', () => {
    const text =
      'SAMARBETSAVTAL\n\nParter\n\nÅby kommun och Sjöby kommun\n\nArbetsformer\n\nArbetet leds av en styrgrupp.\n\nOn agenda: 10/13/2015\n\nTexten följer.';
    expect(extract(text, 'sv').fields.cooperationAreas).toEqual([]);
  });
});

describe('third fresh batch: recitals, agreement verbs, follow-up (invented phrasings)', () => {
  it('counts no meeting from a frequency in one recital and "meet the needs" in another', () => {
    const text =
      'WHEREAS, the Town of Elmfield offers services to meet the needs of its residents; and WHEREAS, the College annually chooses one partner town; and WHEREAS, the parties agree.';
    expect(extract(text, 'en').fields.governance.meetingsPerYear).toBeNull();
  });

  it('reads what the agreements will enable, and the "This will …" sentence after it', () => {
    const text =
      'Backup Information:\nThese interlocal agreements will enable the Town to engage two colleges as partners in applied research. This will help departments reach outside expertise. Funding is available.';
    expect(extract(text, 'en').fields.purposes).toEqual([
      'These interlocal agreements will enable the Town to engage two colleges as partners in applied research.',
      'This will help departments reach outside expertise.',
    ]);
  });

  it('reads what the agreements will enable after a form label on the same line', () => {
    const text =
      'Backup Information: These agreements will enable the Town to share one library catalogue. Funding is available.';
    // Whether the segmenter cuts the label off or not, the sentence is the one purpose.
    const purposes = extract(text, 'en').fields.purposes;
    expect(purposes).toHaveLength(1);
    expect(purposes[0]).toMatch(/These agreements will enable the Town to share one library catalogue\.$/u);
  });

  it('reads areas after "samarbeid om … innen A, B og C"', () => {
    const text = 'Partene ønsker et samarbeid om faglig utvikling innen havbruk, logistikk og reiseliv.';
    expect(extract(text, 'no').fields.cooperationAreas).toEqual(['havbruk', 'logistikk', 'reiseliv']);
  });

  it('reads who follows up after "ansvar for oppfølging fra", and no meetings as a responsible', () => {
    expect(
      extract('Avtalen er forankret hos rektor, med ansvar for oppfølging fra prorektor for samfunn.', 'no')
        .fields.governance.responsible,
    ).toEqual(['prorektor for samfunn']);
    expect(
      extract(
        'Samarbeidet følges opp av faste samarbeidsmøter:\n1. Kontaktmøte i mai\n2. Ledermøte i november',
        'no',
      ).fields.governance.responsible,
    ).toEqual([]);
  });
});

describe('text without line breaks: reported speech', () => {
  it('reads a bulleted purpose list after a quote earlier on the same (only) line', () => {
    const text =
      'Ny avtale signert. – Vi er glade, sier ordføreren. Avtalen skal være med å: - Styrke idretten i bygda. - Sikre gode anlegg for alle.';
    expect(extract(text, 'no').fields.purposes).toEqual([
      'Styrke idretten i bygda.',
      'Sikre gode anlegg for alle.',
    ]);
  });
});
