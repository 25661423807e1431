/**
 * Child process for the offline OCR test: OCRs the PNG named on the command line with the real engine
 * and prints one JSON line. The test runs it under `unshare -n` and checks that stdout holds only that.
 */
import { readFileSync } from 'node:fs';
import { createTesseractEngine } from '../../src/ocr/tesseract.ts';

const path = process.argv[2];
if (!path) throw new Error('usage: offline-child.ts PAGE.png');
const engine = await createTesseractEngine({ workers: 1 });
try {
  const result = await engine.recognize({
    image: readFileSync(path),
    languages: ['swe', 'eng'],
    pageNumber: 1,
  });
  process.stdout.write(`${JSON.stringify({ text: result.text, confidence: result.confidence })}\n`);
} finally {
  await engine.close();
}
