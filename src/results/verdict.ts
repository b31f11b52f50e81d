/** The words the report and summary put on a probability of paying back, with their bounds. */
export const VERDICTS = [
  { from: 0.8, words: 'likely pays back' },
  { from: 0.6, words: 'more likely than not to pay back' },
  { from: 0.4, words: 'a coin flip' },
  { from: 0.2, words: 'less likely than not to pay back' },
  { from: 0, words: 'unlikely to pay back' },
] as const;

/**
 * The plain verdict on P(payback <= threshold): "likely pays back" from 80%, "more likely
 * than not" from 60%, "a coin flip" from 40%, "less likely than not" from 20%, else
 * "unlikely".
 *
 * @example verdict(0.73) // => 'more likely than not to pay back'
 */
export function verdict(probability: number): string {
  return VERDICTS.find((v) => probability >= v.from)?.words ?? 'unlikely to pay back';
}
