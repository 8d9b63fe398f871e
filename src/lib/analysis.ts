/**
 * The build's one analysis: the engine run once over the content collections (stories unchanged
 * since the last build come from the cache in Astro's cache folder, the others are analysed on
 * worker threads when there are many: src/analysis/), the editors' reviews applied to it
 * (src/review/), plus the lookups pages need. It also refuses to build a site that would silently
 * lose an article: every article must be analysed and have readable text.
 */
import { fileURLToPath } from 'node:url';
import { cacheDir, root } from 'astro:config/server';
import { AstroError } from 'astro/errors';
import { analyzeSite } from '../analysis/index.ts';
import type { ArticleAnalysis, CorpusAnalysis, Entity, StoryAnalysis } from '../engine/types.ts';
import { contentDir } from '../corpus/load.ts';
import { ContentError, type ContentProblem } from '../corpus/problems.ts';
import { loadReviews } from '../corpus/reviews.ts';
import { applyReviews } from '../review/apply.ts';
import type { ReviewedAnalysis, ReviewedClaim } from '../review/types.ts';
import { loadSiteContent, toCorpusInput, type SiteContent } from './content.ts';
import { byVerdict } from './verdicts.ts';

/** The analysis with indexes for pages. */
export interface SiteAnalysis extends ReviewedAnalysis {
  content: SiteContent;
  claimById: Map<string, ReviewedClaim>;
  articleById: Map<string, ArticleAnalysis>;
  storyById: Map<string, StoryAnalysis>;
  entityById: Map<string, Entity>;
  /** Article id → sentence id → claims citing that sentence. */
  claimsBySentence: Map<string, Map<string, ReviewedClaim[]>>;
  /** Entity id → claims it speaks in or is named in. */
  claimsByEntity: Map<string, ReviewedClaim[]>;
  /** Article id → id of the article it near-duplicates (only articles that do). */
  nearDuplicates: Map<string, string>;
}


let cached: Promise<SiteAnalysis> | undefined;

/** The site's analysis, computed once per build. */
export function loadAnalysis(): Promise<SiteAnalysis> {
  cached ??= build().catch((error: unknown) => {
    // A content problem is the editor's to fix: one readable report, no stack trace.
    if (!(error instanceof ContentError)) throw error;
    const problem = new AstroError(error.message, 'Fix the files listed above, then build again.');
    problem.stack = '';
    throw problem;
  });
  return cached;
}

/** Content, engine, reviews, checks and indexes, in that order. */
async function build(): Promise<SiteAnalysis> {
  const content = await loadSiteContent();
  const engine = await analyzeEngine(toCorpusInput(content));
  const reviews = loadReviews(contentDir(), {
    stories: content.stories,
    articles: content.articles.map((article) => ({ id: article.id, story: article.data.story })),
  });
  const analysis = applyReviews(engine, reviews);
  for (const warning of analysis.warnings) console.warn(`[reviews] ${warning.file} ${warning.review}: ${warning.message}`);
  checkNothingLost(content, analysis);
  return index(content, analysis);
}

/** The engine's analysis of the content, through the per-story cache and worker threads (src/analysis/). */
async function analyzeEngine(corpus: ReturnType<typeof toCorpusInput>): Promise<CorpusAnalysis> {
  const run = await analyzeSite(corpus, {
    root: fileURLToPath(root),
    cacheDir: process.env.FACTCHECK_ANALYSIS_CACHE === '0' ? null : fileURLToPath(cacheDir),
    workers: workersFromEnv(process.env.FACTCHECK_WORKERS),
  });
  console.info(
    `[analysis] ${run.stories} stories: ${run.cached} from the cache, ${run.analysed} analysed` +
      (run.analysed > 0
        ? run.workers > 0
          ? ` on ${run.workers} worker thread${run.workers === 1 ? '' : 's'}${run.inWorkers < run.analysed ? ' and the main thread' : ''}`
          : ' on the main thread'
        : ''),
  );
  if (run.cacheError) console.warn(`[analysis] the per-story cache could not be written (${run.cacheError.message}); the next build will analyse those stories again`);
  return run.analysis;
}

