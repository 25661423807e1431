/**
 * Synthetic page images for the OCR tests and bench: text rendered with pdfkit (a DejaVu font from npm,
 * not the machine), rasterised with pdf-parse, then degraded with sharp and a seeded noise source so
 * every run sees the same pixels.
 */
import { createRequire } from 'node:module';
import { PDFParse } from 'pdf-parse';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { seededRandom } from '../../src/text/random.ts';

const require = createRequire(import.meta.url);
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif.ttf');
/** PDF points per inch. */
const POINTS_PER_INCH = 72;

export interface RenderOptions {
  dpi?: number;
  fontSize?: number;
  /** Page margin in points. */
  margin?: number;
}

/** Renders paragraphs of text onto an A4 page and returns a greyscale PNG at `dpi` (default 300). */
export async function renderTextPage(
  paragraphs: readonly string[],
  options: RenderOptions = {},
): Promise<Buffer> {
  const { dpi = 300, fontSize = 11, margin = 72 } = options;
  const doc = new PDFDocument({ size: 'A4', margin });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.font(FONT).fontSize(fontSize);
  for (const paragraph of paragraphs) doc.text(paragraph, { paragraphGap: fontSize * 0.6 });
  doc.end();
  await ended;
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  try {
    const shot = await parser.getScreenshot({
      scale: dpi / POINTS_PER_INCH,
      imageDataUrl: false,
      imageBuffer: true,
    });
    const page = shot.pages[0];
    if (!page) throw new Error('pdf-parse rendered no page');
    return sharp(Buffer.from(page.data)).flatten({ background: '#ffffff' }).greyscale().png().toBuffer();
  } finally {
    await parser.destroy();
  }
}

async function raw(png: Buffer): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

async function png(data: Buffer, width: number, height: number): Promise<Buffer> {
  return sharp(data, { raw: { width, height, channels: 1 } })
    .png()
    .toBuffer();
}

/** Salt-and-pepper noise: `share` of pixels set to black or white at random. */
export async function addSaltAndPepper(image: Buffer, share: number, seed = 1): Promise<Buffer> {
  const { data, width, height } = await raw(image);
  const random = seededRandom(seed);
  for (let i = 0; i < data.length; i++) if (random() < share) data[i] = random() < 0.5 ? 0 : 255;
  return png(data, width, height);
}

/** Dark specks of 1–3 pixels, `perMegapixel` of them, like dust on a scanner glass. */
export async function addSpecks(image: Buffer, perMegapixel: number, seed = 2): Promise<Buffer> {
  const { data, width, height } = await raw(image);
  const random = seededRandom(seed);
  const count = Math.round((width * height * perMegapixel) / 1e6);
  for (let n = 0; n < count; n++) {
    const x = Math.floor(random() * (width - 3));
    const y = Math.floor(random() * (height - 3));
    const size = 1 + Math.floor(random() * 3);
    for (let dy = 0; dy < size; dy++) for (let dx = 0; dx < size; dx++) data[(y + dy) * width + x + dx] = 30;
  }
  return png(data, width, height);
}

/** Grey text on grainy grey paper: ink lifted to `inkLevel`, paper lowered to `paperLevel`, plus grain. */
export async function greyGrainy(
  image: Buffer,
  inkLevel = 90,
  paperLevel = 200,
  grain = 28,
  seed = 3,
): Promise<Buffer> {
  const { data, width, height } = await raw(image);
  const random = seededRandom(seed);
  for (let i = 0; i < data.length; i++) {
    const tone = inkLevel + ((data[i] ?? 255) / 255) * (paperLevel - inkLevel);
    // Sum of uniforms approximates Gaussian grain without a normal sampler.
    const noise = (random() + random() + random() - 1.5) * grain;
    data[i] = Math.max(0, Math.min(255, Math.round(tone + noise)));
  }
  return png(data, width, height);
}

/** Rotates by `degrees` clockwise on white paper (keeps the canvas growing as a scanner would). */
export async function rotate(image: Buffer, degrees: number): Promise<Buffer> {
  return sharp(image).rotate(degrees, { background: '#ffffff' }).greyscale().png().toBuffer();
}

/** Gaussian blur, as from a defocused scanner. */
export async function blur(image: Buffer, sigma: number): Promise<Buffer> {
  return sharp(image).blur(sigma).png().toBuffer();
}
