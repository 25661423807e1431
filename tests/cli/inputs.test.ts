import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_EXTENSIONS, expandInputs } from '../../src/cli/inputs.ts';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'loi-inputs-'));
  await mkdir(join(root, 'archive', 'box-1'), { recursive: true });
  await writeFile(join(root, 'archive', 'box-1', 'letter.txt'), 'Avsiktsförklaring');
  await writeFile(join(root, 'archive', 'notes.md'), 'not a document');
  await mkdir(join(root, 'picked'));
  await symlink(join(root, 'archive', 'box-1', 'letter.txt'), join(root, 'picked', 'a-letter.txt'));
  await symlink(join(root, 'archive', 'notes.md'), join(root, 'picked', 'b-notes.md'));
  await symlink(join(root, 'archive'), join(root, 'picked', 'c-archive'));
  await symlink(join(root, 'picked'), join(root, 'picked', 'd-loop'));
  await symlink(join(root, 'gone.txt'), join(root, 'picked', 'e-dangling.txt'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('a directory walk', () => {
  it('takes links to documents as documents, follows no linked directory and keeps a dangling link for the batch to report', async () => {
    const { files, missing } = await expandInputs([join(root, 'picked')], DOCUMENT_EXTENSIONS);
    expect(files).toEqual([join(root, 'picked', 'a-letter.txt'), join(root, 'picked', 'e-dangling.txt')]);
    expect(missing).toEqual([]);
  });

  it('walks real subdirectories and leaves out other file types', async () => {
    const { files } = await expandInputs([join(root, 'archive')], DOCUMENT_EXTENSIONS);
    expect(files).toEqual([join(root, 'archive', 'box-1', 'letter.txt')]);
  });
});
