/**
 * Where someone said what they said: "Kurtz said on X", "in a post early Friday morning on X", "he
 * told NBC News' “Today” program", "speaking to NBC News". Outlets that have one speaker speak
 * through one named medium, platform or audience state one fact of their own, however differently
 * they report the words: that the speaker spoke there. The words themselves are the quote's claim;
 * this claim lists each report's phrase for the venue.
 *
 * Only agreement is read: a speaker may speak in several places, so two venues never conflict.
 */
import { allMatches, pattern } from '../text.ts';
import type { AnnotatedStory } from '../contracts.ts';
import type { Language } from '../language/index.ts';
import type { Unit } from '../03-annotate/units.ts';
import { upstreamKey } from '../03-annotate/sources.ts';
import { mostCommon } from './phrase-groups.ts';

/** One unit's venue: who spoke, where (a key for the name), and the report's phrase. */
export interface VenueMention {
  unit: Unit;
  speaker: string;
  venue: string;
  /** Where, as a phrase of its own: the preposition and the name ("on X", "to NBC News", "in Ankara"). */
  where: string;
  start: number;
  end: number;
  text: string;
}

/**
 * A venue phrase: a preposition or verb of speaking to or through ("on", "to", "told", "with", "in a
 * post on", "published on social network"), an optional common noun of a medium, then a name: a run
 * of capitalised words, with a possessive and a quoted programme title after it ("NBC’s “Today”
 * show").
 */
