import { InvalidArgumentError, Option, type Command } from 'commander';
import { TRAINING_INSTANCES, TRAINING_METHODS } from '../../catalog/training-benchmarks.js';
import type { EstimateTrainingOptions } from '../format-training-estimate.js';
import type { CliIo } from '../io.js';

function positive(what: string) {
  return (text: string): number => {
    const n = Number(text.trim().replace(/_/g, ''));
    if (!(Number.isFinite(n) && n > 0)) throw new InvalidArgumentError(`${what} must be a number above 0.`);
    return n;
  };
}

export function addEstimateTrainingCommand(program: Command, io: CliIo): void {
  program
    .command('estimate-training')
    .description('what one fine-tuning run takes: hours, GPUs, $/h and cost, from the benchmark table (x1.15 overhead; spot x0.35)')
    .requiredOption('--model-size <billions>', 'model size in B parameters (the table is read at the nearest of 7, 13, 70)', positive('model size'))
    .addOption(new Option('--method <method>', 'fine-tuning method').choices(TRAINING_METHODS).makeOptionMandatory())
    .addOption(new Option('--instance <name>', 'training instance').choices(TRAINING_INSTANCES).makeOptionMandatory())
    .requiredOption('--examples <count>', 'training examples', positive('examples'))
    .requiredOption('--seq-len <tokens>', 'tokens per example', positive('sequence length'))
    .requiredOption('--epochs <count>', 'passes over the data', positive('epochs'))
    .option('--spot', 'on spot capacity (x0.35 of on-demand)')
    .option('--json', 'print {hours, gpus, cost_per_hour, cost, tokens_per_s, measured} as JSON')
    .action(async (options: EstimateTrainingOptions) => {
      const { formatTrainingEstimate } = await import('../format-training-estimate.js');
      io.stdout(formatTrainingEstimate(options));
    });
}
