import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { OcrWord } from '../../src/ocr/engine.ts';
import { identityGeometry, toSourcePoint } from '../../src/ocr/geometry.ts';
import { preprocessPage } from '../../src/ocr/preprocess.ts';
import { layoutLines, pageLayouts } from '../../src/output/layout.ts';
import type { PageText } from '../../src/pipeline/page.ts';
import { repairDocument } from '../../src/repair/index.ts';
import type { Repair } from '../../src/schema/letter-of-intent.ts';

/** Words laid out left to right on numbered lines, each 100 px wide with 20 px gaps, as tesseract gives them. */
function wordsOf(lines: readonly string[]): OcrWord[] {
  return lines.flatMap((line, index) =>
    line.split(' ').map((text, position) => ({
      text,
      confidence: 0.9,
      bbox: { x0: position * 120, y0: index * 60, x1: position * 120 + 100, y1: index * 60 + 40 },
      line: index,
      paragraph: 0,
    })),
  );
}

function page(lines: readonly string[]): PageText {
  return {
    number: 1,
    text: `${lines.join('\n')}\n`,
    textSource: 'ocr',
    ocrConfidence: 0.9,
    words: wordsOf(lines),
    geometry: identityGeometry({ width: 1000, height: 1000 }),
    notes: [],
  };
}

function texts(pages: readonly PageText[], repairs: readonly Repair[]): string[][] {
  const [layout] = pageLayouts(pages, repairs);
  return layout === undefined ? [] : layoutLines(layout).map((line) => line.words.map((word) => word.text));
}

describe('repaired words at their OCR boxes', () => {
  it('carries the repairer’s own repairs onto the words they fall in', async () => {
    // The shape of seed 003's noise (ftir/fiir for för, Partema for Parterna) in other sentences.
    const lines = ['Parterna ska verka ftir en', 'god utbildning fiir alla.', 'Alla kommunema är eniga.'];
    const repaired = await repairDocument([{ number: 1, text: `${lines.join('\n')}\n` }], { language: 'sv' });
    expect(repaired.repairs.map((repair) => repair.from)).toEqual(['ftir', 'fiir', 'kommunema']);
    expect(texts([page(lines)], repaired.repairs)).toEqual([
      ['Parterna', 'ska', 'verka', 'för', 'en'],
      ['god', 'utbildning', 'för', 'alla.'],
      ['Alla', 'kommunerna', 'är', 'eniga.'],
    ]);
    const [layout] = pageLayouts([page(lines)], repaired.repairs);
    const för = layout?.blocks[0]?.lines[0]?.words[3];
    expect(för).toMatchObject({ text: 'för', ocrText: 'ftir', bbox: { x0: 360, x1: 460, y0: 0, y1: 40 } });
  });

  it('gives a word joined across a line break to its first half, and drops the swallowed half', () => {
    const lines = ['de båda kommun-', 'erna och LTU'];
    // "kommun-\nerna " became "kommunerna\n" at offset 8 (the repairer keeps the line break after the word).
    const repairs: Repair[] = [
      { from: 'kommun-\nerna ', to: 'kommunerna\n', page: 1, offset: 8, rule: 'hyphenation-join' },
    ];
    expect(texts([page(lines)], repairs)).toEqual([
      ['de', 'båda', 'kommunerna'],
      ['och', 'LTU'],
    ]);
  });

  it('merges the box of a word swallowed on its own line into the word that took it', () => {
    const lines = ['socialtj änst finns'];
    const repairs: Repair[] = [
      { from: 'socialtj änst', to: 'socialtjänst', page: 1, offset: 0, rule: 'split-word-join' },
    ];
    const [layout] = pageLayouts([page(lines)], repairs);
    expect(layout?.blocks[0]?.lines[0]?.words.map((word) => [word.text, word.bbox.x0, word.bbox.x1])).toEqual(
      [
        ['socialtjänst', 0, 220],
        ['finns', 240, 340],
      ],
    );
  });

  it('skips a repair that does not match the text at its place instead of guessing', () => {
    const repairs: Repair[] = [{ from: 'xyz', to: 'för', page: 1, offset: 6, rule: 'confusion' }];
    expect(texts([page(['Avtal ftir oss'])], repairs)).toEqual([['Avtal', 'ftir', 'oss']]);
  });

  it('leaves text-layer pages out and groups lines without engine indexes by position', () => {
    const plain = page(['a b', 'c d']);
    const words = plain.words.map(({ line: _line, paragraph: _paragraph, ...rest }) => rest);
    const layer: PageText = { ...plain, number: 2, textSource: 'text-layer', words: [] };
    const layouts = pageLayouts([{ ...plain, words }, layer], []);
    expect(layouts.map((layout) => layout.number)).toEqual([1]);
    expect(
      layoutLines(layouts[0] as (typeof layouts)[0]).map((line) => line.words.map((w) => w.text)),
    ).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
});

function pgmPixels(pgm: Buffer): { data: Uint8Array; width: number; height: number } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (header === null) throw new Error('not a PGM');
  const [all = '', width = '0', height = '0'] = header;
  return { data: new Uint8Array(pgm.subarray(all.length)), width: Number(width), height: Number(height) };
}

/** Every n-th ink pixel of an image, as points (pixel centres). */
function inkSample(image: { data: Uint8Array; width: number }, count: number): [number, number][] {
  const ink: number[] = [];
  image.data.forEach((value, index) => {
    if (value < 128) ink.push(index);
  });
  const step = Math.max(1, Math.floor(ink.length / count));
  return ink
    .filter((_, i) => i % step === 0)
    .map((index) => [(index % image.width) + 0.5, Math.floor(index / image.width) + 0.5]);
}

/** Share of points that land on ink (a dark pixel within 2 px) in a greyscale image. */
function onInk(
  points: readonly [number, number][],
  image: { data: Uint8Array; width: number; height: number },
): number {
  const dark = (x: number, y: number): boolean => {
    for (let dy = -2; dy <= 2; dy++)
      for (let dx = -2; dx <= 2; dx++) {
        const px = Math.floor(x) + dx;
        const py = Math.floor(y) + dy;
        if (px < 0 || py < 0 || px >= image.width || py >= image.height) continue;
        if ((image.data[py * image.width + px] ?? 255) < 128) return true;
      }
    return false;
  };
  return points.filter(([x, y]) => dark(x, y)).length / Math.max(1, points.length);
}

describe('word boxes mapped back through preprocessing', () => {
  it.each([
    ['fixtures/conditions/rot90/seed-000-p1.png', 'a page turned 90°'],
    ['fixtures/conditions/upside-down/seed-001-p2.png', 'an upside-down page'],
    ['fixtures/conditions/skew3/seed-002-p1.png', 'a page skewed 3°'],
  ])('%s (%s): the ink tesseract sees maps back onto the ink of the page', async (file) => {
    const input = await readFile(file);
    const prepared = await preprocessPage(input);
    expect(prepared.rotation !== 0 || prepared.skewDegrees !== 0).toBe(true);
    const recognised = pgmPixels(prepared.image);
    const { data, info } = await sharp(input).greyscale().raw().toBuffer({ resolveWithObject: true });
    const original = { data: new Uint8Array(data), width: info.width, height: info.height };
    const sample = inkSample(recognised, 2000);
    const mapped = sample.map(([x, y]) => toSourcePoint(x, y, prepared.geometry));
    expect(onInk(mapped, original)).toBeGreaterThan(0.95);
    // Taking tesseract's coordinates as the page's own misses the ink: the mapping is what places words.
    expect(onInk(sample, original)).toBeLessThan(0.6);
  });
});
