/**
 * `npm run analyze [-- --story ID] [--json]`: the engine's findings in the terminal, without
 * building the site. Per story, claims grouped by verdict (contested first), each with its evidence
 * per outlet; or, with --json, the /data/claims.json export (site from SITE_URL + BASE_PATH).
 */
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '../src/corpus/load.ts';
import { ContentError, didYouMean, formatNotices } from '../src/corpus/problems.ts';
import { analyzeContent } from '../src/corpus/analyze.ts';
import type { Claim, CorpusAnalysis, Verdict } from '../src/engine/types.ts';
import { buildClaimsExport } from '../src/export/claims-json.ts';
import { applyReviews } from '../src/review/apply.ts';
import type { ReviewedClaim } from '../src/review/types.ts';

/** Verdicts in report order: what a reader should look at first. */
const VERDICT_ORDER: Verdict[] = ['conflicting', 'disputed', 'corroborated', 'single-source'];

interface Args {
  story: string | null;
  json: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { story: null, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--json') args.json = true;
    else if (arg === '--story') args.story = argv[++i] ?? fail('--story needs a story id, e.g. --story my-story');
    else if (arg.startsWith('--story=')) args.story = arg.slice('--story='.length);
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write('Usage: npm run analyze -- [--story ID] [--json]\n');
      process.exit(0);
    } else fail(`Unknown option "${arg}". Usage: npm run analyze -- [--story ID] [--json]`);
  }
  return args;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** The site address for absolute claim urls: SITE_URL plus BASE_PATH, default http://localhost:4321/. */
export function siteFromEnv(env: NodeJS.ProcessEnv): string {
  const origin = (env.SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, '');
  const base = (env.BASE_PATH ?? '/').replace(/^\/*/, '/').replace(/\/*$/, '/');
  return `${origin}${base}`;
}

function claimReport(claim: Claim, analysis: CorpusAnalysis): string[] {
  const outletName = new Map(analysis.outlets.map((outlet) => [outlet.id, outlet.name]));
  const flags = claim.flags.length > 0 ? ` [${claim.flags.join(', ')}]` : '';
  const lines = [`  • ${claim.statement}`, `    ${claim.verdict}${flags} · ${claim.kind} · ${claim.id}`, `    ${claim.explanation}`];
  const review = (claim as Partial<ReviewedClaim>).reviewed;
  const automatic = (claim as Partial<ReviewedClaim>).automatic;
  if (review && automatic) lines.push(`    reviewed by ${review.by} on ${review.date} (automatic verdict: ${automatic.verdict})`);
  for (const e of claim.evidence) {
    const details = [e.stance, e.value, e.via ? `via ${e.via}` : null].filter(Boolean).join(', ');
    const text = e.text.length > 160 ? `${e.text.slice(0, 157)}...` : e.text;
    lines.push(`      - ${outletName.get(e.outlet) ?? e.outlet} (${e.article}) [${details}]: ${text}`);
  }
  return lines;
}

/** The readable terminal report. */
export function formatReport(analysis: CorpusAnalysis, milliseconds: number): string {
  const out: string[] = [];
  const byId = new Map(analysis.claims.map((claim) => [claim.id, claim]));
  for (const story of analysis.stories) {
    out.push(`\n${story.title} (${story.id}): ${story.articles.length} articles from ${story.outlets.length} outlets`);
    const duplicates = analysis.articles.filter((a) => a.story === story.id && a.nearDuplicateOf);
    for (const article of duplicates) out.push(`  ${article.id} is a near-duplicate of ${article.nearDuplicateOf} (counted once)`);
    const claims = story.claims.map((id) => byId.get(id)).filter((claim): claim is Claim => claim !== undefined);
    for (const verdict of VERDICT_ORDER) {
      const group = claims.filter((claim) => claim.verdict === verdict);
      if (group.length === 0) continue;
      out.push(`\n ${verdict.toUpperCase()} (${group.length})`);
      for (const claim of group) out.push(...claimReport(claim, analysis));
    }
    const counts = VERDICT_ORDER.map((verdict) => `${story.counts[verdict]} ${verdict}`).join(', ');
    out.push(`\n ${story.id}: ${claims.length} claims: ${counts}`);
  }
  const articles = analysis.articles.length;
  out.push(`\nAnalysed ${analysis.stories.length} stories, ${articles} articles, ${analysis.claims.length} claims in ${milliseconds.toFixed(0)} ms.`);
  return `${out.join('\n')}\n`;
}

function main(): void {
  // `npm run analyze | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const args = parseArgs(process.argv.slice(2));
  let corpus;
  try {
    corpus = loadCorpus();
  } catch (error) {
    if (error instanceof ContentError) fail(error.message);
    throw error;
  }
  // The same notices as the build prints: what was skipped on purpose, and odd articles.
  for (const line of formatNotices(corpus.notices)) process.stderr.write(`${line}\n`);
  if (args.story !== null && !corpus.stories.some((story) => story.id === args.story)) {
    const ids = corpus.stories.map((story) => story.id);
    const guess = didYouMean(args.story, ids);
    fail(`No story has the id "${args.story}".${guess ? ` Did you mean "${guess}"?` : ''} Known stories: ${ids.join(', ') || '(none)'}.`);
  }
  const started = performance.now();
  const engine = analyzeContent(corpus, args.story ? { stories: [args.story] } : {});
  const elapsed = performance.now() - started;
  // The editors' reviews apply here as on the site (only those of the stories analysed).
  let analysis;
  try {
    analysis = applyReviews(engine, corpus.reviews.filter((file) => args.story === null || file.story === args.story));
  } catch (error) {
    if (error instanceof ContentError) fail(error.message);
    throw error;
  }
  if (args.json) process.stdout.write(`${JSON.stringify(buildClaimsExport(analysis, { site: siteFromEnv(process.env) }), null, 2)}\n`);
  else process.stdout.write(formatReport(analysis, elapsed));
}

main();
