import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/cli/terminal-safe.js';
import { cli } from '../helpers/run-cli.js';
import { useTmpDir } from '../helpers/tmp-dir.js';
import { goldenWith } from '../fixtures/scenarios.js';

const tmp = useTmpDir();

describe('terminal output', () => {
  it('shows control characters as \\xNN and keeps text, tabs and newlines', () => {
    expect(terminalSafe('a\u001b[2Jb\u0007\u009b\tc\nd')).toBe('a\\x1b[2Jb\\x07\\x9b\tc\nd');
    expect(terminalSafe('Support bot — fine-tuned 8B vs GPT-4o ± 0.3%')).toBe('Support bot — fine-tuned 8B vs GPT-4o ± 0.3%');
  });

  it.each([['estimate'], ['run']])('never prints a scenario name\'s escape sequences raw (%s)', async (command) => {
    const scenario = tmp.write('evil.yaml', goldenWith({ 'name: ': 'name: "evil\\e[2J\\e]0;pwned\\a" # ' }));
    const args = command === 'run' ? ['run', scenario, '--out', tmp.path('evil-out'), '--no-report'] : ['estimate', scenario];
    const { stdout, stderr } = await cli(...args);
    expect(stdout + stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(stdout).toContain('evil\\x1b[2J');
  });

  it('escapes them in error messages too', async () => {
    const scenario = tmp.write('evil-key.yaml', goldenWith({ 'lifetime_months: 18': '"life\\e[31m": 18' }));
    const { stderr, exitCode } = await cli('run', scenario);
    expect(exitCode).toBe(2);
    expect(stderr).toContain('life\\x1b[31m');
    expect(stderr).not.toMatch(/\u001b/);
  });
});
