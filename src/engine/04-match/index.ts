/**
 * Stage 4 — match: lines up the sentences of a story's articles into claim drafts. What is compared
 * is each clause of a sentence (a sentence that is not compound is one clause; see clauses.ts), so
 * one sentence may bear on several claims. Blocking proposes candidate pairs, similarity scores
 * them, clustering groups them; quantity facets group reports of the same measured thing; every
 * other checkable sentence becomes a single-sentence draft. Denials are clustered among themselves;
 * stage 5 attaches them to what they deny.
 */
import { candidatePairs, blockLimit } from './blocking.ts';
import { clusterPairs, type ScoredPair } from './cluster.ts';
import { buildFeatures, buildIdf, type Features, type Idf } from './features.ts';
import { quantityFacets } from './quantity-facets.ts';
import { MATCH_THRESHOLD, similarity } from './similarity.ts';
import type { SourceModel } from '../sources.ts';
import type { StoryContext } from '../story-context.ts';
import type { Quantity } from '../types.ts';

/** A claim before relations and verdicts: which sentences state it. */
export interface ClaimDraft {
  /** `cluster`: sentences matched by content; `quantity`: same measured thing; `single`: one sentence. */
  origin: 'cluster' | 'quantity' | 'single';
  /** Indices into `MatchResult.features`, ascending. */
  members: number[];
  /** For quantity drafts: the `measures|unit` key and each member's quantity. */
  quantityKey: string | null;
  quantities: Map<number, Quantity>;
  /** True when the members are denials (stage 5 tries to attach them to what they deny). */
  denial: boolean;
}

/** What stage 4 hands to stage 5. */
export interface MatchResult {
  features: Features[];
  idf: Idf;
  drafts: ClaimDraft[];
  /** Scored candidate pairs, including denial-to-statement pairs within one article. */
  pairs: ScoredPair[];
  /** Statistics for the scaling report. */
  stats: { sentences: number; candidatePairs: number; skippedBlocks: number };
}

/** Runs stage 4 on one story. */
export function matchStory(ctx: StoryContext, sources: SourceModel): MatchResult {
  const idf = buildIdf(ctx.sentences);
  const features = buildFeatures(ctx, idf);
  const blocking = candidatePairs(features, idf, blockLimit(ctx.articles.length));
  const pairs: ScoredPair[] = [];
  for (const [i, j] of blocking.pairs) {
    const a = features[i];
    const b = features[j];
    if (a && b) pairs.push({ i, j, score: similarity(a, b) });
  }
  const clusterable = pairs.filter((pair) => features[pair.i]?.denial === features[pair.j]?.denial && features[pair.i]?.article !== features[pair.j]?.article);
  const clusters = clusterPairs(features, clusterable, MATCH_THRESHOLD, similarity);
  const drafts: ClaimDraft[] = clusters.map((members) => ({
    origin: 'cluster',
    members,
    quantityKey: null,
    quantities: new Map(),
    denial: features[members[0] ?? 0]?.denial ?? false,
  }));
  const facets = quantityFacets(features, sources.group);
  const draftOfMember = new Map<number, ClaimDraft>();
  for (const draft of drafts) for (const m of draft.members) draftOfMember.set(m, draft);
  const restated = new Set<ClaimDraft>();
  for (const facet of facets) {
    // A facet whose sentences all sit in one content cluster is that cluster's number (stage 5 compares it).
    const home = draftOfMember.get(facet.members[0] ?? -1);
    if (home && facet.members.every((m) => draftOfMember.get(m) === home)) continue;
    // A content cluster that only restates the quantity is the quantity claim itself.
    const facetMembers = new Set(facet.members);
    for (const m of facet.members) {
      const draft = draftOfMember.get(m);
      if (draft && draft.members.every((x) => facetMembers.has(x))) restated.add(draft);
    }
    drafts.push({ origin: 'quantity', members: facet.members, quantityKey: facet.key, quantities: facet.quantities, denial: false });
  }
  if (restated.size > 0) drafts.splice(0, drafts.length, ...drafts.filter((draft) => !restated.has(draft)));
  // Every other checkable sentence is a claim of its own (all its clauses, one evidence sentence).
  const used = new Set(drafts.flatMap((draft) => draft.members.map((m) => features[m]?.sentence)));
  for (let k = 0; k < features.length; ) {
    const first = features[k] as Features;
    const members: number[] = [];
    for (; k < features.length && features[k]?.sentence === first.sentence; k++) if (features[k]?.checkable) members.push(k);
    if (members.length === 0 || used.has(first.sentence)) continue;
    drafts.push({ origin: 'single', members, quantityKey: null, quantities: new Map(), denial: first.denial });
  }
  return {
    features,
    idf,
    drafts,
    pairs,
    stats: { sentences: ctx.sentences.length, candidatePairs: blocking.pairs.length, skippedBlocks: blocking.skippedBlocks },
  };
}
