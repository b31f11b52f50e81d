import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import type { UniformSource } from '../../src/rng/rng.js';
import { createUniformStream, UniformStream } from '../../src/rng/uniform-stream.js';

describe('UniformStream', () => {
  it('gives exactly seedrandom xor128 double() from the same state, by fill and by next', () => {
    const stream = createUniformStream('["ftroi","input","x","chunk",0]');
    const reference = seedrandom.xor128('', { state: stream.state() });
    const filled = new Float64Array(10_000);
    stream.fill(filled, filled.length);
    for (const u of filled) expect(u).toBe(reference.double());
    for (let i = 0; i < 100; i++) expect(stream.next()).toBe(reference.double());
  });

  it('starts where seedrandom xor128 does from the four words of alea(key), 64 steps on', () => {
    for (const key of ['["ftroi","input","x","chunk",0]', '', 'k', '["42","input","hourly_rate","chunk",49]']) {
      const alea = seedrandom.alea(key);
      const reference = seedrandom.xor128('', { state: { x: alea.int32(), y: alea.int32(), z: alea.int32(), w: alea.int32() } });
      for (let k = 0; k < 64; k++) reference.int32();
      expect(createUniformStream(key).state()).toEqual(reference.state());
    }
  });

  it('gives the same values however a column is cut into fills (every length mod the four steps a turn)', () => {
    for (const fill of ['fill', 'fill32'] as const) {
      const stream = createUniformStream(`cuts-${fill}`);
      const reference = seedrandom.xor128('', { state: stream.state() });
      const next = fill === 'fill' ? () => reference.double() : () => reference();
      for (const length of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1023, 1024, 1025]) {
        const out = new Float64Array(length);
        stream[fill](out, length);
        for (const u of out) expect(u).toBe(next());
      }
    }
  });

  it('draws again on an exact 0, as seedrandom does, in both halves of a turn and in the tail', () => {
    for (const state of [zeroFirstValue(), zeroSecondValue()]) {
      for (const length of [1, 2, 3, 4, 5]) {
        for (const lead of [0, 1, 2]) {
          const stream = new UniformStream(state);
          const reference = seedrandom.xor128('', { state: stream.state() });
          // `lead` one-word steps first put the zero words at other places in a turn.
          for (let k = 0; k < lead; k++) expect(stream.nextUint32()).toBe(reference.int32() >>> 0);
          const out = new Float64Array(length);
          stream.fill(out, length);
          for (const u of out) expect(u).toBe(reference.double());
          expect(out.every((u) => u > 0 && u < 1)).toBe(true);
        }
      }
    }
  });

  it('stays inside (0, 1)', () => {
    const out = new Float64Array(100_000);
    createUniformStream('bounds').fill(out, out.length);
    expect(out.every((u) => u > 0 && u < 1)).toBe(true);
  });

  it('is keyed: the same key gives the same stream, another key another', () => {
    const first = (key: string) => createUniformStream(key).next();
    expect(first('a')).toBe(first('a'));
    expect(first('a')).not.toBe(first('b'));
  });
});

describe('UniformStream.fill32', () => {
  it('gives exactly seedrandom xor128() (32 bits a value) from the same state', () => {
    const stream = createUniformStream('32-bit');
    const reference = seedrandom.xor128('', { state: stream.state() });
    const filled = new Float64Array(10_000);
    stream.fill32(filled, filled.length);
    for (const u of filled) expect(u).toBe(reference());
  });

  it('with lo and width gives lo + width u of the same values, bit for bit, however a column is cut', () => {
    const [lo, width] = [-3.25, 1e-7 * Math.PI];
    const scaled = createUniformStream('scaled');
    const plain = createUniformStream('scaled');
    for (const length of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1023, 1024, 1025]) {
      const got = new Float64Array(length);
      const u = new Float64Array(length);
      scaled.fill32(got, length, lo, width);
      plain.fill32(u, length);
      for (let i = 0; i < length; i++) expect(got[i]).toBe(lo + width * (u[i] as number));
    }
    expect(scaled.nextUint32()).toBe(plain.nextUint32());
  });
});

describe('UniformStream.fillZiggurat', () => {
  // Tables of 8 layers accepting a share p of draws: |j| < p 2^31. At 70%, a turn of two
  // draws is kept 49% of the time; at 97%, 94%.
  const tables = (p: number) => ({
    k: Float64Array.from({ length: 8 }, (_, i) => (p + (i - 4) / 100) * 2 ** 31),
    w: Float64Array.from({ length: 8 }, (_, i) => (i + 1) / 2 ** 31),
  });
  // A draw outside its rectangle takes 1-4 more words and a 53-bit uniform.
  const outside = (source: Pick<UniformSource, 'next' | 'nextUint32'>, j: number, i: number, x: number) => {
    let v = x + j / 2 ** 40;
    for (let c = 0; c <= (i & 3); c++) v += source.nextUint32();
    return v + source.next();
  };

  it('gives the draws of the loop over nextUint32 it stands for, however a column is cut, and leaves the stream where that loop does', () => {
    for (const p of [0.7, 0.97]) {
      const { k, w } = tables(p);
      const stream = createUniformStream(`ziggurat-${p}`);
      const reference = seedrandom.xor128('', { state: stream.state() });
      const words = { nextUint32: () => reference.int32() >>> 0, next: () => reference.double() };
      let outsideDraws = 0;
      for (const length of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1023, 1024, 1025]) {
        // From an offset: the turns start at `from`, not at 0.
        const out = new Float64Array(length + 3);
        stream.fillZiggurat(out, 3, length + 3, k, w, outside);
        for (let d = 3; d < length + 3; d++) {
          const j = words.nextUint32() | 0;
          const i = words.nextUint32() & 7;
          const inside = Math.abs(j) < (k[i] as number);
          outsideDraws += +!inside;
          expect(out[d]).toBe(inside ? j * (w[i] as number) : outside(words, j, i, j * (w[i] as number)));
        }
        expect(stream.nextUint32()).toBe(words.nextUint32());
      }
      expect(outsideDraws).toBeGreaterThan(p < 0.9 ? 500 : 50);
    }
  });
});

/** A state whose first two words are 0, so that its first 53-bit value is an exact 0. */
function zeroFirstValue() {
  return { x: 0, y: 0, z: 5, w: 0 };
}

/**
 * A state whose words 3 and 4 are 0 and 1 and 2 are not: its second 53-bit value is an exact
 * 0. A step makes w' = w ^ (w >>> 19) ^ t ^ (t >>> 8) with t = x ^ (x << 11): with w = 0,
 * word 4 is 0; z is solved for so that word 3 is 0, inverting both xorshifts.
 */
function zeroSecondValue() {
  const step = (a: number, b: number) => {
    const t = a ^ (a << 11);
    return b ^ (b >>> 19) ^ t ^ (t >>> 8);
  };
  const [x, y, w] = [1, 1, 0];
  const word2 = step(y, step(x, w));
  const target = word2 ^ (word2 >>> 19);
  let t = target;
  for (let k = 0; k < 4; k++) t = target ^ (t >>> 8);
  let z = t;
  for (let k = 0; k < 3; k++) z = t ^ (z << 11);
  expect(step(z, word2)).toBe(0);
  return { x, y, z, w };
}
