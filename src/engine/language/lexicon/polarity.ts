/**
 * Words that turn a sentence into a denial, a hedge or a negation. Denial verbs and verdict words
 * are the English verbs and adjectives of rejecting a statement as untrue (WordNet's "deny",
 * "refute", "reject" senses of contradiction and "false", "untrue" and their synonyms); hedges are
 * the epistemic modal expressions of English grammars; negators are the English negative particles.
 */

/** Verbs that deny a statement on the record ("denied", "refuted"). */
export const DENIAL_VERBS: ReadonlySet<string> = new Set(
  'deny denies denied denying refute refutes refuted refuting rebut rebuts rebutted rebutting'.split(' '),
);

/**
 * Verbs of rejecting and of contradiction that deny what they take when it is a statement, a figure or
 * a pointer to one ("rejected the claim", "disputes this"); not a request or a place ("rejected an
 * offer", "contested the seat"). Of contradiction, the inflected forms only: "a dispute over the
 * figures" and "the contest" are nouns. Rejecting includes English phrasal verbs and idioms of
 * rejecting a statement (WordNet's "brush aside", "laugh off", "scoff", "take exception", "take
 * issue" senses of dismissing or objecting) and a negated "accept" ("does not accept the account").
 */
export const REJECTION_VERBS: ReadonlySet<string> = new Set([
  ...'reject rejects rejected rejecting dismiss dismisses dismissed dismissing'.split(' '),
  'brushed aside', 'brushes aside', 'brushing aside', 'brushed off', 'brushes off',
  'waved away', 'waves away', 'waved aside', 'waves aside', 'laughed off', 'laughs off',
  'scoffed at', 'scoffs at', 'scoffing at', 'laughed at', 'laughs at', 'shot down', 'shoots down', 'hit back at', 'hits back at',
  'took issue with', 'takes issue with', 'taking issue with', 'took exception to', 'takes exception to',
  'pushed back on', 'pushed back against', 'pushes back on', 'pushes back against', 'poured cold water on', 'pours cold water on',
  'does not accept', 'did not accept', "doesn't accept", "didn't accept", 'do not accept', "don't accept",
]);
export const CONTRADICTION_VERBS: ReadonlySet<string> = new Set(
  'disputes disputed disputing contests contested contesting contradicts contradicted contradicting repudiates repudiated disavows disavowed'.split(' '),
);

/**
 * Verbs of replying against what was said (WordNet's "retort", "counter", "object" senses of
 * answering back): "retorted that …", "countered: …", '"…," she shot back.' They deny what they
 * answer, the statement before them. Not the forms that are also nouns ("objects that were found",
 * "counters that closed").
 */
export const RETORT_VERBS: ReadonlySet<string> = new Set(
  'retort retorted retorting countered objected'.split(' ').concat(['shot back', 'shoots back', 'hit back', 'hits back', 'fired back', 'fires back']),
);

/** Nouns for reported statements that a denial calls untrue ("the reports were fake"). */
export const REPORT_NOUNS: ReadonlySet<string> = new Set(
  'report reports claim claims allegation allegations accusation accusations rumour rumours rumor rumors story stories news suggestion suggestions assertion assertions speculation information account accounts version versions'.split(' '),
);

/** Words that call a statement untrue ("fake", "baseless"). */
export const VERDICT_WORDS: ReadonlySet<string> = new Set(
  'fake false untrue baseless groundless nonsense lies lie fabricated fabrication unfounded absurd inaccurate incorrect misleading disinformation misinformation fiction fantasy rubbish bogus erroneous spurious concocted untruthful'.split(' '),
);

/** Epistemic hedges: the speaker does not assert the content as fact. */
export const HEDGES: readonly string[] = [
  'unlikely', 'hard to say', 'difficult to say', 'unclear', 'not clear', 'uncertain', 'might', 'could', 'possibly', 'perhaps',
  'reportedly', 'allegedly', 'too early to', 'too soon to', 'remains to be seen', 'remain to be seen', 'appears to', 'appear to',
  'seems to', 'seem to', 'apparently', 'unconfirmed', 'not sure', 'no guarantee', 'likely', 'expected to',
];

/** Negative particles and determiners. */
export const NEGATORS: ReadonlySet<string> = new Set(
  "not n't no never neither nor none nobody nothing without cannot don't doesn't didn't isn't aren't wasn't weren't won't wouldn't can't couldn't hasn't haven't hadn't shouldn't".split(' '),
);
