import seedrandom from 'seedrandom';
import type { UniformSource, ZigguratOutside } from './rng.js';

/** seedrandom's xor128 state: four 32-bit words. */
interface Xor128State {
  x: number;
  y: number;
  z: number;
  w: number;
}

/**
 * seedrandom's xor128 generator (Marsaglia 2003, doi:10.18637/jss.v008.i14) stepped inline.
 * `fill` and `next` give exactly the values of seedrandom's `xor128(..., {state}).double()`:
 * 53-bit doubles in (0, 1), 21 bits from one step and 32 from the next; `fill32` those of
 * its plain `xor128(...)()`, 32 bits from one step (twice as fast: 2 of the 17 draws of a
 * sample need the 53 bits).
 * Written out because a closure call per value (alea's `.double()`, 13-17 ns) cost more than
 * the generator itself (5 ns); test/unit/uniform-stream.test.ts holds the two streams equal.
 * seedrandom's Tyche-i was the other candidate: 9 ns a value stepped the same way.
 * `fillZiggurat` steps it inline for the normal draws' ziggurat, for the same reason.
 */
export class UniformStream implements UniformSource {
  private x: number;
  private y: number;
  private z: number;
  private w: number;
  private readonly one = new Float64Array(1);

  constructor(state: Readonly<Xor128State>) {
    this.x = state.x | 0;
    this.y = state.y | 0;
    this.z = state.z | 0;
    this.w = state.w | 0;
  }

  next(): number {
    this.fill(this.one, 1);
    return this.one[0] as number;
  }

  fill(out: Float64Array, length: number): void {
    // int32 from the start (see fill32).
    let x = this.x | 0;
    let y = this.y | 0;
    let z = this.z | 0;
    let w = this.w | 0;
    let i = 0;
    // Four steps (two values) a turn, each step's word written straight into the register it
    // rotates into (see fill32). Every value that is not an exact 0 takes the next row.
    while (i + 2 <= length) {
      let t = x ^ (x << 11);
      x = w ^ (w >>> 19) ^ t ^ (t >>> 8);
      t = y ^ (y << 11);
      y = x ^ (x >>> 19) ^ t ^ (t >>> 8);
      t = z ^ (z << 11);
      z = y ^ (y >>> 19) ^ t ^ (t >>> 8);
      t = w ^ (w << 11);
      w = z ^ (z >>> 19) ^ t ^ (t >>> 8);
      const first = ((x >>> 11) + (y >>> 0) / 0x100000000) / 0x200000;
      const second = ((z >>> 11) + (w >>> 0) / 0x100000000) / 0x200000;
      // seedrandom draws again on an exact 0 (p = 2^-53), and so do we: the row waits for
      // the next value.
      out[i] = first;
      i += +(first !== 0);
      out[i] = second;
      i += +(second !== 0);
    }
    while (i < length) {
      let t = x ^ (x << 11);
      x = y;
      y = z;
      z = w;
      w ^= (w >>> 19) ^ t ^ (t >>> 8);
      const top = w >>> 11;
      t = x ^ (x << 11);
      x = y;
      y = z;
      z = w;
      w ^= (w >>> 19) ^ t ^ (t >>> 8);
      const u = (top + (w >>> 0) / 0x100000000) / 0x200000;
      out[i] = u;
      i += +(u !== 0);
    }
    this.x = x;
    this.y = y;
    this.z = z;
    this.w = w;
  }

  nextUint32(): number {
    const t = this.x ^ (this.x << 11);
    this.x = this.y;
    this.y = this.z;
    this.z = this.w;
    this.w ^= (this.w >>> 19) ^ t ^ (t >>> 8);
    return this.w >>> 0;
  }

  fill32(out: Float64Array, length: number, lo = 0, width = 1): void {
    // "| 0": int32 from the start, so V8 keeps the four words untagged in registers across
    // the loop (from the fields it kept them tagged, checked and retagged them every turn:
    // 32 -> 27 instructions a word, callgrind).
    let x = this.x | 0;
    let y = this.y | 0;
    let z = this.z | 0;
    let w = this.w | 0;
    // lo + width u, in registers; 0 + 1 u is u, bit for bit.
    const a = lo;
    const s = width;
    let i = 0;
    // Four steps a turn. A step shifts the four words down one (x = y, y = z, z = w) and makes
    // a new w, so after four the new words are the whole state, and each is computed into the
    // register it ends up in: no moves. With a quarter of the loop's checks, 2.8 -> 1.9 ns a
    // value (the same words, in the same order). fill takes the same turn, two values a turn.
    // The turns' bound is a multiple of four, so V8 knows that i + 3 stays below it and drops
    // the overflow checks of i + 1, i + 2 and i + 3 (27 -> 24 instructions a word).
    const whole = length & ~3;
    for (; i < whole; i += 4) {
      let t = x ^ (x << 11);
      x = w ^ (w >>> 19) ^ t ^ (t >>> 8);
      t = y ^ (y << 11);
      y = x ^ (x >>> 19) ^ t ^ (t >>> 8);
      t = z ^ (z << 11);
      z = y ^ (y >>> 19) ^ t ^ (t >>> 8);
      t = w ^ (w << 11);
      w = z ^ (z >>> 19) ^ t ^ (t >>> 8);
      out[i] = a + s * ((x >>> 0) / 0x100000000);
      out[i + 1] = a + s * ((y >>> 0) / 0x100000000);
      out[i + 2] = a + s * ((z >>> 0) / 0x100000000);
      out[i + 3] = a + s * ((w >>> 0) / 0x100000000);
    }
    for (; i < length; i++) {
      const t = x ^ (x << 11);
      x = y;
      y = z;
      z = w;
      w ^= (w >>> 19) ^ t ^ (t >>> 8);
      out[i] = a + s * ((w >>> 0) / 0x100000000);
    }
    this.x = x;
    this.y = y;
    this.z = z;
    this.w = w;
  }

