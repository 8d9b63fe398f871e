/**
 * Astro content loaders built on the project's one content reader (src/corpus/load.ts), so the site
 * publishes exactly what the content check accepted: the same files (sub-folders included, drafts
 * in dot-folders skipped and reported), the same YAML reading, the same cleaned text and limits.
 * Astro's own glob() and file() loaders read YAML, file names and encodings their own way, which
 * once let a file pass the check and vanish from the site, or fail inside Astro without its path.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { pluginVersion } from '../markdown/plugin-version.ts';
import { checkedCorpus } from './checked.ts';
import { loadCorpus, type LoadedCorpus } from './load.ts';
import { ContentError } from './problems.ts';

/** The collections the content folder holds. */
export type CorpusCollection = 'stories' | 'outlets' | 'articles';

/** One stored entry before Astro validates it. */
interface Entry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  file: string | undefined;
}

/** A loader for one collection of the content folder at `root`. */
export function corpusLoader(collection: CorpusCollection, root: string): Loader {
  return {
    name: `factcheck-${collection}`,
    load: async (context) => {
      // A build publishes the corpus its content check read a moment ago (checked.ts); `astro dev`
      // (which watches the files) reads them again.
      await sync(collection, root, context, context.watcher ? undefined : checkedCorpus(root));
      if (!context.watcher) return;
      context.watcher.add(root);
      context.watcher.on('all', (_event, changed) => {
        if (changed === root || changed.startsWith(root + path.sep)) {
          sync(collection, root, context).catch((error: unknown) => context.logger.error(String(error instanceof Error ? error.message : error)));
        }
      });
    },
  };
}

async function sync(collection: CorpusCollection, root: string, context: LoaderContext, checked?: LoadedCorpus): Promise<void> {
  const { store, parseData, renderMarkdown, generateDigest, config } = context;
  let corpus: LoadedCorpus;
  try {
    corpus = checked ?? loadCorpus(root, { only: collection });
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const problem = new AstroError(error.message, 'Fix the files listed above, then build again.');
    problem.stack = '';
    throw problem;
  }
  const version = pluginVersion();
  const projectRoot = fileURLToPath(config.root);
  const seen = new Set<string>();
  for (const entry of entries(collection, corpus)) {
    seen.add(entry.id);
    const filePath = entry.file === undefined ? undefined : path.resolve(entry.file);
    const digest = generateDigest({ data: entry.data, body: entry.body ?? null, version });
    if (store.get(entry.id)?.digest === digest) continue;
    const data = await parseData({ id: entry.id, data: entry.data, ...(filePath ? { filePath } : {}) });
    // An empty frontmatter block first, so Astro's renderer never reads a body that starts with
    // "---" as a second frontmatter block (its parser accepts one after blank lines, too).
    const rendered = entry.body === undefined ? undefined : await renderMarkdown(`---\n---\n${entry.body}`);
    store.set({
      id: entry.id,
      data,
      digest,
      ...(entry.body === undefined ? {} : { body: entry.body }),
      ...(rendered ? { rendered } : {}),
      ...(filePath ? { filePath: path.relative(projectRoot, filePath).split(path.sep).join('/') } : {}),
    });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
}

/** The collection's entries as the loader stores them. */
function entries(collection: CorpusCollection, corpus: LoadedCorpus): Entry[] {
  switch (collection) {
    case 'stories':
      return corpus.stories.map(({ id, body, ...data }) => ({ id, data, body, file: corpus.files.get(`story:${id}`) }));
    case 'articles':
      return corpus.articles.map(({ id, body, ...data }) => ({ id, data, body, file: corpus.files.get(`article:${id}`) }));
    case 'outlets':
      return corpus.outlets.map((outlet) => ({ id: outlet.id, data: { ...outlet }, file: corpus.files.get(`outlet:${outlet.id}`) }));
  }
}
