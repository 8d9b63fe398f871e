/**
 * Stage 6 — judge: related claims become the public Claim records: verdict, flags and confidence,
 * a readable statement and explanation, marks, and the permalink slug with its aliases. Ids are made
 * unique across the whole corpus by `analyzeCorpus`, not here.
 */
import type { JudgedStory, RelatedClaim, RelatedEvidence, RelatedStory, StageContext } from '../contracts.ts';
import type { Language } from '../language/index.ts';
import type { Claim, Evidence } from '../types.ts';
import { explain } from './explanation.ts';
import { claimMarks } from './marks.ts';
import { claimSlug, sentenceIdHash, SLUG_WORDS, slugWords } from './slug.ts';
import { asReported, evidenceValue, fullNames, quantityName, rankingHeading, shortName, statementOf } from './statement.ts';
import { judge } from './verdict.ts';

/** Stage 6 on one story. */
export function judgeStory(story: RelatedStory, ctx: StageContext): JudgedStory {
  const names = fullNames(story, ctx.lang);
  const slugs = slugsOf(ctx.lang);
  return { ...story, judged: story.claims.map((claim) => judgeClaim(story, claim, ctx, names, slugs)) };
}

/**
 * Slug words by the text they are picked from (and the most words wanted), per language: picking
 * reads the text with the tokenizer, and claims name texts other claims named, in their story (a
 * fifth of the generated corpus's) and in others (reprinted lines, wire copy). A cache only: the
 * words depend on the text alone. Bounded, so a huge corpus cannot grow it without end; the lists
 * are only read.
 */
const slugCache = new WeakMap<Language, Map<string, string[]>>();
const SLUG_CACHE_MAX = 20_000;

function slugsOf(lang: Language): Map<string, string[]> {
  let slugs = slugCache.get(lang);
  if (!slugs) {
    slugs = new Map();
    slugCache.set(lang, slugs);
  }
  if (slugs.size >= SLUG_CACHE_MAX) slugs.clear();
  return slugs;
}

function judgeClaim(story: RelatedStory, claim: RelatedClaim, ctx: StageContext, names: ReadonlyMap<string, string>, slugs: Map<string, string[]>): Claim {
  const judgement = judge(story, claim);
  // A disputed report of what someone said states what was said: that is what the denial denies.
  const stated = statementOf(story, claim, names);
  const statement = judgement.verdict === 'disputed' && !claim.group.statement ? asReported(stated) : stated;
  const marks = claimMarks(story, claim);
  const evidence = claim.evidence.map((e, n): Evidence => ({
    article: e.unit.article,
    outlet: story.outletOf.get(e.unit.article)?.id ?? '',
    sentenceId: e.sentence.id,
    text: e.sentence.text,
    stance: e.stance,
    relation: e.relation,
    value: e.quantity ? evidenceValue(e) : null,
    quantity: e.quantity,
    via: story.sources.via[e.unit.s] ?? null,
    marks: marks[n] ?? [],
    clause: [e.unit.start, e.unit.end],
  }));
  // Lists without repeats gathered in place of sets and spreads: a claim has a few of each.
  const speakerIds: string[] = [];
  for (let k = 0; k < claim.evidence.length; k++) {
    const e = claim.evidence[k] as RelatedEvidence;
    if (e.stance === 'denies') continue;
    const id = e.quote?.speaker ?? e.unit.speaker;
    if (id !== null && !speakerIds.includes(id)) speakerIds.push(id);
  }
  const speakers = distinct(speakerIds.map((id) => story.entities.get(id)?.name ?? id)).sort();
  const entities = speakerIds.slice();
  for (let k = 0; k < claim.evidence.length; k++) {
    const named = (claim.evidence[k] as RelatedEvidence).unit.entities;
    for (let n = 0; n < named.length; n++) if (!entities.includes(named[n] as string)) entities.push(named[n] as string);
  }
  entities.sort();
  const anchorSentence = story.sentences[claim.anchor.s];
  const sentenceId = anchorSentence?.id ?? 's-00000000';
  const hash = sentenceIdHash(sentenceId);
  const speaker = claim.kind === 'quote' && claim.anchor.speaker ? shortName(story, claim.anchor.speaker) : null;
  // A quantity's heading names it; the values and outlets after the colon change as reports arrive.
  const named =
    claim.group.origin === 'ranking'
      ? rankingHeading(story, claim)
      : claim.kind !== 'quantity'
      ? statement.replace(/^[^:“]*:\s*(?=“)/, '')
      : claim.group.origin === 'quantity'
        ? quantityName(story, claim)
        : (statement.split(':')[0] ?? statement);
  const max = SLUG_WORDS.max - (speaker ? 1 : 0);
  const slugKey = `${max} ${named}`;
  let words = slugs.get(slugKey);
  if (!words) {
    words = slugWords(ctx.lang, named, (term) => Math.min(term.length, 10), max);
    slugs.set(slugKey, words);
  }
  return {
    id: claimSlug(speaker ? [speaker, ...words] : words, hash),
    hash,
    key: `${sentenceId}#${claim.anchor.part}#${claim.group.origin === 'ranking' ? (claim.group.ranking?.of ?? 'ranking') : claim.kind}`,
    story: story.story.id,
    kind: claim.kind,
    statement,
    verdict: judgement.verdict,
    flags: judgement.flags,
    confidence: judgement.confidence,
    explanation: explain(story, claim, judgement),
    speakers,
    entities,
    anchor: { article: claim.anchor.article, sentenceId },
    independentSources: judgement.independentSources,
    evidence,
    aliases: distinct(claim.evidence.map((e) => sentenceIdHash(e.sentence.id))).sort(),
  };
}

/** The items without repeats, in order of first appearance (what a set of them keeps). */
function distinct(items: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < items.length; k++) if (!out.includes(items[k] as string)) out.push(items[k] as string);
  return out;
}
