import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/**
 * List layouts that OCR gives a real press release's bullet list: the round bullet read as a star or a closing
 * guillemet, each item a paragraph of its own. The text is invented; the layout is the point, so it is read as
 * written.
 */

describe('a bullet list read by OCR', () => {
  it('reads stars and guillemets before the items as bullets, blank lines between them or not', () => {
    const items = ['Vård i glesbygd', 'Fjällturism', 'Hållbara transporter', 'Digital skola'];
    const lead =
      'Nytt avtal mellan Fjällby kommun och Nordmarks högskola\n\nOmrådena som samarbetet ska omfatta är:';
    for (const gap of ['\n', '\n\n']) {
      const list = items.map((item, index) => `${index === 1 ? '»' : '*'} ${item}`).join(gap);
      const reading = extract(`${lead}\n\n${list}\n\nAvtalet gäller i tre år.\n`, 'sv');
      expect(reading.fields.cooperationAreas).toEqual(items);
    }
  });

  it('still drops the stars of emphasis around a word', () => {
    const text =
      '**Samverkansavtal**\n\nFjällby kommun och Nordmarks högskola är överens om att samverka kring kompetensförsörjning.\n';
    expect(extract(text, 'sv').fields.title).toBe('Samverkansavtal');
  });
});

describe('a title that OCR set over blank lines', () => {
  it('goes on to a line that starts with a linking word, and past a line that ends with one', () => {
    const no =
      'Avtale om felles satsing på reiseliv\n\nmellom Fjellby kommune og\n\nNordmark Reiseliv - destinasjonsselskapet for fjellregionen\n\n1. Innledning\n\nPartene skal i fellesskap utvikle reiselivet i regionen.\n';
    expect(extract(no, 'no').fields.title).toBe(
      'Avtale om felles satsing på reiseliv mellom Fjellby kommune og Nordmark Reiseliv - destinasjonsselskapet for fjellregionen',
    );
  });

  it('ends over a blank line where the next line is a sentence of its own', () => {
    const no =
      'Avtale om felles satsing på reiseliv\n\nPartene skal i fellesskap utvikle reiselivet i regionen og styrke samarbeidet.\n';
    expect(extract(no, 'no').fields.title).toBe('Avtale om felles satsing på reiseliv');
  });
});
