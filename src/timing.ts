/**
 * Where the time goes, stage by stage, for the profile benchmark (issue 12). Stages publish their wall time
 * on a `node:diagnostics_channel` channel; without a subscriber (every run but a benchmark's) nothing is
 * measured or kept, so the library pays one `hasSubscribers` check per stage.
 */
import { channel } from 'node:diagnostics_channel';

/** The channel name a profiler subscribes to; each message is a {@link StageTiming}. */
export const TIMING_CHANNEL = 'loi-extract:timing';

/** One measured stage: its name (`render`, `ocr swe psm3`, `repair`…) and its wall time in milliseconds. */
export interface StageTiming {
  stage: string;
  ms: number;
}

const timings = channel(TIMING_CHANNEL);

/** Whether anyone listens: callers that build a stage name at some cost check this first. */
export function isProfiling(): boolean {
  return timings.hasSubscribers;
}

/** Publishes a measured stage; for time spent outside `timed`/`timedSync` (a worker's start-up). */
export function publishTiming(stage: string, ms: number): void {
  if (timings.hasSubscribers) timings.publish({ stage, ms } satisfies StageTiming);
}

/** Runs `work` and publishes its wall time under `stage` when profiling. */
export async function timed<T>(stage: string, work: () => Promise<T>): Promise<T> {
  if (!timings.hasSubscribers) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    publishTiming(stage, performance.now() - started);
  }
}

/** Runs synchronous `work` and publishes its wall time under `stage` when profiling. */
export function timedSync<T>(stage: string, work: () => T): T {
  if (!timings.hasSubscribers) return work();
  const started = performance.now();
  try {
    return work();
  } finally {
    publishTiming(stage, performance.now() - started);
  }
}
