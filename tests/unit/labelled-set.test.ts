// Validates the hand-labelled evaluation set itself (not the engine): shape, vocabulary,
// internal consistency of verdicts, and that every quote is a verbatim substring of its article.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixturePath = `${root}tests/fixtures/labelled/us-russia-talks-riyadh-2025.json`;

const KINDS = ['quote', 'quantity', 'statement'] as const;
const VERDICTS = ['corroborated', 'conflicting', 'disputed', 'single-source'] as const;
const FLAGS = ['wordingVaries', 'sharedUpstream', 'anonymousSourcing'] as const;
const STANCES = ['supports', 'conflicts', 'denies'] as const;

interface Evidence {
  article: string;
  quote: string;
  stance: string;
  via: string | null;
}
interface Claim {
  id: string;
  kind: string;
  description: string;
  speaker: string | null;
  verdict: string;
  flags: string[];
  evidence: Evidence[];
  values: Record<string, string> | null;
}
interface LabelledSet {
  story: string;
  note: string;
  nearDuplicates: string[][];
  claims: Claim[];
}

const set = JSON.parse(readFileSync(fixturePath, 'utf8')) as LabelledSet;
const articleIds = [...new Set(set.claims.flatMap((c) => c.evidence.map((e) => e.article)))].sort();

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

interface ArticleFile {
  outlet: string;
  story: string;
  body: string;
}
function readArticle(id: string): ArticleFile {
  const path = `${root}content/articles/${id}.md`;
  if (!existsSync(path)) throw new Error(`article file missing: content/articles/${id}.md`);
  const raw = readFileSync(path, 'utf8');
  const fm = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(raw);
  if (!fm) throw new Error(`no frontmatter in content/articles/${id}.md`);
  const field = (name: string): string => {
    const m = new RegExp(`^${name}:\\s*["']?([^"'\\r\\n]+?)["']?\\s*$`, 'm').exec(fm[1] ?? '');
    return m?.[1] ?? '';
  };
  return { outlet: field('outlet'), story: field('story'), body: collapse(raw.slice(fm[0].length)) };
}

function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}

// Articles are read lazily so a missing file fails the tests that need it with a clear message.
const cache = new Map<string, ArticleFile>();
const article = (id: string): ArticleFile => {
  let a = cache.get(id);
  if (!a) {
    a = readArticle(id);
    cache.set(id, a);
  }
  return a;
};

/** Distinct outlets stating the claim (near-duplicates share an outlet here anyway, but are merged explicitly). */
function outletsOf(c: Claim): Set<string> {
  return new Set(c.evidence.filter((e) => e.stance !== 'denies').map((e) => canonicalSource(e.article)));
}
function canonicalSource(id: string): string {
  const group = set.nearDuplicates.find((g) => g.includes(id));
  return article(group ? ([...group].sort()[0] ?? id) : id).outlet;
}
/** Independent sources: one per outlet/near-duplicate group, except that reports citing the same wire count once. */
function independentSources(c: Claim): Set<string> {
  return new Set(c.evidence.filter((e) => e.stance !== 'denies').map((e) => (e.via ? `via:${e.via}` : canonicalSource(e.article))));
}

