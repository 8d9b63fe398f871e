/** The public data export, built once per build for `/data/claims.json`. */
import { buildClaimsExport, type ClaimsExport } from '../export/claims-json.ts';
import { loadAnalysis } from './analysis.ts';
import { withBase } from './url.ts';

let cached: Promise<ClaimsExport> | undefined;

/** The whole export, claim URLs absolute on `site` (the config's address, or the request's). */
export function loadExport(site: URL | string | undefined): Promise<ClaimsExport> {
  cached ??= loadAnalysis().then((analysis) => buildClaimsExport(analysis, { site: new URL(withBase(''), site ?? 'http://localhost:4321').href }));
  return cached;
}

/**
 * A data file's JSON, written compactly: at 10,000 articles indentation alone would add a quarter to
 * the data files (a JSON viewer or `jq .` shows them indented).
 */
export function jsonText(data: unknown): string {
  return `${JSON.stringify(data)}\n`;
}

/** A JSON response (jsonText). */
export function jsonResponse(data: unknown): Response {
  return new Response(jsonText(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
