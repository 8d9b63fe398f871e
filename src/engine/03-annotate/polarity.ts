/**
 * Polarity of a sentence: an on-record denial ("denied any knowledge", "called the reports fake",
 * "haven't seen", "there is no such plan"), a hedge ("unlikely", "hard to say", "may"), or a plain
 * assertion. A sentence that states a negative fact ("No officials were present") asserts. The
 * patterns are built once per language from its lexicon (denial verbs, report nouns, verdict words,
 * hedges).
 */
import type { Language, Lexicon } from '../language/index.ts';
import type { Polarity } from '../types.ts';

/**
 * Decides the polarity of a sentence; `onRecord` says whether anyone is said to speak in it (a
 * speaker, a cue such as "said" or "according to", or a quotation).
 */
export type PolarityReader = (text: string, onRecord: boolean) => Polarity;

const alternation = (words: Iterable<string>): string => [...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/**
 * What "reject" denies when it is a denial: a statement (the language's report nouns, a charge, a
 * complaint, criticism, a conclusion, a timeline, a figure; "finding" only after a determiner, as it
 * is also a participle: "rejected the argument, finding that …") or a pronoun or "that" standing for one. Rejecting anything else
 * refuses it ("rejected a defence request", "shareholders rejected an earlier approach"), which
 * denies no statement.
 */
const REJECTED_STATEMENTS = 'charges?|complaints?|criticisms?|conclusions?|timelines?|(?:the|that|this|these|those|its|their|his|her)\\s+findings?';
/**
 * Words right after "rejected" that stand for a statement: "rejected that, saying …", "disputes this.",
 * "rejected it as …", "rejects this and says …", "dismissed this outright". Only standing alone:
 * "pushed back against that characterization" has a determiner, and what it rejects is the noun, a
 * denial only when it names a statement.
 */
const REJECTED_POINTERS = '(?:that|this|it|them|these|those)(?=(?:\\s+\\w+ly)?\\s*(?:[,.;:!?"”]|$)|\\s+(?:as|and|but|outright|out of hand)\\b)';
/**
 * "The clubs contest this.", "We dispute that.": the verbs of contradiction in their base form, which
 * are also nouns ("the contest", "a dispute"), deny only a pointer standing alone. Polarity reads it as
 * a denial, and 04-match/denials.ts as one that points back to the sentence before.
 */
export const BASE_CONTRADICTION = `\\b(?:contest|dispute)\\s+${REJECTED_POINTERS}`;
/** Words right before a denial word that cancel it ("did not deny", "refused to deny", "would neither confirm nor deny", "nobody has denied"). */
const NOT_A_DENIAL = /(?:\bnot|n't|\bnever|\bnor|\brefused to|\bdeclined to|\bwould|\bcould|\b(?:nobody|no one|no-one|none)(?:\s+(?:has|have|had))?)\s+$/;
/** A sentence that ends as a question, and a quotation mark (a question quoted is someone's, and may deny). */
const QUESTION = /\?["”’)\]]*\s*$/;
const QUOTE_MARK = /["“”]/;

/** A clause whose subject is no one ("Nobody at the club has denied it"): its verb of denying denies nothing. */
const NO_ONE_DENIES = /^\s*["“]?\s*(?:nobody|no one|no-one|none|neither)\b/;

/** The text of the clause a match at `at` stands in, up to it: from the last stop, semicolon, colon or dash before it. */
function clauseBefore(text: string, at: number): string {
  let from = 0;
  for (let k = at - 1; k >= 0; k--) {
    const c = text[k];
    if (c === '.' || c === ';' || c === ':' || c === '—' || c === '–') {
      from = k + 1;
      break;
    }
  }
  return text.slice(from, at);
}
const CURLY_APOSTROPHE = /[\u2018\u2019\u02BC]/g;
/** "may" only in lower case: "May" is a month or a name. */
const MAY = /\bmay\b/;

/**
 * Forms of denying written the same way in any sentence, which 04-match/denials.ts also reads as
 * pointing back to what they answer: a fronted '"Not so," says the mayor'; a denial named by its noun
 * ("issued a flat denial", "in a rebuttal"; not "denial of bail", "denial of service", which refuse
 * or block something); a reply announced by its noun and a colon ("Her reply was short: …").
 */
export const NOT_SO = String.raw`(?:^|["“‘]\s*)not\s+so\b(?=\s*[,:;!—–-])`;
export const DENIAL_NOUN = String.raw`\b(?:denials?|rebuttals?)\b(?!\s+of\b)`;
export const REPLY_NOUN = String.raw`\b(?:response|reply|answer)\b(?:\s+\w+){0,3}\s*:`;
/** "contradicted the parents, saying …": the ones who spoke, named (captured), contradicted. */
export const CONTRADICTED_NAMED = String.raw`\bcontradict(?:s|ed|ing)\s+(?:the\s+)?([\p{L}'’-]+)(?=\s*[:;,]|\s+(?:and|on|in)\b)`;
/**
 * "The club's version is different:", "Nordgas's version of events is that …", "Their position
 * throughout the talks was that …" (not "that of"): a party's own version, set against what was said of it.
 */
export const PARTY_VERSION = String.raw`\b(?:[\p{L}-]+['’]s?|their|his|her|its)\s+(?:version|position)(?:\s+[\p{L}-]+){0,4}?\s+(?:is|was|has\s+been)\s+(?:(?:very|quite|rather|completely|entirely)\s+)?(?:different|that(?!\s+of\b))\b`;

/**
 * Replying against what was said, given the verbs as an alternation: "retorted that …", "countered:
 * …", "hit back, insisting …", '"…," she shot back.'
 */
export function retortForm(verbs: string): string {
  return String.raw`\b(?:${verbs})(?:\s+that\b|\s*:|,\s+(?:insisting|saying|arguing)\b)|["”]\s*,?\s+(?:[^\s"“”]+\s+){1,5}(?:${verbs})\s*[.!]?\s*$`;
}

/** An idiom of rejecting what was just said: "was having none of it", "is having none of that". */
export const HAVING_NONE = String.raw`\b(?:is|was|are|were)\s+having\s+none\s+of\s+(?:it|this|that)\b`;

/**
 * A short quotation that opens on a noun for untruth, standing alone, then who said it: '"Lies from
 * start to finish," said the chairman', '"Complete nonsense," she added', '"A pack of lies," said …',
 * '"Rubbish, all of it," …';
 * not '"Lies have consequences," …'. It calls what was said before it untrue.
 */
export const QUOTED_UNTRUTH = String.raw`^["“‘](?:(?:complete|total|utter|absolute|pure)\s+|a\s+(?:pack|load|tissue|bunch|heap)\s+of\s+)?(?:lies|rubbish|nonsense|fiction|fantasy)(?:\s+from\s+(?:start|beginning)\s+to\s+(?:finish|end))?\s*[,.!;:—–-][^"“”]{0,40}?["”]\s*,?\s+(?:[\p{L}'’.-]+\s+){0,5}?(?:said|says|insisted|insists|added|told)\b`;

/**
 * A phrasal verb of rejecting split by its object, given the statement nouns as an alternation: "waved
 * the claim away", "waved the union's claim away", "brushed it aside", "laughed that off".
 */
export function splitPhrasalForm(statements: string): string {
  return String.raw`\b(?:waved|waves|brushed|brushes|laughed|laughs)\s+(?:(?:the|his|her|their|its|these|those|such|that|this)\s+(?:[\p{L}-]+['’]s?\s+)?(?:${statements})|this|that|it|them)\s+(?:away|aside|off)\b`;
}

/**
 * What follows "seen" or "heard of" when it tells an experience, not what someone knows of: a
 * likeness or a degree within a few words ("anything like it", "so much water", "such damage",
 * "conditions like that"; not "so far", not "any such"), or an indefinite pronoun ("anything", "anyone").
 */
const EXPERIENCE = String.raw`\s+(?:(?:[\w']+\s+){0,4}?(?:like|so(?!\s+far)|(?<!\bany\s)such)\b|(?:anything|anyone|anybody|nothing)\b)`;

/**
 * A negation of what was reported in the speaker's own words, with no verb of denying: "has nothing to
 * do with it", "no such meeting", "never happened", "has not seen the plan" (not the speaker's
 * experience of something like it: "I've never seen anything like it"). Lower case, straight apostrophes.
 */
export const OWN_NEGATION = [
  String.raw`\b(?:have not|haven't|has not|hasn't|had not|hadn't|did not|didn't|do not|don't) (?:seen|heard of|heard about|received any)\b(?!${EXPERIENCE})`,
  String.raw`\bnever (?:seen|heard of|heard about|received any)\b(?!${EXPERIENCE}|\s+an?\s)`,
  String.raw`\b(?:no such|never happened|nothing to do with)\b`,
].join('|');

/**
 * Called untruthful or mistaken as a predicate ("are lying", "was mistaken"): "lying" as untruth ends
 * its clause or says about what or to whom; "We are lying crooked", "lying on the seabed" is where
 * something lies.
 */
export const UNTRUTHFUL = String.raw`(?:mistaken\b|lying(?=\s*(?:[,.;:!?"”’)]|$|\s+(?:about|to|when|and|again|through)\b)))`;

/** A word, then "is/are/was/were (quite) wrong" as a predicate: who is called wrong (see polarityReader). */
const CALLED_WRONG = /\b([\p{L}'-]+)\s+(?:is|are|was|were)\s+(?:simply\s+|plainly\s+|just\s+|completely\s+|quite\s+)?wrong\b(?!\s+(?:with|to|for)\b)/gu;

const negationPatterns = new WeakMap<Language, RegExp>();

/** A word of negation of the language, inside quotation marks too ("not", "no", "never", "didn't"). */
export function negationPattern(lang: Language): RegExp {
  let pattern = negationPatterns.get(lang);
  if (pattern === undefined) {
    const words = [...lang.lexicon.negators].map((w) => w.replace(/'/g, "['’]"));
    pattern = new RegExp(`(?:^|[^\\p{L}'’])(?:${words.join('|')})(?![\\p{L}'’])`, 'iu');
    negationPatterns.set(lang, pattern);
  }
  return pattern;
}

/** Builds the polarity reader of a language. */
export function polarityReader(lex: Lexicon): PolarityReader {
  const verdicts = alternation([...lex.verdictWords].map((w) => (w === 'lie' ? 'a lie' : w)));
  const reports = alternation(lex.reportNouns);
  const rejectedObjects = `${reports}|${alternation([...lex.figureNouns].map((noun) => `${noun}s`))}|${alternation(lex.figureNouns)}|${REJECTED_STATEMENTS}`;
  const denials: readonly RegExp[] = [
    new RegExp(`\\b(?:${alternation(lex.denialVerbs)})\\b`, 'g'),
    // "rejected the allegation", "rejected claims that …", "rejected that", "dismissed the claim": a
    // statement after it; "…, a charge the ministry flatly rejected.": nothing after it; "The claim
    // was rejected": before it.
    new RegExp(`\\b(?:${alternation(lex.rejectionVerbs)})\\b(?:(?:\\W+\\w+){0,3}?\\W+(?:${rejectedObjects})\\b|\\W+${REJECTED_POINTERS}|(?:\\s+\\w+ly)?\\s*(?:[.;!?"”]|$))`, 'g'),
    // "disputed the figure", "contests this", "contradicted the ministry's account": verbs of
    // contradiction deny a statement or a figure, or what a pointer stands for; "disputed the
    // border region" or "contested the seat" do not.
    new RegExp(`\\b(?:${alternation(lex.contradictionVerbs)})\\b(?:(?:\\W+\\w+){0,3}?\\W+(?:${rejectedObjects})\\b|\\W+${REJECTED_POINTERS})`, 'g'),
    // "Stefan Oder contradicted her:", "challenged that version": a person contradicted is what they
    // said; a version, an account or a claim challenged is denied.
    new RegExp(`\\b(?:${alternation(lex.contradictionVerbs)})\\s+(?:her|him|them)\\b(?=\\s*[:;,.]|\\s+(?:and|on|in)\\b)`, 'g'),
    new RegExp(BASE_CONTRADICTION, 'g'),
    /\bchalleng(?:ed|es|ing)\s+(?:that|this|his|her|their|the)\s+(?:version|account|claim|story|assertion)\b/g,
    new RegExp(CONTRADICTED_NAMED, 'gu'),
    // "District officials disagree and say it is valid": disagreeing is itself speaking, with nothing after it or its reason next.
    /\bdisagree(?:s|d)?\b(?=\s*[,.;:]|\s+and\b|\s+with\s+(?:that|this|the\s+claim|him|her|them)\b)/g,
    new RegExp(PARTY_VERSION, 'gu'),
    // "The park tells a different story", "the ministry gives another version": a counter-account announced.
    /\b(?:tells?|told|telling|gives?|gave|giving|offers?|offered|offering)\s+(?:a|an)\s+(?:(?:very|quite|rather|completely|entirely)\s+)?(?:different|another|other|contrasting|conflicting)\s+(?:story|version|account|picture)\b/g,
    // "The claim was rejected", "The report was disputed by the ministry".
    new RegExp(`\\b(?:${reports}|charges?|complaints?)\\s+(?:is|are|was|were|has been|have been|had been)\\s+(?:\\w+ly\\s+)?(?:rejected\\b|(?:disputed|denied|refuted)\\s+by\\b)`, 'g'),
    // "Dellin's account is contradicted by …", "Her version is contradicted by the club's records":
    // whatever the subject names, contradicted by someone or something.
    /\b(?:is|are|was|were|has been|have been|had been)\s+(?:\w+ly\s+)?contradicted\s+by\b/g,
    // "Untrue, says the club: …": a verdict put first, then who gives it.
    new RegExp(`^["“‘]?(?:\\w+ly\\s+)?(?:${verdicts})\\s*[,:;!—–-]\\s*(?:says|said|say)\\b`, 'g'),
    // "The fire brigade has no record of any such call": what was reported, missing from the records of whoever would hold it.
    /\bno (?:records?|trace|sign) of (?:any such|such|those|these|that|this)\b/g,
    /\bdismiss(?:ed|es|ing)?\b[^.;]{0,80}?\bas\b/g,
    new RegExp(`\\b(?:${reports})\\b(?:\\W+\\w+){0,8}?\\W+(?:${verdicts})\\b`, 'g'),
    // "called the reports fake", "described the residents' account as “a fabrication”".
    new RegExp(`\\b(?:called|calling|branded|labell?ed|termed|described)\\b(?:\\W+\\w+){0,6}?\\W+(?:${verdicts})\\b`, 'g'),
    /\bfake news\b/g,
    new RegExp(splitPhrasalForm(reports), 'gu'),
    new RegExp(retortForm(alternation(lex.retortVerbs)), 'g'),
    new RegExp(NOT_SO, 'g'),
    new RegExp(HAVING_NONE, 'g'),
    new RegExp(QUOTED_UNTRUTH, 'gu'),
    new RegExp(DENIAL_NOUN, 'g'),
    // "The company's response: “No one was told to keep working.”": a reply noun, then a negation.
    new RegExp(String.raw`${REPLY_NOUN}\s*["“]?[^.;]*?(?:\b(?:no|not|never|nothing|nobody|none)\b|n't\b)`, 'g'),
    // "insisted that the run had not been open", "was adamant that the barrier had not been damaged",
    // "insisted: “There has been no looting.”":
    // insisting on a negation answers a statement to the contrary; insisting is itself speaking on
    // record, whether or not the sentence names who insists in a way attribution reads.
    /\b(?:(?:insist(?:s|ed|ing)?|(?:is|was|are|were|remained) adamant)(?:(?: that)? |:\s*["“]?)|maintain(?:s|ed|ing)? that )[^.;:"“”]{0,80}?(?:\b(?:not|never|no|nobody|nothing)\b|n't\b)/g,
  ];
  // A negation of what was reported ("there is no such plan", "it had nothing to do with the
  // outage") denies only when someone is said to speak it; in an article's own voice it is narration.
  const spokenDenials: readonly RegExp[] = [
    // Not the speaker's experience of something like it ("I've never seen anything like it", "never
    // seen so much water", "had never seen a fire move this fast"): that is a measure of the event.
    new RegExp(OWN_NEGATION, 'g'),
    /\b(?:not true|no truth|no basis|categorically)\b/g,
    // "said that was not the case", "said this was wrong", "says this is “simply untrue”": a pointer to
    // what was said, called untrue.
    new RegExp(`\\b(?:that|this|it)(?: (?:was|is) |'s )["“]?(?:\\w+ly )?(?:not the case|wrong|${verdicts})\\b`, 'g'),
    // "said Vaz had got it wrong", "said the parents had their timing wrong", "says Voss is making it
    // up": someone on record calls the one who spoke wrong, or the account made up.
    /\b(?:had|has|have)\s+(?:got\s+)?(?:it|(?:their|his|her|its)\s+[\w-]+)\s+(?:all\s+)?wrong\b/g,
    new RegExp(String.raw`\b(?:is|are|was|were)\s+(?:simply\s+|plainly\s+|just\s+)?${UNTRUTHFUL}`, 'g'),
    // "says that account is “wrong in every detail”": an account pointed back to, called wrong.
    new RegExp(`\\b(?:that|this|the|their|his|her|its)\\s+(?:${reports}|versions?)\\s+(?:is|are|was|were)\\s+["“]?(?:\\w+ly\\s+)?(?:wrong|not true|not the case|${verdicts})\\b`, 'g'),
    /\b(?:mak(?:e|es|ing)|made)\s+(?:it|this|that|things|the\s+\w+)\s+up\b/g,
    // "At no stage did the council sign off this plan": a negation put first for emphasis, on record.
    /\bat no (?:stage|point|time) (?:did|was|were|had|has|have|do|does|is|are|will|would)\b/g,
    // "There was no foundation to the claim", "the report was without basis".
    /\b(?:no|without) (?:foundation|basis)\b/g,
  ];
  const hint = new RegExp(`\\b(?:record|den|challeng|story|version|account|picture|mistaken|lying|up|disagree|refut|rebut|reject|dismiss|disput|contest|contradict|repudiat|disavow|insist|maintain|adamant|foundation|fake|seen|heard|received|such|true|truth|happened|basis|nothing|categorical|case|wrong|aside|away|off|scoff|laugh|down|back|issue|exception|cold water|accept|retort|counter|object|not so|having none|at no|rebuttal|response|reply|answer|${verdicts})`);
  const hedges = new RegExp(`\\b(?:${alternation(lex.hedges)})\\b`);
  const isDenial = (folded: string, onRecord: boolean): boolean => {
    if (!hint.test(folded)) return false;
    for (const pattern of onRecord ? [...denials, ...spokenDenials] : denials) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(folded); m !== null; m = pattern.exec(folded)) {
        const before = folded.slice(Math.max(0, m.index - 14), m.index);
        if (!NOT_A_DENIAL.test(before) && !NO_ONE_DENIES.test(clauseBefore(folded, m.index))) return true;
      }
    }
    return false;
  };
  // "said the parents are wrong", "said Vaz was wrong": people, or someone named, called wrong as a
  // predicate; not "the markings were wrong", nor "wrong with the brakes" or "wrong to …".
  const person = (word: string): boolean => {
    const lower = word.toLowerCase();
    const one = lex.irregularPlurals.get(lower) ?? lower.replace(/(?<=[^s])s$/, '');
    return lex.personNouns.has(one) || lex.personNouns.has(lower);
  };
  const calledWrong = (folded: string): boolean => {
    for (const m of folded.matchAll(CALLED_WRONG)) {
      const word = m[1] ?? '';
      // A capitalised word not opening the sentence is a name.
      if (person(word) || (/^\p{Lu}/u.test(word) && m.index > 0)) return true;
    }
    return false;
  };
  return (text, onRecord) => {
    const folded = text.replace(CURLY_APOSTROPHE, "'");
    const lower = folded.toLowerCase();
    // A question the report asks in its own voice ("Did the council deny everything?") denies nothing.
    const asked = QUESTION.test(text) && !QUOTE_MARK.test(text);
    if (!asked && (isDenial(lower, onRecord) || (onRecord && hint.test(lower) && calledWrong(folded)))) return 'denies';
    if (hedges.test(lower) || MAY.test(folded)) return 'hedges';
    return 'asserts';
  };
}
