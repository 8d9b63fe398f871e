/**
 * Astro integration that checks the whole content tree before anything is built (src/corpus/load.ts)
 * and stops the build with one readable report when it finds a problem. Astro on its own only logs
 * broken references, unreadable files and duplicate ids, and builds the site without them.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { formatFurnitureWarning, furnitureWarnings } from '../corpus/furniture-warnings.ts';
import { contentDir, loadCorpus } from '../corpus/load.ts';
import { ContentError } from '../corpus/problems.ts';

/** The integration factory. */
export default function contentGuard(): AstroIntegration {
  return {
    name: 'factcheck:content-guard',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const root = contentDir();
        try {
          const corpus = loadCorpus(root);
          logger.info(
            `content OK: ${corpus.stories.length} stories, ${corpus.outlets.length} outlets, ${corpus.articles.length} articles`,
          );
          // Lines that look like page furniture are warnings, never failures: editors decide.
          for (const warning of furnitureWarnings(corpus.articles, corpus.files)) logger.warn(`kept line looks like furniture: ${formatFurnitureWarning(warning)}`);
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          const problem = new AstroError(error.message, 'Fix the files listed above, then build again.');
          problem.stack = '';
          throw problem;
        }
      },
    },
  };
}
