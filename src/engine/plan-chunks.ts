export interface ChunkBounds {
  readonly index: number;
  readonly length: number;
}

/**
 * Splits `samples` into chunks of `chunkSize` (the last one shorter). Depends on nothing
 * else, in particular not on the number of workers.
 */
export function planChunks(samples: number, chunkSize: number): ChunkBounds[] {
  if (!(Number.isSafeInteger(samples) && samples > 0)) throw new RangeError(`samples must be a positive integer (got ${samples})`);
  if (!(Number.isSafeInteger(chunkSize) && chunkSize > 0)) throw new RangeError(`chunkSize must be a positive integer (got ${chunkSize})`);
  const count = Math.ceil(samples / chunkSize);
  return Array.from({ length: count }, (_, index) => ({
    index,
    length: Math.min(chunkSize, samples - index * chunkSize),
  }));
}
