/**
 * The quality report the methodology page publishes: per labelled real story, the scorer's figures
 * (src/quality/score.ts) for the committed model ("in sample": it was fitted on these stories) and
 * for the model fitted without that story ("leave one story out": the honest figure for stories the
 * engine has not seen). `npm run train` fits and writes both; `npm run quality` recomputes the
 * figures with the stored models; a unit test checks the file against the engine.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PairModel } from '../engine/04-match/model.ts';
import { defaultModel } from '../engine/04-match/model.ts';
import { english } from '../engine/language/index.ts';
import { evaluateSet, exportSet } from './evaluate.ts';
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
  leaveOneOut: Figures;
}

/** The whole report. */
export interface QualityReport {
  /** The committed model's thresholds and the stories it was fitted on. */
  model: Pick<PairModel, 'thresholds' | 'trainedOn'>;
  /** Per story, the model fitted without it. */
  folds: Record<string, PairModel>;
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

/**
 * Computes the report from the labelled stories on disk, the committed model (or the model just
 * fitted, which `npm run train` passes: the committed file was read before it was rewritten) and the
 * fold models.
 */
export function qualityReport(folds: Record<string, PairModel>, sets: readonly LabelledSet[] = labelledSets(), model: PairModel = defaultModel()): QualityReport {
  const lang = english();
  return {
    model: { thresholds: model.thresholds, trainedOn: model.trainedOn },
    folds,
    stories: sets.map((set) => {
      const fold = folds[set.id];
      if (!fold) throw new Error(`no leave-one-out model for ${set.id}: run npm run train`);
      return {
        id: set.id,
        title: title(set),
        labelled: set.gold.claims.length,
        articles: set.articleFiles.size,
        inSample: figures(evaluateSet(set, exportSet(set, { model, language: lang }))),
        leaveOneOut: figures(evaluateSet(set, exportSet(set, { model: fold, language: lang }))),
      };
    }),
  };
}

/** The committed report (what the site publishes). */
export function publishedReport(): QualityReport {
  return JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as QualityReport;
}

/** The report's figures, one line per story, as `npm run train` and `npm run quality` print them. */
export function reportLines(report: QualityReport): string[] {
  const pct = (x: number): string => x.toFixed(2);
  return report.stories.map((story) => {
    const a = story.inSample;
    const b = story.leaveOneOut;
    return `${story.id.padEnd(38)} in sample R ${pct(a.recall)} V ${pct(a.relationAccuracy)} P ${pct(a.purity)} FA ${a.falseAlarms} | left out R ${pct(b.recall)} V ${pct(b.relationAccuracy)} P ${pct(b.purity)} FA ${b.falseAlarms}`;
  });
}
