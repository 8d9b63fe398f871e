/**
 * Story-wide entity resolution: turns the candidates of every sentence of every article into one
 * entity per real person, organisation, outlet and place, with a canonical name, every surface
 * form seen and the roles written next to it.
 */
import type { Language } from '../language/index.ts';
import { wordKey } from '../language/tokens.ts';
import type { Entity, EntityKind } from '../types.ts';
import type { Candidate } from './candidates.ts';
import type { Gazetteer } from './gazetteer.ts';
import { slugify, type Gender } from './names.ts';
import { clusterPeople, type NameRef } from './people.ts';
import { roleKey } from './roles.ts';
import type { StoryStats } from './runs.ts';

/** The entities of a story and which entity each candidate names. */
export interface Resolution {
  /** Sorted by id. */
  entities: Entity[];
  /** Entity id per candidate (same order as the input), or null when it names nobody known. */
  entityOf: Array<string | null>;
  /** Gender of each person entity, as far as names and roles tell. */
  gender: Map<string, Gender>;
  kind: Map<string, EntityKind>;
}

interface Group {
  kind: EntityKind;
  /** Fixed display name (lexicon canonical), or null to pick the most frequent form. */
  name: string | null;
  members: number[];
  gender: Gender;
}

/** Abbreviated organisation words, so "Andes Copper Corp." and "Andes Copper Corporation" are one. */
const ORG_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['corp', 'corporation'], ['inc', 'incorporated'], ['co', 'company'], ['ltd', 'limited'], ['intl', 'international'],
  ['dept', 'department'], ['univ', 'university'], ['assn', 'association'], ['natl', 'national'],
]);
/** Words that make a capitalised phrase a thing or an event, not a person ("Operation X", "Hurricane Y"). */
const NOT_PEOPLE: ReadonlySet<string> = new Set(
  (
    'operation article resolution act agreement accord accords treaty summit conference forum games cup prize award ' +
    'festival war plan project program programme mission hurricane typhoon cyclone storm tropical doctrine protocol ' +
    'declaration convention charter'
  ).split(' '),
);
/**
 * Words that make a capitalised phrase a place: a head after a name ("Harbour Street", "Dov River")
 * or a title before one ("Mount Orsa", "Lake Varen"). Not "Hill" or "Park", which are surnames too.
 */
const PLACE_HEADS: ReadonlySet<string> = new Set('street road avenue lane square boulevard bridge river lake valley bay island peninsula canal glacier harbour harbor strait'.split(' '));
const PLACE_TITLES: ReadonlySet<string> = new Set('mount lake cape fort'.split(' '));

/** True when the name's words are a place's by their head or title (PLACE_HEADS, PLACE_TITLES). */
function namedAsPlace(parts: readonly string[]): boolean {
  return parts.length >= 2 && (PLACE_HEADS.has(wordKey(parts.at(-1) as string)) || PLACE_TITLES.has(wordKey(parts[0] as string)));
}
const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,})$/u;

/** Resolves the candidates of one story. `articleOf[s]` is the article index of story sentence s. */
export function resolveEntities(lang: Language, candidates: readonly Candidate[], articleOf: readonly number[], gazetteer: Gazetteer, stats: StoryStats): Resolution {
  const groups = new Map<string, Group>();
  const groupOf = new Array<string | null>(candidates.length).fill(null);
  const put = (i: number, key: string, kind: EntityKind, name: string | null): void => {
    const group = groups.get(key) ?? { kind, name, members: [], gender: null };
    group.members.push(i);
    groups.set(key, group);
    groupOf[i] = key;
  };
  const orgs: number[] = [];
  const refs: NameRef[] = [];
  const fuzzyCache = new Map<string, string | null>();
  const fuzzyPlace = (words: string): string | null => {
    if (!fuzzyCache.has(words)) fuzzyCache.set(words, gazetteer.fuzzyPlace(words));
    return fuzzyCache.get(words) ?? null;
  };

  candidates.forEach((c, i) => {
    if (c.kind !== 'name' && c.canonical !== null) return put(i, `${c.kind}|${c.canonical}`, c.kind, c.canonical);
    if (c.kind === 'organization') {
      const known = gazetteer.exact(c.parts.join(' '));
      if (known?.kind === 'organization') return put(i, `organization|${known.canonical}`, 'organization', known.canonical);
      orgs.push(i);
      return undefined;
    }
    if (c.kind !== 'name') return undefined;
    if (c.parts.some((part) => NOT_PEOPLE.has(wordKey(part)))) return undefined;
    const words = c.parts.join(' ');
    const place = c.role === null && !c.weak && (c.parts.length >= 2 || c.placeContext) ? fuzzyPlace(words) : null;
    if (place !== null) return put(i, `place|${place}`, 'place', place);
    if (c.role === null && namedAsPlace(c.parts)) return put(i, `place|${c.parts.join(' ')}`, 'place', c.parts.join(' '));
    if (c.parts.length === 1 && ACRONYM.test(c.surface) && !c.weak) return put(i, `organization|${c.surface}`, 'organization', c.surface);
    refs.push({ id: i, parts: c.parts, article: articleOf[c.sentence] ?? 0, strong: c.strong, weak: c.weak, determined: c.determined, gender: c.gender, locative: c.locative });
    return undefined;
  });

  groupOrganizations(candidates, orgs, put);
  const { clusters, clusterOf } = clusterPeople(lang, refs, stats.lower);
  clusters.forEach((cluster, c) => {
    if (cluster.members.length === 0) return;
    // Named only where a place goes ("on Capitol Hill", "in Hlinsko"), never with a role or a speech verb: a place.
    const members = cluster.members.map((i) => candidates[i] as Candidate);
    const place = members.every((m) => m.placeContext && m.role === null && !m.speaker);
    groups.set(`person|${c}`, { kind: place ? 'place' : 'person', name: null, members: cluster.members, gender: cluster.gender });
  });
  for (const [member, c] of clusterOf) groupOf[member] = `person|${c}`;
  for (const ref of refs) {
    const c = candidates[ref.id] as Candidate;
    if (groupOf[ref.id] === null && c.placeContext && !c.weak) put(ref.id, `place|${c.surface}`, 'place', c.surface);
  }
  return buildEntities(candidates, groups, groupOf, articleOf);
}

