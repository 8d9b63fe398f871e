/**
 * What the stages hand each other, declared in one place: a story goes in, then its segmented
 * articles, its annotated sentences and units, the groups of units that state one claim, the
 * claims with every evidence sentence's stance, and finally the public claims. Each stage adds its
 * part and never re-reads the raw text of an earlier one.
 */
import type { EngineConfig } from './config.ts';
import type { AnnotationKit } from './03-annotate/index.ts';
import type { Sources } from './03-annotate/sources.ts';
import type { Unit } from './03-annotate/units.ts';
import type { PairModel } from './04-match/model.ts';
import type { Language } from './language/index.ts';
import type {
  AnnotatedSentence, ArticleInput, Claim, ClaimKind, Entity, OutletInput, Quantity, Quote, Relation, Sentence, Stance, StoryInput,
} from './types.ts';

/** What every stage may consult: the language, the config, the model and per-corpus resources. */
export interface StageContext {
  lang: Language;
  config: EngineConfig;
  model: PairModel;
  kit: AnnotationKit;
  /** Markdown body → the page's text blocks (given by the caller: the engine never imports the Markdown pipeline). */
  textBlocks: (markdown: string) => string[];
}

/** Stage 0 (input): one story and its articles, in publication order (date, then id). */
export interface StoryBundle {
  story: StoryInput;
  articles: ArticleInput[];
  outlets: ReadonlyMap<string, OutletInput>;
}

/** Stages 1-2 (normalize, segment): every article's sentences with their permanent ids. */
export interface SegmentedStory extends StoryBundle {
  sentences: ReadonlyMap<string, Sentence[]>;
}

/** Stage 3 (annotate): sentences annotated, units (propositions) and sources decided. */
export interface AnnotatedStory extends StoryBundle {
  /** Article id → its outlet. */
  outletOf: ReadonlyMap<string, OutletInput>;
  entities: ReadonlyMap<string, Entity>;
  /** Every sentence of the story, article by article in publication order, then reading order. */
  sentences: AnnotatedSentence[];
  /** The story's units in the same order; `unit.s` indexes `sentences`. */
  units: Unit[];
  /** Article id → the earlier article it copies, or null. */
  nearDuplicateOf: ReadonlyMap<string, string | null>;
  sources: Sources;
}

/** A group of units that state one claim, with how sure the engine is of each link. */
export interface MatchGroup {
  /**
   * `content`: units matched on what they say; `quantity`: reports of one measured thing; `ranking`:
   * reports that rank the event alike ("the worst in decades"); `single`: one sentence.
   */
  origin: 'content' | 'quantity' | 'ranking' | 'single';
  /** Unit indices, ascending. */
  members: number[];
  /** For quantity groups: the frame (what is measured) and each member's quantity. */
  frame: QuantityFrame | null;
  quantities: ReadonlyMap<number, Quantity>;
  /** For quantity groups: the moment of a running count each member gives its figure for, when its clause names one. */
  points?: ReadonlyMap<number, Moment>;
  /** The lowest probability among the links that hold the group together (1 for one unit). */
  confidence: number;
  /** The best probability with which a unit outside the group, from another source, matches it. */
  bestOutside: number;
  /** Denial units attached to the group (they deny what it states). */
  denials: number[];
  /**
   * True for a claim of one phrase of its sentences (a place in a series, a venue, a person's age):
   * each sentence's other words are still a claim of their own.
   */
  phrase?: true;
  /** A statement the match stage composed for the claim ("X alleged that …"), when no sentence states it alone. */
  statement?: string;
  /** For ranking groups: each member's ranking phrase, and the noun they rank (null when unsaid). */
  /** A ranking claim's noun, whose it is when its reports name one owner ("India" of "network"), and each report's phrase; or a place in a series, each report's ordinal phrase. */
  ranking?: {
    noun: string | null;
    possessor?: string;
    /**
     * What the phrases say when not a superlative: the event's place in a series ("the sixth day of
     * action") or where a speaker spoke ("on X"), with the speaker's entity id.
     */
    of?: 'series' | 'venue' | 'characterization';
    speaker?: string;
    /** For a venue: where the speaker spoke, as most reports name it ("on X", "in Ankara"). */
    where?: string;
    /** For a characterization: the quoted word as the first report writes it ("historic"). */
    word?: string;
    /** For a characterization: the noun most reports use the word of ("mobilization"), when their grammar shows it. */
    described?: string;
    /** For a characterization: whom most reports say was accused of it ("Anadolu Agency"), when they name them. */
    accused?: string;
    phrases: ReadonlyMap<number, { start: number; end: number; text: string }>;
  };
}

/** A moment of a running count as a clause names it: a key to compare ("t360") and the words ("as of 6:00 AM"). */
export interface Moment {
  key: string;
  text: string;
}

/** What a quantity measures: the thing counted, the event or state, whose it is, and where or when. */
export interface QuantityFrame {
  /** The key quantities of one frame share. */
  key: string;
  /** The unit class: "person", "hour", "percent", a noun ("flight", "coach"). */
  unit: string;
  /** The measured noun or event, when the text names one ("meeting", "death"). */
  measures: string | null;
  /** The predicate family ("die", "injure", "arrest"), when the clause has one. */
  predicate: string | null;
  /** Whose quantity it is ("erdogan" for his share of the vote), when the text says. */
  owner: string | null;
  /** Specific place or time that narrows the frame ("paris", "y1981"), when named. */
  scope: string | null;
  /** Words for the statement: the unit, measured noun and predicate as written. */
  label: {
    unit: string; measures: string | null; predicate: string | null; scope: string | null; owner: string | null;
    /** What of the owner's a percentage measures ("shares"), whether it moved, and which way when the words say ("fell", "up"). */
    possessed?: { noun: string; change: boolean; direction?: 'fall' | 'rise' };
    /** What happened at a clock time, as a clause of its reports says it ("the rocket lifted off"). */
    happened?: string;
    /** The whole area its reports say the figures cover, as words ("worldwide", "nationwide", "across Gaza"), when one. */
    area?: string;
  };
}

/** Stage 4 (match): the story's groups of units. */
export interface MatchedStory extends AnnotatedStory {
  groups: MatchGroup[];
  stats: { sentences: number; units: number; candidatePairs: number; skippedBlocks: number };
}

/** One sentence as evidence for a claim, with its stance. */
export interface RelatedEvidence {
  unit: Unit;
  sentence: AnnotatedSentence;
  relation: Relation;
  stance: Stance;
  quantity: Quantity | null;
  /** The quote of this sentence that matches the claim's quote, if any. */
  quote: Quote | null;
  /** The part of the sentence that bears on the claim: offsets into its text. */
  start: number;
  end: number;
  /**
   * A figure for another moment of a running count than the figures it differs from ("512 as of
   * 6 AM" beside "more than 2,000 before 9 AM"): shown, but it neither confirms nor contradicts them.
   */
  otherMoment?: boolean;
}

/** A claim with its evidence related, ready to be judged. */
export interface RelatedClaim {
  kind: ClaimKind;
  group: MatchGroup;
  /** The unit the claim's statement and permalink are anchored on. */
  anchor: Unit;
  /** In story order. */
  evidence: RelatedEvidence[];
}

/** Stage 5 (relate): every claim with its evidence's stances. */
export interface RelatedStory extends MatchedStory {
  claims: RelatedClaim[];
}

/** Stage 6 (judge): the public claims. */
export interface JudgedStory extends RelatedStory {
  judged: Claim[];
}
