/**
 * Generates a whole benchmark corpus in memory: outlets, stories of 5-50 articles and the articles'
 * Markdown files, plus a manifest that counts what was planted (agreeing and conflicting numbers,
 * reworded quotes, anonymous claims, denials, wire credits, reprints, filler). Deterministic: the
 * same `articles` and `seed` always give byte-identical files.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { articleBody, writeArticle, type Tag, type WrittenArticle } from './article.ts';
import { makeOutlets, outletCounts, toOutletInput } from './outlets.ts';
import { Rng } from './random.ts';
import { planStory, type ArticleRole } from './story.ts';

/** What to generate. */
export interface GenerateOptions {
  /** Total number of articles. */
  articles: number;
  /** Any text or number; the same seed gives the same corpus. */
  seed: string | number;
}

/** Per-story record of what was planted, for checking the corpus (and the engine) by hand. */
export interface StoryManifest {
  id: string;
  kind: string;
  articles: number;
  /** Each quantity's true value and the values articles report (article id → value). */
  quantities: Array<{ key: string; truth: number; contested: boolean; reported: Record<string, number> }>;
  /** Articles that report the rumour anonymously, and articles with the on-record denial. */
  rumour: { spreaders: string[]; deniers: string[] } | null;
  /** Wire articles and the articles that reprint them. */
  reprints: Array<{ wire: string; copies: string[] }>;
}

/** Totals of the generated corpus. */
export interface Manifest {
  generator: string;
  seed: string;
  articles: number;
  stories: number;
  outlets: number;
  agencies: number;
  sentences: number;
  bytes: number;
  /** Sentences carrying each tag (a sentence can carry several). */
  tags: Record<Tag, number>;
  roles: Record<ArticleRole, number>;
  storyDetails: StoryManifest[];
}

/** The files of a corpus (path relative to the content root → text) and its manifest. */
export interface GeneratedCorpus {
  files: Map<string, string>;
  manifest: Manifest;
}

const TAGS: readonly Tag[] = ['lead', 'fact', 'quantity', 'quantityConflict', 'quote', 'quoteReworded', 'anonymous', 'rumour', 'denial', 'wire', 'background', 'filler'];

/** Story sizes: 5 to 50 articles, most stories small, summing to `total`. */
export function storySizes(rng: Rng, total: number): number[] {
  const sizes: number[] = [];
  let remaining = total;
  while (remaining > 0) {
    let size = 5 + Math.floor(45 * rng.next() ** 2.2);
    if (remaining <= 50 && remaining - size < 5) size = remaining;
    else if (remaining - size < 5) size = remaining - 5;
    sizes.push(size);
    remaining -= size;
  }
  return sizes;
}

/** A YAML scalar that is always a string (JSON strings are valid double-quoted YAML). */
function quoted(text: string): string {
  return JSON.stringify(text);
}

function articleFile(article: WrittenArticle, storyId: string): string {
  const lines = [
    '---',
    `title: ${quoted(article.title)}`,
    `outlet: ${article.plan.outlet.id}`,
    `story: ${storyId}`,
    `published: ${article.plan.published}`,
    `url: ${article.url}`,
    ...(article.author ? [`author: ${quoted(article.author)}`] : []),
    '---',
  ];
  return `${lines.join('\n')}\n${articleBody(article)}`;
}

