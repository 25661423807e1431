import { CommanderError } from 'commander';
import { RedisUnreachableError } from '../queue/settings.ts';

/** The documented exit codes (README "Exit codes"); one place maps errors to them. */
export const ExitCode = {
  /** Everything went fine. */
  ok: 0,
  /** Finished, but some input failed or failed validation (the others were still written). */
  someFailed: 1,
  /** The command line was wrong: unknown flag, missing argument, bad value. */
  usage: 2,
  /** The tool itself crashed: a bug, not a bad document. */
  internal: 70,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A usage error raised by our own option checks (commander raises its own). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * The output cannot be written at all (an unwritable or read-only folder, a full disk): not a usage error
 * and not a bug; nothing of the batch could be kept.
 */
export class OutputError extends Error {
  override name = 'OutputError';
}

/** Maps anything thrown out of a command to an exit code. */
export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof UsageError) return ExitCode.usage;
  if (error instanceof OutputError) return ExitCode.someFailed;
  // The queue commands cannot work without their Redis: the run failed, the tool did not crash.
  if (error instanceof RedisUnreachableError) return ExitCode.someFailed;
  if (error instanceof CommanderError) {
    // --help and --version end through exitOverride with exit code 0.
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  return ExitCode.internal;
}
