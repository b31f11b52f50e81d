import { formatMargin, formatMonths, formatPercent, formatUsd } from '../src/format/format-number.js';
import { formatOutput, outputLabel } from '../src/format/format-output.js';
import { keyOutputs, paybackName, type Results } from '../src/results/results.js';
import { verdict } from '../src/results/verdict.js';

/** User text safe in Markdown: no markup, links or HTML of its own. */
function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

/** summary.md: the headline, the verdict, key numbers and the five inputs that matter most, to paste into a pull request. */
export function buildSummaryMarkdown(results: Results): string {
  const { p_payback_within_threshold: headline, manifest } = results;
  const half = (headline.ci95[1] - headline.ci95[0]) / 2;
  const lines = [
    `## ${markdownText(results.scenario.name)}: fine-tune or keep the API?`,
    '',
    `**P(${paybackName(results)} within ${headline.threshold_months} months) = ${formatPercent(headline.estimate)} ± ${formatMargin(half)}**: ${verdict(headline.estimate)}.`,
    '',
    '| | P10 | Median | P90 |',
    '| --- | ---: | ---: | ---: |',
    ...keyOutputs(results).map((s) => {
      return `| ${outputLabel(s)} | ${formatOutput(s, s.p10)} | ${formatOutput(s, s.p50)} | ${formatOutput(s, s.p90)} |`;
    }),
  ];
  const pins = results.probability_tornado?.rows.slice(0, 5) ?? [];
  if (pins.length > 0) {
    lines.push('', 'What matters most (P(payback) with the input at its P10 → at its P90):', '');
    for (const row of pins) lines.push(`- ${markdownText(row.label)}: ${formatPercent(row.at_p10.estimate)} → ${formatPercent(row.at_p90.estimate)}`);
  }
  const swings = results.tornado?.rows.slice(0, 5) ?? [];
  if (swings.length > 0) {
    const payback = results.tornado?.metric === 'payback_months';
    lines.push('', `Largest swings of ${payback ? 'the payback' : 'monthly savings'} (input from P10 to P90, others at medians):`, '');
    for (const row of swings) lines.push(`- ${markdownText(row.label)}: ${payback ? `${formatMonths(row.swing)} months` : `${formatUsd(row.swing)} a month`}`);
  }
  if (results.options) {
    lines.push('', 'Options on common random numbers (NPV over the horizon):', '', '| Option | P(best) | Expected regret | Median NPV |', '| --- | ---: | ---: | ---: |');
    for (const a of results.options.alternatives) lines.push(`| ${markdownText(a.name)} | ${formatPercent(a.p_best.estimate)} | ${formatUsd(a.expected_regret.mean)} | ${formatUsd(a.npv.p50)} |`);
  }
  if (results.factors) lines.push('', `Quick screen (non-financial, kept out of the numbers): score ${results.factors.score}, ${markdownText(results.factors.verdict)}.`);
  for (const warning of results.warnings) lines.push('', `> ⚠ ${markdownText(warning)}`);
  lines.push('', `<sub>ftroi ${markdownText(manifest.ftroi_version)}, ${manifest.samples.toLocaleString('en-US')} samples, seed \`${manifest.seed.replace(/`/g, "'")}\`. Monte Carlo error only; the inputs' uncertainty is in the probability itself.</sub>`, '');
  return lines.join('\n');
}
