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
