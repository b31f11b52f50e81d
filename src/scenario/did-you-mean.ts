import { closest, distance } from 'fastest-levenshtein';

/** ` (did you mean "x"?)` when a known word is close to `word`, else ''. */
export function didYouMean(word: string, known: readonly string[]): string {
  if (known.length === 0) return '';
  const best = closest(word, [...known]);
  const withinReach = distance(word.toLowerCase(), best.toLowerCase()) <= Math.max(2, Math.floor(word.length / 2));
  return withinReach ? ` (did you mean "${best}"?)` : '';
}