/** `FACTCHECK_WORKERS`: a number of worker threads (0: none), or unset for one per core when it pays. */
function workersFromEnv(value: string | undefined): number | 'auto' {
  if (value === undefined || value === '' || value === 'auto') return 'auto';
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`FACTCHECK_WORKERS must be a whole number of threads or "auto", got "${value}"`);
  return n;
}


function index(content: SiteContent, analysis: ReviewedAnalysis): SiteAnalysis {
  const claimsBySentence = new Map<string, Map<string, ReviewedClaim[]>>();
  const claimsByEntity = new Map<string, ReviewedClaim[]>();
  for (const claim of analysis.claims) {
    for (const evidence of claim.evidence) {
      const sentences = claimsBySentence.get(evidence.article) ?? new Map<string, ReviewedClaim[]>();
      claimsBySentence.set(evidence.article, sentences);
      const list = sentences.get(evidence.sentenceId) ?? [];
      if (!list.includes(claim)) list.push(claim);
      sentences.set(evidence.sentenceId, list);
    }
    for (const entity of claim.entities) {
      const list = claimsByEntity.get(entity) ?? [];
      list.push(claim);
      claimsByEntity.set(entity, list);
    }
  }
  for (const sentences of claimsBySentence.values()) for (const list of sentences.values()) list.sort(byVerdict);
  for (const list of claimsByEntity.values()) list.sort(byVerdict);
  return {
    ...analysis,
    content,
    claimById: new Map(analysis.claims.map((claim) => [claim.id, claim])),
    articleById: new Map(analysis.articles.map((article) => [article.id, article])),
    storyById: new Map(analysis.stories.map((story) => [story.id, story])),
    entityById: new Map(analysis.entities.map((entity) => [entity.id, entity])),
    claimsBySentence,
    claimsByEntity,
    nearDuplicates: new Map(
      analysis.articles.flatMap((article) => (article.nearDuplicateOf ? [[article.id, article.nearDuplicateOf] as const] : [])),
    ),
  };
}

/** Fails the build if an article was not analysed or has no readable sentence. */
function checkNothingLost(content: SiteContent, analysis: ReviewedAnalysis): void {
  const analysed = new Map(analysis.articles.map((article) => [article.id, article]));
  const sentenceText = new Map(
    analysis.articles.flatMap((article) => article.sentences.map((s) => [`${article.id} ${s.id}`, s.text] as const)),
  );
  const problems: ContentProblem[] = [];
  for (const article of content.articles) {
    const file = article.filePath ?? `articles/${article.id}.md`;
    const result = analysed.get(article.id);
    if (!result) {
      problems.push({
        file,
        rule: 'not-analysed',
        message: 'the article was loaded but the engine did not analyse it',
        hint: 'check that its story id matches a story file; this is a bug if it does',
      });
    } else if (result.sentences.length === 0) {
      problems.push({
        file,
        rule: 'no-text',
        message: 'the article has no readable text (only markup, images or HTML that is removed for safety)',
        hint: 'paste the article text as plain paragraphs below the frontmatter',
      });
    }
  }
  // Evidence must quote its sentence exactly; the article page is checked against the same sentences.
  for (const claim of analysis.claims) {
    for (const evidence of claim.evidence) {
      if (sentenceText.get(`${evidence.article} ${evidence.sentenceId}`) !== evidence.text) {
        problems.push({
          file: `claim ${claim.id}`,
          rule: 'evidence-not-verbatim',
          value: evidence.text,
          message: `the evidence does not match sentence ${evidence.sentenceId} of article ${evidence.article}`,
          hint: 'this is an engine bug: evidence text must be copied from the segmented sentence',
        });
      }
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
}
