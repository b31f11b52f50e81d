/** A source of uniform random numbers in [0, 1). Every sampler takes one as an argument. */
export type Rng = () => number;
