/**
 * The import command's arguments: parsed strictly, every value checked before any file is read, and
 * every misuse (a flag given twice, flags that contradict each other, a per-article flag with several
 * files, options that npm took for itself) reported with what to write instead.
 */
import { parseArgs } from 'node:util';
import { isCalendarDate } from '../../schemas/common.ts';
import { ARTICLE_ID } from '../article-id.ts';

/** A mistake in the command line; the CLI exits with code 2 and prints the usage. */
export class UsageError extends Error {}

/** The help text, printed with --help and after every mistake in the command line. */
export const USAGE = `Usage: npm run import -- <file or folder>... --story <story-id> --outlet <outlet-id> [options]

Turns saved web pages (.html) and scraped or copied article texts (.txt) into
content/articles/<id>.md (content root: $CONTENT_DIR if set, else ./content).
A folder imports every .html, .htm and .txt file in it. Every removed line is
printed with its reason; kept lines that look like page furniture are listed.

Required:
  --story <id>           the story the articles belong to (a file name in content/stories/)
  --outlet <id>          the outlet that published them (an id in content/outlets.yaml)

For one file only:
  --title <text>         the headline (default: from the page's metadata or the text)
  --published <date>     publication day, YYYY-MM-DD (default: from the page or its date line)
  --url <url>            address of the original (default: canonical link or "Original url:")
  --author <name>        the byline (default: from the page or its "By ..." line)
  --id <id>              article id and file name (default: <outlet>-<first six title words>)

Optional:
  --retrieved <date>     the day the page was saved, YYYY-MM-DD
  --retrieved-from-file  use each file's modification day as the retrieved day
                         (never defaulted to today, so rebuilding gives the same site)
  --force                overwrite an existing article file (never through a symbolic link)
  --dry-run              print the article files instead of writing them
  -h, --help             show this help

Examples:
  npm run import -- saved-page.html --story us-russia-talks-riyadh-2025 --outlet kyiv-post
  npm run import -- scrape.txt --story us-russia-talks-riyadh-2025 --outlet kyiv-post \\
    --title "Russia and US wrap up first round of talks in Riyadh" --published 2025-02-18
  npm run import -- downloads/riyadh/ --story us-russia-talks-riyadh-2025 --outlet kyiv-post
`;

