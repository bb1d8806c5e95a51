// Quotations: pair quote marks on the raw text (curly and straight differ there), then classify each
// quoted span as direct, partial, scare, title-or-name or headline-attribution.
import { sectionAt } from '../normalize.ts';
import { sentenceAt } from '../tokenize.ts';
import type { CompiledLexicon } from '../lexicon/compile.ts';
import type { Marker, Quote, QuoteKind, Tokenized, Warning } from '../types.ts';
import { ANONYMOUS, COGNITION, colonSubjectSpeaker, cueClause, inLinkBox, isKickerLabel, resolveCues, resolvePronoun, tokenSpan } from './attribution.ts';

type Family = 'double' | 'single' | 'guillemet' | 'single-guillemet';

interface Mark {
  pos: number;
  family: Family;
  canOpen: boolean;
  canClose: boolean;
  /** „ opens a pair that “ may close */
  low?: boolean;
  /** characters: 2 for a doubled apostrophe standing for a double quote mark ('' in archive text) */
  width: 1 | 2;
}

interface Open {
  mark: Mark;
  /** the quote began at this offset (an earlier paragraph, for quotations that run over paragraphs) */
  start: number;
}

const LETTER = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const OPEN_CONTEXT = /[\s([{\-–—/"“„«‹'‘:;]/u;
const CLOSE_CONTEXT = /[\s)\]}.,;:!?\-–—/"”»›'’…]/u;
/** elisions after a space that are apostrophes, not opening quotes: 'n', 'em, 'til, 'cause, '48, '90s, and a
 * possessive set off from its noun by a tokenised archive ("Israel 's side": no quotation opens on a lone s) */
const ELISION = /^['‘’](?:n['‘’](?=\s)|s(?=\s)|em\b|til\b|tis\b|twas\b|cause\b|bout\b|round\b|\d\d(?:s\b|\b)|\d0s\b)/iu;

/** The characters scanMarks handles (the cases of its switch). */
const QUOTE_MARK = new Set(['"', '“', '”', '„', '«', '»', '‹', '›', "'", '‘', '’', '‚']);

/** A markup tag with attributes that scraped text kept (`<tweet author="Lee" id='12'>`, `<a href="...">`): the
 * quote marks around its values are markup, not quotation marks. */
const TAG_WITH_ATTRIBUTES = /<[A-Za-z][\w:-]*(?:\s+[\w:-]+\s*=\s*(?:"[^"<>\n]*"|'[^'<>\n]*'|[^\s"'<>=]+))+\s*\/?>/g;

/** Every quote-mark candidate, apostrophes excluded. */
export function scanMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  const push = (m: Omit<Mark, 'width'>, width: 1 | 2 = 1) => marks.push({ ...m, width });
  const tags = text.includes('<') ? [...text.matchAll(TAG_WITH_ATTRIBUTES)] : [];
  let tag = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    // most characters are no quote mark: skip them before testing their context
    if (!QUOTE_MARK.has(c)) continue;
    while (tag < tags.length && tags[tag]!.index + tags[tag]![0].length <= i) tag++;
    if (tag < tags.length && tags[tag]!.index < i) continue;
    const prev = i > 0 ? text[i - 1]! : '\n';
    const next = i + 1 < text.length ? text[i + 1]! : '\n';
    const openCtx = OPEN_CONTEXT.test(prev) && !SPACE.test(next);
    const closeCtx = !SPACE.test(prev) && CLOSE_CONTEXT.test(next);
    switch (c) {
      case '"': {
        // (a mark set off by a space before the sentence's last stop closes: endsLine)
        const last = SPACE.test(prev) && endsLine(text, i + 1);
        let canOpen = openCtx && !last;
        let canClose = closeCtx || last;
        if (!canOpen && !canClose) canOpen = canClose = true; // no context: the stack decides
        push({ pos: i, family: 'double', canOpen, canClose });
        break;
      }
      case '“': {
        const last = SPACE.test(prev) && endsLine(text, i + 1);
        push({ pos: i, family: 'double', canOpen: !last, canClose: (closeCtx && !openCtx) || last });
        break;
      }
      case '”':
        push({ pos: i, family: 'double', canOpen: openCtx && !closeCtx, canClose: true });
        break;
      case '„':
        // a low mark opens after a space or an opening context only: glued to a letter it is mojibake, a
        // curly apostrophe encoded twice ("SyriaÃ¢â‚¬â„¢s"), and opened a quotation running to the paragraph's end
        if (OPEN_CONTEXT.test(prev)) push({ pos: i, family: 'double', canOpen: true, canClose: false, low: true });
        break;
      case '«':
        push({ pos: i, family: 'guillemet', canOpen: true, canClose: false });
        break;
      case '»':
        push({ pos: i, family: 'guillemet', canOpen: false, canClose: true });
        break;
      case '‹':
        push({ pos: i, family: 'single-guillemet', canOpen: true, canClose: false });
        break;
      case '›':
        push({ pos: i, family: 'single-guillemet', canOpen: false, canClose: true });
        break;
      case "'":
        if (next === "'") {
          // a doubled apostrophe is a double quote mark (news archives print ''Never,'' he said). Three in
          // a row are a single mark and a double one: nested quotes closing (',''') or opening (''')
          const third = text[i + 2] === "'";
          if (third && !SPACE.test(prev) && !OPEN_CONTEXT.test(prev)) {
            push({ pos: i, family: 'single', canOpen: false, canClose: true });
            i++;
          }
          const before = text[i - 1] ?? '\n';
          const after = text[i + 2] ?? '\n';
          let canOpen = OPEN_CONTEXT.test(before) && !SPACE.test(after);
          let canClose = !SPACE.test(before) && (CLOSE_CONTEXT.test(after) || after === '\n');
          if (!canOpen && !canClose) canOpen = canClose = true;
          push({ pos: i, family: 'double', canOpen, canClose }, 2);
          i++;
          break;
        }
      // falls through
      case '‘':
      case '’':
      case '‚': {
        // letters on both sides: don't, Gaza’s, rock'n'roll
        if (LETTER.test(prev) && LETTER.test(next)) break;
        if (OPEN_CONTEXT.test(prev) && ELISION.test(text.slice(i, i + 5))) {
          if (/^['‘’]n['‘’]/iu.test(text.slice(i, i + 3))) i += 2; // rock 'n' roll: skip both marks
          break;
        }
        const canOpen = openCtx && c !== '’' ? true : openCtx && c === '’' && LETTER.test(next) && !/\d/.test(next);
        const canClose = closeCtx && c !== '‘' && c !== '‚';
        if (!canOpen && !canClose) break;
        push({ pos: i, family: 'single', canOpen, canClose });
        break;
      }
      default:
        break;
    }
  }
  return marks;
}

/**
 * Only a stop, a question or an exclamation mark, or a comma, colon or semicolon (one or two of them) stands between
 * `from` and the end of its line: a quote mark there, set off by a space from the words before it, closes a
 * quotation rather than opening one, since no quotation opens on a stop at a line's end ('Who was the "harbour
 * contact "?', 'the interest owed to the port … “.'). (An ellipsis after an opening mark, '"... We stay."', runs on.)
 */
function endsLine(text: string, from: number): boolean {
  return LINE_END_STOP.test(text.slice(from, from + 4));
}
const LINE_END_STOP = /^(?:[?!,;:]{1,2}|\.[?!]?)[^\S\n]*(?:\n|$)/u;

interface Pair {
  start: number;
  end: number;
  depth: number;
  /** the characters of the opening and the closing mark (close 0: the quotation ran to its paragraph's
   * end, with no closing mark) */
  open: number;
  close: number;
}

/** Pair the marks paragraph by paragraph; a quotation carries over a paragraph break when the next one opens with the same mark. */
export function pairMarks(text: string, marks: Mark[]): { pairs: Pair[]; warnings: Warning[] } {
  const pairs: Pair[] = [];
  const warnings: Warning[] = [];
  let stack: Open[] = [];
  let k = 0;
  const continuation = new Set<number>();
  const lineEnd = (pos: number): number => {
    const nl = text.indexOf('\n', pos);
    return nl === -1 ? text.length : nl;
  };
  while (k < marks.length) {
    const end = lineEnd(marks[k]!.pos);
    const lineMarks: Mark[] = [];
    while (k < marks.length && marks[k]!.pos < end) lineMarks.push(marks[k++]!);
    for (const m of lineMarks) {
      if (continuation.has(m.pos)) continue;
      const at = findOpen(stack, m);
      // "soldiers' tents": a plural possessive inside a single-quoted span, when a later mark can close it
      // (not before a word no possessive precedes: "the 'outposts' are legal, but the villagers' lawyers")
      const possessive =
        m.family === 'single' && /s/i.test(text[m.pos - 1] ?? '') && /^\s\p{Ll}/u.test(text.slice(m.pos + 1, m.pos + 3)) &&
        !NOT_AFTER_POSSESSIVE.test(text.slice(m.pos + 1, m.pos + 16)) &&
        lineMarks.some((x) => x.pos > m.pos && x.family === 'single' && x.canClose);
      if (m.canClose && at !== -1 && !possessive) {
        // close; inner opens left unclosed are dropped (apostrophe-like singles silently)
        for (let d = stack.length - 1; d > at; d--) {
          const o = stack[d]!;
          if (o.mark.family !== 'single') warnings.push(unbalanced(o.mark.pos, 'an opening quote mark has no closing mark'));
        }
        const o = stack[at]!;
        pairs.push({ start: o.start, end: m.pos + m.width, depth: at, open: o.mark.width, close: m.width });
        stack = stack.slice(0, at);
      } else if (m.canOpen && !possessive) {
        stack.push({ mark: m, start: m.pos });
      } else if (m.family !== 'single') {
        warnings.push(unbalanced(m.pos, 'a closing quote mark has no opening mark'));
      }
    }
    // paragraph end: carry the outermost open quotation over when the next paragraph reopens it
    if (stack.length > 0) {
      const next = nextParagraphStart(text, end);
      const outer = stack[0]!;
      const reopen = marks.find((m) => m.pos === next && m.canOpen && m.family === outer.mark.family);
      if (!reopen && closesOverLineBreak(text, end, marks, k, outer.mark.family)) continue;
      if (reopen) {
        for (let d = stack.length - 1; d > 0; d--) {
          if (stack[d]!.mark.family !== 'single') warnings.push(unbalanced(stack[d]!.mark.pos, 'an opening quote mark has no closing mark'));
        }
        continuation.add(reopen.pos);
        stack = [outer];
      } else {
        for (let d = stack.length - 1; d >= 0; d--) {
          const o = stack[d]!;
          if (o.mark.family === 'single' && !/[‘]/.test(text[o.mark.pos]!)) continue;
          warnings.push(unbalanced(o.mark.pos, 'an opening quote mark has no closing mark; the quotation is taken to run to the end of the paragraph'));
          let e = end;
          while (e > o.start + o.mark.width && SPACE.test(text[e - 1]!)) e--;
          if (e - o.start > o.mark.width) pairs.push({ start: o.start, end: e, depth: d, open: o.mark.width, close: 0 });
        }
        stack = [];
      }
    }
  }
  return { pairs: pairs.sort((a, b) => a.start - b.start || b.end - a.end), warnings };
}

/**
 * Whether a quotation left open at a line's end runs on over the line break: the break is a single newline (no
 * blank line: text laid out one sentence or one short paragraph a line), the next line does not reopen the
 * quotation, and the first later mark of the quotation's family before a blank line (within a few lines) can
 * only close: an orphan closer that ends this quotation, whose tag then follows it. In
 * 'He told the court: "We locked the gate at ten.\nNobody came back after that," the guard said.' the
 * quotation runs to 'that,"' and takes the guard as its speaker; when the next line opens a quotation of its
 * own first, or a blank line comes before any closer, the quotation still ends at its line's end.
 */
function closesOverLineBreak(text: string, lineEnd: number, marks: Mark[], k: number, family: Family): boolean {
  // single marks double as apostrophes ("Cáceres’ murder"), so a stray one is no evidence of a closing mark
  if (family === 'single' || text[lineEnd] !== '\n') return false;
  const blank = BLANK_LINE.exec(text.slice(lineEnd, lineEnd + LINE_BREAK_REACH));
  const limit = lineEnd + (blank ? blank.index : LINE_BREAK_REACH);
  for (let i = k; i < marks.length && marks[i]!.pos < limit; i++) {
    const m = marks[i]!;
    if (m.family !== family) continue;
    return m.canClose && !m.canOpen;
  }
  return false;
}
/** a blank line (a paragraph break in text that breaks its lines inside paragraphs) */
const BLANK_LINE = /\n[^\S\n]*\n/;
/** how far (characters) a quotation may run on over line breaks to its closing mark */
const LINE_BREAK_REACH = 1500;

/** Words that never follow a plural possessive ("soldiers' tents"): after s and a single mark, they show
 * the mark closes a quotation ("'outposts' are"). */
const NOT_AFTER_POSSESSIVE =
  /^\s(?:are|is|was|were|and|or|but|to|in|of|on|at|by|for|with|from|that|which|who|as|have|has|had|will|would|could|should|may|might|can|must|do|does|did|be|been|not|than|so|if|when|while|because|after|before|into|over|about|against|said|says|the|a|an|this|these|those|it|they|he|she|we)\b/u;

function findOpen(stack: Open[], m: Mark): number {
  for (let d = stack.length - 1; d >= 0; d--) {
    const o = stack[d]!.mark;
    if (o.family === m.family) return d;
    // a double or guillemet closer never closes past an open of its own family; singles may be apostrophes
    if (o.family !== 'single' && m.family === 'single') return -1;
  }
  return -1;
}

function nextParagraphStart(text: string, lineEnd: number): number {
  let i = lineEnd;
  while (i < text.length && SPACE.test(text[i]!)) i++;
  return i;
}

function unbalanced(start: number, message: string): Warning {
  return { code: 'unbalanced-quote', message, start };
}

// --- classification ------------------------------------------------------------------------------

