import type { Command } from 'commander';
import type { CliIo } from '../io.js';

export function addCatalogCommand(program: Command, io: CliIo): void {
  program
    .command('catalog')
    .description('list the dated price catalog: API models ($/1M tokens) and GPU instances ($/h, discounts, throughput)')
    .option('--import <file>', 'read a LiteLLM-style price map (model_prices_and_context_window.json) over the built-in prices; use it with run/estimate --catalog')
    .option('--json', 'print the catalog as JSON')
    .action(async (options: { import?: string; json?: boolean }) => {
      const { formatCatalog } = await import('../format-catalog.js');
      const { loadCatalog } = await import('../load-catalog.js');
      io.stdout(formatCatalog(loadCatalog(options.import), options.json === true));
    });
}
