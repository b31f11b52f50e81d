import { Command } from 'commander';
import { FTROI_VERSION } from '../version.js';
import { addCatalogCommand } from './commands/catalog.js';
import { addEstimateCommand } from './commands/estimate.js';
import { addEstimateTrainingCommand } from './commands/estimate-training.js';
import { addRunCommand } from './commands/run.js';
import { addSensitivityCommand } from './commands/sensitivity.js';
import type { CliIo } from './io.js';

/** A fresh program per call, so tests can run the CLI in process. */
export function makeProgram(io: CliIo): Command {
  const program = new Command()
    .name('ftroi')
    .description('Should we fine-tune and self-host, or keep paying the API? Monte Carlo ROI with honest uncertainty.')
    .version(FTROI_VERSION)
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  addRunCommand(program, io);
  addEstimateCommand(program, io);
  addSensitivityCommand(program, io);
  addEstimateTrainingCommand(program, io);
  addCatalogCommand(program, io);
  for (const command of program.commands) command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  return program;
}
