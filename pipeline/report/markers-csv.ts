// markers.csv and documents/<id>.csv: one row per marker.
import type { DocResult, Marker } from '../types.ts';
import { csv, type Cell } from './csv.ts';

export const MARKER_COLUMNS = [
  'doc_id', 'source', 'section', 'sentence', 'start', 'end', 'category', 'entry', 'text',
  'voice', 'speaker', 'stance', 'context', 'referent', 'form', 'lexicons',
] as const;

export function markerRow(r: Pick<DocResult, 'article'>, m: Marker, lexiconHash: string): Cell[] {
  return [
    r.article.id, r.article.source, m.section, m.sentence, m.start, m.end, m.category, m.entry, m.text,
    m.voice, m.speaker, m.stance, m.context, m.referent, m.form, lexiconHash,
  ];
}

export function renderDocCsv(r: DocResult, lexiconHash: string): string {
  return csv([...MARKER_COLUMNS], r.detection.markers.map((m) => markerRow(r, m, lexiconHash)));
}
