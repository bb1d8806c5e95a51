// The generated files (lexicons/schema.json, lexicons/README.md) match what the generator makes now, and
// every lexicon file points editors at the schema.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_PATH,
  generated,
  renderCatalogue,
  renderJsonSchema,
  SCHEMA_PATH,
  SCHEMA_POINTER,
} from '../pipeline/lexicon/generate.ts';
import { checkLexicons, DEFAULT_LEXICONS } from '../pipeline/lexicon/load.ts';
import { FORMS } from '../pipeline/lexicon/schema.ts';

const STALE = 'is stale: run npm run lexicons:build';

/** Whether the file holds `expected`, and if not a message naming the first line that differs. */
function staleness(path: string, name: string, expected: string): [boolean, string] {
  if (!existsSync(path)) return [false, `${name} is missing: run npm run lexicons:build`];
  const actual = readFileSync(path, 'utf8');
  if (actual === expected) return [true, ''];
  const [a, b] = [actual.split('\n'), expected.split('\n')];
  const i = a.findIndex((line, k) => line !== b[k]);
  const n = i === -1 ? a.length : i;
  return [false, `${name} ${STALE} (line ${n + 1} is ${JSON.stringify(a[n] ?? '')}, should be ${JSON.stringify(b[n] ?? '')})`];
}

describe('generated lexicon files', () => {
  it('lexicons/schema.json is up to date', () => {
    const [fresh, message] = staleness(SCHEMA_PATH, 'lexicons/schema.json', renderJsonSchema());
    expect(fresh, message).toBe(true);
  });

  it('lexicons/README.md is up to date', async () => {
    const [fresh, message] = staleness(CATALOGUE_PATH, 'lexicons/README.md', (await generated()).catalogue);
    expect(fresh, message).toBe(true);
  });
});

describe('schema pointer', () => {
  const files = readdirSync(DEFAULT_LEXICONS).filter((f) => /\.ya?ml$/.test(f)).sort();
  it('finds the lexicon files', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  it.each(files)('lexicons/%s starts with the yaml-language-server schema line', (file) => {
    const first = readFileSync(join(DEFAULT_LEXICONS, file), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0];
    expect(first).toBe(SCHEMA_POINTER);
  });
  it.each(files)('lexicons/%s holds the category of its name', (file) => {
    const category = /^category:\s*(\S+)/m.exec(readFileSync(join(DEFAULT_LEXICONS, file), 'utf8'))?.[1];
    expect(category).toBe(file.replace(/\.ya?ml$/, ''));
  });
});

describe('renderJsonSchema', () => {
  const schema = JSON.parse(renderJsonSchema()) as Record<string, any>;
  const entry = schema.properties.entries.items;

  it('is deterministic, pretty-printed, with a trailing newline', () => {
    const text = renderJsonSchema();
    expect(renderJsonSchema()).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "$schema": "http://json-schema.org/draft-07/schema#",');
  });

  it('forbids unknown keys at every level, as the loader does', () => {
    expect(schema.additionalProperties).toBe(false);
    expect(entry.additionalProperties).toBe(false);
    expect(entry.properties.unless.additionalProperties).toBe(false);
  });

  it('carries the required keys, the enums and the kind rules', () => {
    expect(schema.required).toEqual(['category', 'description', 'entries']);
    expect(entry.required).toEqual(['id', 'kind', 'form', 'match', 'nomatch']);
    expect(entry.properties.form.enum).toEqual([...FORMS]);
    expect(entry.properties.kind.enum).toEqual(['phrase', 'pattern']);
    expect(entry.allOf).toHaveLength(2);
    expect(entry.allOf[0].then.required).toEqual(['terms']);
    expect(entry.allOf[1].then.required).toEqual(['pattern']);
  });
});

describe('renderCatalogue', () => {
  it('lists each category with its description, then each entry with terms and a bold example', async () => {
    const { entries, descriptions } = await checkLexicons({ defaults: false, dirs: ['test/fixtures/lexicons/valid'] });
    const md = renderCatalogue(entries, descriptions);
    expect(md).toBe(renderCatalogue(entries, descriptions));
    const lines = md.split('\n');
    expect(lines).toContain('| [harbour](#harbour) | 3 | A small valid lexicon for the loader tests (made-up harbour vocabulary). |');
    expect(lines).toContain('## harbour');
    expect(lines).toContain('| id | referent | form | terms | example |');
    expect(lines).toContain(
      '| `harbour.master` | harbour-office | official | harbour master, harbourmaster | The **harbour master** closed the quay at dawn. |',
    );
    expect(lines).toContain(
      '| `harbour.keeper` | harbour-office | common | lighthouse keeper (and inflections) | Two **lighthouse keepers** rowed out to the wreck. |',
    );
    expect(lines).toContain(
      '| `harbour.tide-table` |  | descriptor | pattern `(?<![\\p{L}\\p{N}])tide (?<mark>tables?)(?![\\p{L}\\p{N}])` | The port office printed new tide **tables** for the season. |',
    );
    expect(md.endsWith('|\n')).toBe(true);
  });

  it('escapes table and emphasis characters, and shows stance only where a category has it', async () => {
    const { entries, descriptions } = await checkLexicons({ defaults: false, dirs: ['test/fixtures/lexicons/valid'] });
    const [master, , tide] = entries;
    const odd = [
      { ...master!, stance: 'neutral' as const, match: ['A *starred* [[harbour master]] | and_more.'] },
      { ...tide!, pattern: 'a|b`c' },
    ];
    const lines = renderCatalogue(odd, descriptions).split('\n');
    expect(lines).toContain('| id | referent | form | stance | terms | example |');
    expect(lines).toContain(
      '| `harbour.master` | harbour-office | official | neutral | harbour master, harbourmaster | A \\*starred\\* **harbour master** \\| and\\_more. |',
    );
    expect(lines).toContain('| `harbour.tide-table` |  | descriptor |  | pattern ``a\\|b`c`` | The port office printed new tide **tables** for the season. |');
  });
});
