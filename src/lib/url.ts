/** Prefix a site path with the configured base path ("/rome/" under BASE_PATH=/rome/). */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const trimmedPath = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${trimmedPath}`;
}

/** Absolute URL of a site path, for canonical links, sitemaps and share cards. */
export function absoluteUrl(path: string, site: URL | string | undefined, base?: string): string {
  return new URL(withBase(path, base), site ?? 'http://localhost:4321').toString();
}

/** "theverge.com" from "https://www.theverge.com/x": a source's host, as a link's visible text. */
export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
