/**
 * Times `ftroi run examples/bench.yaml` against the numpy yardstick (shared/bench), side by
 * side: the commands alternate, each is run `repeats` times, and medians and ratios are
 * printed. Wall times on a shared machine are noisy; only ratios from one run mean much.
 *
 *   npm run bench -- [--samples 1e6] [--repeats 5] [--numpy ../shared/bench/numpy_baseline.py]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    samples: { type: 'string', default: '1e6' },
    repeats: { type: 'string', default: '5' },
    numpy: { type: 'string', default: '../shared/bench/numpy_baseline.py' },
    python: { type: 'string', default: '/usr/bin/python3' },
  },
});
const samples = Number(values.samples);
const repeats = Number(values.repeats);
const out = mkdtempSync(join(tmpdir(), 'ftroi-bench-'));
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Measured {
  seconds: number;
  peakMiB?: number;
  answer: { p12: number; medianSavings: number };
}

interface Contender {
  readonly name: string;
  readonly command: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  readonly answer: (stdout: string) => Measured['answer'];
}

const ftroi = (workers: number): Contender => ({
  name: `ftroi, ${workers} worker${workers > 1 ? 's' : ''}`,
  command: ['node', 'dist/src/cli/main.js', 'run', 'examples/bench.yaml', '-n', String(samples), '--workers', String(workers), '--out', join(out, String(workers)), '--json'],
  answer: (stdout) => {
    const r = JSON.parse(stdout);
    return { p12: r.p_payback_within_threshold.estimate, medianSavings: r.outputs.monthly_savings.p50 };
  },
});

// The yardstick runs with OpenBLAS's machine overrides removed (see the env notes).
const numpyEnv = { ...process.env };
delete numpyEnv.OPENBLAS_CORETYPE;
delete numpyEnv.OPENBLAS_L2_SIZE;
const numpy: Contender = {
  name: 'numpy yardstick (1e6 chunks)',
  command: [values.python, values.numpy, String(samples), '42'],
  env: numpyEnv,
  answer: (stdout) => {
    // Python's json writes Infinity for paybacks that never happen.
    const r = JSON.parse(stdout.replace(/-?Infinity/g, 'null'));
    return { p12: r.p_payback_le_12, medianSavings: r.savings_q[1] };
  },
};

function measure(contender: Contender): Measured {
  const [cmd, ...args] = timeBin ? [timeBin, '-f', '%M', ...contender.command] : contender.command;
  const started = performance.now();
  const result = spawnSync(cmd as string, args, { encoding: 'utf8', env: contender.env ?? process.env, maxBuffer: 1 << 26 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${contender.name} failed:\n${result.stderr}`);
  const peakKiB = timeBin ? Number(result.stderr.trim().split('\n').pop()) : Number.NaN;
  return { seconds, answer: contender.answer(result.stdout), ...(Number.isFinite(peakKiB) ? { peakMiB: peakKiB / 1024 } : {}) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
const contenders = [ftroi(2), ftroi(1), ...(existsSync(values.numpy) ? [numpy] : [])];
if (!existsSync(values.numpy)) console.log(`(no yardstick at ${values.numpy}: timing ftroi alone)`);
const runs = new Map<string, Measured[]>(contenders.map((c) => [c.name, []]));
for (let r = 0; r < repeats; r++) {
  for (const contender of contenders) runs.get(contender.name)?.push(measure(contender));
}
rmSync(out, { recursive: true, force: true });

console.log(`\nN = ${samples.toExponential()} samples, median of ${repeats} alternating runs, whole process\n`);
const rows = contenders.map((c) => {
  const ms = runs.get(c.name) as Measured[];
  const wall = median(ms.map((m) => m.seconds));
  const peak = ms.every((m) => m.peakMiB !== undefined) ? `${median(ms.map((m) => m.peakMiB as number)).toFixed(0)} MiB` : 'n/a';
  const last = ms[ms.length - 1]?.answer;
  return { name: c.name, wall, peak, p12: last?.p12 ?? Number.NaN, median: last?.medianSavings ?? Number.NaN };
});
console.log(['implementation'.padEnd(30), 'wall'.padStart(8), 'samples/s'.padStart(11), 'peak RSS'.padStart(10), 'P(pb<=12)'.padStart(10), 'median savings'.padStart(15)].join(' '));
for (const r of rows) {
  console.log([r.name.padEnd(30), `${r.wall.toFixed(2)} s`.padStart(8), `${(samples / r.wall / 1e6).toFixed(2)} M`.padStart(11), r.peak.padStart(10), r.p12.toFixed(4).padStart(10), `$${r.median.toFixed(0)}`.padStart(15)].join(' '));
}
const wall = (name: string) => rows.find((r) => r.name === name)?.wall ?? Number.NaN;
console.log(`\n2 workers vs 1: ${(wall('ftroi, 1 worker') / wall('ftroi, 2 workers')).toFixed(2)}x faster`);
if (runs.has(numpy.name)) {
  console.log(`ftroi (2 workers) wall / numpy wall: ${(wall('ftroi, 2 workers') / wall(numpy.name)).toFixed(2)} (target for the scale issue: <= 0.5 at 1e7)`);
}
