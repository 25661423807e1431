import { describe, expect, it } from 'vitest';
import { extract, partyNamesBothReadings } from './helpers.ts';

/** The party names read from a text as written (for rules that read the line layout). */
const names = (text: string, language: 'sv' | 'no' | 'en') =>
  extract(text, language).fields.parties.map((party) => party.name);

describe('party names, round 9', () => {
  it('partner-after-with is case-sensitive: a headline naming the partner does not hide the lead subject', () => {
    const sv =
      'Nytt samarbetsavtal med Konsthögskolan\n\nRegion Alby ingår ett samarbetsavtal med Konsthögskolan i Borsta. Avtalet gäller forskning och utbildning.\n\nDet nya avtalet gäller i tre år.';
    expect(names(sv, 'sv')).toEqual(['Region Alby', 'Konsthögskolan i Borsta']);
    const no =
      'Ny samarbeidsavtale med Kunsthøgskolen\n\nAlby kommune inngår en samarbeidsavtale med Kunsthøgskolen i Borg. Avtalen gjelder forskning og utdanning.';
    expect(names(no, 'no')).toEqual(['Alby kommune', 'Kunsthøgskolen i Borg']);
    // Flattened, the headline runs into the subject ("Konsthögskolan Region Alby"): nothing is better than that.
    for (const found of partyNamesBothReadings(sv, 'sv'))
      expect(found).not.toContain('Konsthögskolan Region Alby');
  });

  it('plural-pair-name: "Alby Kommuner och Regioner" is one association; "regeringen" takes no distributed noun', () => {
    const sv =
      'Efter samtal har en överenskommelse träffats mellan regeringen och Alby Kommuner och Regioner om stöd till äldre.';
    for (const found of partyNamesBothReadings(sv, 'sv')) {
      expect(found.map((name) => name.toLowerCase())).toEqual(['regeringen', 'alby kommuner och regioner']);
    }
    // A list of places still shares its plural in lower case.
    const places = 'En avsiktsförklaring har tecknats mellan Alby, Borsta och Cevik kommuner om skolskjuts.';
    for (const found of partyNamesBothReadings(places, 'sv'))
      expect(found).toEqual(['Alby kommun', 'Borsta kommun', 'Cevik kommun']);
  });

  it('comma-before-plain-and: a name before a comma is not the first of the names before "og … har inngått"', () => {
    const text =
      'Vil ha avtale med Fjordbyen\n\nHøgskolen i Alby ønsker en samarbeidsavtale med Fjordbyen. Rektor Kari Li sier at det er snakk om samarbeid og ikke sammenslåing med Fjordbyen, slik høgskolene i Borg og Dalby har inngått.';
    for (const found of partyNamesBothReadings(text, 'no')) {
      expect(found).not.toContain('Dalby');
      expect(found).not.toContain('Borg');
    }
  });

  it('adverbial-between: "tiltak kommunene i mellom:" opens a list of terms, "Avtale mellom:" one of parties', () => {
    const terms =
      'Alby kommune og Borgvik kommune har inngått en vennskapsavtale.\n\nAvtalen omfatter flere tiltak kommunene i mellom:\n\n- Utveksling av lærere mellom skolene\n- Felles tiltak for ungdom\n- Kulturuker hvert år i begge byene\n';
    expect(names(terms, 'no')).toEqual(['Alby kommune', 'Borgvik kommune']);
    const parties = 'Avtale mellom:\n\n- Alby kommune\n- Borgvik kommune\n';
    expect(names(parties, 'no')).toEqual(['Alby kommune', 'Borgvik kommune']);
  });

  it('headline-run-in: a headline that runs on into the lead ends where the title ends (sv, no)', () => {
    const sv =
      'Avsiktsförklaring Alby kommun och Vägverket\n\nAlby kommun och Vägverket Region Öst ingick i maj en avsiktsförklaring om åtgärder för trafiken vid den nya hamnen.\n\nAvsiktsförklaringen har undertecknats av båda parter.';
    for (const found of partyNamesBothReadings(sv, 'sv'))
      expect(found).toEqual(['Alby kommun', 'Vägverket Region Öst']);
    const no =
      'Intensjonsavtale Alby kommune og Vegvesenet\n\nAlby kommune og Vegvesenet Region Nord inngikk i mai en intensjonsavtale om tiltak for trafikken ved den nye havna.\n\nAvtalen er signert av begge parter.';
    for (const found of partyNamesBothReadings(no, 'no'))
      expect(found).toEqual(['Alby kommune', 'Vegvesenet Region Nord']);
  });
});
