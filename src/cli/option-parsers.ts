import { InvalidArgumentError } from 'commander';
import { MAX_SAMPLES } from '../defaults.js';

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
