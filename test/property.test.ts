// Property tests: random Unicode and quote-mark soup never crashes normalize, tokenize or detect, and
// every offset the pipeline reports points back at its own text in the document.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../pipeline/analyze.ts';
import { docFileName, analyzeArticle } from '../pipeline/run.ts';
import type { Article } from '../pipeline/types.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

/** Characters that stress the quote, dash, space and line handling. */
const SOUP = [
  '"', "'", '\u2018', '\u2019', '\u201A', '\u201B', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB',
  '\u2039', '\u203A', '\u300C', '\u300D', '\u300E', '\u300F', '\uFF02', '\uFF07', '`', '\u00B4', '\u2032', '\u2033',
  '-', '\u2010', '\u2013', '\u2014', '\u2212', ' ', '\u00A0', '\u2009', '\u202F', '\u200B', '\u00AD', '\uFEFF',
  '\t', '\n', '\n\n', '\r', '\r\n', '\u2028', '\u2029', '\u0301', '\u200D', '\u202E', '\uD83D\uDE00', '\uD800', '\uDC00',
  '.', ',', '!', '?', ':', ';', '(', ')', '[', ']', '*', '_', '#', '<', '>', '&', '|', '\\', '/', '...', '\u2026',
];

/** Words and phrases that lexicon entries, attribution and scare-quote detection react to. */
const WORDS = [
  'said', 'says', 'claimed', 'told reporters', 'according to', 'so-called', 'self-styled', 'quote, unquote',
  'the regime', 'militants', 'terrorists', 'fighters', 'occupied', 'disputed', 'West Bank', 'Gaza', 'Israel',
  'Hamas', 'officials', 'a spokesperson', 'The', 'the', 'He', 'she', 'they', 'ceasefire', 'war', 'killed', 'died',
  'Mr', 'Dr.', 'U.S.', '2025', '-', 'harbour master', 'tide tables', 'ministry', 'sources', 'reportedly',
];

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...SOUP) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 4 }) },
);

/** tokens run together or apart, so quote marks land inside, before and after words */
const soup = fc.array(fc.tuple(token, fc.constantFrom(' ', '', '', '\n')), { maxLength: 80 }).map((p) => p.map(([t, sep]) => t + sep).join(''));
const spaced = fc.array(token, { maxLength: 80 }).map((parts) => parts.join(' '));
const text = fc.oneof(soup, spaced);

const article = fc.record({ text, title: fc.oneof(fc.constant(''), spaced), layout: fc.constantFrom('article', 'record') }).map(
  ({ text: body, title, layout }): Article => ({
    id: 'prop', source: 'prop', date: '', url: '', byline: '', path: 'prop.txt',
    title: layout === 'record' ? title : '',
    text: layout === 'record' && title ? `${title}\n\n${body}` : body,
    layout: layout as Article['layout'],
    hasTitle: layout === 'article' || title !== '',
  }),
);

describe('random text through normalize, tokenize and detect', () => {
  it('never throws, and every marker, quote and token is the slice of the text at its offsets', async () => {
    const lexicon = await defaultLexicon();
    fc.assert(
      fc.property(article, (a) => {
        const { result, tokenized } = analyzeArticle(a, lexicon);
        const n = a.text.length;
        for (const m of result.detection.markers) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(n);
          expect(m.start).toBeLessThanOrEqual(m.end);
          expect(m.text).toBe(a.text.slice(m.start, m.end));
        }
        for (const q of result.detection.quotes) {
          expect(0 <= q.start && q.start <= q.end && q.end <= n).toBe(true);
        }
        for (const t of tokenized.tokens) {
          // (but the first half of a doubled apostrophe, a double quote mark in news archives, reads as one)
          const raw = a.text.slice(t.start, t.end);
          expect(t.value).toBe(raw === "'" && tokenized.doc.match[t.start] === '"' ? '"' : raw);
        }
        expect(tokenized.doc.match.length).toBe(n);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('document file names', () => {
  const id = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 120 }),
    fc.array(fc.constantFrom('a', 'B', '.', '..', '/', '\\', '-', '_', ' ', 'con', '0123456789'), { maxLength: 30 }).map((p) => p.join('')),
  );

  it('are safe and bounded: no separators, no "..", no leading dot', () => {
    fc.assert(
      fc.property(id, (s) => {
        const name = docFileName(s);
        expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
        expect(name).not.toContain('..');
        expect(name.length).toBeLessThanOrEqual(91);
      }),
      { numRuns: 300 },
    );
  });

  it('never collide, not even on a case-insensitive file system', () => {
    fc.assert(
      fc.property(fc.uniqueArray(id, { minLength: 2, maxLength: 20 }), (ids) => {
        const names = ids.map((s) => docFileName(s).toLowerCase());
        expect(new Set(names).size).toBe(ids.length);
      }),
      { numRuns: 200 },
    );
  });

  it('keep a plain lower-case id as it is', () => {
    expect(docFileName('ww-2025-03-01')).toBe('ww-2025-03-01');
    expect(docFileName('harbour.report_7')).toBe('harbour.report_7');
    // these look like a hashed name, a Windows device, or differ from another id only by case
    for (const s of ['ww-0123456789', 'con', 'Harbour']) expect(docFileName(s)).toMatch(/^.+-[0-9a-f]{10}$/);
  });
});
