import { byValue, DistinctCounter, type ValueCounts } from './distinct-counts.js';
import { firstFinite, mergeMoments, RunningMoments, type Moments } from './moments.js';

/**
 * A mergeable quantile sketch keyed by the bits of the double itself: a value's bucket is the
 * top 21 bits of its IEEE 754 representation (sign, exponent and 9 mantissa bits), so no
 * logarithm is taken per value. A bucket spans a relative width of at most 2^-9, and its
 * midpoint is within 2^-10 (0.098%) of every value in it: the relative accuracy of DDSketch
 * (Masson, Rim and Lee 2019, doi:10.14778/3352063.3352135) without its Math.log. Zeros (and
 * subnormals) share one bucket valued 0; infinities have their own; NaN is counted apart.
 * Merging adds counts, so it is exact and order-free. The same pass takes the values'
 * moments, exactly as momentsOf and mergeMoments would (a pass of its own cost more).
 */
export interface QuantileSketch {
  /** Values counted, infinities included, NaN not. */
  readonly count: number;
  readonly nan: number;
  /**
   * Non-empty buckets by rank key (ascending = ascending value), and their counts. A chunk's
   * counts are 32-bit (a chunk has at most 1e7 rows), a third fewer bytes to send than
   * doubles: the main thread's copies of the chunks' buckets, 13 MB a 20-chunk round of
   * bench.yaml as doubles, set off a full garbage collection every round. Merged counts,
   * which may pass 2^32, are doubles.
   */
  readonly keys: Uint32Array;
  readonly counts: Float64Array | Uint32Array;
  /** Smallest and largest finite value seen (+Infinity and -Infinity when none). */
  readonly min: number;
  readonly max: number;
  /** Count, mean and sum of squared deviations of the finite values, block by block merged in order. */
  readonly moments: Moments;
  /**
   * The values themselves, sorted, with their counts, while there are at most
   * MAX_EXACT_VALUES distinct ones (an integer count, a discrete choice): quantiles are then
   * exact rather than a bucket's neighbour. Absent once there are more.
   */
  readonly exact?: ValueCounts;
}

/** Distinct values a sketch keeps exactly (see QuantileSketch.exact). */
export const MAX_EXACT_VALUES = 16;

/** The largest relative error of a value read from a bucket. */
export const SKETCH_RELATIVE_ACCURACY = 2 ** -10;

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const MAGNITUDES = 1 << 20;
const PAGE_BITS = 9;
/** Magnitude key of +-Infinity (exponent all ones, mantissa top bits 0); above it, NaN. */
const INFINITE = 0x7ff00000 >>> 11;

// A bucket's rank key orders buckets by value: the raw key (the double's top 21 bits) of a
// positive value plus MAGNITUDES, and for a negative one 2 MAGNITUDES - 1 - raw, its
// magnitudes reversed below the positive ones (see gatherPage).
/** The rank key of +Infinity's bucket, the last of all. */
const POSITIVE_INFINITY_RANK = INFINITE + MAGNITUDES;

/** One double and its two words, for wordsOf (two typed arrays a call were most of reading a sketch's buckets). */
const DOUBLE = new Float64Array(1);
const DOUBLE_WORDS = new Uint32Array(DOUBLE.buffer);

/** The double whose high word is `hi` and low word 0. */
const wordsOf = (hi: number): number => {
  DOUBLE_WORDS[LITTLE_ENDIAN ? 1 : 0] = hi;
  DOUBLE_WORDS[LITTLE_ENDIAN ? 0 : 1] = 0;
  return DOUBLE[0] as number;
};

/** The value a bucket stands for: the midpoint of its range, signed. */
export function bucketValue(rank: number): number {
  const negative = rank < MAGNITUDES;
  const magnitude = negative ? MAGNITUDES - 1 - rank : rank - MAGNITUDES;
  if (magnitude === 0) return 0;
  if (magnitude >= INFINITE) return negative ? -Infinity : Infinity;
  const low = wordsOf(magnitude << 11);
  const high = magnitude + 1 === INFINITE ? low * (1 + 2 ** -9) : wordsOf((magnitude + 1) << 11);
  const mid = low + (high - low) / 2;
  return negative ? -mid : mid;
}

