/** Number formatting shared by the terminal summary and the HTML report (en-US, fixed). */

const usd0 = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const usd2 = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 3 });
const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** $5,300 or, with cents, $5,300.25; null (an infinite value) reads "none". */
export function formatUsd(x: number | null, cents = false): string {
  if (x === null || !Number.isFinite(x)) return 'none';
  return (cents ? usd2 : usd0).format(x);
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
  return x === null || !Number.isFinite(x) ? 'none' : compact.format(x);
}

/** 12,586,093. */
export function formatGrouped(x: number): string {
  return grouped.format(x);
}
