/**
 * Bundles the compiled CLI and its worker (tsc's output in dist/) into dist/bundle/, which
 * is what `ftroi` runs. Why: loading ~500 ES modules one by one (ours, zod's, yaml's) was
 * a fifth of a short run and about 0.1 s of every run: 1e4 samples 0.32 -> 0.25 s, 1e7
 * samples 1.46 -> 1.32 s (median of 12 alternating runs, `npm run bench` measures it).
 *
 * The bundle keeps dist/'s layout (outbase dist: dist/bundle/src/cli/main.js and
 * dist/bundle/workers/simulate-chunk.js) and puts every shared chunk two folders down
 * (src/chunks/), where src/engine/ is in dist/: the pool finds its worker at
 * ../../workers/simulate-chunk.js from its own module, whichever file esbuild put it in.
 * The CLI and the worker share chunks, so a worker importing the ROI model by its module
 * URL loads the chunk the CLI already has, not a copy. piscina stays a package of its own
 * (it finds its worker file next to itself); bundled CommonJS packages get a `require`.
 * The ROI model is an entry of its own so that its chunk holds the model alone: in the
 * chunk esbuild had put it in, beside code only the CLI reaches, a worker loading the model
 * by URL also loaded zod (40-50 ms of each worker's start, measured in a 1e7 run).
 * The library entry (dist/src/index.js) is tsc's output, unbundled.
 */
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry a hash: the last build's would pile up.
rmSync('dist/bundle', { recursive: true, force: true });
await build({
  entryPoints: ['dist/src/cli/main.js', 'dist/workers/simulate-chunk.js', 'dist/src/model/roi-model.js'],
  outbase: 'dist',
  outdir: 'dist/bundle',
  chunkNames: 'src/chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['piscina'],
  banner: { js: "import { createRequire as __ftroiCreateRequire } from 'node:module'; const require = __ftroiCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
