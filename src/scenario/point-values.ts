import { fromSpec, type InputSpec } from '../../distributions/index.js';

/**
 * Each input at its point value: the number itself, or a distribution's median. The
 * deterministic `estimate` evaluates the model once at these values.
 */
export function pointValues(inputs: Readonly<Record<string, InputSpec>>): Record<string, number> {
  return Object.fromEntries(Object.entries(inputs).map(([name, spec]) => [name, fromSpec(spec).quantile(0.5)]));
}
