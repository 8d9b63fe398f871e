/**
 * The review layer's one entry: `applyReviews(analysis, reviewFiles) → ReviewedAnalysis`, a pure
 * function from the engine's output and the editors' review files to what the site shows. Claims get
 * unique permalinks (claim-ids.ts), reviews are found in the analysis (pass 1, every stale review
 * reported at once) and applied oldest first (pass 2), then dates, change logs, corrections and story
 * counts are derived. The engine's own verdict stays on every claim as `automatic`.
 */
import type { ArticleAnalysis, CorpusAnalysis, Evidence, StoryAnalysis, Verdict } from '../engine/types.ts';
import { ContentError, type ContentProblem } from '../corpus/problems.ts';
import type { ReviewFile } from '../corpus/reviews.ts';
import { slugify } from '../corpus/load.ts';
import { appearedOn, articleOrder, assignIds, byAppearance, engineClaimIds, idAnchor, idTail, type ArticleOrder } from './claim-ids.ts';
import { changeLog, claimDates, type DateContext } from './dates.ts';
import type { Located } from './locate.ts';
import { evidenceFor, indexBySentence } from './resolve.ts';
import { resolveReviews, reviewLabel, type ResolvedReview } from './resolve-reviews.ts';
import { independentSources } from './sources.ts';
import { quoted, sentences, verdictLabel } from './text.ts';
import type { AppliedReview, Correction, RemovedClaim, ReviewedAlias, ReviewedAnalysis, ReviewedClaim, ReviewWarning } from './types.ts';

/** A claim while reviews are applied. */
interface Working {
  claim: ReviewedClaim;
  /** The editors changed which sentences it holds. */
  changed: boolean;
  /** Position among the story's claims (split parts follow their claim). */
  order: number;
}

/** Everything pass 2 reads and writes. */
interface State {
  alive: Map<string, Working>;
  removed: RemovedClaim[];
  aliases: Map<string, ReviewedAlias>;
  applied: Array<{ review: AppliedReview; holder: Working; hidden: boolean }>;
  warnings: ReviewWarning[];
  problems: ContentProblem[];
  articles: ReadonlyMap<string, ArticleAnalysis>;
  outletNames: ReadonlyMap<string, string>;
  order: ArticleOrder;
}

/** Applies the editors' reviews to the engine's analysis; throws a ContentError for stale reviews. */
export function applyReviews(analysis: CorpusAnalysis, files: readonly ReviewFile[]): ReviewedAnalysis {
  const order = articleOrder(analysis.articles);
  const articles = new Map(analysis.articles.map((article) => [article.id, article]));
  const ids = engineClaimIds(analysis.claims, order);
  const outletNames = new Map(analysis.outlets.map((outlet) => [outlet.id, outlet.name]));
  const state: State = { alive: new Map(), removed: [], aliases: new Map(), applied: [], warnings: [], problems: [], articles, outletNames, order };
  analysis.claims.forEach((claim, n) => {
    const id = ids[n] ?? claim.id;
    state.alive.set(id, {
      changed: false,
      order: n,
      claim: {
        ...claim,
        id,
        hash: idTail(id) ?? claim.hash,
        flags: [...claim.flags],
        speakers: [...claim.speakers],
        entities: [...claim.entities],
        evidence: claim.evidence.map((e) => ({ ...e, marks: [...e.marks] })),
        automatic: { verdict: claim.verdict, statement: claim.statement, explanation: claim.explanation, flags: [...claim.flags] },
        reviewed: null,
        reviews: [],
        rationale: null,
        note: null,
        datePublished: '',
        dateModified: '',
        changes: [],
        origins: [claim.id],
      },
    });
  });

  const resolved = resolveReviews(files, articles, indexBySentence(analysis.claims), state.problems);
  if (state.problems.length > 0) throw new ContentError(state.problems);
  const chronological = [...resolved].sort((a, b) => (a.review.date < b.review.date ? -1 : a.review.date > b.review.date ? 1 : 0));
  for (const item of chronological) applyOne(item, state);
  if (state.problems.length > 0) throw new ContentError(state.problems);

  return assemble(analysis, state);
}

/** The live claim an engine claim became, found through the sentence that named it. */
function current(engineId: string, at: Located, state: State): Working | string {
  const holders = [...state.alive.values()].filter((w) => w.claim.origins.includes(engineId));
  if (holders.length === 1 && holders[0]) return holders[0];
  if (holders.length === 0) return 'an earlier review hid this claim';
  const holding = holders.filter((w) => evidenceFor(w.claim, at.article.id, at.sentence.id));
  if (holding.length === 1 && holding[0]) return holding[0];
  return `an earlier review split this claim, and the quote does not say which part is meant (${holders.map((w) => quoted(w.claim.statement, 50)).join(', ')})`;
}

