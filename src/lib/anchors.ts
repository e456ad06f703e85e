// The two links every linkable place carries, defined once: the permalink
// (copies `/#<id>`) and the share link (copies `/s/<id>/`). The .astro
// components, the islands and the essay's tree transform all spread these.

/** Attributes of the permalink anchor of place `target`; `label` says what it is ("paragraph", "section: X"). */
export function permalinkAttributes(target: string, label: string) {
  return {
    class: 'permalink',
    href: `#${target}`,
    'data-permalink': target,
    'data-ours': '',
    'aria-label': `Copy link to this ${label}`,
  } as const;
}

/** Attributes of the share anchor of place `target`; `sharePath` is the site's `/s/` path with its base. */
export function shareAttributes(target: string, label: string, sharePath: string) {
  return {
    class: 'share-link',
    href: `${sharePath}${target}/`,
    'data-share': target,
    'data-ours': '',
    'aria-label': `Copy share link for this ${label}`,
  } as const;
}
