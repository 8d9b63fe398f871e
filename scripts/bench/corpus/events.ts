/**
 * The kinds of news event the generator writes about. Each kind lists who speaks (roles), the facts
 * every outlet reports in its own words (alternatives in `[a|b]`), the numbers outlets may disagree
 * on, quotes with several rewordings each, and a rumour that anonymous sources spread and a named
 * person denies. Template syntax: see template.ts; slots: see story.ts (`{city}`, `{chief}`, ...).
 */

/** A person a story quotes: the title used before the name, and a descriptive phrase used after it. */
export interface RoleSpec {
  /** "Fire Chief" in "Fire Chief Amara Okonkwo". */
  title: string;
  /** "the head of the city's fire brigade" in "Amara Okonkwo, the head of the city's fire brigade,". */
  desc: string;
}

/** How a quantity is written. `count` is a bare number whose noun is in the template. */
export type Unit = 'count' | 'hour' | 'day' | 'year' | 'usd-million' | 'usd-billion' | 'eur-million' | 'percent' | 'km' | 'metre' | 'magnitude' | 'millimetre';

/** A number the story is about; outlets may report different values of it. */
export interface QuantitySpec {
  /** What is counted, for the manifest: "deaths", "duration". */
  key: string;
  unit: Unit;
  min: number;
  max: number;
  /** Values are multiples of this. */
  step: number;
  /** Sentences with `{n}` (the number phrase, qualifier included) or `{nAdj}` ("nine-hour"). */
  templates: readonly string[];
  /** Set when qualifiers such as "more than" make no sense (a magnitude, a vote share). */
  exactOnly?: boolean;
}

/** A quote; the variants are the same words as different outlets report them. */
export interface QuoteSpec {
  speaker: string;
  variants: readonly string[];
}

/** A claim only anonymous sources make, and that a named person denies on record. */
export interface RumourSpec {
  /** Clauses, lower-case start, no final stop: "the plant had ignored repeated safety warnings". */
  claims: readonly string[];
  /** Noun phrases for the denial: "the safety warnings". */
  subjects: readonly string[];
  /** Role key of who denies it. */
  denier: string;
}

/** One kind of event. */
export interface EventKind {
  id: string;
  roles: Readonly<Record<string, RoleSpec>>;
  titles: readonly string[];
  summaries: readonly string[];
  /** Each fact is a list of alternative wordings; the first fact is the lead. */
  facts: ReadonlyArray<readonly string[]>;
  quantities: readonly QuantitySpec[];
  quotes: readonly QuoteSpec[];
  rumour: RumourSpec;
  /** Background sentences with fixed per-story values; outlets repeat them as they are. */
  backgrounds: readonly string[];
}

