/**
 * Wires the content folders to their schemas. The content root is `$CONTENT_DIR` or `./content`.
 * References between collections (article → outlet, article → story) and everything Astro only
 * logs (read errors, duplicate ids, bad encodings) are checked by src/corpus/load.ts before the build.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_LAYOUT, contentDir } from './corpus/load.ts';
import { articleSchema } from './schemas/article.ts';
import { outletSchema } from './schemas/outlet.ts';
import { storySchema } from './schemas/story.ts';

const root = contentDir();
const folder = (name: string): URL => pathToFileURL(path.join(root, name) + path.sep);

const stories = defineCollection({
  loader: glob({ pattern: '*.md', base: folder(CONTENT_LAYOUT.stories) }),
  schema: storySchema,
});

const outlets = defineCollection({
  loader: file(path.join(root, CONTENT_LAYOUT.outlets)),
  schema: outletSchema,
});

const articles = defineCollection({
  // Articles may sit in sub-folders; the file name alone is the id (and part of the URL).
  loader: glob({
    pattern: '**/*.md',
    base: folder(CONTENT_LAYOUT.articles),
    generateId: ({ entry }) => path.posix.basename(entry, '.md'),
  }),
  schema: articleSchema,
});

export const collections = { stories, outlets, articles };
