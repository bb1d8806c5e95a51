// Bad and hostile inputs: each bad file is one failure row with a clear reason while the rest of the batch
// goes on (test/fixtures/bad-inputs, one file per case); hostile article text never reaches a report as a
// formula, raw HTML, a link or a path outside the output folder.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest, type IngestItem } from '../pipeline/ingest/index.ts';
import { runPipeline, uniqueId, type RunOptions } from '../pipeline/run.ts';
import type { Article, Failure } from '../pipeline/types.ts';

const FIXTURES = 'test/fixtures/bad-inputs';
const MAX_BYTES = 4000;
const LEXICONS = { lexiconDirs: ['test/fixtures/lexicons/valid'], defaultLexicons: false };

/** fixture path (under FIXTURES) -> the failure reason expected for it */
const EXPECTED: [string, RegExp][] = [
  ['binary.txt', /^binary file \(NUL bytes\)$/],
  ['blank.md', /^empty file$/],
  ['bomb.txt.gz', /^file is over --max-bytes 4000 once decompressed$/],
  ['broken.jsonl#2', /^line 2: invalid JSON: /],
  ['broken.jsonl#4', /^line 4: invalid UTF-8 at byte 35$/],
  ['broken.jsonl#5', /^record is not an object$/],
  ['broken.jsonl#6', /^no text: none of the fields text, body/],
  ['control-chars.md', /^binary file \(\d+% control characters\)$/],
  ['damaged.txt.gz', /^not a valid gzip file: unexpected end of file$/],
  ['empty-array.json', /^no records \(an empty JSON array\)$/],
  ['empty.txt', /^empty file$/],
  ['header-only.csv', /^no records \(only a header row\)$/],
  ['invalid-utf8.txt', /^invalid UTF-8 at byte 49$/],
  ['invalid.json', /^invalid JSON: /],
  ['latin1-export.csv', /^invalid UTF-8 near byte 122$/],
  ['no-article.html', /^no article text found in the HTML page$/],
  ['oversized.txt', /^file is 5176 bytes, over --max-bytes 4000$/],
  ['utf16.txt', /^UTF-16 text: convert the file to UTF-8$/],
];

async function read(inputs: string[], maxBytes = MAX_BYTES): Promise<{ articles: Article[]; failures: Failure[] }> {
  const items: IngestItem[] = [];
  for await (const item of ingest(inputs, { map: {}, maxBytes })) items.push(item);
  return {
    articles: items.flatMap((i) => ('article' in i ? [i.article] : [])),
    failures: items.flatMap((i) => ('failure' in i ? [i.failure] : [])),
  };
}

const tmp: string[] = [];
const tempDir = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  tmp.push(d);
  return d;
};
afterAll(() => {
  for (const d of tmp) rmSync(d, { recursive: true, force: true });
});

const runOptions = (inputs: string[], out: string, over: Partial<RunOptions> = {}): RunOptions => ({
  inputs, out, map: {}, full: false, concurrency: 2, workers: 0, maxBytes: MAX_BYTES, ...LEXICONS, ...over,
});

