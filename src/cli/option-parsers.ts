import { InvalidArgumentError } from 'commander';
import { MAX_SAMPLES } from '../defaults.js';
import { SENSITIVITY_METHODS, type SensitivityMethod } from '../sensitivity/sensitivity-result.js';

/** Reads 100000, 1e6 or 1_000_000 as a number; anything else is NaN. */
function readNumber(text: string): number {
  const cleaned = text.trim().replace(/_/g, '');
  return cleaned === '' ? Number.NaN : Number(cleaned);
}

export function parseSamples(text: string): number {
  const n = readNumber(text);
  if (!(Number.isInteger(n) && n >= 1 && n <= MAX_SAMPLES)) {
    throw new InvalidArgumentError(`samples must be a whole number from 1 to ${MAX_SAMPLES.toExponential()}.`);
  }
  return n;
}

export function parseWorkers(text: string): number {
  const n = readNumber(text);
  if (!(Number.isInteger(n) && n >= 1 && n <= 256)) throw new InvalidArgumentError('workers must be a whole number from 1 to 256.');
  return n;
}

export function parseThreshold(text: string): number {
  const n = readNumber(text);
  if (!(n > 0 && n <= 1200)) throw new InvalidArgumentError('threshold must be a number of months above 0 and at most 1200.');
  return n;
}

export function parseSeed(text: string): string {
  if (text.trim() === '') throw new InvalidArgumentError('seed must not be empty.');
  return text;
}

/** A comma-separated list of sensitivity methods, each checked. */
export function parseMethods(text: string): SensitivityMethod[] {
  const methods = text.split(',').map((m) => m.trim()).filter((m) => m !== '');
  for (const m of methods) {
    if (!(SENSITIVITY_METHODS as readonly string[]).includes(m)) throw new InvalidArgumentError(`unknown method "${m}"; choose from ${SENSITIVITY_METHODS.join(', ')}.`);
  }
  if (methods.length === 0) throw new InvalidArgumentError(`name at least one method: ${SENSITIVITY_METHODS.join(', ')}.`);
  return methods as SensitivityMethod[];
}

/** A probability level strictly between 0 and 1, e.g. 0.8. */
export function parseLevel(text: string): number {
  const n = readNumber(text);
  if (!(n > 0 && n < 1)) throw new InvalidArgumentError('confidence must be a number strictly between 0 and 1, e.g. 0.8.');
  return n;
}

/** A half-width for --precision, e.g. 0.005 (half a point). */
export function parsePrecision(text: string): number {
  const n = readNumber(text);
  if (!(n >= 1e-4 && n <= 0.5)) throw new InvalidArgumentError('precision is a half-width from 0.0001 to 0.5, e.g. 0.005 for half a point.');
  return n;
}
