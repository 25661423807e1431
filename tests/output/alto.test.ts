import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OcrWord } from '../../src/ocr/engine.ts';
import { identityGeometry } from '../../src/ocr/geometry.ts';
import { altoXml } from '../../src/output/alto.ts';
import { sha256 } from '../../src/pipeline/load.ts';
import type { PageText } from '../../src/pipeline/page.ts';
import { LetterOfIntent, type Repair } from '../../src/schema/letter-of-intent.ts';
import { characterErrorRate } from '../../src/text/edit-distance.ts';
import { validDocument } from '../helpers/documents.ts';
import { ALTO_XSD, HAS_ALTO_CHECK, HAS_POPPLER, pdfText, xmllintValidate } from '../helpers/poppler.ts';

function word(text: string, x0: number, x1: number, line: number, confidence = 0.9): OcrWord {
  return {
    text,
    confidence,
    bbox: { x0, y0: 400 + line * 100, x1, y1: 450 + line * 100 },
    line,
    paragraph: 0,
  };
}

const WORDS = [
  word('Avtal', 300, 500, 0),
  word('ftir', 530, 620, 0, 0.41),
  word('AB', 300, 380, 1),
  word('"Smith', 400, 560, 1),
  word('&', 580, 600, 1),
  word('<Co>"', 620, 760, 1),
];
const REPAIRS: Repair[] = [{ from: 'ftir', to: 'för', page: 1, offset: 6, rule: 'confusion:ti>ö' }];

function ocrPage(size: { width: number; height: number }): PageText {
  return {
    number: 1,
    text: 'Avtal ftir\nAB "Smith & <Co>"\n',
    textSource: 'ocr',
    ocrConfidence: 0.8,
    words: WORDS,
    geometry: identityGeometry(size),
    notes: [],
  };
}

function documentFor(bytes: Uint8Array, mediaType: string, file: string, repairs = REPAIRS): LetterOfIntent {
  const base = validDocument();
  return LetterOfIntent.parse({
    ...base,
    source: { ...base.source, file, sha256: sha256(bytes), mediaType, pages: 1, textSource: 'ocr' },
    repairs,
  });
}

interface AltoString {
  content: string;
  hpos: number;
  vpos: number;
  width: number;
  height: number;
  wc: number | null;
  alternative: string | null;
}