export const EVENT_KINDS: readonly EventKind[] = [
  {
    id: 'industrial-fire',
    roles: {
      chief: { title: 'Fire Chief', desc: "the head of the city's fire brigade" },
      ceo: { title: '{company} chief executive', desc: 'the chief executive of {company}' },
      mayor: { title: '{city} Mayor', desc: 'the mayor of {city}' },
      minister: { title: 'Labour Minister', desc: "{country}'s labour minister" },
    },
    titles: ['Deadly fire at {company} plant in {city}', 'Blaze at {city} factory kills workers', 'Fire guts {company} factory in {city}'],
    summaries: ['A fire at a {company} factory in {city} killed several workers and forced the evacuation of nearby streets.'],
    facts: [
      [
        '[The fire|The blaze] [broke out|started] at the {company} [plant|factory] in {city} [early on|on] {weekday}[ morning|].',
        'A [fire|blaze] [tore through|swept through|engulfed] a {company} [factory|plant] in {city} on {weekday}.',
        'On {weekday}, [fire|a blaze] [broke out|erupted] at a [plant|factory] run by {company} in {city}.',
      ],
      [
        '[Residents|Hundreds of residents] of [nearby|neighbouring] streets were [evacuated|told to leave their homes] as [thick|black] smoke [spread|drifted] over the city.',
        '[Authorities|Officials] evacuated [nearby|neighbouring] streets as [thick|black] smoke [drifted|spread] over {city}.',
      ],
      [
        'The cause of the fire [is|remains] under investigation.',
        '[Investigators|Officials] [have not yet determined|are still trying to establish] what caused the [fire|blaze].',
      ],
      [
        'The [plant|factory] [makes|produces] [synthetic fabrics|packaging|paint] for [export|European retailers].',
        '{company} uses the [plant|factory] to [make|produce] [synthetic fabrics|packaging|paint] [mainly |]for export.',
      ],
      [
        '{company} [said it had suspended|has halted|suspended] production at [all its sites in {country}|the site] [pending an inspection|until further notice].',
        'Production at [the site|all its sites in {country}] [was halted|has been suspended] until further notice, {company} said.',
      ],
      [
        '{mayor} declared [two days|a day] of mourning [in the city|in {city}].',
        '[A day of mourning was|Two days of mourning were] declared in {city} by {mayor}.',
      ],
      [
        '[Health officials|The health authority] [urged|told] residents to keep [their windows closed|windows shut] [because of the smoke|until the smoke clears].',
      ],
    ],
    quantities: [
      {
        key: 'deaths', unit: 'count', min: 3, max: 38, step: 1,
        templates: ['{n} [workers|people] [were killed|died] in the [fire|blaze].', 'The [fire|blaze] killed {n} [workers|people].', 'The death toll [rose|climbed] to {n}[, officials said|].'],
      },
      {
        key: 'injured', unit: 'count', min: 12, max: 140, step: 1,
        templates: ['{n} [people|others] were [injured|hurt][, some of them seriously|].', '[Another|A further] {n} were taken to hospital with [burns|injuries] and smoke inhalation.'],
      },
      {
        key: 'duration', unit: 'hour', min: 5, max: 19, step: 1,
        templates: ['Firefighters [battled|fought] the [blaze|fire] for {n} before bringing it under control.', 'It took {n} to [bring the fire under control|put out the blaze].', 'Crews brought the fire under control after a {nAdj} [battle|operation].'],
      },
      {
        key: 'firefighters', unit: 'count', min: 60, max: 420, step: 10,
        templates: ['{n} firefighters [were deployed|took part in the operation].', 'The fire brigade [sent|deployed] {n} firefighters to the [scene|site].'],
      },
    ],
    quotes: [
      {
        speaker: 'chief',
        variants: [
          'We are doing everything we can to bring this fire under control',
          'We are doing everything possible to get this fire under control',
          'Our crews are doing everything they can to bring the fire under control',
        ],
      },
      {
        speaker: 'ceo',
        variants: [
          'We are deeply saddened by this tragedy. We are cooperating fully with the investigators',
          'We are deeply saddened by the tragedy and are cooperating fully with investigators',
          'This is a tragedy that saddens us deeply, and we will cooperate fully with the investigation',
        ],
      },
      {
        speaker: 'mayor',
        variants: ['This is a dark day for {city}', 'Today is a dark day for our city', 'It is a very dark day for {city}'],
      },
      {
        speaker: 'minister',
        variants: [
          'Those responsible for any safety failures will be held to account',
          'Anyone responsible for safety failures will be held accountable',
          'If there were safety failures, those responsible will be held to account',
        ],
      },
    ],
    rumour: {
      claims: [
        '{company} had ignored repeated safety warnings about the [plant|factory]',
        'the [plant|factory] had failed a fire safety inspection [last year|months before the blaze]',
        'managers at the [plant|factory] had [been warned|received warnings] about faulty wiring',
      ],
      subjects: ['the safety warnings', 'any warnings about the plant', 'the reported inspection failures'],
      denier: 'ceo',
    },
    backgrounds: [
      '{company} employs [about|some|around] {employees} people in {country}.',
      '{city} is one of the [main|largest] industrial centres of {country}.',
    ],
  },
  {
    id: 'flood',
    roles: {
      governor: { title: 'Governor', desc: 'the governor of the region' },
      meteo: { title: 'Chief Meteorologist', desc: 'the head of the national weather service' },
      minister: { title: 'Interior Minister', desc: "{country}'s interior minister" },
      operator: { title: 'Utility chief', desc: "the head of the utility that runs the region's dams" },
    },
    titles: ['Floods hit {city} after days of heavy rain', 'Deadly flooding in and around {city}', '{city} under water as river bursts its banks'],
    summaries: ['Days of heavy rain flooded {city} and the surrounding region, forcing thousands from their homes.'],
    facts: [
      [
        'The river [burst its banks|overflowed] in {city} on {weekday} after days of [heavy|torrential] rain.',
        'After days of [torrential|heavy] rain, the river [overflowed|burst its banks] in {city} on {weekday}.',
        '[Torrential|Heavy] rain [caused|led] the river to burst its banks in {city} on {weekday}.',
      ],
      [
        '[Soldiers|Army units] were [deployed|sent in] to help [evacuate residents|with the evacuation].',
        'The army [deployed|sent] [soldiers|troops] to help with [evacuations|the evacuation].',
      ],
      [
        '[Schools|All schools] in the region [will remain|remain] closed [until further notice|this week].',
        '[Authorities|Officials] [closed|shut] schools [across|in] the region [until further notice|for the rest of the week].',
      ],
      [
        'The government declared a state of emergency in the region.',
        'A state of emergency was declared [in the region|across the region] by the government.',
      ],
      [
        '[Thousands of homes|Tens of thousands of households] [were left without power|lost electricity].',
        'Power [was cut|went out] to [thousands of homes|tens of thousands of households].',
      ],
      ['[Several|Many] [roads|main roads] [and a railway line|] [were closed|remain closed] [because of the water|by flooding].'],
    ],
    quantities: [
      {
        key: 'deaths', unit: 'count', min: 2, max: 31, step: 1,
        templates: ['{n} people [were killed|have died|died] in the floods.', 'The floods [killed|have killed] {n} people.', 'The death toll from the floods [rose|has risen] to {n}.'],
      },
      {
        key: 'evacuated', unit: 'count', min: 1500, max: 24000, step: 500,
        templates: ['{n} people were [evacuated|forced from their homes].', '[Authorities|Officials] [evacuated|moved] {n} people to [safety|shelters].'],
      },
      {
        key: 'rainfall', unit: 'millimetre', min: 90, max: 320, step: 10,
        templates: ['{n} of rain fell in [two days|48 hours].', 'The region received {n} of rain [in two days|within 48 hours].'],
      },
      {
        key: 'damage', unit: 'eur-million', min: 40, max: 900, step: 10,
        templates: ['[Early|Initial] estimates put the damage at {n}.', 'The damage [is estimated at|could reach] {n}.'],
      },
    ],
    quotes: [
      {
        speaker: 'governor',
        variants: ['This is the worst flooding we have seen in decades', 'We have not seen flooding this bad in decades', 'These are the worst floods in decades'],
      },
      {
        speaker: 'meteo',
        variants: ['More rain is expected over the next two days', 'We expect more rain over the next two days', 'Further rain is forecast for the next two days'],
      },
      {
        speaker: 'minister',
        variants: ['Help is on its way to every family that has lost its home', 'Aid is on the way to every family that lost its home', 'Every family that has lost its home will get help'],
      },
    ],
    rumour: {
      claims: ['dam operators had released water without warning residents downstream', 'the utility opened the dam gates without telling the authorities'],
      subjects: ['any release of water without warning', 'the reported release of water'],
      denier: 'operator',
    },
    backgrounds: ['The region last suffered [major|serious] flooding in {pastYear}.', '{city} [lies|sits] on the banks of the river, [about|some] {distance} kilometres from the sea.'],
  },
  {
    id: 'trade-talks',
    roles: {
      ministerA: { title: '{country} Trade Minister', desc: "{country}'s trade minister" },
      ministerB: { title: '{countryB} Trade Minister', desc: "{countryB}'s trade minister" },
      spokes: { title: 'ministry spokesperson', desc: "a spokesperson for {countryB}'s trade ministry" },
      analyst: { title: 'analyst', desc: 'an analyst at {bank}' },
    },
    titles: ['{country} and {countryB} hold trade talks in {city}', 'Trade talks between {country} and {countryB} end in {city}', '{country}, {countryB} agree to cut tariffs'],
    summaries: ['Trade ministers of {country} and {countryB} met in {city} and agreed to cut tariffs on a range of goods.'],
    facts: [
      [
        'Trade ministers from {country} and {countryB} met in {city} on {weekday} [for talks on tariffs|to discuss tariffs].',
        '{country} and {countryB} held [trade talks|talks on trade] in {city} on {weekday}.',
        'On {weekday}, [the trade ministers of|ministers from] {country} and {countryB} [met|sat down] in {city} [to discuss trade|for trade talks].',
      ],
      [
        'The two sides agreed to [cut|lower] tariffs on [farm goods and machinery|steel and cars|electronics and textiles].',
        '[Tariffs|Duties] on [farm goods and machinery|steel and cars|electronics and textiles] will be [cut|lowered], the two sides agreed.',
      ],
      [
        'A [follow-up|second] round of talks is planned [for next month|in {cityB}].',
        'The ministers [plan|agreed] to meet again [next month|in {cityB}].',
      ],
      [
        'The talks were the first [at this level|between the two ministers] since [a dispute over|the row over] fishing rights.',
        'It was the first meeting [at this level|of the two ministers] since the [dispute|row] over fishing rights.',
      ],
      ['Business groups [in both countries|on both sides] [welcomed|praised] the [outcome|agreement].'],
      ['[Neither side|No one] [gave|released] [details|a timetable] for [when the cuts would take effect|the tariff cuts].'],
    ],
    quantities: [
      {
        key: 'duration', unit: 'hour', min: 2, max: 9, step: 0.5,
        templates: ['The talks lasted {n}.', 'After {n} of talks, the ministers [appeared|spoke] before reporters.', 'The ministers emerged from a {nAdj} meeting [on {weekday} evening|late on {weekday}].'],
      },
      {
        key: 'tariff-cut', unit: 'percent', min: 5, max: 40, step: 5,
        templates: ['Tariffs will [fall|be cut] by {n}.', 'The deal [cuts|lowers] duties by {n}.'],
      },
      {
        key: 'trade-value', unit: 'usd-billion', min: 3, max: 60, step: 1,
        templates: ['Trade between the two countries [is worth|was worth] {n} [a year|last year].', 'The two countries [trade|traded] goods worth {n} [a year|last year].'],
      },
      {
        key: 'points', unit: 'count', min: 5, max: 12, step: 1, exactOnly: true,
        templates: ['The ministers [signed|agreed on] a {n}-point [plan|roadmap].', 'A {n}-point [roadmap|plan] was [agreed|signed].'],
      },
    ],
    quotes: [
      {
        speaker: 'ministerA',
        variants: ['This is a good day for farmers and factories in both our countries', 'It is a good day for farmers and factories in both countries', 'Today is a good day for our farmers and our factories'],
      },
      {
        speaker: 'ministerB',
        variants: [
          'We have taken a first step, but there is still a long way to go',
          'This is a first step, and there is still a long way to go',
          'We took a first step. There is still a long road ahead',
        ],
      },
      {
        speaker: 'analyst',
        variants: ['The cuts are smaller than markets had hoped', 'The tariff cuts fall short of what markets hoped for', 'Markets had hoped for bigger cuts'],
      },
    ],
    rumour: {
      claims: ['{countryB} had [secretly|quietly] agreed to buy [fighter jets|grain|gas] from {country} as part of the deal', 'the two sides signed a secret side agreement on fishing quotas'],
      subjects: ['a secret side agreement', 'any side deal', 'the reported secret agreement'],
      denier: 'spokes',
    },
    backgrounds: ['{country} is {countryB}\'s [third|fourth|fifth]-largest trading partner.', 'The two countries signed their last trade agreement in {pastYear}.'],
  },
  {
    id: 'transit-strike',
    roles: {
      union: { title: 'union leader', desc: 'the leader of the transport workers\' union' },
      authority: { title: 'transport authority chief', desc: 'the head of the {city} transport authority' },
      mayor: { title: '{city} Mayor', desc: 'the mayor of {city}' },
    },
    titles: ['Transit strike halts {city} buses and trams', '{city} commuters stranded as transport workers strike', 'Strike shuts down public transport in {city}'],
    summaries: ["Bus and tram drivers in {city} walked out over pay, leaving commuters stranded."],
    facts: [
      [
        'Bus and tram drivers in {city} [went on strike|walked out] on {weekday} [over pay|in a dispute over pay].',
        'A strike [by bus and tram drivers|of transport workers] [shut down|halted] public transport in {city} on {weekday}.',
        'On {weekday}, [transport workers|bus and tram drivers] in {city} [walked out|went on strike] in a [pay dispute|dispute over wages].',
      ],
      [
        'Talks between the union and the transport authority [broke down|collapsed] [late on|on] {prevWeekday}.',
        'The strike [began|started] after talks with the transport authority [collapsed|broke down] on {prevWeekday}.',
      ],
      [
        'Traffic jams [stretched|built up] across the city [during the morning rush hour|as commuters turned to cars].',
        '[Commuters|Many commuters] [turned to|switched to] cars, [causing|leading to] [long|heavy] traffic jams.',
      ],
      ['The metro [continued to run|kept running], [but|although] trains were [packed|overcrowded].'],
      [
        'The union is demanding [higher pay|a pay rise] [to offset inflation|to keep up with rising prices].',
        '[Workers|Drivers] want [higher wages|a pay rise] to [keep up with|offset] [rising prices|inflation].',
      ],
      ['Schools [told|advised] parents to [keep children at home|arrange their own transport] [if needed|on strike days].'],
    ],
    quantities: [
      {
        key: 'duration', unit: 'day', min: 2, max: 10, step: 1,
        templates: ['The strike is [set|expected] to last {n}.', 'The union [called|announced] a {nAdj} strike.', 'Drivers [plan|intend] to stay off work for {n}.'],
      },
      {
        key: 'commuters', unit: 'count', min: 150000, max: 900000, step: 10000,
        templates: ['{n} commuters [were affected|were left without buses or trams].', 'The strike [affected|disrupted the journeys of] {n} [commuters|passengers] a day.'],
      },
      {
        key: 'pay-demand', unit: 'percent', min: 6, max: 18, step: 1,
        templates: ['The union [is demanding|wants] a pay rise of {n}.', 'Drivers are [asking for|seeking] {n} more pay.'],
      },
      {
        key: 'offer', unit: 'percent', min: 2, max: 5, step: 0.5,
        templates: ['The authority [offered|has offered] {n}.', 'The transport authority\'s [offer|last offer] was a rise of {n}.'],
      },
    ],
    quotes: [
      {
        speaker: 'union',
        variants: ['Our members cannot live on these wages any longer', 'Our members can no longer live on these wages', 'People cannot live on these wages anymore'],
      },
      {
        speaker: 'authority',
        variants: ['The door remains open, and we are ready to talk at any time', 'Our door is still open and we are ready to talk at any time', 'We remain ready to talk at any moment'],
      },
      {
        speaker: 'mayor',
        variants: ['I urge both sides to return to the table today', 'I am urging both sides to go back to the negotiating table today', 'Both sides must return to the table today'],
      },
    ],
    rumour: {
      claims: ['the transport authority [plans|was preparing] to hire replacement drivers from private firms', 'the authority had drawn up plans to bring in agency drivers'],
      subjects: ['any plan to hire replacement drivers', 'plans to bring in agency drivers'],
      denier: 'authority',
    },
    backgrounds: ['The last transport strike in {city} was in {pastYear}.', 'The {city} transport authority runs [buses, trams and the metro|the city\'s buses and trams].'],
  },
  {
    id: 'merger',
    roles: {
      ceoA: { title: '{company} chief executive', desc: 'the chief executive of {company}' },
      ceoB: { title: '{company2} chair', desc: 'the chair of {company2}' },
      regulator: { title: 'competition commissioner', desc: "the head of {country}'s competition authority" },
      analyst: { title: 'analyst', desc: 'an analyst at {bank}' },
    },
    titles: ['{company} agrees to buy {company2}', '{company} to take over rival {company2}', '{company} and {company2} announce merger'],
    summaries: ['{company} agreed to buy its rival {company2}, creating one of the largest groups of its kind in {country}.'],
    facts: [
      [
        '{company} [agreed|has agreed] to buy [its rival|rival] {company2}, the companies said on {weekday}.',
        'The companies said on {weekday} that {company} [will buy|is to buy|has agreed to acquire] {company2}.',
        'On {weekday}, {company} [announced|said] it would [buy|take over|acquire] [its rival|rival] {company2}.',
      ],
      [
        'The deal [needs|still needs] approval from [competition regulators|the competition authority].',
        '[Competition regulators|The competition authority] [must|still has to] approve the deal.',
      ],
      [
        'The combined company will [keep|retain] its headquarters in {city}.',
        'The [merged group|combined company] will be [based|headquartered] in {city}.',
      ],
      [
        'Shares in {company2} [jumped|surged|rose sharply] [on the news|after the announcement].',
        '{company2} shares [rose sharply|jumped] [after the announcement|on the news].',
      ],
      ['[The two companies|Both companies] [expect|hope] to [complete|close] the deal [by the end of next year|within a year].'],
      ['Unions [said they would|vowed to] [fight|oppose] any [job losses|plant closures].'],
    ],
    quantities: [
      {
        key: 'value', unit: 'usd-billion', min: 2, max: 48, step: 0.5,
        templates: ['The deal [values|is worth] {company2} at {n}.', '{company} [will pay|is paying] {n} for {company2}.', 'The deal, worth {n}, [is|would be] the largest in the sector this year.'],
      },
      {
        key: 'jobs', unit: 'count', min: 300, max: 4800, step: 100,
        templates: ['{n} jobs [will be|could be] [cut|lost].', 'The [merger|deal] [will|is expected to] [cost|eliminate] {n} jobs.'],
      },
      {
        key: 'premium', unit: 'percent', min: 12, max: 45, step: 1,
        templates: ['The offer is a premium of {n} to the share price of {company2} [on {prevWeekday}|before the announcement].', 'The price [is|represents] {n} above the [last closing price|share price] of {company2}.'],
      },
    ],
    quotes: [
      {
        speaker: 'ceoA',
        variants: ['Together we will be stronger and better able to compete', 'Together we will be stronger and more competitive', 'This deal makes us stronger and better able to compete'],
      },
      {
        speaker: 'ceoB',
        variants: ['This is the right deal for our shareholders and our staff', 'It is the right deal for shareholders and for staff', 'For our shareholders and our employees, this is the right deal'],
      },
      {
        speaker: 'regulator',
        variants: ['We will look very closely at what this means for prices', 'We will examine very closely what this means for consumers and prices', 'We will look closely at the impact on prices'],
      },
      {
        speaker: 'analyst',
        variants: ['The price looks high, but the savings could be large', 'It looks expensive, but the savings could be significant', 'The price is steep, though the savings may be large'],
      },
    ],
    rumour: {
      claims: ['{company} plans to move the combined group\'s headquarters abroad', 'the merged company would close [both|two] of its plants in {country}'],
      subjects: ['any plan to move the headquarters', 'plans to close plants in {country}'],
      denier: 'ceoA',
    },
    backgrounds: ['{company} was founded in {foundedYear}.', '{company2} employs [about|some] {employees} people.'],
  },
  {
    id: 'corruption-trial',
    roles: {
      defendant: { title: 'former Deputy Mayor', desc: 'a former deputy mayor of {city}' },
      judge: { title: 'Judge', desc: 'the presiding judge' },
      prosecutor: { title: 'prosecutor', desc: 'the lead prosecutor' },
      lawyer: { title: 'defence lawyer', desc: "the former deputy mayor's lawyer" },
    },
    titles: ['Former {city} deputy mayor convicted of taking bribes', 'Court in {city} jails ex-official for corruption', 'Verdict in {city} bribery trial'],
    summaries: ['A court in {city} convicted a former deputy mayor of taking bribes from construction firms.'],
    facts: [
      [
        'A court in {city} [convicted {defendant} of|found {defendant} guilty of] taking bribes [on {weekday}|from construction firms].',
        '{defendant} was [convicted|found guilty] [on {weekday}|] of taking bribes from construction firms.',
        'On {weekday}, a {city} court found {defendant} guilty of [accepting|taking] bribes.',
      ],
      [
        'Prosecutors said the bribes were paid in exchange for [building permits|city contracts].',
        'The bribes [were paid for|bought] [building permits|city contracts], prosecutors said.',
      ],
      [
        '{defendant.last} [denied|has denied] [all|the] charges [throughout the trial|and plans to appeal].',
        '[Throughout the trial|Throughout the proceedings], {defendant.last} denied [all the|the] charges.',
      ],
      ['[The defence|Defence lawyers] said they would appeal [the verdict|against the ruling].'],
      [
        '[Two|Several] construction executives were [also convicted|convicted alongside] {defendant.him}.',
        'The court also convicted [two|several] construction executives.',
      ],
      ['[Supporters|A small group of supporters] [gathered|protested] outside the court [during the hearing|as the verdict was read].'],
    ],
    quantities: [
      {
        key: 'sentence', unit: 'year', min: 2, max: 12, step: 1,
        templates: ['{defendant.last} was sentenced to {n} in prison.', 'The court [sentenced {defendant.last} to|jailed {defendant.last} for] {n}.', '{defendant.last} [received|was handed] a {nAdj} prison sentence.'],
      },
      {
        key: 'bribes', unit: 'eur-million', min: 1, max: 14, step: 0.1,
        templates: ['{defendant.last} [took|received|accepted] bribes worth {n}.', 'The bribes [totalled|amounted to] {n}, prosecutors said.'],
      },
      {
        key: 'trial-length', unit: 'count', min: 7, max: 26, step: 1,
        templates: ['The trial lasted {n} months.', 'The verdict came after a trial of {n} months.'],
      },
    ],
    quotes: [
      {
        speaker: 'judge',
        variants: ['The defendant betrayed the trust of the people of this city', 'You betrayed the trust of the people of this city', 'The accused betrayed the trust that the people of this city placed in the office'],
      },
      {
        speaker: 'prosecutor',
        variants: ['This verdict shows that nobody is above the law', 'The verdict shows no one is above the law', 'Nobody is above the law, and this verdict shows it'],
      },
      {
        speaker: 'lawyer',
        variants: ['We will appeal, and we are confident we will win', 'We are confident we will win on appeal', 'We will appeal this verdict and we expect to win'],
      },
    ],
    rumour: {
      claims: ['{defendant.last} had tried to negotiate a secret plea deal with prosecutors', '{defendant.last} had moved money to accounts abroad before the trial'],
      subjects: ['any plea deal', 'the reported transfers abroad', 'any secret deal with prosecutors'],
      denier: 'lawyer',
    },
    backgrounds: ['{defendant.last} served as deputy mayor from {pastYear} until {defendant.his} arrest.', 'The case [is|was] one of the largest corruption trials in {country} in years.'],
  },
  {
    id: 'bridge-collapse',
    roles: {
      minister: { title: 'Transport Minister', desc: "{country}'s transport minister" },
      engineer: { title: 'structural engineer', desc: 'a structural engineer at the University of {city}' },
      rescue: { title: 'rescue coordinator', desc: 'who leads the rescue operation' },
      mayor: { title: '{city} Mayor', desc: 'the mayor of {city}' },
    },
    titles: ['Bridge collapses in {city}', 'Deadly bridge collapse in {city}', 'Rescuers search river after {city} bridge falls'],
    summaries: ['A road bridge collapsed in {city}, sending vehicles into the river below.'],
    facts: [
      [
        'A road bridge [collapsed|gave way] in {city} on {weekday}, [sending|throwing] vehicles into the river below.',
        'On {weekday}, a section of a road bridge in {city} [collapsed|gave way], and vehicles [fell|plunged] into the river.',
        'Vehicles [plunged|fell] into the river when a road bridge in {city} [collapsed|gave way] on {weekday}.',
      ],
      [
        'Divers [are searching|searched] the river for [survivors|missing people] [through the night|overnight].',
        '[Rescuers|Divers] [searched|kept searching] the river [overnight|through the night] for [missing people|survivors].',
      ],
      [
        'The government ordered [urgent|emergency] inspections of [all bridges|bridges] of the same design.',
        '[Emergency|Urgent] inspections of bridges of the same design were ordered by the government.',
      ],
      [
        'The bridge [carried|was part of] the main road [into the city|between {city} and the coast].',
        'The [collapsed |]bridge was part of the main road [into {city}|between {city} and the coast].',
      ],
      ['Traffic [was diverted|has been diverted] [through the city centre|to other bridges].'],
      ['[Prosecutors|The prosecutor\'s office] opened an investigation [into the collapse|into possible negligence].'],
    ],
    quantities: [
      {
        key: 'deaths', unit: 'count', min: 2, max: 27, step: 1,
        templates: ['{n} people [were killed|died] in the collapse.', 'The collapse killed {n} people.', 'Rescuers recovered {n} bodies from the river.'],
      },
      {
        key: 'vehicles', unit: 'count', min: 5, max: 35, step: 1,
        templates: ['{n} vehicles [fell|plunged] into the river.', '{n} cars and lorries were on the [bridge|collapsed section] [when it fell|at the time].'],
      },
      {
        key: 'age', unit: 'year', min: 34, max: 71, step: 1,
        templates: ['The bridge was {n} old.', 'The {nAdj}-old bridge was last [renovated|repaired] in {pastYear}.'],
      },
      {
        key: 'span', unit: 'metre', min: 40, max: 220, step: 10,
        templates: ['A {nAdj} section of the bridge [fell|collapsed].', 'The [collapsed|fallen] section was {n} long.'],
      },
    ],
    quotes: [
      {
        speaker: 'minister',
        variants: ['We will find out what went wrong and who is responsible', 'We will find out what went wrong and who was responsible', 'We are going to find out what went wrong, and who is to blame'],
      },
      {
        speaker: 'engineer',
        variants: ['Bridges of this age need constant inspection', 'A bridge of this age needs constant inspection', 'Bridges this old must be inspected constantly'],
      },
      {
        speaker: 'rescue',
        variants: ['The current is strong and the water is very cold', 'The current is very strong and the water is cold', 'We are working in a strong current and very cold water'],
      },
    ],
    rumour: {
      claims: ['an inspection report had flagged cracks in the bridge [last year|months before the collapse]', 'the ministry had been warned that the bridge needed urgent repairs'],
      subjects: ['any warning about cracks', 'the reported inspection report', 'any such warning'],
      denier: 'minister',
    },
    backgrounds: ['{city} has [about|some|roughly] {population} inhabitants.', 'The river [divides|runs through] the [centre of {city}|city].'],
  },
  {
    id: 'cyberattack',
    roles: {
      ceo: { title: '{company} chief executive', desc: 'the chief executive of {company}' },
      agency: { title: 'cybersecurity agency director', desc: "the director of {country}'s cybersecurity agency" },
      researcher: { title: 'security researcher', desc: 'a security researcher at {company2}' },
    },
    titles: ['Cyberattack hits {company}', '{company} customers\' data stolen in hack', 'Hackers breach {company} systems'],
    summaries: ['Hackers broke into the systems of {company} and stole customer data, the company said.'],
    facts: [
      [
        '{company} said on {weekday} that hackers [had broken into|broke into] its systems and stolen customer data.',
        'Hackers [broke into|breached] the systems of {company} and stole customer data, the company said on {weekday}.',
        'On {weekday}, {company} [said|disclosed] that customer data had been stolen [in a cyberattack|by hackers].',
      ],
      [
        'The stolen data [includes|included] names, addresses and [phone numbers|dates of birth].',
        'Names, addresses and [phone numbers|dates of birth] were among the data [stolen|taken].',
      ],
      [
        'The company said [no passwords or card details|no payment details] were [taken|stolen].',
        '[No payment details|No passwords or card details] were stolen, according to the company.',
      ],
      [
        'The police and the national cybersecurity agency [are investigating|have opened an investigation].',
        '[An investigation has been opened by|Investigators from] the police and the national cybersecurity agency.',
      ],
      ['Customers were [advised|urged] to [watch out for|be alert to] [phishing|fraudulent] [emails|messages].'],
      ['[Some|Several] online services [were|remained] [offline|unavailable] [on {weekday}|for part of the week].'],
    ],
    quantities: [
      {
        key: 'customers', unit: 'count', min: 120000, max: 9800000, step: 10000,
        templates: ['The data of {n} customers was stolen.', 'The breach [affected|hit] {n} customers.', '{n} customers [had their data stolen|were affected].'],
      },
      {
        key: 'ransom', unit: 'usd-million', min: 2, max: 40, step: 0.5,
        templates: ['The hackers [demanded|asked for] a ransom of {n}.', 'A ransom of {n} was demanded.'],
      },
      {
        key: 'outage', unit: 'hour', min: 6, max: 60, step: 1,
        templates: ['[Online services|The company\'s website] [were|was] down for {n}.', 'The {nAdj} outage [hit|disrupted] online services.'],
      },
    ],
    quotes: [
      {
        speaker: 'ceo',
        variants: ['We sincerely apologise to our customers for this attack', 'We apologise sincerely to our customers', 'I want to sincerely apologise to every customer affected by this attack'],
      },
      {
        speaker: 'agency',
        variants: ['This was a sophisticated and well-prepared attack', 'It was a well-prepared and sophisticated attack', 'The attack was sophisticated and carefully prepared'],
      },
      {
        speaker: 'researcher',
        variants: ['The attackers were probably inside the network for weeks', 'The attackers had probably been in the network for weeks', 'They were likely inside the network for weeks before anyone noticed'],
      },
    ],
    rumour: {
      claims: ['{company} had paid the ransom to the hackers', 'the company [quietly|secretly] paid the hackers to delete the stolen data'],
      subjects: ['any ransom payment', 'paying the hackers', 'the reported payment'],
      denier: 'ceo',
    },
    backgrounds: ['{company} has [about|some] {employees} employees.', '{company} is one of the largest companies of its kind in {country}.'],
  },
  {
    id: 'derailment',
    roles: {
      railway: { title: 'rail operator chief executive', desc: 'the head of the national rail operator' },
      minister: { title: 'Transport Minister', desc: "{country}'s transport minister" },
      police: { title: 'police spokesperson', desc: 'a police spokesperson' },
      passenger: { title: 'passenger', desc: 'a passenger on the train' },
    },
    titles: ['Train derails near {city}', 'Passenger train derails outside {city}', 'Deadly train derailment near {city}'],
    summaries: ['A passenger train derailed near {city}, killing and injuring passengers.'],
    facts: [
      [
        'A passenger train [derailed|came off the tracks] near {city} on {weekday} [evening|afternoon|].',
        'On {weekday}, a passenger train [left the tracks|derailed] [just outside|near] {city}.',
        'A passenger train travelling to {city} [derailed|came off the rails] on {weekday}.',
      ],
      [
        '[Several|Three|Four] carriages [overturned|tipped over] [in the crash|after the train left the rails].',
        'The crash [overturned|left] [several|three|four] carriages [on their side|overturned].',
      ],
      [
        'The line [will remain|remains] closed [for several days|while investigators work at the site].',
        'Investigators [closed|have closed] the line [for several days|until further notice].',
      ],
      [
        '[Investigators|Officials] are [examining|looking into] whether [the speed of the train|a signal fault] played a role.',
        'Whether [a signal fault|the train\'s speed] [played a role|was a factor] is being [examined|investigated].',
      ],
      ['[Local residents|People from nearby villages] [helped|rushed to help] passengers out of the carriages.'],
      ['The driver [survived|was among the injured] and [has been questioned|will be questioned] by police.'],
    ],
    quantities: [
      {
        key: 'deaths', unit: 'count', min: 2, max: 24, step: 1,
        templates: ['{n} people were killed.', 'The derailment killed {n} [passengers|people].', '{n} [passengers|people] died in the crash.'],
      },
      {
        key: 'injured', unit: 'count', min: 15, max: 160, step: 1,
        templates: ['{n} [people|passengers] were injured.', '[A further|Another] {n} were [taken to hospital|hurt].'],
      },
      {
        key: 'passengers', unit: 'count', min: 150, max: 600, step: 10,
        templates: ['The train was carrying {n} passengers.', '{n} passengers were on board.'],
      },
      {
        key: 'speed', unit: 'km', min: 80, max: 160, step: 5,
        templates: ['The train was travelling at {n} an hour [when it derailed|at the time].', 'The train [was going|was running at] {n} an hour on a curve.'],
      },
    ],
    quotes: [
      {
        speaker: 'passenger',
        variants: ['There was a loud bang and then everything turned over', 'There was a big bang, and then everything turned upside down', 'I heard a loud bang and then the carriage turned over'],
      },
      {
        speaker: 'railway',
        variants: ['Our thoughts are with the victims and their families', 'Our thoughts are with all the victims and their families', 'We are thinking of the victims and their families'],
      },
      {
        speaker: 'minister',
        variants: ['No stone will be left unturned in the investigation', 'We will leave no stone unturned in this investigation', 'The investigation will leave no stone unturned'],
      },
    ],
    rumour: {
      claims: ['the rail operator had known about a faulty signal on the line for months', 'engineers had warned of a signal fault weeks before the crash'],
      subjects: ['any known signal fault', 'the reported warnings', 'any warnings about the signal'],
      denier: 'railway',
    },
    backgrounds: ['The line [links|connects] {city} with {cityB}.', 'The last fatal rail accident in {country} was in {pastYear}.'],
  },
  {
    id: 'hospital-outbreak',
    roles: {
      health: { title: 'Health Minister', desc: "{country}'s health minister" },
      director: { title: 'hospital director', desc: 'the director of {city} General Hospital' },
      epidemiologist: { title: 'epidemiologist', desc: 'an epidemiologist at the University of {city}' },
    },
    titles: ['Infection outbreak at {city} hospital', '{city} hospital closes wards after outbreak', 'Outbreak of resistant bacteria at {city} General Hospital'],
    summaries: ['An outbreak of drug-resistant bacteria at {city} General Hospital forced it to close wards.'],
    facts: [
      [
        '{city} General Hospital [closed|shut] [several|some] wards on {weekday} after an outbreak of drug-resistant bacteria.',
        'An outbreak of drug-resistant bacteria [forced|led] {city} General Hospital to close [several|some] wards on {weekday}.',
        'On {weekday}, [several|some] wards at {city} General Hospital were closed [because of|after] an outbreak of drug-resistant bacteria.',
      ],
      [
        'Patients were [moved|transferred] to other hospitals [in the region|nearby].',
        'The hospital [moved|transferred] patients to [other hospitals|hospitals nearby].',
      ],
      [
        'Visits [were|have been] [suspended|banned] [until further notice|for two weeks].',
        'The hospital [suspended|has stopped] visits [until further notice|for now].',
      ],
      [
        '[Health inspectors|Inspectors from the health ministry] [arrived|were sent] to the hospital [on {weekday}|the same day].',
        'The health ministry [sent|dispatched] inspectors to the hospital.',
      ],
      ['Planned operations [were postponed|have been postponed] [for at least a week|until further notice].'],
    ],
    quantities: [
      {
        key: 'cases', unit: 'count', min: 8, max: 75, step: 1,
        templates: ['{n} patients [were infected|have been infected].', 'The outbreak [has infected|infected] {n} patients.', 'The number of cases [rose|has risen] to {n}.'],
      },
      {
        key: 'deaths', unit: 'count', min: 1, max: 9, step: 1,
        templates: ['{n} [infected |]patients [have died|died].', 'The outbreak [has been linked to|was linked to] {n} deaths.'],
      },
      {
        key: 'wards', unit: 'count', min: 2, max: 9, step: 1,
        templates: ['{n} wards were closed.', 'The hospital [closed|shut] {n} wards.'],
      },
    ],
    quotes: [
      {
        speaker: 'director',
        variants: ['The safety of our patients comes first', 'Our patients\' safety comes first', 'Patient safety is our first priority'],
      },
      {
        speaker: 'health',
        variants: ['We will not rest until this outbreak is under control', 'We will not rest until the outbreak is contained', 'We won\'t rest until this outbreak is under control'],
      },
      {
        speaker: 'epidemiologist',
        variants: ['Outbreaks like this are hard to stop once they start', 'Once they start, outbreaks like this are very hard to stop', 'These outbreaks are difficult to stop once they have begun'],
      },
    ],
    rumour: {
      claims: ['the hospital had kept the first cases quiet for weeks', 'hospital managers did not report the first infections to the health authority'],
      subjects: ['any cover-up', 'the reported delay', 'keeping the cases quiet'],
      denier: 'director',
    },
    backgrounds: ['{city} General Hospital has [about|some] {beds} beds.', 'The hospital [serves|treats patients from] the whole region.'],
  },
  {
    id: 'election',
    roles: {
      winner: { title: 'mayor-elect', desc: 'the winning candidate' },
      loser: { title: 'candidate', desc: 'the defeated candidate' },
      commission: { title: 'electoral commission head', desc: 'the head of the electoral commission' },
    },
    titles: ['{winner.last} wins {city} mayoral race', '{city} elects {winner.full} as mayor', 'Mayoral election in {city}: {winner.last} wins'],
    summaries: ['{winner.full} won the mayoral election in {city}, defeating {loser.full}.'],
    facts: [
      [
        '{winner} won the mayoral election in {city} on {weekday}[, defeating {loser}|].',
        'Voters in {city} elected {winner} as mayor on {weekday}.',
        'On {weekday}, {winner} [won|was elected in] the [race for mayor|mayoral election] in {city}.',
      ],
      [
        '{loser.last} [conceded defeat|admitted defeat] [late on {weekday}|on {weekday} night].',
        '[Late on {weekday}|On {weekday} night], {loser.last} [conceded|admitted defeat].',
      ],
      [
        '{winner.last} [campaigned|ran] on promises to [build more housing|improve public transport|cut local taxes].',
        'During the campaign, {winner.last} promised to [build more housing|improve public transport|cut local taxes].',
      ],
      [
        '{winner.last} will take office [next month|at the start of next month].',
        'The new mayor [takes|will take] office [next month|at the start of next month].',
      ],
      ['Final results [are expected|will be published] [on {nextWeekday}|later this week].'],
    ],
    quantities: [
      {
        key: 'vote-share', unit: 'percent', min: 41, max: 63, step: 0.1, exactOnly: true,
        templates: ['{winner.last} [won|took|received] {n} of the vote.', '{winner.last} [won|finished] with {n} of the votes.'],
      },
      {
        key: 'turnout', unit: 'percent', min: 32, max: 71, step: 0.1,
        templates: ['Turnout was {n}.', 'Turnout [stood at|reached] {n}.'],
      },
      {
        key: 'margin', unit: 'count', min: 900, max: 42000, step: 100,
        templates: ['{winner.last} won by {n} votes.', 'The margin of victory was {n} votes.'],
      },
    ],
    quotes: [
      {
        speaker: 'winner',
        variants: ['I will be a mayor for everyone in this city', 'I will be the mayor of everyone in this city', 'I am going to be a mayor for all the people of this city'],
      },
      {
        speaker: 'loser',
        variants: ['The voters have spoken and I respect their decision', 'Voters have spoken, and I respect their choice', 'I respect the decision of the voters'],
      },
      {
        speaker: 'commission',
        variants: ['The vote was free and fair', 'The election was free and fair', 'This was a free and fair vote'],
      },
    ],
    rumour: {
      claims: ['ballots had been [stuffed|tampered with] in [two|several] districts', 'observers had recorded irregularities at [a dozen|several] polling stations'],
      subjects: ['any ballot tampering', 'the reported irregularities', 'any fraud'],
      denier: 'commission',
    },
    backgrounds: ['{city} has [about|some] {voters} registered voters.', 'The previous mayor did not stand for re-election.'],
  },
  {
    id: 'earthquake',
    roles: {
      seismo: { title: 'seismological institute director', desc: "the director of {country}'s seismological institute" },
      minister: { title: 'Interior Minister', desc: "{country}'s interior minister" },
      mayor: { title: '{city} Mayor', desc: 'the mayor of {city}' },
    },
    titles: ['Earthquake strikes near {city}', 'Strong earthquake shakes {city}', 'Deadly quake hits {city} region'],
    summaries: ['A strong earthquake struck near {city}, bringing down buildings and killing residents.'],
    facts: [
      [
        'A strong earthquake [struck|hit] near {city} [early on|on] {weekday}.',
        'On {weekday}, a strong earthquake [shook|hit] {city} and the surrounding region.',
        'A powerful [earthquake|quake] [struck|hit] the region around {city} on {weekday}.',
      ],
      [
        '[Rescuers|Rescue teams] [searched|dug through] [the rubble|collapsed buildings] for survivors [through the night|overnight].',
        '[Overnight|Through the night], rescuers [searched|dug through] [the rubble|collapsed buildings] for survivors.',
      ],
      [
        '[Thousands of residents|Many residents] [spent the night|slept] [outdoors|in the streets] [for fear of aftershocks|fearing aftershocks].',
        '[Fearing|For fear of] aftershocks, [many|thousands of] residents [slept|spent the night] [outdoors|in tents].',
      ],
      [
        'A school [was among the buildings that collapsed|collapsed] [in the old town|in the city centre].',
        '[Among the buildings that collapsed was a school|A school collapsed] in the [old town|city centre].',
      ],
      ['[Neighbouring countries|Several countries] [offered|sent] [rescue teams|help].'],
    ],
    quantities: [
      {
        key: 'magnitude', unit: 'magnitude', min: 5.2, max: 7.4, step: 0.1, exactOnly: true,
        templates: ['The [earthquake|quake] had a magnitude of {n}.', 'The [seismological institute|institute] [measured|put] the [earthquake|quake] at magnitude {n}.'],
      },
      {
        key: 'deaths', unit: 'count', min: 4, max: 90, step: 1,
        templates: ['{n} people [were killed|died].', 'The [earthquake|quake] killed {n} people.', 'The death toll rose to {n}.'],
      },
      {
        key: 'buildings', unit: 'count', min: 20, max: 400, step: 5,
        templates: ['{n} buildings [collapsed|were destroyed].', 'The quake [destroyed|brought down] {n} buildings.'],
      },
      {
        key: 'aftershocks', unit: 'count', min: 15, max: 120, step: 1,
        templates: ['{n} aftershocks [followed|were recorded].', 'The institute [recorded|registered] {n} aftershocks.'],
      },
    ],
    quotes: [
      {
        speaker: 'mayor',
        variants: ['We need tents, blankets and water as soon as possible', 'We need water, blankets and tents as quickly as possible', 'What we need most is tents, blankets and water'],
      },
      {
        speaker: 'seismo',
        variants: ['Further aftershocks are likely in the coming days', 'More aftershocks are likely over the coming days', 'We expect further aftershocks in the days ahead'],
      },
      {
        speaker: 'minister',
        variants: ['All the resources of the state are being mobilised', 'Every resource of the state is being mobilised', 'We are mobilising all the resources of the state'],
      },
    ],
    rumour: {
      claims: ['the school that collapsed had been built without a permit', 'building inspectors had approved the school despite cracks in its walls'],
      subjects: ['any missing permit', 'the reported irregularities in the school\'s construction'],
      denier: 'mayor',
    },
    backgrounds: ['{city} has [about|some|roughly] {population} inhabitants.', 'The region last had a [major|deadly] earthquake in {pastYear}.'],
  },
];
