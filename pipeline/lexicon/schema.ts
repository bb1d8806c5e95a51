// The one schema module: drives validation, lexicons/schema.json and the catalogue.
import { z } from 'zod';

export const FORMS = [
  // naming forms (taxonomy §14.2)
  'official',
  'self-designation',
  'common',
  'descriptor',
  'opponent',
  'competing-national',
  'legal-institutional',
  'designation-label',
  'designation-attributed',
  'non-recognition',
  'historical',
  'metonym',
  // evaluative vocabulary
  'loaded',
  'evaluative',
  'intensifier',
  // attribution and sourcing
  'reporting-verb',
  'according-to',
  'evidential',
  'headline-tag',
  'named',
  'anonymous',
  'relayed',
  'verification',
  // qualifiers, hedges, causal framing, distancing
  'qualifier',
  'hedge',
  'booster',
  'initiator',
  'response',
  'equivalence',
  'sequence',
  'distancing',
  // casualty and violence: how harm is encoded (taxonomy C6)
  'active-agent',
  'passive-agent',
  'passive-cause',
  'passive-agentless',
  'intransitive',
  'intransitive-valorising',
  'found-dead',
  'inanimate-agent',
  'event-nominal',
  'participle-clause',
  'military-euphemism',
] as const;

export const STANCE_VALUES = ['neutral', 'distancing', 'endorsing'] as const;

const kebab = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
const nonEmpty = z.string().min(1, 'must not be empty');
/** An optional, non-empty list of words or phrases. */
const phrases = (what: string) => z.array(nonEmpty).min(1).optional().describe(what);

export const UnlessSchema = z
  .strictObject({
    before: phrases('words or phrases that, right before the match, cancel it'),
    after: phrases('words or phrases that, right after the match, cancel it'),
    within: phrases('longer phrases: a match that lies inside one of them is cancelled (e.g. "Times of Israel")'),
  })
  .describe('context exceptions');

export const RequiresSchema = z
  .strictObject({
    before: phrases('words or phrases of which one must come right before the match'),
    after: phrases('words or phrases of which one must come right after the match'),
    quote: z
      .literal(true)
      .optional()
      .describe('next to a quotation: one closes just before the match (," she continued) or opens just after it (joked: "...")'),
  })
  .describe('context conditions: the match counts only in these contexts (e.g. a verb only before "that")');

export const EntrySchema = z
  .strictObject({
    id: z.string().regex(kebab, 'lower-case words joined by - or .').describe('unique id, e.g. west-bank.judea-samaria'),
    kind: z.enum(['phrase', 'pattern']).describe('phrase: a list of terms; pattern: one regular expression'),
    terms: phrases('phrase entries: the terms, matched case-insensitively on word bounds'),
    pattern: nonEmpty.optional().describe('pattern entries: a JavaScript regular expression (flags iu); a group named `mark` narrows the span'),
    inflect: z.boolean().optional().describe('also match inflections of each term\'s last word (claim: claims, claimed, claiming)'),
    referent: z.string().regex(kebab, 'lower-case words joined by - or .').optional().describe('counterpart set this form belongs to, e.g. west-bank'),
    form: z.enum(FORMS).describe('form type within the counterpart set or category'),
    stance: z.enum(STANCE_VALUES).optional().describe('attribution cues: neutral, distancing or endorsing'),
    note: z.string().optional(),
    sources: z.array(nonEmpty).optional().describe('style-guide or research references (taxonomy §16 keys)'),
    unless: UnlessSchema.optional(),
    requires: RequiresSchema.optional(),
    match: z.array(nonEmpty).min(1).describe('sentences that must match; the expected span is marked [[...]]'),
    nomatch: z.array(nonEmpty).min(1).describe('sentences that must produce no hit from this entry'),
  })
  .describe('one lexicon entry');

export const LexiconFileSchema = z
  .strictObject({
    category: z.string().regex(kebab, 'lower-case words joined by -').describe('category name; files with the same category are merged'),
    description: nonEmpty,
    disable: z.array(nonEmpty).optional().describe('ids of entries (from lower layers) to remove'),
    entries: z.array(EntrySchema).describe('the entries'),
  })
  .describe('a framewatch lexicon file');

export type LexiconEntry = z.infer<typeof EntrySchema>;
export type LexiconFile = z.infer<typeof LexiconFileSchema>;
