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
export function readUserFile(path: string, what = 'scenario file'): SourceFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    throw new UsageError(`cannot read ${what} ${path}: ${why}`);
  }
  return { text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** The file operations the writer needs; tests inject failing ones (a full disk, a refused rename). */
export interface FileSystem {
  writeFile(path: string, content: string): void;
  rename(from: string, to: string): void;
  remove(path: string): void;
  /** 'file', 'other' (a folder, a device...) or undefined when nothing is there. */
  kind(path: string): 'file' | 'other' | undefined;
}

export const nodeFileSystem: FileSystem = {
  writeFile: (path, content) => writeFileSync(path, content),
  rename: (from, to) => renameSync(from, to),
  remove: (path) => rmSync(path, { force: true }),
  kind: (path) => {
    const stats = statSync(path, { throwIfNoEntry: false });
    return stats === undefined ? undefined : stats.isFile() ? 'file' : 'other';
  },
};

/** What to undo should the process be stopped (Ctrl-C, SIGTERM) before it is done. */
const cleanups = new Set<() => void>();

/** Runs `undo` if the process is stopped before the returned function is called. */
export function onInterrupt(undo: () => void): () => void {
  cleanups.add(undo);
  return () => cleanups.delete(undo);
}

/** Undoes everything registered with onInterrupt, latest first: called by the signal handlers in main.ts. */
export function runInterruptCleanups(): void {
  for (const undo of [...cleanups].reverse()) {
    try {
      undo();
    } catch {
      // Undo what can be undone; the process is stopping anyway.
    }
  }
  cleanups.clear();
}

/**
 * Writes every file or none, and never loses the previous run's: each file goes to a
 * temporary name in the same folder first (so a crash never leaves a half-written file under
 * its real name), the files it replaces are moved aside, and only then are the new ones
 * renamed into place. Should anything fail, or the process be interrupted, the new files
 * are removed and the previous ones put back, byte for byte.
 */
export function writeFilesAtomically(dir: string, files: Readonly<Record<string, string>>, fs: FileSystem = nodeFileSystem): string[] {
  mkdirSync(dir, { recursive: true });
  const staged = Object.entries(files).map(([name, content]) => {
    const final = join(dir, name);
    return { final, temporary: `${final}.${process.pid}.tmp`, previous: `${final}.${process.pid}.previous`, content };
  });
  const movedAside: typeof staged = [];
  const placed: typeof staged = [];
  const rollBack = () => {
    for (const file of staged) fs.remove(file.temporary);
    for (const file of placed) fs.remove(file.final);
    for (const file of movedAside) fs.rename(file.previous, file.final);
  };
  for (const file of staged) {
    if (fs.kind(file.final) === 'other') throw new Error(`cannot write ${file.final}: something other than a file stands there`);
  }
  const done = onInterrupt(rollBack);
  try {
    for (const file of staged) fs.writeFile(file.temporary, file.content);
    for (const file of staged) {
      if (fs.kind(file.final) === undefined) continue;
      fs.rename(file.final, file.previous);
      movedAside.push(file);
    }
    for (const file of staged) {
      fs.rename(file.temporary, file.final);
      placed.push(file);
    }
  } catch (error) {
    rollBack();
    throw error;
  } finally {
    done();
  }
  for (const file of movedAside) fs.remove(file.previous);
  return placed.map((file) => file.final);
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
