/**
 * Well-known news agencies and outlets, so a wire cited in the text ("according to AP News",
 * "TASS reported") becomes an outlet entity with one short name. One line per outlet:
 * `Short form|variant|variant`; the short form is the display name and what `via` reports.
 * Entries: the major international wire services and broadcasters and widely cited newspapers, by their own names.
 */

/** Wire services and outlets, short form first. */
export const OUTLETS = `
AP|Associated Press|The Associated Press|AP News
PTI|Press Trust of India
ANI|Asian News International
Reuters|Thomson Reuters
AFP|Agence France-Presse|Agence France Presse
TASS|ITAR-TASS
RIA Novosti|RIA
Interfax|Interfax-Ukraine
Xinhua|Xinhua News Agency
Bloomberg|Bloomberg News
CNN
BBC|BBC News
Fox News
The Guardian|Guardian
Channel One|Channel One Russia|Pervy Kanal
dpa|DPA|Deutsche Presse-Agentur
EFE
EPA
ANSA
Kyodo|Kyodo News
Yonhap
Anadolu|Anadolu Agency
Ukrinform
UNIAN
Kommersant
Izvestia
Vedomosti
RBC
RT|Russia Today
Sputnik
Rossiya 1
NTV
Meduza
Novaya Gazeta
TV Rain|Dozhd
The New York Times|New York Times|NYT
The Washington Post|Washington Post
The Wall Street Journal|Wall Street Journal|WSJ
Financial Times|FT
The Economist|Economist
Politico
Axios
NPR
PBS
NBC|NBC News
CBS|CBS News
ABC News
CNBC
MSNBC
Newsweek
USA Today
Sky News
The Times
The Telegraph|Daily Telegraph
The Independent
Daily Mail
Al Jazeera
Al Arabiya
Deutsche Welle|DW
France 24
Euronews
Le Monde
Le Figaro
Der Spiegel|Spiegel
Bild
Die Zeit
El Pais|El País
Corriere della Sera
Haaretz
The Times of Israel|Times of Israel
CGTN
Global Times
People's Daily
NHK
Kyiv Independent
Kyiv Post
Ukrainska Pravda
The Moscow Times|Moscow Times
RFE/RL|Radio Free Europe|Radio Liberty
Voice of America|VOA
Semafor
The Hill
Punchbowl News
Nikkei
South China Morning Post|SCMP
`;

/**
 * Common names of wire services and broadcasters, folded to one key: "AP News", "the Associated
 * Press" and "AP" are one upstream. Knowledge of the news trade, from the agencies' own names.
 */
export const UPSTREAM_ALIASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:the )?(?:ap|associated press)(?: news)?$/, 'ap'],
  [/^(?:afp|agence france[- ]presse)$/, 'afp'],
  [/^(?:reuters|thomson reuters)$/, 'reuters'],
  [/^(?:tass|itar[- ]tass)$/, 'tass'],
  [/^(?:ria|ria novosti)$/, 'ria'],
  [/^(?:dpa|deutsche presse[- ]agentur)$/, 'dpa'],
  [/^(?:upi|united press international)$/, 'upi'],
  [/^(?:pti|press trust of india)$/, 'pti'],
  [/^(?:ani|asian news international)$/, 'ani'],
  [/^(?:efe|agencia efe)$/, 'efe'],
  [/^(?:bloomberg|bloomberg news)$/, 'bloomberg'],
  [/^(?:cnn)$/, 'cnn'],
  [/^(?:bbc|bbc news)$/, 'bbc'],
];