// ('or' glosses after a comma, "the Sahwa, or "Awakening,""; not a second quotation after a first, '"A" or
// "B"', nor a word joined by 'or' to the writer's own, 'negotiate or "face the consequences."')
export const TITLE_BEFORE =
  /(?:\b(?:the|a|an|its|his|her|their|my|our|your|\p{L}+['’]s)\s+(?:[\p{L}-]+\s+)?(?:series|book|film|movie|documentary|novel|poem|album|song|podcast|column|exhibition|festival|slogan|hashtag|motto)|\b(?:the|a|an|its|his|her|their|my|our|your)\s+(?:term|terms|word|words|phrase|expression|slogan|slogans|label|name|title|motto|chant|chants|hashtag|nickname|banner|banners|headline|song|book|film|movie|documentary|novel|poem|album|play|series|show|programme|program|campaign|operation|report|study|plan|initiative|doctrine|policy|article|editorial|column|op-ed|speech|essay|podcast|exhibition|festival|ship|vessel|brand|group|movement|party|website|app|code\s*name)|\b(?:author|editor|host|director)\s+of|\bpublished|\boperation|\bcodenamed|\bcode-named|\bthemed|(?:\b(?:be|been|being|is|are|was|were)|['’]re)\s+(?:(?:more|most|better|best|also)\s+)?(?:\p{L}+ly\s+)?termed|\bdubbed|\bnicknamed|\bnamed|\btitled|\bentitled|\bknown\s+as|\bbranded|\bchristened|\breading|\bread|\bchanting|\bchanted|\bsigns?\s+saying|\bwith\s+the\s+words|\bmeaning|\bmeans|\btranslated\s+as|\bliterally|(?<![”"'’»]\s*),\s*or|\bcalled)\s*[,:]?\s*$/iu;

/**
 * `re`, written `X$`, as `(?<=X)$`: the same test (does the text end with a match of X?), in a time that does not
 * grow with the text. V8 tries an end-anchored pattern from every position of the text, the whole alternation each
 * time; the lookbehind form fails at once wherever the text has not ended, and matches X backwards from the end,
 * once. For `.test()` alone: the match itself is empty. X must have no `|` outside a group (`a|b$` ends only its
 * second branch), no backreference, and the regex no g or y flag (whose lastIndex a lookbehind reads past).
 */
export function endTest(re: RegExp): RegExp {
  const x = re.source;
  let depth = 0;
  let topLevelOr = false;
  for (let i = 0, inClass = false; i < x.length; i++) {
    const ch = x[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) topLevelOr = true;
  }
  if (!/(?<!\\)\$$/.test(x) || topLevelOr || /\\(?:[1-9]|k<)/.test(x) || /[gy]/.test(re.flags)) throw new Error(`endTest: not a plain end-anchored pattern: /${x}/${re.flags}`);
  return new RegExp(`(?<=${x.slice(0, -1)})$`, re.flags);
}
/** TITLE_BEFORE, as endTest reads it (the costliest regex of classifying quotations when tried at every position) */
const TITLE_AT_END = endTest(TITLE_BEFORE);

/** The words TITLE_BEFORE can end on (before its trailing spaces and comma or colon): the last word of
 * each alternative, as a run of letters ('op-ed' ends on 'ed', 'code name' on 'name' or 'codename'). */
const TITLE_LAST_WORDS = new Set(
  ('term terms word words phrase expression slogan slogans label name title motto chant chants hashtag nickname banner ' +
    'banners headline song book film movie documentary novel poem album play series show programme program campaign ' +
    'operation report study plan initiative doctrine policy article editorial column ed speech essay podcast exhibition ' +
    'festival ship vessel brand group movement party website app codename codenamed named themed termed dubbed nicknamed titled ' +
    'entitled as branded christened reading read chanting chanted saying meaning means literally or called of published').split(' '),
);
/** letters as the i and u flags match them: ASCII, and U+017F and U+212A (which fold to s and k) */
const FOLDED_LETTER = /[a-z\u017f\u212a]/i;
const SPACE_ONLY = /\s/u;

/**
 * TITLE_BEFORE.test(before), without running the regex when the last word of `before` is none it can end
 * on. The regex, tried at every position of the text before each quotation, was the costliest part of
 * classifying quotations; the last word is read backwards over the same trailing spaces and punctuation.
 */
export function titleBefore(before: string): boolean {
  let i = before.length;
  while (i > 0 && SPACE_ONLY.test(before[i - 1]!)) i--;
  if (i > 0 && (before[i - 1] === ',' || before[i - 1] === ':')) {
    i--;
    while (i > 0 && SPACE_ONLY.test(before[i - 1]!)) i--;
  }
  const end = i;
  while (i > 0 && FOLDED_LETTER.test(before[i - 1]!)) i--;
  if (i === end) return false; // every alternative ends on a letter
  const word = before.slice(i, end);
  // a folded U+017F or U+212A: leave it to the regex
  if (/^[a-z]+$/i.test(word) && !TITLE_LAST_WORDS.has(word.toLowerCase())) return false;
  return TITLE_AT_END.test(before);
}

/** Words no object of a labelling verb holds: a clause's words, an infinitive's 'to', 'as' (LONG_OBJECT_LABEL_BEFORE). */
const LONG_OBJECT_NOT = 'that|which|who|whom|whose|is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|may|might|must|do|does|did|to|as|than|when|while|if|because|but|so|since|until|after|before|said|says';
/** Words an object does not end on before the label: prepositions, articles, possessives. */
const LONG_OBJECT_NOT_LAST = 'of|for|with|from|in|on|at|by|and|or|over|under|into|onto|about|against|between|among|through|during|like|upon|within|without|across|toward|towards|the|a|an|his|her|their|its|our|my|your|this|these|those';
/** Verbs that give a thing the name or label the quotation after them holds ('called it "..."'). */
const LABEL_VERBS =
  'called|calls|call|calling|branded|brands|branding|labell?ed|labels|labell?ing|termed|terms|terming|described|describes|describing|dubbed|proclaimed|proclaims|proclaiming|pronounced|pronounces|pronouncing|declared|declares|declaring|deemed|deems|deeming|designated|designates|designating|listed|lists|listing|classified|classifies|classifying';
/** Words a bare object never opens on ('calls for a "..."', 'described in the past as a "..."'). */
const NOT_OBJECT_FIRST =
  'the|a|an|as|like|such|including|than|to|of|for|with|from|in|on|at|by|upon|off|up|out|back|into|onto|and|or|but|that|which|who|whom|what|so|is|was|are|were|be|been|after|before|during|over|under|through|against|between|among|about|around|since|until|while|if|when|then|there|here|again|now|also';
/**
 * A labelling verb and its object right before a quotation: 'called it "..."', 'branded the crews "..."', and an
 * object with no determiner, 'termed rival crews "..."', 'labelled settlements a "..." issue' (a noun phrase of
 * up to three words that neither opens on nor holds a preposition: not 'calls for a "..."', 'declared war on
 * the port to "..."').
 */
const PARTIAL_VERB_BEFORE = new RegExp(
  String.raw`(?<![\p{L}-])(?:${LABEL_VERBS})\s+(?:it|them|him|her|this|that|these|those|us|me|(?:the|a|an|his|her|their|its)\s+[\p{L}-]+(?:\s+(?!(?:to|of|for|with|from|in|on|at|by)\s)[\p{L}-]+){0,2}|(?!(?:${NOT_OBJECT_FIRST})\s)[\p{L}-]+(?:\s+(?!(?:to|of|for|with|from|in|on|at|by|and|or|that|which|who)\s)[\p{L}-]+){0,2})\s+(?:as\s+)?(?:an?\s+|the\s+)?$`,
  'iu',
);
/**
 * A labelling verb whose object came before it, in a relative clause, with its subject right before it: 'which
 * Levi labelled a "..."', 'which he deemed an "..."', 'the ruling they branded "..."' (a pronoun or a capitalised
 * name; not a passive, 'the country now labelled a "..."').
 */
const SUBJECT_LABEL_BEFORE = new RegExp(
  String.raw`(?:\b(?:he|she|they|we|I|who)|(?<![\p{L}.'’-])\p{Lu}[\p{L}.'’-]+)\s+(?:(?:once|also|later|then|had|has|have|repeatedly|famously)\s+)?(?:${LABEL_VERBS})\s+(?:as\s+)?(?:an?\s+|the\s+)?$`,
  'u',
);
/**
 * A labelling verb with a longer object before the label, up to nine words that hold no clause of their own but may
 * hold a preposition or 'and' ('designated six leading harbour unions "rogue outfits"', 'called the findings of a new
 * report by the inspector "serious"'), or 'named' or 'renamed' with any such object ('named Levi an "unindicted
 * co-conspirator"'): the object ends on a word of its own, not on a preposition or an article ('declared victory over
 * the "rebels"' holds no label).
 */
const LONG_OBJECT_LABEL_BEFORE = new RegExp(
  String.raw`(?<![\p{L}-])(?:${LABEL_VERBS}|named|names|renamed|renames)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?!(?:${NOT_OBJECT_FIRST})\s)(?:(?!(?:${LONG_OBJECT_NOT})\s)[\p{L}'’-]+\s+){1,9}?(?<![\s](?:${LONG_OBJECT_NOT_LAST})\s)(?:an?\s+|the\s+)?$`,
  'iu',
);
const REGARD_VERBS = 'consider|considers|considered|deem|deems|deemed';
const REGARD_AS_VERBS = 'view|views|viewed|see|sees|saw|regard|regards|regarded';
/** A subject right before a verb: a pronoun, a capitalised name, a definite noun or a plural ('the council', 'rebels'). */
const SUBJECT = String.raw`(?:\b(?:he|she|they|we|I|it|who)|(?<![\p{L}.'’-])\p{Lu}[\p{L}.'’-]+|\b(?:the|its|their|his|her)\s+\p{Ll}+|\b\p{Ll}+s)\s+(?:(?:also|still|now|long|once|often|widely|clearly|had|have|has)\s+)?`;
/** An object of up to three words that opens on no function word and holds no preposition. */
const BARE_OBJECT = String.raw`(?:(?:the|his|her|their|its)\s+)?(?!(?:${NOT_OBJECT_FIRST})\s)[\p{L}'’-]+(?:\s+(?!(?:to|of|for|with|from|in|on|at|by|and|or|that|which|who|against|into|over|under|after|before|during|like|than)\s)[\p{L}'’-]+){0,2}`;
/**
 * A verb of regarding with its subject, the quotation the judgement it holds: 'the crews consider the harbour
 * "..."', 'consider reserve crews to be "..."', 'a port the council considered "..."', 'which he deemed an
 * "..."', 'what many residents view as "..."', 'which it sees as the "..."'. (Not the quotation as what is
 * regarded, 'consider "..." to be', nor a passive, 'is considered "..."', 'was viewed as a "..."', checked by
 * the caller.)
 */
const REGARD_OBJECT_BEFORE = new RegExp(String.raw`(?<![\p{L}-])(?:${REGARD_VERBS})\s+${BARE_OBJECT}\s+(?:to\s+be\s+|as\s+)?(?:(?:an?|the|its|their|his|her)\s+)?$`, 'u');
/** ('a port the council considered "..."': the object before the verb; the caller wants no word after the quotation) */
const REGARD_RELATIVE_BEFORE = new RegExp(String.raw`${SUBJECT}(?<![\p{L}-])(?:${REGARD_VERBS})\s+(?:(?:an?|the)\s+)?$`, 'u');
const REGARD_AS_BEFORE = new RegExp(String.raw`${SUBJECT}(?<![\p{L}-])(?:${REGARD_AS_VERBS})\s+(?:${BARE_OBJECT}\s+)?as\s+(?:(?:an?|the|its|their|his|her)\s+)?(?:\p{L}+\s+)?$`, 'u');
const REGARD_VERB = new RegExp(String.raw`(?<![\p{L}-])(?:${REGARD_VERBS}|${REGARD_AS_VERBS})\b`, 'u');
/** A passive's auxiliary and its adverbs, right before the verb ('is also considered', 'was widely viewed'). */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being|get|gets|got|'s|’s)\s+(?:(?:\p{L}+ly|also|still|now|long|often|not|never|widely|generally|commonly|even)\s+){0,2}$/iu;

/**
 * Where a verb of labelling or regarding that takes the quotation as its words stands before it, or undefined; with
 * `near`, the verb's subject is named right before it (a relative clause or a verb of regarding, whose subject
 * is near; calledSpeaker's first name in the sentence may be the object's).
 */
function labelVerbAt(before: string, text: string, p: Pair): { at: number; near: boolean } | undefined {
  const m = PARTIAL_VERB_BEFORE.exec(before);
  if (m) return { at: p.start - before.length + m.index + m[0].search(new RegExp(String.raw`(?:${LABEL_VERBS})`, 'iu')), near: false };
  const s = SUBJECT_LABEL_BEFORE.exec(before);
  if (s) return { at: p.start - before.length + s.index + s[0].search(new RegExp(String.raw`(?<![\p{L}-])(?:${LABEL_VERBS})\b`, 'u')), near: true };
  for (const re of [REGARD_OBJECT_BEFORE, REGARD_RELATIVE_BEFORE, REGARD_AS_BEFORE]) {
    const r = re.exec(before);
    if (!r) continue;
    // (the object came before: the quotation ends the clause, 'the council considered "...".', not 'they consider
    // "..." to be')
    if (re === REGARD_RELATIVE_BEFORE && !/[.,;:!?…]$/u.test(text.slice(p.start, p.end - p.close)) && !/^\s*(?:[.,;:!?)—–]|$)/u.test(text.slice(p.end, p.end + 3))) {
      continue;
    }
    const verb = r.index + r[0].search(REGARD_VERB);
    if (PASSIVE_BEFORE.test(before.slice(0, verb))) continue;
    return { at: p.start - before.length + verb, near: true };
  }
  return undefined;
}

/**
 * Where a labelling verb with a longer object stands before the quotation (LONG_OBJECT_LABEL_BEFORE), or undefined:
 * 'designated six leading harbour unions "rogue outfits"', 'named Levi an "unindicted co-conspirator"'. The verb is
 * tagged a verb (not the noun in 'a conference call between the two leaders'), and the object ends on a noun or a
 * name ('proclaiming the achievements of the current "Harbour War"' quotes the object's own head after an adjective).
 * Read only where the quotation would otherwise stay scare: labelVerbAt reads the short objects first.
 */
function longObjectLabelAt(c: Context, p: Pair, before: string): { at: number; near: boolean } | undefined {
  const m = LONG_OBJECT_LABEL_BEFORE.exec(before);
  if (!m) return undefined;
  const { t } = c;
  const at = p.start - before.length + m.index;
  const verb = t.tokens[tokenSpan(t, at, at + 1)[0]];
  if (verb?.pos !== 'VERB') return undefined;
  const article = /(?:an?|the)\s+$/iu.exec(before);
  const end = p.start - (article ? article[0].length : 0);
  let i = tokenSpan(t, end - 1, end)[0];
  while (i > 0 && !/[\p{L}\p{N}]/u.test(t.tokens[i]!.value)) i--;
  return OBJECT_HEAD_POS.has(t.tokens[i]!.pos) ? { at, near: false } : undefined;
}
/** Tags of the word an object ends on: a noun, a name, a pronoun, a number. */
const OBJECT_HEAD_POS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/** A cue's speaker left at a third-person pronoun, which names no one. */
const PRONOUN_SPEAKER = /^(?:he|she|they|it)$/;
/** A label given in a free relative: 'what they called', 'what it sees as'. */
const WHAT_X_LABEL = /^attribution\.what-x-/;

/** The subject of a verb of labelling or regarding: a cue's speaker, or a name right before the verb ('near'), or the speaker calledSpeaker finds. */
function labelSpeaker(c: Context, p: Pair, label: { at: number; near: boolean }): string {
  if (!label.near) return calledSpeaker(c, p, label.at);
  // (a cue of the sentence before the verb reports the clause: 'Ann Lee said the crews consider it "..."')
  const s = sentenceAt(c.t.sentences, p.start);
  const cue = c.cues.filter((m) => m.sentence === s && m.end <= label.at && m.speaker !== '').pop();
  return cue ? cue.speaker : subjectName(c, label.at);
}

/** The proper name that ends within three words before a verb (its subject), or ''. */
function subjectName(c: Context, verb: number): string {
  const { t } = c;
  let [i] = tokenSpan(t, verb, verb + 1);
  i--;
  for (let k = 0; k < 3 && i >= 0; k++, i--) {
    const tok = t.tokens[i]!;
    if (tok.pos === 'PROPN') {
      let j = i;
      while (j > 0 && t.tokens[j - 1]!.pos === 'PROPN') j--;
      const name = withoutTitles(t.doc.text.slice(t.tokens[j]!.start, tok.end).split(/\s+/));
      return NOT_AGENTS.has(name.split(' ')[0]!) ? '' : name;
    }
    if (!/^(?:ADV|AUX|PART)$/.test(tok.pos)) return '';
  }
  return '';
}

/** Categories whose entries are names in counterpart sets: a quoted one is a watched name. */
export const NAME_CATEGORIES = new Set(['naming', 'actor-labels', 'territory', 'event-naming']);

interface Context {
  t: Tokenized;
  cues: Marker[];
  lexical: Marker[];
  lexicon: CompiledLexicon;
  pairs: Pair[];
  /** where the quotations start that are someone's words though no speaker is named for them: a label a verb of
   * characterising gives with no name for its giver, or a predicate quoted (quotedPredicate); with the speaker
   * they get when no speaker's quotation nearby holds their words */
  labelled: Map<number, string>;
  /** where the headline quotations start that a name's possessive right before them owns ('tests Levi's "red line"'),
   * with that name: their speaker when no body quotation gives one */
  owners: Map<number, string>;
}

function innerRange(p: Pair): [number, number] {
  return [p.start + p.open, p.end - p.close];
}

/** Words in the quoted text. */
function wordsOf(s: string): string[] {
  return s.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** The smallest pair strictly containing [start, end), or undefined. */
function parentOf(pairs: Pair[], start: number, end: number): Pair | undefined {
  let best: Pair | undefined;
  for (const p of pairs) {
    if (p.start <= start && p.end >= end && !(p.start === start && p.end === end)) {
      if (!best || p.end - p.start < best.end - best.start) best = p;
    }
  }
  return best;
}

/** The quoted words are a watched name: a lexicon hit of a counterpart set of names covers them. */
function isWatchedName(lexical: Marker[], start: number, end: number): boolean {
  const hit = watchedHit(lexical, start, end);
  return !!hit && NAME_CATEGORIES.has(hit.category);
}

/**
 * The watched one-word name a quoted word is the adjective, demonym or plural of ("the 'Israeli'
 * occupation", "'Israelis'", "'Palestinian' lands"): the quoted word names that referent as much as the
 * name does, though the lexicon does not flag the adjective on its own (it is in every article).
 */
export function demonymOf(lexicon: CompiledLexicon, inner: string): { entry: string; referent: string; category: string } | undefined {
  const word = /^\s*(\p{L}+)\s*$/u.exec(inner)?.[1]?.toLowerCase().replace(/s$/, '');
  if (!word) return undefined;
  for (const base of new Set([word.replace(/i$/, ''), word.replace(/ian$/, 'e'), word.replace(/ian$/, 'a'), word.replace(/ian$/, '')])) {
    if (base === word) continue;
    for (const v of lexicon.phrases.get(base)?.single ?? []) {
      const entry = lexicon.entries[v.entry]!;
      if (NAME_CATEGORIES.has(entry.category)) return { entry: entry.id, referent: entry.referent, category: entry.category };
    }
  }
  return undefined;
}

/** The hit is a name from a counterpart set of names that covers at least half of the quoted words [start, end):
 * not an evaluative word that happens to carry a referent. */
function namesQuotation(hit: Marker | undefined, start: number, end: number): boolean {
  return !!hit && NAME_CATEGORIES.has(hit.category) && hit.end - hit.start >= (end - start) * 0.5;
}

/** A lexicon hit with a referent covering the quoted words: 'Israel', "IDF" (watched names). */
export function watchedHit(lexical: Marker[], start: number, end: number): Marker | undefined {
  const sorted = byStart(lexical);
  // the first hit starting at or after `start`, then every hit that starts inside the span
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  let best: Marker | undefined;
  for (let i = lo; i < sorted.length && sorted[i]!.start < end; i++) {
    const m = sorted[i]!;
    if (m.end > end || m.referent === '') continue;
    if (m.category === 'attribution' || m.category === 'sourcing' || m.category === 'scare-quote') continue;
    if (!best || m.end - m.start > best.end - best.start) best = m;
  }
  return best;
}

const sortedHits = new WeakMap<Marker[], Marker[]>();
/** The hits in start order (ties in their original order), computed once per list. */
function byStart(lexical: Marker[]): Marker[] {
  let sorted = sortedHits.get(lexical);
  if (!sorted) {
    sorted = lexical.map((m, i) => [m, i] as const).sort((a, b) => a[0].start - b[0].start || a[1] - b[1]).map(([m]) => m);
    sortedHits.set(lexical, sorted);
  }
  return sorted;
}

interface Governing {
  cue: Marker | undefined;
  speaker: string;
  adjacent: boolean;
  /** the nearest cue in the sentence that names a speaker, when the nearest cue names none ("the agency
   * said that a reported 40 people ... "X""): a fragment is taken as that speaker's words */
  voiced?: Marker;
}

/** A cue m is on the quote q's own level: outside any quotation, or inside q's parent when q has one (a cue
 * inside another quote is only usable when that quote is q's parent). */
function sameLevel(c: Context, q: Pair, parent: Pair | undefined, m: Marker): boolean {
  const p = parentOf(c.pairs, m.start, m.end);
  if (p && p.start <= m.start && p.end >= m.end && (p.start !== q.start || p.end !== q.end)) {
    return parent !== undefined && p.start === parent.start && p.end === parent.end;
  }
  return parent === undefined;
}

/** The text between a quote and a cue on either side of it (a title's full stop, '"...," Mr. Levi said',
 * ends no sentence). */
const gapOf = (text: string, q: Pair, m: Marker): string => (m.end <= q.start ? text.slice(m.end, q.start) : text.slice(q.end, m.start)).replace(TITLE_STOP, ' ');
/** Words that join a clause of its own after a quotation ('"...," and he said', '"...," while others said'): what
 * follows is no tag of the quotation. */
const JOINING_WORDS = 'and|but|or|while|whereas|as|before|after';
const JOINED_CLAUSE = new RegExp(`\\b(?:${JOINING_WORDS})\\b`, 'i');
const isAdjacent = (gapText: string): boolean => wordsOf(gapText).length <= 4 && !/[.!?;]/.test(gapText);

/** The cue that ties a quote to a speaker: adjacent cues first, then any cue in the sentence. */
function governingCue(c: Context, q: Pair, parent: Pair | undefined): Governing {
  const { t } = c;
  const text = t.doc.text;
  const first = sentenceAt(t.sentences, q.start);
  const last = sentenceAt(t.sentences, Math.max(q.start, q.end - 1));
  const s0 = t.sentences[first]!;
  const s1 = t.sentences[last]!;
  // (a belief after the quotation is no tag of it: '"this will not stand," everyone knew he meant it')
  const inSentence = c.cues.filter(
    (m) =>
      ((m.start >= s0.start && m.end <= s1.end) || tagAfter(text, q, m)) &&
      // (an evidential adverb after a quotation qualifies the clause it opens, not the words before it: '"go away,"
      // reportedly going so far as to ...')
      (m.end <= q.start || (m.start >= q.end && !COGNITION.test(m.entry) && m.form !== 'evidential')) &&
      sameLevel(c, q, parent, m),
  );
  // (a cue in a relative clause on a noun after the quotation gives way to the sentence's other cues, while one of them
  // names a speaker: inLaterRelative)
  const outside = inSentence.filter((m) => m.start < q.end || !inLaterRelative(t, q, m));
  const candidates = outside.length < inSentence.length && outside.some((m) => m.speaker !== '') ? outside : inSentence;
  const commaClosed = /,$/.test(text.slice(q.start, q.end - q.close).trimEnd());
  // (a quotation a colon introduces, 'Lee said: "..."', keeps that speaker before a tag that names another after it)
  const introduced = /:\s*$/.test(text.slice(Math.max(0, q.start - 4), q.start));

  let best: Governing = { cue: undefined, speaker: '', adjacent: false };
  let bestGap = Infinity;
  let voiced: Marker | undefined;
  let voicedGap = Infinity;
  for (const m of candidates) {
    const gapText = gapOf(text, q, m);
    const gapWords = wordsOf(gapText).length;
    const adjacent = isAdjacent(gapText);
    // a quotation closed by a comma runs on into its tag ('"...," Ms. Lee said'): a tag right after it
    // comes before a cue nearer in words on the other side ('know that "...," Ms. Lee said'); not a verb
    // joined by a conjunction ('said, "...," and falsely claimed', '"...," while others continued'), nor
    // one that names no speaker
    const tag = (adjacent && m.start >= q.end && commaClosed && m.speaker !== '' && !JOINED_CLAUSE.test(gapText)) || (namedTag(text, q, m) && !introduced);
    const gap = tag ? -1 : gapWords + (adjacent ? 0 : 100);
    if (gap < bestGap) {
      bestGap = gap;
      best = { cue: m, speaker: m.speaker, adjacent };
    }
    // an evidential adverb ("supposedly") names no one whose words a fragment could be
    if (m.speaker !== '' && m.form !== 'evidential' && gap < voicedGap) {
      voicedGap = gap;
      voiced = m;
    }
  }
  // a verb after the quotation joined by a conjunction opens a new predicate ('described the strikes as
  // "war crimes" and called for'), and 'according to' after it cites the sentence's source ('the ministry
  // called for "maximum restraint," according to the news agency'): the nearest adjacent cue before it that
  // names its speaker governs instead
  if (best.cue && best.cue.start >= q.end && (/^[\s,]*(?:and|but|or|while|whereas)\b/i.test(gapOf(text, q, best.cue)) || best.cue.form === 'according-to')) {
    const framing = candidates.filter((m) => m.end <= q.start && m.speaker !== '' && m.form !== 'evidential' && isAdjacent(gapOf(text, q, m))).pop();
    if (framing) return { cue: framing, speaker: framing.speaker, adjacent: true };
  }
  // a belief inside what another cue reports is part of that report ('Leaf told a committee that officials thought
  // the toll was "very high"', 'She thought the "best course" was ..., the summary quoted Nordstrom as saying'): the
  // cue that reports it governs; so does it a label whose subject is left at a pronoun ('Ann Lee said the crews
  // fought what they saw as a "lockout"': Lee's report of their view)
  if (best.cue && (COGNITION.test(best.cue.entry) || (WHAT_X_LABEL.test(best.cue.entry) && PRONOUN_SPEAKER.test(best.cue.speaker)))) {
    const inner = best.cue;
    const outer = candidates.find((m) => {
      const clause = m !== inner && m.speaker !== '' && !COGNITION.test(m.entry) ? cueClause(m) : undefined;
      return !!clause && clause.contentStart <= inner.start && inner.end <= clause.contentEnd && clause.contentStart <= q.start && q.end <= clause.contentEnd;
    });
    if (outer) return { cue: outer, speaker: outer.speaker, adjacent: best.adjacent };
  }
  return best.speaker === '' && voiced ? { ...best, voiced } : best;
}

/**
 * A cue after a quotation inside a relative clause set off by a comma on a noun after the quotation ('the port was ready
 * for "another strike" against the union, which said it would ...', 'hailed the raid as a "defensive action" against
 * Levi, who it said had ...', 'told the crews to "stand down" at six berths, in which he said ...'): the clause says
 * something of that noun, and its cue reports someone else's words, not the quotation's; no tag of it. Only the
 * clause's subject (no verb) stands between the relative word and the cue, which is the clause's own verb ('..., who
 * runs the depot, said' and 'a clerk who gave her name only as Dana pleaded' are tags); the relative word comes after
 * a word of the writer's and a comma or a dash (a clause on the quotation itself, '"a fair deal," which Levi
 * disputed', or one that names it, 'the "long night" of which Levi warned', is left to the other rules), and no other
 * quotation stands between. Such a cue only gives way to another cue of the sentence that names a speaker: with none, the
 * quotation keeps the cue it had ('the toll was a "modest" sum, which officials described as ...' stays the officials'
 * words), so the rule changes whose words a quotation is, never whether it is someone's.
 */
function inLaterRelative(t: Tokenized, q: Pair, m: Marker): boolean {
  const text = t.doc.text;
  const gap = text.slice(q.end, m.start);
  if (GAP_QUOTE_MARK.test(gap)) return false;
  const rel = LATER_RELATIVE.exec(gap);
  if (rel === null || wordsOf(gap.slice(0, rel.index)).length === 0) return false;
  const [first, last] = tokenSpan(t, q.end + rel.index + rel[0].length, m.start);
  for (let i = first; i <= last; i++) {
    const tok = t.tokens[i]!;
    if (tok.start >= m.start) break;
    if (tok.pos === 'VERB') return false;
  }
  return true;
}
/** A comma or a dash, a preposition maybe, and a relative word in lower case ('WHO' is the health agency), then no
 * punctuation up to the end of the text (the cue). */
const LATER_RELATIVE = /(?:,|—|–|--)\s*(?:(?:in|of|for|to|with|from|by|about|on|at)\s+)?(?:which|who|whom|whose)\s[^,;:.!?\n]*$/u;
const GAP_QUOTE_MARK = /["“”«»]/u;

/**
 * A tag right after a quotation that ends its own sentence: a credit ('..." ― Dana Levi') or a short
 * clause of saying after a question or an exclamation ('"Can we win?" Mr. Levi asked.'). The sentence splitter
 * may start a new sentence after the closing mark, but the tag still names the speaker. A longer clause
 * after the quotation is a sentence of its own ('"...!" Critics still praise his refusal to ...').
 */
function tagAfter(text: string, q: Pair, m: Marker): boolean {
  // (at most four words away: the far cues of the document are rejected before any text is cut)
  if (namedTag(text, q, m)) return true;
  if (m.start < q.end || m.start - q.end > TAG_GAP_CHARS) return false;
  const quoted = text.slice(q.start, q.end - q.close).trimEnd();
  const last = quoted.slice(-1);
  if (!/[?!.…,]/u.test(last)) return false;
  // (a title's full stop, "Mr. Levi", ends no sentence)
  const gap = text.slice(q.end, m.start).replace(TITLE_STOP, ' ');
  if (wordsOf(gap).length > 4 || /[.!?;\n]/.test(gap)) return false;
  // (a comma closing a quotation always runs on into its tag: '"...," Mr. Levi said')
  if (/^[―—–-]+$/.test(m.text.trim()) || last === ',') return true;
  // after a full stop a short clause is the next sentence ('"..." Her husband declined to comment.')
  if (!/[?!…]$/u.test(last)) return false;
  const tail = /^[^.!?\n]*/.exec(text.slice(m.end, m.end + 200))![0];
  return wordsOf(tail).length <= TAG_TAIL_WORDS;
}
const TAG_TAIL_WORDS = 6;

/**
 * A tag that names its speaker past a description or before a long tail, right after a quotation closed by a comma,
 * a question or an exclamation mark: the name set off by a description between commas ('"...," Dana Levi, a
 * spokeswoman for the port, said'; '"...?" Levi, 67, a retired teacher in Haifa, Md., asked'), the name alone before
 * a verb of saying, whatever follows it ('"...?" Levi told the radio station in an interview aired on Monday when
 * asked ...'), or a verb of saying with the name right after it and a description ('"...?" asked Levi, now a partner
 * at a law firm.'). The cue's own speaker is that name (its last word). The description holds no sentence's end (the
 * stop of an abbreviation before its comma is none: 'Allentown, Pa.,'), no quote mark, colon or line break.
 */
function namedTag(text: string, q: Pair, m: Marker): boolean {
  if (m.start < q.end || m.speaker === '' || m.speaker === ANONYMOUS) return false;
  if (!/[?!…,]/u.test(text.slice(q.start, q.end - q.close).trimEnd().slice(-1))) return false;
  const gap = text.slice(q.end, m.start);
  if (gap.length > 200) return false;
  const apposed = APPOSED_NAME.exec(gap);
  if (apposed) return sameSurname(apposed[1]!, m.speaker);
  if (!SAYING_ENTRY.test(m.entry)) return false;
  const alone = TAG_NAME_ALONE.exec(gap);
  if (alone) return sameSurname(alone[1]!, m.speaker);
  if (/\S/.test(gap)) return false;
  const after = NAME_THEN_DESCRIPTION.exec(text.slice(m.end, m.end + 200));
  return !!after && sameSurname(after[1]!, m.speaker);
}

/** A name in a tag ends on the speaker's surname (a possessive's ending aside). */
function sameSurname(name: string, speaker: string): boolean {
  return name.replace(/['’]s?$/u, '').split(/\s+/).pop() === speaker.split(/\s+/).pop();
}
/** Four words and their spaces, with a title ("Sen. Dr."), are well within this many characters. */
const TAG_GAP_CHARS = 80;

/**
 * Three words or more that read as a sentence: a capital first, or a final stop. A quotation in lower case
 * that runs on from a word of the writer's sentence is a fragment of it, though the stop is inside the
 * marks ('a "flagrant breach of the accord."', 'said the port would stay "closed until further notice."');
 * after a comma, a colon or a dash it is speech set off by its tag ('"...," he said, "and we stay."').
 */
function isSentenceLike(inner: string, before: string): boolean {
  const trimmed = inner.trim();
  const words = wordsOf(trimmed).length;
  if (words < 3) return false;
  if (/^[\p{Lu}\d“"‘'(\[…]/u.test(trimmed)) return words >= 4 || /[.,!?…]$/u.test(trimmed);
  return /[.!?…]$/u.test(trimmed) && words >= 4 && !RUNS_ON.test(before);
}
/** The text before a quotation ends on a word of the writer's sentence (no comma, colon or dash between). */
const RUNS_ON = /[\p{L}\p{N}%$]\s*$/u;

/**
 * A short quotation that is a whole sentence on its own ('He paused. "Never." Then he left.', or a
 * paragraph of one quoted word): speech, never a scare quote, which sits inside a sentence of the
 * writer's. It opens a line or follows a sentence's end, starts with a capital or a digit (after "U.S."
 * a lower-case fragment is no sentence), ends with its own final punctuation, and the next sentence (or
 * the line's end) follows it.
 */
function standsAlone(before: string, inner: string, after: string): boolean {
  return (
    (/^\s*$/.test(before) || /[.!?…]["”’']?\s+$/u.test(before)) &&
    /^[\p{Lu}\d][^]*[.!?…]$/u.test(inner.trim()) &&
    /^(?:\s*$|\s*\n|\s+[\p{Lu}"“‘'])/u.test(after)
  );
}

export function findQuotes(t: Tokenized, lexical: Marker[], lexicon: CompiledLexicon): { quotes: Quote[]; warnings: Warning[] } {
  const text = t.doc.text;
  const { pairs, warnings } = pairMarks(text, scanMarks(text));
  const c: Context = { t, cues: resolveCues(t, lexical), lexical, lexicon, pairs, labelled: new Map(), owners: new Map() };
  const quotes: Quote[] = [];
  const byPair = new Map<Pair, Quote>();
  for (const p of pairs) {
    const q = classify(c, p, byPair);
    byPair.set(p, q);
    quotes.push(q);
  }
  echoSpeakers(c, quotes);
  for (const q of quotes) {
    const speaker = q.kind === 'scare' ? c.labelled.get(q.start) : undefined;
    if (speaker !== undefined) Object.assign(q, { kind: 'partial', speaker });
  }
  // a scare quote inside a video's title in a player's boilerplate ('JUST WATCHED Envoy: Harbour deal 'fragile'
  // Replay More Videos', 'MUST WATCH ... 'fragile' 02:56'), or in a body line that is a headline, not a sentence
  // of the writer's (the title repeated as a body line, a video's caption, a linked headline in capitals or in
  // title case), is a headline's quote marks, which mark a claim; its speaker is a name before a colon that
  // opens the headline. (A watched name stays the writer's distance, as in a headline.)
  for (const q of quotes) {
    if (q.kind !== 'scare') continue;
    const from = videoTitleStart(text, q) ?? (q.depth === 0 && q.section === 'body' ? headlineInBody(t, q) : undefined);
    if (from === undefined || isWatchedName(lexical, q.innerStart, q.innerEnd)) continue;
    const named = HEADLINE_LEAD_NAME.exec(text.slice(from, q.start));
    Object.assign(q, { kind: 'headline-attribution', speaker: named ? named[1]! : '' });
  }
  // (after the headlines in the body: a headline's quotation is no fragment of a report)
  betweenReports(c, quotes);
  earlierSpeakersTerm(c, quotes);
  // (a quotation that is a video's whole title after its speaker's name, 'JUST WATCHED Lee: 'We will go on'
  // Replay More Videos', is that speaker's, not the story's speaker named near it)
  for (const q of quotes) {
    if (q.kind !== 'direct' && q.kind !== 'partial') continue;
    const from = videoTitleStart(text, q);
    const named = from === undefined ? null : HEADLINE_LEAD_NAME.exec(text.slice(from, q.start));
    if (named) Object.assign(q, { speaker: named[1]!, cue: '', cueStart: -1, cueEnd: -1 });
  }
  creditedQuotations(text, quotes);
  // a quotation in a box of linked headlines after a name ("Sen. Tom Barlow Thomas BarlowVoters call plan 'reckless'
  // Senate vote is close MORE (R-Ohio) said ...") is another story's headline's: no one this story quotes
  for (const q of quotes) {
    if ((q.kind === 'direct' || q.kind === 'partial' || q.kind === 'scare') && q.depth === 0 && inLinkBox(t, q.start)) {
      Object.assign(q, { kind: 'headline-attribution', speaker: '', cue: '', cueStart: -1, cueEnd: -1 });
    }
  }
  // a headline quote of words scare-quoted elsewhere follows the house convention
  const scareTexts = new Set(quotes.filter((q) => q.kind === 'scare').map((q) => innerText(text, q)));
  for (const q of quotes) {
    if (q.kind === 'headline-attribution' && q.speaker === '' && !c.owners.has(q.start) && scareTexts.has(innerText(text, q))) {
      q.kind = 'scare';
    }
  }
  // a title in title case named earlier in the document is the same title again, inside a quotation or out of one
  // ('the show, titled "Harbour Nights," ...' then '"This 'Harbour Nights' drags," the critic wrote'), not a scare quote
  const titles = quotes.filter((q) => q.kind === 'title-or-name').map((q) => ({ start: q.start, words: echoText(innerText(text, q)) }));
  for (const q of quotes) {
    if (q.kind !== 'scare' || !titleCased(text.slice(q.innerStart, q.innerEnd))) continue;
    const words = echoText(innerText(text, q));
    if (words !== '' && titles.some((x) => x.start < q.start && x.words === words)) q.kind = 'title-or-name';
  }
  coordinatedTitles(c, quotes);
  splitQuotations(text, quotes);
  speakersOwnMarks(c, byPair);
  speakerlessTitles(text, quotes);
  // a headline or subhead quotation with no speaker of its own takes the speaker of the first body quotation after
  // it that holds its words (the paragraphs under it quote its source: 'The 'harbour deal' puzzle' over 'Mayor
  // Dana Levi said the council would sign the "harbour deal" next week')
  for (const q of quotes) {
    if (q.kind !== 'headline-attribution' || q.speaker !== '') continue;
    const words = innerText(text, q);
    // (a quotation inside a longer headline only when it holds two words or more: one word alone is as often the
    // headline's own as the speaker's)
    if (!fillsLine(text, lineStartAt(text, q.start), q) && wordsOf(words).length < 2) continue;
    const source = words === '' ? undefined : quotes.find((b) => b.start >= q.end && b.section === 'body' && (b.kind === 'direct' || b.kind === 'partial') && b.speaker !== '' && holdsWords(innerText(text, b), words));
    // (a named possessor beats a source left anonymous: 'Storm tests Levi's "red line"' over 'critics accusing her of
    // moving her "red line,"')
    if (source && !(source.speaker === ANONYMOUS && c.owners.has(q.start))) Object.assign(q, { speaker: source.speaker, cue: source.cue, cueStart: source.cueStart, cueEnd: source.cueEnd });
  }
  // (else the name whose possessive stands right before it: 'Storm tests Mayor Levi's "red line"')
  for (const q of quotes) {
    const owner = q.kind === 'headline-attribution' && q.speaker === '' ? c.owners.get(q.start) : undefined;
    if (owner) q.speaker = owner;
  }
  return { quotes, warnings };
}

/**
 * A credit after a quotation with no dash before it (creditAfter reads those), ending the quotation's line or alone on a
 * line after it (group 1 the line break): a writer's name of capitalised words (initials too: "Ann B. Levi"; see
 * creditName), a comma, and a publication's name of one to five capitalised words ("Dana Levi, The Harbour Times";
 * group 2 the writer, group 3 the publication), with nothing after it on the line (no word and stop: "..., Senator
 * Says.").
 */
const CREDIT_AFTER = /^[^\S\n]*(\n[^\S\n]*){0,2}(\p{Lu}[\p{L}'’-]*\.?(?:[^\S\n]+\p{Lu}[\p{L}'’-]*\.?){1,3}),[^\S\n]+((?:The[^\S\n]+)?\p{Lu}[\p{L}'’&.-]*(?:[^\S\n]+(?:of[^\S\n]+|and[^\S\n]+)?\p{Lu}[\p{L}'’&.-]*){0,4})(?<!\p{Ll}\.)[^\S\n]*(?:\n|$)/u;
/** A credit to a publication's editors, whom the publication speaks for. */
const EDITORS = /^(?:(?:The[^\S\n]+)?Editorial[^\S\n]+Board|(?:The[^\S\n]+)?Editors)$/u;

/**
 * A quotation credited after it, as a roundup of commentary sets its excerpts out: '"The talks are a trap for the
 * coalition ..." Dana Levi, The Harbour Times', is the writer's, whatever paraphrase led into it ("Some argue that",
 * which reads as an unnamed source); "Editorial Board, The Harbour Times" is the paper's. The quotation closes its
 * line, and opens it when the credit is on a line of its own (a letter's signature under a paragraph that quotes
 * someone is the letter's writer's, not the quoted words' speaker); the credit is written in title case (not a
 * headline's capitals, nor a sentence: "Ruritania, Harbourland and Valdia also welcomed the vote.").
 */
function creditedQuotations(text: string, quotes: Quote[]): void {
  for (const q of quotes) {
    if ((q.kind !== 'direct' && q.kind !== 'partial') || q.depth !== 0) continue;
    const credit = CREDIT_AFTER.exec(text.slice(q.end, q.end + 160));
    if (!credit || !/\p{Ll}/u.test(credit[2]!) || !/\p{Ll}/u.test(credit[3]!)) continue;
    if (credit[1] !== undefined && text.slice(lineStartAt(text, q.start), q.start).trim() !== '') continue;
    const speaker = EDITORS.test(credit[2]!) ? credit[3]! : creditName(credit[2]!);
    if (speaker !== '') Object.assign(q, { speaker, cue: '', cueStart: -1, cueEnd: -1 });
  }
}

/** The words between the halves of a quotation split by its tag: a comma closing the first half (inside its marks or
 * right after them), the tag, and a comma ('..." she said, "...'); no clause's end, quote mark or line break. */
const SPLIT_TAG = /^[^\S\n]*,?[^\S\n]+[^"“”«»\n.!?;:]{2,80},[^\S\n]*$/u;

/**
 * The second half of a direct quotation split by its tag ('"The status quo," Dana Levi said, "is not sustainable."')
 * is the same quotation as the first, read as a partial one for opening in lower case after a cue: it takes the first
 * half's kind, speaker and cue. The first half closes on a comma, the tag between holds its cue, and the second half
 * opens in lower case (a capital opens a sentence of its own, direct anyway).
 */
function splitQuotations(text: string, quotes: Quote[]): void {
  const top = quotes.filter((q) => q.depth === 0).sort((x, y) => x.start - y.start);
  for (let i = 0; i + 1 < top.length; i++) {
    const a = top[i]!;
    const b = top[i + 1]!;
    if (a.kind !== 'direct' || b.kind !== 'partial' || a.cueStart < a.end || a.cueEnd > b.start) continue;
    const gap = text.slice(a.end, b.start);
    if (!/,\s*$/u.test(text.slice(a.innerStart, a.innerEnd)) && !/^\s*,/u.test(gap)) continue;
    if (!/^\s*\p{Ll}/u.test(text.slice(b.innerStart, b.innerEnd)) || !SPLIT_TAG.test(gap)) continue;
    Object.assign(b, { kind: 'direct', speaker: a.speaker, cue: a.cue, cueStart: a.cueStart, cueEnd: a.cueEnd });
  }
}

/**
 * Quotations in title case joined by 'and', 'or' or a comma in the body, left a scare quote before a title or
 * beside another like it: a list of titles or names ('When "Tidewatch" and "The Long Tide" began', 'Box office hits
 * "Tidewatch" and "Harbour" led the nominations'), not the writer's distance. A capital inside a sentence marks a
 * name, and coordinatedWith gives the later item of a list its first item's class but not the other way round. Not a
 * watched name or a demonym ('"Israel" and "Palestine"' stay the writer's distance), not a quotation that opens its
 * sentence (capitalised anyway), and not in a line in title case (a headline's capitals).
 */
function coordinatedTitles(c: Context, quotes: Quote[]): void {
  const text = c.t.doc.text;
  for (let i = 0; i + 1 < quotes.length; i++) {
    const a = quotes[i]!;
    const b = quotes.find((x) => x.start >= a.end && x.depth === a.depth);
    if (!b || a.section !== 'body' || b.section !== 'body' || !TITLE_LIST_JOIN.test(text.slice(a.end, b.start))) continue;
    if (a.kind !== 'scare' || (b.kind !== 'scare' && b.kind !== 'title-or-name')) continue;
    if (!titledItem(c, a) || !titledItem(c, b)) continue;
    a.kind = 'title-or-name';
    if (b.kind === 'scare') b.kind = 'title-or-name';
  }
}
/** 'and', 'or' or a comma alone between two quotations (with a comma before 'and' or 'or'). */
const TITLE_LIST_JOIN = /^[^\S\n]*(?:,[^\S\n]*(?:(?:and|or)[^\S\n]+)?|(?:and|or)[^\S\n]+)$/u;

/** A quotation in title case that is no watched name or demonym, inside its sentence, on a line not in title case. */
function titledItem(c: Context, q: Quote): boolean {
  const text = c.t.doc.text;
  const inner = text.slice(q.innerStart, q.innerEnd);
  if (!titleFirst(wordsOf(inner)) || !/\p{Ll}/u.test(inner)) return false;
  if (isWatchedName(c.lexical, q.innerStart, q.innerEnd) || demonymOf(c.lexicon, inner) !== undefined) return false;
  const s = c.t.sentences[sentenceAt(c.t.sentences, q.start)]!;
  if (!/[\p{L}\p{N}]/u.test(text.slice(s.start, q.start))) return false;
  return !titleCaseLine(text, lineStartAt(text, q.start), { start: q.start, end: q.end, depth: q.depth, open: 0, close: 0 });
}

/** A title a person is called out by: '"Mr. Baker?"' is speech, not a title. */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Madam)$/u;

/**
 * A body quotation left `direct` with no speaker whose two to twelve words are in title case is the title of a work or a
 * programme, or a slogan, not anyone's speech ('a host of "The Harbour Hour," which began on radio', 'signs reading
 * "Stand With Ruritania!"'): `title-or-name`. Speech someone said opens on a capital and goes on in lower case, and a
 * quotation with a speaker stays speech.
 */
function speakerlessTitles(text: string, quotes: Quote[]): void {
  for (const q of quotes) {
    if (q.kind !== 'direct' || q.speaker !== '' || q.depth !== 0 || q.section !== 'body') continue;
    if (titleCaseWords(wordsOf(text.slice(q.innerStart, q.innerEnd)))) q.kind = 'title-or-name';
  }
}

/** Two to twelve words in title case, not a title a person is called out by ("All Bets Are Off", not "Mr. Baker?"). */
function titleCaseWords(words: string[]): boolean {
  if (words.length < 2 || words.length > 12 || HONORIFIC.test(words[0]!) || !titleFirst(words)) return false;
  return words.some((w) => /^\p{Lu}\p{Ll}/u.test(w) && !TITLE_SMALL_WORDS.has(w.toLowerCase()));
}

/** The family of the quote mark at `pos`: a double mark (", “, ”, „, or a doubled apostrophe), a single one (', ‘, ’, ‚) or a
 * guillemet (« », ‹ ›). */
function markFamily(text: string, pos: number, width: number): 'double' | 'single' | 'guillemet' {
  const c = text[pos]!;
  if (width === 2 || c === '"' || c === '“' || c === '”' || c === '„') return 'double';
  return c === '«' || c === '»' || c === '‹' || c === '›' ? 'guillemet' : 'single';
}

/**
 * A body quotation left as a scare quote inside a direct or partial quotation, with marks of the other family: the marks
 * are the quoted speaker's, set in that speaker's words, not the writer's distance ('"We were promised a 'temporary' pier
 * and got none," the harbour master said': the harbour master's 'temporary'), so it is a partial quotation of that
 * speaker, with the holder's cue. A watched name stays the scare quote the lexicon watches, whoever set its marks ('"They
 * still say 'Israel' when they mean the army," she said'; a phrase that only holds a watched word is the speaker's words,
 * watchedTerm), marks after 'so-called' stay scare as they always are, and a
 * title named earlier stays a title (read after those).
 * Marks of the same family inside a quotation ('“... other “high-risk” posts ...”') are as often a quotation paired
 * wrongly across the writer's narration, and stay as they were.
 */
function speakersOwnMarks(c: Context, byPair: Map<Pair, Quote>): void {
  const text = c.t.doc.text;
  for (const [p, q] of byPair) {
    if (q.kind !== 'scare' || q.depth === 0 || q.section !== 'body' || wordsOf(text.slice(q.innerStart, q.innerEnd)).length === 0) continue;
    const parent = parentOf(c.pairs, p.start, p.end);
    const host = parent ? byPair.get(parent) : undefined;
    if (!parent || !host || host.section !== 'body' || (host.kind !== 'direct' && host.kind !== 'partial')) continue;
    if (markFamily(text, p.start, p.open) === markFamily(text, parent.start, parent.open)) continue;
    if (watchedTerm(c.lexical, q.innerStart, q.innerEnd) || demonymOf(c.lexicon, text.slice(q.innerStart, q.innerEnd))) continue;
    if (DISTANCE_MARKED.test(text.slice(Math.max(parent.start, q.start - 30), q.start))) continue;
    Object.assign(q, { kind: 'partial', speaker: host.speaker, cue: host.cue, cueStart: host.cueStart, cueEnd: host.cueEnd });
  }
}

/**
 * The quoted words are a watched term, not a phrase that only holds one: a lexicon hit with a referent covers at least
 * half of [start, end). '"They still say 'occupation' when ...," she said' marks the watched term, which the scare-quote
 * marker keeps in the speaker's voice; '"We cannot accept any 'temporary truce' that ...," she said' or '"He is a 'thief in
 * a uniform'," she wrote' quote a phrase of the speaker's own around a watched word (the word keeps its own marker).
 */
function watchedTerm(lexical: Marker[], start: number, end: number): boolean {
  const hit = watchedHit(lexical, start, end);
  return !!hit && hit.end - hit.start >= (end - start) * 0.5;
}

/**
 * A fragment the writer quotes from what a speaker says nearby: a body quotation left as a scare quote whose words
 * are a speaker's quotation within ECHO_REACH characters, or stand whole in it when they run to two words or more
 * ('Officials were "cautiously hopeful" ... "We are cautiously hopeful the talks resume," Dana Levi said'): a
 * partial quotation of that speaker. One word counts when the speaker's quotation is that word ('"perplexed,"
 * the spokeswoman said' ... the minister was "perplexed"), or when it is a word in lower case of four letters or
 * more inside a quotation of the sentence right before or after ('promised to act against "barbarians."' then 'The
 * "barbarians'" motive?'); further away, one word inside a longer quotation is as often the writer's own term. A
 * watched name stays the writer's distance ('Israel', "Judea and Samaria").
 */
function echoSpeakers(c: Context, quotes: Quote[]): void {
  const text = c.t.doc.text;
  const voiced = quotes.filter((q) => (q.kind === 'direct' || q.kind === 'partial') && q.speaker !== '');
  if (voiced.length === 0) return;
  for (const q of quotes) {
    if (q.kind !== 'scare' || q.depth !== 0 || q.section === 'headline' || q.section === 'subhead') continue;
    const words = echoText(text.slice(q.innerStart, q.innerEnd));
    if (words === '') continue;
    if (isWatchedName(c.lexical, q.innerStart, q.innerEnd)) continue;
    // ('the so-called "X"': the writer's distance, whoever said it)
    if (DISTANCE_MARKED.test(text.slice(Math.max(0, q.start - 20), q.start))) continue;
    const several = words.includes(' ');
    // (one word of four letters or more, inside a longer quotation of the sentence before or after: 'she is
    // "disappointed" with the agency.' then '"I am disappointed that ...," she said')
    const here = sentenceAt(c.t.sentences, q.start);
    // (in lower case: a capitalised word is a name or a headline's, 'Al-Aqsa "Flood"', 'Deal "Close," But Not Final')
    const oneWord = !several && words.length >= 4 && !FUNCTION_WORDS.has(words) && /^\p{Ll}/u.test(text.slice(q.innerStart, q.innerEnd).trim());
    let best: Quote | undefined;
    for (const o of voiced) {
      if (Math.abs(o.start - q.start) > ECHO_REACH || (o.start <= q.start && o.end >= q.end) || (q.start <= o.start && q.end >= o.end)) continue;
      const said = echoText(text.slice(o.innerStart, o.innerEnd));
      const next = oneWord && Math.abs(sentenceAt(c.t.sentences, o.start) - here) === 1;
      if (said !== words && !((several || next) && holdsWords(said, words, WORD_JOINED))) continue;
      if (!best || Math.abs(o.start - q.start) < Math.abs(best.start - q.start)) best = o;
    }
    if (best) Object.assign(q, { kind: 'partial', speaker: best.speaker, cue: best.cue, cueStart: best.cueStart, cueEnd: best.cueEnd });
  }
}
/**
 * A term a named speaker was quoted using earlier in the document, quoted again as a fragment of its own: a body
 * scare quote of two words or more whose words are exactly those of an earlier partial or direct quotation with a
 * named speaker, however far back ('The mayor promised a "quiet harbour" for the summer. ... Ten pages on: By August
 * the "quiet harbour" had three ferry strikes'): the speaker's term again, a partial quotation of that speaker.
 * Exact words only: a phrase that merely stands inside a longer quotation far away is as often the writer's own
 * (echoSpeakers keeps that to ECHO_REACH); one word is as often the writer's distance; the speaker must be a name
 * (a capital first), not an anonymous source; a watched name and a term after 'so-called' stay the writer's
 * distance; and a quotation before the speaker's first use is the writer's, not an echo.
 */
function earlierSpeakersTerm(c: Context, quotes: Quote[]): void {
  const text = c.t.doc.text;
  const firstVoiced = new Map<string, Quote>();
  for (const q of [...quotes].sort(byQuoteStart)) {
    if (q.kind === 'scare' && q.depth === 0 && q.section === 'body') {
      const words = echoText(text.slice(q.innerStart, q.innerEnd));
      const said = firstVoiced.get(words);
      if (!said || !words.includes(' ') || isWatchedName(c.lexical, q.innerStart, q.innerEnd)) continue;
      if (DISTANCE_MARKED.test(text.slice(Math.max(0, q.start - 20), q.start))) continue;
      Object.assign(q, { kind: 'partial', speaker: said.speaker, cue: said.cue, cueStart: said.cueStart, cueEnd: said.cueEnd });
    } else if ((q.kind === 'direct' || q.kind === 'partial') && q.section === 'body' && NAMED_SPEAKER.test(q.speaker)) {
      const words = echoText(text.slice(q.innerStart, q.innerEnd));
      if (words.includes(' ') && !firstVoiced.has(words)) firstVoiced.set(words, q);
    }
  }
}
function byQuoteStart(a: Quote, b: Quote): number {
  return a.start - b.start;
}
/** A speaker that is a name: a capital letter first ('Dana Levi', 'Harbour Board'; not 'forum posts', nor 'anonymous'). */
const NAMED_SPEAKER = /^\p{Lu}/u;
/**
 * A fragment of two words or more in a sentence that names no speaker, between a sentence that reports a named
 * speaker and a sentence that reports the same one ('The president said unity worked in the talks. / Before the
 * deal, the powers placed sanctions to "test the regime." / "It worked," he said.'): the writer is still reporting
 * that speaker, and the fragment is the speaker's words. One word is as often the writer's own distance ('their
 * Russian "friends"'), and so is a watched name or a term after 'so-called'.
 */
function betweenReports(c: Context, quotes: Quote[]): void {
  const text = c.t.doc.text;
  // the named speakers each sentence reports, by cues outside any quotation
  const named = new Map<number, Marker[]>();
  for (const m of c.cues) {
    if (m.speaker === '' || m.speaker === ANONYMOUS || m.form === 'evidential' || parentOf(c.pairs, m.start, m.end)) continue;
    named.set(m.sentence, [...(named.get(m.sentence) ?? []), m]);
  }
  for (const q of quotes) {
    if (q.kind !== 'scare' || q.depth !== 0 || q.section !== 'body') continue;
    const n = wordsOf(text.slice(q.innerStart, q.innerEnd)).length;
    if (n < 2 || isWatchedName(c.lexical, q.innerStart, q.innerEnd)) continue;
    // (nor a term of up to three words after a determiner, which the writer holds as often as the speaker: 'the "peace
    // process" has produced nothing')
    if (DISTANCE_MARKED.test(text.slice(Math.max(0, q.start - 20), q.start)) || (n <= 3 && DETERMINER_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start)))) continue;
    const k = sentenceAt(c.t.sentences, q.start);
    if (k !== sentenceAt(c.t.sentences, q.end - 1) || c.cues.some((m) => m.sentence === k && m.speaker !== '')) continue;
    const after = new Set((named.get(k + 1) ?? []).map((m) => m.speaker));
    // (or the sentence right before alone, in the same paragraph, when the fragment opens on no determiner of its own:
    // reportGoesOn)
    const inner = text.slice(q.innerStart, q.innerEnd);
    const cue = (named.get(k - 1) ?? []).filter((m) => after.has(m.speaker)).pop() ?? (n <= 3 && DETERMINER_FIRST.test(inner) ? undefined : reportGoesOn(text, named.get(k - 1), q));
    if (cue) Object.assign(q, { kind: 'partial', speaker: cue.speaker, cue: cue.text, cueStart: cue.start, cueEnd: cue.end });
  }
}
/** A determiner or a possessive that opens the quoted words: '"the video"', '"their friends"'. */
const DETERMINER_FIRST = /^\s*(?:the|a|an|this|that|these|those|its|their|his|her|our|your|my)\b/iu;
/** A negation right before a cue: 'has not said', 'never told', "didn't say". */
const NEGATED_BEFORE = /(?:\b(?:not|never)|n['’]t)[^\S\n]+(?:\p{L}+[^\S\n]+)?$/iu;

/**
 * The cue of the sentence right before a fragment, in the same paragraph, whose named speaker the fragment's sentence
 * goes on reporting ('At the cheap end, Dana Levi said, are patrol boats. / The next step would be strikes on
 * "high-value fuel" depots.': Levi's words). Not a cue whose object is someone else's words or what shows or is thought
 * ('denied', 'condemns', 'revealed', 'believes': NOT_OWN_WORDS), nor a negated one ('has not said'); the nearest such
 * cue before the fragment, or undefined.
 */
function reportGoesOn(text: string, cues: Marker[] | undefined, q: Quote): Marker | undefined {
  if (!cues) return undefined;
  for (let i = cues.length - 1; i >= 0; i--) {
    const m = cues[i]!;
    // (a paragraph break between: the writer has moved on, for this cue and every one before it)
    if (text.slice(m.end, q.start).includes('\n')) return undefined;
    if (NOT_OWN_WORDS.test(m.entry) || NEGATED_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) continue;
    return m;
  }
  return undefined;
}
/** A determiner or a possessive right before a quotation: 'the "..."', 'their own "..."', 'Levi's "..."'. */
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|this|that|these|those|its|their|his|her|our|your|my|own|any|some|no|every|each)|\p{L}['’]s?)[^\S\n]+$/iu;
/** Words in title case (titleWords), the first opening on a capital or a digit, and some letter in lower case. */
function titleCased(inner: string): boolean {
  const words = wordsOf(inner);
  return titleFirst(words) && /\p{Ll}/u.test(inner);
}
const LANGUAGES = 'Arabic|Hebrew|Persian|Farsi|Kurdish|Turkish|French|Latin|German|Russian|Yiddish|Urdu|Pashto|Dari|Spanish|Greek|Aramaic';
/** 'Arabic for "..."': the quotation translates the word before. */
const LANGUAGE_FOR_BEFORE = new RegExp(String.raw`\b(?:${LANGUAGES})[^\S\n]+for[^\S\n]*[,:]?[^\S\n]*$`, 'u');
/**
 * A gloss in parentheses right after a quoted word or two: a translation or an expansion, '"shahid" (martyr)',
 * '"Hatikvah" (The Hope)', '"FAST team" (Fleet Anti-terrorism Security team)': up to five words with a letter in lower
 * case, no digit, comma or 'such as' (examples, '"allies" (Saudi Arabia, Qatar and Kuwait)', '"realists" (such as
 * ...)'), no clause or remark ('(what Moscow calls the rebels)', '(a word several candidates used)'), and no acronym
 * alone ('"Islamic State" (IS)').
 */
const GLOSS_AFTER =
  /^[^\S\n]*\((?![^\S\n]*(?:a|an|such|e\.g|i\.e|what|which|who|whom|whose|see|read|as|like|including|or|and|not|but|sic|emphasis|via|from|in|at|on|by|for|to|with|also|now|then|still|formerly|pictured|left|right|above|below|video|photo)\b)(?=[^()\n]*\p{Ll})[^()\d,;:\n]{2,50}\)/u;
/** '"..." -- Arabic for ...', '("..." in Kurdish)': the quotation is the word a translation follows, or the gloss. */
const LANGUAGE_AFTER = new RegExp(String.raw`^[^\S\n]*,?[^\S\n]*(?:--|—|–)[^\S\n]*(?:${LANGUAGES})[^\S\n]+for\b|^,?[^\S\n]+in[^\S\n]+(?:${LANGUAGES})[^\S\n]*\)`, 'u');
/**
 * Where the headline starts in the body line that holds a quotation, when the line is a headline: the document's
 * title repeated; a video's caption ('Media caption Minister: Harbour deal "close"'); or a line of up to 25
 * words with no final full stop or exclamation mark in capitals throughout ('MAYOR VOWS HARBOUR WILL 'NEVER
 * CLOSE'') or, up to 15 words, in title case ('Can the Harbour Deal "Hold" This Winter? (The Daily Example)'); or a
 * related article's headline with no final stop before its link's 'Read more'.
 * A quotation that fills its line is left alone (a chant, a kicker).
 */
function headlineInBody(t: Tokenized, q: { start: number; end: number }): number | undefined {
  const text = t.doc.text;
  const lineStart = lineStartAt(text, q.start);
  const lineEnd = lineEndAt(text, q.end);
  const line = text.slice(lineStart, lineEnd);
  const caption = MEDIA_CAPTION.exec(line);
  if (caption) return lineStart + caption[0].length;
  if (fillsLine(text, lineStart, q) || line.length > 250) return undefined;
  const title = t.doc.sections[0]?.section === 'headline' ? t.doc.sections[0] : undefined;
  if (title && title.end <= lineStart && line.trim() === text.slice(title.start, title.end).trim()) return lineStart;
  // (a related article's headline with its link's 'Read more' after it)
  const readMore = /^([^\n]*?)[^\S\n]+Read more[^\S\n]*$/u.exec(line);
  if (readMore && !FINAL_STOP.test(readMore[1]!) && wordsOf(readMore[1]!).length <= 25) return lineStart;
  if (FINAL_STOP.test(line)) return undefined;
  const words = line.match(/[\p{L}\p{N}][\p{L}\p{N}.'’&-]*/gu) ?? [];
  if (words.length > 25) return undefined;
  if (!/\p{Ll}/u.test(line)) return words.length >= 3 ? lineStart : undefined;
  const big = words.filter((w) => /^\p{L}/u.test(w) && !HEADLINE_SMALL_WORDS.has(w.toLowerCase()));
  if (words.length <= 15 && big.length >= 3 && big.every((w) => /^\p{Lu}/u.test(w))) return lineStart;
  // a subhead or a linked headline in sentence case: one short line that opens on a capital, holds one sentence and
  // ends on no stop, or on a question mark ('A "breakthrough" on the horizon?', 'Sanctions "target people, not
  // politicians"'); not a line that leads in to what follows ('Some examples of "diplomats":')
  // (and a line among others: a text of one line heads nothing)
  const alone = text.slice(0, lineStart).trim() === '' && text.slice(lineEnd).trim() === '';
  return words.length <= SUBHEAD_WORDS && !alone && /^\s*[\p{Lu}"“‘']/u.test(line) && !/[:,;]["”’']*\s*$/u.test(line) && !INNER_STOP.test(line) ? lineStart : undefined;
}
const SUBHEAD_WORDS = 15;
/** A sentence's end inside a line, with a capital after it: the line holds two sentences. */
const INNER_STOP = /[.!?…]["”’')]*\s+["“‘']?\p{Lu}/u;
/** A full stop or an exclamation mark ends the text, with closing marks after it: a sentence, not a headline. */
const FINAL_STOP = /[.!…]["”’')\]]*\s*$/u;
/** Where the video's title that holds a quotation starts, in a player's boilerplate ('JUST WATCHED Envoy: Harbour
 * deal 'fragile' Replay More Videos'), or undefined. */
function videoTitleStart(text: string, q: Quote): number | undefined {
  const video = VIDEO_TITLE_BEFORE.exec(text.slice(Math.max(lineStartAt(text, q.start), q.start - 120), q.start));
  if (!video || /\bReplay More Videos\b|\d:\d\d\b/u.test(video[1]!) || !VIDEO_TITLE_AFTER.test(text.slice(q.end, q.end + 160))) return undefined;
  return q.start - video[1]!.length;
}
/** A video's caption in a player's boilerplate: 'Media playback is unsupported on your device Media caption '. */
const MEDIA_CAPTION = /^[^\S\n]*(?:Media playback is unsupported on your device[^\S\n]+)?Media caption[^\S\n]+/u;
/** Words a title-case headline leaves in lower case. */
const HEADLINE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'vs.', 'via', 'into', 'over', 'up', 'off', 'out', 'is']);
/** A name before a colon that opens a headline: 'Minister Dana Levi: ', 'Pentagon: '. */
const HEADLINE_LEAD_NAME = /^[^\S\n]*(\p{Lu}[\p{L}.'’-]*(?:[^\S\n]+\p{Lu}[\p{L}.'’-]*){0,3})[^\S\n]*:/u;
/** A video's title in a player's boilerplate, up to a quotation: what follows 'JUST WATCHED' or 'MUST WATCH'. */
const VIDEO_TITLE_BEFORE = /\b(?:JUST WATCHED|MUST WATCH)[^\S\n]+((?:(?!JUST WATCHED|MUST WATCH)[^\n])*)$/u;
/** The rest of the title, to the player's 'Replay More Videos' or the video's length ('02:56'). */
const VIDEO_TITLE_AFTER = /^(?:(?!JUST WATCHED|MUST WATCH)[^\n]){0,120}?(?:\bReplay More Videos\b|[^\S\n]\d{1,2}:\d\d(?!\d))/u;
/** The writer's distance marked right before a quotation: 'so-called', 'self-styled'. */
const DISTANCE_MARKED = /\b(?:so-called|self-styled|self-proclaimed|self-declared)\s*$/iu;
/** How far apart (characters between their starts) a fragment and the quotation it echoes may stand. */
const ECHO_REACH = 800;
/** Quoted words compared: lower case, curly apostrophes straight, spaces single, no punctuation at the ends. */
function echoText(s: string): string {
  return s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}
/** `hay` holds `words` as whole words, with no character of `joined` (by default a letter or digit) on either
 * side ('war' is not in 'a warning'). */
function holdsWords(hay: string, words: string, joined = LETTER): boolean {
  for (let i = hay.indexOf(words); i !== -1; i = hay.indexOf(words, i + 1)) {
    if (!joined.test(hay[i - 1] ?? ' ') && !joined.test(hay[i + words.length] ?? ' ')) return true;
  }
  return false;
}
/** (a hyphen or an apostrophe joins words too: 'state actor' is not in 'non-state actor') */
const WORD_JOINED = /[\p{L}\p{N}'-]/u;

/** Where the line holding offset `pos` starts. */
function lineStartAt(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** Where the line holding offset `pos` ends (its newline, or the text's end). */
function lineEndAt(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl === -1 ? text.length : nl;
}

/** Nothing but spaces around the quotation on its line. */
function fillsLine(text: string, lineStart: number, p: { start: number; end: number }): boolean {
  return text.slice(lineStart, p.start).trim() === '' && text.slice(p.end, lineEndAt(text, p.end)).trim() === '';
}

function innerText(text: string, q: Quote): string {
  return text.slice(q.innerStart, q.innerEnd).trim().toLowerCase().replace(/[’']/g, "'");
}

/** The quotation classified last before this one at its depth (the one that ends nearest before it). */
function previousAtDepth(p: Pair, done: Map<Pair, Quote>): Quote | undefined {
  let last: Quote | undefined;
  for (const q of done.values()) if (q.depth === p.depth && q.end <= p.start && (!last || q.end > last.end)) last = q;
  return last;
}

/** The quotation right before this one at its depth, when only 'or', 'and' or 'versus' joins them ('"A" or "B"',
 * '"A," and "B"', '"A" (AB) or the "B"'); a comma alone is no list ('told "Harbour Watch," "We will stay."'). */
function coordinatedWith(text: string, p: Pair, done: Map<Pair, Quote>): Quote | undefined {
  const last = previousAtDepth(p, done);
  if (!last || p.start - last.end > 30) return undefined;
  const between = text.slice(last.end, p.start);
  // (or a name's abbreviation in parentheses after the first, and an article before the second: 'known as
  // "harbour law" (HL) or the "law of the quays"')
  if (/^[^\S\n]*\([\p{Lu}\d][\p{Lu}\d&.-]{1,9}\)[^\S\n]*,?[^\S\n]*(?:or|and)[^\S\n]+(?:(?:the|an?)[^\S\n]+)?$/u.test(between)) return last;
  if (p.start - last.end > 8) return undefined;
  if (/^[^\S\n]*,?[^\S\n]*(?:or|and|vs\.?|versus)[^\S\n]+$/.test(between)) return last;
  // (or a comma, inside the marks or out, in a list of three or more: '"brutally," "barbaric," "murderous"')
  const comma = /^[^\S\n]*[,;][^\S\n]*$/.test(between) || (/^[^\S\n]+$/.test(between) && /,\s*$/.test(text.slice(last.innerStart, last.innerEnd)));
  // (not a sentence of speech after a programme's title: 'told "Fox News Sunday," "Never point a weapon ... trigger."')
  const [is, ie] = innerRange(p);
  const inner = text.slice(is, ie).trim();
  return comma && !(wordsOf(inner).length >= 4 && /[.!…]$/u.test(inner)) ? last : undefined;
}

/** A newspaper's name as a quotation's speaker: 'The Times', 'the Daily Mirror', 'Metro', 'The i'. */
const PRESS_NAME = /(?:^|\s)(?:(?:The|the)\s+)?(?:(?:Daily|Sunday|Evening|Financial|Morning)\s+\p{Lu}[\p{L}]*|(?:[\p{Lu}][\p{L}]*\s+)?(?:Times|Mail|Mirror|Express|Guardian|Telegraph|Metro|Sun|Post|Journal|Star|Herald|Record|Observer|Independent|Standard|Gazette|Tribune|Chronicle)|i)$/u;
/** Words for a newspaper's headline or front page in the sentence around a quotation. */
const HEADLINE_NOUN = /\b(?:headlines?|splash|front[- ]pages?|leads?\s+with|lead\s+story|top\s+story|print\s+edition)\b/iu;
/** A quotation that is a newspaper's headline: given to a newspaper, or in a sentence (outside it) that speaks of a
 * headline or a front page; no sentence's end of its own and no more than sixteen words ('"Biden backs Israeli offensive"',
 * not '"We will stay."'). */
function quotesHeadline(c: Context, q: Quote): boolean {
  const text = c.t.doc.text;
  const inner = text.slice(q.innerStart, q.innerEnd).trim();
  if (/[.!?…]$/u.test(inner) || wordsOf(inner).length > 16) return false;
  if (PRESS_NAME.test(q.speaker)) return true;
  const s = c.t.sentences[sentenceAt(c.t.sentences, q.start)]!;
  const e = c.t.sentences[sentenceAt(c.t.sentences, Math.max(q.start, q.end - 1))]!;
  return HEADLINE_NOUN.test(text.slice(s.start, q.start)) || HEADLINE_NOUN.test(text.slice(q.end, e.end));
}

/** A nickname between a given name and a surname: Howard "Buck" Levin, Raymond P. 'Tony' Okafor (one or two
 * capitalised words and no punctuation inside; not after a word that opens a sentence, "The "Big" Ones";
 * the caller leaves out title-case lines, 'Mayor Was 'Misled' Over Budget', where every word is capitalised). */
function nicknameInName(t: Tokenized, p: Pair, before: string, inner: string, after: string): boolean {
  // (a middle initial may follow the given name: Howard P. "Buck" Levin)
  const given = /(?:^|[^\p{L}.'’-])(\p{Lu}\p{Ll}+)(?:[^\S\n]\p{Lu}\.)?[^\S\n]$/u.exec(before);
  if (!given || SENTENCE_OPENERS.has(given[1]!)) return false;
  if (!/^\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?$/u.test(inner) || !/^[^\S\n]\p{Lu}\p{Ll}[\p{L}'’-]*/u.test(after)) return false;
  // the word before is tagged a name ('Secretary-General Says "Many Details" Need' is a verb's object)
  const [a] = tokenSpan(t, p.start, p.end);
  return t.tokens[a - 1]?.pos === 'PROPN';
}
const SENTENCE_OPENERS = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'In', 'On', 'At', 'For', 'From', 'With', 'By', 'Of', 'To', 'And', 'But', 'Or', 'As', 'If', 'When', 'While', 'After', 'Before', 'Its', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'Some', 'Many', 'Most', 'All', 'No', 'Every', 'Each', 'Other', 'Such', 'Why', 'How', 'What', 'Who', 'Where', 'So', 'Yet', 'Not', 'Only', 'Even', 'Just']);

/** The quoted words mentioned as words: '"Mission drift" is the term planners use', '"calm" was the word
 * of the day', 'the "open skies" label' (a noun for words right after the quotation, or one the next clause
 * gives it), also with an adverb or a modal before the noun ('"calm" is also a word that ...', '"consult" may be too
 * kind a word for it'). Not "in "bitter" terms", where the quoted word is an adjective of the noun. */
const MENTION_AFTER =
  /^,?[^\S\n]+(?:(?:(?:is|was|are|were|remains|became|has\s+become)|(?:may|might|could|would|can)\s+be)\s+(?:(?:also|still|now|just|merely|simply|only|really|too\s+\p{L}+)\s+)?(?:an?|the|another|one|his|her|their|its|our)\s+(?:[\p{L}-]+\s+){0,2}(?:term|terms|phrase|phrases|word|words|expression|euphemism|buzzword|catchphrase|name|label|slogan|motto|nickname|moniker|chant|refrain|byword|bywords|synonym|shorthand|clich[eé]|watchword|catchword)|(?:name|names|label|labels|slogan|slogans|motto|nickname|moniker|catchphrase|buzzword|hashtag)\b(?!\s+(?:of|for)\s+(?:the\s+)?(?:him|her|them|it)\b))\b/u;
/** A gloss after a term, set off by a comma: ', usually a reference to ...', ', a euphemism for ...', ', shorthand for ...'. */
const REFERENCE_AFTER = /^,?[^\S\n]+(?:(?:usually|often|generally|commonly|typically|mostly)[^\S\n]+)?(?:an?[^\S\n]+)?(?:reference[^\S\n]+to|euphemism[^\S\n]+for|shorthand[^\S\n]+for|code[^\S\n]+word[^\S\n]+for)\b/u;

/**
 * The quoted words as the subject of a verb of meaning or usage: '"Intifada" means uprising', 'what "reprisal"
 * actually means', '"resistance" refers to', '"targeted killing" is used in reference to', 'what does "short"
 * mean'. The words are mentioned, not used. (Not 'the "video" was used as a distraction', 'the "substance"
 * used in an attack': usage counts only with a sense of referring or describing.)
 */
const MEANING_AFTER =
  /^[^\S\n]+(?:lacks?|has|have|had|carries|carry|carried)[^\S\n]+(?:an?|no|many|several|different|its|their)[^\S\n]+(?:\p{L}+[^\S\n]+)?(?:meanings?|connotations?|definitions?)\b|^[^\S\n]+(?:(?:actually|really|simply|literally|roughly|essentially|basically|originally|commonly|usually|generally|typically|also|now|still|often|sometimes)[^\S\n]+)?(?:means|meant|mean|refers[^\S\n]+to|referred[^\S\n]+to|refer[^\S\n]+to|stands[^\S\n]+for|translates?[^\S\n]+(?:as|to|into)|denotes|connotes|(?:is|was|are|were|has[^\S\n]+been|have[^\S\n]+been|had[^\S\n]+been|being)[^\S\n]+(?:(?:\p{L}+ly|often|also|now|still|sometimes|increasingly)[^\S\n]+)?used[^\S\n]+(?:in[^\S\n]+reference|to[^\S\n]+(?:refer|describe|mean|denote|signify)\b|interchangeably|as[^\S\n]+an?[^\S\n]+(?:term|synonym|euphemism|shorthand|byword|code[^\S\n]+word|label|slur|insult)))\b/u;
/** 'synonymous with', 'a synonym for', 'translates to' right before a quotation. */
const SYNONYM_BEFORE = /\b(?:synonymous[^\S\n]+with|(?:a|the)[^\S\n]+synonym[^\S\n]+(?:for|of)|translat(?:es|ed|ing)[^\S\n]+(?:in)?to)[^\S\n]*$/iu;
const PREPOSITION_FIRST = /^(?:in|on|at|into|onto|out|off|under|over|with|without|for|from|to|by|behind|beyond|within|across|against|toward|towards)$/iu;
/** Words used to describe or refer: 'objected to the use of "coup" to describe', 'would use "OK" to describe', 'a policy
 * against using "rebels" as a blanket term'. */
const USE_BEFORE = /\bus(?:e|es|ed|ing|age)(?:\s+of)?(?:\s+the\s+(?:word|term|phrase|label))?\s*$/iu;
const TO_DESCRIBE_AFTER = /^[^\S\n]+(?:to[^\S\n]+(?:describe|refer[^\S\n]+to|characteri[sz]e|denote|label)|in[^\S\n]+reference[^\S\n]+to|as[^\S\n]+an?[^\S\n]+(?:[\p{L}-]+[^\S\n]+){0,2}(?:term|word|label|name|synonym|euphemism|shorthand|catch-?all|byword|description|descriptor))\b/u;

/** A mention of the quoted words by what they mean or how they are used (a term, not a clause someone said). */
function mentionedByMeaning(before: string, inner: string, words: string[], after: string): boolean {
  if (words.length === 0 || words.length > 4 || /[,.;:!?…]$/u.test(inner.trim())) return false;
  // (a phrase that opens on a preposition is no noun the verb could have for subject: 'keeping him "in his
  // box" meant ...')
  if (words.length > 1 && PREPOSITION_FIRST.test(words[0]!)) return false;
  return MEANING_AFTER.test(after) || (USE_BEFORE.test(before) && TO_DESCRIBE_AFTER.test(after));
}

/** A noun for words right before a quotation, with a comma, colon or dash or 'like', 'such as', 'including' after
 * it, or a singular one after a determiner and up to two words: 'this odd word "X"', 'in the usual phrasing, "X"', 'that is the language, "X"', 'a new name — "X"',
 * 'phrases like "X"'. */
const WORD_NOUN_BEFORE =
  /\b(?:words|terms|phrases|labels|adjectives|epithets)[^\S\n]+used\b[^.!?;:"“”«»\n]{0,80}\b(?:were|was|are|is|included?|includes)[^\S\n]*$|\b(?:word|words|term|terms|phrase|phrases|phrasing|wording|language|expression|expressions|label|labels|euphemism|euphemisms|name|nickname)(?:[^\S\n]*(?:[,:]|—|–|--)|[^\S\n]+(?:like|such[^\S\n]+as|including))[^\S\n]*$|\b(?:this|that|the|a|an)[^\S\n]+(?:[\p{L}-]+[^\S\n]+){0,2}(?:word|term|phrase|expression|label|euphemism|abbreviation|initialism|acronym|hashtag)[^\S\n]*$/iu;
/** A noun for a text's wording and 'on' or 'about' right before a quotation: 'language on "X"', 'wording about "X"'. */
const WORDING_ON_BEFORE = /\b(?:language|wording|phrasing)[^\S\n]+(?:on|about)[^\S\n]*$/iu;
/** A verb of writing on a thing right before the quotation, after a noun (not a passive, not a pronoun's): 'a crate
 * marked "fragile"', 'a folder stamped "RESTRICTED"', 'a mug emblazoned with "Best Uncle"'. ('The vote was marked
 * "a turning point"' is a passive, and stays what it was.) */
const WRITTEN_ON_BEFORE =
  /\b(?!(?:is|are|was|were|be|been|being|has|have|had|it|he|she|they|we|who|which|that|also|then|and|or)[^\S\n])\p{Ll}[\p{Ll}-]+[^\S\n]+(?:(?:clearly|boldly|simply|only)[^\S\n]+)?(?:marked|stamped|inscribed|(?:emblazoned|printed|engraved|embroidered)[^\S\n]+with)[^\S\n]*$/u;
/** WRITTEN_ON_BEFORE, as endTest reads it (tried once, from the end of the text before the quotation) */
const WRITTEN_ON_AT_END = endTest(WRITTEN_ON_BEFORE);
/** The quotation as what a thing bears, 'with "X" on it': 'a placard with "No Entry" on it', 'shirts with "Team
 * Harbour" printed on them'. */
const WITH_BEFORE = endTest(/\bwith[^\S\n]*$/u);
const ON_IT_AFTER = /^[^\S\n]+(?:(?:written|printed|painted|scrawled|stamped)[^\S\n]+)?(?:on|across)[^\S\n]+(?:it|them)\b/u;
/** 'what is meant by "X"', 'what he means by "X"'. */
const MEANT_BY_BEFORE = /\b(?:meant|means|mean|meaning)[^\S\n]+by[^\S\n]*$/iu;
/** 'by "X," the writer meant', 'if by "X" one means': the quoted words as what someone means by them. */
const BY_MEANS_AFTER = /^[^\S\n]*,?[^\S\n]+(?:[\p{L}'’.-]+[^\S\n]+){1,3}(?:meant|means|mean)\b/u;
/** A definition after the quotation: '"X" — the demand that ...', '"X," which means ...', '"X" -- a word that'. */
const DEFINED_AFTER =
  /^[^\S\n]*(?:(?:—|–|--)[^\S\n]*(?:the|a|an)[^\S\n]+(?:word|term|phrase|expression|idea|notion|concept|demand|principle|right|doctrine|belief|claim|theory|label|euphemism|name)\b|,?[^\S\n]*(?:which|that)[^\S\n]+(?:means|meant|refers[^\S\n]+to|translates)\b)/u;
/** Items in a list, introduced by 'like', 'such as' or 'including', of two quotations or more ('terms like "X" or
 * "Y"', 'such as "X," "Y" and "Z"'). */
/** Words whose quoting can only mention them: pronouns, question words, conjunctions, articles, 'yes' and 'no'. */
const FUNCTION_WORDS = new Set(
  'who what why how when where which whether if but and or nor the a an we they us them you he she it me him her our their this that these those yes no not'.split(' '),
);
const LIST_INTRO_BEFORE = /\b(?:like|such[^\S\n]+as|including)[^\S\n]*$/iu;
const NEXT_ITEM_AFTER = /^[^\S\n]*,?[^\S\n]*(?:(?:or|and|vs\.?|versus)[^\S\n]+)?[“"‘']/u;
/**
 * A definition opened by a dash or a colon and a word that says what the term is: '"slack water" — or the time the
 * tide stands still', '"on the hook" — that is, liable', '"ghost berths" — in which no ship ever docks', '"turnaround
 * time": how long a ferry waits in port', 'i.e.', 'meaning', 'namely', 'in other words'. The writer introduces a term
 * and explains it: words mentioned, not held at a distance ('the "temporary" berths — all six of them' is no
 * definition, and stays the writer's distance). Read where the quotation would otherwise stay scare (notScare).
 */
const GLOSSED_AFTER =
  /^[^\S\n]*,?[^\S\n]*(?:—|–|--|:)[^\S\n]*(?:or[^\S\n]+(?:the|a|an)\b|that[^\S\n]+is,|i\.e\.|in[^\S\n]+which\b|meaning\b|namely\b|in[^\S\n]+other[^\S\n]+words\b|how[^\S\n]+(?:long|much|many|far)\b)/u;

/**
 * The quoted words mentioned as words: named by a noun for words before them, what someone means by them, a
 * definition after them, or the first of a list of quoted items after 'like', 'such as', 'including' (the later
 * items follow it, coordinatedWith). A short phrase only (up to four words): a clause after 'words:' is a speaker's.
 */
function mentionedAsWords(text: string, p: Pair, before: string, inner: string, words: string[], after: string): boolean {
  if (words.length === 0 || words.length > 4) return false;
  // ('his last words: "We stay."': a clause after a colon is said)
  if (/:[^\S\n]*$/u.test(before) && /[.!?…]$/u.test(inner.trim())) return false;
  // a function word quoted is a word mentioned: 'the "who" and the "what"', '"yes" votes', '"We" were the others'
  // (the word alone, with no punctuation: '"No," she said' is an answer)
  // ('yes' and 'no' only as a vote's or an answer's kind, '"no" votes': 'shouted "no"' is what was said)
  if (words.length === 1 && /^\p{L}+$/u.test(inner.trim()) && FUNCTION_WORDS.has(words[0]!.toLowerCase())) {
    return !/^(?:yes|no)$/iu.test(words[0]!) || /^[^\S\n]+(?:vote|votes|voters|side|camp|answer|answers|column)\b/u.test(after);
  }
  // a programme's title after 'This is' opening a sentence ('I'm Dana Levi. This is "Harbour Hour."')
  if (/(?:^|[.!?]["”’]?[^\S\n]+)This[^\S\n]+is[^\S\n]*$/u.test(before) && titleWords(words)) return true;
  if (WORD_NOUN_BEFORE.test(before) || MEANT_BY_BEFORE.test(before) || DEFINED_AFTER.test(after)) return true;
  // a text's wording on the words quoted, with nothing between: 'pushing to include language on "phasing out" coal',
  // 'weaker wording about "phasing down"' (with an article the quotation is a thing the text is about: 'language on the
  // "ceasefire"')
  if (WORDING_ON_BEFORE.test(before)) return true;
  // words written on a thing ('a box marked "evidence"', 'a sign with "Closed" on it'): what the thing bears, mentioned
  if (WRITTEN_ON_AT_END.test(before) || WITH_BEFORE.test(before) && ON_IT_AFTER.test(after)) return true;
  if (/\bby[^\S\n]*$/iu.test(before) && BY_MEANS_AFTER.test(after)) return true;
  if (LIST_INTRO_BEFORE.test(before) && NEXT_ITEM_AFTER.test(text.slice(p.end, p.end + 12))) return true;
  // two terms set against each other: '"extremist" versus "terrorist"' (the second follows the first, coordinatedWith)
  if (/^[^\S\n]*,?[^\S\n]*(?:vs\.?|versus)[^\S\n]+[“"‘']/u.test(text.slice(p.end, p.end + 14))) return true;
  return false;
}

/**
 * Words in the first person after a verb of naming with a subject ('a team Trump dubbed "my generals"', 'what he
 * called "our finest hour"'): the namer's own words, a partial quotation, not a title. (Not a passive, 'refused to
 * be called "your majesty"', nor a name in title case, 'a group called "Our Land"'.) Returns the namer, or '' when
 * the verb has none before it.
 */
function ownWordsNamed(before: string, inner: string): string | undefined {
  const trimmed = inner.trim();
  if (!/^\p{Ll}/u.test(trimmed) || !/\b(?:my|our|ours|me|us|we|I)\b/u.test(trimmed)) return undefined;
  const m = OWN_NAMING_BEFORE.exec(before);
  if (!m) return undefined;
  const pre = before.slice(0, before.lastIndexOf(m[2]!));
  if (/\b(?:be|been|being|is|was|are|were|get|gets|got)\s+(?:\p{L}+ly\s+)?$/iu.test(pre)) return undefined;
  return m[1] ? withoutTitles(m[1].split(/\s+/)) : '';
}
const OWN_NAMING_BEFORE =
  /(?:(\p{Lu}[\p{L}.'’-]*(?:[^\S\n]+\p{Lu}[\p{L}.'’-]*){0,3})[^\S\n]+(?:(?:once|has|had|have|later|then|also|often|famously|repeatedly|has\s+long|had\s+once)[^\S\n]+)?|\b)(dubbed|called|branded|labell?ed|termed|nicknamed|christened)[^\S\n]*,?[^\S\n]*$/u;
/** A name's words without the titles before it ('President Dana Levi': Dana Levi); '' when it opens on a word
 * that opens sentences ('The'). */
function withoutTitles(words: string[]): string {
  while (words.length > 1 && NAME_TITLES.has(words[0]!.replace(/\.$/, ''))) words.shift();
  return SENTENCE_OPENERS.has(words[0]!) ? '' : words.join(' ');
}
const NAME_TITLES = new Set(['President', 'Prime', 'Minister', 'Secretary', 'Sen', 'Rep', 'Gov', 'Gen', 'Mr', 'Mrs', 'Ms', 'Dr', 'Former', 'Vice', 'Chancellor', 'King', 'Queen', 'Prince', 'Senator', 'Governor', 'General', 'Mayor', 'Speaker', 'Leader']);

/**
 * A quotation of what stands in a work or on a site, introduced by where it stands: 'wrote in a post on its
 * website, "..."', 'According to its website, "..."', 'In his speech, "..."'. The noun is where the words are, not
 * the name the quotation gives it: after the comma, or when the quotation is a sentence of four words or more
 * with a word in lower case ('on its website "Our doors remain open ..."'), it is no title ('on the website
 * "Harbour Review"', 'in his book "The Long Road Home"' are).
 */
function quotedFromPlace(before: string, inner: string, words: string[]): boolean {
  const m = PLACE_BEFORE.exec(before);
  if (!m) return false;
  // (a word of four letters or more in lower case: 'wrote in her new book, "Hard Choices."' is the book's title)
  if (!words.some((w) => /^\p{Ll}{4,}$/u.test(w))) return false;
  return m[1] !== undefined || (words.length >= 4 && /[.!?…]$/u.test(inner.trim()));
}
const PLACE_BEFORE =
  /\b(?:on|in|at|via|from|through|to)\s+(?:the|a|an|its|his|her|their|our|my|your|\p{L}+['’]s)\s+(?:[\p{L}-]+\s+){0,2}(?:website|web\s+site|site|app|page|blog|report|study|article|editorial|column|op-ed|speech|essay|podcast|book|documentary|film|statement|post|column)\s*(,)?\s*$/iu;

/**
 * A linked article's headline in body text: a quotation opening its line (after at most a short label, 'READ:',
 * 'On Capitol Hill:'), then a colon and the rest of a headline, up to 25 words with no final stop, to the line's
 * end ("'No way back': Ministers weigh the harbour's future Read more"); or anywhere in a line a link's label in
 * capitals opens ('SEE ALSO: Mayor 'pleased' with harbour deal', 'RELATED: ...'), a headline of up to 25 words
 * with no final stop. Where in the line to look for the headline's cue, or undefined.
 */
function linkedHeadline(text: string, lineStart: number, p: Pair): { from: number; to: number } | undefined {
  const lineEnd = lineEndAt(text, p.end);
  const label = LINK_LABEL.exec(text.slice(lineStart, p.start));
  if (label) {
    const rest = text.slice(lineStart + label[0].length, lineEnd);
    if (lineEnd - lineStart > 300 || /[.!?…]["”’']?\s*$/u.test(rest) || wordsOf(rest).length > 25) return undefined;
    return { from: lineStart + label[0].length, to: lineEnd };
  }
  if (!/^\s*(?:[\p{L}\d][\p{L}\d ]{0,24}:\s*)?$/u.test(text.slice(lineStart, p.start))) return undefined;
  if (text[p.end] !== ':' && !/^[^\S\n]:/u.test(text.slice(p.end, p.end + 2))) return undefined;
  if (lineEnd - p.end > 250) return undefined;
  const rest = text.slice(text.indexOf(':', p.end) + 1, lineEnd);
  if (!/\S/u.test(rest) || /[.!?…]["”’']?\s*$/u.test(rest) || wordsOf(rest).length > 25) return undefined;
  return { from: p.end, to: lineEnd };
}
/** After a quotation that heads a line: its colon, then a name (no article) and a verb of speaking or of
 * appearing to speak ('President Lee speaks on ...', 'Dana Levi joins ...'). */
const QUOTE_HEADLINE_SUBJECT = /^[^\S\n]*:[^\S\n]+(?!(?:A|An|The|This|That|In|On|At|As|After|When)\s)((?:\p{Lu}[\p{L}.'’-]*[^\S\n]+){1,5})(?=(?:speaks|spoke|talks|discusses|reacts|responds|addresses|joins|weighs\s+in|sits\s+down|opens\s+up)\b)/u;
/** A headline's subject that is a name and nothing else, right before its quotation: 'President Dana Levi '. */
const HEADLINE_NAME = /^[^\S\n]*(\p{Lu}[\p{L}.'’-]*(?:[^\S\n]+\p{Lu}[\p{L}.'’-]*){0,3})[^\S\n]+$/u;
/** A headline's lead name with the one it addresses or its topic after it, before the headline's colon: 'Levi to
 * Ruritania: ...', 'Levi on Haddad: ...'. */
const HEADLINE_LEAD_ADDRESS = /^[^\S\n]*(\p{Lu}[\p{L}.'’-]*(?:[^\S\n]+\p{Lu}[\p{L}.'’-]*){0,3})[^\S\n]+(?:on|to)[^\S\n]+[^:\n]{1,60}?:[^\S\n]/u;

/**
 * The speaker a headline (linked in the body, or a subhead after a link's label) gives its quotation by a lead name
 * with the one it addresses or its topic after it: 'SEE ALSO: Levi on Haddad: 'If it was up to him ...'', 'More: Levi to
 * Ruritania: Don't mistake our 'patience' ...' are Levi's words. The name must not be a kicker ('Update on Gaza:') and
 * must be written elsewhere in the text too, as a person's or a body's name is and a headline's topic noun ('Focus on
 * Gaza:') seldom is. `from` is where the headline starts, `to` the quotation; '' when there is no such name.
 */
function addressedLead(text: string, from: number, to: number): string {
  const m = HEADLINE_LEAD_ADDRESS.exec(text.slice(from, to));
  if (!m || isKickerLabel(m[1]!)) return '';
  const words = m[1]!.split(/\s+/);
  const last = words.at(-1)!;
  const lineStart = lineStartAt(text, from);
  const elsewhere = (lineStart > 0 && text.lastIndexOf(last, lineStart - 1) >= 0) || text.indexOf(last, lineEndAt(text, to)) >= 0;
  return elsewhere ? withoutTitles(words) : '';
}

/** A link's label in capitals opening a line: 'SEE ALSO:', 'RELATED:', 'READ MORE:', 'NOW WATCH:'; or in mixed
 * case, 'More:', and an outlet's own in parentheses, '( Also on The Example Post:'. */
const LINK_LABEL =
  /^[^\S\n]*(?:SEE ALSO|RELATED(?: STORY| STORIES| CONTENT| ARTICLE)?|READ MORE|ALSO READ|READ|(?:NOW )?WATCH|MORE|More|RECOMMENDED|TRENDING|\([^\S\n]*Also on(?:[^\S\n]+\p{Lu}[\p{L}.&-]*){1,4})[^\S\n]*:[^\S\n]*/u;

/** An appositive after a comma that names the kind of thing a name before it names: 'a community radio station', 'the
 * port's weekly newsletter', 'an app for ...' (media, works, businesses and charities; not a group, a party or a
 * movement, whose self-name in quote marks is often the writer's distance: 'the "Resistance," the group that ...'). */
const KIND_APPOSITIVE =
  /^[^\S\n]+(?:a|an|the|[\p{L}.&-]+['’]s)[^\S\n]+(?:[\p{L}'’-]+[^\S\n]+){0,3}?(?:station|newspaper|paper|daily|weekly|newsletter|magazine|journal|website|blog|show|programme|program|series|sitcom|soap|film|movie|documentary|book|novel|memoir|album|song|poem|play|musical|podcast|app|platform|channel|network|broadcaster|company|firm|startup|brand|restaurant|caf[eé]|bar|club|band|choir|charity|foundation|think[^\S\n]+tank|festival|exhibition)s?\b/u;
/** A newsletter's label that opens a line of recommendations: 'Watch: ', 'Read: ', 'Listen: ', 'Stream: '. */
const WORK_LABEL_LINE = /^[^\S\n]*(?:Watch|Read|Listen|Stream)[^\S\n]*:[^\S\n]/u;
/** An imperative that opens a sentence or a line, before a work's title: 'Listen to', 'Watch', 'Read'. */
const WORK_IMPERATIVE_BEFORE = /(?:^|[.!?…]["”’']?[^\S\n]+)(?:Listen[^\S\n]+to|Watch|Read)[^\S\n]*$/u;

/** 'as Fox puts it,', 'as his aides like to call it' right before a quotation, and '..., as critics have slurred' right
 * after it: a clause of saying whose subject (up to four words) gives the quotation its words. */
const AS_PUTS_VERBS = String.raw`(?:(?:has|have|had|would|might|once|often|later|likes?[^\S\n]+to|liked[^\S\n]+to)[^\S\n]+)?(?:puts?|putting|calls?|called|dubbed|dubs?|termed|terms?|slurred|described|describes?|labell?ed|labels?|says|said|phrased|phrases|wrote|writes|claimed|claims|demanded)`;
const AS_PUTS_BEFORE = new RegExp(String.raw`\bas[^\S\n]+((?:[\p{L}.’'-]+[^\S\n]+){0,3}?[\p{L}.’'-]+)[^\S\n]+${AS_PUTS_VERBS}[^\S\n]+it[^\S\n]*,?[^\S\n]*$`, 'u');
const AS_PUTS_AFTER = new RegExp(String.raw`^[^\S\n]*,?[^\S\n]*as[^\S\n]+((?:[\p{L}.’'-]+[^\S\n]+){0,3}?[\p{L}.’'-]+)[^\S\n]+${AS_PUTS_VERBS}\b`, 'u');
/** ('the "quick" repairs, as Mayor Dana Levi termed them': the noun the quotation modifies, of one or two words in lower
 * case, then a comma and 'as' with a subject of up to five words and a verb of saying or naming with 'it' or 'them') */
const AS_PUTS_NOUN_AFTER = new RegExp(
  String.raw`^[^\S\n]+(?:\p{Ll}[\p{L}-]*[^\S\n]+)?\p{Ll}[\p{L}-]*[^\S\n]*,[^\S\n]*as[^\S\n]+((?:[\p{L}.’'-]+[^\S\n]+){0,4}?[\p{L}.’'-]+)[^\S\n]+${AS_PUTS_VERBS}[^\S\n]+(?:it|them)\b`,
  'u',
);
/** 'as ... puts it' set off by commas, then the rest of its clause up to the quotation: no quote mark, no clause's end
 * (AS_PUTS_VERBS; the subject as in AS_PUTS_BEFORE). */
const AS_PUTS_EARLIER = new RegExp(String.raw`,[^\S\n]*as[^\S\n]+((?:[\p{L}.’'-]+[^\S\n]+){0,4}?[\p{L}.’'-]+)[^\S\n]+${AS_PUTS_VERBS}[^\S\n]+it[^\S\n]*,[^"“”«»\n.;:!?]{1,80}$`, 'u');

/**
 * 'as ... puts it' set off by commas earlier in the quotation's sentence, with only the rest of the clause between it
 * and the quotation ('The aim, as Dana Levi likes to put it, is to make Ruritania "a normal neighbour."'): the phrase
 * says whose words follow, as it does right before a quotation (AS_PUTS_BEFORE); the match, or null.
 */
function asPutsEarlier(c: Context, p: Pair): RegExpExecArray | null {
  const s = c.t.sentences[sentenceAt(c.t.sentences, p.start)]!;
  return AS_PUTS_EARLIER.exec(c.t.doc.text.slice(Math.max(s.start, p.start - 240), p.start));
}

/** The subject of 'as ... puts it' as a speaker: a name, or a description without its determiner ('his acolytes':
 * acolytes); a pronoun gives no name. */
function putterName(subject: string): string {
  // (not a pronoun, 'as she struggles to', nor a passive, 'as the branch is called')
  if (/^(?:he|she|they|we|I|it|you|one|someone|others|this|that|these|those)\b/iu.test(subject) || /\b(?:is|are|was|were|be|been|being)$/iu.test(subject)) return '';
  const words = subject.split(/\s+/).filter((w) => !/^(?:the|his|her|their|its|our|some|many|a|an)$/iu.test(w));
  // (a title of an office, 'Secretary of State Dana Levi', 'Minister of Transport Ann Lee': the name after it)
  const office = /^\p{Lu}\p{Ll}+$/u.test(words[0] ?? '') && NAME_TITLES.has(words[0]!) && words[1] === 'of' && words.length > 4 ? 3 : 0;
  return words.length === 0 ? '' : withoutTitles(words.slice(office));
}

/** 'known as the', 'known to journalists as', 'known in diplomatic parlance as a' right before a quotation. */
const KNOWN_AS_BEFORE = /\bknown[^\S\n]+(?:(?:to|in|among)[^\S\n]+(?:[\p{L}'’-]+[^\S\n]+){1,3})?as(?:[^\S\n]+(?:the|an?))?[^\S\n]*$/iu;
/** A work the quoted words are the title of: 'the "Harbour Nights" series', 'a "lost wages" documentary'. */
/** The maker of a work after its title: 'by' and a name or 'the' ('"Amazing Grace" by the Harbour Choir', '"Dust" by
 * Dana Levi'). */
const MADE_BY_AFTER = /^,?[^\S\n]+by[^\S\n]+(?:the[^\S\n]+)?\p{Lu}\p{Ll}/u;
/** A programme's or a publication's staff after its title: '"Harbour Hour" host', '"Morning Desk" co-anchor'. */
const STAFF_AFTER = /^[^\S\n]+(?:co-?)?(?:[Hh]osts?|[Aa]nchors?|[Pp]resenters?|[Pp]roducers?|[Cc]reators?|[Ss]howrunners?|[Cc]olumnists?|[Cc]orrespondents?|[Mm]oderators?|[Nn]arrators?|[Pp]anelists?|[Ee]ditors?)\b/u;
const WORK_AFTER = /^[^\S\n]+(?:film|films|movie|movies|documentary|documentaries|series|miniseries|sitcom|podcast|podcasts|novel|memoir|album|song|songs|musical|exhibition|exhibit)\b/u;

/**
 * A campaign, policy, doctrine or operation the quoted words name: 'his "open harbour" policy', 'the "Iron
 * Gate" operation', 'Washington's "full pressure" campaign'. A name goes with a definite determiner or a
 * possessive and runs to two words or more (or is capitalised); an evaluative word goes with an indefinite
 * article or stands alone ('a "measured" plan', 'an "unbelievably small" operation', 'its "cruel" policy').
 */
function namedProgramme(before: string, words: string[], after: string): boolean {
  if (!PROGRAMME_NOUN_AFTER.test(after) || !DEFINITE_BEFORE.test(before)) return false;
  if (words.length === 0 || words.some((w) => /ly$/i.test(w))) return false;
  return words.length >= 2 || /^\p{Lu}/u.test(words[0]!);
}
// (lower case, and on the same line: 'Song said', a surname, and "Newsletter" on the next line are neither;
// no 'plan', a verb as often as a noun: 'Kerry and the other "friends of Syria" plan to meet')
// (an acronym may come between: 'the "boycott, divestment, sanctions" (BDS) movement')
const PROGRAMME_NOUN_AFTER = /^[^\S\n]+(?:\([\p{Lu}\d&-]{2,8}\)[^\S\n]+)?(?:campaign|policy|policies|doctrine|strategy|[Oo]peration|initiative|program|programme|movement|agenda|[Bb]rigades?|[Bb]attalion|[Uu]nit|[Ff]ormation|[Oo]utpost|[Ss]quadron|[Rr]egiment)\b/u;
/** The kind of thing a name before it names, after at most two words in lower case ('armoured personnel carrier'). */
const THING_AFTER = /^,?[^\S\n]+(?:\p{Ll}[\p{L}-]*[^\S\n]+){0,2}(?:episode|episodes|tank|tanks|carrier|carriers|vehicle|vehicles|drone|drones|missile|missiles|rocket|rockets|warship|warships|frigate|destroyer|submarine|aircraft|helicopter|helicopters|jet|jets|rifle|rifles|ship|ships|vessel|tanker|hospital|clinic)\b/u;
/** A name after the kind of thing it names ('the shipping company "Maersk"', 'a new unit, "Nili,"'): the
 * noun, then at most a comma (case-sensitive: the name's capital is read in the quotation) */
const NAMED_KIND_BEFORE = /\b(?:company|firm|unit|brigade|battalion|ship|vessel|tanker|outpost)[^\S\n]*,?[^\S\n]*$/u;
/** (case-sensitive for the name's capital: \p{Lu} under the i flag would match any letter) */
const DEFINITE_BEFORE = /(?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Tt]his|[Tt]hat)|\p{L}[\p{L}.&-]*['’]s?|\b[Oo]wn)\s+(?:\p{Ll}[\p{L}-]*\s+)?$/u;

/**
 * The author of a label given in the passive: a verb or noun of labelling before the quotation ('dubbed a',
 * 'ranked', 'designated as a', 'its designation since 2008 as a') and 'by' and a name within two words after
 * it ('"not free" by Freedom House', '"liar" and perjurer by Dana Levi'). Not a date or a day ('by Monday').
 */
function labelAgent(before: string, after: string): string {
  if (!LABEL_BEFORE.test(before)) return '';
  const m = AGENT_AFTER.exec(after);
  if (!m || NOT_AGENTS.has(m[1]!.split(/\s/)[0]!)) return '';
  // (a full stop after a lower-case letter ends the sentence; one after a capital is an abbreviation's)
  return m[1]!.replace(/(?<=\p{Ll})\.$/u, '');
}
const LABEL_BEFORE =
  /(?:\b(?:dubbed|called|labell?ed|branded|termed|designated|described|ranked|rated|deemed|declared|smeared|denounced|condemned|seen|viewed|regarded|considered|classified|listed|characteri[sz]ed|portrayed|decried|hailed)\s+(?:as\s+)?|\b(?:designation|description|characteri[sz]ation|classification)\b[^.;:!?"“”]{0,40}\bas\s+)(?:(?:an?|the)\s+)?$/iu;
const AGENT_AFTER = new RegExp(
  String.raw`^,?[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,2}?by[^\S\n]+(?:the[^\S\n]+)?((?:\p{Lu}[\p{L}.&-]*)(?:[^\S\n]+(?:of[^\S\n]+)?\p{Lu}[\p{L}.&-]*)*(?:['’]s(?:[^\S\n]+\p{Ll}[\p{L}-]*){1,2})?)`,
  'u',
);
const NOT_AGENTS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan.', 'Feb.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']);

const PROGRAMME_BEFORE =
  /\b(?:(?:said|says|saying|spoke|speaks|speaking|appeared|appears|appearing|talking|joined|joins|joining)\s+(?:on|to|with)|told|hosts|hosted|hosting|anchors|anchored|(?:wrote|writes|writing)\s+(?:in|for|on))\s*$/iu;
/** A name's possessive: "NBC's "Meet the Press"", "Hamas's "Al-Aqsa Flood"" (case-sensitive: \p{Lu} under
 * the i flag would match any letter). */
const POSSESSIVE_BEFORE = /\b\p{Lu}[\p{L}.&-]*['’]s?\s*$/u;

function classify(c: Context, p: Pair, done: Map<Pair, Quote>): Quote {
  const { t } = c;
  const text = t.doc.text;
  const [is, ie] = innerRange(p);
  const inner = text.slice(is, ie);
  const words = wordsOf(inner);
  const section = sectionAt(t.doc.sections, p.start);
  const parent = parentOf(c.pairs, p.start, p.end);
  const lineStart = lineStartAt(text, p.start);
  const before = text.slice(Math.max(lineStart, p.start - 80), p.start);
  const afterClose = text.slice(p.end, Math.min(text.length, p.end + 3));
  const quote = (kind: QuoteKind, speaker = '', cue?: Marker): Quote => ({
    start: p.start,
    end: p.end,
    kind,
    text: text.slice(p.start, p.end),
    speaker,
    cue: cue ? cue.text : '',
    cueStart: cue ? cue.start : -1,
    cueEnd: cue ? cue.end : -1,
    section,
    depth: p.depth,
    innerStart: is,
    innerEnd: ie,
  });

  // titles, names, word-as-word mentions and glosses
  // (or a translation: 'Haram al-Sharif, Arabic for "the Noble Sanctuary,"', '"erhal, erhal" -- Arabic for', '("those
  // who stay," in Kurdish)')
  const gloss =
    (/\(\s*$/.test(before) && /^\s*\)/.test(afterClose)) || LANGUAGE_FOR_BEFORE.test(before) || LANGUAGE_AFTER.test(text.slice(p.end, p.end + 40)) ||
    // (a word glossed, not a sentence's end before a remark in parentheses, '"... interest." (He did not say ...)';
    // nor a label a verb gives, 'calling them "frijoleros" (bean eaters)')
    (words.length <= 3 && !/[.!?…,;:]$/u.test(inner.trim()) && GLOSS_AFTER.test(text.slice(p.end, p.end + 50)) && !PARTIAL_VERB_BEFORE.test(before));
  // ("has called "for a ceasefire"": a call for something, quoted, is no name)
  const callFor = /\bcall(?:s|ed|ing)?\s*$/iu.test(before) && /^\s*for\b/iu.test(inner);
  // "in his words, "..."", "in Levi's words": his words quoted, not a word mentioned
  const inWords = /\bin\s+(his|her|their|its|\S+?)(?:['’]s?)?\s+(?:own\s+)?words\s*[,:]?\s*$/iu.exec(before);
  if (inWords) {
    const owner = inWords[1]!;
    if (!/^(?:his|her|their|its)$/i.test(owner)) return quote('partial', owner);
    const gov = governingCue(c, p, parent);
    const near = gov.cue && gov.speaker !== '' ? { speaker: gov.speaker, cue: gov.cue } : nearbyCue(c, p);
    return quote('partial', near?.speaker ?? '', near?.cue);
  }
  // quote marks after "so-called" hold the writer's distance whatever they hold ('the so-called "Israel
  // Defense Forces"'): never a title
  if (DISTANCE_MARKED.test(before)) return quote('scare');
  // a video's title in a player's boilerplate ('JUST WATCHED "..." Replay More Videos ... MUST WATCH "..."')
  if (/\b(?:JUST WATCHED|MUST WATCH)\s*$/u.test(before)) return quote('title-or-name');
  // a quotation in a list with a title or a mention before it is one too ('phrases like "X" or "Y"')
  if (coordinatedWith(text, p, done)?.kind === 'title-or-name') return quote('title-or-name');
  // a work's title after an imperative that opens a sentence: 'Listen to "..." (32 min.)', 'Watch "..."', 'Read
  // "..."'; and a name in title case inside a title ('"'The Daily': Golan's Story"')
  if (/^[\p{Lu}\d]/u.test(inner.trim()) && WORK_IMPERATIVE_BEFORE.test(before)) return quote('title-or-name');
  // (or a quotation in title case in a line a newsletter labels 'Watch:', 'Read:', 'Listen:' or 'Stream:', 'Watch: Two
  // stars shine in "The Long Tide."')
  if (titleFirst(words) && WORK_LABEL_LINE.test(text.slice(lineStart, p.start))) return quote('title-or-name');
  const titleCase = words.length >= 2 && words.length <= 8 && titleWords(words);
  if (titleCase && parent && done.get(parent)?.kind === 'title-or-name') return quote('title-or-name');
  const after = text.slice(p.end, Math.min(text.length, p.end + 60));
  const body = section !== 'headline' && section !== 'subhead';
  // a quotation that opens a line and stands before its colon, a headline over the story ('‘NO HIGHER
  // PRIORITY’: President Lee speaks on ...'): someone's words, the speaker the name that opens the rest of
  // the line, or the one a cue there names ('‘...’: Senator Lee blasts the plan')
  if (body && p.depth === 0 && /^\s*$/u.test(text.slice(lineStart, p.start)) && /^[^\S\n]*:[^\S\n]+\S/u.test(after)) {
    // (the cue in the sentence after the colon: the line may run on into the story)
    const sentence = c.t.sentences[sentenceAt(c.t.sentences, p.end + /^[^\S\n]*:[^\S\n]+/u.exec(after)![0].length)]!;
    const end = Math.min(lineEndAt(text, p.end), sentence.end);
    const cue = c.cues.find((m) => m.start >= p.end && m.end <= end && m.speaker !== '' && m.speaker !== ANONYMOUS);
    if (cue) return quote('headline-attribution', cue.speaker, cue);
    const named = QUOTE_HEADLINE_SUBJECT.exec(after)?.[1];
    return quote('headline-attribution', named ? withoutTitles(named.trim().split(/\s+/)) : '');
  }
  if (body && p.depth === 0) {
    const link = linkedHeadline(text, lineStart, p);
    if (link) {
      // its speaker: a cue in the rest of the headline ('Pompeo says ...'), or none
      const cue = c.cues.find((m) => m.start >= link.from && m.end <= link.to && (m.end <= p.start || m.start >= p.end) && m.speaker !== '' && m.speaker !== ANONYMOUS);
      // (or a name right before the quotation, as in a headline: 'SEE ALSO: Mayor Dana Levi 'pleased' with ...')
      const named = cue ? undefined : HEADLINE_NAME.exec(text.slice(link.from, p.start))?.[1];
      const name = named ? withoutTitles(named.split(/\s+/)) : '';
      if (name) return quote('headline-attribution', name);
      // (or a name before a colon that opens the headline: '( Also on The Example Post: Mayor: Deal 'close')')
      const lead = cue ? undefined : HEADLINE_LEAD_NAME.exec(text.slice(link.from, p.start));
      return quote('headline-attribution', cue?.speaker ?? lead?.[1] ?? addressedLead(text, link.from, p.start), cue);
    }
  }
  // (body text only: a headline capitalises every word, and its quote marks mark claims)
  if (body && nicknameInName(t, p, before, inner, after) && !titleCaseLine(text, lineStart, p)) return quote('title-or-name');
  if (body && (MENTION_AFTER.test(after) || WORK_AFTER.test(after) || namedProgramme(before, words, after) || mentionedByMeaning(before, inner, words, after))) return quote('title-or-name');
  if (body && words.length >= 1 && words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w)) && NAMED_KIND_BEFORE.test(before) && !watchedHit(c.lexical, is, ie)) return quote('title-or-name');
  // a name in capitals before the kind of thing it names, a vehicle, a weapon, a ship, a hospital or a programme's
  // episode ('a "Harbinger" armoured personnel carrier', '"Sting" rockets', 'the "Morning" episode'): a name, not the
  // writer's distance (a watched name stays the writer's: 'the "Ruritanian" tanks')
  if (body && words.length >= 1 && words.length <= 3 && words.every((w) => /^[\p{Lu}\d]/u.test(w)) && THING_AFTER.test(after) && !watchedHit(c.lexical, is, ie) && demonymOf(c.lexicon, inner) === undefined) return quote('title-or-name');
  if (body && mentionedAsWords(text, p, before, inner, words, after)) return quote('title-or-name');
  // a work's title in title case before the one who made it or a programme's staff ('("Amazing Grace" by the
  // Harbour Choir)', '"Harbour Hour" host Dana Levi', 'the "Morning Desk" anchors'): a title, not the writer's distance
  // (not a label a verb gives, 'branded the "Evil Empire" by the president'; nor one word before an agent, 'the defeat of
  // the "Caliphate" by the army'; a watched name stays the writer's)
  if (body && words.length <= 6 && titleFirst(words) && ((words.length >= 2 && MADE_BY_AFTER.test(after)) || STAFF_AFTER.test(after)) && !labelVerbAt(before, text, p) && !PARTIAL_VERB_BEFORE.test(before) && !watchedHit(c.lexical, is, ie) && demonymOf(c.lexicon, inner) === undefined) {
    return quote('title-or-name');
  }
  // a name in title case set off by a comma before the kind of thing it names ('"Harbour Voice," a community radio
  // station', '"Tidewatch", the port's weekly newsletter'): a name, not the writer's distance (a watched name stays
  // the writer's)
  if (body && words.length <= 6 && titleFirst(words)) {
    const comma = /,$/u.test(inner.trim()) ? after : /^[^\S\n]*,/u.test(after) ? after.replace(/^[^\S\n]*,/u, '') : undefined;
    if (comma !== undefined && KIND_APPOSITIVE.test(comma) && !watchedHit(c.lexical, is, ie) && demonymOf(c.lexicon, inner) === undefined) return quote('title-or-name');
  }
  // a word compared with the quoted one or translated into it ('does not seem synonymous with "happy."', 'Tahaqaq,
  // which translates to "verification."'): words mentioned as words
  if (body && words.length <= 4 && SYNONYM_BEFORE.test(before) && !isWatchedName(c.lexical, is, ie)) return quote('title-or-name');
  if (!gloss && titleBefore(before)) {
    const namer = ownWordsNamed(before, inner);
    if (namer !== undefined) {
      const gov = governingCue(c, p, parent);
      return quote('partial', namer || calledSpeaker(c, p) || gov.speaker, namer ? undefined : gov.cue);
    }
  }
  // a name the thing goes by, with an article or among whom it goes by it ('colloquially known as the "harbour king"',
  // 'known to locals as "the hill"', 'known in diplomatic parlance as a "declaration"'): a name, not the writer's distance
  // (a watched name stays the writer's: 'known as "Judea and Samaria"')
  if (body && KNOWN_AS_BEFORE.test(before)) {
    if (!namesQuotation(watchedHit(c.lexical, is, ie), is, ie)) return quote('title-or-name');
  }
  // ('termed "radical" by the State Department': a label with its author, below)
  const termedBy = /\btermed\s*$/iu.test(before) && labelAgent(before, text.slice(p.end, Math.min(text.length, p.end + 100))) !== '';
  if (gloss || /^#/.test(inner.trim()) || titleBefore(before) && !thingDoes(t, before, is, ie) && !callFor && !termedBy && !quotedFromPlace(before, inner, words) && !/\bwhat\s+(?:\S+\s+){1,8}called\s*$/iu.test(before) && !PARTIAL_VERB_BEFORE.test(before)) {
    if (!(words.length <= 3 && watchedHit(c.lexical, is, ie) && /\bcalled\s*$/i.test(before))) return quote('title-or-name');
  }
  // a programme or publication a speaker appears on, talks to, hosts or writes in: 'said on "Meet the Press."',
  // 'told "Morning Joe"', 'hosts "The Balance"', 'wrote in "The Atlantic"', 'NBC's "Meet the Press"'; a bare 'in' or 'from' is
  // more often a place in quote marks ('communities in "Judea and Samaria"')
  if ((PROGRAMME_BEFORE.test(before) || POSSESSIVE_BEFORE.test(before)) && namedInTitleCase(t, p, words)) return quote('title-or-name');
  const hit = watchedHit(c.lexical, is, ie);
  // a name from a counterpart set of names, not an evaluative word that happens to carry a referent; or a
  // state's or people's adjective, demonym or plural quoted alone ("the 'Israeli' army", "'Palestinian'
  // police"), which names the referent as its name does
  const demonym = hit === undefined && words.length === 1 ? demonymOf(c.lexicon, inner) : undefined;
  const watched = hit ?? demonym;
  const watchedName =
    (words.length <= 3 && namesQuotation(hit, is, ie)) || demonym !== undefined;
  const gov = governingCue(c, p, parent);
  const namey = words.length <= 2 && wordsOf(inner).every((w) => /^\p{Lu}/u.test(w)) && isProperName(t, is, ie);
  // an exclamation quoted in the writer's sentence ('crying out "Mama!"', 'shouted slogans including, "Truce now!"', 'it
  // is no longer "Weak!"'): something cried, said or written, never a term the writer holds at a distance (a watched
  // name too); the speaker of the sentence's cue, or of the sentence before or after. Read where the quotation would
  // otherwise stay scare.
  // (not inside a quotation, where the marks may be the speaker's own: '"... nice and new and 'smart!'"')
  // a quotation inside a newspaper's headline quoted in a press review ('the Mail has "Pressure on Tories over 'serial
  // rapist' cover-up"', '"Post Office victims 'will get justice'" says the Metro'): the headline's marks, which mark
  // the words of someone the story reports, as a headline's do (the speaker a name before the headline's colon or a
  // cue inside it); the parent a direct quotation of a headline's length given to a newspaper or in a sentence about a
  // headline or a front page, with no sentence's end of its own (not a newspaper's paragraph quoted, nor a partial
  // quotation of its report, 'the Times reported that the mayor "knew the 'secret' plan"'). Read where the quotation
  // would otherwise stay scare.
  const inHeadline = (): Quote | undefined => {
    const host = parent && p.depth > 0 ? done.get(parent) : undefined;
    if (!host || host.section !== 'body' || host.kind !== 'direct' || !quotesHeadline(c, host)) return undefined;
    const cue = c.cues.find((m) => m.start >= host.innerStart && m.end <= host.innerEnd && (m.end <= p.start || m.start >= p.end) && m.speaker !== '' && m.speaker !== ANONYMOUS);
    const lead = HEADLINE_LEAD_NAME.exec(text.slice(host.innerStart, p.start));
    return quote('headline-attribution', cue?.speaker ?? (lead ? withoutTitles(lead[1]!.split(/\s+/)) : ''), cue);
  };
  // an initialism or a coded name quoted alone ('the "P5+1" (the five permanent members ...)', 'the resulting "R2P"
  // principle'): a name, not a term the writer holds at a distance; capitals with a digit or a sign, or two or three
  // capitals (not a word in capitals, '"HIGH."', 'shouted "NO"'; a watched name stays the writer's, 'the "IDF" claimed').
  // Read where the quotation would otherwise stay scare: a speaker's initialism stays a partial quotation ('the
  // group's "DNA," as Gartenstein-Ross puts it').
  const initialism = (): boolean => {
    const bare = inner.trim().replace(/[.,;:]+$/u, '');
    return body && words.length >= 1 && /^[\p{Lu}\d][\p{Lu}\d+&\/-]{1,7}$/u.test(bare) && /\p{Lu}/u.test(bare) && (/[\d+&\/]/u.test(bare) || bare.length <= 3) && !FUNCTION_WORDS.has(bare.toLowerCase()) && !watchedHit(c.lexical, is, ie) && demonymOf(c.lexicon, inner) === undefined;
  };
  const notScare = (): Quote => {
    const headline = inHeadline();
    if (headline) return headline;
    if (initialism()) return quote('title-or-name');
    // a term of up to three words glossed after its comma ('a funeral of "unknown sailors," usually a reference to those
    // lost at sea'): words mentioned, not the writer's distance (read only here: after someone's words the gloss is the
    // writer's note on what they meant, '"...," a reference to the camp')
    if (body && words.length <= 3 && REFERENCE_AFTER.test(after) && watched === undefined) return quote('title-or-name');
    // (or of up to four words explained after a dash or a colon, '"turnaround time": how long a ferry waits in port':
    // GLOSSED_AFTER; read only here, where no speaker was found for the words)
    if (body && words.length <= 4 && GLOSSED_AFTER.test(after) && watched === undefined) return quote('title-or-name');
    if (!body || p.depth !== 0 || words.length === 0 || !/!$/u.test(inner.trim()) || /\?/u.test(inner)) return quote('scare');
    const who = gov.cue && gov.speaker !== '' ? { speaker: gov.speaker, cue: gov.cue } : nearbyCue(c, p);
    return quote(/^[\p{Lu}\d]/u.test(inner.trim()) ? 'direct' : 'partial', who?.speaker ?? '', who?.cue);
  };

  if (section === 'headline' || section === 'subhead') {
    // a subhead or headline that is a quotation and nothing else quotes words the article reports ('‘Grave
    // Threats’' over the paragraphs that quote them): no term held at a distance in a line of the writer's
    if (!gov.cue && fillsLine(text, lineStart, p)) return quote('headline-attribution');
    // (a title-case headline capitalises every word: a capital says nothing of a name there)
    // (nor does the capital of a word that opens the line or follows its colon or stop, '‘Progress’ on safe
    // passage', 'Update: "Historic Mistake"', nor a line in capitals throughout)
    const lineHead = /^\s*$|[:.]\s*$/u.test(text.slice(lineStart, p.start));
    const capsLine = !/\p{Ll}/u.test(text.slice(lineStart, lineEndAt(text, p.end)));
    // a watched name in what a named subject's verb of saying reports ('Minister says "new Nakba" is coming', 'Mayor
    // calls for "immediate truce"', 'Union accused of "aiding genocide"'): the speaker's words, as the headline's other
    // quotations are; a state's or people's name quoted bare stays the writer's distance ('... helped "Israel" ...')
    // (a watched name that is not a bare name: the source's words when a source is found for it)
    const sourced = watchedName && !bareName(c, is, ie, hit, demonym);
    if (sourced && gov.cue && gov.speaker !== '' && reportsOwnWords(c, gov.cue, p)) return quote('headline-attribution', gov.speaker, gov.cue);
    // a source after the headline's last colon, as wires set it ('Gaza a "graveyard" for children: UN', '... "will end
    // soon": Defence minister'): the speaker of its quotations that no cue gives one
    // (or the one a quotation that opens the headline, alone or with another joined by 'or', 'and' or a comma, has after
    // its colon: ''Odd' Or 'Unusual': Mayor Lee Responds To Critics')
    const opensLine = /^\s*$/.test(text.slice(lineStart, p.start)) || JOINED_QUOTE_BEFORE.test(text.slice(lineStart, p.start));
    const tail = gov.cue ? '' : headlineTail(t, p.end, lineEndAt(text, p.end)) || (opensLine ? quoteFirstSpeaker(t, p) : '');
    if (tail && sourced) return quote('headline-attribution', tail);
    // a name-like phrase in capitals that a named subject's verb of saying gives right before it ('Mayor Levi declares
    // "Job Done"', 'Levi blames Lee for backing "Tyrant Ruiz"'): the speaker's words, as the headline's other quotations
    // are, not the writer's distance (a watched name stays the writer's, below)
    if (!watchedName && namey && gov.cue && gov.speaker !== '' && gov.speaker !== ANONYMOUS && reportsOwnWords(c, gov.cue, p)) return quote('headline-attribution', gov.speaker, gov.cue);
    if (watchedName || (namey && !titleCaseLine(text, lineStart, p) && !lineHead && !capsLine)) return quote('scare');
    if (gov.cue) return quote('headline-attribution', gov.speaker, gov.cue);
    // ('Minister: "..."', and a long name in title case with a space before its colon, 'Office Of The President : "..."')
    // (a kicker is no one: 'Khan Younis: "..."', 'Explainer: "..."'; a state or a body speaks, 'Ruritania: "..."', 'UN: "..."')
    const colon = HEADLINE_COLON_LABEL.exec(before);
    const label = colon ? colon[1]! : '';
    const speaker = label && (!isKickerLabel(label) || SPEAKING_LABEL.test(label)) ? label : tail;
    // (or a name with the one it addresses after a link's label: 'More: Levi to Ruritania: Don't mistake our "patience" ...')
    const link = speaker ? null : LINK_LABEL.exec(text.slice(lineStart, p.start));
    const named = speaker || (link ? addressedLead(text, lineStart + link[0].length, p.start) : '');
    // (or a name's possessive right before two words or more, as in the body: 'Storm tests Mayor Levi's "red line"'
    // quotes Levi; one word is as often the headline's sarcasm, 'Levi's "victory"', and a watched name no one's)
    // (read after the body: a body quotation that holds the words names its speaker first, findQuotes)
    const owner = named === '' && words.length >= 2 ? possessor(c, p, before) : '';
    if (owner) c.owners.set(p.start, owner);
    return quote('headline-attribution', named);
  }
  // a watched name quoted as (or in) the subject the cue after it cites ("The 'IDF' claimed", "the
  // 'Israeli' army said"): the writer's distance from the name, not that source's own words (a programme's
  // title is no watched name: '"The Daily" explains')
  if (gov.cue !== undefined && gov.cue.start >= p.end && gov.speaker !== '' && words.length <= 3) {
    const bare = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    // the name itself, or a capitalised word in the phrase right before the verb ("the 'Israeli' army said")
    const between = text.slice(p.end, gov.cue.start);
    // (a watched name or a phrase that holds one: not a programme's title, '"Hardball" host Chris Matthews
    // said'; nor a quotation closed by its own punctuation, '"For a year," Mayor Ruiz conceded')
    const named = c.lexical.some((m) => NAME_CATEGORIES.has(m.category) && m.start < ie && m.end > is);
    // (and the words between are the rest of the phrase: "who were allegedly" opens a clause)
    const nominal = !/[^\p{L}\p{N}\s'’-]/u.test(between) && wordsOf(between).length <= 3 && !CLAUSE_WORD.test(between);
    const inSubject = named && gov.cue.form !== 'evidential' && nominal && /^\p{Lu}/u.test(inner.trim()) && !/\p{P}$/u.test(inner.trim());
    if ((watchedName && bare(inner) === bare(gov.speaker)) || inSubject) return quote('scare');
  }
  // 'ranked "not free" by Freedom House', 'designated as a "civil war" by the UN': the label's author
  const labeller = labelAgent(before, text.slice(p.end, Math.min(text.length, p.end + 100)));
  // (a name in title case after 'dubbed the' is the name, not a label: 'dubbed the "Great March of Return" and
  // led by ...')
  if (labeller && !gov.cue && !namedInTitleCase(t, p, words)) return quote('partial', labeller);
  // a fragment that opens its sentence (or follows 'It is'), closed by its own comma, question or exclamation mark, with
  // a tag the lexicon does not list right after it ('"Enough," she demanded', 'It is "peace in our day," Levi
  // proclaimed', '"For Israel," he went on'): the words of the tag's subject, as speech set off by its tag is (a watched name
  // too)
  // (a quotation that reads as a sentence is speech anyway, below)
  if (!(gov.cue && gov.adjacent) && !isSentenceLike(inner, before) && !standsAlone(before, inner, text.slice(p.end, p.end + 2))) {
    const tagger = tagSubject(text, p, before, inner);
    // (a pronoun stands for the speaker of the quotations before it: '"Let me talk." / "Quiet," he demanded')
    const speaker = /^(?:he|she|they|we|I)$/.test(tagger) ? previousSpeaker(c, p, done)?.speaker ?? tagger : tagger;
    if (tagger) return quote(OPENS_SENTENCE.test(before) ? 'direct' : 'partial', speaker);
  } else if (watchedName && gov.cue && gov.adjacent && gov.cue.start >= p.end && gov.speaker !== '' && tagSubject(text, p, before, inner)) {
    // (a watched name set off by a tag the lexicon lists: the speaker's words like any other, not the writer's distance)
    return quote(OPENS_SENTENCE.test(before) ? 'direct' : 'partial', gov.speaker, gov.cue);
  }
  if (watchedName && !(gov.adjacent && words.length >= 3)) {
    // "called it 'X'": the speaker's name for it; a state's name in quote marks elsewhere is the writer's
    // distance even inside reported speech ("highlighted that 'Israel' had ..."); other names quoted right
    // at a cue are the speaker's words ("called for 'humanitarian pauses'")
    const label = labelVerbAt(before, text, p);
    if (label) return quote('partial', labelSpeaker(c, p, label) || gov.speaker, gov.cue);
    // (joined by 'and' or 'or' to a speaker's partial quotation: 'described the crews as "reckless" and "pirates"')
    const joinedTo = joinedToPartial(text, p, done);
    if (joinedTo) return quote('partial', joinedTo.speaker, c.cues.find((m) => m.start === joinedTo.cueStart));
    if (watched!.category !== 'naming' && gov.cue && gov.adjacent && gov.speaker !== '') return quote('partial', gov.speaker, gov.cue);
    // a label for people ('terrorists', 'militants') in the clause a named speaker's verb reports, before
    // it in the sentence with no other quotation or clause's end between: that speaker's word ('the agency
    // said the drone was hunting "terrorists" near the border')
    // (not the writer's own 'I find', nor a name in capitals, 'the "Harbour Resistance Front"')
    const capitalised = words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w));
    if (watched!.category !== 'naming' && gov.cue && gov.cue.end <= p.start && gov.speaker !== '' && !/^(?:I|we|me|us)$/i.test(gov.speaker) && !capitalised && gov.cue.form !== 'evidential' && !/[;:"“”«»]/u.test(text.slice(gov.cue.end, p.start))) {
      return quote('partial', gov.speaker, gov.cue);
    }
    // (a label after a longer object: 'designated six leading harbour unions "terrorist" outfits')
    const longLabel = body ? longObjectLabelAt(c, p, before) : undefined;
    if (longLabel) return quote('partial', labelSpeaker(c, p, longLabel) || gov.speaker, gov.cue);
    // (a name in title case that holds a watched name and more: titleNameAround)
    if (body && p.depth === 0 && titleNameAround(c, p, words, hit)) return quote('title-or-name');
    return notScare();
  }

  if (isSentenceLike(inner, before) || standsAlone(before, inner, text.slice(p.end, p.end + 2))) {
    // (the answer to a question quoted right before it is someone else's: not the asker's cue nor speaker)
    const asked = answerTo(text, p, done);
    if (asked && (!gov.cue || gov.cue.end <= asked.start)) return quote('direct', nameAfter(c, p) || creditAfter(text, p));
    if (gov.cue) return quote('direct', gov.speaker, gov.cue);
    const intro = colonIntro(c, p);
    if (intro) return quote('direct', intro.speaker, intro);
    if (/:\s*$/.test(before)) {
      const subject = colonSubjectSpeaker(t, text.lastIndexOf(':', p.start));
      if (subject) return quote('direct', subject);
    }
    const named = nameAfter(c, p) || creditAfter(text, p);
    if (named) return quote('direct', named);
    const prev = previousSpeaker(c, p, done);
    if (prev) return quote('direct', prev.speaker, prev.cue);
    return quote('direct');
  }
  // a short utterance that opens its sentence, closed by its own comma, question or exclamation mark, with the tag
  // that cites it right after ('"We're out," says the baker', '"Not again!" she shouted'): speech set off by its tag,
  // as a longer one is (a fragment inside a sentence of the writer's stays partial: 'It is "a disgrace," Levi said'; so
  // does one in lower case after an abbreviation's stop, 'the U.S. "had no choice," he said')
  if (gov.cue && gov.cue.start >= p.end && gov.speaker !== '' && OPENS_SENTENCE.test(before) && /^[\p{Lu}\d][^]*[,?!]$/u.test(inner.trim()) && TAG_GAP.test(text.slice(p.end, gov.cue.start))) {
    return quote('direct', gov.speaker, gov.cue);
  }
  // fragments
  if (gov.cue && gov.adjacent && gov.cue.end <= p.start) return quote('partial', gov.speaker, gov.cue);
  // a fragment inside the complement of a speech or claim noun whose owner is named ('accusations by Dana Levi
  // that the count was "rigged"', 'the Harbour Party's claim of a "great victory"', 'Levi's description of the port
  // as its "eternal gateway"'): the owner's words, though a verb before the noun or after the clause reports
  // someone else ('... that the count was "fixed" were dismissed by the court')
  // (a pronoun's noun, 'his claim that', waits for the rules below: see the end)
  const claim = claimOwner(c, p);
  if (claim && !claim.byPronoun) return quote('partial', claim.speaker);
  if (gov.cue && gov.adjacent) return quote('partial', gov.speaker, gov.cue);
  // (a label after a longer object is read last, below, where the quotation would otherwise stay scare)
  const labelled = (label: { at: number; near: boolean }): Quote => {
    const namer = labelSpeaker(c, p, label) || gov.speaker;
    if (namer) return quote('partial', namer, gov.cue);
    // ('He labelled the crews "..."': the speaker the sentence reports, or one of the sentence before or after)
    if (gov.voiced) return quote('partial', gov.voiced.speaker, gov.voiced);
    const near = nearbyCue(c, p);
    return quote('partial', near?.speaker ?? '', near?.cue ?? gov.cue);
  };
  const label = labelVerbAt(before, text, p);
  if (label) return labelled(label);
  // a fragment in a sentence that reports a named or described speaker is taken as that speaker's words
  if (gov.cue && gov.speaker !== '') return quote('partial', gov.speaker, gov.cue);
  if (gov.voiced) return quote('partial', gov.voiced.speaker, gov.voiced);
  // a fragment in what a document's text lays down ('a resolution that said the plans were "null and void"', 'the
  // Harbour Powers Act requires ... sent into "hostilities"', 'Under the proposed bill, ... would "significantly alter"'):
  // the document's words, though no person is named
  const document = body ? documentSpeaker(c, p) : '';
  if (document) return quote('partial', document);
  if (namedInTitleCase(t, p, words)) return quote('title-or-name');
  // a label given with 'as' by a verb of characterising ('cheered the strikes as a "...", 'billed as a "..."',
  // 'cast the council as the "..."'): the words of whoever gives the label, not the writer's distance
  // (with no name for the one who gives it, the later tests may still find a speaker; else it is someone's)
  const labelAs = labelAsBefore(c, p, before);
  if (labelAs) return quote('partial', labelAs);
  // a fragment inside what a speech verb or noun earlier in its sentence reports, though no speaker was
  // resolved for it ('pointed the finger and promised that those responsible would be "held to account"',
  // 'the agency's warning of "disaster"', 'his pledge to "defeat and destroy" them'): someone's words
  const speech = reportedBefore(c, p, inner);
  if (speech) {
    // (a clause quoted takes the speaker of a nearby sentence, as below, when the sentence names none)
    const clause = words.length >= 5 || (words.length >= 4 && /[.!?…]$/u.test(inner.trim()));
    const near = speech.speaker === '' && clause ? nearbyCue(c, p) : undefined;
    if (near) return quote('partial', near.speaker, near.cue);
    // (with no speaker named, the speaker of a partial quotation it is joined to, or of a pronoun's claim noun:
    // 'Levi's vows that it would be a "red line" and a "..."', 'his allegation that the mill was "..."')
    // (only where the lead held a quotation, which the rules below would have read first)
    const joinedTo = speech.speaker === '' && speech.blanked ? joinedToPartial(text, p, done) : undefined;
    if (joinedTo && joinedTo.speaker !== '') return quote('partial', joinedTo.speaker, c.cues.find((m) => m.start === joinedTo.cueStart));
    if (speech.speaker === '' && speech.blanked && claim?.byPronoun && claim.speaker !== '') return quote('partial', claim.speaker);
    return quote('partial', speech.speaker, speech.cue);
  }
  // five words, or four ending on a stop, are a clause someone said rather than a term held at a distance
  if (words.length >= 5 || (words.length >= 4 && /[.!?…]$/u.test(inner.trim()))) {
    const prev = gov.cue ? { speaker: gov.speaker, cue: gov.cue } : nearbyCue(c, p);
    return quote('partial', prev?.speaker ?? '', prev?.cue);
  }
  // a fragment joined by 'and' or 'or' to a speaker's partial quotation right before it ('would be a "red line"
  // and a "turning point"', 'described the crews as "reckless" and "a danger to all"'): the same speaker's words
  const joined = joinedToPartial(text, p, done);
  if (joined) return quote('partial', joined.speaker, c.cues.find((m) => m.start === joined.cueStart));
  // a name's possessive right before the fragment ('Reagan's "trust but verify"', 'the senator's "not our problem"
  // approach'): that person's words, or in title case the name of their work ('Dana Levi's "Harbour" tour')
  // (but one word in lower case after the possessive, 'Obama's "credibility"', 'America's "allies"', is the writer's
  // sarcasm about the possessor, unless a noun for words follows: 'Levi's "gun" remark')
  // (nor the words of the sentence's subject: 'Kim is testing Trump's "love"')
  // a possessive pronoun before the fragment and a noun for words after it ('his "no deal" remarks', 'her "hard choices"
  // speech', 'its "red lines" statement'): the words of whom the pronoun stands for, not the writer's distance
  // (not a title in title case: 'his "Harbour Song" speech')
  const titled = words.length >= 2 && titleWords(words);
  const pronounOwner = body && p.depth === 0 && !titled && WORDS_NOUN_AFTER.test(after) ? PRONOUN_POSSESSIVE_BEFORE.exec(before) : null;
  if (pronounOwner) {
    const at = p.start - before.length + pronounOwner.index;
    const [i] = tokenSpan(t, at, at + pronounOwner[1]!.length);
    return quote('partial', resolvePronoun(t, i) || PRONOUN_OWNERS[pronounOwner[1]!.toLowerCase()]!);
  }
  const owner = possessor(c, p, before);
  if (owner && words.length === 1 && /^\p{Ll}/u.test(words[0]!) && !WORDS_NOUN_AFTER.test(after)) return quote('scare');
  if (owner) return titleFirst(words) ? quote('title-or-name') : quote('partial', owner);
  // (a label whose giver goes unnamed: someone's words, unless a speaker's quotation nearby holds them, echoSpeakers)
  if (labelAs !== undefined) {
    c.labelled.set(p.start, '');
    return notScare();
  }
  // 'as Fox puts it, "..."', '"...," as Western critics have slurred': the words of who puts it so (a cue the
  // lexicon knows has given its speaker before; this names the rest)
  // (or set off by commas earlier in the sentence, the quotation further on in its clause: 'The aim, as Dana Levi puts
  // it, is a "normal neighbour."')
  const putter = AS_PUTS_BEFORE.exec(before) ?? AS_PUTS_AFTER.exec(text.slice(p.end, p.end + 60)) ?? AS_PUTS_NOUN_AFTER.exec(text.slice(p.end, p.end + 100)) ?? asPutsEarlier(c, p);
  const putterSpeaker = putter ? putterName(putter[1]!) : '';
  if (putterSpeaker) return quote('partial', putterSpeaker);
  // the name of a doctrine, a slogan or a word that a noun before it gives ('the doctrine of "..."', 'a strategy
  // of "..."', 'slogans such as "..."', 'I add the qualifier "..."'): named, not held at a distance
  if (body && NAMED_BY_NOUN_BEFORE.test(before)) return quote('title-or-name');
  // a predicate quoted after the writer's subject, modal or 'to' ('the resolution also "stresses the urgent need"',
  // 'ordered the crews to "hold the line"', 'the port will "do what it must"'): someone's words, a verb phrase no
  // writer holds at a distance as a term
  // (the subject is not always the speaker: 'Washington will "degrade and destroy"' quotes the president; like a
  // label with no giver, it is someone's words unless a speaker's quotation nearby holds them, echoSpeakers)
  if (quotedPredicate(t, p, words)) c.labelled.set(p.start, clauseSubject(c, p));
  // the words a named subject says, asks for, calls something or aims at, as the object or complement of its verb
  // ('Dana Levi hit the plan as "reckless"', 'the minister is determined to achieve "full control"', 'Levi outlined
  // terms for any "new accord"'): that subject's words, not the writer's distance
  const own = subjectsWords(c, p, words);
  // (not in a headline that stands as a body line or a video's title, which keeps a headline's class)
  const scare = quote('scare');
  if (own && videoTitleStart(text, scare) === undefined && headlineInBody(t, scare) === undefined) return quote('partial', own);
  // a fragment in the complement of a speech or claim noun a pronoun owns ('his claim that the port was "secure"'): the
  // words of whom the pronoun stands for, the sentence's speaker or its subject's name, or of someone unnamed
  if (body && claim?.byPronoun) return quote('partial', claim.speaker);
  const holder = body && p.depth === 0 ? viewHolder(c, p) : '';
  if (holder) return quote('partial', holder);
  // ('designated six leading harbour unions "rogue outfits"': the label a verb gives after a longer object)
  const longLabel = body ? longObjectLabelAt(c, p, before) : undefined;
  if (longLabel) return labelled(longLabel);
  if (body && p.depth === 0 && phrasalModifier(c, p, inner, words)) return quote('title-or-name');
  return notScare();
}

/**
 * A phrase of two to six words held together by a joining word (a preposition, a conjunction, an article or a
 * pronoun), closed by no punctuation of its own, right before the noun it modifies: a phrasal compound ('a "rally
 * round the flag" effect', 'the "before and after" photos', 'an "eye for an eye" policy', 'the "day after" talks'). The
 * marks bind the phrase into one modifier, the name of an idea, a slogan or a term; they do not hold a word at a
 * distance. Not an adjective or a noun phrase quoted before its noun, 'a "limited" strike', 'the "peace process"
 * talks', which stay the writer's; nor a phrase that opens on an article, 'In "a matter of weeks" people forget', whose
 * noun opens a clause; nor a verb right after its subject, 'the leaders "shrugged off" warnings', whose noun is its
 * object. Read last, after every rule that finds a speaker for it ('Levi's "shoot first" remarks'); a watched name
 * stays the writer's distance.
 */
function phrasalModifier(c: Context, p: Pair, inner: string, words: string[]): boolean {
  if (words.length < 2 || words.length > 6 || PHRASE_END_STOP.test(inner)) return false;
  // (a phrase that opens on an article is a noun phrase of its own, and a noun after it a new clause's: 'In "a matter of
  // weeks" people forget')
  if (DETERMINER_FIRST.test(inner)) return false;
  if (!words.some((w) => PHRASE_JOINERS.has(w.toLowerCase()))) return false;
  if (watchedHit(c.lexical, p.start + p.open, p.end - p.close)) return false;
  const { t } = c;
  const [first, last] = tokenSpan(t, p.start, p.end);
  // (a verb right after its subject is the clause's own verb, its object after it: 'the leaders "shrugged off" warnings')
  const verb = t.tokens.slice(first, last + 1).find((x) => /[\p{L}\p{N}]/u.test(x.value));
  const subject = t.tokens[first - 1];
  if (verb && (verb.pos === 'VERB' || verb.pos === 'AUX') && subject && SUBJECT_POS.has(subject.pos)) return false;
  const next = t.tokens[last + 1];
  // (the noun follows on the same line, in lower case: 'photos', not a name or a new sentence)
  return next !== undefined && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.value) && /^[^\S\n]+$/u.test(t.doc.text.slice(p.end, next.start));
}
/** Tags of a word that can be a verb's subject right before it. */
const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON']);
/** Words that join a phrase into a compound: prepositions, conjunctions, articles, pronouns. */
const PHRASE_JOINERS = new Set(
  'and or nor of for to in on at by with from after before around round over under up out off into onto against than the a an it them'.split(' '),
);
/** A stop, comma or other punctuation that closes the quoted words: '"... of the year,"' ends a clause, it binds no modifier. */
const PHRASE_END_STOP = /[.,;:!?…)\]]\s*$/u;

/**
 * The name a sentence opens on with 'To' and a comma, as the one whose view the rest of the sentence gives ('To Dana
 * Levi, a fellow at the institute, the crisis is forcing the mayor to stop being a "ditherer"'): a fragment in it is
 * that person's words, or ''. The name is a run of capitalised words the tagger reads as a name (not 'To date', 'To
 * be sure', 'To his credit'), with an apposition after it; no clause's end or other quotation stands between.
 * Or a name set off by commas after 'for' inside the sentence, one name or two joined by 'and' ('The best course, for
 * Levi and Baker, starts with "quiet talks"', 'which, for the Harbour Front, amounts to "treason"'): the same aside
 * of whose view it is (not 'For years, ...', 'For Levi, ...' opening a sentence, which as often sets a topic).
 */
function viewHolder(c: Context, p: Pair): string {
  const { t } = c;
  const s = t.sentences[sentenceAt(t.sentences, p.start)]!;
  const lead = t.doc.text.slice(s.start, p.start);
  const m = VIEW_HOLDER_BEFORE.exec(lead) ?? VIEW_HOLDER_FOR.exec(lead);
  if (!m) return '';
  const at = s.start + m.index + m[0].indexOf(m[1]!);
  const [first, last] = tokenSpan(t, at, at + m[1]!.length);
  for (let i = first; i <= last; i++) if (t.tokens[i]!.pos !== 'PROPN' && t.tokens[i]!.value !== 'and' && /\p{L}/u.test(t.tokens[i]!.value)) return '';
  const name = withoutTitles(m[1]!.split(/\s+/));
  return NOT_AGENTS.has(name) ? '' : name;
}
/** 'To' and a name of up to four capitalised words opening the sentence, a comma (an apposition of up to 100
 * characters and its comma), then the clause up to the quotation (groups: the name). */
const VIEW_HOLDER_BEFORE = /^[^\S\n]*To[^\S\n]+(\p{Lu}[\p{L}.'’-]*(?:[^\S\n]+\p{Lu}[\p{L}.'’-]*){0,3}),(?:[^,.;:!?"“”«»\n]{1,100},)?[^.;:!?"“”«»\n]*$/u;
/** A comma, 'for' and a name (up to four capitalised words after an optional 'the', or two such names joined by 'and'),
 * a comma, then the clause up to the quotation (groups: the name). */
const VIEW_HOLDER_FOR = /,[^\S\n]*for[^\S\n]+(?:the[^\S\n]+)?(\p{Lu}[\p{L}.'’-]*(?:[^\S\n]+\p{Lu}[\p{L}.'’-]*){0,3}(?:[^\S\n]+and[^\S\n]+\p{Lu}[\p{L}.'’-]*(?:[^\S\n]+\p{Lu}[\p{L}.'’-]*){0,3})?),[^.;:!?"“”«»\n]*$/u;

/** A name before a colon that opens a headline's line: up to four capitalised words, or five to eight with "of", "the"
 * or "and" among them and no possessive ('Office Of The President Of Ruritania : "..."', with a space before the
 * colon as some agencies set it); not a topic ('Netanyahu's Goal for Gaza: "..."', 'Critics On The Mayor's Plan: "..."'). */
const HEADLINE_COLON_LABEL = /^\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|\p{Lu}[\p{L}.-]*(?:\s+(?:(?!(?:On|In|For|To|With|About|At|Over|After|From|By|As|Vs|Amid|Against)\s)\p{Lu}[\p{L}.-]*|of|the|and)){4,7})\s*:\s*$/u;

/** A label the kickers' test refuses that still speaks before a headline's quotation: an initialism ('UN', 'U.S.') or
 * a state, whose government speaks ('Israel: "..."'), or one of a diaspora ('Palestinian-American: "..."'); not a territory or
 * a town ('Gaza: "..."', 'Khan Younis: "..."'). */
const SPEAKING_LABEL = /^(?:\p{Lu}{2,3}|(?:\p{Lu}\.){2,3}|\p{Lu}\p{Ll}+-(?:Americans?|Britons?|Canadians?|Australians?)|Israel|Iran|Egypt|Qatar|Turkey|Jordan|Syria|Lebanon|Iraq|Yemen|Russia|China|Ukraine|Britain|France|Germany|America|Saudi Arabia|Hamas|Hezbollah)$/u;

/** The source after a headline's last colon: one to five words ('UN', 'Rights group', 'Israel defence minister', 'Rep.
 * Dean'); see sourcePhrase. */
const HEADLINE_TAIL = /(?<![^\S\n]):[^\S\n]+([\p{L}\p{N}][\p{L}\p{N}.'’&-]*(?:[^\S\n]+[\p{L}\p{N}.'’&-]+){0,4})[^\S\n]*$/u;
/** A tail that is a topic, a programme, a format or a date, no source: 'What to know Monday', 'An NBC News investigation',
 * 'Live updates', 'Day 100'. */
const NOT_TAIL_FIRST = /^(?:A|An|The|What|How|Why|Who|Where|When|Which|Consider|Live|Watch|Read|Listen|Photos?|Video|Videos|Podcast|In|Inside|On|At|For|From|Day|Week|Part|Episode|Analysis|Opinion|Explainer|Timeline|Latest|Updates?)$/;

/** A preposition in a tail makes it a clause or a topic ('Bunker busters used in Gaza', 'Diseases Spread Across
 * Gaza'); a source's name holds none but 'of' or 'for' ('Head of the municipality', 'Spokesman for the army'). */
const TAIL_PREPOSITION = /^(?:in|on|at|under|across|against|through|with|without|after|before|over|into|onto|from|by|as|amid|about|to|toward|towards|behind|near|inside|outside|during|since|until|via)$/i;

/**
 * The source a wire's headline names after its last colon ('Gaza has become a "graveyard": UN', '"There is no let-up":
 * Relief chief'), or ''. Not a space before the colon (a programme's suffix, ' : Consider This from NPR'), a kicker, a
 * topic, a format or a clause (a verb or a preposition in it: '"We are all sick": Diseases spread across the camps',
 * '"Hell on Earth": Strikes hit the town'); the words after the colon hold no other colon or quote mark.
 */
function headlineTail(t: Tokenized, from: number, to: number): string {
  const rest = t.doc.text.slice(from, to);
  const m = HEADLINE_TAIL.exec(rest);
  return m ? sourcePhrase(t, from + m.index + m[0].indexOf(m[1]!), m[1]!) : '';
}

/**
 * The phrase at `start` names a source, not a clause or a topic: no quote mark or colon, a capital or a digit first but
 * not a topic's or a format's opener, no preposition but 'of' or 'for', no capital after its lower-case head, no word the
 * tagger reads as a verb, not a kicker; the phrase without its trailing stops, or ''.
 */
function sourcePhrase(t: Tokenized, start: number, phrase: string): string {
  if (/["“”‘«»:]|(?:^|\s)'|'(?:\s|$)/u.test(phrase)) return '';
  const tail = phrase.replace(/[.,;]+$/, '');
  const words = tail.split(/\s+/);
  if (!/^(?:\p{Lu}|\p{N}|ex\b|former\b)/u.test(words[0]!) || NOT_TAIL_FIRST.test(words[0]!) || words.some((w) => TAIL_PREPOSITION.test(w)) || (isKickerLabel(tail) && !SPEAKING_LABEL.test(tail))) return '';
  // (a name's words come before its lower-case head, 'Israel defence minister', 'Head of the Gaza municipality', or a name
  // after it ends the phrase, 'Harbour photographer Dana Levi': a capital between lower-case words but after 'of' or 'for'
  // is a clause's object, 'Protesters challenge Biden speech')
  const lower = (w: string): boolean => /^\p{Ll}/u.test(w) && !/^(?:of|for|the|and|ex|former)$/.test(w);
  const first = words.findIndex(lower);
  // (and three lower-case words at most: 'Israel defence minister', not 'Harbour parents mark children's names')
  if (words.filter(lower).length > 3) return '';
  if (first >= 0 && words.some((w, k) => k > first && /^\p{Lu}/u.test(w) && !/^(?:of|for|the)$/i.test(words[k - 1]!) && words.slice(k + 1).some(lower))) return '';
  const [a, b] = tokenSpan(t, start, start + tail.length);
  for (let k = a; k <= b; k++) if (t.tokens[k]?.pos === 'VERB' || t.tokens[k]?.pos === 'AUX') return '';
  return tail;
}

/** After a quotation that opens a headline and its colon, the one who speaks on a topic or speaks, talks, responds, backs,
 * invokes, ... (in a title-case headline too): '"...": Harbour doctor on the mass grave', '"...": Former envoy on the talks',
 * '"...": Photographer Dana Levi speaks at ...', '"...": Mayor Lee Responds To Critics', '"...": Lee invokes an old song'. */
const QUOTE_FIRST_SPEAKER = /^[^\S\n]*:[^\S\n]+([^\n]{1,60}?)[^\S\n]+(?=(?:[Oo]n|[Ss]peaks|[Ss]poke|[Tt]alks|[Dd]iscusses|[Rr]eflects|[Rr]ecalls|[Rr]eacts|[Rr]esponds|[Oo]pens\s+[Uu]p|[Aa]ddresses|[Jj]oins|[Bb]acks|[Ii]nvokes|[Dd]efends|[Ee]xplains|[Ww]eighs\s+[Ii]n)\b)/u;

/** The speaker of a quotation that opens a headline, named after its colon ('"...": UN chief on the convoys'), or ''. */
function quoteFirstSpeaker(t: Tokenized, p: Pair): string {
  // (past a quotation joined to this one: ''Odd' Or 'Unusual': ...')
  const rest = t.doc.text.slice(p.end, lineEndAt(t.doc.text, p.end));
  const joined = JOINED_QUOTE_AFTER.exec(rest);
  const from = p.end + (joined ? joined[0].length : 0);
  const m = QUOTE_FIRST_SPEAKER.exec(t.doc.text.slice(from, lineEndAt(t.doc.text, p.end)));
  if (!m) return '';
  const words = m[1]!.split(/\s+/);
  // (five words at most: 'Gaza and the hundred years' war on ...' is a topic)
  return words.length <= 5 ? sourcePhrase(t, from + m[0].indexOf(m[1]!), m[1]!) : '';
}

/** A short quotation and 'or', 'and' or a comma before this one, opening the line: "'Odd' Or ". */
const JOINED_QUOTE_BEFORE = /^\s*["“'‘][^"“”'‘’\n]{1,40}["”'’]\s*(?:,|[Oo]r|[Aa]nd|&)\s*$/u;
/** 'or', 'and' or a comma and a short quotation after this one: " Or 'Unusual'". */
const JOINED_QUOTE_AFTER = /^\s*(?:,|[Oo]r|[Aa]nd|&)\s*["“'‘][^"“”'‘’\n]{1,40}["”'’]/u;

/** Cues whose object is someone else's words or deeds, not the subject's own ('rejects "terrorist" claims', 'condemn
 * "Victory Conference"', 'praised the "Harbour Plan"'), or what shows or is found, not what is said. */
const NOT_OWN_WORDS = /\.(?:deny|retract|decline-comment|endorse|vouch-for|defend|condemn|praise|disparage|applaud|question|reject|brush-off|rebut|echo|rebuke|thank|discuss|attack-verbally|take-issue|side-with|joke-about|cite|read|learn|uncover|recognize|point-to|highlight|show|prove|demonstrate|find|establish|it-emerged|reveal|disclose|believe|think|mental-state|mind-adjective|hope|remember|recall|wonder)$/;

/**
 * The cue before a headline's quotation reports the subject's own words: a verb of saying, calling, urging or
 * charging, not one whose object is another's words ("rejects"), and no other quotation or clause break between
 * the two ('White House calls for "pauses"; agency says ...').
 */
function reportsOwnWords(c: Context, cue: Marker, p: Pair): boolean {
  if (cue.end > p.start || cue.form === 'evidential' || NOT_OWN_WORDS.test(cue.entry)) return false;
  // (nor after a possessive, whose owner's words they are: 'KEENE: Dana Levi's "new war"', 'says the envoy's "new war"')
  const between = c.t.doc.text.slice(cue.end, p.start);
  if (/[;:!?]/.test(between) || /\p{L}['’]s?\s*$/u.test(between)) return false;
  return !c.pairs.some((o) => o !== p && o.start >= cue.end && o.end <= p.start);
}

/** The quoted words are a name from the names' list and nothing more (an article aside), or a demonym alone:
 * 'Israel', 'the Palestinians'; not 'revitalized Palestinian Authority'. */
function bareName(c: Context, is: number, ie: number, hit: Marker | undefined, demonym: unknown): boolean {
  if (demonym !== undefined) return true;
  if (!hit || hit.category !== 'naming') return false;
  const text = c.t.doc.text;
  const rest = wordsOf(text.slice(is, hit.start) + ' ' + text.slice(hit.end, ie));
  return rest.every((w) => /^(?:the|a|an)$/i.test(w));
}

/** Main verbs whose complement describes the subject or what befalls it, not words it gives: 'Levi is a "..."',
 * 'the council has a "..."', 'the crews faced "..."'. */
const NOT_GIVING_VERBS = new Set(['be', 'become', 'seem', 'remain', 'appear', 'look', 'sound', 'have', 'get', 'feel', 'face', 'suffer', 'receive', 'lose', 'die', 'stay', 'go', 'come', 'fall', 'turn', 'grow', 'find', 'see', 'hear', 'read', 'watch', 'know', 'visit', 'enter', 'leave', 'travel', 'arrive', 'return', 'move', 'flee', 'hold', 'host', 'meet', 'join', 'attend', 'live', 'lead', 'run', 'own', 'include', 'contain', 'mean', 'qualify', 'serve', 'act', 'emerge', 'count', 'function', 'pose', 'rank', 'stand']);
/** Words that open another clause between a subject's verb and the quotation. */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'because', 'if', 'after', 'before', 'since', 'where', 'and', 'but', 'or', 'although', 'though', 'until', 'unless', 'so', 'than', 'whether', 'what', 'how', 'why']);
/** Prepositions a subject's verb may take before the words it gives: 'hit it as "..."', 'pushed for a "..."', 'compared
 * it to a "..."' (others are the writer's narration: 'in "..."', 'from the "..."'). */
const GIVING_PREPOSITIONS = new Set(['as', 'for']);
const COMPARING_VERBS = new Set(['compare', 'liken', 'equate']);

/**
 * The named subject (clauseSubject) whose verb takes a quoted fragment as its object or complement, with only its
 * object, 'as', 'for' (or 'to' after a verb of comparing), an infinitive, determiners and modifiers between: the
 * subject's words. Not a passive ('was criticised as "..."'), a copula or a verb of what befalls or holds the subject
 * ('is a "..."', 'faced "..."'), another clause or a comma between, the writer's distance ('so-called', 'what they
 * call'), a watched name ('Israel', "Judea and Samaria") nor a name in capitals; '' otherwise.
 */
function subjectsWords(c: Context, p: Pair, words: string[]): string {
  const { t } = c;
  const text = t.doc.text;
  if (p.depth !== 0 || words.length === 0 || words.length > 6 || !/^\p{Ll}/u.test(words[0]!)) return '';
  const [is, ie] = innerRange(p);
  if (isWatchedName(c.lexical, is, ie)) return '';
  const subject = clauseSubjectAt(c, p);
  if (!subject || NAME_TITLES.has(subject.name.replace(/\.$/u, ''))) return '';
  // (a plural noun capitalised at a sentence's start may be no name, and wink tags it as one: 'Residents waited for
  // the "..."', 'Missiles would strike "..."'; a name that ends so, 'Hamas', is left to the other rules there)
  const head = t.tokens[subject.end]!;
  const opens = subject.end === 0 || t.tokens[subject.end - 1]!.sentence !== head.sentence;
  if (opens && /^\p{Lu}\p{Ll}+s$/u.test(head.value)) return '';
  // (the subject of a clause the writer reports ('claims that Levi ...', 'the excuse that the crews ...'), or one of
  // two subjects ('Levi and Ruiz offered a "..."'): the words are not its own)
  let [first] = tokenSpan(t, text.lastIndexOf(subject.name, t.tokens[subject.end]!.end), t.tokens[subject.end]!.end);
  // (and the capitalised words of a title before it: 'that Syrian President Dana Levi')
  while (first > 0 && /^\p{Lu}/u.test(t.tokens[first - 1]!.value)) first--;
  const prev = t.tokens[first - 1];
  if (prev && prev.sentence === t.tokens[subject.end]!.sentence && /^(?:that|whether|if|and|or|nor)$/u.test(prev.normal)) return '';
  const span = text.slice(t.tokens[subject.end]!.end, p.start);
  if (/[,;:()\[\]"“”«»—–\n]|--|(?:^|\s)['‘’]\S/u.test(span) || /\b(?:supposed|so-called|alleged|would-be|self-styled|purported)\b/iu.test(span) || /\bwhat\s+(?:\S+\s+){0,3}call/iu.test(span)) return '';
  const [, last] = tokenSpan(t, p.start - 1, p.start);
  let main: string | undefined;
  let auxBe = false;
  let narrated = false;
  let n = 0;
  for (let i = subject.end + 1; i <= last && t.tokens[i]!.end <= p.start; i++) {
    const tok = t.tokens[i]!;
    if (!/[\p{L}\p{N}]/u.test(tok.value)) continue;
    if (CLAUSE_OPENERS.has(tok.normal) || (main !== undefined && ++n > 8)) return '';
    if (main === undefined) {
      if (tok.pos === 'AUX') {
        if (tok.lemma === 'be' || tok.lemma === 'get') auxBe = true;
        continue;
      }
      if (tok.pos === 'ADV' || tok.pos === 'PART') continue;
      if (tok.pos !== 'VERB' || !/^\p{Ll}/u.test(tok.value)) return '';
      // (a passive: 'was criticised as "..."'; not 'is determined to achieve "..."')
      if (auxBe && /(?:ed|en|wn|t)$/u.test(tok.normal) && t.tokens[i + 1]?.normal !== 'to') return '';
      if (NOT_GIVING_VERBS.has(tok.lemma)) return '';
      main = tok.lemma;
      continue;
    }
    // (a preposition of the object's own phrase may come before 'as': 'hit the war in the north as "..."')
    if (tok.pos === 'ADP') narrated = !GIVING_PREPOSITIONS.has(tok.normal) && !(tok.normal === 'to' && COMPARING_VERBS.has(main));
    // (another clause with its own subject: 'thought the crews had been "..."')
    if (/^(?:NOUN|PROPN|PRON)$/u.test(tok.pos) && /^(?:AUX|VERB)$/u.test(t.tokens[i + 1]?.pos ?? '') && t.tokens[i + 1]!.end <= p.start) return '';
    // (a later verb of an infinitive takes over: 'is determined to achieve')
    if (tok.pos === 'VERB' && t.tokens[i - 1]?.normal === 'to' && NOT_GIVING_VERBS.has(tok.lemma)) return '';
  }
  return main === undefined || narrated ? '' : subject.name;
}

/**
 * The name that is the subject of a verb before the quotation in its sentence ('Cruz coached the senator to
 * "..."', 'Mr. Levi also wants to "..."'): the first run of name tokens followed by a verb, an auxiliary, or an adverb
 * and a verb, and not after a preposition ('From Peru, Dana Levi has "..."' names Dana Levi) nor a possessive; or ''.
 */
function clauseSubject(c: Context, p: Pair): string {
  return clauseSubjectAt(c, p)?.name ?? '';
}

/** clauseSubject's name with the index of its last token; undefined when there is none. */
function clauseSubjectAt(c: Context, p: Pair): { name: string; end: number } | undefined {
  const { t } = c;
  const s = t.sentences[sentenceAt(t.sentences, p.start)]!;
  const [a] = tokenSpan(t, s.start, p.start);
  for (let i = a; i < t.tokens.length && t.tokens[i]!.end <= p.start; i++) {
    if (t.tokens[i]!.pos !== 'PROPN' || t.tokens[i - 1]?.pos === 'PROPN' && i > a) continue;
    let j = i;
    while (t.tokens[j + 1]?.pos === 'PROPN') j++;
    const e = placeAfterName(t, i, j);
    let k = e + 1;
    if (t.tokens[k]?.pos === 'ADV') k++;
    const prev = i > a ? t.tokens[i - 1] : undefined;
    if (prev && /^(?:ADP|DET)$/u.test(prev.pos)) continue;
    if (/^(?:VERB|AUX)$/u.test(t.tokens[k]?.pos ?? '') && !/^['’]s?$/u.test(t.tokens[e + 1]?.value ?? '')) {
      const name = withoutTitles(t.doc.text.slice(t.tokens[i]!.start, t.tokens[j]!.end).split(/\s+/));
      return NOT_AGENTS.has(name) ? undefined : { name, end: e };
    }
  }
  return undefined;
}

/**
 * The last token of 'of' and the place or body a person's name is given with, right after the name tokens [i, j]
 * ('Nancy Lee of Harbourshire credited', 'Prime Minister Dana Levi of Ruritania warned', 'Omar Haddad of the Harbour
 * Institute said'): the person is the subject, the place only says which one. Up to four name tokens, with 'the' before
 * them; only after a name of two tokens or more ('Secretary of State Dana Levi', 'Bank of Ruritania' are one name).
 * j when there is none.
 */
function placeAfterName(t: Tokenized, i: number, j: number): number {
  if (j === i || t.tokens[j + 1]?.normal !== 'of') return j;
  let m = j + 2;
  if (t.tokens[m]?.normal === 'the') m++;
  if (t.tokens[m]?.pos !== 'PROPN') return j;
  const last = m + 3;
  while (m < last && t.tokens[m + 1]?.pos === 'PROPN') m++;
  return m;
}

/** A noun for a thing that acts or is acted on (a plan, a group, an operation, a film), with its determiner, right
 * before a quotation: the subject of a predicate the quotation may hold. Not a noun for words ('the term', 'the
 * slogan', 'the chant'), after which the quoted words are the ones mentioned, whatever they open on. */
const THING_SUBJECT_BEFORE =
  /\b(?:the|a|an|its|his|her|their|our|this|that)\s+(?:[\p{L}-]+\s+){0,2}(?:book|film|movie|documentary|novel|album|podcast|column|exhibition|festival|play|show|series|programme|program|campaign|operation|report|study|plan|initiative|doctrine|policy|article|editorial|op-ed|speech|essay|ship|vessel|group|movement|party|website|app|brand)\s*$/iu;
/** Finite auxiliaries and modals a predicate opens on (not a base form, 'be', 'do', 'have', which an imperative
 * slogan opens on too). */
const FINITE_AUX = /^(?:is|are|was|were|has|had|will|would|can|could|shall|should|may|might|must|does|did|remains|remained)$/iu;

/**
 * The quotation after a thing's noun ('the plan', 'the group', 'the operation') is a predicate of that noun, not its
 * name: it opens in lower case on a finite verb, an inflected one or an auxiliary, perhaps after one adverb. 'Lee said the
 * operation "saved hundreds of lives"', 'the group "clearly is not interested"': words quoted from someone, read by
 * the rules for fragments. A name after such a noun opens in capitals ('the group "Women Wage Peace"') or on a base
 * form ('the campaign "bring them home"') or a gerund ('the film "waiting for rain"'), and stays a name.
 */
function thingDoes(t: Tokenized, before: string, is: number, ie: number): boolean {
  if (!THING_SUBJECT_BEFORE.test(before)) return false;
  let [i] = tokenSpan(t, is, ie);
  while (i < t.tokens.length && t.tokens[i]!.start < ie && !/\p{L}/u.test(t.tokens[i]!.value)) i++;
  let first = t.tokens[i];
  if (first && first.pos === 'ADV' && /^\p{Ll}+ly$/u.test(first.value)) first = t.tokens[++i];
  if (!first || first.start >= ie || !/^\p{Ll}/u.test(first.value)) return false;
  if (FINITE_AUX.test(first.value)) return true;
  return first.pos === 'VERB' && first.value.toLowerCase() !== first.lemma.toLowerCase() && !/ing$/u.test(first.value);
}

/**
 * Two to four words in lower case that open on a verb in its base or finite form (not a participle or a gerund, which
 * a noun phrase may hold: 'the "killing fields"'), after a word that a predicate follows: 'to', a modal or an
 * auxiliary, an adverb, a subject (a noun or a pronoun), or 'and'/'or'. Not after a determiner, an adjective or a
 * preposition, where the quoted words are a noun phrase ('the "combat operations"', 'of "command and control"').
 */
function quotedPredicate(t: Tokenized, p: Pair, words: string[]): boolean {
  if (words.length < 2 || words.length > 4 || !/^\p{Ll}/u.test(words[0]!) || /(?:ing|ed)$/u.test(words[0]!)) return false;
  const [is, ie] = innerRange(p);
  const [a] = tokenSpan(t, is, ie);
  let i = a;
  while (i < t.tokens.length && !/\p{L}/u.test(t.tokens[i]!.value)) i++;
  const first = t.tokens[i];
  if (!first || first.start >= ie || !(first.pos === 'VERB' || (first.pos === 'AUX' && /^do$/iu.test(first.value)))) return false;
  let k = a - 1;
  while (k >= 0 && !/[\p{L}\p{N}]/u.test(t.tokens[k]!.value)) {
    // (a clause's end or a comma before the quotation: nothing of the writer's runs on into it)
    if (/[.,;:!?—–()\[\]]/u.test(t.tokens[k]!.value)) return false;
    k--;
  }
  const prev = t.tokens[k];
  if (!prev) return false;
  if (/^to$/iu.test(prev.value)) return true;
  return /^(?:AUX|ADV|NOUN|PROPN|PRON|CCONJ)$/u.test(prev.pos) && !/['’]s$/u.test(prev.value);
}
/** A noun for doctrines, slogans or words right before a quotation that names one: 'the principle of (trading)
 * "..."', 'Obama's doctrine of "..."', 'theories, such as the "..."', 'slogans like "..."', 'the qualifier "..."'; a crowd's
 * slogan, 'chants of "..."', 'the cry of "..."'; names traded, 'insults of "old fox" and "dreamer"'. */
const NAMED_BY_NOUN_BEFORE =
  /\b(?:cry|cries|chants?|refrain|shouts|insults|taunts|slurs)[^\S\n]+of[^\S\n]+$|\b(?:doctrine|principle|strategy|policy|slogan|motto|mantra|maxim|dictum|formula|credo|theory|paradigm)s?[^\S\n]+of[^\S\n]+(?:\p{Ll}+ing[^\S\n]+)?$|\b(?:theories|doctrines|principles|slogans|mottos|mottoes|mantras|maxims|strategies|policies|chants|catchphrases|epithets|nicknames|monikers)[^\S\n]*,?[^\S\n]+(?:such[^\S\n]+as|like|including)[^\S\n]+(?:the[^\S\n]+)?$|\b(?:this|that|the|a|an)[^\S\n]+(?:[\p{L}-]+[^\S\n]+){0,2}(?:qualifier|adjective|adverb|noun|verb|epithet|descriptor|moniker|acronym|prefix|suffix|catchphrase|buzzword|neologism|appellation|honorific|locution)[^\S\n]*,?[^\S\n]*$/iu;

/** A noun for something said right after a quotation: 'the "gun" remark', 'his "love" line'. */
const WORDS_NOUN_AFTER = /^[^\S\n]+(?:comments?|remarks?|quips?|lines?|jibes?|jabs?|taunts?|slurs?|insults?|phrases?|phraseology|words?|wording|slogans?|tweets?|posts?|comparisons?|analogy|metaphor|speech|claims?|warnings?|threats?|pledges?|promises?|rhetoric|statements?|catchphrase|mantra)\b/u;
/** A possessive pronoun right before a quotation: 'his "..."', 'their "..."'. */
const PRONOUN_POSSESSIVE_BEFORE = /(?<![\p{L}'’-])(his|her|their|its)[^\S\n]*$/iu;
/** (case-sensitive but for the first letter: \\p{Lu} under the i flag would match any letter) */
const DOCUMENT_NOUNS = String.raw`(?:[Rr]esolution|[Bb]ill|[Ll]aw|[Aa]ct|[Tt]reaty|[Aa]ccord|[Aa]greement|[Dd]eal|[Cc]harter|[Ss]tatute|[Cc]onstitution|[Cc]onvention|[Dd]eclaration|[Cc]ommuniqu[eé]|[Mm]emorandum|[Dd]ecree|[Dd]irective|[Ll]egislation|[Aa]mendment|[Pp]rovision|[Cc]lause|[Tt]ext|[Rr]egulation|[Gg]uidelines|[Mm]easure|[Ff]ramework|[Pp]roposal|[Pp]lan|[Pp]latform|[Mm]anifesto)s?`;
const DOCUMENT_VERBS = String.raw`(?:requires?|required|says?|said|states?|stated|stipulates?|stipulated|provides?|provided|calls?[^\S\n]+for|called[^\S\n]+for|demands?|demanded|bars?|barred|bans?|banned|prohibits?|prohibited|forbids?|forbade|obliges?|obliged|obligates?|obligated|commits?|committed|mandates?|mandated|authori[sz]es?|authori[sz]ed|directs?|directed|urges?|urged|declares?|declared|defines?|defined|affirms?|affirmed|reaffirms?|reaffirmed|condemns?|condemned|guarantees?|guaranteed|promises?|promised|pledges?|pledged|envisages?|envisaged|envisions?|envisioned|sets?[^\S\n]+out|gives?|gave|grants?|granted|allows?|allowed|permits?|permitted|empowers?|empowered)`;
/** A document as a clause's subject, its verb of laying down, and the clause up to the quotation (groups: the name in
 * capitals before the noun, the noun). */
const DOCUMENT_SUBJECT = new RegExp(
  String.raw`\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]his|[Tt]hat)[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,2}((?:\p{Lu}[\p{L}'’_-]*[^\S\n]+){0,4})(${DOCUMENT_NOUNS})[^\S\n]+(?:that[^\S\n]+|which[^\S\n]+)?(?:(?:also|further|only|still|now|\p{Ll}+ly)[^\S\n]+)?(?:(?:does|do|did|would|will|could|can|may|might)[^\S\n]+)?${DOCUMENT_VERBS}\b[^.!?;:"“”«»\n]{0,150}$`,
  'u',
);
/** 'Under the proposed bill,' opening the sentence (groups: the name in capitals, the noun). */
const UNDER_DOCUMENT = new RegExp(
  String.raw`^[^\S\n]*Under[^\S\n]+(?:the|an?|its|this)[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,2}((?:\p{Lu}[\p{L}'’_-]*[^\S\n]+){0,4})(${DOCUMENT_NOUNS}),[^.!?;:"“”«»\n]{0,160}$`,
  'u',
);
/** The document whose text the quotation's clause lays down (its name, or its noun), or ''. A fragment quoted before
 * it in the clause is blanked, marks and words ('the proposal gives the army the "flexibility" to confront "unforeseen
 * events"'): the same document's words. */
function documentSpeaker(c: Context, p: Pair): string {
  const text = c.t.doc.text;
  const s = c.t.sentences[sentenceAt(c.t.sentences, p.start)]!;
  let lead = text.slice(s.start, p.start);
  for (const o of c.pairs) {
    if (o.start >= s.start && o.end <= p.start && o.depth === 0 && wordsOf(text.slice(o.start, o.end)).length <= 4) lead = lead.slice(0, o.start - s.start) + ' '.repeat(o.end - o.start) + lead.slice(o.end - s.start);
  }
  // (the stops of an abbreviation or a title end no clause: 'the U.N. resolution says the U.S. must "..."')
  const bare = withoutAbbreviationStops(lead);
  const m = DOCUMENT_SUBJECT.exec(bare) ?? UNDER_DOCUMENT.exec(bare);
  if (!m || /\b(?:so-called|supposed|alleged|purported)\b/iu.test(m[0])) return '';
  const name = lead.slice(m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf(m[1]!) + m[1]!.length).trim();
  return name && /^\p{Lu}/u.test(m[2]!) ? `${name} ${m[2]!}` : m[2]!;
}

/**
 * The name whose possessive stands right before a quotation ('President Dana Levi's "..."'), titles dropped; ''
 * when there is none, or the possessor is a watched name ('Israel's "security zone"' stays the writer's distance
 * from a state's term) or no name ('What's "crazy"', 'It's').
 */
function possessor(c: Context, p: Pair, before: string): string {
  const m = POSSESSOR_BEFORE.exec(before);
  if (!m) return '';
  const { t } = c;
  const end = p.start - before.length + m.index + m[1]!.length;
  // the name: the run of name tokens that ends on the possessive ('JUST WATCHED Decoding Obama's' names Obama)
  let [first] = tokenSpan(t, end - 1, end);
  if (t.tokens[first]?.pos !== 'PROPN') return '';
  while (first > 0 && t.tokens[first - 1]!.pos === 'PROPN' && /^[^\S\n]?$/u.test(t.doc.text.slice(t.tokens[first - 1]!.end, t.tokens[first]!.start))) first--;
  const start = t.tokens[first]!.start;
  if (c.lexical.some((x) => NAME_CATEGORIES.has(x.category) && x.start < end && x.end > start)) return '';
  const words = t.doc.text.slice(start, end).split(/\s+/);
  // (titles, and a capitalised verb that opens a title, 'Decoding Obama's')
  while (words.length > 1 && (NAME_TITLES.has(words[0]!.replace(/\.$/, '')) || SENTENCE_OPENERS.has(words[0]!) || /^\p{Lu}\p{Ll}+ing$/u.test(words[0]!))) words.shift();
  return SENTENCE_OPENERS.has(words[0]!) || !/^\p{Lu}/u.test(words[0]!) ? '' : words.join(' ');
}
const POSSESSOR_BEFORE = /(?<![\p{L}\p{N}.'’-])(\p{Lu}[\p{L}.-]*(?:[^\S\n]+\p{Lu}[\p{L}.-]*){0,3})['’]s?[^\S\n]*$/u;

/**
 * A verb of characterising, its object and 'as' right before the quotation ('supporters cheered the strikes as a
 * "...", 'a plan billed as a "..."', 'official rhetoric cast the council as the "..."', 'labelled by the ministry as
 * "..."'): the label is the words of the verb's subject (a name right before the verb), of the agent after 'by', or
 * of someone unnamed (''); undefined when there is no such verb. Verbs of describing, hailing and condemning with a
 * resolved speaker are cues, handled before.
 */
function labelAsBefore(c: Context, p: Pair, before: string): string | undefined {
  // (the stops of an abbreviation or a title end no clause: 'promoted the pact with the U.N. agency as a "..."'; read
  // as letters, the offsets kept, and the agent read from the text itself)
  const m = LABEL_AS_BEFORE.exec(withoutAbbreviationStops(before));
  if (!m) return comparedTo(c, p, before);
  const agent = LABEL_AS_AGENT.exec(before.slice(m.index, m.index + m[0].length));
  if (agent && !NOT_AGENTS.has(agent[1]!)) return withoutTitles(agent[1]!.split(/\s+/));
  const verb = p.start - before.length + m.index;
  // (a participle after a comma has the sentence's subject: 'Dana Levi backed the deal, casting it as "..."')
  const participle = /,[^\S\n]*$/u.test(c.t.doc.text.slice(Math.max(0, verb - 3), verb)) && /^\p{L}+ing\b/iu.test(m[0]);
  const name = participle ? calledSpeaker(c, p, verb) : subjectName(c, verb);
  return NOT_AGENTS.has(name) ? '' : name;
}
/**
 * A verb of comparing, its object and 'to' or 'with' right before the quotation ('the chief has compared their
 * partnership to that of a bickering "old couple"', 'the party equated the tax with "theft"'): the comparison is the
 * words of the verb's subject (a name right before the verb) or of someone unnamed (''), as a label given with 'as'
 * is; undefined when there is no such verb. Not the preposition with no object of its own ('Compared with the
 * "reset" of 2009, ...', 'compared poorly to the "march"'), a passive ('is often compared by critics to'), the
 * writer's own comparison ('I would compare the deal to a "truce"'), nor a headline set as a body line. (A named
 * subject's comparison is read before: subjectsWords.)
 */
function comparedTo(c: Context, p: Pair, before: string): string | undefined {
  const m = COMPARED_TO_BEFORE.exec(withoutAbbreviationStops(before));
  if (!m) return undefined;
  const ahead = before.slice(0, m.index);
  if (PASSIVE_BEFORE.test(ahead) || FIRST_PERSON_BEFORE.test(ahead)) return undefined;
  // (a headline that stands as a body line keeps a headline's class: 'SENATOR COMPARES THE TAX TO 'THEFT'')
  if (headlineInBody(c.t, p) !== undefined) return undefined;
  const name = subjectName(c, p.start - before.length + m.index);
  return NOT_AGENTS.has(name) ? '' : name;
}
const COMPARED_TO_BEFORE =
  /(?<![\p{L}-])(?:compar(?:e|ed|es|ing)|liken(?:ed|s|ing)?|equat(?:e|ed|es|ing))[^\S\n]+(?!(?:(?:\p{L}+ly|well|badly)[^\S\n]+)?(?:to|with)\b)[^.!?;:"“”«»\n]{1,80}?(?<![\p{L}-])(?:to|with)[^\S\n]+(?:(?:that|those)[^\S\n]+of[^\S\n]+)?(?:(?:an?|the)[^\S\n]+)?(?:[\p{L}-]+[^\S\n]+)?$/iu;
/** 'I', 'we' right before a verb, with its auxiliaries and adverbs: the writer's own words. */
const FIRST_PERSON_BEFORE = /(?<![\p{L}'’-])(?:I|[Ww]e)(?:[^\S\n]+(?:\p{Ll}+ly|also|would|will|could|might|can|have|has|had|once|often|even))*[^\S\n]*$/u;

/** 'by the Harbour Ministry', 'by the Levi administration' (a name, and the body of people it heads). */
const LABEL_AS_AGENT =
  /\bby[^\S\n]+(?:the[^\S\n]+)?(\p{Lu}[\p{L}.&-]*(?:[^\S\n]+\p{Lu}[\p{L}.&-]*){0,3}(?:[^\S\n]+(?:administration|government|ministry|military|army|campaign|team|regime|council)\b)?)/u;
const LABEL_AS_BEFORE =
  /(?<![\p{L}-])(?:malign(?:ed|s|ing)?|cheer(?:ed|s|ing)?|prais(?:e|ed|es|ing)|tout(?:ed|s|ing)?|bill(?:ed|s|ing)|brand(?:ed|s|ing)|label(?:l?ed|s|l?ing)|denounc(?:e|ed|es|ing)|condemn(?:ed|s|ing)?|decr(?:y|ies|ied|ying)|dismiss(?:ed|es|ing)?|characteri[sz](?:e|ed|es|ing)|portray(?:ed|s|ing)?|depict(?:ed|s|ing)?|cast(?:s|ing)?|hail(?:ed|s|ing)?|describ(?:e|ed|es|ing)|deride[sd]?|deriding|ridicul(?:e|ed|es|ing)|mock(?:ed|s|ing)?|slamm?(?:ed|s|ing)?|refer(?:s|red|ring)?[^\S\n]+to|designat(?:e|ed|es|ing)|list(?:ed|s|ing)|promot(?:e|ed|es|ing)|defin(?:e|ed|es|ing))\b[^.!?;:"“”«»\n]{0,80}?(?<![\p{L}-])as[^\S\n]+(?:(?:an?|the)[^\S\n]+)?(?:(?:mere|merely|simply|nothing\s+but)[^\S\n]+(?:an?[^\S\n]+)?)?$/iu;

/** The partial quotation with a speaker right before this one at its depth, when only 'and' or 'or' (with an
 * article, 'and a', 'or perhaps the') joins them. */
function joinedToPartial(text: string, p: Pair, done: Map<Pair, Quote>): Quote | undefined {
  const last = previousAtDepth(p, done);
  if (!last || last.kind !== 'partial' || last.speaker === '' || p.start - last.end > 30) return undefined;
  return JOINED.test(text.slice(last.end, p.start)) ? last : undefined;
}
const JOINED = /^[^\S\n]*,?[^\S\n]*(?:and|or)(?:[^\S\n]+(?:perhaps|possibly|even|also|then))?(?:[^\S\n]+(?:an?|the))?[^\S\n]+$/u;

/**
 * A noun or verb of promising, warning, alleging, accusing (of), suggesting, claiming, demanding, urging or imploring
 * earlier in the quotation's sentence, with nothing but the writer's words between it and the quotation (no other
 * quotation, no clause's end, no 'supposed' or 'so-called' right before it): the quotation is the words promised,
 * warned or alleged. (A cue the
 * lexicon knows but whose speaker went unresolved is no such sign: 'said', 'believes', 'reports' as often
 * govern a clause where the writer holds a term at a distance.) Its speaker: a possessive before the noun
 * ('Obama's pledge'), a cue of the sentence before the quotation, or none.
 */
function reportedBefore(c: Context, p: Pair, inner: string): { speaker: string; cue: Marker | undefined; blanked: boolean } | undefined {
  const { t } = c;
  const text = t.doc.text;
  const s = t.sentences[sentenceAt(t.sentences, p.start)]!;
  const from = Math.max(s.start, p.start - SPEECH_REACH);
  // (a quotation closed before it in the lead is blanked, marks and words: a verb inside it is its speaker's, not
  // the writer's report of this one; 'warning of "hard days ahead" but determined to achieve "..."')
  let lead = text.slice(from, p.start);
  for (const o of c.pairs) {
    if (o.start >= from && o.end <= p.start && o.depth === 0) lead = lead.slice(0, o.start - from) + ' '.repeat(o.end - o.start) + lead.slice(o.end - from);
  }
  const blanked = lead !== text.slice(from, p.start);
  if (/[;:"“”«»]|(?:^|\s)['‘’]\S/u.test(lead) || DISTANCE_BEFORE.test(lead)) return undefined;
  // (a programme spoken to or on: 'his comments to "60 Minutes"';
  // or a statement's title: 'the statement "Principles of Calm"')
  if (/\b(?:to|on|statements?)\s*$/u.test(lead) && /^\s*[\p{Lu}\d]/u.test(inner)) return undefined;
  // (the stops of an abbreviation or a title end no sentence: 'warning the U.S. against any "..."'; they are read
  // as letters, the offsets kept)
  const m = SPEECH_BEFORE.exec(withoutAbbreviationStops(lead));
  if (!m) return undefined;
  const owner = SPEECH_OWNER.exec(lead.slice(0, m.index));
  const cue = c.cues.filter((x) => x.start >= s.start && x.end <= p.start && x.speaker !== '' && x.speaker !== ANONYMOUS).pop();
  if (owner || cue) return { speaker: owner ? owner[1]! : cue!.speaker, cue, blanked };
  // (a verb of saying in the past or present names its subject: 'Dana Levi exhorted the council to draw "..."',
  // 'The spokeswoman, Ann Lee, appealed to the crews to avoid "..."')
  const verb = SAYING_VERB.test(m[0].split(/\s/)[0]!);
  // (not a day or a month: 'Speaking on Wednesday, Ann Lee promised')
  const subject = verb ? calledSpeaker(c, p, p.start - lead.length + m.index) : '';
  return { speaker: NOT_AGENTS.has(subject) ? '' : subject, cue, blanked };
}
/**
 * The named owner of a speech or claim noun whose complement ('that ...', 'of ...', 'as ...', 'calling ...', 'to'
 * or 'for' after a promise or a call) holds the quotation in the same clause: a name's possessive before the noun
 * ('Dana Levi's insistence that', 'the Harbour Party's claim of') or a name after 'by' or 'from' ('allegations by
 * Dana Levi that', 'warnings from some Harbour officials that'), or a description in lower case ('the governor's
 * insistence that'); for a pronoun's noun ('his claim that'), the name the pronoun stands for, marked byPronoun (it
 * yields to the other rules). Undefined when the noun has no owner, when another cue, a comma, a clause's end or
 * another quotation stands between, or the writer marks a distance ('so-called').
 */
function claimOwner(c: Context, p: Pair): { speaker: string; byPronoun: boolean } | undefined {
  const { t } = c;
  const text = t.doc.text;
  const s = t.sentences[sentenceAt(t.sentences, p.start)]!;
  const lead = withoutAbbreviationStops(text.slice(Math.max(s.start, p.start - SPEECH_REACH - 40), p.start));
  if (DISTANCE_BEFORE.test(lead) || /\bwhat\s+(?:\S+\s+){1,3}call(?:s|ed)?\s*(?:an?\s+|the\s+)?$/iu.test(lead)) return undefined;
  const named = CLAIM_NOUN_OWNED.exec(lead);
  // (or an owner in lower case, 'the governor's insistence that', or a pronoun, 'her view that')
  const described = named ? undefined : CLAIM_NOUN_DESCRIBED.exec(lead);
  const m = named ?? described;
  if (!m) return undefined;
  const name = named ? named[1] ?? named[4]! : described![1] ?? described![2]!;
  const noun = (named ? named[2] ?? named[3]! : described![3]!).toLowerCase();
  const complement = named ? named[5]! : described![4]!;
  const opener = /^\p{L}+/u.exec(complement)![0];
  // ('as' completes a noun of describing, 'Levi's description of the port as its "..."'; after another noun it is a verb's:
  // 'dismissed Levi's claims as "..."'; 'to' and 'for' complete a promise, a threat or a call, 'Levi's pledge to "..."')
  if (/\bas\b/u.test(complement) && !/^(?:description|characteri[sz]ation|portrayal|depiction)s?$/u.test(noun)) return undefined;
  if ((opener === 'to' || opener === 'for') && !/^(?:promise|pledge|threat|call|demand|vow)s?$/u.test(noun)) return undefined;
  // (a phrase complement, 'of ...', 'to ...', 'for ...', holds no verb of its own: 'Levi's threat of sanctions was meant to
  // deter "..."' quotes the verb's clause, not the threat)
  if (opener !== 'that' && opener !== 'calling' && FINITE_WORD.test(complement)) return undefined;
  // (a 'that' clause with its own verb, then the main clause's verb right before the quotation: 'Levi's claim that the
  // count was fixed is "simply not true"' quotes whoever judges the claim)
  if (opener === 'that' && (complement.match(FINITE_WORDS) ?? []).length >= 2 && FINITE_AT_END.test(complement)) return undefined;
  // (or a quotation that opens on the main clause's verb: 'the governor's insistence that the plan was sound "is simply
  // wrong," critics said')
  if (opener === 'that' && FINITE_FIRST.test(text.slice(p.start, p.end))) return undefined;
  const ahead = lead.slice(0, m.index);
  // (the noun as the object of a verb of labelling: 'Iran called Levi's description of the raid "ridiculous"')
  if (LABELLING_VERB_BEFORE.test(ahead)) return undefined;
  // (the noun in a phrase that a speaker's verb takes, with the 'that' clause the verb's: 'Kerry said in reference to
  // Levi's remarks that "..."')
  const sentenceCue = c.cues.some((x) => x.start >= s.start && x.end <= p.start - lead.length + m.index && x.speaker !== '');
  if (opener === 'that' && sentenceCue && /\b(?:to|about|of|on|regarding|in|over|at|with)[^\S\n]+(?:the[^\S\n]+)?$/iu.test(ahead)) return undefined;
  const words = name.replace(/_/g, '.').split(/\s+/);
  const owner = /^\p{Lu}/u.test(words[0]!) ? withoutTitles(words) : words.join(' ');
  if (!owner || NOT_AGENTS.has(owner) || SENTENCE_OPENERS.has(owner)) return undefined;
  // (a cue with its own speaker between the noun and the quotation reports nearer words)
  const from = p.start - lead.length + m.index + m[0].length - complement.length;
  if (c.cues.some((x) => x.start >= from && x.end <= p.start && x.speaker !== '')) return undefined;
  // (a pronoun stands for the name before it in the sentence, 'Mayor Levi restated her view that', or stays as it is)
  const pronoun = PRONOUN_OWNERS[owner.toLowerCase()];
  if (pronoun === undefined) return { speaker: owner, byPronoun: false };
  const nounAt = p.start - lead.length + m.index;
  const cue = c.cues.filter((x) => x.start >= s.start && x.end <= nounAt && x.speaker !== '' && x.speaker !== ANONYMOUS).pop();
  return { speaker: cue?.speaker ?? (subjectOpening(c, s.start, nounAt) || pronoun), byPronoun: true };
}
/** The proper name that opens the sentence at `start`, before `limit` (its subject), or ''. */
function subjectOpening(c: Context, start: number, limit: number): string {
  const { t } = c;
  let [i] = tokenSpan(t, start, limit);
  while (i < t.tokens.length && t.tokens[i]!.start < limit && !/\p{L}/u.test(t.tokens[i]!.value)) i++;
  if (t.tokens[i]?.pos !== 'PROPN' || t.tokens[i]!.start >= limit) return '';
  let j = i;
  while (t.tokens[j + 1]?.pos === 'PROPN' && t.tokens[j + 1]!.start < limit) j++;
  return withoutTitles(t.doc.text.slice(t.tokens[i]!.start, t.tokens[j]!.end).split(/\s+/));
}
/** A possessive pronoun that owns a claim noun, and the subject pronoun a speaker left unnamed goes by. */
const PRONOUN_OWNERS: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };
const CLAIM_NOUNS =
  String.raw`(?:[Aa]ccusations?|[Aa]llegations?|[Cc]laims?|[Ww]arnings?|[Dd]escriptions?|characteri[sz]ations?|portrayals?|spin|charges?|assertions?|insistence|promises?|pledges?|threats?|demands?|calls?|statements?|remarks|comments|arguments?|contentions?|views?|suggestions?|assurances?|talk|rhetoric)`;
const CLAIM_NAME = String.raw`\p{Lu}[\p{L}_.&-]*(?:[^\S\n]+(?:of[^\S\n]+)?\p{Lu}[\p{L}_.&-]*){0,4}`;
const CLAIM_BODY = String.raw`(?:[^\S\n]+(?:officials|leaders|politicians|lawmakers|ministers|government|ministry|military|army|authorities|administration|campaign|spokesman|spokeswoman|spokesperson|officers?))?`;
/** Words that carry a finite verb or a modal. */
const FINITE_WORD = /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|did|does|do)\b/iu;
/** (for claimOwner: every finite word; one that ends a clause but for adverbs and articles; one that opens a quotation) */
const FINITE_WORDS = new RegExp(FINITE_WORD.source, 'giu');
const FINITE_AT_END = new RegExp(String.raw`${FINITE_WORD.source}(?:[^\S\n]+(?:\p{L}+ly|not|never|also|still|an?|the))*[^\S\n]*$`, 'iu');
const FINITE_FIRST = new RegExp(String.raw`^[^\p{L}]*${FINITE_WORD.source}`, 'iu');
/** A verb of labelling or dismissing right before the noun's owner: 'called', 'dismissed', 'slammed' (the label after is the verb's). */
const LABELLING_VERB_BEFORE =
  /\b(?:call(?:s|ed|ing)?|dubb(?:ed|ing)|dubs?|brand(?:s|ed|ing)?|label(?:s|l?ed|l?ing)?|term(?:s|ed|ing)?|describ(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|slamm?(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|deem(?:s|ed|ing)?)[^\S\n]+(?:the[^\S\n]+)?$/iu;
/** The noun with its owner, its complement and the clause up to the quotation (groups: possessor, noun, noun, agent, the complement). */
const CLAIM_NOUN_OWNED = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}.'’_-])(${CLAIM_NAME})['’]s?[^\S\n]+(?:[\p{L}\d-]+[^\S\n]+)?(${CLAIM_NOUNS})|\b(${CLAIM_NOUNS})[^\S\n]+(?:by|from)[^\S\n]+(?:the[^\S\n]+|some[^\S\n]+)?(${CLAIM_NAME}${CLAIM_BODY})(?![^\S\n]+of\b))` +
    String.raw`[^\S\n]+((?:that|of|calling|to|for)\b[^.!?;:,"“”«»()\n]{0,90})$`,
  'u',
);
/** The noun owned by a description in lower case ('the governor's', 'the Harbour ministry's') or a possessive pronoun,
 * with its complement up to the quotation (groups: owner, noun, complement). */
const CLAIM_NOUN_DESCRIBED = new RegExp(
  String.raw`(?:\b[Tt]he[^\S\n]+((?:[\p{L}-]+[^\S\n]+){0,2}\p{Ll}[\p{L}-]*)['’]s?|\b([Hh]is|[Hh]er|[Tt]heir|[Ii]ts))[^\S\n]+(?:[\p{L}\d-]+[^\S\n]+)?(${CLAIM_NOUNS})` +
    String.raw`[^\S\n]+((?:that|of|calling|to|for)\b[^.!?;:,"“”«»()\n]{0,90})$`,
  'u',
);
/** Initials with stops ('U.S.', 'U.N.') and a title's stop ('Mr.', 'Sen.'). */
const ABBREVIATION_STOPS = /(?<![\p{L}.])(?:\p{Lu}\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Adm|St)\./gu;
/** The text with the stops of initials and titles read as letters ('U_S_', 'Mr_'), the offsets kept: for the tests
 * that take a stop for a sentence's or a clause's end. */
function withoutAbbreviationStops(s: string): string {
  return s.replace(ABBREVIATION_STOPS, dotsAsLetters);
}
function dotsAsLetters(x: string): string {
  return x.replace(/\./g, '_');
}
/** The words of SPEECH_BEFORE that are verbs with a subject (not nouns: 'warnings', 'his pledges'). */
const SAYING_VERB = /^(?:claim(?:ed|s)|exhort(?:ed|s)|implor(?:ed|es)|appealed|accus(?:ed|es)|demanded|urg(?:ed|es)|warn(?:ed|s)|vowed|pledged|promised|swore|sworn)$/iu;
/** How far before a quotation a speech word may stand (characters, within its sentence). */
const SPEECH_REACH = 110;
const SPEECH_BEFORE =
  /\b(?:warn(?:ing|ings|ed|s)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?|sw(?:ore|orn|ears?|earing)\s+to|allegations?|alleg(?:ed|es|ing)\s+that|accusations?|accus(?:ed|es|ing)\b[^.!?]*\bof|suggestions?|claims?\s+that|criticisms?\s+that|charges?\s+that|claim(?:s|ed|ing)?\s+to\s+(?:have|be)\b|assurances?|threat(?:s|ened|ening)?(?:,[^,.;:!?]{1,40},)?\s+to|insistence|demands?\s+(?:for|to|that)|demand(?:ed|ing)\s+(?:that|an?|the)|remarks|comments|rhetoric|urg(?:ed|es|ing)|exhort(?:ed|s|ing)|implor(?:ed|es|ing)|appeal(?:ed|ing)\s+to|statements?|stated\s+that|stated\s+(?:desire|goal|aim|intention|intent|wish|objective|purpose|policy|position)s?|(?:spoke|spoken|speaks?|speaking|talk(?:s|ed|ing)?|lectur(?:e|es|ed|ing)|posted|tweeted|blogged|wrote)\b[^.!?]*\babout|(?:describ|hail)(?:ed|es|ing)\b[^.!?]*\bas)\b[^.!?]*$/iu;
/** 'Obama's 2014 pledge': a name's possessive right before the speech noun. */
const SPEECH_OWNER = /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})['’]s?\s+(?:[\p{L}\d-]+\s+)?$/u;
/** The writer's own distance marked right before the quotation. */
const DISTANCE_BEFORE = /\b(?:supposed|so-called|alleged|would-be|self-styled|purported)\s*$/iu;

/** Words that open a clause or carry a verb: after them a phrase no longer goes on to its verb. */
const CLAUSE_WORD = /\b(?:who|whom|whose|which|that|is|are|was|were|be|been|being|has|have|had|will|would|to)\b/i;

/** The line holding a pair capitalises every word of four letters or more outside it but the prepositions
 * a title may leave in lower case: a title-case headline ("Aide Says Senator's Words Were
 * 'Mischaracterized'", "Lee Calls for 'Better Deal' with Unions"). */
function titleCaseLine(text: string, lineStart: number, p: Pair): boolean {
  const outside = text.slice(lineStart, p.start) + ' ' + text.slice(p.end, lineEndAt(text, p.end));
  const long = (outside.match(/\p{L}{4,}/gu) ?? []).filter((w) => !TITLE_PREPOSITIONS.has(w));
  return long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w));
}
const TITLE_PREPOSITIONS = new Set(['with', 'from', 'into', 'onto', 'over', 'upon', 'amid', 'than', 'that', 'about', 'after', 'against', 'among', 'before', 'between', 'during', 'through', 'toward', 'towards', 'under', 'until', 'without', 'within', 'versus']);

/** Short words a title leaves in lower case ("Housekeeping for Beginners", "Wheels of Love"). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'for', 'and', 'or', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'de', 'al', 'el']);

/** Every word opens on a capital or a digit, or is a small word a title leaves in lower case. */
function titleWords(words: string[]): boolean {
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || TITLE_SMALL_WORDS.has(w));
}

/** Words in title case that open on a capital or a digit (titleWords, and at least one word). */
function titleFirst(words: string[]): boolean {
  return words.length >= 1 && /^[\p{Lu}\d]/u.test(words[0]!) && titleWords(words);
}

/**
 * Two or more words in title case, inside a sentence written in sentence case: the name of a work, a
 * programme, a unit or a nickname ("the "Wheels of Love" ride", "known as the "Shadow Man""), not the
 * writer's distance from a term. A quotation opening its sentence is capitalised anyway, and a headline
 * capitalises every word, so neither counts; nor do words in capitals throughout.
 */
function namedInTitleCase(t: Tokenized, p: Pair, words: string[]): boolean {
  // (a number may open a title, '"60 Minutes"', '"24 Hours in Harbour"', when a capitalised word follows it)
  if (words.length < 2 || !(/^\p{Lu}/u.test(words[0]!) || (/^\d[\d/]*$/u.test(words[0]!) && /^\p{Lu}/u.test(words[1]!)))) return false;
  if (!titleWords(words)) return false;
  // capitals throughout are shouting ("NEVER THREATEN US AGAIN"), not a title
  if (!words.some((w) => /\p{Ll}/u.test(w))) return false;
  const s = t.sentences[sentenceAt(t.sentences, p.start)]!;
  if (!/[\p{L}\p{N}]/u.test(t.doc.text.slice(s.start, p.start))) return false;
  // the rest of the sentence: mostly lower case
  const outside = wordsOf(t.doc.text.slice(s.start, p.start) + ' ' + t.doc.text.slice(p.end, s.end));
  const capitalised = outside.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (outside.length < 3) return false;
  if (capitalised / outside.length < 0.5) return true;
  // (people's and places' names capitalise a sentence in sentence case too, 'Dana Levi joins Ann Lee on "Harbour Hour"
  // in May': names aside, a sentence with more words in lower case than other capitals; not a line in title case,
  // whose capitalised verbs and prepositions are no names)
  let lower = 0;
  let otherCapitals = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const tok = t.tokens[i]!;
    if (tok.start >= p.start && tok.end <= p.end) continue;
    if (/^\p{Ll}/u.test(tok.value)) lower++;
    else if (/^\p{Lu}/u.test(tok.value) && tok.pos !== 'PROPN') otherCapitals++;
  }
  return lower >= 3 && otherCapitals * 2 < lower;
}

/**
 * A name in title case of two words or more that holds a watched name and more words of its own, inside a sentence
 * written in sentence case (namedInTitleCase): the name of an event, a campaign, a work or a nickname the watched name
 * is part of ('banners hailing the "Ruritanian Liberation War"', 'the "Harbour Ruritania Festival" opened'), not the
 * writer's distance from the watched name. The watched name quoted bare stays the writer's, an article aside ('the
 * "Ruritania"', '"West Ruritania"' when the lexicon lists the whole), as does a name in capitals throughout.
 */
function titleNameAround(c: Context, p: Pair, words: string[], hit: Marker | undefined): boolean {
  if (!hit || words.length < 2 || words.length > 8) return false;
  const [is, ie] = innerRange(p);
  const text = c.t.doc.text;
  const rest = wordsOf(text.slice(is, Math.max(is, hit.start)) + ' ' + text.slice(Math.min(ie, hit.end), ie));
  if (rest.every((w) => /^(?:the|a|an)$/iu.test(w))) return false;
  return namedInTitleCase(c.t, p, words);
}

/** 1-2 proper-name tokens: a name in quote marks is no claim anyone made. */
function isProperName(t: Tokenized, start: number, end: number): boolean {
  const [a, b] = tokenSpan(t, start, end);
  const toks = t.tokens.slice(a, b + 1).filter((x) => /\p{L}/u.test(x.value));
  return toks.length > 0 && toks.every((x) => x.pos === 'PROPN');
}

// '"...?" Hannity pressed.', '"...," Sen. Lee fumed on Tuesday.': a name and a past-tense verb the
// lexicon does not list as a cue, right after a quotation that ends in a comma, question or exclamation
const TITLE_ABBREVIATION = String.raw`(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+`;
const NAME_THEN_VERB = new RegExp(String.raw`^\s*,?\s*((?:${TITLE_ABBREVIATION})?(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]+)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}ed\b`, 'u');
const TITLE = new RegExp(`^${TITLE_ABBREVIATION}`);
const TITLE_STOP = new RegExp(String.raw`\b${TITLE_ABBREVIATION}`, 'g');
/** (namedTag: a name in a tag, up to four words with a title; a description between commas; see there) */
const TAG_NAME = String.raw`((?:${TITLE_ABBREVIATION})?\p{Lu}[\p{L}'’-]+(?:[^\S\n]+\p{Lu}[\p{L}.'’-]*){0,3})`;
const DESCRIPTION = String.raw`(?:[^.!?;:\n"“”«»]|\b\p{Lu}\p{L}{0,3}\.(?=,)|\b(?:\p{Lu}\.){1,3})+`;
const APPOSED_NAME = new RegExp(String.raw`^[^\S\n]*${TAG_NAME},[^\S\n]+${DESCRIPTION},[^\S\n]*$`, 'u');
const TAG_NAME_ALONE = new RegExp(String.raw`^[^\S\n]*${TAG_NAME}[^\S\n]*$`, 'u');
const NAME_THEN_DESCRIPTION = new RegExp(String.raw`^[^\S\n]+${TAG_NAME},[^\S\n]+${DESCRIPTION}[.!?]`, 'u');
/** Verbs of saying a tag uses. */
const SAYING_ENTRY = /\.(?:say|tell|ask|add|reply|respond|answer|write|tweet|exclaim|manner-of-speaking|declare|insist|explain|recount|continue)$/;

/** A tag right after a quotation: a pronoun or a name, then a verb in the past tense or of saying ('she demanded', 'Levi
 * proclaimed', 'he says'). */
const TAG_AFTER = new RegExp(
  String.raw`^[^\S\n]+((?:${TITLE_ABBREVIATION})?(?:\p{Lu}[\p{L}'’-]*[^\S\n]+){0,2}\p{Lu}[\p{L}'’-]+|he|she|they|we|I)[^\S\n]+(?:\p{Ll}+ly[^\S\n]+)?(?:\p{Ll}[\p{Ll}-]{2,}ed|said|says|wrote|writes|told|swore|asks|adds|went[^\S\n]+on|goes[^\S\n]+on)\b`,
  'u',
);
/** Between a quotation and its tag's verb: nothing, or the tag's subject ('" says', '" the minister said'), on the same
 * line, no clause joined on ('" and he said', '" while others said'). */
const TAG_GAP = new RegExp(String.raw`^[^\S\n]+(?:(?!(?:${JOINING_WORDS})[^\S\n])[^\s,;:.!?"“”]+[^\S\n]+){0,4}$`, 'u');
/** Nothing before a quotation on its line but a sentence's end: a tagged quotation there is speech whole (direct). */
const OPENS_SENTENCE = /^\s*$|[.!?…]["”’']?\s+$/u;
/** Where a fragment set off by a tag may stand: opening its sentence or its line, or after 'It is', 'This was'. */
const TAGGED_LEAD = /(?:^|[.!?…]["”’']?\s+)(?:(?:It|This|That)(?:[^\S\n]+(?:is|was)|['’]s)[^\S\n]*)?$/u;
/** The subject of a tag after a fragment closed by its own comma, question or exclamation mark; '' when there is none. */
function tagSubject(text: string, p: Pair, before: string, inner: string): string {
  if (!/[,?!]$/u.test(inner.trim()) || !TAGGED_LEAD.test(before)) return '';
  const m = TAG_AFTER.exec(text.slice(p.end, p.end + 80));
  if (!m || /^(?:The|This|That|It|But|And|Or|So|Then|Now|In|On|At|For|As|If|When|While|After|Before)$/.test(m[1]!.split(/\s/)[0]!)) return '';
  return m[1]!.replace(TITLE, '');
}

function nameAfter(c: Context, p: Pair): string {
  const text = c.t.doc.text;
  // a quotation closed by a full stop ends its sentence: a name after it starts a new one
  if (!/[,?!—–-]\s*$/.test(text.slice(Math.max(p.start, p.end - p.close - 2), p.end - p.close))) return '';
  const m = NAME_THEN_VERB.exec(text.slice(p.end, p.end + 80).split('\n', 1)[0]!);
  if (!m || /^(?:The|This|That|It|He|She|They|We|I|You|But|And)$/.test(m[1]!)) return '';
  return m[1]!.replace(TITLE, '');
}

// A credit after a quotation that ends its paragraph, as opinion round-ups and embedded posts print it:
// the next line "Dana Levi, The Harbour Ledger" (a name, a comma, a short line with no full stop), or on
// the same line "— Dana Levi, The Harbour Ledger" or "— Dana Levi (@danalevi) April 30, 2018"
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|al|van|von|bin))*`;
const CREDIT_LINE = new RegExp(String.raw`^\s*(?:[—–-]+\s*)?(${NAME}),\s+\p{Lu}[^
.!?]{1,60}\s*(?:
|$)`, 'u');
const CREDIT_SAME_LINE = new RegExp(String.raw`^\s*(?:pic\.twitter\.com/\S+\s*)?[—–]\s*(${NAME})\s*(?:,\s+\p{Lu}[^
.!?]{1,60}\s*(?:
|$)|\(@\w+\))`, 'u');

function creditAfter(text: string, p: Pair): string {
  const rest = text.slice(p.end, p.end + 160);
  const same = CREDIT_SAME_LINE.exec(rest);
  if (same) return creditName(same[1]!);
  // the quotation ends its paragraph; the credit is the next line
  const nl = /^[ \t]*\n\s*/.exec(rest);
  if (!nl) return '';
  const line = CREDIT_LINE.exec(rest.slice(nl[0].length));
  return line ? creditName(line[1]!) : '';
}

/** A credit's name: two to four words, none of them a word that opens a sentence, a phrase or a label. */
function creditName(name: string): string {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4 || /^(?:The|This|That|It|He|She|They|We|I|You|But|And|In|On|At|As|By|For|From|With|To|A|An|Editorial|Photo|Source|Read|Watch|Advertisement)$/.test(words[0]!)) return '';
  return name;
}

/** "The minister said:" right before a quotation. */
function colonIntro(c: Context, p: Pair): Marker | undefined {
  const text = c.t.doc.text;
  const before = text.slice(Math.max(0, p.start - 4), p.start);
  if (!/:\s*$/.test(before)) return undefined;
  const colon = text.lastIndexOf(':', p.start);
  return [...c.cues].reverse().find((m) => m.end <= colon && colon - m.end < 120 && m.speaker !== '');
}

/** A question mark that ends a quotation's words, before its closing mark(s). */
const QUESTION_END = /\?[\s"”’'»]*$/u;
/** A question's closing quote mark and nothing but spaces, right before a quotation opens */
const ASKED_BEFORE = /\?["”’'»]+[^\S\n]+$/u;

/**
 * The quotation right before `p`, on its line with nothing but spaces between, when it is a question: an exchange set
 * down as one quotation after another ('Reporter: "Is the pier closed?" "It is."', '"Did you sail?" "I sailed."'),
 * where `p` is the answer, another speaker's words. Undefined otherwise.
 */
function answerTo(text: string, p: Pair, done: Map<Pair, Quote>): Quote | undefined {
  // (read the text first: a question's closing mark and spaces right before; only then look for its quotation)
  if (!ASKED_BEFORE.test(text.slice(Math.max(0, p.start - 12), p.start))) return undefined;
  let last: Quote | undefined;
  for (const [pair, q] of done) if (pair.end <= p.start && pair.depth === p.depth && (!last || q.end > last.end)) last = q;
  if (!last || !/^[^\S\n]+$/u.test(text.slice(last.end, p.start)) || !QUESTION_END.test(text.slice(last.start, last.end))) return undefined;
  return last;
}

/** The speaker of the last quotation in this or the previous paragraph (a run of quoted sentences). */
function previousSpeaker(c: Context, p: Pair, done: Map<Pair, Quote>): { speaker: string; cue: Marker | undefined } | undefined {
  const text = c.t.doc.text;
  let floor = text.lastIndexOf('\n', p.start - 1);
  floor = floor <= 0 ? 0 : text.lastIndexOf('\n', floor - 1) + 1;
  // (a quotation that opens its paragraph continues the run over a blank line too, when the paragraph before
  // ends on a quotation or its tag; one inside a paragraph follows its own paragraph's sentences: 'Lee said.
  // "..."' in the paragraph after a quotation of Levi's is Lee's)
  const wide = LINE_OPENS_BEFORE.test(text.slice(Math.max(0, p.start - 8), p.start)) ? Math.min(floor, previousParagraphStart(text, p.start)) : floor;
  let found: Quote | undefined;
  let before: { pair: Pair; q: Quote } | undefined;
  for (const [pair, q] of done) {
    if (pair.end > p.start || q.depth !== p.depth) continue;
    if (pair.start >= floor && q.kind === 'direct' && q.speaker !== '') found = q;
    else if (pair.start >= wide && pair.start < floor) before = { pair, q };
  }
  if (!found && before && before.q.kind === 'direct' && before.q.speaker !== '' && endsOnTag(text, before.pair.end, floor) && continuesQuotation(text, before.pair, p)) found = before.q;
  if (found) {
    const cue = c.cues.find((m) => m.start === found!.cueStart);
    return { speaker: found.speaker, cue };
  }
  // a cue in the next sentence ("... ." The minister said this on Monday.) or the previous one
  return nearbyCue(c, p);
}

/**
 * Where the paragraph before the one holding `pos` starts, over any blank lines between (0 when there is none): in
 * 'Lee said: "The pier is shut."\n\n"It opens in May."' the second quotation's run of quoted sentences reaches back
 * to the first line, as it does when paragraphs are set off by a single line break.
 */
function previousParagraphStart(text: string, pos: number): number {
  let k = text.lastIndexOf('\n', pos - 1);
  while (k > 0 && SPACE_BEFORE.test(text[k - 1]!)) k--;
  return k <= 0 ? 0 : text.lastIndexOf('\n', k - 1) + 1;
}
/**
 * Whether the paragraph that ends before `next` ends at `end`, a quotation's closing mark, or with one short
 * sentence after it, its tag ('"...," the official said.'), not more of the writer's sentences nor a credit
 * line with no stop ('..." Dana Levi, The Harbour Ledger', a round-up whose next quotation is another writer's).
 */
function endsOnTag(text: string, end: number, next: number): boolean {
  const rest = text.slice(end, next).trim();
  return rest === '' || (rest.length <= 160 && TAG_SENTENCE.test(rest));
}
/** one sentence closed by a stop, with no stop of a sentence inside it */
const TAG_SENTENCE = /^[^.!?\n]*(?:\.(?!\s)[^.!?\n]*)*[.!?]$/u;
/**
 * Whether the quotation `p`, opening the paragraph after the one that ends on the quotation `last`, reads as more
 * of the same speech: marks of the same family and a sentence of four words or more, not a subheading set off
 * between paragraphs ("'All Bets Are Off.'" or "'A long night.'" under a paragraph quoted in double marks) nor
 * a crowd's one-word reply ('"Nooooo!"').
 */
function continuesQuotation(text: string, last: Pair, p: Pair): boolean {
  if ((markFamily(text, last.start, last.open) === 'double') !== (markFamily(text, p.start, p.open) === 'double')) return false;
  const words = wordsOf(text.slice(p.start + p.open, p.end - p.close));
  return words.length >= 4 && !titleCaseWords(words);
}
/** a space or a line break (a blank line between paragraphs) */
const SPACE_BEFORE = /\s/;
/** nothing but spaces since the line's start: what follows opens its paragraph */
const LINE_OPENS_BEFORE = /(?:^|\n)[^\S\n]*$/;

/** A cue with a speaker in the previous or next sentence. */
function nearbyCue(c: Context, p: Pair): { speaker: string; cue: Marker | undefined } | undefined {
  const { t } = c;
  const s = sentenceAt(t.sentences, p.start);
  const e = sentenceAt(t.sentences, Math.max(p.start, p.end - 1));
  const inQuote = (m: Marker): boolean => c.pairs.some((x) => x.start <= m.start && x.end >= m.end);
  const pick = (k: number): Marker | undefined =>
    c.cues.find((m) => m.sentence === k && m.speaker !== '' && m.speaker !== ANONYMOUS && !inQuote(m));
  const prev = s > 0 && t.sentences[s - 1]!.section === t.sentences[s]!.section ? pick(s - 1) : undefined;
  const next = e + 1 < t.sentences.length ? pick(e + 1) : undefined;
  const m = prev ?? next;
  return m ? { speaker: m.speaker, cue: m } : undefined;
}


/** The subject of "called it" / "branded them" before a partial quote. */
function calledSpeaker(c: Context, p: Pair, verb = p.start): string {
  const { t } = c;
  const s = t.sentences[sentenceAt(t.sentences, p.start)]!;
  const cue = c.cues.filter((m) => m.sentence === s.index && m.end <= p.start && m.speaker !== '').pop();
  if (cue) return cue.speaker;
  // (a name before the verb: one in its object, 'labelled the Syrian air force the "..."', names no namer)
  const [a] = tokenSpan(t, s.start, p.start);
  for (let i = a; i < t.tokens.length && t.tokens[i]!.start < verb; i++) {
    if (t.tokens[i]!.pos === 'PROPN') {
      let j = i;
      while (t.tokens[j + 1]?.pos === 'PROPN') j++;
      return t.doc.text.slice(t.tokens[i]!.start, t.tokens[j]!.end);
    }
  }
  return '';
}
