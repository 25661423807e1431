import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ascenderRatio,
  binarise,
  estimateSkew,
  findTextLines,
  type GreyImage,
  greyHistogram,
  inkPoints,
  isolatedInkDensity,
  otsuThreshold,
  paperLevel,
  quarterTurn,
  smallComponents,
} from '../../src/ocr/analyse.ts';
import { seededRandom } from '../../src/text/random.ts';
import { addSaltAndPepper, renderTextPage, rotate } from './pages.ts';

const LINES = Array.from(
  { length: 12 },
  (_, i) => `Rad ${i + 1}: Parterna avser att fördjupa samarbetet kring forskning.`,
);

async function grey(png: Buffer): Promise<GreyImage> {
  const { data, info } = await sharp(png)
    .greyscale()
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), width: info.width, height: info.height };
}

let page: Buffer;
beforeAll(async () => {
  page = await renderTextPage(LINES, { dpi: 150 });
});

describe('analyse', () => {
  it('puts the Otsu threshold between ink and paper', () => {
    const data = new Uint8Array(1000).map((_, i) => (i % 10 === 0 ? 20 : 230));
    const threshold = otsuThreshold({ data, width: 100, height: 10 });
    expect(threshold).toBeGreaterThanOrEqual(20);
    expect(threshold).toBeLessThan(230);
  });

  it('counts every pixel of every grey level, whatever the length modulo 4', () => {
    const random = seededRandom(7);
    for (const length of [0, 1, 2, 3, 4, 5, 1001, 1002, 1003]) {
      const data = Uint8Array.from({ length }, () => Math.floor(random() * 256));
      const expected = new Array<number>(256).fill(0);
      for (const value of data) expected[value] = (expected[value] ?? 0) + 1;
      expect(Array.from(greyHistogram({ data, width: length, height: 1 }))).toEqual(expected);
    }
  });

  it('gives the paper level as the rounded mean of the pixels above the threshold', () => {
    const random = seededRandom(11);
    const data = Uint8Array.from({ length: 4099 }, () => Math.floor(random() * 256));
    for (const threshold of [-1, 0, 99.5, 100, 254, 255]) {
      const paper = Array.from(data).filter((value) => value > threshold);
      const mean = paper.length > 0 ? Math.round(paper.reduce((a, b) => a + b, 0) / paper.length) : 255;
      expect(paperLevel({ data, width: 4099, height: 1 }, threshold)).toBe(mean);
    }
  });

  it('measures speckle on a noisy page and almost none on a clean one', async () => {
    const clean = await grey(page);
    const noisy = await grey(await addSaltAndPepper(page, 0.01));
    const cleanDensity = isolatedInkDensity(binarise(clean));
    const noisyDensity = isolatedInkDensity(binarise(noisy));
    expect(cleanDensity).toBeLessThan(0.0002);
    expect(noisyDensity).toBeGreaterThan(0.002);
  });

  it('estimates skew within a fifth of a degree', async () => {
    for (const degrees of [2, -1.5]) {
      const image = await grey(await rotate(page, degrees));
      const estimate = estimateSkew(inkPoints(binarise(image)));
      // A clockwise turn makes lines fall to the right: positive in image coordinates.
      expect(Math.abs(estimate - degrees)).toBeLessThan(0.2);
    }
  });

  it('counts the text lines and tells upright from upside down', async () => {
    const upright = inkPoints(binarise(await grey(page)));
    const lines = findTextLines(upright, 0, 2);
    expect(lines.length).toBeGreaterThanOrEqual(LINES.length);
    expect(lines.length).toBeLessThanOrEqual(LINES.length + 2);
    expect(ascenderRatio(lines)).toBeGreaterThan(1);
    const flipped = inkPoints(binarise(await grey(await rotate(page, 180))));
    expect(ascenderRatio(findTextLines(flipped, 0, 2))).toBeLessThan(1);
  });
});

/** Reference labelling: pixel flood fill, slow but obviously right. */
function floodSmallComponents(ink: Uint8Array, width: number, height: number, maxArea: number): number[] {
  const seen = new Uint8Array(ink.length);
  const small: number[] = [];
  for (let s = 0; s < ink.length; s++) {
    if (ink[s] !== 1 || seen[s]) continue;
    const component = [s];
    seen[s] = 1;
    for (let k = 0; k < component.length; k++) {
      const p = component[k] as number;
      const x = p % width;
      const y = (p - x) / width;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          const q = ny * width + nx;
          if (nx < 0 || ny < 0 || nx >= width || ny >= height || ink[q] !== 1 || seen[q]) continue;
          seen[q] = 1;
          component.push(q);
        }
    }
    if (component.length <= maxArea) small.push(...component);
  }
  return small.sort((a, b) => a - b);
}

describe('smallComponents', () => {
  it('finds exactly the 8-connected components a flood fill finds', () => {
    const width = 97;
    const height = 61;
    const random = seededRandom(7);
    // Sparse random ink makes many tiny, diagonal-touching and a few larger components.
    const ink = Uint8Array.from({ length: width * height }, () => (random() < 0.3 ? 1 : 0));
    for (const maxArea of [1, 3, 8]) {
      const found = smallComponents({ ink, width, height }, maxArea);
      const expected = floodSmallComponents(ink, width, height, maxArea);
      expect(Array.from(found.pixels).sort((a, b) => a - b)).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    }
  });

  it('counts components and keeps diagonal neighbours together', () => {
    // Two diagonal pixels form one component of 2; a lone pixel is another; a 2×3 block is too big.
    const width = 8;
    const ink = new Uint8Array(width * 4);
    for (const p of [
      0,
      9,
      3,
      3 + width * 3,
      6 + width,
      7 + width,
      6 + 2 * width,
      7 + 2 * width,
      6 + 3 * width,
      7 + 3 * width,
    ])
      ink[p] = 1;
    const { count, pixels } = smallComponents({ ink, width, height: 4 }, 2);
    expect(count).toBe(3);
    expect(Array.from(pixels).sort((a, b) => a - b)).toEqual([0, 3, 9, 3 + width * 3]);
  });

  it('turns the ink a quarter clockwise as sharp turns the page', async () => {
    const upright = await grey(page);
    const threshold = otsuThreshold(upright);
    const turned = quarterTurn(inkPoints(binarise(upright, threshold)));
    const expected = inkPoints(
      binarise(await grey(await sharp(page).rotate(90).png().toBuffer()), threshold),
    );
    const pixels = (points: typeof turned) =>
      Array.from(points.xs, (x, i) => (points.ys[i] as number) * points.width + x).sort((a, b) => a - b);
    expect([turned.width, turned.height]).toEqual([expected.width, expected.height]);
    expect(turned.xs.length).toBeGreaterThan(1000);
    expect(pixels(turned)).toEqual(pixels(expected));
  });
});
