import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerRepairCommand } from '../../src/cli/repair.ts';
import { Repair } from '../../src/schema/letter-of-intent.ts';
import { repairFixturePath } from './helpers.ts';

async function runRepair(
  args: string[],
  stdinText = '',
): Promise<{ stdout: string; stderr: string; codes: number[] }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => {
    out += String(chunk);
  });
  stderr.on('data', (chunk) => {
    err += String(chunk);
  });
  stdin.end(stdinText);
  const codes: number[] = [];
  const program = new Command('loi-extract').exitOverride().configureOutput({
    writeOut: (text) => stdout.write(text),
    writeErr: (text) => stderr.write(text),
  });
  registerRepairCommand(program, { stdin, stdout, stderr, env: {} }, (code) => codes.push(code));
  try {
    await program.parseAsync(['repair', ...args], { from: 'user' });
  } catch (error) {
    codes.push((error as { exitCode?: number }).exitCode ?? -1);
  }
  return { stdout: out, stderr: err, codes };
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
});
