/**
 * Reads the content collections once per build and hands pages plain, sorted records.
 * The engine's input (CorpusInput) is built here from the same entries the pages render.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { CorpusInput } from '../engine/types.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type StoryEntry = CollectionEntry<'stories'>;
export type OutletEntry = CollectionEntry<'outlets'>;

/** All content, sorted: stories newest first, articles by date then id, outlets by name. */
export interface SiteContent {
  stories: StoryEntry[];
  articles: ArticleEntry[];
  outlets: OutletEntry[];
  outletById: Map<string, OutletEntry>;
  storyById: Map<string, StoryEntry>;
  articleById: Map<string, ArticleEntry>;
}

let cached: Promise<SiteContent> | undefined;

/** The site's content, loaded once per build. */
export function loadSiteContent(): Promise<SiteContent> {
  cached ??= (async () => {
    const [stories, articles, outlets] = await Promise.all([
      getCollection('stories'),
      getCollection('articles'),
      getCollection('outlets'),
    ]);
    stories.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
    articles.sort((a, b) => a.data.published.localeCompare(b.data.published) || a.id.localeCompare(b.id));
    outlets.sort((a, b) => a.data.name.localeCompare(b.data.name));
    return {
      stories,
      articles,
      outlets,
      outletById: new Map(outlets.map((outlet) => [outlet.id, outlet])),
      storyById: new Map(stories.map((story) => [story.id, story])),
      articleById: new Map(articles.map((article) => [article.id, article])),
    };
  })();
  return cached;
}

/** The engine's input, from the same entries the pages render. */
export function toCorpusInput(content: SiteContent): CorpusInput {
  return {
    stories: content.stories.map((story) => ({ id: story.id, ...story.data })),
    outlets: content.outlets.map((outlet) => ({ ...outlet.data, id: outlet.id })),
    articles: content.articles.map((article) => ({ id: article.id, ...article.data, body: article.body ?? '' })),
  };
}
