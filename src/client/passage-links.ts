import { onArrival, openedAddress } from './navigation';
import { textDirectiveOf } from '../lib/text-directive';

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
    const words = arrival.initial ? textDirectiveOf(openedAddress()) : null;
    if (words) void (passages ??= loadPassages()).then((module) => module.resolveTextFragment(words, arrival));
    else void passages?.then((module) => module.resolvePassageLink(arrival));
  });
}
