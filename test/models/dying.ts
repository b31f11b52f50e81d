import { defineModel } from '../../src/model/model.js';

/** A model whose thread dies (process.exit in a worker ends the thread): a crash, seen from the engine. */
export const dyingModel = defineModel({
  id: 'dying',
  url: import.meta.url,
  inputs: [{ name: 'x', path: ['x'], label: 'x', unit: '', min: 0, max: 1 }],
  outputs: [{ name: 'y', label: 'y', unit: '', format: 'number' }],
  evaluateColumns: ({ x }, { y }, length) => {
    for (let i = 0; i < length; i++) y[i] = x[i] as number;
    process.exit(3);
  },
});
