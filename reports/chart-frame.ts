/** What every chart of the report shares: the Vega-Lite schema, a white background, a title at the left. */
export function chartFrame(title: string) {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    background: 'white',
    title: { text: title, anchor: 'start' as const, fontSize: 13 },
  };
}
