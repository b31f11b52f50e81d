import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { useTmpDir } from '../helpers/tmp-dir.js';

/**
 * The bad-input catalog: test/catalog/*.yaml, each with the exit code and a fragment of the
 * message it must give (expectations.json). Exit 2 must write nothing; the few valid edge
 * cases (a BOM, CRLF line ends) must run.
 */
const CATALOG = 'test/catalog';
const expectations = JSON.parse(readFileSync(join(CATALOG, 'expectations.json'), 'utf8')) as Record<string, { exit: number; message: string }>;
const tmp = useTmpDir();

describe('the bad-input catalog', () => {
  it('has at least 60 bad files', () => {
    expect(Object.values(expectations).filter((e) => e.exit === 2).length).toBeGreaterThanOrEqual(60);
  });

  it.each(Object.entries(expectations))('%s', async (file, { exit, message }) => {
    const out = tmp.path(file);
    const { exitCode, stdout, stderr } = await cli('run', join(CATALOG, file), '--out', out, '--no-report');
    expect({ exitCode, stderr: stderr.split('\n')[0] }).toMatchObject({ exitCode: exit });
    if (exit === 2) {
      expect(stderr).toMatch(/^ftroi: /);
      expect(stderr).toContain(message);
      // One message: the problems of this file, located, and nothing written.
      expect(stderr).not.toMatch(/failed:|at .*\.js:\d+/);
      expect(existsSync(out)).toBe(false);
    } else {
      expect(stdout).toContain(message);
    }
  });
});
