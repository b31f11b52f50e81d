/**
 * A distribution's parameters break one of its rules. The message states the rule and the
 * value given, without a field path: the scenario parser adds where it came from.
 */
export class DistributionParamError extends Error {
  override readonly name = 'DistributionParamError';
}

/** Throws unless every named parameter is a finite number. */
export function requireFinite(kind: string, params: Record<string, number>): void {
  for (const [name, value] of Object.entries(params)) {
    if (!Number.isFinite(value)) {
      throw new DistributionParamError(`${kind} needs a finite ${name} (got ${String(value)})`);
    }
  }
}

/** Formats a parameter list the way the user wrote it, for messages. */
export function formatParams(values: readonly number[]): string {
  return `[${values.join(', ')}]`;
}

/** The rules of a [min, mode, max] triple (triangular, pert): finite, ordered, of some width. */
export function requireMinModeMax(kind: string, min: number, mode: number, max: number): void {
  requireFinite(kind, { min, mode, max });
  if (!(min <= mode && mode <= max)) {
    throw new DistributionParamError(`${kind} needs min <= mode <= max (got ${formatParams([min, mode, max])})`);
  }
  if (!(min < max)) {
    throw new DistributionParamError(
      `${kind} needs min < max; write a plain number for a fixed value (got ${formatParams([min, mode, max])})`,
    );
  }
}
