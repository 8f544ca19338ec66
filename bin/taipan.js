#!/usr/bin/env node
// The `taipan` command. The CLI is TypeScript compiled to dist/ (npm install builds it).
'use strict';
let cli;
try {
  cli = require('../dist/src/cli/entry.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('dist/src/cli/entry.js')) {
    process.stderr.write('taipan: not built yet; run `npm install` (or `npm run build`) in the Taipan checkout\n');
  } else {
    // Like any internal error: one line, no Node stack trace (TAIPAN_DEBUG=1 shows it).
    const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    process.stderr.write(`SystemError: Taipan internal error: ${what.split('\n')[0]}\n`);
    if (process.env.TAIPAN_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  }
  process.exit(1);
}
cli.start(process.argv.slice(2));
