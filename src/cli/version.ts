import { createRequire } from 'node:module';

/** The package version, reported by --version and recorded for resume. */
export const VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string })
  .version;
