/**
 * Writes one article of a planned story as Markdown paragraphs: a lead, facts in the outlet's own
 * words, the numbers it reports, quotes (reworded, sometimes credited to a wire), the rumour and its
 * denial when the plan says so, context and unrelated filler. A reprint copies its wire article
 * almost verbatim. Every sentence is tagged, so the manifest can count what the corpus contains.
 */
import type { QuantitySpec } from './events.ts';
import { CITIES, COMPANY_SUFFIXES, FIRST_NAMES, LAST_NAMES, NAME_WORDS, WEEKDAYS, type Name } from './names.ts';
import { ANONYMOUS_FRAMES, ANONYMOUS_LEADING_FRAME, CONTEXT_FILLER, DENIAL_FRAMES, GENERIC_FACTS, QUOTE_FOLLOW_UPS, UNRELATED_FILLER } from './phrases.ts';
import { noDigitStart, quantityPhrase } from './quantities.ts';
import { seedFrom, type Rng } from './random.ts';
import { pronoun, type ArticlePlan, type Person, type StoryPlan } from './story.ts';
import { render } from './template.ts';

/** What a sentence is, for the manifest. A sentence may carry several tags. */
export type Tag =
  | 'lead'
  | 'fact'
  | 'quantity'
  | 'quantityConflict'
  | 'quote'
  | 'quoteReworded'
  | 'anonymous'
  | 'rumour'
  | 'denial'
  | 'wire'
  | 'background'
  | 'filler';

/** A sentence and what it is. */
export interface TaggedSentence {
  text: string;
  tags: Tag[];
  /** Key of the quantity the sentence reports, if any. */
  quantity?: string;
}

/** A paragraph: sentences that are printed together. */
type Paragraph = TaggedSentence[];

/** An article ready to be written to disk. */
export interface WrittenArticle {
  plan: ArticlePlan;
  title: string;
  author: string | null;
  url: string;
  paragraphs: Paragraph[];
}

const MIN_SENTENCES = 15;
const MAX_SENTENCES = 30;

/** Words that may be lower-cased when a sentence is embedded after "X reported that". */
const LOWERABLE = /^(The|A|An|On|In|At|After|Before|Several|Many|Some|Thousands|Hundreds|Tens|Residents|Officials|Authorities|Investigators|Firefighters|Crews|Rescuers|Divers|Soldiers|Army|Production|Power|Traffic|Trade|Tariffs|Duties|Shares|Unions|Business|Names|Customers|Patients|Visits|Planned|Voters|Final|Bus|Commuters|Schools|Drivers|Workers|Health|Prosecutors|Competition|Vehicles|Whether|Overnight|Through|Fearing|For|Late|During|Throughout|Emergency|Among|Neighbouring|Neither|No|Another|Every|All|Our|It|Heavy|Torrential|Defence|Supporters|Local|People|Police|Hackers|Inspectors|Early|Initial|Turnout)\b/;

/** Lower-cases the first word when it is a common word (never a name). */
function lowerFirst(text: string): string | null {
  return LOWERABLE.test(text) ? text[0]?.toLowerCase() + text.slice(1) : null;
}

/** Swaps two neighbouring letters inside a word: "Haddad" → "Hadadd". */
function typo(word: string, rng: Rng): string {
  if (word.length < 5 || /\s/.test(word)) return word;
  const i = rng.int(1, word.length - 3);
  const [a, b] = [word[i], word[i + 1]];
  if (a === undefined || b === undefined || a === b) return word;
  return word.slice(0, i) + b + a + word.slice(i + 2);
}

/** Writes the article for `plan`; `wire` is the written wire article a reprint copies. */
export function writeArticle(story: StoryPlan, plan: ArticlePlan, rng: Rng, wire: WrittenArticle | null): WrittenArticle {
  const writer = new ArticleWriter(story, plan, rng);
  const title = plan.role === 'reprint' && wire && rng.chance(0.5) ? wire.title : writer.render(rng.pick(story.kind.titles), {}, 'fragment');
  const paragraphs = plan.role === 'reprint' && wire ? writer.reprint(wire) : writer.compose();
  const author = plan.role === 'original' && rng.chance(0.7) ? `${rng.pick(rng.pick([FIRST_NAMES.he, FIRST_NAMES.she]))[0]} ${rng.pick(LAST_NAMES)[0]}` : null;
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return { plan, title, author, url: `${plan.outlet.url}${plan.published.replace(/-/g, '/')}/${slug}/`, paragraphs };
}

/** Renders the Markdown body: paragraphs separated by blank lines. */
export function articleBody(article: WrittenArticle): string {
  return `${article.paragraphs.map((paragraph) => paragraph.map((sentence) => sentence.text).join(' ')).join('\n\n')}\n`;
}

