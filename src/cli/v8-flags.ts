import { setFlagsFromString } from 'node:v8';

/**
 * V8 first runs a regex in its interpreter and compiles it to machine code on the next run; for the few
 * hundred large cue regexes that every document runs many times, that is two compilations each, and after
 * a full garbage collection a copy of a regex (which `matchAll` makes) is compiled twice again. Compiling
 * straight to machine code cuts the CPU time of 240 plain-text documents by about a third (12.2 -> 7.4 s
 * on a loaded 2-core machine; issue 12).
 */
const REGEX_FLAGS = '--no-regexp-tier-up';

/**
 * V8 sends a JavaScript function to its optimising compiler once it has used up an interrupt budget (by
 * default 67,584 units of bytecode run). A batch runs the extractors' hundreds of functions for seconds, not
 * hours: with the default, TurboFan compiles many of them that would not have paid back, on background
 * threads whose CPU time counts too (about a quarter of all CPU on 240 plain-text documents, `perf`).
 * With nine times the budget only the hot ones are optimised: user CPU for the pipeline bench's 240
 * plain-text documents (`--jobs 1`) 10.20 -> 8.56 s and 8.86 -> 8.16 s (medians of 4 alternating runs, two rounds, loaded
 * 2-core machine); 300,000 and 1,000,000 did no better, and without TurboFan inlining no better still.
 */
const OPTIMIZATION_FLAGS = '--interrupt-budget=600000';

/**
 * Makes V8 compile regexes straight to machine code (`REGEX_FLAGS`) and optimise JavaScript later
 * (`OPTIMIZATION_FLAGS`), for the commands that run the pipeline. Called once their modules are loaded:
 * changing a V8 flag makes Node compile the modules it loads afterwards without its code cache (about 25 ms
 * more for `--help`), so the CLI does not do it at start-up. The process is the CLI's own, so it may set this.
 */
export function setBatchV8Flags(): void {
  setFlagsFromString(REGEX_FLAGS);
  setFlagsFromString(OPTIMIZATION_FLAGS);
}
