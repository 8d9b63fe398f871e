/**
 * Page furniture: lines a browser copy or a scraper picks up around an article that are the site's
 * interface, not the article (skip links, navigation rows, section paths, share and follow rows, ad
 * labels, links to other articles, media labels and photo credits, copyright lines, comment, login
 * and newsletter prompts, cookie notices, topic tags, reading times, wire reporting credits).
 *
 * Each rule names one phenomenon and matches a whole line, so an article sentence that merely
 * mentions these words stays. Rules are written from how sites in general build these elements,
 * never from one site's strings. Used by the plain-text and HTML importers and, through
 * `suspicious-lines.ts`, by the build's warnings.
 */
import { markedCaptionReason } from './captions.ts';

/** One kind of furniture line and the reason printed when one is removed. */
interface FurnitureRule {
  reason: string;
  test: (line: string) => boolean;
}

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** Words of a site's interface: share and follow buttons, social networks, print, copy, comments. */
const SOCIAL_NETWORKS = [
  'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'reddit', 'pinterest', 'messenger',
  'flipboard', 'bluesky', 'threads', 'mastodon', 'instagram', 'youtube', 'tiktok', 'vk', 'viber',
  'signal', 'line', 'tumblr', 'email', 'e-mail', 'mail', 'sms', 'rss', 'google', 'news', 'apple',
];
const SHARE_VERBS = ['share', 'shares', 'shared', 'tweet', 'post', 'print', 'copy', 'copied', 'save', 'saved', 'follow', 'send', 'pin', 'bookmark', 'gift', 'email', 'e-mail', 'comment', 'comments'];
const SHARE_FILLER = [
  'on', 'us', 'this', 'the', 'article', 'story', 'page', 'post', 'via', 'to', 'with', 'link', 'url',
  'clipboard', 'friend', 'friends', 'a', 'an', 'it', 'our', 'and', 'or', 'by', 'in', 'for', 'copy',
  'opens', 'new', 'window', 'tab', 'icon', 'button', 'options', 'more', '0', 'now',
];
const SHARE_VOCABULARY = new Set([...SOCIAL_NETWORKS, ...SHARE_VERBS, ...SHARE_FILLER]);
const SHARE_CORE = new Set([...SHARE_VERBS, ...SOCIAL_NETWORKS.filter((n) => !['line', 'signal', 'news', 'google', 'apple', 'mail'].includes(n))]);