/** Organisations named by a head word, grouped by their words without a leading place or demonym. */
function groupOrganizations(candidates: readonly Candidate[], orgs: readonly number[], put: (i: number, key: string, kind: EntityKind, name: string | null) => void): void {
  const byKey = new Map<string, number[]>();
  for (const i of orgs) {
    const c = candidates[i] as Candidate;
    const key = wordKey(c.orgKey ?? c.parts.join(' '))
      .split(' ')
      .map((word) => ORG_ABBREVIATIONS.get(word) ?? word)
      .join(' ');
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  }
  for (const [key, members] of byKey) {
    const qualifiers = countBy(members.map((i) => (candidates[i] as Candidate).qualifier).filter((q): q is string => q !== null));
    if (qualifiers.length <= 1) {
      for (const i of members) put(i, `organization|~${key}`, 'organization', null);
      continue;
    }
    // "Russian Foreign Ministry" and "Ukrainian Foreign Ministry" are two ministries; a bare one joins the most named.
    const main = qualifiers[0]?.[0] ?? '';
    for (const i of members) {
      const qualifier = (candidates[i] as Candidate).qualifier ?? main;
      put(i, `organization|~${qualifier} ${key}`, 'organization', null);
    }
  }
}

function buildEntities(candidates: readonly Candidate[], groups: Map<string, Group>, groupOf: Array<string | null>, articleOf: readonly number[]): Resolution {
  const idOf = new Map<string, string>();
  const used = new Map<string, EntityKind>();
  const entities: Entity[] = [];
  const gender = new Map<string, Gender>();
  const kind = new Map<string, EntityKind>();
  const ordered = [...groups.entries()].map(([key, group]) => ({ key, group, name: group.name ?? displayName(candidates, group, articleOf) }));
  ordered.sort((a, b) => compare(a.name, b.name) || compare(a.group.kind, b.group.kind) || (a.group.members[0] ?? 0) - (b.group.members[0] ?? 0));
  for (const { key, group, name } of ordered) {
    let id = slugify(name);
    if (used.has(id) && used.get(id) !== group.kind) id = `${id}-${group.kind}`;
    for (let n = 2; used.has(id); n++) id = `${slugify(name)}-${n}`;
    used.set(id, group.kind);
    idOf.set(key, id);
    const members = group.members.map((i) => candidates[i] as Candidate);
    entities.push({
      id, name, kind: group.kind,
      aliases: [...new Set(members.map((c) => c.surface))].sort(compare),
      roles: representatives(members.map((c) => c.role).filter((r): r is string => r !== null), roleKey),
    });
    gender.set(id, group.gender);
    kind.set(id, group.kind);
  }
  entities.sort((a, b) => compare(a.id, b.id));
  return { entities, entityOf: groupOf.map((key) => (key === null ? null : (idOf.get(key) ?? null))), gender, kind };
}

/**
 * Most frequent full "First Last" form (ties: more articles, then alphabetical); for
 * organisations the most frequent name; a person known only by surname keeps the surname.
 */
function displayName(candidates: readonly Candidate[], group: Group, articleOf: readonly number[]): string {
  const members = group.members.map((i) => candidates[i] as Candidate).filter((c) => !c.weak);
  const pool = members.length > 0 ? members : group.members.map((i) => candidates[i] as Candidate);
  const full = group.kind === 'person' ? pool.filter((c) => c.parts.length >= 2) : pool;
  const forms = (full.length > 0 ? full : pool).map((c) => ({ form: c.parts.length > 0 ? c.parts.join(' ') : c.surface, article: articleOf[c.sentence] ?? 0 }));
  const stats = new Map<string, { count: number; articles: Set<number> }>();
  for (const { form, article } of forms) {
    const entry = stats.get(form) ?? { count: 0, articles: new Set<number>() };
    entry.count++;
    entry.articles.add(article);
    stats.set(form, entry);
  }
  const ranked = [...stats.entries()].sort(
    (a, b) => b[1].count - a[1].count || b[1].articles.size - a[1].articles.size || compare(a[0], b[0]),
  );
  return ranked[0]?.[0] ?? '';
}

/** One representative per key (the most frequent spelling, then alphabetical), sorted. */
function representatives(values: readonly string[], key: (value: string) => string): string[] {
  const byKey = new Map<string, string[]>();
  for (const value of values) byKey.set(key(value), [...(byKey.get(key(value)) ?? []), value]);
  return [...byKey.values()].map((list) => countBy(list)[0]?.[0] ?? '').sort(compare);
}

/** Values with their counts, most frequent first, ties alphabetical. */
function countBy(values: readonly string[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]));
}

/** Locale-independent string order, so output never depends on the machine. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
