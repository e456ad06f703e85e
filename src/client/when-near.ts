// Start something once, when the first of `targets` comes near the viewport
// (half a screen ahead by default): a widget's module.
export function whenNear(targets: Iterable<Element>, start: () => void, rootMargin = '50% 0px'): () => void {
  let started = false;
  const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && startOnce(), { rootMargin });
  function startOnce(): void {
    if (started) return;
    started = true;
    observer.disconnect();
    start();
  }
  for (const target of targets) observer.observe(target);
  return startOnce;
}
