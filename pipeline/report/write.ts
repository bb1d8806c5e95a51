// The one writer: every file goes to a temporary name in its folder and is renamed into place, so a
// crash never leaves a half-written report.
import { closeSync, createWriteStream, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { threadId } from 'node:worker_threads';

export const TMP_PREFIX = '.framewatch-tmp-';

// process, thread and a counter: unique among the writers of one run (worker threads share the pid)
let written = 0;
const tmpName = (path: string) => join(dirname(path), `${TMP_PREFIX}${basename(path)}-${process.pid}-${threadId}-${++written}`);

/** Remove the temporary files a killed run left under `dir` (call it holding the folder's lock). */
export function removeTempFiles(dir: string): number {
  let removed = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    if (e.isDirectory()) removed += removeTempFiles(join(dir, e.name));
    else if (e.name.startsWith(TMP_PREFIX)) {
      rmSync(join(dir, e.name), { force: true });
      removed++;
    }
  }
  return removed;
}

type Content = string | Uint8Array;

/** Writes a file whole, from one text (or bytes) or from the concatenation of several. */
export function writeAtomic(path: string, content: Content | Content[]): void {
  const tmp = tmpName(path);
  try {
    try {
      writeTemp(tmp, content);
    } catch (e) {
      // the folder is made on the first write into it (a mkdir per file would cost a system call each)
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      mkdirSync(dirname(path), { recursive: true });
      writeTemp(tmp, content);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** writeAtomic with the file system's calls off the thread, so that a worker goes on analysing while the
 * system creates the file (creating a file took up to half a millisecond on this project's test machine). */
export async function writeAtomicAsync(path: string, content: Content): Promise<void> {
  const tmp = tmpName(path);
  try {
    try {
      await writeFile(tmp, content);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      await mkdir(dirname(path), { recursive: true });
      await writeFile(tmp, content);
    }
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

function writeTemp(tmp: string, content: Content | Content[]): void {
  if (!Array.isArray(content)) return writeFileSync(tmp, content);
  const fd = openSync(tmp, 'w');
  try {
    for (const chunk of content) writeFileSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

/** A streamed file that appears under its name only when committed. A failed write (a full disk) rejects the
 * write that meets it, or the commit. */
export class AtomicStream {
  private readonly tmp: string;
  private readonly stream: WriteStream;
  private failure: Error | undefined;
  constructor(private readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.tmp = tmpName(path);
    // a large buffer: the run-level reports are written in small pieces, and each wait for the stream to
    // drain costs a round trip through the thread pool
    this.stream = createWriteStream(this.tmp, { highWaterMark: 1 << 20 });
    // (kept, not thrown: a stream's error with no listener would end the process)
    this.stream.on('error', (e) => {
      this.failure ??= e;
    });
  }
  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.stream.write(chunk)) return;
    await new Promise<void>((resolve, reject) => {
      const drained = () => {
        this.stream.off('error', failed);
        resolve();
      };
      const failed = (e: Error) => {
        this.stream.off('drain', drained);
        reject(e);
      };
      this.stream.once('drain', drained);
      this.stream.once('error', failed);
    });
  }
  async commit(): Promise<void> {
    if (!this.failure) {
      await new Promise<void>((resolve) =>
        this.stream.end((err?: Error | null) => {
          if (err) this.failure ??= err;
          resolve();
        }),
      );
    }
    if (this.failure) {
      this.abort();
      throw this.failure;
    }
    renameSync(this.tmp, this.path);
  }
  abort(): void {
    this.stream.destroy();
    rmSync(this.tmp, { force: true });
  }
}
