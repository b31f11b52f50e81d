/** Number formatting shared by the terminal summary and the HTML report (en-US, fixed). */

/**
 * An en-US formatter made on first use: a process's first Intl.NumberFormat takes ~11 ms
 * (ICU's set-up), on the start of every command that imports this module, and a --json
 * run never formats a number.
 */
function formatter(options: Intl.NumberFormatOptions): (x: number) => string {
  let format: Intl.NumberFormat | undefined;
  return (x) => (format ??= new Intl.NumberFormat('en-US', options)).format(x);
}

const usd0 = formatter({ style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const usd2 = formatter({ style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const compact = formatter({ notation: 'compact', maximumSignificantDigits: 3 });
const grouped = formatter({ maximumFractionDigits: 0 });

/** $5,300 or, with cents, $5,300.25; null (an infinite value) reads "none". */
export function formatUsd(x: number | null, cents = false): string {
  if (x === null || !Number.isFinite(x)) return 'none';
  return (cents ? usd2 : usd0)(x);
}

/** 73.2%; finer digits when the value sits within 0.1% of 0 or 1, so 99.97% is not "100.0%". */
export function formatPercent(p: number): string {
  const scaled = p * 100;
  const needed = scaled > 0 && scaled < 100 && (scaled < 0.1 || scaled > 99.9) ? 3 : 1;
  return `${scaled.toFixed(needed)}%`;
}

/** A margin of error in percent, two significant digits: 0.098%, 0.28%, 1.5%. */
export function formatMargin(p: number): string {
  return `${(p * 100).toPrecision(2)}%`;
}

/** Months with one decimal; null or Infinity reads "never". */
export function formatMonths(x: number | null): string {
  return x === null || !Number.isFinite(x) ? 'never' : x.toFixed(1);
}

/** 12.6M, 850K; null or Infinity reads "none". */
export function formatCompact(x: number | null): string {
  return x === null || !Number.isFinite(x) ? 'none' : compact(x);
}

/** 12,586,093. */
export function formatGrouped(x: number): string {
  return grouped(x);
}
