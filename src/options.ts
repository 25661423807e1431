/**
 * The values the library's options take and their defaults, in a module that imports nothing, so the CLI
 * can describe them in `--help` without loading OCR, PDF or dictionary code (issue 12: `--help` ≤ 0.35 s).
 * The modules that use them re-export them from here.
 */

/** What `--ocr` accepts. */
export const OCR_MODES = ['auto', 'force', 'off'] as const;
export type OcrMode = (typeof OCR_MODES)[number];

/** What `--lang` accepts: detect, or a language to take as given. */
export const LANGUAGE_OPTIONS = ['auto', 'sv', 'no', 'en'] as const;
export type LanguageOption = (typeof LANGUAGE_OPTIONS)[number];

/** One page more than any letter of intent we have seen by far; a larger PDF is read in part with a warning. */
export const DEFAULT_MAX_PAGES = 500;
/**
 * Repair, language and extraction take about 10 s per million characters on one core (measured; a 50 MB
 * text file would take over an hour). A long agreement is 50 000 characters and 500 dense pages about
 * 1.5 million, so one million characters keeps every real document whole and bounds a hostile one.
 */
export const DEFAULT_MAX_TEXT_CHARS = 1_000_000;

/** Output formats of `extract --format`, each a writer in output/writers.ts. */
export const OUTPUT_FORMATS = ['json', 'jsonl', 'csv', 'xlsx'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** `document`: one row per document; otherwise the name of a list of objects in the schema, one row per item. */
export const CSV_ROW_MODES = ['document', 'parties', 'signatories'] as const;
export type CsvRows = (typeof CSV_ROW_MODES)[number];
