/**
 * Independence of sources. Two sentences confirm each other only if they come from independent
 * sources: articles of one outlet count once, near-duplicate articles count once, and reports that
 * cite the same upstream (a wire such as AP, or another outlet) count once, as that upstream.
 */
import type { StoryContext } from './story-context.ts';
import type { AnnotatedSentence } from './types.ts';

/**
 * Common names of wire services and broadcasters, folded to one key. This is knowledge of the news
 * trade, not of any story: "AP News", "the Associated Press" and "AP" are one upstream.
 */
const UPSTREAM_ALIASES: ReadonlyArray<[RegExp, string]> = [
  [/^(?:the )?(?:ap|associated press)(?: news)?$/, 'ap'],
  [/^(?:afp|agence france[- ]presse)$/, 'afp'],
  [/^(?:reuters|thomson reuters)$/, 'reuters'],
  [/^(?:tass|itar[- ]tass)$/, 'tass'],
  [/^(?:ria|ria novosti)$/, 'ria'],
  [/^(?:dpa|deutsche presse[- ]agentur)$/, 'dpa'],
  [/^(?:upi|united press international)$/, 'upi'],
  [/^(?:bloomberg|bloomberg news)$/, 'bloomberg'],
  [/^(?:cnn)$/, 'cnn'],
  [/^(?:bbc|bbc news)$/, 'bbc'],
];

const upstreamKeys = new Map<string, string>();
/** Distinct via names cached at most (a cache only: the key is a pure function of the name). */
const UPSTREAM_CACHE_SIZE = 10_000;

/** A stable key for a via name: lower case, "the" and "news agency" dropped, known aliases folded. */
export function upstreamKey(via: string): string {
  let key = upstreamKeys.get(via);
  if (key === undefined) {
    key = computeUpstreamKey(via);
    if (upstreamKeys.size >= UPSTREAM_CACHE_SIZE) upstreamKeys.clear();
    upstreamKeys.set(via, key);
  }
  return key;
}

function computeUpstreamKey(via: string): string {
  const plain = via
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/ (?:news agency|agency|newswire|wire)$/, '');
  for (const [pattern, key] of UPSTREAM_ALIASES) if (pattern.test(plain)) return key;
  return plain;
}

/**
 * The intermediary a sentence relies on. A quote with no `via` of its own inherits the via of the
 * sentence just before it when both have the same speaker: "Rubio told AP that ... . “...,” Rubio said."
 */
export function effectiveVia(sentence: AnnotatedSentence, previous: AnnotatedSentence | undefined): string | null {
  if (sentence.attribution.via) return sentence.attribution.via;
  const speaker = sentence.attribution.speaker ?? sentence.quotes[0]?.speaker ?? null;
  if (!previous || !speaker || previous.article !== sentence.article) return null;
  const previousSpeaker = previous.attribution.speaker ?? previous.quotes[0]?.speaker ?? null;
  return previousSpeaker === speaker ? previous.attribution.via : null;
}

/** Decides, for a story, which source each sentence counts as. */
export interface SourceModel {
  /** The intermediary of a sentence (its own or carried over), or null. */
  via(sentence: AnnotatedSentence): string | null;
  /** The independent source a sentence counts as: one key per outlet group or upstream. */
  key(sentence: AnnotatedSentence): string;
  /** The outlet group of an article: same outlet or near-duplicate articles share it. */
  group(article: string): string;
}

/** Builds the source model of a story. */
export function buildSourceModel(ctx: StoryContext): SourceModel {
  // Union-find over articles: one outlet, or a near-duplicate pair, makes one group.
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    // Keep the earliest article as the root so group keys are stable.
    if ((ctx.rank.get(ra) ?? 0) <= (ctx.rank.get(rb) ?? 0)) parent.set(rb, ra);
    else parent.set(ra, rb);
  };
  for (const article of ctx.articles) parent.set(article.id, article.id);
  const firstOfOutlet = new Map<string, string>();
  for (const article of ctx.articles) {
    const first = firstOfOutlet.get(article.outlet);
    if (first) union(first, article.id);
    else firstOfOutlet.set(article.outlet, article.id);
    const original = ctx.nearDuplicateOf.get(article.id);
    if (original && parent.has(original)) union(original, article.id);
  }
  // Outlets by folded name and id, so "via: The Moscow Times" maps to that outlet's group.
  const outletByKey = new Map<string, string>();
  for (const outlet of ctx.outlets.values()) {
    outletByKey.set(upstreamKey(outlet.name), outlet.id);
    outletByKey.set(upstreamKey(outlet.id), outlet.id);
  }
  const previousOf = new Map<AnnotatedSentence, AnnotatedSentence>();
  ctx.sentences.forEach((sentence, i) => {
    const previous = ctx.sentences[i - 1];
    if (previous && previous.article === sentence.article) previousOf.set(sentence, previous);
  });
  const viaCache = new Map<AnnotatedSentence, string | null>();
  const via = (sentence: AnnotatedSentence): string | null => {
    if (!viaCache.has(sentence)) viaCache.set(sentence, effectiveVia(sentence, previousOf.get(sentence)));
    return viaCache.get(sentence) ?? null;
  };
  const group = (article: string): string => `outlet:${find(article)}`;
  return {
    via,
    group,
    key(sentence) {
      const name = via(sentence);
      if (!name) return group(sentence.article);
      const upstream = upstreamKey(name);
      const outlet = outletByKey.get(upstream);
      const article = outlet ? firstOfOutlet.get(outlet) : undefined;
      if (article) return group(article);
      return `upstream:${outlet ?? upstream}`;
    },
  };
}
