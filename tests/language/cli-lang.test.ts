import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerLangCommand } from '../../src/cli/lang.ts';
import { type InProcessRun, runCommandInProcess } from '../helpers/cli.ts';

/** Runs `loi-extract lang ARGS` in process with `stdinText` on standard input. */
function runLang(args: string[], stdinText = ''): Promise<InProcessRun> {
  return runCommandInProcess(registerLangCommand, 'lang', args, stdinText);
}

const SV = 'Parterna är överens om att fördjupa samarbetet inom forskning och utbildning.';
const NO = 'Partene er enige om å styrke samarbeidet innen forskning og utdanning.';
const EN = 'The parties agree to deepen their cooperation in research and teaching.';

function tempFiles(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'loi-lang-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('loi-extract lang', () => {
  it('prints CODE CONFIDENCE for standard input', async () => {
    const { stdout, codes } = await runLang([], SV);
    expect(stdout).toMatch(/^sv (0|1)\.\d\d\n$/);
    expect(codes).toEqual([]);
  });

  it('prints one line per file with the file name when given several files', async () => {
    const dir = tempFiles({ 'a.txt': SV, 'b.txt': NO, 'c.txt': EN });
    const files = ['a.txt', 'b.txt', 'c.txt'].map((f) => join(dir, f));
    const { stdout } = await runLang(files);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => l.split(' ')[0])).toEqual(['sv', 'no', 'en']);
    expect(lines.map((l) => l.split(' ').slice(2).join(' '))).toEqual(files);
  });

  it('with --lines gives every input line its own output line, in order', async () => {
    const { stdout } = await runLang(['--lines', '-'], `${EN}\n${SV}\n\n${NO}\n`);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.split(' ')[0])).toEqual(['en', 'sv', 'und', 'no']);
  });

  it('with --json prints the candidates', async () => {
    const { stdout } = await runLang(['--json'], NO);
    const parsed = JSON.parse(stdout) as {
      language: string;
      confidence: number;
      candidates: { language: string }[];
    };
    expect(parsed.language).toBe('no');
    expect(parsed.candidates[0]?.language).toBe('no');
    expect(parsed.candidates.length).toBeGreaterThan(1);
  });

  it('reports an unreadable or non-text file on stderr, exits 1 and still answers for the others', async () => {
    const dir = tempFiles({ 'a.txt': SV, 'scan.pdf': '%PDF-1.4' });
    const { stdout, stderr, codes } = await runLang([
      join(dir, 'a.txt'),
      join(dir, 'missing.txt'),
      join(dir, 'scan.pdf'),
    ]);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(stdout).toMatch(/^sv /);
    expect(stderr).toContain('missing.txt');
    expect(stderr).toContain('scan.pdf');
    expect(codes).toEqual([1, 1]);
  });
});
