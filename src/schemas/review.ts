/**
 * Editors' reviews: `content/reviews/<story-id>.yaml`, a YAML list of decisions on the engine's
 * claims of that story. A review names its claim by a sentence the build can find again (the article
 * plus words quoted verbatim from one of its sentences, optionally pinned by the sentence id and the
 * claim kind), so it survives rebuilds and new articles, and fails the build when it no longer matches.
 */
import { z } from 'astro/zod';
import type { ClaimKind, Flag, Stance, Verdict } from '../engine/types.ts';
import { isoDate, requiredText, slugId } from './common.ts';

/** The public verdict vocabulary, as the engine types define it. */
export const REVIEW_VERDICTS = ['corroborated', 'conflicting', 'disputed', 'single-source'] as const satisfies readonly Verdict[];
/** Claim kinds, as the engine types define them. */
export const CLAIM_KINDS = ['quote', 'quantity', 'statement'] as const satisfies readonly ClaimKind[];
/** Evidence stances, as the engine types define them. */
export const STANCE_VALUES = ['supports', 'conflicts', 'denies'] as const satisfies readonly Stance[];
/** Verdict flags, as the engine types define them. */
export const FLAG_VALUES = ['wordingVaries', 'sharedUpstream', 'anonymousSourcing'] as const satisfies readonly Flag[];

const oneOf = (values: readonly string[]): string => `must be one of: ${values.join(', ')}`;

/** A sentence id as the article pages and `npm run review` print it. */
const sentenceId = z
  .string({ error: 'must be a sentence id such as s-1a2b3c4d' })
  .regex(/^s-[0-9a-f]{8}(?:-\d+)?$/, { error: 'must be a sentence id such as s-1a2b3c4d (from npm run review or the article page)' });

/** One sentence of one article, found by words quoted from it. */
export const sentenceRefSchema = z.strictObject({
  /** Id (file name) of the article that holds the sentence. */
  article: slugId,
  /** Words copied verbatim from one sentence of that article (quote marks and dashes may be straight or curly). */
  quote: requiredText,
  /** Optional: the sentence's id; the build then also checks that this very sentence still holds the quote. */
  sentence: sentenceId.optional(),
});

/** A claim, named by a sentence it holds and, optionally, its kind. */
export const claimRefSchema = sentenceRefSchema.extend({
  /** Optional: the claim's kind, when one sentence holds claims of several kinds. */
  kind: z.enum(CLAIM_KINDS, { error: oneOf(CLAIM_KINDS) }).optional(),
});

const verdict = z.enum(REVIEW_VERDICTS, { error: oneOf(REVIEW_VERDICTS) });

/** A sentence to add to a claim, and how it stands to the claim. */
export const addedSentenceSchema = sentenceRefSchema.extend({
  /** How the sentence stands to the claim (default supports). */
  stance: z.enum(STANCE_VALUES, { error: oneOf(STANCE_VALUES) }).default('supports'),
});

/** One part split off a claim into a claim of its own. */
export const splitPartSchema = z.strictObject({
  /** The sentences that leave the claim and form the new one. */
  sentences: z.array(sentenceRefSchema, { error: 'must be a list of sentences (article and quote)' }).min(1, { error: 'must list at least one sentence' }),
  /** The new claim's verdict. */
  verdict,
  /** The new claim's headline (default: the automatic one). */
  statement: requiredText.optional(),
  /** Why the new claim has this verdict (default: the review's rationale). */
  rationale: requiredText.optional(),
});

/**
 * Actions that change which sentences a claim holds; each needs a verdict that fits the new evidence
 * (a split's parts carry their own, and the build asks for one when sentences stay behind).
 */
const EVIDENCE_ACTIONS = ['remove', 'add', 'merge', 'split'] as const;
const NEEDS_VERDICT = ['remove', 'add', 'merge'] as const;

