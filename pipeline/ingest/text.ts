// .txt / .md articles in the house layout: headline, standfirst, "-", caption, body.
import type { Article } from '../types.ts';

export function textArticle(content: string, ctx: { path: string; id: string; source: string }): Article {
  const text = content.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new Error('empty file');
  const title = (text.split('\n').find((l) => l.trim() !== '') ?? '').trim();
  return { id: ctx.id, source: ctx.source, title, date: '', url: '', byline: '', path: ctx.path, text, layout: 'article', hasTitle: true };
}
