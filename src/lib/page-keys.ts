/**
 * The cache keys of pages (src/lib/page-cache.ts): a digest of everything a page reads. Pure (no
 * `astro:*` import): what the pages take from the rest of the site comes in as functions, so a test
 * can check what changes a key and what does not. Every key starts with what all pages share: the
 * site's address and base path, every outlet (names, kinds and countries are shown, reuse decides
 * excerpts), and the runtime's Unicode data.
 *
 * A story's pages are its story pages and feed, its articles' pages, and its claims' pages and share
 * cards. They read the story and its articles (frontmatter, Markdown, rendered HTML, analysis), every
 * claim of the story or citing its articles (with reviews, dates and history applied), and from the
 * rest of the site: each claim's related claims (from any story), where a link to a claim leads, its
 * share card (the card budget is site-wide), and the articles a claim or a near-duplicate notice names.
 *
 * A person's or an organisation's pages read the entity (name, roles, spellings) and its claims in
 * their order, with where links to them lead.
 */
import { createHash, type Hash } from 'node:crypto';
import type { ReviewedClaim } from '../review/types.ts';
import type { SiteAnalysis } from './analysis.ts';
import { claimPageKind } from './claim-pages.ts';

/** Bump when what a key covers changes without the code of the routes changing. */
const FORMAT = 'story-pages-2';

/** What the pages of a story take from the rest of the site. */
export interface PageKeyContext {
  /** The site's address and base path, and anything else every page shares. */
  site: unknown;
  /** What a claim page shows of the claims it lists as related (claims.ts relatedItems), keyed whole. */
  related: (claim: ReviewedClaim) => readonly unknown[];
  /** Where a link to a claim leads (its page, or its one sentence). */
  claimHref: (claim: ReviewedClaim) => string;
  /** The share card a claim page names. */
  card: (claim: ReviewedClaim) => unknown;
}

/**
 * JSON that loses nothing a page could show: Maps and Sets as their entries, numbers JSON has no word
 * for (`Infinity`, `NaN`) by name, and `undefined` apart from absent.
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, replacer);
}

/** stableJson's replacer: one `typeof` for most values (it runs for every value of 250 MB of analysis at 10,000 articles). */
function replacer(_key: string, item: unknown): unknown {
  switch (typeof item) {
    case 'number':
      return Number.isFinite(item) ? item : { $number: String(item) };
    case 'undefined':
      return { $undefined: true };
    case 'bigint':
      return { $bigint: item.toString() };
    case 'object':
      if (item instanceof Map) return { $map: [...item.entries()] };
      if (item instanceof Set) return { $set: [...item.values()] };
      return item;
    default:
      return item;
  }
}

/** A content entry as a page reads it: id, frontmatter, Markdown and rendered HTML. */
interface EntryLike {
  id: string;
  data: unknown;
  body?: string | undefined;
  rendered?: { html: string } | undefined;
}

function entryInputs(entry: EntryLike | undefined): unknown {
  return entry ? [entry.id, entry.data, entry.body ?? null, entry.rendered?.html ?? null] : null;
}

/**
 * A claim as its key sees it. `origins` are engine claim ids, whose numeric suffixes are counted
 * across the whole site (a sentence such as "It was not immediately clear what happened" anchors a
 * claim in many stories), so an article added to one story renumbers other stories' origins; pages
 * read only how many there are (claim-pages.ts), so only the count is keyed.
 */
export function keyedClaim(claim: ReviewedClaim): unknown {
  return { ...claim, origins: claim.origins.length };
}

/** Digests of claims, each computed once however many keys it is part of. */
class ClaimDigests {
  readonly #digests = new Map<ReviewedClaim, string>();

  /** The digest of a claim as its key sees it (keyedClaim). */
  of(claim: ReviewedClaim): string {
    let digest = this.#digests.get(claim);
    if (digest === undefined) {
      digest = createHash('sha256').update(stableJson(keyedClaim(claim))).digest('hex');
      this.#digests.set(claim, digest);
    }
    return digest;
  }
}

