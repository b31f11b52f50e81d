import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Runner } from './runner.js';

/**
 * A piscina pool of `workers` threads running workers/simulate-chunk. Compiled code points
 * at the .js worker in dist/; TypeScript sources (tests, tsx) point at the .ts worker and
 * load tsx into each thread.
 */
export function createPoolRunner(workers: number): Runner {
  const fromSource = import.meta.url.endsWith('.ts');
  const workerFile = fileURLToPath(
    new URL(`../../workers/simulate-chunk.${fromSource ? 'ts' : 'js'}`, import.meta.url),
  );
  if (!existsSync(workerFile)) throw new Error(`worker file not found: ${workerFile}`);
  const pool = new Piscina({
    filename: workerFile,
    minThreads: workers,
    maxThreads: workers,
    execArgv: fromSource ? [...process.execArgv, '--import', 'tsx'] : process.execArgv,
  });
  return {
    run: (task) => pool.run(task),
    threads: workers,
    close: () => pool.destroy(),
  };
}
