/** Path helpers that do not depend on Astro, so they can be unit-tested and used by scripts. */

/**
 * Joins the site base (e.g. `/factcheck/` on GitHub Pages, `/` locally) and a site-relative path.
 * Paths to pages get a trailing slash (the site uses `trailingSlash: 'always'`); paths to files
 * (with an extension) and fragments/queries are kept as they are.
 */
export function joinBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const [pathname = '', suffix = ''] = splitSuffix(path.replace(/^\/+/, ''));
  const isFile = /\.[a-z0-9]+$/i.test(pathname);
  const withSlash = pathname === '' || isFile || pathname.endsWith('/') ? pathname : `${pathname}/`;
  return `${prefix}${withSlash}${suffix}`;
}

/** An absolute URL on the site: origin + base + path. */
export function absoluteUrl(site: string, base: string, path: string): string {
  return new URL(joinBase(base, path), site).href;
}

function splitSuffix(path: string): [string, string] {
  const index = path.search(/[?#]/);
  return index === -1 ? [path, ''] : [path.slice(0, index), path.slice(index)];
}
