import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** The same text with its line breaks flattened to spaces, as a text store or `pdftotext -raw` leaves it. */
function flat(text: string): string {
  return text.replace(/\s*\n\s*/gu, ' ');
}

describe('purposes from real phrasings', () => {
  it('takes "Parternas syfte med avtalet är …" and "Målsättningen med … är …"', () => {
    const text =
      'Avtal\n\nBakgrund text här. Parternas syfte med avtalet är att samordna drift av skolor. Mer text följer.\n\nMålsättningen med partnerskapet är således att skapa en dialog mellan A och B.';
    for (const input of [text, flat(text)])
      expect(extract(input, 'sv').fields.purposes).toEqual([
        'Parternas syfte med avtalet är att samordna drift av skolor.',
        'Målsättningen med partnerskapet är således att skapa en dialog mellan A och B.',
      ]);
  });

  it('takes what the agreement shall do, and "Genom avtalet …" sentences', () => {
    const text =
      'Nyhet\n\nGenom ökad samverkan mellan skola och näringsliv ska tillväxten stärkas. Avtalet ska också bidra till fler praktikplatser. Avtalet undertecknades i dag.';
    expect(extract(text, 'sv').fields.purposes).toEqual([
      'Genom ökad samverkan mellan skola och näringsliv ska tillväxten stärkas.',
      'Avtalet ska också bidra till fler praktikplatser.',
    ]);
  });

  it('takes a sentence-opening purpose clause before the signing ("För att stärka … har A och B tecknat")', () => {
    const text =
      'Samverkan\n\nFör att fördjupa sina relationer har Ystads kommun och Lunds universitet tecknat ett avtal.';
    expect(extract(text, 'sv').fields.purposes).toEqual([
      'För att fördjupa sina relationer har Ystads kommun och Lunds universitet tecknat ett avtal.',
    ]);
  });

  it('takes Norwegian "skal bidra til", "hensikten med … er" and "Avtalen fastsetter …"', () => {
    const text =
      'Avtale\n\nDenne avtalen skal bidra til et tettere samarbeid. Hensikten med partnerskapet er å samordne arbeidet. Avtalen fastsetter rammer for kjøp av tjenester.';
    expect(extract(text, 'no').fields.purposes).toHaveLength(3);
  });

  it('takes English "for the purpose of", "sets out the framework" and "objective is to"', () => {
    const text =
      'MOU\n\nThe city and the college enter this Agreement for the purpose of sharing facilities. This Memorandum of Understanding (MoU) sets out the framework for joint work. The Parties’ objective is to improve transport.';
    expect(extract(text, 'en').fields.purposes).toEqual([
      'The city and the college enter this Agreement for the purpose of sharing facilities.',
      'This Memorandum of Understanding (MoU) sets out the framework for joint work.',
      'The Parties’ objective is to improve transport.',
    ]);
  });

  it('does not take "In order to …" at the start of a sentence about one step', () => {
    const text = 'Letter\n\nIn order to meet the grant criteria, the college must show a budget.';
    expect(extract(text, 'en').fields.purposes).toEqual([]);
  });

  it('takes the entries of a goals list, with or without line breaks, but not the quote after it', () => {
    const text = [
      'Nyhet',
      '',
      'De tre mål som parterna har enats om är:',
      '',
      '  • Öka antalet studenter.',
      '  • Stärka forskningen vid högskolan.',
      '  • Bygga ett nytt bibliotek.',
      '',
      '– Det här är en bra dag, säger rektor Eva Ek.',
    ].join('\n');
    const expected = [
      'Öka antalet studenter.',
      'Stärka forskningen vid högskolan.',
      'Bygga ett nytt bibliotek.',
    ];
    expect(extract(text, 'sv').fields.purposes).toEqual(expected);
    expect(extract(flat(text), 'sv').fields.purposes).toEqual(expected);
  });

  it('takes the entries that complete a purpose ending in "att:", and not those after "will promote:"', () => {
    const sv =
      'Nyhet\n\nMålet med avtalet är att höja kvaliteten, men även att:\n\n • Bidra till tillväxt\n • Underlätta rekrytering\n';
    expect(extract(sv, 'sv').fields.purposes).toEqual([
      'Målet med avtalet är att höja kvaliteten, men även att:',
      'Bidra till tillväxt',
      'Underlätta rekrytering',
    ]);
    const en =
      'MOU\n\nThe parties enter this Agreement for the purpose of joint teaching. This Agreement will promote:\n1. student exchange;\n2. joint research.';
    expect(extract(en, 'en').fields.purposes).toEqual([
      'The parties enter this Agreement for the purpose of joint teaching.',
    ]);
  });

  it('drops clause numbers that lost their line ("3.1 The Parties …")', () => {
    const text =
      'MOU between Alpha College and Beta Council. COLLABORATION 3.1 The Parties’ objective is to share depots.';
    expect(extract(text, 'en').fields.purposes).toEqual(['The Parties’ objective is to share depots.']);
  });
});