/** Where countBlock keeps its state: the finite range so far, then the block's sums of deviations and of their squares. */
const MIN = 0;
const MAX = 1;
const SUM = 2;
const SUM_OF_SQUARES = 3;

/**
 * A block counted into the dense table, its finite range merged into running[MIN..MAX] and
 * its sums of deviations from `shift` (over every value: see addFiniteMoments) written to
 * running[SUM..SUM_OF_SQUARES]. The hot loop has a function of its own, with state passed
 * in a typed array: inside add, with code around it that runs once a block or once a chunk,
 * V8 at times (about one thread in eight) left it in code that boxed every double, 2x slower.
 * `if (finite)` per value was a branch taken at random on payback_months (half of it
 * infinite), 7.9 ns a value against 2.4 on a finite column: the sums test it once, after.
 */
function countBlock(dense: Uint32Array, touched: Uint8Array, values: Float64Array, length: number, shift: number, running: Float64Array): void {
  if (!LITTLE_ENDIAN) throw new Error('the quantile sketch reads doubles as little-endian words');
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * length);
  let min = running[MIN] as number;
  let max = running[MAX] as number;
  let s1 = 0;
  let s2 = 0;
  // Four values a turn: V8 checks each array's map, bounds and base once an iteration (the
  // loop's interrupt check forgets them), so a turn of four does a quarter of that work.
  // The values are counted, ranged and summed in row order, as one at a time. The turns
  // step through the words, to a bound that is a multiple of eight: V8 then knows that
  // j + 7 stays below it and drops the overflow checks of the turn's indices.
  const turnWords = (2 * length) & ~7;
  for (let j = 0; j < turnWords; j += 8) {
    const i = j >>> 1;
    countKey(dense, touched, (words[j + 1] as number) >>> 11);
    countKey(dense, touched, (words[j + 3] as number) >>> 11);
    countKey(dense, touched, (words[j + 5] as number) >>> 11);
    countKey(dense, touched, (words[j + 7] as number) >>> 11);
    const x0 = values[i] as number;
    const x1 = values[i + 1] as number;
    const x2 = values[i + 2] as number;
    const x3 = values[i + 3] as number;
    // x + (x - x) is x when finite and NaN otherwise, and NaN passes no comparison: the
    // finite range is tracked with branches that are almost never taken (no mispredicts
    // on a column that is infinite at random, like payback_months).
    const f0 = x0 + (x0 - x0);
    const f1 = x1 + (x1 - x1);
    const f2 = x2 + (x2 - x2);
    const f3 = x3 + (x3 - x3);
    if (f0 < min) min = f0;
    if (f0 > max) max = f0;
    if (f1 < min) min = f1;
    if (f1 > max) max = f1;
    if (f2 < min) min = f2;
    if (f2 > max) max = f2;
    if (f3 < min) min = f3;
    if (f3 > max) max = f3;
    const d0 = x0 - shift;
    const d1 = x1 - shift;
    const d2 = x2 - shift;
    const d3 = x3 - shift;
    s1 += d0;
    s1 += d1;
    s1 += d2;
    s1 += d3;
    s2 += d0 * d0;
    s2 += d1 * d1;
    s2 += d2 * d2;
    s2 += d3 * d3;
  }
  for (let i = turnWords >>> 1; i < length; i++) {
    countKey(dense, touched, (words[2 * i + 1] as number) >>> 11);
    const x = values[i] as number;
    const finite = x + (x - x);
    if (finite < min) min = finite;
    if (finite > max) max = finite;
    const d = x - shift;
    s1 += d;
    s2 += d * d;
  }
  running[MIN] = min;
  running[MAX] = max;
  running[SUM] = s1;
  running[SUM_OF_SQUARES] = s2;
}

