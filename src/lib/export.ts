/** The public data export, built once per build for `/data/claims.json`, the per-story files and the CSV. */
import { buildClaimsExport, buildSiteClaims, splitByStory, type ClaimsExport, type SiteClaims } from '../export/claims-json.ts';
import { loadAnalysis } from './analysis.ts';
import { withBase } from './url.ts';

interface Exports {
  site: SiteClaims;
  stories: Map<string, ClaimsExport>;
}

let cached: Promise<Exports> | undefined;

/** The whole export (with each story's file named) and the export cut by story, URLs absolute on `site`. */
export function loadExports(site: URL | undefined): Promise<Exports> {
  cached ??= loadAnalysis().then((analysis) => {
    const options = { site: new URL(withBase(''), site ?? 'http://localhost:4321').href };
    const whole = buildClaimsExport(analysis, options);
    return { site: buildSiteClaims(whole, options), stories: splitByStory(whole, analysis) };
  });
  return cached;
}

/**
 * A JSON response, written compactly: at 10,000 articles indentation alone would add a quarter to
 * the data files (a JSON viewer or `jq .` shows them indented).
 */
export function jsonResponse(data: unknown): Response {
  return new Response(`${JSON.stringify(data)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
