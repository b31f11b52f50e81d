import { basename, extname } from 'node:path';
import { ROI_INPUT_FIELDS } from '../model/roi-fields.js';
import { parseScenario } from '../scenario/parse-scenario.js';
import type { Scenario } from '../scenario/scenario.js';
import { readUserFile } from './io.js';

export interface LoadedScenario {
  readonly scenario: Scenario;
  readonly sha256: string;
  /** The file name without extension: names the default output folder. */
  readonly stem: string;
}

/** Reads and validates a scenario file for the ROI model. */
export function loadScenario(path: string): LoadedScenario {
  const { text, sha256 } = readUserFile(path);
  const stem = outputStem(path);
  return { scenario: parseScenario(text, path, ROI_INPUT_FIELDS, stem), sha256, stem };
}

/**
 * The scenario file's name without extension, as a folder name: `...yaml` or `.yaml` would
 * name `..` or nothing, and outputs would land beside the user's files instead.
 */
export function outputStem(path: string): string {
  const stem = basename(path, extname(path)).replace(/[^\w.-]+/g, '-');
  return /^\.*$/.test(stem) ? 'scenario' : stem;
}