describe('cooperation areas from real phrasings', () => {
  it('takes the bullets after a lead-in that names areas, with or without line breaks', () => {
    const text = [
      'Pressmeddelande',
      '',
      'Tematiska områden som avtalet kommer att beröra är:',
      '',
      ' • Vattenförsörjning',
      ' • Besöksnäring',
      ' • Kultur och idrott',
      '',
      'Journalister är välkomna till undertecknandet i rådhuset.',
    ].join('\n');
    const expected = ['Vattenförsörjning', 'Besöksnäring', 'Kultur och idrott'];
    expect(extract(text, 'sv').fields.cooperationAreas).toEqual(expected);
    expect(extract(flat(text), 'sv').fields.cooperationAreas).toEqual(expected);
  });

  it('takes "Term - description" paragraphs after "inom följande områden:"', () => {
    const text = [
      'Avtal',
      '',
      'Kommunen och högskolan ska utveckla samverkan inom följande områden:',
      '',
      'Boende - Verka för fler studentbostäder i centrum.',
      '',
      'Kollektivtrafik - Verka för bättre bussar till campus.',
      '',
      'Kontakta Anna Ek för frågor.',
    ].join('\n');
    for (const input of [text, flat(text)])
      expect(extract(input, 'sv').fields.cooperationAreas).toEqual(['Boende', 'Kollektivtrafik']);
  });

  it('takes an area name before its description verb ("X omfatter …")', () => {
    const text =
      'Samarbeidsområder\n\nSamarbeidet skal organiseres rundt to områder:\n\n • Kultur og fritid omfatter arbeid med frivillige lag.\n • Klima og miljø omfatter arbeid med energi.\n';
    expect(extract(text, 'no').fields.cooperationAreas).toEqual(['Kultur og fritid', 'Klima og miljø']);
  });

  it('takes an enumeration after an area noun and "bland annat" or "vedrørende"', () => {
    const sv =
      'Nyhet\n\nI avtalet nämns flera områden för samarbete, bland annat turism, bredband och skolskjuts.';
    expect(extract(sv, 'sv').fields.cooperationAreas).toEqual(['turism', 'bredband', 'skolskjuts']);
    const no =
      'Avtale\n\nAvtalen beskriver områder for samarbeid mellom partene vedrørende praksisstudier, etter- og videreutdanning og forsknings- og utviklingsarbeid.';
    expect(extract(no, 'no').fields.cooperationAreas).toEqual([
      'praksisstudier',
      'etter- og videreutdanning',
      'forsknings- og utviklingsarbeid',
    ]);
  });

  it('takes the list that opens the next sentence ("… olika områden. Hit hör till exempel A, B och C")', () => {
    const text =
      'Nyhet\n\nArbetsgrupper arbetar med olika gemensamma områden. Hit hör till exempel friluftsliv, idrotts- och föreningsliv och kollektivtrafik.';
    expect(extract(text, 'sv').fields.cooperationAreas).toEqual([
      'friluftsliv',
      'idrotts- och föreningsliv',
      'kollektivtrafik',
    ]);
  });

  it('joins the last two entries at "samt", not at the "och" inside an entry', () => {
    const text =
      'Nyhet\n\nUnder perioden prioriteras tre områden: Kultur och fritid, Skola och utbildning samt Vård och omsorg.';
    expect(extract(text, 'sv').fields.cooperationAreas).toEqual([
      'Kultur och fritid',
      'Skola och utbildning',
      'Vård och omsorg',
    ]);
  });

  it('does not take a table-of-contents line as a topic heading', () => {
    const text =
      'SAMARBETSAVTAL\n\n1. Parter\n\nA och B.\n\nPARTERNAS GEMENSAMMA MÅL MED AVTALET 4\n\nText om målen.';
    expect(extract(text, 'sv').fields.cooperationAreas).toEqual([]);
  });
});

