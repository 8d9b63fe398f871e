/**
 * The engine's measured quality on every hand-labelled story, computed when the site is built so
 * the methodology page publishes the figures the tests check: the seed story
 * (tests/fixtures/labelled/*.json, articles in content/) and the made-up stories
 * (tests/fixtures/stories/<name>/labelled.json, each its own content tree).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCorpus } from '../corpus/load.ts';
import { analyzeCorpus } from '../engine/index.ts';
import { score, type LabelledSet, type Score } from './score.ts';

/** The figures for one labelled story. */
export interface Evaluation {
  story: string;
  title: string;
  /** `seed`: a real story from the site's content; `made-up`: a test story written to check generality. */
  kind: 'seed' | 'made-up';
  claims: number;
  score: Score;
}

/** Scores the engine on each labelled story found under `root` (the repository). */
export function evaluateLabelledSets(root: string = process.cwd()): Evaluation[] {
  const sources: Array<{ labels: string; content: string; kind: Evaluation['kind'] }> = [];
  const seedDir = path.join(root, 'tests/fixtures/labelled');
  for (const file of readdirSync(seedDir).filter((name) => name.endsWith('.json')).sort()) {
    sources.push({ labels: path.join(seedDir, file), content: path.join(root, 'content'), kind: 'seed' });
  }
  const storiesDir = path.join(root, 'tests/fixtures/stories');
  for (const name of readdirSync(storiesDir).sort()) {
    const labels = path.join(storiesDir, name, 'labelled.json');
    if (existsSync(labels)) sources.push({ labels, content: path.join(storiesDir, name), kind: 'made-up' });
  }
  return sources.map(({ labels, content, kind }) => {
    const set = JSON.parse(readFileSync(labels, 'utf8')) as LabelledSet;
    const corpus = loadCorpus(content);
    return {
      story: set.story,
      title: corpus.stories.find((story) => story.id === set.story)?.title ?? set.story,
      kind,
      claims: set.claims.length,
      score: score(analyzeCorpus(corpus, { stories: [set.story] }), set),
    };
  });
}

/** Figures pooled over several stories: recall over all multi-source claims, the rest averaged. */
export function pooled(evaluations: readonly Evaluation[]): Pick<Score, 'recall' | 'verdictAccuracy' | 'precision' | 'multiSource'> {
  const multiSource = evaluations.reduce((sum, e) => sum + e.score.multiSource, 0);
  const found = evaluations.reduce((sum, e) => sum + e.score.recall * e.score.multiSource, 0);
  const mean = (pick: (score: Score) => number): number =>
    evaluations.reduce((sum, e) => sum + pick(e.score), 0) / Math.max(1, evaluations.length);
  return {
    multiSource,
    recall: multiSource === 0 ? 1 : found / multiSource,
    verdictAccuracy: mean((s) => s.verdictAccuracy),
    precision: mean((s) => s.precision),
  };
}
