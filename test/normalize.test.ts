import { describe, expect, it } from 'vitest';
import { foldText, isSubhead, layoutSections, normalize, sectionAt } from '../pipeline/normalize.ts';
import { textArticle } from '../pipeline/analyze.ts';
import type { Article } from '../pipeline/types.ts';

const article = (text: string, layout: Article['layout'] = 'article'): Article => ({
  ...textArticle(text),
  layout,
  hasTitle: true,
});

describe('normalize', () => {
  it('folds curly quotes, apostrophes, dashes and odd spaces without changing length', () => {
    const raw = 'Gaza’s “war” – it\u00A0was «over» ‘then’';
    const folded = foldText(raw);
    expect(folded).toBe('Gaza\'s "war" - it was "over" \'then\'');
    expect(folded.length).toBe(raw.length);
  });

  it('folds Latin letters beyond Latin-1 to their base letters without changing length ("Erdoğan", "Łukasz")', () => {
    const raw = 'Erdoğan, Çavuşoğlu, Łukasz, Aydıntaşbaş and Dāwūd; café and Müller stay';
    const folded = foldText(raw);
    expect(folded).toBe('Erdogan, Çavusoglu, Lukasz, Aydintasbas and Dawud; café and Müller stay');
    expect(folded.length).toBe(raw.length);
  });

  it('folds a doubled apostrophe to one double quote mark and a space, keeping the length', () => {
    const raw = "''Stop,'' he said of the ''plan'' and (''No'')";
    const folded = foldText(raw);
    expect(folded).toBe(' "Stop,"  he said of the  "plan"  and ( "No" )');
    expect(folded.length).toBe(raw.length);
  });

  it('keeps the raw text as the document text', () => {
    const doc = normalize(article('Headline “quoted”\nBody.'));
    expect(doc.text).toBe('Headline “quoted”\nBody.');
    expect(doc.match.length).toBe(doc.text.length);
  });

  it('reads the article layout: headline, standfirst, separator, caption, body and subheads', () => {
    const text = [
      'Talks resume in Cairo: Report',
      'Negotiators met again on Sunday after a pause of two weeks.',
      '-',
      'Delegates arrive at the venue on Sunday (AP)',
      'The first paragraph of the body says what happened.',
      'Second round expected',
      'The second paragraph gives more detail about the talks.',
    ].join('\n');
    const sections = layoutSections(foldText(text), { layout: 'article', hasTitle: true });
    expect(sections.map((s) => s.section)).toEqual(['headline', 'standfirst', 'caption', 'body', 'subhead', 'body']);
    for (const s of sections) expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
  });

  it('treats a record as an optional title then body paragraphs', () => {
    const text = 'A title\n\nFirst paragraph here.\nSecond paragraph here.';
    const sections = layoutSections(text, { layout: 'record', hasTitle: true });
    expect(sections.map((s) => s.section)).toEqual(['headline', 'body', 'body']);
    expect(layoutSections('Only body text.', { layout: 'record', hasTitle: false }).map((s) => s.section)).toEqual(['body']);
  });

  it('tells subheads from paragraphs', () => {
    expect(isSubhead('Syria seeks closer ties')).toBe(true);
    expect(isSubhead("Envoy warns 'Israel'")).toBe(true);
    expect(isSubhead('The talks ended without agreement.')).toBe(false);
    expect(isSubhead('This line has far too many words in it to be a short subhead at all')).toBe(false);
  });

  it('finds the section of an offset', () => {
    const sections = layoutSections('Head\n\nBody one.\nBody two.', { layout: 'record', hasTitle: true });
    expect(sectionAt(sections, 0)).toBe('headline');
    expect(sectionAt(sections, 8)).toBe('body');
  });
});
