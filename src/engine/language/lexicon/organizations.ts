/**
 * Organisations known by a bare name ("Kremlin", "NATO") and the head words that make any
 * capitalised run an organisation ("... Ministry", "... Council on ..."). General knowledge only.
 * Entries: intergovernmental bodies, national institutions and organisations known by a bare name, from general reference lists; head words are the English nouns that end organisation names.
 */

/** Organisations whose name carries no head word, `Canonical|alias`. */
export const KNOWN_ORGANIZATIONS = `
Kremlin
White House
Pentagon
Downing Street
Elysee|Élysée|Elysee Palace
Vatican
State Department|Department of State
European Union|EU
NATO|North Atlantic Treaty Organization
United Nations|UN|U.N.
Security Council|UN Security Council
General Assembly|UN General Assembly
Congress
Senate
House of Representatives
Parliament
Duma|State Duma
Knesset
Bundestag
Rada|Verkhovna Rada
Cabinet
Treasury
Federal Reserve|Fed
European Central Bank|ECB
Bank of England
International Monetary Fund|IMF
World Bank
World Health Organization|WHO
World Trade Organization|WTO
OPEC
OSCE
IAEA
International Criminal Court|ICC
G7
G20
BRICS
FBI
CIA
NSA
FSB
SBU
GRU
KGB
Interpol
Europol
Red Cross
Hamas
Hezbollah
Taliban
Houthis
Wagner|Wagner Group
Gazprom
Rosneft
Supreme Court
Politburo
Mossad
`;

/** Last words of organisation names ("Foreign Ministry", "European Council on Foreign Relations"). */
export const ORG_HEADS: ReadonlySet<string> = new Set(
  (
    'ministry department council union agency party committee bank fund office commission university ' +
    'college school institute institution foundation association organization organisation alliance ' +
    'federation forces army navy guard police court parliament assembly congress senate bureau service ' +
    'authority board movement front group company corporation corp inc ltd llc plc co holdings industries ' +
    'airlines airways reserve exchange tribunal secretariat directorate command administration government ' +
    'regime cabinet coalition network centre center hospital church ministries league club society ' +
    'brigade battalion regiment division corps academy observatory watch international trust initiative'
  ).split(' '),
);
