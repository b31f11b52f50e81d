import { isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { z } from 'zod';
import type { InputSpec } from '../../distributions/index.js';
import { DEFAULT_CHUNK_SIZE, DEFAULT_SAMPLES, DEFAULT_SEED, DEFAULT_THRESHOLD_MONTHS } from '../defaults.js';
import { ScenarioError, type ScenarioIssue } from '../errors.js';
import type { InputField } from '../model/input-field.js';
import { describeValue } from './describe-value.js';
import { didYouMean } from './did-you-mean.js';
import { buildFieldTree, isField, isOptional, isQuiet, type FieldTree } from './field-tree.js';
import { locate } from './locate.js';
import { readCorrelations } from './read-correlations.js';
import { readFactors } from './read-factors.js';
import { readOptions } from './read-options.js';
import type { Scenario, ScenarioExpander } from './scenario.js';
import { SIMULATION_SCHEMA } from './simulation-schema.js';
import { validateInput } from './validate-input.js';
import { zodIssueRule } from './zod-issue-rule.js';
import { checkShape } from './check-shape.js';

type Path = readonly (string | number)[];
/** An issue before it has a position; unknown keys are located at the key, not its value. */
type PendingIssue = ScenarioIssue & { readonly atKey?: boolean };

/**
 * Parses and validates a scenario (YAML, or JSON, which is YAML too) for a model's declared
 * inputs. Collects every problem, each with file:line:column, field path, rule and value,
 * and throws them together.
 *
 * @throws {ScenarioError} listing every problem found.
 */
export function parseScenario(
  text: string,
  file: string,
  fields: readonly InputField[],
  fallbackName: string,
  expand: ScenarioExpander = (raw) => ({ raw, issues: [] }),
): Scenario {
  const { doc, lines, raw: written } = readDocument(text, file);
  const { options: writtenOptions, factors: writtenFactors, ...base } = written as Record<string, unknown>;
  const expansion = expand(base);
  const raw = expansion.raw;
  const tree = buildFieldTree(fields);
  const schema = structureSchema(tree);
  const structural = checkShape(schema, raw);
  const structureIssues = structural.success ? [] : structural.error.issues.flatMap((i) => fromZodIssue(i, raw, schema));
  const { inputs, issues: inputIssues } = readInputs(raw, fields);
  const { correlations, issues: correlationIssues } = readCorrelations((raw as { correlations?: unknown }).correlations, fields, inputs);
  const baseIssues = [...expansion.issues, ...structureIssues, ...inputIssues];
  const { options, issues: optionIssues } = readOptions(writtenOptions, base, (merged) => {
    const expanded = expand(merged);
    const checked = checkShape(schema, expanded.raw);
    const read = readInputs(expanded.raw, fields);
    const shape = checked.success ? [] : checked.error.issues.flatMap((i) => fromZodIssue(i, expanded.raw, schema));
    return { inputs: read.inputs, issues: [...expanded.issues, ...shape, ...read.issues] };
  });
  const { factors, issues: factorIssues } = readFactors(writtenFactors);
  const issues = [...baseIssues, ...(baseIssues.length === 0 ? [...correlationIssues, ...optionIssues] : []), ...factorIssues];
  if (!structural.success || issues.length > 0) throw new ScenarioError(file, withPositions(issues, doc, lines));

  const data = structural.data as z.infer<ReturnType<typeof structureSchema>> & Record<string, unknown>;
  const simulation = data.simulation ?? {};
  return {
    name: data.name ?? fallbackName,
    ...(data.description === undefined ? {} : { description: data.description }),
    simulation: {
      samples: simulation.samples ?? DEFAULT_SAMPLES,
      seed: String(simulation.seed ?? DEFAULT_SEED),
      threshold_months: simulation.threshold_months ?? DEFAULT_THRESHOLD_MONTHS,
      chunk_size: simulation.chunk_size ?? DEFAULT_CHUNK_SIZE,
      sampling: simulation.sampling ?? 'mc',
    },
    inputs,
    correlations,
    options,
    ...(factors === undefined ? {} : { factors }),
    ...(expansion.catalog === undefined ? {} : { catalog: expansion.catalog }),
    hasTimeSection: raw.time !== undefined,
    defaultedSections: Object.keys(tree).filter((key) => !isField(tree[key] as FieldTree) && data[key] === undefined && !isQuiet(tree[key] as FieldTree)),
  };
}

/** The YAML/JSON document with positions, or the syntax errors; the top level must be a mapping. */
function readDocument(text: string, file: string): { doc: Document; lines: LineCounter; raw: object } {
  const lines = new LineCounter();
  // yaml's own duplicate-key check compares each key with every earlier one: 40,000 keys
  // took a minute. Duplicates are found here instead, with a set per mapping.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: true });
  const syntax = doc.errors.map((e): ScenarioIssue => ({
    path: [],
    message: `not valid YAML or JSON: ${e.message.split('\n')[0]}`,
    line: e.linePos?.[0].line,
    column: e.linePos?.[0].col,
  }));
  const problems = syntax.length > 0 ? syntax : duplicateKeys(doc, lines);
  if (problems.length > 0) throw new ScenarioError(file, problems);
  let raw: unknown;
  try {
    raw = doc.toJS();
  } catch (error) {
    // yaml refuses documents whose aliases expand without bound ("billion laughs").
    const why = error instanceof Error ? error.message : String(error);
    const at = lines.linePos(firstAliasOffset(doc));
    throw new ScenarioError(file, [{ path: [], message: `cannot be read: ${why} (aliases expand too far)`, line: at.line, column: at.col }]);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ScenarioError(file, [{ path: [], message: `a scenario is a mapping of sections (got ${describeValue(raw)})`, line: 1, column: 1 }]);
  }
  return { doc, lines, raw };
}

/** A problem for each key that repeats an earlier key of the same mapping, where it stands. */
function duplicateKeys(doc: Document, lines: LineCounter): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const { key } of map.items) {
        const name = isScalar(key) ? String(key.value) : JSON.stringify(key);
        if (seen.has(name)) {
          const at = lines.linePos((key as { range?: [number] } | null)?.range?.[0] ?? 0);
          issues.push({ path: [], message: `not valid YAML or JSON: Map keys must be unique ("${name}" appears again)`, line: at.line, column: at.col });
        }
        seen.add(name);
      }
    },
  });
  return issues;
}

