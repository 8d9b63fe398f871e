import { describe, expect, test } from 'vitest';
import { blockLimit, candidatePairs } from '../../../src/engine/04-match/blocking.ts';
import { isCheckable } from '../../../src/engine/04-match/checkable.ts';
import { buildFeatures, buildIdf } from '../../../src/engine/04-match/features.ts';
import { matchStory } from '../../../src/engine/04-match/index.ts';
import { quoteOverlap, similarity } from '../../../src/engine/04-match/similarity.ts';
import { findNearDuplicates } from '../../../src/engine/near-duplicates.ts';
import { buildSourceModel } from '../../../src/engine/sources.ts';
import { buildStoryContext } from '../../../src/engine/story-context.ts';
import type { AnnotatedStory } from '../../../src/engine/cross-reference.ts';
import { article, outlet, person, story } from './helpers/annotated.ts';

function contextOf(input: AnnotatedStory) {
  const ctx = buildStoryContext({ ...input, nearDuplicateOf: findNearDuplicates([]) });
  return { ctx, sources: buildSourceModel(ctx) };
}

describe('which sentences are checkable', () => {
  test.each([
    ['a plain statement', 'The council approved the new budget on Tuesday evening after a long debate.', true],
    ['a credit line', 'Reuters contributed reporting to this story from the capital city.', false],
    ['a title-case heading', 'What Happens Next For The Port City And Its Workers', false],
    ['a short fragment', 'He left early.', false],
    ['a photo credit', 'Photo: the harbour at dawn, taken by a local resident last spring.', false],
    ['a question', 'Will the new budget pass the second vote in the council this year?', false],
  ])('%s', (_name, text, expected) => {
    const [sentence] = article('a', [text]);
    expect(isCheckable(sentence!)).toBe(expected);
  });
});

describe('blocking', () => {
  test('the block limit grows with the number of articles but is capped', () => {
    expect(blockLimit(2)).toBe(10);
    expect(blockLimit(10)).toBe(20);
    expect(blockLimit(1000)).toBe(40);
  });

  test('sentences that share no key are never compared, and sentences of one article are not paired', () => {
    const input = story([outlet('o1', 'One'), outlet('o2', 'Two')], {
      a: ['o1', '2030-01-01', article('a', [
        'The harbour authority approved a new container terminal on the eastern pier.',
        'The new container terminal will double the harbour capacity by next summer.',
      ])],
      b: ['o2', '2030-01-01', article('b', [
        'A new container terminal on the eastern pier was approved by the harbour authority.',
        'Separately, schoolteachers in the valley began a three-day strike over unpaid wages.',
      ])],
    });
    const { ctx } = contextOf(input);
    const idf = buildIdf(ctx.sentences);
    const features = buildFeatures(ctx, idf);
    const { pairs } = candidatePairs(features, idf, blockLimit(2));
    const texts = pairs.map(([i, j]) => [features[i]!.article, features[j]!.article]);
    expect(texts.every(([x, y]) => x !== y)).toBe(true);
    // The strike sentence shares no rare term with anything.
    expect(pairs.some(([i, j]) => i === 3 || j === 3)).toBe(false);
  });

  test('a key shared by more sentences than the limit is skipped', () => {
    const many: Record<string, [string, string, ReturnType<typeof article>]> = {};
    for (let n = 0; n < 12; n++) {
      many[`a${n}`] = [`o${n % 2}`, '2030-01-01', article(`a${n}`, [`Governor Lee spoke about topic number ${n} with farmers${n} and bakers${n} today.`])];
    }
    const input = story([outlet('o0', 'Zero'), outlet('o1', 'One')], many, [person('lee', 'Lee')]);
    const { ctx } = contextOf(input);
    const idf = buildIdf(ctx.sentences);
    const features = buildFeatures(ctx, idf);
    const blocking = candidatePairs(features, idf, 5);
    expect(blocking.skippedBlocks).toBeGreaterThan(0);
    expect(blocking.pairs).toEqual([]);
  });
});

