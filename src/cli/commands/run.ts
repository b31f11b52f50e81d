import { availableParallelism } from 'node:os';
import { Option, type Command } from 'commander';
import { TORNADO_METRICS } from '../../results/tornado-metrics.js';
import type { CliIo } from '../io.js';
import { parseLevel, parseMethods, parsePrecision, parseSamples, parseSeed, parseThreshold, parseWorkers } from '../option-parsers.js';
import { SAMPLING_METHODS } from '../../scenario/sampling-methods.js';
import { SENSITIVITY_METHODS } from '../../sensitivity/sensitivity-result.js';
import type { RunOptions } from '../run-scenario.js';

export function addRunCommand(program: Command, io: CliIo): void {
  program
    .command('run')
    .description('simulate a scenario and write results.json and report.html')
    .argument('<scenario>', 'scenario file (YAML or JSON)')
    .option('-n, --samples <count>', 'number of Monte Carlo samples (default: the scenario\'s, else 100000)', parseSamples)
    .option('--seed <seed>', 'seed of every random stream (default: the scenario\'s, else "ftroi")', parseSeed)
    .option('--catalog <file>', 'a LiteLLM-style price map laid over the built-in catalog (see ftroi catalog)')
    .option('--workers <count>', 'worker threads; results do not depend on it', parseWorkers, availableParallelism())
    .option('--out <dir>', 'output folder (default: ftroi-out/<scenario file name>)')
    .option('--threshold <months>', 'payback threshold in months (default: the scenario\'s, else 12)', parseThreshold)
    .option('--json', 'print results.json instead of the summary')
    .option('--samples-csv <file>', 'also write every sample\'s inputs and outputs as CSV (an audit trail; up to 1e6 samples unless --force)')
    .option('--force', 'write --samples-csv even above 1e6 samples')
    .addOption(new Option('--metric <output>', 'what the value tornado shows').choices(TORNADO_METRICS).default('monthly_savings'))
    .option('--sensitivity <methods>', `also run these sensitivity methods into results.json (comma-separated: ${SENSITIVITY_METHODS.join(', ')}); a report always has conditional, evppi and flip`, parseMethods)
    .addOption(new Option('--sampling <method>', 'mc (plain Monte Carlo) or lhs (Latin hypercube per chunk); default: the scenario\'s, else mc').choices(SAMPLING_METHODS))
    .option('--confidence <level>', 'second level of the decision-flip table (the first is 50%)', parseLevel, 0.8)
    .option('--sobol-samples <count>', 'base rows N of --sensitivity sobol (N (2d + 2) evaluations)', parseSamples)
    .option('--precision <half-width>', 'sample chunk by chunk until P(payback <= threshold) is known to +-this (95%), e.g. 0.005', parsePrecision)
    .option('--max-samples <count>', 'cap of a --precision run (default 1e7)', parseSamples)
    .option('--no-report', 'write results.json only: no report.html, no tornadoes or bands (their designed runs are skipped), vega not loaded')
    .action(async (file: string, options: RunOptions) => {
      // Loaded on use, so that `estimate` and `--help` never pay for the engine.
      const { runScenario } = await import('../run-scenario.js');
      await runScenario(file, options, io);
    });
}
