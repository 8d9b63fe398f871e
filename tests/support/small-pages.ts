/** Links to claims without a full page: their URL is a small page that leads to a sentence (src/lib/claim-stub.ts). */
import type { APIRequestContext } from '@playwright/test';

/** The small page's refresh target, `/factcheck/articles/<id>/#s-…`, in its HTML, if it is one. */
export function smallPageTarget(html: string): string | undefined {
  return /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(html)?.[1];
}

/** Where following a same-site link lands: the link itself, or for a small claim page, the sentence it leads to. */
export async function landsOn(request: APIRequestContext, href: string): Promise<string> {
  const response = await request.get(href);
  return (response.ok() && smallPageTarget(await response.text())) || href;
}
