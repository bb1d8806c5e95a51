import { describe, expect, it } from 'vitest';
import { textArticle } from '../pipeline/analyze.ts';
import { normalize } from '../pipeline/normalize.ts';
import { forEachTerm, score, stem, termLine } from '../pipeline/score.ts';
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
    const counts = new Map<string, number>();
    const surfaces = new Map<string, string>();
    forEachTerm(s.terms, (term, n, surface) => {
      counts.set(term, n);
      surfaces.set(term, surface);
    });
    expect(counts.get(stem('strikes'))).toBe(1);
    // a two-word phrase is kept only where the document repeats it
    expect(counts.get(`${stem('israeli')} ${stem('forces')}`)).toBe(2);
    expect(counts.has(`${stem('forces')} ${stem('struck')}`)).toBe(false);
    expect(counts.has('the')).toBe(false);
    expect(surfaces.get(stem('residents'))).toBe('residents');
    expect(surfaces.get('the')).toBeUndefined();
  });

  it('writes each term on its own line, with its surface form only where it differs', () => {
    expect(termLine('occup', 3, 'occupation')).toBe('occup\t3\toccupation');
    expect(termLine('gaza', 2, 'gaza')).toBe('gaza\t2');
    const read: [string, number, string][] = [];
    forEachTerm('occup\t3\toccupation\ngaza\t2\nisra forc\t2\tisraeli forces', (...t) => read.push(t));
    expect(read).toEqual([['occup', 3, 'occupation'], ['gaza', 2, 'gaza'], ['isra forc', 2, 'israeli forces']]);
    forEachTerm('', () => expect.unreachable());
  });
});
