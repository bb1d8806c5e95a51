// Nightly operation: a run killed at any moment (SIGKILL) leaves readable reports and the next run ends
// byte-identical to an uninterrupted one; incremental reruns equal full runs; one run per output folder;
// exit codes a scheduler can act on; logs for terminals and collectors.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireLock } from '../pipeline/lock.ts';
import { RunReporter } from '../pipeline/progress.ts';
import { runPipeline, type RunOptions } from '../pipeline/run.ts';
import { UsageError } from '../pipeline/errors.ts';

const LEXICONS = ['--no-default-lexicons', '--lexicons', 'test/fixtures/lexicons/valid'];
/** small runs start faster without the worker pool */
const ONE = [...LEXICONS, '--workers', '0'];
const SOURCES = ['coast-a', 'coast-b', 'coast-c'];
const SENTENCES = [
  'The harbour master closed the quay at dawn.',
  'Two lighthouse keepers rowed out to the wreck.',
  'The port office printed new tide tables for the season.',
  '"We will reopen on Monday," a spokesperson said.',
  'Fishing boats waited outside the breakwater for the tide.',
  'The ferry company said the crossing would resume later.',
  'Divers inspected the pilings under the north pier.',
  'Residents told reporters the storm was the worst in years.',
];

const temps: string[] = [];
function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  temps.push(d);
  return d;
}
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

/** Articles from..to-1 of a deterministic synthetic corpus, one .txt each, in three source folders. */
function writeCorpus(dir: string, from: number, to: number): void {
  let seed = 7 + from;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = from; i < to; i++) {
    const folder = join(dir, SOURCES[i % SOURCES.length]!);
    mkdirSync(folder, { recursive: true });
    const body = Array.from({ length: 12 }, () => SENTENCES[Math.floor(next() * SENTENCES.length)]).join(' ');
    writeFileSync(join(folder, `story-${String(i).padStart(3, '0')}.txt`), `Harbour story ${i}\nA standfirst about the quay.\n-\nA caption (Harbour Photo)\n${body}\n${body}\n`);
  }
}

/** The CLI as its own process: node with tsx's loader in-process (the tsx binary would add a wrapper
 * process, and a SIGKILL to the wrapper would leave the run going). */
function start(args: string[]): ChildProcess & { output: Promise<{ code: number | null; signal: string | null; stderr: string; stdout: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', ...args], { env: { ...process.env, FORCE_COLOR: '0' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const output = new Promise<{ code: number | null; signal: string | null; stderr: string; stdout: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr, stdout })),
  );
  return Object.assign(child, { output });
}

const cli = (args: string[]) => start(args).output;

async function until(what: string, ready: () => boolean, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** The cache entries under an output folder: the record lines in the cache's files (see cache.ts). */
const cacheEntries = (out: string) => {
  const dir = join(out, '.cache');
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).reduce((n, f) => n + (readFileSync(join(dir, f), 'latin1').match(/^[0-9a-f]{32} \d+ \d+ \d+$/gm)?.length ?? 0), 0);
};

/** Every file under dir (the cache too) but run.json, by relative path. */
function outputs(dir: string, skip = ['run.json']): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (!skip.includes(relative(dir, p))) files.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return files;
}

function expectSameOutputs(actual: string, expected: string): void {
  const a = outputs(actual);
  const e = outputs(expected);
  expect([...a.keys()]).toEqual([...e.keys()]);
  for (const [name, bytes] of a) expect(bytes.equals(e.get(name)!), name).toBe(true);
}

/** The run-level reports parse, and every document report they point to exists. */
function expectReadableReports(out: string): void {
  for (const f of ['documents.csv', 'markers.csv', 'quotes.csv', 'failures.csv']) parse(readFileSync(join(out, f)), { columns: true });
  const docs = parse(readFileSync(join(out, 'documents.csv')), { columns: true }) as Record<string, string>[];
  expect(docs.length).toBeGreaterThan(0);
  for (const d of docs) expect(existsSync(join(out, d.report!)), d.report).toBe(true);
  JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
}

const isTemp = (name: string) => name.startsWith('.framewatch-tmp-');
const tempFiles = (dir: string) => [...outputs(dir, []).keys()].filter((p) => isTemp(p.split('/').pop()!));

