import type { Command } from 'commander';
import { evaluateRoi } from '../../model/evaluate-roi.js';
import { ROI_OUTPUT_FIELDS, type RoiInputs } from '../../model/roi-fields.js';
import { pointValues } from '../../scenario/point-values.js';
import { estimateJson, formatEstimate } from '../format-estimate.js';
import type { CliIo } from '../io.js';
import { loadScenario } from '../load-scenario.js';

export function addEstimateCommand(program: Command, io: CliIo): void {
  program
    .command('estimate')
    .description('evaluate the model once, at each input\'s point value (medians of distributions), and print the breakdown')
    .argument('<scenario>', 'scenario file (YAML or JSON)')
    .option('--json', 'print the breakdown as JSON')
    .action((file: string, options: { json?: boolean }) => {
      const { scenario } = loadScenario(file);
      const out = evaluateRoi(pointValues(scenario.inputs) as RoiInputs);
      io.stdout(options.json ? estimateJson(out) : formatEstimate(scenario.name, ROI_OUTPUT_FIELDS, out));
    });
}