/** Tokens of a line in lower case, punctuation and counts like "(12)" dropped. */
const tokens = (line: string): string[] =>
  words(line.toLowerCase().replace(/[()[\]{}"“”'‘’.,:;!?|•·/\\]+/g, ' ')).filter((word) => !/^\d+$/.test(word) || word === '0');

/**
 * A row of share/follow buttons: only interface words ("Share on Facebook Share on X Email.",
 * "Follow us on Telegram", "Copy link"), at least one of them a share verb or a network.
 */
function isShareRow(line: string): boolean {
  const list = tokens(line);
  if (list.length === 0 || list.length > 16) return false;
  return list.every((word) => SHARE_VOCABULARY.has(word)) && list.some((word) => SHARE_CORE.has(word));
}

/** "Follow The Daily Courier on Instagram and X": a follow prompt naming the site. */
const FOLLOW_PROMPT = new RegExp(
  String.raw`^(?:follow|like|join|subscribe to|find)\s+(?:us|[\p{Lu}\p{N}][^.!?]{0,50}?)\s+on\s+(?:${SOCIAL_NETWORKS.join('|')})(?:\s*(?:,|and|&|or)\s*(?:${SOCIAL_NETWORKS.join('|')}))*\s*[.!]?$`,
  'iu',
);

/** Separators of menu items and section paths. */
const ROW_SEPARATOR = /\s*[|•·⋅◦▪]\s*|\s+[/>]\s+|\s*[›»⟩→]\s*|\t+|\s{3,}/u;
const PATH_SEPARATOR = /[›»⟩→>]|\s\/\s/u;

/**
 * A navigation row or section path: two or more short items (1-4 words, no sentence punctuation,
 * each starting with a capital or digit) joined by `|`, `•`, `›`, `»`, ` / `, ` > ` or wide gaps.
 * "Home | World | Europe", "News › Politics", "World / Middle East / Gaza".
 */
function navigationReason(line: string): string | undefined {
  const items = line.split(ROW_SEPARATOR).map((item) => item.trim()).filter(Boolean);
  if (items.length < 2 || items.length > 20) return undefined;
  const path = PATH_SEPARATOR.test(line);
  if (!path && items.length < 3) return undefined;
  const menuItem = (item: string): boolean => {
    const count = words(item).length;
    return count <= 4 && item.length <= 32 && /^[\p{Lu}\p{N}]/u.test(item) && !/[.!?,;:]["”’)]*$/u.test(item);
  };
  if (!items.every(menuItem)) return undefined;
  return path ? 'section path' : 'navigation row';
}

const LINK_LABEL = String.raw`(?:related(?:\s+(?:article|articles|story|stories|content|reading|news|coverage|posts?|links?|topics?|video))?|read more|read also|also read|read next|see also|more on this(?: story| topic)?|more from [^:|]{1,40}|more stories|more news|recommended(?: for you| stories| reading)?|you may also like|you might also like|don'?t miss|editor'?s picks?|most read|most popular|most viewed|trending(?: now| stories)?|top stories|latest(?: news| stories)?|further reading|watch|watch now|listen|listen now|live updates?)`;
/** "Read more: …", "Related: …", "Also read | …", "WATCH — …": a link to another article or video. */
const LABELLED_LINK = new RegExp(String.raw`^${LINK_LABEL}\s*(?::|\||–|—|-\s)\s*\S`, 'iu');
/** "Related stories", "More on this story", "Most read": the label of a list of links. */
const LINK_SECTION_LABEL = new RegExp(String.raw`^${LINK_LABEL}\s*:?$`, 'iu');

/** True for the label that opens a list of links to other articles ("Related stories", "Most read"). */
export function isLinkSectionLabel(line: string): boolean {
  return LINK_SECTION_LABEL.test(line.trim());
}

const AD_LABEL =
  /^(?:advertisement|advertising|advert|ad|ads|sponsored(?:\s+(?:content|post|links?))?|sponsored by\s.{1,40}|promoted(?: content| stories)?|paid (?:post|content|partnership)|partner content|(?:the )?(?:story|article) continues (?:below|after)(?:(?: this| the)? (?:advertisement|ad|advert))?|continue reading (?:below|after (?:the )?(?:ad|advertisement))|continue reading the main story|scroll (?:down )?to continue(?: with content| reading)?|skip advert(?:isement)?|remove ads|ad feedback|report (?:this )?ad|close ad)\s*[.:]?$/i;

const SKIP_LINK = /^(?:skip|jump|go)\s+to\s+(?:the\s+)?(?:main\s+|primary\s+)?(?:content|navigation|nav|menu|article|story|search|footer|main|text)\b.{0,30}$/i;

const COPYRIGHT = /^(?:©|\(c\)\s*\d{4}|copyright\s+(?:©|\(c\)|\d{4}))|\ball rights reserved\.?$/i;

/** Comment sections, login walls and newsletter sign-ups, written as interface text. */
const ACCOUNT_PROMPTS: readonly RegExp[] = [
  /^(?:leave|post|add|write|submit)\s+a\s+(?:reply|comment|response)\b.{0,30}$/i,
  /^cancel reply$/i,
  /^your email address will not be published\.?(?:\s+required fields are marked \*)?$/i,
  /^required fields are marked \*$/i,
  /^(?:\d+\s+)?comments?(?:\s*\(\d+\))?\s*:?$/i,
  /^(?:show|view|hide|load|read|see|open|close)\s+(?:all\s+|more\s+)?(?:\d+\s+)?(?:comments?|replies|discussion)\b.{0,20}$/i,
  /^(?:join|start) the (?:conversation|discussion|debate)\b.{0,40}$/i,
  /^be the first to comment\b.{0,30}$/i,
  /^(?:comments? (?:are|is) (?:closed|disabled|moderated)|commenting (?:is|has been) (?:closed|disabled))\b.{0,60}$/i,
  /^(?:you must be |please )?(?:log(?:ged)? ?in|sign(?:ed)? ?in|register)\b(?:\s+(?:or|and|to|\/)\s+(?:sign ?up|register|log ?in|sign ?in|create an account))?(?:\s+to\s+(?:post|comment|reply|continue|read|view|save|join)\b.{0,40})?\s*[.!]?$/i,
  /^(?:sign ?up|subscribe|register)\b.{0,60}\b(?:newsletter|newsletters|inbox|updates|alerts|briefing|digest)\b.{0,40}$/i,
  /^(?:get|receive) (?:the|our) .{0,40}\b(?:newsletter|in your inbox|to your inbox|delivered)\b.{0,40}$/i,
  /^(?:already (?:a )?(?:subscriber|registered|have an account)\??\s*(?:log ?in|sign ?in)?|create (?:a free |an )?account|subscribe(?: now| today)?|sign ?up(?: now| for free)?|log ?out|my account|newsletters?)\s*[.!]?$/i,
  /^(?:this (?:article|story|content) is (?:for|available to) subscribers(?: only)?|subscribe to (?:read|continue|unlock)\b).{0,60}$/i,
];

const COOKIE_NOTICE =
  /^(?:we (?:and our partners )?use cookies|this (?:web)?site uses cookies|by (?:continuing to (?:use|browse)|using) (?:this|our) (?:web)?site|(?:accept|reject|manage) (?:all )?(?:cookies|consent|preferences)|cookie (?:settings|policy|preferences|consent))/i;

/** Labels of pictures, videos and galleries, and credit-only lines ("Image source, Getty Images"). */
const MEDIA_LABELS: readonly RegExp[] = [
  /^(?:image|video|media|photo|picture|audio)\s+(?:source|caption|credit|description)\s*[,:].{0,120}$/i,
  /^(?:image|images|video|photo|photos|gallery|photo gallery|graphic|illustration|audio|podcast|map|chart|infographic)\s*:?$/i,
  /^(?:enlarge (?:this )?image|toggle caption|hide caption|show caption|expand image|open (?:image )?(?:in )?gallery|view (?:the )?(?:full )?gallery|view (?:image|photo)s?|play video|watch (?:the )?video|click to (?:enlarge|play|expand))\s*\.?$/i,
  /^(?:video|audio) (?:duration|length)\s*[:,]?\s*\d{1,2}:\d{2}.{0,10}$/i,
  /^\d{1,3}\s*(?:\/|of)\s*\d{1,3}$/,
  /^(?:credit|credits|photo credit|image credit|source image)\s*:\s*\S.{0,80}$/i,
];

/**
 * A bare photo credit on its own line: an agency or photographer joined by "/" or "via", such as
 * "Reuters/Evelyn Hockstein", "AFP via Getty Images", "EPA-EFE/Maxim Shipenkov".
 */
const SLASH_CREDIT = /^(?:[\p{Lu}][\p{L}\p{N}.&'-]*\s?){1,4}(?:\s?\/\s?(?:[\p{Lu}][\p{L}\p{N}.&'-]*\s?){1,4}){1,3}$/u;
const VIA_CREDIT = /^(?:[\p{Lu}][\p{L}\p{N}.&'-]*\s){0,4}via\s(?:getty images|reuters|afp|ap|epa|shutterstock|alamy|imago|sipa|zuma(?: press)?|bloomberg)$/iu;
/** A caption ending in a bracketed credit, BBC-style: "Passengers queue in Madrid [Getty Images]". */
const BRACKETED_TRAIL_CREDIT = /^[^[\]]{3,300}(?<!\b(?:the|a|an|of|in|on|to|for|by|with|and|or|his|her|their|our|its|my|your))\s\[(?:[\p{Lu}][\p{L}\p{N}.&'/-]*\s?){1,6}\]$/u;

const INTERFACE_LINES: readonly RegExp[] = [
  /^(?:\d+\s*(?:-|–)?\s*(?:min(?:ute)?s?|mins?)\.?\s+(?:read|listen|watch)|reading time\s*:?\s*\d+\s*min(?:ute)?s?|(?:listen to|print|save|email|share) (?:this )?(?:article|story|page)(?:\s*\(\d+\s*min(?:ute)?s?\))?|listen\s*\(\d+\s*min(?:ute)?s?\)|back to top|back to home(?:page)?|go to top|top of page|font size|text size|a\s?a\s?a|print|menu|search|close|open menu|main menu|toggle navigation|more|show more|load more|see more|next|previous|next article|previous article|home)\s*[.:]?$/i,
  /^[^.!?]{1,40}\s[-–|]\s*back to (?:home|homepage|top)$/i,
  /^(?:tags?|topics?|filed under|categories|category|keywords|related topics|more about|explore more on these topics)\s*:\s*\S.{0,150}$/i,
  /^(?:this (?:article|story) (?:was|has been) (?:updated|corrected|amended)\b.{0,80}\.?)$/i,
];

/** "(Except for the headline, this story has not been edited by … staff and is published from a syndicated feed.)" */
const SYNDICATION_NOTE = /\b(?:syndicated feed|auto-generated from|(?:published|generated) from (?:a |an )?(?:wire|news agency|agency|syndicated) (?:feed|copy)|has not been edited by [^.]{1,40} staff)\b/i;
/** "— Reuters", "-- AP", "— Jane Doe": the sign-off of wire copy. */
const SIGN_OFF = /^(?:—|–|--?)\s*(?:[\p{Lu}][\p{L}.&'’-]*\s?){1,4}$/u;

/** "(Reporting by Jane Doe; Editing by John Roe)": the wire service's staff credit line. */
const WIRE_CREDIT = /^\(?(?:reporting|additional reporting|writing|editing|compiled|produced|graphics|research) by\s[^()]{2,200}\)?\.?$/i;

/** "(Update 2: Adds opposition complaints)", "(Corrects spelling of name in paragraph 3)": the desk's note on a version. */
const UPDATE_NOTE = /^[([](?:update[ds]?|corrects?|correction|adds|recasts|changes|refiles|repeats|editor'?s note|this story (?:has been|was) (?:updated|corrected))\b[^()[\]]{0,200}[)\]]\.?$/i;

/** "Source: local press", "Sources: Reuters, AFP": the credit under a chart, map or picture. */
const SOURCE_CREDIT = /^sources?\s*:\s*[^.!?]{1,100}$/i;

const RULES: readonly FurnitureRule[] = [
  { reason: 'note on the story version', test: (line) => UPDATE_NOTE.test(line) },
  { reason: 'skip link', test: (line) => SKIP_LINK.test(line) },
  { reason: 'cookie notice', test: (line) => COOKIE_NOTICE.test(line) && words(line).length <= 80 },
  { reason: 'advertisement label', test: (line) => AD_LABEL.test(line) },
  { reason: 'link to another article', test: (line) => LABELLED_LINK.test(line) && words(line).length <= 40 },
  { reason: 'label of a list of links', test: isLinkSectionLabel },
  { reason: 'comment, login or newsletter prompt', test: (line) => ACCOUNT_PROMPTS.some((rule) => rule.test(line)) },
  { reason: 'share or follow buttons', test: (line) => isShareRow(line) || FOLLOW_PROMPT.test(line) },
  { reason: 'copyright notice', test: (line) => COPYRIGHT.test(line) && words(line).length <= 25 },
  { reason: 'picture or video label', test: (line) => MEDIA_LABELS.some((rule) => rule.test(line)) },
  { reason: 'photo credit', test: (line) => words(line).length <= 10 && (SLASH_CREDIT.test(line) || VIA_CREDIT.test(line)) },
  { reason: 'photo caption with credit', test: (line) => BRACKETED_TRAIL_CREDIT.test(line) || markedCaptionReason(line) !== undefined },
  { reason: 'source credit of a chart or picture', test: (line) => SOURCE_CREDIT.test(line) && words(line).length <= 12 },
  { reason: 'wire reporting credit', test: (line) => WIRE_CREDIT.test(line) || SIGN_OFF.test(line) },
  { reason: 'syndication note', test: (line) => SYNDICATION_NOTE.test(line) && words(line).length <= 60 },
  { reason: 'page interface text', test: (line) => INTERFACE_LINES.some((rule) => rule.test(line)) },
];

/** Why a whole line is page furniture rather than article text, or undefined if it may be article text. */
export function furnitureReason(text: string): string | undefined {
  const line = text.trim().replace(/\s+/g, ' ');
  if (line === '') return undefined;
  const nav = navigationReason(text.trim());
  if (nav !== undefined) return nav;
  return RULES.find((rule) => rule.test(line))?.reason;
}

/** The share of a line's words that belong to a site's interface vocabulary (share, follow, networks, comments). */
export function interfaceWordShare(text: string): number {
  const list = tokens(text);
  if (list.length === 0) return 0;
  return list.filter((word) => SHARE_CORE.has(word) || INTERFACE_WORDS.has(word)).length / list.length;
}

const INTERFACE_WORDS = new Set([
  'subscribe', 'newsletter', 'login', 'log', 'sign', 'register', 'menu', 'search', 'advertisement',
  'ad', 'ads', 'sponsored', 'click', 'tap', 'here', 'cookies', 'cookie', 'read', 'more', 'related',
  'video', 'photo', 'image', 'gallery', 'loading', 'next', 'previous', 'home', 'skip', 'caption',
]);
