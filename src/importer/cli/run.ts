/**
 * The import command (`npm run import`, scripts/import.ts): checks the arguments and the content
 * tree, then imports each file on its own (a bad file is reported and the others still import),
 * prints every removed line with its reason and every kept line that looks like furniture, and
 * ends with one summary when there were several files. An article whose new file the corpus check
 * refuses is taken back out, so a failed import writes nothing.
 * Exit codes: 0 all imported, 1 a file or the content had a problem, 2 wrong arguments.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { CONTENT_LAYOUT, contentDir, loadCorpus } from '../../corpus/load.ts';
import { ContentError, didYouMean } from '../../corpus/problems.ts';
import { articleSchema } from '../../schemas/article.ts';
import { defaultArticleId } from '../article-id.ts';
import { importRawText, type ImportOptions, type ImportResult } from '../clean-scrape.ts';
import { importHtmlPage, looksLikeHtmlPage } from '../html-page.ts';
import { renderArticle, type ArticleFrontmatter } from '../render-article.ts';
import { suspiciousLines } from '../suspicious-lines.ts';
import { InputError, listInputs, readInputFile } from './input-file.ts';
import { checkArticleId, parseImportArgs, USAGE, UsageError, type ImportArgs } from './options.ts';
import { articleTarget, OutputError, restoreArticle, writeArticle } from './output-file.ts';

/** Where the command writes: the report and errors to `err`, the article (dry run) and results to `out`. */
export interface ImportIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The folder relative input paths start from (npm's INIT_CWD, else the working directory). */
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** A far longer body than any news article is a wrong file or a page of many articles. */
export const MAX_ARTICLE_WORDS = 30_000;

/** A problem with the content tree itself: nothing can be imported. */
class TreeError extends Error {}

const display = (file: string): string => {
  const relative = path.relative(process.cwd(), file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
};

/** Runs the command; returns the exit code. */
export function runImport(argv: readonly string[], io: ImportIo): number {
  let args: ImportArgs;
  try {
    args = parseImportArgs(argv, io.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`error: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.out(USAGE);
    return 0;
  }

  const root = contentDir(io.env);
  let siteNames: string[];
  try {
    siteNames = checkReferences(root, args.story, args.outlet);
  } catch (error) {
    if (!(error instanceof TreeError)) throw error;
    io.err(`error: ${error.message}\n`);
    return 1;
  }

  const { files, skipped } = listInputs(args.inputs, io.cwd, display);
  const perArticle = (['title', 'published', 'url', 'author', 'id'] as const).filter((name) => args[name] !== undefined);
  if (perArticle.length > 0 && files.length > 1) {
    io.err(`error: ${perArticle.map((name) => `--${name}`).join(', ')} describe one article, but the inputs hold ${files.length} files; import that file on its own with these options\n\n${USAGE}`);
    return 2;
  }
  for (const { file, reason } of skipped) io.err(`Skipped ${file}: ${reason}\n`);

  const outcomes: Array<{ file: string; ok: boolean; detail: string }> = [];
  const written = new Map<string, string>();
  for (const file of files) {
    const shown = display(file);
    try {
      const detail = importOne(file, shown, args, root, siteNames, written, io);
      outcomes.push({ file: shown, ok: true, detail });
    } catch (error) {
      if (!(error instanceof InputError || error instanceof OutputError || error instanceof ImportProblem)) throw error;
      io.err(`error: ${error.message}\n`);
      outcomes.push({ file: shown, ok: false, detail: error.message });
    }
  }

  const failed = outcomes.filter((outcome) => !outcome.ok);
  if (outcomes.length + skipped.length > 1 || outcomes.length === 0) {
    const lines = [`\nSummary: ${outcomes.length - failed.length} of ${outcomes.length} ${outcomes.length === 1 ? 'file' : 'files'} imported${args.dryRun ? ' (dry run: nothing written)' : ''}.`];
    for (const outcome of outcomes) lines.push(`  ${outcome.ok ? 'ok    ' : 'FAILED'} ${outcome.file}: ${outcome.ok ? outcome.detail : outcome.detail.split('\n')[0]}`);
    for (const { file, reason } of skipped) lines.push(`  skipped ${file}: ${reason}`);
    io.err(`${lines.join('\n')}\n`);
  }
  if (outcomes.length === 0) {
    io.err('error: nothing to import; name .html, .htm or .txt files, or a folder that holds some\n');
    return 1;
  }
  return failed.length > 0 ? 1 : 0;
}

/** A problem found while importing one file (no headline, no date, an invalid field...). */
class ImportProblem extends Error {}

/** Imports one file; returns a one-line account for the summary. Throws for a problem with this file. */
function importOne(
  file: string,
  shown: string,
  args: ImportArgs,
  root: string,
  siteNames: readonly string[],
  written: Map<string, string>,
  io: ImportIo,
): string {
  const input = readInputFile(file, shown);
  const options: ImportOptions = {
    siteNames,
    ...(args.title === undefined ? {} : { title: args.title }),
    ...(args.published === undefined ? {} : { published: args.published }),
    ...(args.url === undefined ? {} : { url: args.url }),
    ...(args.author === undefined ? {} : { author: args.author }),
  };
  const html = /\.(?:html?|xhtml)$/i.test(file) || looksLikeHtmlPage(input.text);
  const result: ImportResult = html ? importHtmlPage(input.text, options) : importRawText(input.text, options);

  const report = [`Importing ${shown} (${html ? 'web page' : 'text'})`];
  report.push(result.removed.length === 0 ? 'Removed nothing.' : `Removed ${result.removed.length} ${result.removed.length === 1 ? 'piece' : 'pieces'}:`);
  for (const { line, reason } of result.removed) report.push(`  - [${reason}] ${line.length > 300 ? `${line.slice(0, 297)}...` : line}`);
  for (const note of [...input.notes, ...result.notes]) report.push(`Note: ${note}`);
  io.err(`${report.join('\n')}\n`);

  if (result.title === undefined) throw new ImportProblem(`no headline found in ${shown}; pass it with --title "..."`);
  if (result.published === undefined) {
    throw new ImportProblem(`no publication date found in ${shown} (no date in the page's metadata, no date line under the headline); pass --published YYYY-MM-DD`);
  }
  if (result.markdown.trim() === '') throw new ImportProblem(`no article text is left in ${shown} after cleaning; check the removed lines above`);
  const words = result.markdown.split(/\s+/).filter(Boolean).length;
  if (words > MAX_ARTICLE_WORDS) {
    throw new ImportProblem(`${shown} holds ${words.toLocaleString('en')} words of text, far more than a news article (limit ${MAX_ARTICLE_WORDS.toLocaleString('en')}); check that the file is one article`);
  }

  const id = args.id ?? defaultArticleId(args.outlet, result.title);
  if (id === undefined) throw new ImportProblem(`cannot build an id from the title "${result.title}" of ${shown}; pass one with --id`);
  try {
    checkArticleId(id);
  } catch (error) {
    throw new ImportProblem(`${error instanceof Error ? error.message : String(error)} (for ${shown})`);
  }
  const earlier = written.get(id);
  if (earlier !== undefined) {
    throw new ImportProblem(`${shown} would get the id "${id}", which ${earlier} got in this run; import it on its own with --id`);
  }

  const retrieved = args.retrieved ?? (args.retrievedFromFile ? calendarDay(input.modified) : undefined);
  const frontmatter: ArticleFrontmatter = {
    title: result.title,
    outlet: args.outlet,
    story: args.story,
    published: result.published,
    ...(result.url === undefined ? {} : { url: result.url }),
    ...(result.author === undefined ? {} : { author: result.author }),
    ...(retrieved === undefined ? {} : { retrieved }),
  };
  const check = articleSchema.safeParse(frontmatter);
  if (!check.success) {
    const issues = check.error.issues.map((issue) => `  - ${issue.path.join('.') || 'frontmatter'}: ${issue.message}`);
    throw new ImportProblem(`the frontmatter for ${shown} would be invalid:\n${issues.join('\n')}`);
  }

  const text = renderArticle(frontmatter, result.markdown);
  const bodyStart = text.split('\n').length - result.markdown.replace(/\n$/, '').split('\n').length;
  const warnings = suspiciousLines(result.markdown, bodyStart);
  const target = articleTarget(root, CONTENT_LAYOUT.articles, id, args.force, display);
  const shownTarget = display(target.file);
  if (warnings.length > 0) {
    io.err(`Check ${warnings.length === 1 ? 'this kept line' : `these ${warnings.length} kept lines`}; ${warnings.length === 1 ? 'it looks' : 'they look'} like page furniture:\n`);
    for (const warning of warnings) io.err(`  ${shownTarget}:${warning.line}: ${warning.reason}: "${warning.text}"\n`);
  }

  if (args.dryRun) {
    io.out(text);
    const overwrite = target.previous !== undefined ? ` (replacing the existing file)` : '';
    io.err(`Dry run: nothing written (would write ${shownTarget}${overwrite}).\n`);
    written.set(id, shown);
    return `would write ${shownTarget}`;
  }
  mkdirSync(path.dirname(target.file), { recursive: true });
  writeArticle(target, text);
  written.set(id, shown);
  verify(root, target, id, io);
  io.out(`Wrote ${shownTarget}\n`);
  return `wrote ${shownTarget}${warnings.length > 0 ? ` (${warnings.length} ${warnings.length === 1 ? 'line' : 'lines'} to check)` : ''}`;
}

/** The local calendar day of a file's modification time. */
function calendarDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * Re-reads the whole content tree with the new file in it; if the check finds a problem in the new
 * file, the file is taken back out (the old content restored) and the import fails.
 */
function verify(root: string, target: { file: string; previous?: Buffer }, id: string, io: ImportIo): void {
  try {
    loadCorpus(root);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const ours = error.problems.some((problem) => problem.file.split(', ').some((name) => path.resolve(name) === path.resolve(target.file) || name.endsWith(`/${id}.md`) || name === `${id}.md`));
    if (ours) {
      restoreArticle(target);
      throw new ImportProblem(`${error.message}\nThe new article has the problems above, so it was not kept (${display(target.file)} is as it was).`);
    }
    io.err(`${error.message}\nThe content tree has other problems (above) that the build will report; ${display(target.file)} itself is fine.\n`);
  }
}

/**
 * Checks that the story and outlet exist (with a did-you-mean) and returns the outlet's name and id,
 * which the cleaning uses to recognise the site's name on the page.
 */
function checkReferences(root: string, story: string, outlet: string): string[] {
  if (!existsSync(root)) throw new TreeError(`the content folder ${display(root)} does not exist; create it, or set CONTENT_DIR to the content root`);
  const storyDir = path.join(root, CONTENT_LAYOUT.stories);
  const stories = existsSync(storyDir) ? readdirSync(storyDir).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)) : [];
  const outlets = readOutlets(path.join(root, CONTENT_LAYOUT.outlets));
  const miss = (kind: string, value: string, known: string[], where: string): string => {
    const suggestion = didYouMean(value, known);
    const hint = suggestion !== undefined ? `did you mean "${suggestion}"?` : known.length > 0 ? `known: ${known.slice(0, 20).join(', ')}${known.length > 20 ? ', ...' : ''}` : 'none defined yet';
    return `unknown ${kind} "${value}" (${hint}); ${kind}s are defined in ${where}`;
  };
  const problems: string[] = [];
  if (!stories.includes(story)) problems.push(miss('story', story, stories, `${display(storyDir)}/`));
  const found = outlets.find((item) => item.id === outlet);
  if (found === undefined) problems.push(miss('outlet', outlet, outlets.map((item) => item.id), display(path.join(root, CONTENT_LAYOUT.outlets))));
  if (problems.length > 0) throw new TreeError(`${problems.join('\n       ')}\nNothing was imported.`);
  return [outlet, ...(found?.name === undefined ? [] : [found.name])];
}

function readOutlets(file: string): Array<{ id: string; name?: string }> {
  if (!existsSync(file)) throw new TreeError(`${display(file)} does not exist; create it with the outlets first (see the README)`);
  let data: unknown;
  try {
    data = yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    throw new TreeError(`${display(file)} is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  if (!Array.isArray(data)) throw new TreeError(`${display(file)} must be a YAML list of outlets`);
  return data.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const record = item as { id?: unknown; name?: unknown };
    if (typeof record.id !== 'string') return [];
    return [{ id: record.id, ...(typeof record.name === 'string' ? { name: record.name } : {}) }];
  });
}
