/**
 * The language layer (src/engine/language): word keys, normal forms (lemma, then Porter stem),
 * matching terms, the stopword set, number words, derivational families, person and event nouns,
 * antonyms and given names. Each row is a phenomenon of English (or of transliteration) with the
 * expected result worked out from the words themselves.
 */
import { describe, expect, test } from 'vitest';
import { english } from '../../../../src/engine/language/index.ts';

const lang = english();
/** The normal form of a word as written (key first, as the stages do). */
const normal = (word: string): string => lang.normal(lang.key(word));
/** The derivational family of a word as written. */
const family = (word: string): string => lang.family(normal(word));

describe('word keys fold what transliteration and typography vary', () => {
  test.each([
    ['dotless ı, ç and ğ (Turkish)', 'Kılıçdaroğlu', 'kilicdaroglu'],
    ['the plain transliteration', 'Kilicdaroglu', 'kilicdaroglu'],
    ['dotted capital İ', 'İstanbul', 'istanbul'],
    ['ł, which Unicode does not decompose (Polish)', 'Łódź', 'lodz'],
    ['đ and ć (Serbian, Croatian)', 'Đorđević', 'dordevic'],
    ['ø (Danish, Norwegian)', 'Søren', 'soren'],
    ['æ and ø', 'Ærø', 'aero'],
    ['œ', 'Œuvre', 'oeuvre'],
    ['ß', 'Straße', 'strasse'],
    ['þ (Icelandic)', 'Þór', 'thor'],
    ['ħ (Maltese)', 'Ħamrun', 'hamrun'],
    ['an accent that decomposes', 'Tomás', 'tomas'],
    ['dots of an acronym', 'U.S.', 'us'],
    ['a curly apostrophe', 'don’t', "don't"],
    ['plain lower case stays as it is', 'talks', 'talks'],
  ])('%s: %s → %s', (_phenomenon, word, key) => {
    expect(lang.key(word)).toBe(key);
  });

  test('a name and its transliteration get one key', () => {
    expect(lang.key('Kılıçdaroğlu')).toBe(lang.key('Kilicdaroglu'));
    expect(lang.key('Łódź')).toBe(lang.key('Lodz'));
  });
});

describe('normal forms: the lemma (irregular forms, regular verb inflections), then the Porter stem', () => {
  test.each([
    ['regular past, third person and participle meet the base', ['died', 'dies', 'dying', 'die']],
    ['an irregular past meets its lemma through the exception list', ['fell', 'fall', 'falls', 'falling']],
    ['a doubled final consonant is undone after -ing and -ed', ['staff', 'staffing', 'staffed', 'staffs']],
    ['doubling in the verb itself', ['stop', 'stopped', 'stopping']],
    ['irregular plurals meet the singular', ['women', 'woman']],
    ['irregular plurals meet the singular (child)', ['children', 'child']],
    ['suppletive past tense', ['went', 'go']],
    ['strong verb', ['ran', 'run', 'running']],
    ['British and American spelling of an inflection', ['cancelled', 'canceled', 'cancelling']],
    ['noun plural', ['discussions', 'discussion']],
    ['a possessive is not part of the word', ["Russia's", 'Russia']],
  ])('%s: %j', (_phenomenon, words) => {
    const forms = new Set(words.map(normal));
    expect(forms.size, `${words.join(', ')} → ${[...forms].join(', ')}`).toBe(1);
  });

  test.each([
    ['fell', 'fall'],
    ['died', 'die'],
    ['women', 'woman'],
    ['went', 'go'],
  ])('%s → %s', (word, lemma) => {
    expect(normal(word)).toBe(lang.normal(lemma));
  });

  test.each([
    ['die', 'dead'],
    ['agree', 'agreement'],
    ['arrest', 'rest'],
    ['win', 'wine'],
  ])('%s and %s stay apart', (a, b) => {
    expect(normal(a)).not.toBe(normal(b));
  });

  test('numbers are left as written', () => {
    expect(lang.normal('4.5')).toBe('4.5');
    expect(lang.normal('1,200')).toBe('1,200');
  });
});

