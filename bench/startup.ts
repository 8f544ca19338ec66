// Startup: `taipan -c pass` end to end beside `python3.13 -c pass`, as the median of several
// runs measured in the same session (the machines are noisy; ratios, not absolute times).
//   npm run bench:startup [-- --runs N]
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const CPYTHON = process.env.CPYTHON ?? '/root/.pyenv/versions/3.13.0/bin/python3.13';
const TAIPAN = path.resolve(__dirname, '..', '..', 'bin', 'taipan.js');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function time(cmd: string, args: string[]): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  const t1 = process.hrtime.bigint();
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}`);
  return Number(t1 - t0) / 1e6;
}

function main(): void {
  const i = process.argv.indexOf('--runs');
  const runs = i >= 0 ? Number(process.argv[i + 1]) : 11;
  const taipan: number[] = [];
  const cpython: number[] = [];
  for (let r = 0; r < runs; r++) {
    taipan.push(time(process.execPath, [TAIPAN, '-c', 'pass']));
    cpython.push(time(CPYTHON, ['-c', 'pass']));
  }
  const t = median(taipan);
  const c = median(cpython);
  console.log(`startup (-c pass), median of ${runs}:`);
  console.log(`  Taipan   ${t.toFixed(1)} ms`);
  console.log(`  CPython  ${c.toFixed(1)} ms`);
  console.log(`  Taipan/CPython ${(t / c).toFixed(2)}x`);
}

main();
