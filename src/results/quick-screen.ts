import type { Factors } from '../scenario/read-factors.js';

export interface ScreenLine {
  readonly factor: string;
  readonly value: string;
  /** Points toward fine-tuning (negative: toward the API); null when the checklist does not score it. */
  readonly points: number | null;
}

export interface FactorsScreen {
  readonly factors: Factors;
  readonly lines: readonly ScreenLine[];
  readonly score: number;
  readonly verdict: string;
}

/**
 * DOMAIN.md's quick-screen checklist: a score before any simulation, positive leaning to
 * fine-tuning. It is shown beside the Monte Carlo answers and never mixed into the money;
 * `monthlyApiCost` is the API bill at the inputs' point values.
 */
export function quickScreen(factors: Factors, monthlyApiCost: number): FactorsScreen {
  const lines: ScreenLine[] = [
    { factor: 'Monthly API cost', value: `$${Math.round(monthlyApiCost).toLocaleString('en-US')}`, points: monthlyApiCost > 5000 ? 3 : monthlyApiCost > 1000 ? 1 : -2 },
  ];
  const { task_consistency: consistency, latency_sla_ms: latency, quality_requirement: quality } = factors;
  if (consistency !== undefined) lines.push({ factor: 'Task consistency', value: consistency, points: consistency === 'high' ? 2 : consistency === 'low' ? -2 : 0 });
  if (latency !== undefined) lines.push({ factor: 'Latency requirement', value: `${latency} ms`, points: latency < 500 ? 2 : latency < 2000 ? 1 : 0 });
  if (quality !== undefined) lines.push({ factor: 'Quality requirement', value: quality, points: quality === 'high' ? -1 : quality === 'low' ? 1 : 0 });
  if (factors.team_ml_expertise !== undefined) {
    lines.push({ factor: 'Team ML expertise', value: factors.team_ml_expertise, points: factors.team_ml_expertise === 'none' ? -2 : 0 });
  }
  if (factors.fast_iteration !== undefined) {
    lines.push({ factor: 'Fast iteration is the priority', value: factors.fast_iteration ? 'yes' : 'no', points: factors.fast_iteration ? -2 : 0 });
  }
  // Privacy is a constraint, not a score: the checklist shows it without points.
  if (factors.data_privacy !== undefined) lines.push({ factor: 'Data privacy', value: factors.data_privacy, points: null });
  const score = lines.reduce((sum, line) => sum + (line.points ?? 0), 0);
  return { factors, lines, score, verdict: verdictFor(score) };
}

/** The checklist's verdict for a score. */
export function verdictFor(score: number): string {
  if (score >= 3) return 'strong fine-tune';
  if (score >= 1) return 'lean fine-tune';
  if (score >= -1) return 'neutral: build the ROI model';
  if (score >= -3) return 'lean API';
  return 'strong API';
}
