/**
 * A small lexicon of newsroom paraphrases: verbs and nouns that reports of one event use
 * interchangeably ("headed" / "led" / "represented", "were present" / "attended" / "participation",
 * "decision" / "decide", "halted" / "suspended"). Each group folds to one matching term, so two
 * reports that name the same fact in different words still share it.
 *
 * Only general English of news reporting belongs here, never words of a particular story. A word
 * that is ambiguous in a way that would join unrelated facts stays out ("including" is mostly a
 * preposition; "declined" mostly means "refused to"; "mission" is not always an embassy).
 */
import { termOf } from '../03-annotate/terms.ts';

/** Groups of interchangeable words; the first word names the group. Inflections are listed so that every stem is covered. */
const GROUPS: readonly string[] = [
  // Who led or made up a side.
  'lead led leads leading head headed heads heading represent represented representing represents chair chaired chairs chairing',
  // Who took part.
  'attend attended attending attends attendance present participate participated participates participating participation participant participants',
  'decide decided decides deciding decision decisions',
  'begin began begun begins beginning start started starts starting launch launched launches launching commence commenced',
  'end ended ends ending finish finished finishes conclude concluded concludes concluding',
  'halt halted halts halting suspend suspended suspends suspension stop stopped stops stopping pause paused freeze froze frozen',
  'restore restored restores restoring restoration resume resumed resumes resuming resumption reestablish reestablished reinstate reinstated revive revived reopen reopened',
  'quick quickly swift swiftly rapid rapidly fast speedy promptly',
  'approve approved approves approving approval endorse endorsed endorses endorsement authorize authorized authorise authorised ratify ratified ratification',
  'injure injured injures injury injuries hurt wound wounded wounding',
  'kill killed killing kills dead death deaths die died dying fatality fatalities',
  'fault faults faulty defect defects defective flaw flaws flawed malfunction malfunctions',
  'talks talk meeting meetings discussion discussions conversation conversations',
  'agreement agreements deal deals accord accords pact pacts treaty treaties',
  'increase increased increases increasing rise rose risen rises rising raise raised raises raising grow grew grown grows climb climbed climbs jump jumped surge surged soar soared',
  'decrease decreased decreases decreasing fall fell fallen falls falling drop dropped drops dropping plunge plunged slump slumped shrink shrank',
  'investigation investigations investigate investigated investigating probe probes inquiry inquiries enquiry',
  'arrest arrested arrests detain detained detains detention',
  'plan plans planned proposal proposals propose proposed proposes scheme schemes blueprint',
  'delegation delegations team teams',
  'criticize criticized criticizes criticise criticised criticism condemn condemned condemns denounce denounced',
  'resign resigned resigns resignation quit quits',
  'pay paid pays paying payment payments',
];

/** Two-term phrases that mean one group's word: "took part" is "participated". */
const PHRASES: ReadonlyArray<[string, string, string]> = [
  ['take', 'part', 'attend'],
  ['took', 'part', 'attend'],
  ['taken', 'part', 'attend'],
  ['taking', 'part', 'attend'],
];

function build(): { canonical: Map<string, string>; phrases: Map<string, Map<string, string>> } {
  const canonical = new Map<string, string>();
  for (const group of GROUPS) {
    const words = group.split(' ');
    const head = termOf(words[0] ?? '') ?? '';
    for (const word of words) {
      const term = termOf(word);
      if (term !== null && !canonical.has(term)) canonical.set(term, head);
    }
  }
  const phrases = new Map<string, Map<string, string>>();
  for (const [first, second, meaning] of PHRASES) {
    const a = termOf(first);
    const b = termOf(second);
    const m = canonical.get(termOf(meaning) ?? '') ?? termOf(meaning);
    if (a === null || b === null || m === null) continue;
    const inner = phrases.get(a) ?? new Map<string, string>();
    inner.set(b, m);
    phrases.set(a, inner);
  }
  return { canonical, phrases };
}

const LEXICON = build();

/**
 * The matching terms of role and participation frames: who led, represented, attended or made up
 * a side. Two sentences that name the same people in such a frame report one fact even when that
 * frame word is all they share ("the union side was led by A and B" / "representing the workers
 * were A and B"); two sentences that name the same people with another shared word ("A and B
 * arrived at the courthouse" / "A and B left the courthouse") need more.
 */
export const ROLE_TERMS: ReadonlySet<string> = new Set(['lead', 'attend', 'delegation'].map((word) => canonicalTerm(termOf(word) ?? word)));

/** The matching term of a stage-3 term: its paraphrase group's head, or the term itself. */
export function canonicalTerm(term: string): string {
  return LEXICON.canonical.get(term) ?? term;
}

/** A clause's terms with paraphrases folded: each term to its group's head, "take part" to one term. */
export function canonicalTerms(terms: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] as string;
    const phrase = LEXICON.phrases.get(term)?.get(terms[i + 1] ?? '');
    if (phrase !== undefined) {
      out.push(phrase);
      i++;
      continue;
    }
    out.push(LEXICON.canonical.get(term) ?? term);
  }
  return out;
}
