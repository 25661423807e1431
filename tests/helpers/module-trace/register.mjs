// Preloaded with `node --import` by tests that check what a command loads (tests/cli/help-imports.test.ts):
// appends one line per module loaded, ES module or CommonJS, to the file named by LOI_MODULE_TRACE.
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';

const file = process.env.LOI_MODULE_TRACE;
if (file) {
  register('./hooks.mjs', import.meta.url, { data: { file } });
  // require() inside CommonJS packages does not pass through the ES module hooks.
  const load = Module._load;
  Module._load = function traced(request, parent, isMain, ...rest) {
    let resolved = request;
    try {
      resolved = Module._resolveFilename(request, parent, isMain);
    } catch {}
    appendFileSync(file, `${resolved}\n`);
    return load.call(this, request, parent, isMain, ...rest);
  };
}
