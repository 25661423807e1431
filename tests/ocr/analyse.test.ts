import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ascenderRatio,
  binarise,
  estimateSkew,
  findTextLines,
  type GreyImage,
  inkPoints,
  isolatedInkDensity,
  otsuThreshold,
} from '../../src/ocr/analyse.ts';
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
