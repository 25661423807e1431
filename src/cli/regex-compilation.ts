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
 * Makes V8 compile regexes straight to machine code, for the commands that run the pipeline. Called once
 * their modules are loaded: changing a V8 flag makes Node compile the modules it loads afterwards without
 * its code cache (about 25 ms more for `--help`), so the CLI does not do it at start-up. The process is
 * the CLI's own, so it may set this.
 */
export function compileRegexesToMachineCode(): void {
  setFlagsFromString(REGEX_FLAGS);
}