/** Holds one article's state: who has been named already, the outlet's style, its random stream. */
class ArticleWriter {
  private readonly mentioned = new Set<string>();
  private speaker = '';

  constructor(
    private readonly story: StoryPlan,
    private readonly plan: ArticlePlan,
    private readonly rng: Rng,
  ) {}

  /** Renders a template with this article's slots. */
  render(template: string, extra: Record<string, string> = {}, kind: 'sentence' | 'fragment' = 'sentence'): string {
    return render(template, this.rng, (name) => extra[name] ?? this.slot(name), kind).replace(/,([.,;:!?])/g, '$1');
  }

  private get open(): string {
    return this.plan.outlet.straightQuotes ? '"' : '“';
  }

  private get close(): string {
    return this.plan.outlet.straightQuotes ? '"' : '”';
  }

  private slot(name: string): string {
    const fixed = this.story.slots[name];
    if (fixed !== undefined) return fixed;
    const [rawRole = '', field] = name.split('.');
    const role = rawRole === 'denier' ? this.story.kind.rumour.denier : rawRole === 'speaker' ? this.speaker : rawRole;
    const person = this.story.people.get(role);
    if (person) return this.person(person, field);
    const random = this.randomSlot(name);
    if (random !== null) return random;
    throw new Error(`generator: unknown slot {${name}}`);
  }

  /** A person mention: full with title or description the first time, the surname afterwards. */
  private person(person: Person, field: string | undefined): string {
    const first = this.variant(person.first);
    const last = this.variant(person.last);
    if (field === 'full') {
      this.mentioned.add(person.role);
      return `${first} ${last}`;
    }
    if (field === 'last') return this.surname(person, last, false);
    if (field === 'title') return person.title;
    if (field !== undefined) return pronoun(person, field);
    if (!this.mentioned.has(person.role)) {
      this.mentioned.add(person.role);
      return this.rng.chance(0.5) ? `${person.title} ${first} ${last}` : `${first} ${last}, ${person.desc},`;
    }
    return this.surname(person, last, true);
  }

  private surname(person: Person, last: string, honorific: boolean): string {
    // Wire copy is edited with care; other outlets now and then misspell a name.
    const spelled = this.plan.role === 'original' && this.rng.chance(0.03) ? typo(last, this.rng) : last;
    if (honorific && this.plan.outlet.honorifics) return `${person.pronoun === 'he' ? 'Mr' : 'Ms'} ${spelled}`;
    return spelled;
  }

  /** The spelling of a name this outlet uses (each outlet sticks to one transliteration). */
  private variant(name: Name): string {
    if (name.length === 1) return name[0];
    const roll = seedFrom(`${this.plan.outlet.id}|${name[0]}`) % (name.length * 2);
    return name[roll < name.length ? roll : 0] ?? name[0];
  }

  /** Slots filled at random for filler: other cities, companies, people. */
  private randomSlot(name: string): string | null {
    const rng = this.rng;
    switch (name) {
      case 'anyCity':
      case 'anyCity2':
        return rng.pick(CITIES)[0];
      case 'anyCompany':
        return `${rng.pick(NAME_WORDS)} ${rng.pick(COMPANY_SUFFIXES)}`;
      case 'anyWord':
        return rng.pick(NAME_WORDS);
      case 'anyWeekday':
        return rng.pick(WEEKDAYS);
      case 'anyPerson':
        return `${rng.pick(rng.pick([FIRST_NAMES.he, FIRST_NAMES.she]))[0]} ${rng.pick(LAST_NAMES)[0]}`;
      case 'anyLast':
        return rng.pick(LAST_NAMES)[0];
      case 'pct':
        return `${rng.int(1, 9)}.${rng.int(0, 9)} percent`;
      case 'temp':
        return String(rng.int(14, 38));
      case 'goals':
        return `${rng.int(0, 4)}-${rng.int(0, 3)}`;
      case 'small':
        return String(rng.int(5, 30));
      case 'outlet':
        return this.plan.outlet.name;
      default:
        return null;
    }
  }