/**
 * One more value in bucket `key`. A page is flagged when one of its buckets is first hit: a
 * branch almost never taken once a chunk is under way, where a store per value cost 0.5 ns.
 */
function countKey(dense: Uint32Array, touched: Uint8Array, key: number): void {
  const count = dense[key] as number;
  dense[key] = count + 1;
  if (count === 0) touched[key >>> PAGE_BITS] = 1;
}

const PAGE_SIZE = 1 << PAGE_BITS;
/** Pages of one sign's magnitudes: negative values' pages follow the positive ones'. */
const PAGES_PER_SIGN = MAGNITUDES >>> PAGE_BITS;
/** The page of each sign that holds its infinity (the page's first bucket) and its NaNs (the rest). */
const SPECIAL_PAGE = INFINITE >>> PAGE_BITS;

/**
 * The non-empty buckets of the touched pages, appended in ascending rank to keys and counts
 * (negative values first, most negative first; then the positive ones); gives how many.
 * Empties the pages and their flags for the next chunk. finish's loops are functions of
 * their own, like this one: inside finish, with the code around them that runs once a chunk,
 * V8 compiled one large function, on the cores the workers use (finish's compiles took
 * 51-103 ms of a 1e7 run's two workers, against 32-74 split so; three --trace-opt runs each).
 */
function gatherTouched(dense: Uint32Array, touched: Uint8Array, keys: Uint32Array, counts: Uint32Array): number {
  let n = 0;
  for (let q = 0; q < 2 * PAGES_PER_SIGN; q++) {
    // Negative pages from the largest magnitude down, then positive pages upwards.
    const page = q < PAGES_PER_SIGN ? 2 * PAGES_PER_SIGN - 1 - q : q - PAGES_PER_SIGN;
    if (touched[page]) n = gatherPage(dense, page, q < PAGES_PER_SIGN, keys, counts, n);
  }
  touched.fill(0);
  return n;
}

/**
 * The non-empty buckets of one page, appended in ascending rank from position n; gives the
 * new n, and empties the page. Every bucket is written and the position moves on by 0 or 1:
 * a page is about half full, and a branch on each count was mispredicted half the time
 * (finish took ~0.15 ms a 200,000-value sketch, now ~0.075). Of a sign's special page only
 * the infinity's bucket is gathered: the NaNs are counted apart (nanCount). Ranks ascend as
 * magnitudes descend on the negative side, so a negative page is read from its end. Both
 * signs take the same code: with a loop each, the sign V8 had not seen with feedback (a
 * function's first calls come before V8 keeps any) deoptimized the compiled code in some
 * workers.
 */
function gatherPage(dense: Uint32Array, page: number, negative: boolean, keys: Uint32Array, counts: Uint32Array, n: number): number {
  const start = page * PAGE_SIZE;
  const length = (page & (PAGES_PER_SIGN - 1)) === SPECIAL_PAGE ? 1 : PAGE_SIZE;
  // Arithmetic on the sign, not a choice: code that one sign alone reaches is code V8 may
  // compile without feedback (1 on the negative side, 0 on the positive).
  const sign = +negative;
  const first = start + sign * (length - 1);
  const step = 1 - 2 * sign;
  const firstRank = start + MAGNITUDES + sign * (MAGNITUDES - 2 * start - length);
  for (let i = 0; i < length; i++) {
    const c = dense[first + step * i] as number;
    keys[n] = firstRank + i;
    counts[n] = c;
    n += +(c !== 0);
  }
  dense.fill(0, start, start + PAGE_SIZE);
  return n;
}

/** The NaNs counted on the two special pages (taken before gatherTouched empties them). */
function nanCount(dense: Uint32Array, touched: Uint8Array): number {
  let nan = 0;
  for (const page of [SPECIAL_PAGE, PAGES_PER_SIGN + SPECIAL_PAGE]) {
    if (!touched[page]) continue;
    for (let raw = page * PAGE_SIZE + 1; raw < (page + 1) * PAGE_SIZE; raw++) nan += dense[raw] as number;
  }
  return nan;
}

