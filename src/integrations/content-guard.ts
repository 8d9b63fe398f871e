/**
 * Astro integration that checks the whole content tree before anything is built (src/corpus/load.ts)
 * and stops the build with one readable report when it finds a problem; files skipped on purpose
 * (drafts in dot-folders) and articles far outside the usual shape are listed as warnings.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { FurnitureCache, furnitureCodeVersion } from '../corpus/furniture-cache.ts';
import { formatFurnitureWarning, furnitureWarnings } from '../corpus/furniture-warnings.ts';
import { forgetCheckedCorpus, keepCheckedCorpus } from '../corpus/checked.ts';
import { contentDir, loadCorpus } from '../corpus/load.ts';
import { ContentError, formatNotices } from '../corpus/problems.ts';

/** The integration factory. */
export default function contentGuard(): AstroIntegration {
  return {
    name: 'factcheck:content-guard',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const root = contentDir();
        try {
          const corpus = loadCorpus(root);
          // A build's collections publish what was checked here, without reading it all again (checked.ts).
          if (command === 'build') keepCheckedCorpus(root, corpus);
          logger.info(
            `content OK: ${corpus.stories.length} stories, ${corpus.outlets.length} outlets, ${corpus.articles.length} articles`,
          );
          // Nothing is skipped silently: drafts and stray files are listed, odd articles flagged.
          for (const line of formatNotices(corpus.notices)) logger.warn(line);
          // Lines that look like page furniture are warnings, never failures: editors decide. A build
          // checks only the articles that changed since the last one (furniture-cache.ts).
          const cache = command === 'build' ? new FurnitureCache(fileURLToPath(config.cacheDir), furnitureCodeVersion(fileURLToPath(config.root))) : undefined;
          for (const warning of furnitureWarnings(corpus.articles, corpus.files, cache)) logger.warn(`kept line looks like furniture: ${formatFurnitureWarning(warning)}`);
          const cacheError = cache?.save();
          if (cacheError) logger.warn(`the furniture warnings could not be cached (${cacheError.message}); the next build checks every article again`);
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          const problem = new AstroError(error.message, 'Fix the files listed above, then build again.');
          problem.stack = '';
          throw problem;
        }
      },
      // The collections were loaded before the build starts.
      'astro:build:start': () => forgetCheckedCorpus(),
    },
  };
}
