/**
 * The editors' review queue: per story, the claims most worth a human look, each with the reasons and a
 * ready-to-paste review stub. Contested verdicts, low engine confidence, single-source claims with a
 * denial nearby, anonymous sourcing, and reviewed claims whose evidence grew after the review.
 */
import type { AnnotatedSentence, ArticleAnalysis } from '../engine/types.ts';
import { articleOrder, idAnchor } from './claim-ids.ts';
import { isFailure, locate } from './locate.ts';
import { clauseSpans, indexBySentence, pickClaim } from './resolve.ts';
import { formatList, verdictLabel } from './text.ts';
import type { ReviewedAnalysis, ReviewedClaim } from './types.ts';

/** Below this engine confidence (0..1) a claim is queued. */
export const LOW_CONFIDENCE = 0.6;
/** How many sentences either side of a claim's sentence count as "nearby" for a denial. */
export const NEARBY_SENTENCES = 2;

/** Weights of the reasons, so the most telling come first. */
const WEIGHT = { changedSinceReview: 5, contested: 4, denialNearby: 3, lowConfidence: 2, anonymous: 1 } as const;

/** One claim in the queue. */
export interface QueueItem {
  claim: ReviewedClaim;
  score: number;
  reasons: string[];
  /** A YAML review stub that names this claim, ready to paste into `content/reviews/<story>.yaml`. */
  stub: string;
}

/** Options: one story, how many per story, who reviews and when (the stub's `by` and `date`). */
export interface QueueOptions {
  story?: string | undefined;
  limit: number;
  by: string;
  date: string;
}

/** The queue, story by story (stories in analysis order, each list most urgent first). */
export function reviewQueue(analysis: ReviewedAnalysis, options: QueueOptions): Array<{ story: string; title: string; items: QueueItem[] }> {
  const context = stubContext(analysis);
  const { articles, order, outletName } = context;
  return analysis.stories
    .filter((story) => !options.story || story.id === options.story)
    .map((story) => {
      const denials = analysis.articles.filter((article) => article.story === story.id).flatMap((article) => article.sentences.filter((s) => s.polarity === 'denies'));
      const items = analysis.claims
        .filter((claim) => claim.story === story.id)
        .flatMap((claim): QueueItem[] => {
          const reasons: Array<[number, string]> = [];
          const { confidence } = claim;
          if (claim.reviewed) {
            const newer = claim.evidence.filter((e) => (order.appeared.get(e.article) ?? '') > (claim.reviewed?.date ?? ''));
            if (newer.length === 0) return [];
            const outlets = formatList([...new Set(newer.map((e) => outletName.get(e.outlet) ?? e.outlet))].sort());
            reasons.push([WEIGHT.changedSinceReview, `evidence changed since the review of ${claim.reviewed.date}: new sentences from ${outlets}`]);
          } else {
            if (claim.verdict === 'disputed' || claim.verdict === 'conflicting') reasons.push([WEIGHT.contested, `contested verdict (${verdictLabel(claim.verdict)})`]);
            if (confidence < LOW_CONFIDENCE) {
              reasons.push([WEIGHT.lowConfidence + (LOW_CONFIDENCE - confidence) * 2, `low engine confidence (${confidence.toFixed(2)})`]);
            }
            if (claim.verdict === 'single-source') {
              const denial = denialNearby(claim, denials, articles);
              if (denial) reasons.push([WEIGHT.denialNearby, `single source, with a denial nearby in ${denial.article}: "${denial.text}"`]);
            }
            if (claim.flags.includes('anonymousSourcing')) reasons.push([WEIGHT.anonymous, 'rests on anonymous sources']);
          }
          if (reasons.length === 0) return [];
          return [{ claim, score: reasons.reduce((sum, [weight]) => sum + weight, 0), reasons: reasons.map(([, text]) => text), stub: reviewStub(claim, context, options) }];
        })
        .sort((a, b) => b.score - a.score || b.claim.evidence.length - a.claim.evidence.length || (a.claim.id < b.claim.id ? -1 : 1))
        .slice(0, options.limit);
      return { story: story.id, title: story.title, items };
    });
}

/** Share of a claim sentence's content terms a denial elsewhere must contain to be about the same matter. */
export const SHARED_TERMS = 0.5;

/**
 * A denial near the claim: within a few sentences of its evidence in the same article, or elsewhere in
 * the story naming one of the claim's entities and sharing content terms with its evidence (the same matter).
 */
