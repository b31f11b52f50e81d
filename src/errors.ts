/**
 * Errors a user can fix: a bad option, a missing file, an invalid scenario. The CLI prints
 * the message alone and exits with code 2. Anything else is a bug or an I/O fault (exit 1).
 */
export class UsageError extends Error {
  override readonly name: string = 'UsageError';
  readonly exitCode = 2;
}

/** One problem in a scenario file, located as precisely as the parser can. */
export interface ScenarioIssue {
  /** Field path, e.g. ['workload', 'input_tokens_per_request']. */
  readonly path: readonly (string | number)[];
  /** The rule broken and the value given. */
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

/** Dotted path with [i] for list positions: workload.hours, values[2]. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '(top level)';
}

export function formatIssue(file: string, issue: ScenarioIssue): string {
  const where = issue.line === undefined ? file : `${file}:${issue.line}:${issue.column ?? 1}`;
  return `${where}: ${formatPath(issue.path)}: ${issue.message}`;
}

/** Problems printed at most; the rest are counted ("... and 39,950 more"), all kept in `issues`. */
export const MAX_LISTED_ISSUES = 50;

/** Every problem found in one scenario file, reported together. */
export class ScenarioError extends UsageError {
  override readonly name = 'ScenarioError';
  constructor(
    readonly file: string,
    readonly issues: readonly ScenarioIssue[],
  ) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length.toLocaleString('en-US')} problems`;
    const shown = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => `  ${formatIssue(file, issue)}`);
    const more = issues.length - shown.length;
    if (more > 0) shown.push(`  ... and ${more.toLocaleString('en-US')} more`);
    super(`${file}: ${count}:\n${shown.join('\n')}`);
  }
}

/**
 * The model gave NaN for an output: no probability or quantile can be trusted, since a NaN
 * sample is neither a payback nor a failure to pay back. A fault of the run (exit code 1),
 * never a warning.
 */
export class NonFiniteOutputError extends Error {
  override readonly name = 'NonFiniteOutputError';
  constructor(
    readonly output: string,
    readonly count: number,
    readonly samples: number,
  ) {
    super(
      `the model gave no number (NaN) for ${output} in ${count.toLocaleString('en-US')} of ${samples.toLocaleString('en-US')} samples, ` +
        'so no result is written: some input is so large or small that the arithmetic overflows; check the magnitudes in the scenario',
    );
  }
}
