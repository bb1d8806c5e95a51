// ingest: files and folders -> a lazy stream of Articles (or per-document failures). One reader per
// format; folders are read recursively in sorted order, so the stream is deterministic. A file that is
// not readable text (empty, oversized, binary, invalid UTF-8, a damaged .gz) is one failure row, and the
// batch goes on.
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { parse as parseCsv } from 'csv-parse';
import { displayPath, UsageError } from '../errors.ts';
import type { Article, Failure } from '../types.ts';
import { byteLines, decodeChunks, decodeUtf8, DEFAULT_MAX_BYTES, InputError, readChunks, readWhole } from './bytes.ts';
import { declaredCharset, htmlArticle } from './html.ts';
import { recordToArticle, type FieldMap } from './record.ts';
import { textArticle } from './text.ts';

export { DEFAULT_MAX_BYTES } from './bytes.ts';

export type IngestItem = { article: Article } | { failure: Failure };

export interface IngestOptions {
  map: FieldMap;
  /** the largest file read whole (after gunzip), and the longest JSONL line / CSV record (default 5 MB) */
  maxBytes?: number;
  /** folders not to read (the output folder, when it sits inside an input folder) */
  exclude?: string[];
}

export interface InputFile {
  file: string;
  /** the input folder it was found under (its path below the root is the document id) */
  root: string;
}

/** Formats holding one document per file; the others hold records. */
const SINGLE = ['.txt', '.md', '.html', '.htm'];
const RECORDS = ['.jsonl', '.ndjson', '.json', '.csv'];
export const FORMATS = [...SINGLE, ...RECORDS];

/** A file's format by its name; `x.jsonl.gz` is `.jsonl` (read through gunzip). */
export function formatOf(file: string): string {
  return extname(isGzip(file) ? file.slice(0, -3) : file).toLowerCase();
}

export function isGzip(file: string): boolean {
  return file.toLowerCase().endsWith('.gz');
}

/** Every supported file under the inputs, sorted; a missing input throws (exit 2) before any work. */
export function listInputs(inputs: string[], options: { exclude?: string[] } = {}): InputFile[] {
  const excluded = (options.exclude ?? []).map((d) => resolve(d));
  const out: InputFile[] = [];
  for (const input of inputs) {
    const abs = resolve(input);
    let st;
    try {
      st = statSync(abs);
    } catch {
      throw new UsageError(`input not found: ${input}`);
    }
    if (st.isFile()) {
      out.push({ file: abs, root: dirname(abs) });
      continue;
    }
    const walk = (dir: string) => {
      for (const name of readdirSync(dir).sort()) {
        if (name.startsWith('.')) continue;
        const p = join(dir, name);
        const s = statSync(p, { throwIfNoEntry: false });
        if (!s) continue;
        if (s.isDirectory()) {
          if (!excluded.some((x) => p === x || p.startsWith(x + sep))) walk(p);
        } else if (FORMATS.includes(formatOf(p))) out.push({ file: p, root: abs });
      }
    };
    walk(abs);
  }
  return out;
}

/** How many documents the files hold, when that is known without reading them (no record files). */
/**
 * How many documents the inputs hold, for the progress bar's percentage and ETA: one per article file,
 * one per non-empty line of a JSONL file (counted in one fast pass over its bytes); undefined when a
 * JSON, CSV or compressed file makes the count unknowable without parsing.
 */
export function documentCount(files: InputFile[]): number | undefined {
  let n = 0;
  for (const f of files) {
    const format = formatOf(f.file);
    if (SINGLE.includes(format)) n++;
    else if (format === '.jsonl' || format === '.ndjson') n += nonEmptyLines(f.file);
    else return undefined;
  }
  return n;
}

function nonEmptyLines(file: string): number {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    let lines = 0;
    let content = false; // the current line has a non-blank byte
    for (let read = readSync(fd, buf); read > 0; read = readSync(fd, buf)) {
      for (let i = 0; i < read; i++) {
        const b = buf[i]!;
        if (b === 10) {
          if (content) lines++;
          content = false;
        } else if (b !== 13 && b !== 32 && b !== 9) content = true;
      }
    }
    return content ? lines + 1 : lines;
  } finally {
    closeSync(fd);
  }
}

/** The id of a file-based document: its path under the input root, without extension(s). */
function fileId(file: string, root: string): string {
  let rel = relative(root, file);
  if (isGzip(rel)) rel = rel.slice(0, -3);
  return rel.slice(0, rel.length - extname(rel).length).split(/[\\/]/).join('/');
}

