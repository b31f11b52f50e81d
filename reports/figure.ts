import { escapeHtml } from './escape-html.js';

/** A chart with its caption and, below, its numbers in a table (closed by default). */
export function figure(id: string, svg: string, caption: string, head: readonly string[], rows: readonly (readonly string[])[]): string {
  const th = head.map((h, i) => `<th${i === 0 ? ' scope="col"' : ''}>${escapeHtml(h)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`).join('\n');
  return `<figure id="${id}">${svg}
<figcaption>${caption}</figcaption>
<details><summary>The numbers</summary><table><thead><tr>${th}</tr></thead><tbody>
${body}
</tbody></table></details>
</figure>`;
}

