/**
 * Independence of sources. Two sentences confirm each other only if they come from independent
 * sources: articles of one outlet count once, near-duplicate articles (one text published twice,
 * or two versions of one wire story) count once, and reports that cite the same upstream (a wire
 * such as AP, or another outlet) count once, as that upstream. Computed once per story in annotate
 * and carried forward as plain data.
 */
import type { Lexicon } from '../language/index.ts';
import type { AnnotatedSentence, ArticleInput, OutletInput } from '../types.ts';

/** Which source each sentence of a story counts as. */
export interface Sources {
  /** Article id → its outlet group: same outlet or near-duplicate articles share it. */
  group: ReadonlyMap<string, string>;
  /** Per story sentence (story order): the intermediary it relies on, its own or carried over, or null. */
  via: ReadonlyArray<string | null>;
  /** Per story sentence: the independent source it counts as (an outlet group or an upstream). */
  key: readonly string[];
}

/** A stable key for a via name: lower case, "the" and "news agency" dropped, known aliases folded. */
export function upstreamKey(lex: Lexicon, via: string): string {
  const plain = via
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/ (?:news agency|agency|newswire|wire)$/, '');
  for (const [pattern, key] of lex.upstreamAliases) if (pattern.test(plain)) return key;
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

/** Outlets by folded name and id, so "via: The Moscow Times" maps to that outlet's group. */
export function outletKeys(lex: Lexicon, outlets: ReadonlyMap<string, OutletInput>): Map<string, string> {
  const outletByKey = new Map<string, string>();
  for (const outlet of outlets.values()) {
    outletByKey.set(upstreamKey(lex, outlet.name), outlet.id);
    outletByKey.set(upstreamKey(lex, outlet.id), outlet.id);
  }
  return outletByKey;
}

/**
 * The sources of a story. `articles` are in publication order; `sentences` are the story's
 * sentences in story order; `nearDuplicateOf` maps an article to the earliest article it copies;
 * `copyOf` maps a sentence to an earlier printing of it by another outlet (see near-duplicates.ts);
 * `outletByKey` is `outletKeys` of the corpus's outlets (the same for every story, so made once).
 */
export function buildSources(
  lex: Lexicon,
  articles: readonly ArticleInput[],
  outletByKey: ReadonlyMap<string, string>,
  sentences: readonly AnnotatedSentence[],
  nearDuplicateOf: ReadonlyMap<string, string | null>,
  copyOf: ReadonlyMap<number, number> = new Map(),
): Sources {
  const rank = new Map(articles.map((article, i) => [article.id, i]));
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
    if ((rank.get(ra) ?? 0) <= (rank.get(rb) ?? 0)) parent.set(rb, ra);
    else parent.set(ra, rb);
  };
  for (const article of articles) parent.set(article.id, article.id);
  const firstOfOutlet = new Map<string, string>();
  for (const article of articles) {
    const first = firstOfOutlet.get(article.outlet);
    if (first) union(first, article.id);
    else firstOfOutlet.set(article.outlet, article.id);
    const original = nearDuplicateOf.get(article.id);
    if (original && parent.has(original)) union(original, article.id);
  }
  const group = new Map(articles.map((article) => [article.id, `outlet:${find(article.id)}`]));
  const own = sentences.map((sentence, i) => effectiveVia(sentence, sentences[i - 1]?.article === sentence.article ? sentences[i - 1] : undefined));
  // An article whose first sentence credits an agency for its report ("BALASORE, India (AP) —",
  // "…, PTI reports, citing local authorities") relays that agency: its narration that names no
  // source of its own is the agency's report too.
  const credit = new Map<string, string>();
  sentences.forEach((sentence, i) => {
    if (sentence.index === 0 && own[i] && sentence.attribution.speaker === null) credit.set(sentence.article, own[i] as string);
  });
  // Narration only: a quotation, or a sentence of someone's saying ("The treasurer said …"), is that speaker's.
  const narration = (sentence: AnnotatedSentence): boolean =>
    sentence.attribution.speaker === null && sentence.attribution.cue === null && sentence.quotes.length === 0 && !(sentence.text.match(/\p{L}+/gu) ?? []).some((word) => lex.cueWords.get(word.toLowerCase())?.form === 'finite');
  // Narration is read only in an article with a credit to relay: most have none.
  const via = sentences.map((sentence, i) => {
    const relayed = credit.get(sentence.article);
    return own[i] ?? (relayed !== undefined && narration(sentence) ? relayed : null);
  });
  const key = sentences.map((_, i) => {
    // A second printing of one sentence is the first printing's report.
    const k = copyOf.get(i) ?? i;
    const sentence = sentences[k] as AnnotatedSentence;
    const name = via[k];
    if (!name) return group.get(sentence.article) ?? `outlet:${sentence.article}`;
    const upstream = upstreamKey(lex, name);
    const outlet = outletByKey.get(upstream);
    const article = outlet ? firstOfOutlet.get(outlet) : undefined;
    if (article) return group.get(article) ?? `outlet:${article}`;
    return `upstream:${outlet ?? upstream}`;
  });
  return { group, via, key };
}
