// The one place where the order of stages lives:
//   ingest -> normalize -> tokenize -> detect -> score -> report
// Each document runs through the pure middle on its own; one that fails is recorded with its stage and
// reason, and the batch goes on. Results are cached per document, then the run-level reports are
// aggregated from the compact per-document results in document-id order, the CSV rows copied as bytes.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import pLimit from 'p-limit';
import { detect } from './detect/index.ts';
import { documentCount, ingestFiles, listInputs, type InputFile } from './ingest/index.ts';
import type { FieldMap } from './ingest/record.ts';
import type { CompiledLexicon, LoadedEntry } from './lexicon/compile.ts';
import { asOutputError, LexiconError, OUTPUT_FAILURE } from './errors.ts';
import { loadLexicons } from './lexicon/load.ts';
import { normalize } from './normalize.ts';
import { csv } from './report/csv.ts';
import { renderDocMarkdown } from './report/doc-markdown.ts';
import { documentColumns, documentRow } from './report/documents-csv.ts';
import { MARKER_COLUMNS, renderDocCsv } from './report/markers-csv.ts';
import { QUOTE_COLUMNS, quoteRows } from './report/quotes-csv.ts';
import { AtomicStream, removeTempFiles, writeAtomic, writeAtomicAsync } from './report/write.ts';
import { appendEntry, CACHE_ENTRIES, DocCache, type EntryLengths, type EntryLocation } from './cache.ts';
import { acquireLock } from './lock.ts';
import { score } from './score.ts';
import { tokenize } from './tokenize.ts';
import type { Article, DocResult, DocScore, Failure, Tokenized } from './types.ts';
import { codeFingerprint, VERSION } from './version.ts';
import { createPool } from './pool.ts';
import { lexiconInfo, SourceAggregator } from './compare/sources.ts';

/** normalize -> tokenize -> detect -> score, for one article. Pure. */
export function analyzeArticle(article: Article, lexicon: CompiledLexicon): { result: DocResult; tokenized: Tokenized } {
  const tokenized = tokenize(normalize(article));
  const detection = detect(tokenized, lexicon);
  const { text: _text, ...meta } = article;
  return { result: { article: meta, detection, score: score(meta, tokenized, detection) }, tokenized };
}

/** One document's analysis, rendered: its compact score, its rows of the run-level CSVs and its reports. */
export interface ProcessedDoc {
  id: string;
  score: DocScore;
  markers: number;
  /** documents/<id>.csv: the header, then the document's rows of markers.csv */
  csv: string;
  /** the document's rows of quotes.csv */
  quotes: string;
  md: string;
}

export function processArticle(article: Article, lexicon: CompiledLexicon): ProcessedDoc {
  const { result, tokenized } = analyzeArticle(article, lexicon);
  return {
    id: article.id,
    score: result.score,
    markers: result.detection.markers.length,
    csv: renderDocCsv(result, lexicon.hash),
    quotes: quoteRows(result),
    md: renderDocMarkdown(result, article.text, tokenized.sentences, lexicon.hash),
  };
}

/**
 * A cache entry's head line: the compact fields, and the size and hash of each per-document report (the
 * Markdown report is not repeated in the entry). An entry is only reused while both reports are the
 * ones it records (see `reusable`).
 */
interface CacheHead {
  id: string;
  score: DocScore;
  markers: number;
  /** [size, sha256 prefix] of documents/<name>.csv and documents/<name>.md */
  csv: [number, string];
  md: [number, string];
}

/** Per-document reports are compared by their hash: a report rewritten since (another version of the
 * document, a hand edit) must not be taken for the one the entry describes. */
const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 32);

/**
 * Analyses one article, writes its per-document reports, then appends its cache entry to the thread's
 * journal (last, so an entry always has its reports beside it), and returns where the entry lies: the
 * run-level reports read it from there (the scores stay on disk until the final pass: held by the main
 * thread while the workers run, they raised the peak memory by a fifth). Runs on the main thread or in a
 * worker.
 */
