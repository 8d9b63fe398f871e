/**
 * Reads and checks the editors' review files (`reviews/<story-id>.yaml` in the content root) in the
 * same two passes as the rest of the content: first each file is decoded, parsed and validated against
 * `src/schemas/review.ts`; then its story (the file name) and every article it names are resolved.
 * Whether each review still matches the engine's claims is checked later, against the analysis
 * (src/review/), because only the analysis knows the sentences and claims.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ArticleInput, StoryInput } from '../engine/types.ts';
import { addedSentenceSchema, claimRefSchema, reviewFileSchema, reviewSchema, sentenceRefSchema, splitPartSchema, type Review } from '../schemas/review.ts';
import { readText } from './decode.ts';
import { CONTENT_LAYOUT } from './files.ts';
import { ContentError, didYouMean, type ContentProblem } from './problems.ts';
import { readYaml } from './yaml.ts';

/** Where review files live inside the content root. */
export const REVIEWS_FOLDER = CONTENT_LAYOUT.reviews;

/** One review file: the story it is about and its reviews, in file order. */
export interface ReviewFile {
  /** Path for messages (relative to the working directory when inside it). */
  file: string;
  /** The story id: the file name without `.yaml`. */
  story: string;
  reviews: Review[];
}

/** What pass 2 resolves review files against. */
export interface ReviewTargets {
  stories: readonly Pick<StoryInput, 'id'>[];
  articles: readonly Pick<ArticleInput, 'id' | 'story'>[];
}

/** Reads every review file under `root`, recording problems instead of throwing. A missing folder means no reviews. */
export function readReviews(
  root: string,
  targets: ReviewTargets,
  problems: ContentProblem[],
  display: (file: string) => string = displayPath,
): ReviewFile[] {
  const dir = path.join(root, REVIEWS_FOLDER);
  let names: string[];
  try {
    names = readdirSync(dir).map(String).sort();
  } catch {
    return [];
  }
  const files: ReviewFile[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    if (name.startsWith('.') || statSync(file).isDirectory()) continue;
    const shown = display(file);
    if (!name.endsWith('.yaml')) {
      problems.push({
        file: shown,
        rule: 'not-a-review-file',
        message: 'only <story-id>.yaml files are read here, so this file would be silently left out',
        hint: `rename it to <story-id>.yaml${name.endsWith('.yml') ? ` (${name.replace(/\.yml$/, '.yaml')})` : ''}, or move it out of ${REVIEWS_FOLDER}/`,
      });
      continue;
    }
    const parsed = parseFile(file, shown, problems);
    if (parsed === undefined) continue;
    const story = name.slice(0, -'.yaml'.length);
    const reviews = validate(parsed, shown, problems);
    if (!checkStory(story, shown, targets, problems) || !reviews) continue;
    checkArticles(story, reviews, shown, targets, problems);
    files.push({ file: shown, story, reviews });
  }
  return files;
}

/** `readReviews` that throws a ContentError listing every problem. */
export function loadReviews(root: string, targets: ReviewTargets): ReviewFile[] {
  const problems: ContentProblem[] = [];
  const files = readReviews(root, targets, problems);
  if (problems.length > 0) throw new ContentError(problems);
  return files;
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative.split(path.sep).join('/');
}

function parseFile(file: string, shown: string, problems: ContentProblem[]): unknown {
  // The content's one decoder and YAML reader: size limit, strict UTF-8, no alias bombs.
  const text = readText(file, statSync(file).size, shown, problems);
  if (text === undefined) return undefined;
  const parsed = readYaml(text);
  if (parsed.ok) return parsed.value ?? [];
  const source = parsed.line === undefined ? undefined : text.split(/\r?\n/)[parsed.line - 1]?.trim();
  problems.push({
    file: shown,
    rule: parsed.rule,
    ...(source ? { value: source } : {}),
    message: `not valid YAML: ${parsed.reason}${parsed.line === undefined ? '' : ` on line ${parsed.line}`}`,
    hint:
      parsed.rule === 'yaml-alias'
        ? 'write each review out in full; anchors (&name) and aliases (*name) are not supported in content'
        : 'each review is a list item starting with "- claim:"; put text that contains ": " or " #", or starts with a quote, in double quotes or after ">-" on its own lines',
  });
  return undefined;
}

