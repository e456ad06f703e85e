import { onArrival, openedAddress } from './navigation';

const loadPassages = () => import('./passage-arrival');

/**
 * A passage link (a paragraph id, a tilde, its words) loads what finds and
 * marks the words; so does a page opened at a bare text fragment, which a
 * browser without text fragments (or one that did not act on it) would ignore.
 * No other arrival needs it.
 */
export function followPassageLinks(): void {
  let passages: ReturnType<typeof loadPassages> | undefined;
  onArrival((arrival) => {
    if (arrival.id.includes('~')) {
      passages ??= loadPassages();
      void passages.then((module) => module.resolvePassageLink(arrival));
      return;
    }
    // Only a sign of a text fragment here; the module that resolves it reads it (the first view stays small).
    const address = arrival.initial ? openedAddress() : '';
    if (address.includes(':~:text=')) void (passages ??= loadPassages()).then((module) => module.resolveTextFragment(address, arrival));
    else void passages?.then((module) => module.resolvePassageLink(arrival));
  });
}
