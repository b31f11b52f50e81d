export { buildReport } from './build-report.js';
export { escapeHtml } from './escape-html.js';
export { paybackCurveSpec } from './payback-curve-spec.js';
export { renderSvg, type RenderedChart } from './render-svg.js';
export { buildSummaryMarkdown } from './summary-md.js';
