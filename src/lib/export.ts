/** The public data export, built once per build for the JSON, per-claim JSON and CSV endpoints. */
import { buildClaimsExport, type ClaimsExport } from '../export/claims-json.ts';
import { loadAnalysis } from './analysis.ts';
import { withBase } from './url.ts';

let cached: Promise<ClaimsExport> | undefined;

/** `/data/claims.json` as an object, with claim URLs absolute on `site`. */
export function loadExport(site: URL | undefined): Promise<ClaimsExport> {
  cached ??= loadAnalysis().then((analysis) =>
    buildClaimsExport(analysis, { site: new URL(withBase(''), site ?? 'http://localhost:4321').href }),
  );
  return cached;
}

/** A JSON response; pretty-printed so the files are readable and diff well. */
export function jsonResponse(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
