/**
 * `npm run build`'s first step: stops a production build (CI, or NODE_ENV=production as the reader
 * set it) when SITE_URL is missing or malformed. Runs before Astro, which overwrites NODE_ENV.
 */
import { SITE_URL_HINT, siteUrlProblem } from '../src/integrations/site-url-guard.ts';

const problem = siteUrlProblem(process.env);
if (problem) {
  console.error(`error: ${problem}\n  ${SITE_URL_HINT}`);
  process.exit(1);
}