/** How many of the flags are set. */
function flagsSet(flags: Uint8Array): number {
  let set = 0;
  for (let k = 0; k < flags.length; k++) set += flags[k] as number;
  return set;
}

/** The sum of the first n counts. */
function sumOf(counts: Uint32Array, n: number): number {
  let total = 0;
  for (let k = 0; k < n; k++) total += counts[k] as number;
  return total;
}

/**
 * Counts values block by block, in a dense table of 2^21 buckets reused from chunk to chunk
 * (8 MiB), with a flag per page of 512 buckets so that `finish` reads only what was touched.
 */
export class SketchAccumulator {
  private readonly dense = new Uint32Array(2 * MAGNITUDES);
  private readonly touched = new Uint8Array((2 * MAGNITUDES) >>> PAGE_BITS);
  /** finish's buffers for the non-empty buckets, kept from chunk to chunk. */
  private keys = new Uint32Array(0);
  private counts = new Uint32Array(0);
  /** The finite range seen so far, and the last block's sums (see countBlock). */
  private readonly running = Float64Array.of(Infinity, -Infinity, 0, 0);
  private readonly moments = new RunningMoments();
  /** A block's finite deviations from its shift, gathered for the moments. */
  private deviations = new Float64Array(0);
  /** Distinct non-NaN values and their counts while there are few. */
  private readonly distinct = new DistinctCounter(MAX_EXACT_VALUES);

  add(values: Float64Array, length: number): void {
    // Continuous data leave this after 17 values; discrete data stay, at a few compares a value.
    this.distinct.add(values, length);
    // Moments as momentsOf takes them: sums of deviations from the block's first finite value.
    const first = firstFinite(values, length);
    const shift = first < length ? (values[first] as number) : 0;
    const { running } = this;
    countBlock(this.dense, this.touched, values, length, shift, running);
    this.addFiniteMoments(values, length, shift, running[SUM] as number, running[SUM_OF_SQUARES] as number);
  }

  /**
   * Merges in a block's moments from its sums over every value: those when they are finite
   * (so was every value), else taken again over the finite values only. Those are gathered
   * with no branch: each deviation is stored and the position moves on by the comparison's 0
   * or 1 ("<=" compiles to none; "d - d === 0" did, a NaN check). Either way the sums are
   * momentsOf's, in its order.
   */
  private addFiniteMoments(values: Float64Array, length: number, shift: number, s1: number, s2: number): void {
    if (Math.abs(s1) <= Number.MAX_VALUE && Math.abs(s2) <= Number.MAX_VALUE) {
      this.moments.addSums(length, shift, s1, s2);
      return;
    }
    if (this.deviations.length < length) this.deviations = new Float64Array(length);
    const { deviations } = this;
    let kept = 0;
    for (let i = 0; i < length; i++) {
      const d = (values[i] as number) - shift;
      deviations[kept] = d;
      kept += +(Math.abs(d) <= Number.MAX_VALUE);
    }
    this.moments.addDeviations(deviations, kept, shift);
  }

  /** The sketch of everything added since the last finish; the accumulator is empty again. */
  finish(): QuantileSketch {
    const { dense, touched } = this;
    // Buckets are gathered into buffers kept from chunk to chunk, then copied out at their size.
    const room = flagsSet(touched) * PAGE_SIZE;
    if (this.keys.length < room) {
      this.keys = new Uint32Array(room);
      this.counts = new Uint32Array(room);
    }
    const { keys, counts } = this;
    const nan = nanCount(dense, touched);
    const n = gatherTouched(dense, touched, keys, counts);
    const total = sumOf(counts, n);
    const exact = this.distinct.take();
    const sketch = {
      count: total,
      nan,
      keys: keys.slice(0, n),
      counts: counts.slice(0, n),
      min: this.running[MIN] as number,
      max: this.running[MAX] as number,
      moments: this.moments.take(),
      ...(exact ? { exact } : {}),
    };
    this.running[MIN] = Infinity;
    this.running[MAX] = -Infinity;
    return sketch;
  }
}

