/**
 * The architecture's import rules, checked by `npm run lint:deps` (part of `npm test`).
 * The model, statistics and distributions are pure; only the CLI touches files.
 */
const CORE = '^(src|distributions|reports|workers)/';
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'model-is-pure',
      comment: 'A model imports nothing of the engine, the scenario, results, reports or the CLI.',
      severity: 'error',
      from: { path: '^src/model/' },
      to: { path: '^(src/(engine|scenario|results|cli|stats|format)|reports|workers)/' },
    },
    {
      name: 'distributions-stand-alone',
      comment: 'Distributions know only the random-number types; no engine, model or CLI.',
      severity: 'error',
      from: { path: '^distributions/' },
      to: { path: '^(src/(engine|model|scenario|results|cli|stats|format)|reports|workers)/' },
    },
    {
      name: 'statistics-are-pure',
      severity: 'error',
      from: { path: '^src/stats/' },
      to: { path: '^(src/(engine|model|scenario|results|cli|format)|distributions|reports|workers)/' },
    },
    {
      name: 'engine-knows-no-roi',
      comment: 'The engine runs any model: it imports no scenario, results, report or CLI code, and no particular model.',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: { path: '^(src/(scenario|results|cli|format)|reports)/|^src/model/roi-' },
    },
    {
      name: 'analysis-knows-no-roi',
      comment: 'Tornadoes, pins, grids and sensitivity methods work on any model and plan: no ROI model, scenario, results or CLI code.',
      severity: 'error',
      from: { path: '^src/(analysis|sensitivity)/' },
      to: { path: '^(src/(scenario|results|cli|format)|reports)/|^src/model/roi-' },
    },
    {
      name: 'reports-read-results-only',
      severity: 'error',
      from: { path: '^reports/' },
      to: { path: '^(src/(engine|cli|scenario)|workers)/' },
    },
    {
      name: 'workers-are-thin',
      severity: 'error',
      from: { path: '^workers/' },
      to: { path: '^(src/(cli|scenario|results|format)|reports)/' },
    },
    {
      name: 'only-the-cli-touches-files',
      comment: 'Files and the terminal belong to src/cli; everything else is computed.',
      severity: 'error',
      // The pool checks that its worker file exists before starting threads: no user file.
      from: { path: CORE, pathNot: '^src/cli/|^src/engine/pool-runner\\.ts$' },
      to: { path: '^(node:)?(fs|fs/promises|readline|child_process)$', dependencyTypes: ['core'] },
    },
    {
      name: 'nothing-imports-the-cli',
      severity: 'error',
      from: { path: CORE, pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
