import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { sha256 } from '../pipeline/load.ts';
import { writeFileAtomic } from './atomic.ts';
import type { LayoutSource } from './searchable-pdf.ts';

/**
 * The per-document layout outputs (`--searchable-pdf DIR`, `--alto DIR`), written by one function that
 * takes a document's result, its pages and its original bytes, so the batch and a queue worker write the
 * same files the same way.
 */

/** Layout outputs by name: each makes one file from a document's pages. */
export const LAYOUT_WRITERS = {
  // pdf-lib, pdf.js and sharp load when a layout output is first written, not with every batch (issue 12).
  'searchable-pdf': {
    extension: 'pdf',
    make: async (source: LayoutSource) => (await import('./searchable-pdf.ts')).searchablePdf(source),
  },
  alto: {
    extension: 'xml',
    make: async (source: LayoutSource) => (await import('./alto.ts')).altoXml(source),
  },
} as const satisfies Record<string, { extension: string; make: (source: LayoutSource) => Promise<unknown> }>;

export type LayoutOutput = keyof typeof LAYOUT_WRITERS;

/** Folders to write layout outputs to; an absent entry is not written. */
export type LayoutTargets = Partial<Record<LayoutOutput, string>>;

/** Media types with pages to lay text over: PDFs and images. */
export const LAYOUT_MEDIA_TYPES: ReadonlySet<string> = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/tiff',
]);

/** Whether an input of this media type has pages to write layout outputs for (text inputs have none). */
export function hasLayout(mediaType: string): boolean {
  return LAYOUT_MEDIA_TYPES.has(mediaType);
}

/** The file a layout output of `name` goes to in `dir`; refuses a name that would leave the folder. */
export function layoutOutputPath(dir: string, name: string, output: LayoutOutput): string {
  const path = join(dir, `${name}.${LAYOUT_WRITERS[output].extension}`);
  if (dirname(resolve(path)) !== resolve(dir) || name === '' || name.startsWith('.')) {
    throw new Error(`output name ${JSON.stringify(name)} would be written outside ${dir}`);
  }
  return path;
}

/**
 * Writes the asked-for layout outputs of one document, each atomically (complete or absent), and returns
 * the files written. Text inputs have no pages and get none. The bytes must be the ones the document was
 * extracted from: a file changed since is refused rather than given a layer that does not fit it.
 */
export async function writeLayoutOutputs(
  source: LayoutSource,
  name: string,
  targets: LayoutTargets,
): Promise<string[]> {
  if (!hasLayout(source.document.source.mediaType)) return [];
  if (sha256(source.bytes) !== source.document.source.sha256) {
    throw new Error('the input changed after it was read; its layout outputs were not written');
  }
  const written: string[] = [];
  for (const output of Object.keys(LAYOUT_WRITERS) as LayoutOutput[]) {
    const dir = targets[output];
    if (dir === undefined) continue;
    await mkdir(dir, { recursive: true });
    const path = layoutOutputPath(dir, name, output);
    await writeFileAtomic(path, await LAYOUT_WRITERS[output].make(source));
    written.push(path);
  }
  return written;
}
