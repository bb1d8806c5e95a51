// quotes.csv: one row per quoted span.
import type { DocResult } from '../types.ts';
import { csvRows } from './csv.ts';

export const QUOTE_COLUMNS = ['doc_id', 'start', 'end', 'kind', 'text', 'speaker', 'cue', 'cue_start', 'cue_end', 'section'] as const;

export function quoteRows(r: DocResult): string {
  return csvRows(
    r.detection.quotes.map((q) => [r.article.id, q.start, q.end, q.kind, q.text, q.speaker, q.cue, q.cueStart, q.cueEnd, q.section]),
  );
}
