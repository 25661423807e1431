import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_PIXELS, loadDocument } from '../../src/pipeline/load.ts';
import { uncompressedTiff } from '../../src/pipeline/scan-image.ts';
import { makePdf, makeSandwichPdf } from '../helpers/pdf.ts';

const options = { maxPages: 5, renderDpi: 300, maxPixels: DEFAULT_MAX_PIXELS };
/** A4 at 150 dpi: the lowest scan resolution taken as it is. */
const A4_150 = { width: 1240, height: 1754 };

/** A scan-like page: grey stripes (or coloured ones) so that any resampling or channel mix-up shows. */
async function scan(size: { width: number; height: number }, colour = false): Promise<Buffer> {
  const channels = colour ? 3 : 1;
  const pixels = Buffer.alloc(size.width * size.height * channels);
  for (let y = 0; y < size.height; y++)
    for (let x = 0; x < size.width; x++)
      for (let c = 0; c < channels; c++)
        pixels[(y * size.width + x) * channels + c] = (x * 7 + y * 3 + c * 50) % 256;
  return sharp(pixels, { raw: { ...size, channels } })
    .png()
    .toBuffer();
}

async function firstPageImage(pdf: Buffer): Promise<Buffer> {
  const doc = await loadDocument(pdf, options);
  try {
    return (await doc.pages[0]?.image()) as Buffer;
  } finally {
    await doc.close();
  }
}

describe('plain scanned PDF pages', () => {
  it('hands OCR the scan itself, pixel for pixel, instead of a rendering', async () => {
    const png = await scan(A4_150);
    const image = await firstPageImage(await makePdf([{ image: png }]));
    const meta = await sharp(image).metadata();
    expect(meta.format).toBe('tiff');
    expect({ width: meta.width, height: meta.height, channels: meta.channels }).toEqual({
      ...A4_150,
      channels: 1,
    });
    const original = await sharp(png).greyscale().raw().toBuffer();
    // sharp's raw output is sRGB unless asked for grey.
    expect((await sharp(image).greyscale().raw().toBuffer()).equals(original)).toBe(true);
  });

  it('keeps a colour scan in colour', async () => {
    const png = await scan(A4_150, true);
    const image = await firstPageImage(await makePdf([{ image: png }]));
    expect((await sharp(image).metadata()).channels).toBe(3);
    expect((await sharp(image).raw().toBuffer()).equals(await sharp(png).raw().toBuffer())).toBe(true);
  });

  it('renders a page that has more than the scan on it (an invisible text layer)', async () => {
    const image = await firstPageImage(await makeSandwichPdf(await scan(A4_150), 'Avtal om samverkan'));
    expect((await sharp(image).metadata()).format).toBe('png');
  });

  it('renders a scan too coarse to read as it is, at the minimum resolution', async () => {
    // A4 at 100 dpi is below the 150 dpi the line finder needs, so the page is rendered at 150 dpi.
    const image = await firstPageImage(await makePdf([{ image: await scan({ width: 827, height: 1170 }) }]));
    const meta = await sharp(image).metadata();
    expect(meta.format).toBe('png');
    expect(meta.width).toBeGreaterThan(1200);
  });
});

describe('uncompressedTiff', () => {
  it('writes grey and RGB pixels that sharp reads back unchanged', async () => {
    for (const channels of [1, 3] as const) {
      const pixels = Uint8Array.from({ length: 5 * 3 * channels }, (_, i) => (i * 37) % 256);
      const tiff = uncompressedTiff({ width: 5, height: 3, channels, pixels });
      const read = sharp(tiff);
      const back = await (channels === 1 ? read.greyscale() : read)
        .raw()
        .toBuffer({ resolveWithObject: true });
      expect(back.info).toMatchObject({ width: 5, height: 3, channels });
      expect(Buffer.from(pixels).equals(back.data)).toBe(true);
    }
  });
});