  /** The whole article: lead, body, rumour and denial, background, filler. */
  compose(): Paragraph[] {
    const rng = this.rng;
    const kind = this.story.kind;
    const wireName = this.plan.role === 'wire' ? this.plan.outlet.name : null;
    const lead = this.sentence(rng.pick(kind.facts[0] ?? []), ['lead', 'fact']);
    if (wireName) lead.text = `${this.story.slots.city?.toUpperCase()} (${wireName}) — ${lead.text}`;

    const body: Paragraph[] = [];
    const factCount = rng.int(3, Math.max(3, kind.facts.length - 1));
    const facts = [...rng.sample(kind.facts.slice(1), factCount), ...GENERIC_FACTS.filter(() => rng.chance(0.35))];
    for (const fact of facts) {
      const sentence = this.sentence(rng.pick(fact), ['fact']);
      body.push([rng.chance(0.12) ? this.anonymous(sentence) : this.credit(sentence)]);
    }
    const reported = this.story.quantities.filter(() => rng.chance(0.75));
    if (reported.length === 0 && this.story.quantities[0]) reported.push(this.story.quantities[0]);
    for (const quantity of reported) body.push([this.credit(this.quantity(quantity.spec, quantity.truth))]);
    const quoteCount = rng.int(2, Math.min(3, kind.quotes.length));
    for (const index of rng.sample([...kind.quotes.keys()], quoteCount)) body.push(this.quote(index));

    const ordered = rng.shuffle(body);
    const late: Paragraph[] = [];
    if (this.plan.rumour) late.push([this.rumour()]);
    if (this.plan.denial) late.push(this.denial());
    // The rumour and the denial come in the second half, as in most reports.
    const cut = Math.ceil(ordered.length / 2);
    const paragraphs: Paragraph[] = [[lead], ...merge(ordered.slice(0, cut), rng), ...late, ...merge(ordered.slice(cut), rng)];
    for (const background of kind.backgrounds) {
      if (rng.chance(0.5)) paragraphs.push([this.sentence(background, ['background'])]);
    }
    return this.fit(paragraphs);
  }

  /** Pads with filler or drops facts until the article has 15-30 sentences. */
  private fit(paragraphs: Paragraph[]): Paragraph[] {
    const rng = this.rng;
    // Most articles are short: 15-30 sentences, median about 20.
    const target = MIN_SENTENCES + Math.floor((MAX_SENTENCES - MIN_SENTENCES + 1) * rng.next() ** 1.5);
    const count = (): number => paragraphs.reduce((sum, paragraph) => sum + sentenceCount(paragraph), 0);
    while (count() > MAX_SENTENCES) {
      const index = paragraphs.findLastIndex((paragraph, i) => i > 0 && paragraph.every((s) => s.tags.includes('fact') || s.tags.includes('quantity')));
      if (index === -1) break;
      paragraphs.splice(index, 1);
    }
    let missing = Math.max(0, target - count());
    // Context about the story first (about half), then news that has nothing to do with it.
    const context = rng.sample(CONTEXT_FILLER, Math.ceil(missing / 2));
    for (const template of context) {
      paragraphs.splice(rng.int(Math.ceil(paragraphs.length / 2), paragraphs.length), 0, [this.sentence(template, ['filler'])]);
    }
    missing -= context.length;
    let separate: Paragraph = [];
    for (const template of rng.sample(UNRELATED_FILLER, missing)) {
      separate.push(this.sentence(template, ['filler']));
      if (separate.length >= rng.int(2, 4)) {
        paragraphs.push(separate);
        separate = [];
      }
    }
    if (separate.length > 0) paragraphs.push(separate);
    return paragraphs;
  }

  /** A near-verbatim copy of a wire article: a paragraph or two dropped, a credit line added. */
  reprint(wire: WrittenArticle): Paragraph[] {
    const rng = this.rng;
    const paragraphs = wire.paragraphs.map((paragraph) => paragraph.map((sentence) => ({ ...sentence, tags: [...sentence.tags] })));
    const count = (): number => paragraphs.reduce((sum, paragraph) => sum + sentenceCount(paragraph), 0);
    const drops = rng.int(0, 2);
    for (let i = 0; i < drops; i++) {
      const at = rng.int(1, paragraphs.length - 1);
      // Keep room for the credit line inside 15-30 sentences.
      if (count() - sentenceCount(paragraphs[at] ?? []) + 1 >= MIN_SENTENCES) paragraphs.splice(at, 1);
    }
    const wireName = wire.plan.outlet.name;
    const credit: TaggedSentence = {
      text: rng.pick([`This report was provided by ${wireName}.`, `(Reporting by ${wireName})`, `Copyright ${wireName}.`]),
      tags: ['filler'],
    };
    if (count() >= MAX_SENTENCES) paragraphs.pop();
    paragraphs.push([credit]);
    return paragraphs;
  }

  private sentence(template: string, tags: Tag[]): TaggedSentence {
    return { text: this.render(template), tags };
  }

  /** Now and then credits a sentence to the wire the article leans on. */
  private credit(sentence: TaggedSentence): TaggedSentence {
    const wire = this.plan.citesWire;
    if (!wire || !this.rng.chance(0.4) || !sentence.text.endsWith('.')) return sentence;
    const stem = sentence.text.slice(0, -1);
    const lowered = lowerFirst(sentence.text);
    const form = this.rng.int(0, 2);
    const text =
      form === 0 && lowered ? `${wire.name} reported that ${lowered}` : form === 1 ? `${stem}, ${wire.name} reported.` : `${stem}, according to ${wire.name}.`;
    return { ...sentence, text, tags: [...sentence.tags, 'wire'] };
  }

