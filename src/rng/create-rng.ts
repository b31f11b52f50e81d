import seedrandom from 'seedrandom';
import type { Rng } from './rng.js';

/**
 * The only constructor of random streams in ftroi: seedrandom's Alea, keyed by a string.
 * `.double` gives 53-bit floats; the plain 32-bit output would cut inverse-CDF tails at
 * about 6.2 sigma.
 */
export function createRng(seed: string): Rng {
  return seedrandom.alea(seed).double;
}
