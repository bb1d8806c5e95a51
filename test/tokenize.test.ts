import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { textArticle } from '../pipeline/analyze.ts';
import { normalize } from '../pipeline/normalize.ts';
import { isModelWord, learnedWords, RELEARN_AFTER, renewEngine, sentenceAt, tokenize } from '../pipeline/tokenize.ts';

describe('tokenize', () => {
  const text = 'Gaza’s officials said talks would resume.\nThe envoy “welcomed” the news. Others did not.';
  const t = tokenize(normalize(textArticle(text, 'Talks to resume')));

  it('gives every token exact offsets into the document text', () => {
    for (const tok of t.tokens) expect(t.doc.text.slice(tok.start, tok.end)).toBe(tok.value);
    expect(t.tokens.some((tok) => tok.value === 'Gaza')).toBe(true);
  });

  it('tags parts of speech and lemmas with wink-nlp', () => {
    const said = t.tokens.find((tok) => tok.value === 'said')!;
    expect(said.pos).toBe('VERB');
    expect(said.lemma).toBe('say');
    expect(t.tokens.find((tok) => tok.value === 'officials')!.pos).toBe('NOUN');
  });

  it('never lets a sentence cross a line break', () => {
    expect(t.sentences.map((s) => t.doc.text.slice(s.start, s.end))).toEqual([
      'Talks to resume',
      'Gaza’s officials said talks would resume.',
      'The envoy “welcomed” the news.',
      'Others did not.',
    ]);
    expect(t.sentences.map((s) => s.section)).toEqual(['headline', 'body', 'body', 'body']);
  });

  it('keeps a name with Latin letters beyond Latin-1 one token, read from the raw text ("Erdoğan", "Çavuşoğlu")', () => {
    const u = tokenize(normalize(textArticle('Mevlüt Çavuşoğlu said Recep Tayyip Erdoğan would call.')));
    expect(u.tokens.map((x) => x.value)).toEqual(['Mevlüt', 'Çavuşoğlu', 'said', 'Recep', 'Tayyip', 'Erdoğan', 'would', 'call', '.']);
    expect(u.tokens[1]!.pos).toBe('PROPN');
    expect(u.tokens[5]!.pos).toBe('PROPN');
  });

  it('keeps a sentence whole after an abbreviation wink ends it at', () => {
    const u = tokenize(normalize(textArticle('“It passed,” Rep. Ann Lee (D-Md.) said. Then she left.')));
    expect(u.sentences.map((s) => u.doc.text.slice(s.start, s.end))).toEqual(['“It passed,” Rep. Ann Lee (D-Md.) said.', 'Then she left.']);
  });

  it('keeps a title\'s abbreviation and its stop one token, and the sentence whole after it ("Rear Adm.", "Maj.")', () => {
    const u = tokenize(normalize(textArticle('A spokesman, Rear Adm. Dana Levi, said Maj. Tom Reed left. Amb. Nora Quinn stayed.')));
    expect(u.sentences.map((s) => u.doc.text.slice(s.start, s.end))).toEqual(['A spokesman, Rear Adm. Dana Levi, said Maj. Tom Reed left.', 'Amb. Nora Quinn stayed.']);
    expect(u.tokens.map((x) => x.value)).toContain('Adm.');
    expect(u.tokens.map((x) => x.value)).toContain('Maj.');
  });

  it('keeps a sentence whole across a state abbreviation wink cuts at its inner full stop ("N.Y.")', () => {
    const u = tokenize(normalize(textArticle('Sen. Tom Reed (D-N.Y.) also voted no and Democrats followed. The vote failed.')));
    expect(u.sentences.map((s) => u.doc.text.slice(s.start, s.end))).toEqual(['Sen. Tom Reed (D-N.Y.) also voted no and Democrats followed.', 'The vote failed.']);
  });

  it('still ends a sentence at a full stop with no space after it between words ("troops.In")', () => {
    const u = tokenize(normalize(textArticle('The army sent more troops.In the north the fighting went on.')));
    expect(u.sentences).toHaveLength(2);
  });

  it('reads a capitalised "Will" as a name when the text names a person Will', () => {
    const u = tokenize(normalize(textArticle('Columnist Gary Will wrote on Sunday. Will described the plan as a folly, and Will argues it will fail. Will it pass?')));
    const wills = u.tokens.filter((x) => x.value === 'Will').map((x) => x.pos);
    expect(wills).toEqual(['PROPN', 'PROPN', 'PROPN', 'AUX']);
  });

  it('leaves "Will" a modal when no person Will is named', () => {
    const u = tokenize(normalize(textArticle('Trump Will Win, the banner read. Will voters agree?')));
    expect(u.tokens.filter((x) => x.value === 'Will').map((x) => x.pos)).toEqual(['AUX', 'AUX']);
  });

  it('reads "think tank" as a noun, not the verb "think" with its subject', () => {
    const pos = (text: string, word: string) => tokenize(normalize(textArticle(text))).tokens.find((x) => x.value === word)!.pos;
    expect(pos('The plan may fail, says a Washington think tank.', 'think')).toBe('NOUN');
    expect(pos('Two think tanks studied the plan.', 'think')).toBe('NOUN');
    expect(pos('I think tanks will be sent.', 'think')).toBe('VERB');
    expect(pos('People think tanks are useless.', 'think')).toBe('VERB');
  });

  it('numbers tokens by sentence and finds the sentence of an offset', () => {
    for (const s of t.sentences) for (let i = s.tokenStart; i < s.tokenEnd; i++) expect(t.tokens[i]!.sentence).toBe(s.index);
    expect(sentenceAt(t.sentences, t.doc.text.indexOf('Others'))).toBe(3);
  });
});

