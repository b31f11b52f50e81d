import type { InputField } from '../model/input-field.js';
import type { Columns, Model } from '../model/model.js';
import { BASE_EVALUATOR, type ChunkSummary, type ChunkTask, type EvaluatorSpec } from './plan.js';
import { REDUCER_KINDS, type Accumulator } from './reducers/reducer-kinds.js';
import { columnsOf, type ColumnRef } from './reducers/reducer-spec.js';
import type { BlockSampler } from './samplers/block-sampler.js';
import { startSampler } from './samplers/start-sampler.js';
import type { Workspace } from './workspace.js';

/**
 * Rows per block. A chunk is drawn, evaluated and reduced one block at a time, so that its
 * few dozen columns (16 KiB each) stay in cache between the three steps; whole 50,000-row
 * columns did not. Results do not depend on it (streams carry on across blocks), except in
 * the last bits of merged moments, which is why it is a constant.
 */
export const BLOCK_ROWS = 1024;

/**
 * Simulates one chunk: sampler -> evaluators -> reducers, block by block. The result
 * depends on the task alone; `workspace` only lends buffers.
 */
export function runChunk(task: ChunkTask, model: Model, workspace: Workspace): ChunkSummary {
  const fields = sampledFields(model, task.inputs);
  const names = fields.map((field) => field.name);
  const inputs = workspace.columns('inputs', names.length, BLOCK_ROWS);
  const sampler = startSampler(task.sampler, fields, task.inputs, task.seed, task.chunkIndex, task.length);
  // Only evaluators some reducer reads are run: a plan may carry others for other reducers.
  const read = new Set(task.reducers.flatMap(columnsOf).map((column) => ('output' in column ? (column.evaluator ?? BASE_EVALUATOR) : undefined)));
  const evaluators = task.evaluators
    .filter((spec) => read.has(spec.name))
    .map((spec, e) => prepareEvaluator(spec, model, names, inputs, task.inputs, workspace, e, outputsRead(task.reducers, spec.name)));
  const reducers = task.reducers.map((spec, k) => {
    const readers = columnsOf(spec).map((ref) => columnReader(spec.name, ref, names, inputs, evaluators, model));
    const context = { workspace, slot: String(k), blockRows: BLOCK_ROWS, seed: task.seed, chunkIndex: task.chunkIndex };
    return {
      spec,
      // The same arrays every block: only gathered series steps are refilled.
      columns: readers.map((reader) => reader.column),
      gathers: readers.flatMap((reader) => (reader.gather ? [reader.gather] : [])),
      accumulator: REDUCER_KINDS[spec.kind].start(spec as never, context) as Accumulator<unknown>,
    };
  });
  runBlocks(task.length, sampler, inputs, evaluators, reducers);
  return {
    samples: task.length,
    reductions: Object.fromEntries(reducers.map(({ spec, accumulator }) => [spec.name, accumulator.finish()])),
  };
}

interface PreparedReducer {
  readonly columns: readonly Float64Array[];
  readonly gathers: readonly ((rows: number) => void)[];
  readonly accumulator: Accumulator<unknown>;
}

/**
 * The chunk's rows, block by block: drawn, evaluated, reduced. A function of its own, apart
 * from the setup above that runs once a chunk: TurboFan compiled runChunk as a whole four
 * times a worker (on-stack, then again after a deoptimization in its setup), ~19 ms each.
 */
function runBlocks(length: number, sampler: BlockSampler, inputs: Float64Array[], evaluators: readonly PreparedEvaluator[], reducers: readonly PreparedReducer[]): void {
  for (let start = 0; start < length; start += BLOCK_ROWS) {
    const rows = Math.min(BLOCK_ROWS, length - start);
    sampler.fill(inputs, rows);
    for (const evaluator of evaluators) evaluator.run(rows);
    for (const { columns, gathers, accumulator } of reducers) {
      for (const gather of gathers) gather(rows);
      accumulator.add(columns, rows);
    }
  }
}

interface PreparedEvaluator {
  readonly name: string;
  readonly outputs: Columns;
  run(rows: number): void;
}

