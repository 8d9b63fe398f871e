/**
 * A digest of the sources that shape rendered article HTML. Passed to the sentence plugin as an
 * option so that Astro's render cache is invalidated when they change (withastro/astro#13028).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const SOURCES = [
  './blocks.ts',
  '../engine/02-segment.ts',
  '../engine/text.ts',
  './pipeline.ts',
  './rehype-article-links.ts',
  './rehype-content-ids.ts',
  './rehype-sentences.ts',
  './remark-article-syntax.ts',
  './sanitize-schema.ts',
];

/** 12 hex digits of SHA-256 over the plugin sources. */
export function pluginVersion(): string {
  const hash = createHash('sha256');
  for (const source of SOURCES) hash.update(readFileSync(new URL(source, import.meta.url)));
  return hash.digest('hex').slice(0, 12);
}
