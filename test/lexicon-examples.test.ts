// Every example of every default lexicon entry as its own named test case, through the real
// normalize -> tokenize -> detect path; and the default set as a whole.
import { describe, expect, it } from 'vitest';
import type { LoadedEntry } from '../pipeline/lexicon/compile.ts';
import { checkExample, exampleCases, type ExampleCase } from '../pipeline/lexicon/examples.ts';
import { checkLexicons } from '../pipeline/lexicon/load.ts';

const { entries, lexicon } = await checkLexicons({ examples: false });

const byEntry = new Map<LoadedEntry, ExampleCase[]>();
for (const c of exampleCases(entries)) byEntry.set(c.entry, [...(byEntry.get(c.entry) ?? []), c]);
const categories = [...new Set(entries.map((e) => e.category))].sort();

for (const category of categories) {
  describe(category, () => {
    for (const entry of entries.filter((e) => e.category === category)) {
      describe(entry.id, () => {
        for (const c of byEntry.get(entry) ?? []) {
          it(`${c.kind} ${c.index + 1}: ${c.text}`, () => {
            const fault = checkExample(c, lexicon);
            const where = fault && `${fault.origin.file}:${fault.origin.line}:${fault.origin.col}: ${fault.message}`;
            expect(fault, where).toBeUndefined();
          });
        }
      });
    }
  });
}

describe('default lexicons', () => {
  it('load with zero faults, examples included', async () => {
    const { faults } = await checkLexicons();
    expect(faults.map((f) => `${f.file}:${f.line}:${f.col}: ${f.code} ${f.message}`)).toEqual([]);
  });

  it('hold at least 350 entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(350);
  });

  it('give every entry at least one match and one nomatch example', () => {
    const missing = entries.filter((e) => !byEntry.get(e)?.some((c) => c.kind === 'match') || !byEntry.get(e)?.some((c) => c.kind === 'nomatch'));
    expect(missing.map((e) => e.id)).toEqual([]);
  });
});
