import type { ChunkSummary, SimulationPlan } from '../engine/plan.js';
import { roiModel } from '../model/roi-model.js';
import type { Scenario } from '../scenario/scenario.js';
import { roiPlan } from './roi-plan.js';

/** Most rows --samples-csv writes without --force. */
export const SAMPLES_CSV_MAX_ROWS = 1_000_000;

const columns = () => [...roiModel.inputs.map((f) => ({ name: f.name, column: { input: f.name } })), ...roiModel.outputs.map((f) => ({ name: f.name, column: { output: f.name } }))];

/**
 * The plan that keeps every sample's inputs and outputs: the main run's seed and chunks, so
 * its rows are exactly the samples the results summarize.
 */
export function samplesPlan(scenario: Scenario): SimulationPlan {
  return { ...roiPlan(scenario), reducers: columns().map(({ name, column }) => ({ name, kind: 'values' as const, column })) };
}

/** About how many bytes the CSV of `rows` samples takes (for the refusal message). */
export function samplesCsvBytes(rows: number): number {
  return rows * columns().length * 11;
}

const cell = (x: number): string => (Number.isFinite(x) ? String(x) : Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf');

/** One line per sample: every input, then every output, by name; a payback that never happens is `inf`. */
export function samplesCsv(summary: ChunkSummary): string {
  const cols = columns().map(({ name }) => ({ name, values: summary.reductions[name] as Float64Array }));
  const lines = [cols.map((c) => c.name).join(',')];
  for (let i = 0; i < summary.samples; i++) lines.push(cols.map((c) => cell(c.values[i] as number)).join(','));
  return `${lines.join('\n')}\n`;
}
