// The one writer: every file goes to a temporary name in its folder and is renamed into place, so a
// crash never leaves a half-written report.
import { createWriteStream, mkdirSync, renameSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { randomBytes } from 'node:crypto';

const tmpName = (path: string) => join(dirname(path), `.framewatch-tmp-${basename(path)}-${process.pid}-${randomBytes(4).toString('hex')}`);

export function writeAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tmpName(path);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** A streamed file that appears under its name only when committed. */
export class AtomicStream {
  private readonly tmp: string;
  private readonly stream: WriteStream;
  constructor(private readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.tmp = tmpName(path);
    this.stream = createWriteStream(this.tmp);
  }
  async write(chunk: string): Promise<void> {
    if (!this.stream.write(chunk)) await new Promise<void>((r) => this.stream.once('drain', r));
  }
  async commit(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
    renameSync(this.tmp, this.path);
  }
  abort(): void {
    this.stream.destroy();
    rmSync(this.tmp, { force: true });
  }
}
