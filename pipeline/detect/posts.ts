// Embedded social-media posts: pure. A post copied into an article keeps its signature line ("— Dana Levi
// (@danalevi) March 3, 2025"), with no quote marks around the words; they are the poster's, not the
// outlet's. Each post is a stretch of speech for voice (see voice.ts), its speaker the name signed.
import type { Tokenized } from '../types.ts';

export interface Post {
  start: number;
  end: number;
  speaker: string;
}

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
/** The signature: a dash, the name, the handle in parentheses, the date. */
const SIGNATURE = new RegExp(String.raw`(?:[—–]|--?)[^\S\n]*(\p{Lu}[^\n(—–]{0,78}?)[^\S\n]*\(@\w{1,30}\)[^\S\n]*${MONTH}[^\S\n]+\d{1,2},[^\S\n]+\d{4}`, 'gu');
/** A paragraph's break: a line break, or a run of spaces. */
const BREAK = /\n| {3,}/gu;
/** How far back a post's words reach from its signature, at most (a post is short). */
const REACH = 400;

/** The posts of a document, in order. A post begins after the line break (or the run of spaces some
 * extractions put between paragraphs) before its signature, or the end of the post before it; with
 * neither within reach, the post is left out. */
export function embeddedPosts(t: Tokenized): Post[] {
  const text = t.doc.text;
  const posts: Post[] = [];
  let floor = 0;
  for (const m of text.matchAll(SIGNATURE)) {
    const end = m.index;
    const from = Math.max(floor, end - REACH);
    // (no break within reach: the post's start is unknown, and the words before may be the outlet's)
    let start = from === floor ? floor : -1;
    for (const b of text.slice(from, end).matchAll(BREAK)) start = from + b.index + b[0].length;
    floor = m.index + m[0].length;
    if (start === -1) continue;
    while (start < end && /\s/u.test(text[start]!)) start++;
    if (end - start >= 2) posts.push({ start, end, speaker: m[1]!.trim() });
  }
  return posts;
}
