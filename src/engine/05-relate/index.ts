/**
 * Stage 5 — relate: inside each claim draft, how every sentence stands to the claim. Supporting
 * sentences corroborate (or quote the same person in different words); quantities outside the
 * consensus conflict; denials are attached to the claim they deny, even within the same article.
 */
import type { ClaimDraft, MatchResult } from '../04-match/index.ts';
import type { Features, QuoteFeature } from '../04-match/features.ts';
import { SAME_REMARK, quoteOverlap } from '../04-match/similarity.ts';
import type { SourceModel } from '../sources.ts';
import type { ClaimKind, Quantity, Relation, Stance } from '../types.ts';
import { denialTargets } from './denials.ts';
import { consensus, contains } from './quantities.ts';

/** A sentence as evidence for a claim, before judging. */
export interface RelatedEvidence {
  f: Features;
  relation: Relation;
  stance: Stance;
  quantity: Quantity | null;
  /** The quote of this sentence that matches the claim's quote, if any. */
  quote: QuoteFeature | null;
  /** The part of the sentence that bears on the claim (its clauses in the claim): offsets into the text. */
  start: number;
  end: number;
}

/** A claim with its evidence related, ready to be judged. */
export interface RelatedClaim {
  kind: ClaimKind;
  quantityKey: string | null;
  anchor: Features;
  /** Sorted by article order, then reading order. */
  evidence: RelatedEvidence[];
}

/** Quotes overlapping at least this much (and in 2+ words) are the same quote. */
const SAME_QUOTE = SAME_REMARK;

/** Runs stage 5 on one story's drafts. */
export function relateStory(match: MatchResult, sources: SourceModel): RelatedClaim[] {
  const { features } = match;
  const drafts = attachDenials(match);
  return drafts.map(({ draft, denials }) => relateDraft(draft, denials, features, sources));
}

/** Moves each denial draft into the draft it denies; returns the drafts with their denials. */
function attachDenials(match: MatchResult): Array<{ draft: ClaimDraft; denials: number[] }> {
  const targets = denialTargets(match.features, match.pairs, match.idf);
  const home = new Map<number, ClaimDraft>();
  for (const draft of match.drafts) {
    if (draft.denial) continue;
    for (const member of draft.members) {
      // Prefer the content claim over the quantity facet as the home of a sentence.
      if (!home.has(member) || draft.origin !== 'quantity') home.set(member, draft);
    }
  }
  const denialsOf = new Map<ClaimDraft, number[]>();
  const kept: ClaimDraft[] = [];
  for (const draft of match.drafts) {
    if (!draft.denial) {
      kept.push(draft);
      continue;
    }
    const target = draft.members.map((m) => targets.get(m)).find((t) => t !== undefined);
    const targetDraft = target === undefined ? undefined : home.get(target);
    if (!targetDraft) {
      kept.push(draft);
      continue;
    }
    denialsOf.set(targetDraft, [...(denialsOf.get(targetDraft) ?? []), ...draft.members]);
  }
  return kept.map((draft) => ({ draft, denials: draft.denial ? [] : (denialsOf.get(draft) ?? []) }));
}

function relateDraft(draft: ClaimDraft, denials: number[], features: readonly Features[], sources: SourceModel): RelatedClaim {
  const members = draft.members.map((m) => features[m]).filter((f): f is Features => f !== undefined);
  const evidence: RelatedEvidence[] = [];
  if (draft.origin === 'quantity') {
    const reports = members.map((f) => ({ f, quantity: draft.quantities.get(f.i) as Quantity, source: sources.key(f.sentence) }));
    const point = consensus(reports);
    for (const { f, quantity } of reports) {
      const agrees = point === null || contains(quantity, point);
      evidence.push({ f, relation: agrees ? 'corroborates' : 'conflicts', stance: agrees ? 'supports' : 'conflicts', quantity, quote: null, start: f.start, end: f.end });
    }
  } else {
    const numbers = clusterQuantities(members, sources);
    const anchor = members[0] as Features;
    const anchorQuotes = anchor.quotes;
    for (const f of members) {
      const quote = bestQuote(f, members);
      const anchorQuote = f === anchor ? quote : bestQuote(anchor, [f]);
      const differs =
        f !== anchor && quote !== null && anchorQuote !== null && anchorQuotes.length > 0 && !sameWording(quote, anchorQuote);
      const number = numbers.get(f) ?? null;
      const conflicts = number !== null && !number.agrees;
      const relation = conflicts ? 'conflicts' : differs ? 'wordingDiffers' : 'corroborates';
      evidence.push({ f, relation, stance: conflicts ? 'conflicts' : 'supports', quantity: number?.quantity ?? null, quote, start: f.start, end: f.end });
    }
  }
  for (const d of denials) {
    const f = features[d];
    if (f) evidence.push({ f, relation: 'denies', stance: 'denies', quantity: null, quote: null, start: f.start, end: f.end });
  }
  evidence.sort((a, b) => a.f.i - b.f.i);
  mergeClauses(evidence);
  const anchor = (evidence.find((e) => e.stance === 'supports') ?? evidence[0]) as RelatedEvidence;
  anchor.relation = 'anchor';
  return { kind: kindOf(draft, evidence), quantityKey: draft.quantityKey, anchor: anchor.f, evidence };
}

