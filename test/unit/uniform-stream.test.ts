import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { createUniformStream } from '../../src/rng/uniform-stream.js';

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
});