/** One editor's decision on one claim. */
export const reviewSchema = z
  .strictObject({
    /** The claim reviewed. */
    claim: claimRefSchema,
    /** Who reviewed it (shown to readers). */
    by: requiredText,
    /** The day of the decision, `YYYY-MM-DD`. */
    date: isoDate,
    /** The verdict the editors give (the same as the automatic one confirms it). */
    verdict: verdict.optional(),
    /** Why: one or two sentences, shown beside the verdict. */
    rationale: requiredText.optional(),
    /** A rewritten headline for the claim. */
    statement: requiredText.optional(),
    /** An editor's note in Markdown, shown on the claim page. */
    note: requiredText.optional(),
    /** Flags that replace the automatic ones (an empty list clears them). */
    flags: z.array(z.enum(FLAG_VALUES, { error: oneOf(FLAG_VALUES) }), { error: 'must be a list of flags' }).optional(),
    /** Sentences that are not the same fact: they leave the claim. */
    remove: z.array(sentenceRefSchema, { error: 'must be a list of sentences (article and quote)' }).min(1, { error: 'must list at least one sentence' }).optional(),
    /** Sentences the engine missed: they join the claim. */
    add: z.array(addedSentenceSchema, { error: 'must be a list of sentences (article, quote and stance)' }).min(1, { error: 'must list at least one sentence' }).optional(),
    /** Other claims that are the same fact: they join this one (their links lead here). */
    merge: z.array(claimRefSchema, { error: 'must be a list of claims (article and quote)' }).min(1, { error: 'must list at least one claim' }).optional(),
    /** Parts of this claim that are separate facts: each becomes a claim of its own. */
    split: z.array(splitPartSchema, { error: 'must be a list of parts, each with sentences and a verdict' }).min(1, { error: 'must list at least one part' }).optional(),
    /** `true` takes the claim off the site (page furniture, background): readers see it on /corrections/. */
    hide: z.literal(true, { error: 'must be true (or leave the line out)' }).optional(),
  })
  .superRefine((review, context) => {
    const changesEvidence = NEEDS_VERDICT.filter((action) => review[action] !== undefined);
    if (review.hide) {
      for (const field of ['verdict', 'statement', 'flags', ...EVIDENCE_ACTIONS] as const) {
        if (review[field] !== undefined) {
          context.addIssue({ code: 'custom', path: [field], message: 'cannot be combined with hide: a hidden claim is not shown at all' });
        }
      }
      if (review.rationale === undefined) {
        context.addIssue({ code: 'custom', path: ['rationale'], message: 'is required with hide: readers see why the claim was removed' });
      }
      return;
    }
    if ((review.verdict !== undefined || review.split !== undefined) && review.rationale === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['rationale'],
        message: `is required with ${review.verdict !== undefined ? 'verdict' : 'split'}: readers see why the editors decided so`,
      });
    }
    if (changesEvidence.length > 0 && review.verdict === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['verdict'],
        message: `is required with ${changesEvidence.join(' and ')}: the claim's evidence changes, so the editors give the verdict that fits it`,
      });
    }
    const decides = ['verdict', 'statement', 'note', 'flags', ...EVIDENCE_ACTIONS].some((field) => review[field as keyof typeof review] !== undefined);
    if (!decides) {
      context.addIssue({
        code: 'custom',
        path: ['verdict'],
        message: 'is missing: the review decides nothing (to confirm the automatic verdict, write it here with a rationale)',
      });
    } else if (review.rationale !== undefined && review.verdict === undefined && changesEvidence.length === 0 && review.statement === undefined && review.split === undefined) {
      context.addIssue({ code: 'custom', path: ['verdict'], message: 'is missing: a rationale explains a verdict, so set the verdict (the automatic one to confirm it)' });
    }
  });

/** A whole review file: a list of reviews. */
export const reviewFileSchema = z.array(reviewSchema, { error: 'must be a YAML list of reviews, each starting with "- claim:"' });

export type SentenceRef = z.infer<typeof sentenceRefSchema>;
export type ClaimRef = z.infer<typeof claimRefSchema>;
export type AddedSentence = z.infer<typeof addedSentenceSchema>;
export type SplitPart = z.infer<typeof splitPartSchema>;
export type Review = z.infer<typeof reviewSchema>;