describe('crash safety', () => {
  it('survives SIGKILL mid-analysis and mid-report, and the rerun equals an uninterrupted run', async () => {
    const root = tempDir('fw-kill-');
    const corpus = join(root, 'corpus');
    const killed = join(root, 'killed');
    const reference = join(root, 'reference');

    // last night's complete run over the first half
    writeCorpus(corpus, 0, 150);
    expect((await cli(['run', corpus, '--out', killed, ...ONE])).code).toBe(0);
    const lastNight = outputs(killed);
    // tonight the folder has grown (by far more than the 40 documents the first kill waits for, so the run
    // is still analysing when it is killed); the reference run is never interrupted
    writeCorpus(corpus, 150, 600);
    expect((await cli(['run', corpus, '--out', reference, ...ONE])).code).toBe(0);

    // 1. killed while analysing: the cache has grown, last night's reports are untouched
    const first = start(['run', corpus, '--out', killed, ...LEXICONS]);
    await until('the cache to grow', () => cacheEntries(killed) >= 190);
    first.kill('SIGKILL');
    expect((await first.output).signal).toBe('SIGKILL');
    for (const [name, bytes] of lastNight) {
      if (!name.startsWith('.cache/')) expect(readFileSync(join(killed, name)).equals(bytes), name).toBe(true);
    }
    expect(readFileSync(join(killed, '.lock'), 'utf8').trim()).toBe(String(first.pid));

    // 2. killed while writing the reports (as soon as a temporary file shows): every report still reads
    const second = start(['run', corpus, '--out', killed, ...LEXICONS]);
    const holds = () => existsSync(join(killed, '.lock')) && readFileSync(join(killed, '.lock'), 'utf8').trim() === String(second.pid);
    await until('the second run to take the lock', holds);
    await until('the reports to be written', () => readdirSync(killed).some(isTemp) || !holds());
    second.kill('SIGKILL');
    const secondEnd = await second.output;
    expect(secondEnd.signal).toBe('SIGKILL');
    expect(secondEnd.stderr).toMatch(/warning: taking over a stale lock .*process \d+ is gone/);
    expectReadableReports(killed);

    // 3. the next run cleans up and ends byte-identical to the uninterrupted run
    const third = await cli(['run', corpus, '--out', killed, ...ONE]);
    expect(third.code).toBe(0);
    expect(tempFiles(killed)).toEqual([]);
    expect(existsSync(join(killed, '.lock'))).toBe(false);
    expectSameOutputs(killed, reference);
    const counts = JSON.parse(readFileSync(join(killed, 'run.json'), 'utf8')).counts;
    expect(counts.analysed + counts.reused).toBe(600);
    expect(counts.reused).toBeGreaterThanOrEqual(190);
  });

  it('releases the lock when stopped by SIGTERM', async () => {
    const root = tempDir('fw-term-');
    writeCorpus(join(root, 'corpus'), 0, 300);
    const out = join(root, 'out');
    const run = start(['run', join(root, 'corpus'), '--out', out, ...LEXICONS]);
    await until('the run to start', () => cacheEntries(out) >= 20);
    run.kill('SIGTERM');
    expect((await run.output).signal).toBe('SIGTERM');
    expect(existsSync(join(out, '.lock'))).toBe(false);
  });
});

