import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Whether a command-line tool runs here (poppler-utils' pdfimages/pdftotext, libxml2-utils' xmllint). */
export function hasTool(name: string, versionFlag = '-v'): boolean {
  const run = spawnSync(name, [versionFlag], { encoding: 'utf8' });
  return run.error === undefined;
}

/** Poppler's tools, which the tests use as an independent PDF reader. */
export const HAS_POPPLER = hasTool('pdfimages') && hasTool('pdftotext');
export const HAS_XMLLINT = hasTool('xmllint', '--version');

/** The repository's copy of the ALTO 4.4 schema. */
export const ALTO_XSD = fileURLToPath(new URL('../../schemas/alto/alto-4-4.xsd', import.meta.url));
export const HAS_ALTO_CHECK = HAS_XMLLINT && existsSync(ALTO_XSD);

function run(command: string, args: readonly string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** One row of `pdfimages -list`. */
export interface ListedImage {
  page: number;
  width: number;
  height: number;
  color: string;
  bpc: number;
  encoding: string;
}

/** The images of a PDF as `pdfimages -list` reports them. */
export function pdfImages(path: string): ListedImage[] {
  return run('pdfimages', ['-list', path])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cells = line.trim().split(/\s+/);
      return {
        page: Number(cells[0]),
        width: Number(cells[3]),
        height: Number(cells[4]),
        color: cells[5] ?? '',
        bpc: Number(cells[7]),
        encoding: cells[8] ?? '',
      };
    });
}

/** The text of a PDF as pdftotext reads it (reading order, pages separated by form feeds). */
export function pdfText(path: string): string {
  return run('pdftotext', ['-enc', 'UTF-8', path, '-']);
}

/** A word pdftotext finds, with its box in PDF points from the top-left corner of the page. */
export interface PdfWord {
  text: string;
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The words of a PDF with their boxes (`pdftotext -bbox`). */
export function pdfWords(path: string): PdfWord[] {
  const html = run('pdftotext', ['-enc', 'UTF-8', '-bbox', path, '-']);
  const words: PdfWord[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const match = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(
      line,
    );
    if (match === null) continue;
    const [, x0, y0, x1, y1, text = ''] = match;
    words.push({
      text: unescapeHtml(text),
      page,
      x0: Number(x0),
      y0: Number(y0),
      x1: Number(x1),
      y1: Number(y1),
    });
  }
  return words;
}

function unescapeHtml(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

/** Validates an XML file against an XSD with xmllint, offline; returns xmllint's verdict. */
export function xmllintValidate(path: string, schema: string): { ok: boolean; message: string } {
  const result = spawnSync('xmllint', ['--nonet', '--noout', '--schema', schema, path], { encoding: 'utf8' });
  return { ok: result.status === 0, message: result.stderr };
}