/** Several clauses of one sentence in a claim are one piece of evidence: the first, spanning them all. */
function mergeClauses(evidence: RelatedEvidence[]): void {
  const first = new Map<object, RelatedEvidence>();
  let kept = 0;
  for (const e of evidence) {
    const earlier = first.get(e.f.sentence);
    if (earlier) {
      earlier.start = Math.min(earlier.start, e.start);
      earlier.end = Math.max(earlier.end, e.end);
      earlier.quantity ??= e.quantity;
      earlier.quote ??= e.quote;
      continue;
    }
    first.set(e.f.sentence, e);
    evidence[kept++] = e;
  }
  evidence.length = kept;
}

/**
 * Numbers inside a content claim: sentences matched on their words that give a number of the same
 * unit ("2,600 jobs" / "3,200 jobs") report the same figure, so values outside the consensus
 * conflict. Only units that at least two independent sources give (one value per sentence) count.
 */
function clusterQuantities(members: readonly Features[], sources: SourceModel): Map<Features, { quantity: Quantity; agrees: boolean }> {
  const byUnit = new Map<string, Array<{ f: Features; quantity: Quantity }>>();
  for (const f of members) {
    const units = new Map<string, Quantity[]>();
    for (const q of f.quantities) units.set(q.unit, [...(units.get(q.unit) ?? []), q]);
    for (const [unit, list] of units) {
      if (list.length === 1) byUnit.set(unit, [...(byUnit.get(unit) ?? []), { f, quantity: list[0] as Quantity }]);
    }
  }
  const candidates = [...byUnit]
    .filter(([, reports]) => new Set(reports.map((r) => sources.key(r.f.sentence))).size >= 2)
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  const result = new Map<Features, { quantity: Quantity; agrees: boolean }>();
  const chosen = candidates[0]?.[1];
  if (!chosen) return result;
  const point = consensus(chosen.map((r) => ({ quantity: r.quantity, source: sources.key(r.f.sentence) })));
  for (const { f, quantity } of chosen) result.set(f, { quantity, agrees: point === null || contains(quantity, point) });
  return result;
}

/** The quote of `f` that best matches a quote of another member (null when none does). */
function bestQuote(f: Features, members: readonly Features[]): QuoteFeature | null {
  let best: QuoteFeature | null = null;
  let bestScore = 0;
  for (const quote of f.quotes) {
    for (const other of members) {
      if (other === f) continue;
      for (const theirs of other.quotes) {
        const score = quoteOverlap(quote, theirs);
        if (score >= SAME_QUOTE && score > bestScore) {
          best = quote;
          bestScore = score;
        }
      }
    }
  }
  return best;
}

/** Same wording: one quote's words are a run inside the other's ("hard to say" in "it is hard to say that"). */
export function sameWording(a: QuoteFeature, b: QuoteFeature): boolean {
  const x = ` ${a.plain} `;
  const y = ` ${b.plain} `;
  return x.includes(y) || y.includes(x);
}

/**
 * `quantity` for quantity facets and for claims every sentence of which gives the number; `quote` when every supporting sentence quotes the same named
 * person and the claim rests on those quoted words (or, for one sentence, the quote is most of it);
 * `statement` otherwise.
 */
function kindOf(draft: ClaimDraft, evidence: readonly RelatedEvidence[]): ClaimKind {
  if (draft.origin === 'quantity') return 'quantity';
  const stating = evidence.filter((e) => e.stance !== 'denies');
  if (stating.length > 1 && stating.every((e) => e.quantity)) return 'quantity';
  const supporting = evidence.filter((e) => e.stance === 'supports');
  if (supporting.length > 1) {
    const speakers = new Set(supporting.map((e) => e.quote?.speaker ?? null));
    return speakers.size === 1 && !speakers.has(null) && supporting.every((e) => e.quote) ? 'quote' : 'statement';
  }
  const only = supporting[0]?.f;
  if (!only) return 'statement';
  const quoted = only.quotes.filter((quote) => quote.speaker);
  const quotedWords = quoted.reduce((sum, quote) => sum + quote.words.length, 0);
  const allWords = only.termCount;
  return quoted.length > 0 && quotedWords >= 0.5 * allWords ? 'quote' : 'statement';
}