describe('similarity', () => {
  test('the same quote by the same speaker in different words scores above the threshold', () => {
    const input = story([outlet('o1', 'One'), outlet('o2', 'Two')], {
      a: ['o1', '2030-01-01', article('a', [{ text: 'Ortiz called it “a frank exchange on every open question” at the end of the day.', speaker: 'ortiz' }])],
      b: ['o2', '2030-01-01', article('b', [{ text: '“It was a frank and open exchange on every question we had,” Ortiz said.', speaker: 'ortiz' }])],
    });
    const { ctx } = contextOf(input);
    const idf = buildIdf(ctx.sentences);
    const [a, b] = buildFeatures(ctx, idf);
    expect(quoteOverlap(a!.quotes[0]!, b!.quotes[0]!)).toBeGreaterThanOrEqual(0.75);
    expect(similarity(a!, b!)).toBeGreaterThan(0.6);
  });

  test('quotes of two different people do not match on shared words', () => {
    const input = story([outlet('o1', 'One'), outlet('o2', 'Two')], {
      a: ['o1', '2030-01-01', article('a', [{ text: '“The deal is good for workers,” Ortiz said on the steps of the ministry.', speaker: 'ortiz' }])],
      b: ['o2', '2030-01-01', article('b', [{ text: '“The deal is bad for workers,” Brandt said in a television interview.', speaker: 'brandt' }])],
    });
    const { ctx } = contextOf(input);
    const idf = buildIdf(ctx.sentences);
    const [a, b] = buildFeatures(ctx, idf);
    expect(similarity(a!, b!)).toBeLessThan(0.3);
  });
});

describe('clustering', () => {
  test('a claim takes at most one sentence per article, so related facts do not chain into one', () => {
    const input = story([outlet('o1', 'One'), outlet('o2', 'Two'), outlet('o3', 'Three')], {
      a: ['o1', '2030-01-01', article('a', [
        'The ministers agreed to reopen the border crossing at Dovra for trucks.',
        'The ministers also agreed to cut tariffs on grain shipped through Dovra.',
      ])],
      b: ['o2', '2030-01-01', article('b', ['Trucks will again use the border crossing at Dovra, the ministers agreed.'])],
      c: ['o3', '2030-01-01', article('c', ['Tariffs on grain shipped through Dovra will be cut, the ministers agreed.'])],
    });
    const { ctx, sources } = contextOf(input);
    const drafts = matchStory(ctx, sources).drafts.filter((d) => d.members.length > 1);
    const texts = drafts.map((d) => d.members.map((m) => ctx.sentences[m]!.text.slice(0, 20)).sort());
    expect(texts).toContainEqual(['The ministers agreed', 'Trucks will again us']);
    expect(texts).toContainEqual(['Tariffs on grain shi', 'The ministers also a']);
  });

  test('every checkable sentence outside a multi-source claim becomes a single-sentence draft', () => {
    const input = story([outlet('o1', 'One')], {
      a: ['o1', '2030-01-01', article('a', ['The bakery on Mill Street closed after forty years of trade.', 'Short one.'])],
    });
    const { ctx, sources } = contextOf(input);
    const drafts = matchStory(ctx, sources).drafts;
    expect(drafts.map((d) => [d.origin, d.members])).toEqual([['single', [0]]]);
  });

  test('quantities of the same measured thing form a quantity draft even when the sentences differ', () => {
    const input = story([outlet('o1', 'One'), outlet('o2', 'Two')], {
      a: ['o1', '2030-01-01', article('a', [{ text: 'Rescuers searched the collapsed hall for hours after the 12-storey tower fell.', quantities: [{ surface: '12-storey', value: 12, unit: 'storey', measures: 'tower' }] }])],
      b: ['o2', '2030-01-01', article('b', [{ text: 'The 14-storey tower had been declared unsafe by inspectors in March.', quantities: [{ surface: '14-storey', value: 14, unit: 'storey', measures: 'tower' }] }])],
    });
    const { ctx, sources } = contextOf(input);
    const drafts = matchStory(ctx, sources).drafts;
    expect(drafts.find((d) => d.origin === 'quantity')?.members).toEqual([0, 1]);
  });

  test('the same measured noun with values far apart is two facts, not a conflict', () => {
    const input = story([outlet('o1', 'One'), outlet('o2', 'Two')], {
      a: ['o1', '2030-01-01', article('a', [{ text: 'The fire killed 12 people in the eastern wing of the plant.', quantities: [{ surface: '12 people', value: 12, unit: 'person', measures: 'people' }] }])],
      b: ['o2', '2030-01-01', article('b', [{ text: 'Police evacuated 400 people from the streets around the plant.', quantities: [{ surface: '400 people', value: 400, unit: 'person', measures: 'people' }] }])],
    });
    const { ctx, sources } = contextOf(input);
    expect(matchStory(ctx, sources).drafts.some((d) => d.origin === 'quantity')).toBe(false);
  });
});
