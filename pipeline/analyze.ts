// One text through the pipeline with the default lexicons: for tests, examples and evaluations.
import type { CompiledLexicon } from './lexicon/compile.ts';
import { loadLexicons } from './lexicon/load.ts';
import { analyzeArticle } from './run.ts';
import type { Article, Detection } from './types.ts';

let defaults: Promise<CompiledLexicon> | undefined;

export function defaultLexicon(): Promise<CompiledLexicon> {
  defaults ??= loadLexicons({ examples: false }).then((r) => r.lexicon);
  return defaults;
}

export function textArticle(text: string, title = ''): Article {
  return {
    id: 'text', source: 'text', title, date: '', url: '', path: '', byline: '',
    text: title ? `${title}\n\n${text}` : text, layout: 'record', hasTitle: title !== '',
  };
}

export async function analyzeText(text: string, options: { title?: string; lexicon?: CompiledLexicon } = {}): Promise<Detection> {
  const lexicon = options.lexicon ?? (await defaultLexicon());
  return analyzeArticle(textArticle(text, options.title), lexicon).result.detection;
}
