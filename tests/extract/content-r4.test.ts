import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/index.ts';
import { both, extract } from './helpers.ts';

/**
 * Purposes and cooperation areas, round 4: invented phrasings modelled on real agreements and news the rules had not
 * read. Each holds with the text's line breaks and with them flattened to spaces.
 */

const areas = (extraction: Extraction) => extraction.fields.cooperationAreas;
const purposes = (extraction: Extraction) => extraction.fields.purposes;

describe('cooperation objects, round 4', () => {
  it('splits an enumeration after "samverka kring" by its entries, however long the list', () => {
    const text =
      'Nytt förbund\n\nFörbundet ska samverka kring planer för landsbygd, bredband, kollektivtrafik, turism och hälso- och sjukvård. Styrelsen väljs i maj.';
    for (const reading of both(text, 'sv'))
      expect(areas(reading)).toEqual([
        'planer för landsbygd',
        'bredband',
        'kollektivtrafik',
        'turism',
        'hälso- och sjukvård',
      ]);
  });

  it('ends the object at a relative clause and keeps "hälsa, vård och omsorg" whole', () => {
    const text =
      'Ny överenskommelse\n\nKommunerna i Norrby län antar en överenskommelse om samverkan om hälsa, vård och omsorg, som ersätter de tidigare avtalen.';
    for (const reading of both(text, 'sv')) expect(areas(reading)).toEqual(['hälsa, vård och omsorg']);
  });

  it('takes nothing after a preposition left at the end of its clause', () => {
    const text =
      'Ny avtale\n\n– Nå skal vi finne prosjekter vi kan samarbeide om, til nytte for begge, sier rektor Kari Dal.';
    for (const reading of both(text, 'no')) expect(areas(reading)).toEqual([]);
  });

  it('takes no list of names that a heading without its line break ran into', () => {
    const text =
      'Nytt samarbeid om havbruk\n\nFylkeskommunen, Nordvik Havn, Sjøforsk og Fiskelaget signerte 3. mars en ny avtale.';
    for (const reading of both(text, 'no')) expect(areas(reading)).not.toContain('Nordvik Havn');
  });
});

describe('single headings and names are no areas', () => {
  it('takes no lone body heading (a title line the layout split) as an area', () => {
    const text =
      'MEMORANDUM OF UNDERSTANDING\n\nBetween the\n\nNorth Valley Health District and Lakeside College\n\nThis agreement is effective as of fall 2020 between Lakeside College and the North Valley Health District.';
    expect(areas(extract(text, 'en'))).toEqual([]);
  });

  it('takes no capitalised name as what the parties cooperate on', () => {
    const text =
      'Avtale om samarbeid om Fjordbyen barne- og ungdomsskole mellom Aby kommune og Bakke kommune.\n\nKommunene eier skolen sammen.';
    for (const reading of both(text, 'no')) expect(areas(reading)).toEqual([]);
  });
});

describe('purposes, round 4', () => {
  it('purpose-heading-opening: the first sentence under a bare "Syfte" heading, whatever its cue', () => {
    const text =
      'Avtal om gemensam nämnd\n\n1. Syfte\n\nNorrby och Sörby kommuner ska genom en gemensam nämnd bättre använda kommunernas resurser för kollektivtrafik.\n\nNorrby kommun är värdkommun.\n\n2. Uppgifter\n\nNämnden ansvarar för upphandling av trafik.';
    for (const reading of both(text, 'sv'))
      expect(purposes(reading)).toEqual([
        'Norrby och Sörby kommuner ska genom en gemensam nämnd bättre använda kommunernas resurser för kollektivtrafik.',
      ]);
  });

  it('purpose-heading-opening takes no lead-in of a list and no background under "Bakgrund och syfte"', () => {
    const lead =
      'Intensjonsavtale\n\nFormål\n\nKommunen skal etablere:\n\n• et felles kontor\n• en styringsgruppe';
    for (const reading of both(lead, 'no'))
      expect(purposes(reading)).not.toContain('Kommunen skal etablere:');
    const background =
      'Avtal\n\n1. Bakgrund och syfte\n\nKommunerna har länge haft ett nära samarbete i många frågor inom regionen.';
    for (const reading of both(background, 'sv')) expect(purposes(reading)).toEqual([]);
  });

  it('what a body is responsible for under the purpose heading is a task, not a purpose', () => {
    const text =
      'Avtal\n\n1. Syfte\n\nKommunerna ska samordna sin räddningstjänst.\nNämnden svarar också för att bemanna en larmcentral.';
    for (const reading of both(text, 'sv'))
      expect(purposes(reading)).toEqual(['Kommunerna ska samordna sin räddningstjänst.']);
  });

  it('"Denna överenskommelse reglerar …" says what the agreement is for', () => {
    const text =
      'Överenskommelse om samverkan\n\nDenna överenskommelse reglerar ansvar och samverkan avseende tandvård mellan Region Norrby och kommunerna i länet.';
    for (const reading of both(text, 'sv'))
      expect(purposes(reading)).toEqual([
        'Denna överenskommelse reglerar ansvar och samverkan avseende tandvård mellan Region Norrby och kommunerna i länet.',
      ]);
  });

  it('"Avtalen skal stimulere …" (no) and "Avtalet ska stimulera …" (sv) say what the agreement shall do', () => {
    const no =
      'Nordvik og Sørvik inngår avtale\n\nHøgskolene signerte i dag en samarbeidsavtale. Avtalen skal stimulere eksisterende samarbeid om sjømat.';
    for (const reading of both(no, 'no'))
      expect(purposes(reading)).toEqual(['Avtalen skal stimulere eksisterende samarbeid om sjømat.']);
    const sv =
      'Nytt avtal\n\nHögskolan och kommunen har tecknat avtal. Avtalet ska stimulera nya forskningsprojekt.';
    for (const reading of both(sv, 'sv'))
      expect(purposes(reading)).toEqual(['Avtalet ska stimulera nya forskningsprojekt.']);
  });
});
