/**
 * One sentence that says why a claim got its verdict, built only from the evidence: who says what
 * value, how many independent sources report it, who denies it, and what the sourcing rests on.
 */
import type { RelatedClaim, RelatedEvidence, RelatedStory } from '../contracts.ts';
import type { Quantity } from '../types.ts';
import { DISTANCE_UNITS, TIME_UNITS } from '../language/lexicon/units.ts';
import { closingDenier } from '../04-match/denials.ts';
import { counterAccountSource } from '../03-annotate/units.ts';
import { counterOf, dayMonth, evidenceValue } from './statement.ts';
import { vagueAside, type Judgement } from './verdict.ts';

/** "A", "A and B", "A, B and C". */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const outletName = (story: RelatedStory, e: RelatedEvidence): string => story.outletOf.get(e.unit.article)?.name ?? e.unit.article;

/** An outlet's label: its name, with "(2 articles)" and "(via AP)" where they apply. */
function outletLabel(story: RelatedStory, name: string, list: readonly RelatedEvidence[], withVia: boolean): string {
  // Counted in one pass without sets: asked for every outlet of every claim, most with one sentence.
  let articles = 0;
  let via: string | null = null;
  let oneVia = true;
  for (let k = 0; k < list.length; k++) {
    const e = list[k] as RelatedEvidence;
    let seen = false;
    for (let j = 0; j < k && !seen; j++) seen = (list[j] as RelatedEvidence).unit.article === e.unit.article;
    if (!seen) articles++;
    const v = story.sources.via[e.unit.s] ?? null;
    if (k === 0) via = v;
    else if (v !== via) oneVia = false;
  }
  if (!withVia || !oneVia) via = null;
  const notes = [articles > 1 ? `${articles} articles` : null, via ? `via ${via}` : null].filter(Boolean);
  return notes.length > 0 ? `${name} (${notes.join(', ')})` : name;
}

/** Who reports it, one entry per independent source in order of first appearance. */
function reporters(story: RelatedStory, evidence: readonly RelatedEvidence[], withVia = true): string[] {
  // One sentence (most claims) is one source and one outlet: no maps to group it.
  if (evidence.length === 1) return [outletLabel(story, outletName(story, evidence[0] as RelatedEvidence), evidence, withVia)];
  const bySource = new Map<string, Map<string, RelatedEvidence[]>>();
  for (let k = 0; k < evidence.length; k++) {
    const e = evidence[k] as RelatedEvidence;
    const key = story.sources.key[e.unit.s] ?? e.unit.article;
    const name = outletName(story, e);
    let outlets = bySource.get(key);
    if (!outlets) {
      outlets = new Map<string, RelatedEvidence[]>();
      bySource.set(key, outlets);
    }
    const list = outlets.get(name);
    if (list) list.push(e);
    else outlets.set(name, [e]);
  }
  // forEach over the maps, in their order: without TurboFan each for-of or spread step allocates.
  const out: string[] = [];
  bySource.forEach((outlets) => {
    const labels: string[] = [];
    outlets.forEach((list, name) => labels.push(outletLabel(story, name, list, withVia)));
    out.push(labels.length > 1 ? `${labels.join(' / ')} (one source)` : (labels[0] ?? ''));
  });
  return out;
}

/** A personal pronoun standing for the denier. */
const PRONOUN = /^(?:it|he|she|they|we|i)$/i;

/** Who denies: the subject of a closing denial clause or of a counter-account, else the speakers of the denial sentences, else the outlets that report a denial. */
function deniers(story: RelatedStory, evidence: readonly RelatedEvidence[]): string {
  const names = new Set<string>();
  for (const e of evidence) {
    const source = closingDenier(e.sentence.text) ?? (e.unit.part === 1 ? counterAccountSource(e.sentence.text) : undefined);
    // A pronoun ("…, which it denies") names no one to a reader of the claim alone.
    const closing = source !== undefined && PRONOUN.test(source) ? undefined : source;
    const speaker = e.unit.speaker ? story.entities.get(e.unit.speaker)?.name : undefined;
    names.add(closing ?? speaker ?? `a source quoted by ${outletName(story, e)}`);
  }
  return listing([...names]);
}

