import { isModel, type Model, type ModelRef } from './model.js';

const loaded = new Map<string, Promise<Model>>();

/**
 * The model `ref` names, imported from its module once per thread and cached. Functions
 * cannot cross threads, so plans carry this reference and each worker loads the module.
 *
 * @throws {Error} when the module exports no model with that id.
 */
export function loadModel(ref: ModelRef): Promise<Model> {
  const key = `${ref.url}#${ref.id}`;
  let model = loaded.get(key);
  if (!model) {
    model = import(ref.url).then((exports: Record<string, unknown>) => {
      const found = Object.values(exports).find((value) => isModel(value) && value.id === ref.id);
      if (!found) throw new Error(`${ref.url} exports no model with id "${ref.id}"`);
      return found as Model;
    });
    loaded.set(key, model);
  }
  return model;
}
