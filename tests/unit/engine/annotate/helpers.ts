/**
 * Test helpers for stage 3: build its input the way the engine does (Markdown → blocks →
 * sentences) from the made-up fixture stories in `fixtures/`, from a labelled story, or from plain
 * paragraphs, and annotate it with the English language layer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { loadCorpus } from '../../../../src/corpus/load.ts';
import { SentenceIdAllocator, segmentText } from '../../../../src/engine/02-segment.ts';
import { annotateStory, annotationKit, type AnnotateArticle, type StoryAnnotation } from '../../../../src/engine/03-annotate/index.ts';
import { english } from '../../../../src/engine/language/index.ts';
import type { AnnotatedSentence, Entity, OutletInput, Sentence } from '../../../../src/engine/types.ts';
import { markdownToBlocks } from '../../../../src/markdown/blocks.ts';
import { labelledSets } from '../../../../src/quality/sets.ts';

/** The English language layer every annotate test uses. */
export const lang = english();

/** Stages 1 and 2 for one Markdown body. */
export function sentencesOf(id: string, markdown: string): Sentence[] {
  const ids = new SentenceIdAllocator();
  const sentences: Sentence[] = [];
  markdownToBlocks(markdown).forEach((block, blockIndex) => {
    for (const span of segmentText(block)) {
      sentences.push({ id: ids.next(span.text), article: id, block: blockIndex, index: sentences.length, text: span.text });
    }
  });
  return sentences;
}

/** A story ready to annotate. */
export interface StoryInputForTest {
  articles: AnnotateArticle[];
  outlets: OutletInput[];
}

/** A labelled real story from src/quality/sets (all articles of its one story). */
export function labelledStory(id: string): StoryInputForTest {
  const set = labelledSets().find((s) => s.id === id);
  if (!set) throw new Error(`no labelled story ${id}`);
  const corpus = loadCorpus(set.content);
  const articles = corpus.articles.map((a) => ({ id: a.id, outlet: a.outlet, sentences: sentencesOf(a.id, a.body) }));
  return { articles, outlets: corpus.outlets };
}

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

/** A made-up story from `fixtures/<name>/`: `*.md` articles with an `outlet` field, and `outlets.yaml`. */
export function fixtureStory(name: string): StoryInputForTest {
  const dir = path.join(FIXTURES, name);
  const outlets = yaml.load(readFileSync(path.join(dir, 'outlets.yaml'), 'utf8')) as OutletInput[];
  const articles = readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const raw = readFileSync(path.join(dir, file), 'utf8');
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw) ?? [];
      const meta = yaml.load(front) as { outlet: string };
      const id = file.replace(/\.md$/, '');
      return { id, outlet: meta.outlet, sentences: sentencesOf(id, body) };
    });
  return { articles, outlets };
}

/** Annotated sentences and entities, as tests read them (`entities` sorted by id). */
export interface Annotated {
  sentences: Map<string, AnnotatedSentence[]>;
  entities: Entity[];
}

function read(result: StoryAnnotation): Annotated {
  const sentences = new Map([...result.sentences].map(([id, list]) => [id, list.map((item) => item.sentence)]));
  return { sentences, entities: [...result.byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}

/** One article made of plain paragraphs (blank-line separated), annotated on its own. */
export function annotateParagraphs(markdown: string, outlets: OutletInput[] = []): Annotated {
  return read(annotateStory(annotationKit(lang, outlets), [{ id: 'a', outlet: 'test', sentences: sentencesOf('a', markdown) }]));
}

/** Annotates a test story. */
export function annotate(story: StoryInputForTest): Annotated {
  return read(annotateStory(annotationKit(lang, story.outlets), story.articles));
}

/** Every annotated sentence of a result, in article then reading order. */
export function allSentences(result: Annotated): AnnotatedSentence[] {
  return [...result.sentences.values()].flat();
}

/** The first sentence whose text contains `fragment`; throws when there is none, so tests fail clearly. */
export function sentenceWith(result: Annotated, fragment: string, article?: string): AnnotatedSentence {
  const pool = article ? (result.sentences.get(article) ?? []) : allSentences(result);
  const found = pool.find((s) => s.text.includes(fragment));
  if (!found) throw new Error(`no sentence contains ${JSON.stringify(fragment)}`);
  return found;
}

/** The entity whose aliases include `alias`; throws when there is none. */
export function entityByAlias(result: Annotated, alias: string): Entity {
  const found = result.entities.find((e) => e.aliases.includes(alias));
  if (!found) throw new Error(`no entity has the alias ${JSON.stringify(alias)}`);
  return found;
}

/** Display name of an entity id (or null), for readable assertions. */
export function nameOf(result: Annotated, id: string | null): string | null {
  if (id === null) return null;
  return result.entities.find((e) => e.id === id)?.name ?? `?${id}`;
}
