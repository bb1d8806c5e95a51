// Raw bytes -> text, refusing what is not text: an empty file, a file over --max-bytes (also once
// gunzipped), a binary file, invalid UTF-8. Each refusal is an InputError whose message is the failure
// reason in failures.csv.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createGunzip, gunzip } from 'node:zlib';
import { promisify } from 'node:util';

export const DEFAULT_MAX_BYTES = 5_000_000;

/** A file or record that cannot be read as an article; the message is the reason shown to the analyst. */
export class InputError extends Error {}

const gunzipAsync = promisify(gunzip);
const SNIFF_BYTES = 8000;

/** Why these first bytes of a file are not text, or undefined when they look like text. */
export function binaryReason(head: Uint8Array): string | undefined {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return 'UTF-16 text: convert the file to UTF-8';
  const n = Math.min(head.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i]!;
    if (b === 0) return 'binary file (NUL bytes)';
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  // text has next to no control characters; 10% is far past any real article
  if (n > 0 && control / n > 0.1) return `binary file (${Math.round((100 * control) / n)}% control characters)`;
  return undefined;
}

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
export function invalidUtf8Offset(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    const len = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > b.length) return i;
    for (let k = 1; k < len; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    const c1 = b[i + 1]!;
    // overlong 3/4-byte forms, UTF-16 surrogates, code points past U+10FFFF
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f) || (c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return i;
    i += len;
  }
  return -1;
}

/** Strict UTF-8 decoding (BOM removed); `where` names the place in the reason, e.g. "line 4: ". */
export function decodeUtf8(bytes: Uint8Array, where = ''): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${where}invalid UTF-8 at byte ${Math.max(0, invalidUtf8Offset(bytes))}`);
  }
}

const overMax = (what: string, size: number, max: number) => new InputError(`${what} ${size} bytes, over --max-bytes ${max}`);

/** zlib's own errors (codes Z_*) mean a damaged or truncated .gz; anything else passes through. */
function gzipError(e: unknown): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  return typeof code === 'string' && code.startsWith('Z_') ? new InputError(`not a valid gzip file: ${(e as Error).message}`) : e;
}

/** A whole file (gunzipped when `gzip`), checked for size and binary content; not yet decoded. */
export async function readWhole(file: string, gzip: boolean, maxBytes: number): Promise<Buffer> {
  const { size } = await stat(file);
  if (size === 0) throw new InputError('empty file');
  if (size > maxBytes) throw overMax('file is', size, maxBytes);
  let bytes = await readFile(file);
  if (gzip) {
    try {
      bytes = await gunzipAsync(bytes, { maxOutputLength: maxBytes });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new InputError(`file is over --max-bytes ${maxBytes} once decompressed`);
      }
      throw gzipError(e);
    }
    if (bytes.length === 0) throw new InputError('empty file (once decompressed)');
  }
  const binary = binaryReason(bytes);
  if (binary) throw new InputError(binary);
  return bytes;
}

/** A file's bytes as a stream of chunks (gunzipped when `gzip`), the head checked for binary content. */
export async function* readChunks(file: string, gzip: boolean): AsyncGenerator<Buffer> {
  const raw = createReadStream(file);
  let source: AsyncIterable<Buffer> = raw;
  if (gzip) {
    const gunzipStream = createGunzip();
    raw.on('error', (e) => gunzipStream.destroy(e));
    source = raw.pipe(gunzipStream);
  }
  let head: Buffer[] = [];
  let headBytes = 0;
  let total = 0;
  try {
    for await (const chunk of source) {
      total += chunk.length;
      if (head.length === 0 && headBytes >= SNIFF_BYTES) {
        yield chunk;
        continue;
      }
      head.push(chunk);
      headBytes += chunk.length;
      if (headBytes >= SNIFF_BYTES) {
        yield checkedHead(Buffer.concat(head));
        head = [];
      }
    }
  } catch (e) {
    throw gzip ? gzipError(e) : e;
  }
  if (total === 0) throw new InputError(gzip ? 'empty file (once decompressed)' : 'empty file');
  if (head.length > 0) yield checkedHead(Buffer.concat(head));
}

function checkedHead(head: Buffer): Buffer {
  const binary = binaryReason(head);
  if (binary) throw new InputError(binary);
  return head;
}

export interface ByteLine {
  /** 1-based line number */
  n: number;
  /** the line without its line ending; undefined when it was longer than maxBytes */
  bytes?: Buffer;
  /** the line's length in bytes */
  size: number;
}

/** Lines of a chunk stream, split on bytes (so each line is decoded on its own); a line over maxBytes
 * is not kept in memory, only its size is reported. */
export async function* byteLines(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let n = 0;
  const line = (): ByteLine => {
    n++;
    let bytes = size <= maxBytes ? Buffer.concat(parts) : undefined;
    if (bytes && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    const out = { n, bytes, size: bytes ? bytes.length : size };
    parts = [];
    size = 0;
    return out;
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, from)) {
      if (size + nl - from <= maxBytes) parts.push(chunk.subarray(from, nl));
      size += nl - from;
      yield line();
      from = nl + 1;
    }
    if (from < chunk.length) {
      if (size + chunk.length - from <= maxBytes) parts.push(chunk.subarray(from));
      size += chunk.length - from;
    }
  }
  if (size > 0) yield line();
}

/** Strict UTF-8 decoding of a chunk stream, for parsers that take text (CSV). */
export async function* decodeChunks(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  for await (const chunk of chunks) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      // hand on the whole lines before the bad byte, so the records they hold are still read
      const bad = Math.max(0, invalidUtf8Offset(chunk));
      yield new TextDecoder('utf-8').decode(chunk.subarray(0, chunk.lastIndexOf(0x0a, bad) + 1));
      throw new InputError(`invalid UTF-8 near byte ${offset + bad}`);
    }
    yield text;
    offset += chunk.length;
  }
  try {
    yield decoder.decode();
  } catch {
    throw new InputError(`invalid UTF-8: the file ends inside a character (byte ${offset})`);
  }
}
