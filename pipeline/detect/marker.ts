// Building a Marker from a span: section, sentence and context come from the span's position.
import { sectionAt } from '../normalize.ts';
import { sentenceAt } from '../tokenize.ts';
import type { Marker, Tokenized } from '../types.ts';

export const CONTEXT_MAX = 200;

/** The sentence around [start, end), cut to at most CONTEXT_MAX characters around the span. */
export function contextOf(t: Tokenized, sentence: number, start: number, end: number): string {
  const s = t.sentences[sentence];
  const from = s ? Math.min(s.start, start) : start;
  const to = s ? Math.max(s.end, end) : end;
  if (to - from <= CONTEXT_MAX) return t.doc.text.slice(from, to);
  const spare = Math.max(0, CONTEXT_MAX - (end - start));
  let a = Math.max(from, start - Math.floor(spare / 2));
  const b = Math.min(to, a + CONTEXT_MAX);
  a = Math.max(from, b - CONTEXT_MAX);
  return t.doc.text.slice(a, b);
}

export function makeMarker(
  t: Tokenized,
  start: number,
  end: number,
  fields: Pick<Marker, 'category' | 'entry'> & Partial<Marker>,
): Marker {
  const sentence = sentenceAt(t.sentences, start);
  return {
    start,
    end,
    text: t.doc.text.slice(start, end),
    section: sectionAt(t.doc.sections, start),
    sentence,
    voice: 'author',
    speaker: '',
    stance: '',
    referent: '',
    form: '',
    context: contextOf(t, sentence, start, end),
    ...fields,
  };
}
