import { describe, expect, it } from 'vitest';
import type { ChunkRunner, ChunkSummary } from '../../src/engine/chunk-task.js';
import { inlineRunner } from '../../src/engine/inline-runner.js';
import { planChunks } from '../../src/engine/plan-chunks.js';
import { createPoolRunner } from '../../src/engine/pool-runner.js';
import { sampleInputs } from '../../src/engine/sample-inputs.js';
import { runChunk } from '../../src/engine/run-chunk.js';
import { simulate } from '../../src/engine/simulate.js';
import { createWorkspace } from '../../src/engine/workspace.js';
import { ROI_INPUT_FIELDS } from '../../src/model/roi-fields.js';
import { ROI_OUTPUT_NAMES } from '../../src/model/roi-fields.js';
import { roiPlan } from '../../src/results/roi-plan.js';
import { parseScenario } from '../../src/scenario/parse-scenario.js';
import { SUPPORT_BOT_YAML } from '../fixtures/scenarios.js';

const scenario = parseScenario(SUPPORT_BOT_YAML, 'support-bot.yaml', ROI_INPUT_FIELDS, 'support-bot');
const plan = roiPlan(scenario);

describe('planChunks', () => {
  it('cuts fixed-size chunks with a shorter last one', () => {
    expect(planChunks(100, 30)).toEqual([
      { index: 0, length: 30 },
      { index: 1, length: 30 },
      { index: 2, length: 30 },
      { index: 3, length: 10 },
    ]);
    expect(planChunks(60, 30).map((c) => c.length)).toEqual([30, 30]);
  });

  it('refuses non-positive or fractional sizes', () => {
    expect(() => planChunks(0, 10)).toThrow(/samples must be a positive integer/);
    expect(() => planChunks(10, 2.5)).toThrow(/chunkSize must be a positive integer/);
  });
});

describe('sampleInputs', () => {
  const column = (inputs: typeof scenario.inputs, name: string, chunk = 0) => {
    const columns = ROI_INPUT_FIELDS.map(() => new Float64Array(1000));
    sampleInputs(ROI_INPUT_FIELDS, inputs, 'seed', chunk, columns);
    return columns[ROI_INPUT_FIELDS.findIndex((f) => f.name === name)] as Float64Array;
  };

  it('gives every input its own stream: editing one input leaves the others draws unchanged', () => {
    const edited = { ...scenario.inputs, output_tokens_per_request: { uniform: [1, 2] as [number, number] } };
    expect(column(edited, 'requests_per_day')).toEqual(column(scenario.inputs, 'requests_per_day'));
    expect(column(edited, 'output_tokens_per_request')).not.toEqual(column(scenario.inputs, 'output_tokens_per_request'));
  });

  it('draws new numbers in each chunk and fills fixed values', () => {
    expect(column(scenario.inputs, 'requests_per_day', 1)).not.toEqual(column(scenario.inputs, 'requests_per_day', 0));
    expect(column(scenario.inputs, 'instance_cost_per_hour').every((x) => x === 1.03)).toBe(true);
  });
});

describe('runChunk with a shared workspace', () => {
  it('gives what a fresh workspace gives, whatever ran before and at any length', () => {
    const shared = createWorkspace();
    for (const [chunkIndex, length] of [[0, 3_000], [1, 1_000], [2, 5_000], [0, 3_000]] as const) {
      const task = { ...plan, chunkIndex, length };
      expect(runChunk(task, shared)).toEqual(runChunk(task));
    }
  });
});

describe('simulate', () => {
  const options = { samples: 25_000, chunkSize: 4_000 };
  const reference = simulate(plan, { ...options, runner: inlineRunner });

  it('merges to the same bytes whatever order chunks finish in', async () => {
    // Later chunks finish first: each waits less the higher its index.
    const reversed: ChunkRunner = async (task) => {
      await new Promise((resolve) => setTimeout(resolve, (10 - task.chunkIndex) * 3));
      return inlineRunner(task);
    };
    expect(await simulate(plan, { ...options, runner: reversed })).toEqual(await reference);
  });

  it('survives the worker boundary: a structured-clone round trip changes nothing', async () => {
    const cloned: ChunkRunner = async (task) => structuredClone(await inlineRunner(structuredClone(task)));
    expect(await simulate(plan, { ...options, runner: cloned })).toEqual(await reference);
  });

  it('gives the same summary on a piscina pool of 3 workers as in this thread', async () => {
    const pool = createPoolRunner(3);
    try {
      expect(await simulate(plan, { ...options, runner: pool.run })).toEqual(await reference);
    } finally {
      await pool.close();
    }
  });

  it('counts every sample once and reports progress in order', async () => {
    const seen: number[] = [];
    const summary: ChunkSummary = await simulate(plan, { ...options, runner: inlineRunner, onProgress: (done) => seen.push(done) });
    expect(summary.samples).toBe(25_000);
    expect(seen).toEqual([4_000, 8_000, 12_000, 16_000, 20_000, 24_000, 25_000]);
    expect(summary.outputs.map((o) => o.sketch.count)).toEqual(plan.outputs.map(() => 25_000));
  });

  it('only summarizes outputs the model has', () => {
    expect(plan.outputs.every((name) => (ROI_OUTPUT_NAMES as readonly string[]).includes(name))).toBe(true);
  });
});
