import { type Command, InvalidArgumentError, Option } from 'commander';
import type { ExtractOptions } from '../index.ts';
import {
  DEFAULT_MAX_PAGES,
  DEFAULT_MAX_TEXT_CHARS,
  LANGUAGE_OPTIONS,
  type LanguageOption,
  OCR_MODES,
  type OcrMode,
} from '../options.ts';

/** The flags that say how documents are read, shared by every command that extracts (`extract`, `check`). */
export interface PipelineFlags {
  jobs?: number;
  lang: LanguageOption;
  ocr: OcrMode;
  repair: boolean;
  maxPages?: number;
  maxChars?: number;
  timeout?: number;
}

/** Adds the pipeline flags (`--jobs`, the reading flags, `--timeout`) to a command that extracts here. */
export function addPipelineOptions(command: Command): Command {
  command.option(
    '-j, --jobs <n>',
    'documents and OCR workers at once (default: number of cores)',
    positiveInteger,
  );
  return addReadingOptions(command).option(
    '--timeout <seconds>',
    'give up on a document after this many seconds',
    positiveNumber,
  );
}

/**
 * Adds the flags that say how a document is read (`--lang`, `--ocr`, `--no-repair`, `--max-pages`,
 * `--max-chars`): shared with `queue add`, whose workers run the same pipeline elsewhere.
 */
export function addReadingOptions(command: Command): Command {
  return command
    .addOption(new Option('--lang <lang>', 'document language').choices(LANGUAGE_OPTIONS).default('auto'))
    .addOption(
      new Option('--ocr <mode>', 'auto: OCR pages without usable text; force: OCR every page; off: never OCR')
        .choices(OCR_MODES)
        .default('auto'),
    )
    .option('--no-repair', 'do not repair OCR noise')
    .option(
      '--max-pages <n>',
      `read at most this many pages of a document (default ${DEFAULT_MAX_PAGES})`,
      positiveInteger,
    )
    .option(
      '--max-chars <n>',
      `read at most this many characters of a document’s text (default ${DEFAULT_MAX_TEXT_CHARS})`,
      positiveInteger,
    );
}

/** The library options the pipeline flags stand for (flags left out keep the library's defaults). */
export function extractOptionsFrom(flags: PipelineFlags): ExtractOptions {
  return {
    ocr: flags.ocr,
    lang: flags.lang,
    repair: flags.repair,
    ...(flags.jobs === undefined ? {} : { jobs: flags.jobs }),
    ...(flags.maxPages === undefined ? {} : { maxPages: flags.maxPages }),
    ...(flags.maxChars === undefined ? {} : { maxTextChars: flags.maxChars }),
    ...(flags.timeout === undefined ? {} : { timeoutMs: flags.timeout * 1000 }),
  };
}

/** commander parser for a whole number ≥ 1. */
export function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError('must be a whole number ≥ 1');
  return parsed;
}

/** commander parser for a number > 0. */
export function positiveNumber(value: string): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new InvalidArgumentError('must be a number > 0');
  return parsed;
}
