/**
 * Wires the content folders to their schemas. The content root is `$CONTENT_DIR` or `./content`.
 * Every collection is read by the project's one content reader (src/corpus/load.ts, through
 * src/corpus/astro-loaders.ts), which also checks references between collections and everything
 * Astro's own loaders only log (read errors, duplicate ids, bad encodings, skipped files).
 */
import { defineCollection } from 'astro:content';
import { corpusLoader } from './corpus/astro-loaders.ts';
import { contentDir } from './corpus/load.ts';
import { articleSchema } from './schemas/article.ts';
import { outletSchema } from './schemas/outlet.ts';
import { storySchema } from './schemas/story.ts';

const root = contentDir();

const stories = defineCollection({ loader: corpusLoader('stories', root), schema: storySchema });

const outlets = defineCollection({ loader: corpusLoader('outlets', root), schema: outletSchema });

// Articles may sit in sub-folders; the file name alone is the id (and part of the URL).
const articles = defineCollection({ loader: corpusLoader('articles', root), schema: articleSchema });

export const collections = { stories, outlets, articles };
