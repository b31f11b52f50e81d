import type { Command } from 'commander';
import type { CliIo } from '../io.js';

export function addEstimateCommand(program: Command, io: CliIo): void {
  program
    .command('estimate')
    .description('evaluate the model once, at each input\'s point value (medians of distributions), and print the breakdown')
    .argument('<scenario>', 'scenario file (YAML or JSON)')
    .option('--json', 'print the breakdown as JSON')
    .option('--catalog <file>', 'a LiteLLM-style price map laid over the built-in catalog (see ftroi catalog)')
    .action(async (file: string, options: { json?: boolean; catalog?: string }) => {
      // Loaded on use, so that `run` never pays for what only `estimate` needs, nor the reverse.
      const { estimateScenario } = await import('../estimate-scenario.js');
      io.stdout(estimateScenario(file, options.json === true, options.catalog));
    });
}
