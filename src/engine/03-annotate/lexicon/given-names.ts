/**
 * Given names: English hypocorisms (Mike = Michael, Bill = William) and common Slavic diminutives, so
 * that "Mike Waltz" and "Michael Waltz" resolve to one person; plus small lists of given names by
 * gender so that "she" is not carried to a man. General knowledge, not tied to any story.
 */

/** Each line is one name family: the formal name first, then its short forms and spellings. */
const FAMILIES = `
michael mike mick mickey mikey mikhail misha
william bill billy will willy liam
robert bob bobby rob robbie bert
richard dick rick ricky rich richie
james jim jimmy jamie
john jack johnny jon
jonathan jon jonny
joseph joe joey
thomas tom tommy
charles charlie chuck
edward ed eddie ted ned
theodore ted teddy theo
elizabeth liz beth betty lizzie eliza libby
margaret maggie meg peggy marge
katherine kate kathy katie kat catherine kathryn cathy
jennifer jen jenny
rebecca becky
susan sue susie suzanne
patricia pat patty trish
patrick pat paddy
deborah deb debbie
christopher chris kit
christine chris tina christina
daniel dan danny
david dave davy
anthony tony
andrew andy drew
alexander alex sasha sandy aleksandr alexandr oleksandr
alexandra alex sasha sandra
benjamin ben benny
samuel sam sammy
samantha sam
stephen steve steven stevie
nicholas nick nicky nikolai nikolay mykola kolya
matthew matt
timothy tim timmy
kenneth ken kenny
ronald ron ronnie
donald don donnie
gerald gerry jerry
peter pete pyotr petro petr
philip phil phillip
gregory greg
jeffrey jeff geoffrey
joshua josh
lawrence larry
leonard len lenny
raymond ray
frederick fred freddie
francis frank
franklin frank
harold harry hal
henry harry hank
albert al bert
alfred alf al
walter walt
eugene gene
victoria vicky tori
abigail abby
dorothy dot dottie
jacqueline jackie jacqui jacky
pamela pam
tamara tammy
barbara barb babs
cynthia cindy
judith judy
kimberly kim
melissa mel
vladimir volodya vova volodymyr
dmitry dima dmitri dmytro
alexey alyosha aleksei alexei oleksiy
sergey seryozha serhiy
ivan vanya
yekaterina katya ekaterina
yevgeny zhenya evgeny yevhen
anastasia nastya
tatiana tanya tatyana
yury yuri yuriy yurii
maria masha mariya
natalia natasha natalya
`;

/** Formal-name families each spelling belongs to; a spelling may be in several ("sasha"). */
export const NAME_FAMILIES: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  FAMILIES.trim()
    .split('\n')
    .forEach((line, family) => {
      for (const name of line.trim().split(/\s+/)) map.set(name, [...(map.get(name) ?? []), family]);
    });
  return map;
})();

/** Common women's given names, lower case. */
export const FEMALE_NAMES: ReadonlySet<string> = new Set(
  (
    'mary maria marie anna ana anne ann hanna hannah jana jane janet joan julia julie juliet emma emily ' +
    'olivia sophia sophie isabella mia charlotte amelia harper evelyn abigail ella elizabeth liz sarah sara ' +
    'laura lauren linda barbara susan jessica karen nancy lisa betty margaret sandra ashley kimberly donna ' +
    'michelle carol amanda melissa deborah stephanie rebecca sharon cynthia kathleen amy shirley angela ' +
    'helen brenda pamela nicole katherine kate christine samantha tammy tamara rachel heather diane ruth ' +
    'jacqueline jacqui jackie kamala hillary nikki ursula kaja kaia giorgia marine ségolène christine ' +
    'angela annalena olena olga oksana iryna irina yulia yuliia tatiana tatyana natalia natalya svetlana ' +
    'elena yelena ekaterina yekaterina anastasia ksenia xenia valentina lyudmila ludmila galina marina ' +
    'alla nadia nadezhda vera veronika victoria viktoria alina daria darya sofia zoya kristina polina ' +
    'margarita tulsi kristi kirsten priti theresa teresa nicola'
  ).split(/\s+/),
);

/** Common men's given names, lower case. */
export const MALE_NAMES: ReadonlySet<string> = new Set(
  (
    'james john robert michael mike william bill david richard joseph thomas charles christopher daniel ' +
    'matthew anthony mark donald steven steve paul andrew joshua kenneth kevin brian george edward ronald ' +
    'timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon ' +
    'benjamin samuel frank gregory raymond alexander patrick jack dennis jerry tyler aaron jose adam henry ' +
    'nathan douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl ' +
    'terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel ' +
    'logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny marco ' +
    'marc emmanuel olaf friedrich keir rishi boris vladimir volodymyr dmitry dmitri sergey sergei serhiy ' +
    'yury yuri yuriy alexei alexey aleksei oleksiy alexander aleksandr oleksandr mikhail nikolai ivan ' +
    'pyotr petro viktor victor andriy andrei andrey igor oleg pavel pavlo kirill maxim maksim denys denis ' +
    'vitaly vitali vitaliy anatoly yevgeny evgeny ramzan xi recep mohammed muhammad ahmed ali hassan ' +
    'hussein benjamin naftali yair narendra shinzo fumio pete jd mitch chuck lloyd antony jake rex'
  ).split(/\s+/),
);
