import cliProgress from 'cli-progress';

/** Runs shorter than this show no bar at all. */
const QUIET_SECONDS = 1;

export interface Progress {
  update(done: number): void;
  stop(): void;
}

const NO_PROGRESS: Progress = { update: () => {}, stop: () => {} };

/**
 * A progress bar on `stream` (stderr): samples done, rate and time left. Only on a
 * terminal, and only once a run has lasted a second, so quick runs and CI logs stay clean.
 */
export function createProgress(stream: NodeJS.WriteStream | undefined, total: number, now = () => performance.now()): Progress {
  if (!stream?.isTTY) return NO_PROGRESS;
  const started = now();
  let bar: cliProgress.SingleBar | undefined;
  return {
    update(done) {
      const seconds = (now() - started) / 1000;
      if (!bar && seconds < QUIET_SECONDS) return;
      if (!bar) {
        bar = new cliProgress.SingleBar(
          { stream, format: '  {bar} {percentage}% | {value}/{total} samples | {rate} samples/s | {eta_formatted} left', hideCursor: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0, { rate: '-' });
      }
      bar.update(done, { rate: Math.round(done / seconds).toLocaleString('en-US') });
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
