/**
 * The engine's data model: what goes in (a corpus of validated content) and what comes out
 * (a CorpusAnalysis). Plain data only, so pages, the CLI, tests and the benchmark share it.
 */

/** A news event that several articles report. */
export interface StoryInput {
  id: string;
  title: string;
  /** ISO date `YYYY-MM-DD` of the event. */
  date: string;
  summary: string;
}

/** A publisher. `kind: 'agency'` marks wire services, whose copy other outlets reprint. */
export interface OutletInput {
  id: string;
  name: string;
  url: string;
  country?: string | undefined;
  kind: 'newspaper' | 'broadcaster' | 'agency' | 'magazine' | 'online' | 'other';
}

/** One article: its metadata and its Markdown body (the text the site renders). */
export interface ArticleInput {
  id: string;
  title: string;
  story: string;
  outlet: string;
  /** ISO date `YYYY-MM-DD`. */
  published: string;
  url?: string | undefined;
  author?: string | undefined;
  /** The Markdown body, without frontmatter. */
  body: string;
}

/** Everything the engine reads. */
export interface CorpusInput {
  stories: StoryInput[];
  outlets: OutletInput[];
  articles: ArticleInput[];
}

/** A sentence of an article, as segmented by stage 2. */
export interface Sentence {
  /** Stable id `s-xxxxxxxx` (with `-2`, `-3` for repeats), the anchor on the article page. */
  id: string;
  article: string;
  /** Index of the block (paragraph, list item, ...) in the article. */
  block: number;
  /** Index of the sentence in the article, in reading order. */
  index: number;
  /** The sentence exactly as on the page (whitespace collapsed). */
  text: string;
}