/** The sketch of the first `length` values (a convenience for tests and one-off use). */
export function sketchOf(values: Float64Array, length = values.length): QuantileSketch {
  const accumulator = new SketchAccumulator();
  accumulator.add(values, length);
  return accumulator.finish();
}

/**
 * The sketch of the union of two sketched sets, `a`'s rows before `b`'s: a merge of two
 * sorted bucket lists (exact, in any order) and of their moments (in this order, as
 * mergeMoments is not associative to the last bit).
 */
export function mergeSketches(a: QuantileSketch, b: QuantileSketch): QuantileSketch {
  const keys = new Uint32Array(a.keys.length + b.keys.length);
  const counts = new Float64Array(keys.length);
  const n = mergeBucketsInto(a, b, keys, counts);
  return mergedSketch(a, b, keys.slice(0, n), counts.slice(0, n));
}

/** Pages of 512 rank keys (see gatherPage), over every rank key of both signs. */
const RANK_PAGES = (2 * MAGNITUDES) >>> PAGE_BITS;

/**
 * mergeSketches for a run's running sketch, which the main thread folds every chunk into:
 * the counts are added into pages of 512 buckets, one page for each 512 rank keys a chunk
 * touched, and the running sketch's sorted bucket list is gathered from the pages only when
 * it is read (once a run, for its results). Merging two sorted lists was ~30% of a 2-worker
 * run's main thread (perf), on a core the two workers were using, and each merge read the
 * whole running list again; adding a chunk's buckets into pages reads only those (folding 20
 * chunk summaries of bench.yaml: 17.4-18.6 -> 11.3-12.5 ms, alternating in one process).
 * The counts are whole numbers, so their sums are exact in any order: the same bits as
 * mergeSketches in chunk order. A result is valid until the next call; its keys and counts
 * are gathered at most once.
 */
export function sketchFold(): (running: QuantileSketch, b: QuantileSketch) => QuantileSketch {
  // A page's slot in `pool`, -1 while no count fell in it; the pages in use, in slot order.
  const slotOf = new Int32Array(RANK_PAGES).fill(-1);
  const pages: number[] = [];
  let pool: Float64Array = new Float64Array(64 * PAGE_SIZE);
  let folded: QuantileSketch | undefined;
  return (running, b) => {
    // A running sketch this fold did not make starts a new run: the first chunk's.
    if (running !== folded) {
      for (const page of pages) slotOf[page] = -1;
      pool.fill(0, 0, pages.length * PAGE_SIZE);
      pages.length = 0;
      pool = addToPages(pool, slotOf, pages, running.keys, running.counts);
    }
    pool = addToPages(pool, slotOf, pages, b.keys, b.counts);
    let buckets: { keys: Uint32Array; counts: Float64Array } | undefined;
    const gather = () => (buckets ??= gatherPages(pool, pages));
    folded = {
      ...mergedFields(running, b),
      get keys() {
        return gather().keys;
      },
      get counts() {
        return gather().counts;
      },
    };
    return folded;
  };
}

/**
 * A sketch's buckets added into the pages of `pool`, a page not yet in use taking the next
 * slot (its page listed in `pages`); gives the pool, grown when a new page needed room. The
 * loop has a function of its own, its state in arguments: as a closure over the fold's
 * variables it was slower (the 20-chunk fold 13.9 ms against 11.3).
 */
function addToPages(pool: Float64Array, slotOf: Int32Array, pages: number[], keys: Uint32Array, counts: Float64Array | Uint32Array): Float64Array {
  for (let k = 0; k < keys.length; k++) {
    const rank = keys[k] as number;
    const page = rank >>> PAGE_BITS;
    let slot = slotOf[page] as number;
    if (slot < 0) {
      slot = pages.length;
      slotOf[page] = slot;
      pages.push(page);
      if (pool.length < (slot + 1) * PAGE_SIZE) pool = doubled(pool);
    }
    const at = slot * PAGE_SIZE + (rank & (PAGE_SIZE - 1));
    pool[at] = (pool[at] as number) + (counts[k] as number);
  }
  return pool;
}

