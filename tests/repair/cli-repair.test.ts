import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerRepairCommand } from '../../src/cli/repair.ts';
import { Repair } from '../../src/schema/letter-of-intent.ts';
import { type InProcessRun, runCommandInProcess } from '../helpers/cli.ts';
import { repairFixturePath } from './helpers.ts';

/** Runs `loi-extract repair ARGS` in process with `stdinText` on standard input. */
function runRepair(args: string[], stdinText = ''): Promise<InProcessRun> {
  return runCommandInProcess(registerRepairCommand, 'repair', args, stdinText);
}

describe('loi-extract repair', () => {
  it('prints the repaired text of standard input and writes the report as JSON', async () => {
    const report = join(mkdtempSync(join(tmpdir(), 'loi-repair-')), 'repairs.json');
    const { stdout, stderr } = await runRepair(
      ['-', '--report', report, '--lang', 'sv'],
      'Denna avsiktsfiirklaring gäller, org. nr 202100-284I.\n',
    );
    expect(stdout).toBe('Denna avsiktsförklaring gäller, org. nr 202100-2841.\n');
    expect(stderr).toContain('2 repairs');
    const repairs = Repair.array().parse(JSON.parse(readFileSync(report, 'utf8')));
    expect(repairs.map((repair) => repair.to)).toEqual(['avsiktsförklaring', '202100-2841']);
  });

  it('detects the language when --lang is not given and leaves a clean file unchanged', async () => {
    const file = repairFixturePath('clean-en.txt');
    const { stdout, stderr } = await runRepair([file]);
    expect(stdout).toBe(readFileSync(file, 'utf8'));
    expect(stderr).toContain('language en, 0 repairs');
  });

  it('marks changes inline with --diff when stdout is not a terminal', async () => {
    const { stdout } = await runRepair(['--diff', '--lang', 'sv'], 'Syftet ?ir att samverka ftir regionen.');
    expect(stdout).toBe('Syftet [-?ir-]{+är+} att samverka [-ftir-]{+för+} regionen.');
  });

  it('rejects an unknown language as a usage error, and reports an unreadable file', async () => {
    expect((await runRepair(['--lang', 'de'])).codes).toEqual([1]);
    const missing = await runRepair(['/nonexistent/file.txt']);
    expect(missing.stderr).toContain('cannot read /nonexistent/file.txt');
    expect(missing.codes).toEqual([1]);
  });

  it('refuses binary content and reads Windows-1252 text as extract does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loi-repair-'));
    const junk = join(dir, 'junk.txt');
    writeFileSync(junk, Buffer.from([0, 159, 19, 7, 0, 1, 250]));
    const binary = await runRepair([junk, '--lang', 'sv']);
    expect(binary.stdout).toBe('');
    expect(binary.stderr).toContain('not a text file');
    expect(binary.codes).toEqual([1]);

    const latin = join(dir, 'old-ocr.txt');
    writeFileSync(latin, Buffer.from('Syftet \xe4r att samverka ftir regionen.', 'latin1'));
    expect((await runRepair([latin, '--lang', 'sv'])).stdout).toBe('Syftet är att samverka för regionen.');
  });
});
