/**
 * `npm run bench [-- NAME...]`: runs the benchmarks and prints their tables. Speed and memory targets live
 * here, never in timed tests. Each benchmark is a module in bench/ exporting `run()`.
 */
const ALL = [
  'pipeline',
  'language',
  'repair',
  'legacy',
  'ocr',
  'batch',
  'damaged',
  'profile',
  'queue',
] as const;

const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : [...ALL];
for (const name of names) {
  if (!(ALL as readonly string[]).includes(name)) {
    process.stderr.write(`unknown benchmark ${name}; choose from ${ALL.join(', ')}\n`);
    process.exitCode = 2;
    continue;
  }
  const started = Date.now();
  process.stdout.write(`\n## ${name}\n\n`);
  const module = (await import(`./${name}.ts`)) as { run: () => Promise<void> };
  await module.run();
  process.stdout.write(`\n(${name}: ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}
