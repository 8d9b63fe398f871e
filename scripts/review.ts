/**
 * `npm run review [-- --story ID] [--limit N] [--by NAME] [--date YYYY-MM-DD]`: the editors' review queue.
 * Per story, the claims most worth a human look (contested verdicts, low confidence, single sources with
 * a denial nearby, anonymous sourcing, reviewed claims with new evidence), each with its reasons and a
 * ready-to-paste stub for `content/reviews/<story-id>.yaml`. Stale reviews are reported first (exit 1).
 */
import { parseArgs } from 'node:util';
import { contentDir, loadCorpus } from '../src/corpus/load.ts';
import { ContentError, didYouMean } from '../src/corpus/problems.ts';
import { REVIEWS_FOLDER } from '../src/corpus/reviews.ts';
import { analyzeContent } from '../src/corpus/analyze.ts';
import { applyReviews } from '../src/review/apply.ts';
import { reviewQueue } from '../src/review/queue.ts';

const USAGE = `Usage: npm run review -- [--story ID] [--limit N] [--by NAME] [--date YYYY-MM-DD]

  --story ID     only this story
  --limit N      claims per story                              [10]
  --by NAME      the reviewer's name in the stubs              [$REVIEWER, else "Your Name"]
  --date DATE    the review date in the stubs                  [today]
`;

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function main(): void {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        story: { type: 'string' },
        limit: { type: 'string', default: '10' },
        by: { type: 'string' },
        date: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) fail(`--limit must be a whole number of 1 or more, not "${values.limit}".`);
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`--date must be written YYYY-MM-DD, not "${date}".`);

  let corpus;
  let analysis;
  try {
    corpus = loadCorpus();
    if (values.story && !corpus.stories.some((story) => story.id === values.story)) {
      const guess = didYouMean(values.story, corpus.stories.map((story) => story.id));
      fail(`No story has the id "${values.story}".${guess ? ` Did you mean "${guess}"?` : ''}`);
    }
    analysis = applyReviews(analyzeContent(corpus), corpus.reviews);
  } catch (error) {
    if (error instanceof ContentError) fail(`${error.message}\n\nFix the reviews above, then run npm run review again.`, 1);
    throw error;
  }

  const out: string[] = [];
  for (const warning of analysis.warnings) out.push(`note: ${warning.file} ${warning.review}: ${warning.message}`);
  const queue = reviewQueue(analysis, { story: values.story, limit, by: values.by ?? process.env.REVIEWER ?? 'Your Name', date });
  for (const { story, title, items } of queue) {
    const file = `${contentDir()}/${REVIEWS_FOLDER}/${story}.yaml`.replace(`${process.cwd()}/`, '');
    out.push('', `== ${title} (${story}): ${items.length === 0 ? 'nothing waiting for review' : `${items.length} to review; paste into ${file}`}`);
    items.forEach((item, n) => {
      out.push('', `${n + 1}. ${item.claim.statement}`, ...item.reasons.map((reason) => `   - ${reason}`), '', item.stub);
    });
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
