import { announce } from './announce';
import { READING_MODE_KEY } from './prefs-keys';

const MODES = ['all', 'hindsight', 'published'] as const;
type Mode = (typeof MODES)[number];
const DESCRIPTIONS: Record<Mode, string> = {
  all: 'Showing all notes.',
  hindsight: 'Showing hindsight notes only.',
  published: 'Showing the essay as published, without notes.',
};

function currentMode(): Mode {
  const mode = document.documentElement.dataset.readingMode;
  return mode === 'hindsight' || mode === 'published' ? mode : 'all';
}

/** The notes control: all, hindsight only, or none; remembered across visits (and followed by print). */
export function setUpReadingMode(): void {
  const control = document.querySelector<HTMLFieldSetElement>('[data-reading-mode-control]');
  if (!control) return;
  for (const input of control.querySelectorAll<HTMLInputElement>('input[name="reading-mode"]')) {
    input.checked = input.value === currentMode();
    input.addEventListener('change', () => {
      const mode = input.value as Mode;
      if (mode === 'all') delete document.documentElement.dataset.readingMode;
      else document.documentElement.dataset.readingMode = mode;
      try {
        if (mode === 'all') localStorage.removeItem(READING_MODE_KEY);
        else localStorage.setItem(READING_MODE_KEY, mode);
      } catch {
        // Storage refused: the choice lasts for this page.
      }
      announce(DESCRIPTIONS[mode]);
    });
  }
  delete control.dataset.pending;
}
