/**
 * Invents the outlets of a generated corpus: newspapers, broadcasters, online and magazine titles,
 * and a few wire agencies (`kind: agency`) whose copy other outlets reprint or cite. Each outlet has
 * a house style (curly or straight quotes, "Mr"/"Ms" before surnames) and a weight: a few big
 * outlets cover many stories, many small ones cover few, as in real coverage.
 */
import type { OutletInput } from '../../../src/engine/types.ts';
import { CITIES, MASTHEADS, NAME_WORDS } from './names.ts';
import type { Rng } from './random.ts';

/** An outlet with the house style the article writer follows. */
export interface Outlet extends OutletInput {
  /** Straight quotes ("...") instead of curly ones. */
  straightQuotes: boolean;
  /** Writes "Mr Haddad" / "Ms Okonkwo" on later mentions. */
  honorifics: boolean;
  /** Relative share of the stories the outlet covers. */
  weight: number;
}

/** Lower-case, hyphenated id of a name. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A country as an outlet's `country` field ("the Netherlands" → "Netherlands"). */
function countryField(country: string): string {
  return country.replace(/^the /, '');
}

type Kind = OutletInput['kind'];

const NAME_PATTERNS: Record<Exclude<Kind, 'other'>, ReadonlyArray<(rng: Rng) => string>> = {
  newspaper: [
    (rng) => `The ${rng.pick(CITIES)[0]} ${rng.pick(MASTHEADS)}`,
    (rng) => `The ${rng.pick(NAME_WORDS)} ${rng.pick(MASTHEADS)}`,
    (rng) => `${rng.pick(CITIES)[0]} ${rng.pick(['Daily', 'Evening', 'Morning'])} ${rng.pick(MASTHEADS)}`,
  ],
  broadcaster: [
    (rng) => `${rng.pick(NAME_WORDS)} Broadcasting`,
    (rng) => `Radio ${rng.pick(NAME_WORDS)}`,
    (rng) => `${rng.pick(NAME_WORDS)} TV`,
    (rng) => `${countryField(rng.pick(CITIES)[1])} Public Radio`,
  ],
  online: [
    (rng) => `${rng.pick(NAME_WORDS)} Daily`,
    (rng) => `The ${rng.pick(NAME_WORDS)} Report`,
    (rng) => `${rng.pick(NAME_WORDS)} Insider`,
    (rng) => `${rng.pick(NAME_WORDS)} Today`,
  ],
  magazine: [(rng) => `${rng.pick(NAME_WORDS)} Weekly`, (rng) => `The ${rng.pick(NAME_WORDS)} Review`],
  agency: [
    (rng) => `${rng.pick(NAME_WORDS)} Press`,
    (rng) => `${rng.pick(NAME_WORDS)} News Agency`,
    (rng) => `Agence ${rng.pick(NAME_WORDS)}`,
    (rng) => `${rng.pick(NAME_WORDS)} Wire Service`,
  ],
};

/** How many outlets a corpus of `articles` articles gets, and how many of them are agencies. */
export function outletCounts(articles: number): { total: number; agencies: number } {
  const total = Math.min(260, Math.max(24, Math.round(articles / 40)));
  return { total, agencies: Math.max(4, Math.round(total * 0.06)) };
}

/** Invents `total` outlets with distinct names and ids, `agencies` of them wire agencies. */
export function makeOutlets(rng: Rng, total: number, agencies: number): Outlet[] {
  const outlets: Outlet[] = [];
  const names = new Set<string>();
  const ids = new Set<string>();
  for (let i = 0; i < total; i++) {
    const kind: Exclude<Kind, 'other'> =
      i < agencies ? 'agency' : rng.weighted<Exclude<Kind, 'other'>>([['newspaper', 5], ['online', 3], ['broadcaster', 2], ['magazine', 1]]);
    let name = '';
    for (let attempt = 0; attempt < 50 && (name === '' || names.has(name) || ids.has(slug(name))); attempt++) {
      name = rng.pick(NAME_PATTERNS[kind])(rng);
    }
    if (names.has(name) || ids.has(slug(name))) name = `${name} ${i}`;
    names.add(name);
    const id = slug(name);
    ids.add(id);
    outlets.push({
      id,
      name,
      url: `https://www.${id.replace(/^the-/, '')}.example/`,
      country: countryField(rng.pick(CITIES)[1]),
      kind,
      straightQuotes: rng.chance(0.15),
      honorifics: rng.chance(0.3),
      // A Zipf-like spread: the first outlets of each kind are the big ones.
      weight: 1 / (1 + (i % 40)) ** 0.8,
    });
  }
  return outlets;
}

/** The outlet record as written to outlets.yaml. */
export function toOutletInput(outlet: Outlet): OutletInput {
  return { id: outlet.id, name: outlet.name, url: outlet.url, country: outlet.country, kind: outlet.kind };
}
