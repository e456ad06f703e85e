// Hover previews (cards without interestfor, cross-references): loaded on the
// first sign of a mouse or a keyboard, so a phone that only scrolls and taps
// never downloads them (cards still open by tap through popovertarget).
import { setUpPreviews } from './previews';
import { setUpXrefPreviews } from './xref-previews';

export function setUpHoverPreviews(): void {
  setUpPreviews();
  setUpXrefPreviews();
}
