import { readFileSync } from 'node:fs';

/** The command users run: package.json's bin (the bundle `npm run build` writes). */
export const BIN: string = (JSON.parse(readFileSync('package.json', 'utf8')) as { bin: { ftroi: string } }).bin.ftroi;
