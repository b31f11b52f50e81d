import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { FTROI_VERSION } from '../../src/version.js';

it('records the version package.json declares', () => {
  expect(FTROI_VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
});