describe('incremental runs', () => {
  const options = (inputs: string, out: string, over: Partial<RunOptions> = {}): RunOptions => ({
    inputs: [inputs], out, map: {}, lexiconDirs: ['test/fixtures/lexicons/valid'], defaultLexicons: false,
    full: false, concurrency: 2, workers: 0, ...over,
  });

  it('re-analyse only new and changed documents, and equal a --full run byte for byte', async () => {
    const root = tempDir('fw-incr-');
    const corpus = join(root, 'corpus');
    writeCorpus(corpus, 0, 30);
    const nightly = join(root, 'nightly');
    const first = await runPipeline(options(corpus, nightly));
    expect([first.analysed, first.reused]).toEqual([30, 0]);

    // a changed story, a new one and a removed one
    writeFileSync(join(corpus, 'coast-a', 'story-000.txt'), 'Harbour story 0, corrected\nThe harbour master reopened the quay.\n');
    writeCorpus(corpus, 30, 31);
    rmSync(join(corpus, 'coast-b', 'story-001.txt'));
    const second = await runPipeline(options(corpus, nightly));
    expect([second.documents, second.analysed, second.reused]).toEqual([30, 2, 28]);
    const manifest = JSON.parse(readFileSync(join(nightly, 'run.json'), 'utf8'));
    expect(manifest.counts).toMatchObject({ documents: 30, analysed: 2, reused: 28 });

    const full = join(root, 'full');
    const fresh = await runPipeline(options(corpus, full, { full: true, concurrency: 5 }));
    expect(fresh.analysed).toBe(30);
    expectSameOutputs(nightly, full);

    // --full over the cache analyses everything again, and changes nothing
    const again = await runPipeline(options(corpus, nightly, { full: true }));
    expect([again.analysed, again.reused]).toEqual([30, 0]);
    expectSameOutputs(nightly, full);
  });
  it('analyse again a document whose reports were removed or rewritten since its cache entry', async () => {
    const root = tempDir('fw-tamper-');
    const corpus = join(root, 'corpus');
    writeCorpus(corpus, 0, 12);
    const nightly = join(root, 'nightly');
    expect((await runPipeline(options(corpus, nightly))).analysed).toBe(12);
    const reference = outputs(nightly);

    // one report edited by hand (same size), one removed, one cache entry cut short
    const reports = readdirSync(join(nightly, 'documents')).sort();
    const md = join(nightly, 'documents', reports.find((f) => f.endsWith('.md'))!);
    const edited = readFileSync(md);
    edited[edited.length - 2] = edited[edited.length - 2] === 0x41 ? 0x42 : 0x41;
    writeFileSync(md, edited);
    rmSync(join(nightly, 'documents', reports.filter((f) => f.endsWith('.csv'))[1]!));
    // the cache's last entry (the last document's; the first two were tampered with above) cut short
    const entries = reference.get('.cache/entries')!;
    expect(cacheEntries(nightly)).toBe(12);
    writeFileSync(join(nightly, '.cache', 'entries'), entries.subarray(0, entries.length - 10));

    const again = await runPipeline(options(corpus, nightly));
    expect([again.analysed, again.reused]).toEqual([3, 9]);
    const after = outputs(nightly);
    expect([...after.keys()]).toEqual([...reference.keys()]);
    for (const [name, bytes] of after) expect(bytes.equals(reference.get(name)!), name).toBe(true);
  });
});

describe('one run per output folder', () => {
  it('refuses a folder whose lock is held by a live process, naming its pid', async () => {
    const out = tempDir('fw-lock-');
    const lock = acquireLock(out);
    try {
      await expect(runPipeline({ inputs: ['test/fixtures/bad-inputs/page.html'], out, map: {}, lexiconDirs: [], defaultLexicons: true, full: false, concurrency: 1 })).rejects.toThrow(
        new UsageError(`output folder ${out} is in use by another run (pid ${process.pid}); wait for it to end, or delete ${join(out, '.lock')} if that process is not framewatch`),
      );
    } finally {
      lock.release();
    }
    expect(readdirSync(out)).toEqual([]);
  });

  it('takes over a lock whose process is gone, with a warning', () => {
    const out = tempDir('fw-lock-');
    writeFileSync(join(out, '.lock'), '999999999\n');
    const warnings: string[] = [];
    const lock = acquireLock(out, (m) => warnings.push(m));
    expect(readFileSync(join(out, '.lock'), 'utf8')).toBe(`${process.pid}\n`);
    expect(warnings).toEqual([`taking over a stale lock ${join(out, '.lock')}: process 999999999 is gone (a run that did not finish)`]);
    lock.release();
    expect(existsSync(join(out, '.lock'))).toBe(false);
  });
});

