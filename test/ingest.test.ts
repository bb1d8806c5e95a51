import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest, type IngestItem } from '../pipeline/ingest/index.ts';
import { parseFieldMap, recordToArticle } from '../pipeline/ingest/record.ts';
import { layoutSections } from '../pipeline/normalize.ts';

async function all(inputs: string[], map = {}): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of ingest(inputs, { map })) out.push(item);
  return out;
}

const ctx = { path: 'f.jsonl#1', fallbackId: 'f-1', fallbackSource: 'folder' };

describe('records', () => {
  it('finds fields under their common names', () => {
    const a = recordToArticle(
      { doc_id: 'd1', outlet: 'Wire', headline: 'Head', published_at: '2025-03-01', link: 'https://example.org/a', content: 'Body one.\nBody two.' },
      {},
      ctx,
    );
    expect(a).toMatchObject({ id: 'd1', source: 'Wire', title: 'Head', date: '2025-03-01', url: 'https://example.org/a', layout: 'record', hasTitle: true });
    expect(a.text).toBe('Head\n\nBody one.\nBody two.');
  });

  it('uses the text alone when there is no title, and fallbacks for id and source', () => {
    const a = recordToArticle({ body: 'Just a body.' }, {}, ctx);
    expect(a).toMatchObject({ id: 'f-1', source: 'folder', text: 'Just a body.', hasTitle: false });
  });

  it('lets --map override a field', () => {
    const map = parseFieldMap(['text=story', 'source=paper', 'id=row']);
    const a = recordToArticle({ row: 7, paper: 'P', story: 'S.', text: 'ignored' }, map, ctx);
    expect(a).toMatchObject({ id: '7', source: 'P', text: 'S.' });
    expect(() => parseFieldMap(['colour=red'])).toThrow(/--map takes <field>=<column>/);
  });

  it('refuses a record without text', () => {
    expect(() => recordToArticle({ title: 'x' }, {}, ctx)).toThrow(/no text: .*--map text=title/);
  });

  it('takes a text that is the title itself as the headline alone (--map text=title, a file of headlines)', () => {
    const headline = 'Harbour reopens after storm, says port authority';
    const a = recordToArticle({ title: headline }, parseFieldMap(['text=title']), ctx);
    expect(a).toMatchObject({ title: headline, text: headline, hasTitle: true });
    expect(layoutSections(a.text, a)).toEqual([{ section: 'headline', start: 0, end: headline.length }]);
    // the same words in both fields, spaced otherwise, are one headline too
    expect(recordToArticle({ title: headline, text: ` ${headline.replace(/ /g, '  ')}\n` }, {}, ctx).text).toBe(headline);
    // a body that differs keeps both
    expect(recordToArticle({ title: 'Harbour reopens', text: 'The harbour reopened.' }, {}, ctx).text).toBe('Harbour reopens\n\nThe harbour reopened.');
  });
});

describe('ingest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fw-ingest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'outlet-a'));
  writeFileSync(join(dir, 'outlet-a', 'story.txt'), '\uFEFFHeadline here\nStandfirst.\n-\nCaption (AP)\nBody.');
  writeFileSync(join(dir, 'feed.jsonl'), '{"id":"j1","source":"S","title":"T","text":"B."}\n\nnot json\n{"id":"j2","text":"C."}\n');
  writeFileSync(join(dir, 'list.json'), JSON.stringify([{ id: 'a1', text: 'A.' }, { id: 'a2', body: 'B.' }]));
  writeFileSync(join(dir, 'one.json'), JSON.stringify({ id: 'o1', text: 'O.' }));
  writeFileSync(join(dir, 'table.csv'), 'id,outlet,title,body\nc1,CSV Times,"Title, with comma","Line one.\nLine two."\n');
  writeFileSync(join(dir, 'ignored.bin'), 'x');

  it('reads every format, recursively and in sorted order', async () => {
    const items = await all([dir]);
    const ids = items.map((i) => ('article' in i ? i.article.id : `fail:${i.failure.docId}`));
    expect(ids).toEqual(['j1', 'fail:feed-3', 'j2', 'a1', 'a2', 'o1', 'outlet-a/story', 'c1']);
  });

  it('takes a text file\'s source from its folder and strips the BOM', async () => {
    const items = await all([join(dir, 'outlet-a')]);
    const a = (items[0] as { article: { source: string; text: string; title: string; layout: string } }).article;
    expect(a).toMatchObject({ source: 'outlet-a', title: 'Headline here', layout: 'article' });
    expect(a.text.startsWith('Headline')).toBe(true);
  });

  it('reports a JSONL line that does not parse with its line number', async () => {
    const items = await all([join(dir, 'feed.jsonl')]);
    const failure = items.find((i) => 'failure' in i) as { failure: { path: string; reason: string } };
    expect(failure.failure.path).toMatch(/feed\.jsonl#3$/);
    expect(failure.failure.reason).toMatch(/^line 3: invalid JSON/);
  });

  it('reads CSV with a header row and quoted multi-line cells', async () => {
    const items = await all([join(dir, 'table.csv')]);
    expect((items[0] as { article: { text: string; source: string } }).article).toMatchObject({
      source: 'CSV Times',
      text: 'Title, with comma\n\nLine one.\nLine two.',
    });
  });

  it('throws before any work for a missing input', async () => {
    await expect(all([join(dir, 'nope')])).rejects.toThrow(/input not found/);
  });
});

describe('records with paragraph lists', () => {
  it('joins a list of paragraphs (each a list of sentences) into body text', () => {
    const a = recordToArticle(
      { title: 'T', 'body-paragraphs': [['First sentence.', 'Second sentence.'], ['Next paragraph.']], authors: ['A', 'B'] },
      parseFieldMap(['text=body-paragraphs']),
      ctx,
    );
    expect(a.text).toBe('T\n\nFirst sentence. Second sentence.\nNext paragraph.');
    expect(a.byline).toBe('A, B');
  });
});
