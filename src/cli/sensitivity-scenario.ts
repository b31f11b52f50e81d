import { availableParallelism } from 'node:os';
import { createInlineRunner } from '../engine/inline-runner.js';
import { createPoolRunner } from '../engine/pool-runner.js';
import { simulatePlan } from '../engine/simulate-plan.js';
import { runRoiSensitivity } from '../results/roi-sensitivity.js';
import type { SensitivityMetric } from '../results/tornado-metrics.js';
import type { SamplingMethod } from '../scenario/sampling-methods.js';
import type { SensitivityMethod } from '../sensitivity/sensitivity-result.js';
import { formatSensitivity } from './format-sensitivity.js';
import type { CliIo } from './io.js';
import { loadCatalog } from './load-catalog.js';
import { loadScenario } from './load-scenario.js';

export interface SensitivityCliOptions {
  method: SensitivityMethod[];
  samples?: number;
  seed?: string;
  workers?: number;
  catalog?: string;
  threshold?: number;
  metric: SensitivityMetric;
  confidence: number;
  sampling?: SamplingMethod;
  json?: boolean;
}

/**
 * `ftroi sensitivity`: the methods asked for, printed (or as JSON); nothing written. For
 * sobol, --samples is the design's base rows N; for the others, the Monte Carlo samples.
 */
export async function sensitivityScenario(file: string, options: SensitivityCliOptions, io: CliIo): Promise<void> {
  const { scenario: loaded } = loadScenario(file, loadCatalog(options.catalog));
  const sobolOnly = options.method.every((m) => m === 'sobol');
  const scenario = {
    ...loaded,
    simulation: {
      ...loaded.simulation,
      ...(options.samples !== undefined && !sobolOnly ? { samples: options.samples } : {}),
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      ...(options.threshold === undefined ? {} : { threshold_months: options.threshold }),
      ...(options.sampling === undefined ? {} : { sampling: options.sampling }),
    },
  };
  const workers = options.workers ?? availableParallelism();
  const runner = workers > 1 ? createPoolRunner(workers) : createInlineRunner();
  const started = performance.now();
  try {
    const { sensitivity } = await runRoiSensitivity(
      scenario,
      { methods: options.method, metric: options.metric, confidence: options.confidence, ...(options.samples !== undefined ? { sobolSamples: options.samples } : {}) },
      async (plan, samples, chunkSize) => (await simulatePlan(plan, runner, { samples, chunkSize })).summary,
    );
    const results = options.method.map((m) => sensitivity[m]).filter((r) => r !== undefined);
    if (options.json) io.stdout(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
    else {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      io.stdout(`${scenario.name}\nseed "${scenario.simulation.seed}" · ${workers} worker${workers === 1 ? '' : 's'} · ${seconds} s\n\n${results.map(formatSensitivity).join('\n')}`);
    }
  } finally {
    await runner.close();
  }
}
