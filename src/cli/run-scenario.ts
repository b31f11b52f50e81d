import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { createInlineRunner } from '../engine/inline-runner.js';
import { planChunks } from '../engine/plan-chunks.js';
import { createPoolRunner } from '../engine/pool-runner.js';
import type { Runner } from '../engine/runner.js';
import { simulatePlan } from '../engine/simulate-plan.js';
import { buildResults } from '../results/build-results.js';
import { ANALYSIS_CHUNK_SIZE, ANALYSIS_SAMPLES, runRoiAnalyses } from '../results/roi-analyses.js';
import type { TornadoMetric } from '../results/tornado-metrics.js';
import { REDUCTION, roiPlan } from '../results/roi-plan.js';
import { firstRowsReducers, runRoiSensitivity, SENSITIVITY_SAMPLES_MAX, type SensitivityOptions } from '../results/roi-sensitivity.js';
import type { SamplingMethod } from '../scenario/sampling-methods.js';
import type { SensitivityMethod } from '../sensitivity/sensitivity-result.js';
import type { ChunkSummary, SimulationPlan } from '../engine/plan.js';
import { estimateProbability } from '../stats/binomial-interval.js';
import { countAt, type ThresholdCounts } from '../stats/threshold-counts.js';
import { SAMPLES_CSV_MAX_ROWS, samplesCsv, samplesCsvBytes, samplesPlan } from '../results/samples-csv.js';
import type { Scenario } from '../scenario/scenario.js';
import { FTROI_VERSION } from '../version.js';
import { formatSummary } from './format-summary.js';
import { onInterrupt, prepareOutputDir, removeFolders, writeFilesAtomically, type CliIo } from './io.js';
import { loadScenario } from './load-scenario.js';
import { loadCatalog } from './load-catalog.js';
import { runOptions } from '../results/options-comparison.js';
import { createProgress } from './progress-bar.js';

export interface RunOptions {
  samples?: number;
  seed?: string;
  workers: number;
  out?: string;
  threshold?: number;
  json?: boolean;
  report: boolean;
  samplesCsv?: string;
  metric: TornadoMetric;
  force?: boolean;
  sensitivity?: SensitivityMethod[];
  sampling?: SamplingMethod;
  confidence?: number;
  sobolSamples?: number;
  precision?: number;
  maxSamples?: number;
  /** A LiteLLM-style price map laid over the built-in catalog. */
  catalog?: string;
}

/** What a report always shows from the main sample (no designed runs of their own). */
const REPORT_METHODS: readonly SensitivityMethod[] = ['conditional', 'evppi', 'flip'];
/** The cap of a --precision run when --max-samples is not given. */
export const DEFAULT_MAX_SAMPLES = 10_000_000;

/** `ftroi run`: scenario -> simulation -> results.json (+ report.html) -> summary. */
export async function runScenario(file: string, options: RunOptions, io: CliIo): Promise<void> {
  const loaded = loadScenario(file, loadCatalog(options.catalog));
  const scenario = withOverrides(loaded.scenario, options);
  const outDir = options.out ?? join('ftroi-out', loaded.stem);
  const { samples } = scenario.simulation;
  if (options.samplesCsv !== undefined && samples > SAMPLES_CSV_MAX_ROWS && !options.force) {
    const gigabytes = (samplesCsvBytes(samples) / 1e9).toFixed(1);
    throw new UsageError(`--samples-csv would write ${samples.toLocaleString('en-US')} rows (about ${gigabytes} GB); pass --force to write it anyway, or fewer samples`);
  }
  const created = prepareOutputDir(outDir);
  const done = onInterrupt(() => removeFolders(created));
  try {
    await simulateAndWrite(scenario, loaded.sha256, outDir, options, io);
  } catch (error) {
    removeFolders(created);
    throw error;
  } finally {
    done();
  }
}

