/**
 * The labelled real stories the engine is measured on (`src/quality/sets/<story>/`): each holds the
 * outlets' stored reports as received (`raw/`), the articles as the importer made them (`content/`,
 * a content tree of its own), the hand-made gold annotation (`gold.json`, explained in `GOLD.md`)
 * and the engine's expected output (`expected-claims.json`, the golden file).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Gold } from './score.ts';

/** Where the labelled stories live. */
export const SETS_DIR = path.resolve(import.meta.dirname, 'sets');

/** One labelled story on disk. */
export interface LabelledSet {
  /** Folder name, which is also the story id of its content tree. */
  id: string;
  dir: string;
  /** The content tree to load with `loadCorpus` (`content/`, or the folder itself for test fixtures). */
  content: string;
  gold: Gold;
  /** Source texts by gold source key: the raw files, or the article files when there is no `raw/`. */
  sources: Map<string, string>;
  /** Article file texts (frontmatter included) by article id, as the scorer compares them. */
  articleFiles: Map<string, string>;
}

/** Every labelled story, sorted by id. */
export function labelledSets(root: string = SETS_DIR): LabelledSet[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(root, entry.name, 'gold.json')))
    .map((entry) => entry.name)
    .sort()
    .map((id) => readSet(path.join(root, id)));
}

/** Reads one labelled story folder. */
export function readSet(dir: string): LabelledSet {
  const id = path.basename(dir);
  const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Gold;
  // A set made for tests keeps its content tree in the folder itself and keys its gold by article id.
  const content = existsSync(path.join(dir, 'content')) ? path.join(dir, 'content') : dir;
  const articlesDir = path.join(content, 'articles');
  const articleFiles = new Map<string, string>();
  for (const name of readdirSync(articlesDir).filter((n) => n.endsWith('.md')).sort()) {
    articleFiles.set(name.replace(/\.md$/, ''), readFileSync(path.join(articlesDir, name), 'utf8'));
  }
  const rawDir = path.join(dir, 'raw');
  const sources = new Map<string, string>();
  if (existsSync(rawDir)) for (const name of readdirSync(rawDir).sort()) sources.set(name, readFileSync(path.join(rawDir, name), 'utf8'));
  else for (const [article, text] of articleFiles) sources.set(article, text);
  return { id, dir, content, gold, sources, articleFiles };
}
