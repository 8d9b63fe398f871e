/**
 * Every threshold and weight of the engine in one place, each with its default and the reason for
 * it. `analyzeCorpus(corpus, { config })` takes a partial override, so tests and the training
 * script can vary one value without touching the stages. Values marked "fitted" are chosen by
 * `npm run train` on the labelled stories (src/quality/sets), never by hand for one story.
 */

/** The engine's tunable values. */
export interface EngineConfig {
  segment: {
    /** A sentence with fewer words is a fragment ("Not bad."), not a checkable statement. */
    minWords: number;
    /** A sentence with fewer content terms carries nothing to check. */
    minTerms: number;
    /** A clause shorter than this stays with its neighbour ("as AP reported", "and Moscow"). */
    minClauseWords: number;
  };
  sources: {
    /** Words per shingle for near-duplicate articles: five words rarely repeat by chance. */
    shingleSize: number;
    /** Shingle containment from which two articles are copies (independent reports share < 0.2). */
    nearDuplicateContainment: number;
    /** Articles with fewer shingles are too short to call copies. */
    minShingles: number;
  };
  match: {
    /**
     * A blocking key held by more than `blockPerArticle` units per article of the story (at least
     * `blockMin`, at most `blockMax`) is a topic word, not a fact: a fact is stated once or twice per
     * article. Counted per article, so one huge junk article cannot widen the blocks.
     */
    blockPerArticle: number;
    blockMin: number;
    blockMax: number;
    /** Units an article may bring to blocking at most; beyond it the article is an outlier and only its first units are compared. */
    maxUnitsPerArticle: number;
    /** Document frequencies are counted once per article (not per sentence), so one long article cannot make every word common. */
    dfPerArticle: boolean;
    /** Pair probability from which two units may be linked (fitted). */
    linkThreshold: number;
    /** Mean pair probability a merged claim must keep (fitted). */
    clusterThreshold: number;
    /** No pair inside a claim may fall below this probability: stops chains of loosely related sentences (fitted). */
    minLinkThreshold: number;
  };
  quantities: {
    /** Characters around a number that say what it measures (its context words, place, time and owner). */
    window: number;
    /** Frame similarity from which two numbers measure the same thing (fitted). */
    frameThreshold: number;
    /**
     * Frame similarity from which two numbers that differ by more than one figure's readings do
     * (frames.ts, `readingsOfOneFigure`) are one frame, and so a conflict (fitted). Reports that set
     * different figures against each other need more than the little two figures of one unit share.
     */
    conflictThreshold: number;
    /** Numbers of one unit class compared at most per story (a long table of figures stops there). */
    maxPerClass: number;
  };
  denials: {
    /** Score from which a denial is attached to a claim. */
    threshold: number;
    /** A term in at most this many articles of the story is rare enough to name what is denied. */
    rareArticles: number;
  };
}

/** The defaults. */
export const DEFAULT_CONFIG: EngineConfig = {
  segment: { minWords: 6, minTerms: 3, minClauseWords: 6 },
  sources: { shingleSize: 5, nearDuplicateContainment: 0.5, minShingles: 12 },
  match: {
    blockPerArticle: 2,
    blockMin: 10,
    blockMax: 40,
    maxUnitsPerArticle: 400,
    dfPerArticle: true,
    linkThreshold: 0.5,
    clusterThreshold: 0.5,
    minLinkThreshold: 0.3,
  },
  quantities: { window: 60, frameThreshold: 0.35, conflictThreshold: 0.5, maxPerClass: 400 },
  denials: { threshold: 0.6, rareArticles: 2 },
};

/** A partial override of the config, one level deep per section. */
export type ConfigOverride = { [K in keyof EngineConfig]?: Partial<EngineConfig[K]> };

/** The defaults with an override applied. */
export function resolveConfig(override: ConfigOverride = {}): EngineConfig {
  return {
    segment: { ...DEFAULT_CONFIG.segment, ...override.segment },
    sources: { ...DEFAULT_CONFIG.sources, ...override.sources },
    match: { ...DEFAULT_CONFIG.match, ...override.match },
    quantities: { ...DEFAULT_CONFIG.quantities, ...override.quantities },
    denials: { ...DEFAULT_CONFIG.denials, ...override.denials },
  };
}
