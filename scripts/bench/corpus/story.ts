/**
 * Plans one story: the event, its people, places and numbers, which outlets cover it and how (an
 * original report, a wire agency's copy, a reprint of that copy), which numbers outlets disagree on,
 * and who spreads and who denies the rumour. article.ts then writes each article from this plan.
 */
import { EVENT_KINDS, type EventKind, type QuantitySpec } from './events.ts';
import { CITIES, COMPANY_SUFFIXES, FIRST_NAMES, LAST_NAMES, NAME_WORDS, WEEKDAYS, type Name } from './names.ts';
import { slug, type Outlet } from './outlets.ts';
import { agreeingQualifier, conflictingQualifier, conflictingValue, drawValue, type Report } from './quantities.ts';
import type { Rng } from './random.ts';
import { render } from './template.ts';

/** A named person of a story. */
export interface Person {
  role: string;
  first: Name;
  last: Name;
  pronoun: 'he' | 'she';
  /** Rendered title ("Fire Chief") and description ("the head of the city's fire brigade"). */
  title: string;
  desc: string;
}

/** A quantity of the story: its true value and, if contested, the other values some outlets give. */
export interface StoryQuantity {
  spec: QuantitySpec;
  truth: number;
  alternatives: number[];
}

/** How an article comes to be. */
export type ArticleRole = 'original' | 'wire' | 'reprint';

/** One article of the story, before it is written. */
export interface ArticlePlan {
  id: string;
  outlet: Outlet;
  published: string;
  role: ArticleRole;
  /** For a reprint: the wire article it copies. */
  reprintOf: string | null;
  /** A wire agency the article credits for part of its reporting. */
  citesWire: Outlet | null;
  /** Reports the rumour from anonymous sources. */
  rumour: boolean;
  /** Carries the on-record denial of the rumour. */
  denial: boolean;
  /** The value this article gives for each quantity it reports (by quantity key). */
  reports: Map<string, Report>;
  /** Variant index of each quote, by quote index; 0 is the most common wording. */
  quoteVariants: number[];
}

/** Everything needed to write the story's articles. */
export interface StoryPlan {
  id: string;
  kind: EventKind;
  title: string;
  summary: string;
  date: string;
  slots: Record<string, string>;
  people: Map<string, Person>;
  quantities: StoryQuantity[];
  hasRumour: boolean;
  articles: ArticlePlan[];
}

/** Adds `days` to an ISO date. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/** Resolves story-level slots: places, companies, dates and canonical names (no article state). */
export function storySlot(slots: Record<string, string>, people: Map<string, Person>, name: string): string {
  const direct = slots[name];
  if (direct !== undefined) return direct;
  const [role, field] = name.split('.');
  const person = role === undefined ? undefined : people.get(role);
  if (person) {
    if (field === 'last') return person.last[0];
    if (field === 'full' || field === undefined) return `${person.first[0]} ${person.last[0]}`;
    return pronoun(person, field);
  }
  throw new Error(`generator: unknown slot {${name}}`);
}

/** he/she, his/her, him/her, capitalised when the field is. */
export function pronoun(person: Person, field: string): string {
  const forms: Record<string, [string, string]> = { he: ['he', 'she'], his: ['his', 'her'], him: ['him', 'her'] };
  const pair = forms[field.toLowerCase()];
  if (!pair) throw new Error(`generator: unknown person field .${field}`);
  const word = person.pronoun === 'he' ? pair[0] : pair[1];
  return field[0] === field[0]?.toUpperCase() ? word[0]?.toUpperCase() + word.slice(1) : word;
}

/** Picks a weighted outlet among `pool`, preferring outlets the story has no article from yet. */
function pickOutlet(rng: Rng, pool: readonly Outlet[], taken: readonly ArticlePlan[]): Outlet {
  const used = new Set(taken.map((plan) => plan.outlet.id));
  const fresh = pool.filter((outlet) => !used.has(outlet.id));
  return rng.weighted((fresh.length > 0 ? fresh : pool).map((outlet) => [outlet, outlet.weight] as const));
}