function applyOne(item: ResolvedReview, state: State): void {
  const { review } = item;
  const label = reviewLabel(item.index, review);
  const warn = (message: string): void => void state.warnings.push({ file: item.file, review: label, message });
  const fail = (field: string, message: string, hint: string): void =>
    void state.problems.push({ file: item.file, rule: 'review-conflict', field: `[${item.index}].${field}`, message: `${label}: ${message}`, hint });

  const found = current(item.target.claim.id, item.target.at, state);
  if (typeof found === 'string') return fail('claim', found, 'point this review at the claim as it is after the earlier review, or fold the two reviews into one');
  const target = found;
  const claim = target.claim;
  const before = { verdict: claim.verdict, statement: claim.statement };
  const actions: string[] = [];

  item.merge.forEach((other, m) => {
    const merged = current(other.claim.id, other.at, state);
    if (typeof merged === 'string') return fail(`merge[${m}]`, merged, 'name a claim that is on the site');
    if (merged === target) return warn(`merge[${m}]: ${quoted(other.claim.statement, 60)} is already part of this claim; the line can go`);
    for (const e of merged.claim.evidence) if (!evidenceFor(claim, e.article, e.sentenceId)) claim.evidence.push(e);
    claim.origins = [...new Set([...claim.origins, ...merged.claim.origins])];
    claim.speakers = [...new Set([...claim.speakers, ...merged.claim.speakers])];
    claim.entities = [...new Set([...claim.entities, ...merged.claim.entities])];
    claim.flags = [...new Set([...claim.flags, ...merged.claim.flags])];
    state.alive.delete(merged.claim.id);
    for (const entry of state.applied) if (entry.holder === merged) entry.holder = target;
    for (const alias of state.aliases.values()) alias.to = alias.to.map((id) => (id === merged.claim.id ? claim.id : id));
    state.aliases.set(merged.claim.id, { action: 'merged', date: review.date, by: review.by, rationale: review.rationale ?? null, to: [claim.id], statement: merged.claim.statement, origins: [...merged.claim.origins] });
    target.changed = true;
    actions.push(`merged with ${quoted(merged.claim.statement, 140)}`);
  });

  const parts: Working[] = [];
  item.split.forEach(({ part, sentences: located }, p) => {
    const moving = located.flatMap((at) => {
      const e = evidenceFor(claim, at.article.id, at.sentence.id);
      if (!e) warn(`split[${p}]: sentence ${at.sentence.id} of ${at.article.id} is not in this claim any more; it is left out of the new claim`);
      return e ? [e] : [];
    });
    if (moving.length === 0) return warn(`split[${p}]: none of its sentences is in the claim; no claim was split off`);
    claim.evidence = claim.evidence.filter((e) => !moving.includes(e));
    const statement = part.statement ?? moving[0]?.text ?? claim.statement;
    const stamp = { by: review.by, date: review.date };
    const applied: AppliedReview = {
      ...stamp,
      source: `${item.file} ${label}`,
      rationale: part.rationale ?? review.rationale ?? null,
      verdictBefore: claim.verdict,
      verdictAfter: part.verdict,
      statementBefore: claim.statement,
      statementAfter: statement,
      actions: [`split off ${quoted(claim.statement, 70)} as a claim of its own`, `verdict set to ${verdictLabel(part.verdict)}`],
    };
    const anchor = idAnchor(moving, state.order) ?? moving[0];
    const taken = new Set([...state.alive.keys(), ...state.aliases.keys(), ...state.removed.map((r) => r.id)]);
    const [id = ''] = assignIds(
      [{ words: slugify(statement).split('-').filter((word) => word.length > 3).slice(0, 6).join('-'), article: anchor?.article ?? '', sentenceId: anchor?.sentenceId ?? '', key: `${claim.kind}|split of ${claim.id}|${p}`, label: quoted(statement) }],
      taken,
    );
    const working: Working = {
      changed: true,
      order: target.order + (p + 1) / 1000,
      claim: {
        ...claim,
        id,
        hash: idTail(id) ?? '',
        statement,
        verdict: part.verdict,
        flags: [...(review.flags ?? claim.flags)],
        evidence: moving,
        anchor: { article: anchor?.article ?? '', sentenceId: anchor?.sentenceId ?? '' },
        reviewed: stamp,
        reviews: [applied],
        rationale: applied.rationale,
        note: null,
        origins: [...claim.origins],
      },
    };
    state.alive.set(id, working);
    state.applied.push({ review: applied, holder: working, hidden: false });
    parts.push(working);
    target.changed = true;
    actions.push(`${sentences(moving.length)} split off into ${quoted(statement, 70)}`);
  });
  if (parts.length > 0 && claim.evidence.length > 0 && review.verdict === undefined) {
    fail('verdict', `the split leaves ${sentences(claim.evidence.length)} in the claim, and its evidence changed`, 'add "verdict:" (and a rationale) for what stays, or move every sentence into a part');
  }
  if (parts.length > 0 && claim.evidence.length === 0) {
    // Every sentence left: the old URL lists the new claims.
    state.alive.delete(claim.id);
    state.aliases.set(claim.id, { action: 'split', date: review.date, by: review.by, rationale: review.rationale ?? null, to: parts.map((w) => w.claim.id), statement: claim.statement, origins: [...claim.origins] });
    return;
  }

  item.remove.forEach((at, m) => {
    const e = evidenceFor(claim, at.article.id, at.sentence.id);
    if (!e) return warn(`remove[${m}]: sentence ${at.sentence.id} of ${at.article.id} is not in this claim any more; the line can go`);
    claim.evidence = claim.evidence.filter((other) => other !== e);
    target.changed = true;
    actions.push(`removed ${outletName(at.article, state)}’s sentence (not the same fact)`);
  });
  if (claim.evidence.length === 0) return fail('remove', 'removing these sentences leaves the claim with no evidence', 'hide the claim instead (hide: true with a rationale)');

  item.add.forEach((at, m) => {
    const existing = evidenceFor(claim, at.article.id, at.sentence.id);
    if (existing?.stance === at.stance) return warn(`add[${m}]: sentence ${at.sentence.id} of ${at.article.id} is already in this claim as "${at.stance}"; the line can go`);
    if (existing) {
      actions.push(`${outletName(at.article, state)}’s sentence now counts as “${at.stance}” (was “${existing.stance}”)`);
      existing.stance = at.stance;
      existing.relation = relationFor(at.stance);
    } else {
      claim.evidence.push(addedEvidence(at, at.stance));
      actions.push(`added ${outletName(at.article, state)}’s sentence (${at.stance})`);
    }
    target.changed = true;
  });

  if (review.hide) {
    const applied = appliedReview(item, label, before, { verdict: claim.verdict, statement: claim.statement }, ['removed from the site: not a claim']);
    state.alive.delete(claim.id);
    state.removed.push({ id: claim.id, story: claim.story, kind: claim.kind, statement: claim.statement, automatic: claim.automatic, review: applied });
    state.aliases.set(claim.id, { action: 'removed', date: review.date, by: review.by, rationale: review.rationale ?? null, to: [], statement: claim.statement, origins: [...claim.origins] });
    state.applied.push({ review: applied, holder: target, hidden: true });
    return;
  }

  if (review.verdict !== undefined) {
    if (review.verdict === claim.verdict) actions.push(`verdict confirmed as ${verdictLabel(review.verdict)}`);
    else actions.push(`verdict corrected from ${verdictLabel(claim.verdict)} to ${verdictLabel(review.verdict)}`);
    claim.verdict = review.verdict;
  }
  if (review.statement !== undefined && review.statement !== claim.statement) {
    actions.push('headline rewritten');
    claim.statement = review.statement;
  }
  if (review.flags !== undefined) {
    claim.flags = [...review.flags];
    actions.push(review.flags.length > 0 ? 'flags set by the editors' : 'flags cleared by the editors');
  }
  if (review.note !== undefined) {
    claim.note = review.note;
    actions.push('editor’s note added');
  }
  if (review.rationale !== undefined) claim.rationale = review.rationale;
  claim.reviewed = { by: review.by, date: review.date };
  const applied = appliedReview(item, label, before, { verdict: claim.verdict, statement: claim.statement }, actions.length > 0 ? actions : ['checked']);
  claim.reviews.push(applied);
  state.applied.push({ review: applied, holder: target, hidden: false });
}

