/**
 * A distribution-free confidence interval for the median of n independent measurements: the
 * k-th smallest and k-th largest, k the largest rank for which the median lies outside with
 * probability at most 1 - level (each tail a binomial(n, 1/2) tail of at most (1 - level) / 2).
 * It assumes nothing about the noise's shape, which on a shared machine is anything but
 * normal. With fewer than 6 measurements no interval reaches 95%: it is the whole range.
 */
export interface MedianInterval {
  readonly low: number;
  readonly high: number;
  /** The interval's exact coverage, at least `level` when there are enough measurements. */
  readonly coverage: number;
}

export function medianInterval(xs: readonly number[], level = 0.95): MedianInterval {
  const n = xs.length;
  if (n === 0) throw new RangeError('medianInterval needs at least one measurement');
  const sorted = [...xs].sort((a, b) => a - b);
  // tail(k) = P(Binomial(n, 1/2) <= k - 1): the chance that fewer than k measurements fall below the median.
  const tail = (k: number) => {
    let p = 0;
    let choose = 1;
    for (let j = 0; j < k; j++) {
      p += choose / 2 ** n;
      choose = (choose * (n - j)) / (j + 1);
    }
    return p;
  };
  let k = 1;
  while (k + 1 <= Math.ceil(n / 2) && tail(k + 1) <= (1 - level) / 2) k++;
  return { low: sorted[k - 1] as number, high: sorted[n - k] as number, coverage: 1 - 2 * tail(k) };
}
