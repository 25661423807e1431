import { describe, expect, it } from 'vitest';
import { registerExtractCommand } from '../../src/cli/extract.ts';
import { LetterOfIntent } from '../../src/schema/letter-of-intent.ts';
import { runCommandInProcess } from '../helpers/cli.ts';

/** Runs `extract` in this process (the dictionaries load once for every case). */
const extract = (args: readonly string[], stdin: string) =>
  runCommandInProcess(registerExtractCommand, 'extract', args, stdin);

/**
 * Issue 16: plain text is never sent to OCR. A short or odd `.txt` extracts with exit 0, as plain text,
 * with a warning where it reads poorly; `--ocr force` does not change that (there is no image to read).
 */

describe('odd plain text on standard input', () => {
  it.each([
    [
      'a spreadsheet formula and a few words',
      '=HYPERLINK("http://x","y") avsiktsförklaring mellan A och B\n',
    ],
    ['a line of reference numbers', '3763-16 202100-2841 232100-0230 2016-09-23\n'],
    ['one word', 'Avtal\n'],
  ])(
    '%s: extracted with exit 0 and a poor-text warning',
    async (_name, text) => {
      for (const ocr of ['auto', 'force']) {
        const run = await extract(['-', '--ocr', ocr], text);
        expect(run.codes, run.stderr).toEqual([0]);
        const document = LetterOfIntent.parse(JSON.parse(run.stdout));
        expect(document.source.textSource).toBe('plain-text');
        expect(document.warnings).toContainEqual(expect.stringMatching(/^the text looks poor \(/));
        expect(run.stderr).toMatch(/^1 done, 0 failed, 0 skipped; 0 pages OCR'd/m);
        expect(run.stderr).not.toMatch(/\[ocr\//);
      }
    },
    60_000,
  );

  it('a clean letter gets no poor-text warning', async () => {
    const text =
      'Avsiktsförklaring om samverkan mellan Luleå kommun och Piteå kommun. Parterna avser att samverka ' +
      'inom utbildning och forskning, och en styrgrupp följer upp arbetet två gånger per år.\n';
    const run = await extract(['-'], text);
    expect(run.codes, run.stderr).toEqual([0]);
    const document = LetterOfIntent.parse(JSON.parse(run.stdout));
    expect(document.warnings.filter((warning) => warning.includes('looks poor'))).toEqual([]);
  }, 60_000);
});
