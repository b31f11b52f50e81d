import type { z } from 'zod';
import { describeValue } from './describe-value.js';

const TYPE_WORDS: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  string: 'text',
  object: 'a mapping of keys to values',
  array: 'a list',
  tuple: 'a list',
  boolean: 'true or false',
};

/** Turns one zod issue (not an unknown key: see parse-scenario) into "rule (got value)". */
export function zodIssueRule(issue: z.core.$ZodIssue, value: unknown): string {
  if (value === undefined) return 'is required';
  const got = ` (got ${describeValue(value)})`;
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}${got}`;
    case 'too_small':
      return `must be ${issue.inclusive ? '>=' : '>'} ${String(issue.minimum)}${got}`;
    case 'too_big':
      return `must be ${issue.inclusive ? '<=' : '<'} ${String(issue.maximum)}${got}`;
    case 'invalid_union':
      return `must be ${issue.message}${got}`;
    default:
      return `${issue.message}${got}`;
  }
}