describe('bad input files', () => {
  it('gives each bad file or record one failure row with the expected reason', async () => {
    const { failures } = await read([FIXTURES]);
    const byPath = new Map(failures.map((f) => [relative(FIXTURES, f.path), f]));
    expect([...byPath.keys()].sort()).toEqual(EXPECTED.map(([p]) => p).sort());
    for (const [path, reason] of EXPECTED) {
      const f = byPath.get(path)!;
      expect(f.stage, path).toBe('ingest');
      expect(f.reason, path).toMatch(reason);
    }
  });

  it('reads the good records and pages around them', async () => {
    const { articles } = await read([FIXTURES]);
    expect(articles.map((a) => `${relative(FIXTURES, a.path)} ${a.id}`)).toEqual([
      'broken.jsonl#1 harbour-1',
      'broken.jsonl#3 harbour-3',
      'feed.jsonl.gz#1 harbour-1',
      'feed.jsonl.gz#2 harbour-7',
      'latin1-export.csv#2 harbour-10',
      'legacy-charset.htm legacy-charset',
      'page.html page',
      'wire-story.txt.gz wire-story',
    ]);
  });

  it('applies --max-bytes to whole files and to JSONL lines', async () => {
    expect((await read([join(FIXTURES, 'oversized.txt')], 10_000)).articles).toHaveLength(1);
    const { failures } = await read([join(FIXTURES, 'broken.jsonl')], 100);
    expect(failures.map((f) => f.reason)).toContain('line 1: 126 bytes, over --max-bytes 100');
  });

  it('keeps title, byline, date, source, URL and paragraphs from an HTML page', async () => {
    const [page] = (await read([join(FIXTURES, 'page.html')])).articles;
    expect(page).toMatchObject({
      id: 'page',
      source: 'Coastal Courier',
      title: 'Harbour reopens after storm',
      byline: 'Jane Quay',
      date: '2025-04-02T08:00:00Z',
      url: 'https://courier.example/news/harbour-reopens',
      layout: 'record',
      hasTitle: true,
    });
    const lines = page!.text.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Harbour reopens after storm', '']);
    expect(lines[2]).toBe('The harbour master reopened the quay on Tuesday after three days of gales, officials said.');
    expect(lines).toContain('Repairs');
    expect(page!.text).not.toMatch(/Home|Copyright|tracker|By Jane Quay/);
  });

  it('decodes a page in the charset it declares, and takes the source from the folder', async () => {
    const [page] = (await read([join(FIXTURES, 'legacy-charset.htm')])).articles;
    expect(page).toMatchObject({ title: 'Café owners return to the pier', date: '2025-04-03', source: 'bad-inputs' });
  });

  it('reads a gzipped file by its inner name', async () => {
    const { articles } = await read([join(FIXTURES, 'feed.jsonl.gz'), join(FIXTURES, 'wire-story.txt.gz')]);
    expect(articles.map((a) => `${a.id} ${a.source} ${a.layout}`)).toEqual([
      'harbour-1 Harbour Ledger record',
      'harbour-7 Harbour Ledger record',
      'wire-story bad-inputs article',
    ]);
    expect(articles[2]!.title).toBe('Ferry timetable restored');
  });

  it('renames duplicate ids deterministically, skipping ids already taken, with one warning each', () => {
    const seen = new Map<string, number>();
    const warnings: string[] = [];
    const ids = ['a-2', 'a', 'a', 'a', 'b'].map((id) => uniqueId(id, seen, (m) => warnings.push(m)));
    expect(ids).toEqual(['a-2', 'a', 'a-3', 'a-4', 'b']);
    expect(warnings).toEqual(["duplicate document id 'a': renamed to 'a-3'", "duplicate document id 'a': renamed to 'a-4'"]);
  });

  it('does not read its own output folder when it lies inside an input folder', async () => {
    const root = tempDir('fw-inside-');
    writeFileSync(join(root, 'story.txt'), 'Quay reopens\nThe harbour master reopened the quay.\n');
    const out = join(root, 'reports');
    await runPipeline(runOptions([root], out));
    const again = await runPipeline(runOptions([root], out));
    expect([again.documents, again.failures]).toEqual([1, 0]);
  });

  it('runs the batch to the end: exit 1, every failure in failures.csv, duplicate ids renamed with a warning', async () => {
    const out = tempDir('fw-bad-');
    const warnings: string[] = [];
    const outcome = await runPipeline(runOptions([FIXTURES], out, { onWarning: (m) => warnings.push(m) }));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.documents).toBe(8);
    expect(outcome.failures).toBe(EXPECTED.length);
    expect(warnings).toEqual(["duplicate document id 'harbour-1': renamed to 'harbour-1-2'"]);
    const docs = parse(readFileSync(join(out, 'documents.csv')), { columns: true }) as Record<string, string>[];
    expect(docs.map((d) => d.doc_id)).toContain('harbour-1-2');
    const rows = parse(readFileSync(join(out, 'failures.csv')), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(['path', 'doc_id', 'stage', 'reason']);
    expect(rows.map((r) => relative(FIXTURES, r.path!))).toEqual(EXPECTED.map(([p]) => p).sort());
    for (const r of rows) expect(r.reason, r.path).toMatch(EXPECTED.find(([p]) => p === relative(FIXTURES, r.path!))![1]);
  });
});

