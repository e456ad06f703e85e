import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { READING_MODE_KEY, THEME_KEY } from './prefs-keys';

const SOURCE = readFileSync(new URL('./prefs-init.js', import.meta.url), 'utf8');

/** Run the pre-paint script against a storage holding `saved`; what the page and the storage hold after it. */
function runPrefsInit(saved: Record<string, string>) {
  const store = new Map(Object.entries(saved));
  const localStorage = {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => void store.set(key, value),
    removeItem: (key: string) => void store.delete(key),
  };
  const dataset: Record<string, string> = {};
  new Function('document', 'localStorage', SOURCE)({ documentElement: { dataset } }, localStorage);
  return { dataset, stored: Object.fromEntries(store) };
}

describe('prefs-init (the inline script before first paint)', () => {
  it('reads the keys the theme toggle and the reading mode write', () => {
    expect(runPrefsInit({ [THEME_KEY]: 'dark', [READING_MODE_KEY]: 'published' }).dataset).toEqual({ js: '', theme: 'dark', readingMode: 'published' });
  });

  it('marks the page as having JavaScript, with nothing saved', () => {
    expect(runPrefsInit({})).toEqual({ dataset: { js: '' }, stored: {} });
  });

  it('ignores values it does not know', () => {
    expect(runPrefsInit({ [THEME_KEY]: 'sepia', [READING_MODE_KEY]: 'all' }).dataset).toEqual({ js: '' });
  });

  it('moves choices saved under the first release’s keys to the edition’s, once, and applies them', () => {
    const first = runPrefsInit({ 'rome-theme': 'dark', 'rome-reading-mode': 'hindsight' });
    expect(first.dataset).toEqual({ js: '', theme: 'dark', readingMode: 'hindsight' });
    expect(first.stored).toEqual({ [THEME_KEY]: 'dark', [READING_MODE_KEY]: 'hindsight' });
    expect(runPrefsInit(first.stored)).toEqual(first);
  });

  it('keeps a choice made since over a former one', () => {
    const { dataset, stored } = runPrefsInit({ [THEME_KEY]: 'light', 'rome-theme': 'dark' });
    expect(dataset.theme).toBe('light');
    expect(stored).toEqual({ [THEME_KEY]: 'light', 'rome-theme': 'dark' });
  });

  it('leaves the page as it is when storage is refused', () => {
    const dataset = {};
    const refused = { getItem: () => { throw new Error('SecurityError'); } };
    expect(() => new Function('document', 'localStorage', SOURCE)({ documentElement: { dataset } }, refused)).not.toThrow();
  });
});
