import { evaluateRoi } from '../model/evaluate-roi.js';
import { ROI_OUTPUT_FIELDS, type RoiInputs } from '../model/roi-fields.js';
import { pointValues } from '../scenario/point-values.js';
import { estimateJson, formatEstimate } from './format-estimate.js';
import { loadCatalog } from './load-catalog.js';
import { loadScenario } from './load-scenario.js';

/** `ftroi estimate`: the model once, at each input's point value; the text to print. */
export function estimateScenario(file: string, json: boolean, catalogFile?: string): string {
  const { scenario } = loadScenario(file, loadCatalog(catalogFile));
  const out = evaluateRoi(pointValues(scenario.inputs) as RoiInputs);
  return json ? estimateJson(out) : formatEstimate(scenario.name, ROI_OUTPUT_FIELDS, out);
}