/** Plans story number `index` with `size` articles. */
export function planStory(rng: Rng, index: number, size: number, outlets: readonly Outlet[], usedIds: Set<string>): StoryPlan {
  const kind = EVENT_KINDS[index % EVENT_KINDS.length] ?? rng.pick(EVENT_KINDS);
  const [city, country] = rng.pick(CITIES);
  let other = rng.pick(CITIES);
  while (other[1] === country) other = rng.pick(CITIES);
  const companyWords = rng.sample(NAME_WORDS, 3);
  const dayIndex = rng.int(0, 6);
  const year = rng.int(2023, 2026);
  const date = addDays(`${year}-01-01`, rng.int(0, 360));
  const slots: Record<string, string> = {
    city,
    country,
    cityB: other[0],
    countryB: other[1],
    company: `${companyWords[0]} ${rng.pick(COMPANY_SUFFIXES)}`,
    company2: `${companyWords[1]} ${rng.pick(COMPANY_SUFFIXES)}`,
    bank: `${companyWords[2]} Bank`,
    weekday: WEEKDAYS[dayIndex] ?? 'Monday',
    prevWeekday: WEEKDAYS[(dayIndex + 6) % 7] ?? 'Sunday',
    nextWeekday: WEEKDAYS[(dayIndex + 1) % 7] ?? 'Tuesday',
    pastYear: String(rng.int(1987, 2019)),
    foundedYear: String(rng.int(1890, 1995)),
    employees: formatCount(rng.int(12, 480) * 100),
    population: formatCount(rng.int(60, 2400) * 1000),
    beds: formatCount(rng.int(30, 140) * 10),
    voters: formatCount(rng.int(40, 1900) * 1000),
    distance: String(rng.int(8, 90)),
  };

  const people = new Map<string, Person>();
  const lastNames = rng.sample(LAST_NAMES, Object.keys(kind.roles).length);
  Object.entries(kind.roles).forEach(([role, spec], i) => {
    const pronounKind = rng.chance(0.5) ? 'he' : 'she';
    const resolve = (name: string): string => storySlot(slots, people, name);
    people.set(role, {
      role,
      first: rng.pick(FIRST_NAMES[pronounKind]),
      last: lastNames[i] ?? rng.pick(LAST_NAMES),
      pronoun: pronounKind,
      title: render(spec.title, rng, resolve, 'fragment'),
      desc: render(spec.desc, rng, resolve, 'fragment'),
    });
  });
  const resolve = (name: string): string => storySlot(slots, people, name);
  const title = render(rng.pick(kind.titles), rng, resolve);
  const summary = render(rng.pick(kind.summaries), rng, resolve);

  const quantities: StoryQuantity[] = kind.quantities.map((spec) => {
    const truth = drawValue(spec, rng);
    const contested = rng.chance(0.5);
    const alternatives = contested ? [conflictingValue(spec, truth, rng)] : [];
    if (contested && rng.chance(0.3)) {
      const second = conflictingValue(spec, truth, rng);
      if (!alternatives.includes(second)) alternatives.push(second);
    }
    return { spec, truth, alternatives };
  });

  let id = `${slug(title).split('-').slice(0, 6).join('-')}-${year}`;
  for (let n = 2; usedIds.has(id); n++) id = `${slug(title).split('-').slice(0, 6).join('-')}-${year}-${n}`;
  usedIds.add(id);

  const articles = planArticles(rng, id, size, outlets, date, kind, quantities);
  const hasRumour = rng.chance(0.65);
  if (hasRumour) {
    const originals = articles.filter((article) => article.role !== 'reprint');
    const spreaders = rng.sample(originals, rng.int(1, Math.min(3, originals.length)));
    for (const article of spreaders) article.rumour = true;
    const deniers = rng.sample(originals, rng.int(1, Math.min(2, originals.length)));
    for (const article of deniers) article.denial = true;
  }
  // A reprint copies its wire article's text, rumour and denial included.
  for (const article of articles) {
    if (article.role !== 'reprint') continue;
    const source = articles.find((candidate) => candidate.id === article.reprintOf);
    if (source) {
      article.rumour = source.rumour;
      article.denial = source.denial;
      article.reports = source.reports;
      article.quoteVariants = source.quoteVariants;
    }
  }
  return { id, kind, title, summary, date, slots, people, quantities, hasRumour, articles };
}

/** Decides the outlets, roles, dates, reported values and quote wordings of a story's articles. */
function planArticles(
  rng: Rng,
  storyId: string,
  size: number,
  outlets: readonly Outlet[],
  date: string,
  kind: EventKind,
  quantities: readonly StoryQuantity[],
): ArticlePlan[] {
  const agencies = outlets.filter((outlet) => outlet.kind === 'agency');
  const others = outlets.filter((outlet) => outlet.kind !== 'agency');
  const plans: ArticlePlan[] = [];
  const shortSlug = storyId.split('-').slice(0, 3).join('-');
  const newPlan = (outlet: Outlet, role: ArticleRole, reprintOf: string | null): ArticlePlan => {
    const sameOutlet = plans.filter((plan) => plan.outlet.id === outlet.id).length;
    const reports = new Map<string, Report>();
    for (const quantity of quantities) {
      const conflicting = quantity.alternatives.length > 0 && rng.chance(0.35);
      const value = conflicting ? rng.pick(quantity.alternatives) : quantity.truth;
      reports.set(quantity.spec.key, {
        value,
        qualifier: conflicting ? conflictingQualifier(quantity.spec, quantity.truth, value, rng) : agreeingQualifier(quantity.spec, rng),
      });
    }
    return {
      id: `${outlet.id}-${shortSlug}${sameOutlet > 0 ? `-${sameOutlet + 1}` : ''}`,
      outlet,
      published: addDays(date, rng.weighted([[0, 4], [1, 3], [2, 1]])),
      role,
      reprintOf,
      citesWire: null,
      rumour: false,
      denial: false,
      reports,
      quoteVariants: kind.quotes.map((quote) => (rng.chance(0.5) ? 0 : rng.int(0, quote.variants.length - 1))),
    };
  };

  // Wire copy first, so reprints can follow it.
  const wireCount = size >= 6 ? rng.weighted([[0, 3], [1, 5], [2, 2]]) : 0;
  const wires = rng.sample(agencies, wireCount);
  for (const agency of wires) {
    if (plans.length >= size) break;
    const wire = newPlan(agency, 'wire', null);
    plans.push(wire);
    const reprints = rng.int(0, 3);
    for (let i = 0; i < reprints && plans.length < size - 2; i++) {
      const reprint = newPlan(pickOutlet(rng, others, plans), 'reprint', wire.id);
      reprint.published = wire.published;
      plans.push(reprint);
    }
  }
  while (plans.length < size) {
    const previous = plans.filter((plan) => plan.role === 'original');
    // Now and then an outlet covers the story twice (a follow-up).
    const outlet = previous.length > 0 && rng.chance(0.08) ? rng.pick(previous).outlet : pickOutlet(rng, others, plans);
    const plan = newPlan(outlet, 'original', null);
    if (wires.length > 0 && rng.chance(0.45)) plan.citesWire = rng.pick(wires);
    plans.push(plan);
  }
  return plans;
}
