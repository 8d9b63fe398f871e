/**
 * Titles and roles that precede or follow a name ("Foreign Minister", "Kremlin aide", "special
 * envoy"). They are stripped from names and recorded in `Entity.roles`.
 * Entries are the English titles, offices and occupations of news style guides (AP Stylebook "titles"), not names from any story.
 */

/** Nouns that head a role: the last word of "National Security Adviser", "presidential aide". */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  (
    'president vice-president president-elect premier minister secretary adviser advisor aide envoy ' +
    'spokesperson spokeswoman spokesman ambassador chancellor governor mayor senator representative ' +
    'congressman congresswoman lawmaker legislator mp general admiral colonel commander chief director ' +
    'chairman chairwoman chair chairperson ceo cfo coo head leader official correspondent reporter editor ' +
    'journalist analyst fellow professor researcher deputy king queen prince princess emir sheikh pope ' +
    'judge justice prosecutor attorney lawyer economist counterpart negotiator diplomat officer inspector ' +
    'sergeant captain lieutenant major coach founder executive founder chancellor monarch dictator ' +
    'commissioner councillor councilor delegate mediator administrator strategist consultant columnist ' +
    'anchor host producer commentator expert scientist doctor spokesmen governor-general ' +
    'superintendent sheriff marshal manager owner partner member co-founder speaker whip'
  ).split(' '),
);

/** Words that qualify a role noun: "Foreign", "national security", "presidential", "senior". */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set(
  (
    'foreign defense defence interior home finance economy economic justice health education energy trade ' +
    'state national security homeland presidential prime special senior chief deputy vice former top acting ' +
    'interim first lead press policy military intelligence political prime assistant principal general ' +
    'executive managing associate junior permanent supreme high regional federal local white house ' +
    'attorney inspector joint commanding lieutenant rear staff agriculture transport labor labour culture ' +
    'environment climate treasury digital science research technology communications media public ' +
    'international domestic world europe affairs relations development budget monetary central ' +
    'correspondent news broadcast investigative cabinet party opposition parliamentary congressional ' +
    'senatorial government governmental diplomatic naval army air force mine safety union company ' +
    'emergency rescue operations district county city provincial'
  ).split(' '),
);

/** Courtesy titles before a name ("Mr.", "Dr."), never part of the name. */
export const HONORIFICS: ReadonlySet<string> = new Set(
  'mr mrs ms miss dr prof sir dame lord lady rev gen lt col maj capt sgt adm gov sen rep amb hon'.split(' '),
);

/** Role words that say a person is a woman or a man, for pronoun agreement. */
export const FEMALE_ROLES: ReadonlySet<string> = new Set(
  'spokeswoman chairwoman congresswoman queen princess mrs ms miss dame lady businesswoman'.split(' '),
);
/** See FEMALE_ROLES. */
export const MALE_ROLES: ReadonlySet<string> = new Set(
  'spokesman chairman congressman king prince mr sir lord businessman'.split(' '),
);
