/**
 * Build-time warnings for article lines that look like page furniture (share rows, captions, menu
 * items…) but are published: the same check the importer runs after cleaning
 * (src/importer/suspicious-lines.ts), over every article, with the file and line of each. Warnings
 * only: editors decide what stays.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleInput } from '../engine/types.ts';
import { suspiciousLines, type SuspiciousLine } from '../importer/suspicious-lines.ts';
import { articleKey, type FurnitureCache } from './furniture-cache.ts';

/** A suspicious line of one article file. */
export interface FurnitureWarning extends SuspiciousLine {
  file: string;
}

/** The 1-based line of `body`'s first line in `text`, the whole file (1 when it is not found). */
function bodyFirstLine(text: string, body: string): number {
  const at = body === '' ? -1 : text.lastIndexOf(body);
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

/**
 * The warnings for every article; `files` maps `article:<id>` to the file (as the corpus loader
 * records it). A file that cannot be re-read is checked with line numbers relative to its body.
 * With a cache (furniture-cache.ts), an article whose file and body are the last build's is not checked again.
 */
export function furnitureWarnings(articles: readonly ArticleInput[], files: ReadonlyMap<string, string>, cache?: FurnitureCache): FurnitureWarning[] {
  return articles.flatMap((article) => {
    const file = files.get(`article:${article.id}`) ?? `${article.id}.md`;
    let text: string | null = null;
    try {
      text = readFileSync(path.resolve(file), 'utf8');
    } catch {
      text = null;
    }
    const check = (): SuspiciousLine[] => suspiciousLines(article.body, text === null ? 1 : bodyFirstLine(text, article.body));
    const lines = cache ? cache.get(articleKey(text, article.body), check) : check();
    return lines.map((found) => ({ file, ...found }));
  });
}

/** One warning as a build-log line: `file:line: reason: "text"`. */
export function formatFurnitureWarning(warning: FurnitureWarning): string {
  return `${warning.file}:${warning.line}: ${warning.reason}: "${warning.text}"`;
}