describe('exit codes and logs', () => {
  it('0 all analysed, 1 with failures, 2 could not start', async () => {
    const root = tempDir('fw-exit-');
    const good = join(root, 'good');
    writeCorpus(good, 0, 3);
    const mixed = join(root, 'mixed');
    writeCorpus(mixed, 0, 2);
    writeFileSync(join(mixed, 'empty.txt'), '');
    const locked = join(root, 'locked');
    mkdirSync(locked);
    writeFileSync(join(locked, '.lock'), `${process.pid}\n`);
    const out = (name: string) => join(root, `out-${name}`);

    const cases: [string, string[], number, RegExp][] = [
      ['ok', ['run', good, '--out', out('ok'), ...ONE], 0, /^reading 3 input files \(3 documents\)\n3 documents \(3 analysed, 0 reused\), \d+ markers, 0 failures -> .* docs\/s\)\n$/],
      ['failures', ['run', mixed, '--out', out('failures'), ...ONE], 1, /1 document failed: see .*out-failures\/failures\.csv/],
      ['lexicons', ['run', good, '--out', out('lexicons'), '--no-default-lexicons', '--lexicons', 'test/fixtures/lexicons/lex002-unknown-key'], 2, /error LEX\d+/],
      ['missing', ['run', join(root, 'nope'), '--out', out('missing'), ...ONE], 2, /^error: input not found: .*nope\n$/],
      ['locked', ['run', good, '--out', locked, ...ONE], 2, new RegExp(`in use by another run \\(pid ${process.pid}\\)`)],
      ['concurrency', ['run', good, '--out', out('concurrency'), '--concurrency', '0'], 2, /expected a positive whole number, found '0'/],
      ['workers', ['run', good, '--out', out('workers'), '--workers', '-1'], 2, /expected a whole number, found '-1'/],
      ['map', ['run', good, '--out', out('map'), '--map', 'colour=red'], 2, /--map takes <field>=<column>/],
      ['max-bytes', ['run', good, '--out', out('max-bytes'), '--max-bytes', '5MB'], 2, /found '5MB'/],
      ['log-format', ['run', good, '--out', out('log-format'), '--log-format', 'xml'], 2, /xml/],
    ];
    const results = await Promise.all(cases.map(([, args]) => cli(args)));
    cases.forEach(([name, , code, stderr], i) => {
      expect(results[i]!.code, `${name}: ${results[i]!.stderr}`).toBe(code);
      expect(results[i]!.stderr, name).toMatch(stderr);
    });
    const failures = parse(readFileSync(join(out('failures'), 'failures.csv')), { columns: true });
    expect(failures).toEqual([{ path: join(mixed, 'empty.txt'), doc_id: 'empty', stage: 'ingest', reason: 'empty file' }]);
    // a run that could not start writes nothing (the lock is taken before the lexicons load, so that a
    // locked folder is refused at once: that run leaves its folder empty)
    for (const name of ['missing', 'concurrency', 'map', 'max-bytes']) expect(existsSync(out(name)), name).toBe(false);
    expect(readdirSync(out('lexicons'))).toEqual([]);
    expect(readdirSync(locked)).toEqual(['.lock']);
  });

  it('--quiet prints nothing on success; --log-format json writes one object per line', async () => {
    const root = tempDir('fw-log-');
    writeCorpus(join(root, 'in'), 0, 3);
    writeFileSync(join(root, 'in', 'empty.txt'), '');
    const [quiet, json] = await Promise.all([
      cli(['run', join(root, 'in'), '--out', join(root, 'quiet'), '--quiet', ...ONE]),
      cli(['run', join(root, 'in'), '--out', join(root, 'json'), '--log-format', 'json', ...ONE]),
    ]);
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).toMatch(/^1 document failed: see .*failures\.csv\n$/);
    expect(json.code).toBe(1);
    const events = json.stderr.trim().split('\n').map((l) => JSON.parse(l));
    for (const e of events) expect(Object.keys(e).slice(0, 2)).toEqual(['level', 'event']);
    expect(events.map((e) => e.event)).toEqual(['start', 'summary', 'failures']);
    expect(events[1]).toMatchObject({ level: 'info', documents: 3, analysed: 3, failures: 1, exit_code: 1 });
    const bad = await cli(['run', join(root, 'nope'), '--out', join(root, 'x'), '--log-format', 'json']);
    expect(JSON.parse(bad.stderr)).toMatchObject({ level: 'error', event: 'error', message: expect.stringMatching(/^input not found/) });
  });
});