/** Where the document's first alias (*name) stands, or 0. */
function firstAliasOffset(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/** Every declared input: validated, or its default, or a problem. */
function readInputs(raw: unknown, fields: readonly InputField[]): { inputs: Record<string, InputSpec>; issues: PendingIssue[] } {
  const inputs: Record<string, InputSpec> = {};
  const issues: PendingIssue[] = [];
  for (const field of fields) {
    const section = valueAt(raw, field.path.slice(0, -1));
    // A section that is not a mapping, or a missing required one, is reported by the structure check.
    if (section !== undefined && (section === null || typeof section !== 'object')) continue;
    const value = valueAt(raw, field.path);
    if (value !== undefined) {
      const checked = validateInput(value, field);
      if (checked.issues) issues.push(...checked.issues);
      else inputs[field.name] = checked.spec;
    } else if (field.default !== undefined) {
      inputs[field.name] = field.default;
    } else if (section !== undefined) {
      issues.push({ path: field.path, message: 'is required' });
    }
  }
  return { inputs, issues };
}

function structureSchema(tree: FieldTree) {
  return z.strictObject({
    name: z.string().min(1).optional(),
    description: z.string().optional(),
    simulation: SIMULATION_SCHEMA,
    // Its entries are checked against the inputs by readCorrelations.
    correlations: z.unknown().optional(),
    // Read apart: readOptions and readFactors.
    options: z.unknown().optional(),
    factors: z.unknown().optional(),
    ...sectionShape(tree),
  });
}

/** Sections become strict objects; input values are checked later, by validateInput. */
function sectionShape(tree: FieldTree): Record<string, z.ZodType> {
  return Object.fromEntries(
    Object.entries(tree).map(([key, node]) => {
      if (isField(node)) return [key, z.unknown().optional()];
      const section = z.strictObject(sectionShape(node));
      return [key, isOptional(node) ? section.optional() : section];
    }),
  );
}

function fromZodIssue(issue: z.core.$ZodIssue, raw: unknown, schema: z.ZodType): PendingIssue[] {
  const path = issue.path as (string | number)[];
  if (issue.code !== 'unrecognized_keys') return [{ path, message: zodIssueRule(issue, valueAt(raw, path)) }];
  const known = knownKeys(schema, path);
  return issue.keys.map((key) => ({ path: [...path, key], message: `unknown key${didYouMean(key, known)}`, atKey: true }));
}

/** The keys the schema allows at `path`, read from the schema itself, for did-you-mean. */
function knownKeys(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  const node = path.reduce<z.ZodType | undefined>((n, key) => (n ? shapeOf(n)?.[key] : undefined), schema);
  return Object.keys((node && shapeOf(node)) ?? {});
}

function shapeOf(node: z.ZodType): Record<string, z.ZodType> | undefined {
  const inner = node instanceof z.ZodOptional ? (node.unwrap() as z.ZodType) : node;
  return inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>) : undefined;
}

function valueAt(raw: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), raw);
}

function withPositions(issues: readonly PendingIssue[], doc: Document, lines: LineCounter): ScenarioIssue[] {
  return issues
    .map(({ atKey, ...issue }) => ({ ...issue, ...locate(doc, lines, issue.path, atKey) }))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
