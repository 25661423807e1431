import { describe, expect, it } from 'vitest';
import {
  decideOcr,
  isLegacyOcrLayer,
  legacyOcrSigns,
  poorTextReason,
  textLayerQuality,
} from '../../src/ocr/decide.ts';
import { LETTER_LEGACY_LAYER, LETTER_PARAGRAPHS } from '../helpers/legacy-letter.ts';

const SWEDISH =
  'Denna avsiktsförklaring beskriver en övergripande inriktning mot en bred samverkan mellan Norrbottens läns ' +
  'landsting (NLL) och Luleå tekniska universitet (LTU), org. nr 202100-2841, daterad 2016-09-23.';
const ENGLISH =
  'This memorandum of understanding sets out how the parties will cooperate on research and education.';
/** Old bad OCR: mostly non-words. */
const BAD_OCR =
  'Tlrc ;,|| rrnlcx Bxx7q zzkq wrrt ~~ ./.. qqpx tn Fj@ vvxx kjhgf 8a8a8 Mxq.. ;;;; xzkcvb Rrrrr qwpt';
/** Broken font encoding: letters mapped to symbols and private-use code points. */
const BROKEN_FONT =
  '\uE001\uE002\uE003 \uE004\uE005\uE006\uE007 \uE008\uE009 \uE00A\uE00B\uE00C\uE00D\uE00E \uE00F\uE010 \uE011\uE012\uE013';

describe('decideOcr', () => {
  it('keeps a usable text layer in auto', () => {
    for (const text of [SWEDISH, ENGLISH]) {
      const decision = decideOcr({ textLayer: text, hasImage: true }, 'auto');
      expect(decision.ocr).toBe(false);
      expect(decision.reason).toMatch(/usable text layer/);
    }
  });

  it('OCRs an image page without text', () => {
    expect(decideOcr({ textLayer: null, hasImage: true }, 'auto')).toMatchObject({
      ocr: true,
      reason: expect.stringMatching(/no usable text/),
    });
    expect(decideOcr({ textLayer: '  3 ', hasImage: true }, 'auto').ocr).toBe(true);
  });

  it('re-OCRs a garbage text layer in auto, naming why', () => {
    const bad = decideOcr({ textLayer: BAD_OCR, hasImage: true }, 'auto');
    expect(bad.ocr).toBe(true);
    expect(bad.reason).toMatch(/garbage text layer/);
    const broken = decideOcr({ textLayer: BROKEN_FONT.repeat(3), hasImage: true }, 'auto');
    expect(broken.ocr).toBe(true);
    expect(broken.reason).toMatch(/odd characters/);
  });

  it('re-OCRs a mis-encoded layer whose tokens look like words but are none (letter substitution)', () => {
    const prose =
      'Denna avsiktsförklaring beskriver en övergripande inriktning mot en bred samverkan mellan parterna för att gynna regional utveckling, kompetensförsörjning samt forskning och innovation inom länet. Parterna ska även verka för att hitta nya former för samarbete mellan universitet och kommun.';
    // A broken font encoding maps every letter to another one: shapes stay word-like, words do not.
    const shifted = [...prose]
      .map((char) => (/[a-y]/.test(char) ? String.fromCharCode(char.charCodeAt(0) + 1) : char))
      .join('');
    expect(textLayerQuality(shifted).wordlikeShare).toBeGreaterThan(0.6);
    const decision = decideOcr({ textLayer: shifted, hasImage: true }, 'auto');
    expect(decision.ocr).toBe(true);
    expect(decision.reason).toMatch(/words are Swedish, Norwegian or English/);
    expect(decideOcr({ textLayer: prose, hasImage: true }, 'auto').ocr).toBe(false);
  });

  it('keeps a text layer with typical OCR noise (a few bad words are not garbage)', () => {
    const noisy = `${SWEDISH} Partema ftir kommunema utbilclning 284I rekr¡era.`;
    expect(decideOcr({ textLayer: noisy, hasImage: true }, 'auto').ocr).toBe(false);
  });

  it('never OCRs plain text (no image), in any mode and however poor the text', () => {
    for (const mode of ['auto', 'force', 'off'] as const) {
      for (const textLayer of ['Sida 2', '', BAD_OCR, BROKEN_FONT, SWEDISH]) {
        expect(decideOcr({ textLayer, hasImage: false }, mode)).toEqual({
          ocr: false,
          reason: 'plain text: read as it is',
        });
      }
    }
  });

  it('obeys force and off on pages with an image', () => {
    expect(decideOcr({ textLayer: SWEDISH, hasImage: true }, 'force')).toEqual({
      ocr: true,
      reason: 'OCR forced',
    });
    expect(decideOcr({ textLayer: null, hasImage: true }, 'off')).toEqual({
      ocr: false,
      reason: 'OCR is off',
    });
  });
});

