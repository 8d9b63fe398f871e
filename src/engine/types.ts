/**
 * The engine's data model: what goes in (a corpus of validated content) and what comes out
 * (a CorpusAnalysis). Plain data only, so pages, the CLI, tests and the benchmark share it.
 */

/** A news event that several articles report. */
export interface StoryInput {
  id: string;
  title: string;
  /** ISO date `YYYY-MM-DD` of the event. */
  date: string;
  summary: string;
}

/** A publisher. `kind: 'agency'` marks wire services, whose copy other outlets reprint. */
export interface OutletInput {
  id: string;
  name: string;
  url: string;
  country?: string | undefined;
  kind: 'newspaper' | 'broadcaster' | 'agency' | 'magazine' | 'online' | 'other';
}

/** One article: its metadata and its Markdown body (the text the site renders). */
export interface ArticleInput {
  id: string;
  title: string;
  story: string;
  outlet: string;
  /** ISO date `YYYY-MM-DD`. */
  published: string;
  url?: string | undefined;
  author?: string | undefined;
  /** ISO date the text was scraped or copied, if known. */
  retrieved?: string | undefined;
  /** The Markdown body, without frontmatter. */
  body: string;
}

/** Everything the engine reads. */
export interface CorpusInput {
  stories: StoryInput[];
  outlets: OutletInput[];
  articles: ArticleInput[];
}

/** A sentence of an article, as segmented by stage 2. */
export interface Sentence {
  /** Stable id `s-xxxxxxxx` (with `-2`, `-3` for repeats), the anchor on the article page. */
  id: string;
  article: string;
  /** Index of the block (paragraph, list item, ...) in the article. */
  block: number;
  /** Index of the sentence in the article, in reading order. */
  index: number;
  /** The sentence exactly as on the page (whitespace collapsed). */
  text: string;
}

// ---------------------------------------------------------------------------------------------
// Stage 3 (annotate) output. Offsets are UTF-16 offsets into `Sentence.text`.
// ---------------------------------------------------------------------------------------------

/** What sort of thing an entity is. Outlets and wire services are organisations that report. */
export type EntityKind = 'person' | 'organization' | 'outlet' | 'place';

/** One real-world person, organisation, outlet or place, after resolving its name variants. */
export interface Entity {
  /** Stable slug of the canonical name, e.g. `yury-ushakov`; used in `/people/<id>/`. */
  id: string;
  /** Canonical display name, e.g. "Yury Ushakov" (the most frequent full form). */
  name: string;
  kind: EntityKind;
  /** Every surface form seen: "Yuri Ushakov", "Ushakov", "Ushkaov", ... */
  aliases: string[];
  /** Roles seen in the text, e.g. "Kremlin aide", "Foreign Minister". */
  roles: string[];
}

/** An entity named (or referred to by pronoun) in a sentence. */
export interface Mention {
  entity: string;
  start: number;
  end: number;
  /** True when the mention is a pronoun ("he") resolved to the entity. */
  pronoun: boolean;
}

/** Who a sentence's statement comes from, and through whom the outlet got it. */
export interface Attribution {
  /** Entity id of the speaker, or null when the sentence is the outlet's own narration. */
  speaker: string | null;
  /** The cue verb or phrase: "said", "told", "denied", "described ... as", "according to". */
  cue: string | null;
  /** Display name of the intermediary the outlet cites: "AP", "Reuters", "TASS", "CNN". */
  via: string | null;
  /** Entity id of the intermediary, when it is a known entity. */
  viaEntity: string | null;
  /** True for unnamed sources: "diplomatic sources", "officials said", "people familiar with". */
  anonymous: boolean;
  /**
   * An organisation that speaks, named by what it is rather than by name, as written ("police",
   * "the country's interior ministry"); null when a named speaker, unnamed sources or no one speaks.
   */
  institution: string | null;
}

/** A direct quotation inside a sentence (the part between quote marks). */
export interface Quote {
  text: string;
  start: number;
  end: number;
  /** Entity id of who is quoted, if known (may come from a neighbouring sentence). */
  speaker: string | null;
}

/** How a number is qualified; together with `value` it defines the interval [low, high]. */
export type Qualifier = 'exact' | 'about' | 'more-than' | 'less-than' | 'nearly' | 'at-least' | 'at-most';

/**
 * A number with its unit and what it measures, e.g. "more than four-hour meeting". Calendar dates,
 * years, times of day, ordinals and numbers inside names are never quantities.
 */
export interface Quantity {
  value: number;
  /**
   * The interval the words allow: exact [v, v]; about [0.9v, 1.1v]; nearly [0.9v, v) (open at v);
   * more-than (v, Infinity); at-least [v, Infinity]; less-than [0, v); at-most [0, v]. A range
   * ("3 to 4 hours") is `about` with low and high as written and value their midpoint.
   */
  low: number;
  high: number;
  /** The rounding step the number was written with: 1 for "288", 10 for "280", 0.01 for "49.51". */
  granularity: number;
  /**
   * Singular unit, normalised: "hour", "year", "principle", "percent", "percentage-point", "usd";
   * "count" for a bare number whose noun stands before it ("the toll rose to 14"); "age" for "34-year-old".
   */
  unit: string;
  qualifier: Qualifier;
  /** The noun the quantity is attached to ("meeting", "conflict", "principle"), lower case, singular; null if none. */
  measures: string | null;
  /** A noun before the unit in a compound ("flight" in "22,000 flight delays"), lower case, singular; null if none. */
  modifier: string | null;
  /** A capitalised word before the noun ("ukrainian" in "312 Ukrainian prisoners"), lower case; absent if none. */
  proper?: string;
  /**
   * True for a number whose noun is left out or stands in a figure word ("police put the number at
   * 81,000", "there were 81,000", "22 had been arrested"): it counts what a number before it counted.
   */
  elided?: true;
  /** For a part of a whole ("11 of the 15 people"), the whole's number (15); absent if none. */
  whole?: number;
  /**
   * True for the whole of a numeric partitive, read as a count of its own ("the 40 workers on the
   * night shift" in "five of the 40 workers on the night shift were taken to hospital"): what the
   * clause says happened is the part's, not the whole's.
   */
  partitiveWhole?: true;
  /** The words as written: "more than four-hour". */
  surface: string;
  start: number;
  end: number;
}

