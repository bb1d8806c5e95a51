import { readFileSync } from 'node:fs';

/** framewatch's version, from package.json (part of every cache key). */
export const VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