describe('terms and stopwords', () => {
  test.each([
    ['a function word', 'the', null],
    ['a modal', 'would', null],
    ['a contraction', "didn't", null],
    ['a plain speech verb says who, not what', 'said', null],
    ['a plain speech verb, past of tell', 'told', null],
    ['a single letter', 'x', null],
    ['a number word becomes digits', 'four', '4'],
    ['a tens word', 'twenty', '20'],
    ['dozen', 'dozen', '12'],
    ['a scale word', 'million', '1000000'],
    ['a scale abbreviation stays a word', 'bn', 'bn'],
    ['a content word is its normal form', 'embassies', lang.normal('embassy')],
    ['a speech verb with content of its own stays', 'denied', lang.normal('deny')],
  ])('%s: %s → %s', (_phenomenon, word, term) => {
    expect(lang.term(word)).toBe(term);
  });

  test.each(['the', 'and', 'would', 'however', "don't", 'whereas'])('"%s" is a stopword', (word) => {
    expect(lang.isStopword(word)).toBe(true);
    expect(lang.stopwords.has(word)).toBe(true);
  });

  // The Glasgow list holds these; the project's list drops them because in news they carry content.
  test.each(['fire', 'bill', 'system', 'interest', 'said', 'four'])('"%s" is not a stopword', (word) => {
    expect(lang.isStopword(word)).toBe(false);
  });

  test('the lexicon carries the same stopword set as the language', () => {
    expect(lang.lexicon.stopwords).toBe(lang.stopwords);
  });
});

describe('number words', () => {
  test.each([
    ['four', 4],
    ['nineteen', 19],
    ['twenty', 20],
    ['ninety', 90],
    ['dozen', 12],
    ['hundred', 100],
    ['thousand', 1e3],
    ['million', 1e6],
    ['billion', 1e9],
    ['bn', 1e9],
  ])('%s is %d', (word, value) => {
    expect(lang.numberWord(word)).toBe(value);
  });

  test.each(['fourth', 'first', 'once', 'several', 'many'])('"%s" is not a number word', (word) => {
    expect(lang.numberWord(word)).toBeUndefined();
  });
});

describe('derivational families (WordNet) join the words of one event', () => {
  test.each([
    ['dying, death and killing: kill causes die', ['died', 'death', 'killed', 'dies', 'kill']],
    ['injure and injury', ['injured', 'injury', 'injuries']],
  ])('%s', (_phenomenon, words) => {
    const families = new Set(words.map(family));
    expect(families.size, `${words.join(', ')} → ${[...families].join(', ')}`).toBe(1);
  });

  test.each([
    ['killer', 'kill'],
    ['voter', 'vote'],
    ['winner', 'win'],
    ['runner', 'run'],
    ['robber', 'rob'],
  ])('the agent noun "%s" names a person, not the act "%s": they stay apart', (agent, act) => {
    expect(family(agent)).not.toBe(family(act));
  });

  test.each([
    ['death', 'vote'],
    ['injury', 'death'],
    ['arrest', 'kill'],
  ])('%s and %s are different families', (a, b) => {
    expect(family(a)).not.toBe(family(b));
  });

  test('a word outside every family is its own family', () => {
    expect(lang.family('zzyzx')).toBe('zzyzx');
  });
});

describe('nouns that name people and nouns that name events', () => {
  test.each([
    ['protester', true],
    ['passenger', true],
    ['official', true],
    ['worker', true],
    ['resident', true],
    ['person', true],
    ['train', false],
    ['flight', false],
    ['delay', false],
    ['vote', false],
  ])('%s names a kind of person: %s', (word, expected) => {
    expect(lang.isPersonNoun(word)).toBe(expected);
  });

  test.each([
    ['delay', true],
    ['cancellation', true],
    ['death', true],
    ['collision', true],
    ['arrest', true],
    ['train', false],
    ['flight', false],
    ['passenger', false],
  ])('%s is an act or event: %s', (word, expected) => {
    expect(lang.isEventNoun(word)).toBe(expected);
  });

  test('the word lists hold singular nouns: a plural is not looked up', () => {
    expect(lang.isPersonNoun('protesters')).toBe(false);
    expect(lang.isEventNoun('delays')).toBe(false);
  });
});

describe('antonyms (WordNet, frequent senses)', () => {
  test.each([
    ['rise', 'fall', true],
    ['rose', 'fell', true],
    ['win', 'lose', true],
    ['won', 'lost', true],
    ['increase', 'decrease', true],
    ['guilty', 'innocent', true],
    ['accept', 'reject', true],
    ['rise', 'win', false],
    ['fall', 'fall', false],
  ])('%s / %s: %s', (a, b, expected) => {
    expect(lang.areAntonyms(normal(a), normal(b))).toBe(expected);
    expect(lang.areAntonyms(normal(b), normal(a))).toBe(expected);
  });
});

describe('given names (public name lists)', () => {
  test.each([
    ['anna', 'female'],
    ['marta', 'female'],
    ['michael', 'male'],
    ['pavel', 'male'],
    ['rubio', null],
    ['jordan', null],
  ])('%s → %s', (name, gender) => {
    expect(lang.nameGender(name)).toBe(gender);
  });
});

describe('the layer is a value', () => {
  test('two English layers are independent objects that agree', () => {
    const other = english();
    expect(other).not.toBe(lang);
    expect(other.normal('staffing')).toBe(lang.normal('staffing'));
    expect(other.id).toBe('en');
  });
});
