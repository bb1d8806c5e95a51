// Attribution cues: the lexicon's attribution hits, cleaned by part of speech, with the source each one
// cites (speaker) and the span of the clause it reports (for voice).
import type { Marker, Quote, Sentence, Token, Tokenized } from '../types.ts';
import { continuesAbbreviation, engine, isModelWord, sentenceAt, UNSPLIT_TITLES } from '../tokenize.ts';
import { sectionAt } from '../normalize.ts';

export const ANONYMOUS = 'anonymous';

/** What voice needs to know about a cue beyond the Marker: the reported clause. */
export interface CueClause {
  /** reported content [start, end), or -1 when the cue reports no clause (reportedly, in a statement) */
  contentStart: number;
  contentEnd: number;
  /** the cue and its source [start, end) when they stand inside the content, between commas ("The
   * strike, the ministry said, killed 12"): no part of what is reported */
  aside?: [number, number];
  /** the content is (or runs on into) the paragraph set out after the cue's line ("The Harbour Gazette reports:"):
   * a cue inside that paragraph speaks for the clause it reports itself */
  setOut?: boolean;
}

const clauses = new WeakMap<Marker, CueClause>();

/** The clause a cue reports, as recorded when the cue was built. */
export function cueClause(cue: Marker): CueClause | undefined {
  return clauses.get(cue);
}

// --- word classes ------------------------------------------------------------------------------

const OUTLET_NOUNS = new Set([
  'paper', 'newspaper', 'daily', 'outlet', 'broadcaster', 'channel', 'website', 'site', 'magazine', 'network',
  'station', 'tabloid', 'weekly', 'agency', 'publication', 'report', 'article', 'story', 'investigation',
  'media', 'radio', 'television', 'tv', 'news', 'blog', 'newsletter', 'journal', 'broadcast', 'piece',
]);
/** outlet nouns that, right before or after a name, mark it as an outlet ("newspaper Haaretz") */
const OUTLET_MARKERS = new Set([
  'paper', 'newspaper', 'daily', 'outlet', 'broadcaster', 'channel', 'website', 'magazine', 'network', 'station',
  'tabloid', 'weekly', 'agency', 'radio', 'television', 'tv', 'journal', 'newsletter',
]);
const OUTLET_NAME_WORDS = /^(?:times|post|news|journal|herald|telegraph|guardian|gazette|tribune|observer|daily|channel|tv|radio|agency|press|reuters|afp|ap|cnn|bbc|haaretz|ynet|politico|axios|bloomberg|breitbart|mayadeen|jazeera|arabiya|yedioth|ahronoth|hayom|maariv|kan|irna|sana|wafa|tasnim|fars|anadolu|xinhua|tass|independent|mail|express|mirror|sun|economist|atlantic|hill|monitor)$/i;
const ANONYMOUS_HEADS = new Set([
  'source', 'sources', 'official', 'officials', 'people', 'person', 'diplomat', 'diplomats', 'insider', 'insiders',
  'aide', 'aides', 'someone', 'witness', 'witnesses', 'resident', 'residents', 'observer', 'observers',
  'analyst', 'analysts', 'expert', 'experts', 'critic', 'critics', 'activist', 'activists', 'medic', 'medics',
  'supporter', 'supporters', 'opponent', 'opponents', 'member', 'members', 'staffer', 'staffers', 'others',
  'many', 'some', 'most', 'another', 'few', 'several', 'both', 'all', 'half', 'third', 'quarter', 'majority', 'minority',
  'officer', 'officers', 'spokesperson', 'spokesman', 'spokeswoman', 'worker', 'workers',
  'investigator', 'investigators', 'lawyer', 'lawyers', 'researcher', 'researchers', 'scientist', 'scientists',
  'economist', 'economists', 'doctor', 'doctors', 'negotiator', 'negotiators', 'mediator', 'mediators',
]);
const SPOKESPERSON = /^(?:spokesman|spokeswoman|spokesperson|spokespeople|representative|representatives|lawyer|lawyers|attorney|attorneys)$/;
const TITLE_WORDS = new Set([
  'president', 'prime', 'minister', 'foreign', 'defense', 'defence', 'interior', 'finance', 'vice', 'deputy',
  'secretary', 'general', 'gen.', 'major', 'maj.', 'lieutenant', 'lt.', 'colonel', 'col.', 'brigadier', 'brig.',
  'rear', 'admiral', 'adm', 'cmdr',
  // (the abbreviations tokenize keeps whole with their stop: "adm.", "amb.", "rev.")
  ...UNSPLIT_TITLES.split('|').map((w) => `${w.toLowerCase()}.`),
  'captain', 'capt.', 'commander', 'senator', 'sen.', 'rep.', 'representative', 'congressman', 'congresswoman',
  'governor', 'gov.', 'mayor', 'mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'prof.', 'professor',
  'king', 'queen', 'prince', 'princess', 'sheikh', 'ayatollah', 'pope', 'judge', 'justice', 'ambassador', 'envoy',
  'speaker', 'chairman', 'chairwoman', 'chair', 'leader', 'director', 'chief', 'head', 'spokesman',
  'spokeswoman', 'spokesperson', 'attorney', 'candidate', 'nominee', 'former', 'state', 'us', 'u.s.', 'sir',
  'rival', 'challenger', 'opponent', 'hopeful', 'frontrunner', 'front-runner', 'adviser', 'advisor', 'commissioner', 'coordinator',
  'lord', 'lady', 'emir', 'crown', 'supreme', 'special', 'assistant', 'senior', 'top', 'democratic',
  'republican', 'gop', 'sgt.', 'sergeant', 'rabbi', 'imam', 'bishop', 'archbishop', 'cardinal', 'father',
  'democrat', 'sens.', 'reps.', 'syrian', 'israeli', 'american', 'iranian', 'turkish', 'french', 'british', 'lebanese', 'egyptian', 'palestinian',
  'russian', 'ukrainian', 'chinese', 'german', 'saudi', 'qatari', 'jordanian', 'iraqi', 'yemeni', 'emirati', 'uk',
]);
const INSTITUTION_HEADS = /^(?:ministry|department|office|council|agency|army|forces|force|house|party|times|post|news|committee|commission|court|government|authority|authorities|campaign|foundation|institute|university|bank|company|corporation|group|movement|organization|organisation|union|association|service|services|command|unit|brigade|brigades|network|center|centre|police|guard|administration|cabinet|parliament|assembly|congress|senate|embassy|mission|fund|coalition|alliance|front|board|bureau|watch|church|headquarters)$/i;
/** A name that is people described by the name after "of" ("Supporters of Ansar Allah", "Residents of Gaza"). */
function namesPeople(name: string): boolean {
  const space = name.indexOf(' ');
  return space > 0 && name.startsWith(' of ', space) && ANONYMOUS_HEADS.has(name.slice(0, space).toLowerCase());
}
/** an opening quote mark token */
const OPENING_QUOTE = /^["“'‘]$/;
/** Nouns for a text that says things of its own, a resolution, a bill, a statement, a letter, a plan: "it" after
 * one in the sentence before stands for it ("The resolution demands access. It also stresses the need for aid"). */
const TEXT_HEADS = /^(?:resolution|act|bill|law|report|statement|letter|document|memo|proposal|plan|agreement|accord|treaty|indictment|declaration|communiqu[eé]|draft|ruling|verdict|judgment|judgement)$/i;
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who', 'which', 'that']);
/** A possessive pronoun before a noun ("his", "their", "our"). */
const POSSESSIVE_PRONOUN = /^(?:his|her|their|its|our|my|your)$/i;
/** A possessive before a noun: a possessive pronoun, or the "'s" of a name ("its", "the army's"). */
function isPossessor(value: string): boolean {
  return POSSESSIVE_PRONOUN.test(value) || POSSESSIVE_S.test(value);
}
const POSSESSIVE_S = /^['’]s$/i;
const SKIP_BEFORE = new Set([
  'also', 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'later', 'previously', 'then',
  'further', 'repeatedly', 'again', 'once', 'reportedly', 'allegedly', 'publicly', 'privately', 'recently',
  'earlier', 'since', 'already', 'never', 'often', 'frequently', 'even', 'just', 'still', 'initially',
  'originally', 'first', 'is', 'are', 'was', 'were', 'been', 'be', 'being', 'did', 'does', 'do', 'not', "n't",
  'openly', 'explicitly', 'flatly', 'quickly', 'immediately', 'subsequently', 'separately', 'directly',
  'shall', 'should', 'must', 'can', 'had', 'once', 'ultimately', 'eventually', 'finally', 'indeed', 'having',
  'overall', 'alike',
  // "won't", "can't" split as "wo" + "n't"; "have long argued" (wink reads "long" as an adjective)
  'wo', 'ca', 'long',
]);
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
/** linking verbs between a subject and the adjective of its state of mind: "aides remain confident that" */
const LINKING = new Set(['remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'feel', 'feels', 'felt', 'appear', 'appears', 'appeared', 'become', 'becomes', 'became', 'grow', 'grows', 'grew', 'stay', 'stays', 'stayed', 'come', 'comes', 'came']);

/** "who's called for", "they've suggested": a contracted auxiliary (not the possessive "Trump's claim"). */
function isContractedAux(tok: Token): boolean {
  return tok.pos === 'AUX' && /^['’](?:s|ve|d|ll|re|m)$/i.test(tok.value);
}

/** "Ford itself said", "Clinton herself has proposed": a reflexive that stresses the subject before it. */
function isIntensifier(toks: Token[], k: number): boolean {
  return /^(?:himself|herself|itself|themselves)$/i.test(toks[k]?.value ?? '') && /^(?:PROPN|NOUN|PRON)$/.test(toks[k - 1]?.pos ?? '');
}

// --- small helpers -----------------------------------------------------------------------------

function tokenIndexAt(t: Tokenized, pos: number): number {
  let lo = 0;
  let hi = t.tokens.length - 1;
  let found = t.tokens.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (t.tokens[mid]!.end > pos) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found;
}

/** Tokens [first, last] covering [start, end). */
export function tokenSpan(t: Tokenized, start: number, end: number): [number, number] {
  const first = tokenIndexAt(t, start);
  let last = first;
  while (last + 1 < t.tokens.length && t.tokens[last + 1]!.start < end) last++;
  return [first, last];
}

// Letter-class tests of the per-token helpers, made once: tsx's build (esbuild, targeting this Node) writes a
// regex literal with \p{...} as \`new RegExp(...)\`, evaluated each time the expression runs, so a literal inside a
// helper called per token built a regex object per call (about 600,000 in a pass over the 4papers corpus).
/** a letter anywhere */
const HAS_LETTER = /\p{L}/u;
/** an upper-case first letter */
const CAPITALISED = /^\p{Lu}/u;
/** an upper-case letter, then a lower-case one ("Gaza", not "UN" or "al") */
const CAPITAL_THEN_LOWER = /^\p{Lu}\p{Ll}/u;
/** a capitalised word of letters, dots, apostrophes and hyphens ("O'Brien", "Al-Qassam", "U.S.") */
const CAPITALISED_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;
/** a lower-case first letter */
const LOWER_START = /^\p{Ll}/u;
/** a lower-case word of letters, apostrophes and hyphens */
const LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]*$/u;
/** a party tag's opening ("D-Calif.", "R-Texas") */
const PARTY_TAG_START = /^[DRI]-\p{Lu}/u;
/** two capitalised parts joined by a hyphen ("Abu-Salem", "Smith-Jones") */
const HYPHENED_CAPITALS = /\p{Lu}[\p{L}.'’]*-\p{Lu}/u;
const lower = (tok: Token | undefined): string => (tok ? tok.value.toLowerCase() : '');
const isWord = (tok: Token | undefined): boolean => !!tok && /[\p{L}\p{N}]/u.test(tok.value);

/** A name token: PROPN, or a capitalised NOUN inside a name ("al" in al-Shibani is lower-case but hyphen-joined). */
function isNamePart(tok: Token | undefined): boolean {
  if (!tok) return false;
  if (tok.pos === 'PROPN') return HAS_LETTER.test(tok.value) && !ANONYMOUS_HEADS.has(tok.value.toLowerCase());
  return CAPITALISED_WORD.test(tok.value) && (tok.pos === 'NOUN' || tok.pos === 'ADJ' || tok.pos === 'X' || tok.pos === 'VERB');
}

const COMMITTEE_HEAD = /^(?:Commission|Committee|Subcommittee|Council|Center|Centre|Institute|Conference|Forum|Panel|Board)$/;

/** Token k joins the name before it to the name after it: "Secretary of State", "Center for ...",
 * "Commission on ..." ("on" only after a body's name: never "Lee on Monday"). */
function joinsName(toks: Token[], k: number): boolean {
  const word = toks[k]?.value ?? '';
  // (not a day after "on": "the Harbour Council on Thursday")
  return /^(?:of|for)$/i.test(word) || (word === 'on' && COMMITTEE_HEAD.test(toks[k - 1]?.value ?? '') && !runOnWeekday(toks, k + 1)) || innerNameWord(toks, k);
}

/** An organisation's name may hold a capitalised small word ("Doctors Without Borders", "Mothers Against
 * Violence") or a "to" after a body's head ("Committee to Protect Journalists", "Campaign to End ..."),
 * between capitalised words that are not the sentence's first. */
const NAME_SMALL_WORD = /^(?:Without|Against|With|For|Of|On|In|And|To|Beyond|Across)$/;
const BODY_HEAD = /^(?:Commission|Committee|Council|Center|Centre|Institute|Campaign|Coalition|Alliance|Movement|Foundation|Fund|Society|League)$/;
const capitalisedAs = (x: Token | undefined, pos: RegExp): x is Token => !!x && CAPITAL_THEN_LOWER.test(x.value) && pos.test(x.pos);
function innerNameWord(toks: Token[], k: number): boolean {
  const word = toks[k]?.value ?? '';
  const prev = toks[k - 1];
  const next = toks[k + 1];
  // (the word before may be one that alone would be no name: "Doctors", "Reporters")
  // (an adjective opens no name: the slogan "Strong Against Hamas")
  if (!capitalisedAs(prev, /^(?:PROPN|NOUN)$/) || !capitalisedAs(next, /^(?:PROPN|NOUN|VERB|X)$/)) return false;
  // (nor does a quoted phrase: a slogan or a title)
  if (/^(?:["“'‘]|'')$/.test(toks[k - 2]?.value ?? '')) return false;
  if (prev.sentence !== toks[k]!.sentence || next.sentence !== toks[k]!.sentence) return false;
  if (!NAME_SMALL_WORD.test(word) && !(word === 'to' && BODY_HEAD.test(prev.value))) return false;
  // a headline in title case capitalises its small words too ("Airstrike In Syria Targets ...")
  return !inTitleCase(toks, k);
}

/** Token k's sentence capitalises every word of four letters or more: a title-case headline (a sentence has
 * some lower-case word of that length, if only its verb: "Doctors Without Borders said."). */
function inTitleCase(toks: Token[], k: number): boolean {
  const sentence = toks[k]!.sentence;
  let a = k;
  while (a > 0 && toks[a - 1]!.sentence === sentence) a--;
  for (let j = a; j < toks.length && toks[j]!.sentence === sentence; j++) {
    if (/^\p{Ll}{4}/u.test(toks[j]!.value)) return false;
  }
  return true;
}

/** Walking a phrase back from its capitalised word at i, which ends where the verb begins: "of", "on" or
 * "for" joins it to a capitalised name part before ("the Commission on Presidential Debates said"). */
function joinsNameBefore(toks: Token[], i: number): boolean {
  if (innerNameWord(toks, i - 1)) return true;
  return CAPITALISED.test(toks[i]?.value ?? '') && !runOnWeekday(toks, i) && /^(?:of|on|for)$/.test(toks[i - 1]?.value ?? '') && isNamePart(toks[i - 2]) && CAPITALISED.test(toks[i - 2]!.value);
}

/** Extend a name chain [a, b] over hyphen joins (al-Shibani), "of"/"for" between capitalised words. */
function extendName(t: Tokenized, a: number, b: number, floor: number, ceil: number): [number, number] {
  const toks = t.tokens;
  for (;;) {
    const prev = toks[a - 1];
    if (a - 1 >= floor && prev && prev.end === toks[a]!.start && (prev.value === '-' || /^[\p{L}]+$/u.test(prev.value)) && a - 2 >= floor) {
      // "al" "-" "Shibani": a hyphen glued on both sides
      if (prev.value === '-' && toks[a - 2]!.end === prev.start && /^\p{L}+$/u.test(toks[a - 2]!.value)) {
        a -= 2;
        continue;
      }
    }
    break;
  }
  for (;;) {
    const next = toks[b + 1];
    if (b + 1 <= ceil && next && NAME_PARTICLE.test(next.value) && (toks[b + 2]?.value === '-' || isNamePart(toks[b + 2])) && b + 2 <= ceil) {
      b += toks[b + 2]!.value === '-' && b + 3 <= ceil ? 3 : 2;
      continue;
    }
    if (b + 2 <= ceil && next && next.value === '-' && next.start === toks[b]!.end && toks[b + 2]!.start === next.end && /^\p{L}/u.test(toks[b + 2]!.value)) {
      b += 2;
      continue;
    }
    if (b + 2 <= ceil && joinsName(toks, b + 1) && isNamePart(toks[b + 2]) && toks[b]!.pos === 'PROPN') {
      let c = b + 2;
      while (c + 1 <= ceil && isNamePart(toks[c + 1])) c++;
      // (not a possessor after "of": "Americans of Biden's generation")
      if (/^['’]s$/.test(toks[c + 1]?.value ?? '')) break;
      b = c;
      continue;
    }
    break;
  }
  return [a, b];
}

const NAME_PARTICLE = /^(?:al|el|bin|ibn|bint|abu|abd|van|von|de|da|di|du|la|le|ben|der|den|del|della|dos|das|ul)$/i;

/** Token k, a name part or a particle, goes on in the token after a hyphen glued to both ("al-Rashid",
 * "Ki-moon"). */
function hyphenJoinsName(toks: Token[], k: number): boolean {
  const dash = toks[k + 1];
  const next = toks[k + 2];
  return dash?.value === '-' && !!next && dash.start === toks[k]!.end && next.start === dash.end && (isNamePart(toks[k]) || NAME_PARTICLE.test(toks[k]!.value));
}

function textOf(t: Tokenized, a: number, b: number): string {
  const toks = t.tokens;
  const { text, match } = t.doc;
  let out = '';
  let from = toks[a]!.start;
  // quote marks inside the phrase are left out ("the 'Israeli' army": Israeli army): a double mark, or a
  // single one around a word (not the apostrophe of "the Israelis' leaders")
  for (let k = a; k <= b; k++) {
    const tok = toks[k]!;
    const mark = match[tok.start];
    if (tok.end - tok.start !== 1 || (mark !== '"' && mark !== "'")) continue;
    const closes = k > a && match[toks[k - 1]!.start - 1] === "'";
    const opens = k < b && match[toks[k + 1]!.end] === "'";
    if (mark === "'" && !closes && !opens) continue;
    out += text.slice(from, tok.start);
    from = tok.end;
  }
  return (out + text.slice(from, toks[b]!.end)).replace(/\s+/g, ' ');
}

/** Drop leading titles ("Foreign Minister Asaad al-Shibani" -> "Asaad al-Shibani") from a person's name. */
function stripTitles(t: Tokenized, a: number, b: number): [number, number] {
  const toks = t.tokens;
  a = afterLeadingDate(toks, a, b);
  if (INSTITUTION_HEADS.test(toks[b]!.value) || OUTLET_NAME_WORDS.test(toks[b]!.value)) return [a, b];
  if (complementOfTitle(toks, a)) {
    // the name opens at a common given name, or after a place of one or two words ("Ambassador to Israel Dana Levi
    // Cohen", "to the United Nations Omar Diab"); a body's long name holds none ("chairman of the Joint Chiefs of Staff")
    const given = givenNameIn(toks, a + 1, b);
    if (given >= 0) return [given, b];
    // (and a name in capitals only: "the Jerusalem Center for Public Affairs" is one body's)
    const place = isPlaceLike(toks[a]!.value) ? 1 : COMPLEMENT_PLACE.test(textOf(t, a, a + 1)) ? 2 : 0;
    if (place > 0 && b - a > place && toks.slice(a + place, b + 1).every((x) => /^\p{Lu}/u.test(x.value))) return [a + place, b];
  }
  const from = a;
  // strip through the last title word ("Port Director Lena Ortiz" -> "Lena Ortiz")
  let cut = -1;
  // (a nationality that begins a country's name is no title: "Saudi Arabia")
  // (nor the surname before a generational suffix: "Martin Luther King Jr.")
  const last = /^(?:Jr|Sr)\.$/.test(toks[b]!.value) ? b - 1 : b;
  for (let k = a; k < last; k++) if (TITLE_WORDS.has(lower(toks[k])) && !isPlaceLike(textOf(t, k, k + 1))) cut = k;
  if (cut >= 0) a = cut + 1;
  while (a < b && TITLE_WORDS.has(lower(toks[a])) && !isPlaceLike(textOf(t, a, a + 1))) a++;
  if (/^(?:of|for)$/i.test(toks[a]!.value)) return portfolioName(t, from, cut, a, b);
  // a titled person's country after the name is no part of it ("King Salman of Saudi Arabia")
  if (cut >= 0) {
    const of = toks.slice(a + 1, b).findIndex((x) => x.value === 'of');
    if (of >= 0 && isNamePart(toks[a + of]) && isPlaceLike(textOf(t, a + of + 2, b))) return [a, a + of];
  }
  return [a, b];
}

/**
 * A title with a portfolio, "Chief of Staff Denis McDonough", "Minister of State for Trade Reem Al
 * Hashimy", stripped to what follows "of"/"for" at `rest`: the person's name, from a common given name
 * or else the last two words (with a particle or an initial before them) when the portfolio leaves room
 * for them; a title and portfolio with no name after ("the Secretary of State") whole; a title word that
 * was a surname before a place ("Sen. Angus King of Maine") ends the name.
 */
function portfolioName(t: Tokenized, from: number, cut: number, rest: number, b: number): [number, number] {
  const toks = t.tokens;
  const given = givenNameIn(toks, rest + 1, b);
  if (given >= 0) return [given, b];
  if (b - rest >= 3) {
    // (words, not tokens: "Ra'ad al-Hussein" is two)
    const wordStart = (k: number): number => {
      while (k > rest + 1 && toks[k - 1]!.end === toks[k]!.start) k--;
      return k;
    };
    let k = wordStart(wordStart(b) - 1);
    while (k > rest + 2 && (NAME_PARTICLE.test(toks[k]!.value) || /^\p{Lu}\.$/u.test(toks[k]!.value))) k = wordStart(k - 1);
    return [k, b];
  }
  let start = from;
  while (start < cut && (toks[start]!.pos === 'DET' || TITLE_WORDS.has(lower(toks[start])))) start++;
  if (cut > start && isNamePart(toks[cut - 1]) && isPlaceLike(textOf(t, rest + 1, b))) return [start, cut];
  return [toks[from]!.pos === 'DET' ? from + 1 : from, b];
}

/** The first of tokens from..b-1 that is a common given name, -1 when none is. */
function givenNameIn(toks: Token[], from: number, b: number): number {
  for (let k = from; k < b; k++) if (MALE_NAMES.has(lower(toks[k])) || FEMALE_NAMES.has(lower(toks[k]))) return k;
  return -1;
}

/** Titles whose complement after "to" or "of" is written between the title and the name. */
const COMPLEMENTED_TITLE = /^(?:ambassador|amb\.|envoy|representative|speaker|president|secretary|minister|chairman|chairwoman|chair|head|leader|director|chief|commissioner|coordinator|governor|mayor|king|queen|prince|emir|spokesman|spokeswoman|spokesperson)$/;

/**
 * A name chain that opens at `a` right after a title's "to" or "of" (and "the"): the place or body the title
 * serves comes first, then the person ("Ambassador to the Harbour Council Dana Levi", "Speaker of the Assembly
 * Omar Diab"): the name begins after the complement.
 */
function complementOfTitle(toks: Token[], a: number): boolean {
  let k = a - 1;
  if (lower(toks[k]) === 'the') k--;
  const prep = toks[k];
  const title = toks[k - 1];
  if (!prep || !title || title.sentence !== toks[a]!.sentence || !/^(?:to|of)$/.test(lower(prep))) return false;
  return COMPLEMENTED_TITLE.test(lower(title));
}

const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
/** A day of the week or a month, written as a name ("Tuesday", "February"; not "May", also a name). */
const DAY_OR_MONTH = new RegExp(`^(?:${DAYS}|${MONTHS.replace('may|', '')})$`, 'i');
/** A day of the week, capitalised ("Tuesday"). */
const WEEKDAY = new RegExp(`^(?:${DAYS})$`, 'i');

/**
 * Token k is a day of the week that a name chain runs into, when the text writes the day of speaking with no
 * preposition: after the name ("Prime Minister Dana Levi Saturday said", "the Harbour Council on Thursday
 * condemned") or between a place and a name ("in the Oval Office Friday Levi said"). The day is no part of any
 * name, unless an outlet's word, a possessive or a show's time follows it ("the Sunday Times", "Friday's vote").
 */
function runOnWeekday(toks: Token[], k: number): boolean {
  const tok = toks[k];
  // (every day's name ends in "y" or "Y": most tokens are turned away before the regexes)
  const last = tok ? tok.value.charCodeAt(tok.value.length - 1) : 0;
  if (last !== 121 && last !== 89) return false;
  const next = toks[k + 1]?.value ?? '';
  return !!tok && /^\p{Lu}/u.test(tok.value) && WEEKDAY.test(tok.value) && !OUTLET_NAME_WORDS.test(next) && !WEEKDAY_GOES_ON.test(next);
}
/** Words of a time fronted before the subject ("this", "the next", "earlier", "on", a unit (TIME_NOUN, which the time
 * ends on: "this week", "last month", "Monday morning", "the next day", "this time"), a day). */
const FRONTED_TIME_WORD = new RegExp(`^(?:the|this|last|next|following|earlier|later|that|early|late|on|time|week|weekend|month|year|morning|afternoon|evening|night|day|${DAYS})$`, 'i');

/**
 * A phrase that opens on a time written with no comma before the subject runs the time into the source: "This week the
 * Harbour assembly called for a truce", "Last month the administration said", "Earlier this week a ministry statement
 * said", "On Monday morning the president said". The token where the time ends (its unit, with the subject's
 * determiner right after it), or -1: every word before it a time word, and the subject after it (not "the week's
 * toll", nor a name that holds a time word, "Morning Star").
 */
function frontedTimeEnd(toks: Token[], a: number, b: number): number {
  let end = -1;
  for (let k = a; k < b && FRONTED_TIME_WORD.test(toks[k]!.value); k++) {
    if (TIME_NOUN.test(toks[k]!.value) && LOWER_START.test(toks[k]!.value) && toks[k + 1]!.pos === 'DET') end = k;
  }
  return end;
}
/** What makes a day part of a phrase of its own: a possessive ("Friday's vote"), a show's time ("Sunday Morning"). */
const WEEKDAY_GOES_ON = /^(?:['’]s|Morning|Night|Evening|Afternoon)$/;
function isDayOrMonth(tok: Token | undefined): boolean {
  return !!tok && CAPITALISED.test(tok.value) && DAY_OR_MONTH.test(tok.value);
}
/** Two-word places and bodies a title serves, before the holder's name. */
const COMPLEMENT_PLACE = /^(?:United Nations|United States|Security Council|European Union|White House|Arab League)$/;

/**
 * A fronted time with no comma runs into the name after it ("On Thursday Dana Levi said", "In October Harbour Watch
 * accused"): the day or month is no part of the name. It needs a preposition or a time word before it, since some
 * months are given names ("April Lee said"; "May" never counts) and some days open a name ("the Sunday Times").
 */
function afterLeadingDate(toks: Token[], a: number, b: number): number {
  if (a >= b || !isDayOrMonth(toks[a]) || !/^\p{Lu}/u.test(toks[a + 1]!.value)) return a;
  return /^(?:on|in|since|until|till|through|early|late|last|next|this)$/i.test(toks[a - 1]?.value ?? '') ? a + 1 : a;
}

// --- document context: outlets and named speakers ----------------------------------------------

interface NameMention {
  start: number;
  /** where its last token ends (the name may read longer: "The" comes with a capitalised "The Times") */
  end: number;
  name: string;
  outlet: boolean;
  /** used as a place ("in Raleigh", "from Gaza") */
  place: boolean;
  /** title words written with it: "President Barack Obama", "Benjamin Netanyahu, the prime minister," */
  titles: string[];
  /** one capitalised word opening its sentence ("Mine told me", "Fundraising was slow") */
  initial: boolean;
  /** one word after a lower-case "the" ("the Pentagon", "the West"): no person's name */
  definite: boolean;
  /** the name as written here, before a short mention takes the fullest form ("Clinton") */
  written: string;
  gender: Gender;
}

/** he or she, as far as the document tells: "Mr."/"Ms." or a gendered title with the name, else a common given name */
type Gender = 'm' | 'f' | undefined;

const MALE_TITLES = new Set(['mr.', 'mr', 'king', 'prince', 'lord', 'sir', 'congressman', 'spokesman', 'chairman', 'father', 'rabbi', 'imam', 'bishop', 'archbishop', 'cardinal', 'pope']);
const FEMALE_TITLES = new Set(['mrs.', 'mrs', 'ms.', 'ms', 'miss', 'queen', 'princess', 'lady', 'congresswoman', 'spokeswoman', 'chairwoman']);
/** given names that are almost always one sex's, English, Arabic and Hebrew (ambiguous ones, such as Jordan,
 * Noor or Ariel, are left out) */
const MALE_NAMES = new Set(`
aaron adam alan albert alex alexander andrew anthony antony arthur boris barack barry ben benjamin bernard bernie bill billy bob bobby brad bradley brandon brian bruce bryan carl carlos charles charlie chris christopher chuck colin craig dan daniel darrell dave david dennis derek dick donald doug douglas ed eddie edward elon emmanuel eric frank fred gary george gerald glenn greg gregory harold harry henry howard ian jack jacob jake james jason jeb jeff jeffrey jeremy jerry jim jimmy joe joel john johnny jon jonathan jose joseph josh joshua juan keith ken kenneth kevin larry lawrence lindsey lloyd louis luis marco mark martin marty matt matthew michael mike mitch mitt mohammed muhammad nathan newt nicholas nick patrick paul peter phil philip ralph randy raymond reince richard rick rob robert roger ron ronald rishi roy russell ryan sam samuel scott sean sergei stephen steve steven ted terry thomas tim timothy todd tom tony vladimir volodymyr walter wayne william xi
ahmad ahmed ali abdullah bashar hakeem hamza hassan hussein ibrahim ismail khaled khalil mahmoud mohamed mohammad mustafa nasser omar saleh tariq yahya youssef yusuf
avi ehud itamar moshe naftali shimon yair yitzhak yoav
`.trim().split(/\s+/));
const FEMALE_NAMES = new Set(`
abigail alexandria alice alicia amanda amy andrea angela ann anna anne barbara betsy betty beverly brenda carly carol caroline catherine cheryl christina christine cindy claire cynthia dana debbie deborah debra diana diane donna doris dorothy elise elizabeth ellen emily emma evelyn frances gloria hannah heather helen hillary huma ilhan ivanka jane janet janice jean jennifer jessica jill joan joanne joyce judith judy julia julie kamala karen katherine kathleen kathryn kathy katie kelly kimberly kristen laura lauren linda lisa liz lois loretta lori louise madeleine margaret maria marie marilyn marjorie martha mary megan megyn melania melissa michelle nancy natalie nicole nikki pamela patricia paula rachel rashida rebecca rose ruth sandra sara sarah sharon shirley stephanie susan teresa theresa tina ursula virginia wendy
aisha fatima hanan layla leila mariam maryam rania zeinab ayelet golda michal noa shira tamar tzipi yael
`.trim().split(/\s+/));

/** "(D-N.Y.)", "(R-Texas)", "(D., Calif.)": a legislator's party and state, between parentheses `open` and `close`. */
function isPartyTag(t: Tokenized, open: number, close: number): boolean {
  const inside = t.doc.text.slice(t.tokens[open]!.end, t.tokens[close]!.start);
  return /^\s*[DRI](?:-|\.,?\s*)\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?,?\s*$/u.test(inside);
}

/** The name ending at token k follows a preposition past its titles ("for Rep. Tom Levi", "of Sen. Ann Rowe"): it is
 * the object of a description, not a subject. */
function nameAfterPreposition(t: Tokenized, k: number): boolean {
  const toks = t.tokens;
  let a = k;
  while (a > 0 && isNamePart(toks[a - 1]) && k - a < 5) a--;
  return a < k + 1 && /^(?:for|of|to|with)$/i.test(toks[a - 1]?.value ?? '');
}

/** Scanning back from the ")" at `close`: the "(" that opens it, within `reach` tokens and not before `floor`; where
 * the scan stopped when there is none (the callers check). */
function parenStart(toks: Token[], close: number, floor: number, reach: number): number {
  let k = close;
  while (k > floor && close - k < reach && toks[k]!.value !== '(') k--;
  return k;
}

/** Token k lies inside a party tag's parentheses ("Calif." in "(D., Calif.,)"). */
function inPartyTag(t: Tokenized, k: number): boolean {
  const toks = t.tokens;
  let open = k - 1;
  while (open >= 0 && k - open <= 6 && !/^[()]$/.test(toks[open]!.value)) open--;
  let close = k + 1;
  while (close < toks.length && close - k <= 6 && !/^[()]$/.test(toks[close]!.value)) close++;
  return toks[open]?.value === '(' && toks[close]?.value === ')' && isPartyTag(t, open, close);
}

/** ", D-N.Y.," after a name: the index of the comma that closes the tag, else -1. */
function partyTagAfter(t: Tokenized, comma: number): number {
  const toks = t.tokens;
  let end = comma + 1;
  while (end < toks.length && end - comma <= 7 && toks[end]!.value !== ',') end++;
  if (toks[end]?.value !== ',' || end === comma + 1) return -1;
  return /^[DRI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?$/u.test(t.doc.text.slice(toks[comma + 1]!.start, toks[end - 1]!.end)) ? end : -1;
}

function isGivenName(word: string): boolean {
  const w = word.toLowerCase();
  return MALE_NAMES.has(w) || FEMALE_NAMES.has(w);
}

interface DocContext {
  /** in document order: no two start at the same offset */
  names: NameMention[];
  /** for fullName, made on its first call: the names by the last word of their fullest form, and the longest
   * name as written */
  byTail?: Map<string, { mention: NameMention; endsOf: boolean }[]>;
  longest?: number;
}

const contexts = new WeakMap<Tokenized, DocContext>();

const linkBoxes = new WeakMap<Tokenized, boolean>();
/** The document holds a box of linked headlines somewhere: their closing "MORE" (see linkBoxName). */
function hasLinkBox(t: Tokenized): boolean {
  let has = linkBoxes.get(t);
  if (has === undefined) linkBoxes.set(t, (has = t.doc.text.includes('MORE')));
  return has;
}

/**
 * Where a name chain [a, b] ends when a box of links follows it (see linkBoxName): the chain runs on into the person's
 * full name ("Sen. Tom Barlow Thomas (Tom) Edward BarlowAll ..."), so it ends at the word that starts the run-together
 * word a few words on ("Barlow": "Tom Barlow"); else b.
 */
function nameBeforeLinkBox(t: Tokenized, a: number, b: number): number {
  if (!hasLinkBox(t)) return b;
  const toks = t.tokens;
  for (let k = a + 1; k <= b + 8 && k < toks.length; k++) {
    const glued = GLUED_HEADLINE.exec(toks[k]!.value);
    if (!glued) continue;
    for (let j = Math.min(k, b + 1) - 1; j >= a; j--) if (toks[j]!.value === glued[1]) return j;
  }
  return b;
}

/** Every proper-name chain in the document, with whether it names an outlet. */
function docContext(t: Tokenized): DocContext {
  const cached = contexts.get(t);
  if (cached) return cached;
  const names: NameMention[] = [];
  const toks = t.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.pos !== 'PROPN' || !HAS_LETTER.test(toks[i]!.value) || runOnWeekday(toks, i)) continue;
    const s = t.sentences[toks[i]!.sentence]!;
    let j = i;
    while (j + 1 < s.tokenEnd && isNamePart(toks[j + 1]) && toks[j + 1]!.pos !== 'PUNCT' && !runOnWeekday(toks, j + 1)) j++;
    // (nor is the capitalised time word before the day: "Late Tuesday, the members said")
    if (i === j && /^(?:late|early|last|next|this)$/i.test(toks[i]!.value) && runOnWeekday(toks, i + 1)) continue;
    // a capitalised word the tagger reads as a verb or an adjective, between "the" and the name, opens it: "the
    // Associated Press", "the Revolutionary Guard"
    if (i - 2 >= s.tokenStart && /^(?:VERB|ADJ)$/.test(toks[i - 1]!.pos) && isNamePart(toks[i - 1]) && lower(toks[i - 2]) === 'the') i--;
    const [a, b] = extendName(t, i, j, s.tokenStart, s.tokenEnd - 1);
    const [na, nb] = stripTitles(t, a, nameBeforeLinkBox(t, a, b));
    const before = lower(toks[a - 1]);
    const after = lower(toks[b + 1]);
    const chain = toks.slice(na, nb + 1).map((x) => x.value);
    const outlet =
      OUTLET_MARKERS.has(before) || OUTLET_MARKERS.has(after) || chain.some((w) => OUTLET_NAME_WORDS.test(w));
    const name = canonicalName(t, na, nb);
    // (a party and state tag, "(D-Calif.)", names no one; nor does the rest of an abbreviation wink cut at
    // its full stop, "Y." of "D-N.Y.")
    const inParens = toks[a - 1]?.value === '(' || PARTY_TAG_START.test(name) || continuesAbbreviation(toks, na) || inPartyTag(t, na);
    // a name that modifies a common noun ("the Israel-Hamas war", "Gaza residents") names no one here
    const next = toks[b + 1];
    const modifier = next !== undefined && next.pos === 'NOUN' && LOWER_START.test(next.value) && next.start <= toks[b]!.end + 1;
    // (a title and its portfolio with no name, "Secretary of Defense", names no one)
    const titleOnly = isTitleWord(toks[na]!.value) && toks.slice(na, nb + 1).some((x) => /^(?:of|for)$/.test(x.value));
    // (nor a headline's words run together over its verb: "Netanyahu Says Israel", "Defends Israel")
    const runOn = toks.slice(na, nb + 1).some((_, n) => headlineVerb(t, na + n));
    if (!inParens && !modifier && !titleOnly && !runOn && !/\d/.test(name) && !isPlaceLike(name) && CAPITALISED.test(name) && !/^(?:I|I['’]m|I['’]ve|I['’]ll|I['’]d)$/.test(name)) {
      // ("Raleigh, N.C.": a place before its state; "Ann Lee, D-Calif.,": a legislator before party and state)
      const partyTag = /^[DRI]$/.test(toks[b + 2]?.value ?? '') && toks[b + 3]?.value === '-';
      const place = /^(?:in|at|from|to|near|across|outside|inside|into|toward|towards|across|around|throughout|of)$/i.test(before) ||
        (toks[b + 1]?.value === ',' && CAPITALISED.test(toks[b + 2]?.value ?? '') && (toks[b + 2]?.value.length ?? 0) <= 5 && !partyTag && !fromPlace(chain));
      const quoteBefore = na === s.tokenStart + 1 && /^["“'‘]+$/.test(toks[s.tokenStart]!.value);
      const initial = na === nb && (na === s.tokenStart || quoteBefore) && !tagsQuotation(toks, na);
      // ("the Pentagon", "the Knesset", "the West": one word after a lower-case "the" names a body, a place or a thing;
      // not a given name, "the Donald", a nickname's, nor a title, "the Pope", "the Queen")
      const definite = na === nb && toks[na - 1]?.value === 'the' && !isGivenName(toks[na]!.value) && !isTitleWord(toks[na]!.value);
      names.push({ start: toks[na]!.start, end: toks[nb]!.end, name, outlet, place, titles: titlesAround(t, a, na, b), initial, definite, written: name, gender: undefined });
    }
    i = b;
  }
  // a capitalised word before a common given name is an epithet when the text also writes the name without it
  // ("Crooked Hillary Clinton" beside "Hillary Clinton"): it is no part of the name
  const plain = new Set(names.map((n) => n.name));
  for (const n of names) {
    const words = n.name.split(' ');
    const k = words.findIndex((w, m) => m > 0 && m < words.length - 1 && isGivenName(w) && !NAME_PARTICLE.test(w));
    if (k < 0 || !plain.has(words.slice(k).join(' '))) continue;
    if (words.slice(0, k).every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !isGivenName(w) && !NAME_PARTICLE.test(w) && !/[.-]$/.test(w))) n.name = words.slice(k).join(' ');
  }
  // a short mention ("Shibani") takes the fullest earlier form of the same name ("Asaad al-Shibani"), never a group of
  // people named after it ("Supporters of Ansar Allah" for "Ansar Allah");
  // earlier names are looked up by their last word, so this stays linear in long documents
  const byLast = new Map<string, { words: string[]; name: string; joins: boolean }[]>();
  for (const n of names) {
    const words = n.name.split(/[\s-]+/);
    const last = words[words.length - 1]!;
    const bucket = byLast.get(last) ?? [];
    for (let m = bucket.length - 1; m >= 0; m--) {
      const longer = bucket[m]!;
      // "Israel-Hamas" joins two names; "al-Shibani" is one name with a particle
      if (longer.joins || (namesPeople(longer.name) && !namesPeople(n.name))) continue;
      if (longer.words.length > words.length && words.every((w) => longer.words.includes(w))) {
        n.name = longer.name;
        break;
      }
    }
    const own = n.name.split(/[\s-]+/);
    const joins = HYPHENED_CAPITALS.test(n.name) && !NAME_PARTICLE.test(own.at(-2) ?? '');
    bucket.push({ words: own, name: n.name, joins });
    byLast.set(last, bucket);
  }
  // a sentence's first word is capitalised anyway: it is a name only if the text also writes it so elsewhere
  const written = new Set(names.filter((n) => !n.initial).map((n) => n.name));
  for (const n of names) if (n.initial && written.has(n.name)) n.initial = false;
  // he or she: what the mention itself says ("Mr. Lee", "Ann Lee"), else what the other mentions of the
  // surname say, when they agree (a story may name Mrs. Clinton and Mr. Clinton, or Ann and Sam Lee)
  const said = (n: NameMention): Gender => {
    if (n.titles.some((w) => MALE_TITLES.has(w))) return 'm';
    if (n.titles.some((w) => FEMALE_TITLES.has(w))) return 'f';
    const given = n.written.split(/\s+/)[0]!.toLowerCase();
    return n.written.includes(' ') ? (MALE_NAMES.has(given) ? 'm' : FEMALE_NAMES.has(given) ? 'f' : undefined) : undefined;
  };
  const votes = new Map<string, Set<Gender>>();
  for (const n of names) {
    n.gender = said(n);
    if (!n.gender) continue;
    const surname = n.written.split(/\s+/).pop()!;
    const seen = votes.get(surname) ?? new Set<Gender>();
    seen.add(n.gender);
    votes.set(surname, seen);
  }
  for (const n of names) {
    const seen = votes.get(n.written.split(/\s+/).pop()!);
    if (!n.gender && seen?.size === 1) n.gender = [...seen][0];
  }
  const ctx = { names };
  contexts.set(t, ctx);
  return ctx;
}

/**
 * A sentence's first word is a name, not a word capitalised only for opening the sentence, when it tags the quotation
 * the sentence before closes and a verb of saying follows it ('"We are tired of it!" Baker said.': wink ends the
 * sentence at the closing mark, so "Baker" opens one). A later he may stand for Baker.
 */
function tagsQuotation(toks: Token[], k: number): boolean {
  return /^(?:["”'’]|'')$/.test(toks[k - 1]?.value ?? '') && /^[.!?,]$/.test(toks[k - 2]?.value ?? '') && INVERTING.test(toks[k + 1]?.value ?? '');
}

/**
 * A name chain with "of" before its last word names someone or something from a place ("Tom Baker of Dover", "Mayor
 * Ann Ruiz of Dover"), so a state after a comma ("Tom Baker of Dover, Del.") is where the place after "of" lies, not a
 * sign that the whole chain is a place: he may stand for Tom Baker of Dover later on.
 */
function fromPlace(chain: string[]): boolean {
  return chain.length >= 3 && chain.at(-2) === 'of';
}

/** The title words before a name (stripped from its chain, or lower-case before it) and in an appositive after it. */
function titlesAround(t: Tokenized, a: number, na: number, b: number): string[] {
  const toks = t.tokens;
  const out = toks.slice(a, na).map(lower);
  for (let k = a - 1; k >= 0 && a - k <= 3 && TITLE_WORDS.has(lower(toks[k])); k--) out.push(lower(toks[k]));
  out.push(...titleBeforeComma(toks, a, b));
  if (toks[b + 1]?.value === ',') {
    // (past a party tag: "Tom Reed, D-N.Y., the committee's chairman"; not past a quotation's end: a name that closes
    // one has no appositive in its tag, '"... from the White House," the speaker said')
    const tag = partyTagAfter(t, b + 1);
    const from = tag > 0 ? tag : b + 1;
    // (not a title-case headline's subject before its verb: "War Will Go on for Months, Harbourland's Army Chief Says"
    // gives "Months" no title)
    const after: string[] = [];
    let k = from + 1;
    for (; k < toks.length && k - from <= 7 && !APPOSITIVE_END.test(toks[k]!.value) && !headlineVerb(t, k); k++) if (TITLE_WORDS.has(lower(toks[k]))) after.push(lower(toks[k]));
    if (!headlineVerb(t, k)) out.push(...after);
  }
  return out;
}

/**
 * The title words of a title phrase the name at tokens [a, b] stands in apposition to after a comma: "France's
 * foreign minister, Dana Levi, arrived" and "the Ruritanian prime minister, Tom Reed." make Levi the foreign minister
 * and Reed the prime minister, so that a later "the prime minister said" is Reed. The phrase opens with a determiner
 * or a possessor, and the name ends at a comma or a stop; else none ("After meeting the minister, Tom Reed said"
 * names Reed no minister).
 */
function titleBeforeComma(toks: Token[], a: number, b: number): string[] {
  if (toks[a - 1]?.value !== ',' || !/^[,.;]$/.test(toks[b + 1]?.value ?? '')) return [];
  const out: string[] = [];
  let k = a - 2;
  while (k >= 0 && out.length < 3 && TITLE_WORDS.has(lower(toks[k])) && /^\p{Ll}/u.test(toks[k]!.value)) out.push(lower(toks[k--]));
  // (past up to three modifiers, "the current Labour mayor", "the caretaker prime minister")
  let m = k;
  while (m >= 0 && k - m < 3 && /^(?:ADJ|PROPN|NOUN)$/.test(toks[m]!.pos) && !isPossessor(toks[m]!.value)) m--;
  return out.length > 0 && m >= 0 && (toks[m]!.pos === 'DET' || isPossessor(toks[m]!.value)) ? out : [];
}

/** Where an appositive after a name ends: a comma, a stop, a semicolon or a quotation mark. */
const APPOSITIVE_END = /^(?:[,.;]|["“”‘’'«»]+)$/;

/** The last name mentioned before `pos` that passes `test` ('' when none). */
function lastNameBefore(t: Tokenized, pos: number, test: (n: NameMention) => boolean): string {
  let found = '';
  for (const n of docContext(t).names) {
    if (n.start >= pos) break;
    if (test(n)) found = n.name;
  }
  return found;
}

/** A locative preposition right before a name: the name is where something happens. */
const LOCATED = /\b(?:in|at|near|inside|outside|across|around|throughout)\s+(?:the\s+)?$/i;

/** The title an abbreviation before a name stands for: "Gov. Ann Holt" is the governor, "Rep. Ann Holt" the congresswoman. */
const ABBREVIATED_TITLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['gov.', ['governor']], ['sen.', ['senator']], ['gen.', ['general']], ['rep.', ['representative', 'congressman', 'congresswoman']],
  ['adm.', ['admiral']], ['adm', ['admiral']], ['amb.', ['ambassador']], ['capt.', ['captain']], ['col.', ['colonel']],
  ['cmdr', ['commander']], ['cmdr.', ['commander']], ['prof.', ['professor']],
]);

/**
 * Does a title word written with a name stand for `title`? The word itself, or its abbreviation: US news
 * writes "Gov. Ann Holt signed the bill" and then '"It is fair," the governor said'.
 */
function titleStandsFor(word: string, title: string): boolean {
  return word === title || (ABBREVIATED_TITLES.get(word)?.includes(title) ?? false);
}

/** The pattern of a title as written before a name: the word, or one of its abbreviations ("governor|gov\."). */
function writtenTitle(title: string): string {
  const forms = [title];
  for (const [abbreviation, titles] of ABBREVIATED_TITLES) if (titles.includes(title)) forms.push(abbreviation);
  return `(?:${forms.map((f) => f.replace(/[.]/g, '\\.')).join('|')})`;
}

/**
 * A title after "the" that the paper capitalises, with or without modifiers: "the President said", "the Iranian
 * President added": the description "the president" is, the person last named with that title (with a
 * modifier, one written with it before the name: "Ruritanian President Dana Levi ... the Ruritanian President added" is
 * Levi). Many papers write the head of state so; read as a name, the bare title was the speaker ("President"). With no
 * one so named before, '' (the phrase is read as before).
 */
function capitalisedTitle(t: Tokenized, a: number, b: number, cuePos: number): string {
  const head = t.tokens[b]!;
  // ("the President of the United States" is a description of its own; in someone's quoted words, "As the President
  // has said", it is the speaker's head of state, whom the story may not have named so)
  if (a === b || !/^the$/i.test(t.tokens[a]!.value) || !CAPITALISED_TITLES.has(head.value) || /^(?:of|for)$/i.test(t.tokens[b + 1]?.value ?? '')) return '';
  if (insideQuote(t, head.start)) return '';
  // (the modifiers in capitals too: "the US President", "the Iranian President")
  const modifiers = b - 1 > a ? textOf(t, a + 1, b - 1).toLowerCase() : '';
  // (only a holder written with the title right before the name, "President Dana Levi", not "Vice President Omar
  // Haddad"; and only one: a story that names the presidents of two states may mean either, "As the President has
  // said" in a US official's words after "President Bashar al-Assad")
  return titledName(t, head.value.toLowerCase(), cuePos, modifiers, true, true);
}
/** An office's own words, which a description of the office writes in lower case ("the Iranian president"). */
const OFFICE_WORD = /^(?:President|Vice|Prime|Deputy|Minister|Foreign|Defen[cs]e|Interior|Finance|Secretary|Ambassador|Speaker|Chairman|Chairwoman|Governor|Leader|Supreme|Outgoing|Former)$/;
/** The office a capitalised title phrase with no name ends on. */
const OFFICE_HEAD = /^(?:President|Minister|Secretary|Ambassador|Speaker|Chairman|Chairwoman|Governor|Leader)$/;
/** A capitalised modifier that says whose office it is: a nationality ("Iranian", "Ruritanian") or a state's initials. */
const NATION_MODIFIER = /^(?:\p{Lu}\p{Ll}+(?:an|ese|ish|i)|US|U\.S\.|UK|U\.K\.)$/u;

/**
 * Where the description opens, when tokens [a, b] are a capitalised title with no name: "the Prime Minister", "the
 * Iranian Foreign Minister", "Ruritanian President" (a headline's subject), past "the"; a nationality or an office's
 * word before the office it ends on, and no name after it. Read as a name, such a phrase left its last word alone as
 * the speaker ("Minister", "President"); -1 for anything else ("the Harbour Authority Chairman" names a body, "the
 * President Omar Diab" ends on his name).
 */
function capitalisedOffice(t: Tokenized, a: number, b: number): number {
  const toks = t.tokens;
  const next = toks[b + 1];
  // (nor a title with its portfolio or post, "the Secretary of State", "Ambassador to the United Nations Vitaly
  // Churkin", nor one joined to another, "Interior Minister and party leader Naftali Bennett": a name may follow)
  if (!OFFICE_HEAD.test(toks[b]!.value) || (next && next.sentence === toks[b]!.sentence && (isNamePart(next) || /^(?:of|for|to|and|&)$/i.test(next.value)))) return -1;
  const from = /^the$/i.test(toks[a]!.value) ? a + 1 : a;
  // (a lower-case modifier is an adjective, "the outgoing Prime Minister"; not "every word the President")
  for (let k = from; k < b; k++) if (!OFFICE_WORD.test(toks[k]!.value) && !NATION_MODIFIER.test(toks[k]!.value) && !(toks[k]!.pos === 'ADJ' && /^\p{Ll}+$/u.test(toks[k]!.value))) return -1;
  return from;
}

/** The description a capitalised office phrase [from, b] stands for, its office words in lower case: "Iranian
 * president", "prime minister". */
function officeDescription(t: Tokenized, from: number, b: number): string {
  return t.tokens.slice(from, b + 1).map((x) => (OFFICE_WORD.test(x.value) ? x.value.toLowerCase() : x.value)).join(' ');
}

/** Titles a paper capitalises after "the" for one person it named so. (Not "the Pope": a text on the Church calls the
 * reigning pope so after naming his predecessor last, "Pope Benedict ... the Pope told me" being Francis.) */
const CAPITALISED_TITLES = new Set(['President']);

/** "the president", "the prime minister": the last name written with that title. */
function titledName(t: Tokenized, title: string, pos: number, modifiers = '', writtenOnly = false, soleHolder = false): string {
  const holders = new Set<string>();
  // (the names written with the title itself, not only its abbreviation)
  const spelledOut = new Set<string>();
  // (a holder written right after the title, "President Barack Obama", not one with the word somewhere in
  // an appositive, nor a vice president or a prime minister for "the president", "the minister"; with its
  // modifiers for "the prime minister", "the former president"; "Gov." for "the governor")
  const written = `${modifiers ? `${modifiers.replace(/[.]/g, '\\.').replace(/\s+/g, '\\s+')}\\s+` : ''}${writtenTitle(title)}`;
  // (or set off before the name by a comma: "the prime minister, Tom Reed")
  const before = new RegExp(`${modifiers ? '' : '(?<!(?:vice|prime|deputy|former)[\\s-])'}\\b${written}(?:\\s+(?:[\\p{L}.'’-]+\\s+){0,2}|,\\s+)$`, 'iu');
  // (with modifiers, also in an appositive right after the name: "Jean Roux, the French president," is "the French
  // president" as much as "French President Jean Roux" is)
  const after = modifiers ? new RegExp(`^,\\s+the\\s+${written}[,.;]`, 'iu') : undefined;
  // (a vice or deputy holder holds another office: "President Omar Diab met Vice President Dana Levi. The president
  // said" is Diab, not the vice president named last; "the vice president" has the modifier and keeps Levi)
  const deputy = modifiers ? undefined : new RegExp(`\\b(?:vice|deputy)[\\s-]+${writtenTitle(title)}\\s+(?:[\\p{L}.'’-]+\\s+){0,2}$`, 'iu');
  const last = lastNameBefore(t, pos, (n) => {
    const textBefore = t.doc.text.slice(Math.max(0, n.start - 40), n.start);
    const titledBefore = before.test(textBefore) || (!n.place && (after?.test(t.doc.text.slice(n.end, n.end + 60)) ?? false));
    // (a place holds no title written after it: "In Ramallah, the minister said" is no minister named Ramallah,
    // "at Camp David, the president" no president)
    const fits = n.titles.some((w) => titleStandsFor(w, title)) && !n.outlet && !deputy?.test(textBefore) && (titledBefore || !LOCATED.test(t.doc.text.slice(Math.max(0, n.start - 16), n.start)));
    if (fits && titledBefore) {
      holders.delete(n.name);
      holders.add(n.name);
    }
    if (fits && n.titles.includes(title)) spelledOut.add(n.name);
    return fits;
  });
  // (soleHolder: only when one person alone was written with the title)
  if (soleHolder && holders.size > 1) return '';
  // (writtenOnly: a holder written with the title and its modifiers right before the name, or none)
  let holder = writtenOnly ? [...holders].pop() ?? '' : last;
  // ("the prime minister": the last written so, not the interior minister named since)
  if (modifiers && holders.size === 1) holder = [...holders][0]!;
  // (of several so titled, the one the story cites: "President Obama said ... President Bashar al-Assad
  // ... the president said" is Obama)
  else if (holders.size > 1) {
    const cited = (resolvedSoFar.get(t) ?? []).filter((c) => c.start < pos && holders.has(c.speaker) && !insideQuote(t, c.start)).pop();
    if (cited) holder = cited.speaker;
  }
  // (one named only with an abbreviated title must be the last person named, and not in a line of capitals:
  // "OKLAHOMA GOV. WANTS OBAMA TO WEIGH IN" names no governor)
  return holder && !spelledOut.has(holder) && (lastPersonBefore(t, pos) !== holder || !LOWER_CASE.test(holder)) ? '' : holder;
}

/** A lower-case letter: a name written in capitals only is a headline's words. */
const LOWER_CASE = /\p{Ll}/u;

/**
 * The last person named before `pos`: a name with a title or a sex, or one the text shows to be a person's.
 * An abbreviated title is how US news first names every politician ("Sen. Ann Holt (D-Ohio)"), so "the
 * senator" is one named only so when no other person was named since: 'Sen. Ann Holt ... Tom Berg said
 * ... "...," the senator says' is no proof that Holt speaks.
 */
function lastPersonBefore(t: Tokenized, pos: number): string {
  const { names } = docContext(t);
  return lastNameBefore(t, pos, (n) => !n.outlet && !n.place && (n.titles.length > 0 || n.gender !== undefined || isPersonByName(names, n)));
}

/** A name as written, with "The" kept when the text capitalises it mid-sentence ("said The Times"). */
function canonicalName(t: Tokenized, a: number, b: number): string {
  const name = textOf(t, a, b);
  const prev = t.tokens[a - 1];
  // "said The Times": part of the name; a sentence's first word is capitalised anyway
  const sentenceStart = !!prev && t.sentences[prev.sentence]!.tokenStart === a - 1;
  const outletName = t.tokens.slice(a, b + 1).some((x) => OUTLET_NAME_WORDS.test(x.value));
  if (prev && prev.value === 'The' && (!sentenceStart || outletName)) return `The ${name}`;
  if (prev && prev.value === 'the') return name;
  // "The" belongs to outlets' names ("said The Times"); a headline's "The Obama Doctrine" does not make
  // "Obama" "The Obama"
  return outletName && capitalisedTheMidSentence(t, name) ? `The ${name}` : name;
}

const theBefore = new WeakMap<Tokenized, Map<string, boolean>>();

/** Does the text write "The <name>" with a capital T after a word inside a sentence ("said The Times")? Memoised per document. */
function capitalisedTheMidSentence(t: Tokenized, name: string): boolean {
  let seen = theBefore.get(t);
  if (!seen) theBefore.set(t, (seen = new Map()));
  let found = seen.get(name);
  if (found === undefined) {
    found = false;
    const text = t.doc.text;
    for (let i = text.indexOf(name); i !== -1 && !found; i = text.indexOf(name, i + 1)) {
      const after = text[i + name.length];
      if (after !== undefined && /[\p{L}\p{N}_]/u.test(after) && /[\p{L}\p{N}_]/u.test(name.at(-1)!)) continue;
      found = /[^.!?\s]\s+The\s+$/.test(text.slice(Math.max(0, i - 24), i));
    }
    seen.set(name, found);
  }
  return found;
}

/** The outlet a description ("the paper", "the report") refers to: the last outlet named before, else the first after. */
function resolveOutlet(t: Tokenized, pos: number, since = 0): string {
  const found = lastNameBefore(t, pos, (n) => n.outlet && n.start >= since);
  if (found || since > 0) return found;
  return docContext(t).names.find((n) => n.outlet)?.name ?? '';
}

/** A document, not a publication: "the report" is an outlet's only when one was named just before. */
const DOCUMENT_HEADS = new Set(['report', 'article', 'story', 'investigation', 'piece', 'broadcast']);

/** The document's fullest form of the name mentioned at `start`. */
function fullName(t: Tokenized, start: number, name: string, cuePos = -1): string {
  const ctx = docContext(t);
  const { names } = ctx;
  // (names are in document order: the first that starts at or after `start`)
  let lo = 0;
  for (let hi = names.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (names[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const exact = names[lo]?.start === start ? names[lo] : undefined;
  // a chain that runs on across the cue's verb is no name: a headline in title case ("UN Says Starvation
  // Imminent") makes every word a name part
  if (exact) return exact.start < cuePos && exact.end > cuePos ? name : exact.name;
  // the chain may start elsewhere ("al-Shibani" inside "Asaad al-Shibani"): the latest name ending alike
  // the name this mention is the end of ("Israel" in "The Times of Israel reported")
  ctx.longest ??= Math.max(0, ...names.map((n) => n.end - n.start));
  let first = lo;
  while (first > 0 && names[first - 1]!.start > start - ctx.longest) first--;
  const containing = names.slice(first, lo).find((n) => start < n.end);
  if (containing) return containing.name;
  // (an earlier name ending "of X" is the fuller form only of a name ending "of X" too: "Israel" is no
  // short form of "Benjamin Netanyahu of Israel", "Times of Israel" is one of "The Times of Israel")
  const endsOf = (words: string[]) => /^of$/i.test(words.at(-2) ?? '');
  if (!ctx.byTail) {
    ctx.byTail = new Map();
    for (const mention of names) {
      const words = mention.name.split(/[\s-]+/);
      const tail = words.at(-1) ?? mention.name;
      const list = ctx.byTail.get(tail) ?? [];
      list.push({ mention, endsOf: endsOf(words) });
      ctx.byTail.set(tail, list);
    }
  }
  const own = name.split(/[\s-]+/);
  // (nor is a group of people named after it: "Supporters of Ansar Allah" is no fuller form of "Ansar Allah")
  const alike = (ctx.byTail.get(own.at(-1) ?? name) ?? []).filter((x) => x.mention.start <= start && (!x.endsOf || endsOf(own)) && (!namesPeople(x.mention.name) || namesPeople(name))).pop();
  return alike ? alike.mention.name : name;
}

function firstOutlet(t: Tokenized): string {
  return docContext(t).names.find((n) => n.outlet)?.name ?? '';
}

// --- the cue's source ---------------------------------------------------------------------------

interface SpeakerFind {
  speaker: string;
  /** the source phrase's token range (for clause extents); -1 when none */
  from: number;
  to: number;
  /** for a passive with no agent ("X is reported to have called"): the subject's source, which an
   * infinitive after the cue takes */
  subject?: string;
}

const NONE: SpeakerFind = { speaker: '', from: -1, to: -1 };

/** Noun phrase ending at token `end` (inclusive), walking back within the sentence. */
function npBefore(t: Tokenized, end: number, floor: number): [number, number] | undefined {
  const toks = t.tokens;
  let a = end;
  if (a < floor || !toks[a]) return undefined;
  const head = toks[a]!;
  if (head.pos === 'PRON') return PRONOUNS.has(lower(head)) ? [a, a] : undefined;
  // "42% say": the share of those polled
  if (head.value === '%') return a > floor && toks[a - 1]!.pos === 'NUM' ? [a - 1, a] : undefined;
  // "Forty percent said", "seven in 10 say": the share with its number (sharePhrase)
  const share = sharePhrase(toks, a, floor);
  if (share) return share;
  // an adjective heads a phrase only after a determiner or a name ("one Latino conservative"); "military"
  // after a possessive too ("Israel's military said", not "Putin's ironic claim"). A title the tagger reads
  // as an adjective heads one too ("the defense chief says"), and so does the end of a title joined by a hyphen
  // ("the U.N. secretary-general said", "the attorney-general")
  const before = toks[a - 1];
  const nominalAdj =
    (head.pos === 'ADJ' && a > floor && (/^(?:DET|NUM|PROPN)$/.test(before!.pos) || ((before!.pos === 'NOUN' || militaryAsNoun(toks, a - 1)) && /^(?:chief|head|official|leader|spokesman|spokeswoman|spokesperson|general)$/i.test(head.value)))) || hyphenTitle(toks, a) || militaryAsNoun(toks, a);
  // "some say", "many believe": a quantity stands for the people it counts (not one floating after its
  // subject: "the groups have both threatened")
  if ((head.pos === 'DET' || head.pos === 'ADJ') && QUANTITY_SUBJECT.test(head.value)) {
    return isFloatingQuantity(toks, a) ? undefined : [a, a];
  }
  if (!nominalAdj && (!NP_POS.has(head.pos) || head.pos === 'DET' || head.pos === 'ADJ')) {
    if (!isNamePart(head)) return undefined;
  }
  while (a - 1 >= floor) {
    const p = toks[a - 1]!;
    if ((NP_POS.has(p.pos) && isWord(p)) || isNamePart(p)) a--;
    else if (gluedHyphen(toks, a - 1)) a -= 2;
    // (a compound modifier ending on a participle, "the Hamas-run enclave", "the Iran-backed militia", "state-run
    // media": one phrase; not "one-sided", "no-fly", whose first word is a count or a determiner)
    else if (p.pos === 'VERB' && a - 3 >= floor && gluedHyphen(toks, a - 2) && /^(?:NOUN|PROPN|ADJ|ADV)$/.test(toks[a - 3]!.pos)) a -= 3;
    else if ((p.pos === 'PART' && /^['’]s$/.test(p.value)) || p.value === "'" || p.value === '’') a--;
    else if (p.value === '.' && /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Lt|Col)$/.test(toks[a - 2]?.value ?? '')) a--;
    // "the Commission on Presidential Debates", "the Council of Economic Advisers": one name
    else if (a - 2 >= floor && joinsNameBefore(toks, a)) a -= 2;
    else break;
    if (end - a > 12) break;
  }
  // a leading determiner is kept in the range; a lone determiner is no phrase
  if (toks[a]!.pos === 'DET' && a === end) return undefined;
  return [a, end];
}

/**
 * "its military said", "the Harbour military said", "the government and military have denied", "the country's military
 * chief said": wink tags "military" as an adjective even where it is the noun (the armed forces) or the noun that a
 * title after it is the head of. It is one where it ends a phrase before a verb or a title, after a possessive, an
 * adjective, a determiner, a name or "and" (not "the military campaign", where a noun follows, nor "Putin's ironic
 * claim", which is no "military").
 */
function militaryAsNoun(toks: Token[], k: number): boolean {
  const tok = toks[k];
  if (!tok || tok.pos !== 'ADJ' || !MILITARY.test(tok.value)) return false;
  const before = toks[k - 1];
  return !!before && (isPossessor(before.value) || /^(?:ADJ|DET|PROPN|CCONJ)$/.test(before.pos));
}
const MILITARY = /^military$/i;

const PERCENT_WORD = /^(?:percent|pct)$/i;
/** A share of those polled that ends at token k, with its number: "Forty percent said", "90 percent saying",
 * "seven in 10 say", "1 in 5 believe". Without its number the phrase is only "percent" or "10", which names
 * no one; with it the speaker reads like "42%" does. Undefined when k ends no such share ("the 10 say" is a
 * count, kept as before). */
function sharePhrase(toks: Token[], k: number, floor: number): [number, number] | undefined {
  const head = toks[k]!;
  if (PERCENT_WORD.test(head.value)) {
    if (!(k > floor && toks[k - 1]!.pos === 'NUM')) return undefined;
    // (a number written in words with a hyphen: "Twenty-nine percent")
    const n = k - 1;
    const hyphen = n - 2 >= floor && gluedHyphen(toks, n - 1) && toks[n - 2]!.pos === 'NUM';
    return [hyphen ? n - 2 : n, k];
  }
  if (head.pos === 'NUM' && /^\d+$/.test(head.value) && k - 2 >= floor && lower(toks[k - 1]) === 'in' && toks[k - 2]!.pos === 'NUM') return [k - 2, k];
  return undefined;
}

/** Token k ends a title joined by hyphens, its last part read as an adjective or a verb: "secretary-general",
 * "attorney-general", "president-elect", "minister-designate", "commander-in-chief". */
function hyphenTitle(toks: Token[], k: number): boolean {
  if (/^(?:general|elect|designate)$/i.test(toks[k]!.value)) return gluedHyphen(toks, k - 1) && toks[k - 2]!.pos === 'NOUN';
  return /^chief$/i.test(toks[k]!.value) && gluedHyphen(toks, k - 1) && lower(toks[k - 2]) === 'in' && gluedHyphen(toks, k - 3) && toks[k - 4]!.pos === 'NOUN';
}

/** Token k is a hyphen glued to the words on both sides ("secretary-general", "Twenty-nine"), no dash of an aside. */
function gluedHyphen(toks: Token[], k: number): boolean {
  const tok = toks[k];
  return tok?.value === '-' && toks[k - 1]?.end === tok.start && toks[k + 1]?.start === tok.end;
}

/** Noun phrase starting at token `start`, walking forward within the sentence. */
function npAfter(t: Tokenized, start: number, ceil: number): [number, number] | undefined {
  const toks = t.tokens;
  let b = start;
  if (b > ceil || !toks[b]) return undefined;
  if (toks[b]!.pos === 'PRON') return PRONOUNS.has(lower(toks[b])) ? [b, b] : undefined;
  // a given name the tagger reads as a modal inside the sentence ("said Will Doyle"): a name before a name
  const givenModal = toks[b]!.pos === 'AUX' && /^\p{Lu}\p{Ll}+$/u.test(toks[b]!.value) && toks[b + 1]?.pos === 'PROPN' && /^\p{Lu}/u.test(toks[b + 1]!.value);
  if (!NP_POS.has(toks[b]!.pos) && !isNamePart(toks[b]) && !givenModal) return undefined;
  while (b + 1 <= ceil) {
    const n = toks[b + 1]!;
    if ((NP_POS.has(n.pos) && isWord(n)) || isNamePart(n) || (n.pos === 'PART' && /^['’]s$/.test(n.value))) b++;
    // "the most recent average", "a new nationwide poll": an adverb inside the phrase
    else if (n.pos === 'ADV' && /^(?:ADJ|NOUN|PROPN)$/.test(toks[b + 2]?.pos ?? '') && b + 2 <= ceil) b += 2;
    else if (gluedHyphen(toks, b + 1)) b += 2;
    else if (/^(?:of|for)$/i.test(n.value) && isNamePart(toks[b + 2]) && b + 2 <= ceil) b += 2;
    else break;
    if (b - start > 12) break;
  }
  // stop a NOUN phrase at a verb-like trailing token is handled by POS; drop trailing DET
  while (b > start && toks[b]!.pos === 'DET') b--;
  return [start, b];
}

// a day or a month after the source is when it spoke ("Mitt Romney late Tuesday", "a report Wednesday"),
// not part of it; a phrase that is only a date names no one
// ("said Ann Lee yesterday": a day named by its distance from today too)
const isSpeakingDay = (tok: Token | undefined) => isDayOrMonth(tok) || /^(?:today|yesterday|tonight|tomorrow)$/i.test(tok?.value ?? '');

/** A hyphen joins token k to a name part two before it, within the phrase from a ("Ban Ki-moon": a name's
 * part after a hyphen may be lower-case). */
const hyphenInPhrase = (toks: Token[], a: number, k: number): boolean => k - 2 >= a && hyphenJoinsName(toks, k - 2);

/** Words of nationality or standing that may qualify an unnamed source ("Israeli officials", "senior diplomats"). */
const PEOPLE_MODIFIER = /^(?:Israeli|Syrian|US|U\.S\.|American|Iranian|Palestinian|Lebanese|Egyptian|Turkish|Russian|British|French|European|Arab|Western|senior|Chinese|German|Qatari|Saudi)$/;
/** One person left unnamed by a noun for what they are or do ("one top lawmaker expressed concern", "according
 * to an invitee"), as the ANONYMOUS_HEADS are; only after "a", "an", "one" or "another" (a group, "lawmakers
 * said", "protesters chanted", is named by what it is) and only in the phrase's own speaker test. */
const UNNAMED_PEOPLE = /^(?:lawmaker|legislator|advis[eo]r|strategist|participant|attendee|invitee|organi[sz]er|protest[eo]r|commentator|pundit|scholar|historian|voter|survivor|relative|neighbou?r)$/;

/** Words before a lone "one" that make it no one, anyone or a thing ("no one believes", "whatever one thinks",
 * "if one believes", "the one reported", "each one saw"), not a person of a group the text named. */
const ONE_NOT_A_MEMBER = /^(?:no|the|that|this|each|every|any|only|whatever|if)$/i;
/** A modal after a lone "one" makes it the generic pronoun ("one can conclude", "one might think"): anyone. */
const GENERIC_MODAL = /^(?:can|could|might|would|should|must|may|will|ca|cannot)$/i;

/**
 * The speaker of the lone word "one" at token k: '' when it is no one ("no one says"), anyone ("one might think
 * the deal is dead", "whatever one thinks") or a numeral of a noun ("one report"); the group of an "of" phrase
 * ("said one of the senior diplomats": theirs, as the phrase names it); else one unnamed member of a group the
 * text named before ("Two doctors spoke to us. 'We are exhausted,' one said"), `anonymous`. The word itself
 * names no one.
 */
function loneOne(t: Tokenized, k: number, cuePos: number): string {
  const toks = t.tokens;
  const sentence = toks[k]!.sentence;
  // ("whatever else one thinks")
  const w = lower(toks[k - 1]) === 'else' ? k - 2 : k - 1;
  const before = toks[w];
  const after = toks[k + 1];
  if (before && before.sentence === sentence && ONE_NOT_A_MEMBER.test(before.value)) return '';
  // ("regardless of what one thinks", "no matter what one believes")
  if (lower(before) === 'what' && /^(?:of|matter)$/.test(lower(toks[w - 1]))) return '';
  // (a thing after a preposition: "little changed from one rejected earlier"; not "according to one", "by one", "with one telling")
  if (before && before.sentence === sentence && before.pos === 'ADP' && !/^(?:to|by|with)$/i.test(before.value) && lower(after) !== 'of') return '';
  // (the object of another verb: "her posts include one last week saying")
  if (before && before.sentence === sentence && before.pos === 'VERB' && before.start !== cuePos) return '';
  // (a numeral of the noun cue itself: "one question is whether", "by one estimate"; not "with one telling")
  if (after && (GENERIC_MODAL.test(after.value) || (after.pos === 'NOUN' && after.start === cuePos && !/(?:ing|ed)$/i.test(after.value)))) return '';
  // (the first word of a phrase cut short: "said one well-connected donor", "one or more of his rivals")
  const ceil = t.sentences[sentence]!.tokenEnd - 1;
  const rest = after && after.sentence === sentence && /^(?:ADV|ADJ|NOUN|PROPN)$/.test(after.pos) ? npAfter(t, k + 1, ceil) : undefined;
  // (never through the cue itself: "with one telling the agency")
  if (rest && !isTimeWord(toks[rest[1]]) && !(after!.start <= cuePos && cuePos < toks[rest[1]]!.end)) return speakerOfPhrase(t, k, rest[1], cuePos);
  if (lower(after) === 'or' && lower(toks[k + 2]) === 'more') return loneOne(t, k + 2, cuePos);
  if (lower(after) === 'of' && toks[k + 2]?.sentence === sentence) {
    const group = npAfter(t, k + 2, ceil);
    if (!group) return ANONYMOUS;
    // ("one of his rivals, Ann Lee, said": the one the aside names)
    const named = toks[group[1] + 1]?.value === ',' ? npAfter(t, group[1] + 2, ceil) : undefined;
    if (named && isNamePart(toks[named[1]]) && toks[named[1]]!.pos === 'PROPN') return speakerOfPhrase(t, named[0], named[1], cuePos);
    return speakerOfPhrase(t, group[0], group[1], cuePos);
  }
  return ANONYMOUS;
}

/** Words that bound an age after a group's noun: "voters under 35", "adults over 65", "those aged 18 to 29". */
const AGE_BOUND = /^(?:under|over|aged|ages|age)$/i;
/** An age or a count: a number of at most three digits. */
const SMALL_NUMBER = /^\d{1,3}$/;

/**
 * The speaker of a phrase that is only the number at token k, when the number is no count of people: a year names no
 * one ("In 2023, that means rejecting the plan": ''), but leads to whose or what it dates ("his 2009 pledge", "videos
 * from 2011 show"); a share keeps its sign ("half of them, 51%, say"); an age set off
 * after a name is that person's ("Dana Levi, 40, who fled, said": Dana Levi); an age bound after a group's noun is the
 * group's ("voters under 30 say": voters). Undefined otherwise: "Of the 40 nurses polled, 25 said" keeps its count.
 */
function numberSpeaker(t: Tokenized, k: number, cuePos: number): string | undefined {
  const toks = t.tokens;
  const tok = toks[k]!;
  const floor = t.sentences[tok.sentence]!.tokenStart;
  const next = toks[k + 1];
  if (next?.value === '%' && next.start === tok.end) return textOf(t, k, k + 1);
  if (YEAR.test(tok.value)) {
    const prev = toks[k - 1];
    // ("his 2009 pledge": whose it is; "videos from 2011 show", "all filings since 2010 mention": the thing dated)
    if (prev && k - 1 >= floor && /^(?:his|her|their|its)$/i.test(prev.value)) return resolvePronoun(t, k - 1);
    if (prev && k - 2 >= floor && /^(?:from|since)$/i.test(prev.value) && toks[k - 2]!.pos === 'NOUN') {
      const dated = npBefore(t, k - 2, floor);
      if (dated) return speakerOfPhrase(t, dated[0], dated[1], cuePos);
    }
    return '';
  }
  if (!SMALL_NUMBER.test(tok.value)) return undefined;
  // (an age set off by commas: "Levi, 48, said", "Levi, 48 on Tuesday, won")
  if (k - 2 >= floor && toks[k - 1]!.value === ',' && isNamePart(toks[k - 2]) && toks[k - 2]!.pos === 'PROPN' && (next?.value === ',' || lower(next) === 'on')) {
    const name = npBefore(t, k - 2, floor);
    if (name) return speakerOfPhrase(t, name[0], name[1], cuePos);
  }
  // ("voters under 35", "voters ages 18 to 34")
  let j = k - 1;
  if (lower(toks[j]) === 'to' && toks[j - 1]?.pos === 'NUM') j -= 2;
  if (j - 1 >= floor && AGE_BOUND.test(toks[j]!.value) && toks[j - 1]!.pos === 'NOUN') {
    const group = npBefore(t, j - 1, floor);
    if (group) return speakerOfPhrase(t, group[0], group[1], cuePos);
  }
  return undefined;
}

/** Adjectives that follow the noun they describe ("the officials present", "a diplomat involved in the talks"). */
const POSTPOSITIVE = /^(?:involved|present|close|concerned|responsible|familiar|knowledgeable|briefed|based|assigned|tasked|aware)$/;

/**
 * A person named after a possessive, from..b: "Harbour's Foreign Minister Dana Levi", "the mayor's aide Omar Diab",
 * "Radio Harbour's Ann Lee" speak as themselves, not as the whole phrase. A body keeps its owner ("Harbour's Health
 * Ministry", "Harbour's Foreign Minister" with no name, "Harbour's Ministry of Trade"), as a common noun does
 * ("Israel's army").
 */
function personAfterPossessive(t: Tokenized, from: number, b: number): boolean {
  const toks = t.tokens;
  const head = toks[b]!;
  if (from >= b + 1 || !isNamePart(head) || head.pos !== 'PROPN') return false;
  if (INSTITUTION_HEADS.test(head.value) || OUTLET_NAME_WORDS.test(head.value) || isTitleWord(head.value) || /^(?:PM|FM|MP|MK)$/.test(head.value) || /\d/.test(head.value)) return false;
  for (let k = from; k < b; k++) if (/^(?:of|for)$/.test(toks[k]!.value)) return false;
  return true;
}

/** The closing word of a web page's box of links after a name, in capitals. */
const LINK_BOX_END = /^MORE$/;
/** A name's last word run together with the first word of a linked headline after it ("BarlowAll", "McKeeSenate"). */
const GLUED_HEADLINE = /^(\p{Lu}\p{L}*\p{Ll})\p{Lu}/u;

/**
 * The name a box of links stands after, when a source phrase ends on the box's closing "MORE": a page pasted as
 * text writes a name, the person's full name run together with the first linked headline, the other headlines,
 * then "MORE" ("Sen. Tom Barlow Thomas (Tom) Edward BarlowAll the candidates could survive ... MORE (R-Ohio) said"),
 * so the source is the name before the full one, the one whose last word starts the run-together word (here "Tom
 * Barlow"); the words between are the headlines', no one's. Looks back within the paragraph and stops at an
 * earlier box; [first, last] token of that name, or undefined when the phrase is no such box.
 */
function linkBoxName(t: Tokenized, b: number): [number, number] | undefined {
  const toks = t.tokens;
  if (!LINK_BOX_END.test(toks[b]!.value)) return undefined;
  const text = t.doc.text;
  for (let k = b - 1; k >= 0 && k >= b - 160; k--) {
    const tok = toks[k]!;
    if (LINK_BOX_END.test(tok.value) || text.slice(tok.end, toks[k + 1]!.start).includes('\n')) return undefined;
    const glued = GLUED_HEADLINE.exec(tok.value);
    if (!glued) continue;
    // (the full name's other words, its given names and a nickname in brackets, stand between)
    for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
      if (toks[j]!.value !== glued[1]) continue;
      let c = j;
      while (c - 1 >= 0 && isNamePart(toks[c - 1]) && toks[c - 1]!.pos !== 'DET' && !text.slice(toks[c - 1]!.end, toks[c]!.start).includes('\n')) c--;
      return [c, j];
    }
  }
  return undefined;
}

/** The words of a photograph's credit or caption label ("Image copyright", "Image caption", "AP Photo", "Getty Images"). */
const PHOTO_CREDIT = /^(?:caption|copyright|Photo|Photos|Images)$/;

/** The pronoun "those", and the words after it that make it a source phrase of unnamed people ("those who",
 * "those close to", "those familiar with", "those briefed on", "those with knowledge of"). */
const THOSE = /^those$/i;
const THOSE_BOUNDED = /^(?:who|close|familiar|involved|briefed|knowledgeable|with)$/i;

/**
 * "those" alone as the source phrase stands for people the text does not name, as "some" and "others" do ("There
 * are those who say the port is safe", "those close to the mayor say", "those familiar with the talks said"):
 * anonymous, not a pronoun to resolve (it had no speaker, or the thing they are close to). Only when "who" or what
 * an unnamed source is close to follows it; not "one of those" or "among those" (the subject before, "Tom Baker was
 * one of those who said", is who speaks) nor "those of us" (the writer among them).
 */
function unnamedThose(toks: Token[], k: number): boolean {
  if (!THOSE.test(toks[k]!.value) || !THOSE_BOUNDED.test(toks[k + 1]?.value ?? '')) return false;
  return !/^(?:of|among|amongst)$/i.test(toks[k - 1]?.value ?? '');
}

/** Cues of remembering, which hold no words said. */
const MEMORY = /\.(?:remember|recall)$/;

/**
 * A belief, a feeling or a memory of "those who" hold it ("for those who believe in the deal", "those who remember
 * the war", "those who fear a strike"): the writer's way to name a group, not a source cited; no speaker, as before
 * unnamedThose, so that a quotation in its clause stays the writer's and an "it" after it finds no one. A cue of
 * saying keeps `anonymous` ("those who say the deal failed"), and so do unnamed sources close to someone ("those
 * close to him believe he will run").
 */
function heldByThose(t: Tokenized, cue: Marker, find: SpeakerFind): boolean {
  if (find.speaker !== ANONYMOUS || find.from < 0 || !(COGNITION.test(cue.entry) || MEMORY.test(cue.entry))) return false;
  const toks = t.tokens;
  const k = /^who$/i.test(toks[find.from]!.value) ? find.from - 1 : find.from;
  return unnamedThose(toks, k) && /^who$/i.test(toks[k + 1]!.value);
}

/** "reports" as a noun, and what follows it to open what they report ("reports that", "reports of", "reports on
 * Monday that", "reports about"). */
const REPORTS_NOUN = /^reports$/i;
const REPORTS_OPENER = /^(?:that|of|on|about)$/i;
/** Words before "reports" that make it the noun, not a verb with its subject: "there were reports", "amid reports",
 * "recent reports" (and "there", "to": "responding to reports"). Not a verb: reports that are the object of a verb
 * ("denied reports that", "cited reports that", "is looking into reports") are another source's topic, and a
 * speaker given them would take over that source's quotation or the verbs after it ("..., a spokesman told Reuters,
 * adding"). */
const REPORTS_BEFORE = /^(?:ADP|ADJ|AUX)$/;

/**
 * "reports" as a plural noun that names no one who reports ("There were reports that the port had closed", "amid
 * unconfirmed reports of clashes", "Responding to reports that the talks had failed"): an unnamed source, as
 * "reportedly" is, so `anonymous`, where no speaker was found. Only after a be-form, a preposition or an adjective
 * (REPORTS_BEFORE), or opening its sentence: not after a subject (a name, a noun or a pronoun: "Kath.net reports
 * that", "the agency also reports", "a site which reports" keep what they had), a determiner or a possessive (a
 * document the text may name: "the reports", "their reports") or a verb; and with a clause or a topic after it, not
 * "reports from the agency that" (a source named after it).
 */
function unsourcedReports(t: Tokenized, first: number, last: number): boolean {
  const toks = t.tokens;
  if (first !== last || !REPORTS_NOUN.test(toks[first]!.value) || !REPORTS_OPENER.test(toks[first + 1]?.value ?? '')) return false;
  const sentStart = t.sentences[toks[first]!.sentence]!.tokenStart;
  if (first === sentStart) return true;
  const prev = toks[first - 1]!;
  // ("there were also reports", "have also been reports": an adverb after a be-form)
  if (prev.pos === 'ADV') return first - 2 >= sentStart && BE_FORM.test(toks[first - 2]!.value);
  // (not a word glued to a name before it, "Kath.net reports", which wink splits into "Kath . net")
  if (RELATIVE_PRONOUN.test(prev.value) || (prev.pos === 'ADJ' && (CAPITALISED.test(prev.value) || toks[first - 2]?.pos === 'PUNCT'))) return false;
  return REPORTS_BEFORE.test(prev.pos) || /^(?:there|to)$/i.test(prev.value);
}

/** Another cue after cue c in its sentence ("There were reports that the port closed, a spokesman told Reuters,
 * adding ..."): a participle after it takes the first source of its sentence, so unsourced reports keep no speaker
 * there rather than hand theirs on. */
function cueAfterIn(cues: Marker[], c: Marker): boolean {
  for (const m of cues) if (m.sentence === c.sentence && m.start >= c.end) return true;
  return false;
}

/** The article of a description set in apposition after a name ("Woods, the council clerk,"). */
const APPOSITIVE_DETERMINER = /^(?:the|a|an)$/i;

/**
 * Whether a source phrase that is one capitalised word opening its sentence (or its headline) is a common noun that
 * the capital only marks as the sentence's first word: "Farmers said the road was shut", "Police said", "Generals have
 * estimated" are read as "farmers", "police", "generals" are mid-sentence, never as names. A common noun: one of the
 * nouns the cues already know for people, bodies and evidence, or the plural of a word in wink's vocabulary ("Hawks",
 * "Teachers"); wink's tag is no help here, as it makes a noun of any word after "the". Not a word the body capitalises
 * past a sentence's first word, nor the start of one it does (a name in this text: "Republicans" beside "the Republican
 * leader", "Gates" beside "Robert Gates", "Police Scotland"); not a singular outside those nouns ("Hope said", "Rich
 * said" stay names); not capitals ("WHO").
 */
function openingCommonNoun(t: Tokenized, a: number, b: number): boolean {
  if (a !== b) return false;
  const word = t.tokens[a]!.value;
  const low = word.toLowerCase();
  // (bare "reports" and "authorities" are common nouns wherever they stand)
  if (REPORTS_NOUN.test(low) || low === 'authorities') return true;
  // (first in its sentence, or after a colon, a quote mark or a dash: where isNameWord takes no capital for a name)
  const prev = t.tokens[a - 1];
  if (t.sentences[t.tokens[a]!.sentence]!.tokenStart !== a && prev && /[\p{L}\p{N},]$/u.test(prev.value)) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const stem = low.endsWith('ies') ? `${low.slice(0, -3)}y` : low.replace(/e?s$/, '');
  // (a word that never names anyone needs no look at the text: "Officials", "Witnesses")
  if (ANONYMOUS_HEADS.has(low)) return true;
  // (the first word of a longer name or of a count: "Customs and Border Protection", "Hundreds of Palestinians"; but
  // "Critics of the plan" are critics)
  const next = t.tokens[a + 1];
  if (lower(next) === 'of' && !RELATION_NOUN.test(low)) return false;
  // (a transcript's label names its speaker as the transcript writes it: "Reporter: Is the pier closed?")
  if (next?.value === ':') return false;
  if (next && /^(?:and|&)$/i.test(next.value) && CAPITALISED.test(t.tokens[a + 2]?.value ?? '')) return false;
  // (a description in apposition after it names a person: "Woods, the council clerk, agreed", "Banks, a lawyer for the
  // port, said"; a relative does not, "Prosecutors, who asked for ten years, said")
  if (next?.value === ',' && APPOSITIVE_DETERMINER.test(t.tokens[a + 2]?.value ?? '')) return false;
  // (a people or a party the code knows by name, "Democrats", "Americans"; an outlet's word, "News", "Media")
  if (PLACES.test(word) || OUTLET_NOUNS.has(low)) return false;
  const known = PERSON_LABEL_HEAD.test(low) || RELATION_NOUN.test(low) || EVIDENCE_NOUN.test(low) || STUDY_NOUN.test(low) || UNNAMED_PEOPLE.test(stem);
  const plural = /[^s]s$/.test(low) && isModelWord(low) && (isModelWord(low.slice(0, -1)) || isModelWord(stem));
  if (!known && !plural) return false;
  const names = namedInText(t);
  const root = word.slice(0, Math.max(4, stem.length));
  for (const n of names) if (n.startsWith(root)) return false;
  return true;
}

/** What a source phrase names: a person/organisation/outlet, `anonymous`, or its own words. */
function speakerOfPhrase(t: Tokenized, a: number, b: number, cuePos: number): string {
  const toks = t.tokens;
  const boxed = linkBoxName(t, b);
  if (boxed) return speakerOfPhrase(t, boxed[0], boxed[1], cuePos);
  // (a name run on into the full name and a linked headline: "Rex Tillerson Rex Wayne TillersonDonald Trump ...")
  const cut = nameBeforeLinkBox(t, a, b);
  if (cut < b) return speakerOfPhrase(t, a, cut, cuePos);
  // (a photograph's credit run into the phrase, a page pasted as text: "Image copyright AFP Image caption US officials
  // suspected", "AP Photo Tillerson urges": who speaks comes after the credit's last word)
  for (let k = b - 1; k >= a; k--) {
    if (PHOTO_CREDIT.test(toks[k]!.value)) return speakerOfPhrase(t, k + 1, b, cuePos);
  }
  // (a compound modifier ending on a participle is how the writer describes the source, not its name: "the Hamas-run
  // health ministry", "Iran's state-run IRNA news agency" speak as 'health ministry' and 'IRNA news agency')
  for (let k = b - 1; k > a; k--) {
    if (toks[k]!.pos === 'VERB' && gluedHyphen(toks, k - 1) && /^\p{Ll}/u.test(toks[k]!.value)) return speakerOfPhrase(t, k + 1, b, cuePos);
  }
  // (an adjective that follows its noun stands outside the name of who speaks: "an official involved", "the officials
  // present", "a liaison close", where a phrase after it was cut off; not a title's "general" or "chief")
  while (b > a && toks[b - 1]!.pos === 'NOUN' && POSTPOSITIVE.test(toks[b]!.value)) b--;
  // (a fronted day before the subject with no comma: "On Wednesday the Harbour army said" is the army)
  if (a < b && runOnWeekday(toks, a) && !isSpeakingDay(toks[b])) return speakerOfPhrase(t, a + 1, b, cuePos);
  // (a fronted time that ends on its unit before the subject's determiner: "This week the assembly called for")
  const timeEnd = frontedTimeEnd(toks, a, b);
  if (timeEnd >= 0) return speakerOfPhrase(t, timeEnd + 1, b, cuePos);
  if (isSpeakingDay(toks[b])) {
    let c = b;
    while (c >= a && (isSpeakingDay(toks[c]) || /^(?:late|early|last|next|this|on|in|of)$/i.test(toks[c]!.value))) c--;
    if (c < a || (c === a && toks[a]!.pos === 'DET')) return '';
    b = c;
  }
  // ("The Harbour Front (HF) group said": the name before its abbreviation, of which the group is the head)
  const abbreviated = a === b ? abbreviatedName(t, a) : undefined;
  if (abbreviated) return speakerOfPhrase(t, abbreviated[0], abbreviated[1], cuePos);
  const head = toks[b]!;
  const headLower = lower(head);
  if (a === b && unnamedThose(toks, a)) return ANONYMOUS;
  if (a === b && head.pos === 'PRON') return resolvePronoun(t, a);
  // (with its determiner: "no one", "each one")
  if (headLower === 'one' && toks.slice(a, b).every((x) => x.pos === 'DET')) return loneOne(t, b, cuePos);
  if (head.value === '%' || (sharePhrase(toks, b, a)?.[0] === a)) return textOf(t, a, b);
  // possessive: "Israel's army" — the whole phrase
  const poss = toks.slice(a, b + 1).findIndex((x) => x.pos === 'PART' && /^['’]s$/.test(x.value));
  // "the President said", "the Iranian President added": a title the paper capitalises is still "the president"
  if (poss === -1) {
    const titled = capitalisedTitle(t, a, b, cuePos);
    if (titled) return titled;
    // ("the Prime Minister said", "the Iranian President added" with no one so named: the description, not the bare
    // title the name chain would leave)
    const office = capitalisedOffice(t, a, b);
    // (in quoted words, "As the President has said", the speaker's own head of state, whom the story may not name so)
    const holder = office >= 0 && !insideQuote(t, head.start) ? titledName(t, lower(head), cuePos, office < b ? textOf(t, office, b - 1).toLowerCase() : '', true, true) : '';
    if (office >= 0) return holder || officeDescription(t, office, b);
  }
  // (a sentence's first word, "Analysts", "Police" or "Farmers", is capitalised, not a name: read as in lower case)
  const capitalisedCommon = openingCommonNoun(t, a, b);
  // (bare "reports" cite no one, as "reportedly" does: "Reports say the mayor will resign")
  if (capitalisedCommon && REPORTS_NOUN.test(headLower)) return ANONYMOUS;
  // the head is a name: its chain
  // (a title-case headline's verb ends the name before it: "Israel Says It Has Confirmed ...")
  for (let k = a + 1; k <= b; k++) {
    if (headlineVerb(t, k)) return speakerOfPhrase(t, a, k - 1, cuePos);
  }
  if (poss >= 0 && personAfterPossessive(t, a + poss + 1, b) && !capitalisedCommon) return speakerOfPhrase(t, a + poss + 1, b, cuePos);
  if ((isNamePart(head) || (hyphenInPhrase(toks, a, b) && /^\p{L}+$/u.test(head.value) && isNamePart(toks[b - 2]))) && head.pos !== 'ADJ' && poss === -1 && !capitalisedCommon) {
    let c = b;
    for (;;) {
      if (c - 1 >= a && isNamePart(toks[c - 1]) && toks[c - 1]!.pos !== 'DET' && !runOnWeekday(toks, c - 1)) c--;
      else if (hyphenInPhrase(toks, a, c)) c -= 2;
      // "Commission on Presidential Debates"
      else if (c - 2 >= a && joinsNameBefore(toks, c)) c -= 2;
      else break;
    }
    // (a title before "of" or "for": "Secretary of State Antony Blinken met ..., condemning" whole)
    let end = b;
    if (isTitleWord(head.value) && /^(?:of|for)$/.test(toks[b + 1]?.value ?? '') && isNamePart(toks[b + 2]) && toks[b + 2]!.sentence === head.sentence) {
      end = b + 2;
      while (isNamePart(toks[end + 1]) && toks[end + 1]!.sentence === head.sentence) end++;
    }
    const [x, y] = extendName(t, c, end, a, end);
    const [na, nb] = stripTitles(t, x, y);
    return fullName(t, t.tokens[na]!.start, canonicalName(t, na, nb), cuePos);
  }
  // (an agency is an outlet only as a news or press agency: not "the UN humanitarian agency", "the aid agency")
  const newsAgency = headLower !== 'agency' || toks.slice(a, b).some((x) => /^(?:news|press)$/i.test(x.value));
  if (OUTLET_NOUNS.has(headLower) && newsAgency && !toks.slice(a, b).some((x) => isNamePart(x) && x.pos === 'PROPN' && !isPlaceLike(x.value))) {
    // "the paper", "the influential US daily": the outlet named before; unnamed, the description itself.
    // "the report" is an outlet's only when one was named in the last few sentences (else it may be a
    // congressional or a UN report)
    // (a state's outlet is another than the one named before: "Syrian state television", "Yemen's state news
    // agency", "Turkey's state-run news agency")
    const stateRun = /\bstate-(?:run|owned|controlled)\s*$/i.test(t.doc.text.slice(Math.max(0, toks[a]!.start - 20), toks[a]!.start));
    if (stateRun || toks.slice(a, b).some((x) => /^state$/i.test(x.value))) return textOf(t, toks[a]!.pos === 'DET' && a < b ? a + 1 : a, b);
    const sent = head.sentence;
    const since = DOCUMENT_HEADS.has(headLower) ? t.sentences[Math.max(0, sent - 4)]!.start : 0;
    // ("a congressional report", "one report": a new document, not the outlet's)
    const indefinite = DOCUMENT_HEADS.has(headLower) && /^(?:a|an|one|another)$/i.test(toks[a]!.value);
    // ("Israeli media reported", "state media said": many outlets, not the one named last)
    const many = headLower === 'media';
    return (indefinite || many ? '' : resolveOutlet(t, cuePos, since)) || textOf(t, toks[a]!.pos === 'DET' && a < b ? a + 1 : a, b);
  }
  // "her statement said", "the ministry's letter says": whoever issued it
  if (DOCUMENT_NOUNS.test(head.value)) {
    if (/^(?:his|her|their|its)$/i.test(toks[a - 1]?.value ?? '')) return resolvePronoun(t, a - 1);
    // ("the comments by Ann Lee", "a statement from the ministry": the one named after it)
    if (/^(?:by|from)$/i.test(toks[b + 1]?.value ?? '') && isNamePart(toks[b + 2] && toks[b + 2]!.pos === 'DET' ? toks[b + 3] : toks[b + 2])) {
      const author = npAfter(t, b + 2, t.sentences[head.sentence]!.tokenEnd - 1);
      if (author) return speakerOfPhrase(t, author[0], author[1], cuePos);
    }
    if (poss > 0) return speakerOfPhrase(t, a, a + poss - 1, cuePos);
    if (/^(?:the|this|that)$/i.test(toks[a]!.value) && a + 1 === b) {
      const issuer = documentIssuer(t, headLower, b);
      if (issuer) return issuer;
    }
  }
  // "a spokesman for the Harbour Authority": the organisation speaks
  if (SPOKESPERSON.test(headLower) && /^(?:for|of|at)$/i.test(toks[b + 1]?.value ?? '')) {
    const org = npAfter(t, b + 2, t.sentences[head.sentence]!.tokenEnd - 1);
    if (org) return speakerOfPhrase(t, org[0], org[1], cuePos);
  }
  // "the spokesman", "the spokeswoman": the one the text named with that title, if any
  if (SPOKESPERSON.test(headLower) && a + 1 === b && /^the$/i.test(toks[a]!.value) && !/^(?:for|of|at)$/i.test(toks[b + 1]?.value ?? '')) {
    const titled = titledName(t, headLower, cuePos);
    if (titled) return titled;
  }
  // "supporters of Hillary Clinton", "defenders of Israel": people named by whom they stand with or against
  if (RELATION_NOUN.test(headLower) && lower(toks[b + 1]) === 'of') {
    // (a name, not a thing a name modifies: "critics of the Iran deal" are unnamed, "of Trump's decision" too)
    let end = b + 2;
    if (toks[end]?.pos === 'DET') end++;
    const nameStart = end;
    while (end - b < 8 && isNamePart(toks[end]) && toks[end]!.sentence === head.sentence) end++;
    const after = toks[end];
    if (end > nameStart && toks.slice(nameStart, end).some((x) => x.pos === 'PROPN') && !(after && (/^(?:NOUN|PROPN|PART|ADJ|NUM)$/.test(after.pos) || /^['’]s?$/.test(after.value)))) {
      let from = a;
      while (from < b && (toks[from]!.pos === 'DET' || toks[from]!.pos === 'NUM')) from++;
      return textOf(t, from, end - 1);
    }
  }
  if ((ANONYMOUS_HEADS.has(headLower) || (UNNAMED_PEOPLE.test(headLower) && /^(?:a|an|one|another)$/i.test(toks[a]!.value))) && !toks.slice(a, b).some((x, n) => x.pos === 'PROPN' && !initialModifier(t, a + n, headLower) && !PEOPLE_MODIFIER.test(x.value))) {
    return ANONYMOUS;
  }
  // "the president", "the foreign minister": the person last named with that title
  if (TITLE_WORDS.has(headLower) && /^\p{Ll}/u.test(head.value) && /^the$/i.test(toks[a]!.value)) {
    // (a name or a nation among the modifiers, "the House speaker", "the Ohio governor", "the French president":
    // only one written with those very words before the name, "House Speaker Ann Holt", or in an appositive after
    // it; not "the German minister" for any minister, nor "the French president" for the last president named)
    const named = toks.slice(a, b).some((x, n) => x.pos === 'PROPN' || (n > 0 && CAPITALISED.test(x.value)));
    const titled = titledName(t, headLower, cuePos, b - 1 > a ? textOf(t, a + 1, b - 1).toLowerCase() : '', named);
    if (titled) return titled;
  }
  // "the ministry": the last name ending with the same head word
  const { names } = docContext(t);
  // (a capitalised modifier must be in that name too: "the German government" is not the British
  // Government named before; "the Hamas-run ministry" may be the Health Ministry)
  const owner = toks.slice(a, b).map((x) => /^['’]s$/.test(x.value)).lastIndexOf(true);
  const modifiers = /^\p{Lu}/u.test(head.value) ? [] : toks.slice(a + owner + 1 + (owner < 0 ? 1 : 0), b).filter((x) => /^\p{Lu}/u.test(x.value) && toks[tokenIndexAt(t, x.end)]?.value !== '-').map((x) => lower(x));
  // (or whose head comes before its "of" or "for": "the Ministry of Health", "the U.S. Agency for International
  // Development")
  const same = names.filter((n) => {
    const name = n.name.toLowerCase();
    return n.start < cuePos && (name.endsWith(headLower) || name.split(/ (?:of|for) /)[0]!.endsWith(headLower)) && modifiers.every((w) => name.split(/[\s-]+/).includes(w));
  });
  if (same.length > 0 && /^(?:the|this|that)$/i.test(toks[a]!.value)) return same[same.length - 1]!.name;
  // "the military", "the administration": the body a cue before cited with a modifier ("the Israeli
  // military", "the Obama administration"); a story has one of those as a rule, but many groups; not one
  // placed after ("the government in Beijing")
  if (a + 1 === b && /^the$/i.test(toks[a]!.value) && /^\p{Ll}/u.test(head.value) && /^(?:military|administration|government|ministry|army|regime|navy|police)$/.test(headLower) && !/^(?:in|of|at|from|for)$/.test(lower(toks[b + 1]))) {
    const ending = ` ${headLower}`;
    const cited = (resolvedSoFar.get(t) ?? []).filter((c) => c.start < cuePos && c.speaker.toLowerCase().endsWith(ending) && c.speaker.split(' ').length <= 4 && !/^(?:the|a|an|this|that|its|his|her|their)\b/i.test(c.speaker)).pop();
    if (cited) return cited.speaker;
    // ("the administration", "the regime": the one the text names most after a person or a state, cited or not: "The
    // Obama administration is likely to come under pressure ... the administration said")
    // (not "the government": a story writes "the Hamas-run government" of its media office more often than "the
    // Israeli government" whose cabinet it means)
    const named = NAMED_BODY_HEAD.test(headLower) ? namedBody(t, headLower, cuePos) : '';
    if (named) return named;
    // ("the army", "the military": the armed forces of the one state the text has named with such a body before,
    // outside quotations: "Egypt's army ... the military says")
    const forces = ARMED_FORCES.test(headLower) && !insideQuote(t, head.start) ? oneStateForces(t, headLower, cuePos) : '';
    if (forces) return forces;
  }
  // "the group", "the militant group", "the rights organisation": the name an appositive gave that description ("CAGE,
  // the London-based rights group"), else the group named last before, in this sentence or the two before it
  if (GROUP_HEAD.test(headLower) && /^the$/i.test(toks[a]!.value) && toks.slice(a + 1, b + 1).every((x) => /^\p{Ll}/u.test(x.value) || /^[-–]$/.test(x.value))) {
    const group = appositiveHolder(t, names, headLower, head.sentence, cuePos) || groupNamedBefore(t, names, head.sentence, cuePos);
    if (group) return group;
  }
  let from = a;
  // (and the rest of a number glued to the phrase: "a 20-year-old soldier")
  while (from < b && (toks[from]!.pos === 'DET' || toks[from]!.pos === 'NUM' || /^[-–'’]$/.test(toks[from]!.value))) from++;
  if (from === b && head.pos === 'NUM') {
    const n = numberSpeaker(t, b, cuePos);
    if (n !== undefined) return n;
  }
  if (capitalisedCommon) return headLower;
  return toks[from]!.pos === 'DET' ? '' : textOf(t, from, b);
}

/** The head of a phrase that refers back to a group named before: "the group", "the militant organization". */
const GROUP_HEAD = /^(?:group|organization|organisation|movement|militia|faction)$/;

/**
 * The name a body's head noun at token `k` follows past the name's abbreviation in brackets: "The Harbour Front (HF)
 * group said", "the Islamic State (IS) group": the group is the name's, not a group the text named before. The range of
 * the name, or undefined (a party tag, "(R-Texas)", or a bracket with lower-case words in it is no abbreviation).
 */
function abbreviatedName(t: Tokenized, k: number): [number, number] | undefined {
  const toks = t.tokens;
  if (!GROUP_HEAD.test(lower(toks[k])) || toks[k - 1]?.value !== ')' || toks[k - 3]?.value !== '(') return undefined;
  if (!/^\p{Lu}[\p{Lu}&]+$/u.test(toks[k - 2]!.value) || !isNamePart(toks[k - 4])) return undefined;
  let a = k - 4;
  while (a - 1 >= 0 && isNamePart(toks[a - 1]) && toks[a - 1]!.sentence === toks[k]!.sentence) a--;
  return [a, k - 4];
}
/** Bodies of a state, an outlet or a school, not a group a story goes on to call "the group". */
const NOT_A_GROUP_HEAD = /^(?:pentagon|kremlin|fbi|cia|nsa|idf|ministry|department|government|army|military|forces|force|police|court|justice|cabinet|parliament|assembly|senate|congress|embassy|administration|house|authority|authorities|bank|university|times|post|news|command|guard|office|agency|company|corporation|officials?|spokesman|spokeswoman|spokesperson)$/i;
/** The head of a group's name of two or three capitalised words, which a person's name is not ("Islamic Jihad"). */
const GROUP_NAME_HEAD = /^(?:forum|observatory|front|federation|society|league|initiative|project|jihad|state|brotherhood|brigades?|network|coalition|alliance|watch|party|movement|group|organi[sz]ation|association|union|committee|council|foundation|institute|center|centre|fund|campaign|mission)$/i;

/**
 * The group that "the group" of a sentence refers to, in the sentence or the two before it and outside quotations: the
 * last group cited there as a source, else the last group named as the subject of a sentence there; '' when there is
 * none. A group: no person (no sex or title, no name the text shows to be a person's, no two or three capitalised words
 * without a group's head), no place or state, no outlet, no body of a state, no modifier ("Iran-backed").
 */
/** Words no modifier of an appositive's noun is: a clause's, an article, a preposition. */
const NOT_A_MODIFIER = 'that|which|who|whom|whose|the|a|an|of|to|in|on|for|by|with|and|or|but|is|was|are|were|has|had|says|said';

/** The text before a name that is a later item of a list: a comma, 'and' or 'or'. */
const LIST_ITEM_BEFORE = /(?:,|\band|\bor)[^\S\n]+(?:the[^\S\n]+)?$/i;

/**
 * "That view was not shared by CAGE, the London-based rights group. The group stated ...": the last name, in this sentence
 * or the two before it and outside quotations, that an appositive right after it describes with the same head noun
 * (", the ... group", ", an Israeli rights organization"); '' when none does.
 */
function appositiveHolder(t: Tokenized, names: NameMention[], head: string, sentence: number, cuePos: number): string {
  const floor = t.sentences[Math.max(0, sentence - 2)]!.start;
  const text = t.doc.text;
  // (modifiers only between the article and the noun: not ', a decision that the group')
  const described = new RegExp(`^,[^\\S\\n]+(?:the|an?)[^\\S\\n]+(?:(?!(?:${NOT_A_MODIFIER})[^\\p{L}-])[\\p{L}-]+[^\\S\\n]+){0,4}?${head}\\b`, 'iu');
  let found = '';
  for (const n of names) {
    if (n.start >= cuePos) break;
    // (not an item of a list, 'partners including Code Pink, J Street and Demo, a policy group', whose description may
    // be the last item's alone)
    if (n.start < floor || insideQuote(t, n.start) || LIST_ITEM_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start))) continue;
    const end = n.start + n.written.length;
    if (text.startsWith(n.written, n.start) && described.test(text.slice(end, end + 80))) found = n.name;
  }
  return found;
}

function groupNamedBefore(t: Tokenized, names: NameMention[], sentence: number, cuePos: number): string {
  const floor = t.sentences[Math.max(0, sentence - 2)]!.start;
  const person = (name: string): boolean => {
    const words = name.split(' ');
    // (a name's particles count as its words, "Omar al-Diab"; "of", "to", "for" are a body's, "Committee to Protect ...")
    const shape = words.every((w) => /^\p{Lu}/u.test(w) || /^(?:al|el|bin|ibn|abu|de|van|von|der|da|di|le|la)(?:-|$)/.test(w) || w === 'and');
    if (shape && words.length >= 2 && words.length <= 4 && !GROUP_NAME_HEAD.test(words.at(-1)!) && !INSTITUTION_HEADS.test(words.at(-1)!)) return true;
    // (a single word is a person's surname when the text writes it after a capitalised word that is no possessive, no
    // place and no compound, "Joe Biden"; not "Lebanon's Hezbollah", "Iran-backed Hezbollah", "Lebanese Hezbollah")
    const surname = words.length === 1 && names.some((n) => {
      const own = n.written.split(' ');
      const before = own[own.length - 2];
      return own.at(-1) === name && !!before && /^\p{Lu}\p{Ll}+$/u.test(before) && !isPlaceLike(before) && !GROUP_NAME_HEAD.test(before);
    });
    return surname || names.some((n) => n.name === name && (n.gender !== undefined || n.titles.length > 0 || (words.length > 1 && isPersonByName(names, n))));
  };
  const group = (name: string): boolean => {
    const last = name.split(' ').at(-1)!;
    // (every word capitalised but a body's "of", "for", "to", "and", "the": not "Houthi threats"; and no word in capitals
    // that the text also writes in lower case, "TWO YEARS")
    const words = name.split(' ');
    if (!words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|to|and|the|on)$/.test(w))) return false;
    // (a group's head alone is a name cut short, "Brigade" of "the Al-Khansaa Brigade")
    if (words.length === 1 && (GROUP_NAME_HEAD.test(name) || INSTITUTION_HEADS.test(name))) return false;
    if (words.some((w) => /^\p{Lu}{2,}$/u.test(w) && new RegExp(`\\b${w.toLowerCase()}\\b`).test(t.doc.text))) return false;
    return name !== ANONYMOUS && !PRONOUNS.has(name.toLowerCase()) && !/-(?:backed|led|based|run|linked|aligned|allied)$/i.test(name) &&
      !isPlaceLike(name) && !isPlaceLike(last) && !NOT_A_GROUP_HEAD.test(last) && !NOT_A_PERSON.test(name) && !OUTLET_NAME_WORDS.test(last) && !person(name) &&
      !names.some((n) => n.name === name && n.outlet);
  };
  const cited = (resolvedSoFar.get(t) ?? [])
    .filter((c) => c.start >= floor && c.start < cuePos && !insideQuote(t, c.start))
    .map((c) => c.speaker.replace(/^the\s+/i, ''))
    .filter(group);
  if (cited.length > 0) return cited.at(-1)!;
  // (a subject: the name within the first four words of its sentence, "The Ruritanian militia Harbour Front fired")
  const subjects = names.filter((n) => {
    // (a capitalised word opening its sentence is a name when the text capitalises it inside a sentence too)
    if (n.start < floor || n.start >= cuePos || (n.initial && !namedInText(t).has(n.name)) || insideQuote(t, n.start) || sectionAt(t.doc.sections, n.start) !== 'body' || !group(n.name)) return false;
    const k = tokenIndexAt(t, n.start);
    return k - t.sentences[t.tokens[k]!.sentence]!.tokenStart <= 4;
  });
  return subjects.at(-1)?.name ?? '';
}

/** What the tagger makes of a word written in lower case before a noun ("foreign diplomats": ADJ). */
const lowerCaseTags = new Map<string, string>();
function lowerCaseTag(word: string, noun: string): string {
  const key = `${word} ${noun}`;
  let pos = lowerCaseTags.get(key);
  if (pos === undefined) {
    const nlp = engine();
    pos = nlp.readDoc(`${key} said`).tokens().out(nlp.its.pos)[0] ?? '';
    lowerCaseTags.set(key, pos);
  }
  return pos;
}

/** Token k opens its sentence (or a quotation) and is capitalised only for that: a modifier such as
 * "Foreign", "Several" or "Senior" before the noun `noun` ("Foreign diplomats said"), which in lower case
 * the tagger reads as an adjective, a determiner or a number, not as a name ("Hamas officials"). */
function initialModifier(t: Tokenized, k: number, noun: string): boolean {
  const toks = t.tokens;
  const start = t.sentences[toks[k]!.sentence]!.tokenStart;
  if (k !== start && !(k === start + 1 && /^(?:["“'‘]|'')$/.test(toks[start]!.value))) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(toks[k]!.value)) return false;
  return /^(?:ADJ|DET|NUM)$/.test(lowerCaseTag(lower(toks[k]), noun));
}

/** Documents whose words are their issuer's own, as said aloud: a statement, a letter, a post. */
const SPOKEN_DOCUMENT = /^(?:statement|letter|memo|message|post|tweets?|email|release|note|comments?|response|reply)$/i;

/**
 * "The statement said": who issued the statement last mentioned in the previous few sentences, as the
 * source of a cue in that sentence ("The army said in a statement") or its named subject ("The army issued
 * a statement"). With no such mention, a statement, a letter or a post is the words of the source the sentence
 * right before cites ('The ministry said the crossing would reopen. "Trucks will pass at dawn," the statement
 * said.'); not a report or a ruling, which the text names with its author when it has one.
 */
function documentIssuer(t: Tokenized, noun: string, at: number): string {
  const toks = t.tokens;
  const here = toks[at]!.sentence;
  for (let k = at - 1; k >= 0 && toks[k]!.sentence >= here - 4; k--) {
    if (lower(toks[k]) !== noun || toks[k]!.sentence === here) continue;
    const s = t.sentences[toks[k]!.sentence]!;
    // (not a cue inside the quoted words: '"If Ann Holt cannot say it, ..." Reed said in a statement' is Reed's)
    const cited = resolvedSoFar.get(t)?.find((c) => c.sentence === s.index && c.speaker !== '' && c.speaker !== ANONYMOUS && !insideQuote(t, c.start));
    if (cited) return cited.speaker;
    const subject = firstSubject(t, s.tokenStart, k);
    if (subject && isNamePart(toks[subject[1]])) return speakerOfPhrase(t, subject[0], subject[1], toks[at]!.start);
    return '';
  }
  // (not "the release of the emails", "the letter of the law": an act or a phrase, no document)
  if (!SPOKEN_DOCUMENT.test(noun) || lower(toks[at + 1]) === 'of') return '';
  // (the first cue of that sentence outside its quotations, when it names its source: an unnamed one, a
  // description or a pronoun hands on nothing)
  const first = resolvedSoFar.get(t)?.find((c) => c.sentence === here - 1 && !insideQuote(t, c.start));
  // (nor a text, which issues nothing: "a Security Council resolution calling for a probe. The statement expressed")
  return first && ISSUING_CUE.test(first.entry) && /^\p{Lu}/u.test(first.speaker) && !PRONOUNS.has(first.speaker.toLowerCase()) && !TEXT_HEADS.test(first.speaker.split(' ').pop()!) ? first.speaker : '';
}
/** Cues whose source puts out words of its own, which a statement or a post then holds ("said", "announced",
 * "tweeted", "wrote"; and verbs that name what those words did: "condemned", "praised", "confirmed", "warned",
 * "called for", as in 'Ruritania's ministry condemned the raid. "It was a crime," the statement said.'): not one that
 * quotes or answers another ("AFP quoted ...", "Iran dismissed ..."). */
const ISSUING_CUE = /^attribution\.(?:say|tell|state|announce|add|add-after-quote|write|tweet|post-online|issue-statement|declare|condemn|praise|applaud|confirm|warn|urge|call-for|echo|vow|express|affirm|emphasize|insist|accuse|deny|note|explain|argue|claim)$/;

/** Participles of saying, knowing and judging after an empty it ("it is said", "it was learned"). */
const IMPERSONAL_PASSIVE = /^(?:said|reported|estimated|believed|thought|expected|claimed|alleged|announced|noted|known|understood|feared|rumou?red|suggested|argued|described|learned|learnt|proved|proven|shown|found|assumed|considered|hoped|agreed|decided|stated|confirmed|revealed|acknowledged|recogni[sz]ed|accused|predicted|suspected|told|written|added|explained|emphasi[sz]ed|stressed|pointed|indicated|asserted|maintained|denied)$/i;

/** Adjectives after an empty it whose real subject follows ("it is important to note", "it is safe to
 * assume"); unlike "likely", "set" or "able", where it is someone ("it is unlikely to agree"). */
const EXTRAPOSED = /^(?:important|difficult|hard|easy|safe|fair|unfair|reasonable|realistic|worth|possible|impossible|necessary|clear|unclear|obvious|true|striking|notable|noteworthy|interesting|ironic|crucial|essential|vital|wrong|right|fitting|tempting|natural|understandable|surprising|remarkable|premature|useful|instructive|telling|significant|no|not)$/i;

/**
 * "the mayor, who served in the navy and who has urged calm", "activists who marched, and who now demand": a "who" after
 * "and" or "or" opens a second relative clause on the head of the first, which the phrase before "and" (the end of the
 * first clause) is not. The index of the nearest "who" before it in its sentence, or -1 when "who" follows no
 * conjunction or none comes before.
 */
function coordinatedWho(toks: Token[], i: number, floor: number): number {
  if (!/^(?:and|or)$/i.test(toks[i - 1]?.value ?? '')) return -1;
  for (let k = i - 2; k >= floor && i - k <= 60; k--) if (lower(toks[k]) === 'who') return k;
  return -1;
}

const POSSESSIVE_TO_SUBJECT: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };

/** he/she/they/it (and his/her/their/its): the last named source before; who/which/that: the phrase before the comma.
 * `chain`: how many sentences back a chain of he or she has been followed to get here (samePronounSubject). */
export function resolvePronoun(t: Tokenized, i: number, chain = 0): string {
  const toks = t.tokens;
  const word = POSSESSIVE_TO_SUBJECT[lower(toks[i])] ?? lower(toks[i]);
  if (word === 'who' || word === 'which' || word === 'that') {
    // ("Islamists who have vowed to march and who now depict": the head of the first relative pronoun; not a place,
    // which no "who" stands for: "the mayor of South Bend, Indiana, who served ... and who has urged")
    const first = word === 'who' ? coordinatedWho(toks, i, t.sentences[toks[i]!.sentence]!.tokenStart) : -1;
    const head = first >= 0 ? resolvePronoun(t, first, chain) : '';
    if (head !== '' && !isPlaceLike(head)) return head;
    let j = i - 1;
    // (or a dash: "Lee - who had called the deal a mistake - said")
    if (toks[j]?.value === ',' || (toks[j] && isAsideDash(toks, j))) {
      // (past an aside between dashes: "Republicans — and some Democrats — who agree")
      if (isAsideDash(toks, j)) {
        const open = asideOpening(toks, j, t.sentences[toks[j]!.sentence]!.tokenStart);
        if (open !== -1) j = open;
      }
      j--;
    }
    let floor = t.sentences[toks[i]!.sentence]!.tokenStart;
    // (past a parenthesis or a party tag set off by commas: "the agency (IAEA), which said", "Sen. Ann Lee, D-Ohio,
    // who said"; wink may end a sentence inside "(D-Md.)", so the name may lie in the sentence before)
    if (toks[j]?.value === ')') {
      const open = parenStart(toks, j, 0, 9);
      if (toks[open]!.sentence !== toks[i]!.sentence) floor = t.sentences[toks[open]!.sentence]!.tokenStart;
      if (toks[open]!.value === '(') j = open - 1;
    } else if (toks[i - 1]?.value === ',') {
      let open = j;
      while (open > floor && j - open < 5 && toks[open]!.value !== ',') open--;
      if (toks[open]?.value === ',' && isPartyTag(t, open, i - 1)) j = open - 1;
    }
    // (past a time after the phrase: "a resolution on Friday which", "a proposal unveiled last June, which",
    // "the accord signed in 2008 that")
    if (isDayOrMonth(toks[j]) || isYearAfterIn(toks, j)) {
      let k = j;
      while (k > floor && (isDayOrMonth(toks[k]) || isYearAfterIn(toks, k) || /^(?:late|early|last|next|this|on|in)$/i.test(toks[k]!.value))) k--;
      if (toks[k]?.pos === 'VERB' && /ed$/.test(toks[k]!.value) && toks[k - 1]?.pos === 'NOUN') k--;
      else if (toks[k]?.value === ',' && toks[k - 1]?.pos === 'VERB' && /ed$/.test(toks[k - 1]!.value) && toks[k - 2]?.value === ',' && toks[k - 3]?.pos === 'NOUN') k -= 3;
      // (a name too, before "who": "planted by Lee on Thursday, who told"; not a place before "that", "the deal struck
      // with Harbour in 2015 that called for")
      if (k > floor && (toks[k]?.pos === 'NOUN' || (word === 'who' && toks[k]?.pos === 'PROPN'))) j = k;
    }
    // ("There are those who say": unnamed people, as "some who say" are)
    if (word === 'who' && j === i - 1 && unnamedThose(toks, j)) return ANONYMOUS;
    // ("diplomats in the region who insisted", "a source close to Hamas who said": the people)
    const found = toks[j] ? npBefore(t, j, floor) : undefined;
    let np = found && outermost(t, found, floor, locatedPeople);
    // ("Ann Lee, a nurse who said", "Ann Lee — a nurse who said": the name the description is in apposition to)
    if (np && /^(?:a|an)$/i.test(toks[np[0]]!.value)) np = appositiveHead(t, np, floor, word === 'who') ?? np;
    // ("Ann Lee, the ranking member on the committee, who said": the name the description with its preposition
    // is in apposition to, not the body after the preposition)
    if (np && word === 'who') np = describedByPhrase(t, np, floor) ?? np;
    // ("I was the first one who called it", "she is the only minister who has said": a predicate noun after a
    // copula is its subject, a personal pronoun or a name; not "it" or "there" opening a cleft, "It was the
    // army that said", nor a noun, "The problem is the officials who said")
    if (np && word !== 'which') {
      let k = np[0] - 1;
      while (k > floor && toks[k]!.pos === 'ADV' && /^\p{Ll}+$/u.test(toks[k]!.value)) k--;
      if (k > floor && /^(?:is|was|are|were|am|['’]m|['’]re|['’]s|been)$/i.test(toks[k]!.value)) {
        let s = k - 1;
        while (s > floor && /^(?:has|have|had)$/i.test(toks[s]!.value)) s--;
        const subject = toks[s]!;
        if (/^(?:i|we|you|he|she|they)$/i.test(subject.value)) return resolvePronoun(t, s);
        const named = isNamePart(subject) && subject.pos === 'PROPN' ? npBefore(t, s, floor) : undefined;
        if (named && named[0] === floor) return speakerOfPhrase(t, named[0], named[1], toks[i]!.start);
      }
    }
    if (np && !(np[0] === np[1] && toks[np[0]]!.pos === 'PRON')) return speakerOfPhrase(t, np[0], np[1], toks[i]!.start);
    return '';
  }
  if (word === 'i' || word === 'we' || word === 'you') return word === 'i' ? 'I' : word;
  // "It is estimated that ...", "it is realistic to expect": an empty subject refers to no one (a
  // passive of saying or thinking cites an unnamed source)
  if (lower(toks[i]) === 'it') {
    let k = i + 1;
    if (/^(?:has|had|will|would|could|may|might|should|can|must)$/i.test(toks[k]?.value ?? '') && /^(?:be|been)$/i.test(toks[k + 1]?.value ?? '')) k += 2;
    else if (/^(?:is|was|['’]s|seems|seemed|appears|appeared)$/i.test(toks[k]?.value ?? '')) {
      k++;
      if (/^been$/i.test(toks[k]?.value ?? '')) k++;
    } else k = -1;
    if (k > 0 && toks[k]?.pos === 'ADV') k++;
    const next = k > 0 ? toks[k] : undefined;
    if (next && IMPERSONAL_PASSIVE.test(next.value)) return ANONYMOUS;
    // ("it is unlikely to agree", "it is set to": it is the group or state itself)
    if (next && (EXTRAPOSED.test(next.value) || (/^too$/i.test(next.value) && /^(?:early|soon|late)$/i.test(toks[k + 1]?.value ?? '')))) return 'it';
    // ("it is naivete to think", "it would be a mistake to believe": a predicate noun before an infinitive,
    // whose subject follows, is extraposed too)
    let noun = next?.pos === 'DET' ? k + 1 : k;
    while (/^(?:ADJ|ADV|NOUN)$/.test(toks[noun]?.pos ?? '') && toks[noun + 1]?.pos === 'NOUN') noun++;
    if (next && toks[noun]?.pos === 'NOUN' && /^to$/i.test(toks[noun + 1]?.value ?? '')) return 'it';
  }
  const { names } = docContext(t);
  // a name the text marks as the other sex is passed over (below, unless no other name is left)
  const other: Gender = word === 'he' ? 'f' : 'm';
  // a third person inside a quotation is someone the quoted speaker talks about, not the speaker, whose
  // name stands outside ("Lee said the minister had lied. "He knew," she said."): the nearest name inside
  // the quotation before it, else unresolved. (Not a pronoun right after a comma or a quotation mark, the
  // tag of a quotation the marks were paired wrongly around: '..., she said,' "...", "... unprecedented scale, he
  // said. "It brings ...")
  const opening = /^(?:he|she|they|it)$/.test(word) ? quoteOpening(t, toks[i]!.start) : -1;
  const mark = toks[i - 1];
  // (a comma before the pronoun marks a tag only when the verb after it closes the clause: '..., he said.')
  const tagged = !!mark && ((mark.value === ',' && /^[,.:;]$/.test(toks[i + 2]?.value ?? '')) || (/^(?:["“”'‘’]|'')$/.test(mark.value) && mark.start !== opening));
  if (opening >= 0 && !tagged) {
    // (he or she may be a person the quotation names before it: the nearest name there, read off the tokens,
    // that the text also names outside quotations as a person of that sex; they and it stay unresolved, as
    // a place or a body inside the quotation is as likely meant as a group)
    if (word !== 'he' && word !== 'she') return word;
    const person = (n: NameMention): boolean => !n.place && !n.outlet && n.gender !== other && !INSTITUTION_HEADS.test(n.name.split(' ').pop() ?? '');
    for (let k = i - 1; k >= 0 && toks[k]!.start > opening; k--) {
      if (!isNamePart(toks[k]) || toks[k]!.pos !== 'PROPN') continue;
      let a = k;
      while (a - 1 >= 0 && toks[a - 1]!.start > opening && isNamePart(toks[a - 1]) && toks[a - 1]!.pos === 'PROPN') a--;
      const last = toks[k]!.value;
      const known = names.find((n) => (n.name === textOf(t, a, k) || n.name.split(' ').pop() === last) && person(n) && !NOT_A_PERSON.test(n.name) && (n.gender !== undefined || isPersonByName(names, n)));
      if (known) return known.name;
      k = a;
    }
    // (or the principal of an office or a spokesman the quotation's tag names: '"He did write ...," Powell's
    // office said')
    const principal = tagPrincipal(t, i);
    const named = principal && names.find((n) => n.name.split(' ').pop() === principal && person(n));
    if (named) return named.name;
    return word;
  }
  const topic = topicOpening(t, i);
  if (topic !== '') return topic;
  const found = pronounAntecedent(t, i, word, names, (n) => n.gender !== other, chain) ?? pronounAntecedent(t, i, word, names, () => true, chain) ?? word;
  // (they is no one person: left unresolved rather than given a name the text shows to be one person's)
  return word === 'they' && onePerson(names, found) ? word : found;
}

/** A capitalised word in the plural ("Muslims", "Christians"; also a surname such as "Adams", which its given name
 * tells apart). */
const PLURAL_WORD = /^\p{Lu}\p{Ll}+[^s]s$/u;

/**
 * A source that is one person, as far as the document tells: a name it gives a sex (a title or a given name),
 * or a full name it knows the given name of, or also writes by its last word alone ("Dana Ruiz ... Ruiz"). "They"
 * never stands for one: in "Sen. Dana Ruiz met the mayors of the valley. They said the dam must go", they are the
 * mayors, and the nearest name, Ruiz's, is wrong; two people joined ("Ruiz and Haddad") are no one person.
 */
function onePerson(names: NameMention[], name: string): boolean {
  // (nor a people, "The Jews", "Thousands of Palestinians", "Christians of Kobani", "Early Muslims", whom they may
  // well stand for: a plural head, before "of" or last, in a name that opens on no given name)
  const head = name.split(' of ')[0]!.split(' ').pop() ?? '';
  if (/ (?:and|&) /.test(name) || /^The /.test(name) || NOT_A_PERSON.test(name) || PEOPLE_PLURAL.test(head)) return false;
  if (PLURAL_WORD.test(head) && !isGivenName(name.split(' ')[0]!)) return false;
  return names.some((n) => (n.name === name || n.written === name) && !n.outlet && !n.place && !bodyName(n.name) && !INSTITUTION_HEADS.test(n.name.split(' ').pop() ?? '') && (n.gender !== undefined || personName(names, n.name) || isPersonByName(names, n)));
}

/**
 * The cue c opens a relative clause, right after "who" or "which" past adverbs and auxiliaries ("..., who recently
 * called", "..., who has said"): it cites the person the clause hangs on, a figure beside the sentence's own subject.
 */
function inRelativeClause(t: Tokenized, c: Marker): boolean {
  const toks = t.tokens;
  let k = tokenIndexAt(t, c.start) - 1;
  while (k > 0 && (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'AUX') && /^\p{Ll}/u.test(toks[k]!.value)) k--;
  return /^(?:who|which)$/i.test(toks[k]?.value ?? '');
}

const DESCRIPTION_PREPOSITION = /^(?:on|of|at|for|in|with|from)$/i;

/** A phrase that names a person as its own name (two name words or more ending on a proper noun, not a place, nor
 * ending on a body's head, a title or an outlet's word): "Jane Roe", "Col. Tim Collins", not "Harbour Institute",
 * "France", "Prime Minister". */
function ownName(t: Tokenized, [a, b]: [number, number]): boolean {
  const toks = t.tokens;
  if (b - a < 1 || toks[b]!.pos !== 'PROPN' || !toks.slice(a, b + 1).every((x) => isNamePart(x))) return false;
  const text = textOf(t, a, b);
  const last = lower(toks[b]);
  // (a title before the name is no bar, "Col. Tim Collins of the army": one that ends it is, "Prime Minister of")
  return !isPlaceLike(text) && !INSTITUTION_HEADS.test(last) && !TITLE_WORDS.has(last) && !OUTLET_NAME_WORDS.test(last) && !COMMITTEE_HEAD.test(toks[b]!.value);
}

/**
 * The name a description set off by commas stands in apposition to, when the phrase `np` before a "who" is the object
 * of a preposition in that description: "Ann Lee, the ranking member on the committee, who said" and "Ann Lee, a
 * lawyer at the firm, who said" are Ann Lee, whom "who" stands for, not the committee or the firm (a body is "which").
 * Undefined when the phrase before the preposition is no description after a name ("a member of the council who").
 */
function describedByPhrase(t: Tokenized, [a]: [number, number], floor: number): [number, number] | undefined {
  const toks = t.tokens;
  if (a - 2 < floor || !DESCRIPTION_PREPOSITION.test(toks[a - 1]!.value) || !/^(?:NOUN|PROPN)$/.test(toks[a - 2]!.pos)) return undefined;
  let described = npBefore(t, a - 2, floor);
  if (!described) return undefined;
  // (a person named right before the preposition: "Jane Roe of the Harbour Institute, who said" is Jane Roe)
  if (ownName(t, described)) return described;
  // (a description in a list: "Ann Lee, a nurse and member of the council, who")
  if (lower(toks[described[0] - 1]) === 'and' && toks[described[0]]!.pos !== 'DET') described = npBefore(t, described[0] - 2, floor) ?? described;
  // (or one with no article whose head is a title or a person's noun: "Tom Reyes, chairman of the board, who")
  const bare = toks[described[0]]!.pos !== 'DET' && described[0] === described[1] && LOWER_START.test(toks[described[0]]!.value) && (TITLE_WORDS.has(lower(toks[described[0]])) || PERSON_NOUN.test(lower(toks[described[0]])));
  if ((toks[described[0]]!.pos !== 'DET' && !bare) || toks[described[0] - 1]?.value !== ',' || described[0] - 2 < floor) return undefined;
  const name = npBefore(t, described[0] - 2, floor);
  // (the name may be a preposition's object itself, "backed by Ann Lee, a lawyer at the firm, who")
  return name && isNamePart(toks[name[1]]) && toks[name[1]]!.pos === 'PROPN' && !isPlaceLike(textOf(t, name[0], name[1])) ? name : undefined;
}

/**
 * The topic its sentence opens with, when the pronoun at token i is the subject right after it: "As for Tom Baker, he
 * said he was not worried" is Tom Baker, not the speaker cited in the sentence before. A name or a title only ("As for
 * the plan, he said" leaves the plan alone), in one phrase with no verb or comma in it; '' otherwise.
 */
function topicOpening(t: Tokenized, i: number): string {
  const toks = t.tokens;
  const a = t.sentences[toks[i]!.sentence]!.tokenStart;
  const b = i - 2;
  if (!/^as$/i.test(toks[a]!.value) || !/^(?:for|to)$/i.test(toks[a + 1]?.value ?? '') || toks[i - 1]?.value !== ',' || b < a + 2) return '';
  if (!(isNamePart(toks[b]) && toks[b]!.pos === 'PROPN') && !isTitleWord(toks[b]!.value)) return '';
  for (let k = a + 2; k <= b; k++) if (toks[k]!.value === ',' || /^(?:VERB|AUX)$/.test(toks[k]!.pos)) return '';
  const speaker = speakerOfPhrase(t, a + 2, b, toks[i]!.start);
  return PRONOUNS.has(speaker.toLowerCase()) ? '' : speaker;
}

/**
 * The person a sentence's subject "the <title>" stands for, before the pronoun at token i: the name among `usable`
 * (earlier names of the pronoun's sex) that the title resolves to ("the president" after "President Omar Diab"); ''
 * when the subject is no such title or the title gives no one of them.
 */
function titledSubject(t: Tokenized, here: Sentence, i: number, usable: NameMention[]): string {
  const toks = t.tokens;
  const np = firstSubject(t, here.tokenStart, i);
  if (!np || np[1] >= i - 1 || lower(toks[np[0]]) !== 'the' || !isTitleWord(toks[np[1]]!.value) || toks[np[1]]!.pos !== 'NOUN') return '';
  const speaker = speakerOfPhrase(t, np[0], np[1], toks[i]!.start);
  return usable.some((n) => n.name === speaker) ? speaker : '';
}

/**
 * The antecedent of he/she/they/it among the names that pass `sex`: the subject of this sentence when it
 * is a name; else the last source cited nearby; else the nearest name before (undefined when none).
 */
function pronounAntecedent(t: Tokenized, i: number, word: string, names: NameMention[], sex: (n: NameMention) => boolean, chain: number): string | undefined {
  const toks = t.tokens;
  const sent = toks[i]!.sentence;
  const here = t.sentences[sent]!;
  const personal = word === 'he' || word === 'she';
  // (for he or she, the sentences back are counted from where the quotation this sentence ends began: its own
  // sentences are one stretch of one person's speech, not a discourse that leaves the speaker named before it behind;
  // they and it, whose antecedent is the last source cited, keep the nearer window)
  const anchor = personal ? quotationSentence(t, sent) : sent;
  const floor = t.sentences[Math.max(0, anchor - 3)]!.start;
  const wide = t.sentences[Math.max(0, anchor - 6)]!.start;
  const fits = (n: NameMention): boolean => {
    if (!personal) return !n.place;
    const last = personalHead(n);
    // he or she is a person: not an acronym (USA, CNN), a street, a law or a title, nor a people (Muslims),
    // nor a sentence's capitalised first word
    // (nor a body, by "the" or the lexicon, but the one a spokesman speaks for: "A spokesman for the Houthis said ... He
    // said" is the Houthis', as the spokesman's own cue is)
    const body = (n.definite || watchedSpans.get(t)?.has(`${n.start}:${n.end}`)) && !SPEAKS_FOR_BEFORE.test(t.doc.text.slice(Math.max(0, n.start - 40), n.start));
    // (nor the one told, whom the next "he added" does not mean: '"...," he told Asharq Al-Awsat. He added')
    const told = ADDRESSEE_BEFORE.test(t.doc.text.slice(Math.max(0, n.start - 12), n.start));
    return !n.outlet && !n.place && !n.initial && !body && !told && sex(n) && !INSTITUTION_HEADS.test(last) && !isPlaceLike(last) && !NOT_A_PERSON.test(n.name) && !PEOPLE_PLURAL.test(n.name) && !/^[\p{Lu}\d.&-]+$/u.test(n.name) && !bodyName(n.name);
  };
  const usable = names.filter((n) => n.start >= floor && n.start < toks[i]!.start && fits(n) && !insideQuote(t, n.start));
  // "The army struck what it described as ...": it or they is the body this sentence opens with
  if (!personal) {
    // ("The army struck the site. It said ...": the body the sentence before opens with)
    // (or after a clause the sentence opens with: "When he left, it said ...")
    const opens = i === here.tokenStart || (toks[i - 1]?.value === ',' && firstSubject(t, here.tokenStart, here.tokenEnd)?.[0] === i);
    // (or tags a quotation that opens its sentence: '"Keep the tax as it is," it recommended' after "Still, the
    // council opposed an increase." is the council, not a body cited before it)
    const quoteTag = !opens && /^(?:["”'’]|'')$/.test(toks[i - 1]?.value ?? '') && opensWithMark(t, sent);
    const before = quoteTag ? sentenceBeforeQuote(t, sent) : sent - 1;
    const previous = (opens || quoteTag) && sent > 0 && before >= 0 ? t.sentences[before]! : undefined;
    const body = previous ? bodyOf(t, previous.tokenStart, previous.tokenEnd, word) : bodySubject(t, here.tokenStart, i, word);
    if (body) return body;
  }
  // (not when the pronoun and its verb are a tag after what was said: in "President Lee's plan, she said,
  // ..." or "After meeting Lee, she said" the name before the comma is not the one speaking)
  const tag = /^(?:,|["”'’]|'')$/.test(toks[i - 1]?.value ?? '');
  // (they is no one person: "Ann Lee, a nurse, was freed, officials said, but they said ...")
  const subject = tag ? undefined : usable.find((n) => n.start >= here.start && tokenIndexAt(t, n.start) - here.tokenStart <= 8 && (word !== 'they' || !n.gender));
  if (subject) return subject.name;
  // (or further in, past an opening phrase: "At a rally in Dover, Delaware, on Friday, Lee listed the towns he
  // would visit")
  // (in the subject's own clause: no comma, colon or conjunction between them, "Another reason Lee is safe: while Tom
  // Baker spoke, he ...")
  const own = personal && !tag && i > here.tokenStart ? subjectPastPhrases(t, here.tokenStart, i, usable) : undefined;
  if (own && sameClause(toks, tokenIndexAt(t, own.start), i)) return own.name;
  const cited = (resolvedSoFar.get(t) ?? []).filter(
    // (not the sources cited inside a quotation: they are the speaker's, not the narrative's)
    (c) => c.start >= wide && c.start < toks[i]!.start && c.speaker !== '' && !implied.has(c) && !PRONOUNS.has(c.speaker.toLowerCase()) && !insideQuote(t, c.start),
  );
  if (!personal) {
    // they / it: the last source cited nearby, named or not
    // (it is never one person: 'Ann Lee said ... The report ... It also urged' is not Lee)
    // (not an empty it, before a copula or 'seems', 'takes': 'It was at the rally that Lee spoke, pointing to ...')
    const neuter = word === 'it' && !emptyIt(toks, i);
    const last = cited.filter((c) => c.start >= floor).pop();
    // (a person cited last leaves it unresolved: a source cited before that one is further off than what it stands for)
    if (last) return neuter && personName(names, last.speaker) ? word : last.speaker;
    // (an event, "the Second Intifada", does not speak)
    // (a sentence's capitalised first word, "Violence has surged", is a name only when nothing else is)
    const named = usable.filter((n) => !NOT_A_PERSON.test(n.name) || INSTITUTION_HEADS.test(n.name.split(' ').pop() ?? ''));
    const nearest = named.filter((n) => !n.initial).pop() ?? named.pop();
    // (a person named nearest leaves it unresolved: the name before that one is as likely a place in passing)
    return nearest && word === 'it' && !(neuter && personName(names, nearest.name)) ? nearest.name : word;
  }
  const isPerson = (c: Marker): boolean => c.speaker !== ANONYMOUS && names.some((n) => n.name === c.speaker && fits(n));
  // the sentence before is the centre of the discourse: a person it cites, else a person named as its
  // subject ("Ann Lee runs a shop in Haifa. "...," she said."), comes ahead of a speaker cited further back
  const previous = sent > 0 ? t.sentences[sentenceBeforeQuote(t, sent)] : undefined;
  // (a person cited at the start of this sentence comes first: "Lee said she recalled ...", not one cited
  // in a clause of it, "... if Sinwar feels threatened, he argued")
  // (a name's titles do not count: "At the Pentagon, spokesman Rear Adm. Ann Cole echoed")
  const opening = (c: Marker): number => toks.slice(here.tokenStart, tokenIndexAt(t, c.start)).filter((x) => !isTitleWord(x.value)).length;
  const citedHere = cited.filter((c) => c.start >= here.start && isPerson(c) && opening(c) <= 8).pop();
  if (citedHere) return citedHere.speaker;
  // (this sentence's subject a title the text gave one person of the pronoun's sex: "The president withdrew the troops,
  // a move he heralded" after "President Omar Diab" is Diab, not the minister cited in the sentence before)
  // (not a tag set off by a comma, whose speaker is someone else: "The prime minister had lost control, he said")
  const titled = tag ? '' : titledSubject(t, here, i, usable);
  if (titled) return titled;
  if (previous) {
    // (a person cited in the main clause before one cited in a relative clause on another's name: "Omar Haddad
    // condemned a speech by Tom Reed, who called ...")
    const there = cited.filter((c) => c.start >= previous.start && c.start < previous.end && isPerson(c));
    const subject = subjectPastPhrases(t, previous.tokenStart, previous.tokenEnd, usable);
    // (the sentence's own subject, when it is cited there, before a person cited in a clause it reports: "Lee voiced
    // concern that Reed was proposing a waiver. He said ..." is Lee)
    // (not when the sentence has a tag set off by a comma, ", Abadeer said.": the one it cites is the sentence's speaker)
    // (nor when the last one cited stands in a clause of its own joined after a comma, "Pompeo dismissed the claims,
    // though Ann Lee wrote ...")
    const citedSubject = subject && there.length > 1 && !there.some((c) => isCommaTag(t, c)) ? there.find((c) => c.speaker === subject.name) : undefined;
    if (citedSubject && !joinedClauseBetween(toks, tokenIndexAt(t, citedSubject.start), tokenIndexAt(t, there.at(-1)!.start))) return citedSubject.speaker;
    const citedThere = there.filter((c) => !inRelativeClause(t, c)).pop() ?? there.pop();
    if (citedThere) return citedThere.speaker;
    if (subject) return subject.name;
    // (a sentence before whose subject is the same pronoun, "She is often at his side. At a rally, she said": the name
    // that pronoun stands for, a few sentences back at most)
    // (one of the pronoun's sex, or one the text shows to be a person's; not when a person is cited earlier in the
    // pronoun's own sentence, '"...," Lee recalled his guard telling the soldiers, who he described as ...')
    const chained = cited.some((c) => c.start >= here.start && isPerson(c)) ? '' : samePronounSubject(t, previous, word, chain);
    const chainedName = chained ? usable.find((n) => n.name === chained) : undefined;
    if (chainedName && (chainedName.gender || chainedName.titles.length > 0 || isPersonByName(names, chainedName))) return chained;
  }
  const person = cited.filter(isPerson).pop();
  if (person) return person.speaker;
  // (a tag after a clause whose subject the text shows to be a person: "Former Rep. Ann Lee was for Tom Baker while
  // he ran, she said": the subject, not a name inside the clause, when no one is cited nearby)
  const tagged = personal && toks[i - 1]?.value === ',' ? subjectPastPhrases(t, here.tokenStart, i - 1, usable) : undefined;
  if (tagged && (tagged.gender || tagged.titles.length > 0 || isPersonByName(names, tagged))) return tagged.name;
  // else the nearest name; but one the text marks as of the pronoun's sex comes before a name of unknown sex
  // that is as likely a thing's ("Chile", "the Middle East", "FULL TEXT") as a person's. For he, a name the
  // text shows to be a person's stays first (news names more men, and unfamiliar given names are more often
  // men's); for she, the woman named comes first. With none, the pronoun itself says more than nothing.
  const nearest = usable.at(-1);
  if (!nearest || nearest.gender || (word === 'he' && isPersonByName(names, nearest))) return nearest?.name;
  const sexOf: Gender = word === 'he' ? 'm' : 'f';
  // (and a name that modifies a thing, "a Harbor Elks lodge", "the Ginbot 7 movement", or follows a number, "posters of
  // 98 Degrees", is a club's, a movement's or a band's: the last name before it that does not)
  return usable.filter((n) => n.gender === sexOf).pop()?.name ?? usable.filter((n) => !namesAThing(t, n)).pop()?.name ?? nearest.name;
}

/** A comma then a conjunction among tokens (from, to): a clause of its own joined there (", though", ", but"). */
function joinedClauseBetween(toks: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (toks[k]!.value === ',' && /^(?:SCONJ|CCONJ)$/.test(toks[k + 1]?.pos ?? '')) return true;
  return false;
}

/**
 * The cue c tags its sentence after a comma: the cue right after the comma ("..., said Ann Lee"), or after a name
 * or a title and name set off by it ("..., Ann Lee said", "..., attorney Ann Lee said", ", Lee reports").
 */
function isCommaTag(t: Tokenized, c: Marker): boolean {
  const toks = t.tokens;
  let k = tokenIndexAt(t, c.start) - 1;
  const floor = k - 6;
  while (k > floor && k >= 0 && (isNamePart(toks[k]) || (isTitleWord(toks[k]!.value) && LOWER_START.test(toks[k]!.value)))) k--;
  return toks[k]?.value === ',';
}

/**
 * The word a name ends on for telling a person from a place or a body: the last, but in a person's name with the place
 * or body the person is from after "of" ("Tom Baker of Washington", a man by his given name or title; two words or more
 * before "of"), the word before "of". So the man is no place for being from Washington, while "Gulf of Mexico" and
 * "Bank of Ruritania", one word before "of" and no one's sex, keep their last word.
 */
function personalHead(n: NameMention): string {
  const words = n.name.split(' ');
  const of = words.indexOf('of');
  return of >= 2 && of < words.length - 1 && n.gender !== undefined ? words[of - 1]! : (words.at(-1) ?? '');
}

/**
 * A name that is a body's or a group's, never one person's: a body's head before "of" ("Central Bureau of Statistics",
 * "Ministry of Health", "Council of Europe"), or an initialism in the plural ("MEPs", "MPs", "NGOs").
 */
function bodyName(name: string): boolean {
  const words = name.split(' ');
  const of = words.indexOf('of');
  return (of > 0 && INSTITUTION_HEADS.test(words[of - 1]!)) || /^\p{Lu}{2,}s$/u.test(name);
}

/** Verbs after which "it" is most often empty (a cleft, an extraposed clause): "it was there that", "it seems that",
 * "it takes a year to". */
const EMPTY_IT_VERB = /^(?:is|was|['’]s|be|been|seems?|seemed|appears?|appeared|takes|took|remains|remained)$/i;

/** "It" at token i is likely empty: one of EMPTY_IT_VERB within the next three words ("it may seem", "it is usually the
 * voters who"). */
function emptyIt(toks: Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 3 && k < toks.length; k++) if (EMPTY_IT_VERB.test(toks[k]!.value)) return true;
  return false;
}

/**
 * A source that is one person: a name the document writes in full with a given name it knows ("Ann Lee"; "Lee" when the
 * text also calls her Ann Lee). "It" never stands for one: in "Ann Lee praised the accord. It also requires ...", it is
 * the accord, not Lee. (A title is no proof: the tagger may attach "spokesman" or "Mr." to a body's name beside it.)
 */
function personName(names: NameMention[], name: string): boolean {
  return names.some((n) => (n.name === name || n.written === name) && !n.outlet && !n.place && n.name.includes(' ') && isGivenName(n.name.slice(0, n.name.indexOf(' '))));
}

/**
 * A name the text shows to be a person's though its sex is unknown: a full name the text also calls by its
 * last word alone ("Toby Lane ... Lane said"), or a single word the text also writes as the end of a full name
 * ("Sen. Lamar Alexander of Tennessee ... Alexander").
 */
function isPersonByName(names: NameMention[], mention: NameMention): boolean {
  const words = mention.name.split(' ');
  const last = words.at(-1)!;
  if (words.length >= 2) return names.some((n) => n.name === mention.name && n.written === last);
  return names.some((n) => {
    const own = n.written.split(' ');
    const k = own.indexOf(last);
    return k > 0 && /^\p{Lu}\p{Ll}/u.test(own[0]!) && own[k - 1] !== 'of' && (k === own.length - 1 || own[k + 1] === 'of');
  });
}

/** "Ms.", "Sen.", "President": a title word on its own. */
function isTitleWord(word: string): boolean {
  const w = word.toLowerCase();
  return TITLE_WORDS.has(w) || MALE_TITLES.has(w) || FEMALE_TITLES.has(w) || TITLE_WORDS.has(w.replace(/\.$/, ''));
}

/** A name written before a common noun it modifies ("the Ginbot 7 movement", "an Elks lodge") or after a number ("98
 * Degrees"): a thing's, a club's or a band's, not a person's. */
function namesAThing(t: Tokenized, n: NameMention): boolean {
  const toks = t.tokens;
  const first = tokenIndexAt(t, n.start);
  if (toks[first - 1]?.pos === 'NUM') return true;
  let k = tokenIndexAt(t, n.start + n.written.length - 1) + 1;
  while (toks[k]?.pos === 'NUM') k++;
  const next = toks[k];
  return !!next && next.pos === 'NOUN' && /^\p{Ll}+$/u.test(next.value) && !isTitleWord(next.value);
}

/**
 * The sentence before sentence `sent` as the centre of the discourse: when `sent` opens inside a quotation that began
 * sentences before ('"You see. That is what they do," he said.'), the sentence the quotation opens in, or the one before
 * it when the quotation opens that sentence; else sent - 1 (sent > 0).
 */
function sentenceBeforeQuote(t: Tokenized, sent: number): number {
  let p = sent;
  while (p > 0 && insideQuote(t, t.sentences[p]!.start)) p--;
  if (p === sent) return sent - 1;
  // (a quotation over paragraphs: a paragraph that leaves its mark open goes on in the next, which opens with a mark;
  // back to the sentence the first paragraph's mark opens in)
  while (p > 0 && opensWithMark(t, p) && marksOpenBefore(t.doc.match, t.sentences[p]!.start)) {
    p--;
    while (p > 0 && marksOpenBefore(t.doc.match, t.sentences[p]!.start)) p--;
  }
  return p > 0 && opensWithMark(t, p) ? p - 1 : p;
}

/**
 * The sentence the quotation that sentence `sent` opens inside began in, or `sent` when it opens inside none. A tag after
 * a quotation of many short sentences ('"Wow. What an idea. Nobody has said that. I love it," she replied.') looks back
 * for its speaker from where the quotation began, as it would after a quotation of one sentence.
 */
function quotationSentence(t: Tokenized, sent: number): number {
  let p = sent;
  while (p > 0 && insideQuote(t, t.sentences[p]!.start)) p--;
  return p;
}

/** Sentence p opens with a quotation mark. */
function opensWithMark(t: Tokenized, p: number): boolean {
  const opening = t.tokens[t.sentences[p]!.tokenStart];
  return !!opening && /^(?:["“'‘]|'')$/.test(opening.value);
}

/** An odd number of quotation marks (" or '') before `pos` on its line; at a line's start, on the last line before it
 * that is not blank (a paragraph that leaves a quotation open). */
function marksOpenBefore(text: string, pos: number): boolean {
  let end = pos;
  let start = text.lastIndexOf('\n', end - 1) + 1;
  if (text.slice(start, end).trim() === '') {
    end = start - 1;
    while (end > 0 && text[end - 1] === '\n') end--;
    if (end <= 0) return false;
    start = text.lastIndexOf('\n', end - 1) + 1;
  }
  return openMark(text, start, end) >= 0;
}

/** The name the subject of sentence `s` stands for when that subject is the pronoun `word` (he or she), following up
 * to three such sentences back (`chain` of them followed so far); '' when it is not, or stands for no name. */
function samePronounSubject(t: Tokenized, s: Sentence, word: string, chain: number): string {
  if (chain >= 3) return '';
  const np = firstSubject(t, s.tokenStart, s.tokenEnd);
  if (!np || np[0] !== np[1] || lower(t.tokens[np[0]]) !== word) return '';
  const name = resolvePronoun(t, np[0], chain + 1);
  return name === word ? '' : name;
}

/** No comma, colon, semicolon, dash or conjunction among tokens (from, to): one clause. */
function sameClause(toks: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (/^(?:[,:;–—]|--)$/.test(toks[k]!.value) || /^(?:SCONJ|CCONJ)$/.test(toks[k]!.pos)) return false;
  return true;
}

/**
 * The name heading the subject of tokens [from, to) (a clause ending before a pronoun), past up to three opening
 * phrases without a verb, each closed by a comma ("At a rally in Dover, Delaware, on Friday afternoon, Lee ...").
 */
function subjectPastPhrases(t: Tokenized, from: number, to: number, usable: NameMention[]): NameMention | undefined {
  const toks = t.tokens;
  // ("But after touring the farms, Lee ...": the clause after the conjunction closes at its comma)
  if (conjunctionBeforeClause(toks, from, to)) from++;
  for (let round = 0; round < 4 && from < to; round++) {
    const named = clauseSubjectName(t, from, to, usable);
    if (named) return tokenIndexAt(t, named.start) < to ? named : undefined;
    if (!/^(?:ADP|ADV|SCONJ|CCONJ)$/.test(toks[from]!.pos)) return undefined;
    let k = from;
    while (k < to && toks[k]!.value !== ',' && toks[k]!.pos !== 'VERB' && toks[k]!.pos !== 'AUX' && toks[k]!.pos !== 'PRON') k++;
    if (toks[k]?.value !== ',') return undefined;
    from = k + 1;
    // ("in Dover, Delaware,": the state after the place)
    if (toks[from]?.pos === 'PROPN' && toks[from + 1]?.value === ',') from += 2;
  }
  return undefined;
}

/** The name heading the subject of a sentence ("Ann Lee, a nurse, runs ...", "Hezbollah's chief Hassan
 * Nasrallah was due ..."), among the `usable` ones: the last in the subject's noun phrase, with no common
 * noun or adjective after it ("the Belgian prime minister" is no Belgian). Not a chain with a lower-case word in it
 * ("Footage of Al-Awlaki" names a thing), nor one in capitals throughout (a lead-in set in capitals,
 * "LEE SAID on Monday"). */
function clauseSubjectName(t: Tokenized, from: number, to: number, usable: NameMention[]): NameMention | undefined {
  const np = firstSubject(t, from, to);
  // ("..., which the Spanish and Belgian leaders had no reason to call, ...": a relative clause's subject)
  if (!np || /^(?:which|who|whom|whose|that|what)$/i.test(t.tokens[np[0]]!.value)) return undefined;
  const start = t.tokens[np[0]]!.start;
  const end = t.tokens[np[1]]!.end;
  const head = usable.filter((n) => n.start >= start && n.start < end).pop();
  // (a title alone, "Ms.", is what is left of a name a sentence break cut off)
  if (!head || !/\p{Ll}/u.test(head.written) || isTitleWord(head.written) || head.name.split(/[\s-]+/).some((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLE.test(w))) return undefined;
  const headEnd = head.start + head.written.length;
  const common = t.tokens.slice(np[0], np[1] + 1).some((x) => x.start >= headEnd && /^(?:NOUN|ADJ)$/.test(x.pos) && /^\p{Ll}/u.test(x.value));
  return common ? undefined : head;
}

/** Token k is a conjunction between two nouns, the second past up to two determiners, adjectives or numbers ("photos
 * and video", "weapons and other equipment", "maps and two videos"). */
function joinsNouns(toks: Token[], k: number): boolean {
  if (toks[k]!.pos !== 'CCONJ' || toks[k - 1]?.pos !== 'NOUN') return false;
  let j = k + 1;
  while (j < k + 3 && /^(?:DET|ADJ|NUM)$/.test(toks[j]?.pos ?? '')) j++;
  return toks[j]?.pos === 'NOUN';
}

/**
 * The subject of the sentence before token i, when it is a body that can speak ("the army", "the
 * ministry", "the paper"; for they also "officials", "the authorities"): the antecedent of a later it or
 * they in the same sentence. '' when the subject is anything else ("The strike, which it said ...").
 */
function bodySubject(t: Tokenized, from: number, i: number, word: string): string {
  // only in a clause that hangs on a noun or a wh-word ("what it described as", "which they say", "a
  // video it said showed"), or after a comma and a conjunction ("had no comment, but it has denied"): an
  // aside ("..., they say.") cites someone other than the subject
  const before = t.tokens[i - 1];
  if (!before) return '';
  const comma = t.tokens[i - 2]?.value === ',';
  const joined = before.pos === 'CCONJ' && comma;
  // (or an adverbial clause on the main clause: "The council shut the pool on Monday, when it said ...")
  const adverbial = ADVERBIAL_OPENER.test(before.value);
  if (!(/^(?:what|which|that|where|whom)$/i.test(before.value) || before.pos === 'NOUN' || joined || adverbial)) return '';
  // another clause between the subject and the pronoun has its own subject ("forces pushed on, as
  // Israel presses what it calls ..."); a comma may open the pronoun's own clause ("the crossing, which
  // they said")
  const np = i > from ? firstSubject(t, from, i) : undefined;
  const end = comma ? i - 2 : i - 1;
  // (a conjunction between two bare nouns joins the object, not clauses: "released photos and video that it said")
  for (let k = (np?.[1] ?? i) + 1; k < end; k++) if ((/^(?:SCONJ|CCONJ)$/.test(t.tokens[k]!.pos) && !joinsNouns(t.tokens, k)) || t.tokens[k]!.value === ',') return '';
  // (nor a subject of two joined, "The ministry and the council met, when it said", which is no one body)
  if (adverbial && np && (t.tokens[np[1] + 1]?.pos === 'CCONJ' || embeddedClause(t.tokens, np[1] + 1, end))) return '';
  return bodyOfSubject(t, np, i, word);
}

/** Words opening an adverbial clause whose pronoun subject is, as a rule, the main clause's own subject. */
const ADVERBIAL_OPENER = /^(?:when|after|because|since|as|although|though|while|before|once|until|unless|if|whenever)$/i;

/**
 * Tokens [from, to) after a subject hold a second clause with a subject of its own: a verb, then a noun or pronoun
 * right before a later verb or auxiliary. "The ministry said the council had lied when it denied ..." leaves the
 * pronoun to the council's clause, not the main subject's ministry; "The council shut the pool on Monday, when it said
 * ..." has one clause, whose subject the pronoun stands for.
 */
function embeddedClause(toks: Token[], from: number, to: number): boolean {
  let verb = false;
  for (let k = from; k < to; k++) {
    const pos = toks[k]!.pos;
    if (pos !== 'VERB' && pos !== 'AUX') continue;
    if (verb && /^(?:NOUN|PROPN|PRON)$/.test(toks[k - 1]!.pos)) return true;
    verb = true;
  }
  return false;
}

/** The subject of tokens [from, to) when it is a body that can speak and agrees with it or they. */
function bodyOf(t: Tokenized, from: number, to: number, word: string): string {
  return bodyOfSubject(t, to > from ? firstSubject(t, from, to) : undefined, to, word);
}

/** Plural nouns for groups of people that PERSON_NOUN's endings miss. */
const PEOPLE_GROUP = /^(?:unions|groups|families|parties|democrats|republicans)$/;
/** Plural nouns that end like PERSON_NOUN's words for people but name things ("numbers", "orders", "letters"). */
const NOT_PEOPLE = /^(?:numbers|orders|borders|centers|centres|letters|papers|waters|matters|figures|rates|totals|results|reports|details|terms|states|materials|signals|proposals|trials|arrivals|animals|chemicals|hospitals|capitals|levels|vessels|channels|tunnels|barrels|hours|years|doors|floors|meters|metres|dollars|shekels|data)$/;

/** A subject phrase `np` (ending before token `to`) when it is a body that can speak and agrees with it or they. */
function bodyOfSubject(t: Tokenized, np: [number, number] | undefined, to: number, word: string): string {
  if (!np || np[1] >= to - 1 || t.tokens[np[1]]!.pos === 'PRON') return '';
  const head = lower(t.tokens[np[1]]);
  const plural = /s$/.test(head) && !/(?:ss|us)$/.test(head);
  // (a state as the subject acts as one: "Israel released footage, which it says shows ...")
  // ("Saudi Arabia": of more than one word)
  const state = word === 'it' && np[1] - np[0] < 3 && t.tokens.slice(np[0], np[1] + 1).every((x) => x.pos === 'PROPN') && isPlaceLike(textOf(t, np[0], np[1]));
  if (state) return textOf(t, np[0], np[1]);
  // (or for it, a text that speaks through what it says: "The resolution demands access. It also stresses ...")
  // (they: people too, by their noun, "The dockers stopped work. They said ...", "The unions met. They said ...")
  const people = word === 'they' && (ANONYMOUS_HEADS.has(head) || PEOPLE_GROUP.test(head) || (PERSON_NOUN.test(head) && !NOT_PEOPLE.test(head)));
  const body = INSTITUTION_HEADS.test(head) || /^(?:military|regime|militia|navy)$/.test(head) || OUTLET_MARKERS.has(head) || people || (word === 'it' && TEXT_HEADS.test(head));
  // it for one body, they for many (forces and authorities are either)
  const numberFits = (word === 'they') === plural || /^(?:forces|authorities|services|news)$/.test(head);
  if (!body || !numberFits) return '';
  // (a body's name goes on over "of the": "the International Committee of the Red Cross")
  let end = np[1];
  const toks = t.tokens;
  // (a name on both sides: not "Critics of the Iran deal")
  if (toks[end]!.pos === 'PROPN' && lower(toks[end + 1]) === 'of' && lower(toks[end + 2]) === 'the' && isNamePart(toks[end + 3]) && /^\p{Lu}/u.test(toks[end + 3]!.value)) {
    let c = end + 3;
    while (c + 1 < to && isNamePart(toks[c + 1]) && /^\p{Lu}/u.test(toks[c + 1]!.value)) c++;
    if (!(toks[c + 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(toks[c + 1]!.value))) end = c;
  }
  const speaker = speakerOfPhrase(t, np[0], end, t.tokens[end]!.end);
  return PRONOUNS.has(speaker.toLowerCase()) ? '' : speaker;
}

/** The possessor in the tag right after the quotation token i lies in, when it speaks through another:
 * 'Powell's office said', 'Kerry's spokesman told' (the possessor's last word), else ''. */
function tagPrincipal(t: Tokenized, i: number): string {
  const toks = t.tokens;
  const text = t.doc.match;
  const lineEnd = text.indexOf('\n', toks[i]!.start);
  const close = text.slice(toks[i]!.start, lineEnd === -1 ? text.length : lineEnd).search(/"|''/);
  if (close < 0) return '';
  let k = tokenIndexAt(t, toks[i]!.start + close + 1);
  while (k < toks.length && /^(?:["”'’]|'')$/.test(toks[k]!.value)) k++;
  // ('," Powell's office said', '," said Powell's spokesman')
  if (/^(?:said|says|told|added)$/i.test(toks[k]?.value ?? '')) k++;
  let b = k;
  while (b < toks.length && b < k + 4 && isNamePart(toks[b]) && toks[b]!.pos === 'PROPN') b++;
  if (b === k || !/^['’]s$/.test(toks[b]?.value ?? '')) return '';
  const role = lower(toks[b + 1]);
  return /^(?:office|spokesman|spokeswoman|spokesperson|aides?|campaign|lawyers?|attorneys?|representatives?|staff|team|statement)$/.test(role) ? toks[b - 1]!.value : '';
}

/** Where the double-quoted stretch of its line that `pos` lies inside opens (the offset of its mark), or -1 when
 * it lies in none (a cheap test; quotes are paired later). */
function quoteOpening(t: Tokenized, pos: number): number {
  const text = t.doc.match;
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const open = openMark(text, lineStart, pos);
  if (open < 0) return -1;
  // a mark left open before (a quotation that began in an earlier paragraph, or a stray mark) must close
  // after pos on the same line
  const lineEnd = text.indexOf('\n', pos);
  const rest = text.slice(pos, lineEnd === -1 ? text.length : lineEnd);
  return rest.includes('"') || rest.includes("''") ? open : -1;
}

/** On the folded text, the quotation mark (" or '') left open between `from` and `to`: the last of an odd
 * number of marks, or -1. (Two apostrophes open and close a quotation in some house styles: ''Stronger
 * Together''.) */
function openMark(text: string, from: number, to: number): number {
  let open = -1;
  let n = 0;
  for (let k = from; k < to; k++) {
    const two = text[k] === "'" && text[k + 1] === "'";
    if (text[k] !== '"' && !two) continue;
    if (n % 2 === 0) open = k;
    n++;
    if (two) k++;
  }
  return n % 2 === 1 ? open : -1;
}

function insideQuote(t: Tokenized, pos: number): boolean {
  return quoteOpening(t, pos) >= 0;
}

/**
 * The spans of the lexicon's watched referents in each document ("Hezbollah", "Hamas", "Israel": states and groups,
 * each a counterpart set's name): a name the lexicon reads as one of them is no person that "he" or "she" stands
 * for. Set by resolveCues from the lexicon's markers.
 */
const watchedSpans = new WeakMap<Tokenized, Set<string>>();
/** A verb of telling right before its addressee's name ("told Reuters", "telling Ann Lee"). */
const ADDRESSEE_BEFORE = /\b(?:told|tells|telling)\s+$/;
/** Whom a spokesperson or official speaks for, right before a body's name: "a spokesman for the", "officials of". */
const SPEAKS_FOR_BEFORE = /\b(?:spokes(?:man|woman|person|people)|representatives?|officials?)\s+(?:for|of)\s+(?:the\s+)?$/i;

const NOT_A_PERSON = /\b(?:Street|Avenue|Road|Square|Boulevard|Case|Act|Law|Plan|Doctrine|Agreement|Accords?|Treaty|Tower|Intifada|War|Nakba|Revolution|Spring|Crisis|Offensive|Day|Policy|Strategy|Deal|Program|Programme|Bill|Resolution|Initiative|Summit)(?:\s+[IVX]+)?$|^(?:Muslims?|Christians?|Jews?|Texans?|Arabs?|Israelis?|Palestinians?|Latinos?|Hispanics?|Europeans?|Africans?|Asians?|Mexicans?|Iranians?|Syrians?|Iraqis?|Kurds?|Sunnis?|Shiites?)$/;
/**
 * A single capitalised word in a plural that names a people or a following ("Venezuelans", "Ethiopians",
 * "Koreans", "Islamists", "Maronites", "Netizens"): many people, never the he or she of a later sentence ("Many Venezuelans
 * now say they admire him, a survey found. In 2010, he complained ..." is not the Venezuelans). Surnames
 * ending in -s ("Evans", "Harris", "Matthews") end otherwise.
 */
const PEOPLE_PLURAL = /^\p{Lu}\p{Ll}+(?:ians|eans|cans|lans|ists|ites|izens)$/u;

const PLACES = /^(?:US|U\.S\.|UK|U\.K\.|EU|UN|Republican|Republicans|Democrat|Democrats|Democratic|GOP|American|Americans|Russian|European|Western|Arab|Israeli|Palestinian|Syrian|Iranian|Lebanese|Christmas|Ramadan|Israel|Gaza|Syria|Lebanon|Iran|Iraq|Egypt|Jordan|Turkey|Qatar|Yemen|Damascus|Beirut|Tehran|Cairo|Jerusalem|Washington|London|Paris|Moscow|Baku|Azerbaijan|Russia|Ukraine|China|America|Europe|Britain|France|Germany|West Bank|Saudi Arabia|Thursday|Monday|Tuesday|Wednesday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|X|Twitter|Facebook|Telegram|Instagram)$/;
/** The US states and a few countries often in the news: places, never he or she. */
const STATES = new Set([
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts',
  'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey',
  'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island',
  'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia',
  'Wisconsin', 'Wyoming', 'United States', 'Canada', 'Mexico', 'Cuba', 'Japan', 'India', 'Pakistan', 'Afghanistan',
  'North Korea', 'South Korea', 'Libya', 'Italy', 'Spain', 'Greece', 'Poland', 'Brazil', 'Venezuela', 'Australia',
]);

function isPlaceLike(name: string): boolean {
  const bare = name.replace(/^The /, '');
  return PLACES.test(bare) || STATES.has(bare) || MONTH_ABBREVIATION.test(bare);
}

/** "after Oct. 7": a date, no one's name (the full names are among the PLACES) */
const MONTH_ABBREVIATION = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;

/** cues resolved so far in the document: participles, coordinated verbs and pronouns look back at them */
const resolvedSoFar = new WeakMap<Tokenized, Marker[]>();
/** Passive cues with no agent ("Hamas was accused of"), with their subject's source: no pronoun refers
 * to their unnamed source, and an infinitive after the cue takes the subject ("is reported to have
 * called": the subject called). */
const implied = new WeakMap<Marker, string>();

/** A cue before token `first` in its sentence whose source a later verb of the sentence shares: one with a
 * source, outside the quotation it may introduce ('"It is impossible to describe," the family said,
 * adding': not "describe"), and not a pronoun left unresolved. */
function earlierSource(t: Tokenized, c: Marker, first: number): boolean {
  const tok = t.tokens[first]!;
  return c.sentence === tok.sentence && c.start < tok.start && c.speaker !== '' && !PRONOUNS.has(c.speaker.toLowerCase()) && !insideQuote(t, c.start);
}

/**
 * Cue c lies in a phrase its sentence opens with, set off by a comma before token `first`: the sentence opens with a
 * preposition or a conjunction ("Alongside union calls for action, ...", "After Hamas demanded a truce, ..."), and c
 * comes before that comma; the clause after it has a source of its own.
 */
function inOpeningPhrase(t: Tokenized, c: Marker, first: number): boolean {
  const toks = t.tokens;
  const s = t.sentences[c.sentence]!;
  if (!/^(?:ADP|SCONJ)$/.test(toks[s.tokenStart]!.pos)) return false;
  for (let k = s.tokenStart + 1; k < first; k++) {
    if (toks[k]!.value !== ',' || insideQuote(t, toks[k]!.start)) continue;
    // (not the comma before a quotation its clause's verb introduces: "In a tweet on Monday Tom Baker wrote, "...",
    // adding")
    return c.start < toks[k]!.start && !OPENING_MARK.test(toks[k + 1]?.value ?? '') && c.end !== toks[k - 1]!.end;
  }
  return false;
}

/** An office that names its portfolio after "of" ("secretary of state", "minister of defence", "chief of staff") */
const OFFICE_BEFORE_OF = /^(?:secretary|minister|chief|head|director|commissioner|speaker|chair|chairman|chairwoman|governor|commander|attorney|inspector|comptroller|surgeon)$/;

/**
 * The phrase [a, b] before a verb hangs on a preposition after the verb's real subject: "voters in Ohio",
 * "a commander in the region", "governments around the world", "residents of the camp". The subject's
 * range, or undefined. Through "of" only for people ("critics of", "residents of"), not a title or a
 * spokesperson ("the head of the agency", "a spokesman for": the body speaks).
 */
function peopleBeforePhrase(t: Tokenized, a: number, b: number, floor: number): [number, number] | undefined {
  const toks = t.tokens;
  const prep = lower(toks[a - 1]);
  const outer = toks[a - 2];
  const located = locatedPeople(t, a, b, floor);
  if (located) return located;
  const holder = portfolioHolder(t, a, b, floor);
  if (holder) return holder;
  // a title with its portfolio in lower case is one phrase, the office holder's: "the secretary of state", "the
  // minister of defence", "the chief of staff" (not the portfolio alone, "state"), with an adjective in it too ("head of
  // civil aviation", "minister of foreign affairs")
  if (prep === 'of' && outer && a - 2 >= floor && OFFICE_BEFORE_OF.test(outer.value) && b - a <= 1 && toks[b]!.pos === 'NOUN' && toks.slice(a, b + 1).every((x) => /^\p{Ll}+$/u.test(x.value) && (x.pos === 'NOUN' || x.pos === 'ADJ'))) {
    const title = npBefore(t, a - 2, floor);
    if (title) return [title[0], b];
  }
  // a legislator "of" a state: "Sen. Ann Lee (D) of Ohio", "the Republican senator of Kentucky"
  if (prep === 'of' && isNamePart(toks[b]) && STATES.has(textOf(t, toks[a]!.pos === 'DET' ? a + 1 : a, b))) {
    let end = a - 2;
    if (toks[end]?.value === ')') end = parenStart(toks, end, floor, 8) - 1;
    const person = end >= floor ? npBefore(t, end, floor) : undefined;
    if (person && (isNamePart(toks[person[1]]) || LEGISLATOR.test(toks[person[1]]!.value))) return person;
  }
  // a body or a person named before the place it is in speaks, not the place ("the Red Cross in Geneva",
  // "the Islamic Resistance in Lebanon", "the U.S. Embassy in Syria", "Netanyahu in Washington"); not a
  // name with its title after the place ("Supreme Allied Commander in Europe Gen. Philip Breedlove")
  if (/^(?:in|at)$/.test(prep) && outer && a - 2 >= floor && outer.pos === 'PROPN' && isNamePart(outer) && isNamePart(toks[b]) && !toks.slice(a, b + 1).some((x) => isTitleWord(x.value))) {
    const named = npBefore(t, a - 2, floor);
    // (not part of a name cut at its "and": "the Center for Strategic and International Studies in Washington")
    const k = named ? named[0] - 1 : -1;
    const cut = /^(?:and|&)$/i.test(toks[k]?.value ?? '') && [2, 3, 4].some((n) => /^(?:of|for)$/.test(toks[k - n]?.value ?? '') && toks.slice(k - n + 1, k).every(isNamePart));
    if (named && !cut) return named;
  }
  // (a sentence's first word may be tagged as a name only for its capital: "Governments around the world")
  const initial = outer && outer.pos === 'PROPN' && t.sentences[outer.sentence]!.tokenStart === a - 2 && /s$/.test(outer.value);
  if (!outer || a - 2 < floor || !(outer.pos === 'NOUN' || initial || ANONYMOUS_HEADS.has(lower(outer))) || DOCUMENT_NOUNS.test(outer.value)) return undefined;
  // (after "on", only people: "Republicans on the committee", "experts on Iran", "lawmakers on Capitol Hill"; not
  // "sanctions on Iran", "pressure on Hamas", whose "on" says what they act on)
  const placed = /^(?:in|from|at|across|around|throughout|inside|outside|near)$/.test(prep) || (prep === 'on' && onPeople(outer));
  // one sent to a country or a body, or serving a titled person, speaks, not where they are sent nor whom they
  // serve: "the Palestinian ambassador to the United Kingdom told", "an aide to President Ana Ruiz said"; not
  // when a name follows the place, which is the envoy's own ("the envoy to the UN Nikki Haley said")
  if (prep === 'to' && ENVOY.test(lower(outer))) {
    const after = toks.slice(a, b + 1).filter((x) => x.pos !== 'DET');
    if (after.length <= 2 || isPlaceLike(textOf(t, toks[a]!.pos === 'DET' ? a + 1 : a, b)) || after.some((x) => isTitleWord(x.value) && !isPlaceLike(x.value))) return npBefore(t, a - 2, floor);
  }
  // an official or a member of a body that has a name speaks for it ("an official from the Gaza civil
  // defence", "members of the UN Security Council"; not of a place: "officials in Gaza")
  const word = lower(outer);
  const named = toks.slice(a, b + 1).some((x) => x.pos === 'PROPN');
  // people by their stance toward someone or their side in something speak for themselves, whoever that is
  // ("defenders of Israel", "critics of the deal", "both sides of the war"); so do leaders of countries
  // ("the leaders of the US, Britain and Italy": not Italy)
  if (prep === 'of' && (RELATION_NOUN.test(word) || (/^(?:leaders|heads)$/.test(word) && isPlaceLike(toks[b]!.value)))) return npBefore(t, a - 2, floor);
  // (after "in", only a body by its head word: "officials in the Foreign Ministry", not "officials in Doha")
  const body = prep !== 'in' || INSTITUTION_HEADS.test(toks[b]!.value);
  if (MEMBER_NOUN.test(word) && named && body && !isPlaceLike(textOf(t, toks[a]!.pos === 'DET' ? a + 1 : a, b))) return undefined;
  // a place named after the preposition never speaks ("voters in Ohio", "the casinos in Atlantic City")
  // (nor the target of a strike: "the planners of the raid on the port")
  if (placed && (isNamePart(toks[b]) || (prep === 'on' && STRIKE_NOUN.test(word)))) return npBefore(t, a - 2, floor);
  // else people or a body can speak: not "millions of dollars in ads", nor a share of them ("half of
  // voters", "some of his allies": the voters and the allies are the source)
  const fraction = toks[a - 3]?.value === '-' && toks[a - 3]!.end === outer.start; // "three-quarters of"
  if (QUANTITY_SUBJECT.test(word) || fraction) return undefined;
  // a study of something is the source, not what it studied: "a review of the video found", "an analysis
  // of the footage showed"
  if (prep === 'of' && STUDY_NOUN.test(outer.value)) return npBefore(t, a - 2, floor);
  if (!ANONYMOUS_HEADS.has(word) && !INSTITUTION_HEADS.test(word) && !TITLE_WORDS.has(word) && !PERSON_NOUN.test(word)) return undefined;
  // a body named in lower case by its field speaks whole: "the ministry of health", "the department of defense", "the
  // UN office for humanitarian affairs"
  if ((prep === 'of' || prep === 'for') && /^(?:ministry|department|office|agency|authority|bureau|commission|committee|council|court)$/.test(word) && !isNamePart(toks[b]) && toks.slice(a, b + 1).every((x) => /^\p{Ll}/u.test(x.value))) {
    const body = npBefore(t, a - 2, floor);
    if (body) return [body[0], b];
  }
  const of = prep === 'of' && !isNamePart(toks[b]) && !TITLE_WORDS.has(word) && !SPOKESPERSON.test(word) && /s$/.test(word);
  return placed || of ? npBefore(t, a - 2, floor) : undefined;
}

/**
 * The noun phrase a present participle phrase ending at the source phrase (which starts at `a`) modifies:
 * "governments representing 98 percent of world population", "a group opposing the plan", "farmers
 * growing crops in the valley", "villagers living near the border", "officials visiting the clinic the day after
 * the storm" (any preposition inside it); undefined when there is none. Not after a comma (an adverbial participle),
 * nor one that cites ("reports citing officials": the officials are the source).
 */
function participleHead(t: Tokenized, a: number, floor: number): [number, number] | undefined {
  const toks = t.tokens;
  // (a subject pronoun opens a clause of its own: "defenders suggesting she was describing")
  if (toks[a]!.pos === 'PRON') return undefined;
  let k = a - 1;
  while (k > floor && a - k <= 8 && ((NP_POS.has(toks[k]!.pos) && toks[k]!.pos !== 'PROPN') || /^(?:of|in|%)$/.test(toks[k]!.value) || toks[k]!.pos === 'ADP')) k--;
  const verb = toks[k];
  if (!verb || k <= floor || verb.pos !== 'VERB' || !/^\p{Ll}+ing$/u.test(verb.value) || CITING.test(verb.value) || /^(?:according|including|excluding|regarding|concerning|following|during)$/.test(verb.value)) return undefined;
  // (its object opens with a determiner, a number, a name or a plural: "the RealClearPolitics rolling
  // average" or "a rolling poll" is a participle used as an adjective)
  const object = toks[k + 1]!;
  if (object.pos === 'NOUN' && !/s$/.test(object.value)) return undefined;
  const noun = toks[k - 1]!;
  // (people or a body: a plural, "governments", "members", or a body's name, "a coalition"; not a document,
  // "a statement saying", "a series of interviews saying", nor a word the participle is a noun after, "his
  // summer signing")
  if (!/^(?:NOUN|PROPN)$/.test(noun.pos) || !(/s$/.test(noun.value) || INSTITUTION_HEADS.test(noun.value) || ANONYMOUS_HEADS.has(lower(noun))) || DOCUMENT_NOUNS.test(noun.value.replace(/s$/, '')) || /^(?:interviews|remarks|speeches)$/i.test(noun.value) || STUDY_NOUN.test(lower(noun))) return undefined;
  return npBefore(t, k - 1, floor);
}

/** Nouns for a strike at a target: the target after "on" is not what the phrase is ("the raid on the port"). */
const STRIKE_NOUN = /^(?:attacks?|raids?|strikes?|assaults?|offensives?|bombings?|sieges?|invasions?|incursions?|crackdowns?|operations?)$/;

/** A noun before "on" that the phrase after it never stands for: people (ANONYMOUS_HEADS, a title, or a word ending
 * like one for people: "leaders", "planners", "specialists"), whom "on" places on a body or a side or gives a field
 * ("Republicans on the committee", "experts on Iran"), or a strike at a target ("the raid on the port revealed", "the
 * planners of the attack on the city"); not "sanctions on Iran", "pressure on Hamas", which may be the target's. */
function onPeople(x: Token): boolean {
  const word = lower(x);
  return ANONYMOUS_HEADS.has(word) || TITLE_WORDS.has(word) || PERSON_NOUN.test(word) || STRIKE_NOUN.test(word) || /^(?:republicans|democrats|some|many|others|those)$/.test(word);
}

/** Plural nouns for people by their stance toward someone or their side in something. */
const RELATION_NOUN = /^(?:critics|supporters|defenders|opponents|fans|allies|enemies|backers|sides|friends|detractors|admirers|rivals|adversaries|foes|followers|proponents|advocates|champions|loyalists|victims|survivors)$/;

/** Nouns for a piece of study or checking, whose findings are its own, not those of what it looked at. */
const STUDY_NOUN = /^(?:review|reviews|analysis|analyses|study|studies|examination|assessment|assessments|evaluation|audit|survey|inquiry|probe|investigation|autopsy|reconstruction|inspection|comparison|check|tally|count|breakdown)$/;

/** Titles that take a portfolio after "for": "the director for the Middle East", "the envoy for Syria". */
const PORTFOLIO_TITLE = /^(?:director|directors|head|chief|envoy|envoys|minister|secretary|coordinator|commissioner|representative|rapporteur|adviser|advisor|officer|official|manager|ambassador|negotiator|chair|chairman|chairwoman|president|spokesman|spokeswoman|spokesperson|correspondent|editor)$/i;
/** Words of a region or a place's name ("the Middle East and North Africa", "Europe and Central Asia"). */
const REGION_WORD = /^(?:north|south|east|west|northern|southern|eastern|western|central|middle|near|far|africa|asia|europe|america|americas|pacific|atlantic|gulf|caribbean|levant|balkans|caucasus|mediterranean|region|regions|area|areas|affairs)$/i;

/** The tokens x..y name a region or places ("the Middle East", "Syria, Iraq"). */
function isRegion(toks: Token[], x: number, y: number): boolean {
  const words = toks.slice(x, y + 1).filter((w) => w.pos !== 'DET' && !/^(?:and|,|&)$/.test(w.value));
  // (a place whose name ends like a body's is still a place: "the West Bank")
  if (words.length > 0 && isPlaceLike(words.map((w) => w.value).join(' '))) return true;
  if (words.length === 0 || INSTITUTION_HEADS.test(words.at(-1)!.value)) return false;
  return words.every((w) => REGION_WORD.test(w.value) || isPlaceLike(w.value));
}

/** A phrase's start at x moved back over a direction the tagger leaves out of it ("north Africa"). */
function withDirection(toks: Token[], x: number, floor: number): number {
  while (x - 1 >= floor && REGION_WORD.test(toks[x - 1]!.value) && /^\p{Ll}/u.test(toks[x - 1]!.value)) x--;
  return x;
}

/**
 * "the director for the Middle East and North Africa said", "the UN envoy for Syria says": a title's
 * portfolio after "for" (places or regions, joined by "and" or commas) never speaks; the one who holds the
 * title does. A body after "for" ("a spokesman for the ministry") is left to speak. The holder's range, or
 * undefined.
 */
function portfolioHolder(t: Tokenized, a: number, b: number, floor: number): [number, number] | undefined {
  const toks = t.tokens;
  a = withDirection(toks, a, floor);
  if (!isRegion(toks, a, b)) return undefined;
  let k = a - 1;
  // (conjoined places: "the Middle East and North Africa", "Syria, Iraq and Jordan")
  while (k - 1 >= floor && /^(?:and|,|&)$/.test(lower(toks[k]))) {
    const np = npBefore(t, k - 1, floor);
    if (np) np[0] = withDirection(toks, np[0], floor);
    if (!np || !isRegion(toks, np[0], np[1])) return undefined;
    k = np[0] - 1;
  }
  if (lower(toks[k]) !== 'for' || k - 1 < floor || !PORTFOLIO_TITLE.test(toks[k - 1]!.value)) return undefined;
  return npBefore(t, k - 1, floor);
}

const LEGISLATOR = /^(?:senator|governor|congressman|congresswoman|representative|lawmaker|legislator)$/i;
const ENVOY = /^(?:ambassadors?|envoys?|emissar(?:y|ies)|advis[eo]rs?|aides?|representatives?|delegates?|delegations?|missions?)$/;
const MEMBER_NOUN = /^(?:officials?|members?|sources?|representatives?|delegates?|spokes(?:man|woman|person|people))$/;

/** Recorded media that show what they hold: a video, footage, images, photos, a clip, a recording. */
const RECORDED_MEDIUM = /^(?:videos?|footage|images?|photos?|photographs?|pictures?|clips?|recordings?)$/i;
/** Participles that say where a medium went or where it was made ("posted on", "circulating on", "taken from"). */
const MEDIUM_PARTICIPLE = /^(?:posted|circulating|circulated|shared|aired|broadcast|published|uploaded|filmed|shot|taken|recorded|captured)$/i;

/**
 * The phrase [a, b] before a verb is where a recorded medium came from, went or what it shows: "Videos from the scene
 * showed", "footage posted on social media shows", "a video from 7 October had shown", "aerial footage of the convoy
 * shows". The medium speaks, not the scene, the site or social media. The medium's range, or undefined: not when the
 * phrase names someone or is a body, an outlet or a text, which issued the medium ("footage from Al Jazeera", "a video
 * from the ministry"); nor "a video of Ann Lee saying", whose -ing cue is hers.
 */
function mediumBeforePhrase(t: Tokenized, a: number, b: number, floor: number, first: number, depth = 0): [number, number] | undefined {
  const toks = t.tokens;
  const prep = lower(toks[a - 1]);
  if (!/^(?:from|on|of|in|at)$/.test(prep)) return undefined;
  let k = a - 2;
  if (MEDIUM_PARTICIPLE.test(toks[k]?.value ?? '')) k--;
  const medium = toks[k];
  // (a sentence's first word may be read as a name for its capital: "Footage from the school showed")
  if (!medium || k < floor || !/^(?:NOUN|PROPN)$/.test(medium.pos)) return undefined;
  // (two places in a row: "footage of the convoy circulating on social media")
  if (!RECORDED_MEDIUM.test(medium.value)) {
    const inner = depth === 0 && medium.pos === 'NOUN' ? npBefore(t, k, floor) : undefined;
    return inner && mediumObject(t, a, b) && mediumObject(t, inner[0], inner[1]) ? mediumBeforePhrase(t, inner[0], inner[1], floor, first, 1) : undefined;
  }
  if (prep === 'of' && /ing$/i.test(toks[first]!.value)) return undefined;
  return mediumObject(t, a, b) ? npBefore(t, k, floor) : undefined;
}

/** The phrase [a, b] after a medium's preposition is a place, a scene or a thing, which issued nothing: no name, no
 * pronoun, no body, outlet, text or person ("the scene", "social media", "7 October"; not "Al Jazeera", "the ministry"). */
function mediumObject(t: Tokenized, a: number, b: number): boolean {
  const toks = t.tokens;
  for (let j = a; j <= b; j++) {
    const x = toks[j]!;
    if ((x.pos === 'PROPN' && !isDayOrMonth(x)) || x.pos === 'PRON') return false;
  }
  const head = toks[b]!.value;
  // (social media carry what anyone posts: "posted on social media", "on social networking sites"; other media air
  // their own, "footage on state media")
  const social = toks.slice(a, b).some((x) => /^social$/i.test(x.value));
  return !(INSTITUTION_HEADS.test(head) || (OUTLET_NOUNS.has(head.toLowerCase()) && !social) || DOCUMENT_NOUNS.test(head) || EVIDENCE_NOUN.test(head) || ANONYMOUS_HEADS.has(head.toLowerCase()) || PERSON_NOUN.test(head));
}

/** A phrase's range after `step` (peopleBeforePhrase, locatedPeople) has moved it out to the people it
 * describes, up to three times over ("residents of villages near Quneitra"). */
function outermost(
  t: Tokenized,
  [a, b]: [number, number],
  floor: number,
  step: (t: Tokenized, a: number, b: number, floor: number) => [number, number] | undefined,
): [number, number] {
  for (let depth = 0, next; depth < 3 && (next = step(t, a, b, floor)); depth++) [a, b] = next;
  return [a, b];
}

/** Lower-case nouns for a side, a place or a stretch of time that people are in ("on both sides of the
 * aisle", "across the country", "in the region", "around the world"): after a preposition they locate the
 * source, they are not it. */
const SETTING_NOUN = /^(?:world|globe|region|country|nation|city|town|village|camp|street|streets|ground|aisle|spectrum|side|sides|border|chamber|continent|time|left|right)$/;
const SETTING_PREPOSITION = /^(?:in|on|from|at|across|around|throughout|inside|outside|near|of|within)$/;
/** Token k ends a setting: a SETTING_NOUN, or the sides of a legislature. */
function isSetting(toks: Token[], k: number): boolean {
  return SETTING_NOUN.test(toks[k]!.value) || legislatureSides(toks, k);
}

/** Token k ends both parties or chambers of a legislature ("both parties", "all parties", "both chambers"). */
function legislatureSides(toks: Token[], k: number): boolean {
  return /^(?:parties|chambers)$/.test(toks[k]!.value) && /^(?:both|all|either)$/i.test(toks[k - 1]?.value ?? '');
}

/**
 * The people before a phrase [a, b] that only says where they stand: what an unnamed source is close to
 * ("a source close to Hamas", "people familiar with the talks": the source, not Hamas or the talks), or a
 * side, place or time they are in ("lawmakers on both sides of the aisle", "MPs on both sides", "Jews from
 * around the world", "diplomats in the region"), never the source itself. The people's range, or undefined.
 */
function locatedPeople(t: Tokenized, a: number, b: number, floor: number): [number, number] | undefined {
  const toks = t.tokens;
  const near = closeToSource(t, a, floor);
  if (near) return near;
  // (a setting of two nouns joined by "and": "lawmakers in both parties and chambers", the people before the first)
  if (/^(?:and|or)$/i.test(toks[a - 1]?.value ?? '') && a - 2 > floor) {
    const before = npBefore(t, a - 2, floor);
    // (the first a setting noun, or "both parties and chambers")
    if (before && before[0] - 1 > floor && SETTING_PREPOSITION.test(lower(toks[before[0] - 1])) && (isSetting(toks, b) || legislatureSides(toks, before[1]))) {
      return locatedPeople(t, before[0], isSetting(toks, b) ? b : before[1], floor);
    }
  }
  const outer = toks[a - 2];
  if (!outer || a - 2 < floor || !SETTING_PREPOSITION.test(lower(toks[a - 1]))) return undefined;
  // ("residents in the city of Haifa": the city's name is part of the setting)
  // (not a setting that is itself the subject: "the country of Australia has expressed")
  if (lower(toks[a - 1]) === 'of' && SETTING_NOUN.test(outer.value) && isNamePart(toks[b])) {
    const setting = npBefore(t, a - 2, floor);
    return setting && SETTING_PREPOSITION.test(lower(toks[setting[0] - 1])) ? setting : undefined;
  }
  if (!isSetting(toks, b)) return undefined;
  // (two prepositions: "from around the world", "from across the region")
  const o = /^(?:from|of)$/i.test(outer.value) && a - 3 >= floor ? a - 3 : a - 2;
  const word = toks[o]!;
  return /^(?:NOUN|PROPN)$/.test(word.pos) || QUANTITY_SUBJECT.test(word.value) || SETTING_NOUN.test(word.value) ? npBefore(t, o, floor) : undefined;
}

/**
 * "a source close to Hamas", "people familiar with the plans", "officials briefed on the talks", "a
 * person with knowledge of the matter": the range of the source phrase before "close to" (an unnamed
 * source, whatever it is close to), when the phrase [a, ..] follows such words; else undefined.
 */
function closeToSource(t: Tokenized, a: number, floor: number): [number, number] | undefined {
  const toks = t.tokens;
  let k = a - 1;
  // ("familiar with her thinking", "close to Lee's campaign")
  if (/^(?:his|her|their|its)$/i.test(toks[k]?.value ?? '')) k--;
  else if (/^['’]s$/.test(toks[k]?.value ?? '') && isNamePart(toks[k - 1])) {
    k--;
    while (k > floor && isNamePart(toks[k - 1]) && toks[k - 1]!.pos === 'PROPN') k--;
    k--;
  }
  // ("involved in the talks", "an official involved with the plan")
  if ((/^(?:to|with|on|of)$/i.test(toks[k]?.value ?? '') && /^(?:close|familiar|briefed|knowledge|knowledgeable|involved)$/i.test(toks[k - 1]?.value ?? '')) || (/^in$/i.test(toks[k]?.value ?? '') && /^involved$/i.test(toks[k - 1]?.value ?? ''))) k -= 2;
  else return undefined;
  if (/^with$/i.test(toks[k]?.value ?? '') && /^knowledge$/i.test(toks[k + 1]!.value)) k--;
  // ("very close to", "directly familiar with")
  if (toks[k]?.pos === 'ADV') k--;
  if (k < floor) return undefined;
  // ("those close to the mayor": unnamedThose)
  if (unnamedThose(toks, k)) return [k, k];
  const np = npBefore(t, k, floor);
  if (!np) return undefined;
  if (closePeople(toks, np[1])) return np;
  // (people placed in a body first: "a source inside the White House with knowledge of the talks")
  const prep = np[0] - 1;
  const placed = prep - 1 >= floor && /^(?:in|inside|at|within|from)$/i.test(toks[prep]!.value) ? npBefore(t, prep - 1, floor) : undefined;
  return placed && closePeople(toks, placed[1]) ? placed : undefined;
}

/** Token k heads people who can be close to a source or involved in something: an unnamed source's noun, a word for
 * people, or countries and governments ("governments involved in the talks", "countries close to the deal"). */
function closePeople(toks: Token[], k: number): boolean {
  const head = lower(toks[k]);
  return ANONYMOUS_HEADS.has(head) || PERSON_NOUN.test(head) || /^(?:figures?|aides?|countries|nations|states|governments|parties|sides|groups)$/.test(head);
}

/** Nouns for people by their ending: voters, leaders, residents, critics, officials, candidates, commanders. */
const PERSON_NOUN = /(?:er|or|ant|ent|ist|ian|man|men|ee|ate|ic|al)s?$/;
/** Nouns that name people or their kin as a headline's tag ("..., says family", "..., say relatives"). */
const PERSON_TAG = /^(?:family|families|relatives?|friends?|parents?|mother|father|wife|husband|son|daughter|people|residents|witnesses|survivors|sources?|insiders?|aides?|experts?|analysts?|report|study|poll|survey)$/;

/** Participles of belief and report that, after a noun and before "to", are passives ("believed to be",
 * "thought to have"); "said" and "reported" only before "to be" or "to have" ("said to reporters"). */
const REDUCED_PASSIVE = /^(?:believed|thought|alleged|rumou?red|reputed|presumed|suspected|understood|estimated|feared|said|reported)$/i;

/** The participle at k opens a passive whose be-form is left out: "people believed to be refugees", "--
 * believed to be the same man", "a commander said to have fled". Not after an auxiliary, a pronoun or a
 * verb ("had thought to ask", "he thought to ask", "feared to go"). */
function isReducedPassive(t: Tokenized, k: number): boolean {
  const toks = t.tokens;
  const word = toks[k]!.value;
  if (!REDUCED_PASSIVE.test(word) || lower(toks[k + 1]) !== 'to') return false;
  const next = toks[k + 2];
  const beOrHave = /^(?:be|have)$/i.test(next?.value ?? '');
  if (!beOrHave && (/^(?:said|reported)$/i.test(word) || next?.pos !== 'VERB' || !/^\p{Ll}+$/u.test(next.value))) return false;
  return hangsOnNoun(t, k);
}

/** The participle at k follows a noun or a break (a comma, a dash, a bracket) in its sentence, past adverbs: it
 * hangs on a noun, as a passive with its be-form left out does; not after an auxiliary, a pronoun or a verb. */
function hangsOnNoun(t: Tokenized, k: number): boolean {
  const before = t.tokens[beforeAdverbs(t, k)];
  if (!before || before.sentence !== t.tokens[k]!.sentence) return false;
  return /^(?:NOUN|PROPN)$/.test(before.pos) || (before.pos === 'PUNCT' && /^(?:,|—|–|--|-|\))$/.test(before.value));
}

/** Cues whose verb, active, takes its object before a preposition ("accused Israel of", "urged them to", "criticised the
 * plan over"): with the preposition right after, the participle is a passive whose be-form is left out, as headlines
 * write them and appositives too ("Union accused of ...", "Residents told to leave", "Minister criticised over ...",
 * "The agency, accused of ..., said"). The preposition each takes; "for" or "over" for the rest. */
const OBJECT_FIRST: Record<string, RegExp | undefined> = { accuse: /^of$/i, allege: /^to$/i, urge: /^to$/i, tell: /^to$/i, order: /^to$/i, warn: /^to$/i, ask: /^to$/i, condemn: undefined, disparage: undefined, rebuke: undefined, 'attack-verbally': undefined, praise: undefined, question: undefined };

/** The cue at k is such a passive: its participle, the preposition after it, and a noun or a comma before it. */
function isObjectFirstPassive(t: Tokenized, k: number, entry: string): boolean {
  // ("The troubles, often blamed on the occupation, ...", "after an airstrike blamed on Israel": "blame" shares its entry
  // with verbs that take no object first)
  if (/^blamed$/i.test(t.tokens[k]!.value) && /^(?:on|for)$/i.test(t.tokens[k + 1]?.value ?? '')) return blamedPassive(t, k);
  const verb = entry.slice(entry.lastIndexOf('.') + 1);
  if (!Object.hasOwn(OBJECT_FIRST, verb) || !/^(?:\p{L}+ed|told)$/iu.test(t.tokens[k]!.value)) return false;
  return (OBJECT_FIRST[verb] ?? /^(?:for|over)$/i).test(t.tokens[k + 1]?.value ?? '') && hangsOnNoun(t, k);
}

/**
 * "blamed on" at k is a passive hanging on the noun before it ("an airstrike blamed on Israel", "The troubles, often
 * blamed on ...,"), not a relative clause with a subject of its own, a phrase after another noun phrase or a relative
 * pronoun ("attacks the U.S. blamed on Iran", "an outage the newspaper blamed on", "waters which Washington blamed on").
 */
function blamedPassive(t: Tokenized, k: number): boolean {
  const b = beforeAdverbs(t, k);
  const before = t.tokens[b];
  if (!before || before.sentence !== t.tokens[k]!.sentence) return false;
  if (before.value === ',') return true;
  if (!/^(?:NOUN|PROPN)$/.test(before.pos)) return false;
  const np = npBefore(t, b, t.sentences[before.sentence]!.tokenStart);
  if (!np) return false;
  // (two phrases run together, the second one's determiner after the first one's noun: "an outage the newspaper")
  for (let j = np[0] + 1; j <= b; j++) if (t.tokens[j]!.pos === 'DET' && /^(?:NOUN|PROPN)$/.test(t.tokens[j - 1]!.pos)) return false;
  const prev = t.tokens[np[0] - 1];
  return !prev || !(/^(?:NOUN|PROPN|PRON)$/.test(prev.pos) || RELATIVE.test(prev.value));
}

/** Verbs that cite someone "as saying" ("cited officials as saying", "quoting a source as saying"). */
const CITING = /^(?:cited|cites|cite|citing|quoted|quotes|quote|quoting)$/i;
/**
 * "Tom Reed responded to Holt's allegations in a statement": the phrase before the channel is the object of a
 * verb and its preposition ("responded to", "hit back at", "pushed back on"), not who issued the statement;
 * the verb's subject did. Undefined when the phrase is no such object, or the verb has no subject before it.
 */
function channelObjectSubject(t: Tokenized, np: [number, number], floor: number): [number, number] | undefined {
  const toks = t.tokens;
  const prep = np[0] - 1;
  if (prep - 1 < floor || !/^(?:to|at|on|about)$/i.test(toks[prep]!.value)) return undefined;
  // (the verb, or the particle after it: "hit back at")
  const verb = toks[prep - 1]!.pos === 'VERB' ? prep - 1 : /^(?:ADP|ADV|PART)$/.test(toks[prep - 1]!.pos) && toks[prep - 2]?.pos === 'VERB' ? prep - 2 : -1;
  if (verb <= floor) return undefined;
  const subject = firstSubject(t, floor, verb);
  return subject && subject[1] < verb ? subject : undefined;
}

/** Participles for people an outlet or a pollster heard ("officials quoted by the paper said"). */
const SEEN_BY = /^(?:obtained|seen|reviewed|received|acquired|viewed|examined|verified)$/i;
const QUOTED_BY = /^(?:quoted|cited|interviewed|contacted|reached|surveyed|polled|consulted|questioned|briefed)$/i;

/** A report of what befell someone, in the passive: "reported killed", "confirmed dead". */
const REPORTED_STATE = /^(?:reported|confirmed) (?:killed|dead|missing|wounded|injured|detained|arrested|kidnapped|abducted|captured)$/;

/** A passive's unnamed source, with its subject's source (which an infinitive after the cue takes). */
function unnamedSource(t: Tokenized, first: number, last: number, entry: string): SpeakerFind {
  return { speaker: ANONYMOUS, from: -1, to: -1, subject: verbSpeaker(t, first, last, entry, true).speaker };
}

/**
 * "officials there said", "the health authorities there say", "diplomats stationed there complained": "there" after the
 * subject's noun (or a participle on it) places the people; wink reads it as the existential pronoun, which is no
 * subject here: a clause never has "there" right after its subject. Skipped like an adverb, the noun before it speaks.
 */
function isLocativeThere(toks: Token[], k: number): boolean {
  const tok = toks[k];
  if (!tok || tok.value !== 'there') return false;
  const before = toks[k - 1];
  return !!before && (before.pos === 'NOUN' || (before.pos === 'PROPN' && isWord(before)) || (before.pos === 'VERB' && /(?:ed|en)$/i.test(before.value)));
}

/**
 * '"...," said a U.S. official briefed on the meeting', '"...," said a statement posted on its website': a participle
 * right after the phrase of an inverted tag, before its preposition (or "as": "a nun identified as Sister Ann"), is a
 * reduced relative clause on that phrase, and the phrase is the speaker as it is with nothing after it; not the verb
 * of a clause the phrase opens (an auxiliary, "said the minister would", or a verb with its object, "said the army
 * fired shells", stay out).
 */
function participlePhrase(toks: Token[], k: number): boolean {
  const tok = toks[k];
  if (!tok || tok.pos !== 'VERB' || !PARTICIPLE_END.test(tok.value)) return false;
  const next = toks[k + 1];
  return !!next && (next.pos === 'ADP' || /^as$/i.test(next.value)) && !/^(?:that|to)$/i.test(next.value);
}
const PARTICIPLE_END = /(?:ed|en|ing)$/i;

/**
 * "Harbourland at least said", "the minister at first denied", "the council in turn called for": a set phrase of a
 * preposition and one word right after the subject's noun and before its verb, an adverb in all but its spelling; how
 * many tokens before its word at k it starts (1), or 0 when none ends at k. Not after an auxiliary or a conjunction,
 * where the words before are no subject ("was at first asked" is a passive, "or at least assure" a verb in a series).
 */
function setAdverbial(toks: Token[], k: number): number {
  const pair = `${lower(toks[k - 1])} ${lower(toks[k])}`;
  return SET_ADVERBIAL.test(pair) && /^(?:NOUN|PROPN)$/.test(toks[k - 2]?.pos ?? '') ? 1 : 0;
}
const SET_ADVERBIAL = /^(?:at (?:least|first|last|once)|in turn|for now|for once)$/;

/** A time phrase before the verb: "at the time", "by that time", "later in the day", "on the same day",
 * "earlier that week"; how many tokens before its noun at k it starts (0: none ends at k). */
function timePhrase(toks: Token[], k: number): number {
  // ("who has in the past described", "had in the meantime announced")
  if (/^(?:past|meantime|interim)$/i.test(toks[k]?.value ?? '') && lower(toks[k - 1]) === 'the' && lower(toks[k - 2]) === 'in') return 3;
  if (!TIME_NOUN.test(toks[k]?.value ?? '')) return 0;
  let m = k - 1;
  if (/^(?:same|next|following|previous)$/i.test(toks[m]?.value ?? '')) m--;
  if (!/^(?:the|that|this)$/i.test(toks[m]?.value ?? '')) return 0;
  if (/^(?:at|by|for|in|during|on|over|within)$/i.test(toks[m - 1]?.value ?? '')) return k - m + 1;
  // ("earlier that week": the loop skips "earlier" itself)
  return /^(?:that|this)$/i.test(toks[m]!.value) && /^(?:later|earlier)$/i.test(toks[m - 1]?.value ?? '') ? k - m : 0;
}

const isLongDash = (tok: Token | undefined) => !!tok && /^(?:--|—|–)$/.test(tok.value);

/** Lower-case words that may stand between a possessor and the noun cue it owns: adjectives and participles ("recent",
 * "longtime", "own", "repeated", "supposed"). */
const OWNED_MODIFIER = /^(?:ADJ|VERB)$/;
/** Words wink reads as adjectives that head the subject after a possessive ("Israel's military claims that ...",
 * "the group's chief says"): the cue after them is its verb, not a noun they modify. */
const NOUN_AS_ADJECTIVE = /^(?:military|chief|head|official|general|leader|spokesman|spokeswoman|spokesperson)$/;

/**
 * A noun cue owned by a possessive pronoun past one or two lower-case modifiers ("his recent call for a truce", "her
 * longtime claim that", "its daily report"): the index of "his", "her", "their" or "its", whose referent made the call
 * or the claim, as with no modifier between ("his call for", which verbSpeaker reads so); -1 otherwise. An adjective
 * says what kind of call it is, never who made it ("made the dubious claim" has no speaker); a participle in -ing is
 * no modifier here ("his working relationship"), nor a capitalised word, part of a name. (Not "Lee's recent call
 * for": a noun after "'s" with no modifier is no cue at all, isVerbUse, and that case is left as it was.)
 */
function possessorPastAdjectives(toks: Token[], first: number, j: number, floor: number): number {
  if (toks[first]!.pos !== 'NOUN') return -1;
  let k = j;
  while (k > floor && j - k < 2 && OWNED_MODIFIER.test(toks[k]!.pos) && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[k]!.value) && !/ing$/.test(toks[k]!.value) && !NOUN_AS_ADJECTIVE.test(toks[k]!.value)) k--;
  if (k === j) return -1;
  return /^(?:his|her|their|its)$/i.test(toks[k]!.value) ? k : -1;
}

/** The source a verb cue cites, and where its phrase lies. */
function verbSpeaker(t: Tokenized, first: number, last: number, entry = '', active = false): SpeakerFind {
  const toks = t.tokens;
  // "children reported killed", "soldiers were reported killed": the victims reported no one; unnamed
  // reports did, as in "reportedly killed"
  if (first === last && REPORTED_STATE.test(`${lower(toks[first])} ${lower(toks[first + 1])}`)) return { speaker: ANONYMOUS, from: -1, to: -1 };
  // "people believed to be refugees", "a man thought to have led the raid", "the ship, said to be carrying
  // arms": a participle of belief or report that hangs on a noun before an infinitive is a passive with
  // its be-form left out; an unnamed source holds the belief, not the noun (active, these verbs take no
  // bare infinitive after them: "they believed to be" is no English)
  if (!active && first === last && (isReducedPassive(t, first) || isObjectFirstPassive(t, first, entry))) {
    return unnamedSource(t, first, last, entry);
  }
  const sent = t.sentences[toks[first]!.sentence]!;
  let j = first - 1;
  let floor = sent.tokenStart;
  for (;;) {
    // (curly apostrophes read as straight ones: "wouldn’t say"; a floating quantifier: "have both argued")
    while (j >= floor && (SKIP_BEFORE.has(lower(toks[j]).replace(/’/g, "'")) || (MIND_ADJECTIVE.test(entry) && LINKING.has(lower(toks[j]))) || isContractedAux(toks[j]!) || isIntensifier(toks, j) || (toks[j]!.pos === 'ADV' && /^\p{Ll}+$/u.test(toks[j]!.value)) || isTimeWord(toks[j]) || isYearAfterIn(toks, j) || isFloatingQuantity(toks, j) || timePhrase(toks, j) > 0 || isLocativeThere(toks, j) || setAdverbial(toks, j) > 0)) {
      // "Obama on Tuesday accused", "Comey in June criticized": the preposition goes with the time
      // ("Levi in 2009 said": a year too)
      if ((isTimeWord(toks[j]) && /^(?:on|in|at|this|last|late|early|earlier)$/i.test(toks[j - 1]?.value ?? '')) || isYearAfterIn(toks, j)) j--;
      else j -= timePhrase(toks, j) || setAdverbial(toks, j);
      j--;
      // ("who just days earlier had criticized", "two weeks ago said": the span of time too)
      // ("Fiorina a month later announced": one span too)
      if (/^(?:earlier|later|ago|before)$/i.test(toks[j + 1]?.value ?? '') && j >= floor && (TIME_SPAN.test(toks[j]!.value) || (TIME_NOUN.test(toks[j]!.value) && /^(?:a|an|one)$/i.test(toks[j - 1]?.value ?? '')))) {
        j--;
        while (j >= floor && (toks[j]!.pos === 'NUM' || /^(?:a|few|several|many|some|just|only)$/i.test(toks[j]!.value))) j--;
      }
    }
    // 'Lee \'condemns the violence,\' ...': an opening quotation mark glued to the verb after its subject
    if (j > floor && /^(?:["“'‘]|'')$/.test(toks[j]!.value) && toks[j]!.end === toks[first]!.start && toks[j - 1]!.end < toks[j]!.start && isNamePart(toks[j - 1]) && !isTimeWord(toks[j - 1])) {
      j--;
      continue;
    }
    // "Reed — flanked by aides — said": skip the aside between dashes; but a name set off after a
    // description is the one who speaks ("a supporter — Ali Nasser, a former mayor — said")
    if (j > floor && isAsideDash(toks, j)) {
      const k = asideOpening(toks, j, floor + 1);
      if (k !== -1) {
        let name = k + 1;
        while (name < j && (isNamePart(toks[name]) || (name > k + 1 && /^['’]s$/.test(toks[name]!.value)))) name++;
        // (one name, ending at a comma or the dash: a list names the members of the group described, "Two
        // countries — Chile and Peru — said")
        const described = toks[k - 1]!.pos === 'NOUN' && /^\p{Ll}/u.test(toks[k - 1]!.value);
        const one = (name === j || toks[name]!.value === ',') && !toks.slice(k + 1, j).some((x) => /^(?:and|or|&)$/i.test(x.value));
        j = described && one && name > k + 1 && isNamePart(toks[name - 1]) ? name - 1 : k - 1;
        continue;
      }
    }
    // "Ann Lee (D., Calif.), said": a party tag and a comma before the verb
    // (not the tag of a name a description ends on, "Ann Rowe, the press aide for Rep. Tom Levi (R-Tenn.), said": the
    // appositive's own name speaks, read below)
    if (toks[j]?.value === ',' && toks[j - 1]?.value === ')') {
      const k = parenStart(toks, j - 1, 0, 8);
      if (toks[k]!.value === '(' && isPartyTag(t, k, j - 1) && !nameAfterPreposition(t, k - 1)) {
        j = k - 1;
        floor = t.sentences[toks[Math.max(0, j)]!.sentence]!.tokenStart;
        continue;
      }
    }
    // "Mike Pence (R-IN) said": skip the parenthesis
    if (toks[j]?.value === ')') {
      // (wink may end a sentence inside "(D-Mo.)", so the search may cross into the previous one)
      const k = parenStart(toks, j, 0, 8);
      if (toks[k]!.value === '(') {
        j = k - 1;
        floor = t.sentences[toks[Math.max(0, j)]!.sentence]!.tokenStart;
        continue;
      }
    }
    break;
  }
  // ("Chairman Tom Barlow Thomas BarlowVoters wary of Romney jabs at Grant MORE (R-Ohio) told": the name before the
  // box of linked headlines, whatever a headline in it holds)
  const boxed = toks[j] && j < first ? linkBoxName(t, j) : undefined;
  if (boxed) return { speaker: speakerOfPhrase(t, boxed[0], boxed[1], toks[first]!.start), from: boxed[0], to: boxed[1] };
  const prev = toks[j];
  // ("Aware that the talks had stalled, the envoy ...": an adjective of mind opening its sentence is read
  // like a participle, its source the subject after its clause)
  const participle = /ing$/i.test(toks[first]!.value) || (MIND_ADJECTIVE.test(entry) && first === sent.tokenStart);
  const agent = passiveAgent(t, first, last);
  if (agent) return agent;
  // a passive with no agent named ("Hamas was accused of", "the deal was criticized as weak", "we are
  // being told that"): the one accused or told reported nothing; an unnamed source did. Not a state of
  // mind ("some Democrats are concerned that") nor "was quoted as saying"
  if (!active && !MIND_ADJECTIVE.test(entry) && !SUBJECT_PASSIVE.test(toks[first]!.value) && passiveBe(t, first, last) >= 0) {
    return unnamedSource(t, first, last, entry);
  }
  // "After suggesting that ..., Rubio", "Instead of calling ...": only prepositions before the participle
  let lead = j;
  while (lead >= floor && /^(?:ADP|SCONJ|ADV)$/.test(toks[lead]!.pos)) lead--;
  // (or right after a dateline: "Damascus, Syria (CNN) -- Saying ..., Vice President Joe Biden")
  if ((participle && (lead < floor || (prev?.pos === 'PUNCT' && first === afterDateline(toks, floor, sent.tokenEnd)))) || (j < floor && lower(toks[first - 1]) === 'having')) {
    // "Conceding that ..., the minister said": the subject after the participle's clause
    let k = last + 1;
    while (k < sent.tokenEnd && toks[k]!.value !== ',') k++;
    // (the clause may end inside a closing quote: 'Recalling "the lessons of history," the statement said')
    if (/^(?:["”'’]|'')$/.test(toks[k + 1]?.value ?? '')) k++;
    const np = k + 1 < sent.tokenEnd ? firstSubject(t, k + 1, sent.tokenEnd) : undefined;
    if (np) return { speaker: speakerOfPhrase(t, np[0], np[1], toks[first]!.start), from: np[0], to: np[1] };
  }
  // "Reuters cited residents as saying", "quoting an official as saying": the people cited speak, not
  // the one who cites them
  if (participle && prev && j > floor && lower(prev) === 'as') {
    const found = npBefore(t, j - 1, floor);
    // ("cited residents of the town as saying": the people, not the town)
    const np = found && outermost(t, found, floor, peopleBeforePhrase);
    if (np && np[0] - 1 >= floor && CITING.test(toks[np[0] - 1]!.value)) return { speaker: speakerOfPhrase(t, np[0], np[1], toks[first]!.start), from: np[0], to: np[1] };
  }
  // "... by touting her record", "... while insisting that ...": an adverbial participle, whose source is
  // the sentence's subject, not the phrase before the preposition
  if (participle && prev && j > floor && /^(?:by|while|after|before|without|despite|when|since|through)$/i.test(prev.value) && prev.pos !== 'PUNCT') {
    // (in a relative clause, the head the relative pronoun stands for: "the candidate who launched his campaign by
    // declaring", "Tom Baker, who last week stirred the race by questioning")
    const relative = relativeOpening(toks, j - 1, floor);
    const head = relative >= 0 ? resolvePronoun(t, relative) : '';
    if (head !== '' && !PRONOUNS.has(head.toLowerCase())) return { speaker: head, from: -1, to: -1 };
    const np = subjectPastQuotation(t, floor, j);
    if (np && np[1] < j - 1) return { speaker: speakerOfPhrase(t, np[0], np[1], toks[first]!.start), from: np[0], to: np[1] };
  }
  if (prev && j >= floor && lower(prev) === 'to' && lower(toks[j - 1]) !== 'according') {
    const toInfinitive = infinitiveSpeaker(t, j, floor, first);
    if (toInfinitive) return toInfinitive;
  }
  if (prev && j >= floor && /^["”'’]$/.test(prev.value) && isNamePart(toks[j - 1]) && /^["“'‘]$/.test(toks[j - 2]?.value ?? '')) {
    // a quoted subject: '"Israel" urged ...'
    return { speaker: textOf(t, j - 1, j - 1), from: j - 2, to: j };
  }
  // "his recent call for", "her longtime claim that": the possessor past the noun's adjectives (a pronoun left
  // unresolved names no one: as before)
  const owner = prev && j > floor ? possessorPastAdjectives(toks, first, j, floor) : -1;
  if (owner >= 0) {
    const who = resolvePronoun(t, owner);
    if (!PRONOUNS.has(who.toLowerCase())) return { speaker: who, from: owner, to: owner };
  }
  if (prev && j > floor && prev.pos === 'PART' && /^['’]s$/.test(prev.value)) {
    // "Trump's claim": the possessor
    const np = npBefore(t, j - 1, floor);
    if (np) return { speaker: speakerOfPhrase(t, np[0], np[1], toks[first]!.start), from: np[0], to: np[1] };
  }
  // "her claim that ...", "his call for ...": the possessor
  if (prev && j >= floor && /^(?:his|her|their|its)$/i.test(prev.value)) {
    return { speaker: resolvePronoun(t, j), from: j, to: j };
  }
  if (prev && j >= floor && prev.pos === 'CCONJ') {
    // "when Lee knocked Reed on trade and called him": the source of the verb of the same form before the
    // conjunction, which may not be the sentence's subject (not a passive one: "he was booed, was denounced
    // by the bishop and declared" shares its subject, not its agent)
    // (only a subject named right before that verb, past its auxiliaries: "Cruz knocked", "Ryan has lamented")
    const parallel = parallelVerb(t, first, j, floor);
    const found = parallel >= 0 ? subjectRightBefore(t, parallel) : undefined;
    if (found) return found;
    // ("Among them was Ann Holt who was interviewed on Harbour Channel 9 and said": the relative's head)
    const who = parallel < 0 ? openRelativeBefore(t, j, first, floor) : -1;
    const head = who >= 0 ? resolvePronoun(t, who) : '';
    const headWord = head.split(' ').pop() ?? '';
    if (head !== '' && !PRONOUNS.has(head.toLowerCase()) && !isPlaceLike(head) && !TIME_SPAN.test(headWord) && !TIME_NOUN.test(headWord) && !TITLE_WORDS.has(head.toLowerCase())) return { speaker: head, from: -1, to: -1 };
    // "X praised Y and criticized Z": the first verb's subject
    const np = firstSubject(t, floor, j);
    const subject = np ? speakerOfPhrase(t, np[0], np[1], toks[first]!.start) : '';
    if (np && subject !== '') return { speaker: subject, from: np[0], to: np[1] };
    const earlier = resolvedSoFar.get(t)?.filter((c) => earlierSource(t, c, first)).pop();
    if (earlier) return { speaker: earlier.speaker, from: -1, to: -1 };
  }
  // "issued a statement saying", "sent a letter alleging": the issuer, the clause's subject
  // (and media the subject made: "placed newspaper ads calling", "launched petitions calling on", "gave
  // interviews saying", "carried signs reading"; not "spending went to ads extolling", "the court rejected
  // petitions calling for", where the medium is all the text names)
  // (whoever made them is the making verb's own source: "Arab MPs who held up banners saying", "churches put up
  // messages calling for", "people had signed petitions calling for")
  // "spent much of his speech praising", "opened the rally blasting", "started the debate saying": a participle after
  // the time or the event the subject spent, opened or ended so takes the source of that verb, not the event
  if (participle && prev && j >= floor) {
    for (const verb of [MEDIUM_NOUN.test(prev.value) ? makingVerb(toks, j, floor) : -1, spendingVerb(toks, j, floor)]) {
      const source = verb >= 0 ? verbSpeaker(t, verb, verb, '', true) : NONE;
      if (source.speaker !== '') return source;
    }
  }
  // (not one the subject only received, read or turned down: "he received a message reminding him", "the court
  // rejected a petition calling for", "reporters obtained a memo warning": the document speaks)
  const issued = participle && prev && j >= floor && DOCUMENT_NOUNS.test(prev.value) && !RECEIVED.test(toks[verbOfObject(toks, j, floor)]?.lemma.toLowerCase() ?? '');
  // ('told the hosts of "Morning Joe," adding': the comma may sit inside the closing quote)
  // (or after a dash that opens no aside: 'said ... -- asserting that'; not 'his choice of words -- calling
  // it a red line -- may have', where the participle describes the phrase before)
  const afterDash = participle && isLongDash(toks[j]) && !toks.slice(last + 1, sent.tokenEnd).some(isLongDash);
  const afterComma = prev?.value === ',' || (!!prev && /^(?:["”'’]|'')$/.test(prev.value) && toks[j - 1]?.value === ',') || afterDash;
  if (prev && j >= floor && (afterComma || issued) && participle) {
    if (!issued && afterComma) {
      const own = participleClause(t, first, j, floor);
      if (own) return own;
    }
    // (not a cue in a phrase the sentence opens with: "Alongside union calls for action, a GOP strategist said ...,
    // saying" goes on with the strategist)
    const earlier = resolvedSoFar.get(t)?.find((c) => earlierSource(t, c, first) && !inOpeningPhrase(t, c, first));
    if (earlier && !issued) return { speaker: earlier.speaker, from: -1, to: -1 };
    // (the subject right before the verb that issued the text, past whatever opens the sentence: "On Monday, after
    // the vote, the Port Board issued a statement saying", '"...," Holt said in a statement accusing')
    const issuer = issued ? issuingVerb(toks, j, floor) : -1;
    const own = issuer >= 0 ? subjectRightBefore(t, issuer) : undefined;
    if (own && !embeddedSubject(toks, own.from)) return own;
    // "..., accusing X of ...": the sentence's subject
    const np = subjectPastQuotation(t, floor, j);
    if (np) return { speaker: speakerOfPhrase(t, np[0], np[1], toks[first]!.start), from: np[0], to: np[1] };
  }
  // "a poll conducted last week found", "a court document filed Thursday says": the phrase before the
  // participle that modifies it
  if (prev && j > floor && prev.pos === 'VERB' && /(?:ed|en)$/i.test(prev.value) && !/^(?:is|are|was|were|has|have|had)$/i.test(toks[j - 1]!.value)) {
    // "those surveyed say", "those polled said": the unnamed respondents
    if (/^those$/i.test(toks[j - 1]!.value)) return { speaker: ANONYMOUS, from: j - 1, to: j };
    const np = npBefore(t, j - 1, floor);
    if (np) return { speaker: speakerOfPhrase(t, np[0], np[1], toks[first]!.start), from: np[0], to: np[1] };
  }
  if (prev && j >= floor && prev.pos !== 'PUNCT') {
    // ("groups that have endorsed him say": an object pronoun ends the relative clause)
    const objectEnd = prev.pos === 'PRON' && /^(?:him|her|them|it|me|us|you)$/i.test(prev.value) ? relativeHead(t, j, floor) : undefined;
    if (objectEnd) return { speaker: speakerOfPhrase(t, objectEnd[0], objectEnd[1], toks[first]!.start), from: objectEnd[0], to: objectEnd[1] };
    // ("a source close to him said": an object pronoun after "close to" ends the source phrase)
    // (or "familiar with her thinking said", where wink reads "thinking" as a verb)
    let np = /^(?:him|her|them|us|me)$/i.test(prev.value) || /^thinking$/i.test(prev.value) ? closeToSource(t, j, floor) ?? npBefore(t, j, floor) : npBefore(t, j, floor);
    // "officials quoted by the paper said", "analysts polled by the agency say": the people quoted speak,
    // not the outlet that quoted them
    if (np && lower(toks[np[0] - 1]) === 'by' && QUOTED_BY.test(toks[np[0] - 2]?.value ?? '') && np[0] - 3 >= floor && /^(?:NOUN|PROPN)$/.test(toks[np[0] - 3]!.pos)) {
      const heard = lower(toks[np[0] - 3]);
      if (ANONYMOUS_HEADS.has(heard) || PERSON_NOUN.test(heard) || isNamePart(toks[np[0] - 3])) {
        const people = npBefore(t, np[0] - 3, floor);
        // (an unnamed source heard so is no appositive to the name before it: "Khashoggi, a source quoted by")
        if (people) return { speaker: speakerOfPhrase(t, people[0], people[1], toks[first]!.start), from: people[0], to: people[1] };
      }
    }
    // "a letter from the group obtained by the AP warns", "a memo seen by Reuters says": the one who gained
    // sight of a text does not speak it; the text (and whoever it is from) does
    if (np && lower(toks[np[0] - 1]) === 'by' && SEEN_BY.test(toks[np[0] - 2]?.value ?? '') && np[0] - 3 >= floor && toks[np[0] - 3]!.pos !== 'PUNCT') {
      np = npBefore(t, np[0] - 3, floor) ?? np;
    }
    // "The Pentagon in a statement said": the source before the statement
    // ("Ann Lee, the party leader, in a statement said": the subject before the appositive)
    if (np && DOCUMENT_NOUNS.test(toks[np[1]]!.value) && /^(?:in|via|through)$/i.test(toks[np[0] - 1]?.value ?? '')) {
      np = npBefore(t, np[0] - 2, floor) ?? (toks[np[0] - 2]?.value === ',' && np[1] + 1 === first && toks[first]!.pos === 'VERB' ? firstSubject(t, sent.tokenStart, first) : undefined) ?? np;
      np = channelObjectSubject(t, np, floor) ?? np;
    }
    // "The parliament has for the first time called for", "was caught on tape calling": a phrase of time or
    // manner after its preposition, no one who speaks; the subject comes before it, or is not found here
    if (np && ADVERBIAL_NOUN.test(toks[np[1]]!.value) && /^(?:for|at|on|in|by)$/i.test(toks[np[0] - 1]?.value ?? '')) {
      // (past an auxiliary: "has for the first time called")
      let k = np[0] - 2;
      while (k > floor && (toks[k]!.pos === 'AUX' || toks[k]!.pos === 'ADV')) k--;
      np = k >= floor && /^(?:NOUN|PROPN|PRON)$/.test(toks[k]!.pos) ? npBefore(t, k, floor) : undefined;
    }
    // "a doctor whose clinic was hit said", "an official whose agency monitors the border said": a possessive
    // relative clause ends right before the verb; the noun it hangs on speaks
    np = possessiveRelative(t, j, floor) ?? np;
    // "holdouts who refuse to leave said", "an officer who asked not to be identified said", "an official who was
    // directly involved admitted": a relative clause that ends on its own verb or predicate adjective (an adverb after
    // it skipped above) names no phrase right before the cue; the noun it hangs on speaks. Not before a passive ("Hamas,
    // which holds hostages underground, is not described as", whose noun is the one described), not for a participle
    // (whose subject may be the clause's: "a deal that would let Lee go, saying"), and not after a linking verb, whose
    // participle is the clause's own ("an executive who stands accused of")
    if (!np && !participle && toks[first]!.pos === 'VERB' && verbForm(toks[first]!.value) !== 'bare' && (prev.pos === 'VERB' || prev.pos === 'ADJ') && !LINKING.has(lower(prev)) && !/^(?:stands?|stood)$/i.test(prev.value) && !toks.slice(j + 1, first).some((x) => PASSIVE_BE.test(x.value))) np = relativeHead(t, j + 1, floor);
    if (np) {
      let [a, b] = np;
      // "officials who spoke on condition of anonymity said", "groups that have endorsed him say": the
      // phrase before the verb ends a relative clause; its head speaks
      // (not a subject pronoun, which starts a clause of its own: "a caveat that negated what he had
      // said"; nor before a participle, whose subject may be the phrase: "a speech that included Trump
      // vowing")
      const subjectPronoun = a === b && /^(?:he|she|they|we|i|you)$/i.test(toks[a]!.value);
      const head = subjectPronoun || participle ? undefined : relativeHead(t, a, floor);
      if (head) [a, b] = head;
      // appositive: "Name, the foreign minister, said" / "Name, 45, said"
      if (toks[b + 1]?.value !== ',') [a, b] = appositiveHead(t, [a, b], sent.tokenStart) ?? [a, b];
      // (a description with "of" in it: "the Forces, an umbrella group of militias — many backed by Iran —
      // called")
      if (lower(toks[a - 1]) === 'of' && a - 2 >= floor) {
        const described = npBefore(t, a - 2, floor);
        const head = described && appositiveHead(t, described, sent.tokenStart);
        // (not a sentence's opening word, capitalised anyway: "Nearby, a caretaker of the shrine said")
        const initial = !!head && head[0] === head[1] && head[0] === sent.tokenStart && !docContext(t).names.some((n) => n.start === toks[head[0]]!.start && !n.initial);
        if (head && !initial) [a, b] = head;
        // (a person named right before it speaks, not the body they are of: "Jane Roe of the Harbour Institute
        // told", as in "Jane Roe of the Harbour Institute, who ..., said")
        else if (described && ownName(t, described)) [a, b] = described;
      }
      // "most voters in Ohio say", "a former commander in the region said", "critics of the plan say": the
      // people, not the place they are in or the thing they are of ("the head of the agency" stays the
      // agency's)
      // (phrase after phrase: "residents of villages near Quneitra")
      // "governments representing 98 percent of the world's people said": the head before the participle
      // phrase speaks, not the participle's object
      const modified = participleHead(t, a, floor);
      if (modified) [a, b] = modified;
      // names joined by "and" speak together: "Hamas and Islamic Jihad said", "Lee, Levi and Haddad said"
      const names = conjoinedNames(t, a, b, floor);
      if (names.length > 1) {
        const start = names[0]![0];
        [a, b] = outermost(t, [start, b], floor, peopleBeforePhrase);
        const spoken = a === start ? names.map(([x, y]) => speakerOfPhrase(t, x, y, toks[first]!.start)) : [];
        if (spoken.length > 0 && spoken.every((w) => w !== '' && w !== ANONYMOUS)) {
          return { speaker: `${spoken.slice(0, -1).join(', ')} and ${spoken.at(-1)}`, from: a, to: b };
        }
      }
      // a name or a description joined by "and" to a description: "Hamas and hospital administrators deny"
      const pair = names.length === 1 ? describedPair(t, a, b, floor, last) : undefined;
      if (pair) {
        const spoken = pair.map(([x, y]) => speakerOfPhrase(t, x, y, toks[first]!.start));
        if (spoken.every((w) => w !== '' && w !== ANONYMOUS && !PRONOUNS.has(w.toLowerCase()))) return { speaker: `${spoken[0]} and ${spoken[1]}`, from: pair[0]![0], to: b };
      }
      [a, b] = outermost(t, [a, b], floor, peopleBeforePhrase);
      // "videos from the scene showed", "footage posted on social media shows": the medium, not where it was
      [a, b] = mediumBeforePhrase(t, a, b, floor, first) ?? [a, b];
      return { speaker: speakerOfPhrase(t, a, b, toks[first]!.start), from: a, to: b };
    }
  }
  // verbs that take an object ("told Reuters") name no speaker after them (see also the inverted case below)
  const objectVerb = /^(?:told|tell|tells|telling|asked|ask|urged|accused|warned|called)$/i.test(toks[last]!.value);
  // An inverted tag names its speaker after the verb, past names in the clause before it ('..., said Tom Reed.',
  // '..., said Dana Levi, a spokeswoman', '..., says mayor.'): a name that ends the sentence or its clause, or a
  // bare noun that ends the sentence ("says intelligence, logistics and ... are lacking" opens a clause); not a
  // day ("..., said Tuesday.")
  const named = INVERTED_SAYING.test(entry) && !objectVerb && (isNamePart(toks[last + 1]) || toks[last + 1]?.pos === 'NOUN') && !isDayOrMonth(toks[last + 1]) && !isTimeWord(toks[last + 1]) ? npAfter(t, last + 1, sent.tokenEnd - 1) : undefined;
  const atEnd = !!named && named[1] + 1 >= sent.tokenEnd;
  const closer = named && !atEnd ? toks[named[1] + 1]!.value : '';
  // (a title the tagger reads as an adjective ends a bare noun phrase too: "says army chief")
  // (or a title before the phrase that places it, as the inverted case below reads it: "..., said Israel's
  // ambassador to the United States, Michael Oren")
  const invertedTag =
    !!named &&
    (isNamePart(toks[named[1]])
      ? atEnd || /^[.,;]$/.test(closer)
      : ((toks[named[1]]!.pos === 'NOUN' || isTitleWord(toks[named[1]]!.value)) && (atEnd || closer === '.')) || (isTitleWord(toks[named[1]]!.value) && /^(?:of|for|to)$/i.test(closer))) ||
    (INVERTED_SAYING.test(entry) && !objectVerb && describedNameAfter(t, last + 1, sent.tokenEnd));
  // ('Ann Ruiz, who calls Tom Baker a "fraud," said': the comma before the verb sits inside the closing mark of a
  // quotation that ends the subject's relative clause; the clause's head speaks, not the name it quotes about nor the
  // verb's object read as an inverted tag)
  const quotedRelative = prev && j > floor ? relativeClosedByQuote(t, j, floor) : -1;
  if (quotedRelative >= 0) {
    const head = resolvePronoun(t, quotedRelative);
    if (head !== '' && !PRONOUNS.has(head.toLowerCase())) return { speaker: head, from: -1, to: -1 };
  }
  // (the comma may open the sentence, wink having ended one inside "(R-Tenn.)")
  if (prev && prev.value === ',' && (j - 1 >= sent.tokenStart || (j === sent.tokenStart && sent.index > 0)) && !invertedTag) {
    // "Name, a spokesman for the ministry, said", "Name, 59, of Ashton, Md., said": skip back over the
    // appositives to the name they describe (wink may end a sentence inside "(D-Md.)" or "R-N.Y.": then from the one before)
    // (or inside "R-N.Y.": a sentence that opens with a lone initial)
    const broken = /^[),]$/.test(toks[sent.tokenStart]!.value) || /^\p{Lu}\.$/u.test(toks[sent.tokenStart]!.value);
    const from = broken && sent.index > 0 ? t.sentences[sent.index - 1]!.tokenStart : sent.tokenStart;
    let k = j;
    for (let group = 0; group < 4; group++) {
      const groupEnd = k;
      k--;
      while (k >= from && toks[k]!.value !== ',' && !/^["“”'‘’]$/.test(toks[k]!.value)) k--;
      if (k <= from || toks[k]!.value !== ',') break;
      // "Rep. Ann Lee (D-Md.), chair of ..., said": the name before the parenthesis
      let end = k - 1;
      if (toks[end]!.value === ')') end = parenStart(toks, end, from, 9) - 1;
      // (the name before a box of linked headlines: "Sen. Tom Barlow Thomas BarlowVoters wary MORE (R-Ohio), an ally, said")
      const boxed = end >= from ? linkBoxName(t, end) : undefined;
      if (boxed) return { speaker: speakerOfPhrase(t, boxed[0], boxed[1], toks[first]!.start), from: boxed[0], to: boxed[1] };
      const np = end >= from ? npBefore(t, end, from) : undefined;
      // (a title after a possessive determiner, in apposition to a name: "..., but its defense minister, Yoav
      // Gallant, said" speaks by the name, not by the sentence's first subject)
      const owned = group === 0 ? ownedTitleName(t, j, from) : undefined;
      if (owned) return { speaker: speakerOfPhrase(t, owned[0], owned[1], toks[first]!.start), from: owned[0], to: owned[1] };
      // a name, or the sentence's own subject ("Democratic economists, like ..., say")
      if (np && ((isNamePart(toks[np[1]]) && isSourceName(t, np)) || np[0] === firstSubject(t, from, first)?.[0])) {
        // "an army spokesperson, Lt Col Dana Levi, said": the name in apposition to a description
        // (also after a title alone: "French President, Francois Hollande, told")
        // (a title after its owner's possessive too: "Iran's Foreign Minister, Abbas Araghchi, said")
        const afterOwner = toks.slice(np[0], np[1] + 1).map((x) => /^['’]s?$/.test(x.value)).lastIndexOf(true) + 1;
        const titleAlone = np[0] + afterOwner <= np[1] && toks.slice(np[0] + afterOwner, np[1] + 1).every((x) => x.pos === 'DET' || isTitleWord(x.value));
        const named = (!isNamePart(toks[np[1]]) || titleAlone) && appositiveName(t, k + 1, groupEnd - 1);
        if (named) return { speaker: speakerOfPhrase(t, k + 1, groupEnd - 1, toks[first]!.start), from: k + 1, to: groupEnd - 1 };
        // names joined by "and" speak together: "Ann Lee and Tom Reed, her deputy, said"
        const both = isNamePart(toks[np[1]]) ? conjoinedNames(t, np[0], np[1], from) : [];
        if (both.length > 1 && both.slice(0, -1).every((x) => standsAlone(t, x, np[1]))) {
          const spoken = both.map(([x, y]) => speakerOfPhrase(t, x, y, toks[first]!.start));
          if (spoken.every((w) => w !== '' && w !== ANONYMOUS)) return { speaker: `${spoken.slice(0, -1).join(', ')} and ${spoken.at(-1)}`, from: both[0]![0], to: np[1] };
        }
        return { speaker: speakerOfPhrase(t, np[0], np[1], toks[first]!.start), from: np[0], to: np[1] };
      }
    }
  }
  // inverted: '"...," said the minister' / 'said Name' (only after a quotation, a comma or at the start)
  const inverts = !prev || j < floor || prev.pos === 'PUNCT';
  // verbs that take an object are inverted only right after a quotation ('"...?" asked Mr. Lee'); evidence
  // verbs never ("Minutes of the meeting, meanwhile, showed increased optimism")
  const afterQuote = !!prev && /^["”'’]$/.test(prev.value);
  const evidence = /^(?:show|found|find|prov|reveal|demonstrat|indicat|suggest|confirm|mean)/i.test(toks[first]!.value);
  // away from a quotation, only verbs of saying invert ("..., said the minister"; never "..., mocked the party")
  const saying = afterQuote || INVERTED_SAYING.test(entry);
  // ('"...," adding that ...', '..., telling reporters': a participle's source is its clause's subject)
  if (inverts && !evidence && saying && !participle && (afterQuote || !objectVerb)) {
    let np = npAfter(t, last + 1, sent.tokenEnd - 1);
    // ("said his spokesman", "added her campaign manager Jeff Weaver": a possessive phrase is the speaker only
    // after a verb of saying and when it names a person; "reminded his staff", "denounced her record" have
    // their object there)
    const owned = /^(?:his|her|their|its)$/i.test(toks[last + 1]?.value ?? '') ? npAfter(t, last + 2, sent.tokenEnd - 1) : undefined;
    if (owned) {
      np = [last + 1, owned[1]];
      const head = lower(toks[np[1]]);
      const person = toks.slice(np[0], np[1] + 1).some((x) => x.pos === 'PROPN') || ANONYMOUS_HEADS.has(head) || SPOKESPERSON.test(head) || TITLE_WORDS.has(head) || PERSON_NOUN.test(head) || /^(?:friends?|allies|aides?|wife|husband|son|daughter|brother|sister|father|mother|colleagues?|partner)$/.test(head);
      if (!person || !INVERTED_SAYING.test(entry)) np = undefined;
    }
    // "said Thursday": a time, not a source
    // ("said late Monday": a time too)
    // (a clock time or a figure after the phrase is none of it: "says former US diplomat 01:26", a video's length)
    if (np && np[1] > np[0] && toks[np[1]]!.pos === 'NUM' && /^\d/.test(toks[np[1]]!.value) && toks[np[1] - 1]!.pos !== 'NUM') np = [np[0], np[1] - 1];
    if (np && !isTimeWord(toks[np[0]]) && !(/^(?:late|early)$/i.test(toks[np[0]]!.value) && isTimeWord(toks[np[0] + 1]))) {
      // (a headline ends its sentence with no stop: "Ceasefire is near, says minister")
      const after = np[1] + 1 < sent.tokenEnd ? toks[np[1] + 1] : undefined;
      // (but a bare plural there is as likely the verb's object, "...; blames airstrikes": a headline's tag
      // with no stop is a name or a person's noun, "says minister", "says family", "says IDF chief")
      const unstopped = !after && !/^[.!?]$/.test(toks[sent.tokenEnd - 1]?.value ?? '') && !toks.slice(np[0], np[1] + 1).some((x) => isNamePart(x) && x.pos === 'PROPN') && !PERSON_TAG.test(lower(toks[np[1]])) && !isTitleWord(toks[np[1]]!.value) && !SPOKESPERSON.test(lower(toks[np[1]])) && !ANONYMOUS_HEADS.has(lower(toks[np[1]]));
      // the phrase ends the clause: a name before anything but a verb ("said Lee as he left", not "said
      // Lee would"); another phrase only before punctuation or a time ("said the minister on Monday"), as
      // "described the operation as" and "told the council that" have their object there
      // (nor a name before the rest of a clause it is the subject of, in a headline that drops its verb: "Obama
      // defends policy, says Washington too 'style' conscious")
      const ends = isNamePart(toks[np[1]]) && !/^describ/i.test(toks[last]!.value) ? !/^(?:VERB|AUX|PART)$/.test(after?.pos ?? '') && !(/^(?:ADV|ADJ|DET)$/.test(after?.pos ?? '') && !isTimeWord(after)) : false;
      // right after a quotation the phrase is the speaker whatever qualifies it ('"...," said a longtime
      // adviser to both candidates', '... said one official who supports the plan')
      // (a participle phrase after it only past a quotation's closing mark, glued to its comma or stop: not an opening
      // mark, 'the group "announced it', nor a possessive's apostrophe, "members' professed ignorance matched by")
      // ('he added, "further emphasize the difficulties faced by': a mark spaced off its comma opens a quotation)
      const closed = /^[,.?!]$/.test(toks[j - 1]?.value ?? '') && toks[j - 1]!.end === prev.start;
      const qualified = afterQuote && (!/^(?:VERB|AUX|PART)$/.test(after?.pos ?? '') || (closed && participlePhrase(toks, np[1] + 1)));
      if (unstopped) {
        // (fall through to the verb's subject)
      } else if (!after || after.pos === 'PUNCT' || ends || qualified || /^(?:in|on|at|during|after|before|last|this|earlier|later|when|of)$/i.test(after.value) || (/^to$/i.test(after.value) && isTitleWord(toks[np[1]]!.value))) {
        // ('said her spokesman, Nick Merrill.': the name in apposition to a description, past the description's
        // own "of" phrase: 'said his chief of staff, David Wade', 'said the head of the agency, Dana Levi')
        let described = np[1];
        if (/^(?:of|for|to)$/i.test(after?.value ?? '') && !isNamePart(toks[np[1]])) {
          let k = np[1] + 2;
          while (k < sent.tokenEnd && k <= np[1] + 8 && isWord(toks[k])) k++;
          if (toks[k]?.value === ',') described = k - 1;
        }
        if (toks[described + 1]?.value === ',' && !isNamePart(toks[np[1]])) {
          let end = described + 2;
          for (;;) {
            if (end + 1 < sent.tokenEnd && isNamePart(toks[end + 1])) end++;
            // (a name joined by a hyphen, after a particle or a name: "Omar al-Haddad", "Dana Levi-Ruiz")
            else if (end + 3 < sent.tokenEnd && hyphenJoinsName(toks, end + 1) && /^\p{L}/u.test(toks[end + 3]!.value)) end += 3;
            else if (end + 2 < sent.tokenEnd && hyphenJoinsName(toks, end) && /^\p{L}/u.test(toks[end + 2]!.value)) end += 2;
            else break;
          }
          // (not a title cut off at its full stop: "the city's deputy police chief, Maj.")
          const closes = (/^[,.;]$/.test(toks[end + 1]?.value ?? '') || end + 1 >= sent.tokenEnd) && !(end === described + 2 && isTitleWord(`${toks[end]!.value}.`));
          if (closes && appositiveName(t, described + 2, end)) return { speaker: speakerOfPhrase(t, described + 2, end, toks[first]!.start), from: described + 2, to: end };
        }
        // ('said the head of the agency': the body a title heads speaks, as it does before the verb)
        if (lower(after) === 'of' && TITLE_WORDS.has(lower(toks[np[1]])) && !isNamePart(toks[np[1]])) {
          const body = npAfter(t, np[1] + 2, sent.tokenEnd - 1);
          if (body && (isNamePart(toks[body[1]]) || INSTITUTION_HEADS.test(toks[body[1]]!.value))) {
            return { speaker: speakerOfPhrase(t, body[0], body[1], toks[first]!.start), from: np[0], to: body[1] };
          }
        }
        return { speaker: speakerOfPhrase(t, np[0], np[1], toks[first]!.start), from: np[0], to: np[1] };
      }
    }
  }
  // fallback: a verb in a series takes the source of the cue before it ("Biden defended X, mocked Y"),
  // else the nearest name earlier in the sentence, else the sentence's subject
  if (participle || (prev && (prev.pos === 'PUNCT' || prev.pos === 'CCONJ'))) {
    // (only when that cue's source is the sentence's subject: not one inside a relative clause)
    // ("..., only after his top diplomat, Secretary Ann Lee, promised": a name set off by commas after a
    // description is no verb's object but the subject of this one)
    if (prev?.value === ',' && !participle) {
      let k = j - 1;
      while (k > floor && toks[k]!.value !== ',' && (isNamePart(toks[k]) || /^(?:of|for)$/.test(toks[k]!.value))) k--;
      // (the description: a phrase with a common noun in it, "his top diplomat", "the envoy for Iraq")
      let d = k - 1;
      while (d > floor && k - d < 8 && (/^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(toks[d]!.pos) || /^(?:his|her|its|their|for|to|of|in|['’]s)$/i.test(toks[d]!.value))) d--;
      const described = toks.slice(d + 1, k).some((x) => x.pos === 'NOUN' && /^\p{Ll}/u.test(x.value));
      const name = toks.slice(k + 1, j);
      const isName = name.length <= 7 && name.every((x) => isNamePart(x) || /^(?:of|for)$/.test(x.value)) && name.some((x) => x.pos === 'PROPN') && !isPlaceLike(textOf(t, k + 1, j - 1));
      if (k > floor && k < j - 1 && toks[k]!.value === ',' && described && isNamePart(toks[j - 1]) && isName) {
        return { speaker: speakerOfPhrase(t, k + 1, j - 1, toks[first]!.start), from: k + 1, to: j - 1 };
      }
    }
    // ('Tom Baker called the plan "a farce," denounced its cost and said': a verb in a series after a comma, or
    // a comma inside a quotation's closing mark, shares the subject of the verb of its form before it, when that
    // subject stands right before it, as after "and")
    const comma = prev?.value === ',' ? j : prev && CLOSING_MARK.test(prev.value) && toks[j - 1]?.value === ',' ? j - 1 : -1;
    // (not after a name set off by commas, the subject in apposition: "Trump's top rival, Texas Sen. Tom Baker, said",
    // "the army's chief, Gen. Omar al-Haddad, said")
    // (nor a participle before its agent, a passive: "..., first reported by Reuters, that"; nor a clause of its own,
    // "..., as widely reported, but", "..., when asked about it")
    const compared = toks.slice(comma + 1, first).some((x) => SUBORDINATOR.test(x.value));
    if (comma >= 0 && !participle && !compared && !setOffName(toks, comma, floor) && !/^by$/i.test(toks[last + 1]?.value ?? '')) {
      const shared = seriesSubject(t, first, comma, floor);
      if (shared) return shared;
    }
    // ("Officials familiar with the case, speaking on condition of anonymity, said", "A projection by the firm, prepared
    // for the retail lobby, predicted": a participle's aside after the subject; the subject speaks, not a name in it)
    const aside = prev?.value === ',' && !participle ? subjectBeforeAside(t, j, floor) : undefined;
    if (aside) return aside;
    const series = prev?.value === ',' && !participle ? resolvedSoFar.get(t)?.filter((c) => c.sentence === toks[first]!.sentence && c.form === 'reporting-verb' && c.speaker !== '').pop() : undefined;
    const subject = series ? firstSubject(t, sent.tokenStart, first) : undefined;
    if (series && subject && speakerOfPhrase(t, subject[0], subject[1], toks[first]!.start) === series.speaker) return { speaker: series.speaker, from: -1, to: -1 };
    const { names } = docContext(t);
    // (a participle's source is the clause's subject, not a name after "of" or a verb's preposition: "the
    // PM invoked the prophecy of Isaiah, saying", "Lee met with Kim, saying"; but "with Kim lambasting",
    // "As Kim began tweeting": there the name is the participle's subject)
    const object = (n: NameMention): boolean => {
      const k = tokenIndexAt(t, n.start);
      return participle && (lower(toks[k - 1]) === 'of' || (toks[k - 1]?.pos === 'ADP' && toks[k - 2]?.pos === 'VERB'));
    };
    const near = names.filter((n) => n.start >= sent.start && n.start < toks[first]!.start && !isPlaceLike(n.name) && !object(n)).pop();
    if (near) return { speaker: near.name, from: -1, to: -1 };
    const np = firstSubject(t, sent.tokenStart, first);
    if (np) return { speaker: speakerOfPhrase(t, np[0], np[1], toks[first]!.start), from: np[0], to: np[1] };
  }
  return NONE;
}

/**
 * The source of a participle set off by a comma after the clause it hangs on, where that is not the sentence's first
 * cue: a cue that ends right at the comma ('..., a spokesman for the ministry said, adding', 'a charge that party
 * leaders strongly denied, noting'), whose source goes on speaking; else, after a clause boundary (a semicolon, ', and',
 * ', but', ', while' before a clause with a verb of its own: 'Protest groups say ..., and the union has sued the city,
 * saying'), the first cue of that clause or its subject. Undefined when neither holds (the sentence's first cue then).
 */
function participleClause(t: Tokenized, first: number, comma: number, floor: number): SpeakerFind | undefined {
  const toks = t.tokens;
  const cues = (resolvedSoFar.get(t) ?? []).filter((c) => earlierSource(t, c, first));
  // (a comma inside a closing quotation mark: '... "the lessons of history," adding')
  const stop = toks[comma]!.value === ',' || isLongDash(toks[comma]) ? comma : comma - 1;
  let k = stop - 1;
  while (k > floor && (isTimeWord(toks[k]) || (toks[k]!.pos === 'ADV' && /^\p{Ll}/u.test(toks[k]!.value)) || /^(?:on|in|at|last|this|late|early|earlier)$/i.test(toks[k]!.value))) k--;
  const atComma = cues.filter((c) => c.end === toks[k]!.end).pop();
  if (atComma && atComma !== cues[0]) return { speaker: atComma.speaker, from: -1, to: -1 };
  if (atComma) return undefined;
  // the last boundary of a clause before the comma, with a finite verb between it and the comma
  for (let b = stop - 1; b > floor; b--) {
    const semicolon = toks[b]!.value === ';';
    const joined = toks[b]!.value === ',' && /^(?:and|but|while|whereas|yet)$/i.test(toks[b + 1]?.value ?? '') && !/^that$/i.test(toks[b + 2]?.value ?? '');
    // (not one inside a quotation: '"... peace, and you have every right ...," arguing')
    if ((!semicolon && !joined) || insideQuote(t, toks[b]!.start)) continue;
    const from = semicolon ? b + 1 : b + 2;
    const inClause = cues.find((c) => c.start >= toks[from]!.start);
    if (inClause) return inClause === cues[0] ? undefined : { speaker: inClause.speaker, from: -1, to: -1 };
    // (a subject with its verb right after it, '..., and the union has sued'; not a name in a list, ', and Tom
    // Reed, R-Ohio, are circulating', nor a phrase before a clause, 'the way it is'; one that can speak, a name,
    // a body or people, and no pronoun, which resolves by a path of its own)
    const np = subjectPastQuotation(t, from, stop);
    if (!np || toks[np[0]]!.pos === 'PRON' || /^(?:his|her|its|their)$/i.test(toks[np[0]]!.value)) return undefined;
    let v = np[1] + 1;
    while (v < stop && toks[v]!.pos === 'ADV') v++;
    if (!/^(?:VERB|AUX)$/.test(toks[v]?.pos ?? '') || v >= stop) return undefined;
    const head = toks[np[1]]!.value;
    if (!(/^\p{Lu}/u.test(head) || PERSON_NOUN.test(head) || INSTITUTION_HEADS.test(head) || ANONYMOUS_HEADS.has(head.toLowerCase()))) return undefined;
    const speaker = speakerOfPhrase(t, np[0], np[1], toks[first]!.start);
    return speaker === '' ? undefined : { speaker, from: np[0], to: np[1] };
  }
  return undefined;
}

/**
 * The relative pronoun ("who", "which") that opens the clause token `k` ends, with no comma, semicolon or dash
 * between them ("the candidate who launched his campaign by declaring": "who"), or -1. An adverbial participle after
 * "by" or "while" in such a clause is the head's act, not the sentence subject's.
 */
function relativeOpening(toks: Token[], k: number, floor: number): number {
  for (let x = k; x > floor; x--) {
    const w = toks[x]!;
    if (/^(?:[,;:–—(]|--)$/.test(w.value) || w.pos === 'SCONJ') return -1;
    if (/^(?:who|which)$/i.test(w.value)) return x;
  }
  return -1;
}

/** Past forms the tagger cannot tell by their ending. */
const IRREGULAR_PAST = /^(?:said|told|wrote|spoke|thought|saw|gave|took|made|knew|found|held|put|became|began|came|went|left|led|felt|meant|kept|stood|sought|brought|taught|read|ran|won|lost|sent|spent|met|got|struck|swore|threw|drew|broke|chose|fought|hit|cut|let|set|shut|cast|beat|sat|rose|grew|hung|paid|sold|shot|heard|built|bought|caught|forgot|forgave|mistook|undertook|withdrew|overcame|upheld)$/i;

/** The inflection of a verb, for matching verbs joined by a conjunction: -ing, -s, past or bare. */
function verbForm(value: string): string {
  const v = value.toLowerCase();
  if (/ing$/.test(v)) return 'ing';
  if (/ed$/.test(v) || IRREGULAR_PAST.test(v)) return 'past';
  if (/[^s]s$/.test(v)) return 's';
  return 'bare';
}

/**
 * The verb before the conjunction at `conj` that a cue at `first` is joined to: of the verbs of the same form
 * ("knocked ... and called", "says ... but insists") before it in its clause, outside quotations, the first,
 * as the others may lie in a clause it reports ("Lee conceded that Reed had touched her but implied", "Lee
 * told the AP her group never worked with him and said"); not a participle after a determiner or by its
 * noun, nor a passive ("the move was made by"); -1 when there is none. The clause ends at a conjunction or
 * a relative pronoun that opens one ("such as when Cruz knocked ... and called").
 */
function parallelVerb(t: Tokenized, first: number, conj: number, floor: number): number {
  const toks = t.tokens;
  const form = verbForm(toks[first]!.value);
  // (a participle in -ing may hang on a noun or be a gerund: "the problems Lee had answering ... and saying")
  if (form === 'ing') return -1;
  let found = -1;
  // (the first verb after the comma that closes an opening clause: "As the race turned south, Lee decried ...
  // and highlighted")
  let atComma: number | undefined;
  for (let k = conj - 1; k >= floor; k--) {
    // (too far back to tell which clause the verbs are in: the first after a comma)
    if (conj - k > 60) return atComma ?? found;
    const tok = toks[k]!;
    // (an aside in brackets is no part of it: "called them thieves (although he allowed ...) and promised")
    if (tok.value === ')') {
      const open = parenStart(toks, k, floor, 30);
      if (toks[open]?.value === '(') k = open;
      continue;
    }
    if (/^(?:when|while|because|if|although|though|whether|as|after|before|since|until|once|unless)$/i.test(tok.value)) return atComma ?? found;
    // (a relative clause holds both verbs: "groups, which fired rockets but claimed few casualties")
    if (/^(?:who|which|whom)$/i.test(tok.value)) return found;
    // (another clause joined before: "a group called for a boycott, and the league denounced ... and said")
    if (tok.value === ';' || (tok.value === ',' && toks[k + 1]?.pos === 'CCONJ' && k + 1 !== conj)) return found;
    if (tok.value === ',') atComma = found;
    // (a verb of another form: "says people may not like ... but insists" has its partner further back)
    if (tok.pos !== 'VERB' || insideQuote(t, tok.start) || verbForm(tok.value) !== form) continue;
    if (/^(?:the|a|an|this|that|these|those|his|her|their|its|['’]s)$/i.test(toks[k - 1]?.value ?? '')) continue;
    if (passiveBe(t, k, k) >= 0) continue;
    // (a participle before or after its noun: "the Jewish elected official", "civilians illegally held captive")
    let n = k - 1;
    while (n > floor && toks[n]!.pos === 'ADV') n--;
    if (form === 'past' && (toks[k + 1]?.pos === 'NOUN' || (toks[n]?.pos === 'NOUN' && !/^(?:DET|PRON|PROPN|NUM)$/.test(toks[k + 1]?.pos ?? '')))) continue;
    // (in a clause after "that", a clause reported: "conceded that Reed had touched her but implied")
    let s = k - 1;
    while (s > floor && (/^(?:NOUN|PROPN|DET|ADJ|NUM|AUX|ADV|PART|PRON)$/.test(toks[s]!.pos) || (/^(?:over|about|nearly|around|than|least)$/i.test(toks[s]!.value) && toks[s + 1]?.pos === 'NUM')) && !/^(?:who|which|whom|that|when|where|while|as|if|because|after|before|since|until|although|though)$/i.test(toks[s]!.value)) s--;
    // (or right after the verb that reports it, with no "that": "Lee says Reed promised to help and said")
    if (/^that$/i.test(toks[s]?.value ?? '') || (s < k - 1 && toks[s]?.pos === 'VERB')) continue;
    found = k;
  }
  return found;
}

/**
 * The sentence's subject when the comma at token `comma` closes an aside that opens with a participle right after it
 * ("Officials familiar with the case, speaking on condition of anonymity, said"; "A projection by the firm, prepared for
 * the retail lobby, predicted"), and nothing before the aside is a clause of its own (no verb but a participle on a
 * noun, no auxiliary, no cue word, no conjunction): undefined otherwise.
 */
function subjectBeforeAside(t: Tokenized, comma: number, floor: number): SpeakerFind | undefined {
  const toks = t.tokens;
  let k = comma - 1;
  while (k > floor && toks[k]!.value !== ',' && !OPENING_MARK.test(toks[k]!.value) && !CLOSING_MARK.test(toks[k]!.value)) k--;
  if (k <= floor || toks[k]!.value !== ',') return undefined;
  let p = k + 1;
  while (p < comma && toks[p]!.pos === 'ADV') p++;
  const opener = toks[p];
  // (not an aside that names the subject itself: "One commander, identified only as Col. Tom Baker, said")
  // (nor "including", whose named member says more than the group: "Democrats, including Ann Ruiz, said")
  if (!opener || /^(?:identified|including)$/i.test(opener.value) || opener.pos !== 'VERB' || !/^\p{Ll}+(?:ing|ed|en)$/u.test(opener.value)) return undefined;
  // (nor a relative clause: "arrested a man who approached a guard, said")
  if (toks.slice(p, comma).some((x) => /^(?:who|which|that|whom)$/i.test(x.value))) return undefined;
  const subject = firstSubject(t, floor, k);
  if (!subject || subject[1] >= k) return undefined;
  const cues = cueWords.get(t);
  // (the phrase up to the aside is the subject's: no verb but a participle on a noun, "the server taken from", no
  // conjunction; "The revelation came as Democrats, including ..., said" is no subject's aside)
  for (let x = subject[1] + 1; x < k; x++) {
    const tok = toks[x]!;
    const reduced = tok.pos === 'VERB' && /(?:ed|en|wn)$/i.test(tok.value) && toks[x - 1]?.pos === 'NOUN';
    if (tok.pos === 'AUX' || (tok.pos === 'VERB' && !reduced) || cues?.has(x) || SUBORDINATOR.test(tok.value) || /^(?:and|but|or|that|who|which)$/i.test(tok.value)) return undefined;
  }
  const speaker = speakerOfPhrase(t, subject[0], subject[1], toks[comma]!.start);
  return speaker === '' || PRONOUNS.has(speaker.toLowerCase()) || /^(?:this|these|those)$/i.test(speaker) ? undefined : { speaker, from: subject[0], to: subject[1] };
}

/** Words that open a clause of their own before its verb ("as reported", "when asked"). */
const SUBORDINATOR = /^(?:as|than|when|while|if|because|although|though|once|unless|until|after|before|since)$/i;

/** The stretch before the comma at `comma` opens with a comma of its own and holds a name and no verb: a name set off
 * in apposition ("Trump's top rival, Texas Sen. Tom Baker, said"), no verb phrase of a series. */
function setOffName(toks: Token[], comma: number, floor: number): boolean {
  let k = comma - 1;
  while (k > floor && comma - k <= 10 && toks[k]!.value !== ',' && (!/^(?:VERB|AUX)$/.test(toks[k]!.pos) || nameReadAsVerb(toks, k))) k--;
  return toks[k]?.value === ',' && toks.slice(k + 1, comma).some((x) => x.pos === 'PROPN');
}

/**
 * The source of a verb in a series after a comma ("Tom Baker met the mayor, denounced the plan and said"): the subject
 * named right before the verb of the same form earlier in the clause (parallelVerb), when that is a name, a body or
 * people; undefined otherwise.
 */
function seriesSubject(t: Tokenized, first: number, comma: number, floor: number): SpeakerFind | undefined {
  const toks = t.tokens;
  const parallel = parallelVerb(t, first, comma, floor);
  if (parallel < 0) return undefined;
  // ("harbour workers, who accused her of bias, claimed": a verb whose subject is "who" shares it; its head speaks)
  const head = subjectRelativeHead(t, parallel, floor);
  if (head) return { speaker: speakerOfPhrase(t, head[0], head[1], toks[first]!.start), from: head[0], to: head[1] };
  // (not a verb in a relative clause, whose subject is the clause's own: "Telegram, which voters have used to plan
  // rallies, according to Reuters, said")
  for (let k = parallel - 1; k >= floor && toks[k]!.value !== ','; k--) if (/^(?:who|which|whom|that)$/i.test(toks[k]!.value)) return undefined;
  return subjectRightBefore(t, parallel);
}

/**
 * The phrase a "who" set off by a comma stands for, when it is the subject of the verb at token `verb` (past its
 * adverbs and auxiliaries): "the dockers, who had accused him of bias" gives "the dockers"; undefined otherwise (a
 * relative with a subject of its own, "the group, which voters used", none, or a phrase after a preposition other
 * than "by", which may end a longer one: "the stewards of the bill, who").
 */
function subjectRelativeHead(t: Tokenized, verb: number, floor: number): [number, number] | undefined {
  const toks = t.tokens;
  let r = verb - 1;
  while (r > floor && (toks[r]!.pos === 'ADV' || toks[r]!.pos === 'AUX')) r--;
  if (r - 2 < floor || !/^who$/i.test(toks[r]!.value) || toks[r - 1]!.value !== ',') return undefined;
  const np = npBefore(t, r - 2, floor);
  // (not the object of a preposition inside a longer phrase, "the stewards of the bill, who", but an agent's,
  // "attacked by the dockers, who", or the people the phrase places, "an official familiar with the talks, who")
  const prep = np ? toks[np[0] - 1] : undefined;
  if (!np || !prep || prep.pos !== 'ADP' || /^by$/i.test(prep.value)) return np;
  // (a person named right before "of": "Jane Roe of the Harbour Institute, who" is Jane Roe)
  const person = /^of$/i.test(prep.value) && np[0] - 2 >= floor ? npBefore(t, np[0] - 2, floor) : undefined;
  if (person && ownName(t, person)) return person;
  const people = outermost(t, np, floor, locatedPeople);
  return people[0] !== np[0] ? people : undefined;
}

/**
 * The source of the verb at token `verb` when it is a subject named right before it, past its auxiliaries ("Cruz
 * knocked", "Ryan has lamented"), that can speak (a name, a body, people); undefined otherwise. A later verb of the same
 * form after "and" or a comma shares it ("Cruz knocked Reed on trade, mocked him and said").
 */
function subjectRightBefore(t: Tokenized, verb: number): SpeakerFind | undefined {
  const toks = t.tokens;
  const found = verbSpeaker(t, verb, verb, '', true);
  // (not a pronoun, resolved by a path of its own: "she drew Trump's ire - he called her weak and said")
  // (nor a phrase inside another: "ministers from Qatar and the Emirates met")
  const adjacent = found.from >= 0 && found.to < verb && !/^(?:and|or|from|of|in|at|with|for)$/i.test(toks[found.from - 1]?.value ?? '') && toks.slice(found.to + 1, verb).every((x) => /^(?:AUX|ADV|PART)$/.test(x.pos) || isTimeWord(x)) && !(found.from === found.to && toks[found.from]!.pos === 'PRON');
  // (and one that can speak: a name, a body, people; not "the course", "the hour" a verb read wrongly has found)
  const head = found.speaker.split(' ').pop() ?? '';
  const speaks = found.speaker === ANONYMOUS || /^\p{Lu}/u.test(head) || PERSON_NOUN.test(head) || INSTITUTION_HEADS.test(head) || ANONYMOUS_HEADS.has(head.toLowerCase());
  return adjacent && speaks && !PRONOUNS.has(found.speaker.toLowerCase()) ? found : undefined;
}

/**
 * The "who" of a relative clause still open at the conjunction at `conj` before the cue at `first`, or -1: "Among
 * them was Ann Holt who was interviewed on Harbour Channel 9 and said her family was safe". The verb after "and" goes
 * on with the relative's own verbs, so it has the relative's head for its subject, not the object of a preposition in
 * the clause (the channel) nor what the sentence opened with. Only when the relative's first verb is of the tense of
 * the cue's (its auxiliary's: "and didn't say"), as a verb joined to it is: in "Lee wrote about bishops who are
 * corrupt and accused the archbishop" the accusing goes with "wrote". No comma, semicolon or conjunction that opens a
 * clause between the two (a relative closed by a comma is an aside: "Lee met Ann Holt, who thanked him, and said"
 * is Lee's), and no second "who" or "and" (another list).
 */
function openRelativeBefore(t: Tokenized, conj: number, first: number, floor: number): number {
  const toks = t.tokens;
  let k = conj - 1;
  for (; k >= floor && conj - k <= 25; k--) {
    if (RELATIVE_STOP.test(toks[k]!.value)) return -1;
    if (lower(toks[k]) === 'who') break;
  }
  if (k < floor || conj - k > 25) return -1;
  // (a "who" right after the object of "of" may hang on the noun before it: "every member of Congress who supports")
  let n = k - 1;
  while (n > floor && isNamePart(toks[n])) n--;
  if (n < k - 1 && lower(toks[n]) === 'of') return -1;
  // (one verb group in the clause: a second is the main clause's verb, "The six who shot the video apologized and
  // said" is no relative clause going on)
  let groups = 0;
  for (let m = k + 1, inGroup = false; m < conj; m++) {
    const pos = toks[m]!.pos;
    if (pos === 'VERB' || pos === 'AUX') {
      if (!inGroup) groups++;
      inGroup = true;
    } else if (pos !== 'ADV' && pos !== 'PART') inGroup = false;
  }
  if (groups !== 1) return -1;
  const own = firstVerbIn(toks, k + 1, conj);
  const cue = firstVerbIn(toks, conj + 1, first + 1);
  return own >= 0 && cue >= 0 && tenseOf(toks[own]!.value) === tenseOf(toks[cue]!.value) ? k : -1;
}

/** A verb's form (verbForm), the past auxiliaries too: "was", "were", "did", "had" are past, not a form in -s. */
function tenseOf(value: string): string {
  return PAST_AUXILIARY.test(value) ? 'past' : verbForm(value);
}
const PAST_AUXILIARY = /^(?:was|were|did|had)$/i;

/** What ends an open relative clause before a conjunction: punctuation, another conjunction, a clause's opener. */
const RELATIVE_STOP = /^(?:[,;:()]|[-–—]{1,2}|and|or|but|when|while|because|if|although|though|whether|after|before|since|until|that|which)$/i;

/** The first verb or auxiliary from token `from` up to `to` (excluded), or -1. */
function firstVerbIn(toks: Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (toks[k]!.pos === 'VERB' || toks[k]!.pos === 'AUX') return k;
  return -1;
}

/** Things people make to say something through: "ads", "petitions", "interviews", "signs". */
const MEDIUM_NOUN = /^(?:ads?|advertisements?|petitions?|interviews?|speech(?:es)?|remarks|posts|messages|emails|videos|letters|statements|memos|leaflets?|flyers?|fliers?|banners?|signs?|placards?|posters?|billboards?|commercials?|spots|sermons?|op-eds|columns?|essays?|articles?|editorials|releases|pitches|appeals|mailers?|pamphlets?|texts|tweets|broadcasts?)$/i;
/** Verbs of making, sending or showing such a medium: "placed", "launched", "gave", "carried". */
const MADE = /^(?:place|run|launch|start|post|publish|give|issue|send|release|write|sign|circulate|file|air|put|deliver|make|tweet|share|distribute|carry|wave|hold|display|plant|pen|draft|unveil|broadcast|buy|produce|create|mail|hand|grant|conduct|do|record|upload)$/;

/** Verbs of receiving, reading or turning down a document: "received", "obtained", "rejected". */
const RECEIVED = /^(?:receive|get|obtain|see|read|review|reject|dismiss|ignore|intercept|discover|find|examine|study|hear|leak|cite|quote|seize)$/;

/** The verb whose object is the phrase ending at token `j` ("placed national newspaper ads", "held up
 * banners", "received a message"), or -1. */
function verbOfObject(toks: Token[], j: number, floor: number): number {
  let k = j - 1;
  // (past a participle that modifies the noun: "a threatening message", "a signed letter")
  while (k > floor && (/^(?:NOUN|ADJ|NUM|DET|PROPN)$/.test(toks[k]!.pos) || /^(?:-|['’]s|out|up)$/i.test(toks[k]!.value) || (toks[k]!.pos === 'VERB' && /(?:ing|ed)$/.test(toks[k]!.value) && /^(?:DET|ADJ)$/.test(toks[k - 1]?.pos ?? '')))) k--;
  return toks[k]?.pos === 'VERB' ? k : -1;
}

/**
 * The verb that issued the text ending at token `j`: the verb whose object it is ("the board issued a statement"), or
 * the verb before "in a statement" ("Holt said in a statement"); -1 when there is none. A participle after the text
 * reports the issuer's words: in "Ann Holt said in a statement accusing the mayor", Holt accuses.
 */
function issuingVerb(toks: Token[], j: number, floor: number): number {
  const k = verbOfObject(toks, j, floor);
  if (k >= 0) return k;
  let d = j - 1;
  while (d > floor && /^(?:ADJ|DET)$/.test(toks[d]!.pos)) d--;
  return d - 1 >= floor && /^in$/i.test(toks[d]!.value) && toks[d - 1]!.pos === 'VERB' && SAID_IN.test(toks[d - 1]!.lemma.toLowerCase()) ? d - 1 : -1;
}

/** Verbs of saying whose medium follows "in" ("said in a statement", "wrote in a letter"). */
const SAID_IN = /^(?:say|write|state|announce|declare|add|respond|reply|tell|warn|note|explain|claim|insist|argue)$/;

/** Prepositions whose object is no clause's subject ("linked to", "members of"); not "after" or "as", which may open a clause. */
const EMBEDDING_PREPOSITION = /^(?:of|to|in|at|with|for|from|by|on|among|between|like|against|about|into|over|under|near)$/i;

/**
 * Is the phrase starting at token `from` part of a larger subject rather than the subject itself: the object of a
 * participle or preposition ("a group linked to the League", "nations including Ruritania"), or a place after a
 * comma with no article ("Bishop Ann Rowe of Dover, Delaware")? Then the issuer is the larger phrase, for which
 * this path finds no speaker.
 */
function embeddedSubject(toks: Token[], from: number): boolean {
  const first = toks[from];
  const before = toks[from - 1];
  // (a phrase that opens with a time holds the preposition's object itself: "On Friday the league issued")
  if (!first || !before || isTimeWord(first)) return false;
  // (a verb after a hyphen ends a compound modifier: "the state-run agency", "President-elect Ann Holt")
  if ((before.pos === 'VERB' && toks[from - 2]?.value !== '-') || EMBEDDING_PREPOSITION.test(before.value)) return true;
  // (a place is written with no article: "the White House" after "talks with Borduria," is a subject of its own)
  return before.value === ',' && first.pos !== 'DET' && isNamePart(toks[from - 2]) && !isTimeWord(toks[from - 2]!);
}

/** The verb of making whose object is the phrase ending at token `j`, a medium noun ("placed national
 * newspaper ads", "held up banners"), or -1. */
function makingVerb(toks: Token[], j: number, floor: number): number {
  const k = verbOfObject(toks, j, floor);
  // (not an infinitive, whose subject lies further off: "had tried to use food to create signs calling for")
  return k >= 0 && MADE.test(toks[k]!.lemma.toLowerCase()) && !/^to$/i.test(toks[k - 1]?.value ?? '') ? k : -1;
}

/** Time, or an event someone speaks at, that a verb of spending, opening or ending takes for object. */
const SPENT_NOUN = /^(?:debates?|rall(?:y|ies)|speech(?:es)?|address|remarks|caucus(?:es)?|primar(?:y|ies)|hearings?|meetings?|sessions?|appearances?|interviews?|events?|conventions?|conferences?|campaign|run-up|tenure|term|career|presidency|time|day|days|night|nights|week|weeks|weekend|morning|evening|afternoon|hours|minutes|months|years)$/i;
const SPENDING = /^(?:spend|start|open|begin|end|close|use|devote|kick|wrap|fill|pass)$/;
/** The verb of spending, opening or ending whose object is the phrase ending at token `j`, time or an event ("spent
 * much of his 30-minute speech", "opened a rally in Ohio", "started out their ninth debate", "spent more time"), or -1. */
function spendingVerb(toks: Token[], j: number, floor: number): number {
  // (past the place of the event: "opened a rally in Dover blasting")
  if (toks[j]!.pos === 'PROPN' && /^(?:in|at)$/i.test(toks[j - 1]?.value ?? '') && j - 2 > floor) j -= 2;
  if (!SPENT_NOUN.test(toks[j]!.value) || toks[j]!.pos === 'VERB') return -1;
  let k = j - 1;
  while (k > floor && j - k <= 10 && (/^(?:NOUN|ADJ|NUM|DET|PROPN)$/.test(toks[k]!.pos) || /^(?:-|['’]s|of|to|his|her|their|its|our|my|much|more|most|part|rest|out|up|off)$/i.test(toks[k]!.value))) k--;
  // (not an infinitive, whose subject lies further off)
  return toks[k]?.pos === 'VERB' && SPENDING.test(toks[k]!.lemma.toLowerCase()) && !/^to$/i.test(toks[k - 1]?.value ?? '') ? k : -1;
}

/** The name set off by commas after a title its possessive determiner owns ("its defense minister, Yoav
 * Gallant, said", "his spokesman, Dana Levi, appeared to"), when `comma` closes it; else undefined. */
function ownedTitleName(t: Tokenized, comma: number, floor: number): [number, number] | undefined {
  const toks = t.tokens;
  if (toks[comma]?.value !== ',') return undefined;
  let k = comma - 1;
  while (k > floor && comma - k <= 8 && toks[k]!.value !== ',') k--;
  if (toks[k]?.value !== ',' || k + 1 > comma - 1 || !appositiveName(t, k + 1, comma - 1)) return undefined;
  const np = npBefore(t, k - 1, floor);
  // (not one of two joined subjects: "Ann Lee and her lawyer, Dana Levi, said" speak together)
  // (nor a preposition's object: "who hosted the talks with his Iraqi counterpart, Fuad Masum, said"; "and"
  // joins clauses only after a comma)
  if (!np) return undefined;
  const before = toks[np[0] - 2];
  const object = !!before && before.sentence === toks[comma]!.sentence && (/^(?:with|to|of|for|from|by|at|on|in|about|against|between|among|toward|towards|into|over|under|including|or|&)$/i.test(before.value) || (/^and$/i.test(before.value) && toks[np[0] - 3]?.value !== ','));
  if (!/^(?:its|his|her|their|our|my)$/i.test(toks[np[0] - 1]?.value ?? '') || isNamePart(toks[np[1]]) || object) return undefined;
  // (any role a common noun names: "its chief executive", "his lawyer", "her husband", "its ally")
  return isTitleWord(toks[np[1]]!.value) || SPOKESPERSON.test(lower(toks[np[1]])) || (toks[np[1]]!.pos === 'NOUN' && /^\p{Ll}/u.test(toks[np[1]]!.value)) ? [k + 1, comma - 1] : undefined;
}

/** The name a description after a comma stands in apposition to ("Ann Lee, a nurse", "Name, the foreign
 * minister"): when the phrase [a, b] opens on a determiner right after a comma and ends on no name, the
 * phrase before the comma, if it is a source's name; else undefined. With `dash`, also after a dash that opens an
 * aside, for the head of a "who" ("Ann Lee — a nurse who said"), but no dateline or place before it ("Geneva — a nurse
 * who"). */
function appositiveHead(t: Tokenized, [a, b]: [number, number], floor: number, dash = false): [number, number] | undefined {
  const toks = t.tokens;
  const dashed = dash && a - 1 > floor && isAsideDash(toks, a - 1);
  if ((toks[a - 1]?.value !== ',' && !dashed) || toks[a]!.pos !== 'DET' || isNamePart(toks[b])) return undefined;
  const outer = npBefore(t, a - 2, floor);
  // (a dateline is one word opening the sentence before its dash)
  const dateline = dashed && !!outer && ((outer[0] === outer[1] && outer[0] === t.sentences[toks[a]!.sentence]!.tokenStart) || isPlaceLike(textOf(t, outer[0], outer[1])));
  return outer && isNamePart(toks[outer[1]]) && isSourceName(t, outer) && !dateline ? outer : undefined;
}

/** Tokens [a, b] are a name and nothing else (one to five name parts, at least one a proper noun), or a person's name
 * with the place or body the person is from after "of" (see nameOfPlace). */
function appositiveName(t: Tokenized, a: number, b: number): boolean {
  const of = nameOfPlace(t, a, b);
  if (of >= 0) return appositiveName(t, a, of - 1);
  // (after its titles: "Maj. Gen. Ali al-Ahmadi")
  while (a < b && isTitleWord(t.tokens[a]!.value) && /\.$/.test(t.tokens[a]!.value)) a++;
  if (b < a) return false;
  // (a hyphen glued inside the name and the particle before it are of one part: "Ali al-Ahmadi")
  const all = t.tokens.slice(a, b + 1);
  const glued = (n: number) => all[n]?.value === '-' && n > 0 && all[n - 1]!.end === all[n]!.start && all[n + 1]?.start === all[n]!.end;
  // (a party and state tag is no name: "R-New York", "D-Md.")
  if (/^[RDI]$/.test(all[0]!.value) && glued(1)) return false;
  const toks = all.filter((x, n) => !glued(n) && !(glued(n - 1) && /^\p{Ll}/u.test(x.value)) && !(glued(n + 1) && NAME_PARTICLE.test(x.value)));
  if (toks.length > 5) return false;
  return toks.every((x) => isNamePart(x) || /^[A-Z][a-z]?\.?$/.test(x.value)) && toks.some((x) => x.pos === 'PROPN') && !isPlaceLike(textOf(t, a, b));
}

/**
 * The "of" in tokens [a, b] when they are a person's name, two name parts or more, and after "of" the place or the
 * body the person is from, a name of up to five parts ("Another pollster, Ann Rowe of Haifa University, said": Ann
 * Rowe, in apposition to the pollster, speaks, as in "Ann Rowe of Haifa University said"); -1 otherwise. A body's name
 * with one word before "of" ("the Bank of Ruritania") is left whole.
 */
function nameOfPlace(t: Tokenized, a: number, b: number): number {
  const toks = t.tokens;
  let of = a + 2;
  while (of < b && toks[of]!.value !== 'of') of++;
  if (of >= b || of - a > 5) return -1;
  const place = lower(toks[of + 1]) === 'the' ? of + 2 : of + 1;
  if (place > b || b - place >= 5) return -1;
  for (let k = place; k <= b; k++) if (!isNamePart(toks[k]) || !/^\p{Lu}/u.test(toks[k]!.value)) return -1;
  for (let k = a; k < of; k++) if (!isNamePart(toks[k])) return -1;
  return of;
}

/**
 * The source of a cue after "to": the source of a cue governing it ("vowed to respond"); the object of a
 * verb of prompting ("prompted Cooper to accuse"); else the subject of the verbs before "to" ("officials
 * are believed to fear", "was quick to condemn", "went on to say").
 */
function infinitiveSpeaker(t: Tokenized, to: number, floor: number, first: number): SpeakerFind | undefined {
  const toks = t.tokens;
  const at = toks[first]!.start;
  const governing = resolvedSoFar.get(t)?.find((c) => c.end === toks[to - 1]?.end && c.speaker !== '');
  // ("X is reported to have called": X called)
  const heldBy = governing && implied.get(governing);
  if (governing && (!implied.has(governing) || heldBy)) return { speaker: heldBy || governing.speaker, from: -1, to: -1 };
  const act = actAgent(t, to, floor, at);
  if (act) return act;
  const object = npBefore(t, to - 1, floor);
  if (object && (isNamePart(toks[object[1]]) || toks[object[1]]!.pos === 'PRON') && toks[object[0] - 1]?.pos === 'VERB') {
    return { speaker: speakerOfPhrase(t, object[0], object[1], at), from: object[0], to: object[1] };
  }
  let k = to - 1;
  while (k >= floor && (/^(?:VERB|AUX|ADV|PART|ADJ|ADP)$/.test(toks[k]!.pos) || SKIP_BEFORE.has(lower(toks[k])))) k--;
  // ("but its defense minister, Yoav Gallant, appeared to hint": the name after the owned title)
  const owned = ownedTitleName(t, k, floor);
  if (owned) return { speaker: speakerOfPhrase(t, owned[0], owned[1], at), from: owned[0], to: owned[1] };
  // ("prompting the Most Rev. Ann Cole, the bishop of Leeds, to call for": the object a description follows)
  if (toks[k]?.value === ',' && k === to - 1) {
    let c = k - 1;
    while (c > floor && k - c <= 10 && toks[c]!.value !== ',') c--;
    const named = toks[c]?.value === ',' && toks[c + 1]?.pos === 'DET' ? npBefore(t, c - 1, floor) : undefined;
    if (named && isNamePart(toks[named[1]]) && toks[named[0] - 1]?.pos === 'VERB') return { speaker: speakerOfPhrase(t, named[0], named[1], at), from: named[0], to: named[1] };
  }
  const before = k >= floor ? npBefore(t, k, floor) : undefined;
  // "took to social media to complain", "used his speech to call for": a purpose clause, whose source
  // is the sentence's subject, not the phrase before "to"
  let lead = before ? before[0] - 1 : -1;
  while (lead >= floor && POSSESSIVE_PRONOUN.test(toks[lead]!.value)) lead--;
  // ("it is naivete to think", "the goal was a chance to argue": a predicate after a copula, whose subject
  // is the copula's, not the predicate)
  const copula = !!before && before[1] === to - 1 && /^(?:is|was|are|were|be|been|being|['’]s|seems?|seemed|remains?|remained)$/i.test(toks[lead]?.value ?? '');
  // ("as the minister liked to put it", "as Lee likes to say": "as" opens a clause whose subject the phrase is, when a
  // verb follows it before "to"; not a preposition's object)
  const asClause = !!before && lower(toks[lead]) === 'as' && toks.slice(before[1] + 1, to).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
  const complement = before && !asClause && (/^(?:ADP|VERB)$/.test(toks[lead]?.pos ?? '') || copula);
  // ("Israel has a right to respond", "Lee had the chance to say": the one who has it)
  if (before && before[1] === to - 1 && toks[lead]?.pos === 'AUX' && /^(?:has|have|had)$/i.test(toks[lead]!.value)) {
    let s = lead - 1;
    while (s >= floor && toks[s]!.pos === 'ADV') s--;
    const holder = s >= floor ? npBefore(t, s, floor) : undefined;
    if (holder) return { speaker: speakerOfPhrase(t, holder[0], holder[1], at), from: holder[0], to: holder[1] };
  }
  // ("there is no reason to believe", "what is the trigger to say": an empty subject, no one's words)
  if (copula) {
    let s = lead - 1;
    while (s >= floor && /^(?:AUX|ADV|PART)$/.test(toks[s]!.pos)) s--;
    if (/^(?:there|what|here)$/i.test(toks[s]?.value ?? '')) return NONE;
  }
  const subject = (!complement && before) || firstSubject(t, floor, to);
  if (subject) return { speaker: speakerOfPhrase(t, subject[0], subject[1], at), from: subject[0], to: subject[1] };
  return undefined;
}

/** Nouns for an act whose infinitive names what the act is ("his move to call for", "the decision to announce"). */
const ACT_NOUN = /^(?:move|decision|attempt|effort|bid|push|plan|refusal|failure|vow|pledge|promise|threat|offer|proposal|request|demand|readiness|willingness|reluctance|determination)$/i;

/**
 * The source of a cue in the infinitive of an act noun: whose act it is ("his move to call for their ban": he; "Israel's
 * refusal to accept"; "the decision by Hamas to announce a truce": Hamas), none when the text gives no one (the act
 * itself is no source: not "move" nor "decision"). Undefined when the word before "to" is no such noun.
 */
function actAgent(t: Tokenized, to: number, floor: number, at: number): SpeakerFind | undefined {
  const toks = t.tokens;
  let n = to - 1;
  // ("the decision by Hamas to announce": a name after "by" between the noun and "to")
  let by: [number, number] | undefined;
  if (n > floor && isNamePart(toks[n]) && toks[n]!.pos === 'PROPN') {
    const np = npBefore(t, n, floor);
    if (np && lower(toks[np[0] - 1]) === 'by') {
      by = np;
      n = np[0] - 2;
    }
  }
  const noun = toks[n];
  if (!noun || noun.pos !== 'NOUN' || !ACT_NOUN.test(noun.value)) return undefined;
  if (by) return { speaker: speakerOfPhrase(t, by[0], by[1], at), from: by[0], to: by[1] };
  const before = toks[n - 1];
  if (before && POSSESSIVE_PRONOUN.test(before.value)) {
    // (an owner left unresolved, "its move": the sentence's subject, as before)
    const owner = resolvePronoun(t, n - 1);
    return owner === '' || PRONOUNS.has(owner.toLowerCase()) ? undefined : { speaker: owner, from: -1, to: -1 };
  }
  if (before && /^['’]s?$/.test(before.value) && n - 2 >= floor) {
    const owner = npBefore(t, n - 2, floor);
    if (owner) return { speaker: speakerOfPhrase(t, owner[0], owner[1], at), from: owner[0], to: owner[1] };
  }
  // (an act with no owner that opens the sentence, "The failure to condemn terrorism puts ...", is no one's words; one
  // inside the predicate, "sought ... in an attempt to cast", is the subject's, as before)
  let d = n - 1;
  while (d > floor && /^(?:ADJ|ADV)$/.test(toks[d]!.pos)) d--;
  return toks[d]?.pos === 'DET' && d === floor ? NONE : undefined;
}

/** Auxiliaries and modals that make a clause finite. */
const FINITE_AUX = /^(?:is|was|are|were|has|have|had|will|would|could|can|may|might|must|should|shall|did|does|do)$/i;

/** The first finite verb from token `from` on, not in an infinitive ("to leave"): one in -s or -ed, or a finite auxiliary
 * ("reflects", "surprised", "has angered"); -1 when there is none before `end`. */
function finiteVerbFrom(toks: Token[], from: number, end: number): number {
  for (let k = from; k < end; k++) {
    const x = toks[k]!;
    if (lower(toks[k - 1]) === 'to' || !/^(?:VERB|AUX)$/.test(x.pos)) continue;
    if ((x.pos === 'AUX' && FINITE_AUX.test(x.value)) || (x.pos === 'VERB' && /^\p{Ll}+(?:[^s]s|ed)$/u.test(x.value))) return k;
  }
  return -1;
}

/** Cues whose verbs put their source after them ("..., said Lee", "..., added the minister"). */
const INVERTED_SAYING = /\.(?:say|tell|state|announce|add|explain|write|report|comment|reply|respond|ask|tweet|argue|declare|recall|remember|predict|manner-of-speaking|warn|insist|maintain|contend|assert|claim|confirm|admit|acknowledge|concede|note|observe|propose|fire-back|conclude|complain|recount|emphasize)$/;

/**
 * The word before token a is a conjunction the tagger reads as a preposition, opening a clause whose subject starts at a:
 * "whether Tom Baker, who ..., will", "As Ann Ruiz, the editor, put it"; "as" only at the start of a sentence or after
 * a comma, where it opens a clause, not after a noun or a verb ("cast the party as anti-Israel, a claim ...").
 */
function opensClauseBefore(toks: Token[], a: number): boolean {
  const word = toks[a - 1]!.value;
  if (/^(?:whether|that|if|because|although|though|while|when|unless)$/i.test(word)) return true;
  // ("after Ann Ruiz, asked about it, had said"; not a time, "after 9 a.m. ET, the agency said")
  if (/^(?:after|before)$/i.test(word)) return toks[a]!.pos !== 'NUM' && !isTimeWord(toks[a]);
  // (after a comma inside a closing mark too: 'The "bloodbath," as Ann Ruiz, the director, described it')
  const comma = toks[a - 2]?.value === ',' || (CLOSING_MARK.test(toks[a - 2]?.value ?? '') && toks[a - 3]?.value === ',');
  return /^as$/i.test(word) && (toks[a - 1]!.sentence !== toks[a - 2]?.sentence || comma);
}

/** A name that can be a source: not a date, a place after a preposition ("in Chappaqua, N.Y."), or a number. */
function isSourceName(t: Tokenized, [a, b]: [number, number]): boolean {
  const toks = t.tokens;
  if (isTimeWord(toks[b]) || (toks[a - 1]?.pos === 'ADP' && !opensClauseBefore(toks, a)) || isPlaceLike(textOf(t, a, b))) return false;
  // (a state's abbreviation is no name, "Md.", "N.Y."; a generational suffix after a name ends one, "Charles
  // Dunlap Jr.")
  const suffix = /^(?:Jr|Sr)\.$/.test(toks[b]!.value) && b > a && isNamePart(toks[b - 1]) && /^\p{Lu}\p{Ll}/u.test(toks[b - 1]!.value);
  return /\p{L}{2}/u.test(textOf(t, a, b)) && (suffix || !/^\p{Lu}\p{Ll}?\.(?:\p{Lu}\.)?$/u.test(toks[b]!.value));
}

/** Double quotation marks only: a lone single mark is as often an apostrophe ("the voters' union"). */
const CLOSING_MARK = /^(?:["”]|'')$/;
const OPENING_MARK = /^(?:["“]|'')$/;

/**
 * The "who" or "which" opening a relative clause set off after the sentence's subject that a quotation ends, the comma
 * inside its closing mark, when token j is that mark right before a verb: 'Ann Ruiz, who calls Tom Baker a "fraud," said
 * she would not back him' gives "who" (its head, Ann Ruiz, is the verb's subject); -1 otherwise. The quotation opens
 * inside the clause, the clause holds no other quotation, and the head ends right before the comma that opens the
 * clause and is the sentence's first subject ('"I will not back him," Ann Ruiz said' has no clause; in 'Tom Baker
 * praised Ann Ruiz, who calls the plan a "fraud," said' the clause hangs on an object).
 */
function relativeClosedByQuote(t: Tokenized, j: number, floor: number): number {
  const toks = t.tokens;
  if (!CLOSING_MARK.test(toks[j]!.value) || toks[j - 1]?.value !== ',') return -1;
  let open = j - 2;
  while (open > floor && !OPENING_MARK.test(toks[open]!.value) && !CLOSING_MARK.test(toks[open]!.value)) open--;
  if (open <= floor || !OPENING_MARK.test(toks[open]!.value)) return -1;
  let r = open - 1;
  while (r > floor && !/^(?:who|which)$/i.test(toks[r]!.value) && !OPENING_MARK.test(toks[r]!.value) && !CLOSING_MARK.test(toks[r]!.value)) r--;
  if (r <= floor + 1 || !/^(?:who|which)$/i.test(toks[r]!.value) || toks[r - 1]!.value !== ',') return -1;
  const subject = firstSubject(t, floor, r - 1);
  return subject && subject[1] === r - 2 ? r : -1;
}

/** The phrase x..y is a name (past a determiner). */
const isNamedPhrase = (toks: Token[], [x, y]: [number, number]) => isNamePart(toks[y]) && isNamePart(toks[toks[x]!.pos === 'DET' && x < y ? x + 1 : x]);

/**
 * The names joined by "and" that end at the name [a, b], first to last ("Hamas and Islamic Jihad", "the US
 * and Britain", "Lee, Levi, and Haddad"), each a range; only [a, b] when no name comes before "and". Not
 * names after a verb, a preposition or another "and" ("met Levi and ...", "officials in Gaza and Israel",
 * "the war between Israel and Hamas, Egypt and Qatar said": Egypt and Qatar), nor two
 * clauses joined by ", and" ("Lee met Levi, and Haddad said": a list with a comma before "and" has three
 * names or more).
 */
function conjoinedNames(t: Tokenized, a: number, b: number, floor: number): [number, number][] {
  const toks = t.tokens;
  if (!isNamedPhrase(toks, [a, b]) || !/^(?:and|&)$/i.test(toks[a - 1]?.value ?? '')) return [[a, b]];
  const out: [number, number][] = [[a, b]];
  let serial = toks[a - 2]?.value === ',';
  let k = serial ? a - 3 : a - 2;
  // (a party tag after the name before "and" is no list's comma: "John Lee, R-Ariz., and Ann Dale")
  if (serial) {
    let open = a - 3;
    while (open > floor && a - open <= 8 && toks[open]!.value !== ',') open--;
    if (toks[open]?.value === ',' && partyTagAfter(t, open) === a - 2) {
      serial = false;
      k = open - 1;
    }
  }
  for (;;) {
    const np = k >= floor ? npBefore(t, k, floor) : undefined;
    if (!np || !isNamedPhrase(toks, np)) break;
    out.unshift(np);
    if (toks[np[0] - 1]?.value !== ',') break;
    k = np[0] - 2;
  }
  // (a first name that is the end of another "and": "the war between Israel and Hamas, Egypt and Qatar said")
  if (out.length > 2 && toks[out[0]![0] - 1]?.pos === 'CCONJ') out.shift();
  const before = toks[out[0]![0] - 1];
  // (but "the leaders of the US, Britain and Italy", "critics of Lee and Levi": the people before "of" speak)
  const ofPeople = lower(before) === 'of' && (RELATION_NOUN.test(lower(toks[out[0]![0] - 2])) || /^(?:leaders|heads)$/.test(lower(toks[out[0]![0] - 2])));
  if (out.length < (serial ? 3 : 2) || (before && out[0]![0] > floor && /^(?:VERB|ADP|AUX|CCONJ)$/.test(before.pos) && !ofPeople)) return [[a, b]];
  return out;
}

const CLAUSE_OPENER = /^(?:as|while|when|because|although|though|if|but|yet)$/i;
/**
 * Two phrases joined by "and" that are together the subject ending at [a, b] of the cue ending at token
 * `last`, when one of them is a description (conjoinedNames joins names): "Hamas and hospital administrators
 * deny the claims", "The port authority and the army said" - both speak, not only the one next to the verb.
 * Only two phrases, the first opening the sentence or a clause (after a word such as "as" or "while"; after
 * a comma only in a tag that ends its clause, "..., the port authority and the army said."); not a list
 * ("Activists, campaign groups and lawmakers criticised"), an object or a phrase after a preposition ("he
 * met Levi and the mayor said", "the leaders of Hamas and the militia said"), a pronoun ("Levi and I
 * discussed"), nor one person's two titles ("former mayor and harbour chief Dana Levi said").
 */
function describedPair(t: Tokenized, a: number, b: number, floor: number, last: number): [[number, number], [number, number]] | undefined {
  const toks = t.tokens;
  if (!/^(?:and|&)$/i.test(toks[a - 1]?.value ?? '') || a - 2 < floor || toks[a - 2]!.value === ',') return undefined;
  if (toks[a]!.pos === 'PRON') return undefined;
  const np = npBefore(t, a - 2, floor);
  if (!np || toks[np[1]]!.pos === 'PRON' || (np[0] === np[1] && toks[np[0]]!.pos === 'DET')) return undefined;
  // (one person's titles: a bare singular title before a name)
  // ("the political essayist and Czech dissident Ota Brno wrote": a singular title, then a name with its own)
  const single = toks[np[1]]!.pos === 'NOUN' && !/s$/i.test(toks[np[1]]!.value);
  if (single && isNamePart(toks[b]) && toks[b]!.pos === 'PROPN' && (toks[np[0]]!.pos !== 'DET' || toks.slice(a, b).some((x) => x.pos !== 'DET' && /^\p{Ll}/u.test(x.value)))) return undefined;
  const before = toks[np[0] - 1];
  const tagEnds = /^[.,;!?]$/.test(toks[last + 1]?.value ?? '.');
  const opens = np[0] === floor || (before?.value === ',' && tagEnds) || (!!before && CLAUSE_OPENER.test(before.value) && /^(?:SCONJ|CCONJ|ADP)$/.test(before.pos));
  return opens ? [np, [a, b]] : undefined;
}

/**
 * A name before "and" that names someone on its own, not the first half of a name with "and" in it ("House
 * Oversight and Government Reform Committee Chairman Darrell Issa"): a place, one with a common given name,
 * or one whose last word the text writes elsewhere outside the phrase ending at token `end`.
 */
function standsAlone(t: Tokenized, [a, b]: [number, number], end: number): boolean {
  const toks = t.tokens;
  const text = textOf(t, a, b);
  if (isPlaceLike(text) || toks.slice(a, b + 1).some((x) => isGivenName(x.value))) return true;
  const last = toks[b]!.value;
  return docContext(t).names.some((n) => (n.start < toks[a]!.start || n.start > toks[end]!.end) && n.written.split(' ').at(-1) === last);
}

/** A past participle's ending ("reported", "shown", "told", "thought", "said"). */
const PARTICIPLE = /(?:ed|en|wn|ld|ght|id)$/i;
const BE_FORM = /^(?:is|are|was|were|been|be|being)$/i;

/** The be-form a cue's participle follows ("was told", "has been widely criticized"), or -1: a passive. */
function passiveBe(t: Tokenized, first: number, last: number): number {
  if (!PARTICIPLE.test(t.tokens[last]!.value)) return -1;
  const k = beforeAdverbs(t, first);
  return BE_FORM.test(t.tokens[k]?.value ?? '') ? k : -1;
}

/** The token before `first` and the adverbs right before it ("was first reported": "was", "were either
 * claimed": "were"). */
function beforeAdverbs(t: Tokenized, first: number): number {
  let k = first - 1;
  while (k >= 0 && (t.tokens[k]!.pos === 'ADV' || /^(?:either|neither)$/i.test(t.tokens[k]!.value))) k--;
  return k;
}


/** "by" that gives a means or a time, not an agent: "told by phone", "announced by Tuesday" (and "by
 * firing", a gerund). */
const NOT_AGENT = new RegExp(String.raw`^(?:phone|telephone|email|e-mail|mail|text|video|videolink|letter|fax|far|then|now|default|contrast|comparison|hand|name|law|design|accident|chance|way|means|virtue|force|margin|majority|mistake|rote|\d.*|${DAYS}|${MONTHS}|midnight|noon)$`, 'i');
/** "by the time", "by the end of" */
const BY_TIME = /^(?:time|end|middle|start|close|beginning|way|hour|day|week|month|year)$/i;
/** A word in -ing in lower case: a gerund or a present participle. */
const GERUND = /^\p{Ll}+ing$/u;
const byAgent = (toks: Token[], by: number) => !NOT_AGENT.test(toks[by + 1]?.value ?? '') && !GERUND.test(toks[by + 1]?.value ?? '') && !(toks[by + 1]?.pos === 'DET' && BY_TIME.test(toks[by + 2]?.value ?? ''));

/** "by" before a gerund, perhaps after an adverb wink reads as an adjective ("by first saying", "by simply asking"): a
 * means, not an agent. */
function byGerund(toks: Token[], by: number): boolean {
  return GERUND.test(toks[by + 1]?.value ?? '') || (toks[by + 1]?.pos !== 'DET' && GERUND.test(toks[by + 2]?.value ?? ''));
}

/** "was first reported by Politico", "is described by critics as", "as reported by Politico", "has been
 * called "strategic ambiguity" by a professor", "Asked by a reporter whether the port would close, ...": the agent
 * after "by". */
function passiveAgent(t: Tokenized, first: number, last: number): SpeakerFind | undefined {
  const toks = t.tokens;
  if (!PARTICIPLE.test(toks[last]!.value)) return undefined;
  const k = beforeAdverbs(t, first);
  // (or "As reported by Politico, ...")
  const asClause = lower(toks[k]) === 'as' && lower(toks[last + 1]) === 'by';
  // (or a reduced relative: "the casualties reported by the ministry")
  // (an adverb may come between: "a sentiment also expressed by the senator")
  // (or set off by a comma after its noun: "the plan, announced by the mayor in May, ...")
  // (not a main verb after an aside, "Lee, pressed hard, responded by first saying ...": an agent names someone)
  const reduced =
    lower(toks[last + 1]) === 'by' &&
    (/^(?:NOUN|PROPN)$/.test(toks[k]?.pos ?? '') || (toks[k]?.value === ',' && /^(?:NOUN|PROPN)$/.test(toks[k - 1]?.pos ?? '') && /^(?:DET|PROPN|NOUN|ADJ|NUM|PRON)$/.test(toks[last + 2]?.pos ?? '') && !byGerund(toks, last + 1)));
  const sent = t.sentences[toks[first]!.sentence]!;
  // (or a participle that opens its clause: "Asked by a reporter whether ...", "When pressed by the host about ...")
  const opening = k < sent.tokenStart || FRONTING.test(toks[k]?.value ?? '');
  if (!asClause && !reduced && !opening && !BE_FORM.test(toks[k]?.value ?? '')) return undefined;
  // right after the verb ("reported by"), or past its complement ("described as a massacre by
  // residents"), but not in a clause of its own ("it should be noted that the figures reported by ..."),
  // nor a "by" giving a means or a time ("by phone", "by Tuesday")
  let by = last + 1;
  for (; by < sent.tokenEnd && by - last <= 12; by++) {
    const w = toks[by]!;
    if (lower(w) === 'by' && byAgent(toks, by)) break;
    if (w.value === ';' || (by - last > 1 && (/^(?:VERB|AUX|SCONJ)$/.test(w.pos) || /^(?:that|which|who|whom|whose)$/i.test(w.value)))) return undefined;
  }
  if (lower(toks[by]) !== 'by') return undefined;
  // (an opening participle's own "by": right after it, past a time, or after a name it asks about, "Asked about Iran by
  // reporters"; not a "by" inside its complement, "Asked about a pledge by the government to ...", whose agent is the
  // noun's, nor "Called into the streets by the cleric", where the participle summons rather than speaks)
  if (opening && !asClause && !reduced && !BE_FORM.test(toks[k]?.value ?? '') && !openingAgent(toks, last, by)) return undefined;
  // ("by her campaign": the phrase with its possessive)
  const own = /^(?:his|her|their|its|our|my)$/i.test(toks[by + 1]?.value ?? '') ? 1 : 0;
  const np = npAfter(t, by + 1 + own, sent.tokenEnd - 1);
  if (!np) return undefined;
  // (the agent ends before a time or "as": "by a reporter Monday afternoon", "by Egypt last week", "by negotiators as
  // striking a balance"; not a time inside a word, "their 26-year-old son")
  let end = np[1];
  for (let x = np[0] + 1; x <= np[1]; x++) {
    const time = isTimeWord(toks[x]) && toks[x - 1]!.end < toks[x]!.start && toks[x + 1]?.start !== toks[x]!.end;
    if (lower(toks[x]) !== 'as' && !time) continue;
    end = x - 1;
    while (end > np[0] && /^(?:last|this|next|late|early|on|in|at)$/i.test(toks[end]!.value)) end--;
    break;
  }
  return { speaker: speakerOfPhrase(t, np[0] - own, end, toks[first]!.start), from: np[0] - own, to: end };
}

/** The "by" at `by` is the agent of the participle ending at `last` that opens its clause: right after it, past times and
 * adverbs ("Asked Sunday by the host"), or after a name the participle asks about ("Asked about Ruritania by reporters"). */
function openingAgent(toks: Token[], last: number, by: number): boolean {
  if (toks[by - 1]?.pos === 'PROPN' && by - 1 > last) return true;
  for (let x = last + 1; x < by; x++) if (!isTimeWord(toks[x]) && !(toks[x]!.pos === 'ADV' && /^\p{Ll}/u.test(toks[x]!.value)) && !/^(?:on|in|at|last|this)$/i.test(toks[x]!.value)) return false;
  return true;
}

/** Participles that are states of mind after a be-form ("are concerned that", "is convinced"): the
 * subject holds the belief; and cues whose subject is the one heard ("was quoted as saying"). */
const SUBJECT_PASSIVE = /^(?:concerned|convinced|worried|determined|pleased|disappointed|delighted|frustrated|alarmed|encouraged|prepared|committed|opposed|inclined|satisfied|surprised|shocked|outraged|angered|dismayed|troubled|relieved|heartened|unconvinced|persuaded|resigned|tempted|interested|quoted|heard|overheard|recorded|caught|filmed|taped|videotaped)$/i;

/** A dash that sets off an aside: a hyphen only with a space beside it ("one-third" is a word). */
function isAsideDash(toks: Token[], k: number): boolean {
  const tok = toks[k]!;
  if (/^(?:—|–|--)$/.test(tok.value)) return true;
  return tok.value === '-' && !gluedHyphen(toks, k);
}
/** The dash that opens the aside the dash at `close` closes ("Lee — flanked by aides — said"): the nearest
 * aside dash before it, at most 12 tokens back and none before token `lowest`; -1 when there is none. */
function asideOpening(toks: Token[], close: number, lowest: number): number {
  for (let k = close - 1; k >= lowest && close - k <= 12; k--) if (isAsideDash(toks, k)) return k;
  return -1;
}
const TIME_NOUN = /^(?:time|day|week|month|year|morning|afternoon|evening|night|weekend)$/i;
const TIME_SPAN = /^(?:minutes|hours|days|weeks|months|years|moments|decades)$/i;
const TIME_WORD = new RegExp(`^(?:past|${DAYS}|today|yesterday|tonight|morning|afternoon|evening|night|week|month|year|earlier|later|recently|last|${MONTHS}|weekend|overnight)$`, 'i');
/** A year written in digits, from 1800 to 2099 ("2009"; not "18", an age, nor "2,000"). */
const YEAR = /^(?:1[89]|20)\d\d$/;
/** Token k is a year after "in" that dates a verb or a phrase, not its subject: "Senator Dana Levi in 2009
 * said", "the accord signed in 2008 that called for", "Omar Haddad, who in 1983 had called"; the one who
 * spoke is before it ("in 2009" is when). */
function isYearAfterIn(toks: Token[], k: number): boolean {
  return YEAR.test(toks[k]?.value ?? '') && lower(toks[k - 1]) === 'in';
}
function isTimeWord(tok: Token | undefined): boolean {
  return !!tok && TIME_WORD.test(tok.value);
}

/** The first subject of a sentence outside the quotation it may open with ('"...," Lee told the AP after
 * hinting', '...a great season." Ann Lee posted a message, saying': wink may end the sentence before
 * inside the quotation): the phrase after the quotation closes. */
function subjectPastQuotation(t: Tokenized, from: number, to: number): [number, number] | undefined {
  const toks = t.tokens;
  let np = firstSubject(t, from, to);
  for (let guard = 0; np && guard < 3 && insideQuote(t, toks[np[0]]!.start); guard++) {
    // (the quotation ends at punctuation and its closing mark: 'season." Ann Lee')
    let k = np[0] + 1;
    while (k < to && !(/^(?:["”]|'')$/.test(toks[k]!.value) && /^[.,!?]$/.test(toks[k - 1]!.value))) k++;
    while (k < to && /^(?:["”,]|'')$/.test(toks[k]!.value)) k++;
    if (k >= to) break;
    np = firstSubject(t, k, to);
  }
  return np;
}

/** Where a sentence starts after its dateline ("BUENA PARK, Calif. — Ann Lee said", "Washington (AFP) –
 * Ann Lee said"): the token after the dateline's dash, or `from` when there is none. */
function afterDateline(toks: Token[], from: number, to: number): number {
  // (a dash set off by a space: not the hyphen of "forward-thinking")
  const dash = (k: number) => /^(?:—|–|-|--)$/.test(toks[k]?.value ?? '') && toks[k]!.start > toks[k - 1]!.end;
  const agency = toks.slice(from, Math.min(to, from + 8)).findIndex((x, n, all) => x.value === '(' && /^\p{Lu}[\p{L}.]*$/u.test(all[n + 1]?.value ?? '') && all[n + 2]?.value === ')' && dash(from + n + 3));
  if (agency > 0 && toks.slice(from, from + agency).every((x) => isNamePart(x) || /^[,.]$/.test(x.value))) return from + agency + 4;
  if (/^\p{Lu}{2,}$/u.test(toks[from]!.value)) {
    for (let k = from + 1; k < Math.min(to, from + 10); k++) if (dash(k)) return k + 1;
  }
  return from;
}

/** Words in -ing that open a sentence as adjectives before their noun ("Growing numbers", "Leading
 * Democrats", "Remaining residents"), not as a participle's clause. */
const ADJECTIVAL_ING = /^(?:Growing|Rising|Falling|Increasing|Mounting|Leading|Ruling|Opposing|Remaining|Existing|Following|Coming|Ongoing|Warring|Fighting|Competing|Outgoing|Incoming|Governing|Neighbou?ring|Surrounding|Continuing|Emerging|Developing|Dwindling|Worsening|Sweeping|Lingering|Looming|Soaring|Booming|Striking|Missing|Dying|Living|Working|Voting|Sitting|Serving|Founding|Presiding|Supporting|Participating|Visiting|Rescuing|Attacking|Invading|Retreating|Advancing|Occupying|Protesting|Daring|Amazing|Alarming|Shocking|Troubling|Disturbing|Damning|Devastating|Staggering|Overwhelming|Underlying|Trading|Banking|Housing|Funding|Spending|Polling|Reporting|Building|Shooting|Bombing|Killing)$/;

/** The -ing word at `from` opens a gerund that is the sentence's subject ("Running with the claims is easier,
 * and ..."): a finite be, have or modal follows before any comma or any conjunction of a clause inside it. */
function gerundSubject(toks: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < Math.min(to, from + 30) && toks[k]!.value !== ','; k++) {
    if (/^(?:SCONJ|PRON)$/.test(toks[k]!.pos) || /^(?:whether|if|that|what|how|why|when|where|who)$/i.test(toks[k]!.value)) return false;
    if (/^(?:is|are|was|were|has|have|had|does|did|will|would|can|could|may|might|must|should)$/i.test(toks[k]!.value)) return true;
  }
  return false;
}

/** A capitalised word the tagger reads as a verb, before a proper noun: a given name, as a rule ("Josh
 * Earnest", "Ted Cruz"). */
function nameReadAsVerb(toks: Token[], k: number): boolean {
  return toks[k]!.pos === 'VERB' && /^\p{Lu}\p{Ll}+$/u.test(toks[k]!.value) && toks[k + 1]?.pos === 'PROPN';
}

/** A name the tagger reads as a verb after a lower-case title ("spokesman Josh Earnest"). */
function givenNameAsVerb(toks: Token[], k: number): boolean {
  return nameReadAsVerb(toks, k) && toks[k - 1]!.pos === 'NOUN' && /^\p{Ll}/u.test(toks[k - 1]!.value);
}

/** First noun phrase of a sentence, after a leading adverbial ("Previously, the army ..."). */
function firstSubject(t: Tokenized, from: number, to: number): [number, number] | undefined {
  const toks = t.tokens;
  let i = from;
  // a dateline is no subject: the sentence starts after its dash
  from = i = afterDateline(toks, from, to);
  // a participle's clause opening the sentence ends at its comma, the subject after it ("Asked about the
  // plan, the minister said", "Growing up in Haifa, Lee saw", "Citing officials, the paper said"); not a
  // participle before its noun ("Growing numbers of voters say", "Armed men", "Elected officials")
  const opener = toks[from]!;
  const ing = /^\p{Lu}\p{Ll}+ing$/u.test(opener.value);
  const beforeNoun = /^(?:NOUN|PROPN|ADJ)$/.test(toks[from + 1]?.pos ?? '');
  // (nor "According to Lee, ...", whose source is the phrase; past a relative clause on the clause's last
  // noun: "Speaking in Ohio, which votes next, Lee said")
  if (opener.pos === 'VERB' && !/^According$/.test(opener.value) && !(ing && gerundSubject(toks, from, to)) && (ing ? !(beforeNoun && ADJECTIVAL_ING.test(opener.value)) : /^\p{Lu}\p{Ll}+$/u.test(opener.value) && PARTICIPLE.test(opener.value) && !beforeNoun)) {
    for (let k = from + 1; k < Math.min(to - 1, from + 30) && !/^(?:["“”]|'')$/.test(toks[k]!.value); k++) {
      // (nor at a comma between adjectives: "Following a hastily called, late-night meeting, the council")
      const adjectives = toks[k + 1]!.pos === 'ADJ' && /^\p{Ll}/u.test(toks[k + 1]!.value) && !toks.slice(k + 1, to).some((x, n, rest) => x.pos === 'VERB' && !rest.slice(0, n).some((y) => y.value === ','));
      if (toks[k]!.value === ',' && !adjectives && !/^(?:which|who|whom|where|whose)$/i.test(toks[k + 1]!.value)) {
        i = k + 1;
        break;
      }
    }
  }
  // a leading adverbial ("Previously,", "On Sunday,", "After the vote,") ends at its comma
  // (or a time: "Hours later,", "Early in his campaign,", "Last week,")
  const timed = /^(?:ADJ|NOUN|PROPN|NUM|DET)$/.test(toks[from]!.pos) && toks.slice(from, Math.min(to, from + 6)).some((x, n, all) => isTimeWord(x) || /^(?:later|ago|earlier|early)$/i.test(x.value) || (n > 0 && x.value === ',' && all.slice(0, n).some(isTimeWord)));
  // (a clause that opens with its conjunction has a verb of its own: "Since the war began, state media
  // ...", "When the talks collapsed, the envoy ...")
  // (so does one after a span of time: "Two weeks after the judge died, ...", "One month after announcing ...")
  const spanClause = /^(?:NUM|DET)$/.test(toks[from]!.pos) && (TIME_SPAN.test(toks[from + 1]?.value ?? '') || TIME_NOUN.test(toks[from + 1]?.value ?? '')) && /^(?:after|before|since|into)$/i.test(toks[from + 2]?.value ?? '');
  const clause = spanClause || /^(?:since|when|as|after|before|while|although|though|because|once|until|unless|whereas|if)$/i.test(toks[from]!.value);
  for (let k = from; k < Math.min(to, from + (clause ? 20 : 14)) && (timed || spanClause || /^(?:ADV|ADP|SCONJ|CCONJ)$/.test(toks[from]!.pos)); k++) {
    if (toks[k]!.pos === 'VERB' && !clause) break;
    if (toks[k]!.value === ',') {
      i = k + 1;
      break;
    }
  }
  // "At a rally in Beaumont, Tex., Lee said": the state after the place closes the adverbial too
  let place = i - 2;
  while (place > from && isNamePart(toks[place]) && isNamePart(toks[place - 1])) place--;
  if (i > from && toks[i - 1]!.value === ',' && isNamePart(toks[i - 2]) && !isTimeWord(toks[i - 2]) && /^(?:in|at|near|from|outside)$/i.test(toks[place - 1]?.value ?? '')) {
    let k = i;
    while (k < to && k - i < 3 && toks[k]!.pos === 'PROPN') k++;
    if (k > i && toks[k]?.value === ',' && k + 1 < to) i = k + 1;
  }
  // "Yet she ...", "But the court ...": a conjunction or adverb before the subject
  while (i < to - 1 && /^(?:CCONJ|ADV|SCONJ)$/.test(toks[i]!.pos)) i++;
  let end = i;
  while (end + 1 < to && (NP_POS.has(toks[end + 1]!.pos) || (toks[end + 1]!.pos === 'PART' && /^['’]s$/.test(toks[end + 1]!.value)) || modifierInPhrase(toks, end + 1) || givenNameAsVerb(toks, end + 1))) {
    // ("forces shot the leader": a determiner after a noun opens the next phrase, whatever the tagger made
    // of the verb between)
    if (toks[end + 1]!.pos === 'DET' && /^(?:NOUN|PROPN)$/.test(toks[end]!.pos)) break;
    end++;
    // a name joined by a hyphen glued on both sides goes on: "Gen. Omar al-Rashid", not "Gen. Omar al"
    if (end + 2 < to && hyphenJoinsName(toks, end) && /^\p{L}/u.test(toks[end + 2]!.value)) end += 2;
  }
  // (and that noun was the verb: "security forces shot the leader")
  if (end > i && toks[end + 1]?.pos === 'DET' && toks[end]!.pos === 'NOUN' && /^\p{Ll}/u.test(toks[end]!.value) && !TIME_NOUN.test(toks[end]!.value)) end--;
  // a time with no comma after it opens the sentence: "Sunday night the White House released"
  if (toks.slice(i, end + 1).every((x) => isTimeWord(x) || TIME_NOUN.test(x.value)) && (toks[end + 1]?.pos === 'DET' || (toks[end + 1]?.pos === 'PRON' && end + 1 < to - 1))) return firstSubject(t, end + 1, to);
  // (a given name the tagger reads as a verb opening the subject, "Ted Cruz is drawing", "Mark Lee says")
  if (!NP_POS.has(toks[i]!.pos) && toks[i]!.pos !== 'PRON' && !givenNameOpening(toks, i)) return undefined;
  return [i, end];
}

const OPENING_CONJUNCTION = /^(?:but|and|yet|so|or)$/i;
const CLAUSE_CONJUNCTION = /^(?:since|when|as|after|before|while|although|though|because|once|until|unless|whereas|if)$/i;

/**
 * Token k is a conjunction opening the sentence right before the conjunction of a clause, which a comma closes before
 * the subject: "But after touring the farms, Ann Lee gave a speech" has the subject Ann Lee, whom a "she said" in the
 * next sentence stands for, as without "But" (not a speaker cited before). Not a conjunction with no clause after it
 * ("But Lee said").
 */
function conjunctionBeforeClause(toks: Token[], k: number, to: number): boolean {
  return k + 2 < to && OPENING_CONJUNCTION.test(toks[k]!.value) && CLAUSE_CONJUNCTION.test(toks[k + 1]!.value);
}

/** A known given name the tagger reads as a verb, opening a phrase before a proper noun ("Ted Cruz", "Mark Lee"). */
function givenNameOpening(toks: Token[], i: number): boolean {
  return nameReadAsVerb(toks, i) && isGivenName(toks[i]!.value);
}

const article = (x: Token | undefined) => !!x && /^(?:a|an|the)$/i.test(x.value);
const lyAdverb = (x: Token) => x.pos === 'ADV' && /^\p{Ll}+ly$/u.test(x.value);

/** A modifier the tagger does not read as one, inside a noun phrase after its article: an adverb of
 * degree before an adjective or a participle ("a visibly angered President", "the newly elected mayor"),
 * or a participle before the noun ("the embattled premier"). */
function modifierInPhrase(toks: Token[], k: number): boolean {
  const tok = toks[k]!;
  const next = toks[k + 1];
  const prev = toks[k - 1];
  if (!next || !prev) return false;
  // (right after the determiner, or after such an adverb: after a noun or an adjective, a participle is
  // the verb, "the military rejected the plan")
  // (an article: "All urged Trump to stay" has a quantity for its subject)
  if (tok.pos === 'ADV') return lyAdverb(tok) && article(prev) && (next.pos === 'ADJ' || (next.pos === 'VERB' && PARTICIPLE.test(next.value)));
  return tok.pos === 'VERB' && PARTICIPLE.test(tok.value) && (article(prev) || (lyAdverb(prev) && article(toks[k - 2]))) && /^(?:NOUN|PROPN|ADJ)$/.test(next.pos);
}

/**
 * The speaker of a quotation a colon introduces without a verb of saying ("Trump leaned in and boomed:",
 * "the board was conclusive in its findings:"): the clause's subject, when it is a name or a pronoun
 * that resolves to one; '' otherwise ("The message was clear:").
 */
export function colonSubjectSpeaker(t: Tokenized, colon: number, teaserOnly = false): string {
  const [k] = tokenSpan(t, colon, colon + 1);
  const tok = t.tokens[k];
  if (!tok || tok.value !== ':') return '';
  // (a bidding, "Note the words used here:", has no subject that speaks)
  if (biddingAt(t, tok.sentence) !== -1) return '';
  // the clause starts after any label before it ("Photo: A protester holds a sign that reads:")
  let from = t.sentences[tok.sentence]!.tokenStart;
  for (let j = k - 1; j > from; j--) if (t.tokens[j]!.value === ':') from = j + 1;
  const subject = firstSubject(t, from, k);
  if (!subject) return '';
  const [a, b] = subject;
  const head = t.tokens[b]!;
  // a name written as names are (not a headline's capitals, not an initial)
  const named = (isNamePart(head) && /^\p{Lu}\p{Ll}/u.test(head.value)) || (a === b && /^(?:he|she|they)$/i.test(head.value));
  // a short clause: in a long sentence the first noun phrase is seldom the one that speaks; with a verb,
  // or a name that opens it and the topic after "on" (a teaser: "Dana Levi on the port talks: '...'")
  const teaser = a === from && /^on$/i.test(t.tokens[b + 1]?.value ?? '');
  if (teaserOnly && !teaser) return '';
  if (!named || k - b > 16 || !(teaser || t.tokens.slice(b + 1, k).some(isVerb))) return '';
  const speaker = speakerOfPhrase(t, a, b, tok.start);
  return PRONOUNS.has(speaker.toLowerCase()) ? '' : speaker;
}

/** The head a relative clause hangs on, when the phrase at `a` ends one ("officials [who spoke on
 * condition of anonymity]"): "who", "that" or "which" right after a noun and right before its verb, with
 * no punctuation or clause boundary up to the phrase ("the claim that Lee said" is no relative). */
function relativeHead(t: Tokenized, a: number, floor: number): [number, number] | undefined {
  const toks = t.tokens;
  for (let k = a - 1; k > floor && a - k <= 12; k--) {
    const tok = toks[k]!;
    // (no clause boundary in between: "the shootings that Obama mentioned when he announced")
    if (tok.pos === 'PUNCT' || tok.pos === 'CCONJ' || (tok.pos === 'SCONJ' && !/^that$/i.test(tok.value))) return undefined;
    if (!/^(?:who|that|which)$/i.test(tok.value)) continue;
    // a subject relative: its verb comes right after it ("who spoke", "that have endorsed"), not a
    // subject of its own ("the shootings that Obama mentioned", "the limit that you can't")
    const next = toks[k + 1];
    // (the tagger may read a verb in -s after "who" or "that" as a plural noun: "a general who commands
    // forces", "a group that monitors casualties"; a noun that is the clause's own subject comes before its
    // verb or a phrase of its own, "who officials say", "that officials from the ministry said": the word
    // after the verb opens its object)
    const verbAsNoun = !!next && next.pos === 'NOUN' && /^\p{Ll}+s$/u.test(next.value) && /^(?:DET|NOUN|ADJ|NUM|PRON)$/.test(toks[k + 2]?.pos ?? '') && k + 2 < a;
    // (a title the tagger reads as an adjective heads the phrase too: "an Israeli general who")
    // ("those who", no noun: unnamedThose)
    const those = unnamedThose(toks, k - 1);
    const head = those || /^(?:NOUN|PROPN)$/.test(toks[k - 1]!.pos) || (toks[k - 1]!.pos === 'ADJ' && !!npBefore(t, k - 1, floor) && toks[k - 2]?.pos !== 'ADV');
    if (!next || k + 1 >= a || toks.slice(k + 1, a).some((x) => /^(?:what|whom|whose|where|when|why|how|whether|if)$/i.test(x.value)) || !(/^(?:VERB|AUX|ADV)$/.test(next.pos) || verbAsNoun) || !head) return undefined;
    return those ? [k - 1, k - 1] : npBefore(t, k - 1, floor);
  }
  return undefined;
}

/** The noun a possessive relative clause that ends at token j hangs on ("a doctor [whose clinic was hit]",
 * "an official [whose agency monitors the border]"): "whose" after a noun, then a verb of the clause's own (a
 * verb in -s the tagger may read as a noun), with no punctuation or conjunction up to j; else undefined. */
function possessiveRelative(t: Tokenized, j: number, floor: number): [number, number] | undefined {
  const toks = t.tokens;
  for (let k = j; k > floor && j - k <= 10; k--) {
    const tok = toks[k]!;
    if (tok.pos === 'PUNCT' || tok.pos === 'CCONJ') return undefined;
    if (!/^whose$/i.test(tok.value)) continue;
    const own = toks.slice(k + 2, j + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX' || (x.pos === 'NOUN' && /^\p{Ll}+s$/u.test(x.value)));
    return own && /^(?:NOUN|PROPN)$/.test(toks[k - 1]?.pos ?? '') ? npBefore(t, k - 1, floor) : undefined;
  }
  return undefined;
}

/** Token k opens "close to", "familiar with", "briefed on": what follows is what a source is close to. */
function isCloseTo(t: Tokenized, k: number): boolean {
  return /^(?:close|familiar|briefed|knowledgeable)$/i.test(t.tokens[k]?.value ?? '') && /^(?:to|with|on|about)$/i.test(t.tokens[k + 1]?.value ?? '');
}

/** Cue m is the text the "according to" cue before it cites, a noun right after it in its sentence past modifiers only
 * ("according to local media reports", "according to new estimates"). */
function sourceOfAccordingTo(t: Tokenized, m: Marker, before: Marker | undefined): boolean {
  // (a noun only: a participle after the source may add one of its own, "according to the arrest report cited by the Gazette")
  if (!before || before.form !== 'according-to' || before.sentence !== m.sentence || m.start - before.end > 40 || /(?:ed|ing|en|wn)$/i.test(m.text)) return false;
  const [from] = tokenSpan(t, before.end, before.end);
  const [to] = tokenSpan(t, m.start, m.end);
  for (let k = from; k < to; k++) if (!/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(t.tokens[k]!.pos) && !/^(?:to)$/i.test(t.tokens[k]!.value)) return false;
  return true;
}

/** Texts made by counting or study, whose maker is their source ("a tally by the agency", "figures from the ministry"). */
const MADE_TEXT = /^(?:poll|polls|survey|tally|count|analysis|study|estimate|estimates|data|figures|report|review|investigation)$/i;
/** Texts someone issued, whose issuer is their source ("a statement from the office", "a tweet by the army"). */
const ISSUED_TEXT = /^(?:statements?|tweets?|posts?|letters?|memos?|e-?mails?|releases?|readouts?|transcripts?|translations?|videos?|recordings?|calculations|research|projections)$/i;

/** Participles of issuing a text, after which "by" names its issuer ("a statement released by", "a poll published by"). */
const ISSUED_BY = /^(?:released|issued|published|posted|distributed|circulated|sent|filed|signed|written|authored|drafted|compiled|prepared|conducted|carried)$/i;
/** Words of time between such a participle and its "by" ("released on Sunday by", "issued late Monday by"). */
const ISSUED_WHEN = /^(?:on|late|early|last|this|earlier|overnight)$/i;

/**
 * The index of the "by" or "from" that names who issued the text ending at token `n`: right after the text ("a
 * statement from the ministry", "a tally by the agency"), or "by" after a participle of issuing and up to three words of
 * time ("according to a statement released on Sunday by Dana Levi": Levi). Not after a participle of getting or
 * reading ("an email obtained by the paper", "a statement read by her lawyer"); -1 when there is none.
 */
function issuerPreposition(toks: Token[], n: number, end: number): number {
  if (/^(?:by|from)$/i.test(toks[n + 1]?.value ?? '')) return n + 1;
  if (!ISSUED_BY.test(toks[n + 1]?.value ?? '')) return -1;
  let k = n + 2;
  while (k < end && k - n <= 4 && (isTimeWord(toks[k]) || ISSUED_WHEN.test(toks[k]!.value))) k++;
  return k < end && /^by$/i.test(toks[k]!.value) ? k : -1;
}

/** The source "according to X" cites. */
function accordingSpeaker(t: Tokenized, last: number): SpeakerFind {
  const sent = t.sentences[t.tokens[last]!.sentence]!;
  let np = npAfter(t, last + 1, sent.tokenEnd - 1);
  // "according to a source close to the talks", "people familiar with the matter": the source, before what
  // it is close to
  const close = np ? t.tokens.slice(np[0] + 1, np[1] + 1).findIndex((_, n) => isCloseTo(t, np![0] + 1 + n)) : -1;
  if (np && close >= 0) np = [np[0], np[0] + close];
  // "according to exit polls", "a new Associated Press-GfK poll" (mis-tagged words): the words up to the comma
  const words = (): SpeakerFind => {
    let k = last + 1;
    while (k < sent.tokenEnd && (isWord(t.tokens[k]) || (t.tokens[k]!.value === '-' && isWord(t.tokens[k + 1]))) && k - last <= 7 && !(k > last + 1 && isCloseTo(t, k))) k++;
    // (a lone word for unnamed people, "people" read as a verb: an unnamed source)
    const lone = k === last + 2 && ANONYMOUS_HEADS.has(lower(t.tokens[last + 1]));
    return k > last + 1 ? { speaker: lone ? ANONYMOUS : textOf(t, last + 1, k - 1), from: last + 1, to: k - 1 } : NONE;
  };
  const toks = t.tokens;
  // (a made text the tagger reads as a verb: "according to estimates from Harbour Count")
  // (or "reports", read as a verb too: "according to reports, ...")
  if (!np && (((MADE_TEXT.test(toks[last + 1]?.value ?? '') || ISSUED_TEXT.test(toks[last + 1]?.value ?? '')) && /^(?:by|from)$/i.test(toks[last + 2]?.value ?? '')) || /^reports$/i.test(toks[last + 1]?.value ?? ''))) np = [last + 1, last + 1];
  if (!np) return words();
  // "according to reports", "according to local media reports": reports no one is named for, as "reportedly"; reports
  // in or on an outlet, or by a name, are its ("according to reports in the Harbour Gazette", "reports on Harbour TV",
  // "reports by Harbour Watch"; not "reports in Iran", a place, nor "reports on Friday")
  if (/^reports$/i.test(toks[np[1]]!.value) && !toks.slice(np[0], np[1] + 1).some(isNamePart)) {
    const by = lower(toks[np[1] + 1]);
    const outlet = /^(?:in|by|on)$/.test(by) ? npAfter(t, np[1] + 2, sent.tokenEnd - 1) : undefined;
    const named = !!outlet && toks.slice(outlet[0], outlet[1] + 1).some(isNamePart) && (by === 'by' || OUTLET_NAME_WORDS.test(toks[outlet[1]]!.value) || /^television$/i.test(toks[outlet[1]]!.value));
    const speaker = named ? speakerOfPhrase(t, outlet[0], outlet[1], toks[last]!.start) : '';
    return speaker !== '' && outlet ? { speaker, from: outlet[0], to: outlet[1] } : { speaker: ANONYMOUS, from: np[0], to: np[1] };
  }
  // "according to Arab and Western diplomats", "both Israeli and Palestinian officials": modifiers of one unnamed
  // head joined by "and"
  const single = np[0] === np[1] || (np[1] === np[0] + 1 && /^(?:both|either)$/i.test(t.tokens[np[0]]!.value));
  if (single && PEOPLE_MODIFIER.test(t.tokens[np[1]]!.value) && /^(?:and|or)$/i.test(t.tokens[np[1] + 1]?.value ?? '') && PEOPLE_MODIFIER.test(t.tokens[np[1] + 2]?.value ?? '')) {
    const rest = npAfter(t, np[1] + 2, sent.tokenEnd - 1);
    if (rest && ANONYMOUS_HEADS.has(lower(t.tokens[rest[1]]))) np = [np[0], rest[1]];
  }
  // "according to a tally by the Associated Press", "a poll from Quinnipiac": who made it
  // (and a text someone issued: "according to a statement from the prime minister's office", "a tweet from the
  // army", "a translation by the paper"; not "the letter of the law")
  // (or after the participle that issued it: "a statement released on Sunday by the ministry")
  const byAt = issuerPreposition(toks, np[1], sent.tokenEnd);
  const by = byAt >= 0;
  const made = MADE_TEXT.test(toks[np[1]]!.value) && (by || /^of$/i.test(toks[np[1] + 1]?.value ?? ''));
  const issued = ISSUED_TEXT.test(toks[np[1]]!.value) && by;
  if (made || issued) {
    const maker = npAfter(t, (by ? byAt : np[1] + 1) + 1, sent.tokenEnd - 1);
    // (a name, or for a text issued or made by or from one, a body, a spokesman or a family: "a statement from the
    // health ministry", "figures from the health ministry", "from his spokesman", "from his family"; not "a poll of
    // voters", who answered it)
    const head = maker ? lower(toks[maker[1]]) : '';
    const speaks = !!maker && (toks.slice(maker[0], maker[1] + 1).some(isNamePart) || ((issued || by) && (INSTITUTION_HEADS.test(head) || SPOKESPERSON.test(head) || /^(?:family|families|military|regime)$/.test(head))));
    if (maker && speaks) return { speaker: speakerOfPhrase(t, maker[0], maker[1], toks[last]!.start), from: maker[0], to: maker[1] };
  }
  const speaker = speakerOfPhrase(t, np[0], np[1], t.tokens[last]!.start);
  if (speaker === '') return words();
  const joint = jointSource(t, np, speaker, last);
  return joint ?? { speaker, from: np[0], to: np[1] };
}

/**
 * "according to Ruritania and Borduria", "according to Tom Baker and Ann Ruiz": two named sources joined by "and" that
 * end the clause speak together, as "Ruritania and Borduria said" does; not a named source and a description ("Tom
 * Baker and his aides") nor an unnamed one. Undefined when the phrase after `np` is no such second source.
 */
function jointSource(t: Tokenized, np: [number, number], speaker: string, last: number): SpeakerFind | undefined {
  const toks = t.tokens;
  const sent = t.sentences[toks[last]!.sentence]!;
  if (lower(toks[np[1] + 1]) !== 'and' || speaker === ANONYMOUS || !toks.slice(np[0], np[1] + 1).some(isNamePart)) return undefined;
  const other = npAfter(t, np[1] + 2, sent.tokenEnd - 1);
  if (!other || !toks.slice(other[0], other[1] + 1).every((x) => isNamePart(x) || x.pos === 'DET')) return undefined;
  const after = toks[other[1] + 1];
  if (after && after.pos !== 'PUNCT' && other[1] + 1 < sent.tokenEnd) return undefined;
  const second = speakerOfPhrase(t, other[0], other[1], toks[last]!.start);
  if (second === '' || second === ANONYMOUS || PRONOUNS.has(second.toLowerCase())) return undefined;
  return { speaker: `${speaker} and ${second}`, from: np[0], to: other[1] };
}

// --- building the cues --------------------------------------------------------------------------

/** cues of a source's state of mind (hope, fear, knowledge), and of belief and opinion too */
const STATE_OF_MIND = /\.(?:mental-state(?:-clause)?|hope)$/;
export const COGNITION = /\.(?:think|thought|believe|mental-state(?:-clause)?|hope|mind-adjective)$/;
const MIND_ADJECTIVE = /\.mind-adjective$/;
/** cues that name the channel of an attribution, not the act */
const CHANNEL = /\.in-a-statement$/;
/** cues of sending words through a medium: a statement issued, an email, a post */
const MEDIUM = /\.(?:issue-statement|email|post-online)$/;
const EVIDENTIAL = /(?:^|\.)(?:reportedly|allegedly|purportedly|supposedly|be-expected|it-emerged)$/;

/** "alleged" or "purported" before the noun it qualifies, after a determiner or a possessive ("the alleged attack", "his
 * alleged involvement", "a purported witness"), after a lower-case adjective or a count that follows one ("the latest
 * alleged attack", "three earlier purported attacks"), or joined by "and"/"or" to another noun's modifier before a
 * common noun ("a deputy and alleged leader of the ring"), the noun quoted or not: it names no one who alleges (the possessor is the one
 * accused), and reports nothing after it. (No speaker rather than `anonymous`: a quotation or a pronoun nearby must
 * not take it for a source; "the British alleged Russian agents ..." keeps its verb, the adjective being a name's.)
 */
function allegedBefore(t: Tokenized, k: number): boolean {
  const prev = t.tokens[k - 1];
  // (the noun may be quoted: 'a purported "second marriage"')
  const next = OPENING_QUOTE.test(t.tokens[k + 1]?.value ?? '') ? t.tokens[k + 2] : t.tokens[k + 1];
  if (!/^(?:alleged|purported)$/i.test(t.tokens[k]!.value) || !prev || !next || !/^(?:NOUN|ADJ|PROPN)$/.test(next.pos)) return false;
  if (prev.pos === 'DET' || isPossessor(prev.value)) return true;
  if (prev.pos === 'NUM' || (prev.pos === 'ADJ' && /^\p{Ll}/u.test(prev.value))) return true;
  return /^(?:and|or)$/i.test(prev.value) && next.pos !== 'PROPN';
}

/** Past participles of declaring that stand before a noun as adjectives ("a stated aim", "the declared candidates"). */
const PRENOMINAL_PARTICIPLE = /^(?:stated|declared|avowed|professed|announced|proclaimed)$/i;

/** Attribution hits that are nouns ("land claims", "the report", "nine states") or adjectives ("pledged
 * delegates"), or words inside a name ("Iowa State University"), are not cues. */
function isVerbUse(t: Tokenized, m: Marker): boolean {
  if (m.form !== 'reporting-verb') return true;
  const [a, b] = tokenSpan(t, m.start, m.end);
  // a state of mind before its clause, not an imperative that opens its sentence ("Expect prices to rise")
  if (m.entry.endsWith('mental-state-clause') && (!opensClause(t, a + 1, /^expect/i.test(m.text)) || opensSentence(t, a))) return false;
  // "Trump's comments", "the senator's call for": a noun after a possessive, never the verb
  const before = t.tokens[a - 1];
  if (before?.pos === 'PART' && /^['’]s$/.test(before.value) && t.tokens[a - 2]?.pos !== 'PRON') return false;
  // "what the council views as ...": between "what" and "as" it is the verb, whatever wink reads
  if (m.entry.endsWith('what-x-sees-as')) return true;
  if (a !== b) return true;
  const tok = t.tokens[a];
  if (!tok) return true;
  const prev = t.tokens[a - 1];
  const next = t.tokens[a + 1];
  if (insideName(t, a)) return false;
  // "Said" capitalised inside a sentence of lower-case words is a name ("Rodi Said/Reuters", "the brothers Said and
  // Cherif", "Forty died, Said said."); a title-case headline capitalises its verb too ("Court Is Said to Order")
  if (tok.value === 'Said' && a > t.sentences[tok.sentence]!.tokenStart && !/^(?:["“'‘]|'')$/.test(prev?.value ?? '') && !inTitleCase(t.tokens, a)) return false;
  if (/\.call$/.test(m.entry) && (isNamingCalled(t, a) || isPhoneCall(t, a))) return false;
  // a past participle before its noun after a determiner or a possessive qualifies the noun, whatever wink reads ("his
  // own stated red lines", "the party's publicly declared aim", "the declared candidates")
  if (PRENOMINAL_PARTICIPLE.test(tok.value) && next && /^(?:NOUN|ADJ|PROPN)$/.test(next.pos)) {
    let k = a - 1;
    while (k > 0 && t.tokens[k]!.pos === 'ADV') k--;
    if (t.tokens[k]!.pos === 'DET' || isPossessor(t.tokens[k]!.value) || /^own$/i.test(t.tokens[k]!.value)) return false;
  }
  // calling someone something needs its object: "the race was called.", "called and asked" are not labels
  // (but "as the bill is called," names it)
  if (/\.call$/.test(m.entry) && next && ((next.pos === 'PUNCT' && !/^["“'‘]$/.test(next.value)) || next.pos === 'CCONJ')) {
    if (!t.tokens.slice(Math.max(0, a - 4), a).some((x) => lower(x) === 'as')) return false;
  }
  if (/\.state$/.test(m.entry) && /^states?$/i.test(tok.value)) return isStateVerb(t, a);

  // "Fears that ...", "Hopes that ..." opening a sentence: a state of mind with no one holding it
  if (STATE_OF_MIND.test(m.entry) && t.sentences[tok.sentence]?.tokenStart === a) return false;
  // wink reads "said" after a name as an adjective now and then ("Ian Read said company ..."); "the said" is one
  if (tok.pos === 'ADJ' && /^said$/i.test(tok.value)) return !prev || prev.pos !== 'DET';
  // right after a subject pronoun a past form is the verb, whatever wink reads ('" ...," she elaborated')
  if (tok.pos === 'ADJ' && /ed$/i.test(tok.value) && prev && /^(?:he|she|they|we|i)$/i.test(prev.value)) return true;
  // a past form with its object right after it is the verb, whatever wink reads ("the senator referenced
  // the ruling"): an adjective in -ed is not followed by a determiner or a name
  if (tok.pos === 'ADJ' && /ed$/i.test(tok.value) && takesObject(t.tokens, a + 1)) return true;
  // a present participle after "is", "by" or a comma, before "to" or an object, is the verb whatever wink
  // reads ("Clinton is promising them", "rallied voters by promising to", "..., promising to campaign")
  if (/ing$/i.test(tok.value) && prev && /^(?:is|are|was|were|been|be|by|while|,)$/i.test(prev.value) && next && (/^(?:to|that)$/i.test(next.value) || /^(?:PRON|DET|PROPN)$/.test(next.pos))) return true;
  // "senators claim to object", "analysts who vow to": a plain present before "to" after its subject
  if (/^(?:NOUN|PROPN)$/.test(tok.pos) && lower(next) === 'to' && !/s$/i.test(tok.value) && prev && (isPluralSubject(prev) || /^(?:who|that)$/i.test(prev.value))) return true;
  // "alleged" and the adjectives of a state of mind ("confident that") are cues as adjectives
  if (tok.pos === 'ADJ' || tok.pos === 'ADP' || tok.pos === 'DET') return /\.allege$/.test(m.entry) || MIND_ADJECTIVE.test(m.entry);
  if (tok.pos === 'NOUN' || tok.pos === 'PROPN') {
    // "Fears that ...", "raised doubts that ...": a state of mind with no one holding it; "aid workers fear
    // that" (a verb wink read as a noun) has its subject right before
    if (STATE_OF_MIND.test(m.entry)) return !!prev && (isPluralSubject(prev) || /^(?:PROPN|PRON)$/.test(prev.pos) || isQuantitySubject(t, a - 1));
    // "Polls show voters ...", "records show.": the verb right after its evidence noun, whatever wink reads
    if (/\.show$/.test(m.entry) && prev && showsEvidence(prev, tok)) return true;
    // a relative clause on a noun: "states that have voted"
    if (next && /^(?:that|which|who)$/i.test(next.value) && /^(?:VERB|AUX)$/.test(t.tokens[a + 2]?.pos ?? '')) return false;
    // a content clause or quotation: "the minister claims that ...", "his claim that ..."
    // ("nine states: Ohio, ..." is a list)
    if (next?.value === ':' && /s$/i.test(tok.value) && prev && /^(?:NUM|ADJ|ADP|DET)$/.test(prev.pos)) return false;
    if (next && /^(?:that|["“'‘:])$/i.test(next.value)) return true;
    // a quantity as the subject: "some say they ...", "a third say the ...", "many believe Clinton has" (never "some
    // say in it", nor a plural noun after it, "both claims Mr. Obama made")
    if (prev && QUANTITY_SUBJECT.test(prev.value) && next && (/^(?:PRON|SCONJ|DET|AUX)$/.test(next.pos) || (next.pos === 'PROPN' && !/s$/i.test(tok.value)))) return true;
    // a name and the verb set off by punctuation: '"...," Ortiz notes.' / "Democrats, Ortiz notes, ..."
    if (isTrailingTag(t, a)) return true;
    // a noun phrase's head or modifier: "the states", "their report", "in five states"
    if (prev && /^(?:DET|ADJ|ADP)$/.test(prev.pos) && !/^(?:that|which|who)$/i.test(prev.value)) return false;
    if (prev && (POSSESSIVE_PRONOUN.test(prev.value) || (prev.pos === 'NUM' && /s$/i.test(tok.value)))) return false;
    // wink tags some present-tense verbs as nouns ("the minister claims the ...", "the records show."):
    // keep them when an object follows, or when a plural subject comes right before
    if (next && /^(?:DET|PRON|SCONJ|PROPN|NUM)$/.test(next.pos)) return true;
    if (introducesQuotationAfterComma(t, a)) return true;
    // (a plural subject takes the plain form: "records show", never "caucus states")
    // ("economists say is the future": the verb of a relative clause, before the clause it reports)
    return !!prev && (isPluralSubject(prev) || prev.pos === 'NUM') && !/s$/i.test(tok.value) && (!next || next.pos === 'PUNCT' || next.pos === 'AUX');
  }
  // "the highlight", "a reply", "his comment": a determiner right before marks a noun
  if (prev && /^(?:the|a|an|his|her|their|its|our|my|this|that|no|any|every)$/i.test(prev.value) && !/ed$/i.test(tok.value)) return false;
  // a participle used as an adjective: "the most pledged delegates", "publicly disclosed information"
  if (/ed$/i.test(tok.value) && next?.pos === 'NOUN' && /^\p{Ll}/u.test(next.value)) {
    let k = a - 1;
    while (k >= 0 && t.tokens[k]!.pos === 'ADV') k--;
    const before = t.tokens[k];
    if (before && (/^(?:DET|ADJ|ADP|NUM)$/.test(before.pos) || /^(?:more|most|his|her|their|its|our|my|your)$/i.test(before.value))) return false;
  }
  return true;
}

/** No word comes before token k in its sentence (a quotation mark may). */
function opensSentence(t: Tokenized, k: number): boolean {
  return !t.tokens.slice(t.sentences[t.tokens[k]!.sentence]!.tokenStart, k).some(isWord);
}

/** A clause with its subject opens at token k: a subject pronoun, a determiner, a name or a noun ("fear they
 * will", "knows Sanders will run", "expect the vote to", "fear party's split will"). */
function opensClause(t: Tokenized, k: number, infinitive: boolean): boolean {
  const toks = t.tokens;
  const x = toks[k];
  if (!x) return false;
  const subject = x.pos === 'PRON' ? /^(?:he|she|they|it|there|we|i|you)$/i.test(x.value) : (x.pos === 'DET' && !/^(?:what|which|whether|how|no|any|all|both|each|every|some|much|many|more|most|enough)$/i.test(x.value)) || x.pos === 'PROPN' || x.pos === 'NOUN';
  if (!subject) return false;
  // a pronoun opens a clause only before its verb ("fear they will", "knew it would", "expect it to"), not as an
  // object ("know it well", "know it or not")
  if (x.pos === 'PRON') {
    const verb = toks[k + 1]?.pos === 'ADV' && lower(toks[k + 1]) !== 'well' ? toks[k + 2] : toks[k + 1];
    return !!verb && (/^(?:AUX|VERB)$/.test(verb.pos) || (infinitive && lower(verb) === 'to'));
  }
  // the clause's verb a few words on ("fear the toll all this is taking"), or "to" after "expect" ("expect the
  // Fed to raise rates"); not a noun phrase alone ("felt the need to", "feel a budget pinch", "Feel the Bern",
  // "felt a sense of hope", "understood the severity of what they did")
  for (let j = k + 1; j < toks.length && j <= k + 6; j++) {
    const y = toks[j]!;
    if (/^(?:what|which|who|whom|whose|where|when|how)$/i.test(y.value)) return false;
    // (a participle before its noun modifies it: "feel a major increased response"; a word after a preposition
    // or a determiner is none: "a sense of hope")
    const finite = y.pos === 'AUX' || (y.pos === 'VERB' && !/ing$/i.test(y.value) && !(/ed$/i.test(y.value) && toks[j + 1]?.pos === 'NOUN'));
    if (finite && !/^(?:ADP|DET)$/.test(toks[j - 1]!.pos)) return true;
    // an object with a relative clause of its own: "understands the challenges Israel faces"
    if (y.pos === 'NOUN' && j > k && /^(?:PRON|PROPN|DET)$/.test(toks[j + 1]?.pos ?? '')) return false;
    if (lower(y) === 'to') return infinitive && toks[j + 1]?.pos !== 'DET';
    if (y.pos === 'PUNCT' || y.pos === 'CCONJ' || y.pos === 'SCONJ') return false;
  }
  return false;
}

/** Nouns of evidence that show what they hold ("polls show", "the record shows") */
const EVIDENCE_NOUN = /^(?:data|records?|figures|documents?|footage|videos?|images?|polls?|polling|surveys?|stud(?:y|ies)|reports?|results?|analys[ie]s|statistics|evidence|research|numbers|e-?mails?|filings?|findings|recordings?|transcripts?|tallies|tally|counts?|projections?|estimates)$/i;

/** `verb` (a form of "show") agrees with the evidence noun `subject` right before it: "polls show", "the poll
 * shows", "records showed" (never "the show", "a poll show"). */
function showsEvidence(subject: Token, verb: Token): boolean {
  if (!EVIDENCE_NOUN.test(subject.value)) return false;
  if (/ed$/i.test(verb.value)) return true;
  const plural = /(?:s|data|tallies)$/i.test(subject.value) && !/^(?:analysis|news|series)$/i.test(subject.value);
  return plural ? /^show$/i.test(verb.value) : /^shows$/i.test(verb.value);
}

/** An object noun phrase opens at token k: a determiner, a possessive or a name ("the ruling", "his rival",
 * "Ohio"), which no adjective is followed by. */
function takesObject(toks: Token[], k: number): boolean {
  const next = toks[k];
  if (!next) return false;
  return /^(?:DET|PROPN)$/.test(next.pos) || POSSESSIVE_PRONOUN.test(next.value);
}

/** A present-tense verb closing its clause after its subject, set off by punctuation: '"...," Ortiz
 * notes.', "..., the Harbor Tribune reports." (a name, after "the" when `theName`), '"...," the document
 * states.' (a document or an outlet after "the"); wink reads such verbs as nouns now and then. */
function isTrailingTag(t: Tokenized, a: number, theName = true): boolean {
  const toks = t.tokens;
  const tok = toks[a]!;
  const prev = toks[a - 1];
  const next = toks[a + 1];
  if (!prev || !next || !/s$/i.test(tok.value) || !/^[,.]$/.test(next.value)) return false;
  let k = a - 1;
  if (prev.pos === 'PROPN') {
    // (over a hyphen-joined name too: "Stanley-Becker")
    while (k > 0 && (toks[k - 1]!.pos === 'PROPN' || (toks[k - 1]!.value === '-' && toks[k - 1]!.end === toks[k]!.start))) k--;
    if (theName && lower(toks[k - 1]) === 'the') k--;
  } else if ((DOCUMENT_NOUNS.test(prev.value) || OUTLET_NOUNS.has(lower(prev)) || /^document$/i.test(prev.value)) && lower(toks[a - 2]) === 'the') k = a - 2;
  else return false;
  return /^[,"”'’]$/.test(toks[k - 1]?.value ?? '');
}

/** "the policy states that", "it states:", "the leaflets state that": the word is the verb only before what it
 * reports (that, a colon, a quotation), after its subject or "to"; else the noun ("in states that vote", "four
 * states", "state officials"). Nor is it the verb when a relative clause follows ("a new state that joined the
 * union"), when a plain "state" comes after a singular word (a verb there needs a plural subject: "a Ruritanian
 * state "at peace"", "an end state that"; but "the rules of the pact state that"), after a glued hyphen ("a
 * one-state" plan), or as one item of a list ("Ruritania, Baltic states, and Borduria"). */
function isStateVerb(t: Tokenized, a: number): boolean {
  const toks = t.tokens;
  const prev = toks[a - 1];
  const next = toks[a + 1];
  // ("the Gulf states.": a group of states, never a tag)
  if (isTrailingTag(t, a, false)) return !listedName(toks, a);
  if (introducesQuotationAfterComma(t, a)) return true;
  const reports = !!next && (/^(?:that|:)$/i.test(next.value) || OPENING_QUOTE.test(next.value));
  if (!reports || !prev) return false;
  if (lower(next) === 'that' && relativeVerbAt(toks, a + 2)) return false;
  if (lower(prev) === 'to') return true;
  // (after an aside, "Lee, an aide, states that" / "Lee — an aide — states that", never a glued hyphen: "one-state")
  if (prev.pos === 'PUNCT') return /^[,)—–]$/.test(prev.value) || (prev.value === '-' && prev.end < toks[a]!.start);
  if (!/^(?:PRON|PROPN|NOUN)$/.test(prev.pos)) return false;
  if (/^states$/i.test(toks[a]!.value)) return true;
  return isPluralSubject(prev) || (prev.pos === 'PROPN' && /[^s]s$/.test(prev.value)) || pluralBeforeOf(toks, a - 1);
}

/**
 * A verb in -s the tagger read as a noun, between its subject and the comma that introduces a quotation: "As Levi
 * states, "The port ..."", "She notes, "...". The subject a pronoun or a name in title case (not a place: "the Gulf
 * states, "..."" stays the noun; nor "the reports, "..."", after a determiner), right before the verb at `a`.
 */
function introducesQuotationAfterComma(t: Tokenized, a: number): boolean {
  const toks = t.tokens;
  const prev = toks[a - 1];
  if (!prev || toks[a + 1]?.value !== ',' || !OPENING_QUOTE.test(toks[a + 2]?.value ?? '') || !/s$/i.test(toks[a]!.value)) return false;
  if (/^(?:he|she|it)$/i.test(prev.value)) return true;
  if (prev.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(prev.value) || isPlaceLike(prev.value) || listedName(toks, a)) return false;
  // the name opens its clause ("As Levi states", "Levi states"), or for a verb other than "states" an outlet's
  // name opens the sentence with "The" ("The Harbour Gazette reports"); never a name after a determiner or a
  // preposition inside a phrase ("envoys from the Gulf states")
  let k = a - 1;
  while (k > 0 && toks[k - 1]!.pos === 'PROPN' && toks[k - 1]!.sentence === prev.sentence) k--;
  const before = toks[k - 1];
  const opens = !before || before.sentence !== prev.sentence;
  if (opens || /^as$/i.test(before.value) || before.value === ',') return true;
  return !/^states$/i.test(toks[a]!.value) && /^the$/i.test(before.value) && (k - 1 === 0 || toks[k - 2]!.sentence !== prev.sentence);
}

/** A verb (after at most one adverb) opens the words at k: a relative clause's ("a state that (quietly) joined"),
 * never a content clause's, which opens with its subject ("states that the pact ..."). */
function relativeVerbAt(toks: Token[], k: number): boolean {
  const at = toks[k]?.pos === 'ADV' ? k + 1 : k;
  return /^(?:VERB|AUX)$/.test(toks[at]?.pos ?? '');
}

/** The singular noun at k closes an "of" phrase on a plural head ("the rules of the pact"), the verb's subject. */
function pluralBeforeOf(toks: Token[], k: number): boolean {
  let j = k;
  while (j > k - 4 && j > 0 && /^(?:NOUN|PROPN|ADJ|DET)$/.test(toks[j]!.pos)) j--;
  return lower(toks[j]) === 'of' && !!toks[j - 1] && isPluralSubject(toks[j - 1]!);
}

/** The name before the word at a is one item of a list: a comma after a word comes right before it ("Ruritania,
 * Baltic states, and"), not a quotation's closing mark ('"...," Reuters states.'). */
function listedName(toks: Token[], a: number): boolean {
  let k = a - 1;
  while (k > 0 && toks[k - 1]!.pos === 'PROPN') k--;
  return toks[k - 1]?.value === ',' && /^[\p{L}\p{N}]/u.test(toks[k - 2]?.value ?? '');
}

/** "an account called Hypo-Cruz", "a new group called the Front": naming a thing, not a source's label. */
function isNamingCalled(t: Tokenized, a: number): boolean {
  const toks = t.tokens;
  const next = toks[a + 1];
  if (!/^called$/i.test(toks[a]!.value) || !next) return false;
  const head = toks[a - 1];
  // "including one called X", "and another called Y": one more of a list, named
  if (/^(?:one|another)$/i.test(head?.value ?? '') && /^(?:including|and|,)$/i.test(toks[a - 2]?.value ?? '')) return true;
  // "a move called the boneless", "a campaign called #ReadMore": a thing named, whatever the name looks
  // like, when the noun before is no person ("a senator called the plan a disaster")
  const thing = !!head && head.pos === 'NOUN' && /^\p{Ll}/u.test(head.value) && !PERSON_NOUN.test(head.value) && !ANONYMOUS_HEADS.has(lower(head));
  if (!/^(?:\p{Lu}|["“'‘])/u.test(next.value) && !(thing && next.pos !== 'PRON')) return false;
  for (let k = a - 1; k >= Math.max(0, a - 5); k--) {
    const tok = toks[k]!;
    if (/^(?:a|an|one)$/i.test(tok.value)) return k < a - 1;
    if (!/^(?:NOUN|ADJ|PROPN|ADV)$/.test(tok.pos) && tok.value !== '-' && !(tok.pos === 'VERB' && /ed$/i.test(tok.value))) return false;
  }
  return false;
}

/** "she called Lee after the vote", "he called her to ask for money", "Obama called both candidates Tuesday
 * night": calling someone up, with no label for them (PolNeAR train: 3 of 14 such cues gold). */
function isPhoneCall(t: Tokenized, a: number): boolean {
  const toks = t.tokens;
  if (!/^call(?:s|ed|ing)?$/i.test(toks[a]!.value) || BE_FORM.test(toks[beforeAdverbs(t, a)]?.value ?? '')) return false;
  // the person called: a pronoun, a name, or a short phrase with a determiner ("a donor", "both candidates")
  let k = a + 1;
  if (/^(?:him|her|them|me|us)$/i.test(toks[k]?.value ?? '')) k++;
  else if (toks[k]?.pos === 'PROPN') while (toks[k]?.pos === 'PROPN') k++;
  else if (/^(?:DET|NUM)$/.test(toks[k]?.pos ?? '') && toks[k + 1]?.pos === 'NOUN') k += toks[k + 2]?.pos === 'NOUN' ? 3 : 2;
  else return false;
  const next = toks[k];
  if (!next) return false;
  // then the errand ("to ask"), the time ("after the vote", "Tuesday night"), or the end of the sentence
  if (lower(next) === 'to') return toks[k + 1]?.pos === 'VERB' && !/^be$/i.test(toks[k + 1]!.value);
  return next.value === '.' || isTimeWord(next) || /^(?:after|shortly|earlier|later|again|back|only|every)$/i.test(next.value) || (lower(next) === 'at' && lower(toks[k + 1]) === 'one');
}

/** "both", "all" or "each" after its subject or an auxiliary: "the groups have both threatened". */
function isFloatingQuantity(toks: Token[], k: number): boolean {
  return /^(?:both|all|each|neither|either)$/i.test(toks[k]?.value ?? '') && /^(?:AUX|NOUN|PROPN|PRON)$/.test(toks[k - 1]?.pos ?? '');
}

const QUANTITY_SUBJECT = /^(?:some|many|most|others|another|few|both|all|half|third|quarter|majority|minority|several)$/i;

/** A quantity at token k is a subject ("many fear Trump will", "some worry that"), not the determiner of an
 * object or complement ("there is still some hope that", "has few worries that"). */
function isQuantitySubject(t: Tokenized, k: number): boolean {
  if (!QUANTITY_SUBJECT.test(t.tokens[k]?.value ?? '')) return false;
  let j = k - 1;
  while (j >= 0 && t.tokens[j]!.pos === 'ADV') j--;
  return !/^(?:AUX|VERB|ADP|DET)$/.test(t.tokens[j]?.pos ?? '');
}

/** "records", "polls", "officials", "they": a subject a present-tense verb can follow directly. */
function isPluralSubject(tok: Token): boolean {
  if (tok.pos === 'PRON') return /^(?:they|we|you|i)$/i.test(tok.value);
  return tok.pos === 'NOUN' && /^\p{Ll}[\p{Ll}-]*[^s]s$/u.test(tok.value) && !/^(?:news|series|means|politics)$/i.test(tok.value);
}

/** A capitalised word between capitalised words, in running text (not a title-case headline). */
function insideName(t: Tokenized, i: number): boolean {
  const toks = t.tokens;
  const tok = toks[i]!;
  const s = t.sentences[tok.sentence];
  if (!s || i === s.tokenStart || !CAPITAL_THEN_LOWER.test(tok.value)) return false;
  const capital = (k: number): boolean => k > s.tokenStart && k < s.tokenEnd && /^\p{Lu}/u.test(toks[k]!.value);
  // "Secretary of State": the end of a name
  const ofName = lower(toks[i - 1]) === 'of' && capital(i - 2);
  if (!capital(i - 1) && !capital(i + 1) && !ofName) return false;
  // title-case headlines ("Minister Says Talks Will Resume") capitalise every word but the shortest
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (/^\p{Ll}{4,}$/u.test(toks[k]!.value) && !/^(?:with|from|into|over|than|that|this|upon|onto)$/.test(toks[k]!.value)) return true;
  }
  return false;
}

/** A belief reported inside another cue's clause, held by a pronoun subject: "said (that) they believe",
 * "told reporters that she thinks". */
function isNestedCognition(t: Tokenized, m: Marker, before: Marker[]): boolean {
  if (!COGNITION.test(m.entry)) return false;
  const toks = t.tokens;
  let k = tokenIndexAt(t, m.start) - 1;
  while (k >= 0 && /^(?:AUX|ADV|PART)$/.test(toks[k]!.pos)) k--;
  if (!toks[k] || toks[k]!.pos !== 'PRON' || !PRONOUNS.has(lower(toks[k]))) return false;
  k--;
  const complement = lower(toks[k]) === 'that';
  if (complement) k--;
  const outer = before[before.length - 1];
  if (!toks[k] || !outer || outer.sentence !== m.sentence || outer.form !== 'reporting-verb') return false;
  // "said he believes", and "told reporters on Monday that he believes": the outer verb's that-clause
  return (outer.end > toks[k]!.start && outer.start <= toks[k]!.start) || (complement && outer.end <= toks[k]!.end);
}

/** Cues of belief, agreement, finding and asking that, inside another cue's reported clause, belong to
 * that report (PolNeAR train: 72 of 349 such nested cues are gold cues, where 788 of 947 nested "say" cues are). */
const PART_OF_REPORT = /\.(?:believe|think|thought|mental-state(?:-clause)?|hope|mind-adjective|agree|endorse|see-as|conclude|show|find|prove|learn|reveal|disclose|ask|allege|speak|testify)$/;

/** A clause of its own after the reported one: ", but ...", "— but ...", ", while ...", "; ...", ", and" with no
 * "that" ("said it will not negotiate, and some officials apparently believe"). */
const NEW_CLAUSE = /[,—–]\s*(?:but|while|whereas|although|though|yet)\b|,\s*and\s+(?!that\b)|;/i;

/** `inner` is a belief, finding or question inside the clause `outer` reports ("said the polls show"). */
function insideReport(t: Tokenized, outer: Marker, inner: Marker): boolean {
  if (!PART_OF_REPORT.test(inner.entry) || outer.end > inner.start) return false;
  // not a tag after the quotation that holds the outer cue ('"Who will think of it?" asked Ali'), nor the
  // main clause after a participle's phrase ("pledging to act if ..., Lee agreed")
  if (insideQuote(t, outer.start) && !insideQuote(t, inner.start)) return false;
  const between = t.doc.text.slice(outer.end, inner.start);
  if (/ing$/i.test(outer.text) && between.includes(',')) return false;
  // a tag that closes the sentence after a comma reports the whole of it ("He agreed to sell it in 2010, records
  // show.")
  const sent = t.sentences[sentenceAt(t.sentences, inner.start)];
  if (sent && !/[\p{L}\p{N}]/u.test(t.doc.text.slice(inner.end, sent.end)) && isTagSubject(t, tokenIndexAt(t, inner.start))) return false;
  const c = clauses.get(outer);
  return !!c && c.contentStart >= 0 && c.contentStart <= inner.start && inner.end <= c.contentEnd && !NEW_CLAUSE.test(between);
}

/** The words before token k are a noun phrase after a comma: the subject of a tag (", records show", ", a review by
 * the Tribune found"). */
function isTagSubject(t: Tokenized, k: number): boolean {
  let j = k - 1;
  const inPhrase = (x: Token) => /^(?:NOUN|PROPN|DET|ADJ|NUM)$/.test(x.pos) || /^(?:of|by|from|['’]s)$/i.test(x.value);
  while (j >= 0 && j >= k - 8 && inPhrase(t.tokens[j]!)) j--;
  return j < k - 1 && t.tokens[j]?.value === ',' && /^(?:NOUN|PROPN)$/.test(t.tokens[k - 1]!.pos);
}

/** `second` follows the verb cue `first` with nothing between but "to" or "by" ("is expected to announce",
 * "responded by saying", "cited reports"): the two words make one attribution. Not a participle right
 * after its verb ("recalled thinking"), which reports a thought of its own. */
function joinedCue(t: Tokenized, first: Marker, second: Marker): boolean {
  if (first.end > second.start || (first.form !== 'reporting-verb' && !first.entry.endsWith('be-expected')) || CHANNEL.test(first.entry) || MEDIUM.test(first.entry)) return false;
  const between = t.doc.text.slice(first.end, second.start);
  return /^\s+(?:to|by)\s+(?:first\s+)?$/i.test(between) || (/^\s+$/.test(between) && !/ing$/i.test(second.text));
}

/** Words after which "to" and a reporting verb name words not yet said: wanted, planned, sought, hard or
 * unable to say ("wants to endorse", "his refusal to condemn", "it is difficult to predict", "was unable to
 * confirm"). "Able to" is in isUnrealisedSpeech. */
const UNREALISED = /^(?:want|wants|wanted|wanting|plan|plans|planned|planning|intend|intends|intended|intending|seek|seeks|sought|seeking|decision|refusal|effort|efforts|need|needs|needed|going|ready|hard|harder|difficult|easy|easier|opportunity|chance|unable)$/i;

/** "wants to endorse", "a decision to announce": a speech act only aimed at, which reports nothing said
 * (PolNeAR train: 13 of 60 such cues were gold). */
function isUnrealisedSpeech(t: Tokenized, m: Marker): boolean {
  if (m.form !== 'reporting-verb') return false;
  const k = wordBefore(t, tokenSpan(t, m.start, m.end)[0]);
  if (lower(t.tokens[k]) !== 'to') return false;
  if (lower(t.tokens[k - 1]) === 'able') return ableButUnsaid(t, k - 1);
  return UNREALISED.test(t.tokens[k - 1]?.value ?? '');
}

/**
 * The writer's impersonal judgement on saying something: "It is too simple to say, as many do, that ...", "it would
 * be wrong to claim that ...", "it's hard to say whether ...": an infinitive after "it" and an adjective, which no
 * one says (the words after it are the writer's, or a view the writer weighs).
 */
function impersonalSpeech(t: Tokenized, m: Marker): boolean {
  if (m.form !== 'reporting-verb') return false;
  const toks = t.tokens;
  const k = wordBefore(t, tokenSpan(t, m.start, m.end)[0]);
  if (lower(toks[k]) !== 'to' || toks[k - 1]?.pos !== 'ADJ' || RAISING.test(toks[k - 1]!.value)) return false;
  let j = k - 2;
  while (j >= 0 && DEGREE.test(toks[j]!.value)) j--;
  // ("it would be wrong to claim")
  if (lower(toks[j]) === 'be' && /^(?:would|could|might|may|will)$/i.test(toks[j - 1]?.value ?? '')) j--;
  else if (!/^(?:is|was|['’]s|seems|seemed)$/i.test(toks[j]?.value ?? '')) return false;
  return lower(toks[j - 1]) === 'it';
}
const DEGREE = /^(?:too|so|very|more|less|most|not|n't|quite|rather|fairly|simply|also|still|now|just|a|bit|little)$/i;
/** Adjectives whose "it" is the one who would speak ("The group ... it is unlikely to agree", "it is ready to announce"). */
const RAISING = /^(?:likely|unlikely|certain|sure|bound|set|due|able|unable|willing|unwilling|ready|prepared|eager|keen|reluctant|expected|poised|determined|quick|slow|first|last|only|free|happy|glad|loath|anxious|careful)$/i;

/**
 * A speech act denied: "said the talks would resume, without elaborating", "without saying how it counted the
 * dead", "without mentioning the president": no words are reported (the verb before "without", if any, is the
 * cue). Only the gerund right after "without" (an adverb between). An act held back from ("stopped short of
 * calling for", "refrained from endorsing", "has avoided criticizing") stays a cue: PolNeAR annotates it as an
 * attribution (train: 10 of 14 such cues gold), the stance a source took by not saying something.
 */
function deniedSpeech(t: Tokenized, m: Marker): boolean {
  if (m.form !== 'reporting-verb') return false;
  const [a] = tokenSpan(t, m.start, m.end);
  return lower(t.tokens[wordBefore(t, a)]) === 'without' && /ing$/i.test(t.tokens[a]!.value);
}

/** The token before token a, past one adverb ("wants to publicly endorse", "without directly criticizing"). */
function wordBefore(t: Tokenized, a: number): number {
  return t.tokens[a - 1]?.pos === 'ADV' ? a - 2 : a - 1;
}

/** "able to" at token `k` names words not said when it is denied or only possible: "was not able to confirm",
 * "will be able to declare victory", "being able to say"; said when it is told as done: "she was able to confirm
 * that the count was right". */
function ableButUnsaid(t: Tokenized, k: number): boolean {
  const before = lower(t.tokens[k - 1]);
  if (before === 'be' || before === 'being') return true;
  for (let j = k - 1; j >= k - 3 && j >= 0; j--) if (/^(?:not|n't|never)$/i.test(t.tokens[j]!.value)) return true;
  return false;
}

/** "responded by closing the port": an answer given by an act, which reports no words; "responded by
 * saying" answers in words, and the two make one attribution (see joinedCue). */
function respondsByAct(t: Tokenized, m: Marker): boolean {
  if (!/\.respond$/.test(m.entry)) return false;
  const [, b] = tokenSpan(t, m.start, m.end);
  if (lower(t.tokens[b + 1]) !== 'by') return false;
  let k = b + 2;
  // "responded by first saying"
  while (t.tokens[k]?.pos === 'ADV' || lower(t.tokens[k]) === 'first') k++;
  return !!t.tokens[k] && !cueWords.get(t)?.has(k);
}

/** What a military answers with ("responded with airstrikes", "will respond with a more forceful attack"). */
const FORCE_NOUN = /^(?:strikes?|airstrikes?|air|attacks?|counterattacks?|counter-attacks?|bombardments?|bombings?|fire|force|rockets?|missiles?|shelling|artillery|barrages?|raids?|campaign|offensive|operations?|gunfire|shots|rocks|rifles?|weapons|retaliation|violence|sanctions|troops|tanks|drones?)$/i;
/** A quote mark on the folded text: a double one, or a single one that is no apostrophe inside a word. */
const ANY_QUOTE = /"|(?<!\p{L})'|'(?!\p{L})/u;

/**
 * "Israel responded with airstrikes", "Iran will respond in kind", "how the U.S. would respond": an answer given
 * by force, or an answer of which nothing is reported, cites no words (in this corpus of wars the commonest
 * reading of "respond"). With words it stays a cue: "responded that", "responded:", a quotation in the
 * sentence ('"Not yet," she responded.'), "responded with a statement", "responded by saying" (respondsByAct).
 */
function respondsWithoutWords(t: Tokenized, m: Marker): boolean {
  if (!/\.respond$/.test(m.entry)) return false;
  const [, b] = tokenSpan(t, m.start, m.end);
  const sentence = t.sentences[m.sentence];
  const end = sentence ? sentence.tokenEnd : t.tokens.length;
  let k = b + 1;
  while (k < end && t.tokens[k]!.pos === 'ADV') {
    if (/^(?:militarily|forcefully)$/i.test(t.tokens[k]!.value)) return true;
    k++;
  }
  const next = lower(t.tokens[k]);
  if (next === 'with') {
    for (let j = k + 1; j <= k + 5 && j < end; j++) if (FORCE_NOUN.test(t.tokens[j]!.value)) return true;
    return false;
  }
  if (next === 'in' && lower(t.tokens[k + 1]) === 'kind') return true;
  // nothing after the verb but the end of its clause, and no quotation in the sentence to be the answer
  if (k >= end || /^(?:\.|\?|!|if|when|unless|after|before)$/.test(next)) {
    return !sentence || !ANY_QUOTE.test(t.doc.match.slice(sentence.start, sentence.end));
  }
  return false;
}

/** Nouns for what is asked, the object of an answer that is not the answer given. */
const QUESTION_NOUN = /^(?:questions?|queries|query|questionnaires?)$/i;
/** Words of a noun phrase between "answer" and its head ("answered a grand total of seven questions", "answer
 * the trust and honesty questions", "answer the board's questions"). */
const OBJECT_WORD = /^(?:DET|ADJ|NUM|NOUN|PROPN|PART|CCONJ)$/;
/** What may follow an answer that has no object of its own: the end of its clause, a preposition, an adverb,
 * a conjunction ("a question only the board can answer.", "questions still to answer in the coming weeks"). */
const NO_OBJECT_AFTER = /^(?:ADP|ADV|CCONJ|SCONJ)$/;

/**
 * "The mayor did not answer questions about the pier", "a question only the board can answer", "questions
 * still to answer": answering a question with nothing of the answer reported is an act, not a report (the
 * question is its object, after it or before it). The answer given stays a cue: "answered the charge that",
 * "answered the question: ...", "answered questions by saying ..." (there "saying" carries the report).
 */
function answersQuestionOnly(t: Tokenized, m: Marker): boolean {
  if (!m.entry.endsWith('.reply') || !/^answer/i.test(m.text)) return false;
  const toks = t.tokens;
  const [a, b] = tokenSpan(t, m.start, m.end);
  const sentence = t.sentences[toks[a]!.sentence];
  if (!sentence) return false;
  // the question after it, as its object, and no quotation or colon after the question to be the answer
  for (let k = b + 1; k < sentence.tokenEnd && k <= b + 8; k++) {
    const x = toks[k]!;
    if (QUESTION_NOUN.test(x.value) && x.pos === 'NOUN') return !/^(?::|["“'‘])$/.test(toks[k + 1]?.value ?? '');
    if (!OBJECT_WORD.test(x.pos) && lower(x) !== 'of' && !(x.value === '-' && k > b + 1)) break;
  }
  // no object after it, and a question before it in its sentence that it answers ("a question the board
  // must answer itself", "questions she preferred not to answer."); not before a colon or a quotation
  const next = toks[b + 1];
  const bare = !next || next.sentence !== toks[a]!.sentence || /^[.?!;]$/.test(next.value) || NO_OBJECT_AFTER.test(next.pos) ||
    /^(?:himself|herself|itself|themselves)$/i.test(next.value) || (next.value === ',' && !OPENING_QUOTE.test(toks[b + 2]?.value ?? ''));
  if (!bare || /^(?:that|if|whether)$/i.test(next?.value ?? '')) return false;
  for (let k = a - 1; k >= sentence.tokenStart && k >= a - 10; k--) if (QUESTION_NOUN.test(toks[k]!.value)) return true;
  return false;
}

/** Words that can stand between "claimed" and the lives it took: a count and who the dead were ("claimed more
 * than 500 lives", "claimed tens of thousands of lives", "claimed 63 soldiers' lives", "claimed more than a third
 * of a million lives"). */
const TOLL_WORD = /^(?:NUM|ADJ|ADV|DET|NOUN|PROPN|PART)$/;
const TOLL_LINK = /^(?:of|than|at|up|to|over|under|around|about|almost|nearly|some)$/i;
const LIVES = /^(?:lives|life)$/i;
const POSSESSIVE = /^[’']s?$/;

/**
 * "The war has claimed over 70,000 lives": a death toll, not a claim (the lexicon's `unless` reads only the
 * words right after the verb, "claimed the lives of"). The lives come within eight words (a count in words may take
 * seven: "more than a third of a million lives"), with nothing between
 * but a count and its nouns and adjectives: "claiming the settlers live there" and "claiming settlers living
 * quiet, ordinary lives were to blame" (a verb and a comma between) stay claims.
 */
function claimsLives(t: Tokenized, m: Marker): boolean {
  if (!m.entry.endsWith('.claim')) return false;
  const [, b] = tokenSpan(t, m.start, m.end);
  for (let k = b + 1; k <= b + 9 && k < t.tokens.length; k++) {
    const tok = t.tokens[k]!;
    if (LIVES.test(tok.value)) return true;
    if (!TOLL_WORD.test(tok.pos) && !TOLL_LINK.test(tok.value) && !POSSESSIVE.test(tok.value)) return false;
  }
  return false;
}

/** Ground taken or held, the object of a "claim" that is no claim in words. */
const GROUND = /^(?:territory|territories|land|lands|province|provinces)$/i;

/**
 * "The militia claimed large areas of territory", "fought to claim the land from the rebels", "where it claims its
 * own province": taking or holding ground, not a claim in words. The ground comes within six words, with nothing
 * between but a count, a determiner, nouns and adjectives (as in claimsLives); a clause after it keeps the claim
 * ("claims the land was seized illegally").
 */
function claimsGround(t: Tokenized, m: Marker): boolean {
  if (!m.entry.endsWith('.claim')) return false;
  const [, b] = tokenSpan(t, m.start, m.end);
  for (let k = b + 1; k <= b + 7 && k < t.tokens.length; k++) {
    const tok = t.tokens[k]!;
    if (GROUND.test(tok.value) && tok.pos === 'NOUN') return !/^(?:VERB|AUX)$/.test(t.tokens[k + 1]?.pos ?? '');
    if (!TOLL_WORD.test(tok.pos) && !TOLL_LINK.test(tok.value) && !POSSESSIVE.test(tok.value) && !POSSESSIVE_PRONOUN.test(tok.value)) return false;
  }
  return false;
}

/** Posts one is confirmed to: "confirmed to the Supreme Court", "confirmed to the post". */
const APPOINTED_TO = /^(?:court|bench|post|position|job|cabinet|seat|office|role)$/i;
/** Titles one is confirmed as: "confirmed as ambassador", "confirmed as the next attorney general". */
const APPOINTED_AS = /^(?:director|head|chief|envoy|minister|secretary|commissioner|ambassador|judge|justice|general|governor|administrator|chairman|chairwoman|chair|deputy|undersecretary|president)$/i;
/** What a vote confirms: a nominee ("confirm the nominee", "confirmed two judges"). */
const NOMINEE_HEAD = /^(?:nominees?|appointees?|picks?|judges?|justices?|ambassadors?)$/i;
/** The verb group between a subject and "confirmed": "will not be", "might actually get", "should he be". */
const CONFIRM_GROUP = /^(?:be|been|being|is|are|was|were|['’]s|get|gets|got|gotten|getting|will|would|may|might|can|could|should|must|shall|has|have|had|not|n['’]t|to)$/i;
/** A passive "be" or "get" right before "confirmed". */
const PASSIVE_BE_OR_GET = /^(?:be|been|being|is|are|was|were|['’]s|get|gets|got|gotten|getting)$/i;
/** Subjects a vote confirms: a person's pronoun or one who is nominated. */
const CONFIRMED_ONE = /^(?:he|she|i|nominee|guy|pick|judge|justice)$/i;
/** Words that may follow a person's passive "confirmed" when nothing more is said of them ("he will be confirmed
 * soon", "I might get confirmed, ..."); a clause, "as", "to" or "by" after it may be a report and stays. */
const NOTHING_AFTER = /^(?:[.,?!;]|so|with|before|until|when|or|and|yet|soon|quickly|easily|this|next)$/i;

/**
 * "confirmed" as a chamber's vote on a nominee, not as a statement that something is true: "Will Lee Park be confirmed
 * to the Supreme Court?", "she was confirmed as ambassador to Ruritania", "if Park is not confirmed by the Senate",
 * "he will be confirmed.", "the Senate confirmed three judges", "voting to confirm the nominee", "Senate-confirmed
 * officials". Read from the structure: a passive with a post ("to the Court"), a title ("as secretary"), the Senate
 * as agent, or a person as subject and nothing said after; an active whose subject is the Senate or a vote, or whose
 * object is a nominee, with no clause after. "confirmed to the Times that ...", "the deaths were confirmed", "the
 * senator confirmed the talks had stalled" and "Lee confirmed that Park would stand" stay cues.
 */
function confirmsAppointment(t: Tokenized, m: Marker): boolean {
  if (!m.entry.endsWith('.confirm')) return false;
  const toks = t.tokens;
  const [a, b] = tokenSpan(t, m.start, m.end);
  const floor = t.sentences[toks[a]!.sentence]!.tokenStart;
  // "Senate-confirmed appointees"
  if (toks[a - 1]?.value === '-' && /^senate$/i.test(toks[a - 2]?.value ?? '')) return true;
  let k = a - 1;
  while (k >= floor && (toks[k]!.pos === 'ADV' || /^(?:not|n['’]t)$/i.test(toks[k]!.value))) k--;
  const passive = k >= floor && PASSIVE_BE_OR_GET.test(toks[k]!.value);
  while (k >= floor && (CONFIRM_GROUP.test(toks[k]!.value) || toks[k]!.pos === 'ADV')) k--;
  const subject = k >= floor ? toks[k]! : undefined;
  const next = toks[b + 1];
  if (!next || next.sentence !== toks[a]!.sentence) return passive && !!subject && confirmedPerson(subject);
  if (passive) {
    if (/^to$/i.test(next.value)) return appointedTo(toks, b + 2);
    if (/^as$/i.test(next.value)) return appointedAs(toks, b + 2);
    if (/^by$/i.test(next.value)) {
      let j = b + 2;
      while (/^(?:the|full)$/i.test(toks[j]?.value ?? '')) j++;
      if (/^senate$/i.test(toks[j]?.value ?? '')) return !/^(?:NOUN|PROPN)$/.test(toks[j + 1]?.pos ?? '');
      return !!subject && confirmedPerson(subject) && isDayOrMonth(toks[j]);
    }
    return !!subject && confirmedPerson(subject) && NOTHING_AFTER.test(next.value);
  }
  const voted = !!subject && (/^Senate$/.test(subject.value) || /^(?:vote|votes|voted|voting)$/i.test(subject.value));
  return (voted || nomineeObject(toks, b + 1)) && !clauseAfter(toks, b + 1);
}

/** A subject a vote confirms: "he", "she", "I", "the nominee", or a one-word name that is no place ("Park"). */
function confirmedPerson(tok: Token): boolean {
  if (CONFIRMED_ONE.test(tok.value)) return true;
  return tok.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(tok.value) && !isPlaceLike(tok.value) && !OUTLET_NAME_WORDS.test(tok.value) && !/^senate$/i.test(tok.value);
}

/** From token `k`, a determiner and capitalised or adjective words before a post ("the Supreme Court", "the post"). */
function appointedTo(toks: Token[], k: number): boolean {
  for (let j = k; j < k + 4 && j < toks.length; j++) {
    if (APPOINTED_TO.test(toks[j]!.value) && toks[j]!.pos !== 'VERB') return true;
    if (!/^(?:DET|ADJ|PROPN)$/.test(toks[j]!.pos)) return false;
  }
  return false;
}

/** From token `k`, a title within four words of names and nouns ("ambassador to", "the next attorney general",
 * "NSA director"); "as safe", "as the gunman" are none. */
function appointedAs(toks: Token[], k: number): boolean {
  for (let j = k; j < k + 4 && j < toks.length; j++) {
    if (APPOINTED_AS.test(toks[j]!.value)) return true;
    if (!/^(?:DET|ADJ|PROPN|NOUN)$/.test(toks[j]!.pos)) return false;
  }
  return false;
}

/** From token `k`, a noun phrase whose head is a nominee ("the Supreme Court nominee", "two judges"). */
function nomineeObject(toks: Token[], k: number): boolean {
  let j = k;
  while (j < k + 5 && j < toks.length && /^(?:DET|ADJ|NUM|PROPN|NOUN)$/.test(toks[j]!.pos)) {
    if (NOMINEE_HEAD.test(toks[j]!.value) && toks[j + 1]?.pos !== 'NOUN') return true;
    j++;
  }
  return false;
}

/** From token `k`, what the verb reports is a clause or words: "that ...", a colon, a quotation, or a noun phrase
 * that a verb follows ("the talks had stalled") or that a possessive opens ("Park's death"). */
function clauseAfter(toks: Token[], k: number): boolean {
  const first = toks[k];
  if (!first || /^(?:that|:|["“‘'])$/i.test(first.value)) return true;
  let j = k;
  while (j < toks.length && toks[j]!.sentence === first.sentence && /^(?:DET|ADJ|NUM|PROPN|NOUN|PRON)$/.test(toks[j]!.pos)) j++;
  const after = toks[j];
  return !!after && after.sentence === first.sentence && (/^(?:VERB|AUX)$/.test(after.pos) || POSSESSIVE_S.test(after.value));
}

/** Verbs of conduct: one who acts, lives or operates "according to" something follows it, and cites no one. */
const CONDUCT_VERB = /^(?:act|acts|acted|acting|behave|behaves|behaved|behaving|live|lives|lived|living|operate|operates|operated|operating|function|functions|functioned|functioning|proceed|proceeds|proceeded|proceeding)$/i;

/** Norms, wishes and stations: what a deed is done "according to", as no source speaks. */
const NORM_NOUN = /^(?:principles?|rules?|whims?|wishes|pleasure|conscience|stations?)$/i;

/**
 * "according to" that means "in keeping with", not "as X says": after a verb of conduct ("the crew will act according
 * to the manual", "they live according to old customs") or before a norm, a wish or a station ("the board ruled
 * according to its own rules", "all done according to their whims"). The noun is the head of the phrase right after
 * "to", with only a determiner, a possessive, adjectives or a count before it: in "according to the rules committee"
 * the head is "committee", a body that speaks, and no norm.
 */
function meansInKeepingWith(t: Tokenized, m: Marker): boolean {
  if (m.form !== 'according-to') return false;
  const [a, b] = tokenSpan(t, m.start, m.end);
  let k = a - 1;
  while (k >= 0 && t.tokens[k]!.pos === 'ADV') k--;
  if (k >= 0 && CONDUCT_VERB.test(t.tokens[k]!.value)) return true;
  for (k = b + 1; k <= b + 5 && k < t.tokens.length; k++) {
    const tok = t.tokens[k]!;
    if (tok.pos === 'NOUN' || tok.pos === 'PROPN') return NORM_NOUN.test(tok.value) && !/^(?:NOUN|PROPN)$/.test(t.tokens[k + 1]?.pos ?? '');
    if (!/^(?:DET|ADJ|NUM|PRON)$/.test(tok.pos) && !POSSESSIVE_PRONOUN.test(tok.value)) return false;
  }
  return false;
}

/**
 * "call" that dials or summons, and reports no words: "she called 911", "the speaker may call lawmakers back", "an
 * officer called me into a room". A number of three digits or more right after the verb is dialled; one to two words
 * of object before "back" or "into" are summoned (not "calls into serious question", nor "called into the show",
 * which has no object and is a caller who speaks on air). Convening ("called early elections", "called an emergency
 * session") is left a cue: PolNeAR marks it as one.
 */
function callsWithoutWords(t: Tokenized, m: Marker): boolean {
  if (!m.entry.endsWith('.call')) return false;
  const [, b] = tokenSpan(t, m.start, m.end);
  const next = t.tokens[b + 1];
  if (!next) return false;
  if (next.pos === 'NUM' && /^\d{3,}$/.test(next.value)) return true;
  for (let k = b + 2; k <= b + 3 && k < t.tokens.length; k++) {
    if (!/^(?:PRON|NOUN|PROPN|DET)$/.test(t.tokens[k - 1]!.pos)) return false;
    const tok = t.tokens[k]!;
    if (/^(?:back|into)$/i.test(tok.value)) return lower(tok) === 'back' || !SUMMONED_INTO_DOUBT.test(`${t.tokens[k + 1]?.value ?? ''} ${t.tokens[k + 2]?.value ?? ''}`);
  }
  return false;
}

/** "into question", "into serious doubt": what a call puts in doubt, not where it sends someone. */
const SUMMONED_INTO_DOUBT = /^(?:question|doubt|\S+ (?:question|doubt))\b/i;

/** Verbs of saying and minding that, bare and first in their sentence, bid the reader (or the one spoken to) to do it. */
const BIDDING_VERB = /^(?:note|notice|recall|remember|ask|say|consider|imagine|write)$/i;

/**
 * "Note that the figure is net.", "Recall the hearings of 1954.", "Ask yourself why.", "Remember, the deal lapsed",
 * "Write to Dana Levi at dana.levi@example.com" (a paper's contact line):
 * a bare verb of saying or minding that opens its sentence (after an opening bracket or quotation mark) is the
 * writer's or the speaker's bidding, and cites no source; the word after it is no speaker ("Note", "date", "excerpt").
 * Only the bare form in sentence case: "Rebels Say They Downed Copter" has the verb after its subject, and "Notes"
 * is no bidding.
 */
function bidsReader(t: Tokenized, m: Marker): boolean {
  if (m.form !== 'reporting-verb' || !BIDDING_VERB.test(m.text)) return false;
  return biddingAt(t, m.sentence) === tokenSpan(t, m.start, m.end)[0];
}

/** The token of a bidding verb (BIDDING_VERB, bare, in sentence case) that opens sentence `si` after an opening
 * bracket or quotation mark, or -1. A colon later in that sentence introduces what the reader is bidden to note
 * ("Note the words used here: ..."), and its subject is no speaker. */
function biddingAt(t: Tokenized, si: number): number {
  const s = t.sentences[si];
  if (!s) return -1;
  let k = s.tokenStart;
  while (k < s.tokenEnd && /^[(\[“"‘']$/.test(t.tokens[k]!.value)) k++;
  const tok = t.tokens[k];
  return tok && BIDDING_VERB.test(tok.value) && /^\p{Lu}\p{Ll}+$/u.test(tok.value) ? k : -1;
}

/** Cue verbs whose passive is another sense than saying: seen or kept ("observed"), summoned back ("recalled"). */
const PASSIVE_OTHER_SENSE = /\.(?:observe|recall)$/;
/** Forms of "be" before a passive participle. */
const PASSIVE_BE = /^(?:be|been|being|is|are|was|were|['’]s)$/i;

/**
 * "observed" in the passive is seen or kept, not remarked: "no such storm has been observed before", "the flashes were
 * observed from the pier", "whether due process was observed"; "recalled" in the passive is summoned back, not
 * remembered aloud: "the envoy was recalled to the capital", "parliament is expected to be recalled on Friday". A form
 * of "be" comes right before it (an adverb or "not" between); "it has been observed that ..." (a remark whose clause
 * follows) keeps its cue.
 */
function passiveOtherSense(t: Tokenized, m: Marker): boolean {
  if (!PASSIVE_OTHER_SENSE.test(m.entry) || !/^(?:observed|recalled)$/i.test(m.text)) return false;
  const [a, b] = tokenSpan(t, m.start, m.end);
  if (/^that$/i.test(t.tokens[b + 1]?.value ?? '')) return false;
  let k = a - 1;
  while (k >= 0 && (t.tokens[k]!.pos === 'ADV' || /^(?:not|n['’]t)$/i.test(t.tokens[k]!.value))) k--;
  return k >= 0 && PASSIVE_BE.test(t.tokens[k]!.value);
}

/** "I think", "we believe", "do you think": an epistemic hedge of the speaker, not an attribution. */
function isFirstPersonOpinion(t: Tokenized, m: Marker): boolean {
  if (m.form !== 'reporting-verb') return false;
  const cognition = COGNITION.test(m.entry);
  let [a] = tokenSpan(t, m.start, m.end);
  a--;
  while (a >= 0 && /^(?:do|don't|did|really|also|still|just|n't|not|honestly|personally|truly|genuinely|never|ever|always|all|both|might|may|should|,|am|'m|’m|would|will|can|could|must|have|'ve|’ve|to|was)$/i.test(t.tokens[a]!.value)) a--;
  // "I think", "I say", "you say" inside speech: the speaker's own discourse, not a source cited
  return a >= 0 && (cognition ? /^(?:i|we|you)$/i : /^(?:you)$/i).test(t.tokens[a]!.value);
}

/** A name's last word run together with a linked headline's first word, in a line of text ("BarlowAll"). */
const GLUED_HEADLINE_WORD = /(?<![\p{L}'’-])(\p{Lu}\p{L}*\p{Ll})\p{Lu}\p{L}*/gu;
/** How far a box of linked headlines reaches on either side of a word in it (characters). */
const LINK_BOX_REACH = 600;

/**
 * Offset `pos` lies in a box of linked headlines that a web page pasted as text sets after a name: from the person's
 * full name run together with the first headline to the box's closing "MORE", in one line ("Sen. Tom Barlow Thomas
 * (Tom) Edward BarlowGOP senators say vote is close Voters face a choice MORE (R-Ohio) said ..."; see linkBoxName).
 * The headlines are other stories' (their "say" is no cue of this one, their quotation marks a headline's); the
 * run-together word must start with a word of the name just before it, so a capital inside a name ("McKee") is none.
 */
export function inLinkBox(t: Tokenized, pos: number): boolean {
  if (!hasLinkBox(t)) return false;
  const text = t.doc.text;
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const next = text.indexOf('\n', pos);
  const lineEnd = next === -1 ? text.length : next;
  // (the box closes on "MORE" later in the line: looked for only in a bounded stretch of it)
  if (!text.slice(pos, Math.min(lineEnd, pos + LINK_BOX_REACH)).includes('MORE')) return false;
  const from = Math.max(lineStart, pos - LINK_BOX_REACH);
  const before = text.slice(from, pos);
  let box = -1;
  GLUED_HEADLINE_WORD.lastIndex = 0;
  for (let m = GLUED_HEADLINE_WORD.exec(before); m; m = GLUED_HEADLINE_WORD.exec(before)) {
    const name = before.slice(Math.max(0, m.index - 80), m.index);
    const at = name.lastIndexOf(m[1]!);
    if (at !== -1 && (at === 0 || /[\s(]/u.test(name[at - 1]!)) && /^[\s)]/u.test(name.slice(at + m[1]!.length) || ' ')) box = m.index;
  }
  return box !== -1 && !/\bMORE\b/.test(before.slice(box));
}

/** Offset `pos` lies in a video's caption in a player's boilerplate: its line opens with "JUST WATCHED" (the
 * caption's repeat after "MUST WATCH" is on the same line). Such a caption ("JUST WATCHED Lee: Talks will go on
 * Replay More Videos ... MUST WATCH Lee: ...", "JUST WATCHED Kerry argues for war ...") is page furniture listing
 * other videos: it holds no cue of the story, and its quotation is a headline's, which names its speaker itself. */
function inVideoCaption(t: Tokenized, pos: number): boolean {
  const text = t.doc.text;
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  return /^[\s"“'‘]*JUST WATCHED\b/u.test(text.slice(lineStart, pos));
}

/** The words before a speaker-label colon on its line, without leading quote marks, and where the line starts. */
function lineLabel(t: Tokenized, cue: Marker): { label: string; lineStart: number } {
  const text = t.doc.text;
  // (or after a kicker's bar: "Urgent | Minister: ...")
  const lineStart = Math.max(text.lastIndexOf('\n', cue.start - 1), text.lastIndexOf('|', cue.start - 1)) + 1;
  return { label: text.slice(lineStart, cue.start).replace(/^[\s"“'‘]+/, '').trim(), lineStart };
}

/**
 * In a headline or a subhead, a speaker's label with the topic or the one addressed after it: "Dana Levi on the port:",
 * "Mayor to the council:", "Lee at the summit:", "Lee after the vote:"; the words before the preposition, when they are
 * one to four words that open on a capital and hold no verb, with where they end, or undefined. (Not a topic that opens
 * on the preposition, "On Gaza:", nor a kicker, which isSpeakerLabel still refuses: "Update on Gaza:".)
 */
function labelHead(t: Tokenized, cue: Marker): { head: string; end: number } | undefined {
  if (cue.section !== 'headline' && cue.section !== 'subhead') return undefined;
  const { label, lineStart } = lineLabel(t, cue);
  const m = /^(\p{Lu}\S*(?:\s+\S+){0,3}?)\s+(?:on|to|at|after)\s+\S/u.exec(label);
  if (!m) return undefined;
  const head = m[1]!;
  const offset = t.doc.text.indexOf(head, lineStart);
  const [a, b] = tokenSpan(t, offset, offset + head.length);
  for (let k = a; k <= b; k++) if (t.tokens[k]?.pos === 'VERB' || t.tokens[k]?.pos === 'AUX') return undefined;
  // (someone's name or role: a word of it the story's text capitalises inside a sentence, or a role last, "Top aide to
  // Lee:"; not a topic's noun a title capitalises, "Focus on Gaza:", "Letter to the Mayor:", "Pressure on Lee:")
  const words = head.split(/\s+/);
  const role = LABEL_ROLE.test(words.at(-1)!) || TITLE_WORDS.has(words.at(-1)!.toLowerCase());
  if (!role && !words.some((w) => namedInText(t).has(w))) return undefined;
  return { head, end: offset + head.length };
}

const namesInText = new WeakMap<Tokenized, Set<string>>();
const wordsInText = new WeakMap<Tokenized, Set<string>>();

/** The words of the body's sentences, past each one's first word, that `keep` takes (given the word before), memoised per
 * document in `memo`. */
function bodyWords(t: Tokenized, memo: WeakMap<Tokenized, Set<string>>, keep: (tok: Token, prev: Token) => boolean): Set<string> {
  let words = memo.get(t);
  if (words) return words;
  words = new Set();
  for (const s of t.sentences) {
    for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
      const tok = t.tokens[k]!;
      if (keep(tok, t.tokens[k - 1]!) && sectionAt(t.doc.sections, tok.start) === 'body') words.add(tok.value);
    }
  }
  memo.set(t, words);
  return words;
}

/** A capitalised word after a word or a comma (not after a colon or a quote mark): a name, in prose in sentence case. */
function isNameWord(tok: Token, prev: Token): boolean {
  return CAPITAL_THEN_LOWER.test(tok.value) && /[\p{L}\p{N},]$/u.test(prev.value);
}

/** A word in lower case. */
function isLowerWord(tok: Token): boolean {
  return LOWER_WORD.test(tok.value);
}

/** Capitalised words of the body that do not open a sentence or follow a colon or a quote mark: names, as prose in
 * sentence case capitalises only names (a headline's or a subhead's words are left out). */
function namedInText(t: Tokenized): Set<string> {
  return bodyWords(t, namesInText, isNameWord);
}

/** Words the body's prose writes in lower case inside a sentence ("the election", "its settlements"): common words,
 * not names (the counterpart of namedInText). */
function lowerInText(t: Tokenized): Set<string> {
  return bodyWords(t, wordsInText, isLowerWord);
}

/** Words after a colon that open in the first person: "We told ...", "I will ...", "Our staff ..." */
const FIRST_PERSON_OPENING = /^\s*["“'‘]?(?:I|We|My|Our|Us)\b/u;

/** Heads of a label that name who speaks though the body writes them in lower case: a transcript's or an interview's
 * roles ("Reporter:", "Host:", "Caller:"), people by what they do ("Investigators:", "Lawmakers:", "Pundit:"), and a body that
 * speaks ("Army:", "Court:", "Study:"). */
const PERSON_LABEL_HEAD = /^(?:q|a|reporters?|host|hosts|co-host|anchor|pundits?|commentators?|columnists?|moderator|interviewer|questioner|caller|narrator|navigator|investigators?|legislators?|lawmakers?|police|scholars?|advocates?|voices?|students?|soldiers?|protesters?|protestors?|journalists?|doctors?|nurses?|mother|father|son|daughter|wife|husband|man|woman|boy|girl|lawyers?|attorneys?|prosecutors?|judges?|negotiators?|mediators?|candidates?|victims?|survivors?|families|family|militants?|rebels?|troops|army|military|navy|government|ministry|court|hospital|council|committee|agency|commission|embassy|administration|campaign|party|union|board|study|survey|group)$/;

/**
 * A label in title case or in capitals whose last word the body writes in lower case and never as a name ("Media Fail:",
 * "No Truce:", "Israel's Election:", "Settlements:", "Job Approval:", "ALSO:"): a kicker, a section or a topic that heads
 * the line, not who speaks, as a name ("Dana Levi:", "Pentagon:", "White House:", whose "House" the body capitalises) or
 * a role ("Minister:", "Reporter:") is no common word of the text. Not initials ("AT:", "DO:", an interviewer's), nor a
 * label that opens another line too (a transcript's speaker comes back: "WILL: ... WILL: ..."), nor one whose words
 * open in the first person, which are its own ("Clinic: We warned them of the raid", the clinic speaking).
 */
function commonWordLabel(t: Tokenized, label: string, lineStart: number, cueEnd: number): boolean {
  if (FIRST_PERSON_OPENING.test(t.doc.text.slice(cueEnd, cueEnd + 8))) return false;
  const words = label.split(/\s+/);
  const last = words.at(-1)!.replace(/(?:['’]s?|\.)$/u, '');
  if (!/^\p{Lu}/u.test(last) || (/^\p{Lu}+$/u.test(last) && last.length <= 3)) return false;
  const head = last.toLowerCase();
  if (words.length > 1 && isGivenName(words[0]!)) return false;
  if (ANONYMOUS_HEADS.has(head) || TITLE_WORDS.has(head) || LABEL_ROLE.test(head) || PERSON_LABEL_HEAD.test(head)) return false;
  if (!lowerInText(t).has(head) || namedInText(t).has(last[0] + last.slice(1).toLowerCase())) return false;
  const text = t.doc.text;
  const line = `\n${label}:`;
  for (let at = text.indexOf(line); at !== -1; at = text.indexOf(line, at + 1)) if (at + 1 !== lineStart) return false;
  return true;
}

const wordCounts = new WeakMap<Tokenized, Map<string, number>>();

/** How many times each word (lower-cased) occurs in the document, in any section, memoised per document. */
function wordCountsOf(t: Tokenized): Map<string, number> {
  let counts = wordCounts.get(t);
  if (counts) return counts;
  counts = new Map();
  for (const tok of t.tokens) {
    const word = tok.value.toLowerCase();
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  wordCounts.set(t, counts);
  return counts;
}

/** People named by what they do, in the plural: "Historians", "Dockers", "Economists", "Residents". */
const PEOPLE_BY_TRADE = /(?:ians|ists|ers|ors|ants|ents)$/;
/** A single word in title case or in capitals: "Shock", "PROOF", "Dana", "LEVI". */
const LABEL_FUNCTION_WORD = /^(?:of|the|in|on|to|for|and|a|an)$/;
const ONE_WORD_LABEL = /^\p{Lu}[\p{L}'’-]*$/u;

/**
 * A label of one to three words, English words wink's model knows, that the document uses nowhere else ("Shock: Ferries
 * Stop Overnight", "PROOF: The Board Lied", "Fresh Twist: ...", "EXCLUSIVE PICTURES: ..."): a kicker or a rubric, as one
 * who speaks is named again in the story (its speaker "Levi:" or "LEVI:" is its subject, or comes back to speak again),
 * or has a name the model does not know (a columnist's surname over the column, "Varga: The Dockers Deserve Better").
 * Not initials
 * ("DL:", an interviewer's), a word that names who speaks though the text names them otherwise (a role, "Minister:";
 * people by their trade, "Historians:"; a body, "Pentagon:", "Army:"; an outlet, "Tribune:", "Newspaper:"; a
 * document, "Report:"), a line among other labelled lines (an exchange, whose speaker may speak once), nor words in
 * quotation marks or in the first person after the colon, which are the label's ('Helmsman: "The pier is ours"',
 * "Lighthouse: We kept the lamp lit").
 */
function unechoedLabel(t: Tokenized, cue: Marker, label: string, lineStart: number): boolean {
  const words = label.split(' ');
  if (words.length > 3 || !words.every((w, k) => ONE_WORD_LABEL.test(w) || (k > 0 && LABEL_FUNCTION_WORD.test(w)))) return false;
  if (words.length === 1 && /^\p{Lu}+$/u.test(label) && label.length <= 3) return false;
  const head = words.at(-1)!.toLowerCase().replace(/['’]s$/u, '');
  if (isGivenName(words[0]!) || ANONYMOUS_HEADS.has(head) || TITLE_WORDS.has(head) || LABEL_ROLE.test(head) || PERSON_LABEL_HEAD.test(head)) return false;
  if (DOCUMENT_NOUNS.test(head) || INSTITUTION_HEADS.test(head) || NOT_A_GROUP_HEAD.test(head) || OUTLET_NAME_WORDS.test(head) || OUTLET_MARKERS.has(head)) return false;
  if (PEOPLE_BY_TRADE.test(head)) return false;
  const text = t.doc.text;
  if (FIRST_PERSON_OPENING.test(text.slice(cue.end, cue.end + 8)) || /^\s*["“'‘]/u.test(text.slice(cue.end, cue.end + 4))) return false;
  // (a verb of saying in it makes it a headline's clause, whose subject speaks: "LEVI WARNS HAIFA:")
  if (words.length > 1) {
    const [a, b] = tokenSpan(t, lineStart, cue.start);
    for (let k = a; k <= b; k++) if (cueWords.get(t)?.has(k)) return false;
  }
  // (every word one the model knows, not a surname, and used here only: "Possible" and "Solutions" nowhere else)
  const counts = wordCountsOf(t);
  for (const w of words) {
    if (LABEL_FUNCTION_WORD.test(w)) continue;
    const word = w.toLowerCase();
    if (TITLE_WORDS.has(word) || !isModelWord(word) || counts.get(word) !== 1) return false;
  }
  const lineEnd = text.indexOf('\n', cue.end);
  return labelledRun(text, lineStart, lineEnd === -1 ? text.length : lineEnd, 1).length < 2;
}

/** The first cue word after the first word of a line's label, from..b, in capitals or title case ("KERRY WARNS
 * TEHRAN", "Lee Slams Critics"): a headline's verb of saying, which ends its subject; -1 when there is none. */
function sayingInLabel(t: Tokenized, from: number, b: number): number {
  const words = cueWords.get(t);
  if (!words) return -1;
  for (let k = from + 1; k <= b; k++) {
    if (words.has(k) && /^\p{Lu}/u.test(t.tokens[k]!.value) && /^\p{Lu}/u.test(t.tokens[k - 1]!.value)) return k;
  }
  return -1;
}

/** A preposition that puts the name after it as the one addressed or talked of, not the one who speaks ("a message for",
 * "addressed the council of", "an interview with", "wrote on"); not one of source ("a statement from", "remarks by"). */
const ADDRESSEE_PREPOSITION = /^(?:for|to|of|at|in|on|with|about|against|toward|towards|into|over)$/i;

/**
 * The name phrase that ends before a colon, opening at `a`, follows a preposition in the same sentence: 'The mayor had a
 * message for Omar Diab: "Go home."', 'Levi addressed the board of the Harbour Union: "..."' quote the clause's subject,
 * not the one addressed (so the colon's speaker is that subject, or none); 'a statement from Dana Levi: "..."' quotes
 * Levi.
 */
function addressedBefore(t: Tokenized, a: number): boolean {
  const prev = t.tokens[a - 1];
  if (!prev || prev.sentence !== t.tokens[a]!.sentence || prev.pos !== 'ADP' || !ADDRESSEE_PREPOSITION.test(prev.value)) return false;
  // (a title's preposition names no one addressed: "Secretary of State Dana Levi:", "envoy to the talks Omar Diab:")
  const title = lower(t.tokens[a - 2]);
  return !TITLE_WORDS.has(title) && !LABEL_ROLE.test(title);
}

/** "PENCE: Well, ..." / "Minister: ...": the words before the colon at the start of the line. */
function labelSpeaker(t: Tokenized, cue: Marker): SpeakerFind {
  const { label: whole, lineStart } = lineLabel(t, cue);
  const head = labelHead(t, cue);
  const label = head?.head ?? whole;
  let [a, b] = tokenSpan(t, lineStart, head?.end ?? cue.start);
  // "Pence continued:": the name without its verb
  if (b > a && t.tokens[b]!.pos === 'VERB') b--;
  let from = a;
  while (from <= b && !isWord(t.tokens[from])) from++;
  if (from > b) return NONE;
  // "KERRY WARNS TEHRAN:", "Lee Slams Critics:": a headline's verb of saying ends the name that says it
  const verb = sayingInLabel(t, from, b);
  if (verb > 0) b = verb - 1;
  let [na, nb] = stripTitles(t, from, b);
  // (a title with no name after it is the speaker with what qualifies it: "Palestinian PM:", "French foreign minister:")
  if (na === nb && na > from && (TITLE_WORDS.has(lower(t.tokens[na])) || LABEL_ROLE.test(lower(t.tokens[na])) || /^(?:PM|FM|MP|MK)$/.test(t.tokens[na]!.value))) na = from;
  // (nor are a body's words a title before its officials: "State Department officials:")
  if (na > from && /^(?:officials|aides|advisers|diplomats|spokesmen)$/.test(lower(t.tokens[nb]))) na = from;
  const name = t.tokens[na] && nb >= na ? textOf(t, na, nb) : label;
  return { speaker: fullName(t, t.tokens[na]?.start ?? -1, name), from, to: b };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

const built = new WeakMap<Tokenized, Marker[]>();

/** cues that belong to another cue's attribution (see resolveCues): no attribution markers of their own */
const partOfAnother = new WeakSet<Marker>();

/** A cue that is part of another cue's attribution ("said the polls show": "show"), which reports it. */
export function isPartOfAnother(cue: Marker): boolean {
  return partOfAnother.has(cue);
}

/** the first token of every lexical attribution cue, verb or not, before any is resolved */
const cueWords = new WeakMap<Tokenized, Set<number>>();

/** Token k is a capitalised verb of saying inside a title-case headline ("Israel Says It Has Confirmed",
 * "Kerry Slams Ayatollah", "Does Trump Know What ..."): it ends the name before it, for the tagger reads
 * every capitalised word of such a line as a name. */
function headlineVerb(t: Tokenized, k: number): boolean {
  const tok = t.tokens[k];
  return !!tok && CAPITALISED.test(tok.value) && !!cueWords.get(t)?.has(k) && inTitleCase(t.tokens, k);
}

const DOCUMENT_NOUNS = /^(?:report|editorial|statement|letter|memo|warning|findings|tweets?|post|message|email|ruling|verdict|response|reply|release|filing|complaint|indictment|summary|conclusion|transcript|petition|ad|advertisement|op-ed|video|comment|comments|note)$/i;
/** The head of a phrase of time or manner after a preposition ("for the first time", "on tape", "in turn") */
const ADVERBIAL_NOUN = /^(?:time|times|moment|tape|camera|video|turn|contrast|public|private|person|writing|return|addition|unison|advance|principle|practice|theory|fact|effect)$/;
const EDITORIAL_LABEL = /^(?:the )?(?:q|a|contributing|contributors|latest|breaking(?: news)?|clarification|analysis|opinion|exclusive|(?:special|investigative|in-depth) report|live(?: updates)?|paid notice|deaths?|advertisement|sponsored|still to come|coming up|(?:the )?bottom line|why it matters|what'?s next|background|context|highlights|key points|takeaways?|results?|totals?|polls?|timeline|schedule|agenda|tags?|topics?|filed under|share|follow|byline|e-?mail|name|so|wow|look|boom|busted|bombshell|here goes|one conclusion|file photos?|photos?|story|more|editorial|translation|prediction|definition|play|cook|watch|read|listen|video|image|caption|disclosure|disclaimer|(?:photo )?credits?|(?:\S+ ){0,3}photographers?|update|what happened|what resulted)$/i;

/** A role that ends a speaker label in lower case ("army spokesman:") */
const LABEL_ROLE = /^(?:spokesman|spokeswoman|spokesperson|spokesmen|minister|official|officials|leader|chief|envoy|ambassador|commander|aide|aides|adviser|advisers|advisor|diplomat|diplomats)$/;
/** A flag on a breaking story ("JUST IN:", "HAPPENING NOW:", "NOW WATCH:") or a link ("Read more:", "See:") */
const KICKER_LABEL = /^(?:just in|(?:happening )?now(?: watch)?|developing(?: story)?|urgent|alert|flashback|fact check|full coverage|slideshow|read more|(?:also )?see|published|released|updated)$/i;
/** A story's topic: a war, conflict or crisis ("Israel-Hamas War:", "Conflict In Gaza:", "U.S.-Iran tensions:") */
const TOPIC_LABEL = /(?:^|[\s'’-])(?:war|wars|conflict|conflicts|crisis|tensions)(?:\s+(?:in|on|over|with)\s+.+)?$/i;
/** Actors named with places in a story's topic ("Israel-Hamas:") */
const TOPIC_ACTOR = /^(?:Hamas|Hezbollah|Houthis?|Palestine|Ukraine|Taiwan|Iran)$/;

/**
 * A headline's kicker before its colon, not a speaker: a flag (KICKER_LABEL), a topic (TOPIC_LABEL, or
 * places and actors joined by hyphens, "Israel-Gaza:"), or an adverb ("Miraculously: ...").
 */
function isHeadlineKicker(label: string): boolean {
  if (KICKER_LABEL.test(label) || TOPIC_LABEL.test(label) || FORMAT_LABEL.test(label)) return true;
  if (/^\p{L}+(?:ally|ously|edly|ingly|fully|ably|ibly)$/iu.test(label)) return true;
  // a topic that opens on a preposition or a question word ("On Gaza:", "Inside Gaza:", "Beyond the Battlefield:", "Why
  // Gaza Matters:"), or a gerund before places ("Rebuilding Gaza:", "Covering Gaza:", "Recognising Palestine:")
  if (TOPIC_OPENER.test(label) || TOPIC_OPENER.test(capitalsOpener(label))) return true;
  const gerund = /^\p{Lu}\p{Ll}+ing\s+(.+)$/u.exec(label);
  if (gerund && placesOnly(gerund[1]!)) return true;
  // a place or a topic with a word for the kind of story after it ("Gaza update:", "Israel-Gaza Briefing:", "Israel-Hamas
  // War Latest:")
  const tail = KICKER_TAIL.exec(label);
  if (tail && tail.index > 0) {
    const head = label.slice(0, tail.index);
    if (TOPIC_LABEL.test(head) || placesOnly(head)) return true;
  }
  return placesOnly(label);
}

/** A label in capitals with its first word in title case ("IN GAZA" -> "In GAZA"), for TOPIC_OPENER; else the label. */
function capitalsOpener(label: string): string {
  const space = label.indexOf(' ');
  if (space < 2 || label !== label.toUpperCase()) return label;
  return label[0] + label.slice(1, space).toLowerCase() + label.slice(space);
}

/** A preposition or a question word that opens a topic, not a name: "On Gaza:", "In Gaza:", "After Gaza:", "How Hamas
 * Ends:" (or in capitals, "IN GAZA:") */
const TOPIC_OPENER = /^(?:On|In|From|With|Between|Inside|After|Before|Beyond|Behind|Under|Across|Amid|Against|Through|Toward|Towards|Why|How|What|Where|When)\s+\S/;

/** Places of the region a kicker names that PLACES leaves out ("Khan Younis:", "Gaza City:", "Kerem Shalom:"). */
const KICKER_PLACES = new Set(
  ['Gaza City', 'Gaza Strip', 'Khan Younis', 'Khan Yunis', 'Rafah', 'Jabalia', 'Jabaliya', 'Nuseirat', 'Deir al-Balah', 'Deir el-Balah', 'Beit Hanoun', 'Beit Lahia', 'Mawasi', 'Al-Mawasi', 'Kerem Shalom', 'Jenin', 'Nablus', 'Hebron', 'Ramallah', 'Tulkarm', 'Tel Aviv', 'Haifa', 'Sderot', 'Ashkelon', 'Eilat', 'Golan', 'Golan Heights', 'Sinai', 'Red Sea', 'Middle East', 'Mideast', 'Hague', 'Geneva', 'Brussels', 'Gulf'].map((p) => p.toLowerCase()),
);
/** A word for the kind of story after a kicker's place or topic: "Gaza update:", "Israel-Palestine live:" */
const KICKER_TAIL = /\s+(?:live(?:\s+updates?|\s+blog)?|latest(?:\s+news)?|updates?|news|briefing|roundup|round-up|wrap|explained|explainer|diary|dispatch|timeline|in\s+maps|in\s+pictures|in\s+photos|now)$/i;
/** A story's format, not who speaks: "Explainer:", "Scoop:", "Transcript:", "Fact Sheet:", "News Release:", "In Focus:",
 * "Guest Opinion:", "WATCH LIVE:", a programme's or a series' kind ("Intercepted Podcast:", "Media Briefing:", "AP PHOTOS:") */
const FORMAT_LABEL = /^(?:explainer|explained|scoop|maps?|transcript|(?:news|press|media)\s+release|fact\s*sheet|infographic|interview|insight|facts|in\s+(?:brief|focus|depth|pictures|photos|maps)|roundtable|(?:joint\s+)?statement|news\s+wrap|live\s+updates?|updates|(?:guest\s+)?opinion|voices|watch(?:\s+live)?|(?:[\p{L}.-]+\s+){0,2}(?:podcast|briefing|photos))$/iu;

/**
 * The label is places and nothing more, joined by spaces, "and", hyphens or slashes ("Israel Gaza:", "Israel and Gaza:",
 * "GAZA:", "The Gaza Strip:", "Khan Younis:"): a kicker a story is filed under, no one speaking.
 */
function placesOnly(label: string): boolean {
  // (a word in capitals is the place in a kicker in capitals, "GAZA:"; not an initialism, "US", "UN")
  const words = label
    .replace(/^the\s+/i, '')
    .split(/\s*(?:\s(?:and|&)\s|\/|–|—)\s*|\s+/)
    .filter((w) => w !== '')
    .map((w) => (w.length > 3 && /^\p{Lu}+$/u.test(w) ? w[0] + w.slice(1).toLowerCase() : w));
  // (an actor counts among places, "Israel and Hamas:", "Israel-Hamas:", not alone: "Hamas: ..." is the group speaking)
  const several = words.length > 1 || label.includes('-');
  const place = (x: string): boolean => isPlaceLike(x) || KICKER_PLACES.has(x.toLowerCase()) || (several && TOPIC_ACTOR.test(x));
  let i = 0;
  while (i < words.length) {
    let j = Math.min(words.length, i + 3);
    for (; j > i; j--) {
      const phrase = words.slice(i, j).join(' ');
      if (place(phrase) || (phrase.includes('-') && phrase.split('-').every((p) => p !== '' && place(p)))) break;
    }
    if (j === i) return false;
    i = j;
  }
  return words.length > 0;
}

/** A shop's price after an advertised book's cut title and author ("Best Price: $4.10", "Buy New $9.00", "Check Amazon for
 * Pricing"). */
const SHOP_PRICE = /\b(?:Best Price:?\s*\$|Buy New\s*\$|Check Amazon for Pricing)/;
/** A title cut short by an ellipsis a few characters after a label's colon: "Harbor Years: The Fe..." */
const CUT_TITLE = /^[^\n.…]{1,16}(?:\.\.\.|…)/u;

/**
 * "Harbor Years: The Fe... Dana Levi Best Price: $4.10 Buy New $9.00": a shop's box advertising a book, pasted into
 * the text with the page; its title's colon ("Harbor Years:") labels no speaker. The title is cut by an ellipsis a few
 * characters after the colon and a price follows within the next two lines (the author's name between); not a
 * speaker's line on which a box happens to follow later ("LEVI: We waited for the ferry... Harbor Years: The Fe... Best
 * Price: $4.10", whose words after the colon run on).
 */
function inBookAdvert(t: Tokenized, cue: Marker): boolean {
  const text = t.doc.text;
  const cut = CUT_TITLE.exec(text.slice(cue.end, cue.end + 24));
  return !!cut && SHOP_PRICE.test(text.slice(cue.end + cut[0].length, cue.end + cut[0].length + 120));
}

/** A label before a line's colon that names no speaker: an editorial label ("The Latest:"), a place ("Iowa:",
 * "Khan Younis:") or a headline's kicker ("JUST IN:", "Israel Gaza:", "Explainer:"). */
export function isKickerLabel(label: string): boolean {
  return EDITORIAL_LABEL.test(label) || isPlaceLike(label) || isHeadlineKicker(label);
}

/**
 * A line-start label before a colon is a speaker ("Minister: ...", "PENCE: Well, ...") when it is a
 * capitalised name and words follow; not an editorial label ("The Latest:", "Paid Notice:"), a figure
 * ("Pledged: 781") or markup.
 */
function isSpeakerLabel(t: Tokenized, cue: Marker): boolean {
  const whole = lineLabel(t, cue);
  const { lineStart } = whole;
  // (a headline's speaker with the topic or the one addressed after it, "Lee on the port:", "Lee to the UN:": the name)
  const label = labelHead(t, cue)?.head ?? whole.label;
  // (a place heads a list, "Iowa: Ann Lee, Sam Reed", and speaks for no one; and a label of more than three words is
  // a line's clause or title, but for a speaker's name with a topic after it)
  if (isKickerLabel(label) || label.split(/\s+/).length > 3 || inBookAdvert(t, cue)) return false;
  if (inTopicList(t, cue, lineStart, label)) return false;
  if (label === whole.label && (commonWordLabel(t, label, lineStart, cue.end) || unechoedLabel(t, cue, label, lineStart))) return false;
  if (label === whole.label && !personOrRoleLabel(label) && inDistinctLabelList(t, cue, lineStart)) return false;
  // a quotation standing as the headline ("'NO HIGHER PRIORITY': The president speaks on ..."): the
  // quoted words are no one's name
  if (/^\s*["“'‘]/u.test(t.doc.text.slice(lineStart, cue.start)) && /["”'’]$/u.test(label)) return false;
  const words = label.split(/\s+/);
  // (after a bar, a word in capitals before others is a photo credit run into a headline: "... | REUTERS
  // Obama: ...", "| AP Photos Exclusive: ...")
  if (t.doc.text[lineStart - 1] === '|' && words.length > 1 && /^\p{Lu}{2,}$/u.test(words[0]!)) return false;
  // its last word may be lower-case when it introduces the words: a verb ("Pence continued: ...") or a
  // document that speaks ("IG report: ...")
  const last = t.tokens[tokenIndexAt(t, cue.start) - 1];
  const introducer = words.length > 1 && (last?.pos === 'VERB' || DOCUMENT_NOUNS.test(last?.value ?? ''));
  // or a role after a name or an adjective of nation ("Israeli army spokesman: ...", "Hamas leader: ...")
  const role = words.length > 1 && LABEL_ROLE.test(words.at(-1)!);
  const named = words.every(
    (w, k) =>
      /^\p{Lu}/u.test(w) ||
      (k > 0 && (NAME_PARTICLE.test(w) || /^(?:of|for|the|and)$/.test(w))) ||
      ((introducer || role) && k === words.length - 1) ||
      (role && k > 0 && /^(?:military|army|foreign|defence|defense|interior|health|ministry|government|police)$/.test(w)),
  );
  return named && /^\s*["“'‘]*\p{L}/u.test(t.doc.text.slice(cue.end, cue.end + 5));
}

/** Two or three words in title case, as a person's name is written ("Zeb Harlow", "Ana al-Rashid"; a given name the
 * lists do not hold) */
const NAME_LIKE_LABEL = /^\p{Lu}\p{Ll}+(?:[ -](?:al-|el-)?\p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/** The label is a person's name (a given name first, "Dana Levi:", or name-like, NAME_LIKE_LABEL) or ends in a role or
 * a title ("Harbour officials:", "Minister:", "Reporter:"): someone who speaks, whatever lines are next to it. */
function personOrRoleLabel(label: string): boolean {
  const words = label.split(/\s+/);
  const last = words.at(-1)!.toLowerCase();
  return (words.length > 1 && isGivenName(words[0]!)) || NAME_LIKE_LABEL.test(label) || ANONYMOUS_HEADS.has(last) || TITLE_WORDS.has(last) || LABEL_ROLE.test(last) || PERSON_LABEL_HEAD.test(last);
}

/** A line that opens on a short label and a colon ("Garden: We like ...", "Weather: Two tornadoes ..."). */
const LABELLED_LINE = /^\p{Lu}[\p{L}.’'&-]*(?: [\p{L}.’'&-]+){0,3}: \S/u;

/** The nearest line that is not blank before the line starting at `lineStart` (dir -1), or after the line holding `pos`
 * (dir 1); '' when there is none. */
function neighbourLine(text: string, lineStart: number, pos: number, dir: -1 | 1): string {
  if (dir === -1) {
    let end = lineStart - 1;
    while (end > 0) {
      const start = text.lastIndexOf('\n', end - 1) + 1;
      const line = text.slice(start, end).trim();
      if (line !== '') return line;
      end = start - 1;
    }
    return '';
  }
  let start = text.indexOf('\n', pos);
  while (start !== -1) {
    const end = text.indexOf('\n', start + 1);
    const line = text.slice(start + 1, end === -1 ? text.length : end).trim();
    if (line !== '') return line;
    start = end;
  }
  return '';
}

/**
 * "Garden: We like these watering cans." / "Politics: Defendants are seeking ...": a newsletter's list of items, each
 * line under a topic word, names no speaker. Such a line is in the body, next to another labelled line; its label is
 * in title case (a transcript's speakers are often in capitals, "AMY GOODMAN:"), is neither a person's name ("Ann
 * Lee:") nor a role ("Officials:", "Minister:"), nor next to a line a person's name labels (an interview), and its last
 * word is used nowhere else in the document (the speakers of a transcript or an interview come back, or are named in
 * its text).
 */
function inTopicList(t: Tokenized, cue: Marker, lineStart: number, label: string): boolean {
  if (cue.section !== 'body' || label === label.toUpperCase()) return false;
  const words = label.split(/\s+/);
  const last = words.at(-1)!.toLowerCase();
  if ((words.length > 1 && isGivenName(words[0]!)) || ANONYMOUS_HEADS.has(last) || TITLE_WORDS.has(last) || LABEL_ROLE.test(last)) return false;
  const text = t.doc.text;
  const labelled = [neighbourLine(text, lineStart, cue.end, -1), neighbourLine(text, lineStart, cue.end, 1)].filter((line) => LABELLED_LINE.test(line));
  // (an interview's lines: "Zack Reed: You were in Cairo." next to "Dana Levi: I was.")
  if (labelled.length === 0 || labelled.some((line) => isGivenName(line.split(/[\s:]/)[0]!))) return false;
  let uses = 0;
  for (const tok of t.tokens) if (lower(tok) === last && ++uses > 1) return false;
  // (nor a line of an exchange whose speakers come back: "Harlow: Where were you? / Levi: At the pier. / Harlow: Why?")
  const lineEnd = text.indexOf('\n', cue.end);
  return !labelsComeBack(text, labelledRun(text, lineStart, lineEnd === -1 ? text.length : lineEnd, 6));
}

/** The label of a labelled line (LABELLED_LINE), the words before its colon; undefined for any other line. */
function labelOfLine(line: string): string | undefined {
  return LABELLED_LINE.test(line) ? line.slice(0, line.indexOf(':')) : undefined;
}

/** The labels of the run of labelled lines (LABELLED_LINE; blank lines between are skipped) that holds the line from
 * `lineStart` to `lineEnd`, in order, at most `reach` each way; [] when that line is not labelled. */
function labelledRun(text: string, lineStart: number, lineEnd: number, reach: number): string[] {
  const own = labelOfLine(text.slice(lineStart, lineEnd).trim());
  if (own === undefined) return [];
  const run = [own];
  for (let end = lineStart - 1, n = 0; end > 0 && n < reach; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    end = start - 1;
    if (line === '') continue;
    const label = labelOfLine(line);
    if (label === undefined) break;
    run.unshift(label);
    n++;
  }
  for (let start = lineEnd, n = 0; start !== -1 && start < text.length && n < reach; ) {
    const end = text.indexOf('\n', start + 1);
    const line = text.slice(start + 1, end === -1 ? text.length : end).trim();
    start = end;
    if (line === '') continue;
    const label = labelOfLine(line);
    if (label === undefined) break;
    run.push(label);
    n++;
  }
  return run;
}

/**
 * "Myanmar: The junta ...", "Art: A museum returned ...", "N.F.L.: The Steelers won ...": a line in a run of three or
 * more labelled lines whose labels all differ and none of which labels another line of the document is a list of items
 * under their topics (a newsletter's "More news"), not an exchange, whose speakers come back ("LEVI: ... HARLOW: ...
 * LEVI: ..."). (A person's name or a role, which isSpeakerLabel's caller keeps, may still head a list of experts'
 * views: "Dana Levi: ... Omar Diab: ... Zeb Harlow: ...".)
 */
function inDistinctLabelList(t: Tokenized, cue: Marker, lineStart: number): boolean {
  if (cue.section !== 'body') return false;
  const text = t.doc.text;
  const lineEnd = text.indexOf('\n', cue.end);
  const run = labelledRun(text, lineStart, lineEnd === -1 ? text.length : lineEnd, 6);
  return run.length >= 3 && !labelsComeBack(text, run);
}

/** A label of the run labels more than one line of the document, or two labels of the run end on the same word (a
 * speaker named in full, then by surname: "DANA LEVI: ... LEVI: ..."): a speaker who comes back, as in an exchange. */
function labelsComeBack(text: string, run: string[]): boolean {
  if (new Set(run).size < run.length) return true;
  const lasts = run.map((label) => label.slice(label.lastIndexOf(' ') + 1).toLowerCase());
  if (new Set(lasts).size < lasts.length) return true;
  for (const label of run) {
    const line = `\n${label}:`;
    const first = text.indexOf(line);
    if (first !== -1 && text.indexOf(line, first + 1) !== -1) return true;
  }
  return false;
}

/** '"..." ― Maria Lopez': a dash after a finished quotation, then a name ending the line (an epigraph). */
function isQuoteDash(t: Tokenized, cue: Marker): boolean {
  const text = t.doc.match;
  if (!/[.!?,]\s*["']\s*$/.test(text.slice(Math.max(0, cue.start - 8), cue.start))) return false;
  const nl = text.indexOf('\n', cue.end);
  const rest = text.slice(cue.end, nl === -1 ? text.length : nl).trim();
  // a name that ends the line, or its own short sentence ('"..." - Lee. Lee said ...')
  return /^\p{Lu}/u.test(rest) && (rest.split(/\s+/).length <= 12 || /^(?:\p{Lu}[\p{L}'’-]*\.?\s){0,3}\p{Lu}[\p{L}'’-]+\.(?:\s|$)/u.test(rest));
}

/** "said:", "continued:": the verb before the colon is the cue, and the colon adds none. */
function verbBeforeColon(t: Tokenized, colon: Marker, all: Marker[]): boolean {
  const before = t.tokens[tokenIndexAt(t, colon.start) - 1];
  return !!before && all.some((c) => c !== colon && c.end <= colon.start && c.end > before.start);
}

/** 'Ann Lee: "..."': a name right before the colon, in a sentence no other cue introduces ("said of Lee:"). */
function isNamedColon(t: Tokenized, cue: Marker, all: Marker[]): boolean {
  const prev = t.tokens[tokenIndexAt(t, cue.start) - 1];
  if (all.some((c) => c !== cue && c.sentence === cue.sentence && c.end <= cue.start)) return false;
  if (!!prev && isNamePart(prev) && prev.pos !== 'VERB' && !isPlaceLike(prev.value)) return true;
  // 'Lee went even further: "..."': a clause whose subject is a name introduces the quotation
  return colonSubjectSpeaker(t, cue.start) !== '';
}

/** A cue that is its sentence's only word ("Notes", "Updates") is a label, not someone reporting. */
function isHeading(t: Tokenized, m: Marker): boolean {
  const s = t.sentences[m.sentence];
  if (!s) return false;
  let words = 0;
  for (let i = s.tokenStart; i < s.tokenEnd && words < 2; i++) if (isWord(t.tokens[i])) words++;
  return words < 2;
}

/** "READ: 'The Hand of God': ...", "Read: ...": a link's label that opens its sentence, not a sign's words. */
function isLinkImperative(t: Tokenized, m: Marker): boolean {
  return m.entry.endsWith('.read') && tokenIndexAt(t, m.start) === t.sentences[m.sentence]?.tokenStart;
}

/** Events, acts and states of affairs: a subject that "promises" or "threatens" foretells, as no speaker pledges. */
const EVENT_NOUN = /^(?:wars?|conflicts?|fighting|violence|pause|truce|ceasefire|cease-fire|offensive|operation|invasion|incursion|assault|attacks?|strikes?|airstrikes?|bombing|bombardment|siege|blockade|push|move|escalation|crisis|famine|hunger|winter|disease|death|inferno|tensions?|situation)$/i;

/**
 * A vow or threat cue whose subject is an event, not someone who can pledge ("Israel's push ... after the pause
 * promises more death", "the conflict has threatened to ignite a wider war", "sporadic fighting ... threatening to
 * plunge"): no attribution. The subject a short phrase whose head is such a noun (a long run of title-case words is
 * a headline's misread subject, "Leader Presses Allies for Truce, and Threatens", and keeps its cue).
 */
function foretells(entry: string, speaker: string): boolean {
  if (!/\.(?:vow|threaten)$/.test(entry)) return false;
  const words = speaker.split(/\s+/);
  return words.length <= 3 && EVENT_NOUN.test(words.at(-1)!.replace(/['’]s?$/, ''));
}

/** States of affairs, acts and conditions besides EVENT_NOUN that "threaten to" do something as a danger, not a threat in
 * words ("the instability threatened to derail", "their tactics threaten to radicalize", "the deaths threatened to set
 * back"). */
const DANGER_NOUN = /^(?:threats?|instability|tactics|deaths|killings|mismanagement|encroachment|radicalism|extremism|hurdles|obstacles|trial|scandal|standoff|dispute|rift|feud|row|unrest|chaos|turmoil|insurgency|rivalry|shortages?|collapse|breakdown|impasse|stalemate|deadlock|gridlock|delays?|weakness|uncertainty|anger|resentment|backlash|fallout|divisions?|spat|clashes|weapons|response|use|presence|advance|advances|expansion|spread|surge|rise|decline|crackdown|repression|occupation|settlement|settlements|violations?|flareup|flare-up|wave)$/i;
/** Nouns that head a phrase only as its amount or kind ("the wave of violence", "a spate of attacks"): the noun after
 * "of" is the head that counts. */
const AMOUNT_HEAD = /^(?:wave|waves|spate|series|string|cycle|surge|rise|kind|type|level|levels|amount|number)$/i;

/**
 * "threaten(s) to" whose subject is an event, an act or a state of affairs, read from the sentence's structure, not
 * from the speaker found (which may be a noun in the subject's prepositional phrase): "Yemen's instability always
 * threatened to derail the talks", "The tension between the two capitals over the deal threatens to unwind the
 * goodwill", "the wave of settler violence on the hills threatens to provoke an uprising": a danger, no one's threat.
 * The subject runs back from the verb (past adverbs and auxiliaries, and one comma right before them) over nouns,
 * names, adjectives, determiners, numbers, possessives ("their tactics"), "and" and prepositions, to the sentence's start or a clause's
 * edge; its head is the last noun before its first preposition (the noun after "of" for an amount, "a wave of"); in a
 * relative clause, the noun right before "that" or "which" ("a looming trial that threatened to undermine the talks").
 * "Officials in the capital threatened to close the crossing" (head "Officials") keeps its cue, as does "the bill
 * threatens new sanctions" (no "to").
 */
function threatensByEvent(t: Tokenized, entry: string, first: number, last: number): boolean {
  if (!entry.endsWith('.threaten')) return false;
  const toks = t.tokens;
  if (!/^to$/i.test(toks[last + 1]?.value ?? '')) return false;
  const floor = t.sentences[toks[first]!.sentence]!.tokenStart;
  let k = first - 1;
  while (k >= floor && /^(?:ADV|AUX|PART)$/.test(toks[k]!.pos) && /^\p{Ll}/u.test(toks[k]!.value)) k--;
  if (k >= floor && toks[k]!.value === ',') k--;
  // (a relative clause's verb: the noun the clause hangs on, "the looming trial that threatened to undermine")
  if (k > floor && /^(?:that|which)$/i.test(toks[k]!.value) && toks[k - 1]!.pos === 'NOUN') return dangerNoun(toks[k - 1]!.value);
  const right = k;
  while (k >= floor && (/^(?:NOUN|PROPN|ADJ|DET|NUM|ADP)$/.test(toks[k]!.pos) || POSSESSIVE_S.test(toks[k]!.value) || POSSESSIVE_PRONOUN.test(toks[k]!.value) || /^(?:and|-)$/i.test(toks[k]!.value))) k--;
  // (a clause's edge or the sentence's start before the subject: not a verb's object, "officials warned the surge")
  if (k >= floor && !/^(?:[,;:(]|and|but|as|while|because|since|although|though|if|when|after|before|that|which)$/i.test(toks[k]!.value) && toks[k]!.pos !== 'ADV' && toks[k]!.pos !== 'SCONJ') return false;
  let head = -1;
  for (let j = k + 1; j <= right; j++) {
    const tok = toks[j]!;
    if (tok.pos === 'ADP' && !POSSESSIVE_S.test(tok.value)) {
      if (head >= 0 && AMOUNT_HEAD.test(toks[head]!.value) && /^of$/i.test(tok.value)) { head = -1; continue; }
      break;
    }
    if (tok.pos === 'NOUN' || tok.pos === 'PROPN') head = j;
  }
  if (head < 0 || toks[head]!.pos !== 'NOUN' || !/^\p{Ll}/u.test(toks[head]!.value)) return false;
  return dangerNoun(toks[head]!.value);
}

/** An event or a danger (EVENT_NOUN, DANGER_NOUN), in lower case: the subject of a "threatens to" that speaks no threat. */
function dangerNoun(word: string): boolean {
  return /^\p{Ll}/u.test(word) && (EVENT_NOUN.test(word) || DANGER_NOUN.test(word));
}

/** Verbs whose subject utters the noun after them ("made a claim", "issued a warning", "repeated the call"), unlike
 * verbs that answer it ("rejected the claim", "heeded the warning"). */
const UTTERING_VERB = /^(?:make|issue|repeat|reiterate|renew|give|deliver|sound|voice|raise|pose|lodge|level|offer|send|post|publish|release|put)$/;

/**
 * The phrase read as the cue's subject is a determiner and adjectives right before it ("made the dubious claim that",
 * "issued a firm warning that", "an important question", "the outrageous claim"): the cue word is a noun and the
 * adjective describes it, it names no one. The speaker is the subject of a verb of uttering whose object the noun is
 * ("Lee made the dubious claim" is Lee's), else unnamed ("Lee rejected the outrageous claim" is someone else's, whom
 * the phrase does not name; the words after it stay reported, not the writer's). Undefined
 * (the reading stands) when the phrase has a noun in it or its adjective is capitalised, a people's or a state's ("the
 * Syrian claim", "a British report").
 */
function adjectiveOfNounCue(t: Tokenized, find: SpeakerFind, first: number): SpeakerFind | undefined {
  const toks = t.tokens;
  // (the cue read as a noun: "the military said", whose "military" wink reads as an adjective, keeps its speaker)
  if (find.from < 0 || find.to !== first - 1 || toks[first]!.pos !== 'NOUN') return undefined;
  const head = toks[find.to]!;
  // (nor a quantity, "which many see", nor a medium wink reads as an adjective, "a banner reading")
  if (head.pos !== 'ADJ' || !/^\p{Ll}/u.test(head.value) || QUANTITY_SUBJECT.test(head.value) || MEDIUM_NOUN.test(head.value) || RECORDED_MEDIUM.test(head.value)) return undefined;
  for (let k = find.from; k <= find.to; k++) if (!/^(?:ADJ|ADV|DET|NUM)$/.test(toks[k]!.pos)) return undefined;
  const det = toks[find.from]!.pos === 'DET' ? find.from : toks[find.from - 1]?.pos === 'DET' ? find.from - 1 : -1;
  if (det < 0) return undefined;
  const verb = det - 1;
  // (the phrase's range stays, which the clause after the cue is measured from)
  const unnamed: SpeakerFind = { speaker: ANONYMOUS, from: find.from, to: find.to };
  if (toks[verb]?.pos !== 'VERB' || toks[verb]!.sentence !== head.sentence || !UTTERING_VERB.test(toks[verb]!.lemma.toLowerCase())) return unnamed;
  const subject = verbSpeaker(t, verb, verb, '', true);
  return subject.from >= 0 && subject.to < verb ? subject : unnamed;
}

/** Verbs with a sense besides saying: what a sign, a sound or an event does ("the attack highlights", "explosions
 * echoed", "the violence recalls", "the timing suggests", "the siege signaled"). */
const SIGN_SENSE_CUE = /\.(?:highlight|suggest|indicate|point-to|reveal|echo|recall|demonstrate|signal|hint|affirm|make-clear)$/;
/** Events, acts and states of affairs that a sentence may make the subject of a sign verb: EVENT_NOUN and the events
 * it leaves out ("explosions", "the history", "the incidents", "the timing", "Trump's shift"). */
const SIGN_EVENT_NOUN = /^(?:explosions?|blasts?|gunfire|history|events?|incidents?|killings?|massacres?|raids?|protests?|clashes|unrest|bombings|shift|developments?|timing|failure|collapse|elections?)$/i;

/**
 * A cue of a verb that also means "to be a sign of" or "to sound" whose subject, before it, is an event (a short phrase
 * headed by an event noun): "The blast echoed across the valley", "The raid revealed a tunnel", "The sudden shift
 * indicates he never planned it" report no one's words, so no attribution. Not after "who" (the subject is the person
 * the clause hangs on, "critics of the withdrawal, who pointed out"), nor an infinitive ("strikes to prove", whose
 * subject is someone else), nor a subject found after the verb (a headline's object, "recalls history of ...").
 */
function signsWithoutWords(t: Tokenized, cue: Marker, find: SpeakerFind, first: number): boolean {
  if (!SIGN_SENSE_CUE.test(cue.entry) || find.from < 0 || find.to >= first) return false;
  const toks = t.tokens;
  let k = first - 1;
  while (k > 0 && (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'AUX' || toks[k]!.pos === 'PART') && /^\p{Ll}/u.test(toks[k]!.value)) k--;
  if (/^(?:who|to)$/i.test(toks[k]?.value ?? '') || lower(toks[first - 1]) === 'to') return false;
  const words = find.speaker.split(/\s+/);
  const head = words.at(-1)!.replace(/['’]s?$/, '');
  // (or the event the phrase hangs on, read at its object: "the siege of the port signaled")
  const outer = /^(?:of|on|in|at|against)$/i.test(toks[find.from - 1]?.value ?? '') ? toks[find.from - 2] : undefined;
  const event = (words.length <= 3 && isEventNoun(head)) || (!!outer && outer.pos === 'NOUN' && isEventNoun(outer.value));
  return event && !textBeforeEvent(t, find.from) && !textAfterEvent(t, find.to, first);
}

/** An event noun: EVENT_NOUN or SIGN_EVENT_NOUN. */
function isEventNoun(word: string): boolean {
  return EVENT_NOUN.test(word) || SIGN_EVENT_NOUN.test(word);
}

/** A text, a medium or evidence between the event phrase ending at token `to` and the cue at `first` ("the strike as
 * well as Lee's statement suggesting"): the text may be the cue's subject. */
function textAfterEvent(t: Tokenized, to: number, first: number): boolean {
  for (let k = to + 1; k < first; k++) {
    const tok = t.tokens[k]!;
    if ((tok.pos === 'NOUN' || tok.pos === 'PROPN') && (EVIDENCE_NOUN.test(tok.value) || DOCUMENT_NOUNS.test(tok.value) || SIGN_TEXT_NOUN.test(tok.value))) return true;
  }
  return false;
}

/** Texts, media and evidence besides EVIDENCE_NOUN and DOCUMENT_NOUNS that an event may follow in a subject ("the
 * first survey after the strike", "initial accounts of the attack", "an email chain from the day after the vote"). */
const SIGN_TEXT_NOUN = /^(?:accounts?|intelligence|samples?|chain|photos?|photographs?|pictures?|tests?|review|audit|inquiry|probe|memos?|books?|articles?|papers?|statements?|letters?|messages?|posts?|tweets?|comments?|remarks?|speech|testimony)$/i;

/**
 * A text, a medium or evidence heads the subject that the event phrase starting at token `from` ends ("the report on the
 * attack points to", "new footage from the massacre reveals", "the first survey following the strike suggests"): that
 * text is the cue's source, read at the wrong word. Looks back over the subject, at most twelve tokens, to a clause's
 * edge (a comma, "that", "who", a finite verb).
 */
function textBeforeEvent(t: Tokenized, from: number): boolean {
  const toks = t.tokens;
  const sentence = toks[from]!.sentence;
  for (let k = from - 1; k >= 0 && from - k <= 12; k--) {
    const tok = toks[k]!;
    if (tok.sentence !== sentence || /^(?:that|which|who|whom)$/i.test(tok.value) || tok.pos === 'SCONJ' || (tok.pos === 'PUNCT' && !/^(?:-|['’]s?)$/.test(tok.value))) return false;
    // (a finite verb ends the subject: "the report said the attack highlights"; a participle is in it, "taken from")
    if (tok.pos === 'AUX' || (tok.pos === 'VERB' && !/(?:ing|ed|en)$/i.test(tok.value))) return false;
    if (tok.pos !== 'NOUN' && tok.pos !== 'PROPN') continue;
    if (EVIDENCE_NOUN.test(tok.value) || DOCUMENT_NOUNS.test(tok.value) || SIGN_TEXT_NOUN.test(tok.value)) return true;
  }
  return false;
}

/** Cues with speaker, stance and reported clause; computed once per document. */
export function resolveCues(t: Tokenized, lexical: Marker[]): Marker[] {
  const cached = built.get(t);
  if (cached) return cached;
  cueWords.set(t, new Set(lexical.filter((m) => m.category === 'attribution').map((m) => tokenSpan(t, m.start, m.end)[0])));
  watchedSpans.set(t, new Set(lexical.filter((m) => m.referent !== '' && m.category !== 'attribution').map((m) => `${m.start}:${m.end}`)));
  const raw = lexical
    .filter((m) => m.category === 'attribution' && (m.entry.endsWith('quote-dash') || !isHeading(t, m)) && isVerbUse(t, m) && !isFirstPersonOpinion(t, m) && !isUnrealisedSpeech(t, m) && !impersonalSpeech(t, m) && !deniedSpeech(t, m) && !respondsByAct(t, m) && !respondsWithoutWords(t, m) && !answersQuestionOnly(t, m) && !claimsLives(t, m) && !claimsGround(t, m) && !confirmsAppointment(t, m) && !meansInKeepingWith(t, m) && !callsWithoutWords(t, m) && !bidsReader(t, m) && !passiveOtherSense(t, m) && !isLinkImperative(t, m) && !inVideoCaption(t, m.start) && !inLinkBox(t, m.start))
    .filter((m) => (m.entry.endsWith('speaker-colon') ? isSpeakerLabel(t, m) : m.entry.endsWith('quote-dash') ? isQuoteDash(t, m) : true))
    .filter((m, _, all) => !/(?:colon-quote|speaker-colon)$/.test(m.entry) || !verbBeforeColon(t, m, all))
    .filter((m, _, all) => !m.entry.endsWith('colon-quote') || isNamedColon(t, m, all))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const cues: Marker[] = [];
  for (const m of raw) {
    const clash = cues.find((c) => overlaps(c, m));
    // one cue per span: "what X called" (distancing) wins over a plainer reading of the same verb
    if (clash) {
      if (m.entry.endsWith('what-x-called') && clash.start === m.start) cues.splice(cues.indexOf(clash), 1);
      else continue;
    }
    // "she said she believes ...": the belief is part of what she said, one attribution, the outer verb's
    if (isNestedCognition(t, m, cues)) continue;
    // "according to reports", "according to estimates from the agency": the text after "according to" is its source,
    // one attribution, not a second cue
    if (sourceOfAccordingTo(t, m, cues.at(-1))) continue;
    cues.push({ ...m });
  }
  // a medium with a participle or a relative clause that reports the words sent ("issued a statement Tuesday
  // saying", "emailed supporters, urging them", "posted a message that said") is one attribution, the
  // reporting verb's (PolNeAR marks the two as one cue)
  for (let k = cues.length - 1; k >= 0; k--) {
    const cue = cues[k]!;
    if (!MEDIUM.test(cue.entry)) continue;
    const reports = cues.some((c) => {
      if (c.sentence !== cue.sentence || c.start < cue.end || c.start - cue.end > 60) return false;
      const between = t.doc.text.slice(cue.end, c.start);
      // ("posted a message on X that said:": the message's words, in a relative clause)
      return !/[;:]/.test(between) && (/^\S+ing\b/i.test(c.text) || /\b(?:that|which)\s+$/i.test(between));
    });
    if (reports) cues.splice(k, 1);
  }
  // "in a statement" takes the source of a verb cue in the same sentence
  const out: Marker[] = [];
  resolvedSoFar.set(t, out);
  for (const cue of cues) {
    const [first, last] = tokenSpan(t, cue.start, cue.end);
    let find: SpeakerFind = NONE;
    if (allegedBefore(t, first)) find = NONE;
    else if (EVIDENTIAL.test(cue.entry)) find = { speaker: ANONYMOUS, from: -1, to: -1 };
    else if (cue.form === 'according-to') find = accordingSpeaker(t, last);
    else if (cue.form === 'headline-tag') find = { speaker: firstOutlet(t) || ANONYMOUS, from: -1, to: -1 };
    else if (CHANNEL.test(cue.entry)) find = NONE;
    else if (cue.entry.endsWith('speaker-colon')) find = labelSpeaker(t, cue);
    else if (cue.entry.endsWith('colon-quote')) {
      const np = npBefore(t, first - 1, t.sentences[t.tokens[first - 1]!.sentence]!.tokenStart);
      // 'Ann Lee: "..."' names the speaker before the colon; 'Lee went further: "..."' in the clause's subject;
      // a teaser's opening name, not a name in its topic ('Ann Lee on the talks in Cairo: "..."')
      const teaser = colonSubjectSpeaker(t, cue.start, true);
      if (teaser) find = { speaker: teaser, from: -1, to: -1 };
      else if (np && isNamePart(t.tokens[np[1]]) && !addressedBefore(t, np[0])) find = { speaker: speakerOfPhrase(t, np[0], np[1], cue.start), from: np[0], to: np[1] };
      // ('Dana Levi of the Harbor Tribune: "..."', 'Levi in the Tribune: "..."': the name before the outlet or body)
      else if (np && isNamePart(t.tokens[np[1]]) && /^(?:of|in|at)$/i.test(t.tokens[np[0] - 1]!.value) && isNamePart(t.tokens[np[0] - 2]) && !/^(?:ADP|DET)$/.test(t.tokens[np[0] - 2]!.pos)) {
        const name = npBefore(t, np[0] - 2, t.sentences[t.tokens[first - 1]!.sentence]!.tokenStart);
        find = name ? { speaker: speakerOfPhrase(t, name[0], name[1], cue.start), from: name[0], to: name[1] } : { speaker: colonSubjectSpeaker(t, cue.start), from: -1, to: -1 };
      }
      else find = { speaker: colonSubjectSpeaker(t, cue.start), from: -1, to: -1 };
    }
    else if (cue.entry.endsWith('quote-dash')) {
      const np = npAfter(t, last + 1, t.sentences[t.tokens[last]!.sentence]!.tokenEnd - 1);
      find = np ? { speaker: speakerOfPhrase(t, np[0], np[1], cue.start), from: np[0], to: np[1] } : NONE;
    }
    else if (t.tokens[first]) find = verbSpeaker(t, first, last, cue.entry);
    if (heldByThose(t, cue, find)) find = NONE;
    else if (find.speaker === '' && unsourcedReports(t, first, last) && !cueAfterIn(cues, cue)) find = { speaker: ANONYMOUS, from: -1, to: -1 };
    // ("the pause promises more death", "the war threatens to spread": a sign of what will come, no one's pledge)
    if (foretells(cue.entry, find.speaker) || threatensByEvent(t, cue.entry, first, last)) continue;
    // ("the blast echoed", "the raid revealed a tunnel": a sign or a sound, no one's words)
    if (signsWithoutWords(t, cue, find, first)) continue;
    // ("made the dubious claim", "an impassioned call for": the cue is a noun, its adjective no speaker)
    find = adjectiveOfNounCue(t, find, first) ?? find;
    cue.speaker = find.speaker;
    if (find.subject !== undefined) implied.set(cue, find.subject);
    clauses.set(cue, clauseOf(t, cue, find, first, last));
    out.push(cue);
  }
  // a belief, a judgement, a finding or a question reported inside another cue's clause is part of
  // that report ("said the polls show", "told them she asked for it"), and two cue words in a row are
  // one attribution ("is expected to announce", "responded by saying"): the outer, the first, carries
  // it (the inner one still tells whose words its clause holds, for voice and quotations)
  for (let k = 1; k < out.length; k++) {
    const cue = out[k]!;
    if (out.some((c, n) => n < k && c.sentence === cue.sentence && (insideReport(t, c, cue) || joinedCue(t, c, cue)))) partOfAnother.add(cue);
  }
  // a channel ("in a statement") is a cue of its own only when no other cue in its sentence
  // carries the attribution ("said in a statement" is one attribution, the verb's)
  for (let k = out.length - 1; k >= 0; k--) {
    const cue = out[k]!;
    if (!CHANNEL.test(cue.entry)) continue;
    if (out.some((c) => c.sentence === cue.sentence && !CHANNEL.test(c.entry))) {
      out.splice(k, 1);
      continue;
    }
    const [, last] = tokenSpan(t, cue.start, cue.end);
    cue.speaker = verbSpeaker(t, last + 1, last + 1).speaker;
  }
  // a headline tag (": Report") cites the outlet the body relays, else the first named source; one that names
  // unnamed people ("Sources: ...", ": officials") cites no one, unless it is a credit line that names them
  // ("Source: Harbour Statistics Office.", a chart's or a table's)
  for (const cue of out) {
    if (cue.form !== 'headline-tag') continue;
    if (ANONYMOUS_HEADS.has(cue.text.replace(/[\s:]+/g, '').toLowerCase())) {
      cue.speaker = creditedSource(t, cue) || ANONYMOUS;
      continue;
    }
    const outlets = new Set(docContext(t).names.filter((n) => n.outlet).map((n) => n.name));
    const cited = out.filter((c) => c !== cue && c.speaker !== '' && c.speaker !== ANONYMOUS);
    cue.speaker = (cited.find((c) => outlets.has(c.speaker)) ?? cited[0])?.speaker ?? ANONYMOUS;
  }
  built.set(t, out);
  return out;
}

/** The first source a credit line names after "Source:" or "Sources:" ("Source: Harbour Statistics Office.",
 * "Sources: Ruritanian Institute, Harbour Group and BBC Research"): a line of a few names, every word of them
 * capitalised but "and", "of", "the", "for", under the headline; not a headline's claim ("Sources: Militants
 * plan an attack"); else ''. */
function creditedSource(t: Tokenized, cue: Marker): string {
  // (a title-case headline capitalises every word of its claim: "Sources: Envoy Tried To Leave")
  if (!/^sources?\s*:$/i.test(cue.text.trim()) || cue.section === 'headline' || cue.section === 'standfirst') return '';
  const text = t.doc.text;
  const lineEnd = text.indexOf('\n', cue.end);
  const rest = text.slice(cue.end, lineEnd === -1 ? text.length : lineEnd).trim().replace(/\.$/, '');
  const words = rest.split(/[\s,;&]+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 10 || !words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:and|of|the|for)$/.test(w))) return '';
  return rest.split(/\s*(?:,|;|\band\b|&)\s*/)[0]!.trim();
}

/** Cues whose object is a topic the writer names ("discussed the border crossing"), not a report of what was said. */
const TOPIC_CUE = /^attribution\.discuss$/;

/** Negations right before a verb ("did not say", "hasn't confirmed", "never mentioned"). */
const NEGATION = /^(?:not|n't|never)$/i;
/** Cues of a view, whose negation is a view of the negated clause ("does not think the talks will resume": he thinks
 * they will not), so what they report stays the holder's. */
const NEG_RAISING = /\.(?:believe|think|mental-state(?:-clause)?|hope|see-as|mind-adjective)$/;

/**
 * A speech act said not to have happened reports nothing: "the minister did not mention the blockade", "Lee has not
 * confirmed that the strike took place", "the army never acknowledged the raid" (the clause or the object is the
 * writer's, what the source did not say). Not a view ("does not believe the talks will resume" is a belief), nor "not
 * only said ... but".
 */
function negatedSpeech(t: Tokenized, cue: Marker, first: number): boolean {
  if (NEG_RAISING.test(cue.entry)) return false;
  // (the negation among the adverbs right before the verb: "did not say", "never publicly acknowledged")
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    const x = t.tokens[k]!;
    if (NEGATION.test(x.value)) return lower(t.tokens[k + 1]) !== 'only';
    if (x.pos !== 'ADV') return false;
  }
  return false;
}

/** The reported clause: after the cue ("X revealed that ..."), or before the source ("..., X said"). */
function clauseOf(t: Tokenized, cue: Marker, find: SpeakerFind, first: number, last: number): CueClause {
  const none = { contentStart: -1, contentEnd: -1 };
  if (EVIDENTIAL.test(cue.entry) || CHANNEL.test(cue.entry) || allegedBefore(t, first)) return none;
  if (negatedSpeech(t, cue, first)) return none;
  // (a topic discussed is the writer's naming of it, not the source's words: "the leaders discussed the Gaza war")
  if (TOPIC_CUE.test(cue.entry)) return none;
  const sent = t.sentences[sentenceAt(t.sentences, cue.start)];
  if (!sent) return none;
  if (cue.form === 'headline-tag') return { contentStart: sent.start, contentEnd: cue.start };
  if (cue.entry.endsWith('speaker-colon')) {
    const nl = t.doc.text.indexOf('\n', cue.end);
    return { contentStart: cue.end, contentEnd: nl === -1 ? t.doc.text.length : nl };
  }
  if (cue.entry.endsWith('quote-dash')) return none;
  if (cue.entry.endsWith('colon-quote')) return { contentStart: cue.end, contentEnd: sent.end };
  const toks = t.tokens;
  if (cue.entry.endsWith('what-x-sees-as')) return viewAfter(toks, last + 1, sent.tokenEnd);
  const named = namedInFreeRelative(toks, cue, find, first, last, sent);
  if (named) return named;
  const lead = find.from >= 0 ? Math.min(find.from, first) : first;
  const tail = find.to >= 0 ? Math.max(find.to, last) : last;
  const before = toks.slice(sent.tokenStart, lead).filter(isWord).length;
  const afterEnd = sent.end;
  const afterStart = toks[tail + 1] ? toks[tail + 1]!.start : sent.end;
  const after = toks.slice(tail + 1, sent.tokenEnd).filter(isWord).length;
  if (cue.form === 'according-to') {
    if (before === 0) {
      // "According to X, <content>"
      let k = tail + 1;
      while (k < sent.tokenEnd && toks[k]!.value !== ',') k++;
      return { contentStart: toks[k + 1]?.start ?? sent.end, contentEnd: afterEnd };
    }
    return accordingAside(t, first, tail, sent) ?? { contentStart: sent.start, contentEnd: toks[first]!.start };
  }
  const passive = passiveClause(t, cue, find, first, last, sent);
  if (passive) return passive;
  const block = paragraphAfterColon(t, cue, lead, first, last, tail, sent);
  if (block) return block;
  const comment = commentAs(t, find, first, last, tail, sent);
  if (comment) return comment;
  // "..., said Rita Katz, the director of a group that tracks ...": a source after its verb (and set off after
  // it) is followed by its own description, never by what it said
  const inverted = find.from > last && find.from <= last + 2 && INVERTING.test(toks[last]!.value) && sourceSetOff(toks, find.to + 1, sent.tokenEnd);
  // '"...," the minister said after the vote': right after a closing quotation mark, the cue reports that
  // quotation, not what follows it (unless a that-clause does)
  const mark = toks[lead - 1];
  const closing = !!mark && (/^[”’]$/.test(mark.value) || (/^["']$/.test(mark.value) && toks[lead - 2]?.end === mark.start));
  if (before >= 3 && closing && !/^that$/i.test(toks[tail + 1]?.value ?? '')) {
    // the quotation itself: from its opening mark
    let k = lead - 2;
    while (k > sent.tokenStart && !(/^[“‘]$/.test(toks[k]!.value) || (/^["']$/.test(toks[k]!.value) && toks[k - 1]!.end < toks[k]!.start))) k--;
    // the clause the quotation closes reports from its start, the words before the opening mark too ('the
    // group is less likely to be "overrun by donors," Hoover said'), when the quotation ends on the
    // clause's punctuation (not a term: 'the "day after" Israel declares'), the source stands right at
    // the quotation or the verb (else the words before may be the verb's subject: 'A spokesman for X,
    // rejecting claims of a "green light," said ...'), and the cue ends the sentence, with a time, a place
    // or its source's description after it, and neither a verb nor an object of its own but an addressee
    // (not 'as Iran threatened "retaliation," Lee told reporters that ...', 'after a visit to "the front,"
    // Lee criticized the attacks': a clause of the writer's before the cue's own report)
    const rest = toks.slice(tail + 1, sent.tokenEnd);
    const ownReport =
      rest.some(isVerb) ||
      (/^(?:DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(rest[0]?.pos ?? '') && !TO_ADDRESSEE.test(toks[last]!.value) && !opensWithTime(rest));
    const whole = find.from >= 0 && (inverted || !ownReport) && /^[,.!?…]$/.test(toks[lead - 2]?.value ?? '');
    return { contentStart: whole ? clauseStart(t, sent.start, toks[k]!.start) : toks[k]!.start, contentEnd: toks[lead]!.start };
  }
  if (before >= 1 && toks[lead - 1]?.value === ',' && !toks.slice(lead, tail + 1).some((x) => NOT_ASIDE.test(x.value))) {
    const close = asideClose(toks, tail + 1, sent.tokenEnd, find.from >= 0 && find.from < first);
    if (close >= 0) {
      // the content begins after the last clause break before the aside ("..., while Iran, he predicts, will")
      return { contentStart: clauseStart(t, sent.start, toks[lead - 1]!.start), contentEnd: contentEndAfter(t, toks[close]!.end, afterEnd), aside: [toks[lead - 1]!.start, toks[close]!.end] };
    }
  }
  // (not when a quotation of sentences of its own follows the cue: 'Asked about Iran, Lee said, "We are
  // ready."' reports the quotation, and the opening is the writer's scene; but 'The strikes were a warning,
  // Lee said, "and they go on."' continues the clause)
  const quotationAfter =
    /^[,:]$/.test(toks[tail + 1]?.value ?? '') && /^[“‘"']$/.test(toks[tail + 2]?.value ?? '') && /^\p{Lu}/u.test(toks[tail + 3]?.value ?? '');
  // (nor when a clause of its own follows the verb: ", Haley said Assad's departure was inevitable"; but a
  // participle after a tag goes on with what the tag reports: '..., Lee told Reuters, adding that ...')
  const clauseAfter =
    !inverted && after > 0 && !/ing$/i.test(toks[last]!.value) && (/^that$/i.test(toks[tail + 1]!.value) || (opensClause(t, tail + 1, false) && toks.slice(tail + 2, sent.tokenEnd).some(isVerb)));
  if (before >= 3 && toks[lead - 1]?.value === ',' && !RELATIVE_PRONOUN.test(toks[lead]!.value) && !reducedRelative(toks, lead, first) && !frontedPhrase(toks, sent.tokenStart, lead) && (after <= 6 || inverted || occasionTail(toks, cue, find, sent.tokenStart, lead, tail, sent.tokenEnd) || speechParticipleAfter(toks, tail, sent.tokenEnd)) && !quotationAfter && !clauseAfter) {
    return { contentStart: sent.start, contentEnd: toks[lead]!.start };
  }
  // a cue in a clause that opens the sentence and takes its subject from the main clause after it ("After signaling
  // that it hoped for a quick vote, the White House backed away"): it reports up to the comma before that subject, not
  // the main clause
  if (find.from > last && frontedClause(toks, sent.tokenStart, first)) {
    let comma = find.from - 1;
    while (comma > last && toks[comma]!.value !== ',') comma--;
    if (comma > last + 1) return { contentStart: toks[last + 1]!.start, contentEnd: toks[comma]!.start };
  }
  // a cue in an act noun's infinitive inside the subject ("The decision by Hamas to announce a truce surprised Israel"):
  // it reports up to the sentence's main verb, not the predicate the writer says of the act
  if (after > 0 && lower(toks[first - 1]) === 'to' && actAgent(t, first - 1, sent.tokenStart, cue.start) !== undefined) {
    const verb = finiteVerbFrom(toks, last + 1, sent.tokenEnd);
    if (verb > last + 1) return { contentStart: toks[last + 1]!.start, contentEnd: toks[verb]!.start };
  }
  if (after > 0) {
    const start = addresseeEnd(toks, last, tail, sent.tokenEnd);
    const main = frontedClause(toks, sent.tokenStart, lead, ownObject(toks, last, tail, sent.tokenEnd)) ? mainClauseComma(t, tail + 1, sent.tokenEnd) : relativeEnd(t, lead, tail, sent);
    let end = main >= 0 ? toks[main]!.start : contentEndAfter(t, afterStart, afterEnd);
    if (start < 0) {
      const second = secondPredicate(t, tail + 1, end);
      if (second >= 0) end = toks[second]!.start;
    }
    return { contentStart: start >= 0 ? toks[start]!.start : afterStart, contentEnd: LABELLING.test(cue.entry) ? labelEnd(t, afterStart, end) : end };
  }
  return none;
}

/**
 * A tag in an "as" clause that ends the sentence reports the clause it comments on, as a passive one does ("...,
 * as reported by ..."): "The port closed on Monday, as the Harbour Gazette reported", "The blockade is a tactic of
 * the right, as Dana Lee noted in her column." The "as" follows a comma or a dash, the source stands right after it
 * and the verb after the source (an auxiliary, an adverb or "all" may come between, not a modal: "as Lee would agree" is the writer's
 * guess); the verb is finite ("reported Lee as saying" reports its quotation) and has no object of its own: nothing
 * follows it to the sentence's end but a time, a place, a medium or an addressee ("as Lee told reporters on
 * Monday"); not "..., as the minister announced a curfew" (a time) nor "..., as she said Israel was a victim" (a report
 * of its own). In the middle of a sentence the clause it comments on may come after it ("It is true, as Lee said,
 * that ...", "and, as the monitors learned, still have ..."): left as it was. What is reported is the main clause
 * before the comma (not a phrase fronted before it, "As for his claim that ..., the group has kept every promise"),
 * and holds a verb. Undefined otherwise.
 */
function commentAs(t: Tokenized, find: SpeakerFind, first: number, last: number, tail: number, sent: Sentence): CueClause | undefined {
  const toks = t.tokens;
  const from = find.from;
  if (from < 0 || from - 2 <= sent.tokenStart || find.to >= first || lower(toks[from - 1]) !== 'as') return undefined;
  const mark = toks[from - 2]!;
  if (!/^(?:[,—–]|--)$/.test(mark.value) || /ing$/i.test(toks[first]!.value)) return undefined;
  // (between the source and its verb: an auxiliary, an adverb, "all", "himself": "as the parties all acknowledged")
  for (let k = find.to + 1; k < first; k++) {
    const x = toks[k]!;
    if (MODAL_AUX.test(x.value) || !(/^(?:AUX|ADV|PART)$/.test(x.pos) || /^(?:all|both|each|(?:him|her|them|it)sel(?:f|ves))$/i.test(x.value))) return undefined;
  }
  let k = tail + 1;
  // (an addressee: "as Lee told reporters")
  if (TO_ADDRESSEE.test(toks[last]!.value)) while (k < sent.tokenEnd && /^(?:DET|ADJ|NOUN|PROPN|PRON)$/.test(toks[k]!.pos)) k++;
  const next = toks[k];
  if (next && k < sent.tokenEnd && /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(next.pos) && !opensWithTime(toks.slice(k, Math.min(k + 3, sent.tokenEnd)))) return undefined;
  for (; k < sent.tokenEnd; k++) {
    const x = toks[k]!;
    if (isVerb(x) || lower(x) === 'that' || (x.pos === 'PUNCT' && !/^[.!?;"”’']$/.test(x.value))) return undefined;
  }
  const start = clauseStart(t, sent.start, mark.start);
  const at = tokenIndexAt(t, start);
  const main = mainClauseComma(t, at, from - 2);
  const clause = main >= 0 ? main + 1 : at;
  if (!toks.slice(clause, from - 2).some(isFiniteVerb)) return undefined;
  return { contentStart: toks[clause]!.start, contentEnd: mark.start };
}

/** Conjunctions that join a second predicate to the cue's subject. */
const PREDICATE_CONJUNCTION = /^(?:and|but)$/i;
/** Verbs of demand or of saying again that the lexicon does not list as cues but that report all the same
 * ("called for a truce and demanded access to the besieged port"). */
const DEMANDING = /^(?:demand|press|plead|appeal|request|reiterate|repeat|renew|echo)$/i;

/**
 * Where a cue that reports a noun phrase ("denounced the missile tests", "mentioned the blockade five times") stops
 * because its subject goes on with a verb of its own: "Lee praised the truce and visited the occupied territories on
 * Friday" reports the truce, and the visit is the writer's account; -1 when none does. Only after a noun phrase: not
 * when the words from `from` hold a verb first, a clause or an infinitive ("said the port will close and reopen",
 * "urged the army to withdraw and stop ...", 'said he "listened" and made his decision', whose verbs after "and" go on
 * with what is reported), nor right after the cue ("announced - and then withdrew - plans"). The verb after "and" or
 * "but" (an adverb may come between) is inflected, past or third person (not a base form, which an infinitive's
 * second verb may be: 'vowed to "bomb them" and destroy the group'), no participle before a noun ("the raids and
 * related arrests") nor a noun read as a verb ("aid and help for the injured"); and no verb of saying or of demand
 * follows in the rest of the clause ("condemned the raid and called the militants terrorists", "and demanded access
 * to the besieged port" report in their turn).
 */
function secondPredicate(t: Tokenized, from: number, end: number): number {
  const toks = t.tokens;
  let phrase = false;
  for (let k = from; k < toks.length && toks[k]!.end <= end; k++) {
    const x = toks[k]!;
    // (an infinitive, its verb maybe quoted: 'vowed to "bomb them"'; not "to" before a noun, "condolences to the families")
    const infinitive = lower(x) === 'to' && (toks[k + 1]?.pos === 'VERB' || OPENING_MARK.test(toks[k + 1]?.value ?? ''));
    if (isFiniteVerb(x) || infinitive || x.pos === 'SCONJ' || RELATIVE.test(x.value)) return -1;
    if (/^(?:NOUN|PROPN|PRON|NUM)$/.test(x.pos)) phrase = true;
    if (!phrase || !PREDICATE_CONJUNCTION.test(x.value) || x.pos !== 'CCONJ') continue;
    const v = toks[k + 1]?.pos === 'ADV' ? k + 2 : k + 1;
    const verb = toks[v];
    if (!verb || verb.end > end || verb.pos !== 'VERB' || lower(verb) === verb.lemma.toLowerCase() || /ing$/i.test(verb.value)) return -1;
    if (toks[k - 1]!.pos === 'ADJ' || /^(?:NOUN|ADP)$/.test(toks[v + 1]?.pos ?? '') || DEMANDING.test(verb.lemma) || cueWords.get(t)?.has(v)) return -1;
    // (the comma or dash before the conjunction goes with it)
    return /^(?:[,—–]|--)$/.test(toks[k - 1]!.value) ? k - 1 : k;
  }
  return -1;
}

/** What opens the report of a passive cue after its agent: a label ("criticised by the unions as reckless"), a
 * question ("asked by a reporter whether ..."), a that-clause or an order ("told by the police that ...", "urged by
 * the mayor to leave"). */
const AFTER_AGENT = /^(?:as|whether|if|that|to)$/i;
/** After a question's agent, its topic or a question word also opens what was asked ("asked by reporters about
 * the port", "asked by the host how ..."); after an accusation's, "of" ("accused by the unions of lying"). */
const ASKED_AFTER_AGENT = /^(?:about|how|why|what|when|where|which)$/i;
const ASKING = /^attribution\.(?:ask|question)$/;
const ACCUSING = /^attribution\.accuse$/;
/** Participles of belief or report whose infinitive after the agent is what is held ("believed by the police to have
 * fled", "known by the crews to be mined"); not a document's purpose ("a bill, written by the senators, to fund ..."). */
const BELIEF_PASSIVE = /^(?:said|reported|believed|thought|expected|alleged|known|understood|suspected|considered|assumed|rumou?red|claimed|estimated|feared|acknowledged|predicted|shown|found|proven|proved|deemed|judged|presumed)$/i;
/** Words that may go on naming a passive cue's agent or its time before what it reports ("by the mayor and two
 * aldermen on Friday as ..."). */
const AGENT_WORD = /^(?:DET|ADJ|NOUN|PROPN|NUM|CCONJ|PART|ADP|ADV)$/;
/** A break that ends a label after "as" when the participle stands in a phrase of its own ("Lee, regarded by the
 * unions as an ally, won"). */
const LABEL_BREAK = /^[,;:()—–]$/;

/**
 * The clause a passive cue with its agent after "by" reports. The participle describes the noun before it, so the
 * words after the agent are not what the agent said ("The truce agreed by the two factions on Monday has collapsed",
 * "the plan, announced by the mayor in May, was shelved", "endorsed by the council, whose members ..."): the writer's,
 * unless a label, a question, a that-clause or an order follows the agent ("dismissed by the unions as a stunt",
 * "asked by reporters whether ...", "told by the police that ...", "urged by the mayor to leave", "accused by the
 * unions of lying"), or a label stands before "by" ("described as a stunt by the unions", "asked about the port by
 * reporters"). "As noted by the mayor, the budget ..." (opening its sentence) reports the clause after it, as any
 * fronted "as"; "the budget was cut, as reported by the Harbour Gazette" reports the clause before it. Undefined when
 * the cue is no passive with an agent.
 */
function passiveClause(t: Tokenized, cue: Marker, find: SpeakerFind, first: number, last: number, sent: Sentence): CueClause | undefined {
  const toks = t.tokens;
  if (find.from <= last + 1 || !PARTICIPLE.test(toks[last]!.value)) return undefined;
  let by = find.from - 1;
  if (POSSESSIVE_PRONOUN.test(toks[find.from]!.value) && lower(toks[by]) !== 'by') by--;
  if (lower(toks[by]) !== 'by') return undefined;
  const none = { contentStart: -1, contentEnd: -1 };
  const k = beforeAdverbs(t, first);
  const asking = ASKING.test(cue.entry);
  if (lower(toks[k]) === 'as') {
    // (fronted: what follows is reported, as before; after a comma or a dash: the clause before, when it has a verb)
    if (k <= sent.tokenStart) return undefined;
    if (!/^[,—–-]$/.test(toks[k - 1]!.value)) return none;
    const start = clauseStart(t, sent.start, toks[k - 1]!.start);
    const verb = toks.slice(tokenIndexAt(t, start), k - 1).some(isFiniteVerb);
    return verb ? { contentStart: start, contentEnd: toks[k - 1]!.start } : none;
  }
  // a label before "by": "described as a stunt by the unions", 'called "a stunt" by the unions'
  if (by > last + 1) {
    const opener = toks[last + 1]!;
    const label = lower(opener) === 'as' || OPENING_MARK.test(opener.value) || (asking && (ASKED_AFTER_AGENT.test(opener.value) || /^(?:whether|if)$/i.test(opener.value)));
    return label ? { contentStart: opener.start, contentEnd: toks[by - 1]!.end } : none;
  }
  const opening = k < sent.tokenStart;
  const setOff = opening || toks[k]?.value === ',';
  for (let j = find.to + 1; j < sent.tokenEnd && j <= find.to + 12; j++) {
    const x = toks[j]!;
    const w = lower(x);
    if (AFTER_AGENT.test(w) || (asking && ASKED_AFTER_AGENT.test(w)) || (w === 'of' && ACCUSING.test(cue.entry))) {
      // (a that-clause or an order only after a verb with an addressee, or a be-form: "was reported by the paper that
      // ...", "has been acknowledged by the army to be ...", not the relative "the plan announced by the mayor that
      // would ..." nor "found the remarks made by the mayor to show ..."; but
      // a belief or a report takes its infinitive in either form: "a leader believed by the police to have fled")
      const verb = toks[last]!.value;
      if ((w === 'that' || w === 'to') && !TO_ADDRESSEE.test(verb) && passiveBe(t, first, last) < 0 && !(w === 'to' && BELIEF_PASSIVE.test(verb))) return none;
      if (w === 'to' && !isVerb(toks[j + 1])) return none;
      const from = w === 'to' || w === 'that' ? j + 1 : j;
      if (from >= sent.tokenEnd) return none;
      let end = contentEndAfter(t, toks[from]!.start, sent.end);
      // (a participle phrase opening the sentence or set off by commas ends before the main clause or its verb:
      // "Asked by reporters about the port, the mayor said ...", "The mayor, asked by reporters about the port,
      // declined to comment")
      const main = opening ? mainClauseComma(t, from, sent.tokenEnd) : setOff ? verbAfterComma(t, from, sent.tokenEnd) : -1;
      if (main >= 0 && toks[main]!.start < end) end = toks[main]!.start;
      if (w === 'as' && setOff) {
        for (let n = from + 1; n < sent.tokenEnd && toks[n]!.start < end; n++) {
          if (LABEL_BREAK.test(toks[n]!.value) && !insideQuote(t, toks[n]!.start)) {
            end = toks[n]!.start;
            break;
          }
        }
      }
      return { contentStart: toks[from]!.start, contentEnd: end };
    }
    // (the agent's own relative clause, set off: "by a reporter, who worked for the mayor, of lying")
    if (x.value === ',' && RELATIVE.test(toks[j + 1]?.value ?? '') && lower(toks[j + 1]) !== 'that') {
      let close = j + 2;
      while (close < sent.tokenEnd && close <= j + 15 && toks[close]!.value !== ',') close++;
      if (toks[close]?.value !== ',') break;
      j = close;
      continue;
    }
    // (the agent's own participle: "by groups representing the families")
    if (!/^(?:[,—–-]|--)$/.test(x.value) && !AGENT_WORD.test(x.pos) && !(x.pos === 'VERB' && /ing$/i.test(x.value)) && !POSSESSIVE_PRONOUN.test(x.value)) break;
  }
  return none;
}

/** The first comma from token `from` on, outside a quotation, that a finite verb follows (after an adverb at most):
 * where a phrase set off inside a clause gives way to the clause's verb ("The mayor, asked about the port, declined
 * ..."); -1 when none does. */
function verbAfterComma(t: Tokenized, from: number, end: number): number {
  const toks = t.tokens;
  for (let k = from; k < end - 1; k++) {
    if (toks[k]!.value !== ',' || insideQuote(t, toks[k]!.start)) continue;
    if (finiteVerbAfter(toks, k)) return k;
  }
  return -1;
}

/** A finite verb right after token k, past one adverb at most (", declined", ", then said"). */
function finiteVerbAfter(toks: Token[], k: number): boolean {
  const next = toks[k + 1]!.pos === 'ADV' ? toks[k + 2] : toks[k + 1];
  return !!next && isFiniteVerb(next);
}

/** Pronouns that open a relative clause on the noun before them. */
const RELATIVE_PRONOUN = /^(?:who|whom|which|that)$/i;
/** Words between a relative pronoun and the cue of its clause: its subject, adverbs, auxiliaries ("which the
 * minister himself just described", "who three years ago urged", "who has long warned"). */
const IN_RELATIVE = /^(?:DET|NOUN|PROPN|ADJ|ADV|AUX|PRON|NUM|PART)$/;

/**
 * A cue in a relative clause reports up to the end of that clause, not the sentence's main clause after it: "The
 * mayor, who last year urged the council to cut the budget, said on Monday ..." (the relative set off by commas ends
 * at the comma its main verb follows), "In a raid that the army said targeted a depot, soldiers killed two men" (a
 * relative inside a phrase that opens the sentence ends at the main clause's comma). The token where the cue's
 * report ends, or -1 (not in a relative clause, or no such comma).
 */
function relativeEnd(t: Tokenized, lead: number, tail: number, sent: Sentence): number {
  const toks = t.tokens;
  let rel = lead;
  while (rel > sent.tokenStart && rel > lead - 7 && !RELATIVE_PRONOUN.test(toks[rel]!.value) && IN_RELATIVE.test(toks[rel]!.pos)) rel--;
  if (!RELATIVE_PRONOUN.test(toks[rel]!.value) || rel <= sent.tokenStart) return -1;
  // ("some of which", "an intercept of which")
  let k = rel - 1;
  if (lower(toks[k]) === 'of') k -= 2;
  if (toks[k]?.value === ',') return lower(toks[rel]) === 'that' ? -1 : relativeClose(t, tail + 1, sent.tokenEnd);
  // a restrictive relative on a noun, in a phrase before the main clause: the sentence opens with a preposition
  return toks[rel - 1]!.pos === 'NOUN' && toks[sent.tokenStart]!.pos === 'ADP' ? mainClauseComma(t, tail + 1, sent.tokenEnd) : -1;
}

/** The words before the source form a phrase that opens on a preposition and has no verb ("In a televised address on
 * Monday, the mayor, who has warned of a long war, vowed to ..."): the opening of the main clause, not a clause that a
 * tag after it reports. */
function frontedPhrase(toks: Token[], from: number, lead: number): boolean {
  if (toks[from]?.pos !== 'ADP') return false;
  // (one phrase: no comma before the one that ends it, "In a long war, no one wins, Lee said" reports a clause)
  for (let k = from; k < lead - 1; k++) if (toks[k]!.value === ',') return false;
  // (a verb after its subject or an auxiliary; wink may read a participle as an adjective's verb, "a televised address")
  for (let k = from + 1; k < lead; k++) if (isVerb(toks[k]) && /^(?:NOUN|PROPN|PRON|NUM|AUX|ADV|PART)$/.test(toks[k - 1]!.pos)) return false;
  return true;
}

/**
 * "..., a move Netanyahu condemned in July": after the comma, a noun with a clause on it whose subject is the name
 * before the cue (the move is what was condemned): a reduced relative, no tag that reports the words before the comma.
 * A determiner, lower-case modifiers and a noun for an act or a stance, then the name; not "..., the spokesman Dana
 * Levi said".
 */
function reducedRelative(toks: Token[], from: number, cue: number): boolean {
  if (toks[from]?.pos !== 'DET') return false;
  let k = from + 1;
  let noun = '';
  while (k < cue && /^(?:ADJ|NOUN)$/.test(toks[k]!.pos) && /^\p{Ll}/u.test(toks[k]!.value)) {
    if (toks[k]!.pos === 'NOUN') noun = lower(toks[k]);
    k++;
  }
  return REDUCED_RELATIVE_HEAD.test(noun) && k < cue && toks[k]!.pos === 'PROPN';
}
/** Nouns for an act or a stance that a clause after them is about ("a move Tehran vowed to make", "a demand Lee
 * rejected", "an effort Harbourland has denied, insisting ..."); not a descriptor of the name after it ("the opposition
 * Coordination Committees said", "the news agency IRNA reported"). */
const REDUCED_RELATIVE_HEAD = /^(?:move|step|effort|attempt|bid|decision|deal|plan|measure|policy|action|claim|charge|accusation|allegation|assessment|view|position|stance|idea|proposal|offer|demand|request|call|warning|threat|promise|pledge|characterization|description|figure|estimate)$/;

/** Bodies a story means one of when it writes "the <head>": its president's administration, the regime it covers. Not
 * "the military" or "the army": a story about one side's strike names the other side's army more often ("the IDF said
 * ... The military said" after many mentions of "the Syrian military"). */
const NAMED_BODY_HEAD = /^(?:administration|regime)$/;

/** The armed forces of a state, which a story names with the state before it ("the Israeli army", "Egypt's military"). */
const ARMED_FORCES = /^(?:military|army)$/;

interface ForcesMention {
  start: number;
  /** the state's word in lower case, "egypt" or "egyptian" */
  state: string;
  head: string;
  written: string;
}
const forcesMentions = new WeakMap<Tokenized, ForcesMention[]>();

/**
 * Every "<State> military" or "<State>'s army" of a document outside quotations, as a noun (not "the Israeli military
 * campaign", where a noun follows, nor a sentence's first word "The"). Memoised per document.
 */
function armedForcesMentions(t: Tokenized): ForcesMention[] {
  let found = forcesMentions.get(t);
  if (found) return found;
  found = [];
  const toks = t.tokens;
  for (let k = 1; k < toks.length; k++) {
    const head = lower(toks[k]);
    if (!ARMED_FORCES.test(head) || /^(?:NOUN|PROPN)$/.test(toks[k + 1]?.pos ?? '')) continue;
    const m = POSSESSIVE_S.test(toks[k - 1]!.value) ? k - 2 : k - 1;
    const state = toks[m];
    if (!state || !/^\p{Lu}\p{L}+$/u.test(state.value) || CAPITALISED_NON_NAME.test(state.value) || insideQuote(t, toks[k]!.start)) continue;
    found.push({ start: toks[k]!.start, state: state.value.toLowerCase(), head, written: textOf(t, m, k) });
  }
  forcesMentions.set(t, found);
  return found;
}

/**
 * "the military", "the army": the armed forces a cue before `pos` cited by name, when every mention of armed forces
 * before names one state ("Israel's army" and "the Israeli military" are one state's: one word begins the other); the
 * latest cited with the same head, else the latest cited ("the Israeli military said ... The army said"). '' when no
 * such forces were cited, or the text names two states' ("the Israeli army ... the Bordurian military"), as the
 * military of a story about two armies is not plain; nor forces only named in passing ("the commander of the Iranian
 * Army's ground forces" makes no later "the military" Iran's).
 */
function oneStateForces(t: Tokenized, head: string, pos: number): string {
  const cited = new Set<string>();
  for (const c of resolvedSoFar.get(t) ?? []) if (c.start < pos && ARMED_FORCES_END.test(c.speaker)) cited.add(c.speaker);
  if (cited.size === 0) return '';
  let stem = '';
  let last: ForcesMention | undefined;
  let same: ForcesMention | undefined;
  for (const m of armedForcesMentions(t)) {
    if (m.start >= pos) break;
    const shorter = stem === '' || m.state.length < stem.length ? m.state : stem;
    const longer = shorter === m.state ? stem || m.state : m.state;
    if (shorter.length < 4 || !longer.startsWith(shorter)) return '';
    stem = shorter;
    if (!cited.has(m.written)) continue;
    last = m;
    if (m.head === head) same = m;
  }
  return (same ?? last)?.written ?? '';
}
/** A source that ends with the armed forces' head ("Israeli military", "Egypt's army"). */
const ARMED_FORCES_END = / (?:military|army)$/i;

/** The body the text names most often with a capitalised word before `head` ahead of `pos`, outside quotations:
 * "the Obama administration", "the Assad regime" (of two, the story's own, named more often than one it recalls;
 * at a tie the later); ''. Not a place before "administration" ("the US administration" is its own phrase). */
function namedBody(t: Tokenized, head: string, pos: number): string {
  const counts = new Map<string, number>();
  const named = new RegExp(`\\b(\\p{Lu}[\\p{L}'’-]+)[^\\S\\n]+${head}\\b`, 'gu');
  for (const m of t.doc.text.slice(0, pos).matchAll(named)) {
    const name = m[1]!;
    if (insideQuote(t, m.index) || (head === 'administration' && isPlaceLike(name)) || CAPITALISED_NON_NAME.test(name)) continue;
    const n = (counts.get(name) ?? 0) + 1;
    counts.delete(name); // (re-inserted last: a tie goes to the later)
    counts.set(name, n);
  }
  let found = '';
  let most = 0;
  for (const [name, n] of counts) {
    if (n >= most) {
      found = `${name} ${head}`;
      most = n;
    }
  }
  return found;
}

/** Capitalised words before "administration" that name no one: a sentence's first word ("As administration officials
 * ..."), a determiner, a time. */
const CAPITALISED_NON_NAME = /^(?:The|This|That|These|Those|An?|Its|His|Her|Their|Our|Current|Previous|New|Former|Next|Last|As|In|On|At|For|By|With|But|And|If|When|While|After|Before|Since|Under|Both|Each|Every|Some|Many|Senior|Top|Key)$/;

/** Words that invert a clause after a comma ("..., so will the others"): no main verb follows them. */
const INVERSION = /^(?:so|nor|neither)$/i;

/** The comma that closes a relative clause set off by commas, from token `from` on: the first with a finite verb after
 * it (the main clause's, "The mayor, who urged ..., said"), not one that closes a pair of commas inside the clause
 * ("who said the strikes, rather than calming things, would ...": an odd number of commas before it) nor one before an
 * inversion ("..., so will the others"); -1 when none does. */
function relativeClose(t: Tokenized, from: number, end: number): number {
  const toks = t.tokens;
  let commas = 0;
  for (let k = from; k < end - 1; k++) {
    if (toks[k]!.value !== ',' || insideQuote(t, toks[k]!.start)) continue;
    commas++;
    if (commas % 2 === 0 || INVERSION.test(toks[k + 1]!.value)) continue;
    if (finiteVerbAfter(toks, k)) return k;
  }
  return -1;
}

/** Plain verbs of saying, whose tag after a clause is followed by its own occasion, not by a complement. */
const PLAIN_TAG = /^attribution\.(?:say|tell|state|announce|add|write|report)$/;
/** Prepositions that open a tag's place or occasion ("said in a statement", "told reporters at the briefing"). */
const OCCASION_PREPOSITION = /^(?:in|on|at|during|via|through)$/i;

/** A verb or an auxiliary. */
function isVerb(x: Token | undefined): boolean {
  return x?.pos === 'VERB' || x?.pos === 'AUX';
}
/** An auxiliary, or a verb in a form other than "-ing" ("is", "attacked"; not "considering", a participle or a gerund). */
function isFiniteVerb(x: Token): boolean {
  return x.pos === 'AUX' || (x.pos === 'VERB' && !/ing$/i.test(x.value));
}

/**
 * The words after a tag that follows a clause ("..., the Harbour Gazette reported last month after a ferry accident in
 * the north", "..., the ministry said in a statement on its channel about ...") are the tag's own time, place and
 * occasion, however long: a plain verb of saying with a source that can speak (a name, a pronoun, an institution, a
 * spokesman or an unnamed official), then a time or a preposition and no verb. Not after a fronted phrase with no
 * clause of its own ("In an address after the massacre, Lee said on Tuesday ..."); a clause there has a verb after its
 * subject or an auxiliary (not a participle as an adjective, "a televised address").
 */
function occasionTail(toks: Token[], cue: Marker, find: SpeakerFind, from: number, lead: number, tail: number, end: number): boolean {
  if (!PLAIN_TAG.test(cue.entry) || find.from < 0 || tail + 1 >= end) return false;
  const rest = toks.slice(tail + 1, end);
  if (!OCCASION_PREPOSITION.test(rest[0]!.value) && !opensWithTime(rest)) return false;
  if (rest.some(isVerb)) return false;
  const source = toks.slice(find.from, find.to + 1);
  const head = lower(source.at(-1));
  if (!source.some((x) => x.pos === 'PROPN' || x.pos === 'PRON') && !INSTITUTION_HEADS.test(head) && !SPOKESPERSON.test(head) && !ANONYMOUS_HEADS.has(head)) return false;
  for (let k = from + 1; k < lead; k++) if (isVerb(toks[k]) && /^(?:NOUN|PROPN|PRON|AUX|ADV|PART)$/.test(toks[k - 1]!.pos)) return true;
  return false;
}

/** What "what X sees as" (or "which X considers") gives its holder: the phrase after "as" or "to be", up to a
 * break or the verb of the clause it stands in ("what it regards as its land must be defended": not "must be
 * defended"); a verb after "to" is part of it ("what they saw as a chance to strike"). */
function viewAfter(toks: Token[], k: number, end: number): CueClause {
  let from = k;
  if (lower(toks[from]) === 'as') from++;
  else if (lower(toks[from]) === 'to' && lower(toks[from + 1]) === 'be') from += 2;
  let stop = from;
  while (stop < end) {
    const x = toks[stop]!;
    if (/^[,;:—–()]$/.test(x.value) || x.pos === 'AUX' || (x.pos === 'VERB' && lower(toks[stop - 1]) !== 'to')) break;
    stop++;
  }
  return stop > from ? { contentStart: toks[from]!.start, contentEnd: toks[stop - 1]!.end } : { contentStart: -1, contentEnd: -1 };
}

/** Participles of saying that carry a source's report on after its tag ("adding", "saying", "calling ..."). */
const SPEECH_PARTICIPLE = /^(?:adding|saying|noting|calling|citing|describing|stressing|insisting|arguing|warning|urging|accusing|explaining|referring|pointing|acknowledging|claiming|denying|blaming|vowing|pledging|promising|declining|refusing)$/i;

/**
 * The tag is followed by a comma and a participle of saying: "Five of its crew were killed in the raid, the Harbour
 * Port Authority said, adding that the ferry had been marked as a civilian vessel." The participle reports its own
 * words (a cue of its own), and the clause before the tag is still the tag's however long those words run, as with a
 * short tail ("..., Lee said on Monday"). Not another participle (", the army said, killing two men" is no saying).
 */
function speechParticipleAfter(toks: Token[], tail: number, end: number): boolean {
  return toks[tail + 1]?.value === ',' && tail + 2 < end && SPEECH_PARTICIPLE.test(toks[tail + 2]!.value);
}

/** What links a free relative's cue to the phrase it reports: "what the army said were", "what Lee described as". */
const FREE_RELATIVE_LINK = /^(?:as|is|are|was|were)$/i;
/** Cues that name a thing with no link ("what Lee called a massacre", "what the group termed an occupation"). */
const NAMING_CUE = /^attribution\.(?:call|describe|describe-as|portray|what-x-called)$/;
/** Conjunctions that open the writer's next clause after the phrase ("... were sabotage attacks while drones ...");
 * "as", "after", "before", "since" and "until" only with a verb of their own after them ("as Israel pounded", not
 * "reasons after mediation by Qatar"). */
const PHRASE_BREAK_WORD = /^(?:while|whereas|because|although|though|when|unless|as|after|before|since|until)$/i;
const ALWAYS_BREAKS = /^(?:while|whereas|because|although|though|when|unless)$/i;

/** Words that open a clause on a noun: a relative or a complement ("evidence that ...", "a raid which ..."). */
const NOUN_CLAUSE = /^(?:that|which|who|whom|whose)$/i;

/**
 * After a comma, the phrase goes on as a list of nouns: "a search for Hamas members, weapons and the bodies of
 * hostages" ("and" or "or" comes before the next break, after a word, with no verb before it); not ", killing four",
 * ", and Hamas fled", ", a place where conspiracies spread".
 */
function listGoesOn(toks: Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const x = toks[k]!;
    if (/^(?:and|or)$/i.test(x.value)) return k > from;
    if (isVerb(x) || x.pos === 'PUNCT' || NOUN_CLAUSE.test(x.value) || /^(?:where|when|while)$/i.test(x.value)) return false;
  }
  return false;
}

/**
 * A cue in a free relative ("what <source> said were ...", "what <source> called ...", "what <source> described as
 * ...") reports the phrase it names and no more: "The navy hit what it said were smuggling boats, killing four
 * fishermen" gives the navy "smuggling boats", and the killing is the writer's account, as is "while drones struck
 * the port" after "in what the authority said were sabotage attacks". The phrase runs from after the cue (and its
 * "as", "were", "to be") to the first break outside a quotation mark: a comma, a semicolon, a colon, a dash or a
 * bracket, a conjunction that opens a clause (see PHRASE_BREAK_WORD), an auxiliary or a verb after the phrase's noun
 * (the sentence's own: "what the army said was a depot killed 12"; not a participle before "by", "tunnels dug by the
 * group", nor one before its noun, "were armed men"). Only with the source between "what" and the cue, and nothing
 * but auxiliaries, adverbs and its abbreviation in brackets after it ("what Harbour officials have long called",
 * "what the Harbour Authority (HA) said were"), no cleft with a link that opens the sentence ("What Lee said was
 * ..."), a link or a naming cue (the object of "what Lee said on Monday" is no phrase it names), and no clause after
 * the link ("what she said was that the talks failed" reports as before). Undefined otherwise.
 */
function namedInFreeRelative(toks: Token[], cue: Marker, find: SpeakerFind, first: number, last: number, sent: Sentence): CueClause | undefined {
  if (find.from <= sent.tokenStart || find.to >= first || lower(toks[find.from - 1]) !== 'what') return undefined;
  const opening = find.from - 1 === sent.tokenStart;
  for (let k = find.to + 1; k < first; k++) {
    // (the source's abbreviation in brackets: "what the United Arab Emirates (UAE) said were")
    if (toks[k]!.value === '(' && toks[k + 2]?.value === ')' && k + 2 < first) k += 2;
    else if (!/^(?:AUX|ADV|PART)$/.test(toks[k]!.pos)) return undefined;
  }
  let from = last + 1;
  let linked = lower(toks[last]) === 'as';
  if (!linked && lower(toks[from]) === 'to' && lower(toks[from + 1]) === 'be') [from, linked] = [from + 2, true];
  else if (!linked && FREE_RELATIVE_LINK.test(toks[from]?.value ?? '')) [from, linked] = [from + 1, true];
  if (!(linked || NAMING_CUE.test(cue.entry)) || (opening && linked) || from >= sent.tokenEnd || /^(?:that|whether|if|what|how|why)$/i.test(toks[from]!.value)) return undefined;
  let quoted = false;
  // (a clause on the phrase's noun, "evidence that the hospital was built over tunnels", "an attack that killed 70",
  // is part of it: past its "that", "which" or "who" only a break ends the phrase)
  let relative = false;
  let stop = from;
  for (; stop < sent.tokenEnd; stop++) {
    const x = toks[stop]!;
    if (OPENING_MARK.test(x.value) && !quoted && (x.value !== '"' || stop === from || toks[stop - 1]!.end < x.start)) {
      quoted = true;
      continue;
    }
    if (quoted) {
      if (CLOSING_MARK.test(x.value) || x.value === '”') quoted = false;
      continue;
    }
    if (x.value === ',' && listGoesOn(toks, stop + 1, sent.tokenEnd)) continue;
    if (/^(?:[,;:—–()]|--)$/.test(x.value) || (x.value === '-' && !gluedHyphen(toks, stop))) break;
    if (PHRASE_BREAK_WORD.test(x.value) && stop > from && (ALWAYS_BREAKS.test(x.value) || x.pos === 'SCONJ' || toks.slice(stop + 1, Math.min(stop + 5, sent.tokenEnd)).some(isFiniteVerb))) break;
    if (stop > from && NOUN_CLAUSE.test(x.value)) relative = true;
    if (relative) continue;
    if (x.pos === 'AUX') break;
    const prev = toks[stop - 1]!;
    // (a participle with its preposition goes on with the noun: "soldiers brought into Gaza", "tunnels dug by Hamas")
    const participle = toks[stop + 1]?.pos === 'ADP' && lower(toks[stop + 1]) !== 'at';
    if (isFiniteVerb(x) && stop > from && /^(?:NOUN|PROPN|PRON|NUM)$/.test(prev.pos) && !participle && lower(prev) !== 'to') break;
  }
  if (stop <= from) return undefined;
  return { contentStart: toks[from]!.start, contentEnd: toks[stop - 1]!.end };
}

/** A label rather than a report on the line after a colon: it ends on a colon of its own ("Advertisement:"). */
const LABEL_LINE = /:\s*$/u;
/** Cues of a view, a stance or a verdict, not of words set out after them ("not all scholars agree on this point:",
 * "Lee praised the plan:"): the next paragraph is the writer's account. */
const NOT_SETTING_OUT = /\.(?:believe|think|thought|mental-state(?:-clause)?|mind-adjective|hope|envision|agree|side-with|endorse|vouch-for|praise|applaud|condemn|disparage|thank|liken|see-as|rebuke|reject|deny|decline-comment|retract)$/;
/** Auxiliaries of what may or will be said, not of what was: "students might discuss the following:". */
const MODAL_AUX = /^(?:can|could|may|might|will|would|should|must|shall)$/i;

/**
 * A cue that ends its line on a colon: "In a speech in May, Lee said:", "The Harbour Gazette reports:", "Lee argued
 * that:", "she told reporters on Monday:". What it reports is set out on the next line, not in its own sentence; so it
 * reports that line (one paragraph, as an excerpt under "X writes:" is one), and, when the cue is a tag after a clause
 * of its own ("The port will stay shut, the Harbour Gazette reports:"), that clause too, but not the tag. Between the
 * cue (or its source after it) and the colon only "that", adverbs, phrases after a preposition and an addressee ("told
 * reporters on Monday"): an object ("expressed his outrage on Facebook:", "told me this story:") is what was said,
 * and the line after it may be the writer's. Not what may or will be said ("students might discuss the following:"),
 * nor a line that is a label itself ("Advertisement:"). The writer's next paragraph stays the writer's. Undefined
 * otherwise.
 */
function paragraphAfterColon(t: Tokenized, cue: Marker, lead: number, first: number, last: number, tail: number, sent: Sentence): CueClause | undefined {
  const toks = t.tokens;
  const colon = sent.tokenEnd - 1;
  if (toks[colon]?.value !== ':' || colon - tail - 1 > 6 || NOT_SETTING_OUT.test(cue.entry)) return undefined;
  const addressee = TO_ADDRESSEE.test(toks[last]!.value);
  let phrase = false;
  for (let k = tail + 1; k < colon; k++) {
    const x = toks[k]!;
    if (isVerb(x) || !isWord(x)) return undefined;
    if (x.pos === 'ADP') phrase = true;
    else if (!phrase && x.pos !== 'ADV' && !(k === tail + 1 && (lower(x) === 'that' || (addressee && /^(?:NOUN|PROPN|PRON)$/.test(x.pos))))) return undefined;
  }
  // (a modal in the cue's own clause, back to a comma: not one in the clause a tag follows)
  for (let k = first - 1; k >= sent.tokenStart && toks[k]!.value !== ','; k--) if (MODAL_AUX.test(toks[k]!.value) && toks[k]!.pos === 'AUX') return undefined;
  const text = t.doc.text;
  const nl = text.indexOf('\n', toks[colon]!.end);
  if (nl === -1 || /\S/u.test(text.slice(toks[colon]!.end, nl))) return undefined;
  let start = nl;
  while (start < text.length && /\s/u.test(text[start]!)) start++;
  if (start >= text.length) return undefined;
  const lineEnd = text.indexOf('\n', start);
  const end = lineEnd === -1 ? text.length : lineEnd;
  if (LABEL_LINE.test(text.slice(start, end))) return undefined;
  // (a tag after a clause with a verb of its own: the clause is reported too, the tag set aside)
  if (toks[lead - 1]?.value === ',') {
    const from = clauseStart(t, sent.start, toks[lead - 1]!.start);
    if (finiteVerbFrom(toks, tokenIndexAt(t, from), lead - 1) >= 0) return { contentStart: from, contentEnd: end, aside: [toks[lead - 1]!.start, toks[colon]!.end], setOut: true };
  }
  return { contentStart: start, contentEnd: end, setOut: true };
}

/** Words that open a source's appositive after "according to X," ("another former envoy", "an aide to Lee", "the
 * group's leader"): a determiner, an adjective or a noun. */
const APPOSITIVE_OPENER = /^(?:DET|ADJ|NOUN|PROPN|NUM)$/;
/** Relative pronouns that open a clause an aside may interrupt right after them ("who, according to the army, are"). */
const RELATIVE_OPENER = /^(?:who|which|that)$/i;

/**
 * "According to X" set off by commas inside the clause it reports: "The options, according to the envoy, range from a
 * truce to a blockade", "Since May, according to the ministry, the army has shelled the town", "The port authorities
 * have, according to Lee, closed two docks", "At the heart of the deal, according to Ann Ruiz, a former envoy, was a
 * swap". The clause goes on after the aside (and after the source's own appositive), so it reports the whole clause
 * but the aside: when the words before the aside have no finite verb (a subject or a fronted phrase, whose main clause
 * comes after the aside; so too after a relative pronoun: "the hostages who, according to the army, are still held"),
 * or when they break off after an auxiliary and a verb opens what follows. Not "The port closed, according to Lee,
 * who runs it" (a relative of the source), "..., according to Lee, leaving two ships stranded" (a participle: the
 * writer's sequel), nor a comma splice after a clause of its own. Undefined when no such aside.
 */
function accordingAside(t: Tokenized, first: number, tail: number, sent: Sentence): CueClause | undefined {
  const toks = t.tokens;
  if (toks[first - 1]?.value !== ',' || toks[tail + 1]?.value !== ',') return undefined;
  // (a relative pronoun right before the aside opens the clause it interrupts: "the hostages who, according to the
  // army, are still held")
  const relative = RELATIVE_OPENER.test(toks[first - 2]?.value ?? '');
  const start = relative ? toks[first - 2]!.start : clauseStart(t, sent.start, toks[first - 1]!.start);
  const verbBefore = !relative && finiteVerbFrom(toks, tokenIndexAt(t, start), first - 1) >= 0;
  // (a clause of its own before the aside goes on only when it breaks off after its auxiliary: "have, according to
  // Lee, closed"; not "The toll, which stands at 40, according to the ministry, made it the worst day", whose verb
  // after the aside is the main clause's)
  if (verbBefore && toks[first - 2]?.pos !== 'AUX') return undefined;
  let close = tail + 1;
  // (the source's appositive: a noun phrase up to the next comma, "according to Ann Ruiz, a former envoy, was")
  if (APPOSITIVE_OPENER.test(toks[close + 1]?.pos ?? '') && !RELATIVE.test(toks[close + 1]!.value)) {
    let k = close + 1;
    while (k < sent.tokenEnd && k <= close + 10 && toks[k]!.value !== ',' && !isVerb(toks[k]) && isWord(toks[k])) k++;
    if (toks[k]?.value === ',' && k > close + 1 && continuesAside(toks, k + 1, sent.tokenEnd, verbBefore)) close = k;
  }
  if (!continuesAside(toks, close + 1, sent.tokenEnd, verbBefore)) return undefined;
  return { contentStart: start, contentEnd: contentEndAfter(t, toks[close]!.end, sent.end), aside: [toks[first - 1]!.start, toks[close]!.end] };
}

/** What follows an aside's closing comma (token `k`) goes on with the clause the aside interrupts: a finite verb (the
 * predicate), or, after words with no finite verb of their own (`verbBefore` false), any words but a relative pronoun,
 * a participle or a conjunction. */
function continuesAside(toks: Token[], k: number, end: number, verbBefore: boolean): boolean {
  const x = toks[k];
  if (!x || k >= end || !isWord(x)) return false;
  if (RELATIVE.test(x.value) || x.pos === 'CCONJ' || (x.pos === 'VERB' && /ing$/i.test(x.value))) return false;
  const verb = x.pos === 'ADV' && toks[k + 1] && k + 1 < end ? toks[k + 1]! : x;
  if (isFiniteVerb(verb)) return true;
  return !verbBefore;
}

/** Cues that give something a name: "called X 'Y'", "described X as 'Y'". */
const LABELLING = /^attribution\.(?:call|describe|describe-as|portray)$/;
/** A quoted label closed with a comma ends what the labelling cue reports: what follows is the writer's ('calls
 * Jews in Israel "settlers," the same language Hamas uses'). */
const LABEL_CLOSED = /(?<=\S)(?:,["”’']|["”’'],)/;
/** Where a labelling cue's report ends: right after the first quoted label a comma closes, else at `end`. */
function labelEnd(t: Tokenized, start: number, end: number): number {
  const m = LABEL_CLOSED.exec(t.doc.text.slice(start, end));
  return m ? start + m.index + m[0].length - (m[0].endsWith(',') ? 1 : 0) : end;
}

/** Conjunctions that open an adverbial clause before the main one ("After Lee said ..., the army ..."). Not
 * "as": "As Lee said, the talks failed" reports the main clause; but "even as" is a time or a concession ("Even as
 * Lee said the talks would resume, the army ..."). */
const FRONTING = /^(?:after|before|when|whenever|while|since|because|although|though|if|once|until|unless|whereas)$/i;

/**
 * The cue's source and verb (from token `lead`) sit in an adverbial clause that opens the sentence, the part after a
 * colon or semicolon, or a clause joined by a comma and a conjunction: its conjunction, after at most three words of
 * time or degree ("just months after", "even before"), and no comma between it and the source. A conjunction or a
 * sentence adverb with its comma may come first: "But while Lee said the port would close, ships kept sailing",
 * "Indeed, while Lee says ...", "The plan is costly, and while Lee said he backs it, the council ..." (each
 * reports up to the comma before the main clause, not the main clause). With `timeAs`, "as" opens such a clause too
 * (the cue's verb has an object of its own: see ownObject).
 */
function frontedClause(toks: Token[], from: number, lead: number, timeAs = false): boolean {
  let start = from;
  for (let k = lead - 1; k > from; k--) {
    if (/^[:;—–]$/.test(toks[k]!.value) || (toks[k]!.value === ',' && OPENING_CONJUNCTION.test(toks[k + 1]!.value) && toks[k + 1]!.pos === 'CCONJ')) {
      start = k + 1;
      break;
    }
  }
  // (the conjunction or the adverb before it: "But", "And,", "Indeed,")
  if (toks[start]?.pos === 'CCONJ' && OPENING_CONJUNCTION.test(toks[start]!.value)) start += toks[start + 1]?.value === ',' ? 2 : 1;
  else if (toks[start]?.pos === 'ADV' && toks[start + 1]?.value === ',') start += 2;
  for (let k = start; k < lead && k <= start + 3; k++) {
    const x = toks[k]!;
    const fronting = FRONTING.test(x.value) || (lower(x) === 'as' && (timeAs || lower(toks[k - 1]) === 'even'));
    if (fronting && (x.pos === 'SCONJ' || x.pos === 'ADP' || x.pos === 'ADV')) {
      // (a dash set off with spaces closes the clause as a comma does: "when it comes to X - a common complaint -
      // the companies point out that ...")
      for (let j = k + 1; j < lead; j++) {
        const y = toks[j]!;
        if (/^(?:[,;:—–()]|--)$/.test(y.value) || (y.value === '-' && toks[j - 1]!.end < y.start)) return false;
      }
      return true;
    }
    if (!/^(?:ADV|NUM|NOUN|ADJ|DET)$/.test(x.pos)) return false;
  }
  return false;
}

const RELATIVE = /^(?:which|who|whom|whose|where|when|that)$/i;

/**
 * The cue's verb has an object or a clause of its own right after it (past an addressee: "told reporters that ..."),
 * not a time, a place or nothing: in a fronted "as" clause that makes "as" a time ("As Lee denounced the missile
 * tests, the crowd cheered", "But as the minister said the talks would resume, the shelling went on": each reports
 * up to the comma), where "As Lee said, ...", "As Reuters reported last week, ...", "As Lee told reporters, ..."
 * comment on the main clause, which they report.
 */
function ownObject(toks: Token[], last: number, tail: number, end: number): boolean {
  if (TO_ADDRESSEE.test(toks[last]!.value)) return addresseeEnd(toks, last, tail, end) >= 0;
  const k = tail + 1;
  const x = toks[k];
  if (!x || k >= end) return false;
  if (lower(x) === 'that') return true;
  return /^(?:DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(x.pos) && !opensWithTime(toks.slice(k, Math.min(k + 3, end)));
}

/** The comma after which the sentence's main clause opens, a subject and its verb ("..., rebels removed
 * Mubarak"), outside any quotation; -1 when none does. A comma that a quotation closes right after ('When Lee called
 * the plan "a disaster," the crowd cheered') ends the clause as well: the closing mark is returned, the main clause
 * opening after it. */
function mainClauseComma(t: Tokenized, from: number, end: number): number {
  const toks = t.tokens;
  for (let k = from; k < end; k++) {
    if (toks[k]!.value !== ',') continue;
    const closed = k + 1 < end && CLOSING_MARK.test(toks[k + 1]!.value) && toks[k + 1]!.start === toks[k]!.end;
    const next = closed ? k + 1 : k;
    if (RELATIVE.test(toks[next + 1]?.value ?? '')) continue;
    if ((closed || !insideQuote(t, toks[k]!.start)) && isMainClause(toks, next + 1, end)) return next;
  }
  return -1;
}

/** What a cue reports ends where the writer adds a clause of contrast with a subject of its own: ", although
 * it was not clear", ", but Israel denied it", ", even as the talks stalled", "; in fact ...". Not ", but that ..." or ", but rather ..."
 * (which go on reporting), ", though," (an adverb), or ", but did not rule out" (the reported clause's own
 * second verb). A break inside a quotation is the quotation's own. */
const CONTRAST = /,["”’']?\s*(?:but|although|though|whereas|while|yet|after|even\s+as)\b(?!\s*,|\s+(?:that|rather|instead|also|not|then)\b)|;(?=\s+(?:in\s+fact|however|but|yet|still)\b)/gi;
function contentEndAfter(t: Tokenized, start: number, end: number): number {
  end = glossAt(t, start, siblingReportAt(t, start, end));
  for (const m of t.doc.text.slice(start, end).matchAll(CONTRAST)) {
    // (a comma inside the quotation it closes, '"Great Satan," while ...': the break is after the mark)
    const at = start + m.index + (/^,["”’']/.test(m[0]) ? 2 : 0);
    // nothing reported before it: "X, he argued, but they fear ..." goes on with what he argued
    if (!reportBreak(t, start, at)) continue;
    let next = tokenIndexAt(t, at + m[0].length);
    while (t.tokens[next] && t.tokens[next]!.end <= at + m[0].length) next++;
    if (t.tokens[next]?.pos === 'ADV') next++;
    if (t.tokens[next]?.pos === 'VERB' || t.tokens[next]?.pos === 'AUX') continue;
    // "but they may have prevented ...", "but Palestinians would be allowed ...": a modal of what may be goes on
    // reporting; so does "not ..., but ..." ("the talks are not about Assad, but about ...")
    if (/^,["”’']?\s*but/i.test(m[0]) && (t.tokens.slice(next, next + 4).some((x) => MODAL.test(x.value)) || correlative(t, start, at, next))) continue;
    // ", after" opens the writer's account of what came before only as a clause of its own, with a subject and its
    // verb ("Israel vowed to fight on, after the militants attacked on Oct. 7"); not a phrase ("said Wednesday, after
    // a preliminary inquiry, that ...") nor a relative ("the 2006 war, after which ...")
    if (/after$/i.test(m[0]) && !afterClause(t, next)) continue;
    return at;
  }
  return end;
}

/** The writer's gloss on what a source said, set off by a comma: ", an apparent reference to", ", in a clear
 * allusion to", ", a thinly veiled swipe at" (not "in reference to", which a speaker says of their own words). */
const GLOSS = /,["”’']?\s*(?:in\s+)?an?\s+(?:(?:apparent|clear|obvious|oblique|indirect|implicit|veiled|thinly[- ]veiled)\s+)?(?:reference|allusion|nod|swipe|dig|jab)\s+(?:to|at)\b/i;

/**
 * The writer's comment on what was reported, in apposition after a comma: a noun for the act or the claim and its own
 * relative clause (", a move that could trigger new sanctions", ", a claim that could not be independently verified",
 * ", an incident that prompted ...", ", a sign that ..."), a participle of likeness (", evoking the blockade of
 * ...", ", reminiscent of ..."), or the writer's apposition on the last noun (", itself a response to the raids on
 * ..."). A report inside the comment is a cue of its own (", a decision the group says
 * ...").
 */
const APPOSITIVE_GLOSS =
  /,["”’']?\s*(?:an?\s+(?:[\p{L}-]+\s+){0,2}?(?:move|step|decision|incident|claim|charge|accusation|allegation|assertion|toll|figure|tally|comment|remark|sign|signal|indication|development|reversal|shift|escalation)\s+(?:that|which)\b|evoking\b|reminiscent\s+of\b|itself\s+(?:an?|the)\s)/iu;

/** Where the writer's gloss after a report begins ("..., an apparent reference to the allies", "..., a move that
 * ...": the gloss is the writer's reading of the words, not part of them), or `end`. */
function glossAt(t: Tokenized, start: number, end: number): number {
  const span = t.doc.text.slice(start, end);
  for (const m of [GLOSS.exec(span), APPOSITIVE_GLOSS.exec(span), dashGloss(t, start, span)].filter((x) => x !== null).sort((a, b) => a.index - b.index)) {
    const at = start + m.index;
    if (reportBreak(t, start, at)) return at;
  }
  return end;
}

/** A dash, then a noun phrase (not a clause): "... three times -- a measure of the group's reach", "... the shelling" –
 * a harsh condemnation considering ...", "— the latest escalation of a crisis that ...". */
const DASH_APPOSITIVE = /\s(?:—|–|--)\s+(?:an?|the)\s/gu;
/** Words after which a verb no longer makes the dash's words a clause: a relative, a preposition, a negation. */
const APPOSITIVE_STOP = /^(?:that|which|who|whom|whose|where|when|of|in|for|to|by|with|on|at|from|after|before|about|against|among|between|over|under|than|as|not|considering|including)$/i;

/**
 * The writer's comment set off by a dash at the end of a report: a noun phrase in apposition to what was reported,
 * with no other dash in the report (a pair of dashes sets off an aside inside it, "an invasion of Rafah — the area
 * where ... — was a question of when"), and no clause of its own ("He said the plan was simple — the army would
 * go first" goes on reporting: a verb before any relative or preposition). The match, as a RegExpExecArray's index
 * into `span`, or null.
 */
function dashGloss(t: Tokenized, start: number, span: string): { index: number } | null {
  for (const m of span.matchAll(DASH_APPOSITIVE)) {
    // (a dash that closes a pair, or opens one, sets off an aside: "originate in -- and possibly be aimed at -- the
    // peninsula")
    if (/(?:—|–|--)/u.test(span.slice(0, m.index)) || /(?:—|–|--)/u.test(span.slice(m.index + m[0].length))) return null;
    let k = tokenIndexAt(t, start + m.index + m[0].length);
    for (let n = 0; n < 8 && t.tokens[k] && t.tokens[k]!.start < start + span.length; n++, k++) {
      const x = t.tokens[k]!;
      if (APPOSITIVE_STOP.test(x.value)) return { index: m.index };
      if (isFiniteVerb(x)) break;
      if (n === 7 || /^[,.;:!?]$/.test(x.value)) return { index: m.index };
    }
  }
  return null;
}

/** A break at `at` can end the report that began at `start`: it lies outside a quotation (a break inside one is the
 * quotation's own), with something reported before it. */
function reportBreak(t: Tokenized, start: number, at: number): boolean {
  return !insideQuote(t, at) && /[\p{L}\p{N}]/u.test(t.doc.text.slice(start, at));
}

/** Tokens from `k` on up to the next comma or stop hold a finite verb, and do not open on "which" or "whom". (Not
 * opensClause, which wants the clause to open on its subject's word: "after more than 11,000 people are reported to
 * have died" opens on a count.) */
function afterClause(t: Tokenized, k: number): boolean {
  if (/^(?:which|whom)$/i.test(t.tokens[k]?.value ?? '')) return false;
  for (let j = k; j < t.tokens.length && j < k + 15; j++) {
    const x = t.tokens[j]!;
    if (/^[,;:.!?]$/.test(x.value)) return false;
    if (isFiniteVerb(x)) return true;
  }
  return false;
}

const MODAL = /^(?:would|could|may|might)$/i;

/**
 * Where a report ends at a semicolon that opens a report of its own: "Israel says the convoys got through; the
 * agency says they were turned back" (what comes after the semicolon is the agency's, not Israel's, so the
 * first report ends there); `end` when no semicolon in [start, end) has a cue word after it before `end`. A
 * semicolon with no cue after it goes on with the report ("the port would reopen; the ferries would follow").
 */
function siblingReportAt(t: Tokenized, start: number, end: number): number {
  const text = t.doc.text;
  const cues = cueWords.get(t);
  if (!cues) return end;
  for (let at = text.indexOf(';', start); at !== -1 && at < end; at = text.indexOf(';', at + 1)) {
    if (!reportBreak(t, start, at)) continue;
    for (let k = tokenIndexAt(t, at) + 1; k < t.tokens.length && t.tokens[k]!.start < end; k++) {
      if (t.tokens[k]!.value === ';') break;
      if (cues.has(k)) return at;
    }
  }
  return end;
}

/** verbs of saying with an addressee before what they report ("told Hamas that ...", "urged Israel to ...") */
const TO_ADDRESSEE = /^(?:tell|tells|told|telling|inform|informs|informed|informing|assure|assures|assured|assuring|remind|reminds|reminded|reminding|warn|warns|warned|warning|urge|urges|urged|urging|advise|advises|advised|advising|notify|notifies|notified|notifying)$/i;

/** Where the reported words begin after a verb's addressee: the token after "that", or after "to" before a verb
 * ("Egypt has told Hamas that Israel will attack", "told militants to prepare"); the addressee is named by the
 * writer. -1 when the verb takes no addressee or none is found within a few words. */
function addresseeEnd(toks: Token[], verb: number, tail: number, end: number): number {
  if (!TO_ADDRESSEE.test(toks[verb]!.value)) return -1;
  for (let k = tail + 1; k < end && k <= tail + 10; k++) {
    const x = toks[k]!;
    if (/^that$/i.test(x.value) && x.pos === 'SCONJ') return k + 1 < end ? k + 1 : -1;
    if (/^to$/i.test(x.value) && toks[k + 1]?.pos === 'VERB') return k + 1;
    // (a verb in a hyphened word is part of the addressee's name: "the Hezbollah-linked Al-Manar")
    const hyphened = toks[k - 1]?.value === '-' && toks[k - 1]!.end === x.start;
    if ((isVerb(x) && !hyphened) || /^[.;:!?"“”]$/.test(x.value)) return -1;
  }
  return -1;
}

/** "not ..., but Y" where Y is a phrase and no clause of its own: "not about Assad's future, but about
 * containing the threat", "not al Qaeda, but ISIL, a group spawned by", "not a coordinated act, but a
 * protest that escalated". */
function correlative(t: Tokenized, start: number, at: number, next: number): boolean {
  if (!/\b(?:not|no\s+longer|never)\b|n't\b/i.test(t.doc.text.slice(start, at))) return false;
  // a finite verb (not a participle: "-ing", "spawned by") before the phrase ends makes "but" open a clause of
  // its own
  for (let k = next; k < t.tokens.length && k < next + 25; k++) {
    const x = t.tokens[k]!;
    if (/^[.;:!?—–]$/.test(x.value) || /^(?:that|which|who|as)$/i.test(x.value)) return true;
    if (x.pos === 'AUX' || (x.pos === 'VERB' && !/ing$/i.test(x.value) && !/^by$/i.test(t.tokens[k + 1]?.value ?? ''))) return false;
  }
  return true;
}

/** The source after an inverted verb ends the sentence or is set off by a comma or dash, after the
 * phrase that places it ("says Eytan Gilboa of the Begin-Sadat Center, a think tank"; "said one of the
 * officials, who"); not "said the fate of the journalist depends on ...". */
function sourceSetOff(toks: Token[], from: number, end: number): boolean {
  let k = from;
  if (/^(?:of|at|from|with|in)$/i.test(toks[k]?.value ?? '')) {
    // a name's words (wink may tag "Begin" in "the Begin-Sadat Center" a verb), joined by hyphens
    const inPhrase = (x: Token) => (isWord(x) && (!/^(?:VERB|AUX)$/.test(x.pos) || /^\p{Lu}/u.test(x.value))) || (x.value === '-' && x.start === toks[k - 1]?.end);
    while (k < end && k < from + 12 && inPhrase(toks[k]!)) k++;
  }
  return k >= end || /^[,.;:!?—–]$/.test(toks[k]!.value) || (toks[k]!.value === '-' && toks[k]!.start > toks[k - 1]!.end);
}

/**
 * A description from token `k` (a determiner or a possessive, its noun) and a name after its comma that ends the
 * sentence: the source of an inverted verb, "..., said the director, Tom Baker." ('Harbour Hospital, the largest
 * complex, was running low on supplies, said its director, Tom Baker.' is Baker, not the sentence's subject).
 */
function describedNameAfter(t: Tokenized, k: number, end: number): boolean {
  const toks = t.tokens;
  const x = toks[k];
  const owner = /^(?:his|her|its|their)$/i.test(x?.value ?? '');
  if (!x || k >= end || !(x.pos === 'DET' || owner)) return false;
  const description = npAfter(t, owner ? k + 1 : k, end - 1);
  if (!description || toks[description[1]]!.pos !== 'NOUN' || toks[description[1] + 1]?.value !== ',') return false;
  // (past a title: "its director, Dr. Tom Baker")
  let n = description[1] + 2;
  while (n < end - 1 && isTitleWord(toks[n]!.value)) n++;
  const np = n < end && isNamePart(toks[n]) ? npAfter(t, n, end - 1) : undefined;
  return !!np && isNamePart(toks[np[1]]) && (np[1] + 1 >= end || /^[.!?]$/.test(toks[np[1] + 1]!.value));
}

/** verbs of saying that come before their source ("..., said Rita Katz", "..., writes the Post") */
const INVERTING = /^(?:said|says|say|added|adds|wrote|writes|argued|argues|noted|notes|explained|explains|asked|asks|continued|continues|recalled|recalls|reported|reports|warned|warns|insisted|insists|claimed|claims|predicted|predicts|observed|observes|concluded|concludes|acknowledged|acknowledges|told|tells|declared|declares|stated|states|announced|announces)$/i;

const ASIDE_TIME = new RegExp(`^(?:yesterday|today|tonight|${DAYS})$`, 'i');
/** no aside: a relative clause ("Netanyahu, who has warned ..., vowed"), or a cue with a modal or a
 * negation ("Israel should not respond, said ...") */
const NOT_ASIDE = /^(?:who|whom|which|that|not|n't|never|should|would|could|may|might|must|will|can|shall|wo|ca)$/i;
/** Where the clause an aside interrupts begins: after ", but", ", while", ";" or a colon; at a relative
 * pronoun ("footage that, they said, showed"; "uniforms, some of which, he said, had been hidden") */
const CLAUSE_BREAK = /(?:,\s*(?:but|while|whereas|although|though|yet|and)|;|:)\s+|(?<relative>(?<=(?:,|[–—]|\s-)\s*)(?:\p{L}+\s+of\s+)?(?:which|whom|who)\b|\bthat(?=\s*$))/giu;

/** The words open with a time ("a short while ago", "last week", "this Monday"): up to the first punctuation
 * or preposition, one of them names a time. */
function opensWithTime(words: Token[]): boolean {
  for (const x of words) {
    if (x.pos === 'PUNCT' || x.pos === 'ADP') return false;
    if (TIME_WORD.test(x.value) || TIME_SPAN.test(x.value) || /^ago$/i.test(x.value)) return true;
  }
  return false;
}

/** Where the clause that runs up to `end` begins: after the last clause break between `from` (a sentence's
 * start) and `end`, else at `from`. */
function clauseStart(t: Tokenized, from: number, end: number): number {
  let start = from;
  for (const m of t.doc.text.slice(from, end).matchAll(CLAUSE_BREAK)) start = from + m.index + (m.groups?.relative ? 0 : m[0].length);
  return start;
}

/** A cue set off by commas inside the clause it reports ("The strike, the ministry said on Tuesday, killed
 * 12"; "Israel, he argued, must leave"): the comma that closes the aside, within a few words after the cue,
 * when the clause's verb follows it. -1 otherwise: ", but ...", ", adding that ...", ", as ..." go on in
 * another clause. */
function asideClose(toks: Token[], from: number, end: number, named = false): number {
  // the cue has no object: only a time or place may follow it ("said on Tuesday", "added later")
  const first = toks[from];
  if (first?.value !== ',' && !(first && (first.pos === 'ADV' || (first.pos === 'ADP' && !/^(?:to|of|that)$/i.test(first.value)) || ASIDE_TIME.test(first.value)))) return -1;
  let k = from;
  while (k < end && k < from + 5 && toks[k]!.value !== ',' && !/^(?:that|and|but|as|while|when|because)$/i.test(toks[k]!.value) && isWord(toks[k])) k++;
  if (toks[k]?.value !== ',' || k >= end) return -1;
  let next = k + 1;
  if (toks[next]?.pos === 'ADV' && toks[next + 1]?.pos !== 'PUNCT') next++;
  const verb = toks[next];
  if (verb && next < end && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !/ing$/i.test(verb.value)))) return k;
  // or the sentence's main clause, with a subject of its own, when the source comes before its verb ("If the
  // talks fail, Lee said, the army will stay", "In the end, he said, the deal held"): what came before the
  // source is that clause's opening
  return named && isMainClause(toks, k + 1, end) ? k : -1;
}

/** The tokens from `from` open a clause: a subject of a few nominal words, then a finite verb ("the army
 * will stay", "both sides agreed"); not a conjunction's new clause ("and the army ..."), a phrase
 * that describes what went before ("the clearest sign yet that ...", "the first time he had ...": a relative
 * clause without "that"), or a participle. */
function isMainClause(toks: Token[], from: number, end: number): boolean {
  for (let k = from; k < end && k < from + 8; k++) {
    const x = toks[k]!;
    if (x.pos === 'AUX' || (x.pos === 'VERB' && !/(?:ing|ed|en)$/i.test(x.value))) return k > from;
    if (x.pos === 'VERB' && /ed$/i.test(x.value)) return k > from && !(toks[k + 1]?.pos === 'ADP' && toks[k + 1]!.value !== 'that');
    // a second phrase right after a common noun opens a relative clause ("the first time Hamas heard it",
    // "the day they left"); not a name after its title ("the army chief Dan Levi")
    const prev = toks[k - 1]!;
    if (k > from && prev.pos === 'NOUN' && (/^(?:DET|PRON)$/.test(x.pos) || (x.pos === 'PROPN' && !isTitleWord(prev.value)))) return false;
    // an adverb between the subject and its verb ("Hamas fighters still use them")
    if (x.pos === 'ADV' && k > from && /^(?:AUX|VERB)$/.test(toks[k + 1]?.pos ?? '')) continue;
    // a subject of two phrases or with a phrase after its noun ("Lee and his team seemed", "many in the audience
    // cheered", "a trio of PACs have reported"); not opening the clause ("and the army ...", "in Gaza ...")
    if (k > from && SUBJECT_JOINER.test(x.value) && /^(?:NOUN|PROPN|PRON|ADJ|NUM)$/.test(prev.pos) && /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(toks[k + 1]?.pos ?? '')) continue;
    if (!/^(?:DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(x.pos) && !(x.pos === 'PART' && /^['’]s$/.test(x.value))) return false;
  }
  return false;
}

/** Words inside a subject that join its phrases: "and", or a preposition after its noun. */
const SUBJECT_JOINER = /^(?:and|of|in|from|at|for)$/i;

export function attributionCues(t: Tokenized, lexical: Marker[], _quotes: Quote[]): Marker[] {
  return resolveCues(t, lexical);
}