function appliedReview(
  item: ResolvedReview,
  label: string,
  before: { verdict: Verdict; statement: string },
  after: { verdict: Verdict; statement: string },
  actions: string[],
): AppliedReview {
  return {
    by: item.review.by,
    date: item.review.date,
    source: `${item.file} ${label}`,
    rationale: item.review.rationale ?? null,
    verdictBefore: before.verdict,
    verdictAfter: after.verdict,
    statementBefore: before.statement,
    statementAfter: after.statement,
    actions,
  };
}

function outletName(article: ArticleAnalysis, state: State): string {
  return state.outletNames.get(article.outlet) ?? article.outlet;
}

function relationFor(stance: Evidence['stance']): Evidence['relation'] {
  return stance === 'supports' ? 'corroborates' : stance;
}

/** Evidence for a sentence an editor added: the sentence as on the page, the quoted words marked. */
function addedEvidence(at: Located, stance: Evidence['stance']): Evidence {
  return {
    article: at.article.id,
    outlet: at.article.outlet,
    sentenceId: at.sentence.id,
    text: at.sentence.text,
    stance,
    relation: relationFor(stance),
    value: null,
    quantity: null,
    via: at.sentence.attribution.via,
    marks: [at.span],
    clause: [0, at.sentence.text.length],
  };
}

