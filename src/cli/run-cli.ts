import { CommanderError } from 'commander';
import { UsageError } from '../errors.js';
import type { CliIo } from './io.js';
import { makeProgram } from './make-program.js';
import { terminalSafe } from './terminal-safe.js';

/** Exit codes: 0 done, 1 a fault while running, 2 bad input (options, files, scenario). */
export async function runCli(args: readonly string[], given: CliIo): Promise<number> {
  // Everything the CLI prints passes here, so no user string reaches the terminal raw.
  const io: CliIo = { ...given, stdout: (text) => given.stdout(terminalSafe(text)), stderr: (text) => given.stderr(terminalSafe(text)) };
  try {
    await makeProgram(io).parseAsync([...args], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander has already printed its message; help and version end with code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`ftroi: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(`ftroi: failed: ${error instanceof Error ? (process.env.FTROI_DEBUG ? error.stack : error.message) : String(error)}\n`);
    return 1;
  }
}
