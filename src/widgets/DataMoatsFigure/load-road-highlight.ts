// The figure's roads light up only once it nears the screen (or takes focus
// first), so the first view does not pay for them. Until then the figure is
// whole: the drawing and its long description need no script.
import { whenNear } from '../../client/when-near';

export function loadRoadHighlight(): void {
  const figures = [...document.querySelectorAll<HTMLElement>('[data-data-moats]')];
  if (!figures.length) return;
  const load = whenNear(figures, () => void import('./road-highlight').then(({ setUpRoadHighlight }) => figures.forEach(setUpRoadHighlight)));
  for (const figure of figures) figure.addEventListener('focusin', load, { once: true });
}
