import { describe, expect, it } from 'vitest';
import { plainDynamicImports } from './plain-dynamic-imports';

describe('plainDynamicImports', () => {
  const load = plainDynamicImports().load as (id: string) => string | undefined;

  it('replaces Vite’s preload helper with one that only calls the import', async () => {
    const source = load('\0vite/preload-helper.js')!;
    const { __vitePreload } = await import(`data:text/javascript,${encodeURIComponent(source)}`);
    expect(await __vitePreload(async () => 'the chunk', ['deps are not preloaded'])).toBe('the chunk');
  });

  it('leaves every other module alone', () => {
    expect(load('/src/client/navigation.ts')).toBeUndefined();
  });
});