const OPTIONS = {
  story: { type: 'string' },
  outlet: { type: 'string' },
  title: { type: 'string' },
  published: { type: 'string' },
  url: { type: 'string' },
  author: { type: 'string' },
  retrieved: { type: 'string' },
  'retrieved-from-file': { type: 'boolean' },
  id: { type: 'string' },
  force: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The options that describe one article, so they cannot apply to several files at once. */
const PER_ARTICLE = ['title', 'published', 'url', 'author', 'id'] as const;

/** The checked command line. */
export interface ImportArgs {
  help: boolean;
  inputs: string[];
  story: string;
  outlet: string;
  title?: string;
  published?: string;
  url?: string;
  author?: string;
  retrieved?: string;
  retrievedFromFile: boolean;
  id?: string;
  force: boolean;
  dryRun: boolean;
}

/** Control characters (other than tab) and bidirectional overrides have no place in a title or name. */
const UNSAFE_TEXT = /[\u0000-\u0008\u000a-\u001f\u007f\u202a-\u202e\u2066-\u2069]/u;

/**
 * Options npm took for itself: `npm run import --story x file` (no `--`) gives the script only the
 * values and sets npm_config_story. `env` is the process environment.
 */
export function optionsTakenByNpm(env: NodeJS.ProcessEnv): string[] {
  if (env.npm_lifecycle_event === undefined) return [];
  return Object.keys(OPTIONS).filter((name) => {
    const value = env[`npm_config_${name.replace(/-/g, '_')}`];
    return value !== undefined && value !== '' && (name !== 'force' || value === 'true');
  });
}

/** Checks an id given with --id: a plain file name, never a path. */
export function checkArticleId(id: string): void {
  if (/[/\\]/.test(id) || id.includes('..') || id.startsWith('.')) {
    throw new UsageError(`--id "${id}" is a path; give a plain name such as kyiv-post-riyadh-talks (the file always goes to content/articles/<id>.md)`);
  }
  if (id.endsWith('.md') && ARTICLE_ID.test(id.slice(0, -3))) throw new UsageError(`--id "${id}" includes the extension; write --id ${id.slice(0, -3)}`);
  if (!ARTICLE_ID.test(id)) throw new UsageError(`--id "${id}" is not a valid id; use lower-case letters, digits and single hyphens, e.g. kyiv-post-riyadh-talks`);
  if (id.length > 120) throw new UsageError(`--id is ${id.length} characters long; keep it under 120 (it is a file name and a URL)`);
}

/** Parses and checks the command line; throws a UsageError with the fix for any misuse. */
export function parseImportArgs(args: readonly string[], env: NodeJS.ProcessEnv = process.env): ImportArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals, tokens } = parsed;
  if (values.help === true) return { help: true, inputs: [], story: '', outlet: '', retrievedFromFile: false, force: false, dryRun: false };

  const counts = new Map<string, number>();
  for (const token of tokens) if (token.kind === 'option') counts.set(token.name, (counts.get(token.name) ?? 0) + 1);
  const twice = [...counts].filter(([, count]) => count > 1).map(([name]) => `--${name}`);
  if (twice.length > 0) throw new UsageError(`${twice.join(', ')} given more than once; give each option once`);

  const npmTook = optionsTakenByNpm(env).filter((name) => values[name as keyof typeof values] === undefined);
  if (npmTook.length > 0) {
    throw new UsageError(
      `npm took ${npmTook.map((name) => `--${name}`).join(', ')} for itself, because the options came before "--"; ` +
        'write them after it: npm run import -- <files> --story <id> --outlet <id> ...',
    );
  }

  if (positionals.length === 0) throw new UsageError('give the saved page, text file or folder to import');
  const { story, outlet } = values;
  if (story === undefined) throw new UsageError('--story is required: the id of the story the articles belong to');
  if (outlet === undefined) throw new UsageError('--outlet is required: the id of the outlet that published the articles');
  for (const [name, value] of [['--story', story], ['--outlet', outlet]] as const) {
    if (!ARTICLE_ID.test(value)) throw new UsageError(`${name} "${value}" is not an id; ids are lower-case letters, digits and hyphens, e.g. kyiv-post`);
  }
  for (const name of ['published', 'retrieved'] as const) {
    const value = values[name];
    if (value !== undefined && !isCalendarDate(value)) throw new UsageError(`--${name} "${value}" is not a date; write it YYYY-MM-DD, e.g. 2025-02-18`);
  }
  for (const name of ['title', 'author'] as const) {
    const value = values[name];
    if (value !== undefined && value.trim() === '') throw new UsageError(`--${name} is empty; give the text, or leave the option out to take it from the page`);
    if (value !== undefined && UNSAFE_TEXT.test(value)) throw new UsageError(`--${name} contains control or text-direction characters; type it again as plain text`);
  }
  if (values.url !== undefined) {
    let ok = false;
    try {
      ok = ['http:', 'https:'].includes(new URL(values.url).protocol);
    } catch {
      ok = false;
    }
    if (!ok) throw new UsageError(`--url "${values.url}" is not a web address; give the full address, e.g. https://www.example.com/news/story`);
  }
  if (values.id !== undefined) checkArticleId(values.id);
  if (values.retrieved !== undefined && values['retrieved-from-file'] === true) {
    throw new UsageError('--retrieved and --retrieved-from-file contradict each other; give one of them');
  }
  const perArticle = PER_ARTICLE.filter((name) => values[name] !== undefined);
  const folderLike = positionals.some((input) => /[/\\]$/.test(input));
  if (perArticle.length > 0 && (positionals.length > 1 || folderLike)) {
    throw new UsageError(
      `${perArticle.map((name) => `--${name}`).join(', ')} describe${perArticle.length === 1 ? 's' : ''} one article, but ${positionals.length > 1 ? `${positionals.length} inputs were given` : 'a folder was given'}; import that file on its own with these options`,
    );
  }

  return {
    help: false,
    inputs: positionals,
    story,
    outlet,
    ...(values.title === undefined ? {} : { title: values.title.trim() }),
    ...(values.published === undefined ? {} : { published: values.published }),
    ...(values.url === undefined ? {} : { url: values.url }),
    ...(values.author === undefined ? {} : { author: values.author.trim() }),
    ...(values.retrieved === undefined ? {} : { retrieved: values.retrieved }),
    retrievedFromFile: values['retrieved-from-file'] === true,
    ...(values.id === undefined ? {} : { id: values.id }),
    force: values.force === true,
    dryRun: values['dry-run'] === true,
  };
}
