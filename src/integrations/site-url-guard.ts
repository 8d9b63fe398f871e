/**
 * Refuses a production build without `SITE_URL`: canonical links, Open Graph images, the sitemap,
 * robots.txt, the feeds and the data export all carry absolute URLs, and without it they would
 * silently point at http://localhost:4321. A build is a production build when `CI` is set (GitHub
 * Actions sets it) or the reader set `NODE_ENV=production`; a local `npm start` is not.
 *
 * Astro itself sets NODE_ENV=production before it loads the config, so inside the build only `CI`
 * tells; `NODE_ENV` is checked by `npm run build`'s prebuild step (scripts/check-site-url.ts), which
 * runs with the environment as the reader gave it.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';

/** True when the environment asks for a production build. */
export function isProductionBuild(env: NodeJS.ProcessEnv): boolean {
  const ci = (env['CI'] ?? '').toLowerCase();
  return (ci !== '' && ci !== 'false' && ci !== '0') || env['NODE_ENV'] === 'production';
}

/** The problem with the environment's SITE_URL for a build, or null when there is none. */
export function siteUrlProblem(env: NodeJS.ProcessEnv): string | null {
  const value = env['SITE_URL'];
  if (value === undefined || value.trim() === '') {
    return isProductionBuild(env) ? 'SITE_URL is not set, and this is a production build (CI or NODE_ENV=production).' : null;
  }
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return `SITE_URL must be an http(s) address, not "${value}".`;
    if (url.pathname !== '/' || url.search || url.hash) {
      return `SITE_URL must be the origin only ("${url.origin}"), not "${value}": put the path in BASE_PATH.`;
    }
  } catch {
    return `SITE_URL is not a URL: "${value}".`;
  }
  return null;
}

/** The hint printed with every problem. */
export const SITE_URL_HINT =
  'Set SITE_URL to the address the site is served from, e.g. SITE_URL=https://<owner>.github.io BASE_PATH=/<repository>/ ' +
  '(or SITE_URL=https://example.org BASE_PATH=/ for a custom domain or a user site). See "Deploy" in the README.';

/** The integration factory; `env` is the environment the config was loaded with (its NODE_ENV is Astro's, so it is ignored). */
export default function siteUrlGuard(env: NodeJS.ProcessEnv): AstroIntegration {
  return {
    name: 'factcheck:site-url-guard',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const problem = siteUrlProblem({ ...env, NODE_ENV: undefined });
        if (!problem) return;
        const error = new AstroError(problem, SITE_URL_HINT);
        error.stack = '';
        throw error;
      },
    },
  };
}
