import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFileSystem, writeFilesAtomically, type FileSystem } from '../../src/cli/io.js';
import { BIN } from '../helpers/bin.js';
import { useTmpDir } from '../helpers/tmp-dir.js';

const tmp = useTmpDir();

/** Runs the built bin; `act` may signal it or close its pipes; resolves with how it ended. */
function runBin(args: readonly string[], act?: (child: ReturnType<typeof spawn>) => void): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    act?.(child);
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

describe('faults while writing', () => {
  const previous = { 'results.json': '{"previous": true}\n', 'report.html': '<p>previous</p>\n' };
  const fresh = { 'results.json': '{"new": true}\n', 'report.html': '<p>new</p>\n' };
  const setUp = (name: string) => {
    const dir = tmp.path(name);
    mkdirSync(dir, { recursive: true });
    for (const [file, content] of Object.entries(previous)) writeFileSync(join(dir, file), content);
    return dir;
  };

  it.each([
    ['the disk fills up while writing the second file', (calls: { write: number; rename: number }) => ({
      writeFile: (path: string, content: string) => {
        if (++calls.write === 2) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        nodeFileSystem.writeFile(path, content);
      },
    })],
    ['the second file cannot be renamed into place', (calls: { write: number; rename: number }) => ({
      rename: (from: string, to: string) => {
        if (from.endsWith('.tmp') && ++calls.rename === 2) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        nodeFileSystem.rename(from, to);
      },
    })],
  ])('keeps the previous outputs byte for byte when %s', (name, failing) => {
    const dir = setUp(name.replace(/\W+/g, '-'));
    const fs: FileSystem = { ...nodeFileSystem, ...failing({ write: 0, rename: 0 }) };
    expect(() => writeFilesAtomically(dir, fresh, fs)).toThrow(/ENOSPC|EACCES/);
    expect(readdirSync(dir).sort()).toEqual(['report.html', 'results.json']);
    for (const [file, content] of Object.entries(previous)) expect(readFileSync(join(dir, file), 'utf8')).toBe(content);
  });

  it('replaces the previous outputs when all goes well, leaving nothing aside', () => {
    const dir = setUp('fine');
    writeFilesAtomically(dir, fresh);
    expect(readdirSync(dir).sort()).toEqual(['report.html', 'results.json']);
    for (const [file, content] of Object.entries(fresh)) expect(readFileSync(join(dir, file), 'utf8')).toBe(content);
  });
});

describe('signals and closed pipes (the built bin)', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s mid-run exits %i and leaves no file or folder behind', async (signal, expected) => {
    const out = tmp.path(`signal-${signal}`);
    const { code } = await runBin(['run', 'examples/bench.yaml', '-n', '5e7', '--workers', '2', '--out', out], (child) => {
      setTimeout(() => child.kill(signal), 1_500);
    });
    expect(code).toBe(expected);
    expect(existsSync(out)).toBe(false);
  });

  it('keeps exit code 2 when stderr is a closed pipe', async () => {
    const bad = tmp.write('bad.yaml', 'workload: {requests_per_day: -1}\n');
    const { code } = await runBin(['run', bad], (child) => child.stderr?.destroy());
    expect(code).toBe(2);
  });
});

describe('a chunk that fails', () => {
  it('fails the run with the chunk named, on the pool and in this thread, and the pool still closes', async () => {
    const { createPoolRunner } = await import('../../src/engine/pool-runner.js');
    const { createInlineRunner } = await import('../../src/engine/inline-runner.js');
    const { planFor, runPlan } = await import('../helpers/run-plan.js');
    const { failingModel } = await import('../models/failing.js');
    // Every chunk of 1,000 uniform draws has some above 0.9: the lowest chunk is the one named.
    const plan = planFor(failingModel, { x: { uniform: [0, 1] } }, [{ name: 'y', kind: 'moments', column: { output: 'y' } }]);
    for (const runner of [createPoolRunner(2), createInlineRunner()]) {
      try {
        await expect(runPlan(plan, 10_000, 1_000, runner)).rejects.toThrow(/^chunk 0 \(samples 0 to 999\) failed: the model cannot take x = 0\.9/);
      } finally {
        await runner.close();
      }
    }
  });
});

describe('a worker that dies', () => {
  it('fails the run with the chunk named, and the pool still closes', async () => {
    const { createPoolRunner } = await import('../../src/engine/pool-runner.js');
    const { planFor, runPlan } = await import('../helpers/run-plan.js');
    const { dyingModel } = await import('../models/dying.js');
    const plan = planFor(dyingModel, { x: { uniform: [0, 1] } }, [{ name: 'y', kind: 'moments', column: { output: 'y' } }]);
    const pool = createPoolRunner(2);
    try {
      await expect(runPlan(plan, 4_000, 1_000, pool)).rejects.toThrow(/^chunk \d+ \(samples \d+ to \d+\) failed: /);
    } finally {
      await pool.close();
    }
  });
});
