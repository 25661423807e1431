import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../src/schema/letter-of-intent.ts';
import { extract, flatten } from './helpers.ts';

// Invented phrasings modelled on real news and agreements the purpose and area rules had not read (round 6): each
// rule holds with the text's line breaks and, where it does not read the layout, with them flattened to spaces.
function purposes(text: string, language: LanguageCode): string[][] {
  return [text, flatten(text)].map((reading) => extract(reading, language).fields.purposes);
}

function areas(text: string, language: LanguageCode): string[][] {
  return [text, flatten(text)].map((reading) => extract(reading, language).fields.cooperationAreas);
}

describe('purposes, round 6', () => {
  it('goal-is-to (en): a sentence that opens "The aim is to …" states the purpose', () => {
    const text =
      'Harbour towns sign ferry memorandum\nThe towns of Eastby and Westvik signed a memorandum of understanding on Monday.\nThe aim is to share ferry timetables and cut waiting times for travellers between the towns.\nTalks on fares start in May.';
    for (const found of purposes(text, 'en'))
      expect(found).toEqual([
        'The aim is to share ferry timetables and cut waiting times for travellers between the towns.',
      ]);
  });

  it('signing lead: "… signed an MOU to …" yields to a sentence that names the purpose', () => {
    const text =
      'Colleges sign partner memorandum\nLakeside College and Hill College (HC) signed a memorandum of understanding (MOU) to create a partner college relationship.\nThe purpose of the memorandum is to widen the course choices of students at both colleges.\nThe presidents will meet once a year.';
    for (const found of purposes(text, 'en'))
      expect(found).toEqual([
        'The purpose of the memorandum is to widen the course choices of students at both colleges.',
      ]);
  });

  it('signing lead: without a named purpose the lead stays the purpose', () => {
    const text =
      'Colleges sign partner memorandum\nLakeside College and Hill College (HC) signed a memorandum of understanding (MOU) to create a partner college relationship.\nThe presidents will meet once a year.';
    // Flattened, the headline runs into the lead's sentence: the lead is still the one purpose.
    for (const found of purposes(text, 'en')) {
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/Lakeside College and Hill College \(HC\) signed .* relationship\.$/u);
    }
  });

  it('goal-is-that (no): "Målet er at …" opens a purpose', () => {
    const text =
      'Nordby kommune og Røde Kors signerte beredskapsavtale\nNordby kommune og Nordby Røde Kors har signert en beredskapsavtale. Målet er at frivillige skal kunne hjelpe kommunen ved lange strømbrudd.\nAvtalen gjelder i to år.';
    for (const found of purposes(text, 'no'))
      expect(found).toEqual(['Målet er at frivillige skal kunne hjelpe kommunen ved lange strømbrudd.']);
  });

  it('described-cooperation-through (no): "Gjennom tett og langsiktig samarbeid skal …"', () => {
    const text =
      'Ny avtale om lærlinger\nSkolen og bedriftene i Dalen undertegnet avtalen i går. Gjennom tett og langsiktig samarbeid skal skolen og bedriftene gi elevene bedre praksis.\nVi gleder oss!';
    for (const found of purposes(text, 'no'))
      expect(found).toEqual([
        'Gjennom tett og langsiktig samarbeid skal skolen og bedriftene gi elevene bedre praksis.',
      ]);
  });

  it('cooperate-in-order-to (sv, no): "ska samverka för att …", "skal samarbeide for å …"', () => {
    const sv =
      'Västby kommun tecknar avsiktsförklaring\nVästby kommun och Räddningstjänsten Syd ska samverka för att stärka beredskapen vid stora olyckor.\nAvsiktsförklaringen undertecknades i tisdags.';
    for (const found of purposes(sv, 'sv'))
      expect(found).toEqual([
        'Västby kommun och Räddningstjänsten Syd ska samverka för att stärka beredskapen vid stora olyckor.',
      ]);
    const no =
      'Politiet og kommunen signerte avtale\nKommunen og politiet skal samarbeide for å redusere kriminaliteten blant unge i bydelen.\nAvtalen ble signert fredag.';
    for (const found of purposes(no, 'no'))
      expect(found).toEqual([
        'Kommunen og politiet skal samarbeide for å redusere kriminaliteten blant unge i bydelen.',
      ]);
  });

  it('agreement-lays-ground (sv, no, en): "Avsiktsförklaringen lägger grunden för …"', () => {
    const cases: [string, LanguageCode][] = [
      ['Avsiktsförklaringen lägger grunden för en gemensam planering av den nya hamnen i Norrvik.', 'sv'],
      ['Intensjonsavtalen legger grunnlaget for en felles planlegging av den nye havna i Nordvik.', 'no'],
      ['The memorandum lays the groundwork for joint planning of the new harbour in Northwick.', 'en'],
    ];
    for (const [sentence, language] of cases) {
      const text = `Ny hamn\nKommunen och hamnbolaget har skrivit under i dag.\n${sentence}\n`;
      for (const found of purposes(text, language)) expect(found).toEqual([sentence]);
    }
  });
});

describe('cooperation areas, round 6', () => {
  it('areas-of-focus-include (en): "The areas of focus for the memorandum include A, B, and C"', () => {
    const text =
      'Colleges sign memorandum\nLakeside College and Hill College signed a memorandum on Monday. The areas of focus for the memorandum include student exchange, joint research, and staff training. The presidents will meet once a year.';
    for (const found of areas(text, 'en'))
      expect(found).toEqual(['student exchange', 'joint research', 'staff training']);
  });

  it('agreement-about (no): news naming a new agreement by its topic ("en samarbeidsavtale om …")', () => {
    const text =
      'Fylket og syklistene signerte avtale\nFylkeskommunen og Syklistforeningen skrev i dag under en samarbeidsavtale om sykkelparkering. Avtalen gjelder i tre år.';
    for (const found of areas(text, 'no')) expect(found).toEqual(['sykkelparkering']);
  });

  it('agreement-about (no): the document naming itself ("Denne samarbeidsavtalen om …") gives no area', () => {
    const text =
      'Samarbeidsavtale\nDenne samarbeidsavtalen om sykkelparkering er inngått mellom Fylkeskommunen og Syklistforeningen.';
    for (const found of areas(text, 'no')) expect(found).toEqual([]);
  });

  it('numbered-heading-entry (no): a numbered list under an area lead-in whose lines read as headings', () => {
    const text =
      'Kommunen og Næringsrådet inngår samarbeidsavtale\nKommunen og Næringsrådet har i dag signert en samarbeidsavtale for å styrke næringslivet i Dalen. Avtalen gjelder ut 2026.\nPrioriterte satsingsområder i avtalen:\n  1. Næringsareal for handel og industri\n  2. Bolyst og besøkslyst\n  3. Kompetanseutvikling\n  4. Nettverk og møteplasser';
    expect(extract(text, 'no').fields.cooperationAreas).toEqual([
      'Næringsareal for handel og industri',
      'Bolyst og besøkslyst',
      'Kompetanseutvikling',
      'Nettverk og møteplasser',
    ]);
  });
});
