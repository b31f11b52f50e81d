import { statSync } from 'node:fs';
import { importPriceMap, withImportedPrices } from '../catalog/import-price-map.js';
import { BUILT_IN_CATALOG, type PriceCatalog } from '../catalog/price-catalog.js';
import { UsageError } from '../errors.js';
import { readUserFile } from './io.js';

/**
 * The price catalog a command uses: the built-in one, with the API prices of `file` (a
 * LiteLLM-style price map) laid over it. The file's modification date becomes the
 * catalog's, so the report says how fresh the prices are.
 *
 * @throws {UsageError} when the file cannot be read or holds no prices.
 */
export function loadCatalog(file: string | undefined): PriceCatalog {
  if (file === undefined) return BUILT_IN_CATALOG;
  const { text } = readUserFile(file, 'price map');
  let map: unknown;
  try {
    map = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const date = statSync(file).mtime.toISOString().slice(0, 10);
    return withImportedPrices(BUILT_IN_CATALOG, importPriceMap(map, `imported from ${file}`), date);
  } catch (error) {
    throw new UsageError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