describe('labelled set: shape and vocabulary', () => {
  test('top-level fields', () => {
    expect(set.story).toBe('us-russia-talks-riyadh-2025');
    expect(typeof set.note).toBe('string');
    expect(Array.isArray(set.nearDuplicates)).toBe(true);
    expect(set.nearDuplicates).toContainEqual(['moscow-times-peace-talks', 'moscow-times-peace-talks-2']);
    for (const group of set.nearDuplicates) expect(group.length).toBeGreaterThanOrEqual(2);
    expect(Array.isArray(set.claims)).toBe(true);
  });

  test('claim ids are unique kebab-case', () => {
    const ids = set.claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test.each(set.claims.map((c) => [c.id, c] as const))('claim %s has every field with a valid value', (_id, c) => {
    expect(Object.keys(c).sort()).toEqual(
      ['description', 'evidence', 'flags', 'id', 'kind', 'speaker', 'values', 'verdict'].sort(),
    );
    expect(KINDS).toContain(c.kind);
    expect(VERDICTS).toContain(c.verdict);
    expect(typeof c.description).toBe('string');
    expect(c.description.length).toBeGreaterThan(10);
    expect(c.speaker === null || (typeof c.speaker === 'string' && c.speaker.length > 0)).toBe(true);
    expect(Array.isArray(c.flags)).toBe(true);
    for (const f of c.flags) expect(FLAGS).toContain(f);
    expect(new Set(c.flags).size).toBe(c.flags.length);
    expect(c.evidence.length).toBeGreaterThan(0);
    for (const e of c.evidence) {
      expect(Object.keys(e).sort()).toEqual(['article', 'quote', 'stance', 'via']);
      expect(typeof e.article).toBe('string');
      expect(typeof e.quote).toBe('string');
      expect(e.quote.trim().length).toBeGreaterThan(0);
      expect(STANCES).toContain(e.stance);
      expect(e.via === null || (typeof e.via === 'string' && e.via.length > 0)).toBe(true);
    }
    if (c.kind === 'quantity') {
      expect(c.values).not.toBeNull();
      for (const e of c.evidence) expect(typeof c.values?.[e.article]).toBe('string');
    } else {
      expect(c.values).toBeNull();
    }
    if (c.kind === 'quote') expect(c.speaker).not.toBeNull();
    if (c.flags.includes('wordingVaries')) expect(c.kind).toBe('quote');
  });
});

describe('labelled set: size', () => {
  test('at least 30 claims', () => {
    expect(set.claims.length).toBeGreaterThanOrEqual(30);
  });
  test('at least 24 claims stated by two or more outlets', () => {
    expect(set.claims.filter((c) => outletsOf(c).size >= 2).length).toBeGreaterThanOrEqual(24);
  });
  test('every verdict of the vocabulary is represented', () => {
    for (const v of VERDICTS) expect(set.claims.some((c) => c.verdict === v)).toBe(true);
  });
});

describe('labelled set: verdicts agree with the evidence (independence rules of DESIGN.md)', () => {
  test.each(set.claims.map((c) => [c.id, c] as const))('claim %s', (_id, c) => {
    const stances = c.evidence.map((e) => e.stance);
    const independent = independentSources(c).size;
    switch (c.verdict) {
      case 'disputed':
        expect(stances).toContain('supports');
        expect(stances).toContain('denies');
        break;
      case 'conflicting': {
        const values = new Set(Object.values(c.values ?? {}));
        expect(stances.includes('conflicts') || values.size > 1).toBe(true);
        expect(outletsOf(c).size).toBeGreaterThanOrEqual(2);
        break;
      }
      case 'corroborated':
        expect(stances.every((s) => s === 'supports')).toBe(true);
        expect(independent).toBeGreaterThanOrEqual(2);
        break;
      case 'single-source':
        expect(stances.every((s) => s === 'supports')).toBe(true);
        expect(independent).toBe(1);
        break;
    }
    const vias = new Set(c.evidence.map((e) => e.via));
    const sharedUpstream = outletsOf(c).size >= 2 && vias.size === 1 && !vias.has(null);
    expect(c.flags.includes('sharedUpstream')).toBe(sharedUpstream);
  });
});

describe('labelled set: every quote is verbatim in its article', () => {
  test.each(articleIds)('article %s exists, has the expected frontmatter and contains its quotes once', (id) => {
    const a = article(id);
    expect(a.story).toBe(set.story);
    expect(a.outlet.length).toBeGreaterThan(0);
    const missing: string[] = [];
    const ambiguous: string[] = [];
    for (const c of set.claims) {
      for (const e of c.evidence) {
        if (e.article !== id) continue;
        const n = occurrences(a.body, collapse(e.quote));
        if (n === 0) missing.push(`${c.id}: ${e.quote}`);
        else if (n > 1) ambiguous.push(`${c.id}: ${e.quote}`);
      }
    }
    expect(missing, 'quotes not found verbatim').toEqual([]);
    expect(ambiguous, 'quotes not unique in the article').toEqual([]);
  });

  test('near-duplicate articles belong to one outlet', () => {
    for (const group of set.nearDuplicates) expect(new Set(group.map((id) => article(id).outlet)).size).toBe(1);
  });
});
