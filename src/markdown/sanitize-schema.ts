/**
 * What HTML an article may contain: GitHub's allow-list (hast-util-sanitize's default) minus
 * images and media, which would load from other origins and leak readers' visits.
 * Elements whose content is code or styling are dropped with their content, not unwrapped into text.
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

/** The sanitize schema for article bodies. Ids are prefixed with `user-content-` (clobbered). */
export const articleSchema: Schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !NO_REMOTE_FETCH.has(tag)),
  strip: STRIP_WITH_CONTENT,
  clobberPrefix: 'user-content-',
  clobber: ['ariaDescribedBy', 'ariaLabelledBy', 'id', 'name'],
};
