import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * Where `path` sits in a parsed YAML/JSON document: the value's position, or the key's when
 * `atKey` is set. When the path does not exist, the position of the deepest part that does
 * (a missing field is reported at its section).
 */
export function locate(
  doc: Document,
  lines: LineCounter,
  path: readonly (string | number)[],
  atKey = false,
): Position | undefined {
  let node: unknown = doc.contents;
  let keyNode: Node | undefined;
  for (const part of path) {
    if (isMap(node)) {
      const pair = pairsByKey(node).get(String(part));
      if (!pair) return positionOf(keyNode ?? (node as Node), lines);
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number' && node.items[part] !== undefined) {
      keyNode = node.items[part] as Node;
      node = node.items[part];
    } else {
      break;
    }
  }
  const target = atKey ? keyNode : ((node as Node | null) ?? keyNode);
  return positionOf(target, lines);
}

type MapNode = Extract<ReturnType<typeof asMap>, object>;
const asMap = (node: unknown) => (isMap(node) ? node : undefined);
const indexes = new WeakMap<MapNode, Map<string, MapNode['items'][number]>>();

/**
 * A mapping's pairs by key, built once per mapping: a scan per lookup made reporting
 * 40,000 unknown keys take minutes (quadratic); with the index it is linear.
 */
function pairsByKey(map: MapNode): Map<string, MapNode['items'][number]> {
  let index = indexes.get(map);
  if (!index) {
    index = new Map();
    for (const item of map.items) if (isScalar(item.key) && !index.has(String(item.key.value))) index.set(String(item.key.value), item);
    indexes.set(map, index);
  }
  return index;
}

function positionOf(node: Node | undefined, lines: LineCounter): Position | undefined {
  const offset = node?.range?.[0];
  if (offset === undefined) return undefined;
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}
