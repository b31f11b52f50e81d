import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress-bar.js';

/** A stand-in for a terminal's stderr that keeps what is written. */
function fakeTerminal(isTTY: boolean) {
  const written: string[] = [];
  const stream = {
    isTTY,
    columns: 100,
    write: (text: string) => (written.push(text), true),
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
    on: () => stream,
    removeListener: () => stream,
  };
  return { stream: stream as unknown as NodeJS.WriteStream, written };
}

describe('progress bar', () => {
  it('draws nothing when stderr is not a terminal', () => {
    const { stream, written } = fakeTerminal(false);
    let now = 0;
    const progress = createProgress(stream, 100, () => now);
    now = 5_000;
    progress.update(50);
    progress.stop();
    expect(written).toEqual([]);
  });

  it('stays quiet for the first second, then shows samples, rate and time left', () => {
    const { stream, written } = fakeTerminal(true);
    let now = 0;
    const progress = createProgress(stream, 1_000_000, () => now);
    now = 500;
    progress.update(200_000);
    expect(written).toEqual([]);
    now = 2_000;
    progress.update(500_000);
    progress.stop();
    const text = written.join('');
    expect(text).toContain('500000/1000000 samples');
    expect(text).toContain('250,000 samples/s');
    expect(text).toMatch(/left/);
  });
});
