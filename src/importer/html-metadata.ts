/**
 * What a saved news page says about itself in its metadata: JSON-LD (`NewsArticle` and its kin),
 * Open Graph and `article:` meta tags, `<meta name="author">`, `<link rel="canonical">`, `<time
 * datetime>` and `<title>`. Each field is read from the most specific source that has it; dates
 * keep the calendar day as printed (time and zone ignored).
 */
import { bylineAuthor, parseBylineRow } from './byline.ts';
import { parseDateLine } from './dates.ts';

/** Metadata found in the page, each field with the source it came from (printed in the report). */
export interface PageMetadata {
  title?: { value: string; source: string };
  published?: { value: string; source: string };
  author?: { value: string; source: string };
  url?: { value: string; source: string };
  siteName?: string;
}

/** The few DOM features this module reads; linkedom's and the browser's documents both have them. */
export interface MetadataDocument {
  querySelectorAll(selector: string): Iterable<{ getAttribute(name: string): string | null; textContent: string | null }>;
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|WebPage)$/;

/** Every object in a JSON-LD value, through `@graph` and arrays. */
function* objects(value: Json): Generator<{ [key: string]: Json }> {
  if (Array.isArray(value)) for (const item of value) yield* objects(item);
  else if (value !== null && typeof value === 'object') {
    yield value;
    const graph = value['@graph'];
    if (graph !== undefined) yield* objects(graph);
  }
}

const typesOf = (node: { [key: string]: Json }): string[] => {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((item): item is string => typeof item === 'string');
};

const text = (value: Json | undefined): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim().replace(/\s+/g, ' ') : undefined);

/** A calendar day from an ISO timestamp ("2025-03-03T08:41:00-05:00" → 2025-03-03) or a date line. */
export function calendarDay(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(value.trim());
  return iso?.[1] ?? parseDateLine(value);
}

/** People named as authors in JSON-LD; organisations only when no person is named. */
function jsonLdAuthor(value: Json | undefined): string | undefined {
  const people: string[] = [];
  const organisations: string[] = [];
  for (const item of value === undefined ? [] : Array.isArray(value) ? value : [value]) {
    if (typeof item === 'string') people.push(item);
    else if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
      const name = text(item.name);
      if (name === undefined) continue;
      (typesOf(item).includes('Organization') || typesOf(item).includes('NewsMediaOrganization') ? organisations : people).push(name);
    }
  }
  const names = (people.length > 0 ? people : organisations).filter((name) => !/^https?:/i.test(name));
  if (names.length === 0) return undefined;
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

const httpUrl = (value: string | undefined): string | undefined => {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
};

/** Removes a trailing or leading " | Site name" from a page title when it names the site. */
export function stripSiteName(title: string, siteNames: readonly string[]): string {
  const fold = (name: string): string => name.toLowerCase().replace(/^the\s+|[^\p{L}\p{N}]+/gu, '');
  const names = siteNames.map(fold).filter(Boolean);
  const parts = title.split(/\s+[|–—-]\s+|\s+::\s+|\s+·\s+/);
  if (parts.length < 2) return title.trim();
  const last = parts.at(-1) ?? '';
  const first = parts[0] ?? '';
  if (names.includes(fold(last))) return title.slice(0, title.lastIndexOf(last)).replace(/\s+[|–—:·-]+\s*$/u, '').trim();
  if (names.includes(fold(first))) return title.slice(first.length).replace(/^\s*[|–—:·-]+\s+/u, '').trim();
  return title.trim();
}

/** Reads the page's metadata. `siteNames` (the outlet's names) help strip the site from titles. */
export function readPageMetadata(document: MetadataDocument, siteNames: readonly string[] = []): PageMetadata {
  const meta = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
      const value = text(element?.getAttribute('content') ?? undefined);
      if (value !== undefined) return value;
    }
    return undefined;
  };

  let article: { [key: string]: Json } | undefined;
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: Json;
    try {
      data = JSON.parse(script.textContent ?? '') as Json;
    } catch {
      continue;
    }
    for (const node of objects(data)) {
      const types = typesOf(node);
      if (types.some((type) => ARTICLE_TYPES.test(type)) && (article === undefined || typesOf(article).includes('WebPage'))) article = node;
    }
  }

  const siteName = meta('og:site_name', 'application-name') ?? (article?.publisher && typeof article.publisher === 'object' && !Array.isArray(article.publisher) ? text(article.publisher.name) : undefined);
  const names = [...siteNames, ...(siteName === undefined ? [] : [siteName])];
  const found: PageMetadata = siteName === undefined ? {} : { siteName };

  const h1s = [...document.querySelectorAll('h1')].map((element) => text(element.textContent ?? undefined)).filter((value): value is string => value !== undefined);
  const titles: Array<[string | undefined, string]> = [
    [text(article?.headline), 'JSON-LD headline'],
    [meta('og:title'), 'og:title'],
    [meta('twitter:title'), 'twitter:title'],
    [h1s.length === 1 ? h1s[0] : undefined, '<h1>'],
    [text(document.querySelector('title')?.textContent ?? undefined), '<title>'],
  ];
  for (const [value, source] of titles) {
    if (value !== undefined) {
      found.title = { value: stripSiteName(value, names), source };
      break;
    }
  }

  const timeElement = document.querySelector('article time[datetime], main time[datetime], time[pubdate], time[datetime]');
  const dates: Array<[string | undefined, string]> = [
    [text(article?.datePublished), 'JSON-LD datePublished'],
    [meta('article:published_time', 'og:article:published_time'), 'article:published_time'],
    [meta('datePublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'DC.date.issued', 'sailthru.date', 'parsely-pub-date'), '<meta> date'],
    [text(timeElement?.getAttribute('datetime') ?? undefined), '<time datetime>'],
    [text(article?.dateCreated), 'JSON-LD dateCreated'],
    [text(article?.dateModified), 'JSON-LD dateModified'],
  ];
  for (const [value, source] of dates) {
    const day = calendarDay(value);
    if (day !== undefined) {
      found.published = { value: day, source };
      break;
    }
  }

  const metaAuthor = meta('author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator');
  const bylineElement = document.querySelector('[rel="author"], [itemprop="author"] [itemprop="name"], .byline, .author-name');
  const bylineText = text(bylineElement?.textContent ?? undefined);
  const authors: Array<[string | undefined, string]> = [
    [jsonLdAuthor(article?.author), 'JSON-LD author'],
    [metaAuthor !== undefined && !/^https?:/i.test(metaAuthor) ? (bylineAuthor(metaAuthor) ?? metaAuthor) : undefined, '<meta name="author">'],
    [bylineText === undefined ? undefined : (parseBylineRow(bylineText)?.author ?? bylineAuthor(bylineText)), 'byline element'],
  ];
  for (const [value, source] of authors) {
    if (value !== undefined) {
      found.author = { value, source };
      break;
    }
  }

  const mainEntity = article?.mainEntityOfPage;
  const urls: Array<[string | undefined, string]> = [
    [httpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined), '<link rel="canonical">'],
    [httpUrl(text(article?.url)), 'JSON-LD url'],
    [httpUrl(typeof mainEntity === 'string' ? mainEntity : mainEntity !== null && typeof mainEntity === 'object' && !Array.isArray(mainEntity) ? text(mainEntity['@id']) : undefined), 'JSON-LD mainEntityOfPage'],
    [httpUrl(meta('og:url')), 'og:url'],
  ];
  for (const [value, source] of urls) {
    if (value !== undefined) {
      found.url = { value, source };
      break;
    }
  }
  return found;
}
