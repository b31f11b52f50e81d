import { runCli } from '../../src/cli/run-cli.js';

export interface CliOutcome {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** Runs the ftroi CLI in this process, capturing what it prints. */
export async function cli(...args: string[]): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const exitCode = await runCli(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { stdout, stderr, exitCode };
}
