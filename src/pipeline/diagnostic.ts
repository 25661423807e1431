/** Diagnostics are data (unified-engine's VFile messages): the CLI decides how to show them. */
export interface Diagnostic {
  /** A fatal diagnostic means the document produced no output. */
  fatal: boolean;
  /** The input it concerns, as given by the user. */
  source: string;
  /** Stage and rule, e.g. `load/unknown-type`, `ocr/low-confidence`, `validate/schema`. */
  rule: string;
  page: number | null;
  message: string;
}

/** An error raised inside a stage, carrying the rule that names it; the pipeline turns it into a fatal diagnostic. */
export class StageError extends Error {
  readonly rule: string;
  readonly page: number | null;
  constructor(rule: string, message: string, options: { page?: number | null; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StageError';
    this.rule = rule;
    this.page = options.page ?? null;
  }
}
