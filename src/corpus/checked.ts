/**
 * The corpus the content check read at the start of a build (src/integrations/content-guard.ts),
 * kept for the site's collection loaders (astro-loaders.ts) to publish, instead of reading and
 * checking every file a second time a second later (4 s at 10,000 articles). The check and the
 * loaders are separate bundles of the same process, so it is kept on `globalThis`. Only a build's
 * first load takes it: `astro dev` reloads from the files whenever they change.
 */
import type { LoadedCorpus } from './load.ts';

const KEPT = Symbol.for('factcheck.checked-corpus');

interface Kept {
  root: string;
  corpus: LoadedCorpus;
}

const slot = globalThis as Record<symbol, Kept | undefined>;

/** Keeps the corpus the content check read under `root`. */
export function keepCheckedCorpus(root: string, corpus: LoadedCorpus): void {
  slot[KEPT] = { root, corpus };
}

/** The corpus the content check read under `root`, if it kept one. */
export function checkedCorpus(root: string): LoadedCorpus | undefined {
  const kept = slot[KEPT];
  return kept?.root === root ? kept.corpus : undefined;
}

/** Lets the kept corpus go (the collections have been loaded). */
export function forgetCheckedCorpus(): void {
  slot[KEPT] = undefined;
}
