/**
 * One sentence that says why a claim got its verdict, built only from the evidence: who says what
 * value, how many independent sources report it, who denies it, and what the sourcing rests on.
 */
import type { RelatedClaim, RelatedEvidence } from '../05-relate/index.ts';
import type { SourceModel } from '../sources.ts';
import type { StoryContext } from '../story-context.ts';
import type { Judgement } from './verdict.ts';
import { valueText } from './statement.ts';

/** "A", "A and B", "A, B and C". */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** An outlet's label: its name, with "(2 articles)" and "(via AP)" where they apply. */
function outletLabel(name: string, list: readonly RelatedEvidence[], sources: SourceModel, withVia: boolean): string {
  const articles = new Set(list.map((e) => e.f.article)).size;
  const vias = new Set(list.map((e) => sources.via(e.f.sentence)));
  const via = withVia && vias.size === 1 ? [...vias][0] : null;
  const notes = [articles > 1 ? `${articles} articles` : null, via ? `via ${via}` : null].filter(Boolean);
  return notes.length > 0 ? `${name} (${notes.join(', ')})` : name;
}

/**
 * Who reports it, one entry per independent source in order of first appearance: an outlet, or
 * outlets that count as one ("Eastwind News Agency and Capital Courier, one source").
 */
function reporters(evidence: readonly RelatedEvidence[], ctx: StoryContext, sources: SourceModel, withVia = true): string[] {
  const bySource = new Map<string, Map<string, RelatedEvidence[]>>();
  for (const e of evidence) {
    const key = sources.key(e.f.sentence);
    const name = ctx.outletOf.get(e.f.article)?.name ?? e.f.article;
    const outlets = bySource.get(key) ?? new Map<string, RelatedEvidence[]>();
    outlets.set(name, [...(outlets.get(name) ?? []), e]);
    bySource.set(key, outlets);
  }
  return [...bySource.values()].map((outlets) => {
    const labels = [...outlets].map(([name, list]) => outletLabel(name, list, sources, withVia));
    return labels.length > 1 ? `${labels.join(' / ')} (one source)` : (labels[0] ?? '');
  });
}

/** Who denies: the speakers of the denial sentences, else the outlets that report a denial. */
function deniers(evidence: readonly RelatedEvidence[], ctx: StoryContext): string {
  const names = new Set<string>();
  for (const e of evidence) {
    const speaker = e.f.speaker ? ctx.entities.get(e.f.speaker)?.name : undefined;
    names.add(speaker ?? `a source quoted by ${ctx.outletOf.get(e.f.article)?.name ?? e.f.article}`);
  }
  return listing([...names]);
}

/** Per outlet and value: "Kyiv Post says four hours; The Moscow Times says 4.5 hours". */
function valuesByOutlet(evidence: readonly RelatedEvidence[], ctx: StoryContext): string {
  const seen = new Map<string, Set<string>>();
  for (const e of evidence) {
    if (!e.quantity) continue;
    const name = ctx.outletOf.get(e.f.article)?.name ?? e.f.article;
    const values = seen.get(name) ?? new Set<string>();
    values.add(valueText(e.quantity));
    seen.set(name, values);
  }
  return [...seen].map(([name, values]) => `${name} says ${listing([...values])}`).join('; ');
}

/** The one-sentence explanation of a judged claim. */
export function explain(claim: RelatedClaim, judgement: Judgement, ctx: StoryContext, sources: SourceModel): string {
  const supporting = claim.evidence.filter((e) => e.stance === 'supports');
  const denials = claim.evidence.filter((e) => e.stance === 'denies');
  const anonymous = judgement.flags.includes('anonymousSourcing') ? ' from anonymous sources' : '';
  const who = reporters(supporting, ctx, sources);
  const plural = who.length > 1;
  if (judgement.verdict === 'conflicting') {
    if (claim.kind === 'quantity') return `${valuesByOutlet(claim.evidence, ctx)}.`;
    const against = reporters(claim.evidence.filter((e) => e.stance === 'conflicts'), ctx, sources);
    return `${listing(who)} ${plural ? 'report' : 'reports'} it; ${listing(against)} ${against.length > 1 ? 'contradict' : 'contradicts'} it.`;
  }
  if (judgement.verdict === 'disputed') {
    return `${listing(who)} ${plural ? 'report' : 'reports'} it${anonymous}; ${deniers(denials, ctx)} ${denials.length > 1 && new Set(denials.map((e) => e.f.speaker)).size > 1 ? 'deny' : 'denies'} it.`;
  }
  const values = claim.kind === 'quantity' ? [...new Set(supporting.map((e) => (e.quantity ? valueText(e.quantity) : '')))] : [];
  const saying = values.length === 1 ? ` ${plural ? (who.length === 2 ? 'both say' : 'all say') : 'says'} ${values[0]}` : '';
  if (judgement.flags.includes('sharedUpstream')) {
    const upstream = [...new Set(supporting.map((e) => sources.via(e.f.sentence)).filter(Boolean))];
    const outlets = [...new Set(supporting.map((e) => ctx.outletOf.get(e.f.article)?.name ?? e.f.article))];
    const all = outlets.length === 2 ? 'both' : 'all';
    const origin = upstream.length === 1 ? `${all} cite ${upstream[0]}` : `they trace back to one source`;
    const says = values.length === 1 ? ` say ${values[0]}` : ' report it';
    return `${listing(outlets)}${says}, but ${origin}, so they count as one source.`;
  }
  if (judgement.verdict === 'corroborated') {
    const wording = judgement.flags.includes('wordingVaries') ? ', in differing words' : '';
    if (saying) return `${listing(who)}${saying}${wording}.`;
    return `Reported by ${judgement.independentSources} independent sources${wording}: ${listing(who)}.`;
  }
  return `Only ${listing(who)} ${saying ? saying.trim() : 'reports it'}${anonymous}.`;
}
