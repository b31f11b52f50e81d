import { availableParallelism } from 'node:os';
import { Option, type Command } from 'commander';
import { TORNADO_METRICS } from '../../results/tornado-metrics.js';
import type { CliIo } from '../io.js';
import { parseSamples, parseSeed, parseThreshold, parseWorkers } from '../option-parsers.js';
import type { RunOptions } from '../run-scenario.js';

export function addRunCommand(program: Command, io: CliIo): void {
  program
    .command('run')
    .description('simulate a scenario and write results.json and report.html')
    .argument('<scenario>', 'scenario file (YAML or JSON)')
    .option('-n, --samples <count>', 'number of Monte Carlo samples (default: the scenario\'s, else 100000)', parseSamples)
    .option('--seed <seed>', 'seed of every random stream (default: the scenario\'s, else "ftroi")', parseSeed)
    .option('--workers <count>', 'worker threads; results do not depend on it', parseWorkers, availableParallelism())
    .option('--out <dir>', 'output folder (default: ftroi-out/<scenario file name>)')
    .option('--threshold <months>', 'payback threshold in months (default: the scenario\'s, else 12)', parseThreshold)
    .option('--json', 'print results.json instead of the summary')
    .option('--samples-csv <file>', 'also write every sample\'s inputs and outputs as CSV (an audit trail; up to 1e6 samples unless --force)')
    .option('--force', 'write --samples-csv even above 1e6 samples')
    .addOption(new Option('--metric <output>', 'what the value tornado shows').choices(TORNADO_METRICS).default('monthly_savings'))
    .option('--no-report', 'write results.json only: no report.html, no tornadoes or bands (their designed runs are skipped), vega not loaded')
    .action(async (file: string, options: RunOptions) => {
      // Loaded on use, so that `estimate` and `--help` never pay for the engine.
      const { runScenario } = await import('../run-scenario.js');
      await runScenario(file, options, io);
    });
}
