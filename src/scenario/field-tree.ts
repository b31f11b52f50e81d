import type { InputField } from '../model/input-field.js';

/** The nested layout of a scenario's input fields: a section holds fields or sections. */
export type FieldTree = { readonly [key: string]: FieldTree | InputField };

export function isField(node: FieldTree | InputField): node is InputField {
  return typeof (node as InputField).name === 'string' && Array.isArray((node as InputField).path);
}

/** Arranges flat field declarations by their scenario paths. */
export function buildFieldTree(fields: readonly InputField[]): FieldTree {
  const root: Record<string, unknown> = {};
  for (const field of fields) {
    let node = root;
    field.path.slice(0, -1).forEach((key) => (node = (node[key] ??= {}) as Record<string, unknown>));
    node[field.path[field.path.length - 1] as string] = field;
  }
  return root as FieldTree;
}

/** True when every field under `node` has a default, so the section may be left out. */
export function isOptional(node: FieldTree | InputField): boolean {
  return isField(node) ? node.default !== undefined : Object.values(node).every(isOptional);
}

/** True when every field under `node` is quiet: leaving the section out needs no note. */
export function isQuiet(node: FieldTree | InputField): boolean {
  return isField(node) ? node.quiet === true : Object.values(node).every(isQuiet);
}
