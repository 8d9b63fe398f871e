/**
 * `npm run import -- <raw.txt> --story <id> --outlet <id> [options]`: turns a scraped article text
 * into `content/articles/<id>.md` (content root: `$CONTENT_DIR` or `./content`).
 *
 * The cleaning itself is `importRawText` (src/importer/); this file parses arguments, checks the
 * story and outlet exist, prints every line the importer removed, refuses to overwrite without
 * --force, and finally re-reads the whole content tree so a bad file is caught here, not at build.
 * Exit codes: 0 done, 1 content problem, 2 wrong arguments.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { CONTENT_LAYOUT, contentDir, loadCorpus } from '../src/corpus/load.ts';
import { ContentError, didYouMean } from '../src/corpus/problems.ts';
import { ARTICLE_ID, defaultArticleId } from '../src/importer/article-id.ts';
import { importRawText } from '../src/importer/clean-scrape.ts';
import { renderArticle, type ArticleFrontmatter } from '../src/importer/render-article.ts';
import { articleSchema } from '../src/schemas/article.ts';
import { isCalendarDate } from '../src/schemas/common.ts';

const USAGE = `Usage: npm run import -- <raw.txt> --story <story-id> --outlet <outlet-id> [options]

Turns a scraped article text into content/articles/<id>.md
(content root: $CONTENT_DIR if set, else ./content).

Required:
  --story <id>        the story the article belongs to (a file name in content/stories/)
  --outlet <id>       the outlet that published it (an id in content/outlets.yaml)

Optional:
  --title <text>      the headline (default: the headline found at the top of the text)
  --published <date>  publication day, YYYY-MM-DD (default: the " date YYYY-MM-DD" marker
                      or the date line under the headline)
  --url <url>         address of the original (default: the "Original url:" line)
  --author <name>     the byline (default: a "By ..." line above the first paragraph)
  --retrieved <date>  the day the text was scraped, YYYY-MM-DD (never defaulted to today,
                      so rebuilding the site gives the same result)
  --id <id>           article id and file name (default: <outlet>-<first six title words>)
  --force             overwrite an existing article file
  --dry-run           print the article file instead of writing it
  -h, --help          show this help

Example:
  npm run import -- scrape.txt --story us-russia-talks-riyadh-2025 --outlet kyiv-post \\
    --title "Russia and US wrap up first round of talks in Riyadh"
`;

const OPTIONS = {
  story: { type: 'string' },
  outlet: { type: 'string' },
  title: { type: 'string' },
  published: { type: 'string' },
  url: { type: 'string' },
  author: { type: 'string' },
  retrieved: { type: 'string' },
  id: { type: 'string' },
  force: { type: 'boolean', default: false },
  'dry-run': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** A failure the user can fix; `code` is the exit code (1 content, 2 arguments). */
class ImportFailure extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2 = 1,
  ) {
    super(message);
  }
}

const display = (file: string): string => {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative.split(path.sep).join('/');
};

/** Runs the importer; returns the process exit code. */
function main(args: readonly string[]): number {
  try {
    return run(args);
  } catch (error) {
    if (!(error instanceof ImportFailure)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    if (error.code === 2) process.stderr.write(`\n${USAGE}`);
    return error.code;
  }
}

function run(args: readonly string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new ImportFailure(error instanceof Error ? error.message : String(error), 2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    throw new ImportFailure(
      positionals.length === 0 ? 'give the raw text file to import' : `give exactly one raw text file (got ${positionals.length}: ${positionals.join(', ')})`,
      2,
    );
  }
  const { story, outlet } = values;
  if (story === undefined) throw new ImportFailure('--story is required: the id of the story this article belongs to', 2);
  if (outlet === undefined) throw new ImportFailure('--outlet is required: the id of the outlet that published the article', 2);
  checkDateOption('--published', values.published);
  checkDateOption('--retrieved', values.retrieved);
  if (values.id !== undefined && !ARTICLE_ID.test(values.id)) {
    throw new ImportFailure(`--id "${values.id}" is not a valid id; use lower-case letters, digits and single hyphens, e.g. kyiv-post-riyadh-talks`, 2);
  }

  const root = contentDir();
  checkReferences(root, story, outlet);

  const rawFile = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0] ?? '');
  const raw = readRawText(rawFile);
  const result = importRawText(raw, {
    ...(values.title === undefined ? {} : { title: values.title }),
    ...(values.published === undefined ? {} : { published: values.published }),
    ...(values.url === undefined ? {} : { url: values.url }),
    ...(values.author === undefined ? {} : { author: values.author }),
  });

  const report = [`Importing ${display(rawFile)}`];
  report.push(result.removed.length === 0 ? 'Removed nothing.' : `Removed ${result.removed.length} ${result.removed.length === 1 ? 'line' : 'lines'}:`);
  for (const { line, reason } of result.removed) report.push(`  - [${reason}] ${line}`);
  for (const note of result.notes) report.push(`Note: ${note}`);
  process.stderr.write(`${report.join('\n')}\n`);

  if (result.title === undefined) {
    throw new ImportFailure(`no headline found at the top of ${display(rawFile)}; pass the title with --title "..."`);
  }
  if (result.published === undefined) {
    throw new ImportFailure(`no publication date found in ${display(rawFile)} (no " date YYYY-MM-DD" marker or date line); pass --published YYYY-MM-DD`);
  }
  if (result.markdown === '') throw new ImportFailure(`no article text is left in ${display(rawFile)} after cleaning; check the removed lines above`);

  const id = values.id ?? defaultArticleId(outlet, result.title);
  if (id === undefined) throw new ImportFailure(`cannot build an id from the title "${result.title}"; pass one with --id`, 2);

  const frontmatter: ArticleFrontmatter = {
    title: result.title,
    outlet,
    story,
    published: result.published,
    ...(result.url === undefined ? {} : { url: result.url }),
    ...(result.author === undefined ? {} : { author: result.author }),
    ...(values.retrieved === undefined ? {} : { retrieved: values.retrieved }),
  };
  const check = articleSchema.safeParse(frontmatter);
  if (!check.success) {
    const issues = check.error.issues.map((issue) => `  - ${issue.path.join('.') || 'frontmatter'}: ${issue.message}`);
    throw new ImportFailure(`the article's frontmatter would be invalid:\n${issues.join('\n')}`);
  }

  const file = path.join(root, CONTENT_LAYOUT.articles, `${id}.md`);
  const text = renderArticle(frontmatter, result.markdown);
  const exists = existsSync(file);
  if (values['dry-run']) {
    process.stdout.write(text);
    const warning = exists && !values.force ? `; ${display(file)} exists, so a real run would need --force` : '';
    process.stderr.write(`Dry run: nothing written (would write ${display(file)}${warning}).\n`);
    return 0;
  }
  if (exists && !values.force) {
    throw new ImportFailure(`${display(file)} already exists; pass --force to overwrite it, or --id to choose another id`);
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return verify(root, file, id);
}

