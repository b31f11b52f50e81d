import { execFileSync } from 'node:child_process';

/**
 * The Chromium to drive: $FTROI_CHROMIUM, else Debian's `chromium` on the PATH. None found
 * means browser tests are skipped locally; under CI=true they must run, so they fail.
 */
export function findChromium(): string | undefined {
  if (process.env.FTROI_CHROMIUM) return process.env.FTROI_CHROMIUM;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Chromium flags for a closed network: no background fetches, no sandbox as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
