import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { LetterOfIntent, SCHEMA_VERSION } from '../schema/letter-of-intent.ts';
import { VERSION } from '../version.ts';

/** What an existing output must record to count as done for an input. */
export interface ResumeKey {
  /** Hex SHA-256 of the input's bytes (the same hash as `source.sha256`). */
  sha256: string;
  schemaVersion: string;
  /** The tool version: a newer loi-extract may read the same input better, so its outputs are redone. */
  toolVersion: string;
}

/** Hex SHA-256 of a file, read as a stream so a large input is never held in memory just to be hashed. */
export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Whether `outputPath` holds a valid output made from the same input bytes by the same tool and schema version.
 * A missing, unreadable, invalid or older output is not up to date, so the document is simply redone.
 */
export async function isUpToDate(outputPath: string, key: ResumeKey): Promise<boolean> {
  let text: string;
  try {
    text = await readFile(outputPath, 'utf8');
  } catch {
    return false;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return false;
  }
  const checked = LetterOfIntent.safeParse(json);
  if (!checked.success) return false;
  return (
    checked.data.source.sha256 === key.sha256 &&
    checked.data.schemaVersion === key.schemaVersion &&
    checked.data.source.toolVersion === key.toolVersion
  );
}

/** The resume key of the current schema for an input file. */
export async function resumeKeyFor(path: string): Promise<ResumeKey> {
  return { sha256: await fileSha256(path), schemaVersion: SCHEMA_VERSION, toolVersion: VERSION };
}
