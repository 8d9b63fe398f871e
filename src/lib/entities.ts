/**
 * The people and organisations lists: who has a page, grouped by initial (surname for people,
 * name for organisations) and cut into pages, so the lists stay readable at thousands of names.
 */
import type { Entity } from '../engine/types.ts';
import type { SiteAnalysis } from './analysis.ts';

/** Which list an entity belongs to. */
export type EntitySection = 'people' | 'organisations';

/** Names per page of a list. */
export const ENTITIES_PER_PAGE = 300;
/** Claims per page of a person's or an organisation's page. */
export const ENTITY_CLAIMS_PER_PAGE = 50;

/** The site path (without the base) of page `page` of an entity: `people/<id>/`, `people/<id>/2/`. */
export function entityPath(section: EntitySection, id: string, page = 1): string {
  return `${section}/${id}/${page > 1 ? `${page}/` : ''}`;
}

/** How many pages an entity's claims take. */
export function entityPageCount(analysis: SiteAnalysis, id: string): number {
  return Math.max(1, Math.ceil((analysis.claimsByEntity.get(id)?.length ?? 0) / ENTITY_CLAIMS_PER_PAGE));
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Entities of a section that at least one claim is by or about. */
export function entitiesWithClaims(analysis: SiteAnalysis, section: EntitySection): Entity[] {
  const kind = section === 'people' ? 'person' : 'organization';
  return analysis.entities
    .filter((entity) => entity.kind === kind && (analysis.claimsByEntity.get(entity.id)?.length ?? 0) > 0)
    .sort((a, b) => collator.compare(sortKey(a, section), sortKey(b, section)) || a.id.localeCompare(b.id));
}

/** People sort by surname ("Lavrov, Sergey"), organisations by name without a leading "The". */
export function sortKey(entity: Pick<Entity, 'name'>, section: EntitySection): string {
  if (section === 'organisations') return entity.name.replace(/^the\s+/i, '');
  const words = entity.name.split(/\s+/);
  return words.length > 1 ? `${words.at(-1)} ${words.slice(0, -1).join(' ')}` : entity.name;
}

/** The letter a name is filed under: A-Z, or "#" for anything else. */
export function initial(entity: Pick<Entity, 'name'>, section: EntitySection): string {
  const letter = sortKey(entity, section).normalize('NFD').charAt(0).toUpperCase();
  return /[A-Z]/.test(letter) ? letter : '#';
}

/** One page of a list, grouped by initial. */
export interface EntityListPage {
  page: number;
  lastPage: number;
  total: number;
  groups: Array<{ letter: string; entities: Entity[] }>;
}

/** The pages of a section's list. */
export function entityListPages(analysis: SiteAnalysis, section: EntitySection): EntityListPage[] {
  const all = entitiesWithClaims(analysis, section);
  const lastPage = Math.max(1, Math.ceil(all.length / ENTITIES_PER_PAGE));
  return Array.from({ length: lastPage }, (_, index) => {
    const groups: EntityListPage['groups'] = [];
    for (const entity of all.slice(index * ENTITIES_PER_PAGE, (index + 1) * ENTITIES_PER_PAGE)) {
      const letter = initial(entity, section);
      const last = groups.at(-1);
      if (last?.letter === letter) last.entities.push(entity);
      else groups.push({ letter, entities: [entity] });
    }
    return { page: index + 1, lastPage, total: all.length, groups };
  });
}