/** The String elements of an ALTO file (attributes in the order the writer puts them). */
function strings(xml: string): AltoString[] {
  const found: AltoString[] = [];
  const pattern =
    /<String ID="[^"]+" CONTENT="([^"]*)" HPOS="(\d+)" VPOS="(\d+)" WIDTH="(\d+)" HEIGHT="(\d+)"(?: WC="([\d.]+)")?(?:\/>|><ALTERNATIVE PURPOSE="OCR">([^<]*)<\/ALTERNATIVE><\/String>)/g;
  for (const match of xml.matchAll(pattern)) {
    const [, content = '', hpos, vpos, width, height, wc, alternative] = match;
    found.push({
      content: unescapeXml(content),
      hpos: Number(hpos),
      vpos: Number(vpos),
      width: Number(width),
      height: Number(height),
      wc: wc === undefined ? null : Number(wc),
      alternative: alternative === undefined ? null : unescapeXml(alternative),
    });
  }
  return found;
}

function unescapeXml(text: string): string {
  return text
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loi-alto-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The files each test wrote, validated together by the last test (which needs xmllint). */
const written = new Map<string, string>();
async function checked(xml: string, name: string): Promise<void> {
  const path = join(dir, name);
  await writeFile(path, xml);
  written.set(name, path);
}

describe('ALTO XML', () => {
  it('writes OCR words of a scanned PDF page with their boxes, confidence and the repaired reading', async () => {
    const bytes = await readFile('fixtures/scanned/seed-000.pdf');
    const xml = await altoXml({
      bytes,
      document: documentFor(bytes, 'application/pdf', 'in/seed-000.pdf'),
      pages: [ocrPage({ width: 2480, height: 3508 })],
    });
    // A4 at 300 dpi.
    expect(xml).toMatch(/<Page ID="P1" PHYSICAL_IMG_NR="1" WIDTH="2480" HEIGHT="3508"/);
    expect(xml).toContain('<fileName>seed-000.pdf</fileName>');
    expect(strings(xml)).toEqual([
      { content: 'Avtal', hpos: 300, vpos: 400, width: 200, height: 50, wc: 0.9, alternative: null },
      { content: 'för', hpos: 530, vpos: 400, width: 90, height: 50, wc: 0.41, alternative: 'ftir' },
      { content: 'AB', hpos: 300, vpos: 500, width: 80, height: 50, wc: 0.9, alternative: null },
      { content: '"Smith', hpos: 400, vpos: 500, width: 160, height: 50, wc: 0.9, alternative: null },
      { content: '&', hpos: 580, vpos: 500, width: 20, height: 50, wc: 0.9, alternative: null },
      { content: '<Co>"', hpos: 620, vpos: 500, width: 140, height: 50, wc: 0.9, alternative: null },
    ]);
    expect(xml.match(/<TextLine /g)).toHaveLength(2);
    expect(xml.match(/<SP /g)).toHaveLength(4);
    await checked(xml, 'scan.xml');
  });

  it.skipIf(!HAS_POPPLER)(
    'writes a text-layer page from the PDF’s own text positions (needs pdftotext)',
    async () => {
      const bytes = await readFile('fixtures/pdf/seed-004.pdf');
      const layer: PageText[] = [1, 2].map((number) => ({
        number,
        text: '',
        textSource: 'text-layer',
        ocrConfidence: null,
        words: [],
        notes: [],
      }));
      const xml = await altoXml({
        bytes,
        document: documentFor(bytes, 'application/pdf', 'seed-004.pdf', []),
        pages: layer,
      });
      const found = strings(xml);
      expect(found.length).toBeGreaterThan(100);
      // Nothing was recognised on these pages, so no word confidence is claimed.
      expect(found.every((string) => string.wc === null)).toBe(true);
      const text = found.map((string) => string.content).join(' ');
      expect(characterErrorRate(text, pdfText('fixtures/pdf/seed-004.pdf'))).toBeLessThan(0.02);
      // Every word has a box on the page (A4 at 300 dpi), left to right within its line.
      for (const string of found) {
        expect(string.hpos + string.width).toBeLessThanOrEqual(2481);
        expect(string.vpos + string.height).toBeLessThanOrEqual(3508);
        expect(string.width).toBeGreaterThan(0);
      }
      await checked(xml, 'layer.xml');
    },
  );

  it('measures an image page in its own pixels', async () => {
    const bytes = await readFile('fixtures/png/seed-000.png');
    const { width = 0, height = 0 } = await sharp(bytes).metadata();
    const xml = await altoXml({
      bytes,
      document: documentFor(bytes, 'image/png', 'seed-000.png'),
      pages: [ocrPage({ width, height })],
    });
    expect(xml).toContain(`WIDTH="${width}" HEIGHT="${height}"`);
    expect(strings(xml).map((string) => string.content)).toEqual([
      'Avtal',
      'för',
      'AB',
      '"Smith',
      '&',
      '<Co>"',
    ]);
    await checked(xml, 'png.xml');
  });

  it.skipIf(!HAS_ALTO_CHECK)('validates against ALTO 4.4 (skipped: xmllint or schemas/alto absent)', () => {
    expect(written.size).toBeGreaterThanOrEqual(HAS_POPPLER ? 3 : 2);
    for (const path of written.values()) {
      const verdict = xmllintValidate(path, ALTO_XSD);
      expect(verdict.ok, verdict.message).toBe(true);
    }
  });
});
