import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';

/** Where the CLI's words go; tests capture them in memory. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export interface SourceFile {
  readonly text: string;
  readonly sha256: string;
}

/** Reads a text file the user named, or says plainly why not (exit code 2). */
export function readUserFile(path: string): SourceFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    throw new UsageError(`cannot read scenario file ${path}: ${why}`);
  }
  return { text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Writes every file or none: each goes to a temporary name in the same directory first, and
 * only when all are written are they renamed into place (rename is atomic on one file system).
 */
export function writeFilesAtomically(dir: string, files: Readonly<Record<string, string>>): string[] {
  mkdirSync(dir, { recursive: true });
  const staged: [string, string][] = [];
  try {
    for (const [name, content] of Object.entries(files)) {
      const final = join(dir, name);
      const temporary = `${final}.${process.pid}.tmp`;
      staged.push([temporary, final]);
      writeFileSync(temporary, content);
    }
    for (const [temporary, final] of staged) renameSync(temporary, final);
  } catch (error) {
    for (const [temporary] of staged) rmSync(temporary, { force: true });
    throw error;
  }
  return staged.map(([, final]) => final);
}
