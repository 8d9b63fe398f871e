/**
 * In-memory corpora for engine tests: a story, its outlets and articles written in the test, run
 * through the whole engine (`analyze`) or through the declared stages up to one of them
 * (`storyAt`), with the site's own Markdown reading. Nothing is read from disk.
 */
import { analyzeCorpus, stageContext, type AnalyzeOptions } from '../../../../src/engine/index.ts';
import type { AnnotatedStory, JudgedStory, MatchedStory, RelatedStory, SegmentedStory, StageContext, StoryBundle } from '../../../../src/engine/contracts.ts';
import { byPublished } from '../../../../src/engine/03-annotate/near-duplicates.ts';
import { STAGES } from '../../../../src/engine/pipeline.ts';
import type { ArticleInput, CorpusAnalysis, CorpusInput, OutletInput, StoryInput } from '../../../../src/engine/types.ts';
import { markdownToBlocks } from '../../../../src/markdown/blocks.ts';

/** The story every in-memory corpus is about unless a test names another. */
export const STORY: StoryInput = { id: 'test-story', title: 'Test story', date: '2030-03-02', summary: 'A story written in a test.' };

/** "kyiv-post" → "Kyiv Post". */
function titleOf(id: string): string {
  return id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** An outlet record; the name defaults to the id in title case. */
export function outlet(id: string, name: string = titleOf(id), kind: OutletInput['kind'] = 'newspaper'): OutletInput {
  return { id, name, url: `https://${id}.example/`, kind };
}

/** One article of a test corpus: `body` is Markdown, or paragraphs to join with blank lines. */
export interface ArticleSpec {
  id: string;
  outlet: string;
  body: string | readonly string[];
  published?: string;
  story?: string;
  title?: string;
}

/** Options of a test corpus. */
export interface CorpusSpec {
  /** Outlets by id; any outlet an article names and this list lacks is made with `outlet(id)`. */
  outlets?: readonly OutletInput[];
  /** Stories (default: STORY alone). */
  stories?: readonly StoryInput[];
}

/** A corpus of the given articles (published on the story's day unless they say otherwise). */
export function corpusOf(articles: readonly ArticleSpec[], spec: CorpusSpec = {}): CorpusInput {
  const stories = [...(spec.stories ?? [STORY])];
  const outlets = new Map((spec.outlets ?? []).map((o) => [o.id, o]));
  for (const a of articles) if (!outlets.has(a.outlet)) outlets.set(a.outlet, outlet(a.outlet));
  return {
    stories,
    outlets: [...outlets.values()],
    articles: articles.map(
      (a): ArticleInput => ({
        id: a.id,
        title: a.title ?? titleOf(a.id),
        story: a.story ?? stories[0]?.id ?? STORY.id,
        outlet: a.outlet,
        published: a.published ?? stories.find((s) => s.id === (a.story ?? stories[0]?.id))?.date ?? STORY.date,
        body: typeof a.body === 'string' ? a.body : a.body.join('\n\n'),
      }),
    ),
  };
}

/** The whole engine on a corpus, reading Markdown as the site does. */
export function analyze(corpus: CorpusInput, options: Partial<AnalyzeOptions> = {}): CorpusAnalysis {
  return analyzeCorpus(corpus, { textBlocks: markdownToBlocks, ...options });
}

/** The stage context `analyze` would use. */
export function contextOf(corpus: CorpusInput, options: Partial<AnalyzeOptions> = {}): StageContext {
  return stageContext(corpus, { textBlocks: markdownToBlocks, ...options });
}

/** What each declared stage hands on, by stage name. */
export interface StageOutputs {
  'normalize+segment': SegmentedStory;
  annotate: AnnotatedStory;
  match: MatchedStory;
  relate: RelatedStory;
  judge: JudgedStory;
}

/** A story as a stage leaves it, with the context it ran with. */
export type StoryAt<K extends keyof StageOutputs> = StageOutputs[K] & { ctx: StageContext };

/** The first story of a corpus as the stage list leaves it after `stage` (and the context it ran with). */
export function storyAt<K extends keyof StageOutputs>(corpus: CorpusInput, stage: K, options: Partial<AnalyzeOptions> = {}): StoryAt<K> {
  const ctx = contextOf(corpus, options);
  const story = corpus.stories[0] ?? STORY;
  const bundle: StoryBundle = {
    story,
    articles: corpus.articles.filter((a) => a.story === story.id).sort(byPublished),
    outlets: new Map(corpus.outlets.map((o) => [o.id, o])),
  };
  let value: unknown = bundle;
  for (const s of STAGES) {
    value = (s as { run(input: unknown, ctx: StageContext): unknown }).run(value, ctx);
    if (s.name === stage) return Object.assign(value as StageOutputs[K], { ctx }) as StoryAt<K>;
  }
  throw new Error(`no stage named "${stage}" (stages: ${STAGES.map((s) => s.name).join(', ')})`);
}
