// Preloaded with `node --import` by bench/pipeline.ts into the CLI it measures: at exit, writes the
// process's CPU time and peak memory to the file named by LOI_BENCH_USAGE (start-up included).
import { writeFileSync } from 'node:fs';

const file = process.env.LOI_BENCH_USAGE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({
        cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
        peakMiB: usage.maxRSS / 1024,
      }),
    );
  });
}
