// One run per output folder: <out>/.lock holds the pid of the run that owns the folder. A second run
// refuses to start (exit 2) naming the holder; a lock whose process is gone is taken over with a warning.
// The lock is released when the run ends, on process exit, and on SIGINT / SIGTERM / SIGHUP.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './errors.ts';

export const LOCK_FILE = '.lock';

export interface Lock {
  path: string;
  release(): void;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** A lock file seen empty this long after it was created belongs to no one (a holder writes its pid at once). */
const EMPTY_GRACE_MS = 10_000;

/** Is the process with this pid alive? (EPERM: alive, but another user's.) */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid in a lock file; undefined when the file is gone; NaN when it holds no pid. */
function holderOf(path: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  return /^\d+\s*$/.test(text) ? Number(text.trim()) : Number.NaN;
}

export function acquireLock(dir: string, warn: (message: string) => void = () => {}): Lock {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
      return held(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const pid = holderOf(path);
    if (pid === undefined) continue; // released meanwhile: try again
    if (Number.isNaN(pid)) {
      const age = Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0);
      if (age < EMPTY_GRACE_MS) throw new UsageError(`output folder ${dir} is being locked by another run (${path} has no pid yet); try again`);
      warn(`taking over ${path}: it holds no process id`);
    } else if (processAlive(pid)) {
      throw new UsageError(`output folder ${dir} is in use by another run (pid ${pid}); wait for it to end, or delete ${path} if that process is not framewatch`);
    } else {
      warn(`taking over a stale lock ${path}: process ${pid} is gone (a run that did not finish)`);
    }
    rmSync(path, { force: true });
  }
  throw new UsageError(`output folder ${dir}: could not take the lock ${path}`);
}

function held(path: string): Lock {
  const mine = `${process.pid}\n`;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    for (const s of SIGNALS) process.off(s, onSignal);
    try {
      if (readFileSync(path, 'utf8') === mine) rmSync(path, { force: true });
    } catch {
      // already gone
    }
  };
  // release, then die of the same signal (exit status 128 + n), as without a handler
  const onSignal = (signal: NodeJS.Signals) => {
    release();
    process.kill(process.pid, signal);
  };
  process.on('exit', release);
  for (const s of SIGNALS) process.on(s, onSignal);
  return { path, release };
}
