import { z } from 'zod';
import type { ScenarioIssue } from '../errors.js';
import { zodIssueRule } from './zod-issue-rule.js';
import { checkShape } from './check-shape.js';

const LEVEL = z.enum(['high', 'medium', 'low']);

/** The non-financial factors of a decision: shown beside the money, never mixed into it. */
export const FACTORS_SCHEMA = z.strictObject({
  data_privacy: z.enum(['required', 'preferred', 'none']).optional(),
  latency_sla_ms: z.number().positive().optional(),
  task_consistency: LEVEL.optional(),
  quality_requirement: LEVEL.optional(),
  team_ml_expertise: z.enum(['none', 'some', 'strong']).optional(),
  fast_iteration: z.boolean().optional(),
});
export type Factors = z.infer<typeof FACTORS_SCHEMA>;

/** The scenario's `factors:` section, or the problems with it. */
export function readFactors(value: unknown): { factors?: Factors; issues: ScenarioIssue[] } {
  if (value === undefined) return { issues: [] };
  const parsed = checkShape(FACTORS_SCHEMA, value);
  if (parsed.success) return { factors: parsed.data, issues: [] };
  return {
    issues: parsed.error.issues.map((issue) => {
      const path = ['factors', ...(issue.path as (string | number)[])];
      const at = (issue.path as (string | number)[]).reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], value);
      const message = issue.code === 'unrecognized_keys' ? `unknown key; factors are ${Object.keys(FACTORS_SCHEMA.shape).join(', ')}` : zodIssueRule(issue, at);
      return { path: issue.code === 'unrecognized_keys' ? [...path, issue.keys[0] as string] : path, message };
    }),
  };
}