async function simulateAndWrite(asGiven: Scenario, sha256: string, outDir: string, options: RunOptions, io: CliIo): Promise<void> {
  let scenario = asGiven;
  const { chunk_size: chunkSize } = scenario.simulation;
  const samples = options.precision === undefined ? scenario.simulation.samples : (options.maxSamples ?? DEFAULT_MAX_SAMPLES);
  const methods = [...new Set([...(options.report ? REPORT_METHODS : []), ...(options.sensitivity ?? [])])];
  // The report's designed runs (tornadoes, bands) are smaller runs of their own chunks.
  const analysisChunks = options.report ? planChunks(Math.min(ANALYSIS_SAMPLES, samples), ANALYSIS_CHUNK_SIZE).length : 0;
  const workers = Math.min(options.workers, Math.max(planChunks(samples, chunkSize).length, analysisChunks));
  const started = performance.now();
  // vega takes a tenth of a second to load: let it load while the workers simulate.
  const reports = options.report ? import('../../reports/index.js') : undefined;
  const progress = createProgress(io.progressStream, samples);
  const runner = startRunner(workers);
  const sensitivityOptions: SensitivityOptions = { methods, confidence: options.confidence ?? 0.8, ...(options.sobolSamples ? { sobolSamples: options.sobolSamples } : {}) };
  const wantsSensitivity = methods.length > 0 || scenario.correlations.length > 0;
  // When the main run's rows are all the sensitivity pass would read (the same seed, chunks
  // and sampler), that pass's reducers ride along instead of drawing the rows again: a third
  // to a half of a report run at 1e6 samples.
  const riding = wantsSensitivity && options.precision === undefined && samples <= SENSITIVITY_SAMPLES_MAX ? firstRowsReducers(scenario, sensitivityOptions) : [];
  const mainPlan = roiPlan(scenario);
  let simulated;
  let analyses;
  let sensitivity;
  let comparison;
  let csv: string | undefined;
  // The pool's threads end while the results are built (~10-30 ms at the end of every pool
  // run); a failure to close them still fails the run before anything is written.
  let closing: Promise<{ readonly error: unknown } | undefined> | undefined;
  try {
    simulated = await simulatePlan({ ...mainPlan, reducers: [...mainPlan.reducers, ...riding] }, runner, {
      samples,
      chunkSize,
      onProgress: (done) => progress.update(done),
      ...(options.precision === undefined ? {} : { stopWhen: precisionReached(scenario.simulation.threshold_months, options.precision) }),
    });
    progress.stop();
    // The rest reads the rows the main run drew: as many as it merged.
    scenario = { ...scenario, simulation: { ...scenario.simulation, samples: simulated.samples } };
    const runPlan = async (plan: SimulationPlan, n: number, size: number) => (await simulatePlan(plan, runner, { samples: n, chunkSize: size })).summary;
    if (options.report) analyses = await runRoiAnalyses(scenario, (plan, n) => runPlan(plan, n, ANALYSIS_CHUNK_SIZE), options.metric);
    if (wantsSensitivity) sensitivity = await runRoiSensitivity(scenario, sensitivityOptions, runPlan, riding.length > 0 ? simulated.summary : undefined);
    comparison = await runOptions(scenario, (plan, n) => runPlan(plan, n, chunkSize));
    if (options.samplesCsv !== undefined) {
      // The same seed and chunks as the main run: these rows are the samples just summarized.
      csv = samplesCsv((await simulatePlan(samplesPlan(scenario), runner, { samples: scenario.simulation.samples, chunkSize })).summary);
    }
  } finally {
    progress.stop();
    closing = runner.close().then(() => undefined, (error: unknown) => ({ error }));
  }
  const results = buildResults(scenario, simulated.summary, { ftroiVersion: FTROI_VERSION, scenarioSha256: sha256 }, analyses, sensitivity, comparison);
  if (options.samplesCsv !== undefined && csv !== undefined) {
    writeFilesAtomically(dirname(resolve(options.samplesCsv)), { [basename(options.samplesCsv)]: csv });
  }
  const resultsJson = `${JSON.stringify(results, null, 2)}\n`;
  const files: Record<string, string> = { 'results.json': resultsJson };
  if (reports) {
    const { buildReport, buildSummaryMarkdown } = await reports;
    files['report.html'] = await buildReport(results, { generatedAt: new Date() });
    files['summary.md'] = buildSummaryMarkdown(results);
  }
  const closed = await closing;
  if (closed) throw closed.error;
  const written = writeFilesAtomically(outDir, files);
  const seconds = (performance.now() - started) / 1000;
  io.stdout(options.json ? resultsJson : formatSummary(results, { workers, seconds, written }));
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
      ...(options.sampling === undefined ? {} : { sampling: options.sampling }),
    },
  };
}

/** Stops once the 95% interval of P(payback <= threshold) is narrower than +-halfWidth. */
function precisionReached(threshold: number, halfWidth: number): (merged: ChunkSummary, done: number) => boolean {
  return (merged, done) => {
    const { ci95 } = estimateProbability(countAt(merged.reductions[REDUCTION.paybackThresholdCount] as ThresholdCounts, '<=', threshold), done);
    return (ci95[1] - ci95[0]) / 2 < halfWidth;
  };
}