describe('textLayerQuality', () => {
  it('scores real prose high and garbage low', () => {
    expect(textLayerQuality(SWEDISH).wordlikeShare).toBeGreaterThan(0.9);
    expect(textLayerQuality(BAD_OCR).wordlikeShare).toBeLessThan(0.5);
    expect(textLayerQuality(BROKEN_FONT).oddShare).toBeGreaterThan(0.5);
  });
});

describe('poorTextReason', () => {
  it('passes ordinary prose', () => {
    expect(poorTextReason(SWEDISH)).toBeNull();
    expect(poorTextReason(ENGLISH)).toBeNull();
  });

  it('names what is poor about a short, odd or non-dictionary text', () => {
    expect(poorTextReason('Sida 2')).toMatch(/only 5 characters/);
    expect(poorTextReason(BROKEN_FONT.repeat(3))).toMatch(/odd characters/);
    expect(poorTextReason(BAD_OCR)).toMatch(/word-like/);
    expect(poorTextReason('3763-16, 202100-2841, 232100-0230, 2016-09-23')).toBe(
      'no words, only numbers and signs',
    );
    // Shaped like words, but none of them Swedish, Norwegian or English.
    expect(poorTextReason('Klorm vastid prenu bolkar tinsa morevi quapel drunet')).toMatch(
      /% of its words are Swedish, Norwegian or English/,
    );
  });
});

describe('legacy OCR text layers (an English model on a Swedish or Norwegian page)', () => {
  const clean = LETTER_PARAGRAPHS.join('\n\n');

  it('are read again when the page has an image, with a warning; kept for repair when it has none', () => {
    const redo = decideOcr({ textLayer: LETTER_LEGACY_LAYER, hasImage: true }, 'auto');
    expect(redo.ocr).toBe(true);
    expect(redo.reason).toMatch(/English model.*redo OCR/);
    expect(redo.warning).toMatch(/OCR'd again/);
    const kept = decideOcr({ textLayer: LETTER_LEGACY_LAYER, hasImage: false }, 'auto');
    expect(kept.ocr).toBe(false);
    expect(kept.reason).toMatch(/plain text/);
    expect(decideOcr({ textLayer: LETTER_LEGACY_LAYER, hasImage: true }, 'off').ocr).toBe(false);
  });

  it('are told apart from the clean letter, ordinary OCR noise and English text', () => {
    const signs = legacyOcrSigns(LETTER_LEGACY_LAYER);
    expect(signs.nordicWords).toBe(0);
    expect(signs.nearWords).toBeGreaterThanOrEqual(10);
    expect(isLegacyOcrLayer(signs)).toBe(true);
    expect(isLegacyOcrLayer(legacyOcrSigns(clean))).toBe(false);
    expect(isLegacyOcrLayer(legacyOcrSigns(`${SWEDISH} Partema ftir kommunema utbilclning`))).toBe(false);
    const english = `${ENGLISH} The parties met in Goteborg, Malmo and Tromso with Lund and Umea. `.repeat(4);
    expect(isLegacyOcrLayer(legacyOcrSigns(english))).toBe(false);
  });
});