/** What every page's key starts with (see the module comment). */
function sharedInputs(analysis: SiteAnalysis, context: PageKeyContext): string {
  const outlets = analysis.content.outlets.map((outlet) => stableJson(entryInputs(outlet))).sort();
  // Sorting by localeCompare (outlets by name, related claims by id) follows the runtime's ICU.
  return stableJson([FORMAT, context.site, process.versions.icu, process.versions.unicode, outlets]);
}

/**
 * The key of one story's pages; `start` is a hash that has taken what every story key starts with
 * (a copy of it: hashing the shared inputs again for each of 5,000 keys took about a second).
 */
function storyKey(storyId: string, analysis: SiteAnalysis, articles: readonly EntryLike[], start: Hash, context: PageKeyContext, digests: ClaimDigests): string {
  const { content } = analysis;
  const story = analysis.storyById.get(storyId);
  // The story's claims, and any claim that cites one of its articles (an article page lists them).
  const claims = new Set<ReviewedClaim>(story?.claims.flatMap((id) => analysis.claimById.get(id) ?? []) ?? []);
  for (const article of articles) for (const list of analysis.claimsBySentence.get(article.id)?.values() ?? []) for (const claim of list) claims.add(claim);
  // Articles a page names besides the story's own: evidence from elsewhere, the article a near-duplicate copies.
  const named = new Set<string>();
  for (const claim of claims) for (const evidence of claim.evidence) named.add(evidence.article);
  for (const article of articles) {
    const copied = analysis.nearDuplicates.get(article.id);
    if (copied) named.add(copied);
  }
  for (const article of articles) named.delete(article.id);
  const hash = start.copy();
  hash.update(stableJson([storyId, story ?? null, entryInputs(content.storyById.get(storyId))]));
  for (const article of articles) hash.update(stableJson([entryInputs(article), analysis.articleById.get(article.id) ?? null]));
  for (const id of [...named].sort()) hash.update(stableJson([id, entryInputs(content.articleById.get(id)), analysis.articleById.get(id) ?? null]));
  for (const claim of claims) {
    // A related claim is shown as its relatedItems entry (headline, verdict, review badge, link), which
    // the page renders and the key takes whole: not the whole claim, or every story related to a
    // story that changed would be rendered again. Only a full claim page lists related claims.
    const related = claimPageKind(claim) === 'full' ? context.related(claim) : null;
    hash.update(stableJson([digests.of(claim), context.claimHref(claim), context.card(claim), related]));
  }
  return hash.digest('hex');
}

/** The keys of every story's pages, by story id, and of every person's and organisation's pages, by entity id. */
export function pageKeys(analysis: SiteAnalysis, context: PageKeyContext): { stories: Map<string, string>; entities: Map<string, string> } {
  const shared = sharedInputs(analysis, context);
  const digests = new ClaimDigests();
  const articlesOf = new Map<string, EntryLike[]>();
  for (const article of analysis.content.articles) {
    const list = articlesOf.get(article.data.story) ?? [];
    list.push(article);
    articlesOf.set(article.data.story, list);
  }
  const storyStart = createHash('sha256').update(shared).update('\nstory\n');
  const entityStart = createHash('sha256').update(shared).update('\nentity\n');
  const stories = new Map(analysis.content.stories.map((story) => [story.id, storyKey(story.id, analysis, articlesOf.get(story.id) ?? [], storyStart, context, digests)]));
  const entities = new Map<string, string>();
  for (const entity of analysis.entities) {
    const claims = analysis.claimsByEntity.get(entity.id) ?? [];
    if (claims.length === 0) continue;
    const hash = entityStart.copy().update(stableJson(entity));
    for (const claim of claims) hash.update(stableJson([digests.of(claim), context.claimHref(claim)]));
    entities.set(entity.id, hash.digest('hex'));
  }
  return { stories, entities };
}

/** The key of every story's pages, by story id. */
export function storyPageKeys(analysis: SiteAnalysis, context: PageKeyContext): Map<string, string> {
  return pageKeys(analysis, context).stories;
}
