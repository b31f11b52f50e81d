import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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

/** Why a path cannot be an output folder, in words. */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'not permitted',
    EROFS: 'read-only file system',
    ENOTDIR: 'a part of the path is a file, not a folder',
    ENOENT: 'it cannot be created there',
    ENOSPC: 'the disk is full',
  };
  return words[code ?? ''] ?? String(code ?? error);
}

/**
 * Makes sure, before any work, that `dir` is a folder this process can write (exit code 2
 * when not): creates the missing levels one at a time (a recursive mkdir spins forever under
 * /proc) and writes and removes a probe file. Returns the folders it created, for the caller
 * to remove should the run fail.
 */
export function prepareOutputDir(dir: string): string[] {
  if (dir.trim() === '') throw new UsageError('--out must name a folder (got "")');
  const missing: string[] = [];
  let existing = resolve(dir);
  for (;;) {
    let stats;
    try {
      stats = statSync(existing, { throwIfNoEntry: false });
    } catch (error) {
      throw new UsageError(`cannot write to ${dir}: ${reason(error)}`);
    }
    if (stats) {
      if (!stats.isDirectory()) throw new UsageError(`cannot write to ${dir}: ${existing} is a file, not a folder`);
      break;
    }
    missing.unshift(existing);
    existing = dirname(existing);
  }
  const created: string[] = [];
  const probe = join(resolve(dir), `.ftroi-probe-${process.pid}`);
  try {
    for (const level of missing) {
      mkdirSync(level);
      created.push(level);
    }
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (error) {
    removeFolders(created);
    throw new UsageError(`cannot write to ${dir}: ${reason(error)}`);
  }
  return created;
}

/** Removes folders made by prepareOutputDir, deepest first, if they are still empty. */
export function removeFolders(created: readonly string[]): void {
  for (const folder of [...created].reverse()) {
    try {
      rmdirSync(folder);
    } catch {
      return; // not empty after all: leave it and its parents
    }
  }
}
