#!/usr/bin/env node
import { processIo, runInterruptCleanups } from './io.js';
import { runCli } from './run-cli.js';

// Ctrl-C or a kill: undo half-done writes and folders made for this run, then exit with the
// shell's code for the signal (128 + its number).
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.on(signal, () => {
    runInterruptCleanups();
    process.exit(code);
  });
}
// A closed pipe (ftroi ... | head, or stderr closed) must not turn exit code 2 into 1.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

process.exitCode = await runCli(process.argv.slice(2), processIo);