/** Per outlet and value: "Kyiv Post says four hours; The Moscow Times says 4.5 hours" (`label` names the outlet). */
function valuesByOutlet(story: RelatedStory, evidence: readonly RelatedEvidence[], label = (e: RelatedEvidence): string => outletName(story, e)): string {
  const seen = new Map<string, Set<string>>();
  for (const e of evidence) {
    if (!e.quantity) continue;
    const name = label(e);
    const values = seen.get(name) ?? new Set<string>();
    const counter = counterOf(story, e);
    values.add(counter ? `${evidenceValue(e)} (citing ${counter})` : evidenceValue(e));
    seen.set(name, values);
  }
  // A figure written once with its source and once without is one figure, with its source.
  const named = (values: Set<string>): string[] => [...values].filter((value) => ![...values].some((other) => other.startsWith(`${value} (citing `)));
  return [...seen].map(([name, values]) => `${name} says ${listing(named(values))}`).join('; ');
}

/**
 * Competing figures: one report gives two values of one count (the organisers' and the police's
 * crowd, an early and a later count). The disagreement is inside the report, not between outlets
 * or days, and the reader is told so. Who gives each value is said only where its sentence names
 * the source plainly (`counterOf`): a speaker the engine misread would put words in someone's mouth.
 */
function competingFigures(story: RelatedStory, evidence: readonly RelatedEvidence[]): string | null {
  const valuesOf = new Map<string, Quantity[]>();
  for (const e of evidence) if (e.quantity) valuesOf.set(e.unit.article, [...(valuesOf.get(e.unit.article) ?? []), e.quantity]);
  // "At least 288 people" and "288" in one report are one figure written twice, not two (the frame
  // already says what both count).
  const apart = (a: Quantity, b: Quantity): boolean => a.high < b.low || b.high < a.low;
  if (![...valuesOf.values()].some((values) => values.some((a, k) => values.slice(k + 1).some((b) => apart(a, b))))) return null;
  return `${valuesByOutlet(story, evidence)}. A report gives more than one figure: it quotes sources that disagree, or a count at different times.`;
}

/**
 * A running count: different values of a count (the dead, the injured, a share of votes counted)
 * reported on different days are often one figure updated as it grew, not outlets contradicting
 * each other. Such values are given in the order they were published, each with its day, and the
 * reader is told so; the verdict stays conflicting (the values differ) and the reader judges.
 * Durations and distances do not grow as they are reported, so they are left as they are.
 */
function runningCount(story: RelatedStory, evidence: readonly RelatedEvidence[]): string | null {
  const counted = evidence.filter((e) => e.quantity && !TIME_UNITS.has(e.quantity.unit) && !DISTANCE_UNITS.has(e.quantity.unit));
  if (counted.length < 2 || counted.length < evidence.filter((e) => e.quantity).length) return null;
  const published = new Map(story.articles.map((a) => [a.id, a.published]));
  const day = (e: RelatedEvidence): string => published.get(e.unit.article) ?? '';
  if (new Set(counted.map(day)).size < 2) return null;
  const ordered = [...counted].sort((a, b) => day(a).localeCompare(day(b)) || a.unit.i - b.unit.i);
  const values = valuesByOutlet(story, ordered, (e) => `${outletName(story, e)} (${dayMonth(day(e))})`);
  return `${values}. The reports are from different days: a later figure may update an earlier one.`;
}

/** The one-sentence explanation of a judged claim. */
export function explain(story: RelatedStory, claim: RelatedClaim, judgement: Judgement): string {
  // A value that ends on its own full stop ("8:15 p.m.") ends the sentence with it: no second one.
  return explanationText(story, claim, judgement).replace(/(?<!\.)\.\.(?!\.)/g, '.');
}

