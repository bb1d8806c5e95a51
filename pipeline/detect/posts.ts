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

/** A name of up to five words, each opening on a capital ('Guy', 'Der Spiegel's Christoph Reuter', 'the NYT'). */
const NAME = String.raw`(?:the[^\S\n]+)?\p{Lu}[\p{L}.&'’-]*(?:[^\S\n]+(?:of[^\S\n]+)?\p{Lu}[\p{L}.&'’-]*){0,4}`;
/**
 * A line that hands the next paragraph to another writer, ending on its colon: 'Here is Der Spiegel's Christoph
 * Reuter:', 'Here's a recent comment about the war from a student in Ohio:', 'From the NYT:', 'Jack Shafer, writing at
 * Politico:', 'I'll let Guy explain why:', 'Dana Levi writes:' (group 1 or 2: who the excerpt is from). Not the outlet's
 * own links or roundups ('More from The Example Post:', 'Here's a recap of the week from The Example Times:'), nor a list
 * or a label ('... included:', 'ANALYSIS/OPINION:').
 */
const EXCERPT_INTRO = new RegExp(
  String.raw`(?:^|[.!?][^\S\n]+)(?:Here(?:'s|’s|[^\S\n]+is)[^\S\n]+(?:(?:an?|the|some|one)[^\S\n]+[^:\n]{0,60}?[^\S\n]+(?:from|by)[^\S\n]+([^:\n]{2,60})|(${NAME}))|From[^\S\n]+(${NAME})|(${NAME}),[^\S\n]+writing[^\S\n]+(?:in|at|for|on)[^\S\n]+[^:\n]{2,40}|(?:I'll|I’ll|I[^\S\n]+will|Let[^\S\n]+me)[^\S\n]+let[^\S\n]+(${NAME})[^\S\n]+(?:explain|say|put[^\S\n]+it|tell[^\S\n]+it|take[^\S\n]+it[^\S\n]+from[^\S\n]+here)(?:[^\S\n]+(?:why|how|what))?|(${NAME})[^\S\n]+(?:writes|wrote|explains|explained|argues|argued|observes|observed|puts[^\S\n]+it|put[^\S\n]+it))[^\S\n]*:[^\S\n]*$`,
  'u',
);

/** A publication's, a wire's or a broadcaster's name ('the NYT', 'the Wall Street Journal', 'Bloomberg'). */
const PUBLICATION =
  /\b(?:Times|Post|Journal|News|Press|Herald|Guardian|Telegraph|Reuters|AP|AFP|Bloomberg|NYT|WSJ|Tribune|Magazine|Review|Atlantic|Politico|Axios|CNN|BBC|NPR|Fox|Examiner|Monitor|Beast|Wire|Daily|Weekly|Gazette|Standard|Observer|Spectator|Economist|Affairs|Policy|Vox|Slate|Hill|Spiegel|Haaretz|Al[^\S\n]Jazeera|Le[^\S\n]Monde|Bulletin|Report|Chronicle|Sun|Mail|Mirror|Express|Independent|Star|Record)\b/u;
/**
 * Excerpts set out with no quote marks under a line that hands them to another writer (EXCERPT_INTRO): the one
 * paragraph after that line, its speaker the writer named. Words in it are that writer's, not the outlet's (a scare
 * quote in it is the excerpted writer's). A paragraph that opens on a quote mark is left to the quotations.
 */
export function introducedExcerpts(t: Tokenized): Post[] {
  const text = t.doc.text;
  const out: Post[] = [];
  const lines = [...text.matchAll(/[^\n]+/gu)].filter((m) => /\S/u.test(m[0]));
  for (let i = 0; i + 1 < lines.length; i++) {
    // (the line ends on its colon: most lines do not, and the pattern is costly to try at every sentence's end)
    if (!/:[^\S\n]*$/u.test(lines[i]![0])) continue;
    const m = EXCERPT_INTRO.exec(lines[i]![0]);
    if (!m) continue;
    const speaker = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? '').trim();
    const next = lines[i + 1]!;
    const lead = /^\s*/u.exec(next[0])![0].length;
    // ('From X:' only for a publication, a wire or a broadcaster: 'From Gaza:' labels the writer's own dispatch)
    if (m[3] !== undefined && !PUBLICATION.test(m[3])) continue;
    // (not the outlet's own roundup, 'Here's a recap of the week from The Example Times:')
    if (speaker === '' || /^(?:More|Read|See|Watch|Listen)\b/u.test(speaker) || /\b(?:recap|round-?up|wrap|summary|digest|highlights|more)\b/iu.test(m[0]) || /^["“‘'«]/u.test(next[0].slice(lead))) continue;
    out.push({ start: next.index! + lead, end: next.index! + next[0].length, speaker });
  }
  return out;
}
