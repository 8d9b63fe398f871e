/**
 * A hand-built analysis for the review layer's unit tests: articles, sentences and claims written out
 * in the test, so each test states exactly what the engine "found" and does not depend on the engine.
 */
import { createHash } from 'node:crypto';
import type { ReviewFile } from '../../../src/corpus/reviews.ts';
import type { AnnotatedSentence, ArticleAnalysis, Claim, ClaimKind, CorpusAnalysis, Evidence, Stance, Verdict } from '../../../src/engine/types.ts';
import { reviewFileSchema } from '../../../src/schemas/review.ts';

export const STORY = 'bridge';

/** A sentence id as the segmenter writes it: `s-` and 8 hex digits of the text. */
export const sentenceId = (text: string): string => `s-${createHash('sha256').update(text).digest('hex').slice(0, 8)}`;

/** An analysed article with plain sentences. */
export function article(
  id: string,
  meta: { outlet: string; published: string; retrieved?: string; nearDuplicateOf?: string },
  texts: readonly string[],
  denials: readonly number[] = [],
): ArticleAnalysis {
  return {
    id,
    story: STORY,
    outlet: meta.outlet,
    title: `Title of ${id}`,
    published: meta.published,
    url: null,
    retrieved: meta.retrieved ?? null,
    nearDuplicateOf: meta.nearDuplicateOf ?? null,
    sentences: texts.map(
      (text, index): AnnotatedSentence => ({
        id: sentenceId(text),
        article: id,
        block: index,
        index,
        text,
        mentions: [],
        attribution: { speaker: null, cue: null, via: null, viaEntity: null, anonymous: false, institution: null },
        quotes: [],
        quantities: [],
        polarity: denials.includes(index) ? 'denies' : 'asserts',
        terms: text.toLowerCase().split(/\W+/).filter((word) => word.length > 3),
      }),
    ),
  };
}

/** One piece of evidence: an article's sentence by index, its stance and (optionally) marked words. */
export type EvidenceSpec = [ArticleAnalysis, number, Stance?, string?];

/** A claim over the given evidence; the engine-style id ends in the anchor sentence's hash. */
export function claim(spec: { kind?: ClaimKind; statement: string; verdict: Verdict; evidence: EvidenceSpec[]; words?: string }): Claim {
  const evidence = spec.evidence.map(([source, index, stance = 'supports', marked]): Evidence => {
    const sentence = source.sentences[index];
    if (!sentence) throw new Error(`no sentence ${index} in ${source.id}`);
    const at = marked ? sentence.text.indexOf(marked) : -1;
    return {
      article: source.id,
      outlet: source.outlet,
      sentenceId: sentence.id,
      text: sentence.text,
      stance,
      relation: stance === 'supports' ? 'corroborates' : stance,
      value: null,
      quantity: null,
      via: null,
      marks: at >= 0 && marked ? [[at, at + marked.length]] : [],
      clause: [0, sentence.text.length],
    };
  });
  const anchor = evidence[0];
  if (!anchor) throw new Error('a claim needs evidence');
  const hash = anchor.sentenceId.slice(2, 10);
  return {
    id: `${spec.words ?? spec.statement.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').split('-').slice(0, 4).join('-')}-${hash}`,
    hash,
    key: `${anchor.sentenceId}#0#${spec.kind ?? 'statement'}`,
    story: STORY,
    kind: spec.kind ?? 'statement',
    statement: spec.statement,
    verdict: spec.verdict,
    flags: [],
    confidence: 1,
    explanation: `Engine explanation of ${spec.statement}`,
    speakers: [],
    entities: [],
    anchor: { article: anchor.article, sentenceId: anchor.sentenceId },
    independentSources: new Set(evidence.filter((e) => e.stance !== 'denies').map((e) => e.outlet)).size,
    evidence,
    aliases: evidence.map((e) => e.sentenceId.slice(2, 10)),
  };
}

/** The whole analysis, with outlets named after their ids. */
export function analysis(articles: ArticleAnalysis[], claims: Claim[]): CorpusAnalysis {
  const outlets = [...new Set(articles.map((a) => a.outlet))].sort();
  return {
    stories: [{ id: STORY, title: 'The bridge', date: '2030-01-01', articles: articles.map((a) => a.id), outlets, claims: claims.map((c) => c.id), counts: { corroborated: 0, conflicting: 0, disputed: 0, 'single-source': 0 } }],
    articles,
    claims,
    entities: [],
    outlets: outlets.map((id) => ({ id, name: id.toUpperCase(), url: `https://${id}.example/`, kind: 'newspaper' })),
  };
}

/** A review file from plain objects, validated as the content check validates YAML. */
export function reviews(list: unknown[], file = 'content/reviews/bridge.yaml'): ReviewFile {
  return { file, story: STORY, reviews: reviewFileSchema.parse(list) };
}

/** The three articles most tests use. */
export function bridgeArticles(): { a: ArticleAnalysis; b: ArticleAnalysis; c: ArticleAnalysis } {
  return {
    a: article('a-daily', { outlet: 'daily', published: '2030-03-01' }, [
      'The bridge reopened on Monday after two years of repairs.',
      'The repairs cost 40 million euros.',
      'Read our newsletter every morning.',
      'The mayor said the bridge "is the heart of the town".',
    ]),
    b: article('b-wire', { outlet: 'wire', published: '2030-03-01', retrieved: '2030-03-02' }, [
      'The bridge is open again after repairs that took two years.',
      'The repairs cost 46 million euros, according to documents.',
      'Officials denied that tolls would rise.',
    ], [2]),
    c: article('c-radio', { outlet: 'radio', published: '2030-03-03' }, [
      'Cars crossed the river again on Monday.',
      'The mayor told the radio the bridge "is the heart of the town".',
      'Tolls will rise next year, a source said.',
    ]),
  };
}
