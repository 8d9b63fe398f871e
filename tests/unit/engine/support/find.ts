/** Finding claims, sentences and units by what their text says, as a reader would look them up. */
import type { AnnotatedStory, MatchGroup } from '../../../../src/engine/contracts.ts';
import type { Unit } from '../../../../src/engine/03-annotate/units.ts';
import type { AnnotatedSentence, Claim, CorpusAnalysis, Evidence } from '../../../../src/engine/types.ts';

/** The evidence of a claim whose sentence contains `text` (in `article`, when given). */
export function evidenceWith(claim: Claim | undefined, text: string, article?: string): Evidence | undefined {
  return claim?.evidence.find((e) => e.text.includes(text) && (article === undefined || e.article === article));
}

/** Every claim whose evidence contains each of the fragments, fewest evidence sentences first. */
export function claimsWith(analysis: CorpusAnalysis, ...fragments: string[]): Claim[] {
  return analysis.claims
    .filter((claim) => fragments.every((fragment) => evidenceWith(claim, fragment)))
    .sort((a, b) => a.evidence.length - b.evidence.length);
}

/** The claim whose evidence contains each of the fragments (the one with the fewest evidence sentences). */
export function claimWith(analysis: CorpusAnalysis, ...fragments: string[]): Claim | undefined {
  return claimsWith(analysis, ...fragments)[0];
}

/** The claim whose evidence has each [article, fragment] (the one with the fewest evidence sentences). */
export function claimAcross(analysis: CorpusAnalysis, pieces: ReadonlyArray<readonly [string, string]>, kind?: Claim['kind']): Claim | undefined {
  return claimsWith(analysis, ...pieces.map(([, text]) => text)).find(
    (claim) => (kind === undefined || claim.kind === kind) && pieces.every(([article, text]) => evidenceWith(claim, text, article)),
  );
}

/** The claims whose evidence contains the fragment, with any stance. */
export function claimsCiting(analysis: CorpusAnalysis, fragment: string): Claim[] {
  return analysis.claims.filter((claim) => evidenceWith(claim, fragment));
}

/** A compact summary of a claim for failure messages. */
export function show(claim: Claim | undefined): string {
  if (!claim) return '(no claim)';
  return `${claim.verdict} ${claim.kind} [${claim.flags.join(',')}] ${claim.statement} :: ${claim.evidence.map((e) => `${e.article}:${e.stance}:${e.text.slice(0, 40)}`).join(' | ')}`;
}

/** A compact summary of every claim of an analysis. */
export function showAll(analysis: CorpusAnalysis): string {
  return analysis.claims.map(show).join('\n');
}

/** The sentence of an annotated story whose text contains `fragment`; throws when there is none. */
export function sentenceOf(story: AnnotatedStory, fragment: string): AnnotatedSentence {
  const found = story.sentences.find((s) => s.text.includes(fragment));
  if (!found) throw new Error(`no sentence contains ${JSON.stringify(fragment)}`);
  return found;
}

/** The units of the sentence that contains `fragment`. */
export function unitsOf(story: AnnotatedStory, fragment: string): Unit[] {
  const sentence = sentenceOf(story, fragment);
  const s = story.sentences.indexOf(sentence);
  return story.units.filter((u) => u.s === s);
}

/** The unit whose clause text contains `fragment`; throws when there is none. */
export function unitWith(story: AnnotatedStory, fragment: string): Unit {
  const found = story.units.find((u) => story.sentences[u.s]?.text.slice(u.start, u.end).includes(fragment));
  if (!found) throw new Error(`no unit contains ${JSON.stringify(fragment)}`);
  return found;
}

/** The groups that hold the unit whose text contains `fragment`. */
export function groupsOf(story: AnnotatedStory & { groups: MatchGroup[] }, fragment: string): MatchGroup[] {
  const unit = unitWith(story, fragment);
  return story.groups.filter((g) => g.members.includes(unit.i) || g.denials.includes(unit.i));
}
