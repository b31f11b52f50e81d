import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/bin.js';
import { useTmpDir } from '../helpers/tmp-dir.js';

const run = promisify(execFile);
const tmp = useTmpDir();

/** That a module graph was walked (more than its entries) and bundles none of zod's or yaml's modules. */
function expectNoZodOrYaml(loaded: readonly string[]): void {
  expect(loaded.length).toBeGreaterThan(2);
  for (const file of loaded) expect(readFileSync(file, 'utf8'), file).not.toMatch(/^\/\/ node_modules\/(zod|yaml)\//m);
}

/** The built command, as users and `npm run demo` run it: the bundle of the compiled JS, and real piscina workers. */
describe('the built ftroi bin', () => {
  it('exists and is executable (npm test builds it first)', () => {
    expect(existsSync(BIN)).toBe(true);
    expect(statSync(BIN).mode & 0o111).not.toBe(0);
  });

  it('runs the demo scenario on two workers from the bundle', async () => {
    const out = tmp.path('demo');
    const { stdout } = await run(BIN, ['run', 'examples/support-bot.yaml', '-n', '30000', '--workers', '2', '--out', out]);
    expect(stdout).toMatch(/P\(payback <= 12 months\)\s+\d+\.\d%/);
    expect(JSON.parse(readFileSync(`${out}/results.json`, 'utf8')).manifest.samples).toBe(30_000);
  });

  it('writes the very bytes the unbundled build does (tsc\'s dist/src/cli/main.js)', async () => {
    const [bundled, unbundled] = [tmp.path('bundled'), tmp.path('unbundled')];
    const args = ['run', 'examples/customer-support.yaml', '-n', '30000', '--workers', '2', '--no-report'];
    await run(process.execPath, [BIN, ...args, '--out', bundled]);
    await run(process.execPath, ['dist/src/cli/main.js', ...args, '--out', unbundled]);
    expect(readFileSync(`${bundled}/results.json`, 'utf8')).toBe(readFileSync(`${unbundled}/results.json`, 'utf8'));
  });

  it('gives a worker, loading the ROI model by its URL, no zod or yaml to load', () => {
    const chunks = join(dirname(BIN), '../chunks');
    const modelChunk = readdirSync(chunks).find((name) => readFileSync(join(chunks, name), 'utf8').includes('id: "roi"'));
    expect(modelChunk).toBeDefined();
    expectNoZodOrYaml(staticImports([join(dirname(BIN), '../../workers/simulate-chunk.js'), join(chunks, modelChunk as string)]));
  });

  it('starts with no zod or yaml to load: --help and --version read no scenario', () => {
    expectNoZodOrYaml(staticImports([BIN]));
  });

  it('runs its workers whatever flags node itself was started with', async () => {
    const out = tmp.path('flags');
    await run(process.execPath, ['--v8-pool-size=1', BIN, 'run', 'examples/support-bot.yaml', '-n', '400000', '--workers', '2', '--no-report', '--out', out]);
    expect(JSON.parse(readFileSync(`${out}/results.json`, 'utf8')).manifest.samples).toBe(400_000);
  });

  it('exits 2 on a bad scenario, with the message on stderr', async () => {
    const bad = tmp.write('bad.yaml', 'workload: {requests_per_day: -1}\n');
    const failure = await run(BIN, ['run', bad]).then(() => undefined, (error: { code: number; stderr: string }) => error);
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toMatch(/bad\.yaml:1:30: workload\.requests_per_day: must be between 0 and 1e12 \(got -1\)/);
  });
});

/** The files these ES modules load, themselves included, following their relative static imports. */
function staticImports(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, relative] of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^;]*?["'](\.{1,2}\/[^"']+)["']/gms)) visit(join(dirname(file), relative as string));
  };
  entries.forEach(visit);
  return [...seen];
}