describe('tokenize determinism', () => {
  it('gives a document the same tokens whatever was read before it', () => {
    const target = textArticle("Israel's army and Gaza's residents; the forces' commander said Hezbollah's men left.");
    const before = tokenize(normalize(target)).tokens.map((t) => `${t.value}/${t.pos}`);
    for (const text of [
      "Israel's, Gaza's; Hezbollah's. forces'. Israel's\nIsrael's army", "(Israel's) 'Israel's' Israel's-backed",
      "Residents of Khan Younis's camps said Israel's strikes hit Rafah's crossing.",
    ]) tokenize(normalize(textArticle(text)));
    expect(tokenize(normalize(target)).tokens.map((t) => `${t.value}/${t.pos}`)).toEqual(before);
  });

  it('bounds what wink learns: a fresh instance forgets the words and gives the same tokens', () => {
    const target = textArticle('Qarzhavi and Vellmorit met in Tzanbur; Qarzhavi said the Vellmorit plan stands.');
    const tokens = () => tokenize(normalize(target)).tokens.map((t) => `${t.value}/${t.normal}/${t.pos}`);
    const before = tokens();
    expect(learnedWords()).toBeGreaterThan(0);
    // again and again: the model's modules keep state between instances (one loader re-encodes its data
    // on every call, so the fifth instance would not fit in memory) unless they are loaded afresh
    for (let k = 0; k < 5; k++) {
      renewEngine();
      expect(tokens()).toEqual(before);
      expect(learnedWords()).toBeLessThan(20);
    }
    // the loader that re-encodes its data (wink-eng-lite-web-model's metaCER) has run for one instance only
    const model = createRequire(import.meta.url)('wink-eng-lite-web-model') as { metaCER(): { machines: string } };
    expect(model.metaCER().machines.length).toBeLessThan(10_000);
    expect(RELEARN_AFTER).toBeGreaterThan(10_000);
  });
});

describe('tokenize edge cases', () => {
  it('handles empty and whitespace-only text', () => {
    for (const text of ['', '   ', '\n\n']) expect(tokenize(normalize(textArticle(text))).tokens).toEqual([]);
  });
});

describe('isModelWord', () => {
  it("knows the model's own English words, in any case, and not a name it was not built with, even once a document taught it", () => {
    expect(isModelWord('shock')).toBe(true);
    expect(isModelWord('PROOF')).toBe(true);
    expect(isModelWord('Varga')).toBe(false);
    tokenize(normalize(textArticle('Zeb Varga spoke to the dockers at the pier.')));
    expect(isModelWord('Varga')).toBe(false);
  });
});
