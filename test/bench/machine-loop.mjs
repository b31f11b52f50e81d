// A worker for simulate-scaling.ts: on each message, a fixed plain arithmetic loop (a few
// hundred ms, registers only), then a reply. Plain JavaScript, so that it starts without tsx.
import { parentPort } from 'node:worker_threads';

function loop() {
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

parentPort.on('message', () => parentPort.postMessage(loop()));