describe('hostile article content', () => {
  const FORMULAS = ['=HYPERLINK("http://evil.example","click")', '+cmd|" /C calc"!A0', '-2+3+cmd|" /C calc"!A0', '@SUM(1+1)*cmd|"/C calc"!A0', '\t=1+2', '\r=1+2'];
  const INJECTION = '<script>alert(1)</script> <img src=x onerror=alert(1)> [click](http://evil.example) ![pixel](http://evil.example/p.png) **bold** `code` <http://evil.example> ; =1+2';
  const IDS = ['../../escape', '/etc/passwd', 'C:\\Windows\\win.ini', '..', '.hidden', 'con', 'Harbour', 'harbour', 'x'.repeat(300), `x`.repeat(300) + 'y', 'emoji-😀', ...FORMULAS];

  let once: Promise<{ root: string; out: string }> | undefined;
  const hostileRun = () => (once ??= runHostile());

  async function runHostile(): Promise<{ root: string; out: string }> {
    const root = tempDir('fw-hostile-');
    const input = join(root, 'in');
    mkdirSync(input);
    const records = IDS.map((id, i) => ({
      id,
      source: FORMULAS[i % FORMULAS.length],
      title: `${FORMULAS[(i + 1) % FORMULAS.length]} ${INJECTION}`,
      url: 'javascript:alert(1)',
      text: `The harbour master "said" the tide tables were wrong. ${INJECTION}\n${FORMULAS.join(' ')} the harbour master again.`,
    }));
    writeFileSync(join(input, 'hostile.jsonl'), records.map((r) => JSON.stringify(r)).join('\n'));
    const out = join(root, 'out');
    const outcome = await runPipeline(runOptions([input], out));
    expect(outcome.documents).toBe(IDS.length);
    expect(outcome.markers).toBeGreaterThan(0);
    return { root, out };
  }

  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));

  it('writes every file inside the output folder, under safe, bounded, distinct names', async () => {
    const { root, out } = await hostileRun();
    expect(readdirSync(root).sort()).toEqual(['in', 'out']);
    const docs = readdirSync(join(out, 'documents'));
    expect(docs).toHaveLength(2 * IDS.length);
    for (const name of docs) {
      expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*\.(csv|md)$/);
      expect(name).not.toContain('..');
      expect(name.length).toBeLessThanOrEqual(95);
    }
    expect(new Set(docs.map((d) => d.toLowerCase())).size).toBe(docs.length);
  });

  it('neutralises formula cells in every CSV it writes', async () => {
    const { out } = await hostileRun();
    const csvs = walk(out).filter((f) => f.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThan(IDS.length);
    let cells = 0;
    for (const file of csvs) {
      for (const row of parse(readFileSync(file), { relax_column_count: true }) as string[][]) {
        for (const cell of row) {
          cells++;
          if (/^-\d+(\.\d+)?$/.test(cell)) continue; // a negative number is data
          expect(cell, `${file}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
        }
      }
    }
    expect(cells).toBeGreaterThan(100);
    expect(readFileSync(join(out, 'documents.csv'), 'utf8')).toContain(`'=HYPERLINK`);
  });

  it('escapes article text in the Markdown reports: no raw HTML, links or images', async () => {
    const { out } = await hostileRun();
    const mds = walk(join(out, 'documents')).filter((f) => f.endsWith('.md'));
    expect(mds).toHaveLength(IDS.length);
    for (const file of mds) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).toContain('harbour master');
      expect(text, file).not.toMatch(/(?<!\\)<(script|img|http)/i);
      expect(text, file).not.toMatch(/(?<!\\)\]\(/);
      expect(text, file).not.toMatch(/(?<!\\)!\[/);
      expect(text, file).not.toMatch(/^\s*[=+@-]?\s*(<|\[|!\[)/m);
    }
  });
});