function explanationText(story: RelatedStory, claim: RelatedClaim, judgement: Judgement): string {
  const supporting = claim.evidence.filter((e) => e.stance === 'supports');
  const denials = claim.evidence.filter((e) => e.stance === 'denies');
  const anonymous = judgement.flags.includes('anonymousSourcing') ? ' from anonymous sources' : '';
  const who = reporters(story, supporting);
  const plural = who.length > 1;
  if (judgement.verdict === 'conflicting') {
    if (claim.evidence.some((e) => e.quantity)) return competingFigures(story, claim.evidence) ?? runningCount(story, claim.evidence) ?? `${valuesByOutlet(story, claim.evidence)}.`;
    const against = reporters(story, claim.evidence.filter((e) => e.stance === 'conflicts'));
    return `${listing(who)} ${plural ? 'report' : 'reports'} it; ${listing(against)} ${against.length > 1 ? 'contradict' : 'contradicts'} it.`;
  }
  if (judgement.verdict === 'disputed') {
    const many = denials.length > 1 && new Set(denials.map((e) => e.unit.speaker)).size > 1;
    return `${listing(who)} ${plural ? 'report' : 'reports'} it${anonymous}; ${deniers(story, denials)} ${many ? 'deny' : 'denies'} it.`;
  }
  const values = claim.kind === 'quantity' ? [...new Set(supporting.map((e) => evidenceValue(e)))] : [];
  const saying = values.length === 1 ? ` ${plural ? (who.length === 2 ? 'both say' : 'all say') : 'says'} ${values[0]}` : '';
  if (judgement.flags.includes('sharedUpstream')) {
    const upstream = [...new Set(supporting.map((e) => story.sources.via[e.unit.s]).filter(Boolean))];
    const outlets = [...new Set(supporting.map((e) => outletName(story, e)))];
    const all = outlets.length === 2 ? 'both' : 'all';
    const origin = upstream.length === 1 ? `${all} cite ${upstream[0]}` : 'they trace back to one source';
    const says = values.length === 1 ? ` say ${values[0]}` : ' report it';
    return `${listing(outlets)}${says}, but ${origin}, so they count as one source.`;
  }
  if (judgement.verdict === 'corroborated') {
    const wording = judgement.flags.includes('wordingVaries') ? ', in differing words' : '';
    if (saying) return `${listing(who)}${saying}${wording}.`;
    return `Reported by ${judgement.independentSources} independent sources${wording}: ${listing(who)}.`;
  }
  const confirming = vagueAside(claim, supporting);
  const earlierOrLater = supporting.filter((e) => e.otherMoment === true);
  if (earlierOrLater.length > 0) {
    const otherWho = reporters(story, earlierOrLater);
    const otherValues = [...new Set(earlierOrLater.map((e) => evidenceValue(e)))];
    return `${listing(reporters(story, confirming))} ${confirming.length > 1 ? 'give' : 'gives'} ${listing([...new Set(confirming.map((e) => evidenceValue(e)))])}; ${listing(otherWho)} ${otherWho.length > 1 ? 'give' : 'gives'} ${listing(otherValues)} for another moment of the count, which neither confirms nor contradicts it.`;
  }
  if (confirming.length < supporting.length) {
    const vague = supporting.filter((e) => !confirming.includes(e));
    const vagueWho = reporters(story, vague);
    const vagueValues = [...new Set(vague.map((e) => evidenceValue(e)))];
    return `Only ${listing(reporters(story, confirming))} ${confirming.length > 1 ? 'give' : 'gives'} a precise figure; ${listing(vagueWho)} ${vagueWho.length > 1 ? 'say' : 'says'} ${listing(vagueValues)}, which is too vague to confirm it.`;
  }
  return `Only ${listing(who)} ${saying ? saying.trim() : 'reports it'}${anonymous}.`;
}
