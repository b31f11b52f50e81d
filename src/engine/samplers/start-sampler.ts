import type { InputSpec } from '../../../distributions/index.js';
import type { InputField } from '../../model/input-field.js';
import type { SamplerSpec } from '../plan.js';
import type { BlockSampler } from './block-sampler.js';
import { independentSampler } from './independent-sampler.js';
import { saltelliSampler } from './saltelli-sampler.js';
import { wholeChunkSampler } from './whole-chunk-sampler.js';

/**
 * The block sampler a plan asks for, for one chunk of `length` rows. Plain draws without
 * correlations stream block by block (the fast path); designs that are properties of the
 * whole chunk (strata, imposed correlations) draw it first.
 */
export function startSampler(
  spec: SamplerSpec,
  fields: readonly InputField[],
  inputs: Readonly<Record<string, InputSpec>>,
  seed: string,
  chunkIndex: number,
  length: number,
): BlockSampler {
  switch (spec.kind) {
    case 'saltelli':
      return saltelliSampler(fields, inputs, seed, chunkIndex, length, spec.inputs);
    case 'independent':
    case 'lhs': {
      const correlations = spec.correlations ?? [];
      if (spec.kind === 'independent' && correlations.length === 0) return independentSampler(fields, inputs, seed, chunkIndex);
      return wholeChunkSampler(fields, inputs, seed, chunkIndex, length, spec.kind === 'lhs', correlations);
    }
    default:
      throw new Error(`unknown sampler ${JSON.stringify(spec)}`);
  }
}