/** Dates, change logs, story lists and counts, corrections: the finished analysis. */
function assemble(analysis: CorpusAnalysis, state: State): ReviewedAnalysis {
  const context: DateContext = {
    appeared: new Map(analysis.articles.map((article) => [article.id, appearedOn(article)])),
    outletName: state.outletNames,
  };
  const working = [...state.alive.values()].sort((a, b) => a.order - b.order);
  for (const { claim, changed } of working) {
    if (changed) {
      claim.evidence.sort(byAppearance(state.order));
      claim.independentSources = independentSources(claim.evidence, state.articles);
      if (!evidenceFor(claim, claim.anchor.article, claim.anchor.sentenceId)) {
        const anchor = idAnchor(claim.evidence, state.order);
        if (anchor) claim.anchor = { article: anchor.article, sentenceId: anchor.sentenceId };
      }
      // The engine's explanation described the evidence it had; the editors' rationale explains this one.
      claim.explanation = claim.rationale ?? claim.explanation;
    }
    Object.assign(claim, claimDates(claim.evidence, claim.reviews, context));
    claim.changes = changeLog(claim.evidence, claim.reviews, context);
  }
  // The rest of a claim's reviews, from claims merged into it, also date it.
  for (const { review, holder, hidden } of state.applied) {
    if (!hidden && review.date > holder.claim.dateModified && state.alive.get(holder.claim.id) === holder) holder.claim.dateModified = review.date;
  }
  const claims = working.map((w) => w.claim);
  const byStory = new Map<string, ReviewedClaim[]>();
  for (const claim of claims) byStory.set(claim.story, [...(byStory.get(claim.story) ?? []), claim]);
  const stories: StoryAnalysis[] = analysis.stories.map((story) => {
    const own = byStory.get(story.id) ?? [];
    const counts: Record<Verdict, number> = { corroborated: 0, conflicting: 0, disputed: 0, 'single-source': 0 };
    for (const claim of own) counts[claim.verdict]++;
    return { ...story, claims: own.map((claim) => claim.id), counts };
  });
  return {
    ...analysis,
    stories,
    claims,
    removed: state.removed,
    corrections: corrections(state),
    reviewedAliases: state.aliases,
    warnings: state.warnings,
    engineAnchors: new Map(analysis.claims.map((claim) => [claim.id, claim.anchor])),
  };
}

/** Every review that changed a verdict or a headline, or removed a claim; newest first. */
function corrections(state: State): Correction[] {
  const list: Correction[] = [];
  for (const { review, holder, hidden } of state.applied) {
    const changes: string[] = [];
    if (hidden) changes.push('Removed: not a claim');
    else {
      if (review.verdictBefore !== review.verdictAfter) changes.push(`Verdict: ${verdictLabel(review.verdictBefore)} → ${verdictLabel(review.verdictAfter)}`);
      if (review.statementBefore !== review.statementAfter) changes.push(`Headline: ${quoted(review.statementBefore, 200)} → ${quoted(review.statementAfter, 200)}`);
    }
    if (changes.length === 0) continue;
    const live = state.alive.get(holder.claim.id) === holder;
    const alias = state.aliases.get(holder.claim.id);
    list.push({
      date: review.date,
      by: review.by,
      story: holder.claim.story,
      claim: live ? holder.claim.id : alias?.to.length === 1 ? (alias.to[0] ?? null) : null,
      statement: hidden ? review.statementAfter : holder.claim.statement,
      changes,
      rationale: review.rationale,
    });
  }
  return list.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
