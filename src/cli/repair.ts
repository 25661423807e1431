import { type Command, Option } from 'commander';
import { LANGUAGE_OPTIONS, type LanguageOption } from '../options.ts';
import { writeFileAtomic } from '../output/atomic.ts';
import type { LanguageCode, Repair } from '../schema/letter-of-intent.ts';
import { ExitCode } from './exit-codes.ts';
import { type CliIo, colourFor, readTextInput, write } from './io.ts';

/** Pages of a plain-text file are separated by form feeds (pdftotext's convention). */
const PAGE_SEPARATOR = '\f';

interface RepairCommandOptions {
  report?: string;
  diff?: boolean;
  lang: LanguageOption;
}

/** `loi-extract repair [FILE|-]`: prints the OCR-repaired text; `--report` writes the change list as JSON. */
export function registerRepairCommand(
  program: Command,
  io: CliIo,
  setExitCode: (code: ExitCode) => void = () => {},
): void {
  program
    .command('repair')
    .description(
      'repair OCR noise in a text (sv/no/en) and print the repaired text; every change can be reported',
    )
    .argument('[file]', 'text file to repair; "-" or none reads standard input')
    .option('--report <file>', 'write the list of repairs ({from, to, page, offset, rule}) as JSON')
    .option('--diff', 'show the changes inline: coloured on a terminal, [-from-]{+to+} otherwise')
    .addOption(new Option('--lang <code>', 'language of the text').choices(LANGUAGE_OPTIONS).default('auto'))
    .addHelpText(
      'after',
      '\nExamples:\n  $ loi-extract repair ocr.txt --report repairs.json > repaired.txt\n  $ cat ocr.txt | loi-extract repair - --diff --lang sv',
    )
    .action(async (file: string | undefined, options: RepairCommandOptions) => {
      let text: string;
      try {
        text = await readTextInput(file ?? '-', io);
      } catch (error) {
        io.stderr.write(`loi-extract: cannot read ${file}: ${(error as Error).message}\n`);
        setExitCode(ExitCode.someFailed);
        return;
      }
      // Loaded on use: `--help` needs neither the language models nor the dictionaries.
      const [{ detectLanguage }, { repairDocument }] = await Promise.all([
        import('../language/index.ts'),
        import('../repair/index.ts'),
      ]);
      const language: LanguageCode = options.lang === 'auto' ? detectLanguage(text).language : options.lang;
      const pages = text
        .split(PAGE_SEPARATOR)
        .map((pageText, index) => ({ number: index + 1, text: pageText }));
      const repaired = await repairDocument(pages, { language });
      const output = options.diff
        ? repaired.pages
            .map((page) => markChanges(page.text, repaired.repairs, page.number, io))
            .join(PAGE_SEPARATOR)
        : repaired.pages.map((page) => page.text).join(PAGE_SEPARATOR);
      await write(io.stdout, output);
      if (options.report !== undefined) {
        await writeFileAtomic(options.report, `${JSON.stringify(repaired.repairs, null, 2)}\n`);
      }
      io.stderr.write(`language ${language}, ${repaired.repairs.length} repairs\n`);
    });
}

/** The repaired page text with each change shown, coloured when stdout is a colour terminal. */
function markChanges(text: string, repairs: readonly Repair[], page: number, io: CliIo): string {
  const chalk = colourFor(io.stdout, io.env);
  let out = '';
  let at = 0;
  for (const repair of repairs.filter((item) => item.page === page).sort((a, b) => a.offset - b.offset)) {
    out += text.slice(at, repair.offset);
    out +=
      chalk.level > 0
        ? chalk.red.strikethrough(repair.from) + chalk.green(repair.to)
        : `[-${repair.from}-]{+${repair.to}+}`;
    at = repair.offset + repair.to.length;
  }
  return out + text.slice(at);
}
