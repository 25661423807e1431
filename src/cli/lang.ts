import type { Command } from 'commander';
import type { LanguageGuess } from '../language/index.ts';
import { ExitCode, UsageError } from './exit-codes.ts';
import { type CliIo, readTextInput, write } from './io.ts';

interface LangCommandOptions {
  lines?: boolean;
  json?: boolean;
}

/** Confidence is printed with two decimals (`sv 0.97`), as the SPEC's CLI contract shows. */
const CONFIDENCE_DECIMALS = 2;

/** One output line: `CODE CONFIDENCE [NAME]`, or a JSON object with the candidates under `--json`. */
function formatGuess(guess: LanguageGuess, name: string | undefined, json: boolean): string {
  if (json) {
    const confidence = Number(guess.confidence.toFixed(CONFIDENCE_DECIMALS));
    return JSON.stringify({
      ...(name === undefined ? {} : { file: name }),
      language: guess.language,
      confidence,
      candidates: guess.candidates,
    });
  }
  const line = `${guess.language} ${guess.confidence.toFixed(CONFIDENCE_DECIMALS)}`;
  return name === undefined ? line : `${line} ${name}`;
}

/** `loi-extract lang [FILE...|-]`: prints the language and confidence of each text (one per line with --lines). */
export function registerLangCommand(
  program: Command,
  io: CliIo,
  setExitCode: (code: ExitCode) => void = () => {},
): void {
  program
    .command('lang')
    .description('detect the language of texts (sv, no, en, or und when unsure) with a confidence')
    .argument('[files...]', '.txt files; "-" or none reads standard input (PDFs go through `extract`)')
    .option('--lines', 'treat every input line as a text of its own; one output line each, in order')
    .option('--json', 'print JSON (one object per line) with the candidate languages and their scores')
    .addHelpText(
      'after',
      '\nExamples:\n  $ loi-extract lang letter.txt                 sv 0.97\n  $ loi-extract lang a.txt b.txt                one line each: CODE CONFIDENCE FILE\n  $ cut -f2 snippets.tsv | loi-extract lang --lines',
    )
    .action(async (files: string[], options: LangCommandOptions) => {
      const inputs = files.length === 0 ? ['-'] : files;
      if (inputs.filter((file) => file === '-').length > 1)
        throw new UsageError('standard input ("-") can be read only once');
      const { detectLanguage } = await import('../language/index.ts');
      const named = inputs.length > 1;
      const json = options.json === true;
      const out: string[] = [];
      for (const file of inputs) {
        let text: string;
        try {
          if (file !== '-' && !file.toLowerCase().endsWith('.txt'))
            throw new Error('only .txt files are read here; use `loi-extract extract` for PDFs and images');
          text = await readTextInput(file, io);
        } catch (error) {
          io.stderr.write(`loi-extract: cannot read ${file}: ${(error as Error).message}\n`);
          setExitCode(ExitCode.someFailed);
          continue;
        }
        const name = named ? file : undefined;
        if (options.lines === true) {
          // A trailing newline ends the last line; it does not start an empty text.
          const lines = text.split(/\r?\n/);
          if (lines.at(-1) === '') lines.pop();
          for (const line of lines) out.push(formatGuess(detectLanguage(line), name, json));
        } else out.push(formatGuess(detectLanguage(text), name, json));
      }
      if (out.length > 0) await write(io.stdout, `${out.join('\n')}\n`);
    });
}
