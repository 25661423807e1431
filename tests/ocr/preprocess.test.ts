import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { preprocessPage, uncompressedGreyTiff } from '../../src/ocr/preprocess.ts';
import { uncompressedTiff } from '../../src/pipeline/scan-image.ts';
import { seededRandom } from '../../src/text/random.ts';
import { addSaltAndPepper, greyGrainy, renderTextPage, rotate } from './pages.ts';

const LINES = Array.from(
  { length: 10 },
  (_, i) => `Punkt ${i + 1}. Luleå tekniska universitet och Region Norrbotten ska bjuda in till dialog.`,
);

let page: Buffer;
beforeAll(async () => {
  page = await renderTextPage(LINES, { dpi: 200 });
});

describe('preprocessPage', () => {
  it('leaves a clean upright page alone apart from greyscale', async () => {
    const result = await preprocessPage(page);
    expect(result.rotation).toBe(0);
    expect(result.skewDegrees).toBe(0);
    expect(result.notes.some((note) => /^median filter \(|rotated|deskew/.test(note))).toBe(false);
    // A one-channel binary PGM whose header matches the reported size and whose body holds every pixel.
    const header = `P5\n${result.width} ${result.height}\n255\n`;
    expect(result.image.subarray(0, header.length).toString('ascii')).toBe(header);
    expect(result.image.length).toBe(header.length + result.width * result.height);
    expect(result.textLines).toBeGreaterThanOrEqual(LINES.length);
  });

  it('turns upside-down and sideways pages upright', async () => {
    expect((await preprocessPage(await rotate(page, 180))).rotation).toBe(180);
    expect((await preprocessPage(await rotate(page, 90))).rotation).toBe(270);
    expect((await preprocessPage(await rotate(page, 270))).rotation).toBe(90);
  });

  it('deskews a tilted page and reports it', async () => {
    const result = await preprocessPage(await rotate(page, 3));
    expect(Math.abs(result.skewDegrees - 3)).toBeLessThan(0.25);
    expect((await preprocessPage(await rotate(page, 1))).skewDegrees).toBe(0); // small skews left to tesseract
    expect(result.notes.join(' ')).toMatch(/deskewed/);
  });

  it('median-filters a speckled page but not a grainy grey one', async () => {
    const speckled = await preprocessPage(await addSaltAndPepper(page, 0.01));
    expect(speckled.notes.join(' ')).toMatch(/^median filter \(/m);
    const grainy = await preprocessPage(await greyGrainy(page));
    expect(grainy.notes.some((note) => note.startsWith('median filter ('))).toBe(false);
  });

  it('binarises a low-contrast grey page but hands over an ordinary page in grey', async () => {
    const grainy = await preprocessPage(await greyGrainy(page));
    expect(grainy.notes.join(' ')).toMatch(/binarised low-contrast page/);
    const body = grainy.image.subarray(grainy.image.length - grainy.width * grainy.height);
    expect(new Set(body).size).toBe(2);
    const plain = await preprocessPage(page);
    expect(plain.notes.join(' ')).not.toMatch(/binarised/);
    expect(grainy.notes.join(' ')).not.toMatch(/flattened/); // off by default: it did not pay
  });

  it('upscales a low-resolution page towards 300 dpi when asked', async () => {
    const low = await renderTextPage(LINES, { dpi: 120 });
    expect((await preprocessPage(low)).scale).toBe(1); // off by default: it did not pay
    const result = await preprocessPage(low, { steps: { upscale: true } });
    expect(result.scale).toBeGreaterThan(1.5);
    expect(result.notes.join(' ')).toMatch(/upscaled/);
  });

  it('crops a dark scanner border', async () => {
    const bordered = await sharp(page)
      .extend({ top: 40, bottom: 0, left: 30, right: 0, background: '#000000' })
      .png()
      .toBuffer();
    const result = await preprocessPage(bordered);
    expect(result.notes.join(' ')).toMatch(/cropped dark borders \(top 40, bottom 0, left 30/);
  });

  it('switches steps off on request', async () => {
    const result = await preprocessPage(await rotate(page, 180), { steps: { orientation: false } });
    expect(result.rotation).toBe(0);
  });
});

describe('uncompressedGreyTiff', () => {
  it('reads the grey scans load.ts writes exactly as sharp decodes them, and gives the same page', async () => {
    const random = seededRandom(3);
    const { data, info } = await sharp(page).greyscale().raw().toBuffer({ resolveWithObject: true });
    // Grey levels of a scan plus noise, so a pixel read from the wrong place would show.
    const pixels = Uint8Array.from(data, (value) => Math.min(255, value + Math.floor(random() * 8)));
    const tiff = uncompressedTiff({ width: info.width, height: info.height, channels: 1, pixels });
    const read = uncompressedGreyTiff(tiff);
    const decoded = await sharp(tiff).flatten({ background: '#ffffff' }).greyscale().raw().toBuffer();
    expect(read).toMatchObject({ width: info.width, height: info.height });
    expect(Buffer.from(read?.data ?? []).equals(decoded)).toBe(true);
    const direct = await preprocessPage(tiff);
    const viaPng = await preprocessPage(
      await sharp(pixels, { raw: { width: info.width, height: info.height, channels: 1 } })
        .png()
        .toBuffer(),
    );
    expect(direct.image.equals(viaPng.image)).toBe(true);
    expect(direct.notes).toEqual(viaPng.notes);
  });

  it('declines anything else: colour, other encodings, a tag it does not know', () => {
    const grey = { width: 4, height: 2, channels: 1 as const, pixels: new Uint8Array(8).fill(200) };
    expect(uncompressedGreyTiff(uncompressedTiff(grey))).not.toBeNull();
    const rgb = { width: 4, height: 2, channels: 3 as const, pixels: new Uint8Array(24).fill(200) };
    expect(uncompressedGreyTiff(uncompressedTiff(rgb))).toBeNull();
    expect(uncompressedGreyTiff(page)).toBeNull();
    const tagged = Buffer.from(uncompressedTiff(grey));
    tagged.writeUInt16LE(274, 8 + 2 + 12 * 4); // the photometric entry renamed Orientation
    expect(uncompressedGreyTiff(tagged)).toBeNull();
    const short = uncompressedTiff(grey).subarray(0, 40);
    expect(uncompressedGreyTiff(short)).toBeNull();
  });
});