export async function analyseToDisk(article: Article, lexicon: CompiledLexicon, out: string, cache: { key: string; journal: string }): Promise<EntryLocation> {
  const doc = processArticle(article, lexicon);
  // each text is encoded once: its bytes are written, hashed and measured
  const csv = Buffer.from(doc.csv);
  const md = Buffer.from(doc.md);
  const markers = csv.subarray(csv.indexOf(10) + 1);
  const quotes = Buffer.from(doc.quotes);
  const name = docFileName(doc.id);
  await Promise.all([writeAtomicAsync(join(out, 'documents', `${name}.csv`), csv), writeAtomicAsync(join(out, 'documents', `${name}.md`), md)]);
  const head: CacheHead = { id: doc.id, score: doc.score, markers: doc.markers, csv: [csv.length, digest(csv)], md: [md.length, digest(md)] };
  const line = Buffer.from(`${JSON.stringify(head)}\n`);
  return appendEntry(cache.journal, cache.key, [line, markers, quotes]);
}

/** An entry's head, from bytes that begin with its head line of `length` bytes. */
const parseHead = (bytes: Buffer, length: number) => JSON.parse(bytes.toString('utf8', 0, length - 1)) as CacheHead;

/** An entry's head and its marker and quote rows (as bytes). */
function entryParts(bytes: Buffer, [head, markers]: EntryLengths): { head: CacheHead; markers: Buffer; quotes: Buffer } {
  return { head: parseHead(bytes, head), markers: bytes.subarray(head, head + markers), quotes: bytes.subarray(head + markers) };
}

/**
 * Whether a cache entry can stand for its document: readable, with both per-document reports present and
 * byte for byte the ones it records. Anything else (an entry cut short, a report missing or rewritten) is
 * false: the document is analysed again.
 */
function reusable(cache: DocCache, at: EntryLocation, out: string): boolean {
  try {
    const head = parseHead(cache.readSync(at, at.lengths[0]), at.lengths[0]);
    const name = docFileName(head.id);
    const same = (ext: 'csv' | 'md'): boolean => {
      const path = join(out, 'documents', `${name}.${ext}`);
      const [size, hash] = head[ext];
      if (statSync(path, { throwIfNoEntry: false })?.size !== size) return false;
      const bytes = readFileSync(path);
      return bytes.length === size && digest(bytes) === hash;
    };
    return same('csv') && same('md');
  } catch {
    return false; // not an entry this version wrote
  }
}

export interface RunOptions {
  inputs: string[];
  out: string;
  map: FieldMap;
  lexiconDirs: string[];
  defaultLexicons: boolean;
  /** ignore the per-document cache */
  full: boolean;
  /** documents in flight */
  concurrency: number;
  /** worker threads for the CPU stages, each with a bounded heap; 0 analyses on the main thread (whose
   * heap V8 sizes by itself: for a document too large for a thread) */
  workers?: number;
  /** the largest file read whole, and the longest JSONL line / CSV record (default 5 MB) */
  maxBytes?: number;
  /** called once the inputs are listed: the file count, and the document count when known up front */
  onStart?: (inputs: { files: number; documents?: number }) => void;
  /** called after each document */
  onProgress?: (done: number, failed: number) => void;
  /** called in the final pass, as each document's rows go to the run-level reports (from 0) */
  onReports?: (written: number, total: number) => void;
  onWarning?: (message: string) => void;
}

export interface RunOutcome {
  documents: number;
  failures: number;
  markers: number;
  tokens: number;
  analysed: number;
  reused: number;
  exitCode: 0 | 1;
  manifest: Record<string, unknown>;
}

/**
 * Per-document file name: safe (no separators, no `..`, no leading dot), bounded (at most 91 characters)
 * and collision-free, even on case-insensitive file systems. A plain lower-case id is its own name; any
 * other id (or a name Windows reserves) gets a hash of itself appended; plain names never end like
 * that, so the two kinds never meet.
 */
