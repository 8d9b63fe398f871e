/** One entry of `content/outlets.yaml`: a publisher whose articles the site cross-references. */
import { z } from 'astro/zod';
import { contentObject, requiredText, slugId, webUrl } from './common.ts';

/**
 * What the site may republish of an outlet's articles: `excerpts` (the default) shows only the
 * sentences that claims cite, each with at most one sentence of context, quoted and linked to the
 * original; `full` shows the whole text, for outlets whose licence allows it (public domain, open
 * licences, the site's own reporting).
 */
export const REUSE_POLICIES = ['excerpts', 'full'] as const;

/** Kinds of outlet; `agency` marks wire services (AP, Reuters, AFP, TASS) that others reprint. */
export const OUTLET_KINDS = ['newspaper', 'broadcaster', 'agency', 'magazine', 'online', 'other'] as const;

export const outletSchema = contentObject({
  /** Stable id, used in URLs and by articles' `outlet` field. */
  id: slugId,
  /** Display name, e.g. "The Moscow Times". */
  name: requiredText,
  /** Home page. */
  url: webUrl,
  /** Country of publication, optional. */
  country: requiredText.optional(),
  /** What sort of outlet it is. */
  kind: z.enum(OUTLET_KINDS, { error: `must be one of: ${OUTLET_KINDS.join(', ')}` }),
  /** How much of its articles the site shows: `excerpts` (default) or `full` (licence allows it). */
  reuse: z.enum(REUSE_POLICIES, { error: `must be one of: ${REUSE_POLICIES.join(', ')} (leave it out for excerpts)` }).default('excerpts'),
});

export type OutletData = z.infer<typeof outletSchema>;
