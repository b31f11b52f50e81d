import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A fresh temporary folder per test, removed afterwards. */
export function useTmpDir(): { path: (...parts: string[]) => string; write: (name: string, text: string) => string; list: () => string[] } {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });
  const root = () => (dir ||= mkdtempSync(join(tmpdir(), 'ftroi-test-')));
  return {
    path: (...parts) => join(root(), ...parts),
    write: (name, text) => {
      const file = join(root(), name);
      writeFileSync(file, text);
      return file;
    },
    list: () => readdirSync(root(), { recursive: true }).map(String).sort(),
  };
}