export function docFileName(id: string): string {
  const plain = /^[a-z0-9][a-z0-9_-]*(\.[a-z0-9_-]+)*$/.test(id) && id.length <= 80;
  if (plain && !/-[0-9a-f]{10}$/.test(id) && !/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/.test(id)) return id;
  const safe = id.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/\.{2,}/g, '_').replace(/^[._-]+|[._-]+$/g, '').slice(0, 80);
  return `${safe || 'doc'}-${createHash('sha256').update(id).digest('hex').slice(0, 10)}`;
}

const CACHE_DIR = '.cache';
const OUT_OF_MEMORY = /memory limit|heap out of memory/i;
/** the layout of a cache entry, part of its key: an entry of another layout is never read, and is pruned */
const CACHE_FORMAT = 5;
const READ_AHEAD = 16;

/** Lists the inputs and locks the output folder (both exit 2 when they fail), then runs. */
export async function runPipeline(o: RunOptions): Promise<RunOutcome> {
  // V8 runs each regex first in its bytecode interpreter, and compiles it only when it runs a second time.
  // Every detector regex runs on thousands of documents, and the first, interpreted runs of the large ones
  // over whole documents cost each thread about a second: compiled at once, a run takes 8-15% less CPU
  // time (alternating runs with `node --no-regexp-tier-up`). The flag is the process's, worker threads'
  // too; it changes no result. It is set here, once the modules are loaded and before any worker starts:
  // set at the top of a script, while tsx was still loading modules, it crashed V8 on this machine (a
  // segfault, with tsx's transform cache warm), as Node's documentation warns flags changed at run time may.
  setFlagsFromString('--no-regexp-tier-up');
  const files = listInputs(o.inputs, { exclude: [o.out] });
  const lock = acquireLock(o.out, o.onWarning);
  try {
    return await runLocked(o, files);
  } catch (e) {
    throw asOutputError(e, o.out);
  } finally {
    lock.release();
  }
}

