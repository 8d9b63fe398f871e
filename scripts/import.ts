/**
 * `npm run import -- <file or folder>... --story <id> --outlet <id> [options]`: turns saved web pages
 * and scraped texts into `content/articles/<id>.md` (content root: `$CONTENT_DIR` or `./content`).
 * The command itself is src/importer/cli/run.ts; `--help` prints the options.
 */
import { runImport } from '../src/importer/cli/run.ts';

process.exitCode = runImport(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.env.INIT_CWD ?? process.cwd(),
  env: process.env,
});
