import type { z } from 'zod';

/**
 * `schema.safeParse(value)` without zod's JIT. zod otherwise compiles a parser for each
 * object schema from a string (`new Function`) the first time that schema parses. A run
 * parses its scenario once, and most of its schemas are made for that one parse, so the
 * compiling cost more than it saved: loading examples/bench.yaml took 29 -> 21 ms (medians
 * of 20 alternating runs of the built CLI). It also keeps code made from strings out of
 * ftroi's process (zod still probes once whether `new Function` is allowed, when it makes
 * its first object schema). A per-parse option rather than zod's global `jitless`: ftroi is
 * a library too, and its host's own schemas are not its business.
 */
export function checkShape<T extends z.ZodType>(schema: T, value: unknown): z.ZodSafeParseResult<z.output<T>> {
  return schema.safeParse(value, { jitless: true });
}