describe('governance from real phrasings', () => {
  it('names a body as the text writes it, so an inflected form still matches a reader', () => {
    const text = 'Nyhet\n\nUnder rådet finns arbetsgrupper som arbetar med olika frågor.';
    expect(extract(text, 'sv').fields.governance.bodies.map((body) => body.name)).toEqual(['arbetsgrupper']);
    const no = 'Nyhet\n\nStyringsgruppa møtes jevnlig.';
    expect(extract(no, 'no').fields.governance.bodies.map((body) => body.name)).toEqual(['styringsgruppa']);
  });

  it('finds an owners’ council, a board and a council set up for the cooperation, not "kommunstyrelsen"', () => {
    const text =
      'Avtal\n\nParterna ska sammanträda för ägarråd vid ett ordinarie sammanträde per år. Ägarrådet ger direktiv till styrelsen. För detta skapas ett råd. Kommunstyrelsens ordförande var med.';
    const { governance } = extract(text, 'sv').fields;
    expect(governance.bodies.map((body) => body.name)).toEqual(['ägarråd', 'styrelsen', 'råd']);
    expect(governance.meetingsPerYear).toBe(1);
  });

  it('names a body the parties establish by its capitalised name', () => {
    const text =
      'MOU\n\nThe parties agree to establish a Prairie Universities Review Council, consisting of the deans.';
    expect(extract(text, 'en').fields.governance.bodies.map((body) => body.name)).toEqual([
      'Prairie Universities Review Council',
    ]);
  });

  it('reads who follows up when a body is set up for it, and who coordinates after a clause number', () => {
    const no = 'Nyhet\n\nEn arbeidsgruppe skal etableres for å følge opp samarbeidet.';
    expect(extract(no, 'no').fields.governance.responsible).toEqual(['arbeidsgruppe']);
    const sv =
      'AVTAL 1.5 Text om annat. 1.6 Parternas handläggare ansvarar för koordinering och genomförande.';
    expect(extract(sv, 'sv').fields.governance.responsible).toEqual(['Parternas handläggare']);
  });
});

describe('validity from real phrasings', () => {
  it('reads a date range in a sentence about the period, and not one about something else', () => {
    const no =
      'Nyhet\n\nAvtalen ble signert i dag, og prosjektperioden er fra 1. mars 2019 til 28. februar 2023.';
    expect(extract(no, 'no').fields.validity).toMatchObject({ start: '2019-03-01', end: '2023-02-28' });
    const en = 'News\n\nThe exhibition runs from 1 May 2019 to 3 June 2019.';
    expect(extract(en, 'en').fields.validity).toMatchObject({ start: null, end: null });
  });

  it('reads "commence on the date last signed" and "terminate on June 30, 2024"', () => {
    const text =
      'MOU\n\n1. Term. This MOU will commence on the date last signed, and will terminate on June 30, 2024.';
    expect(extract(text, 'en').fields.validity).toMatchObject({ start: 'on-signature', end: '2024-06-30' });
  });

  it('reads an open-ended Norwegian agreement and "gällande fr o m" with a date', () => {
    const no =
      'Intensjonsavtale\n\nIntensjonsavtalen er tidsuavgrenset og løper inntil den erstattes av en ny avtale.';
    expect(extract(no, 'no').fields.validity.end).toBe('until-terminated');
    const sv = 'Samverkansavtal för gemensam nämnd gällande fr o m 2012-07-01';
    expect(extract(sv, 'sv').fields.validity.start).toBe('2012-07-01');
  });

  it('reads durations in years: "skal løpe i tre år", "for dei neste to åra", "en fyraårsperiod", "extend two years"', () => {
    expect(extract('Nyhet\n\nAvtalen skal løpe i tre år.', 'no').fields.validity.durationMonths).toBe(36);
    expect(
      extract('Nyhet\n\nDei signerte ein ny avtale for dei neste to åra.', 'no').fields.validity
        .durationMonths,
    ).toBe(24);
    expect(
      extract('Nyhet\n\nStyrelsen skrev under för ytterligare en fyraårsperiod.', 'sv').fields.validity
        .durationMonths,
    ).toBe(48);
    expect(
      extract('Letter\n\nThis Letter shall commence on signature and extend two years from that date.', 'en')
        .fields.validity.durationMonths,
    ).toBe(24);
  });
});
