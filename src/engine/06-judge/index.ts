/**
 * Stage 6 — judge: turns related claims into the public Claim records: verdict and flags, a
 * readable statement and explanation, marks, the permalink slug and its aliases.
 * Ids are made unique across the whole corpus by `analyzeCorpus`, not here.
 */
import type { RelatedClaim } from '../05-relate/index.ts';
import { claimSlug, sentenceIdHash } from '../slug.ts';
import { slugFor } from './slug-words.ts';
import type { SourceModel } from '../sources.ts';
import type { StoryContext } from '../story-context.ts';
import type { Claim, Evidence } from '../types.ts';
import { explain } from './explanation.ts';
import { claimMarks } from './marks.ts';
import { statementOf, valueText } from './statement.ts';
import { judge } from './verdict.ts';

/** Judges every related claim of a story. */
export function judgeStory(related: readonly RelatedClaim[], ctx: StoryContext, sources: SourceModel): Claim[] {
  return related.map((claim) => judgeClaim(claim, ctx, sources));
}

function judgeClaim(claim: RelatedClaim, ctx: StoryContext, sources: SourceModel): Claim {
  const judgement = judge(claim, sources, (article) => ctx.outletOf.get(article)?.id ?? article);
  const statement = statementOf(claim, ctx);
  const marks = claimMarks(claim, sources);
  const evidence = claim.evidence.map((e, n): Evidence => ({
    article: e.f.article,
    outlet: ctx.outletOf.get(e.f.article)?.id ?? '',
    sentenceId: e.f.sentence.id,
    text: e.f.sentence.text,
    stance: e.stance,
    relation: e.relation,
    value: e.quantity ? valueText(e.quantity) : null,
    quantity: e.quantity,
    via: sources.via(e.f.sentence),
    marks: marks[n] ?? [],
  }));
  const supporting = claim.evidence.filter((e) => e.stance !== 'denies');
  const speakerIds = [...new Set(supporting.map((e) => e.quote?.speaker ?? e.f.speaker).filter((id): id is string => id !== null))];
  const speakers = [...new Set(speakerIds.map((id) => ctx.entities.get(id)?.name ?? id))].sort();
  const entities = [...new Set([...speakerIds, ...claim.evidence.flatMap((e) => e.f.entities)])].sort();
  const hash = sentenceIdHash(claim.anchor.sentence.id);
  const words = slugFor(claim, statement, ctx, sources);
  return {
    id: claimSlug(words, hash),
    hash,
    story: ctx.story.id,
    kind: claim.kind,
    statement,
    verdict: judgement.verdict,
    flags: judgement.flags,
    explanation: explain(claim, judgement, ctx, sources),
    speakers,
    entities,
    anchor: { article: claim.anchor.article, sentenceId: claim.anchor.sentence.id },
    independentSources: judgement.independentSources,
    evidence,
    aliases: [...new Set(claim.evidence.map((e) => sentenceIdHash(e.f.sentence.id)))].sort(),
  };
}
