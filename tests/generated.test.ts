// Generated files (src/generated/) must be what the generators write now: edit the
// definitions they come from and run `npm run generate`, never the output (STYLE.md §2).
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { staleGeneratedFiles } from '../scripts/generate';

test('generated files are up to date', () => {
  assert.deepEqual(staleGeneratedFiles(), [], 'stale generated files: run npm run generate');
});
