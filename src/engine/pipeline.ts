/**
 * The engine's stages, declared in one place and run in this order for every story:
 * normalize → segment → annotate → match → relate → judge. Each is `{ name, run }`; the types
 * they hand each other are declared in contracts.ts, and `Chain` checks at compile time that each
 * stage takes what the one before gives.
 */
import { annotate } from './03-annotate/index.ts';
import { match } from './04-match/index.ts';
import { relate } from './05-relate/index.ts';
import { judgeStory } from './06-judge/index.ts';
import { SentenceIdAllocator, segmentText } from './02-segment.ts';
import type { AnnotatedStory, JudgedStory, MatchedStory, RelatedStory, SegmentedStory, StageContext, StoryBundle } from './contracts.ts';
import type { Sentence } from './types.ts';

/** One stage: a name (for timing and errors) and a pure function of the previous stage's output. */
export interface Stage<In, Out> {
  name: string;
  run(input: In, ctx: StageContext): Out;
}

/** Stages 1 and 2 — normalize and segment: each article's text blocks, then its sentences with ids. */
export const segmentStage: Stage<StoryBundle, SegmentedStory> = {
  name: 'normalize+segment',
  run(input, ctx) {
    const sentences = new Map<string, Sentence[]>();
    for (const article of input.articles) {
      const ids = new SentenceIdAllocator();
      const list: Sentence[] = [];
      ctx.textBlocks(article.body).forEach((block, blockIndex) => {
        for (const span of segmentText(block)) list.push({ id: ids.next(span.text), article: article.id, block: blockIndex, index: list.length, text: span.text });
      });
      sentences.set(article.id, list);
    }
    return { ...input, sentences };
  },
};

export const annotateStage: Stage<SegmentedStory, AnnotatedStory> = { name: 'annotate', run: annotate };
export const matchStage: Stage<AnnotatedStory, MatchedStory> = { name: 'match', run: match };
export const relateStage: Stage<MatchedStory, RelatedStory> = { name: 'relate', run: relate };
export const judgeStage: Stage<RelatedStory, JudgedStory> = { name: 'judge', run: judgeStory };

/** The stages in order. */
export const STAGES = [segmentStage, annotateStage, matchStage, relateStage, judgeStage] as const;

/** Compile-time check that every stage takes what the previous one gives. */
type Chain<T extends readonly unknown[]> = T extends readonly [Stage<unknown, infer A>, Stage<infer B, unknown>, ...unknown[]]
  ? [A] extends [B]
    ? T extends readonly [unknown, ...infer Rest]
      ? Chain<Rest>
      : true
    : false
  : true;
const chained: Chain<typeof STAGES> = true;
void chained;

/** Runs every stage on one story; `onStage` (for the benchmark) hears how long each took. */
export function runStages(input: StoryBundle, ctx: StageContext, onStage?: (name: string, milliseconds: number) => void): JudgedStory {
  let value: unknown = input;
  for (const stage of STAGES) {
    const started = onStage ? performance.now() : 0;
    value = (stage as Stage<unknown, unknown>).run(value, ctx);
    if (onStage) onStage(stage.name, performance.now() - started);
  }
  return value as JudgedStory;
}