function denialNearby(claim: ReviewedClaim, denials: readonly AnnotatedSentence[], articles: ReadonlyMap<string, ArticleAnalysis>): AnnotatedSentence | undefined {
  const own = new Set(claim.evidence.map((e) => `${e.article} ${e.sentenceId}`));
  const sentences = claim.evidence.flatMap((e) => articles.get(e.article)?.sentences.find((s) => s.id === e.sentenceId) ?? []);
  return denials.find((denial) => {
    if (own.has(`${denial.article} ${denial.id}`)) return false;
    if (sentences.some((s) => s.article === denial.article && Math.abs(s.index - denial.index) <= NEARBY_SENTENCES)) return true;
    if (!denial.mentions.some((mention) => claim.entities.includes(mention.entity))) return false;
    const denied = new Set(denial.terms);
    return sentences.some((s) => s.terms.length > 0 && s.terms.filter((term) => denied.has(term)).length / s.terms.length >= SHARED_TERMS);
  });
}

/** Lookups a stub needs, built once per queue. */
export interface StubContext {
  articles: ReadonlyMap<string, ArticleAnalysis>;
  index: ReturnType<typeof indexBySentence>;
  order: ReturnType<typeof articleOrder>;
  outletName: ReadonlyMap<string, string>;
}

/** The lookups for `reviewStub`, from the analysis. */
export function stubContext(analysis: ReviewedAnalysis): StubContext {
  return {
    articles: new Map(analysis.articles.map((article) => [article.id, article])),
    index: indexBySentence(analysis.claims),
    order: articleOrder(analysis.articles),
    outletName: new Map(analysis.outlets.map((outlet) => [outlet.id, outlet.name])),
  };
}

/** YAML for a double-quoted scalar (JSON strings are valid YAML). */
const yamlString = (text: string): string => JSON.stringify(text);

/**
 * A review stub for a claim: the claim named by its first sentence (article, sentence id, kind and the
 * words of its clause), with the automatic result as comments and the fields an editor fills in.
 */
export function reviewStub(claim: ReviewedClaim, context: StubContext, options: Pick<QueueOptions, 'by' | 'date'>): string {
  // The first sentence (in order of appearance) whose words name this claim alone: the whole sentence,
  // or, where the sentence holds other claims of its kind, only this claim's clause.
  const first = idAnchor(claim.evidence, context.order) ?? claim.evidence[0];
  if (!first) return '';
  const candidates = [first, ...claim.evidence.filter((e) => e !== first)].map((e) => {
    const sharing = (context.index.get(`${e.article} ${e.sentenceId}`) ?? []).filter((other) => other.kind === claim.kind).length > 1;
    const spans = sharing ? clauseSpans(claim, e) : [];
    const quote = spans.length > 0 ? e.text.slice(spans[0]?.[0] ?? 0, spans.at(-1)?.[1] ?? e.text.length) : e.text;
    const ref = { article: e.article, quote, sentence: e.sentenceId, kind: claim.kind };
    const located = locate(ref, context.articles);
    return { ref, resolves: !isFailure(located) && pickClaim(ref, located, context.index) === claim };
  });
  const { ref, resolves } = candidates.find((candidate) => candidate.resolves) ?? candidates[0] ?? { ref: { article: '', quote: '', sentence: '', kind: claim.kind }, resolves: false };
  const outlets = formatList([...new Set(claim.evidence.map((e) => context.outletName.get(e.outlet) ?? e.outlet))].sort());
  const lines = [
    `# ${claim.statement}`,
    `#   automatic: ${verdictLabel(claim.automatic.verdict)}${claim.reviewed ? ` (now ${verdictLabel(claim.verdict)}, reviewed by ${claim.reviewed.by} on ${claim.reviewed.date})` : ''} · ${claim.evidence.length} sentences from ${outlets}`,
    `#   ${claim.explanation}`,
    `#   page: /claims/${claim.id}/`,
    ...(resolves ? [] : ['#   CHECK: this stub also matches another claim on the same sentence; quote only the words of this claim']),
    '- claim:',
    `    article: ${ref.article}`,
    `    sentence: ${ref.sentence}`,
    `    kind: ${ref.kind}`,
    `    quote: ${yamlString(ref.quote)}`,
    `  by: ${yamlString(options.by)}`,
    `  date: ${options.date}`,
    `  verdict: ${claim.verdict}   # corroborated | conflicting | disputed | single-source`,
    '  rationale: ""   # required: why the editors decide so, in a sentence or two readers will see',
    '  # statement: a better headline',
    '  # note: |',
    '  #   A longer editor’s note, in Markdown.',
    '  # remove: [{ article: ..., quote: "..." }]      # sentences that are not the same fact',
    '  # add: [{ article: ..., quote: "...", stance: supports }]',
    '  # merge: [{ article: ..., quote: "..." }]       # other claims that are the same fact',
    '  # hide: true                                  # not a claim (page furniture, background)',
  ];
  return lines.join('\n');
}
