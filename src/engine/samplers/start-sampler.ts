import type { InputSpec } from '../../../distributions/index.js';
import type { InputField } from '../../model/input-field.js';
import type { SamplerSpec } from '../plan.js';
import type { BlockSampler } from './block-sampler.js';
import { independentSampler } from './independent-sampler.js';

const SAMPLERS: { readonly [K in SamplerSpec['kind']]: typeof independentSampler } = {
  independent: independentSampler,
};

/** The block sampler a plan asks for, for one chunk. A new design (LHS, Saltelli) is one entry here. */
export function startSampler(
  spec: SamplerSpec,
  fields: readonly InputField[],
  inputs: Readonly<Record<string, InputSpec>>,
  seed: string,
  chunkIndex: number,
): BlockSampler {
  const make = SAMPLERS[spec.kind];
  if (!make) throw new Error(`unknown sampler ${JSON.stringify(spec)}`);
  return make(fields, inputs, seed, chunkIndex);
}
