import type { InputSpec } from '../../distributions/index.js';
import type { ScenarioIssue } from '../errors.js';
import { describeValue } from './describe-value.js';
import { deepMerge, isMapping } from './deep-merge.js';
import type { ScenarioOption } from './scenario.js';

type ReadInputs = (merged: Record<string, unknown>) => { inputs: Record<string, InputSpec>; issues: readonly ScenarioIssue[] };

/** Most options a scenario may compare: each is a full evaluation of the model per row. */
export const MAX_OPTIONS = 8;

/**
 * The scenario's `options:` list. Each entry has a `name`, an optional `description`, and
 * sections laid over the scenario's own (deep merge), read like the scenario itself. A
 * problem inside an option is reported at its place under options[k]; one that comes from
 * the shared sections is the scenario's own and reported there already.
 */
export function readOptions(value: unknown, base: Record<string, unknown>, read: ReadInputs): { options: ScenarioOption[]; issues: ScenarioIssue[] } {
  if (value === undefined) return { options: [], issues: [] };
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_OPTIONS) {
    return { options: [], issues: [{ path: ['options'], message: `must be a list of 1 to ${MAX_OPTIONS} options, each {name, ...sections} (got ${describeValue(value)})` }] };
  }
  const options: ScenarioOption[] = [];
  const issues: ScenarioIssue[] = [];
  const names = new Set<string>();
  value.forEach((entry: unknown, k) => {
    const at = (path: readonly (string | number)[], message: string) => issues.push({ path: ['options', k, ...path], message });
    if (!isMapping(entry)) return at([], `an option is a mapping {name, ...sections} (got ${describeValue(entry)})`);
    const { name, description, ...sections } = entry;
    if (typeof name !== 'string' || name.trim() === '') return at(['name'], `must be a non-empty name (got ${describeValue(name)})`);
    if (names.has(name)) return at(['name'], `"${name}" names an earlier option too`);
    names.add(name);
    if (description !== undefined && typeof description !== 'string') at(['description'], `must be text (got ${describeValue(description)})`);
    const unknown = Object.keys(sections).filter((key) => !(key in base) && !isSectionName(key));
    if (unknown.length > 0) return at([unknown[0] as string], 'unknown section for an option');
    const result = read(deepMerge(base, sections) as Record<string, unknown>);
    for (const issue of result.issues) {
      // Issues under the option's own keys are its own; the rest repeat the scenario's.
      if (typeof issue.path[0] === 'string' && issue.path[0] in sections) at(issue.path, issue.message);
    }
    if (result.issues.length === 0) options.push({ name, ...(typeof description === 'string' ? { description } : {}), inputs: result.inputs });
  });
  return { options, issues };
}

const OPTION_SECTIONS = ['workload', 'api', 'serving', 'managed', 'quality', 'training', 'engineering', 'time', 'lifetime_months'];

function isSectionName(key: string): boolean {
  return OPTION_SECTIONS.includes(key);
}
