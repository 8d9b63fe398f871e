/**
 * Who a sentence credits with what it reports when annotate found no speaker: the name "according
 * to" gives. Read by match (whether one report credits two figures to two sources) and by judge
 * (whose figure a statement says it is).
 */

/**
 * "according to Cirium data", "according to flight-tracking website FlightAware", "according to
 * figures from the CGT": the name "according to" gives, as written, when annotate found no source
 * in it (a name it does not know as a person or organisation). One "according to" outside
 * quotations, and capitalised words right after it, a description or a word for data between: a
 * lower-case source ("according to preliminary results") names no one.
 */
export function namedAfterAccording(text: string): string | null {
  const outside = outsideQuotes(text);
  if ((outside.match(/\baccording to\b/gi) ?? []).length !== 1) return null;
  const m = ACCORDING_NAME.exec(outside);
  const name = m?.groups?.name;
  if (!name) return null;
  // The sentence's full stop is not the name's, unless the name is initials ("the U.S.").
  return `${m.groups?.the ?? ''}${/(?:^|\.)\p{Lu}\.$/u.test(name) ? name : name.replace(/\.$/, '')}`;
}

/** Capitalised words, joined by "of (the)" or "for" ("Ministry of the Interior"), at most four. */
const NAME_WORDS = String.raw`\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{N}&'’.-]*){0,3}`;
/** Words for what a source publishes: "Cirium data", "figures from the CGT". */
const DATA_WORDS = String.raw`(?:data|figures|estimates|statistics|numbers|counts?|tall(?:y|ies)|an?\s+(?:estimate|count|tally|report|survey|analysis))`;
const ACCORDING_NAME = new RegExp(
  String.raw`\b[Aa]ccording to\s+(?:${DATA_WORDS}\s+(?:from|by|of)\s+)?(?<the>the\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?<name>${NAME_WORDS})(?=\s+${DATA_WORDS}\b|[\s,.;:)]|$)`,
  'u',
);

/** The text with its quotations blanked: a speaker's own "according to" inside a quotation is what they said, not the sentence's source. */
export function outsideQuotes(text: string, keepLength = false): string {
  return text.replace(/["“][^"”]*["”]/g, (quoted) => (keepLength ? ' '.repeat(quoted.length) : ' '));
}
