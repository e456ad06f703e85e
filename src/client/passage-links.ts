import { onArrival } from './navigation';

const loadPassages = () => import('./selection-link');

/** A passage link (a paragraph id, a tilde, its words) loads what finds and marks the words; no other arrival needs it. */
export function followPassageLinks(): void {
  let passages: ReturnType<typeof loadPassages> | undefined;
  onArrival((arrival) => {
    if (arrival.id.includes('~')) passages ??= loadPassages();
    void passages?.then((module) => module.resolvePassageLink(arrival));
  });
}
