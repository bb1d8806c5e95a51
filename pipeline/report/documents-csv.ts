// documents.csv: one row per document, with counts and rates per 1,000 tokens for every category.
import type { DocScore } from '../types.ts';
import { csvRows, type Cell } from './csv.ts';

export function documentColumns(categories: string[]): string[] {
  return [
    'doc_id', 'source', 'title', 'date', 'url', 'path', 'tokens', 'sentences', 'markers',
    ...categories.map((c) => `n_${c}`),
    ...categories.map((c) => `per1k_${c}`),
    'report', 'lexicons',
  ];
}

export function total(counts: Record<string, number> | undefined): number {
  return counts ? Object.values(counts).reduce((a, b) => a + b, 0) : 0;
}

export function per1k(n: number, tokens: number): string {
  return tokens > 0 ? ((n * 1000) / tokens).toFixed(2) : '0.00';
}

export function documentRow(s: DocScore, categories: string[], report: string, lexiconHash: string): string {
  const n = categories.map((c) => total(s.categories[c]));
  const row: Cell[] = [
    s.docId, s.source, s.title, s.date, s.url, s.path, s.tokens, s.sentences, s.markers,
    ...n, ...n.map((k) => per1k(k, s.tokens)), report, lexiconHash,
  ];
  return csvRows([row]);
}
