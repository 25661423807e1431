import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createDeflate } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { FONT, makePdf, PNG_SIGNATURE, pngChunk } from '../helpers/pdf.ts';

/**
 * Hostile and broken inputs for the batch tests, generated in a temporary folder so that nothing large is
 * committed. Each says what the tool must do with it: `rule` is the fatal diagnostic expected, or null
 * when the document must be written (possibly with a warning matching `warning`).
 */
export interface HostileCase {
  file: string;
  rule: string | null;
  warning?: RegExp;
}

/** Side of the pixel bomb: 400 megapixels, far over the loader's limit. */
const BOMB_SIDE = 20_000;
/** Pages of the long PDF: four times the default `--max-pages`. */
const LONG_PDF_PAGES = 2000;
/** Size of the huge text file. */
const HUGE_TEXT_BYTES = 50 * 1024 * 1024;

/** Writes every hostile case into `dir` (text-based ones from `sampleText`) and lists them. */
export async function writeHostileInputs(dir: string, sampleText: string): Promise<HostileCase[]> {
  await mkdir(dir, { recursive: true });
  const cases: HostileCase[] = [];
  const add = async (name: string, data: Buffer | string, expected: Omit<HostileCase, 'file'>) => {
    const file = join(dir, name);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, data);
    cases.push({ file, ...expected });
  };

  await add('encrypted.pdf', await encryptedPdf(sampleText), { rule: 'load/pdf-encrypted' });
  const whole = await makePdf([sampleText, sampleText]);
  await add('truncated.pdf', whole.subarray(0, Math.floor(whole.length / 3)), { rule: 'load/damaged-pdf' });
  await add('empty.pdf', Buffer.alloc(0), { rule: 'load/empty' });
  await add('junk.txt', junk(64 * 1024), { rule: 'load/unknown-type' });
  const bomb = join(dir, 'bomb.png');
  await writePixelBomb(bomb, BOMB_SIDE);
  cases.push({ file: bomb, rule: 'load/image-too-large' });
  await add(
    'long.pdf',
    await makePdf(
      Array.from({ length: LONG_PDF_PAGES }, (_, i) => `Page ${i + 1}. ${sampleText.slice(0, 200)}`),
    ),
    { rule: null, warning: /first \d+ of 2000 pages/ },
  );
  await add('huge.txt', hugeText(sampleText, HUGE_TEXT_BYTES), {
    rule: null,
    warning: /characters of text were read/,
  });
  await add('Avtal för Luleå kommun/Avsiktsförklaring Öst–Väst 2016.txt', sampleText, { rule: null });
  return cases;
}

/** A PDF with a user password, as an archive gets from a cautious sender. */
export async function encryptedPdf(text: string): Promise<Buffer> {
  const doc = new PDFDocument({ userPassword: 'secret', ownerPassword: 'owner', pdfVersion: '1.7' });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = once(doc, 'end');
  doc.font(FONT).fontSize(12).text(text);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** Deterministic bytes that are no known format and not text (NUL bytes and control characters). */
export function junk(size: number): Buffer {
  const bytes = Buffer.alloc(size);
  let state = 0x2545f491;
  for (let index = 0; index < size; index++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[index] = state >>> 24;
  }
  return bytes;
}

function hugeText(sample: string, bytes: number): string {
  const unit = `${sample}\n`;
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit))).slice(0, bytes);
}

/**
 * A real pixel bomb: a valid 1-bit PNG of side × side white pixels whose rows compress to almost nothing,
 * written as a stream so the test itself never holds the image.
 */
export async function writePixelBomb(path: string, side: number): Promise<void> {
  const out = createWriteStream(path);
  const idat: Buffer[] = [];
  const deflate = createDeflate({ level: 9 });
  deflate.on('data', (chunk: Buffer) => idat.push(chunk));
  const finished = once(deflate, 'end');
  const row = Buffer.alloc(1 + Math.ceil(side / 8), 0xff);
  row[0] = 0; // filter type: none
  for (let y = 0; y < side; y++) {
    if (!deflate.write(row)) await once(deflate, 'drain');
  }
  deflate.end();
  await finished;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  out.write(PNG_SIGNATURE);
  out.write(pngChunk('IHDR', header));
  out.write(pngChunk('IDAT', Buffer.concat(idat)));
  out.end(pngChunk('IEND', Buffer.alloc(0)));
  await once(out, 'finish');
}

/** Every file under `dir`, recursively, as paths relative to it (hidden files included). */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}
