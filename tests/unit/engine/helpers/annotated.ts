/**
 * Hand-built annotated sentences for unit tests of stages 4-6, so they do not depend on stage 3:
 * each test states exactly the annotations it relies on (speaker, via, quantities, polarity).
 */
import { sentenceHash } from '../../../../src/engine/02-segment.ts';
import type { AnnotatedStory } from '../../../../src/engine/cross-reference.ts';
import type {
  AnnotatedSentence,
  ArticleInput,
  Attribution,
  Entity,
  OutletInput,
  Polarity,
  Quantity,
  Qualifier,
} from '../../../../src/engine/types.ts';
import { contentStems } from '../../../../src/engine/words.ts';

/** Options for one hand-built sentence. */
export interface SentenceSpec {
  text: string;
  speaker?: string;
  via?: string;
  anonymous?: boolean;
  polarity?: Polarity;
  /** Entity ids mentioned (offsets are not needed by stages 4-6). */
  mentions?: string[];
  quantities?: Array<Partial<Quantity> & { surface: string; value: number; unit: string }>;
}

/** A quantity as stage 3 would give it; `surface` must occur in the sentence text. */
function quantity(text: string, spec: NonNullable<SentenceSpec['quantities']>[number]): Quantity {
  const qualifier: Qualifier = spec.qualifier ?? 'exact';
  const start = text.indexOf(spec.surface);
  if (start < 0) throw new Error(`surface "${spec.surface}" not in "${text}"`);
  return {
    value: spec.value,
    low: spec.low ?? (qualifier === 'less-than' || qualifier === 'at-most' ? -Infinity : qualifier === 'nearly' ? spec.value * 0.9 : spec.value),
    high: spec.high ?? (qualifier === 'more-than' || qualifier === 'at-least' ? Infinity : spec.value),
    unit: spec.unit,
    qualifier,
    measures: spec.measures ?? null,
    surface: spec.surface,
    start,
    end: start + spec.surface.length,
  };
}

/** Builds the sentences of one article from specs (ids as stage 2 computes them). */
export function article(id: string, specs: ReadonlyArray<SentenceSpec | string>): AnnotatedSentence[] {
  return specs.map((raw, index) => {
    const spec = typeof raw === 'string' ? { text: raw } : raw;
    const quotes = [...spec.text.matchAll(/“([^”]+)”|"([^"]+)"/g)].map((match) => ({
      text: match[1] ?? match[2] ?? '',
      start: match.index + 1,
      end: match.index + match[0].length - 1,
      speaker: spec.speaker ?? null,
    }));
    const attribution: Attribution = {
      speaker: spec.speaker ?? null,
      cue: spec.speaker ? 'said' : null,
      via: spec.via ?? null,
      viaEntity: null,
      anonymous: spec.anonymous ?? false,
    };
    return {
      id: sentenceHash(spec.text),
      article: id,
      block: index,
      index,
      text: spec.text,
      mentions: (spec.mentions ?? (spec.speaker ? [spec.speaker] : [])).map((entity) => ({ entity, start: 0, end: 0, pronoun: false })),
      attribution,
      quotes,
      quantities: (spec.quantities ?? []).map((q) => quantity(spec.text, q)),
      polarity: spec.polarity ?? 'asserts',
      terms: contentStems(spec.text),
    };
  });
}

/** A person entity with the given id and name. */
export function person(id: string, name: string): Entity {
  return { id, name, kind: 'person', aliases: [name], roles: [] };
}

/** An outlet record. */
export function outlet(id: string, name: string, kind: OutletInput['kind'] = 'newspaper'): OutletInput {
  return { id, name, url: `https://${id}.example/`, kind };
}

/** A story of hand-built articles: `articles` maps article id → [outlet id, published, sentences]. */
export function story(
  outlets: OutletInput[],
  articles: Record<string, [string, string, AnnotatedSentence[]]>,
  entities: Entity[] = [],
): AnnotatedStory {
  const inputs: ArticleInput[] = Object.entries(articles).map(([id, [outletId, published]]) => ({
    id,
    title: id,
    story: 'test-story',
    outlet: outletId,
    published,
    body: '',
  }));
  return {
    story: { id: 'test-story', title: 'Test story', date: '2030-01-01', summary: '' },
    articles: inputs,
    outlets,
    entities,
    sentences: new Map(Object.entries(articles).map(([id, [, , sentences]]) => [id, sentences])),
  };
}
