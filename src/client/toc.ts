import { onArrival } from './navigation';
import { oncePerFrame } from './once-per-frame';

/** Mark the section being read with aria-current in every table of contents. */
export function trackCurrentSection(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')];
  const ids = [...new Set(links.map((link) => link.dataset.tocLink!))];
  const headings = ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
  if (headings.length === 0) return;

  let current: string | null = null;
  const update = () => {
    // The current section is the last heading scrolled past the top third of the viewport.
    const line = window.innerHeight / 3;
    let next: string | null = null;
    for (const heading of headings) if (heading.getBoundingClientRect().top <= line) next = heading.id;
    if (next === current) return;
    current = next;
    for (const link of links) {
      if (link.dataset.tocLink === current) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  };

  const schedule = oncePerFrame(update);
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  onArrival(schedule);
  update();

  // Choosing a section from the compact menu closes it.
  for (const details of document.querySelectorAll<HTMLDetailsElement>('[data-toc-compact]')) {
    details.addEventListener('click', (event) => {
      if ((event.target as Element).closest('a')) details.open = false;
    });
    details.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && details.open) {
        details.open = false;
        details.querySelector('summary')?.focus();
      }
    });
  }
}
