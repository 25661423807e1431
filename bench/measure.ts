import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What one measured child run reports. */
export interface Measurement {
  seconds: number;
  /** Peak resident memory of the child, in MiB. */
  peakMiB: number;
  result: unknown;
}

/**
 * Runs `script` (an ES module body with top-level await that sets `globalThis.result`) in a fresh Node
 * process, so that timing and peak memory belong to that run alone, and returns what it measured. The
 * script is written to a file in the repository's `.tmp/`: relative imports (`./src/index.ts`) resolve
 * from the repository, and worker threads (tesseract.js) start normally, which they do not under
 * `node --input-type=module -e`.
 */
export async function measureInChild(script: string): Promise<Measurement> {
  const dir = join(process.cwd(), '.tmp');
  await mkdir(dir, { recursive: true });
  const file = join(dir, `bench-${process.pid}-${Date.now()}.mts`);
  await writeFile(
    file,
    `const __start = performance.now();
${script.replaceAll("'./src/", "'../src/")}
const __seconds = (performance.now() - __start) / 1000;
process.stdout.write(JSON.stringify({ seconds: __seconds, peakMiB: process.resourceUsage().maxRSS / 1024, result: globalThis.result ?? null }));
`,
  );
  try {
    return await new Promise<Measurement>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', file], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
      });
      child.on('error', reject);
      child.on('close', (code) => {
        if (code !== 0) reject(new Error(`benchmark child exited with ${code}`));
        else resolve(JSON.parse(out.slice(out.lastIndexOf('{"seconds"'))) as Measurement);
      });
    });
  } finally {
    await rm(file, { force: true });
  }
}

/** Formats rows as a Markdown table with right-aligned numbers. */
export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = rows.map((row) => row.map((cell) => (typeof cell === 'number' ? formatNumber(cell) : cell)));
  const widths = header.map((title, index) =>
    Math.max(title.length, ...cells.map((row) => String(row[index] ?? '').length)),
  );
  const line = (row: readonly string[]) =>
    `| ${row.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
}

function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toFixed(3);
}
