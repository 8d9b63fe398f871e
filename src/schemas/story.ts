/** Frontmatter of `content/stories/<id>.md`: one news event; the body is the editor's introduction. */
import { z } from 'astro/zod';
import { contentObject, isoDate, requiredText } from './common.ts';

export const storySchema = contentObject({
  /** Headline of the event, as the site shows it. */
  title: requiredText,
  /** The day the event happened. */
  date: isoDate,
  /** One or two sentences for listings and link previews. */
  summary: requiredText,
});

export type StoryData = z.infer<typeof storySchema>;
