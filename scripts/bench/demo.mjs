// `registrar-kit demo --fast` as a newcomer runs it: the built binary in a fresh process, wall time
// from spawn to exit, median of 5 runs (issue 10: ≤ 20 s).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median, root } from './common.mjs';

export async function benchDemo(runs = 5) {
  const bin = join(root, 'packages/cli/bin/registrar-kit.js');
  const walls = [];
  const tours = [];
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'rk-bench-demo-'));
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [bin, 'demo', '--fast', '--json', '--dir', dir], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    walls.push(performance.now() - t0);
    rmSync(dir, { recursive: true, force: true });
    if (r.status !== 0) throw new Error(`registrar-kit demo --fast exited ${r.status}: ${r.stderr || r.stdout.slice(0, 500)}`);
    tours.push(JSON.parse(r.stdout).seconds * 1000);
  }
  const wall = Math.round(median(walls));
  return {
    markdown: [
      '## Demo (issue 10)',
      '',
      '| what | figure | target |',
      '| --- | --- | --- |',
      `| \`registrar-kit demo --fast\`: sandbox + host + the 8-step tour, fresh process, spawn to exit (median of ${runs}) | ${(wall / 1000).toFixed(2)} s wall (tour ${(median(tours) / 1000).toFixed(2)} s) | ≤ 20 s: ${wall <= 20_000 ? 'met' : '**not met**'} |`,
    ],
  };
}