function validate(data: unknown, file: string, problems: ContentProblem[]): Review[] | undefined {
  const result = reviewFileSchema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const where = fieldPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const known = knownKeys(issue.path);
        const suggestion = didYouMean(key, known);
        problems.push({
          file,
          rule: 'unknown-field',
          field: where ? `${where}.${key}` : key,
          message: 'is not a review field',
          hint: suggestion ? `did you mean "${suggestion}"?` : `use one of: ${known.join(', ')}`,
        });
      }
      continue;
    }
    const value = valueAt(data, issue.path);
    problems.push({
      file,
      rule: value === undefined ? 'missing-field' : 'invalid-field',
      field: where || '(file)',
      ...(value === undefined ? {} : { value }),
      message: value === undefined && issue.code === 'invalid_type' ? 'is required but missing' : issue.message,
      hint: hintFor(issue.path, value === undefined),
    });
  }
  return undefined;
}

/** `[2].claim.quote` for the path `[2, 'claim', 'quote']`. */
function fieldPath(pathParts: readonly PropertyKey[]): string {
  return pathParts.map((part, n) => (typeof part === 'number' ? `[${part}]` : `${n === 0 ? '' : '.'}${String(part)}`)).join('');
}

function valueAt(data: unknown, pathParts: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const part of pathParts) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/** The fields allowed where an unknown one was found (from the schemas), for "did you mean". */
function knownKeys(pathParts: readonly PropertyKey[]): string[] {
  const last = pathParts.filter((part): part is string => typeof part === 'string').at(-1);
  const shape =
    last === undefined ? reviewSchema.shape
    : last === 'claim' || last === 'merge' ? claimRefSchema.shape
    : last === 'add' ? addedSentenceSchema.shape
    : last === 'split' ? splitPartSchema.shape
    : sentenceRefSchema.shape;
  return Object.keys(shape);
}

function hintFor(pathParts: readonly PropertyKey[], missing: boolean): string {
  const field = [...pathParts].reverse().find((part): part is string => typeof part === 'string') ?? '';
  const examples: Record<string, string> = {
    claim: 'name the claim with its article and a quote, as `npm run review` prints it',
    article: 'use the id (file name without .md) of an article of this story',
    quote: 'copy words verbatim from one sentence of the article',
    by: 'write the reviewer\'s name, e.g. "by: Jane Doe"',
    date: 'write the day of the decision, e.g. "date: 2025-03-05"',
    rationale: 'add "rationale: ..." with one or two sentences readers will see',
    verdict: 'add "verdict: ..." (corroborated, conflicting, disputed or single-source)',
  };
  const example = examples[field];
  if (missing) return example ?? `add the field "${field}"`;
  return example ? `fix the value: ${example}` : 'fix the value as the message says';
}

function checkStory(story: string, file: string, targets: ReviewTargets, problems: ContentProblem[]): boolean {
  const ids = targets.stories.map((entry) => entry.id);
  if (ids.includes(story)) return true;
  const suggestion = didYouMean(story, ids);
  problems.push({
    file,
    rule: 'unknown-story',
    value: story,
    message: 'the file name must be the id of the story it reviews, and no story has this id',
    hint: `rename the file to <story-id>.yaml${suggestion ? `; did you mean "${suggestion}.yaml"?` : ''}`,
  });
  return false;
}

/** Every article a review names must be an article of the file's story. */
function checkArticles(story: string, reviews: readonly Review[], file: string, targets: ReviewTargets, problems: ContentProblem[]): void {
  const ofStory = targets.articles.filter((article) => article.story === story).map((article) => article.id);
  const storyOf = new Map(targets.articles.map((article) => [article.id, article.story]));
  reviews.forEach((review, index) => {
    const refs: Array<[string, string]> = [[`[${index}].claim.article`, review.claim.article]];
    review.remove?.forEach((ref, n) => refs.push([`[${index}].remove[${n}].article`, ref.article]));
    review.add?.forEach((ref, n) => refs.push([`[${index}].add[${n}].article`, ref.article]));
    review.merge?.forEach((ref, n) => refs.push([`[${index}].merge[${n}].article`, ref.article]));
    review.split?.forEach((part, p) => part.sentences.forEach((ref, n) => refs.push([`[${index}].split[${p}].sentences[${n}].article`, ref.article])));
    for (const [field, article] of refs) {
      if (ofStory.includes(article)) continue;
      const elsewhere = storyOf.get(article);
      const suggestion = didYouMean(article, ofStory);
      problems.push({
        file,
        rule: 'unknown-article',
        field,
        value: article,
        message: elsewhere ? `the article belongs to story "${elsewhere}", not to "${story}"` : 'no article has this id',
        hint: elsewhere
          ? `move this review to ${REVIEWS_FOLDER}/${elsewhere}.yaml, or name an article of ${story}`
          : `use the id (file name) of an article of ${story}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      });
    }
  });
}
