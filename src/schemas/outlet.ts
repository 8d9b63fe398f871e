/** One entry of `content/outlets.yaml`: a publisher whose articles the site cross-references. */
import { z } from 'astro/zod';
import { contentObject, requiredText, slugId, webUrl } from './common.ts';

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
});

export type OutletData = z.infer<typeof outletSchema>;
