import { basename, extname } from 'node:path';
import { BUILT_IN_CATALOG, type PriceCatalog } from '../catalog/price-catalog.js';
import { parseRoiScenario } from '../scenario/parse-roi-scenario.js';
import type { Scenario } from '../scenario/scenario.js';
import { readUserFile } from './io.js';

export interface LoadedScenario {
  readonly scenario: Scenario;
  readonly sha256: string;
  /** The file name without extension: names the default output folder. */
  readonly stem: string;
}

/** Reads and validates a scenario file for the ROI model, its names looked up in `catalog`. */
export function loadScenario(path: string, catalog: PriceCatalog = BUILT_IN_CATALOG): LoadedScenario {
  const { text, sha256 } = readUserFile(path);
  const stem = outputStem(path);
  return { scenario: parseRoiScenario(text, path, stem, catalog), sha256, stem };
}

/**
 * The scenario file's name without extension, as a folder name: `...yaml` or `.yaml` would
 * name `..` or nothing, and outputs would land beside the user's files instead.
 */
export function outputStem(path: string): string {
  const stem = basename(path, extname(path)).replace(/[^\w.-]+/g, '-');
  return /^\.*$/.test(stem) ? 'scenario' : stem;
}
