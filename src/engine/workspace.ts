/**
 * Column buffers reused from chunk to chunk within one thread. Fresh 400 KB columns for every
 * chunk kept the garbage collector busy (about a seventh of the run time); with a workspace a
 * chunk allocates almost nothing. Nothing outlives a chunk: its summary copies what it keeps.
 * A workspace serves one chunk at a time, so each thread (or inline runner) owns its own.
 */
export interface Workspace {
  /** `count` columns of `length` for `purpose`; their contents are left over from before. */
  columns(purpose: string, count: number, length: number): Float64Array[];
}

export function createWorkspace(): Workspace {
  const buffers = new Map<string, Float64Array[]>();
  return {
    columns(purpose, count, length) {
      let set = buffers.get(purpose);
      if (!set || set.length < count || (set[0]?.length ?? 0) < length) {
        set = Array.from({ length: count }, () => new Float64Array(length));
        buffers.set(purpose, set);
      }
      return set.slice(0, count).map((buffer) => buffer.subarray(0, length));
    },
  };
}
