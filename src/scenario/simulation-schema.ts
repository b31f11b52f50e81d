import { z } from 'zod';
import { MAX_SAMPLES } from '../defaults.js';
import { SAMPLING_METHODS } from './sampling-methods.js';

/** The `simulation` section: how many samples, which seed, which payback threshold. */
export const SIMULATION_SCHEMA = z
  .strictObject({
    samples: z.number().int().min(1).max(MAX_SAMPLES).optional(),
    seed: z.union([z.string().min(1), z.number().int()], { error: 'text or a whole number' }).optional(),
    threshold_months: z.number().gt(0).max(1200).optional(),
    chunk_size: z.number().int().min(100).max(10_000_000).optional(),
    sampling: z.enum(SAMPLING_METHODS).optional(),
  })
  .optional();
