/** Site-wide constants. */

/** The site's name, in the header, titles and feeds. */
export const SITE_NAME = 'Crosscheck';

/** One line that says what the site does. */
export const SITE_TAGLINE = 'Every claim of a news story, lined up across the outlets that reported it.';
