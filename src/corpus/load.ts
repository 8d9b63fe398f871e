/**
 * Reads and checks the whole content tree in two passes: first every file is found, decoded,
 * parsed and validated against its schema, and its body checked through the site's own Markdown
 * pipeline; then every reference (article → outlet, article → story) is resolved. It is the one
 * reader of content: the site's collections (src/corpus/astro-loaders.ts), the content check before
 * the build, `npm run analyze`, the importer and the benchmark all read through it, so a file is
 * published, skipped on purpose (and reported) or refused in the same way by every command.
 */
import path from 'node:path';
import type { z } from 'astro/zod';
import type { ArticleInput, CorpusInput, OutletInput, StoryInput } from '../engine/types.ts';
import { articleSchema } from '../schemas/article.ts';
import { stripBidiControls } from '../schemas/clean-text.ts';
import { outletSchema } from '../schemas/outlet.ts';
import { storySchema } from '../schemas/story.ts';
import { checkBody } from './body.ts';
import { readText } from './decode.ts';
import { CONTENT_LAYOUT, listContentFiles, type ContentFile } from './files.ts';
import { ContentError, didYouMean, type ContentNotice, type ContentProblem } from './problems.ts';
import { readReviews, type ReviewFile } from './reviews.ts';
import { readYaml } from './yaml.ts';

export { CONTENT_LAYOUT } from './files.ts';

/** The content root: `$CONTENT_DIR` if set (relative to the working directory), else `./content`. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.CONTENT_DIR ?? 'content');
}

/** A story with the Markdown of its introduction. */
export interface LoadedStory extends StoryInput {
  body: string;
}

/** A corpus plus where each entry came from and what was skipped or looked odd. */
export interface LoadedCorpus extends CorpusInput {
  stories: LoadedStory[];
  /** `story:<id>` / `article:<id>` / `outlet:<id>` → the file it came from, for messages. */
  files: Map<string, string>;
  /** Files skipped on purpose and warnings, to be printed by every command. */
  notices: ContentNotice[];
  /** The editors' review files (src/corpus/reviews.ts), checked in the same two passes; none when `only` is set. */
  reviews: ReviewFile[];
}

