/**
 * The rebuild after a day's work, measured: a copy of a corpus is analysed with an empty cache (the
 * last build), one article is added to one story, and the analysis runs again with that cache (the
 * rebuild) and with an empty one (a clean build of the same content). Each step is a fresh process
 * (rebuild-run.ts) and includes loading the content, as a build does.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runChild, ROOT, WORK } from './measure.ts';
import type { RebuildRun } from './rebuild-run.ts';

const REBUILD_RUN = path.join(ROOT, 'scripts', 'bench', 'rebuild-run.ts');

/** Clean and cached analysis after one article was added. */
export interface RebuildEntry {
  articles: number;
  /** The analysis before the article (empty cache): it fills the cache. */
  first: RebuildRun;
  /** After the article, with the cache. */
  cached: RebuildRun;
  /** After the article, with an empty cache. */
  clean: RebuildRun;
  /** clean.ms / cached.ms. */
  speedup: number;
}

/**
 * Adds one article to the story of the first article file (sorted by path): a later report by the
 * same outlet that repeats it and adds a sentence. Returns the new file.
 */
export function addOneArticle(contentDir: string): string {
  const articles = path.join(contentDir, 'articles');
  const files = readdirSync(articles, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md')).sort();
  const model = files[0];
  if (!model) throw new Error(`no article under ${articles}`);
  const text = readFileSync(path.join(articles, model), 'utf8');
  const target = path.join(articles, model.replace(/\.md$/, '-follow-up.md'));
  const followUp = text
    .replace(/^title: (.*)$/m, (_, title: string) => `title: ${title.replace(/"$/, ' (update)"')}`)
    .replace(/^published: \d{4}-\d\d-\d\d$/m, (line) => line.replace(/\d\d$/, '28'))
    .replace(/^url: .*\n/m, '');
  writeFileSync(target, `${followUp.trimEnd()}\n\nInvestigators will publish their full report next month, officials said.\n`);
  return target;
}

/** Measures the rebuild after one article on a copy of `contentDir`. */
export async function measureRebuild(contentDir: string, articles: number, log: (message: string) => void): Promise<RebuildEntry> {
  const dir = path.join(WORK, `rebuild-${articles}`);
  const content = path.join(dir, 'content');
  const cache = path.join(dir, 'astro-cache');
  const cleanCache = path.join(dir, 'astro-cache-clean');
  rmSync(dir, { recursive: true, force: true });
  cpSync(contentDir, content, { recursive: true });
  const step = async (name: string, cacheDir: string): Promise<RebuildRun> => {
    const run = await runChild<RebuildRun>(REBUILD_RUN, ['--content', content, '--cache', cacheDir]);
    log(`  ${name}: ${run.ms} ms (CPU ${run.cpuMs} ms), ${run.analysed} of ${run.stories} stories analysed, ${run.cached} from the cache, ${run.threads} threads`);
    return run;
  };
  const first = await step('first build, empty cache', cache);
  addOneArticle(content);
  const cached = await step('one article later, with the cache', cache);
  const clean = await step('one article later, empty cache', cleanCache);
  rmSync(dir, { recursive: true, force: true });
  return { articles, first, cached, clean, speedup: Math.round((clean.ms / cached.ms) * 10) / 10 };
}