async function runLocked(o: RunOptions, files: InputFile[]): Promise<RunOutcome> {
  const startedAt = new Date().toISOString();
  const workers = o.workers ?? 0;
  // with worker threads, the examples run in the threads, so the main thread never loads the NLP model;
  // the threads start (tsx, the model) while this thread loads and validates the lexicons, then compile
  // the entries it hands them and run the examples. One thread is a pool too: its heap is bounded, so a
  // long run's memory stays flat (the main thread's heap grows as V8 sees fit: 350 to 570 MB at the peak
  // over 50,000 documents)
  const pool = workers > 0 ? createPool(workers, { dirs: o.lexiconDirs, defaults: o.defaultLexicons }) : undefined;
  let lexicon: CompiledLexicon;
  try {
    let entries: LoadedEntry[];
    ({ lexicon, entries } = await loadLexicons({ dirs: o.lexiconDirs, defaults: o.defaultLexicons, examples: workers === 0 }));
    if (pool) {
      const { faults, hashes } = await pool.examples(entries, lexicon.files);
      const other = hashes.find((h) => h !== lexicon.hash);
      if (other) throw new Error(`lexicons changed while the run started (hash ${other}, expected ${lexicon.hash})`);
      if (faults.length > 0) throw new LexiconError(faults);
    }
  } catch (e) {
    await pool?.destroy();
    throw e;
  }
  const code = codeFingerprint();
  const cacheDir = join(o.out, CACHE_DIR);
  mkdirSync(cacheDir, { recursive: true });
  removeTempFiles(o.out); // what a killed run left
  const cache = new DocCache(cacheDir);

  const failures: Failure[] = [];
  // documents whose thread ran out of memory, to analyse again one at a time
  const alone: { article: Article; key: string }[] = [];
  // each document as it completes, and where its cache entry lies
  const index: { docId: string; key: string; at: EntryLocation }[] = [];
  const docFiles = new Set<string>();
  const ids = new Map<string, number>();
  let analysed = 0;
  let reused = 0;
  const done = (docId: string, key: string, at: EntryLocation) => {
    const name = docFileName(docId);
    docFiles.add(`${name}.csv`).add(`${name}.md`);
    index.push({ docId, key, at });
  };
  // two documents share each thread (pool.ts), and one more waits for it
  const concurrency = Math.max(o.concurrency, workers * 3);
  const limit = pLimit(concurrency);
  const inFlight = new Set<Promise<void>>();

  // the document count reads every JSONL file once more: only when the listener asks for it
  o.onStart?.({
    files: files.length,
    get documents() {
      return documentCount(files);
    },
  });
  // a document whose reports cannot be written (a full disk) stops the run: every one after it would fail alike
  let stopped: unknown;
  for await (const item of ingestFiles(files, { map: o.map, maxBytes: o.maxBytes })) {
    if (stopped) break;
    if ('failure' in item) {
      failures.push(item.failure);
      o.onProgress?.(index.length, failures.length);
      continue;
    }
    const article = { ...item.article, id: uniqueId(item.article.id, ids, o.onWarning) };
    const key = createHash('sha256').update(`${VERSION}\0${code}\0${CACHE_FORMAT}\0${lexicon.hash}\0${JSON.stringify(article)}`).digest('hex').slice(0, 32);
    const task = limit(async () => {
      // a cached result stands when its entry and both reports beside it are intact; else analyse again
      let at = o.full ? undefined : cache.get(key);
      if (at && reusable(cache, at, o.out)) reused++;
      else {
        try {
          const entry = { key, journal: cache.journal };
          at = pool ? await pool.run({ article, out: o.out, entry, hash: lexicon.hash }) : await analyseToDisk(article, lexicon, o.out, entry);
          analysed++;
        } catch (e) {
          const reason = (e as Error).message;
          if (OUTPUT_FAILURE.test(reason)) {
            stopped ??= e;
            return;
          }
          // a thread ran out of memory: this document, or the one sharing the thread, is too large; both are
          // analysed again alone once the others are done (on the main thread there is no neighbour)
          if (pool && OUT_OF_MEMORY.test(reason)) alone.push({ article, key });
          else failures.push({ path: article.path, docId: article.id, stage: 'analyze', reason });
          return;
        }
      }
      done(article.id, key, at);
    }).finally(() => {
      inFlight.delete(task);
      o.onProgress?.(index.length, failures.length);
    });
    inFlight.add(task);
    if (inFlight.size >= concurrency * 2) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  await pool?.destroy();
  if (stopped) throw stopped;
  if (alone.length > 0) {
    const single = createPool(1, { dirs: o.lexiconDirs, defaults: o.defaultLexicons }, 1);
    for (const { article, key } of alone) {
      try {
        done(article.id, key, await single.run({ article, out: o.out, entry: { key, journal: cache.journal }, hash: lexicon.hash }));
        analysed++;
      } catch (e) {
        let reason = (e as Error).message;
        if (OUT_OF_MEMORY.test(reason)) {
          reason += ` (${article.text.length.toLocaleString('en')} characters: too large for a worker thread; --workers 0 analyses it on the main thread, or split it)`;
        }
        failures.push({ path: article.path, docId: article.id, stage: 'analyze', reason });
      }
      o.onProgress?.(index.length, failures.length);
    }
    await single.destroy();
  }

  index.sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0));
  const categories = [...new Set([...lexicon.categories, 'attribution', 'scare-quote'])].sort();
  const sources = new SourceAggregator(lexiconInfo(lexicon));
  let markers = 0;
  let tokens = 0;
  const markersCsv = new AtomicStream(join(o.out, 'markers.csv'));
  const quotesCsv = new AtomicStream(join(o.out, 'quotes.csv'));
  const documentsCsv = new AtomicStream(join(o.out, 'documents.csv'));
  await markersCsv.write(csv([...MARKER_COLUMNS], []));
  await quotesCsv.write(csv([...QUOTE_COLUMNS], []));
  await documentsCsv.write(csv(documentColumns(categories), []));
  // entries are read a few ahead, so the thread pool's reads overlap; they are written in order
  const readRows = (i: number) => {
    const read = cache.read(index[i]!.at);
    read.catch(() => undefined); // awaited in turn; a failure surfaces there
    return read;
  };
  const ahead = index.slice(0, READ_AHEAD).map((_, i) => readRows(i));
  for (let i = 0; i < index.length; i++) {
    o.onReports?.(i, index.length);
    const { key, at } = index[i]!;
    const entry = await ahead[i % READ_AHEAD]!;
    if (i + READ_AHEAD < index.length) ahead[i % READ_AHEAD] = readRows(i + READ_AHEAD);
    await cache.keep(key, entry, at.lengths);
    const { head, ...rows } = entryParts(entry, at.lengths);
    await markersCsv.write(rows.markers);
    await quotesCsv.write(rows.quotes);
    await documentsCsv.write(documentRow(head.score, categories, `documents/${docFileName(head.id)}.md`, lexicon.hash));
    sources.add(head.score);
    markers += head.markers;
    tokens += head.score.tokens;
  }
  o.onReports?.(index.length, index.length);
  await markersCsv.commit();
  await quotesCsv.commit();
  await documentsCsv.commit();
  const runFiles = new Set(['markers.csv', 'quotes.csv', 'documents.csv', 'failures.csv', 'run.json', 'documents', CACHE_DIR, '.lock']);
  for (const f of await sources.files()) {
    writeAtomic(join(o.out, f.name), f.content);
    runFiles.add(f.name);
  }
  failures.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.docId < b.docId ? -1 : 1));
  writeAtomic(
    join(o.out, 'failures.csv'),
    csv(['path', 'doc_id', 'stage', 'reason'], failures.map((f) => [f.path, f.docId, f.stage, f.reason])),
  );
  prune(join(o.out, 'documents'), docFiles);
  pruneReports(o.out, runFiles);
  await cache.commit();
  prune(cacheDir, new Set([CACHE_ENTRIES]));

  const manifest = {
    tool: 'framewatch',
    version: VERSION,
    code,
    startedAt,
    finishedAt: new Date().toISOString(),
    inputs: o.inputs,
    options: { map: o.map, lexicons: o.lexiconDirs, defaultLexicons: o.defaultLexicons, full: o.full, concurrency: o.concurrency, workers },
    counts: { documents: index.length, failures: failures.length, markers, analysed, reused },
    lexicons: { hash: lexicon.hash, files: lexicon.files, entries: lexicon.entries.length },
  };
  writeAtomic(join(o.out, 'run.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { documents: index.length, failures: failures.length, markers, tokens, analysed, reused, exitCode: failures.length ? 1 : 0, manifest };
}

/** Duplicate ids get -2, -3, ... (skipping ids already taken) in input order; inputs are read in sorted
 * order, so the renaming is deterministic. `seen` maps an id to the last suffix tried for it. */
export function uniqueId(id: string, seen: Map<string, number>, warn?: (m: string) => void): string {
  let n = seen.get(id);
  if (n === undefined) {
    seen.set(id, 1);
    return id;
  }
  let next: string;
  do next = `${id}-${++n}`;
  while (seen.has(next));
  seen.set(id, n).set(next, 1);
  warn?.(`duplicate document id '${id}': renamed to '${next}'`);
  return next;
}

/** Remove run-level report files (sources-*.svg and the like) a previous run wrote and this one did not. */
function pruneReports(out: string, keep: Set<string>): void {
  for (const f of readdirSync(out)) {
    if (!keep.has(f) && /^sources[-.]/.test(f)) rmSync(join(out, f), { force: true });
  }
}

/** Remove files a previous run left that this run did not write. */
function prune(dir: string, keep: Set<string>): void {
  if (!existsSync(dir)) return;
  for (const f of readdirSync(dir)) if (!keep.has(f)) rmSync(join(dir, f), { force: true });
}
