import { Option, type Command } from 'commander';
import { SENSITIVITY_METRICS } from '../../results/tornado-metrics.js';
import { SAMPLING_METHODS } from '../../scenario/sampling-methods.js';
import { SENSITIVITY_METHODS } from '../../sensitivity/sensitivity-result.js';
import type { CliIo } from '../io.js';
import { parseLevel, parseMethods, parseSamples, parseSeed, parseThreshold, parseWorkers } from '../option-parsers.js';
import type { SensitivityCliOptions } from '../sensitivity-scenario.js';

export function addSensitivityCommand(program: Command, io: CliIo): void {
  program
    .command('sensitivity')
    .description('which assumptions matter most, and what knowing them is worth: Sobol indices, Spearman, conditional bins, EVPPI, decision flips')
    .argument('<scenario>', 'scenario file (YAML or JSON)')
    .requiredOption('--method <methods>', `one or more of ${SENSITIVITY_METHODS.join(', ')} (comma-separated)`, parseMethods)
    .option('-n, --samples <count>', 'sobol: base rows N (N (2d + 2) evaluations, default 16384); others: Monte Carlo samples (default: the scenario\'s, at most 1e6 read)', parseSamples)
    .addOption(new Option('--metric <output>', 'the output explained').choices(SENSITIVITY_METRICS).default('monthly_savings'))
    .option('--confidence <level>', 'decision flips: the level besides 50%', parseLevel, 0.8)
    .option('--threshold <months>', 'payback threshold of the event (default: the scenario\'s)', parseThreshold)
    .addOption(new Option('--sampling <method>', 'mc or lhs (sobol uses its own design)').choices(SAMPLING_METHODS))
    .option('--seed <seed>', 'seed of every random stream (default: the scenario\'s)', parseSeed)
    .option('--catalog <file>', 'a LiteLLM-style price map laid over the built-in catalog (see ftroi catalog)')
    .option('--workers <count>', 'worker threads; results do not depend on it', parseWorkers)
    .option('--json', 'print {method, metric, samples, evaluations, rows} as JSON (a list for several methods)')
    .action(async (file: string, options: SensitivityCliOptions) => {
      const { sensitivityScenario } = await import('../sensitivity-scenario.js');
      await sensitivityScenario(file, options, io);
    });
}
