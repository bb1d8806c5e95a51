// generate: the schema module and the default lexicons -> lexicons/schema.json (for editors) and
// lexicons/README.md (the catalogue). Both are derived, never edited; a test fails when they are stale.
// Run directly (`npx tsx pipeline/lexicon/generate.ts`) to rewrite both.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { formatFaults, type LexiconFault } from '../errors.ts';
import { writeAtomic } from '../report/write.ts';
import type { LoadedEntry } from './compile.ts';
import { parseExample } from './examples.ts';
import { checkLexicons, DEFAULT_LEXICONS } from './load.ts';
import { EntrySchema, LexiconFileSchema } from './schema.ts';

export const SCHEMA_PATH = resolve(DEFAULT_LEXICONS, 'schema.json');
export const CATALOGUE_PATH = resolve(DEFAULT_LEXICONS, 'README.md');
/** The first line of every lexicon file. */
export const SCHEMA_POINTER = '# yaml-language-server: $schema=./schema.json';
const BUILD = 'npm run lexicons:build';

/** JSON Schema (draft-07, which yaml-language-server reads fully) for one lexicon file. */
export function renderJsonSchema(): string {
  const schema = z.toJSONSchema(LexiconFileSchema, {
    target: 'draft-07',
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      // the loader's kind/field rules (LEX003, LEX010), so editors flag them as well
      if (zodSchema === EntrySchema) {
        jsonSchema.allOf = [
          { if: { properties: { kind: { const: 'phrase' } } }, then: { required: ['terms'], not: { required: ['pattern'] } } },
          {
            if: { properties: { kind: { const: 'pattern' } } },
            then: { required: ['pattern'], allOf: [{ not: { required: ['terms'] } }, { not: { required: ['inflect'] } }] },
          },
        ];
      }
    },
  });
  const { $schema, ...rest } = schema as Record<string, unknown>;
  const document = {
    $schema,
    title: 'framewatch lexicon file',
    $comment: `Generated from pipeline/lexicon/schema.ts by ${BUILD}; do not edit.`,
    ...rest,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The catalogue: every category with its description, then one table row per entry. */
export function renderCatalogue(entries: LoadedEntry[], descriptions: Map<string, string>): string {
  const byCategory = new Map<string, LoadedEntry[]>();
  for (const e of entries) byCategory.set(e.category, [...(byCategory.get(e.category) ?? []), e]);
  const categories = [...byCategory.keys()].sort();
  const referents = new Set(entries.flatMap((e) => (e.referent ? [e.referent] : [])));
  const out: string[] = [
    `<!-- Generated from lexicons/*.yml by \`${BUILD}\` (pipeline/lexicon/generate.ts); do not edit. -->`,
    '# Lexicon catalogue',
    '',
    `The default lexicons: ${entries.length} entries in ${categories.length} categories, ${referents.size} referents ` +
      '(counterpart sets: the competing names for one thing). Each entry lists its terms or pattern and the first of ' +
      'its `match` examples, with the span it must hit in bold. The entry format is described in ' +
      '`pipeline/lexicon/schema.ts`; editors that read `schema.json` check the files as you type.',
    '',
    '| category | entries | description |',
    '|---|---:|---|',
    ...categories.map((c) => `| [${c}](#${c}) | ${byCategory.get(c)!.length} | ${cell(descriptions.get(c) ?? '')} |`),
  ];
  for (const category of categories) {
    const list = byCategory.get(category)!;
    const columns: [string, (e: LoadedEntry) => string][] = [
      ['id', (e) => code(e.id)],
      ...(list.some((e) => e.referent) ? [['referent', (e: LoadedEntry) => cell(e.referent ?? '')] as [string, (e: LoadedEntry) => string]] : []),
      ['form', (e) => cell(e.form)],
      ...(list.some((e) => e.stance) ? [['stance', (e: LoadedEntry) => cell(e.stance ?? '')] as [string, (e: LoadedEntry) => string]] : []),
      ['terms', terms],
      ['example', (e) => example(e.match[0] ?? '')],
    ];
    out.push(
      '',
      `## ${category}`,
      '',
      cell(descriptions.get(category) ?? ''),
      '',
      `| ${columns.map(([name]) => name).join(' | ')} |`,
      `|${columns.map(() => '---').join('|')}|`,
      ...list.map((e) => `| ${columns.map(([, render]) => render(e)).join(' | ')} |`),
    );
  }
  return `${out.join('\n')}\n`;
}

function terms(e: LoadedEntry): string {
  if (e.kind === 'pattern') return `pattern ${code(e.pattern ?? '')}`;
  return cell((e.terms ?? []).join(', ')) + (e.inflect ? ' (and inflections)' : '');
}

/** The first match sentence, its marked spans in bold. */
function example(marked: string): string {
  const { text, spans } = parseExample(marked);
  let out = '';
  let last = 0;
  for (const [a, b] of spans) {
    out += cell(text.slice(last, a)) + `**${cell(text.slice(a, b))}**`;
    last = b;
  }
  return out + cell(text.slice(last));
}

/** Markdown table cell text: no markup, no line breaks. */
function cell(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').replace(/[\\`*_[\]<>|]/g, '\\$&');
}

/** A code span that survives backticks and pipes in a table cell. */
function code(s: string): string {
  const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** Both generated files as they should be now, from the default lexicons, and the faults met on the way. */
export async function generated(): Promise<{ schema: string; catalogue: string; faults: LexiconFault[] }> {
  const { entries, descriptions, faults } = await checkLexicons({ examples: false });
  return { schema: renderJsonSchema(), catalogue: renderCatalogue(entries, descriptions), faults };
}

/** Rewrites lexicons/schema.json always, and lexicons/README.md when the lexicons load without faults. */
export async function writeGenerated(): Promise<{ written: string[]; faults: string }> {
  const { schema, catalogue, faults } = await generated();
  writeAtomic(SCHEMA_PATH, schema);
  if (faults.length > 0) return { written: [SCHEMA_PATH], faults: formatFaults(faults, 'text') };
  writeAtomic(CATALOGUE_PATH, catalogue);
  return { written: [SCHEMA_PATH, CATALOGUE_PATH], faults: '' };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { written, faults } = await writeGenerated();
  for (const path of written) process.stderr.write(`wrote ${path}\n`);
  if (faults) {
    process.stderr.write(`${faults}\nlexicons/README.md not rewritten: fix the faults first\n`);
    process.exitCode = 2;
  }
}
