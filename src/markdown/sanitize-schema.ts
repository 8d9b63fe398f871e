/**
 * What HTML an article may contain: GitHub's allow-list (hast-util-sanitize's default) minus
 * images and media, which would load from other origins and leak readers' visits, and minus every
 * attribute that lets content take over focus, keyboard, layout, text direction or the page's
 * structured data. Elements whose content is code or styling are dropped with their content, not
 * unwrapped into text (src/markdown/lost-text.ts makes sure that never hides prose by accident).
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

/** Elements removed together with everything inside them. */
const STRIP_WITH_CONTENT = [
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'applet', 'svg', 'math', 'textarea', 'select', 'option', 'title', 'xmp', 'noembed', 'noframes',
  'plaintext', 'canvas', 'audio', 'video', 'picture', 'head',
];

/** Elements never allowed even though GitHub allows them: they fetch from other origins. */
const NO_REMOTE_FETCH = new Set(['img', 'picture', 'source', 'video', 'audio']);

/**
 * Attributes any allowed element may keep: meaning only. Left out on purpose from GitHub's list:
 * `tabIndex` and `accessKey` (take the first Tab stop or a keyboard shortcut), `dir` (reverses the
 * site's own text after it), `itemProp` (forges the page's schema.org data), `name` (a second kind
 * of fragment target), and presentational or form attributes (`width`, `align`, `color`, `value`, ...).
 */
const GLOBAL_ATTRIBUTES = [
  'abbr', 'alt', 'axis', 'checked', 'colSpan', 'dateTime', 'headers', 'hrefLang', 'id', 'lang',
  'open', 'rowSpan', 'scope', 'span', 'start', 'summary', 'title',
];

/** The sanitize schema for article bodies. Ids are prefixed with `user-content-` (clobbered). */
export const articleSchema: Schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !NO_REMOTE_FETCH.has(tag)),
  attributes: {
    ...Object.fromEntries(Object.entries(defaultSchema.attributes ?? {}).filter(([tag]) => tag !== 'div' && tag !== '*')),
    '*': GLOBAL_ATTRIBUTES,
  },
  strip: STRIP_WITH_CONTENT,
  clobberPrefix: 'user-content-',
  clobber: ['ariaDescribedBy', 'ariaLabelledBy', 'id'],
};
