/**
 * The engine's measured quality on the labelled real stories: each story's content tree is analysed
 * and its claims export scored against its gold annotation (src/quality/score.ts).
 */
import { loadCorpus } from '../corpus/load.ts';
import { analyzeContent } from '../corpus/analyze.ts';
import type { AnalyzeOptions } from '../engine/index.ts';
import { buildClaimsExport, type ClaimsExport } from '../export/claims-json.ts';
import { score, type Score } from './score.ts';
import type { LabelledSet } from './sets.ts';

/** The site address used in the export while scoring (only claim urls depend on it). */
const SITE = 'https://example.github.io/factcheck/';

/** The claims export of one labelled story, as the site would publish it. */
export function exportSet(set: LabelledSet, options: Partial<AnalyzeOptions> = {}): ClaimsExport {
  return buildClaimsExport(analyzeContent(loadCorpus(set.content), options), { site: SITE });
}

/** Scores the engine on one labelled story. */
export function evaluateSet(set: LabelledSet, claims: ClaimsExport = exportSet(set)): Score {
  return score({ claims, articles: set.articleFiles, sources: set.sources, gold: set.gold });
}
