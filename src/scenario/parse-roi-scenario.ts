import { BUILT_IN_CATALOG, type PriceCatalog } from '../catalog/price-catalog.js';
import { ROI_INPUT_FIELDS } from '../model/roi-fields.js';
import { expandRoiScenario } from './expand-roi-scenario.js';
import { parseScenario } from './parse-scenario.js';
import type { Scenario } from './scenario.js';

/**
 * A scenario of the ROI model from its text: catalog names looked up in `catalog`, pilot
 * counts and the training estimator expanded, then validated like any scenario.
 *
 * @throws {ScenarioError} listing every problem found.
 */
export function parseRoiScenario(text: string, file: string, fallbackName: string, catalog: PriceCatalog = BUILT_IN_CATALOG): Scenario {
  return parseScenario(text, file, ROI_INPUT_FIELDS, fallbackName, (raw) => expandRoiScenario(raw, catalog));
}