  /** Attributes a sentence to unnamed sources. */
  private anonymous(sentence: TaggedSentence): TaggedSentence {
    const lowered = lowerFirst(sentence.text);
    // A sentence that starts with a name can only lead the frame ("X, sources said.").
    const frame = lowered ? this.rng.pick(ANONYMOUS_FRAMES) : ANONYMOUS_LEADING_FRAME;
    const claim = (lowered ?? sentence.text).replace(/\.$/, '');
    return { ...sentence, text: this.render(frame, { claim }), tags: [...sentence.tags, 'anonymous'] };
  }

  /** A sentence stating a quantity with this article's value for it. */
  private quantity(spec: QuantitySpec, truth: number): TaggedSentence {
    const report = this.plan.reports.get(spec.key) ?? { value: truth, qualifier: 'exact' as const };
    const template = this.rng.pick(spec.templates);
    const phrase = quantityPhrase(spec.unit, report, this.rng, template.includes('{nAdj}'));
    const text = noDigitStart(this.render(template, { n: phrase, nAdj: phrase }));
    return { text, tags: report.value === truth ? ['quantity'] : ['quantity', 'quantityConflict'], quantity: spec.key };
  }

  /** A quote paragraph: the quote with its attribution, sometimes a pronoun follow-up. */
  private quote(index: number): Paragraph {
    const rng = this.rng;
    const spec = this.story.kind.quotes[index];
    if (!spec) return [];
    this.speaker = spec.speaker;
    const variant = this.plan.quoteVariants[index] ?? 0;
    const words = this.render(spec.variants[variant] ?? spec.variants[0] ?? '');
    const tags: Tag[] = variant === 0 ? ['quote'] : ['quote', 'quoteReworded'];
    const [o, c] = [this.open, this.close];
    const wire = this.plan.citesWire;
    let frame: string;
    if (wire && rng.chance(0.4)) {
      tags.push('wire');
      frame = rng.pick([
        `${o}{words},${c} {speaker} told {wire}.`,
        `${o}{words},${c} {speaker} said, according to {wire}.`,
        `${o}{words},${c} {speaker} said, quoted by {wire}.`,
      ]);
    } else {
      frame = rng.pick([
        `${o}{words},${c} {speaker} said.`,
        `${o}{words},${c} said {speaker}.`,
        `{speaker} said: ${o}{words}.${c}`,
        `${o}{words},${c} {speaker} [told reporters|said in a statement|said at a news conference|wrote on social media].`,
        `${o}{words},${c} {speaker} told {outlet}.`,
      ]);
    }
    const paragraph: Paragraph = [{ text: this.render(frame, { words, wire: wire?.name ?? '' }), tags }];
    if (rng.chance(0.25)) paragraph.push(this.sentence(rng.pick(QUOTE_FOLLOW_UPS), ['filler']));
    return paragraph;
  }

  /** The rumour, from unnamed sources. */
  private rumour(): TaggedSentence {
    const claim = this.render(this.rng.pick(this.story.kind.rumour.claims), {}, 'fragment');
    return { text: this.render(this.rng.pick(ANONYMOUS_FRAMES), { claim }), tags: ['rumour', 'anonymous'] };
  }

  /** The on-record denial of the rumour (one or two sentences). */
  private denial(): Paragraph {
    const rumour = this.story.kind.rumour;
    const subject = this.render(this.rng.pick(rumour.subjects), {}, 'fragment');
    const frames = this.rng.sample(DENIAL_FRAMES, this.rng.chance(0.3) ? 2 : 1);
    return frames.map((frame) => ({ text: this.render(frame, { subject }), tags: ['denial'] }));
  }
}

/** Number of sentences in a paragraph, counting the sentences inside multi-sentence quotes. */
function sentenceCount(paragraph: Paragraph): number {
  return paragraph.reduce((sum, sentence) => sum + (sentence.text.match(/(?<!\bDr)[.!?][”"]? +[“"]?\p{Lu}/gu) ?? []).length + 1, 0);
}

/** Joins neighbouring one-sentence fact paragraphs into paragraphs of up to three sentences. */
function merge(paragraphs: Paragraph[], rng: Rng): Paragraph[] {
  const out: Paragraph[] = [];
  for (const paragraph of paragraphs) {
    const previous = out.at(-1);
    const isQuote = paragraph.some((sentence) => sentence.tags.includes('quote'));
    const previousIsQuote = previous?.some((sentence) => sentence.tags.includes('quote')) ?? true;
    if (previous && !isQuote && !previousIsQuote && previous.length < 3 && rng.chance(0.6)) previous.push(...paragraph);
    else out.push(paragraph);
  }
  return out;
}

