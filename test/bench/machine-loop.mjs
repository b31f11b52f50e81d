// A worker for simulate-scaling.ts: on each message, a fixed plain loop (a few hundred ms),
// then a reply. "registers": arithmetic on four doubles, nothing in memory. "memory": random
// reads and writes over 4 MiB, more than a core's L2 (1 MiB here), so every access that
// misses goes to the L3 the two cores share (with whatever else runs on the host).
// Plain JavaScript, so that it starts without tsx.
import { parentPort } from 'node:worker_threads';

function registers() {
  let a = 1.1;
  let b = 1.2;
  let c = 1.3;
  let d = 1.4;
  for (let i = 0; i < 1e8; i++) {
    a = a * 0.9999999 + 1e-9;
    b = b * 0.9999998 + 2e-9;
    c = c * 0.9999997 + 3e-9;
    d = d * 0.9999996 + 4e-9;
  }
  return a + b + c + d;
}

const cells = new Float64Array(1 << 19);
function memory() {
  let sum = 0;
  let j = 1;
  for (let i = 0; i < 3e7; i++) {
    j = (j * 1103515245 + 12345) & (cells.length - 1);
    sum += cells[j];
    cells[j] = sum * 1e-9;
  }
  return sum;
}

const LOOPS = { registers, memory };
parentPort.on('message', (kind) => parentPort.postMessage(LOOPS[kind]()));
