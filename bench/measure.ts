import { spawn } from 'node:child_process';

/** What one measured child run reports. */
export interface Measurement {
  seconds: number;
  /** Peak resident memory of the child, in MiB. */
  peakMiB: number;
  result: unknown;
}

/**
 * Runs `script` (an ES module body with top-level await that sets `globalThis.result`) in a fresh Node
 * process, so that timing and peak memory belong to that run alone, and returns what it measured.
 */
export function measureInChild(script: string, cwd: string = process.cwd()): Promise<Measurement> {
  const wrapped = `
const __start = performance.now();
${script}
const __seconds = (performance.now() - __start) / 1000;
process.stdout.write(JSON.stringify({ seconds: __seconds, peakMiB: process.resourceUsage().maxRSS / 1024, result: globalThis.result ?? null }));
`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', wrapped], {
      cwd,
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