/** A copy of `values` with twice the room. */
function doubled(values: Float64Array): Float64Array {
  const grown = new Float64Array(2 * values.length);
  grown.set(values);
  return grown;
}

/** The non-empty buckets of a fold's pages, in ascending rank. */
function gatherPages(pool: Float64Array, pages: readonly number[]): { keys: Uint32Array; counts: Float64Array } {
  const keys = new Uint32Array(pages.length * PAGE_SIZE);
  const counts = new Float64Array(keys.length);
  let n = 0;
  const bySlot = pages.map((_, slot) => slot).sort((p, q) => (pages[p] as number) - (pages[q] as number));
  for (const slot of bySlot) {
    const page = pages[slot] as number;
    const from = slot * PAGE_SIZE;
    for (let i = 0; i < PAGE_SIZE; i++) {
      const c = pool[from + i] as number;
      keys[n] = page * PAGE_SIZE + i;
      counts[n] = c;
      n += +(c !== 0);
    }
  }
  return { keys: keys.slice(0, n), counts: counts.slice(0, n) };
}

function mergedSketch(a: QuantileSketch, b: QuantileSketch, keys: Uint32Array, counts: Float64Array): QuantileSketch {
  return { ...mergedFields(a, b), keys, counts };
}

/** Everything of two sketches' union but its buckets. */
function mergedFields(a: QuantileSketch, b: QuantileSketch): Omit<QuantileSketch, 'keys' | 'counts'> {
  return {
    count: a.count + b.count,
    nan: a.nan + b.nan,
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
    moments: mergeMoments(a.moments, b.moments),
    ...mergeExact(a.exact, b.exact),
  };
}

/**
 * Above every rank key (those are below 2 ** 22): what an exhausted list reads as in
 * mergeBucketsInto. A small integer to V8 (below 2 ** 30), as the keys are: 2 ** 32 - 1 was
 * not, and the merge compiled for small integers deoptimized at the first list to run out.
 */
const PAST_LAST_KEY = 2 ** 30 - 1;

/**
 * The two sketches' ascending bucket lists merged into `keys` and `counts` (room for both);
 * gives the union's size. One loop to the end of both lists, an exhausted one reading as
 * PAST_LAST_KEY: copying the rest of a list after the loop (typed-array set) left the main
 * thread's optimized merge, compiled mid-loop before that code had ever run, deoptimizing
 * at the end of every call (158 times in a 1e7 run).
 */
function mergeBucketsInto(a: QuantileSketch, b: QuantileSketch, keys: Uint32Array, counts: Float64Array): number {
  const { keys: ak, counts: ac } = a;
  const { keys: bk, counts: bc } = b;
  const na = ak.length;
  const nb = bk.length;
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < na || j < nb) {
    const ka = i < na ? (ak[i] as number) : PAST_LAST_KEY;
    const kb = j < nb ? (bk[j] as number) : PAST_LAST_KEY;
    if (ka < kb) {
      keys[n] = ka;
      counts[n++] = ac[i++] as number;
    } else if (kb < ka) {
      keys[n] = kb;
      counts[n++] = bc[j++] as number;
    } else {
      keys[n] = ka;
      counts[n++] = (ac[i++] as number) + (bc[j++] as number);
    }
  }
  return n;
}

/**
 * The q-quantile of the sketched values: the order statistic of (0-based) rank
 * floor(q (n - 1)), numpy's method 'lower', to within SKETCH_RELATIVE_ACCURACY, clamped to
 * the range seen, so a constant sample gives its value exactly. May be +-Infinity.
 *
 * @throws {RangeError} on an empty sketch or q outside [0, 1].
 */
export function sketchQuantile(sketch: QuantileSketch, q: number): number {
  return sketchQuantiles(sketch, [q])[0] as number;
}

