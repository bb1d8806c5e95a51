import { describe, expect, it } from 'vitest';
import { textArticle } from '../pipeline/analyze.ts';
import { normalize } from '../pipeline/normalize.ts';
import { score, stem } from '../pipeline/score.ts';
import { tokenize } from '../pipeline/tokenize.ts';
import type { Detection, Marker } from '../pipeline/types.ts';

const marker = (over: Partial<Marker>): Marker => ({
  start: 0, end: 1, category: 'naming', entry: 'e', text: 'x', section: 'body', sentence: 0, voice: 'author',
  speaker: '', stance: '', referent: '', form: '', context: '', ...over,
});

describe('score', () => {
  const article = textArticle('Israeli forces struck the camp. Residents said the strikes continued. Israeli forces left.');
  const t = tokenize(normalize(article));
  const detection: Detection = {
    quotes: [],
    warnings: [],
    markers: [
      marker({ category: 'naming', referent: 'israel-state', form: 'common' }),
      marker({ category: 'naming', referent: 'israel-state', form: 'common', voice: 'quoted' }),
      marker({ category: 'scare-quote', referent: 'israel-state', entry: 'israel' }),
      marker({ category: 'attribution', stance: 'neutral', speaker: 'Residents', entry: 'said' }),
      marker({ category: 'attribution', stance: 'distancing', speaker: 'anonymous', entry: 'claimed' }),
    ],
  };
  const { text: _t, ...meta } = article;
  const s = score(meta, t, detection);

  it('counts categories by voice', () => {
    expect(s.categories.naming).toEqual({ author: 1, quoted: 1, attributed: 0 });
    expect(s.markers).toBe(5);
  });

  it('counts referent forms and scare-quoted mentions apart', () => {
    expect(s.referents['israel-state']).toEqual({ e: { author: 1, quoted: 1, attributed: 0 } });
    expect(s.scareQuoted).toEqual({ 'israel-state': 1 });
  });

  it('lists attribution cues with named and anonymous sources', () => {
    expect(s.cues).toEqual([
      { stance: 'neutral', speaker: 'Residents', anonymous: false, entry: 'said' },
      { stance: 'distancing', speaker: 'anonymous', anonymous: true, entry: 'claimed' },
    ]);
  });

  it('counts stemmed unigrams and bigrams without stop words or punctuation', () => {
    expect(s.tokens).toBe(13);
    expect(s.terms[stem('strikes')]).toBe(1);
    // a two-word phrase is kept only where the document repeats it
    expect(s.terms[`${stem('israeli')} ${stem('forces')}`]).toBe(2);
    expect(s.terms[`${stem('forces')} ${stem('struck')}`]).toBeUndefined();
    expect(s.terms.the).toBeUndefined();
    expect(s.surfaces[stem('residents')]).toBe('residents');
  });
});