/** Which parts to read: everything (the default), or one collection (the site's loaders). */
export interface LoadOptions {
  only?: 'stories' | 'outlets' | 'articles';
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Loads and validates the corpus under `root`; throws a ContentError listing every problem. */
export function loadCorpus(root: string = contentDir(), options: LoadOptions = {}): LoadedCorpus {
  const problems: ContentProblem[] = [];
  const notices: ContentNotice[] = [];
  const files = new Map<string, string>();
  const allFiles = new Map<string, string[]>();
  const references: Array<{ file: string; fields: unknown }> = [];
  const wants = (part: 'stories' | 'outlets' | 'articles'): boolean =>
    options.only === undefined || options.only === part || (options.only === 'articles' && part !== 'articles');
  const noteFile = (key: string, file: string): void => {
    if (!files.has(key)) files.set(key, file);
    allFiles.set(key, [...(allFiles.get(key) ?? []), file]);
  };
  const display = (file: string): string => {
    const relative = path.relative(process.cwd(), file);
    return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
  };

  // Pass 1: find, read, decode, parse and validate every file on its own.
  const found = listContentFiles(root, { problems, notices, display });
  const stories = wants('stories')
    ? found.stories.flatMap((file): LoadedStory[] => {
        const entry = readMarkdown(file, problems);
        if (!entry) return [];
        const data = validate(storySchema, entry.frontmatter, file.display, problems);
        reportBody(checkBody(entry.body, 'story introduction'), file.display, problems, notices);
        if (!data) return [];
        noteFile(`story:${entry.id}`, file.display);
        return [{ id: entry.id, ...data, body: entry.body }];
      })
    : [];
  const outlets = wants('outlets') && found.outlets ? readOutlets(found.outlets, problems, noteFile) : [];
  const articles = wants('articles')
    ? found.articles.flatMap((file): ArticleInput[] => {
        const entry = readMarkdown(file, problems);
        if (!entry) return [];
        const data = validate(articleSchema, entry.frontmatter, file.display, problems);
        references.push({ file: file.display, fields: entry.frontmatter });
        if (entry.body.trim() === '') {
          problems.push({
            file: file.display,
            rule: 'empty-body',
            message: 'the article has no text after its frontmatter',
            hint: 'paste the article text below the closing "---" line, or delete the file',
          });
        } else {
          const report = checkBody(entry.body, 'article');
          if (!hasReadableText(entry.body) && report.problems.length === 0) {
            report.problems.push({
              rule: 'no-text',
              message: 'the article has no readable text, only images, markup or HTML that is removed for safety',
              hint: 'paste the article text as plain paragraphs below the frontmatter',
            });
          }
          reportBody(report, file.display, problems, notices);
        }
        if (!data) return [];
        noteFile(`article:${entry.id}`, file.display);
        return [{ id: entry.id, ...data, body: entry.body }];
      })
    : [];

  checkDuplicates('story', allFiles, problems);
  checkDuplicates('article', allFiles, problems);

  // Pass 2: resolve every reference against what pass 1 defined.
  const storyIds = stories.map((story) => story.id);
  const outletIds = outlets.map((outlet) => outlet.id);
  // Raw frontmatter, so a reference is checked even when another field of the file is invalid.
  for (const { file, fields } of references) {
    const record = typeof fields === 'object' && fields !== null ? (fields as Record<string, unknown>) : {};
    if (typeof record.outlet === 'string') {
      checkReference(file, 'outlet', record.outlet, outletIds, `an outlet id defined in ${CONTENT_LAYOUT.outlets}`, problems);
    }
    if (typeof record.story === 'string') {
      checkReference(file, 'story', record.story, storyIds, `the id (file name) of a story in ${CONTENT_LAYOUT.stories}/`, problems);
    }
  }

  const reviews = options.only === undefined ? readReviews(root, { stories, articles }, problems, display) : [];

  if (problems.length > 0) throw new ContentError(problems);
  const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { stories: stories.sort(byId), outlets: outlets.sort(byId), articles: articles.sort(byId), files, notices, reviews };
}

interface RawEntry {
  id: string;
  frontmatter: unknown;
  body: string;
}

/** Reads one Markdown file: its id (the file name), frontmatter and body. */
function readMarkdown(file: ContentFile, problems: ContentProblem[]): RawEntry | undefined {
  const id = path.basename(file.file, '.md');
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    problems.push({
      file: file.display,
      rule: 'invalid-id',
      value: id,
      message: 'the file name is the id used in URLs and must be lower-case letters, digits and hyphens',
      hint: `rename the file to ${slugify(id) || 'an-id'}.md`,
    });
    return undefined;
  }
  const text = readText(file.file, file.size, file.display, problems);
  if (text === undefined) return undefined;
  const match = FRONTMATTER.exec(text);
  if (!match) {
    problems.push({
      file: file.display,
      rule: 'missing-frontmatter',
      message: 'the file does not start with a frontmatter block between two "---" lines',
      hint: 'start the file with ---, the fields (title: ..., and so on), then --- on its own line',
    });
    return undefined;
  }
  const parsed = readYaml(match[1] ?? '', 1);
  if (!parsed.ok) {
    problems.push({
      file: file.display,
      rule: parsed.rule,
      message: `the frontmatter is not valid YAML: ${parsed.reason}${parsed.line === undefined ? '' : ` on line ${parsed.line}`}`,
      hint:
        parsed.rule === 'yaml-alias'
          ? 'write each value out in full; anchors (&name) and aliases (*name) are not supported in content'
          : 'write one "field: value" per line; quote values that contain a colon, a # or start with a quote',
    });
    return undefined;
  }
  return { id, frontmatter: parsed.value ?? {}, body: stripBidiControls(text.slice(match[0].length)) };
}

/** Reads `outlets.yaml`: a list of outlet records. */
function readOutlets(file: ContentFile, problems: ContentProblem[], noteFile: (key: string, file: string) => void): OutletInput[] {
  const text = readText(file.file, file.size, file.display, problems);
  if (text === undefined) return [];
  const parsed = readYaml(text);
  if (!parsed.ok) {
    problems.push({
      file: file.display,
      rule: parsed.rule,
      message: `not valid YAML: ${parsed.reason}${parsed.line === undefined ? '' : ` on line ${parsed.line}`}`,
      hint:
        parsed.rule === 'yaml-alias'
          ? 'write each outlet out in full; anchors (&name) and aliases (*name) are not supported in content'
          : 'each outlet is a list item: "- id: ...", then name, url and kind indented below it',
    });
    return [];
  }
  const data = parsed.value;
  if (!Array.isArray(data)) {
    problems.push({
      file: file.display,
      rule: 'invalid-outlets',
      message: 'the file must be a YAML list of outlets',
      hint: 'start each outlet with "- id: its-id" and indent name, url and kind below it',
    });
    return [];
  }
  const outlets: OutletInput[] = [];
  const seen = new Set<string>();
  data.forEach((item, index) => {
    const outlet = validate(outletSchema, item, file.display, problems, `[${index}].`);
    if (!outlet) return;
    if (seen.has(outlet.id)) {
      problems.push({
        file: file.display,
        rule: 'duplicate-id',
        field: `[${index}].id`,
        value: outlet.id,
        message: 'two outlets have this id',
        hint: 'give each outlet its own id, or merge the two entries',
      });
      return;
    }
    seen.add(outlet.id);
    noteFile(`outlet:${outlet.id}`, file.display);
    outlets.push(outlet);
  });
  return outlets;
}