/**
 * sketchQuantile at each of `levels` (in any order), in one pass over the buckets: a run's
 * results read 21 quantiles of each output, and a scan of its ~20,000 buckets for each one
 * took ~10 ms of the ~25 that building a 1e7 run's results took (now 2-4).
 *
 * @throws {RangeError} on an empty sketch or a level outside [0, 1].
 */
export function sketchQuantiles(sketch: QuantileSketch, levels: readonly number[]): number[] {
  if (sketch.count === 0) throw new RangeError('sketchQuantile requires at least one value');
  for (const q of levels) if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile level must be in [0, 1] (got ${q})`);
  // 1-based ranks; a value is read once the counts so far reach its rank.
  const ranks = levels.map((q) => Math.floor(q * (sketch.count - 1)) + 1);
  const byRank = ranks.map((_, i) => i).sort((a, b) => (ranks[a] as number) - (ranks[b] as number));
  const out = new Array<number>(levels.length);
  const { exact } = sketch;
  const counts = exact ? exact.counts : sketch.counts;
  const valueAt = (k: number): number => {
    if (exact) return exact.values[k] as number;
    const value = bucketValue(sketch.keys[k] as number);
    return Number.isFinite(value) ? Math.min(sketch.max, Math.max(sketch.min, value)) : value;
  };
  // The loop runs once a run, mostly before V8 has compiled it: as few steps a bucket as can be.
  let next = 0;
  let target = ranks[byRank[0] as number] as number;
  let seen = 0;
  for (let k = 0; k < counts.length; k++) {
    seen += counts[k] as number;
    if (seen < target) continue;
    for (; next < byRank.length && (ranks[byRank[next] as number] as number) <= seen; next++) out[byRank[next] as number] = valueAt(k);
    if (next === byRank.length) return out;
    target = ranks[byRank[next] as number] as number;
  }
  throw new Error('sketch counts do not add up to its count');
}

/** The fraction of sketched values that are +Infinity (e.g. paybacks that never happen). */
export function fractionPositiveInfinite(sketch: QuantileSketch): number {
  const last = sketch.keys.length - 1;
  if (sketch.count === 0 || sketch.keys[last] !== POSITIVE_INFINITY_RANK) return 0;
  return (sketch.counts[last] as number) / sketch.count;
}

/** Counts of sketched values in equal bins over [min, max), and below and above them. */
export interface BinnedCounts {
  readonly edges: readonly number[];
  readonly counts: readonly number[];
  readonly below: number;
  readonly above: number;
}

/**
 * A histogram read from a sketch: each bucket's count goes to the bin of its value, so a
 * value near an edge may land one bin off (within the sketch's 0.1%).
 */
export function sketchHistogram(sketch: QuantileSketch, min: number, max: number, bins: number): BinnedCounts {
  if (!(min < max) || !(bins >= 1)) throw new RangeError(`sketchHistogram needs min < max and bins >= 1 (got ${min}, ${max}, ${bins})`);
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  let below = 0;
  let above = 0;
  for (let k = 0; k < sketch.keys.length; k++) {
    const x = Math.min(sketch.max, Math.max(sketch.min, bucketValue(sketch.keys[k] as number)));
    const c = sketch.counts[k] as number;
    if (x < min) below += c;
    else if (x >= max) above += c;
    else {
      const bin = Math.min(bins - 1, Math.floor((x - min) / width));
      counts[bin] = (counts[bin] as number) + c;
    }
  }
  return { edges: Array.from({ length: bins + 1 }, (_, i) => min + i * width), counts, below, above };
}

function mergeExact(a: QuantileSketch['exact'], b: QuantileSketch['exact']): { exact?: QuantileSketch['exact'] } {
  if (!a || !b) return {};
  const seen = new Map<number, number>();
  for (const { values, counts } of [a, b]) values.forEach((v, k) => seen.set(v, (seen.get(v) ?? 0) + (counts[k] as number)));
  return seen.size <= MAX_EXACT_VALUES ? { exact: byValue([...seen.keys()], [...seen.values()]) } : {};
}
