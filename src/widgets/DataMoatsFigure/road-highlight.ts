/**
 * Follow one road through the figure: pointing at or focusing anything with
 * `data-road` (a company, or its line in the long description) marks every
 * part whose `data-roads` includes it, and the figure dims the rest (CSS).
 */
export function setUpRoadHighlight(figure: HTMLElement): void {
  const parts = [...figure.querySelectorAll<HTMLElement | SVGElement>('[data-roads]')];
  let pointed: string | null = null;
  let focused: string | null = null;

  const roadOf = (target: EventTarget | null): string | null =>
    target instanceof Element ? (target.closest<HTMLElement | SVGElement>('[data-road]')?.dataset.road ?? null) : null;

  const show = () => {
    // The pointer wins while it rests on a road; otherwise the keyboard's road.
    const road = pointed ?? focused;
    if (road) figure.dataset.road = road;
    else delete figure.dataset.road;
    for (const part of parts) part.classList.toggle('is-on-road', road !== null && (part.dataset.roads ?? '').split(' ').includes(road));
  };

  // Loaded on demand: a road may already hold focus, or the pointer, when this starts.
  if (figure.contains(document.activeElement)) focused = roadOf(document.activeElement);
  pointed = roadOf([...figure.querySelectorAll('[data-road]:hover')].at(-1) ?? null);
  show();

  figure.addEventListener('pointerover', (event) => {
    pointed = roadOf(event.target);
    show();
  });
  figure.addEventListener('pointerleave', () => {
    pointed = null;
    show();
  });
  figure.addEventListener('focusin', (event) => {
    focused = roadOf(event.target);
    show();
  });
  figure.addEventListener('focusout', (event) => {
    if (event.relatedTarget instanceof Node && figure.contains(event.relatedTarget)) return;
    focused = null;
    show();
  });
  figure.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !figure.dataset.road) return;
    pointed = focused = null;
    show();
  });
}
