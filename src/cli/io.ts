import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';

/** Where the CLI's words go; tests capture them in memory. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Where a progress bar may draw (a terminal's stderr); tests give none. */
  readonly progressStream?: NodeJS.WriteStream;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  progressStream: process.stderr,
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
 * Writes every file or none: each goes to a temporary name in the same folder first (so a
 * crash never leaves a half-written file under its real name), and only when all are
 * written are they renamed into place. Should a rename fail, the files already renamed by
 * this call are removed again, so a run's outputs never stand half-updated side by side.
 */
export function writeFilesAtomically(dir: string, files: Readonly<Record<string, string>>): string[] {
  mkdirSync(dir, { recursive: true });
  const staged = Object.entries(files).map(([name, content]) => {
    const final = join(dir, name);
    return { final, temporary: `${final}.${process.pid}.tmp`, content };
  });
  const placed: string[] = [];
  try {
    for (const { temporary, content } of staged) writeFileSync(temporary, content);
    for (const { final, temporary } of staged) {
      renameSync(temporary, final);
      placed.push(final);
    }
  } catch (error) {
    for (const { temporary } of staged) rmSync(temporary, { force: true });
    for (const final of placed) rmSync(final, { force: true });
    throw error;
  }
  return placed;
}

/** Refuses, before any work, an output folder that cannot be one (exit code 2). */
export function checkOutputDir(dir: string): void {
  const existing = statSync(dir, { throwIfNoEntry: false });
  if (existing && !existing.isDirectory()) throw new UsageError(`cannot write to ${dir}: it is a file, not a folder`);
}
