/**
 * The engine's measured quality on every hand-labelled story in tests/fixtures/labelled/, computed
 * when the site is built so the methodology page publishes the figures the tests check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCorpus } from '../corpus/load.ts';
import { analyzeCorpus } from '../engine/index.ts';
import { score, type LabelledSet, type Score } from './score.ts';

/** Where the labelled sets live, and the content root their articles come from. */
const LABELLED_DIR = 'tests/fixtures/labelled';
const DEFAULT_CONTENT = 'content';

/** The figures for one labelled story. */
export interface Evaluation {
  story: string;
  title: string;
  claims: number;
  multiSource: number;
  score: Score;
}

/** Scores the engine on each labelled story, reading it and its articles from the repository. */
export function evaluateLabelledSets(root: string = process.cwd()): Evaluation[] {
  const dir = path.join(root, LABELLED_DIR);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const set = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as LabelledSet & { content?: string };
      const corpus = loadCorpus(path.join(root, set.content ?? DEFAULT_CONTENT));
      const analysis = analyzeCorpus(corpus, { stories: [set.story] });
      const result = score(analysis, set);
      return {
        story: set.story,
        title: corpus.stories.find((story) => story.id === set.story)?.title ?? set.story,
        claims: set.claims.length,
        multiSource: result.multiSource,
        score: result,
      };
    });
}
