import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** framewatch's version, from package.json (part of every cache key). */
export const VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * A fingerprint of the code that analyses: every source file under `pipeline/`, with package.json and
 * package-lock.json (the NLP model's version among them), by path and content in sorted order. Part of every
 * cache key beside the version: a checkout updated in place keeps its version number, and a rerun after the
 * update must analyse every document again rather than mix the old code's results with the new code's.
 */
export function codeFingerprint(root = ROOT): string {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.(?:ts|cjs|mjs|js)$/.test(e.name)) files.push(path);
    }
  };
  walk(join(root, 'pipeline'));
  files.push(join(root, 'package.json'), join(root, 'package-lock.json'));
  const hash = createHash('sha256');
  for (const file of files.map((f) => relative(root, f)).sort()) {
    let content: Buffer;
    try {
      content = readFileSync(join(root, file));
    } catch {
      continue; // (no lock file in an installed copy)
    }
    hash.update(`${file}\0${content.length}\0`).update(content);
  }
  return hash.digest('hex').slice(0, 16);
}
