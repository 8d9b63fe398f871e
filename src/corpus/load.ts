/**
 * Reads and checks the whole content tree in two passes, independently of Astro: first every file
 * is decoded, parsed and validated against its schema; then every reference (article → outlet,
 * article → story) is resolved. Astro only logs a broken reference, a read error or a duplicate id
 * and goes on; this module makes each of them fail the build with a precise message instead.
 *
 * Used by the Astro integration (before the build), the analyze CLI, the importer and the benchmark.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import type { ArticleInput, CorpusInput, OutletInput, StoryInput } from '../engine/types.ts';
import { articleSchema } from '../schemas/article.ts';
import { outletSchema } from '../schemas/outlet.ts';
import { storySchema } from '../schemas/story.ts';
import { ContentError, didYouMean, type ContentProblem } from './problems.ts';
import { readReviews, type ReviewFile } from './reviews.ts';

/** The content root: `$CONTENT_DIR` if set (relative to the working directory), else `./content`. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.CONTENT_DIR ?? 'content');
}

/** Where each kind of content lives inside the content root. */
export const CONTENT_LAYOUT = {
  stories: 'stories',
  outlets: 'outlets.yaml',
  articles: 'articles',
} as const;

/** A corpus plus the file each entry came from, for error messages further down the line. */
export interface LoadedCorpus extends CorpusInput {
  files: Map<string, string>;
  /** The editors' review files (src/corpus/reviews.ts), checked in the same two passes. */
  reviews: ReviewFile[];
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const MARKDOWN_FILE = /\.md$/;

/** Loads and validates the corpus under `root`; throws a ContentError listing every problem. */
export function loadCorpus(root: string = contentDir()): LoadedCorpus {
  const problems: ContentProblem[] = [];
  const files = new Map<string, string>();
  const allFiles = new Map<string, string[]>();
  const references: Array<{ file: string; fields: unknown }> = [];
  const noteFile = (key: string, file: string): void => {
    if (!files.has(key)) files.set(key, file);
    allFiles.set(key, [...(allFiles.get(key) ?? []), file]);
  };
  const display = (file: string): string => {
    const relative = path.relative(process.cwd(), file);
    return relative.startsWith('..') ? file : relative.split(path.sep).join('/');
  };

  // Pass 1: read, decode, parse and validate every file on its own.
  const stories = readMarkdownDir(path.join(root, CONTENT_LAYOUT.stories), false, problems, display).flatMap(
    ({ file, id, frontmatter, body }): StoryInput[] => {
      const data = validate(storySchema, frontmatter, display(file), problems);
      if (!data) return [];
      noteFile(`story:${id}`, display(file));
      void body;
      return [{ id, ...data }];
    },
  );
  const outlets = readOutlets(path.join(root, CONTENT_LAYOUT.outlets), problems, display);
  const articles = readMarkdownDir(path.join(root, CONTENT_LAYOUT.articles), true, problems, display).flatMap(
    ({ file, id, frontmatter, body }): ArticleInput[] => {
      const data = validate(articleSchema, frontmatter, display(file), problems);
      references.push({ file: display(file), fields: frontmatter });
      if (body.trim() === '') {
        problems.push({
          file: display(file),
          rule: 'empty-body',
          message: 'the article has no text after its frontmatter',
          hint: 'paste the article text below the closing "---" line, or delete the file',
        });
      } else if (!hasReadableText(body)) {
        problems.push({
          file: display(file),
          rule: 'no-text',
          message: 'the article has no readable text, only images, markup or HTML that is removed for safety',
          hint: 'paste the article text as plain paragraphs below the frontmatter',
        });
      }
      if (!data) return [];
      noteFile(`article:${id}`, display(file));
      return [{ id, ...data, body }];
    },
  );

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

  const reviews = readReviews(root, { stories, articles }, problems, display);

  if (problems.length > 0) throw new ContentError(problems);
  const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { stories: stories.sort(byId), outlets: outlets.sort(byId), articles: articles.sort(byId), files, reviews };
}

interface RawEntry {
  file: string;
  id: string;
  frontmatter: unknown;
  body: string;
}

/** Reads every `.md` file of a folder (recursively for articles); the file name is the entry id. */
function readMarkdownDir(
  dir: string,
  recursive: boolean,
  problems: ContentProblem[],
  display: (file: string) => string,
): RawEntry[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive }).map(String).sort();
  } catch {
    problems.push({
      file: display(dir),
      rule: 'missing-folder',
      message: 'the folder does not exist',
      hint: `create it, or point CONTENT_DIR at a content root that has ${CONTENT_LAYOUT.stories}/ and ${CONTENT_LAYOUT.articles}/`,
    });
    return [];
  }
  const entries: RawEntry[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory() || path.basename(name).startsWith('.')) continue;
    if (!MARKDOWN_FILE.test(name)) {
      problems.push({
        file: display(file),
        rule: 'not-markdown',
        message: 'only .md files are read here, so this file would be silently left out',
        hint: 'rename it to end in .md (lower case), or move it out of the content folder',
      });
      continue;
    }
    const id = path.basename(name, '.md');
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      problems.push({
        file: display(file),
        rule: 'invalid-id',
        value: id,
        message: 'the file name is the id used in URLs and must be lower-case letters, digits and hyphens',
        hint: `rename the file to ${slugify(id) || 'an-id'}.md`,
      });
      continue;
    }
    const text = decodeUtf8(file, problems, display);
    if (text === undefined) continue;
    const match = FRONTMATTER.exec(text);
    if (!match) {
      problems.push({
        file: display(file),
        rule: 'missing-frontmatter',
        message: 'the file does not start with a frontmatter block between two "---" lines',
        hint: 'start the file with ---, the fields (title: ..., and so on), then --- on its own line',
      });
      continue;
    }
    let frontmatter: unknown;
    try {
      // CORE_SCHEMA keeps dates as written, so 2025-13-45 is reported instead of rolled over.
      frontmatter = yaml.load(match[1] ?? '', { schema: yaml.CORE_SCHEMA, filename: file }) ?? {};
    } catch (error) {
      const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
      const line = error instanceof yaml.YAMLException ? ` on frontmatter line ${error.mark.line + 1}` : '';
      problems.push({
        file: display(file),
        rule: 'invalid-yaml',
        message: `the frontmatter is not valid YAML: ${reason}${line}`,
        hint: 'write one "field: value" per line; quote values that contain a colon, a # or start with a quote',
      });
      continue;
    }
    entries.push({ file, id, frontmatter, body: text.slice(match[0].length) });
  }
  return entries;
}