describe('progress', () => {
  const sink = (tty: boolean) => {
    const chunks: string[] = [];
    const stream = new Writable({ write: (c, _e, done) => (chunks.push(String(c)), done()) }) as Writable & { isTTY?: boolean; columns?: number };
    if (tty) Object.assign(stream, { isTTY: true, columns: 120 });
    return { stream, text: () => chunks.join('') };
  };
  const summary = { documents: 4, analysed: 3, reused: 1, markers: 9, failures: 0, exitCode: 0, out: 'reports/x' };

  it('draws a bar with documents per second and ETA on a terminal', async () => {
    const { stream, text } = sink(true);
    const reporter = new RunReporter({ format: 'text', quiet: false, stream });
    reporter.start({ files: 4, documents: 4 });
    for (let i = 1; i <= 4; i++) {
      reporter.progress(i, 0);
      await new Promise((r) => setTimeout(r, 120));
    }
    reporter.finish(summary);
    expect(text()).toMatch(/\| 4\/4 documents \| [\d.]+ docs\/s \| ETA \d+s \| 0 failed/);
    expect(text()).toMatch(/4 documents \(3 analysed, 1 reused\), 9 markers, 0 failures -> reports\/x in/);
  });

  it('after the last document, counts the documents written to the run-level reports', async () => {
    const { stream, text } = sink(true);
    const bar = new RunReporter({ format: 'text', quiet: false, stream });
    bar.start({ files: 1, documents: 3 });
    bar.progress(3, 0);
    for (let i = 0; i <= 3; i++) {
      bar.writingReports(i, 3);
      await new Promise((r) => setTimeout(r, 120));
    }
    bar.finish({ ...summary, documents: 3 });
    expect(text()).toMatch(/100% \| 3\/3 documents in the run-level reports/);

    let now = 0;
    const logs = (['text', 'json'] as const).map((format) => {
      const { stream: s, text: t } = sink(false);
      const reporter = new RunReporter({ format, quiet: false, stream: s, intervalMs: 20, now: () => now });
      reporter.start({ files: 1, documents: 5 });
      reporter.progress(5, 0);
      reporter.writingReports(0, 5);
      reporter.writingReports(2, 5);
      return { reporter, text: t };
    });
    now = 1000;
    await new Promise((r) => setTimeout(r, 60));
    for (const { reporter } of logs) reporter.finish({ ...summary, documents: 5 });
    expect(logs[0]!.text()).toMatch(/^reading 1 input file \(5 documents\)\nreports: 2\/5 documents written\n/);
    const events = logs[1]!.text().trim().split('\n').map((l) => JSON.parse(l));
    expect(events.find((e) => e.event === 'reports')).toMatchObject({ level: 'info', written: 2, total: 5 });
    // a quiet run says nothing of it
    const { stream: q, text: quietText } = sink(false);
    const quiet = new RunReporter({ format: 'text', quiet: true, stream: q });
    quiet.writingReports(0, 5);
    expect(quietText()).toBe('');
  });

  it('writes a line every few seconds elsewhere, as text or JSON, and only errors when quiet', async () => {
    let now = 0;
    const logs = (['text', 'json'] as const).map((format) => {
      const { stream, text } = sink(false);
      const reporter = new RunReporter({ format, quiet: false, stream, intervalMs: 20, now: () => now });
      reporter.start({ files: 2, documents: undefined });
      return { reporter, text };
    });
    now = 2000;
    for (const { reporter } of logs) reporter.progress(9, 1);
    await new Promise((r) => setTimeout(r, 60));
    for (const { reporter } of logs) reporter.finish(summary);
    expect(logs[0]!.text()).toMatch(/^reading 2 input files\nprogress: 10 documents, 1 failed, 5\.0 docs\/s\n/);
    const events = logs[1]!.text().trim().split('\n').map((l) => JSON.parse(l));
    expect(events.find((e) => e.event === 'progress')).toMatchObject({ level: 'info', done: 9, failed: 1, rate: 5 });

    const { stream, text } = sink(false);
    const quiet = new RunReporter({ format: 'text', quiet: true, stream, intervalMs: 5 });
    // the count costs a pass over every JSONL file: a quiet run never asks for it
    let counted = 0;
    quiet.start({
      files: 1,
      get documents() {
        counted++;
        return 1;
      },
    });
    expect(counted).toBe(0);
    quiet.warn('not shown');
    quiet.finish(summary);
    quiet.error('shown');
    expect(text()).toBe('error: shown\n');
  });
});
