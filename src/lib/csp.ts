/**
 * The site's Content-Security-Policy, one `<meta>` in every page's head (layouts/Base.astro). Every
 * script and stylesheet is a file under `_astro/` (the config never inlines them), so `'self'` covers
 * them all and no inline script or style is allowed at all: Astro's own CSP listed the hashes of
 * scripts no page inlines, 400 bytes on each of tens of thousands of pages. Directives equal to
 * `default-src` (script, style, connect, font) are left to it.
 */
export const CONTENT_SECURITY_POLICY = ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-src 'none'"].join(';');
