/** How an outlet's kind and country read on a page: "news agency, United Kingdom". */
import type { OutletInput } from '../engine/types.ts';

/** Reader-facing names of outlet kinds. */
export const OUTLET_KIND_LABELS: Record<OutletInput['kind'], string> = {
  newspaper: 'newspaper',
  broadcaster: 'broadcaster',
  agency: 'news agency',
  magazine: 'magazine',
  online: 'online outlet',
  other: 'outlet',
};

/** "online outlet, Netherlands", or just the kind when the country is unknown. */
export function outletDescription(outlet: { kind: OutletInput['kind']; country?: string | undefined }): string {
  return [OUTLET_KIND_LABELS[outlet.kind], outlet.country].filter(Boolean).join(', ');
}
