/**
 * An unambiguous key for one random stream, built from the run's master seed and a path
 * such as ('input', 'requests_per_day', 'chunk', 3). Keys are structured strings, never
 * sums: `seed + i` would make neighbouring runs share streams.
 *
 * @example deriveSeed('ftroi', 'input', 'x', 'chunk', 0) // => '["ftroi","input","x","chunk",0]'
 */
export function deriveSeed(master: string, ...path: readonly (string | number)[]): string {
  return JSON.stringify([master, ...path]);
}
