/**
 * Sentence frames shared by every kind of event: how anonymous sources, wire credits and on-record
 * denials are worded, and the filler that surrounds the facts (context about the story, and news
 * that has nothing to do with it). `{…}` slots are filled by article.ts.
 */

/** Facts any story can have: its follow-up, the political reaction, the coverage. */
export const GENERIC_FACTS: ReadonlyArray<readonly string[]> = [
  [
    '[Officials|The authorities] [will|are due to] [give|hold] a news conference in {city} on {nextWeekday}.',
    'A news conference [is planned|is scheduled] in {city} [for|on] {nextWeekday}, [officials|the authorities] said.',
  ],
  [
    'The government [said|announced] it would [open|hold] an inquiry into the events of {weekday}.',
    'An inquiry into the events of {weekday} will be [opened|held], the government [said|announced].',
  ],
  [
    'Parliament [will debate|is to debate] the [matter|events] [next week|on {nextWeekday}].',
    '[Lawmakers|Members of parliament] will [debate|discuss] the [events|matter] [next week|on {nextWeekday}].',
  ],
];

/** Wraps a clause (`{claim}`, lower-case start) as coming from unnamed sources. */
export const ANONYMOUS_FRAMES: readonly string[] = [
  'According to [sources familiar with the matter|people familiar with the investigation|two officials who spoke on condition of anonymity], {claim}.',
  '[Sources|Two people familiar with the matter|A senior official who asked not to be named] told {outlet} that {claim}.',
  '{claim}, [sources said|according to people familiar with the matter|an official who was not authorised to speak publicly said].',
  '[Unnamed officials|Sources close to the case] [claimed|alleged] that {claim}.',
];

/** The frame for a clause that starts with a name and so cannot follow "that". */
export const ANONYMOUS_LEADING_FRAME = '{claim}, [sources said|according to people familiar with the matter|an official who was not authorised to speak publicly said].';

/** On-record denials by `{denier}` of `{subject}` (a noun phrase). */
export const DENIAL_FRAMES: readonly string[] = [
  '{denier} denied any knowledge of {subject}.',
  '{denier} [called the reports fake|dismissed the reports as “nonsense”|rejected the reports as “completely false”].',
  '“There is no truth [in|to] these reports,” {denier} said.',
  '{denier} [flatly |]denied [the reports|the claims] [in a statement|on {nextWeekday}|].',
  '{denier} [said|told reporters] {denier.he} had “never heard of” {subject}.',
];

/** Short follow-ups after a quote, with a pronoun for the speaker. */
export const QUOTE_FOLLOW_UPS: readonly string[] = [
  '{speaker.He} did not take questions.',
  '{speaker.He} declined to give further details.',
  '{speaker.He} [spoke|was speaking] to reporters [outside the building|after a meeting with officials].',
];

/** Context sentences about the story that do not state one of its facts. */
export const CONTEXT_FILLER: readonly string[] = [
  'Residents [said they were|described themselves as] [shocked|stunned] by [the news|what happened].',
  '[Local|Regional] [media|television] [showed|broadcast] images of [the scene|the aftermath].',
  'It is not [immediately |]clear [what happens next|when more details will be released].',
  '[Officials|Authorities] [promised|pledged] to [give|release] more details [on {nextWeekday}|later in the week].',
  '[Opposition politicians|Critics] [called for|demanded] [answers|a full inquiry].',
  '[Social media|Online forums] [filled with|were full of] [messages of support|questions from worried residents].',
  'The [city council|regional assembly] [is due to|will] [meet|discuss the matter] on {nextWeekday}.',
  '[Reporters|Our correspondent] in {city} [saw|described] [long queues|crowds] outside [the main government building|city hall].',
  'This story [is developing|is still developing][ and will be updated|].',
];

/** Sentences unrelated to the story (other news, listings), with their own random slots. */
export const UNRELATED_FILLER: readonly string[] = [
  'Separately, shares in {anyCompany} [rose|fell] {pct} on {anyWeekday} after the company [reported|published] quarterly results.',
  '[Forecasters expect|The weather service expects|Forecasters predict] temperatures of up to {temp} degrees in {anyCity} [this weekend|over the weekend].',
  'In football, {anyCity} FC [beat|lost to] {anyCity2} United {goals} on {anyWeekday}.',
  'The {anyCity} film festival [opens|begins] next week with {small} premieres.',
  'A new exhibition of [Baroque paintings|contemporary photography|medieval maps|Art Deco posters] opens at the {anyWord} Museum on {anyWeekday}.',
  'Fuel prices [rose|fell] for the [second|third|fifth] week in a row, an industry group said.',
  'The central bank [left interest rates unchanged|raised its key rate by a quarter point|cut its key rate by a quarter point] on {anyWeekday}.',
  'Road works on the {anyWord} ring road [will continue|are expected to last] until the end of the month.',
  'Registration for the {anyCity} marathon [opened|closed] on {anyWeekday}.',
  'The {anyCity} zoo [welcomed|announced the birth of] [a baby giraffe|two snow leopard cubs|a red panda] [last week|this month].',
  '{anyPerson}, [a novelist|a composer|a chef|an architect] from {anyCity}, [won|was awarded] the {anyWord} Prize on {anyWeekday}.',
  'Tickets for the {anyWord} music festival [sold out|went on sale] [within hours|on {anyWeekday}].',
  'A [ferry|bus] service between {anyCity} and {anyCity2} [will resume|resumes] next month after repairs.',
  'The {anyWord} library [reopened|will reopen] after a renovation that took {small} months.',
  '[Scientists|Researchers] at the University of {anyCity} [published|presented] a study on [sleep|coastal erosion|bee populations|urban heat].',
  'Dr. {anyLast}, who led the study, said the results were [promising|surprising].',
  'Police in {anyCity} [are looking for|asked the public to help find] a [stolen|missing] [vintage car|painting|racing pigeon].',
  'The {anyWord} ballet company [announced|unveiled] its programme for next season on {anyWeekday}.',
];
