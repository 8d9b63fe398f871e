/**
 * Playwright's web server: builds the site under base `/factcheck/` from the project's content
 * plus the e2e fixtures (a hostile-HTML article in its own story, and an outlet that allows full
 * text, appended to the seed outlets), then serves it with `astro preview`, as GitHub Pages would.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { assembleContent, buildEnv, buildSite, ROOT } from '../support/site-build.ts';

const PORT = process.env.E2E_PORT ?? '4330';
const options = {
  name: 'e2e',
  contentDir: assembleContent('e2e', [path.join(ROOT, 'content'), path.join(ROOT, 'tests/fixtures/e2e')]),
  base: '/factcheck/',
  site: `http://localhost:${PORT}`,
};
appendFileSync(
  path.join(options.contentDir, 'outlets.yaml'),
  `\n${readFileSync(path.join(ROOT, 'tests/fixtures/e2e-outlets/outlets.yaml'), 'utf8')}`,
);
const build = buildSite(options);
if (!build.ok) {
  console.error(build.output);
  process.exit(1);
}
console.log(`built ${build.outDir}`);
const preview = spawn(
  path.join(ROOT, 'node_modules', '.bin', 'node'),
  [path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'preview', '--port', PORT, '--ignore-lock'],
  { cwd: ROOT, env: buildEnv(options), stdio: 'inherit' },
);
const stop = (): void => {
  preview.kill('SIGTERM');
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
preview.on('exit', (code) => process.exit(code ?? 0));
