// Writes every generated file under src/generated/, or with --check fails when one is stale.
// Generated files are committed; a test runs the check so they cannot drift from their source.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateAst } from '../src/compiler/ast/generate-ast';
import { generateOpcodes } from '../src/instructions/generate-opcodes';
import { generateLoop } from '../src/instructions/generate-loop';
import { generateUops } from '../src/instructions/generate-uops';

/** The repository: the nearest folder above this script holding the AST schema, else the working directory. */
function findRoot(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'src', 'compiler', 'ast', 'schema.ts'))) return dir;
  }
  return process.cwd();
}

const ROOT = findRoot();

/** Each generated file beside the function that writes it. */
export const GENERATED_FILES: readonly (readonly [string, () => string])[] = [
  ['src/generated/ast.ts', generateAst],
  ['src/generated/opcodes.ts', () => generateOpcodes()],
  ['src/generated/tier1-loop.ts', generateLoop],
  ['src/generated/uops.ts', generateUops],
];

/** The generated files whose committed text differs from what the generators write now. */
export function staleGeneratedFiles(): string[] {
  const stale: string[] = [];
  for (const [file, generate] of GENERATED_FILES) {
    const full = path.join(ROOT, file);
    const current = fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : null;
    if (current !== generate()) stale.push(file);
  }
  return stale;
}

function main(): void {
  if (process.argv.includes('--check')) {
    const stale = staleGeneratedFiles();
    if (stale.length > 0) {
      console.error(`stale generated files (run npm run generate): ${stale.join(', ')}`);
      process.exit(1);
    }
    console.log('generated files are up to date');
    return;
  }
  for (const [file, generate] of GENERATED_FILES) {
    fs.writeFileSync(path.join(ROOT, file), generate());
    console.log(`wrote ${file}`);
  }
}

if (require.main === module) main();