export async function* ingest(inputs: string[], options: IngestOptions): AsyncGenerator<IngestItem> {
  yield* ingestFiles(listInputs(inputs, options), options);
}

export async function* ingestFiles(files: InputFile[], options: IngestOptions): AsyncGenerator<IngestItem> {
  for (const { file, root } of files) {
    yield* readFile(file, root, options);
    // a turn of the event loop per file, so signals, timers and progress are served during a run
    await nextTurn();
  }
}

async function* readFile(file: string, root: string, options: IngestOptions): AsyncGenerator<IngestItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const path = displayPath(file);
  const source = basename(dirname(file));
  const stem = fileId(file, root);
  const gzip = isGzip(file);
  const fail = (reason: string, where = path, docId = stem): IngestItem => ({ failure: { path: where, docId, stage: 'ingest', reason } });
  const record = (r: unknown, where: string, n: number): IngestItem => {
    if (typeof r !== 'object' || r === null || Array.isArray(r)) return fail('record is not an object', where, `${stem}-${n}`);
    try {
      return { article: recordToArticle(r as Record<string, unknown>, options.map, { path: where, fallbackId: `${stem}-${n}`, fallbackSource: source }) };
    } catch (e) {
      return fail((e as Error).message, where, `${stem}-${n}`);
    }
  };
  const format = formatOf(file);
  let records = 0;
  try {
    if (!FORMATS.includes(format)) {
      yield fail(`unsupported format '${format || basename(file)}' (supported: ${FORMATS.join(' ')}, and .gz of each)`);
    } else if (format === '.txt' || format === '.md') {
      yield { article: textArticle(decodeUtf8(await readWhole(file, gzip, maxBytes)), { path, id: stem, source }) };
    } else if (format === '.html' || format === '.htm') {
      const bytes = await readWhole(file, gzip, maxBytes);
      const charset = declaredCharset(bytes);
      const html = charset ? new TextDecoder(charset).decode(bytes) : decodeUtf8(bytes);
      yield { article: htmlArticle(html, { path, id: stem, source }) };
    } else if (format === '.jsonl' || format === '.ndjson') {
      for await (const line of byteLines(readChunks(file, gzip), maxBytes)) {
        const where = `${path}#${line.n}`;
        const id = `${stem}-${line.n}`;
        if (!line.bytes) {
          yield fail(`line ${line.n}: ${line.size} bytes, over --max-bytes ${maxBytes}`, where, id);
          continue;
        }
        let text: string;
        try {
          text = decodeUtf8(line.bytes, `line ${line.n}: `);
        } catch (e) {
          yield fail((e as Error).message, where, id);
          continue;
        }
        if (line.n === 1) text = text.replace(/^\uFEFF/, '');
        if (text.trim() === '') continue;
        records++;
        let r: unknown;
        try {
          r = JSON.parse(text);
        } catch (e) {
          yield fail(`line ${line.n}: invalid JSON: ${(e as Error).message}`, where, id);
          continue;
        }
        yield record(r, where, line.n);
      }
      if (records === 0) yield fail('empty file (only blank lines)');
    } else if (format === '.json') {
      const text = decodeUtf8(await readWhole(file, gzip, maxBytes)).replace(/^\uFEFF/, '');
      if (text.trim() === '') throw new InputError('empty file');
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (e) {
        throw new InputError(`invalid JSON: ${(e as Error).message}`);
      }
      const list = Array.isArray(data) ? data : [data];
      if (list.length === 0) throw new InputError('no records (an empty JSON array)');
      for (let i = 0; i < list.length; i++) yield record(list[i], Array.isArray(data) ? `${path}#${i + 1}` : path, i + 1);
    } else if (format === '.csv') {
      const parser = parseCsv({ columns: true, bom: true, relax_column_count: true, skip_empty_lines: true, max_record_size: maxBytes });
      // a read error (invalid UTF-8, a damaged .gz) ends the parser, so the records before it are kept
      let broken: unknown;
      const text = Readable.from(decodeChunks(readChunks(file, gzip)));
      text.on('error', (e) => {
        broken = e;
        parser.end();
      });
      text.pipe(parser);
      let n = 1; // the header is record 1
      try {
        for await (const r of parser) {
          n++;
          records++;
          yield record(r, `${path}#${n}`, n);
        }
      } catch (e) {
        throw broken ?? e;
      }
      if (broken) throw broken;
      if (records === 0) yield fail('no records (only a header row)');
    }
  } catch (e) {
    yield fail((e as Error).message);
  }
}
