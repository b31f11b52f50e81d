/** Fills the next `rows` rows of a chunk's input columns (ordered as the model's inputs). */
export interface BlockSampler {
  fill(columns: readonly Float64Array[], rows: number): void;
}
