import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Runner } from './runner.js';

/**
 * A preload that registers tsx's TypeScript loader inside a worker thread. `--import tsx`
 * alone does not on Node 20: its hooks skip worker threads, so a worker could not import a
 * model module written in TypeScript (test models, the sources under tests). Used only when
 * running from TypeScript sources; tsx is a dev dependency.
 */
function tsxInWorker(): string {
  const api = import.meta.resolve('tsx/esm/api');
  return `data:text/javascript,import{register}from${JSON.stringify(api)};register();`;
}

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
    // Compiled workers need no flag of the parent's, and a process-wide one (node
    // --v8-pool-size=1 ...) would make every worker refuse to start.
    execArgv: fromSource ? [...process.execArgv, '--import', tsxInWorker()] : [],
  });
  return {
    run: (task) => pool.run(task),
    threads: workers,
    close: () => pool.destroy(),
  };
}
