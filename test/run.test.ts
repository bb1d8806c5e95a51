// The sample corpus end to end: golden outputs, offsets that point back into the documents, and
// byte-identical reruns.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, dirname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../pipeline/ingest/index.ts';
import { runPipeline, type RunOptions } from '../pipeline/run.ts';
import { LexiconError, OutputError, UsageError } from '../pipeline/errors.ts';
import { AtomicStream } from '../pipeline/report/write.ts';

const CORPUS = 'test/corpus';
const GOLDEN = 'test/golden/sample';
const update = process.env.UPDATE_GOLDEN === '1';

const options = (out: string, over: Partial<RunOptions> = {}): RunOptions => ({
  inputs: [CORPUS], out, map: {}, lexiconDirs: [], defaultLexicons: true, full: false, concurrency: 2, ...over,
});

/** every output file but the manifest (its times) and the cache */
function outputs(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (name === '.cache' || name === '.lock' || name === 'run.json') continue;
      if (statSync(p).isDirectory()) walk(p);
      else files.set(relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

let out: string;
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'fw-run-'));
  await runPipeline(options(out));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('sample corpus', () => {
  it('matches the golden outputs (UPDATE_GOLDEN=1 rewrites them)', () => {
    const actual = outputs(out);
    if (update) {
      rmSync(GOLDEN, { recursive: true, force: true });
      for (const [name, content] of actual) {
        mkdirSync(dirname(join(GOLDEN, name)), { recursive: true });
        writeFileSync(join(GOLDEN, name), content);
      }
    }
    expect(existsSync(GOLDEN)).toBe(true);
    const expected = outputs(GOLDEN);
    expect([...actual.keys()]).toEqual([...expected.keys()]);
    for (const [name, content] of actual) expect(content, name).toBe(expected.get(name));
  });

  it('has report rows whose text is the document slice at their offsets', async () => {
    const texts = new Map<string, string>();
    for await (const item of ingest([CORPUS], { map: {} })) if ('article' in item) texts.set(item.article.id, item.article.text);
    const markers = parse(readFileSync(join(out, 'markers.csv')), { columns: true }) as Record<string, string>[];
    const quotes = parse(readFileSync(join(out, 'quotes.csv')), { columns: true }) as Record<string, string>[];
    expect(markers.length).toBeGreaterThan(50);
    for (const r of [...markers, ...quotes]) {
      const text = texts.get(r.doc_id!);
      expect(text, r.doc_id).toBeDefined();
      expect(r.text!.replace(/^'(?=[=+\-@\t\r])/, '')).toBe(text!.slice(Number(r.start), Number(r.end)));
    }
  });

  it('writes the manifest with counts and the lexicon hash', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
    expect(manifest.counts.documents).toBeGreaterThanOrEqual(12);
    expect(manifest.counts.failures).toBe(0);
    expect(manifest.lexicons.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(readFileSync(join(out, 'failures.csv'), 'utf8')).toBe('path,doc_id,stage,reason\n');
  });

  it('gives byte-identical reports whatever the concurrency or worker count, and on a cached rerun', async () => {
    const other = mkdtempSync(join(tmpdir(), 'fw-run-'));
    try {
      const first = await runPipeline(options(other, { concurrency: 1, full: true }));
      expect(first.analysed).toBe(first.documents);
      expect(outputs(other)).toEqual(outputs(out));
      const again = await runPipeline(options(other, { concurrency: 3 }));
      expect(again.reused).toBe(again.documents);
      expect(outputs(other)).toEqual(outputs(out));
      const threads = await runPipeline(options(other, { workers: 2, full: true }));
      expect(threads.analysed).toBe(threads.documents);
      expect(outputs(other)).toEqual(outputs(out));
      // one worker thread is a pool of one, with the same outputs
      const thread = await runPipeline(options(other, { workers: 1, full: true }));
      expect(thread.analysed).toBe(thread.documents);
      expect(outputs(other)).toEqual(outputs(out));
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe('lexicon examples checked in worker threads', () => {
  it('stop the run before any document when an example fails, with the faults one thread reports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-run-'));
    const lexicons = { defaultLexicons: false, lexiconDirs: ['test/fixtures/lexicons/lex008-match-misses'] };
    const faults = async (workers: number) => {
      const e = await runPipeline(options(dir, { workers, ...lexicons })).catch((err: unknown) => err);
      expect(e).toBeInstanceOf(LexiconError);
      return (e as LexiconError).faults;
    };
    try {
      const threads = await faults(2);
      expect(threads.map((f) => `${f.file}:${f.line}:${f.col} ${f.code}`)).toEqual([
        'test/fixtures/lexicons/lex008-match-misses/harbour.yml:11:9 LEX008',
      ]);
      expect(threads[0]!.excerpt).toContain('harbour');
      expect(threads).toEqual(await faults(0));
      expect(existsSync(join(dir, 'markers.csv'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('worker threads on a Node without require(esm)', () => {
  it('refuse to start, naming the Node needed and --workers 0, before any document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-run-'));
    const own = Object.getOwnPropertyDescriptor(process.features, 'require_module');
    Object.defineProperty(process.features, 'require_module', { value: false, configurable: true });
    try {
      const e = await runPipeline(options(dir, { workers: 1 })).catch((err: unknown) => err);
      expect(e).toBeInstanceOf(UsageError);
      expect((e as Error).message).toMatch(/Node 20\.19 .*--workers 0/);
      expect(existsSync(join(dir, 'markers.csv'))).toBe(false);
    } finally {
      if (own) Object.defineProperty(process.features, 'require_module', own);
      else delete (process.features as { require_module?: boolean }).require_module;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('reports that cannot be written', () => {
  it('stop the run with an OutputError naming the folder and the reason, and leave the last reports as they were', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-run-'));
    try {
      await runPipeline(options(dir));
      const before = outputs(dir);
      // the per-document folder is a file now: every document's reports fail alike (as on a full disk)
      rmSync(join(dir, 'documents'), { recursive: true });
      writeFileSync(join(dir, 'documents'), 'not a folder');
      for (const workers of [0, 1]) {
        const e = await runPipeline(options(dir, { full: true, workers })).catch((err: unknown) => err);
        expect(e).toBeInstanceOf(OutputError);
        expect((e as Error).message).toMatch(/^cannot write the reports in .*ENOTDIR/);
      }
      const runLevel = (files: Map<string, string>) => new Map([...files].filter(([k]) => !k.startsWith('documents')));
      expect(runLevel(outputs(dir))).toEqual(runLevel(before));
      // no temporary file is left behind, and the folder is not locked
      expect(readdirSync(dir).filter((f) => f.startsWith('.framewatch-tmp-'))).toEqual([]);
      rmSync(join(dir, 'documents'));
      expect((await runPipeline(options(dir))).documents).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a streamed report whose write fails rejects, is never renamed into place, and does not end the process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-run-'));
    try {
      const stream = new AtomicStream(join(dir, 'markers.csv'));
      await stream.write('a,b\n');
      // what a full disk does to the file under the stream
      (stream as unknown as { stream: { destroy(e: Error): void } }).stream.destroy(new Error('ENOSPC: no space left on device, write'));
      await expect(stream.write('c,d\n')).rejects.toThrow(/ENOSPC/);
      await expect(stream.commit()).rejects.toThrow(/ENOSPC/);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
