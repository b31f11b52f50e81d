/** A short rendering of a value the user gave, for error messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value, (_, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
  const spaced = (text ?? String(value)).replace(/,(?=\S)/g, ', ').replace(/:(?=\S)/g, ': ');
  return spaced.length > 80 ? `${spaced.slice(0, 77)}...` : spaced;
}