/** Reads `outlets.yaml`: a list of outlet records. */
function readOutlets(file: string, problems: ContentProblem[], display: (file: string) => string): OutletInput[] {
  const text = decodeUtf8(file, problems, display);
  if (text === undefined) return [];
  let data: unknown;
  try {
    data = yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    problems.push({
      file: display(file),
      rule: 'invalid-yaml',
      message: `not valid YAML: ${error instanceof yaml.YAMLException ? error.message : String(error)}`,
      hint: 'each outlet is a list item: "- id: ...", then name, url and kind indented below it',
    });
    return [];
  }
  if (!Array.isArray(data)) {
    problems.push({
      file: display(file),
      rule: 'invalid-outlets',
      message: 'the file must be a YAML list of outlets',
      hint: 'start each outlet with "- id: its-id" and indent name, url and kind below it',
    });
    return [];
  }
  const outlets: OutletInput[] = [];
  const seen = new Set<string>();
  data.forEach((item, index) => {
    const outlet = validate(outletSchema, item, display(file), problems, `[${index}].`);
    if (!outlet) return;
    if (seen.has(outlet.id)) {
      problems.push({
        file: display(file),
        rule: 'duplicate-id',
        field: `[${index}].id`,
        value: outlet.id,
        message: 'two outlets have this id',
        hint: 'give each outlet its own id, or merge the two entries',
      });
      return;
    }
    seen.add(outlet.id);
    outlets.push(outlet);
  });
  return outlets;
}

/** Decodes strict UTF-8 (a stray Latin-1 byte is an error, not a silent U+FFFD) and drops a BOM. */
function decodeUtf8(file: string, problems: ContentProblem[], display: (file: string) => string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    problems.push({
      file: display(file),
      rule: 'unreadable',
      message: 'the file cannot be read',
      hint: 'check that it exists and is readable',
    });
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    problems.push({
      file: display(file),
      rule: 'not-utf8',
      value: offset === -1 ? undefined : `byte 0x${bytes[offset]?.toString(16)} at offset ${offset}`,
      message: 'the file is not valid UTF-8 text',
      hint: 'save it as UTF-8 (e.g. `iconv -f windows-1252 -t utf-8 in.md > out.md`)',
    });
    return undefined;
  }
}

function firstInvalidUtf8Byte(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  // Binary search for the shortest invalid prefix (a truncated final sequence is also invalid).
  while (low < high) {
    const mid = (low + high) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1));
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return low < bytes.length ? low : -1;
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
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.');
    const value = issue.path.length > 0 ? record[String(issue.path[0])] : input;
    const missing = value === undefined;
    problems.push({
      file,
      rule: missing ? 'missing-field' : 'invalid-field',
      field: `${fieldPrefix}${key || '(frontmatter)'}`,
      ...(missing ? {} : { value }),
      message: missing ? 'is required but missing' : issue.message,
      hint: missing ? `add a line "${key}: ..." to the frontmatter` : `change the value so that ${requirement(issue.message)}`,
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
