// The per-document cache: what the run-level reports need of each document (its compact score, its rows
// of markers.csv and of quotes.csv), kept between runs so that a rerun analyses only new or changed
// documents. It lives in <out>/.cache as a few large files, not one file per document: on some file
// systems (this project's test machine among them) creating a file costs more than analysing a short
// article, and the final pass reads the entries back without opening a file for each.
//
//   entries     every entry the last completed run used, in document-id order; written whole and renamed
//               into place, like every report
//   journal-*   a run's new entries, appended as its documents finish (one journal per thread that
//               analyses). A run that completes folds them into `entries` and removes them; a killed run
//               leaves its journals, and the next run reads them too, so the documents analysed before
//               the kill are not analysed again.
//
// A record is one line `<key> <head> <markers> <quotes>` (the byte lengths of the three parts), then the
// entry: a JSON head line, the marker rows and the quote rows. A record cut short (a kill mid-append)
// ends the reading of its file.
import { closeSync, fstatSync, openSync, readdirSync, readSync, rmSync, writevSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { AtomicStream } from './report/write.ts';

/** Byte lengths of an entry's parts: the head line (with its newline), the marker rows, the quote rows. */
export type EntryLengths = [head: number, markers: number, quotes: number];

/** Where an entry lies: a file of the cache and the offset of the entry (after its record line). */
export interface EntryLocation {
  file: string;
  offset: number;
  lengths: EntryLengths;
}

export const CACHE_ENTRIES = 'entries';
const JOURNAL = 'journal-';
const RECORD = /^([0-9a-f]{32}) (\d+) (\d+) (\d+)$/;
/** a record line is at most 32 + 3 * 16 characters; more read means it is not one */
const LINE_MAX = 96;

const entrySize = (l: EntryLengths) => l[0] + l[1] + l[2];
const recordLine = (key: string, lengths: EntryLengths) => Buffer.from(`${key} ${lengths.join(' ')}\n`, 'latin1');

export class DocCache {
  readonly #dir: string;
  readonly #index = new Map<string, EntryLocation>();
  /** this run's journals: `<journal>-<thread id>`, one per thread that writes entries */
  readonly journal: string;
  readonly #handles = new Map<string, Promise<FileHandle>>();
  #compacted: AtomicStream | undefined;

  /** Reads the record lines of every file in `dir`. */
  constructor(dir: string) {
    this.#dir = dir;
    this.journal = join(dir, `${JOURNAL}${process.pid}-${Date.now()}`);
    const names = readdirSync(dir).filter((f) => f === CACHE_ENTRIES || f.startsWith(JOURNAL)).sort();
    // the entries first, then the journals (a later record of a key stands for the same content)
    for (const name of names.includes(CACHE_ENTRIES) ? [CACHE_ENTRIES, ...names.filter((f) => f !== CACHE_ENTRIES)] : names) {
      this.#scan(name);
    }
  }

  #scan(name: string): void {
    const path = join(this.#dir, name);
    const fd = openSync(path, 'r');
    try {
      const buf = Buffer.alloc(LINE_MAX);
      let pos = 0;
      for (;;) {
        const n = readSync(fd, buf, 0, LINE_MAX, pos);
        const nl = buf.subarray(0, n).indexOf(10);
        if (nl === -1) return;
        const m = RECORD.exec(buf.toString('latin1', 0, nl));
        if (!m) return;
        const lengths: EntryLengths = [Number(m[2]), Number(m[3]), Number(m[4])];
        const offset = pos + nl + 1;
        const end = offset + entrySize(lengths);
        // a record cut short: the rest of the file is not to be trusted
        if (readSync(fd, buf, 0, 1, end - 1) !== 1) return;
        this.#index.set(m[1]!, { file: path, offset, lengths });
        pos = end;
      }
    } finally {
      closeSync(fd);
    }
  }

  get(key: string): EntryLocation | undefined {
    return this.#index.get(key);
  }

  /** The first `size` bytes of an entry (all of it by default), read now: the cache-hit check runs before
   * the document would be analysed, and reads the head line only. */
  readSync(at: EntryLocation, size = entrySize(at.lengths)): Buffer {
    const fd = openSync(at.file, 'r');
    try {
      const buf = Buffer.allocUnsafe(size);
      if (readSync(fd, buf, 0, buf.length, at.offset) !== buf.length) throw new Error(`cache entry cut short in ${at.file}`);
      return buf;
    } finally {
      closeSync(fd);
    }
  }

  /** An entry's bytes, read in the final pass (several in flight; each file is opened once). */
  async read(at: EntryLocation): Promise<Buffer> {
    let handle = this.#handles.get(at.file);
    if (!handle) this.#handles.set(at.file, (handle = open(at.file, 'r')));
    const buf = Buffer.allocUnsafe(entrySize(at.lengths));
    const { bytesRead } = await (await handle).read(buf, 0, buf.length, at.offset);
    if (bytesRead !== buf.length) throw new Error(`cache entry cut short in ${at.file}`);
    return buf;
  }

  /** Adds an entry to the compacted `entries` this run leaves (call in document-id order). */
  async keep(key: string, entry: Uint8Array, lengths: EntryLengths): Promise<void> {
    this.#compacted ??= new AtomicStream(join(this.#dir, CACHE_ENTRIES));
    await this.#compacted.write(recordLine(key, lengths));
    await this.#compacted.write(entry);
  }

  /** Puts the compacted entries in place (none kept: no entries file), then removes every journal. */
  async commit(): Promise<void> {
    await this.#close();
    if (this.#compacted) await this.#compacted.commit();
    else rmSync(join(this.#dir, CACHE_ENTRIES), { force: true });
    for (const name of readdirSync(this.#dir)) if (name.startsWith(JOURNAL)) rmSync(join(this.#dir, name), { force: true });
  }

  async #close(): Promise<void> {
    const handles = [...this.#handles.values()];
    this.#handles.clear();
    await Promise.all(handles.map(async (h) => (await h).close()));
  }
}

/**
 * Appends a new entry (its parts: head line, marker rows, quote rows) to the journal
 * `<journal>-<thread id>` (see DocCache.journal), and returns where it lies. Each thread appends to its
 * own journal, so a file's size before the write is where the record starts.
 */
export function appendEntry(journal: string, key: string, parts: [Uint8Array, Uint8Array, Uint8Array]): EntryLocation {
  const lengths: EntryLengths = [parts[0].length, parts[1].length, parts[2].length];
  const file = `${journal}-${threadId}`;
  const line = recordLine(key, lengths);
  const fd = openSync(file, 'a');
  try {
    const start = fstatSync(fd).size;
    // one write, unless the system takes less than all of it
    const chunks: Uint8Array[] = [line, ...parts];
    while (chunks.length > 0) {
      let n = writevSync(fd, chunks);
      while (chunks.length > 0 && n >= chunks[0]!.length) n -= chunks.shift()!.length;
      if (n > 0) chunks[0] = chunks[0]!.subarray(n);
    }
    return { file, offset: start + line.length, lengths };
  } finally {
    closeSync(fd);
  }
}
