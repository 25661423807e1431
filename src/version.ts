import { createRequire } from 'node:module';

/** The package version: reported by --version, recorded in `source.toolVersion` and compared on resume. */
export const VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string })
  .version;