const VENUE = /\b(on|to|told|with)\s+(?:(?:the\s+)?(?:social\s+network|social\s+media\s+platform|platform|broadcaster|channel|network|station|programme|program|show)\s+)?((?:\p{Lu}[\p{L}\p{N}.&-]*)(?:\s+\p{Lu}[\p{L}\p{N}.&-]*)*)(['’]s?(?:\s+["“][^"”]{1,40}["”])?(?:\s+(?:show|program|programme|podcast|interview|broadcast))?)?/gu;

/** The words a venue phrase may open on, before its preposition, within the same clause. */
const LEAD = /(?:\b(?:in|during)\s+(?:an?|the|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,4}?(?:interview|post|statement|speech|address|message|video|broadcast|briefing|appearance)(?:\s+[^\s,;:"“”]+){0,4}?\s+$|\bspeaking\s+$|\bwriting\s+$|\bpublished\s+$)/u;

/** The venues named in the story's usable units: a named speaker and, outside quotations, a medium or audience by name. */
export function venueMentions(lang: Language, story: AnnotatedStory, usable: readonly boolean[]): VenueMention[] {
  const out: VenueMention[] = [];
  for (let u = 0; u < story.units.length; u++) {
    const unit = story.units[u] as Unit;
    const sentence = story.sentences[unit.s];
    if (!usable[unit.i] || unit.denial || !sentence) continue;
    const speaker = sentence.attribution.speaker;
    if (speaker === null || sentence.attribution.cue === null || story.entities.get(speaker)?.kind !== 'person') continue;
    const text = sentence.text;
    for (const m of allMatches(VENUE, text.slice(unit.start, unit.end))) {
      const at = unit.start + (m.index ?? 0);
      const [matched, , written = ''] = m;
      // "told The Associated Press.": the article is not the name, nor the full stop that ends the sentence.
      const name = written.replace(/^The\s+/, '').replace(/\.$/, '');
      const surface = m[3] === undefined ? matched.replace(/\.$/, '') : matched;
      // Outside quotations: a name inside one is the speaker's words, not where they spoke.
      if (sentence.quotes.some((q) => at >= q.start && at < q.end)) continue;
      const first = lang.key(name.split(/\s+/)[0] ?? '').replace(/['’]s$/, '');
      // A day or month ("on Friday", "to March") is a time, not a venue; the speaker is not their own.
      if (first === '' || lang.lexicon.weekdays.has(first) || lang.lexicon.months.has(first)) continue;
      const nameAt = at + surface.indexOf(name);
      if (sentence.mentions.some((m2) => m2.entity === speaker && nameAt >= m2.start && nameAt < m2.end)) continue;
      // A venue says where a statement was made only beside a verb of saying or its lead words.
      const before = text.slice(Math.max(0, at - 80), at);
      const lead = LEAD.exec(before);
      const cueNear = pattern(`\\b${escape(sentence.attribution.cue)}\\s+(?:\\S+\\s+){0,1}$`, 'iu').test(before) || /^told$/i.test(m[1] ?? '');
      if (!lead && !cueNear) continue;
      const start = lead ? at - (before.length - lead.index) : at;
      const end = at + surface.length;
      // One medium however it is written: an agency's alias folds ("The Associated Press", "AP"), else its first word ("NBC News", "NBC’s").
      const known = upstreamKey(lang.lexicon, name);
      // "told NBC News" is speaking to it; "The Associated Press" keeps its article, in lower case.
      const where = `${m[1] === 'told' ? 'to' : m[1]} ${written.startsWith('The ') ? 'the ' : ''}${name}`;
      out.push({ unit, speaker, venue: known.includes(' ') ? first : known, where, start, end, text: lowerFirst(text.slice(start, end)) });
      break;
    }
    if (out.at(-1)?.unit !== unit) {
      const place = placeOfSpeaking(story, unit, text);
      if (place) out.push({ unit, speaker, ...place });
    }
  }
  return out;
}

/**
 * A place someone spoke in, named after the words of a speech or of speaking: "Speaking to
 * supporters in Ankara", "in a speech to cheering supporters at the AKP headquarters in the capital
 * Ankara", "told a news conference in Kyiv". The name must be a place the story knows.
 */
const PLACE_OF_SPEAKING = /\b(?:[Ss]peaking|spoke|speech|address|addressed|rally|news conference|press conference|briefing)\b[^,;:.“”"]{0,60}?\b(?:in|at)\s+(?:the\s+(?:capital|city|town|port)(?:\s+of)?\s+)?(\p{Lu}[\p{L}-]*)/gu;

function placeOfSpeaking(story: AnnotatedStory, unit: Unit, text: string): Omit<VenueMention, 'unit' | 'speaker'> | null {
  const sentence = story.sentences[unit.s];
  if (!sentence) return null;
  for (const m of allMatches(PLACE_OF_SPEAKING, text.slice(unit.start, unit.end))) {
    const found = unit.start + (m.index ?? 0);
    const end = found + m[0].length;
    // "in a speech to …", "at a news conference in …": the phrase opens on its preposition and article.
    const opening = /\b(?:in|at|during)\s+(?:an?|the|his|her|their|its)\s+(?:[\p{Ll}-]+\s+)?$/u.exec(text.slice(Math.max(0, found - 30), found));
    const start = opening ? found - opening[0].length : found;
    const nameAt = end - (m[1] ?? '').length;
    if (sentence.quotes.some((q) => start >= q.start && start < q.end)) continue;
    const mention = sentence.mentions.find((x) => x.start === nameAt && story.entities.get(x.entity)?.kind === 'place');
    if (mention) return { venue: `place ${mention.entity}`, where: `in ${story.entities.get(mention.entity)?.name ?? text.slice(nameAt, mention.end)}`, start, end: mention.end, text: lowerFirst(text.slice(start, mention.end)) };
  }
  return null;
}

function lowerFirst(text: string): string {
  return text.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where a group's speaker spoke, as most of its reports name it (the earliest report's name on a tie). */
export function venueWhere(group: readonly VenueMention[]): string {
  return mostCommon(group.map((m) => m.where)) ?? '';
}

/** Groups of venue phrases, from two or more sources, of one speaker speaking through one named medium. */
export function venueGroups(lang: Language, story: AnnotatedStory, usable: readonly boolean[]): VenueMention[][] {
  const sourceOf = (u: Unit): string => story.sources.key[u.s] ?? u.article;
  const byVenue = new Map<string, VenueMention[]>();
  for (const mention of venueMentions(lang, story, usable)) {
    const key = `${mention.speaker}\n${mention.venue}`;
    const list = byVenue.get(key) ?? [];
    // One phrase per article.
    if (!list.some((m) => m.unit.article === mention.unit.article)) list.push(mention);
    byVenue.set(key, list);
  }
  return [...byVenue.values()].filter((list) => new Set(list.map((m) => sourceOf(m.unit))).size > 1);
}
