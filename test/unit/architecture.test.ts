import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every TypeScript source file of the product (tests excluded). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The code of a file without its comments, so that a comment may name what the code may not use. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

// Import rules live in .dependency-cruiser.cjs (`npm run lint:deps`, run before the tests).
describe('the architecture bans', () => {
  const files = ['src', 'distributions', 'reports', 'workers'].flatMap(sources);

  it('finds the sources it checks', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each([
    ['Math.random (every random number comes from a seeded seedrandom stream)', /\bMath\.random\b/],
    ['eval', /\beval\s*\(/],
    ['new Function', /\bnew\s+Function\s*\(/],
  ])('no source uses %s', (_what, pattern) => {
    expect(files.filter((file) => pattern.test(code(file)))).toEqual([]);
  });

  it('validates through checkShape alone (zod would compile a parser from a string otherwise)', () => {
    // JSON's, vega's and the CLI program's parse methods are not zod's.
    const zodParse = /(?<!\bJSON|\bvega|makeProgram\(io\))\.(safeParse|parse|parseAsync|safeParseAsync)\(/;
    expect(files.filter((file) => zodParse.test(code(file)))).toEqual([join('src', 'scenario', 'check-shape.ts')]);
  });
});
