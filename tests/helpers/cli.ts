import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import type { ExitCode } from '../../src/cli/exit-codes.ts';
import type { CliIo } from '../../src/cli/io.ts';

/** The real binary, as users run it (it loads the built `dist/`; `npm test` builds first). */
export const BIN = fileURLToPath(new URL('../../bin/loi-extract.js', import.meta.url));

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Spawns the CLI with arguments and optional standard input; resolves when it exits. */
export function runCli(
  args: readonly string[],
  options: { stdin?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? process.cwd(),
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

export interface InProcessRun {
  stdout: string;
  stderr: string;
  /** Every exit code the command set, in order (commander's own usage errors included). */
  codes: number[];
}

/** How a subcommand is added to a program: `registerLangCommand`, `registerRepairCommand`, … */
export type RegisterCommand = (program: Command, io: CliIo, setExitCode: (code: ExitCode) => void) => void;

/**
 * Runs one subcommand in this process, with its streams captured: faster than spawning the binary and
 * records every exit code the command sets, not only the last one.
 */
export async function runCommandInProcess(
  register: RegisterCommand,
  command: string,
  args: readonly string[],
  stdinText = '',
): Promise<InProcessRun> {
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
  register(program, { stdin, stdout, stderr, env: {} }, (code) => codes.push(code));
  try {
    await program.parseAsync([command, ...args], { from: 'user' });
  } catch (error) {
    codes.push((error as { exitCode?: number }).exitCode ?? -1);
  }
  return { stdout: out, stderr: err, codes };
}
