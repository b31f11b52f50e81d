export const TRAINING_METHODS = ['lora', 'qlora', 'full'] as const;
export type TrainingMethod = (typeof TRAINING_METHODS)[number];

/** A measured fine-tuning setup: training throughput, GPUs in the node and the node's $/h. */
export interface TrainingBenchmark {
  readonly tokens_per_s: number;
  readonly gpus: number;
  readonly cost_per_hour: number;
}

/** DOMAIN.md's benchmark table, by `${size}:${method}:${instance}`. */
const BENCHMARKS: Readonly<Record<string, TrainingBenchmark>> = {
  '7:lora:a100_80g': { tokens_per_s: 4000, gpus: 1, cost_per_hour: 3.1 },
  '7:qlora:a100_80g': { tokens_per_s: 3200, gpus: 1, cost_per_hour: 3.1 },
  '7:full:a100_80g': { tokens_per_s: 1800, gpus: 4, cost_per_hour: 12.4 },
  '7:lora:a10g': { tokens_per_s: 1800, gpus: 1, cost_per_hour: 1.03 },
  '7:qlora:a10g': { tokens_per_s: 1400, gpus: 1, cost_per_hour: 1.03 },
  '13:lora:a100_80g': { tokens_per_s: 2500, gpus: 1, cost_per_hour: 3.1 },
  '13:qlora:a100_80g': { tokens_per_s: 2000, gpus: 1, cost_per_hour: 3.1 },
  '13:full:a100_80g': { tokens_per_s: 900, gpus: 8, cost_per_hour: 24.8 },
  '70:lora:a100_80g': { tokens_per_s: 800, gpus: 4, cost_per_hour: 12.4 },
  '70:qlora:a100_80g': { tokens_per_s: 600, gpus: 2, cost_per_hour: 6.2 },
  '70:full:a100_80g': { tokens_per_s: 220, gpus: 16, cost_per_hour: 49.6 },
};

/** The instances the table knows, for messages and did-you-mean. */
export const TRAINING_INSTANCES = ['a10g', 'a100_80g'] as const;

const BENCHMARKED_SIZES = [7, 13, 70] as const;

/** The model size the table is read at: the nearest of 7, 13 and 70 (ties go to the smaller). */
export function snapModelSize(sizeB: number): number {
  return BENCHMARKED_SIZES.reduce((best, size) => (Math.abs(size - sizeB) < Math.abs(best - sizeB) ? size : best));
}

/**
 * The benchmark for a model size, method and instance; without a measured one, DOMAIN.md's
 * fallback: tokens/s = max(100, floor(4000 x 7 / size)), GPUs = max(1, floor(size / 30)),
 * $/h = GPUs x 3.10 (A100 80GB nodes). Whether it was measured is returned beside it.
 */
export function trainingBenchmark(sizeB: number, method: TrainingMethod, instance: string): TrainingBenchmark & { readonly measured: boolean } {
  const snapped = snapModelSize(sizeB);
  const found = BENCHMARKS[`${snapped}:${method}:${instance}`];
  if (found) return { ...found, measured: true };
  const gpus = Math.max(1, Math.floor(sizeB / 30));
  return { tokens_per_s: Math.max(100, Math.floor((4000 * 7) / sizeB)), gpus, cost_per_hour: gpus * 3.1, measured: false };
}
