// A record (JSONL line, JSON object, CSV row) -> Article, finding fields under their common names.
import type { Article } from '../types.ts';

export const FIELD_NAMES = {
  id: ['id', 'ID', 'doc_id'],
  source: ['source', 'outlet', 'publisher', 'source_name'],
  title: ['title', 'headline'],
  date: ['date', 'published', 'published_at'],
  url: ['url', 'link'],
  text: ['text', 'body', 'content', 'content_original', 'article'],
  byline: ['byline', 'author', 'authors'],
} as const;

export type Field = keyof typeof FIELD_NAMES;
/** --map overrides: field -> column name */
export type FieldMap = Partial<Record<Field, string>>;

export function parseFieldMap(pairs: string[]): FieldMap {
  const map: FieldMap = {};
  for (const pair of pairs) {
    const m = /^([a-z_]+)=(.+)$/.exec(pair);
    if (!m || !(m[1]! in FIELD_NAMES)) {
      throw new Error(`--map takes <field>=<column> with field one of ${Object.keys(FIELD_NAMES).join(', ')}; found '${pair}'`);
    }
    map[m[1] as Field] = m[2]!;
  }
  return map;
}

function pick(record: Record<string, unknown>, field: Field, map: FieldMap): string {
  const names = map[field] !== undefined ? [map[field]!] : FIELD_NAMES[field];
  for (const name of names) {
    const v = record[name];
    if (v === undefined || v === null) continue;
    // a list of paragraphs (each perhaps a list of sentences) is body text; other lists are names
    if (Array.isArray(v)) {
      return field === 'text'
        ? v.map((p) => (Array.isArray(p) ? p.map(String).join(' ') : String(p))).join('\n')
        : v.map(String).join(', ');
    }
    return String(v);
  }
  return '';
}

export interface RecordContext {
  /** the file the record came from, plus #<line or index> */
  path: string;
  /** the fallback id and source when the record has none */
  fallbackId: string;
  fallbackSource: string;
}

/**
 * The record's text is its title, a blank line, then the text field (the text alone without a title). A
 * text that is the title itself (`--map text=title`, for a file of headlines alone) is the headline alone.
 */
export function recordToArticle(record: Record<string, unknown>, map: FieldMap, ctx: RecordContext): Article {
  let body = pick(record, 'text', map).replace(/\r\n?/g, '\n');
  if (body.trim() === '') {
    const names = map.text !== undefined ? [map.text] : FIELD_NAMES.text;
    throw new Error(`no text: none of the fields ${names.join(', ')} holds text (use --map text=<column>; for headlines alone, --map text=title)`);
  }
  const title = pick(record, 'title', map).replace(/\s+/g, ' ').trim();
  if (body.replace(/\s+/g, ' ').trim() === title) body = '';
  return {
    id: pick(record, 'id', map).trim() || ctx.fallbackId,
    source: pick(record, 'source', map).trim() || ctx.fallbackSource,
    title,
    date: pick(record, 'date', map).trim(),
    url: pick(record, 'url', map).trim(),
    byline: pick(record, 'byline', map).trim(),
    path: ctx.path,
    text: title && body ? `${title}\n\n${body}` : title || body,
    layout: 'record',
    hasTitle: title !== '',
  };
}
