import { describe, expect, it } from 'vitest';
import { extract, flatten } from './helpers.ts';

/** A field read from a text with its line breaks and with them flattened (both readings). */
function bothReadings<T>(text: string, pick: (text: string) => T): T[] {
  return [pick(text), pick(flatten(text))];
}

describe('reference, place, signatories and organisation numbers (round 4)', () => {
  it('reads a reference under its header cell, and the number alone after a label that is not cited', () => {
    const text =
      'STADSLEDNINGSKONTORET\n\nHandläggare\n\nAnna Berg\n\nDatum\n\n2019-03-04\n\nDiarienummer\n\nABC-2019-123\n\nKommunstyrelsen\n\nÖverenskommelse om samverkan med Region Alby\n\nKommunstyrelsen föreslås besluta att anta överenskommelsen.';
    expect(bothReadings(text, (t) => extract(t, 'sv').fields.reference)).toEqual([
      'ABC-2019-123',
      'ABC-2019-123',
    ]);
    expect(extract('Saksnr. 21/0456\n\nAvtalen gjelder samarbeid.', 'no').fields.reference).toBe('21/0456');
    // "Dnr" is how a Swedish registration number is cited: it stays.
    expect(extract('Dnr 2211-19\n\nAvsiktsförklaring om samarbete.', 'sv').fields.reference).toBe(
      'Dnr 2211-19',
    );
  });

  it('an assembly dating its minutes is no place ("Regionstyrelsen 3 februari 2021")', () => {
    const minutes =
      'Överenskommelse om samverkan mellan Region Alby och civilsamhället\n\nPROTOKOLL\n\nRegionstyrelsen 3 februari 2021\n\nRegionstyrelsen föreslår fullmäktige att anta överenskommelsen.';
    expect(bothReadings(minutes, (t) => extract(t, 'sv').fields.place)).toEqual([null, null]);
    expect(extract(minutes, 'sv').fields.date).toBe('2021-02-03');
    const formannskap =
      'Samarbeidsavtale om friluftsliv\n\nFormannskapet 12.03.2020\n\nSak 14/20 Samarbeidsavtale';
    expect(extract(formannskap, 'no').fields.place).toBeNull();
    // A town stays a place: "Halmstad 3 februari 2021" under an agreement.
    const signed = 'Avtalet har upprättats i två exemplar.\n\nHalmstad 3 februari 2021\n\nFör Alby kommun';
    expect(extract(signed, 'sv').fields.place).toBe('Halmstad');
  });

  it('a town ending in "-stad" is a place signed in, not an organisation ("undertecknades i Karlstad")', () => {
    const text =
      'Avsiktsförklaring om samarbete\n\nAlby kommun och Borsta kommun har tecknat en avsiktsförklaring. Avtalet undertecknades i Karlstad av kommunstyrelsernas ordförande.';
    expect(bothReadings(text, (t) => extract(t, 'sv').fields.place)).toEqual(['Karlstad', 'Karlstad']);
    const organisation = text.replace('i Karlstad av', 'i Borstaregionen av');
    expect(extract(organisation, 'sv').fields.place).toBeNull();
  });

  it('record-name: a records system names the document by its record number above the text', () => {
    const contract =
      'HomeMy WebLinkAboutContract 51234 CITY SECRETARY\nMEMORANDUM OF UNDERSTANDING BETWEEN THE CITY OF LAKESIDE AND THE LAKESIDE TRANSIT AUTHORITY\nThis Memorandum of Understanding is entered into by the parties.';
    expect(bothReadings(contract, (t) => extract(t, 'en').fields.reference)).toEqual([
      'Contract 51234',
      'Contract 51234',
    ]);
    const coded =
      'Laserfiche WebLink\n• ` B-2001-77 <br />AGREEMENT BETWEEN THE COUNTY OF ALBY <br />AND THE CITY OF BETA <br />';
    expect(bothReadings(coded, (t) => extract(t, 'en').fields.reference)).toEqual(['B-2001-77', 'B-2001-77']);
    // A name in words is the item's title, not a number.
    const agenda =
      'Loading...\nHomeMy WebLinkAboutAgenda Report - May 3, 2004 AGENDA TITLE: Adopt Resolution Authorizing City Manager to Sign a Memorandum of Understanding';
    expect(extract(agenda, 'en').fields.reference).toBeNull();
  });

  it('takes no place from a photo caption kicker whose credit stands on the next line', () => {
    const text =
      'Fjellby universitet samarbeider med sjukehuset\n\nFjellby universitet og Nordby sjukehus underskreiv i dag ein samarbeidsavtale.\n\nSIGNERER: Rektor Kari Holm og adm.dir. Per Dahl signerer avtalen mellom universitetet og sjukehuset.\n\nFoto: Ola Berg\n\nAvtalen gjeld frå nyttår.';
    const readings = bothReadings(text, (t) => extract(t, 'no').fields);
    for (const fields of readings) {
      expect(fields.place).toBeNull();
      expect(fields.signatories.map((signatory) => signatory.name)).toEqual(['Kari Holm', 'Per Dahl']);
    }
  });

  it('reads "adm.dir." as a title, and a two-letter initial inside a name ("Aa.") as no sentence end', () => {
    const text =
      'Ny avtale om IKT\n\nAdm.dir. Kari Holm i Alfa Helse og dekan Per Aa. Dahl ved Fjellby universitet signerte i dag en samarbeidsavtale.\n\nAvtalen gjelder i tre år.';
    const names = bothReadings(text, (t) => extract(t, 'no').fields.signatories.map((s) => s.name));
    expect(names).toEqual([
      ['Kari Holm', 'Per Aa. Dahl'],
      ['Kari Holm', 'Per Aa. Dahl'],
    ]);
  });

  it('takes a signer whose surname has a capital after its prefix ("McAllister") as a person', () => {
    const text =
      'MEMORANDUM OF UNDERSTANDING\nThis Memorandum of Understanding is entered into by and between Alby School District and the City of Beta.\nThe parties agree to share the cost of two school resource officers for the term of the agreement.\nJohn McAllister, Superintendent\nMary DeLuca, City Manager\n';
    const signers = extract(text, 'en').fields.signatories.map((signatory) => signatory.name);
    expect(signers).toEqual(['John McAllister', 'Mary DeLuca']);
  });

  it('reads a valid organisation number right after the name, before a dash and the short name', () => {
    const text =
      'SAMARBEIDSAVTALE\nmellom\nFjellby universitet 974 767 880 – «FU»\nog\nNordby Energi AS – «Nordby»\n1. Formål\nAvtalen regulerer samarbeidet.';
    for (const fields of bothReadings(text, (t) => extract(t, 'no').fields)) {
      const party = fields.parties.find((found) => found.name === 'Fjellby universitet');
      expect(party?.orgNumber).toBe('974 767 880');
    }
  });
});
