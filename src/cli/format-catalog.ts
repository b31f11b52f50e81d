import type { PriceCatalog } from '../catalog/price-catalog.js';
import { formatTable } from './format-table.js';

/** `ftroi catalog`: the catalog's date, API prices and GPU instances. */
export function formatCatalog(catalog: PriceCatalog, json: boolean): string {
  if (json) return `${JSON.stringify(catalog, null, 2)}\n`;
  const api = Object.entries(catalog.api)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, p]) => [name, `$${p.input_price_per_1m}`, `$${p.output_price_per_1m}`, p.source]);
  const gpus = Object.entries(catalog.gpus).map(([name, g]) => [
    name,
    `$${g.cost_per_hour.toFixed(2)}/h`,
    `${Math.round(100 * g.spot_discount)}%`,
    `${Math.round(100 * g.reserved_discount)}%`,
    Object.entries(g.throughput_by_model_size).map(([size, tps]) => `${size}B: ${tps.toLocaleString('en-US')} tok/s`).join(', ') || '-',
    g.label,
  ]);
  return [
    `Price catalog of ${catalog.date} (prices move: check them, or --import a fresh price map)`,
    '',
    'API models: $ per 1M tokens (api: {model: NAME} in a scenario)',
    formatTable([['model', 'input', 'output', 'source'], ...api]),
    '',
    'GPU instances (serving: {gpu: NAME} in a scenario)',
    formatTable([['gpu', 'on demand', 'spot off', 'reserved off', 'throughput', ''], ...gpus]),
    '',
  ].join('\n');
}
