import type { UniformStream } from './uniform-stream.js';

/** A Fisher-Yates shuffle of `values` in place, from `stream`: every order equally likely. */
export function shuffleInPlace<T extends { [index: number]: number; readonly length: number }>(values: T, stream: UniformStream): T {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(stream.next() * (i + 1));
    const t = values[i] as number;
    values[i] = values[j] as number;
    values[j] = t;
  }
  return values;
}
