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
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(part));
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

function positionOf(node: Node | undefined, lines: LineCounter): Position | undefined {
  const offset = node?.range?.[0];
  if (offset === undefined) return undefined;
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}