function checkDateOption(name: string, value: string | undefined): void {
  if (value !== undefined && !isCalendarDate(value)) {
    throw new ImportFailure(`${name} "${value}" is not a date; write it YYYY-MM-DD, e.g. 2025-02-18`, 2);
  }
}

/** Checks --story and --outlet against the content tree, suggesting the closest id on a miss. */
function checkReferences(root: string, story: string, outlet: string): void {
  const storyDir = path.join(root, CONTENT_LAYOUT.stories);
  const stories = existsSync(storyDir)
    ? readdirSync(storyDir).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3))
    : [];
  const outlets = readOutletIds(path.join(root, CONTENT_LAYOUT.outlets));
  const miss = (kind: string, value: string, known: string[], where: string): string => {
    const suggestion = didYouMean(value, known);
    const hint = suggestion !== undefined ? `did you mean "${suggestion}"?` : known.length > 0 ? `known: ${known.join(', ')}` : `none defined yet`;
    return `unknown ${kind} "${value}" (${hint}); ${kind}s are defined in ${where}`;
  };
  const problems: string[] = [];
  if (!stories.includes(story)) problems.push(miss('story', story, stories, display(storyDir) + '/'));
  if (!outlets.includes(outlet)) problems.push(miss('outlet', outlet, outlets, display(path.join(root, CONTENT_LAYOUT.outlets))));
  if (problems.length > 0) throw new ImportFailure(problems.join('\n       '));
}

function readOutletIds(file: string): string[] {
  if (!existsSync(file)) throw new ImportFailure(`${display(file)} does not exist; create it with the outlets first`);
  let data: unknown;
  try {
    data = yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    throw new ImportFailure(`${display(file)} is not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!Array.isArray(data)) throw new ImportFailure(`${display(file)} must be a YAML list of outlets`);
  return data.flatMap((item: unknown) =>
    typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string' ? [(item as { id: string }).id] : [],
  );
}

function readRawText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new ImportFailure(`cannot read ${display(file)}; check the path`, 2);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFailure(`${display(file)} is not UTF-8 text; convert it first, e.g. iconv -f windows-1252 -t utf-8`);
  }
}

/** Re-reads the whole content tree; the import fails if the new file has a problem. */
function verify(root: string, file: string, id: string): number {
  try {
    const corpus = loadCorpus(root);
    process.stdout.write(`Wrote ${display(file)} (corpus checked: ${corpus.articles.length} ${corpus.articles.length === 1 ? 'article' : 'articles'}).\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const ours = error.problems.some((problem) => problem.file.split(', ').some((name) => path.resolve(name) === file || name.endsWith(`/${id}.md`)));
    process.stderr.write(`${error.message}\n`);
    if (ours) {
      process.stderr.write(`Wrote ${display(file)}, but it has the problems above; fix them before building.\n`);
      return 1;
    }
    process.stdout.write(`Wrote ${display(file)}; the content tree has other problems (above) that the build will report.\n`);
    return 0;
  }
}

process.exitCode = main(process.argv.slice(2));
