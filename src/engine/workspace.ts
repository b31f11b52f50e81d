/**
 * Buffers and accumulators reused from chunk to chunk within one thread. Fresh columns for
 * every chunk kept the garbage collector busy (about a seventh of the run time), and a
 * quantile sketch's table is 8 MiB; with a workspace a chunk allocates almost nothing.
 * Nothing outlives a chunk: its summary copies what it keeps. A workspace serves one chunk
 * at a time, so each thread (or inline runner) owns its own.
 */
export interface Workspace {
  /** `count` columns of `length` for `purpose`; their contents are left over from before. */
  columns(purpose: string, count: number, length: number): Float64Array[];
  /** The object kept under `key`, made by `make` the first time. */
  reuse<T>(key: string, make: () => T): T;
}

export function createWorkspace(): Workspace {
  const buffers = new Map<string, Float64Array[]>();
  const kept = new Map<string, unknown>();
  return {
    columns(purpose, count, length) {
      let set = buffers.get(purpose);
      if (!set || set.length < count || (set[0]?.length ?? 0) < length) {
        set = Array.from({ length: count }, () => new Float64Array(length));
        buffers.set(purpose, set);
      }
      return set.slice(0, count).map((buffer) => buffer.subarray(0, length));
    },
    reuse<T>(key: string, make: () => T): T {
      if (!kept.has(key)) kept.set(key, make());
      return kept.get(key) as T;
    },
  };
}
