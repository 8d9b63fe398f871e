/** The public data export, built once per build for `/data/claims.json`. */
import { buildClaimsExport, type ClaimsExport } from '../export/claims-json.ts';
import { loadAnalysis } from './analysis.ts';
import { withBase } from './url.ts';

let cached: Promise<ClaimsExport> | undefined;

/** The whole export, claim URLs absolute on `site`. */
export function loadExport(site: URL | undefined): Promise<ClaimsExport> {
  cached ??= loadAnalysis().then((analysis) => buildClaimsExport(analysis, { site: new URL(withBase(''), site ?? 'http://localhost:4321').href }));
  return cached;
}

/**
 * A JSON response, written compactly: at 10,000 articles indentation alone would add a quarter to
 * the data files (a JSON viewer or `jq .` shows them indented).
 */
export function jsonResponse(data: unknown): Response {
  return new Response(`${JSON.stringify(data)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