/** Generates the corpus. */
export function generateCorpus(options: GenerateOptions): GeneratedCorpus {
  if (!Number.isInteger(options.articles) || options.articles < 1) throw new Error(`--articles must be a positive integer, got ${options.articles}`);
  const root = new Rng(`factcheck-bench:${options.seed}`);
  const { total, agencies } = outletCounts(options.articles);
  const outlets = makeOutlets(root.fork('outlets'), total, agencies);
  const files = new Map<string, string>();
  const tags = Object.fromEntries(TAGS.map((tag) => [tag, 0])) as Record<Tag, number>;
  const roles: Record<ArticleRole, number> = { original: 0, wire: 0, reprint: 0 };
  const storyDetails: StoryManifest[] = [];
  const storyIds = new Set<string>();
  const articleIds = new Set<string>();
  let sentences = 0;

  files.set('outlets.yaml', `# Generated benchmark outlets (seed ${options.seed}); all names are invented.\n${yaml.dump(outlets.map(toOutletInput), { lineWidth: -1 })}`);
  storySizes(root.fork('sizes'), options.articles).forEach((size, index) => {
    const rng = root.fork(`story-${index}`);
    const story = planStory(rng, index, size, outlets, storyIds);
    // Article ids are unique inside a story; make them unique across stories too.
    const renamed = new Map<string, string>();
    for (const plan of story.articles) {
      let id = plan.id;
      for (let n = 2; articleIds.has(id); n++) id = `${plan.id}-${n}`;
      articleIds.add(id);
      renamed.set(plan.id, id);
      plan.id = id;
    }
    const written = new Map<string, WrittenArticle>();
    story.articles.forEach((plan, i) => {
      if (plan.reprintOf) plan.reprintOf = renamed.get(plan.reprintOf) ?? plan.reprintOf;
      const wire = plan.reprintOf ? (written.get(plan.reprintOf) ?? null) : null;
      const article = writeArticle(story, plan, rng.fork(`article-${i}`), wire);
      written.set(plan.id, article);
      roles[plan.role] += 1;
      for (const paragraph of article.paragraphs) {
        for (const sentence of paragraph) {
          sentences += 1;
          for (const tag of new Set(sentence.tags)) tags[tag] += 1;
        }
      }
      files.set(`articles/${story.id}/${plan.id}.md`, articleFile(article, story.id));
    });
    files.set(
      `stories/${story.id}.md`,
      [
        '---',
        `title: ${quoted(story.title)}`,
        `date: ${story.date}`,
        `summary: ${quoted(story.summary)}`,
        '---',
        `${story.summary} ${story.articles.length} reports from ${new Set(story.articles.map((a) => a.outlet.id)).size} outlets.`,
        '',
        `Generated for the benchmark (seed ${options.seed}): the people and outlets are invented.`,
        '',
      ].join('\n'),
    );
    storyDetails.push({
      id: story.id,
      kind: story.kind.id,
      articles: story.articles.length,
      quantities: story.quantities.map((quantity) => ({
        key: quantity.spec.key,
        truth: quantity.truth,
        contested: quantity.alternatives.length > 0,
        reported: Object.fromEntries(
          story.articles.flatMap((plan) => {
            const report = plan.reports.get(quantity.spec.key);
            const article = written.get(plan.id);
            const mentioned = article?.paragraphs.some((p) => p.some((s) => s.quantity === quantity.spec.key)) ?? false;
            return report && mentioned ? [[plan.id, report.value]] : [];
          }),
        ),
      })),
      rumour: story.hasRumour
        ? { spreaders: story.articles.filter((a) => a.rumour).map((a) => a.id), deniers: story.articles.filter((a) => a.denial).map((a) => a.id) }
        : null,
      reprints: story.articles
        .filter((a) => a.role === 'wire')
        .map((wire) => ({ wire: wire.id, copies: story.articles.filter((a) => a.reprintOf === wire.id).map((a) => a.id) })),
    });
  });

  let bytes = 0;
  for (const text of files.values()) bytes += Buffer.byteLength(text);
  return {
    files,
    manifest: {
      generator: 'factcheck-bench-corpus/1',
      seed: String(options.seed),
      articles: options.articles,
      stories: storyDetails.length,
      outlets: outlets.length,
      agencies,
      sentences,
      bytes,
      tags,
      roles,
      storyDetails,
    },
  };
}

/** Where the manifest is written inside the content root (no content loader reads it). */
export const MANIFEST_FILE = 'corpus-manifest.json';

/** Writes a generated corpus under `dir`, replacing an earlier generated tree there. */
export function writeCorpus(dir: string, corpus: GeneratedCorpus): void {
  for (const entry of ['articles', 'stories', 'outlets.yaml', MANIFEST_FILE]) rmSync(path.join(dir, entry), { recursive: true, force: true });
  const made = new Set<string>();
  for (const [file, text] of corpus.files) {
    const target = path.join(dir, file);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, text);
  }
  writeFileSync(path.join(dir, MANIFEST_FILE), `${JSON.stringify(corpus.manifest, null, 1)}\n`);
}
