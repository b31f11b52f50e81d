import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { createInlineRunner } from '../../engine/inline-runner.js';
import { planChunks } from '../../engine/plan-chunks.js';
import { createPoolRunner } from '../../engine/pool-runner.js';
import type { Runner } from '../../engine/runner.js';
import { simulatePlan } from '../../engine/simulate-plan.js';
import { buildResults } from '../../results/build-results.js';
import { roiPlan } from '../../results/roi-plan.js';
import type { Scenario } from '../../scenario/scenario.js';
import { FTROI_VERSION } from '../../version.js';
import { formatSummary } from '../format-summary.js';
import { checkOutputDir, writeFilesAtomically, type CliIo } from '../io.js';
import { loadScenario } from '../load-scenario.js';
import { parseSamples, parseSeed, parseThreshold, parseWorkers } from '../option-parsers.js';
import { createProgress } from '../progress-bar.js';

interface RunOptions {
  samples?: number;
  seed?: string;
  workers: number;
  out?: string;
  threshold?: number;
  json?: boolean;
  report: boolean;
}

export function addRunCommand(program: Command, io: CliIo): void {
  program
    .command('run')
    .description('simulate a scenario and write results.json and report.html')
    .argument('<scenario>', 'scenario file (YAML or JSON)')
    .option('-n, --samples <count>', 'number of Monte Carlo samples (default: the scenario\'s, else 100000)', parseSamples)
    .option('--seed <seed>', 'seed of every random stream (default: the scenario\'s, else "ftroi")', parseSeed)
    .option('--workers <count>', 'worker threads; results do not depend on it', parseWorkers, availableParallelism())
    .option('--out <dir>', 'output folder (default: ftroi-out/<scenario file name>)')
    .option('--threshold <months>', 'payback threshold in months (default: the scenario\'s, else 12)', parseThreshold)
    .option('--json', 'print results.json instead of the summary')
    .option('--no-report', 'write results.json only (no report.html; vega is not even loaded)')
    .action(async (file: string, options: RunOptions) => {
      const loaded = loadScenario(file);
      const scenario = withOverrides(loaded.scenario, options);
      const outDir = options.out ?? join('ftroi-out', loaded.stem);
      checkOutputDir(outDir);
      const { samples, chunk_size: chunkSize } = scenario.simulation;
      const workers = Math.min(options.workers, planChunks(samples, chunkSize).length);
      const started = performance.now();
      // vega takes a tenth of a second to load: let it load while the workers simulate.
      const reports = options.report ? import('../../../reports/index.js') : undefined;
      const runner = startRunner(workers);
      const progress = createProgress(io.progressStream, samples);
      const simulated = await simulatePlan(roiPlan(scenario), runner, {
        samples,
        chunkSize,
        onProgress: (done) => progress.update(done),
      }).finally(() => (progress.stop(), runner.close()));
      const results = buildResults(scenario, simulated.summary, { ftroiVersion: FTROI_VERSION, scenarioSha256: loaded.sha256 });
      const resultsJson = `${JSON.stringify(results, null, 2)}\n`;
      const files: Record<string, string> = { 'results.json': resultsJson };
      if (reports) files['report.html'] = await (await reports).buildReport(results);
      const written = writeFilesAtomically(outDir, files);
      const seconds = (performance.now() - started) / 1000;
      io.stdout(options.json ? resultsJson : formatSummary(results, { workers, seconds, written }));
    });
}

/** One chunk's worth of work, or one worker, needs no pool: it runs in this thread. */
function startRunner(workers: number): Runner {
  return workers > 1 ? createPoolRunner(workers) : createInlineRunner();
}

function withOverrides(scenario: Scenario, options: RunOptions): Scenario {
  return {
    ...scenario,
    simulation: {
      ...scenario.simulation,
      ...(options.samples === undefined ? {} : { samples: options.samples }),
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      ...(options.threshold === undefined ? {} : { threshold_months: options.threshold }),
    },
  };
}