/** Adds a body check's findings, with the file name. */
function reportBody(report: ReturnType<typeof checkBody>, file: string, problems: ContentProblem[], notices: ContentNotice[]): void {
  for (const problem of report.problems) problems.push({ file, ...problem });
  for (const notice of report.notices) notices.push({ file, ...notice });
}

/** Validates one record; records each schema issue as a problem naming its field and value. */
function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  file: string,
  problems: ContentProblem[],
  fieldPrefix = '',
): z.output<S> | undefined {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const record = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const known = 'shape' in schema && typeof schema.shape === 'object' && schema.shape !== null ? Object.keys(schema.shape) : [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const guess = didYouMean(key, known);
        problems.push({
          file,
          rule: 'unknown-field',
          field: `${fieldPrefix}${key}`,
          value: record[key],
          message: 'is not a field this file can have, so its value would be ignored',
          hint: `${guess ? `did you mean "${guess}"? ` : ''}the fields are: ${known.join(', ')}`,
        });
      }
      continue;
    }
    const key = issue.path.map(String).join('.');
    const value = issue.path.length > 0 ? record[String(issue.path[0])] : input;
    const missing = value === undefined;
    problems.push({
      file,
      rule: missing ? 'missing-field' : 'invalid-field',
      field: `${fieldPrefix}${key || '(frontmatter)'}`,
      ...(missing ? {} : { value }),
      message: missing ? 'is required but missing' : issue.message,
      hint: missing
        ? `add a line "${key}: ..." to the frontmatter`
        : issue.message.includes('put it in quotes')
          ? `write the value as text in double quotes, e.g. ${key}: "${typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '...'}"`
          : `change the value so that ${requirement(issue.message)}`,
    });
  }
  return undefined;
}

function checkDuplicates(kind: 'story' | 'article', allFiles: Map<string, string[]>, problems: ContentProblem[]): void {
  for (const [key, list] of allFiles) {
    if (!key.startsWith(`${kind}:`) || list.length < 2) continue;
    const id = key.slice(kind.length + 1);
    problems.push({
      file: list.join(', '),
      rule: 'duplicate-id',
      value: id,
      message: `${list.length} ${kind} files are named ${id}.md; the file name is the ${kind}'s id and must be unique`,
      hint: 'rename all but one of them, or delete the copies',
    });
  }
}

/** "must be X" → "it is X", for hints. */
function requirement(message: string): string {
  return message.replace(/^must not be /, 'it is not ').replace(/^must be /, 'it is ').replace(/^must /, 'it does ');
}

function checkReference(
  file: string,
  field: string,
  value: string,
  valid: readonly string[],
  what: string,
  problems: ContentProblem[],
): void {
  if (valid.includes(value)) return;
  const suggestion = didYouMean(value, valid);
  problems.push({
    file,
    rule: `unknown-${field}`,
    field,
    value,
    message: `no ${field} has this id`,
    hint: `use ${what}${suggestion ? `; did you mean "${suggestion}"?` : valid.length > 0 ? ` (known: ${valid.slice(0, 8).join(', ')})` : ''}`,
  });
}

/**
 * A cheap pre-check that a body has words outside images, HTML tags and scripts. The build checks
 * again on the rendered text (src/lib/analysis.ts); this catches the common cases before Astro runs.
 */
export function hasReadableText(markdown: string): boolean {
  const text = markdown
    .replace(/<(script|style|iframe|svg|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/<[^>]*>/g, ' ');
  return /\p{L}{2,}/u.test(text);
}

/** Lower-case, hyphen-separated form of a string, for suggesting file names. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
