import type { Model } from './model.js';
import { roiModel } from './roi-model.js';

/** Every model a worker can run, by id. */
const MODELS: ReadonlyMap<string, Model> = new Map<string, Model>([[roiModel.id, roiModel as unknown as Model]]);

export function getModel(id: string): Model {
  const model = MODELS.get(id);
  if (!model) throw new Error(`no model with id "${id}"`);
  return model;
}
