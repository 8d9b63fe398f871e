/**
 * Speech and reporting verbs ("said", "told", "denied", "described ... as") with the form of each
 * spelling, so attribution can tell a finite cue ("Ushakov said") from an infinitive ("hard to say").
 * The verbs are the verbs of saying and reporting of English grammars (Quirk et al., "reporting
 * verbs"; WordNet's verb.communication), inflected regularly.
 */

/** How a cue word is inflected; only finite forms take a subject on their own. */
export type CueForm = 'finite' | 'base' | 'participle';

/** A speech verb spelling: its lemma and form. */
export interface CueWord {
  lemma: string;
  form: CueForm;
}

/** Lemma, then finite forms, then the -ing participle; `_` separates the groups. */
const VERBS = `
say says said _ saying
tell tells told _ telling
add adds added _ adding
stress stresses stressed _ stressing
note notes noted _ noting
write writes wrote _ writing
deny denies denied _ denying
refute refutes refuted _ refuting
rebut rebuts rebutted _ rebutting
describe describes described _ describing
call calls called _ calling
acknowledge acknowledges acknowledged _ acknowledging
emphasize emphasizes emphasized emphasises emphasised _ emphasizing emphasising
announce announces announced _ announcing
warn warns warned _ warning
insist insists insisted _ insisting
confirm confirms confirmed _ confirming
claim claims claimed _ claiming
explain explains explained _ explaining
argue argues argued _ arguing
state states stated _ stating
declare declares declared _ declaring
reiterate reiterates reiterated _ reiterating
admit admits admitted _ admitting
suggest suggests suggested _ suggesting
indicate indicates indicated _ indicating
assert asserts asserted _ asserting
reply replies replied _ replying
respond responds responded _ responding
comment comments commented _ commenting
remark remarks remarked _ remarking
urge urges urged _ urging
hint hints hinted _ hinting
tweet tweets tweeted _ tweeting
caution cautions cautioned _ cautioning
concede concedes conceded _ conceding
vow vows vowed _ vowing
pledge pledges pledged _ pledging
promise promises promised _ promising
assure assures assured _ assuring
threaten threatens threatened _ threatening
mention mentions mentioned _ mentioning
observe observes observed _ observing
predict predicts predicted _ predicting
reveal reveals revealed _ revealing
disclose discloses disclosed _ disclosing
report reports reported _ reporting
reject rejects rejected _ rejecting
dismiss dismisses dismissed _ dismissing
criticize criticizes criticized criticises criticised _ criticizing criticising
recall recalls recalled _ recalling
complain complains complained _ complaining
estimate estimates estimated _ estimating
maintain maintains maintained _ maintaining
`;

/** Every spelling of a speech verb, lower case. */
export const CUE_WORDS: ReadonlyMap<string, CueWord> = (() => {
  const map = new Map<string, CueWord>();
  for (const line of VERBS.trim().split('\n')) {
    const [finite = '', participle = ''] = line.split('_');
    const words = finite.trim().split(/\s+/);
    const lemma = words[0] ?? '';
    words.forEach((word, i) => map.set(word, { lemma, form: i === 0 ? 'base' : 'finite' }));
    for (const word of participle.trim().split(/\s+/)) map.set(word, { lemma, form: 'participle' });
  }
  return map;
})();

/**
 * Verbs that give a figure only in the construction "V the number at N" ("police put the number at
 * 81,000", "officials placed the toll at 40"): reporting verbs there, and nowhere else ("put pressure
 * on"), so they are not speech verbs and stay matching terms. Spelling to lemma.
 */
export const FIGURE_AT_VERBS: ReadonlyMap<string, string> = new Map([
  ['put', 'put'], ['puts', 'put'], ['place', 'place'], ['places', 'place'], ['placed', 'place'], ['peg', 'peg'], ['pegs', 'peg'], ['pegged', 'peg'],
]);

/** Cues that need more than the verb: "called" only with a quote, "for" or a verdict word after it. */
export const CONDITIONAL_CUES: ReadonlySet<string> = new Set(['call', 'maintain', 'state', 'report', 'note', 'estimate']);

/** Words that may stand between a subject and its cue verb: "Rubio also said", "had earlier reported". */
export const CUE_FILLERS: ReadonlySet<string> = new Set(
  (
    'also later previously earlier then further again reportedly once repeatedly separately recently ' +
    'publicly privately first initially subsequently has have had was is were are will would has had ' +
    'already himself herself itself themselves quickly swiftly flatly categorically firmly strongly ' +
    'openly bluntly briefly only just last yesterday today since had'
  ).split(' '),
);

/** Heads of unnamed-source phrases: "diplomatic sources", "officials said", "a source close to". */
export const ANONYMOUS_HEADS: ReadonlySet<string> = new Set(
  (
    'source sources official officials diplomat diplomats insider insiders people person aide aides ' +
    'observers analysts experts witnesses residents staffers employees lawmakers negotiators authorities'
  ).split(' '),
);

/** Speech verbs so common that they say nothing about what is claimed: never matching terms. */
export const PLAIN_CUES: ReadonlySet<string> = new Set(['said', 'says', 'say', 'saying', 'told', 'tell', 'tells', 'telling', 'added', 'adding', 'adds', 'according']);
