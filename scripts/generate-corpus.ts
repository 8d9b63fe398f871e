/**
 * `npm run generate -- --articles N --seed S --out DIR` (or `tsx scripts/generate-corpus.ts ...`):
 * writes a synthetic content tree for the benchmark that `CONTENT_DIR=DIR` can point at. Stories of
 * 5-50 articles from invented outlets and wire agencies, with shared facts in different words,
 * reworded quotes, conflicting numbers, anonymous claims, on-record denials, wire credits,
 * near-duplicate reprints and unrelated filler. The same N and S always give the same files.
 * Exit codes: 0 done, 2 wrong arguments.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MANIFEST_FILE, generateCorpus, writeCorpus } from './bench/corpus/generate.ts';

const USAGE = `Usage: tsx scripts/generate-corpus.ts --articles N --seed S --out DIR

Writes DIR/outlets.yaml, DIR/stories/<id>.md, DIR/articles/<story>/<id>.md and
DIR/${MANIFEST_FILE} (what was planted: numbers, rumours, denials, reprints).
An earlier generated tree in DIR is replaced.

  --articles N   number of articles (stories get 5-50 each)       [1000]
  --seed S       any text or number; same seed, same corpus         [1]
  --out DIR      content root to write                              [bench/corpus/<N>-seed-<S>]
  -h, --help     show this help
`;

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        articles: { type: 'string', default: '1000' },
        seed: { type: 'string', default: '1' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const articles = Number(values.articles);
  if (!Number.isInteger(articles) || articles < 1) {
    process.stderr.write(`--articles must be a positive whole number, got "${values.articles}"\n\n${USAGE}`);
    return 2;
  }
  const out = path.resolve(values.out ?? path.join('bench', 'corpus', `${articles}-seed-${values.seed}`));
  const started = performance.now();
  const corpus = generateCorpus({ articles, seed: values.seed });
  writeCorpus(out, corpus);
  const { manifest } = corpus;
  const ms = Math.round(performance.now() - started);
  process.stdout.write(
    `Wrote ${manifest.articles} articles in ${manifest.stories} stories from ${manifest.outlets} outlets ` +
      `(${manifest.agencies} agencies) to ${path.relative(process.cwd(), out) || '.'} in ${ms} ms\n` +
      `${manifest.sentences} sentences, ${(manifest.bytes / 1e6).toFixed(1)} MB; ` +
      Object.entries(manifest.tags)
        .map(([tag, count]) => `${tag} ${count}`)
        .join(', ') +
      `\nPoint the site at it with CONTENT_DIR=${path.relative(process.cwd(), out) || '.'}\n`,
  );
  return 0;
}

process.exitCode = main();
