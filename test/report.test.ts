import { describe, expect, it } from 'vitest';
import { csv, safeCell } from '../pipeline/report/csv.ts';
import { renderDocMarkdown } from '../pipeline/report/doc-markdown.ts';
import { md } from '../pipeline/report/markdown.ts';
import { docFileName, analyzeArticle } from '../pipeline/run.ts';
import { defaultLexicon, textArticle } from '../pipeline/analyze.ts';

describe('csv', () => {
  it('neutralises cells that a spreadsheet would run as a formula', () => {
    for (const bad of ['=SUM(A1)', '+1', '-2+3', '@cmd', '\tx', '\rx']) expect(safeCell(bad)).toBe(`'${bad}`);
    expect(safeCell('plain')).toBe('plain');
    expect(safeCell(-1)).toBe(-1);
    expect(csv(['a', 'b'], [['=1+1', 'x, "y"']])).toBe('a,b\n\'=1+1,"x, ""y"""\n');
  });
});

describe('markdown', () => {
  it('escapes article text so no HTML, links or images come through', () => {
    expect(md('<img src=x> [link](http://e.org) ![i](p.png) *b* `c`')).toBe(
      '\\<img src=x\\> \\[link\\]\\(http://e.org\\) \\!\\[i\\]\\(p.png\\) \\*b\\* \\`c\\`',
    );
  });

  it('leaves plain text as it is, and escapes the rest character by character', () => {
    expect(md('The minister said the talks would resume on Monday.')).toBe('The minister said the talks would resume on Monday.');
    expect(md('- a list item? no: = nor a heading')).toBe('\\- a list item? no: = nor a heading');
    expect(md('=x')).toBe('\\=x');
    expect(md('one\ttwo\r\nthree & four')).toBe('one two three &amp; four');
    expect(md('a_b (c)')).toBe('a\\_b \\(c\\)');
  });

  it('renders a document report with the match in bold, grouped by section', async () => {
    const article = textArticle('The regime said <b>no</b>.', 'Regime talks');
    const { result, tokenized } = analyzeArticle(article, await defaultLexicon());
    const out = renderDocMarkdown(result, article.text, tokenized.sentences, 'h');
    expect(out).toMatch(/^# Regime talks/);
    expect(out).toContain('## Summary');
    expect(out).not.toContain('<b>');
  });
});

describe('document file names', () => {
  it('are safe, bounded and collision-free', () => {
    expect(docFileName('ww-2025-03-01')).toBe('ww-2025-03-01');
    const names = ['../etc/passwd', '/abs/path', 'a/b', 'a_b', 'x'.repeat(500), '..', ''].map(docFileName);
    for (const n of names) {
      expect(n).not.toMatch(/\.\.|^\/|[\\/]/);
      expect(n.length).toBeLessThanOrEqual(100);
    }
    expect(new Set(names).size).toBe(names.length);
  });
});