/** Whether a sentence asserts its content, hedges it, or denies it. */
export type Polarity = 'asserts' | 'hedges' | 'denies';

/** A sentence with everything stage 3 found in it. */
export interface AnnotatedSentence extends Sentence {
  mentions: Mention[];
  attribution: Attribution;
  quotes: Quote[];
  quantities: Quantity[];
  polarity: Polarity;
  /** Normalised content terms (lower case, folded, stopwords removed, light stemming) for matching. */
  terms: string[];
}

// ---------------------------------------------------------------------------------------------
// Stages 4-6 (match, relate, judge) output: the public analysis.
// ---------------------------------------------------------------------------------------------

/** The public verdict vocabulary. */
export type Verdict = 'corroborated' | 'conflicting' | 'disputed' | 'single-source';
/** Flags that qualify a verdict. */
export type Flag = 'wordingVaries' | 'sharedUpstream' | 'anonymousSourcing';
/** How one piece of evidence stands to its claim. */
export type Stance = 'supports' | 'conflicts' | 'denies';
/** The relation stage 5 found between an evidence sentence and the claim's anchor. */
export type Relation = 'anchor' | 'corroborates' | 'wordingDiffers' | 'conflicts' | 'denies';
/** What a claim is about at heart. */
export type ClaimKind = 'quote' | 'quantity' | 'statement';

/** One sentence that bears on a claim. */
export interface Evidence {
  article: string;
  outlet: string;
  sentenceId: string;
  /** The sentence exactly as on the article page. */
  text: string;
  stance: Stance;
  relation: Relation;
  /** For quantity claims, the value as a reader would say it: "4.5 hours", "more than four hours". */
  value: string | null;
  quantity: Quantity | null;
  /** Intermediary the article cites for this sentence ("AP"), or null. */
  via: string | null;
  /** Offsets into `text` of the words that match the claim, for `<mark>`. Sorted, non-overlapping. */
  marks: Array<[number, number]>;
  /**
   * Offsets into `text` of the clause the claim rests on: `[0, text.length]` when the sentence states
   * one thing, a part of it when the sentence holds several propositions (each its own claim).
   */
  clause: [number, number];
}

/** A claim: one fact, quote or number, lined up across the articles of a story. */
export interface Claim {
  /** The permalink slug: a few readable words and the 8-hex hash of the anchor sentence. */
  id: string;
  /** 8 hex digits: the hash part of the anchor sentence id. */
  hash: string;
  /**
   * What the claim is anchored on, stable across rebuilds while its anchor sentence is unchanged:
   * `<anchor sentence id>#<clause>#<kind>`. Reviews and permalinks refer to claims by it.
   */
  key: string;
  story: string;
  kind: ClaimKind;
  /** What is claimed, for a reader: `Ushakov: “...”`, `Length of the meeting`, or a sentence. */
  statement: string;
  verdict: Verdict;
  flags: Flag[];
  /**
   * How sure the engine is, 0-1: for a claim from several sources, the weakest link holding its
   * evidence together; for a single source, one minus the best near-match in another source.
   */
  confidence: number;
  /** One sentence built from the evidence: "The Moscow Times says 4.5 hours; Kyiv Post says four hours." */
  explanation: string;
  /** Canonical names of who is quoted or credited. */
  speakers: string[];
  /** Entity ids the claim is about or quotes (people, organisations, places). */
  entities: string[];
  /** The sentence the claim is anchored on (its hash is in the slug). */
  anchor: { article: string; sentenceId: string };
  /** Number of independent sources that report it, whatever value they give (an outlet, a near-duplicate group or a shared wire counts once; a denial is not a report). */
  independentSources: number;
  evidence: Evidence[];
  /**
   * 8-hex hashes of every evidence sentence: any earlier slug whose anchor is one of these sentences
   * now belongs to this claim (permalinks survive merges and splits).
   */
  aliases: string[];
}

/** An article after analysis. */
export interface ArticleAnalysis {
  id: string;
  story: string;
  outlet: string;
  title: string;
  published: string;
  url: string | null;
  /** ISO date the text was retrieved, when the article records it (dates the export deterministically). */
  retrieved: string | null;
  /** Id of an earlier article this one copies (shingle overlap), or null. */
  nearDuplicateOf: string | null;
  sentences: AnnotatedSentence[];
}

/** A story after analysis. */
export interface StoryAnalysis {
  id: string;
  title: string;
  date: string;
  articles: string[];
  outlets: string[];
  claims: string[];
  counts: Record<Verdict, number>;
}

/** Everything the site, the CLI and the export need. */
export interface CorpusAnalysis {
  stories: StoryAnalysis[];
  articles: ArticleAnalysis[];
  claims: Claim[];
  entities: Entity[];
  outlets: OutletInput[];
}

