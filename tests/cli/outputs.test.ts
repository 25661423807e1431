import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { ALTO_XSD, HAS_ALTO_CHECK, HAS_POPPLER, pdfText, xmllintValidate } from '../helpers/poppler.ts';

/** The layout and workbook outputs through the real binary, on inputs that need no OCR. */

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loi-cli-outputs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('extract --searchable-pdf / --alto', () => {
  it('writes both for a PDF input, none for a text input, and resumes only when they exist', async () => {
    const args = [
      'extract',
      'fixtures/pdf/seed-004.pdf',
      'fixtures/text/seed-003.txt',
      '--out',
      join(dir, 'json'),
      '--searchable-pdf',
      join(dir, 'pdf'),
      '--alto',
      join(dir, 'alto'),
    ];
    const first = await runCli(args);
    expect(first.code, first.stderr).toBe(0);
    expect(await readdir(join(dir, 'pdf'))).toEqual(['seed-004.pdf']);
    expect(await readdir(join(dir, 'alto'))).toEqual(['seed-004.xml']);
    if (HAS_POPPLER)
      expect(pdfText(join(dir, 'pdf', 'seed-004.pdf'))).toBe(pdfText('fixtures/pdf/seed-004.pdf'));
    if (HAS_ALTO_CHECK) expect(xmllintValidate(join(dir, 'alto', 'seed-004.xml'), ALTO_XSD).ok).toBe(true);

    const again = await runCli(args);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/0 done, 0 failed, 2 skipped/);

    await rm(join(dir, 'alto', 'seed-004.xml'));
    const redo = await runCli(args);
    expect(redo.code, redo.stderr).toBe(0);
    expect(redo.stderr).toMatch(/1 done, 0 failed, 1 skipped/);
    expect(existsSync(join(dir, 'alto', 'seed-004.xml'))).toBe(true);
  });

  it('refuses a file where a folder belongs, and xlsx without --out (usage errors)', async () => {
    const file = join(dir, 'file');
    await writeFile(file, 'x');
    const pdf = await runCli(['extract', 'fixtures/text/seed-004.txt', '--searchable-pdf', file]);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toMatch(/--searchable-pdf is a folder/);
    const xlsx = await runCli(['extract', 'fixtures/text/seed-004.txt', '--format', 'xlsx']);
    expect(xlsx.code).toBe(2);
    expect(xlsx.stderr).toMatch(/--format xlsx needs --out FILE.xlsx/);
    expect(xlsx.stdout).toBe('');
  });
});

describe('extract --format xlsx', () => {
  it('writes one workbook for several documents that a real reader opens', async () => {
    const out = join(dir, 'letters.xlsx');
    const run = await runCli([
      'extract',
      'fixtures/text/seed-003.txt',
      'fixtures/text/seed-004.txt',
      'fixtures/text/no-intensjon-01.txt',
      '--format',
      'xlsx',
      '--out',
      out,
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const documents = workbook.getWorksheet('documents') as ExcelJS.Worksheet;
    expect(documents.rowCount).toBe(4);
    const header = (documents.getRow(1).values as unknown[]).slice(1);
    const files = [2, 3, 4].map(
      (row) => documents.getRow(row).getCell(header.indexOf('source.file') + 1).value,
    );
    expect(files).toEqual([
      'fixtures/text/seed-003.txt',
      'fixtures/text/seed-004.txt',
      'fixtures/text/no-intensjon-01.txt',
    ]);
    const date = documents.getRow(3).getCell(header.indexOf('date') + 1).value;
    expect(date).toEqual(new Date(Date.UTC(2016, 8, 23))); // seed 004 was signed 2016-09-23
    const parties = workbook.getWorksheet('parties') as ExcelJS.Worksheet;
    const partyHeader = (parties.getRow(1).values as unknown[]).slice(1);
    const orgNumbers: unknown[] = [];
    parties.eachRow((row, number) => {
      if (number > 1) orgNumbers.push(row.getCell(partyHeader.indexOf('parties.orgNumber') + 1).value);
    });
    expect(orgNumbers).toContain('232100-0230');
    expect(workbook.getWorksheet('signatories')).toBeDefined();
  });
});
