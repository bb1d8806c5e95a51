// .html / .htm pages -> Article, through linkedom (a DOM without a browser) and @mozilla/readability (the
// article body without navigation and boilerplate). Keeps the title (as headline), byline, the date from
// meta tags and the paragraphs, one per line of the document text.
import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHTML } from 'linkedom';
import type { Article } from '../types.ts';
import { InputError } from './bytes.ts';

/** Meta tags that carry the publication date, in order of preference. */
const DATE_META = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'datePublished', 'date', 'pubdate',
  'publishdate', 'publish-date', 'DC.date.issued', 'DC.date', 'dcterms.created', 'dcterms.date', 'sailthru.date',
  'parsely-pub-date', 'article.published',
];
const AUTHOR_META = ['author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author'];

/** Elements that break text into paragraphs. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH',
  'THEAD', 'TR', 'UL', 'BR',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomDocument {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null }>;
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The content of the first meta tag (by name, property or itemprop) among `names`, case-insensitively. */
function meta(document: DomDocument, names: string[]): string {
  const found = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const content = clean(el.getAttribute('content'));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && !found.has(key)) found.set(key, content);
    }
  }
  for (const n of names) {
    const v = found.get(n.toLowerCase());
    if (v) return v;
  }
  return '';
}

function attr(document: DomDocument, selector: string, name: string): string {
  const el = document.querySelectorAll(selector)[0];
  return clean(el?.getAttribute(name));
}

/** Text of a DOM subtree split at block elements: one paragraph per block, whitespace collapsed. */
export function paragraphs(node: DomNode, out: string[] = []): string[] {
  let run = '';
  const flush = () => {
    const p = clean(run);
    if (p) out.push(p);
    run = '';
  };
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) run += child.textContent ?? '';
    else if (child.nodeType === 1 && BLOCKS.has(child.nodeName.toUpperCase())) {
      flush();
      paragraphs(child, out);
    } else if (child.nodeType === 1) {
      const inner = paragraphs(child, []);
      // an inline element that (wrongly) holds blocks still splits into paragraphs
      if (inner.length > 1) {
        flush();
        out.push(...inner);
      } else run += child.textContent ?? '';
    }
  }
  flush();
  return out;
}

/** The charset a page declares in its first bytes, if it is not UTF-8 (so it can be decoded right). */
export function declaredCharset(head: Uint8Array): string | undefined {
  const start = new TextDecoder('latin1').decode(head.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(start);
  const label = m?.[1]?.toLowerCase();
  if (!label || label === 'utf-8' || label === 'utf8') return undefined;
  try {
    return new TextDecoder(label).encoding === 'utf-8' ? undefined : label;
  } catch {
    return undefined;
  }
}

/** "Headline | Site" -> "Headline" when Site is the page's site name. */
function withoutSiteName(title: string, site: string): string {
  for (const sep of [' | ', ' - ', ' – ', ' — ', ' :: ']) {
    if (site && title.toLowerCase().endsWith(`${sep}${site}`.toLowerCase())) return title.slice(0, title.length - sep.length - site.length).trim();
  }
  return title;
}

// loaded on the first page only: worker threads and runs without HTML never hold a DOM library
let dom: { Readability: typeof ReadabilityClass; parseHTML: typeof ParseHTML } | undefined;
function domLibraries(): NonNullable<typeof dom> {
  if (!dom) {
    const require = createRequire(import.meta.url);
    dom = { Readability: require('@mozilla/readability').Readability, parseHTML: require('linkedom').parseHTML };
  }
  return dom;
}

export function htmlArticle(html: string, ctx: { path: string; id: string; source: string }): Article {
  const { Readability, parseHTML } = domLibraries();
  const { document } = parseHTML(html);
  const doc = document as unknown as DomDocument;
  const date = meta(doc, DATE_META) || attr(doc, 'time[datetime]', 'datetime');
  const siteName = meta(doc, ['og:site_name', 'application-name']);
  const url = attr(doc, 'link[rel="canonical"]', 'href') || meta(doc, ['og:url']);
  const metaAuthor = meta(doc, AUTHOR_META);
  // site navigation and footers are never article text
  for (const el of Array.from(document.querySelectorAll('nav, aside, footer'))) el.remove();
  const parsed = new Readability<DomNode>(document as unknown as Document, { serializer: (el) => el as unknown as DomNode }).parse();
  if (!parsed?.content) throw new InputError('no article text found in the HTML page');
  const source = siteName || clean(parsed.siteName) || ctx.source;
  const title = withoutSiteName(meta(doc, ['og:title', 'twitter:title', 'dc.title']) || clean(parsed.title), source);
  const byline = clean(parsed.byline) || (/^https?:/.test(metaAuthor) ? '' : metaAuthor);
  // the headline and the byline line are metadata, not body paragraphs
  const repeats = new Set([title, byline, `by ${byline}`].map((s) => s.toLowerCase()));
  const body = paragraphs(parsed.content).filter((p, i) => i > 2 || !repeats.has(p.toLowerCase()));
  if (body.length === 0) throw new InputError('no article text found in the HTML page');
  return {
    id: ctx.id,
    source,
    title,
    date: date || clean(parsed.publishedTime),
    url,
    byline,
    path: ctx.path,
    text: title ? `${title}\n\n${body.join('\n')}` : body.join('\n'),
    layout: 'record',
    hasTitle: title !== '',
  };
}
