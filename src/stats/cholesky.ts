/** A symmetric matrix that is not positive definite: `pivot` is the first row where it shows. */
export class NotPositiveDefiniteError extends RangeError {
  override readonly name = 'NotPositiveDefiniteError';
  constructor(readonly pivot: number) {
    super(`matrix is not positive definite (at row ${pivot})`);
  }
}

/**
 * The lower-triangular L with L L^T = m (Cholesky), rows as arrays.
 *
 * @throws {NotPositiveDefiniteError} when a pivot is not positive.
 */
export function cholesky(m: readonly (readonly number[])[]): number[][] {
  const n = m.length;
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = m[i]?.[j] as number;
      for (let k = 0; k < j; k++) sum -= (l[i]?.[k] as number) * (l[j]?.[k] as number);
      if (i === j) {
        if (!(sum > 1e-12)) throw new NotPositiveDefiniteError(i);
        (l[i] as number[])[i] = Math.sqrt(sum);
      } else (l[i] as number[])[j] = sum / (l[j]?.[j] as number);
    }
  }
  return l;
}

/** The inverse of a lower-triangular matrix (forward substitution). */
export function invertLower(l: readonly (readonly number[])[]): number[][] {
  const n = l.length;
  const inv = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let c = 0; c < n; c++) {
    for (let i = c; i < n; i++) {
      let sum = i === c ? 1 : 0;
      for (let k = c; k < i; k++) sum -= (l[i]?.[k] as number) * (inv[k]?.[c] as number);
      (inv[i] as number[])[c] = sum / (l[i]?.[i] as number);
    }
  }
  return inv;
}