  fillZiggurat(out: Float64Array, from: number, to: number, k: Float64Array, w: Float64Array, outside: ZigguratOutside): void {
    // Parameters in locals, the words int32 from the start (see fill32).
    const kTable = k;
    const wTable = w;
    const mask = kTable.length - 1;
    const end = to | 0;
    let x0 = this.x | 0;
    let x1 = this.y | 0;
    let x2 = this.z | 0;
    let x3 = this.w | 0;
    let d = from | 0;
    while (d < end) {
      // Two draws a turn, four steps (fill32's turn), kept when both fall inside their
      // rectangles (98% of turns): the arrays' checks once a turn, not once a draw. Else the
      // state goes back to the turn's start and one draw is taken, as below.
      if (d + 2 <= end) {
        const s0 = x0;
        const s1 = x1;
        const s2 = x2;
        const s3 = x3;
        let t = x0 ^ (x0 << 11);
        x0 = x3 ^ (x3 >>> 19) ^ t ^ (t >>> 8);
        t = x1 ^ (x1 << 11);
        x1 = x0 ^ (x0 >>> 19) ^ t ^ (t >>> 8);
        t = x2 ^ (x2 << 11);
        x2 = x1 ^ (x1 >>> 19) ^ t ^ (t >>> 8);
        t = x3 ^ (x3 << 11);
        x3 = x2 ^ (x2 >>> 19) ^ t ^ (t >>> 8);
        // The turn's words in stream order: x0 and x1 the first draw's j and layer, x2 and x3
        // the second's.
        const i0 = x1 & mask;
        const i1 = x3 & mask;
        if (Math.abs(x0) < (kTable[i0] as number) && Math.abs(x2) < (kTable[i1] as number)) {
          out[d] = x0 * (wTable[i0] as number);
          out[d + 1] = x2 * (wTable[i1] as number);
          d += 2;
          continue;
        }
        x0 = s0;
        x1 = s1;
        x2 = s2;
        x3 = s3;
      }
      let t = x0 ^ (x0 << 11);
      x0 = x1;
      x1 = x2;
      x2 = x3;
      x3 ^= (x3 >>> 19) ^ t ^ (t >>> 8);
      const j = x3;
      t = x0 ^ (x0 << 11);
      x0 = x1;
      x1 = x2;
      x2 = x3;
      x3 ^= (x3 >>> 19) ^ t ^ (t >>> 8);
      const i = x3 & mask;
      const v = j * (wTable[i] as number);
      // Two stores, not one of a select: a select of the double and the call's result boxed
      // every draw.
      if (Math.abs(j) < (kTable[i] as number)) out[d] = v;
      else {
        // The state through the fields and back: `outside` draws on from this stream.
        this.x = x0;
        this.y = x1;
        this.z = x2;
        this.w = x3;
        out[d] = outside(this, j, i, v);
        x0 = this.x | 0;
        x1 = this.y | 0;
        x2 = this.z | 0;
        x3 = this.w | 0;
      }
      d++;
    }
    this.x = x0;
    this.y = x1;
    this.z = x2;
    this.w = x3;
  }

  /** The current state, as seedrandom's `xor128(..., {state: true}).state()` gives it. */
  state(): Xor128State {
    return { x: this.x, y: this.y, z: this.z, w: this.w };
  }
}

/** What results.json records as the source of every draw. */
export const RANDOM_GENERATOR = 'seedrandom xor128 (53-bit doubles), one stream per input and chunk, state from seedrandom alea of the stream key';

/** Steps that stir a fresh state before use, as seedrandom's own xor128 seeding does. */
const WARM_UP_STEPS = 64;

/**
 * The stream for a key such as deriveSeed(seed, 'input', name, 'chunk', i). The generator's
 * state comes from seedrandom's Alea of the key, never from the key's characters: xor128
 * seeded straight from similar strings gives correlated streams (measured: +13 standard
 * errors between the inputs of one chunk, -17.5 between neighbouring chunks).
 */
export function createUniformStream(key: string): UniformStream {
  const alea = seedrandom.alea(key);
  const stream = new UniformStream({ x: alea.int32(), y: alea.int32(), z: alea.int32(), w: alea.int32() });
  // Stepped here rather than through seedrandom.xor128(..., {state}), whose object of
  // closures (and 64 steps of its own from a zero state, then overwritten) made a worker
  // compile and deoptimize four more functions; the test holds the two seedings equal.
  for (let k = 0; k < WARM_UP_STEPS; k++) stream.nextUint32();
  return stream;
}
