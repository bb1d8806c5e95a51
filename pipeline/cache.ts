// The per-document cache: what the run-level reports need of each document (its compact score, its rows
// of markers.csv and of quotes.csv), kept between runs so that a rerun analyses only new or changed
// documents. It lives in <out>/.cache as a few large files, not one file per document: on some file
// systems (this project's test machine among them) creating a file costs more than analysing a short
// article, and the final pass reads the entries back without opening a file for each.
//
//   entries     every entry the last completed run used, in document-id order; written whole and renamed
//               into place, like every report
//   journal-*   a run's new entries, appended as its documents finish. A run that completes folds them
//               into `entries` and removes them; a killed run leaves its journal, and the next run reads
//               it too, so the documents analysed before the kill are not analysed again.
//
// A record is one line `<key> <head> <markers> <quotes>` (the byte lengths of the three parts), then the
// entry: a JSON head line, the marker rows and the quote rows. A record cut short (a kill mid-append)
// ends the reading of its file.
import { closeSync, openSync, readdirSync, readSync, rmSync, writeSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
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

export class DocCache {
  readonly #dir: string;
  readonly #index = new Map<string, EntryLocation>();
  /** the files read at start (the last run's entries and any journals a killed run left) */
  readonly #read: string[] = [];
  #journal: { path: string; fd: number; size: number } | undefined;
  #handles = new Map<string, Promise<FileHandle>>();
  #compacted: AtomicStream | undefined;

  /** Reads the record lines of every file in `dir` (made if missing). */
  constructor(dir: string) {
    this.#dir = dir;
    const names = readdirSync(dir).filter((f) => f === CACHE_ENTRIES || f.startsWith(JOURNAL)).sort();
    // the entries first, then the journals (a later record of a key stands for the same content)
    for (const name of names.includes(CACHE_ENTRIES) ? [CACHE_ENTRIES, ...names.filter((f) => f !== CACHE_ENTRIES)] : names) {
      this.#read.push(name);
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

  /** An entry's bytes, read now (the cache-hit check runs before the document would be analysed). */
  readSync(at: EntryLocation): Buffer {
    const fd = openSync(at.file, 'r');
    try {
      const buf = Buffer.allocUnsafe(entrySize(at.lengths));
      if (readSync(fd, buf, 0, buf.length, at.offset) !== buf.length) throw new Error(`cache entry cut short in ${at.file}`);
      return buf;
    } finally {
      closeSync(fd);
    }
  }

  /** Appends a new entry to this run's journal, and returns where it lies. */
  append(key: string, entry: Uint8Array, lengths: EntryLengths): EntryLocation {
    if (entry.length !== entrySize(lengths)) throw new Error('cache entry and its lengths disagree');
    if (!this.#journal) {
      const path = join(this.#dir, `${JOURNAL}${process.pid}-${Date.now()}`);
      this.#journal = { path, fd: openSync(path, 'a'), size: 0 };
    }
    const j = this.#journal;
    const line = Buffer.from(`${key} ${lengths.join(' ')}\n`, 'latin1');
    writeSync(j.fd, line);
    writeSync(j.fd, entry);
    const at = { file: j.path, offset: j.size + line.length, lengths };
    j.size += line.length + entry.length;
    this.#index.set(key, at);
    return at;
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
    const line = `${key} ${lengths.join(' ')}\n`;
    await this.#compacted.write(line);
    await this.#compacted.write(entry);
  }

  /** Puts the compacted entries in place (none kept: no entries file), then removes the journals. */
  async commit(): Promise<void> {
    await this.#close();
    if (this.#compacted) await this.#compacted.commit();
    else rmSync(join(this.#dir, CACHE_ENTRIES), { force: true });
    for (const name of this.#read) if (name !== CACHE_ENTRIES) rmSync(join(this.#dir, name), { force: true });
    if (this.#journal) rmSync(this.#journal.path, { force: true });
  }

  async #close(): Promise<void> {
    if (this.#journal) closeSync(this.#journal.fd);
    const handles = [...this.#handles.values()];
    this.#handles.clear();
    await Promise.all(handles.map(async (h) => (await h).close()));
  }
}
