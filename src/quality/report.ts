/**
 * The quality report the methodology page publishes: per labelled real story, the scorer's figures
 * (src/quality/score.ts). Written to results.json by `npm run quality` and checked by a unit test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluateSet } from './evaluate.ts';
import type { Score } from './score.ts';
import { labelledSets, SETS_DIR, type LabelledSet } from './sets.ts';

/** Where the published figures are kept. */
export const RESULTS_FILE = path.join(path.dirname(SETS_DIR), 'results.json');

/** The figures of one story, without the per-claim lines. */
export type Figures = Omit<Score, 'lines'>;

/** One story's entry in the report. */
export interface StoryReport {
  id: string;
  title: string;
  /** Gold claims of the story, all relations. */
  labelled: number;
  articles: number;
  inSample: Figures;
}

/** The whole report. */
export interface QualityReport {
  stories: StoryReport[];
}

/** The story's title: the first heading of its GOLD.md, without the "GOLD —" prefix. */
function title(set: LabelledSet): string {
  const first = readFileSync(path.join(set.dir, 'GOLD.md'), 'utf8').split('\n')[0] ?? set.id;
  return first.replace(/^#\s*(?:GOLD\s*[—-]\s*)?/, '').trim();
}

function figures(score: Score): Figures {
  const { lines: _lines, ...rest } = score;
  return rest;
}

/** Computes the report from the labelled stories on disk. */
export function qualityReport(sets: readonly LabelledSet[] = labelledSets()): QualityReport {
  return {
    stories: sets.map((set) => ({
      id: set.id,
      title: title(set),
      labelled: set.gold.claims.length,
      articles: set.articleFiles.size,
      inSample: figures(evaluateSet(set)),
    })),
  };
}

/** The committed report (what the site publishes). */
export function publishedReport(): QualityReport {
  return JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as QualityReport;
}
