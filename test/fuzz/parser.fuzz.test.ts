import fc from 'fast-check';
import { expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ScenarioError } from '../../src/errors.js';
import { ROI_INPUT_FIELDS } from '../../src/model/roi-fields.js';
import { parseScenario } from '../../src/scenario/parse-scenario.js';
import { GOLDEN_YAML } from '../fixtures/scenarios.js';
import { FUZZ } from '../helpers/fuzz-runs.js';

/** A scenario, or a ScenarioError: any other outcome (a TypeError, a hang, a crash) is a bug. */
function parsesOrExplains(text: string): void {
  try {
    const scenario = parseScenario(text, 'fuzz.yaml', ROI_INPUT_FIELDS, 'fuzz');
    for (const field of ROI_INPUT_FIELDS) expect(scenario.inputs[field.name]).toBeDefined();
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
  }
}

const goldenLines = GOLDEN_YAML.split('\n');

it('reads any text as a scenario or a located ScenarioError', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), parsesOrExplains), FUZZ);
});

it('reads any JSON or YAML document as a scenario or a ScenarioError', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (value, asYaml) => parsesOrExplains(asYaml ? stringify(value) : JSON.stringify(value))),
    FUZZ,
  );
});

it('reads the golden scenario with any line replaced by any value as a scenario or a ScenarioError', () => {
  const values = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.string({ maxLength: 12 }),
    fc.constantFrom('{uniform: [1, 0]}', '{normal: {mean: 1, sd: -1}}', '{lognormal: {mu: 700, sigma: 5}}', '{beta: {alpha: 0, beta: 1}}', '[1, 2', '&a x', '*a', '~', '.nan', '.inf', '-.inf', '1e308', '{pert: [1, 1, 1]}', '{discrete: {values: []}}'),
  );
  fc.assert(
    fc.property(fc.nat({ max: goldenLines.length - 1 }), values, (line, value) => {
      const edited = [...goldenLines];
      edited[line] = (edited[line] ?? '').replace(/:.*$/, `: ${String(value)}`);
      parsesOrExplains(edited.join('\n'));
    }),
    FUZZ,
  );
});
