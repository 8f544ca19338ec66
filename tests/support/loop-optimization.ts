// Run by tests/vm-optimization.test.ts under `node --allow-natives-syntax`: warms the tier-1
// loop up on a small Python function, then prints V8's optimization status bits of evalTier1.
import { createInterpreter } from '../../src/vm/run';
import { memoryHost } from '../../src/modules/host';
import { compileToCode } from '../../src/vm/compile';
import { execCode } from '../../src/vm/exec';
import { evalTier1 } from '../../src/generated/tier1-loop';
import { PyModule } from '../../src/objects/module';
import { call } from '../../src/objects/ops/call';

const interp = createInterpreter({ host: memoryHost(), argv: [''], path0: '', hashSeed: '0' });
const main = new PyModule('__main__');
main.dict.setStr('__builtins__', interp.builtins);
const source = `
def work(n):
    total = 0
    i = 0
    while i < n:
        if i % 3 == 0:
            total += i
        else:
            total -= 1
        i += 1
    return total
`;
execCode(compileToCode(source, '<warmup>', 'exec'), main.dict, main.dict);
const work = main.dict.getStr('work')!;
let check = 0;
for (let round = 0; round < 3000; round++) check += call(work, [200]) as number;
const status = (new Function('f', 'return %GetOptimizationStatus(f)') as (f: unknown) => number)(evalTier1);
process.stdout.write(JSON.stringify({ status, check }) + '\n');
