import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

// Invented phrasings of purpose forms met in real agreements (round 9): each rule holds with the text's line breaks
// and with them flattened to spaces, as a store or `pdftotext -raw` gives the text.
const purposesOf = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((extraction) => extraction.fields.purposes);

describe('purposes, round 9', () => {
  it('aim set for the future (no): "Samarbeidet skal ha som målsetting å …" states a purpose', () => {
    const text =
      'SAMARBEIDSAVTALE\n1. Parter\nAvtalen er inngått mellom Fjellby kommune og Dalen helseforetak.\n2. Omfang\nAvtalen gjelder alle tjenester for eldre pasienter. Samarbeidet skal ha som målsetting å gi eldre pasienter et trygt tilbud etter utskrivning.\n3. Varighet\nAvtalen gjelder i tre år.';
    for (const found of purposesOf(text, 'no'))
      expect(found).toEqual([
        'Samarbeidet skal ha som målsetting å gi eldre pasienter et trygt tilbud etter utskrivning.',
      ]);
  });

  it('aim set for the future (sv): "Samverkan ska ha som mål att …" states a purpose', () => {
    const text =
      'SAMVERKANSAVTAL\n1. Parter\nAvtalet är ingått mellan Åsby kommun och Norrvik region.\n2. Omfattning\nAvtalet gäller all vård av äldre. Samverkan ska ha som mål att ge äldre en trygg hemgång från sjukhuset.\n3. Avtalstid\nAvtalet gäller i tre år.';
    for (const found of purposesOf(text, 'sv'))
      expect(found).toEqual(['Samverkan ska ha som mål att ge äldre en trygg hemgång från sjukhuset.']);
  });

  it('aim set for the future (en): "… shall have as its aim to …" states a purpose', () => {
    const text =
      'COOPERATION AGREEMENT\n1. Parties\nThis agreement is made between Rivertown and the Lowland Water Board.\n2. Scope\nThe agreement covers flood barriers along the river. The cooperation shall have as its aim to keep the old town dry in spring floods.\n3. Term\nThe agreement runs for three years.';
    for (const found of purposesOf(text, 'en'))
      expect(found).toEqual([
        'The cooperation shall have as its aim to keep the old town dry in spring floods.',
      ]);
  });

  it('a duty that refers back to the purposes of the agreement states no purpose (en)', () => {
    const text =
      'AGREEMENT\n1. Purpose\nThe purpose of this Agreement is to keep the Pine Street courts open for public tennis.\n2. Duties\nThe club shall repaint the lines and mend the nets as needed to fulfill the purposes of this Agreement.\nFor the purpose of this Agreement, the courts means the four courts north of the school.';
    for (const found of purposesOf(text, 'en'))
      expect(found).toEqual([
        'The purpose of this Agreement is to keep the Pine Street courts open for public tennis.',
      ]);
  });

  it('a clause mark runs the purpose heading into its sentence when the line breaks are lost (sv, en)', () => {
    const sv =
      'Avtal om samverkan kring Östra banan, 2001-03-12\n§ 1 Syfte\nKommunerna längs banan åtar sig att tillsammans verka för fler tåg på sträckan.\n§ 2 Arbetsformer\nEn styrgrupp leder arbetet.';
    // The same with the clause number read by OCR as a capital I ("§ I Syfte").
    for (const text of [sv, sv.replace('§ 1', '§ I')])
      for (const found of purposesOf(text, 'sv'))
        expect(found).toEqual([
          'Kommunerna längs banan åtar sig att tillsammans verka för fler tåg på sträckan.',
        ]);
    // A roman number (or an OCR-read "I") does not cut the flattened text: the mark stands inside a sentence.
    const en =
      'Harbour Compact, signed 4 May 2003\nArticle I Purpose\nThe harbour towns jointly undertake to keep the shared channel dredged and marked.\nArticle II Meetings\nThe towns meet twice a year.';
    for (const found of purposesOf(en, 'en'))
      expect(found).toEqual([
        'The harbour towns jointly undertake to keep the shared channel dredged and marked.',
      ]);
  });

  it('a clause mark before another heading opens no purpose', () => {
    const text =
      'Avtal om samverkan kring Östra banan\n§ 2 Arbetsformer\nKommunerna träffas två gånger om året och turas om att leda mötena.';
    for (const found of purposesOf(text, 'sv')) expect(found).toEqual([]);
  });

  it("a flattened purpose list's last entry ends before the next section's heading (no)", () => {
    const text =
      'Formål\nSamarbeidsrådet skal:\n• fremme det felles miljøet for havforskning\n• bidra til bedre bruk av forskningsfartøyene\n\nOrganisering\nStyret består av fire medlemmer fra hver part.';
    for (const found of purposesOf(text, 'no'))
      expect(found).toEqual([
        'fremme det felles miljøet for havforskning',
        'bidra til bedre bruk av forskningsfartøyene',
      ]);
  });

  it('under a heading that names background and purpose, the sentences before the stated purpose are background (sv, en)', () => {
    const sv =
      'AVTAL OM SAMVERKAN\n1. PARTER\nÅsby kommun och Norrvik kommun.\n2. BAKGRUND OCH SYFTE\nKommunerna har länge delat på en badplats för att hålla kostnaderna nere.\nSyftet med avtalet är att ge invånarna i båda kommunerna ett öppet bad året runt.\n3. AVTALSTID\nAvtalet gäller i fem år.';
    for (const found of purposesOf(sv, 'sv'))
      expect(found).toEqual([
        'Syftet med avtalet är att ge invånarna i båda kommunerna ett öppet bad året runt.',
      ]);
    const en =
      'AGREEMENT\n1. PARTIES\nEastby and Westvik.\n2. BACKGROUND AND PURPOSE\nThe towns have shared one library van for years to reach outlying farms.\nThe purpose of this agreement is to run a second van on the coast road.\n3. TERM\nThe agreement runs for five years.';
    for (const found of purposesOf(en, 'en'))
      expect(found).toEqual(['The purpose of this agreement is to run a second van on the coast road.']);
  });

  it('a background-and-purpose section that states no purpose in so many words keeps its weak-cue sentences (sv)', () => {
    const text =
      'AVTAL OM SAMVERKAN\n1. PARTER\nÅsby kommun och Norrvik kommun.\n2. BAKGRUND OCH SYFTE\nKommunerna driver badet tillsammans för att fler ska kunna simma året runt.\n3. AVTALSTID\nAvtalet gäller i fem år.';
    for (const found of purposesOf(text, 'sv'))
      expect(found).toEqual(['Kommunerna driver badet tillsammans för att fler ska kunna simma året runt.']);
  });

  it('what the agreement is about, opening its sentence, states its purpose (sv, no)', () => {
    const sv =
      'Nytt avtal om skolskjuts\nÅsby kommun och Norrvik kommun har skrivit under ett avtal.\nAvtalet går ut på att eleverna i byarna vid gränsen ska kunna åka samma buss till skolan.\nAvtalet gäller från hösten.';
    for (const found of purposesOf(sv, 'sv'))
      expect(found).toEqual([
        'Avtalet går ut på att eleverna i byarna vid gränsen ska kunna åka samma buss till skolan.',
      ]);
    const no =
      'Ny avtale om skoleskyss\nKystby kommune og Fjordvik kommune har skrevet under en avtale.\nAvtalen handler om å la elevene i grendene ved grensen ta samme buss til skolen.\nAvtalen gjelder fra høsten.';
    for (const found of purposesOf(no, 'no'))
      expect(found).toEqual([
        'Avtalen handler om å la elevene i grendene ved grensen ta samme buss til skolen.',
      ]);
  });

  it('"handlar om att" inside a sentence about something else states no purpose (sv)', () => {
    const text =
      'Nytt avtal om skolskjuts\nÅsby kommun och Norrvik kommun har skrivit under ett avtal.\nFör föräldrarna handlar det mest om att slippa köra själva.\nAvtalet gäller från hösten.';
    for (const found of purposesOf(text, 'sv')) expect(found).toEqual([]);
  });

  it('a letter in the first person that confirms the intention to collaborate states its purpose (en)', () => {
    const text =
      'We have read the proposal for the bridge study.\nOn behalf of Northfield College, we are glad to support the bridge study and confirm our intention to collaborate with Lakeside Institute on its field tests.\nSincerely,\nAnna Reed';
    for (const found of purposesOf(text, 'en'))
      expect(found).toEqual([
        'On behalf of Northfield College, we are glad to support the bridge study and confirm our intention to collaborate with Lakeside Institute on its field tests.',
      ]);
  });

  it('a quote that lost its dash is told by its attribution; a purpose sentence it runs into is kept (no, sv)', () => {
    const no =
      'Kystby kommune og Fjordvik kommune har signert en avtale om felles brannvesen.\nBrannstasjonen i Kystby, Fjordvik kommune\n– Et tett samarbeid skal bidra til å korte ned utrykningstida, sier Kari Strand.\nAvtalen gjelder fra nyttår.';
    for (const found of purposesOf(no, 'no')) expect(found).toEqual([]);
    const sv =
      'Åsby kommun och Norrvik kommun har skrivit under en avsiktsförklaring.\n– Vi vinner mycket på att dela brandkår, säger Eva Berg (S), ordförande i nämnden\n\nAmbitionen med avsiktsförklaringen är att ha ett gemensamt avtal klart till sommaren.\nAvtalet gäller från hösten.';
    for (const found of purposesOf(sv, 'sv'))
      expect(found).toEqual([
        'Ambitionen med avsiktsförklaringen är att ha ett gemensamt avtal klart till sommaren.',
      ]);
  });
});
