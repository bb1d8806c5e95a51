// documents/<id>.md: one document's report — header, summary table, then each marker in its sentence,
// with the match in bold, grouped by section.
import { SECTIONS, type DocResult, type Sentence } from '../types.ts';
import { per1k, total } from './documents-csv.ts';
import { md, table } from './markdown.ts';

export function renderDocMarkdown(r: DocResult, text: string, sentences: Sentence[], lexiconHash: string): string {
  const a = r.article;
  const s = r.score;
  const out: string[] = [];
  out.push(`# ${md(a.title || a.id)}`, '');
  out.push(`- **Document:** ${md(a.id)}`);
  out.push(`- **Source:** ${md(a.source)}`);
  if (a.date) out.push(`- **Date:** ${md(a.date)}`);
  if (a.url) out.push(`- **URL:** ${md(a.url)}`);
  out.push(`- **Tokens:** ${s.tokens} · **Sentences:** ${s.sentences} · **Markers:** ${s.markers}`);
  out.push(`- **Lexicons:** ${lexiconHash}`, '');
  const cats = Object.keys(s.categories).sort();
  out.push('## Summary', '');
  if (cats.length === 0) out.push('No markers.');
  else {
    out.push(
      table(
        ['category', 'count', 'per 1,000 tokens', 'author', 'quoted', 'attributed'],
        cats.map((c) => {
          const v = s.categories[c]!;
          return [c, total(v), per1k(total(v), s.tokens), v.author, v.quoted, v.attributed];
        }),
      ),
    );
  }
  out.push('');
  const markers = r.detection.markers;
  for (const section of SECTIONS) {
    const inSection = markers.filter((m) => m.section === section);
    if (inSection.length === 0) continue;
    out.push(`## ${section[0]!.toUpperCase()}${section.slice(1)}`, '');
    for (const m of inSection) {
      const sent = sentences[m.sentence];
      const from = sent ? Math.min(sent.start, m.start) : m.start;
      const to = sent ? Math.max(sent.end, m.end) : m.end;
      const quoted = `${md(text.slice(from, m.start))}**${md(m.text)}**${md(text.slice(m.end, to))}`;
      const tags = [m.category, m.entry, `voice: ${m.voice}`];
      if (m.speaker) tags.push(`speaker: ${md(m.speaker)}`);
      if (m.stance) tags.push(`stance: ${m.stance}`);
      if (m.form) tags.push(`form: ${m.form}`);
      out.push(`- ${quoted}  \n  _${tags.join(' · ')}_ (${m.start}–${m.end})`);
    }
    out.push('');
  }
  if (r.detection.warnings.length > 0) {
    out.push('## Warnings', '');
    for (const w of r.detection.warnings) out.push(`- ${w.code}: ${md(w.message)}`);
    out.push('');
  }
  return out.join('\n');
}