/** An evaluator's input columns (the sampled ones, overridden where it says) and its outputs. */
function prepareEvaluator(
  spec: EvaluatorSpec,
  model: Model,
  names: readonly string[],
  sampled: readonly Float64Array[],
  specs: ChunkTask['inputs'],
  workspace: Workspace,
  index: number,
  read: ReadonlySet<string>,
): PreparedEvaluator {
  const overridden = workspace.columns(`overrides:${index}`, names.length, BLOCK_ROWS);
  const outputColumns = workspace.columns(`outputs:${index}`, model.outputs.length, BLOCK_ROWS * maxSeries(model));
  const outputs = Object.fromEntries(model.outputs.map((field, k) => [field.name, outputColumns[k] as Float64Array]));
  for (const [name, override] of Object.entries(spec.overrides ?? {})) {
    if (!model.inputs.some((field) => field.name === name)) throw new Error(`evaluator "${spec.name}" overrides "${name}", which model "${model.id}" does not have`);
    if ('input' in override && !names.includes(override.input)) throw new Error(`evaluator "${spec.name}" reads input "${override.input}", which the plan does not sample`);
  }
  // The model's input record is built once: the columns it points to are refilled in place
  // each block, and a record of the same arrays keeps the kernel's lookups monomorphic.
  const columns: Record<string, Float64Array> = {};
  const refills: ((rows: number) => void)[] = [];
  // Inputs with one value in every row, for a model's specialized kernel.
  const fixed: Record<string, number> = {};
  const fixedSpec = (name: string) => {
    const value = specs[name];
    return typeof value === 'number' ? value : undefined;
  };
  model.inputs.forEach(({ name }, k) => {
    const override = spec.overrides?.[name];
    const column = sampled[k] as Float64Array;
    let value: number | undefined;
    if (!override) {
      columns[name] = column;
      value = fixedSpec(name);
    } else if ('input' in override) {
      columns[name] = sampled[names.indexOf(override.input)] as Float64Array;
      value = fixedSpec(override.input);
    } else {
      const target = overridden[k] as Float64Array;
      columns[name] = target;
      if ('set' in override) {
        target.fill(override.set);
        value = override.set;
      } else {
        refills.push((rows) => {
          for (let i = 0; i < rows; i++) target[i] = (column[i] as number) * override.scale;
        });
        const base = fixedSpec(name);
        value = base === undefined ? undefined : base * override.scale;
      }
    }
    if (value !== undefined) fixed[name] = value;
  });
  const kernel = model.kernelFor(fixed, read);
  return {
    name: spec.name,
    outputs,
    run(rows) {
      for (const refill of refills) refill(rows);
      kernel(columns, outputs, rows);
    },
  };
}

/** The outputs of evaluator `name` that some reducer reads: the model need not write the others. */
function outputsRead(reducers: ChunkTask['reducers'], name: string): ReadonlySet<string> {
  return new Set(
    reducers
      .flatMap(columnsOf)
      .flatMap((column) => ('output' in column && (column.evaluator ?? BASE_EVALUATOR) === name ? [column.output] : [])),
  );
}

/**
 * The model's inputs, then any other input the plan names (read by evaluators' overrides),
 * in name order. Streams are keyed by input name, so the extra ones change no model draw.
 */
function sampledFields(model: Model, inputs: Readonly<Record<string, unknown>>): InputField[] {
  const own = new Set(model.inputs.map((field) => field.name));
  const extra = Object.keys(inputs)
    .filter((name) => !own.has(name))
    .sort()
    .map((name): InputField => ({ name, path: [name], label: name, unit: '', min: -Infinity, max: Infinity }));
  return [...model.inputs, ...extra];
}

function maxSeries(model: Model): number {
  return Math.max(1, ...model.outputs.map((field) => field.series ?? 1));
}

/** A column a reducer reads, and for one step of a series output, how to gather it into that column each block. */
interface ColumnReader {
  readonly column: Float64Array;
  readonly gather?: (rows: number) => void;
}

/** Where a reducer's column is, checked once per chunk; reading it each block costs nothing. */
function columnReader(
  reducer: string,
  ref: ColumnRef,
  names: readonly string[],
  inputs: readonly Float64Array[],
  evaluators: readonly PreparedEvaluator[],
  model: Model,
): ColumnReader {
  if ('input' in ref) {
    const column = inputs[names.indexOf(ref.input)];
    if (!column) throw new Error(`reducer "${reducer}" reads input "${ref.input}", which model "${model.id}" does not have`);
    return { column };
  }
  const evaluatorName = ref.evaluator ?? BASE_EVALUATOR;
  const evaluator = evaluators.find((e) => e.name === evaluatorName);
  if (!evaluator) throw new Error(`reducer "${reducer}" reads evaluator "${evaluatorName}", which the plan does not have`);
  const column = evaluator.outputs[ref.output];
  const field = model.outputs.find((f) => f.name === ref.output);
  if (!column || !field) throw new Error(`reducer "${reducer}" reads output "${ref.output}", which model "${model.id}" does not have`);
  const series = field.series ?? 1;
  if (ref.step === undefined || series === 1) return { column };
  // One step of a series output, gathered into a scalar column.
  const step = ref.step;
  const gathered = new Float64Array(BLOCK_ROWS);
  // (A new buffer per reader: two reducers may read two steps of one series.)
  return {
    column: gathered,
    gather: (rows) => {
      for (let i = 0; i < rows; i++) gathered[i] = column[i * series + step] as number;
    },
  };
}
