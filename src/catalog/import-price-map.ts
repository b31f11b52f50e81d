import type { ApiPrice, PriceCatalog } from './price-catalog.js';

/**
 * The API prices of a LiteLLM-style price map (model name -> {input_cost_per_token,
 * output_cost_per_token, ...}, as in model_prices_and_context_window.json), per 1M tokens.
 * Entries without both token prices (image models, embeddings, the "sample_spec" header)
 * are skipped; the count says how many were read.
 *
 * @throws {Error} when the document is not such a map or holds no priced model.
 */
export function importPriceMap(map: unknown, source: string): Record<string, ApiPrice> {
  if (map === null || typeof map !== 'object' || Array.isArray(map)) {
    throw new Error('a price map is a JSON object of model name -> {input_cost_per_token, output_cost_per_token}');
  }
  const api: Record<string, ApiPrice> = {};
  for (const [name, entry] of Object.entries(map as Record<string, unknown>)) {
    if (entry === null || typeof entry !== 'object') continue;
    const { input_cost_per_token: input, output_cost_per_token: output } = entry as Record<string, unknown>;
    if (!isPrice(input) || !isPrice(output)) continue;
    // Per token -> per 1M tokens, rounded to drop the binary noise of 1e-6 factors.
    api[name] = { input_price_per_1m: perMillion(input), output_price_per_1m: perMillion(output), source };
  }
  if (Object.keys(api).length === 0) throw new Error('no model in it has both input_cost_per_token and output_cost_per_token');
  return api;
}

/** `base` with the imported API prices added (an imported name replaces a built-in one). */
export function withImportedPrices(base: PriceCatalog, api: Readonly<Record<string, ApiPrice>>, date: string): PriceCatalog {
  return { date, api: { ...base.api, ...api }, gpus: base.gpus };
}

function isPrice(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0;
}

function perMillion(perToken: number): number {
  return Number((perToken * 1e6).toPrecision(12));
}
