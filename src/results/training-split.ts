import { evaluateRoi } from '../model/evaluate-roi.js';
import type { RoiInputs } from '../model/roi-fields.js';
import type { TrainingSplit } from './analysis-results.js';

/**
 * What training costs, split into compute, storage, data processing and network, per run,
 * per experiment (runs_per_experiment runs) and per project (every run), with every input at
 * its point value (a distribution's median), as `estimate` computes it. Pure.
 */
export function trainingSplit(point: Readonly<Record<string, number>>): TrainingSplit {
  const inputs = point as unknown as RoiInputs;
  const out = evaluateRoi(inputs);
  const perExperiment = point.runs_per_experiment ?? 1;
  const extras = {
    storage: point.storage_cost_per_run ?? 0,
    data_processing: point.data_processing_cost_per_run ?? 0,
    network: point.network_cost_per_run ?? 0,
  };
  // Compute per run is what the run costs beyond its extras (estimated, managed or given).
  const computePerRun = out.training_cost_per_run - extras.storage - extras.data_processing - extras.network;
  const line = (name: TrainingSplit['lines'][number]['line'], label: string, perRun: number, perProject: number) => ({
    line: name,
    label,
    per_run: perRun,
    per_experiment: perRun * perExperiment,
    per_project: perProject,
  });
  return {
    runs: point.training_runs ?? 0,
    runs_per_experiment: perExperiment,
    lines: [
      line('compute', 'Compute', computePerRun, out.compute_cost),
      line('storage', 'Checkpoint and dataset storage', extras.storage, out.training_storage_cost),
      line('data_processing', 'Data processing (ETL)', extras.data_processing, out.data_processing_cost),
      line('network', 'Network transfer', extras.network, out.network_cost),
      line('total', 'Total', out.training_cost_per_run, out.compute_cost + out.training_storage_cost + out.data_processing_cost + out.network_cost),
    ],
  };
}
